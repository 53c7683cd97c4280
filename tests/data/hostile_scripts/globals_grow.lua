-- Data kept across calls in a global: 20 MiB more per document.
return { name = "globals_grow", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    KEEP = KEEP or {}
    KEEP[#KEEP + 1] = ("x"):rep(20 * 1024 * 1024)
  end }
