-- quotation: 领导论述摘编 — digests of leaders' statements.
--
-- Each item is a `NAME：headline` line, the quoted paragraphs, then an
-- attribution `———2019年7月5日出席…时强调` (two or three dashes, the date
-- possibly spaced, the attribution possibly wrapped onto a second line).
-- An article may end on a quote with such an attribution, and `目标：…`
-- lines look like item headers, so neither counts much alone: it is the
-- pairing (header … attribution) and the digest title that decide.
--
-- detect() signals:
--   a title naming a digest (…论述摘编 / 讲话摘编 / 摘录) in the first 3 paragraphs   +0.30
--   two or more items: a `NAME：headline` line closed by an attribution line        +0.30
--   an attribution line `——2019年7月5日…时强调`                                       +0.15
--   a second attribution line                                                          +0.10
--
-- process() fields: items = { {speaker, headline, date, occasion, verb, quote} … }
-- and speaker when every item has the same one; one section per item.

-- Verbs that close an attribution (`…讲话时强调`); the rest is the occasion.
local VERB = "(强调|指出|要求|表示|提出|讲到|谈到|寄语|勉励|批示|说)$"


local function is_digest_title(text)
  return gw.len(text) <= 50 and gw.re.find(text, "(摘编|摘录)$") ~= nil
end

-- `沈国梁：把基层党组织建设成为坚强战斗堡垒` → speaker, headline. A
-- headline is a phrase: a line with sentence punctuation is body text.
local function header(text)
  -- (The colon within a name's reach, found plainly first: most paragraphs have none there.)
  local head = text:sub(1, 24)
  if not (head:find("：", 1, true) or head:find(":", 1, true)) then return nil end
  local speaker, headline = gw.re.match(text, "^(\\p{Han}{2,4}?)(?:同志)?[：:]\\s*(\\S.{1,48})$")
  if not speaker or gw.re.find(headline, "[。；！？]") then return nil end
  return speaker, headline
end

-- `———2023年3月14日出席…时强调` → the text after the dashes, its offset in
-- the line, its date and the date's end in that text; nil when the line is
-- not an attribution.
local function attribution(text)
  local b = text:byte(1)  -- a dash's first byte: — – (E2), － (EF), - (2D)
  if b ~= 0xE2 and b ~= 0xEF and b ~= 0x2D then return nil end
  local _, dashes = gw.re.find(text, "^[—–－-]{2,}\\s*")
  if not dashes then return nil end
  local rest = text:sub(dashes + 1)
  local iso, s, e = gw.date(rest, 1)
  if not iso or s ~= 1 then return nil end
  return rest, dashes, iso, e
end

-- `出席全市基层党建工作推进会时强调` → occasion, verb.
local function occasion_verb(text)
  local verb = gw.re.match(text, VERB)
  if not verb then return gw.trim(text), nil end
  local occ = text:sub(1, #text - #verb)
  occ = gw.re.gsub(occ, "时$", "")
  return gw.trim(occ), verb
end

---@type gongwen.Handler
return {
  name = "quotation",
  version = "0.1.0",
  kinds = { "quotation" },
  description = "领导论述摘编 (digests of leaders' statements)",
  priority = 45,
  -- Without one of these words no signal can reach the threshold: skip detect().
  keywords = { "摘编", "摘录", "——" },

  detect = function(doc)
    local paras = doc:paragraphs()
    for i = 1, math.min(#paras, 3) do
      if is_digest_title(paras[i].text) then doc:signal("title `…论述摘编`", 0.30) break end
    end
    local items, attributions, open = 0, 0, false
    for _, p in ipairs(paras) do
      if attribution(p.text) then
        attributions = attributions + 1
        if open then items = items + 1 end
        open = false
      elseif header(p.text) then
        open = true
      end
    end
    if items >= 2 then doc:signal("items `NAME：headline` … attribution", 0.30) end
    if attributions >= 1 then doc:signal("attribution line `——2019年7月5日…时强调`", 0.15) end
    if attributions >= 2 then doc:signal("a second attribution line", 0.10) end
    return doc:score()
  end,

  process = function(doc, ctx)
    local paras = doc:paragraphs()
    if #paras == 0 then
      doc:diagnostic("warning", "empty document")
      return
    end
    local from = 1
    if not header(paras[1].text) then
      doc.title = paras[1].text
      from = 2
    end

    local items, cur = {}, nil
    local function close(at)
      if cur then
        if not cur.date then doc:diagnostic("warning", "item without an attribution line: " .. cur.headline, at) end
        cur.quote = table.concat(cur.body, "\n")
        cur.body = nil
        items[#items + 1] = cur
        cur = nil
      end
    end
    local i = from
    while i <= #paras do
      local p = paras[i]
      local rest, dashes, iso, date_end = attribution(p.text)
      local speaker, headline = header(p.text)
      if rest then
        doc:add_entity { type = "date", text = rest:sub(1, date_end), value = iso, pos = p.pos + dashes, stop = p.pos + dashes + date_end - 1 }
        -- A wrapped attribution continues on a short line ending with the verb.
        local nxt = paras[i + 1]
        if not gw.re.find(rest, VERB) and nxt and gw.len(nxt.text) <= 12 and gw.re.find(nxt.text, VERB) then
          rest = rest .. nxt.text
          i = i + 1
        end
        if cur then
          cur.date = iso
          cur.occasion, cur.verb = occasion_verb(rest:sub(date_end + 1))
          close()
        else
          doc:diagnostic("warning", "attribution line without an item", p.pos)
        end
      elseif speaker then
        close(p.pos)
        cur = { speaker = speaker, headline = headline, body = {} }
        doc:add_section { level = 1, marker = speaker .. "：", title = headline, pos = p.pos, stop = p.stop }
        doc:add_entity { type = "person", text = speaker, pos = p.pos, stop = p.pos + #speaker - 1 }
      elseif cur then
        cur.body[#cur.body + 1] = p.text
      end
      i = i + 1
    end
    close(paras[#paras].pos)

    if #items == 0 then
      doc:diagnostic("warning", "no item `NAME：headline` found")
      return
    end
    doc.fields.items = items
    local one = items[1].speaker
    for _, it in ipairs(items) do
      if it.speaker ~= one then one = nil break end
    end
    if one then doc.fields.speaker = one end
  end,
}
