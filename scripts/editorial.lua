-- editorial: 卷首语, 评论员文章 (本刊评论员 / 本刊特约评论员) and 编者按.
--
-- What marks these is a magazine's own voice: a column label `卷首语`, a
-- byline that is a role rather than a person (`■本刊特约评论员`), or an
-- editor's note `编者按：…现刊登如下，供学习参考。`. Exhortation alone (a
-- closing `！`) is common in speeches too, so it weighs little.
--
-- detect() signals:
--   column label `卷首语` or `社论` in the first 3 paragraphs, or the
--   splitter's `fields.column` naming one                                 +0.50
--   byline `本刊/本报（特约）评论员` in the first 5 paragraphs              +0.50
--   the title's bracket names a commentary (`…（社论）`, `…（人民论坛）`)      +0.50
--   an editor's note `编者按：` in the first 3 paragraphs                   +0.35
--   the note has a publishing formula (刊登如下 / 供学习参考 …)            +0.15
--   the title's subtitle congratulates (`——热烈祝贺…会议开幕`): a paper's
--   editorial on a meeting, not the report of it                          +0.40
--   the body greets the occasion (`表示热烈祝贺`, `预祝大会圆满成功`)       +0.15
--   the last paragraph ends with `！`                                       +0.05
--
-- process() fields: column (卷首语 / 评论员文章 / 编者按), byline, thesis
-- (the body's first sentence) and, for 编者按, introduces (the 《…》
-- titles it lists, or else the units it names).

local HEAD = 5


-- Column labels are set letter-spaced and behind a ■ (`■卷 首 语`).
local function is_column_label(text)
  return gw.re.find(gw.strip_spaces(text), "^[■□◆●]?卷首语$") ~= nil
end

local function is_editorial_label(text)
  return gw.re.find(gw.strip_spaces(text), "^[■□◆●【]?(?:本报)?社论】?$") ~= nil
end

-- `为…凝聚强大智慧和力量——热烈祝贺市政协五届一次会议开幕`.
local CONGRATULATION = "——\\s*(?:热烈|衷心)?(?:祝贺|庆祝|献给)"
local GREETING = "表示(?:热烈|衷心|诚挚)的?祝贺|预祝(?:大会|会议|本次会议|这次会议)?(?:取得)?圆满成功"

-- `■本刊特约评论员` → `本刊特约评论员`; an outlet's commentator too (`作者：《求是》杂志评论员`,
-- `新华社评论员`, `人民日报评论员`: a role, never a person's name).
local COMMENTATOR = "((?:本刊|本报|[《》\\p{Han}]{2,12}?)(?:特约)?评论员)"
local function byline(text)
  return gw.re.match(gw.strip_spaces(text), "^[■□◆●]?(?:作者[：:])?" .. COMMENTATOR .. "$")
end

local function editors_note(text)
  return gw.re.match(text, "^[■□◆●]?\\s*编者按\\s*[：:]\\s*(.+)$")
end

local PUBLISHING = "(刊登|刊发|摘登|刊载|转发|编发|发表)如下|予以刊发|供(学习)?参考|供借鉴交流|供大家学习"

-- The first sentence, with its closing punctuation (and a closing quote).
local function first_sentence(text)
  return gw.re.match(text, "^.*?[。！？](?:[”’」])?") or text
end

-- The units an editor's note names: `衢江区委组织部、常山县委组织部…等5家单位`.
local function units(note)
  local run = gw.re.match(note, "([^，。：；]+?)等[0-9一二三四五六七八九十]+(?:家|个)(?:单位|部门|地方|县)")
  if not run then return nil end
  local list = {}
  for item in gw.re.gmatch(run, "[^、，]+") do list[#list + 1] = gw.trim(item) end
  return list
end

---@type gongwen.Handler
return {
  name = "editorial",
  version = "0.1.0",
  kinds = { "editorial" },
  description = "卷首语、评论员文章、编者按 (editorials and editor's notes)",
  priority = 45,
  -- Without one of these words no signal can reach the threshold: skip detect().
  keywords = { "卷首语", "评论员", "编者按", "社论", "祝贺", "庆祝", "论坛", "时评", "短评", "今日谈", "评论" },

  detect = function(doc)
    local paras = doc:paragraphs()
    if #paras == 0 then return 0 end
    -- (A container's splitter files its article under the label it read: `fields.column`.)
    local filed = doc:field("column")
    local labelled = filed == "卷首语" or filed == "社论"
    for i = 1, math.min(#paras, 3) do
      if labelled then break end
      labelled = is_column_label(paras[i].text) or is_editorial_label(paras[i].text)
    end
    if labelled then doc:signal("column label 卷首语 or 社论", 0.50) end
    -- (Or the page's author slot names it: `作者：《求是》杂志评论员`.)
    local by = doc:field("author") and byline(doc:field("author"))
    for i = 1, math.min(#paras, HEAD) do
      if by then break end
      by = byline(paras[i].text)
    end
    if by then doc:signal("byline 本刊（特约）评论员", 0.50) end
    local head = doc.title ~= "" and doc.title or paras[1].text
    -- A paper's commentary titled by its commentator: `新华社评论员：牢牢把握…`.
    if gw.re.find(gw.strip_spaces(head), "^" .. COMMENTATOR .. "[：:]") then doc:signal("the title opens with its commentator (新华社评论员：…)", 0.60) end
    -- A paper's commentary titled with its column in brackets (`…（社论）`, `…（人民论坛）`, `…（评论员观察）`).
    if gw.len(head) <= 80 and gw.re.find(head, "[（(](?:本报)?(?:社论|评论员文章|评论员观察|本报评论员|人民论坛|人民时评|时评|短评|今日谈|评论)[）)]\\s*$") then
      doc:signal("the title's bracket names a commentary (（社论）, （人民论坛）)", 0.50)
    end
    if gw.len(head) <= 80 and gw.re.find(head, CONGRATULATION) then
      doc:signal("the title's subtitle congratulates (——热烈祝贺…)", 0.40)
      for i = 1, math.min(#paras, 12) do
        if gw.re.find(paras[i].text, GREETING) then doc:signal("the body greets the occasion (表示热烈祝贺, 预祝…圆满成功)", 0.15) break end
      end
    end
    for i = 1, math.min(#paras, 3) do
      local note = editors_note(paras[i].text)
      if note then
        doc:signal("editor's note 编者按：", 0.35)
        if gw.re.find(note, PUBLISHING) then doc:signal("publishing formula (刊登如下 / 供学习参考)", 0.15) end
        break
      end
    end
    if gw.re.find(paras[#paras].text, "！[”’]?$") then doc:signal("closing exclamation", 0.05) end
    return doc:score()
  end,

  process = function(doc, ctx)
    local paras = doc:paragraphs()
    if #paras == 0 then
      doc:diagnostic("warning", "empty document")
      return
    end
    local column, by, note_i, title_i
    local body_from = 1
    for i = 1, math.min(#paras, HEAD) do
      local t = paras[i].text
      if is_column_label(t) or is_editorial_label(t) then
        column = is_column_label(t) and "卷首语" or "社论"
        body_from = i + 1
      elseif byline(t) then
        by = byline(t)
        body_from = i + 1
      elseif editors_note(t) then
        note_i = i
        break
      elseif not title_i and gw.len(t) <= 40 and not gw.re.find(t, "[。；]$") then
        -- The title: a short line that is neither label nor byline.
        title_i = i
        body_from = i + 1
      else
        break
      end
    end
    -- (A commentator the page's author slot or the title names: `新华社评论员：…`.)
    by = by or (doc:field("author") and byline(doc:field("author"))) or
         gw.re.match(gw.strip_spaces(doc.title), "^" .. COMMENTATOR .. "[：:]")
    if not column then column = doc:field("column") or by and "评论员文章" or note_i and "编者按" or nil end
    if column then doc.fields.column = column end
    if by then doc.fields.byline = by end
    -- (A dataset's row keeps the title its column gives: a paper's deck of short lines opens the text.)
    if title_i and not (doc.title ~= "" and doc.fields.dataset) then
      doc.title = paras[title_i].text
    elseif column and (doc.title == "" or column ~= "评论员文章") then
      doc.title = column
    end

    if note_i then
      local p = paras[note_i]
      local note = editors_note(p.text)
      doc.fields.thesis = first_sentence(note)
      local docs = {}
      for t in gw.re.gmatch(note, "《([^《》]+)》") do docs[#docs + 1] = t end
      local list = #docs > 0 and docs or units(note)
      if list then
        doc.fields.introduces = list
      else
        doc:diagnostic("info", "the editor's note names no document or unit", p.pos)
      end
      if not gw.re.find(note, PUBLISHING) then
        doc:diagnostic("info", "the editor's note has no publishing formula (现刊登如下…)", p.pos)
      end
    elseif paras[body_from] then
      doc.fields.thesis = first_sentence(paras[body_from].text)
    else
      doc:diagnostic("warning", "no body after the title block")
    end
    if not column and not gw.re.find(doc.title, CONGRATULATION) then
      doc:diagnostic("warning", "no column label, byline or editor's note")
    end
  end,
}
