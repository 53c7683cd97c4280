-- A __gc placeholder set first and replaced by a function later still marks the object.
return { name = "gc_placeholder", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    local mt = { __gc = true }
    setmetatable({}, mt)
    mt.__gc = function() while true do end end
  end }
