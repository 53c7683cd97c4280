-- A finalizer would run outside any call, budget or cap.
return { name = "gc_finalizer", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    setmetatable({}, { __gc = function() while true do end end })
  end }
