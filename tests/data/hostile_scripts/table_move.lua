-- table.move over 2^63 indices loops in C.
return { name = "table_move", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc) table.move({}, 1, math.maxinteger, 2) end }
