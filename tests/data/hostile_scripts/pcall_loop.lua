-- Catching the budget error and going on.
return { name = "pcall_loop", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    while true do pcall(function() while true do end end) end
  end }
