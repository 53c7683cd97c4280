-- The same with xpcall and an error handler that loops too.
return { name = "xpcall_loop", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    while true do xpcall(function() while true do end end, function(e) return e end) end
  end }
