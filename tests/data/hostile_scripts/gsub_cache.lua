-- A gw.re.gsub callback that compiles more patterns than the regex cache
-- holds: the regex being iterated must survive the cache being cleared.
return { name = "gsub_cache", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    local r, n = gw.re.gsub("a1a2a3a4", "a(\\d)", function(d)
      for i = 1, 600 do gw.re.find("x", "x" .. i) end
      return "<" .. d .. ">"
    end)
    doc.title = r .. " " .. n
  end }
