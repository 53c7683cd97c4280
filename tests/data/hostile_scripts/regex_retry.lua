-- Catastrophic gw.re calls caught and retried: the budget is per document.
return { name = "regex_retry", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    for _ = 1, 20 do pcall(gw.re.find, ("a"):rep(30) .. "b", "^(a+)+$") end
    doc.title = "survived"
  end }
