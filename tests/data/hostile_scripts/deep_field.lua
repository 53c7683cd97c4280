-- A value nested 100 levels deep.
return { name = "deep_field", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    local t = {}
    for _ = 1, 100 do t = {t} end
    doc:set_field("deep", t)
  end }
