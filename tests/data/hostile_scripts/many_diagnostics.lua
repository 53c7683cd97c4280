-- Ten million diagnostics.
return { name = "many_diagnostics", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc) for i = 1, 1e7 do doc:diagnostic("info", "d" .. i) end end }
