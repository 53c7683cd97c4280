-- Catching the memory error and allocating again.
return { name = "memory_retry", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    local keep = {}
    while true do
      pcall(function() for i = 1, 1e9 do keep[#keep + 1] = ("x"):rep(64) .. i end end)
    end
  end }
