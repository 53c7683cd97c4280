-- One quantifier, quadratic on a long subject (92 s on 200 KB before).
return { name = "pattern_quadratic", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    local s = ("a"):rep(200000)
    doc.title = tostring(s:find("a*b"))
  end }
