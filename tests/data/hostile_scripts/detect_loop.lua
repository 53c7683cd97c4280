-- The budget escape in detect(): the document must fail, not come out `unknown`.
return { name = "detect_loop", version = "1", kinds = {"x"},
  detect = function(doc) while true do pcall(function() while true do end end) end end,
  process = function(doc) end }
