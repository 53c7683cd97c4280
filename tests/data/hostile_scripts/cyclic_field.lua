-- A table that contains itself, handed to the host (overflowed the Lua stack in lua_to_json).
return { name = "cyclic_field", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc) local t = {}; t.self = t; doc:set_field("cyc", t) end }
