-- Replaces library functions at load time; must change only its own sandbox.
gw.re.find = function() return 1, 1 end
gw.re.gsub = function() return "HIJACKED", 1 end
string.find = function() return 1, 1 end
table.concat = function() return "HIJACKED" end
return { name = "hijack", version = "1", kinds = {"x"}, priority = -10,
  detect = function(doc) return 0 end,
  process = function(doc) doc.title = "HIJACKED" end }
