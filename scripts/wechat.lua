-- wechat: articles scraped from WeChat public accounts (微信公众号).
--
-- The host's reader already unwraps the scrape (the `text:'…'` literal) and
-- keeps the page header as fields: title, account, wechat_id, date, source.
-- This handler recognises such articles and fills the record from them.
--
-- detect() signals:
--   the reader found a WeChat wrapper (source.layout starts with "wechat")  +0.6
--   header fields present: account / wechat_id                             +0.2 each
--   a post date in the header                                              +0.1
return {
  name = "wechat",
  version = "0.2.0",
  kinds = { "article" },
  description = "微信公众号文章 (WeChat public-account articles)",
  priority = 40,

  detect = function(doc)
    local layout = doc.source.layout or ""
    if layout:find("^wechat") then doc:signal("WeChat scrape wrapper", 0.6) end
    if doc.fields.account then doc:signal("account name in the header", 0.2) end
    if doc.fields.wechat_id then doc:signal("WeChat id in the header", 0.2) end
    if doc.fields.date then doc:signal("post date in the header", 0.1) end
    return doc:score()
  end,

  process = function(doc, ctx)
    local title = doc.title
    if title == "" then
      for line in doc:lines() do
        title = gw.trim(line)
        if title ~= "" then break end
      end
    end
    doc.title = title or ""
    -- A subtitle after a dash pair: `新时代书写新作为新篇章——我市党的建设和组织工作综述`.
    local main, sub = gw.re.match(doc.title, "^(.+?)——(.+)$")
    if sub then doc.fields.subtitle = sub end
    if not doc.fields.date then
      local iso = gw.date(doc.text, 1, true)
      if iso then
        doc.fields.date = iso
        doc:diagnostic("info", "post date not in the header; first date in the text used")
      else
        doc:diagnostic("warning", "no post date found")
      end
    end
    if not doc.fields.account then doc:diagnostic("warning", "no account name in the header") end
    -- Scrapes often lose the subheadings' line breaks: a heading is glued
    -- between one sentence's 。 and the next paragraph (`…成效。坚定政治建设
    -- 真学实做笃行政治建设是…`). A clause that long without punctuation right
    -- after a full stop is reported; it becomes a section only when the
    -- boundary is certain (the next paragraph starts with a number or date).
    for _, p in ipairs(doc:paragraphs()) do
      if gw.len(p.text) >= 1000 then
        -- Certain: a short unpunctuated run between 。 and a number (`…强市8月17日，`).
        for start, _, heading in gw.re.gfind(p.text, "(?<=。)(\\p{Han}{8,16})(?=\\d)") do
          doc:add_section { level = 1, marker = "", title = heading, pos = p.pos + start - 1 }
        end
        -- Possible: a long unpunctuated run after 。 (heading + the next sentence's start).
        for start, _, clause in gw.re.gfind(p.text, "(?<=。)(\\p{Han}{16,40})(?=[，。；：、“])") do
          doc:diagnostic("info", "possible subheading glued into the text: `" .. gw.sub(clause, 1, 20) ..
                         "…` (no line break to split it at)", p.pos + start - 1)
        end
      end
    end
    local iso, s, e = gw.date(doc.text, 1, true)
    if iso then doc:add_entity { type = "date", text = doc.text:sub(s, e), value = iso, pos = s, stop = e } end
  end,
}
