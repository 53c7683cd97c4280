-- Uses the functions hijack.lua replaced in its own sandbox.
return { name = "victim", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    doc.title = table.concat({tostring(gw.re.find("abc", "z")), tostring(("abc"):find("z")),
                              tostring(string.find("abc", "z")), (gw.re.gsub("abc", "b", "B"))}, "/")
  end }
