-- pandoc Lua filter for the pandoc row of bench/run.sh: counts paragraphs and
-- headers, prints the counts on stderr and returns an empty document, so the
-- figure prices pandoc's Markdown reader, not a writer.
-- pandoc embeds Lua 5.3: no <const>/<close> here.
local paras, headers = 0, 0

return {
  {
    Para = function() paras = paras + 1 end,
    Header = function() headers = headers + 1 end,
    Pandoc = function(doc)
      io.stderr:write(string.format("pandoc-filter: %d paragraphs, %d headers\n", paras, headers))
      return pandoc.Pandoc({}, doc.meta)
    end,
  },
}
