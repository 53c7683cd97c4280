-- minutes: 会议纪要 — meeting minutes.
--
-- Minutes come in two shapes: a labelled header (`时间：` `地点：` `主持：`
-- `出席：` … `记录：`) or a narrative opening (`4月16日上午，县委书记林建华
-- 主持召开…`); both are read, the labels first because they are exact. The
-- decisions follow an intro such as `现将会议议定事项纪要如下：`.
-- A news item about a meeting also says `会议强调` and `会议要求`, so those
-- sentences alone stay far below the 0.3 threshold; the title `…纪要` or the
-- labelled header is what tells minutes apart.
--
-- detect() signals:
--   a title ending in 纪要 or 会议记录 (the page's or row's, or in the first 3
--   paragraphs)                                                           +0.40
--   two or more labelled header lines (时间/地点/主持/出席/请假/记录 …)      +0.25
--   four or more of them                                                   +0.10
--   a decisions intro (会议议定 / 议定事项 / 纪要如下 / 会议决定…如下)       +0.20
--   the minutes naming themselves in it (`现将…纪要如下`): no report of a
--   meeting says so, only the minutes do                                  +0.40
--   two or more paragraphs stating 会议要求/强调/同意/决定…                 +0.10
--   untitled: a standing body's numbered sitting opening it (第N次…会议)      +0.15
--   untitled: who was excused (请假) in the first paragraphs                  +0.15
--     (or only who sat in, 列席)                                            +0.10
--   untitled: two or more items, each the meeting's act (一、会议审议了…)      +0.15
--
-- process() fields: meeting, date (ISO 8601), location, chair, attendees,
-- observers (列席), absent (请假), recorder, decisions; doc_number (the minutes' own
-- `〔2024〕第5次` under the title), issuer and issued (the header's organ and date; unsigned, the
-- organ the meeting's name opens with, `2006年度上海大学第一次校长办公会议` → 上海大学).

local LABELS = "(会议名称|会议时间|时间|会议地点|地点|主持人|主持|出席人员|出席|参加人员|参会人员|参加|"
  .. "参会|列席人员|列席|请假人员|请假|缺席|记录人|记录)[：:](.*)$"
local FIELD_OF = {
  ["会议名称"] = "meeting",
  ["会议时间"] = "date", ["时间"] = "date",
  ["会议地点"] = "location", ["地点"] = "location",
  ["主持人"] = "chair", ["主持"] = "chair",
  ["出席人员"] = "attendees", ["出席"] = "attendees", ["参加人员"] = "attendees", ["参会人员"] = "attendees", ["参会"] = "attendees", ["参加"] = "attendees",
  ["列席人员"] = "observers", ["列席"] = "observers",
  ["请假人员"] = "absent", ["请假"] = "absent", ["缺席"] = "absent",
  ["记录人"] = "recorder", ["记录"] = "recorder",
}
local LISTS = { attendees = true, observers = true, absent = true }
local INTRO = "会议(议定|决定|研究)|议定事项|决定事项|纪要如下"
-- Sentences that record what the meeting settled (指出/认为 only comment).
local DECIDES = "^会议(原则同意|同意|决定|要求|强调|明确|议定)"
local DISTRIBUTION = "^(分送|抄送|发送|报送)[：:]|印发$"


-- Labels are often letter-spaced (`主 持：`), so they are matched without spaces.
-- An organ's name as it signs (`中共青溪县委办公室`, `某某市人民政府`).
local ORGAN = "^\\p{Han}{2,}(?:办公室|办公厅|委员会|人民政府|政府|党委|党组|党工委|委|局|厅|部|院|中心|公司|集团|大学|学院)$"

local function label(text)
  -- (A label is short, letter-spaced at most: its colon comes early.)
  local head = text:sub(1, 40)
  if not (head:find("：", 1, true) or head:find(":", 1, true)) then return nil end
  -- (Not a page's posting line, `时间:2022-05-19来源:本站`: another label of a page after the first.)
  if gw.re.find(text, "[：:].*(来源|浏览|作者|点击)[：:次]") then return nil end
  local name = gw.re.match(gw.strip_spaces(text), "^" .. LABELS)
  if not name then return nil end
  -- The value as printed: names may be set apart by spaces alone (`马锋旺 黄德宝 徐 炎`).
  local colon = head:find("：", 1, true)
  local ascii = head:find(":", 1, true)
  local at = colon and (not ascii or colon < ascii) and colon + 3 or ascii + 1
  return name, gw.trim(text:sub(at))
end

-- `现将会议议定事项纪要如下：`; an item `会议研究了…` is not an intro.
-- Every INTRO alternative contains 议定, 决定, 研究 or 纪要: a plain find
-- rules out most paragraphs before the regex engine starts.
local function is_intro(text)
  if not (text:find("议定", 1, true) or text:find("决定", 1, true) or text:find("研究", 1, true)
          or text:find("纪要", 1, true)) then
    return false
  end
  if not (text:find("如下", 1, true) or text:sub(-3) == "：" or text:sub(-1) == ":") then return false end
  return gw.re.find(text, INTRO) ~= nil
end

-- (Or a meeting's record, `…第六次会议记录`, as a council's papers name their minutes.)
-- (Its sitting's number after it, `2022年校务会会议纪要（第四次）`, left aside.)
local function is_title(text)
  local t = gw.re.gsub(gw.strip_spaces(text), "[（(]第[0-9一二三四五六七八九十百]+[次期][）)]$", "")
  return gw.len(text) <= 40 and gw.re.find(t, "(纪要|会议记录)$") ~= nil
end

-- `刘文斌（在省委党校学习）、黄晓峰（因公出差）` → { "刘文斌", "黄晓峰" }:
-- separators inside parentheses belong to the note, and the note is dropped.
-- Names set apart by spaces alone are names too; a name letter-spaced to the width of
-- three (`徐 炎`) is one name, not two.
local function names(text)
  local list, cur, depth = {}, {}, 0
  local function flush()
    local item = gw.trim(table.concat(cur))
    if item ~= "" then
      for word in item:gmatch("%S+") do
        local last = list[#list]
        if last and gw.len(word) == 1 and gw.len(last) == 1 then list[#list] = last .. word
        else list[#list + 1] = word end
      end
    end
    cur = {}
  end
  for ch in gw.chars(text) do
    if ch == "（" or ch == "(" then
      depth = depth + 1
    elseif ch == "）" or ch == ")" then
      depth = math.max(0, depth - 1)
    elseif depth == 0 then
      if ch == "、" or ch == "，" or ch == "," or ch == "；" or ch == ";" or ch == "。" then flush()
      else cur[#cur + 1] = ch end
    end
  end
  flush()
  return list
end

-- A year-less date (`4月16日` → `--04-16`) takes the year of the header date.
local function with_year(iso, year)
  if iso and year and iso:sub(1, 2) == "--" then return year .. iso:sub(2) end
  return iso
end

---@type gongwen.Handler
return {
  name = "minutes",
  version = "0.1.0",
  kinds = { "minutes" },
  description = "会议纪要 (meeting minutes)",
  priority = 45,
  -- Without one of these words no signal can reach the threshold: skip detect().
  keywords = { "纪要", "会议", "议定", "記錄", "记录" },

  detect = function(doc)
    local paras = doc:paragraphs()
    local titled = doc.title ~= "" and is_title(doc.title)  -- (a row's or a page's own title)
    for i = 1, math.min(#paras, 3) do
      if titled then break end
      titled = is_title(paras[i].text)
    end
    if titled then doc:signal("title `…纪要`, `…会议记录`", 0.40) end
    local seen, n = {}, 0
    for i = 1, math.min(#paras, 30) do
      local name = label(paras[i].text)
      if name and not seen[FIELD_OF[name]] then
        seen[FIELD_OF[name]] = true
        n = n + 1
      end
    end
    if n >= 2 then doc:signal("labelled header (时间/地点/主持/出席 …)", 0.25) end
    -- (Four of them, time, place, chair and recorder or those present: a meeting's record by its form.)
    if n >= 4 then doc:signal("four labels of a meeting's record or more", 0.10) end
    local intro, own, decides, items, acts = false, false, 0, 0, 0
    for i, p in ipairs(paras) do
      if not intro and is_intro(p.text) then
        intro = true
        own = p.text:find("纪要如下", 1, true) ~= nil
      end
      -- (`会议` within a marker's reach, found plainly first.)
      local at = p.text:find("会议", 1, true)
      if at and at <= 16 then
        local m = gw.marker(p.text)
        local body = m and p.text:sub(m.length + 1) or p.text
        if body:sub(1, 6) == "会议" then
          if gw.re.find(body, DECIDES) then decides = decides + 1 end
          -- (An item, the meeting's act after its number: `3.会议审议通过了《…》`.)
          if m and i >= 2 and i <= 30 and gw.re.find(body, "^会议(审议|研究|传达|通报|听取|讨论|学习)") then items = items + 1 end
          -- (Or unnumbered, each paragraph one act of the sitting: `会议审定了…`, `会议研究并原则同意…`.)
          if not m and i >= 2 and i <= 30 and gw.re.find(body, "^会议(首先|还|并|集体)?(审议|审定|研究|传达|通报|听取|讨论|学习|原则同意|原则通过|同意|决定|议定)") then
            acts = acts + 1
          end
        end
      end
    end
    if intro then doc:signal("decisions intro (会议议定事项…如下)", 0.20) end
    if own then doc:signal("the minutes name themselves (现将…纪要如下)", 0.40) end
    if decides >= 2 then doc:signal("sentences 会议要求/强调/同意/决定…", 0.10) end
    -- Untitled, a standing body's record of one of its numbered sittings (`召开2022年第17次党政联席会议`,
    -- `十一届党委常委会第167次会议`): who came, who was excused and who sat in (请假, 列席), and its
    -- items, each the meeting's act (`3.会议审议通过了《…》`, `一、会议通报了…`). A news report of a
    -- meeting gives none of the three together.
    if not titled and not own then
      local opening = paras[1] and paras[1].text or ""
      local stop = opening:find("。", 1, true)
      local first_sentence = stop and opening:sub(1, stop - 1) or opening
      if first_sentence:find("次", 1, true) and gw.re.find(first_sentence, "第[0-9一二三四五六七八九十百]+次[^，。,]{0,12}(会议|联席会|常委会|办公会|校务会|党委会)") then
        doc:signal("a standing body's numbered sitting opens it (第N次党政联席会议)", 0.15)
        -- (Its acts, one a paragraph, `会议审定了…` / `会议研究并原则同意…`: the sitting's record, as a
        -- government's 常务会议 column publishes it; a report tells of the meeting, not act by act.)
        local headline = doc.title ~= "" and gw.re.find(doc.title, "(召开|主持|研究部署|举行)")
        if acts >= 2 and not headline and gw.re.find(first_sentence, "[，,]") then doc:signal("the sitting's acts, one a paragraph (会议审定了…, 会议研究并原则同意…)", 0.35) end
      end
      -- (Who was excused is the record's; who sat in, a report's too.)
      local excused, sat_in = false, false
      for i = 1, math.min(#paras, 4) do
        excused = excused or paras[i].text:find("请假", 1, true) ~= nil
        sat_in = sat_in or paras[i].text:find("列席", 1, true) ~= nil
      end
      if excused then doc:signal("who was excused (请假)", 0.15)
      elseif sat_in then doc:signal("who sat in (列席)", 0.10) end
      if items >= 2 then doc:signal("its items, each the meeting's act (一、会议审议了…)", 0.15) end
    end
    return doc:score()
  end,

  process = function(doc, ctx)
    local paras = doc:paragraphs()
    if #paras == 0 then
      doc:diagnostic("warning", "empty document")
      return
    end
    local fields = {}
    local title_i
    for i = 1, math.min(#paras, 3) do
      if is_title(paras[i].text) and not gw.trail(paras[i].text) then  -- (`当前位置：首页 > 会议纪要` is the page's)
        title_i = i
        doc.title = paras[i].text
        break
      end
    end
    -- Without its title the first line is one only when it reads as one (no sentence).
    -- (The reader's title, from a page or a front matter, stays.)
    if not title_i and (doc.title == nil or doc.title == "") then
      -- (Nor a page's trail over it, `学习啦 > 范文 > 会议纪要 > …`.)
      local top = 1
      while top < #paras and top < 3 and gw.trail(paras[top].text) do top = top + 1 end
      local first = gw.trim(paras[top].text)
      -- (Nor a label of its header, `会议时间:2024年4月19日`.)
      doc.title = (gw.len(first) <= 40 and not gw.re.find(first, "[。，；]") and not label(first)) and first or ""
    end

    -- The issue header (`中共青溪县委办公室  2024年4月18日`) gives the year
    -- for year-less dates; the meeting date itself comes from the body.
    -- The organ before its date there issued the minutes (GB/T 9704's 纪要 header): the
    -- issuer, and the date it gives is when they were issued, apart from the meeting's.
    local year
    for i = 1, math.min(#paras, 4) do
      local iso, s = gw.date(paras[i].text, 1, true)
      if iso then
        year = iso:sub(1, 4)
        local organ = gw.strip_spaces(paras[i].text:sub(1, s - 1))
        if i ~= title_i and gw.len(organ) <= 30 and gw.re.find(organ, ORGAN) then
          fields.issuer = { organ }
          if #iso == 10 then fields.issued = iso end
        end
        break
      end
    end

    -- The minutes' own number under the title (`〔2024〕第5次`, `第12期`, `（2024）3号`):
    -- the 发文字号 of a 纪要, as printed; the host reads it into {text, year, number, key}.
    for i = 1, math.min(#paras, 4) do
      local t = gw.strip_spaces(paras[i].text)
      if i ~= title_i and gw.len(t) <= 20 and (gw.re.find(t, "^[〔\\[（(]?[0-9]{4}[〕\\]）)]?(?:年)?第[0-9一二三四五六七八九十]+(?:次|期|号)$")
                                          or gw.re.find(t, "^第[0-9]+(?:次|期)$")) then
        fields.doc_number = t
        break
      end
    end

    -- Without that header, the organ signing over the closing date issued them
    -- (`某某市人民政府办公室` / `2023年6月16日`).
    if not fields.issuer then
      for i = #paras, math.max(#paras - 3, 2), -1 do
        local t = gw.strip_spaces(paras[i].text)
        local iso, s, e = gw.date(t, 1, true)
        if iso and s == 1 and e == #t then
          local organ = gw.strip_spaces(paras[i - 1].text)
          if i - 1 ~= title_i and gw.len(organ) <= 30 and gw.re.find(organ, ORGAN) then
            fields.issuer = { organ }
            if #iso == 10 then fields.issued = iso end
          end
          break
        end
      end
    end

    -- Labelled lines, wherever they are (记录 often closes the minutes); the
    -- header block is the run of them before the first sentence.
    local first_sentence = #paras + 1
    for i, p in ipairs(paras) do
      if p.text:find("。", 1, true) then
        first_sentence = i
        break
      end
    end
    local last_label = title_i or 0
    for i, p in ipairs(paras) do
      local name, value = label(p.text)
      if name and value ~= "" then
        local key = FIELD_OF[name]
        if LISTS[key] then
          local list = fields[key] or {}
          for _, v in ipairs(names(value)) do list[#list + 1] = v end
          fields[key] = list
        elseif key == "date" then
          local iso, s, e = gw.date(p.text, 1)
          if iso and not fields.date then
            s = gw.re.find(p.text, "\\S", s) -- the span starts at the spaces before the date
            fields.date = with_year(iso, year)
            doc:add_entity { type = "date", text = p.text:sub(s, e), value = fields.date, pos = p.pos + s - 1, stop = p.pos + e - 1 }
          end
        elseif not fields[key] then
          fields[key] = value
        end
        if i < first_sentence then last_label = math.max(last_label, i) end
      end
    end

    -- (Or the year its numbered sitting names, `召开2022年第17次党政联席会议`.)
    if not year then
      for i = 1, math.min(#paras, 3) do
        year = gw.re.match(paras[i].text, "((?:19|20)[0-9][0-9])年第[0-9一二三四五六七八九十]+次")
        if year then break end
      end
    end
    -- The narrative opening fills what the labels did not give.
    -- It is the first paragraph with sentence punctuation: the issue number
    -- `第9期` and the header line have none.
    local open_i = last_label + 1
    while paras[open_i] and not gw.re.find(paras[open_i].text, "[，。]") do open_i = open_i + 1 end
    local opening = paras[open_i]
    if opening then
      local t = opening.text
      if not fields.date then
        -- The meeting's date is the one that leads to its 召开 (`2018年12月，…联合召开座谈会`);
        -- an earlier one recalls what led to it (`2018年6月16日，中共中央…发布…`).
        local held = t:find("召开", 1, true) or t:find("举行", 1, true)
        local iso, s, e = gw.date(t, 1)
        while iso and held do
          local iso2, s2, e2 = gw.date(t, e + 1)
          if not iso2 or s2 > held then break end
          iso, s, e = iso2, s2, e2
        end
        if iso then
          s = gw.re.find(t, "\\S", s)
          fields.date = with_year(iso, year)
          doc:add_entity { type = "date", text = t:sub(s, e), value = fields.date, pos = opening.pos + s - 1, stop = opening.pos + e - 1 }
        end
      end
      if not fields.location then
        fields.location = gw.re.match(t, "在([^，。、]{2,20}?)(?:主持)?(?:召开|举行)")
      end
      -- (The office before the name, `区长胡永光主持`, or after it, `马锋旺院长主持`.)
      local OFFICE = "(?:书记|县长|市长|区长|镇长|乡长|主任|部长|局长|组长|院长|校长|厅长|处长|总经理|董事长)"
      if not fields.chair then
        fields.chair = gw.re.match(t, OFFICE .. "(\\p{Han}{2,3}?)(?:同志)?(?:在[^，。,]{2,20}?)?主持")
          or gw.re.match(t, "(?:^|[，,。\\s日午])(\\p{Han}{2,3}?)" .. OFFICE .. "(?:在[^，。,]{2,20}?)?主持")
      end
      if not fields.meeting and not title_i then  -- (the title names it when there is one)
        fields.meeting = gw.re.match(t, "主持召开(?:了)?([^，。,]{2,40}?会议)")
      end
    end
    if not fields.meeting and title_i then
      fields.meeting = gw.re.gsub(doc.title, "纪要$", "")
    end
    -- Unsigned, no header: the organ the meeting's name opens with (`2006年度上海大学第一次校长办公会议`).
    if not fields.issuer and fields.meeting then
      local named = gw.re.gsub(gw.strip_spaces(fields.meeting), "^[0-9]{4}年度?", "")
      local organ = gw.re.match(named, "^(\\p{Han}{2,20}?)(?:20[0-9]{2}年度?)?第[0-9一二三四五六七八九十]+次")
      if organ and gw.re.find(organ, ORGAN) then fields.issuer = { organ } end
    end

    -- Decisions: after the intro, items `一、…` with text and sentences
    -- `会议同意/要求/强调…`; bare headings become sections instead.
    local from = open_i
    for i = open_i, #paras do
      if is_intro(paras[i].text) then
        from = i + 1
        break
      end
    end
    local decisions = {}
    for i = from, #paras do
      local p = paras[i]
      if gw.re.find(p.text, DISTRIBUTION) or label(p.text) then break end
      local m = gw.marker(p.text)
      if m and m.family == "cn_dun" then
        local rest = gw.trim(p.text:sub(m.length + 1))
        if gw.re.find(rest, "[。；]") then
          decisions[#decisions + 1] = rest
        elseif rest ~= "" then
          doc:add_section { level = 1, marker = m.text, title = rest, pos = p.pos, stop = p.stop }
        end
      else
        -- `会议听取了…汇报。会议要求，…。`: only the deciding sentences.
        for sentence in gw.re.gmatch(p.text, "[^。]+。?") do
          if gw.re.find(sentence, DECIDES) then decisions[#decisions + 1] = sentence end
        end
      end
    end
    if #decisions > 0 then fields.decisions = decisions end

    for _, key in ipairs { "meeting", "date", "location", "chair", "attendees", "observers", "absent", "recorder", "decisions", "issuer", "issued", "doc_number" } do
      if fields[key] ~= nil then doc:set_field(key, fields[key]) end
    end
    if not fields.date then doc:diagnostic("warning", "no meeting date found") end
    if not fields.attendees then doc:diagnostic("info", "no attendees line (出席/参加)") end
    if not fields.decisions then doc:diagnostic("warning", "no decisions found after the intro") end
  end,
}
