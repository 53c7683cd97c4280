-- notice: 通知 / 通报 / 意见 / 决定 laid out as GB/T 9704-2012 official documents.
--
-- The layout is what identifies them, not the wording: a banner `…文件`, a
-- document number `某委办发〔2024〕12号`, a `关于…的通知` title, a recipients
-- line ending in `：`, and a closing block (signature, date, 抄送, 印发).
-- Any single signal also occurs elsewhere (a regulation quotes a document
-- number, a speech summary ends with an 印发 line), so only two or more of
-- them reach the 0.3 threshold.
--
-- detect() signals:
--   issuer banner `…文件` in the first 3 paragraphs                       +0.25
--   a bare document number `…〔2024〕12号` in the first 8 paragraphs       +0.30
--   a title `关于…的通知/通报/意见/决定` (one or two lines) near the top  +0.25
--   a recipients line ending in `：` right after the title                +0.15
--   an imprint line `…  2024年5月11日印发` near the end                    +0.10
--   a 抄送 line near the end                                               +0.05
--
-- process() fields (GB/T 9704 names, see docs/record-schema.md): issuer,
-- doc_number, signer (签发人, when given), doc_type, recipients, attachments,
-- issuer_signature, date, cc, printed_by, printed_on; sections 一、 (level 1)
-- and （一） (level 2).

local TYPES = "(通知|通报|意见|决定)"
local HEAD = 10 -- header block: banner, number, title and recipients sit here
local TAIL = 12 -- closing block: attachments, signature, date, cc, imprint


-- `中共青溪县委办公室文件` → `中共青溪县委办公室`. Spaces are stripped first
-- because banners are often letter-spaced.
local function banner(text)
  local name = gw.re.match(gw.strip_spaces(text), "^([\\p{Han}（）()]{2,30})文件$")
  return name
end

-- `青委办发〔2024〕12号`, optionally followed by `签发人：…` on the same line.
-- A number in parentheses is a citation (a reprinted regulation), not the
-- document's own number, so it does not count.
local function doc_number(text)
  if gw.re.find(text, "^[（(]") then return nil end
  return gw.re.match(text, "^(\\S{1,15}?[〔\\[［][0-9]{4}[〕\\]］]\\s*[0-9]+\\s*号)")
end

-- The title starts with 关于 (possibly after the issuer's name) and ends with
-- the document type; a long title wraps onto a second line. Returns the
-- title, its type, and the indices of its first and last paragraph.
local function find_title(paras)
  for i = 1, math.min(#paras, HEAD) do
    local t = paras[i].text
    local at = t:find("关于", 1, true) -- within 60 bytes: after an issuer's name at most
    if at and at <= 60 and not gw.re.find(t, "[。；，：]") then
      local ty = gw.re.match(t, TYPES .. "$")
      if ty then return t, ty, i, i end
      local nxt = paras[i + 1]
      if nxt and gw.len(nxt.text) <= 40 and not gw.re.find(nxt.text, "[。；，：]") then
        local joined = t .. nxt.text
        ty = gw.re.match(joined, TYPES .. "$")
        if ty then return joined, ty, i, i + 1 end
      end
    end
  end
  return nil
end

local function is_recipients(text)
  return gw.re.find(text, "[：:]$") ~= nil and not text:find("。", 1, true) and gw.len(text) <= 100
end

-- `中共青溪县委办公室          2024年5月11日印发` → printing body, ISO date,
-- and the date's span in the line.
local function imprint(text)
  if not gw.re.find(text, "印发$") then return nil end
  local iso, s, e = gw.date(text, 1, true)
  if not iso then return nil end
  return gw.trim(text:sub(1, s - 1)), iso, s, e
end

-- A line that is only a full date (the 成文日期 under the signature).
local function date_line(text)
  local iso, s, e = gw.date(text, 1, true)
  if iso and s == 1 and e == #text then return iso end
  return nil
end

-- `县委组织部，县委党校，县财政局。` → a list; the full stop is not part of a name.
local function split_list(text)
  local list = {}
  text = gw.re.gsub(text, "[。．.]$", "")
  for item in gw.re.gmatch(text, "[^，、,；;]+") do
    item = gw.trim(item)
    if item ~= "" then list[#list + 1] = item end
  end
  return list
end

---@type gongwen.Handler
return {
  name = "notice",
  version = "0.1.0",
  kinds = { "notice" },
  description = "通知、通报、意见、决定 (GB/T 9704 official documents)",
  priority = 45,
  -- Without one of these words no signal can reach the threshold: skip detect().
  keywords = { "文件", "〔", "通知", "通报", "意见", "决定", "印发", "抄送" },

  detect = function(doc)
    local paras = doc:paragraphs()
    for i = 1, math.min(#paras, 3) do
      if banner(paras[i].text) then doc:signal("issuer banner `…文件`", 0.25) break end
    end
    for i = 1, math.min(#paras, 8) do
      if doc_number(paras[i].text) then doc:signal("document number `…〔2024〕12号`", 0.30) break end
    end
    local title, _, _, last = find_title(paras)
    if title then
      doc:signal("title `关于…的通知/通报/意见/决定`", 0.25)
      local nxt = paras[last + 1]
      if nxt and is_recipients(nxt.text) then doc:signal("recipients line after the title", 0.15) end
    end
    for i = math.max(1, #paras - 5), #paras do
      if imprint(paras[i].text) then doc:signal("imprint line `…印发`", 0.10) break end
    end
    for i = math.max(1, #paras - 7), #paras do
      if gw.re.find(paras[i].text, "^抄送[：:]") then doc:signal("抄送 line", 0.05) break end
    end
    return doc:score()
  end,

  process = function(doc, ctx)
    local paras = doc:paragraphs()
    if #paras == 0 then
      doc:diagnostic("warning", "empty document")
      return
    end

    -- Header.
    for i = 1, math.min(#paras, 3) do
      local name = banner(paras[i].text)
      if name then
        doc.fields.issuer = name
        break
      end
    end
    for i = 1, math.min(#paras, 8) do
      local p = paras[i]
      local num = doc_number(p.text)
      if num then
        doc.fields.doc_number = num
        doc:add_entity { type = "doc_number", text = num, pos = p.pos, stop = p.pos + #num - 1 }
        local signer = gw.re.match(p.text, "签发人[：:]\\s*(\\S.*)$")
        if signer then doc.fields.signer = gw.strip_spaces(signer) end
        break
      end
    end
    local title, ty, first, last = find_title(paras)
    local body_start = 1
    if title then
      doc.title = title
      doc.fields.doc_type = ty
      -- Without a banner, the issuer's name often stands alone above the title.
      local above = paras[first - 1]
      if not doc.fields.issuer and above and gw.re.find(above.text, "^[\\p{Han}（）()]{2,30}$") then
        doc.fields.issuer = above.text
      end
      body_start = last + 1
      local nxt = paras[last + 1]
      if nxt and is_recipients(nxt.text) then
        doc.fields.recipients = gw.re.gsub(nxt.text, "[：:]$", "")
        body_start = last + 2
      else
        doc:diagnostic("info", "no recipients line (主送机关) after the title", paras[last].pos)
      end
    else
      doc:diagnostic("warning", "no title `关于…的通知` in the first paragraphs")
    end

    -- Closing block, read from the end: imprint, cc, date, signature,
    -- attachments. body_end is the last paragraph of the body proper.
    local body_end = #paras
    local tail_from = math.max(body_start, #paras - TAIL + 1)
    for i = #paras, tail_from, -1 do
      local p = paras[i]
      local by, on, s, e = imprint(p.text)
      if by then
        if by ~= "" then doc.fields.printed_by = by end
        doc.fields.printed_on = on
        s = gw.re.find(p.text, "\\S", s) -- gw.date's span starts with the spaces before the date
        doc:add_entity { type = "date", text = p.text:sub(s, e), value = on, pos = p.pos + s - 1, stop = p.pos + e - 1 }
        body_end = math.min(body_end, i - 1)
      elseif gw.re.find(p.text, "^抄送[：:]") then
        doc.fields.cc = split_list(gw.re.match(p.text, "^抄送[：:]\\s*(.*)$"))
        body_end = math.min(body_end, i - 1)
      end
    end
    local date_i
    for i = body_end, tail_from, -1 do
      local iso = date_line(paras[i].text)
      if iso then
        date_i = i
        doc.fields.date = iso
        local p = paras[i]
        doc:add_entity { type = "date", text = p.text, value = iso, pos = p.pos, stop = p.stop }
        break
      end
    end
    if date_i then
      body_end = date_i - 1
      -- The signature is a short unpunctuated line right above the date.
      local sig = paras[date_i - 1]
      if sig and date_i - 1 >= body_start and gw.len(sig.text) <= 30 and not gw.re.find(sig.text, "[。，；：:]")
          and not gw.marker(sig.text) then
        doc.fields.issuer_signature = gw.strip_spaces(sig.text)
        body_end = date_i - 2
      end
    else
      doc:diagnostic("warning", "no date line (成文日期) near the end")
    end
    if not doc.fields.issuer and doc.fields.issuer_signature then
      doc.fields.issuer = doc.fields.issuer_signature
      doc:diagnostic("info", "no banner `…文件`; issuer taken from the signature")
    end

    -- 附件说明: `附件：1.…` then `2.…` lines, or a single `附件：…`.
    for i = body_start, body_end do
      local p = paras[i]
      local rest = gw.re.match(p.text, "^附件[：:]\\s*(.+)$")
      if rest then
        local list = {}
        local m = gw.marker(rest)
        if m and m.family == "arabic_dot" then
          list[1] = gw.trim(rest:sub(m.length + 1))
          local n = m.number
          for j = i + 1, body_end do
            local mj = gw.marker(paras[j].text)
            if not (mj and mj.family == "arabic_dot" and mj.number == n + 1) then break end
            list[#list + 1] = gw.trim(paras[j].text:sub(mj.length + 1))
            n = mj.number
          end
        else
          list[1] = rest
        end
        doc.fields.attachments = list
        body_end = i - 1
        break
      end
    end

    -- Headings: 一、 level 1, （一） level 2; a run-in heading ends at 。.
    for i = body_start, body_end do
      local p = paras[i]
      local m = gw.marker(p.text)
      local level = m and (m.family == "cn_dun" and 1 or m.family == "cn_paren" and 2)
      if level then
        local rest = p.text:sub(m.length + 1)
        local stop = rest:find("。", 1, true)
        local head = gw.trim(stop and rest:sub(1, stop - 1) or rest)
        if head ~= "" and gw.len(head) <= 40 then
          local hs = p.text:find(head, m.length + 1, true)
          doc:add_section { level = level, marker = m.text, title = head, pos = p.pos, stop = p.pos + hs + #head - 2 }
        end
      end
    end

    if not doc.fields.doc_number then doc:diagnostic("info", "no document number (发文字号)") end
  end,
}
