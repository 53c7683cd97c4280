-- briefing: 工作简报 — work briefings, the running bulletins a department
-- sends up and down (报/送/发). Written step by step in docs/lua-tutorial.md.
--
-- A briefing opens with a masthead `…简报`, an issue line `第5期（总第127期）`
-- and a line with the issuing unit and the date; then come items, each a
-- short title line followed by its paragraphs; the distribution lines
-- `报：` `送：` `发：` close it. An issue line or a unit-and-date line also
-- heads minutes and bulletins of other kinds, so without the masthead the
-- score stays below the 0.3 threshold.
--
-- detect() signals:
--   masthead `…简报` in the first 3 paragraphs                        +0.50
--   issue line `第N期` in the first 4 paragraphs                      +0.15
--   issuing unit and date on one line in the first 5 paragraphs       +0.10
--
-- process() fields: briefing (the masthead), issue, issue_total, issuer,
-- date (ISO 8601), items (the item titles); one level-1 section per item.


-- `工作简报`, `组工简报`, `工 作 简 报` (mastheads are often letter-spaced).
local function masthead(text)
  local name = gw.strip_spaces(text)
  if gw.len(name) <= 12 and gw.re.find(name, "^\\p{Han}*简报$") then return name end
  return nil
end

-- `第5期（总第127期）` → 5, 127.
local function issue(text)
  local n, total = gw.re.match(gw.strip_spaces(text), "^第([0-9一二三四五六七八九十〇零]+)期(?:[（(]总第([0-9]+)期[）)])?$")
  if not n then return nil end
  return gw.number(n), total and gw.number(total)
end

-- `中共青溪县委组织部办公室          2024年5月20日` → unit, ISO date, and
-- the date's span in the line.
local function unit_and_date(text)
  local iso, s, e = gw.date(text, 1, true)
  if not iso or s == 1 then return nil end
  local unit = gw.trim(text:sub(1, s - 1))
  if not gw.re.find(unit, "^\\p{Han}[\\p{Han}（）()]+$") then return nil end
  -- Who compiles it, without the verb (`某某县人民政府办公室编`, `…编印`).
  unit = gw.re.gsub(unit, "(?<=\\p{Han}{4})(?:编印|编)$", "")
  -- gw.date's span starts at the spaces before the date: skip them.
  return unit, iso, gw.re.find(text, "\\S", s), e
end

-- An item title is short and unpunctuated, and a paragraph of prose follows.
local function is_item_title(text, next_text)
  return gw.len(text) <= 40 and not gw.re.find(text, "[。！？；：:]$")
    and next_text ~= nil and next_text:find("。", 1, true) ~= nil
end

local function is_distribution(text)
  return gw.re.find(text, "^(报|送|发|抄送|分送)[：:]") ~= nil
end

---@type gongwen.Handler
return {
  name = "briefing",
  version = "0.1.0",
  kinds = { "briefing" },
  description = "工作简报 (work briefings)",
  priority = 45,
  -- Without one of these words no signal can reach the threshold: skip detect().
  keywords = { "简报" },

  detect = function(doc)
    local paras = doc:paragraphs()
    for i = 1, math.min(#paras, 3) do
      if masthead(paras[i].text) then doc:signal("masthead `…简报`", 0.50) break end
    end
    for i = 1, math.min(#paras, 4) do
      if issue(paras[i].text) then doc:signal("issue line `第N期`", 0.15) break end
    end
    for i = 1, math.min(#paras, 5) do
      if unit_and_date(paras[i].text) then doc:signal("issuing unit and date", 0.10) break end
    end
    return doc:score()
  end,

  process = function(doc, ctx)
    local paras = doc:paragraphs()
    -- The header: masthead, issue line, unit and date, in this order but
    -- each optional; the items start after the last one found.
    local body = 1
    for i = 1, math.min(#paras, 5) do
      local p = paras[i]
      local name = masthead(p.text)
      local n, total = issue(p.text)
      local unit, iso, s, e = unit_and_date(p.text)
      if name then
        doc.fields.briefing = name
        doc.title = name
        body = i + 1
      elseif n then
        doc.fields.issue = n
        doc.fields.issue_total = total
        body = i + 1
      elseif unit then
        doc.fields.issuer = unit
        doc.fields.date = iso
        doc:add_entity { type = "date", text = p.text:sub(s, e), value = iso, pos = p.pos + s - 1, stop = p.pos + e - 1 }
        body = i + 1
      end
    end
    if doc.fields.issue and doc.fields.briefing then
      doc.title = doc.fields.briefing .. "第" .. doc.fields.issue .. "期"
    end
    if not doc.fields.issue then doc:diagnostic("warning", "no issue line `第N期`") end
    if not doc.fields.date then doc:diagnostic("warning", "no issuing unit and date under the masthead") end

    -- The items: a title line and its paragraphs, up to the distribution.
    local items = {}
    for i = body, #paras do
      local p = paras[i]
      if is_distribution(p.text) then break end
      local nxt = paras[i + 1]
      if is_item_title(p.text, nxt and nxt.text) then
        items[#items + 1] = p.text
        doc:add_section { level = 1, title = p.text, pos = p.pos, stop = p.stop }
      end
    end
    if #items > 0 then
      doc.fields.items = items
    else
      doc:diagnostic("warning", "no items (a short title line followed by prose)")
    end
  end,
}
