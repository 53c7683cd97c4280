-- The cheapest possible handler: prices the Lua call path alone (document
-- userdata, sandbox hook, pcall) against bench/micro/plugins/trivial.cpp.
return {
  name = "bench_trivial_lua",
  version = "0.0.0",
  kinds = { "bench" },
  description = "benchmark: constant detect",
  detect = function(doc) return 0.5 end,
  process = function(doc, ctx) end,
}
