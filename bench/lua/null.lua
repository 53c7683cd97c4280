-- null: the cheapest possible handler, the baseline that lua_vs_native.sh
-- subtracts to isolate what a handler itself costs.
return { name = "null", version = "1", kinds = { "null" },
         detect = function(doc) return 0 end, process = function(doc) end }
