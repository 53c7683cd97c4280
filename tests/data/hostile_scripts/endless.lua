-- Runs until the document's wall-clock limit stops it.
return { name = "endless", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc) while true do end end }
