-- news: 新闻 — an event reported: meeting news, visits, releases, dispatches.
--
-- detect() adds weak signals; no one of them decides (a headline verb alone
-- stays under the threshold, and so does a dateline alone):
--   headline ending with a completed-event verb (召开/举行/开班/启动/…)          +0.30
--     or opening with good news (喜报/喜讯/捷报)                                 +0.30
--   headline with a reporting verb (调研/会见/强调/表示/发布/举办/莅临/…)        +0.15
--     and it is the whole text (a news list's entry, a catalogue's row)         +0.10
--   a dispatch formula in the lead (本报讯, 本台消息, 新华社…电, 中国网5月13日讯,
--     央视网消息, 中安在线讯, （记者…）, 记者从…获悉, 据…消息)                 +0.35
--   a lead that opens with a date or 近日/日前/昨天 (`9月27日，…`)               +0.25
--   else a lead that reports an event on a date (`…，2月19日下午，…召开`)      +0.20
--   else an event of the day (`温家宝今天下午在人民大会堂主持仪式`)          +0.25
--   the lead's first sentences say where an event was held
--     (`…新年座谈会在集团四楼会议室举行`)                                        +0.15
--   a reporter's byline near the top (`半月谈记者 史卫燕`)                        +0.35
--   the reporter's words in the first paragraphs (记者获悉, 笔者了解到, 据悉)      +0.20
--   a broadcast's sound bites, two or more (记者：…, 人大代表 王浩良：…)           +0.25
--   a source credit closing the item (`（德清县发改局）`, `供稿/摄影/编辑`)        +0.15
--   a printed page's info line under the headline (`2024年06月13日 | 来源：…`) +0.25
--   a web page's publication date with its source, site or author (the
--     page's metadata, not the text: a CMS posts news with both), or a
--     dataset row's date column with a source, reporter or url column        +0.15
--   the site files the page under a news column (page_column: 综合新闻, 工作动态, 基层信息;
--     or, with no page_column, its address's last column folder: /zxdt/ 最新动态,
--     /tpxw/ 图片新闻, as a column label is, whatever the text says)           +0.25
--     (or the item stands in a bulletin's issue: fields.bulletin, 工作简报, 政务信息;
--     or in a news digest: fields.digest, 青年早新闻, 每周大事)
--   a news outlet's page: its site (…新闻网, …日报, a broadcaster) or its
--     address (/news/, xinwen) says news                                      +0.15
--   three or more different reporting verbs (强调, 指出, 表示, 出席, 主持, …)     +0.15
--     (two of them: +0.10)
--   a short item (under 5,000 characters)                                     +0.05
--   a salutation near the top (同志们：) says speech, not news                 −0.30
--   a headline that is a document's own title (关于…的通知, …纪要)             −0.30
-- process() extracts the event, its date (year from the container when the
-- lead has none; or the day a release closes with, its weekday after it), the organiser, the
-- venue and the participants named. The headline is the first line past a page's own (a skip
-- link, an e-paper's page line, an outlet's logo, a column's label printed twice).
-- Verbs a report uses of what was said and done; two or three of them make a news item.

-- A page's line over an item (`第A02版:两会聚焦`, an e-paper's page and its column; `首 页 走进某县
-- 新闻中心 政府信息公开 …`, a site's menu of short items set apart by spaces): no headline.
-- The column a page's address files it under, its last folder named in letters (`/dfkj/ah/zxdt/202604/t…
-- .html` → zxdt, 最新动态; `/xwzx/tzgg/content/post_1.html` → tzgg, 通知公告): sites name columns by their
-- pinyin initials, …dt 动态 and …xw 新闻 among them. Dated folders and a CMS's own (art, content) are none.
local CMS_FOLDERS = {art = true, content = true, html = true, c = true, col = true, article = true, detail = true, info = true}
local function url_column(url)
  if type(url) ~= "string" then return nil end
  local path = url:lower():match("^https?://[^/]+(/[^?#]*)") or ""
  local slug
  for seg in path:gmatch("([^/]+)/") do
    if seg:match("^%l+$") and not CMS_FOLDERS[seg] then slug = seg end
  end
  return slug
end

local function page_line(t)
  if gw.re.find(t, "^第?[A-Z]?\\d{1,3}版\\s*[：:]\\s*\\S{1,12}$") then return true end
  -- (A page's skip link for screen readers: `跳至內容的開始`, `跳到主要內容區塊`.)
  if gw.len(t) <= 12 and gw.re.find(t, "^\\s*跳(?:至|到|转至|轉至|转到|轉到|过|過).{0,6}(?:内容|內容|導覽|导航)") then return true end
  local menu = gw.re.gsub(t, "^首\\s*页\\s+", "")
  if menu ~= t and not gw.re.find(menu, "[，。、：:]") then
    local items = 0
    for item in menu:gmatch("%S+") do
      if gw.len(item) > 8 then return false end
      items = items + 1
    end
    return items >= 3
  end
  return false
end

-- An outlet's name alone over the headline, a printed page's logo (`人民网`, `某某日报`); not a
-- bulletin's masthead (`工作简报`, `情况通报`).
local function outlet_line(t)
  return gw.len(t) <= 8 and gw.re.find(t, "^\\p{Han}{2,6}(日报|晚报|时报|商报|网|电视台|电台|频道)$")
end

local REPORTING_VERBS = { "强调", "指出", "表示", "出席", "主持", "参加", "会见", "调研", "考察", "介绍", "据悉", "获悉", "报道" }

-- An outlet a page or a row credits (`来源：解放日报`): a name, not a link, a sentence, a byline
-- (`学生处舍监 焦瑞芳 文`) or a placeholder (`本站`, `原创`).
local PLACEHOLDERS = { ["本站"] = true, ["本网"] = true, ["本网站"] = true, ["本站原创"] = true, ["本网原创"] = true, ["原创"] = true, ["网络"] = true, ["未知"] = true }
-- An organ's own site credited (`中央纪委国家监委网站`) names the organ.
local function credited_outlet(src)
  if type(src) ~= "string" then return nil end
  src = gw.trim(src)
  if gw.len(src) < 2 or gw.len(src) > 30 or PLACEHOLDERS[src] or gw.re.find(src, "^(https?:|www\\.)|[。，\\s]") then return nil end
  -- (Nor a CMS's token in the field, letters and a run of digits, `sp20241127`.)
  if not gw.re.find(src, "\\p{Han}") and gw.re.find(src, "\\d{4,}") then return nil end
  -- (A place alone, `<meta name="ContentSource" content="浙江">`, names the office's province: no outlet.)
  if gw.re.find(src, "^(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?$") then return nil end
  src = gw.re.match(src, "^《([^》]+)》$") or src  -- (`《人民日报》`: a paper by its name)
  local organ = gw.re.match(src, "^(\\p{Han}{2,}?)(?:门户网站|官方网站|网站|官网)$")
      or gw.re.match(src, "^(\\p{Han}{2,}(?:政府|委员会|委|局|厅|院))网$")  -- (`保定市人民政府网`; 新华网 is the outlet)
  return organ or src
end

---@type gongwen.Handler
return {
  name = "news",
  version = "0.2.0",
  kinds = { "news" },
  description = "新闻、会议消息 (news items)",
  priority = 20,
  -- Without one of these words no signal can reach the threshold: skip detect().
  keywords = { "召开", "举行", "开班", "启动", "开幕", "闭幕", "举办", "揭牌", "成立", "签约", "讯", "电", "记者", "消息",
               "获悉", "据悉", "据了解", "了解到", "近日", "日前", "调研", "强调", "表示", "指出", "会见", "今天", "昨天", "今日", "昨日",
               "参加", "莅临", "签署", "开展", "荣获", "喜获", "获得", "应邀", "喜报", "喜讯", "捷报", "考察", "出席", "走访", "看望", "慰问", "部署", "发布",
               -- a news column the page is filed under (page_column opens the gate too)
               "新闻动态", "工作动态", "综合新闻", "图片新闻", "新闻中心", "要闻", "资讯", "快讯",
               -- the bulletin an item stands in (fields.bulletin)
               "简报", "简讯", "快报", "专报", "政务信息", "工作信息", "组工信息",
               -- an item of a news digest (fields.collection, set by the splitter)
               "news digest",
               -- a news outlet's site or address (the gate reads the page's short fields too)
               "新闻网", "日报", "Broadcasting", "news", "xinwen",
               -- an office's brief of figures credited at its end (`同比增长15.3%…（德清县发改局）`)
               "同比", "局）", "委）",
               -- a policy explainer's column before its headline (`政策解读 | …`)
               "解读" },
  -- Asked about in detect() through doc:hits: found in the keywords' pass.
  words = REPORTING_VERBS,

  detect = function(doc)
    local ps = doc:paragraphs(8)
    -- (One paragraph is a wire brief, `新华社北京6月11日电 …`; none, a catalogue's headline alone.)
    if #ps == 0 and doc.title == "" then return 0 end
    -- (A page's lines over the headline: an e-paper's page label, a site's menu.)
    -- (Or the outlet's name over it, a printed page's logo: `人民网`.)
    while #ps > 1 and (page_line(ps[1].text) or outlet_line(ps[1].text)) do
      table.remove(ps, 1)
    end
    local head = doc.title ~= "" and doc.title or ps[1].text
    -- A first paragraph of prose is no headline: the item has lost it, and that is its lead.
    if doc.title == "" and (gw.re.find(head, "。$") or (gw.len(head) > 60 and gw.re.find(head, "[。，,]"))) then head = "" end
    -- A subtitle that congratulates (`——热烈祝贺…会议开幕`) heads a paper's editorial on
    -- the event, not its report: the headline is what stands before it.
    head = gw.re.match(head, "^(.+?)——\\s*(?:热烈|衷心)?(?:祝贺|庆祝|献给)") or head
    -- A wire's headline under its dateline (`新华社北京12月29日电 题：…`): a dispatch, titled after 题.
    local wired = gw.re.match(head, "^.{0,16}\\d{1,2}月\\d{1,2}日(?:电|讯)\\s*题[：:]\\s*(.+)$")
    if wired then
      head = wired
      doc:signal("a dispatch formula in the lead", 0.35)
    end
    if gw.len(head) <= 40 and gw.re.find(head, "(召开|举行|开班|启动|开幕|闭幕|举办|揭牌|成立|签约)$") then
      doc:signal("headline with a completed-event verb", 0.30)
    elseif gw.len(head) <= 60 and gw.re.find(head, "^[【\\[]?(喜报|喜讯|捷报)") then
      doc:signal("headline of good news (喜报, 喜讯, 捷报)", 0.30)
    -- (A title that ends in a thing, `…春节慰问品采购项目`, names a procurement or a plan, no event.)
    elseif gw.len(head) <= 60 and gw.re.find(head, "(调研|考察|会见|出席|强调|表示|指出|发布|获悉|部署|走访|看望|慰问|举行|召开|举办|参加|莅临|签署|开展|荣获|喜获|获得(?!感)|应邀)")
        and not gw.re.find(head, "(项目|采购|招标|标段|工程|服务|计划|方案|办法|规定|名单|公告|公示|措施|举措|细则|要点)$") then
      doc:signal("headline with a reporting verb", 0.15)
      -- (A list's entry, the headline all its row says: nothing else to weigh.)
      if #ps == 0 or (#ps == 1 and gw.trim(ps[1].text) == gw.trim(head)) then
        doc:signal("the headline is all the text says (a news list's entry)", 0.10)
      end
    end
    -- The lead: the first paragraph that is not the title, a repeat of it
    -- (`原标题：…`), a photo caption (`图为…`) or a short subtitle.
    local lead = ""
    for _, p in ipairs(ps) do
      local t = p.text
      local caption = gw.re.find(t, "^(原标题|图为|图片|图：|视频：|编者按)")
      -- (Or a deck of what the item reports, clauses without a comma: `听取市人大常委会工作报告、…`.)
      local subtitle = (gw.len(t) <= 30 and not gw.re.find(t, "[。！？]")) or (gw.len(t) <= 60 and not gw.re.find(t, "[。！？，,]"))
      -- (A teaser question alone, `最低工资是什么，包不包括五险一金？`, leads to the lead.)
      local teaser = gw.len(t) <= 40 and gw.re.find(t, "[？?]$") and not gw.re.find(t, "[。！]")
      if t ~= head and gw.len(t) >= 15 and not caption and not subtitle and not teaser then lead = t break end
    end
    -- (A page's bar or bullet may stand before it: `| 本报讯…`, or its label: `【某某导读】3月12日…`.)
    lead = gw.re.gsub(lead, "^[|｜丨•·\\s]+", "")
    lead = gw.re.gsub(lead, "^【[^】]{1,10}】\\s*", "")
    if not wired and (gw.re.find(lead, "^(本报讯|本网讯|本台消息|本台记者|央视网消息|新华社|人民网|新华网|中新网|中国网)")
        or gw.re.find(lead, "^.{0,16}\\d{1,2}月\\d{1,2}日(电|讯)")
        or gw.re.find(lead, "^[^，。：:\\s]{2,10}(在线|网|报|台|社|站|客户端)(讯|消息)[\\s　:：（(]")
        -- (A county's own desk by its place: `三峡秭归讯：`.)
        or (gw.re.find(lead, "^[^，。：:\\s]{2,8}讯[：:]") and not gw.re.find(lead, "^[^，。：:\\s]{0,6}(简讯|快讯|资讯|通讯|喜讯|短讯)[：:]"))
        or gw.re.find(lead, "^.{0,12}(讯|电)[（(]记者")
        or gw.re.find(lead, "[（(]记者[^）)]{1,24}[）)]")
        or gw.re.find(lead, "^记者.{0,6}从.{2,30}获悉")
        or gw.re.find(lead, "^据.{2,24}(消息|报道)")) then
      doc:signal("a dispatch formula in the lead", 0.35)
    end
    local dated = false
    -- (Also a span of days: `7月12、13日，`, `3月5日至7日，`, `6月1-2日，`.)
    -- (After a short flourish of the season: `阳春三月，万物复苏。3月1日，…`.)
    if gw.re.find(lead, "^([^。]{1,12}。)?(\\d{4}年)?\\d{1,2}月\\d{1,2}(日?[、—\\-至]\\d{1,2})?日(上午|下午|晚|晚上)?[，,]")
        -- (`今天，我们在这里…` is a speaker addressing a hall, not a report of a day.)
        or (gw.re.find(lead, "^(近日|日前|昨天|昨日|今天|今日|近期|本周|上周)[，,]?")
            and not gw.re.find(lead, "^(今天|今日)[，,]?(我们|我|大家|咱们)")) then
      doc:signal("lead opens with a date", 0.25)
      dated = true
    end
    if not dated and (gw.re.find(lead, "^.{0,40}\\d{1,2}月\\d{1,2}日(上午|下午|晚)?[，,].{0,60}(召开|举行|举办|开展|出席|调研|考察|会见|发布|启动)")
        -- (`…于2023年5月23日在经管楼报告厅开课`: the day, the place, the event.)
        or (gw.re.find(lead, "^.{0,60}\\d{1,2}月\\d{1,2}日(上午|下午|晚)?在[^，。,]{2,24}(举行|召开|举办|开课|开班|开幕|闭幕)")
            and not gw.re.find(lead, "^.{0,60}(定于|拟于|将于)"))) then
      doc:signal("lead reports an event on a date", 0.20)
      dated = true
    end
    -- A broadcast or wire lead: `温家宝今天下午在人民大会堂主持仪式`, `…10日在京会见…`.
    if not dated and gw.re.find(lead, "^[^。]{0,40}(今天|昨天|今日|昨日|[\\d０-９]{1,2}日|[\\d０-９]{1,2}号(?=上午|下午|晚))(上午|下午|晚上|晚)?[^。]{0,40}(参观|会见|会谈|主持|出席|举行|召开|考察|视察|调研|抵达|访问|发表|签署|宣布|发布|看望|慰问)")
        or gw.re.find(lead, "^[^。]{0,40}(今天|昨天|今日|昨日)[^。]{0,40}(审议|表示|开展|闭幕|开幕)")
        -- (`…李克强同志的遗体，2日在北京八宝山革命公墓火化`: a day, then where it happened.)
        or gw.re.find(lead, "^[^。]{0,120}[，,](\\d{1,2}日|今天|昨天)(上午|下午|晚上|晚)?在\\p{Han}{2,20}") then
      doc:signal("lead reports an event of the day", 0.25)
    end
    -- A reporter tells of others: a lead in the first person (`…，我有幸参加…培训班`) is a
    -- participant's own account, a reflection or a summary.
    if gw.re.find(lead, "^[^。]{0,60}[，,]\\s*我(有幸|参加|作为|深深|深刻)") then
      doc:signal("the lead speaks in the first person (我有幸参加…)", -0.30)
    end
    -- (Not a notice's own arrangement: `定于5月10日上午在市政府三楼会议室召开…`.)
    if gw.re.find(lead, "^[^。]{0,80}(。[^。]{0,80})?在[^，。,]{2,24}(举行|召开|举办|开课|开班|开幕|闭幕)")
        and not gw.re.find(lead, "^[^。]{0,80}(定于|拟于|将于|拟在|将在)") then
      doc:signal("the lead says where an event was held", 0.15)
    end
    for i = 1, math.min(#ps, 4) do
      if gw.len(ps[i].text) <= 20 and gw.re.find(ps[i].text, "^(本报|本刊|本台|半月谈|新华社|人民网|央视网)?(特约)?记者[ 　]*[^，。]{2,12}$") then
        doc:signal("a reporter's byline near the top", 0.35)
        break
      end
    end
    -- The reporter speaks in the first paragraphs (`记者获悉`, `笔者了解到`, `据了解`):
    -- a report, where a document or a speech states.
    -- (`据了解`, `据悉` alone are as much a report's or an analysis's: only beside another sign.)
    local others = doc:score() > 0
    for i = 1, math.min(#ps, 5) do
      if gw.re.find(ps[i].text, "(记者|笔者)[^，。]{0,20}(获悉|了解到|采访|走访|看到|发现)")
          or (others and gw.re.find(ps[i].text, "(据了解|据悉)")) then
        doc:signal("the reporter's words in the first paragraphs", 0.20)
        break
      end
    end
    -- A broadcast's sound bites: the reporter and the people asked speak in turn
    -- (`记者：…`, `人大代表 王浩良：…`, `梁玮珈（莎莎国际…总监）:…`).
    -- (Two speakers at least; not a Q&A, a record of a meeting or a list of members, whose
    -- lines are laid out alike: `…答记者问`, `发言摘要`, `专家组组长：`.)
    local speakers, bites = {}, 0
    local reporter = false
    if not gw.re.find(head, "(答记者问|实录|发布会|纪要|摘要|名单|发言|记录|座谈|访谈)") then
      for _, p in ipairs(ps) do
        local who = gw.re.match(p.text, "^(记者|主持人|解说)[：:]")
            or gw.re.match(p.text, "^(\\p{Han}{2,4})[（(][^）)]{2,30}[）)][：:]")
            or gw.re.match(p.text, "^(?:人大代表|政协委员|代表|委员|专家|市民|村民|群众|游客|工人)[ 　](\\p{Han}{2,3})[：:]")
        if who and not gw.re.find(who, "负责") and not speakers[who] then
          speakers[who] = true
          bites = bites + 1
          -- (The reporter or a deputy among them: a broadcast, not a meeting's record of its speakers.)
          reporter = reporter or gw.re.find(p.text, "^(记者|主持人|解说|人大代表|政协委员|代表|委员)")
        end
      end
    end
    if bites >= 2 and reporter then doc:signal("a broadcast's sound bites (记者：…, 人大代表 王浩良：…)", 0.25) end
    local tail = doc:paragraphs(-1)
    local last = tail[1] and tail[1].text or ""
    last = gw.re.gsub(last, "\\s*[|｜]\\s*$", "")  -- (a page's stray bar after it)
    -- (Or the page credits the item's editor after it, `(责编：萧潇、张妍)`, kept as fields.editor.)
    if #ps >= 2 and (gw.re.find(last, "[（(][^（）()]{2,24}(局|委|办|部|中心|报|网|社|台|记者|通讯员|供稿|供图)[^（）()]{0,12}[）)]$")
        or gw.re.find(last, "^[（(]?文\\s*[:：/]\\s*\\p{Han}{2,4}\\s*[/／|｜]")
        or (gw.len(last) <= 60 and gw.re.find(last, "(供稿|供图|摄影|责编|责任编辑|编辑|审核|校对)[ 　]*[/：:丨|]"))
        or type(doc.fields.editor) == "string") then
      doc:signal("a source credit closes the item", 0.15)
    end
    local f = doc.fields
    -- A page printed to PDF or OFD keeps its info line under the headline (`2024年06月13日16:10 | 来源：
    -- 人民网－江西频道`): the CMS's date and source, as a page's metadata would give them.
    -- (Counted once: a reader that took the line for the page's metadata is no second witness.)
    local info_line = false
    for i = 2, math.min(#ps, 5) do
      local t = ps[i].text
      -- (A CMS's line: the time of day or a bar beside the date; a journal's `来源：《某某》2031/19` is a citation.)
      if gw.len(t) <= 80 and gw.re.find(t, "来\\s*源\\s*[：:]") and gw.date(t, 1) and not gw.re.find(t, "[。！？《]")
          and gw.re.find(t, "(\\d{1,2}:\\d{2}|[|｜])") then
        doc:signal("a printed page's info line under the headline (its date, 来源)", 0.25)
        info_line = true
        break
      end
    end
    -- A policy explainer under its column's label (`政策解读 | 能源领域民营经济发展…`, `解读丨…`): an
    -- article about a document, the document being elsewhere.
    if gw.re.find(head, "^\\s*(?:政策解读|图解|解读)\\s*[|丨｜]") then
      doc:signal("a policy explainer's column before its headline (政策解读 | …)", 0.30)
    end
    local from_text = doc:score()  -- what the text itself says, before the page's metadata
    -- The site files the page under a news column (`首页 > 新闻中心 > 综合新闻`).
    local slug = type(f.page_column) ~= "string" and url_column(f.url) or nil  -- (the page's own column first)
    -- (Or its items' news as sites say it, `基层信息`, `工作信息`; not 招聘信息 or 信息公开, notices and documents.)
    if type(f.page_column) == "string" and (gw.re.find(f.page_column, "(新闻|动态|要闻|资讯|快讯|简讯|报道|聚焦)") or
        gw.re.find(f.page_column, "^(基层|工作|部门|政务|镇街|乡镇|单位|系统|图片)信息$")) then
      doc:signal("the site files it under a news column", 0.25)
    elseif slug and (slug:match("^%l%l?%l?dt$") or slug:match("^%l%l?%l?xw$") or slug == "xwzx" or slug == "dongtai") then
      -- (Not a bare `xw`, 学位 on a university's site; `/news/`, `/xinwen/` are the outlet rule's, below.)
      doc:signal("the site files it under a news column (its address: /" .. slug .. "/)", 0.25)
    elseif type(f.bulletin) == "string" then
      doc:signal("an item of a bulletin's issue (" .. f.bulletin .. ")", 0.25)
    elseif type(f.digest) == "string" then
      doc:signal("an item of a news digest (" .. f.digest .. ")", 0.25)
    end
    local row = type(f.dataset) == "table" and f.dataset or {}
    if f.page_date and (f.source or f.site or f.author) and not info_line then
      doc:signal("a web page's publication date and source", 0.15)
    elseif f.row_date and (row.source or row.site or row.author or row.reporter or row.url or row["来源"] or row["作者"]) then
      doc:signal("a dataset row's publication date and source", 0.15)
      -- (A source that is a news service, `华尔街见闻-7x24快讯`, `新华社`, `某某日报`: the row is its item,
      -- whatever document its headline names.)
      local src = row.source or row["来源"]
      -- (Not an organ named for what it oversees, `国家广播电视总局`, `国家新闻出版署`, `中央财经委员会`.)
      if type(src) == "string" and gw.len(src) <= 24 and
          gw.re.find(src, "(快讯|新闻网|日报|晚报|早报|时报|商报|通讯社|新华社|见闻|电视台|广播电台|周刊)") and
          not gw.re.find(src, "(局|署|办公室|委员会|委|部|厅)$") then
        doc:signal("a dataset row's source is a news service (…快讯, …日报, 新华社)", 0.15)
      end
    end
    local text = doc.text
    local verbs = 0
    for _, v in ipairs(REPORTING_VERBS) do
      if #doc:hits(v) > 0 then verbs = verbs + 1 end
    end
    if verbs >= 3 then doc:signal("three or more reporting verbs", 0.15)
    elseif verbs == 2 then doc:signal("two reporting verbs", 0.10) end
    -- A news outlet's page: its site is named as one (`北医新闻网`, `…日报`, a broadcaster) or
    -- its address files it under news (`news.` host, `/news/`, `/xinwen/`, `chinese_news/`).
    -- It only backs what the text says: an outlet also prints theory pieces and documents.
    if from_text > 0 or verbs >= 2 then
      local site = type(f.site) == "string" and f.site or ""
      local url = type(f.url) == "string" and string.lower(f.url) or ""
      if gw.re.find(site, "(新闻网|日报|晚报|电视台|广播电台|通讯社|Broadcasting|News)") or
          gw.re.find(url, "^https?://([a-z0-9-]*news\\.|[^?#]*/([a-z_]*news|xinwen)/)") then
        doc:signal("a news outlet's page (its site or address says news)", 0.15)
      end
    end
    if gw.len(text) < 5000 then doc:signal("short item", 0.05) end
    -- A headline that is a document's own title (`关于…的通知`, `…座谈会纪要`, a school's
    -- `…关于…的声明`), not a report of it (`国务院印发《关于…的意见》`).
    if (gw.re.find(head, "关于.{2,80}的(通知|通报|通告|公告|意见|决定|决议|批复|请示|报告|函|复函|办法|规定|条例|细则|方案|声明|说明|倡议书?|公开信|启事|公示|预告)$")
        or gw.re.find(head, "纪要$"))
        and not gw.re.find(head, "(印发|发布|出台|公布|召开|举行|审议|通过)") then
      doc:signal("the headline is a document's own title (…的通知, …纪要)", -0.30)
    end
    for i = 1, math.min(#ps, 4) do
      -- (Or the list of those addressed, `尊敬的…，亲爱的同学们：`, a line of its own.)
      if gw.re.find(ps[i].text, "^(同志们|各位(代表|委员|同志|领导|来宾)|女士们|朋友们)[，,：:！!]") or
          (gw.re.find(ps[i].text, "^(尊敬的|亲爱的)[^。]{1,120}[：:]\\s*$")) then
        doc:signal("a salutation near the top: a speech", -0.30)
        break
      end
    end
    return doc:score()
  end,

  process = function(doc, ctx)
    local ps = doc:paragraphs()
    -- A save time above the headline (`2015-09-29 14:26:18`) is neither title nor lead.
    local first = 1
    while first < #ps and first <= 4 and (not gw.re.find(ps[first].text, "\\p{Han}") or page_line(ps[first].text) or outlet_line(ps[first].text) or
        gw.trail(ps[first].text)) do
      first = first + 1
    end
    -- (A column's name over the headline, `醫院新聞` / `市長…調研`: a short label of what a
    -- column holds, the line under it a headline, no sentence.)
    if first < #ps and gw.len(ps[first].text) <= 6 and gw.re.find(ps[first].text, "^\\p{Han}{0,4}(?:新闻|新聞|动态|動態|要闻|要聞|资讯|資訊|快讯|快訊)$") and
        gw.len(ps[first + 1].text) <= 50 and not gw.re.find(ps[first + 1].text, "[。！？]") and gw.re.find(ps[first + 1].text, "\\p{Han}") and
        -- (Not the issue's date or number under a bulletin's column, `2024年3月5日 星期二`, `第12期`.)
        not gw.date(ps[first + 1].text) and not gw.re.find(ps[first + 1].text, "^\\s*第\\s*[0-9一二三四五六七八九十百]+\\s*期") then
      first = first + 1
    end
    -- (A column's label the page prints twice over the headline, `新聞發布` / `新聞發布`.)
    if first + 2 <= #ps and gw.len(ps[first].text) <= 8 and gw.strip_spaces(ps[first].text) == gw.strip_spaces(ps[first + 1].text) then
      first = first + 2
    end
    -- A headline wrapped after its dash (`…热议…工作报告——` / `“字字铿锵…”(一)`) goes on
    -- on the next line, a short one that ends no sentence.
    local last = first
    local next_line = ps[first + 1] and ps[first + 1].text or ""
    if doc.title == "" and gw.re.find(ps[first].text, "(——|—|－－)\\s*$") and gw.len(next_line) <= 40 and
        not gw.re.find(next_line, "[。！？]\\s*$") and gw.re.find(next_line, "\\p{Han}") then
      doc.title = ps[first].text:gsub("%s+$", "") .. next_line:gsub("^%s+", "")
      last = first + 1
    end
    -- An item that lost its headline opens with its lead's prose (`2019年1月22日，…召开…。`): no title.
    local headless = doc.title == "" and (gw.re.find(ps[first].text, "。\\s*$") or
        (gw.len(ps[first].text) > 60 and gw.re.find(ps[first].text, "[。，,]")))
    if headless then last = first - 1 end
    if doc.title == "" and not headless then doc.title = ps[first].text end
    -- (A wire's headline under its dateline: `新华社北京12月29日电 题：…`.)
    doc.title = gw.re.match(doc.title, "^.{0,16}\\d{1,2}月\\d{1,2}日(?:电|讯)\\s*题[：:]\\s*(.+)$") or doc.title
    -- (A repost's headline under its outlet's bracket, `【大众日报】…`: the outlet reported it.)
    local outlet, own = gw.re.match(doc.title, "^【([^】]{2,10}?(?:报|网|台|社))】\\s*(.{4,})$")
    if outlet then
      doc.title = own
      if not doc.fields.source then doc.fields.source = outlet end
    end
    -- (Or under a column's tag or its author's, `【时政新闻】…`, `【朱某】…`: the label apart.)
    -- (A series' name, `【中国稳健前行】…`, is the headline's own.)
    local tag, rest = gw.re.match(doc.title, "^【([^】]{2,8})】\\s*(.{6,})$")
    local column = tag and gw.re.find(tag, "(新闻|动态|要闻|快讯|资讯|聚焦|时政|视频|图片|专题|关注|头条|推荐|原创|转载|快评|评论|短评|社论|访谈|专访|观察|解读|独家|热点|通知|公告|图文)$")
    if tag and (column or gw.re.find(tag, "^\\p{Han}{2,3}$")) then
      doc.title = rest
      if not column then
        if not doc.fields.author then doc.fields.author = tag end
      elseif not doc.fields.page_column then
        doc.fields.page_column = tag
      end
    end
    doc.fields.event = doc.title
    -- Or its credits closing it (`（记者 王某）`, `（文：国某某/图：范某某/审核：…）`).
    local tail = doc:paragraphs(-2)
    -- (A posting date closing the page, `2025-12-25`, stands under the credits.)
    local posted
    if #tail == 2 and gw.re.find(tail[2].text, "^\\s*\\d{4}[-./年]\\d{1,2}[-./月]\\d{1,2}日?\\s*$") then
      posted = gw.date(tail[2].text, 1)
      table.remove(tail, 2)
    elseif #tail == 2 then
      table.remove(tail, 1)
    end
    -- (Or a release closing with its day and weekday, the page's links below it: `二○○四年四月二十一日
    -- （星期三）`, as Hong Kong's 新聞公報 end.)
    for i = #ps, math.max(#ps - 3, first + 1), -1 do
      if posted then break end
      local t = gw.strip_spaces(ps[i].text)
      local day, s, e = gw.date(t, 1, true)
      if day and s == 1 and #day == 10 and gw.re.find(t:sub(e + 1), "^[（(]星期[一二三四五六日天][）)]$") then posted = day end
    end
    local closing = gw.re.gsub(tail[1] and tail[1].text or "", "\\s*[|｜]\\s*$", "")
    local credited = gw.re.match(closing, "[（(]\\s*(?:本报)?记者\\s*(\\p{Han}{2,4}(?:[ 、]\\p{Han}{2,4}){0,3})(?:\\s*通讯员[^）)]*)?[）)]$")
        or gw.re.match(closing, "^[（(]?文\\s*[:：/]\\s*(\\p{Han}{2,4})\\s*[/／|｜]")
        -- (`（撰稿：某某某 审核：某某）`: the writer, not the reviewer.)
        or gw.re.match(closing, "^[（(]\\s*(?:撰稿|撰写|作者)\\s*[:：]\\s*(\\p{Han}{2,4})(?:\\s|[）)，,；;])")
    if credited and not doc.fields.author then doc.fields.author = gw.re.gsub(credited, "[ 、]+", " ") end
    -- The reporter's byline near the top (`新华社记者王优玲`, `本报记者 某某 某某`): the item's author.
    for i = first + 1, math.min(#ps, first + 4) do
      local names = gw.re.match(ps[i].text, "^(?:本报|本刊|本台|半月谈|新华社|人民网|央视网)?(?:特约)?记者[ 　]*(\\p{Han}{2,4}(?:[ 　、]+\\p{Han}{2,4}){0,3})$")
      if names and not doc.fields.author then
        doc.fields.author = gw.re.gsub(names, "[ 　、]+", " ")
        break
      end
    end
    -- A page's info line under the headline, kept by a page printed to PDF or OFD
    -- (`2025-02-18来源：解放日报`, `发布时间：… 来源：县应急管理局 浏览次数：…`): its source.
    local line_source
    for i = first + 1, math.min(#ps, first + 3) do
      local t = ps[i].text
      if gw.len(t) <= 80 and not gw.re.find(t, "[。！？]") then
        line_source = gw.re.match(t, "来\\s*源\\s*[：:]\\s*([^\\s|｜]{2,30}?)(?:\\s|[|｜]|(?:作者|编辑|浏览|点击|发布|时间)[：:]|$)")
        if line_source then
          if not doc.fields.source then doc.fields.source = line_source end
          -- (And its date, the page's: `2024年06月13日16:10 | 来源：…`.)
          local posted_on = gw.date(t, 1)
          if posted_on and posted_on:find("^%d%d%d%d%-%d%d%-%d%d$") and not doc.fields.page_date then doc.fields.page_date = posted_on end
          break
        end
      end
    end
    -- (A subtitle under the headline, `全体中层干部亮绩迎“年考”`, is no lead.)
    local li = last + 1
    while li <= last + 2 and ps[li + 1] and gw.len(ps[li].text) <= 30 and not gw.re.find(ps[li].text, "[。！？]") and
        not gw.date(ps[li].text, 1) do li = li + 1 end
    local lead = ps[li] and ps[li].text or ""
    local iso = gw.date(lead, 1)
    -- A day without its year dates the item in a dateline (`6月11日电`: the host gives it
    -- the year of its page or row); in a lead's sentence (`2月19日下午，…召开`) it is the
    -- event's day, and the page's or the row's date stands.
    -- A year or a month alone (`2014年新年来临之际`) dates no item.
    -- A posting date closing the page dates the page, and the lead's day then takes its year, as
    -- the host gives a day the year of any page's date (the year before when the day falls after it).
    if posted and posted:find("^%d%d%d%d%-") and not doc.fields.page_date then doc.fields.page_date = posted end
    if iso and iso:find("^%-%-") and not (posted and gw.re.find(lead, "^.{0,20}\\d{1,2}月\\d{1,2}日"))
        and not gw.re.find(lead, "^.{0,20}\\d{1,2}月\\d{1,2}日[电讯]") then iso = nil end
    if iso and not iso:find("^%-%-") and not iso:find("^%d%d%d%d%-%d%d%-%d%d$") then iso = nil end
    -- (A full date in the lead is the event's; the page that published the item dates it, when it says.)
    -- (A wire's dateline, `新华网北京2015年10月21日电`, dates the item itself; a date inside the lead's sentence,
    -- a law's `（2019年10月1日起施行）`, is no event's.)
    if iso and iso:find("^%d%d%d%d%-") and doc.fields.page_date and doc.fields.page_date ~= iso and
        not gw.re.find(lead, "^.{0,60}\\d{1,2}日[电讯]") then
      if gw.re.find(lead, "^.{0,6}\\d{4}年\\d{1,2}月\\d{1,2}日") then doc.fields.event_date = iso end
      iso = nil
    end
    if iso then doc.fields.date = iso end
    local organiser = gw.re.match(lead, "日[，,]\\s*([^，,。]{2,20}?)(召开|举行|举办)")
    if organiser then doc.fields.organiser = organiser end
    local venue = gw.re.match(doc.text, "(?:会场设在|在)([^，,。\n]{2,30}?)(召开|举行)")  -- (within a line)
    -- A time is no place (`在6月初召开的…`, `在上周举行的…`).
    -- (A place may open with a numeral and 月: `五月花大酒店`.)
    if venue and gw.re.find(venue, "^(([\\d０-９一二三四五六七八九十]+[年月日](初|底|末|中旬|上旬|下旬|份)?)+|近日|日前|上周|本周|今年|去年|年初|年底|月初|月底)$") then venue = nil end
    if venue then doc.fields.venue = venue end
    local chair = gw.re.match(doc.text, "([^，,。]{2,30}?)主持会议")
    if chair then doc.fields.chair = chair end
    -- The dateline (`新华社北京7月3日电`, `本报科伦坡7月3日电（记者白元琪）`, `中国网5月13日讯`,
    -- `本报讯`): the agency that released the item issues it; `本报`/`本台` name the outlet
    -- itself, which only the page or the dataset can name.
    for i = 1, math.min(#ps, 8) do
      local t = ps[i].text
      local agency, place, day = gw.re.match(t, "^\\s*(.{1,10}?(?:社|网|报|台|客户端))(.{0,8}?)(\\d{1,2}月\\d{1,2}日)(?:电|讯)")
      if not agency then agency = gw.re.match(t, "^\\s*(本报|本台|本网)讯") end
      -- `央视网消息（新闻联播）：`, `新华网消息：`: the outlet's own formula, no date in it.
      if not agency then agency = gw.re.match(t, "^\\s*据?([^据，。：:\\s][^，。：:\\s]{0,9}?(?:社|网|报|台|客户端))消息[（(：:]") end
      -- `（四川日报全媒体记者 张某某）中共四川省委…`: the paper's reporter credited before the lead, the
      -- paper the item's source.
      local paper, credited_reporters
      if not agency then
        paper, credited_reporters = gw.re.match(t, "^\\s*[（(]\\s*(\\p{Han}{2,10}?(?:日报|晚报|时报|报|网|台|社))(?:全媒体|融媒体|首席|特约)?记者\\s*(\\p{Han}{2,4}(?:[ 、]\\p{Han}{2,4}){0,3})\\s*[）)]")
        agency = paper
        if paper and not doc.fields.source then doc.fields.source = paper end
      end
      if agency then
        doc.fields.agency = agency
        if place and place ~= "" then doc.fields.dateline_place = place end
        -- (`本网讯（王诗颖）`: the reporter named without the word.)
        local reporters = gw.re.match(t, "^.{0,30}?(?:电|讯)\\s*[（(]\\s*(?:本报|全媒体|融媒体|特约|首席)?记者\\s*([^）)]{2,30})[）)]")
            or gw.re.match(t, "^.{0,30}?(?:电|讯)\\s*[（(]\\s*(\\p{Han}{2,4}(?:[ 、]\\p{Han}{2,4}){0,3})[）)]")
        -- (`记者 某某某 通讯员某某`: the correspondent reports too, without his title.)
        reporters = reporters or credited_reporters
        if reporters then doc.fields.reporters = gw.re.gsub(gw.re.gsub(reporters, "通讯员", " "), "^\\s+|\\s+$", ""):gsub("%s+", " ") end
        local own = agency == "本报" or agency == "本台" or agency == "本网"
        local outlet = own and (type(doc.fields.site) == "string" and doc.fields.site or nil) or (not own and agency or nil)
        if outlet and not doc.fields.issuer then doc.fields.issuer = { outlet } end
        break
      end
      if gw.len(t) > 60 then break end  -- the body began without one
    end
    -- Without a dateline, the outlet the page's info line or the dataset's row credits
    -- (`来源：解放日报`, a `来源` column) released the item.
    if not doc.fields.issuer then
      local row = type(doc.fields.dataset) == "table" and doc.fields.dataset or {}
      -- (The page's own record of it, `<meta name="ContentSource">`, when no line shows it.)
      local from_line = credited_outlet(line_source or doc.fields.source)
      local outlet = from_line or credited_outlet(row.source or row["来源"] or row["文章来源"] or row["信息来源"])
      if outlet then
        doc.fields.issuer = { outlet }
        doc.fields.issuer_from = from_line and "source" or "dataset"
      end
    end
  end,
}
