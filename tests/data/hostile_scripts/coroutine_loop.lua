-- Catching the budget error with coroutine.resume.
return { name = "coroutine_loop", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    while true do coroutine.resume(coroutine.create(function() while true do end end)) end
  end }
