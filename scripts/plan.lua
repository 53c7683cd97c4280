-- plan: 规划, 计划, 方案, 预案, 工作要点, 工作安排, 纲要 — what an organ means to do, over a period, in parts
-- (`某某市国民经济和社会发展第十四个五年规划`, `某某行动方案（2024—2027年）`, `2024年工作要点`).
-- Kind `plan`: not one of the 15 公文 kinds; most are issued as the attachment of a 通知
-- (`关于印发《…方案》的通知`, the official handler's), and reach this handler as the
-- attachment the splitter cut, or alone as sites and datasets keep them.
--
-- What marks one, no signal deciding alone (a headline `我市出台…行动方案` names one too):
--   the title ends with the genre (规划, 计划, 方案, 预案, 要点, 工作安排, 纲要), a standing or a
--   period in brackets after it (`（试行）`, `（2021—2025年）`) left aside        +0.25
--   the period it covers in the title (`2021—2025年`, `十四五`, `2024年`)         +0.10
--   the parts a plan is written in, as headings (`一、指导思想`, `（二）主要目标`,
--     `重点任务`, `保障措施`…): two of them                                     +0.25
--     four or more                                                              +0.35
--   closed by an organ's signature over its date, as an organ issues its own    +0.10
--   the title is the whole text (a catalogue's entry) and no headline's verb      +0.10
--   published in full by a release whose lead names its issuers (fields.release)  +0.10
--   a news report of one (本报讯, 新华社…电, （记者…）in the lead)                 −0.30
-- process(): fields plan_type (the genre word), period (`2021-2025`, or the one year), parts
-- (the plan's part headings as printed), issuer and date from a signature over a date
-- closing it, or from a date line under the title; a section per level-1 heading.

local GENRE = "(规划|计划|方案|预案|工作要点|要点|工作安排|纲要|工作谋划|工作思路)"  -- (预案: what it means to do when an emergency comes)
-- What a headline does to a plan (`我市出台…行动方案`, `省政府印发…规划`): it reports one.
local REPORTED = "(出台|印发|发布|制定|启动|部署|召开|通过|审议|解读)"
-- The standing or the period after the title: `（试行）`, `（2021—2025年）`, `（2024-2027年）`, `（征求意见稿）`.
local TAIL = "\\s*[（(][^（）()]{1,16}[）)]\\s*$"
local PARTS = { "指导思想", "总体要求", "基本原则", "工作原则", "主要目标", "发展目标", "工作目标", "总体目标",
  "目标任务", "重点任务", "主要任务", "重点工作", "工作任务", "保障措施", "组织保障", "实施步骤",
  "进度安排", "时间安排", "组织实施", "工作措施", "发展基础", "发展环境", "规划实施", "实施保障", "任务分工",
  "组织领导", "组织机构", "职责分工", "工作步骤", "方法步骤",
  -- (an emergency plan's, 预案: GB/T 29639's parts)
  "编制目的", "编制依据", "组织体系", "组织机构及职责", "预防预警", "监测预警", "应急响应", "应急处置", "后期处置", "应急保障" }

-- The title without what follows the genre (one bracket, or two: `（试行）（2024—2027年）`).
local function bare(title)
  local t = gw.trim(title)
  for _ = 1, 2 do t = gw.re.gsub(t, TAIL, "") end
  return t
end

-- The genre word a title ends with, or nil; never a 公文's (`…方案的通知`, `…规划的批复`).
-- The genre's words, plainly (the host's keyword pass and genre_of's first test).
local WORDS = { "规划", "计划", "方案", "预案", "要点", "安排", "纲要", "谋划", "思路" }
local function genre_of(title)
  -- (A plain find first: most lines name no genre, and the patterns need not run.)
  local named = false
  for _, w in ipairs(WORDS) do
    if title:find(w, 1, true) then
      named = true
      break
    end
  end
  if not named then return nil end
  local t = bare(title)
  if gw.len(t) < 4 or gw.len(t) > 60 or gw.re.find(t, "[。！？；]") then return nil end
  return gw.re.match(t, GENRE .. "$")
end

-- `2021—2025年`, `2024-2027年`, `十四五` (2021-2025), `2024年`: as `from-to` or the one year.
local function period_of(title)
  local a, b = gw.re.match(title, "((?:19|20)\\d\\d)\\s*[—–\\-－～~至到]+\\s*((?:19|20)\\d\\d)\\s*年")
  if a then return a .. "-" .. b end
  local five = gw.re.match(title, "[“\"]?(十[一二三四五六七八九]|[九八七])五[”\"]?")
  if five then
    local n = gw.number(five)
    if n then return tostring(1951 + 5 * (n - 1)) .. "-" .. tostring(1955 + 5 * (n - 1)) end
  end
  return gw.re.match(title, "((?:19|20)\\d\\d)\\s*年")
end

-- A heading naming one of a plan's parts: short, after its marker (`一、`, `（二）`, `第三章`) or bare;
-- or run into its paragraph after its marker, `（一）指导思想。以…为指导`.
local function part_of(text)
  if gw.len(text) > 30 or gw.re.find(text, "[。；]") then
    local m = gw.marker(text)
    if not m then return nil end
    local rest = gw.trim(text:sub(m.length + 1))
    for _, part in ipairs(PARTS) do
      if rest:sub(1, #part) == part and gw.re.find(rest, "^" .. part .. "[。：:]") then return part, gw.trim(text:sub(1, m.length)) .. part end
    end
    return nil
  end
  -- (Or numbered as an emergency plan numbers its sections, `1.1 编制目的`, `2 组织体系`.)
  local numbered = text:match("^%s*%d+[%.%d]*%s+(.*)$") or text:match("^%s*%d+%.%d[%.%d]*(.*)$")
  local m = not numbered and gw.marker(text) or nil
  local rest = gw.trim(numbered or (m and text:sub(m.length + 1)) or text)
  for _, part in ipairs(PARTS) do
    if rest:sub(1, #part) == part then return part end
  end
  return nil
end

local function organ_line(t)
  return gw.len(t) >= 3 and gw.len(t) <= 30 and not gw.re.find(t, "[。，；！？：:、]") and
      gw.re.find(t, "(委员会|政府|办公室|办公厅|局|厅|部|委|院|中心|公司|学校|大学|协会|小组)$") ~= nil
end

-- The organs signing over the date that closes the document (`信息技术学院` / `2018年1月18日`;
-- joint, one a line: `计算机与通信工程学院` / `电子信息与工程学院` / date): the signers in order
-- and the ISO date, or nil.
local function closing_signature(doc)
  local tail = doc:paragraphs(-4)
  if #tail < 2 then return nil end
  local last = gw.trim(tail[#tail].text)
  local iso = gw.len(last) <= 16 and gw.date(last, 1, true) or nil
  if not iso then return nil end
  local signers = {}
  for i = #tail - 1, math.max(1, #tail - 3), -1 do
    local t = gw.trim(tail[i].text)
    if not organ_line(t) then break end
    table.insert(signers, 1, t)
  end
  if #signers == 0 then return nil end
  return signers, iso
end

-- The paragraph holding the title of a text without the reader's: the first, or, under a page's
-- metadata lines (`- 索 引 号:…`, `发文机关:`), the first of the next six that reads as a plan's title,
-- no item of a list (`二、工作方案`).
-- Returns its index and the title (its line joined to the one over it when the title wraps:
-- `关于推动物流数据开放互联` / `有效降低全社会物流成本的实施方案`).
local function title_paragraph(doc)
  local ps = doc:paragraphs(7)
  if ps[1] and genre_of(ps[1].text) then return 1, ps[1].text end
  for i = 2, #ps do
    local t = ps[i].text
    if gw.len(t) >= 6 and not gw.marker(t) and genre_of(t) and not gw.re.find(t, "[：:|]") then
      local over = gw.trim(ps[i - 1].text)
      -- (Only a line that cannot end a title: one opening with 关于, one ending on a joining word or on a
      -- place, `2024—2026年海南省`; not a date, an organ, a label of the page's box or a column's name.)
      local open = gw.re.find(over, "^关于") or gw.re.find(over, "(的|和|与|及|暨|、)$") or gw.re.find(over, "\\p{Han}(省|市|县|区|镇|乡|州)$")
      local organ = gw.re.find(over, "(政府|委员会|办公室|办公厅|局|厅|委|部|中心|公司|学院|大学)$")
      if gw.len(over) <= 30 and open and not organ and not gw.marker(over) and not gw.re.find(over, "[。，；：:|！？]") and genre_of(over .. gw.trim(t)) then
        return i, over .. gw.trim(t)
      end
      return i, t
    end
  end
  return nil
end

---@type gongwen.Handler
return {
  name = "plan",
  version = "0.1.0",
  kinds = { "plan" },
  description = "规划、计划、方案、工作要点、工作安排、纲要 (plans and programmes)",
  priority = 20,
  keywords = WORDS,

  detect = function(doc)
    -- (The title first: most documents that say 方案 or 计划 are no plan, and stop here.)
    local head = doc.title
    if head == "" then head = select(2, title_paragraph(doc)) end
    if not head or not genre_of(head) then return 0 end
    local ps = doc:paragraphs(80)
    doc:signal("the title ends with a plan's genre (规划, 计划, 方案, 要点, 纲要)", 0.25)
    if period_of(head) then doc:signal("the period it covers in the title (2021—2025年, 十四五)", 0.10) end
    local seen, parts = {}, 0
    for _, p in ipairs(ps) do
      local part = part_of(p.text)
      if part and not seen[part] then
        seen[part] = true
        parts = parts + 1
      end
    end
    if parts >= 4 then
      doc:signal("four or more of a plan's parts as headings (指导思想, 主要目标, 重点任务, 保障措施…)", 0.35)
    elseif parts >= 2 then
      doc:signal("two of a plan's parts as headings (指导思想, 主要目标, 重点任务, 保障措施…)", 0.25)
    end
    if closing_signature(doc) then doc:signal("closed by an organ's signature over its date", 0.10) end
    if #ps == 1 and gw.trim(ps[1].text) == gw.trim(head) and not gw.re.find(head, REPORTED) then
      doc:signal("the title is all the text says (a catalogue's entry), no headline's verb in it", 0.10)
    end
    -- (Published in full by a release whose lead names the organs that issued it: `中共中央印发了《X》…《X》全文如下`.)
    local release = doc:field("release")
    if type(release) == "table" and release.issuer then
      doc:signal("published in full by a release that names its issuers (…印发了《X》…全文如下)", 0.10)
    end
    for i = 1, math.min(#ps, 3) do
      if gw.re.find(ps[i].text, "^(本报讯|本台讯|新华社|人民网|央视网|[^，。]{0,12}(讯|电)[（(]记者)") or gw.re.find(ps[i].text, "[（(]记者[^）)]{1,24}[）)]") then
        doc:signal("a news report of a plan (本报讯, 记者)", -0.30)
        break
      end
    end
    return doc:score()
  end,

  process = function(doc, ctx)
    local ps = doc:paragraphs()
    if #ps == 0 then
      doc:diagnostic("warning", "empty document")
      return
    end
    local first = 1
    if doc.title == "" then
      local at, titled = title_paragraph(doc)
      doc.title = titled or ps[1].text
      first = (at or 1) + 1
    elseif gw.strip_spaces(ps[1].text) == gw.strip_spaces(doc.title) then
      first = 2
    end
    doc.fields.plan_type = genre_of(doc.title) or gw.re.match(bare(doc.title), GENRE .. "$")
    local period = period_of(doc.title)
    if period then doc.fields.period = period end
    -- A date line under the title (`（2024年3月1日）`, `2024年3月1日`): the plan's date.
    for i = first, math.min(#ps, first + 2) do
      local t = gw.strip_spaces(ps[i].text)
      local iso = gw.len(t) <= 20 and gw.date(t, 1, true) or nil
      if iso and gw.re.find(t, "^[（(]?[0-9〇零一二三四五六七八九十]+年[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日[）)]?$") then
        doc.fields.date = iso
        break
      end
    end
    -- The signature over the closing date.
    local signers, iso = closing_signature(doc)
    if signers then
      doc.fields.issuer = signers
      doc.fields.date = iso
    end
    local parts, seen = {}, {}
    for _, p in ipairs(ps) do
      local part, heading = part_of(p.text)
      if part and not seen[part] then
        seen[part] = true
        parts[#parts + 1] = heading or gw.trim(p.text)  -- (a heading run into its paragraph: the heading alone)
      end
    end
    if #parts > 0 then doc.fields.parts = parts end
    for _, h in ipairs(doc:headings({ "cn_dun", "chapter" })) do
      if h.level == 1 then doc:add_section{ level = 1, marker = h.marker, title = h.title, pos = h.pos, stop = h.stop } end
    end
  end,
}
