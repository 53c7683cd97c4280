-- string.rep of an empty string a maxinteger times: no work to do, no loop in C.
return { name = "rep_empty", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    local s = string.rep("", math.maxinteger)
    local ok, err = pcall(string.rep, "x", math.maxinteger)
    doc.title = "len " .. #s .. ", " .. tostring(ok)
  end }
