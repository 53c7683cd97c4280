-- reply: 留言答复 — an office's answer to a member of the public (12345 hotline,
-- 市长信箱 / 书记市长网上政务信箱, 领导留言板, 政务咨询). Kind `letter`: a letter in
-- reply (复函 to a citizen), not a 公文 with a 文号.
--
-- Such replies are how a large share of what governments write reaches
-- people, and datasets of them (a message column and a reply column per
-- row) are common. What marks one, no signal deciding alone:
--   a salutation to the writer opening the reply (`来信人您好`, `谢先生：你好！`,
--     `尊敬的网友：`)                                                          +0.35
--   the writer's message named as received or as raised (`您的来信收悉`,
--     `你在“书记市长网上政务信箱”反映…的问题`, `关于您反映…`)                      +0.25
--   an answering formula (`现答复如下`, `现就具体办理情况答复如下`, `特此回复`,
--     `感谢您对…的关注`, `如有疑问，请致电`)                                    +0.20
--   a dataset row that keeps the message beside the reply (a column such as
--     留言内容, 来信内容, 诉求内容, ask_body, question)                         +0.15
--   a signature and date closing it                                         +0.05
-- process(): fields genre (留言答复), reply_to (the message's title, when the
-- row or page gives one), recipients and recipients_text (the writer the reply
-- opens on, `李某等代表：`, `谢先生：`), issuer (the signature over the closing date, else the
-- office the lead says took the matter up) and date (that date).

-- A salutation to the writer (`来信人您好`, `谢先生：你好！`, `尊敬的网友：`).
local SALUTATION = "^(尊敬的)?[^，。；！？\\s]{0,24}?[，,：:！! 　]*(您好|你好)"
local ADDRESSEE = "^(尊敬的)?(来信人|来信者|网友|市民朋友|市民|留言人|\\p{Han}{1,4}(先生|女士)|\\p{Han}{2,5}等?(代表|委员))(“[^”]{1,20}”)?[：:]$"
-- The writer's message named as received or as raised.
local RECEIVED = "(您|你)的(来信|留言|来电|诉求|咨询|建议|问题|反映)[^。]{0,30}(收悉|收到)|(您|你)(在|于|通过)[^。]{0,40}(反映|咨询|留言|提出)[^。]{0,60}(问题|诉求|建议|事项)|(您|你)(在|于|通过)[^。]{0,60}的(问题|诉求|建议|来信|留言)|关于(您|你)(反映|咨询|提出|所提)|(转来|转办|转交)[^。]{0,60}(收悉|收到)|(网友|网民)(反映|建议|提出|留言|咨询)|在贵栏目留言"
-- An answering formula.
local ANSWER = "[现特将就][^。]{0,16}(答复|回复|函复|说明)如下|特此(答复|回复|函复)|感谢(您|你|网友|网民|贵栏目)[^。]{0,30}(关注|支持|监督|理解|来信|意见|关心)|已(转|转交|转至|交由)[^。]{0,40}(调查处理|调查处置|处理|办理|核实|答复)|如(有|您有)(疑问|问题|其他)[^。]{0,20}(咨询|致电|联系|沟通)|欢迎(您)?继续(监督|关注)"
-- Dataset columns that keep the citizen's message beside the reply.
local MESSAGE_COLUMNS = { "留言内容", "来信内容", "诉求内容", "问题内容", "咨询内容", "留言标题", "来信标题", "ask_body",
                          "question", "message", "ask_content" }

-- The closing signature and date: a date ending the last paragraph, the
-- organ before it on the same line (after a wide gap) or alone on the line
-- above; a name with sentence punctuation is no signature.
local function closing(doc)
  local tail = doc:paragraphs(-4)
  -- (A page's stray mark after the date, `(`, closes nothing.)
  while #tail > 0 and gw.len(gw.trim(tail[#tail].text)) <= 2 and not gw.re.find(tail[#tail].text, "[\\p{Han}0-9]") do
    table.remove(tail)
  end
  if #tail == 0 then return nil end
  local last = gw.trim(tail[#tail].text)
  local start = gw.re.find(last, "(\\d{4}年\\d{1,2}月\\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$")
  if not start then return nil end
  local iso = gw.date(string.sub(last, start), 1, true)
  if not iso then return nil end
  local before = gw.trim(string.sub(last, 1, start - 1))
  if before ~= "" then
    local gap = gw.re.find(before, "[ 　]{2,}[^ 　]+$")
    if gap then before = gw.trim(string.sub(before, gap)) end
  elseif #tail >= 2 then
    before = gw.trim(tail[#tail - 1].text)
  end
  if before == "" or gw.len(before) > 30 or gw.re.find(before, "[。，；！？：:]") then before = nil end
  return iso, before
end

-- The office credited for the answer at its end instead of a signature:
-- `（承办责任处室：西地省交通运输厅财务处）` — the department, not its section.
local CREDIT = "[（(]承办(责任)?(处室|单位|部门)?[：:]\\s*([^）)]{2,40})[）)]\\s*$"
local function credited_organ(doc)
  local tail = doc:paragraphs(-1)
  if #tail == 0 then return nil end
  local _, _, _, _, unit = gw.re.find(gw.trim(tail[#tail].text), CREDIT)
  if not unit then return nil end
  local _, _, dept = gw.re.find(unit, "^(.+?(厅|局|委员会|委|政府|公司))[^厅局委府司]{1,8}(处|科|室|办|中心|所|队)$")
  return dept or unit
end

-- The office answering, named in the lead when no signature closes the
-- reply: `针对您反映…的问题，A3区洋湖街道高度重视，立即…`. Only 高度重视 names it:
-- an office that forwards the message (`市住建局及时将您反映的问题交由…办理`)
-- is not the one answering.
local LEAD_ORGAN = "[，,：:！!；]\\s*([^，,。：:！!；“”《》\\s]{2,40}?(街道|街道办事处|办事处|局|委|办|办公室|政府|中心|公司|镇|乡|所|院|队|处|站|管委会|委员会|支队|大队))(对此)?高度重视"
-- Offices listed with a 、 share the place that the first one names:
-- `A3区学士街道、含浦街道` are `A3区学士街道` and `A3区含浦街道`.
local function lead_organs(doc)
  local ps = doc:paragraphs(2)
  local lead = ""
  for _, p in ipairs(ps) do lead = lead .. p.text end
  local _, _, names = gw.re.find(gw.sub(lead, 1, 200), LEAD_ORGAN)
  if not names then return nil end
  local out, place = {}, nil
  for name in gw.re.gmatch(names, "[^、]+") do
    if not place then
      local _, _, p = gw.re.find(name, "^(.+?[省市区县旗])[^省市区县旗]{2,}$")
      place = p
    elseif place and not gw.re.find(name, "^\\p{Han}{1,6}[省市区县旗]") then
      name = place .. name
    end
    out[#out + 1] = name
  end
  return out
end

-- The line the reply opens on: the first, or the second under the reply's own title
-- (`…提案(第15号)答复` / `丁某某委员：`).
-- (Or under a reposting site's short lines, `省民政厅回复关于…的建议` / `以下为回复内容:`; or with the
-- answer run on after its colon, `金某代表:您提出的…`.)
local function addressee_line(ps)
  for i = 1, math.min(#ps, 5) do
    local t = gw.trim(ps[i].text)
    -- (`各位委员：`, `尊敬的各位代表：`, `全体代表：` open a speech or a letter to them all, not a reply to one member.)
    local own = not gw.re.find(gw.re.gsub(t, "^(尊敬的|亲爱的)", ""), "^(各位|同志|全体)")
    -- (A salutation alone within the first two lines, as before; further down only one glued to the
    -- answer, `金某代表:您提出的…`, under a reposter's lines.)
    if own and i <= 2 and gw.re.find(t, ADDRESSEE) then return t, i end
    local glued = gw.re.match(t, "^([^：:，。]{2,12}(?:代表|委员)[：:])\\s*(?:您|你)")
    if own and glued and gw.re.find(glued, ADDRESSEE) then return glued, i end
    if gw.len(t) > 60 or gw.re.find(t, "[。！？]") then return nil end
  end
  return nil
end

---@type gongwen.Handler
return {
  name = "reply",
  version = "0.1.0",
  kinds = { "letter" },
  description = "留言答复: an office's reply to a citizen's message (12345, 市长信箱, 留言板)",
  priority = 45,
  keywords = { "您好", "你好", "来信", "留言", "收悉", "答复如下", "回复如下", "反映", "诉求", "网友" },

  detect = function(doc)
    local ps = doc:paragraphs(6)
    if #ps == 0 then return 0 end
    local first = gw.trim(ps[1].text)
    local head = first
    if #ps > 1 and gw.len(first) <= 20 then head = first .. gw.trim(ps[2].text) end
    if gw.re.find(head, SALUTATION) or addressee_line(ps) then
      doc:signal("a salutation to the writer opens it", 0.35)
    end
    local lead = ""
    for i = 1, math.min(#ps, 3) do lead = lead .. ps[i].text end
    if gw.re.find(lead, RECEIVED) then doc:signal("the writer's message named as received or raised", 0.25) end
    -- The formulas open the answer or close it: the head and the tail, never the whole text.
    local ends = lead
    for i = 4, #ps do ends = ends .. ps[i].text end
    for _, p in ipairs(doc:paragraphs(-3)) do ends = ends .. p.text end
    if gw.re.find(ends, ANSWER) then doc:signal("an answering formula", 0.20) end
    local row = doc.fields.dataset
    if type(row) == "table" then
      for _, c in ipairs(MESSAGE_COLUMNS) do
        if row[c] then
          doc:signal("a dataset row keeps the message beside the reply", 0.15)
          break
        end
      end
    end
    if closing(doc) then doc:signal("a signature and date close it", 0.05) end
    return doc:score()
  end,

  process = function(doc)
    doc:set_field("genre", "留言答复")
    local ps = doc:paragraphs(5)
    local first = #ps > 0 and gw.trim(ps[1].text) or ""
    local opening, at = addressee_line(ps)
    -- (Its title is the nearest line over it that names something: not a reposter's `以下为回复内容:`,
    -- an advert's address or a stray place name.)
    for i = (at or 1) - 1, 1, -1 do
      local t = gw.trim(ps[i].text)
      -- (What names a matter, `…关于…的建议`, `…的答复`; not an organ's line, a number, a date or a label.)
      if not gw.re.find(t, "^以下") and not gw.re.find(t, "https?:|www\\.|[：:]") and gw.len(t) >= 8 and
          gw.re.find(t, "(关于|的|答复|回复|建议|提案)") and not gw.re.find(t, "^\\s*\\d{4}[年-]") then
        first = t
        break
      end
    end
    if opening then
      local writer = gw.re.gsub(opening, "[：:]$", "")
      writer = gw.re.gsub(writer, "^尊敬的", "")
      doc:set_field("recipients", { writer })
      doc:set_field("recipients_text", writer)
    end
    -- The reply's own title over the line it opens on (`…提案(第15号)答复` / `丁某某委员：`).
    if doc.title == "" and opening and opening ~= first and gw.len(first) <= 80 then
      doc.title = first
    elseif doc.title ~= "" and doc.title ~= first then
      doc:set_field("reply_to", doc.title)
    end
    -- (A list of answers names each one's office after it, `…第3号建议的答复(水利局)`: the title is
    -- the answer's, the office its issuer when nothing signs it.)
    local answered, office = gw.re.match(doc.title, "^(.{6,}(?:答复|复函|回复))\\s*[（(](\\p{Han}{2,12}(?:局|委|办|办公室|厅|院|部|中心|公司|委员会|政府))[）)]$")
    -- (Not a remark on its way, `（已转区住建局）`, nor a mailbox's office, `（区长信箱办）`.)
    if office and (gw.re.find(office, "^(已|转|交|由)") or gw.re.find(office, "信箱")) then answered, office = nil, nil end
    if answered then doc.title = answered end
    local iso, organ = closing(doc)
    if iso then doc:set_field("date", iso) end
    local signed = organ ~= nil
    if not organ and office then organ = office end
    if organ then
      doc:set_field("issuer", { organ })
      doc:set_field("issuer_from", signed and "signature" or "title")
    else
      local named, from = lead_organs(doc), "lead"
      if not named then
        local credited = credited_organ(doc)
        if credited then named, from = { credited }, "credit" end
      end
      if named then
        doc:set_field("issuer", named)
        doc:set_field("issuer_from", from)
      end
    end
  end,
}
