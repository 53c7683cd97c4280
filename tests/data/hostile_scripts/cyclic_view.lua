-- The same cycle through the live doc.fields view, two levels down.
return { name = "cyclic_view", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc) local a, b = {}, {}; a.b = b; b.list = {a}; doc.fields.loop = a end }
