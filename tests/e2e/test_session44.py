"""Session 44: documents from the seventeenth round of held-out sets (probes 149–156). Each fixture is
modelled on a document of those sets (names, places and numbers replaced)."""
import json
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()
number = lambda r: (lambda n: n.get("text") if isinstance(n, dict) else n)(r["fields"].get("doc_number") or {})
records = lambda name, text: process_records(write(name, text))

# A law site's copy of an order: the order's masthead and number, the sentence that promulgates, the
# head's signature and the date, then the rule straight away, its title not printed again (`第一章总则`).
rs = records("order.txt", "某某机构编制管理条例\n\n作者:法律资料网 时间:2031-07-22 08:17:50 来源:法律资料网\n\n某某机构编制管理条例\n\n"
             "中华人民共和国国务院令\n\n第927号\n\n现发布《某某机构编制管理条例》,自发布之日起施行。\n\n总理王某某\n\n2031年8月3日\n\n第一章总则\n\n"
             "第一条为了规范某某机构的设置,制定本条例。\n\n第二条某某机构设置应当适应发展的需要。\n\n第二章机构设置管理\n\n第三条某某机构的设置以职能的科学配置为基础。\n\n"
             "第四条某某机构的设立,由机构编制管理机关评估。\n")
check([r["kind"] for r in rs] == ["order", "regulation"] and rs[1]["title"] == "某某机构编制管理条例" and
      rs[1]["fields"].get("attachment_of") == rs[0]["id"], f"an order and its untitled rule: {[(r['kind'], r['title']) for r in rs]}")
# A ministry's 印发 notice whose 办法 follows the date with no title of its own (`第一条 …`).
rs = records("issued.txt", "某某总局关于印发《某某领域失信行为联合惩戒实施办法》的通知\n某总办〔2031〕49号\n各省、自治区、直辖市某某局：\n"
             "《某某领域失信行为联合惩戒实施办法》已经某某总局局长办公会议研究通过，现予印发，请认真贯彻执行。\n某某总局\n2031年5月9日\n"
             "第一条 为对失信单位实施有效惩戒，制定本办法。\n第二条 单位存在下列失信行为之一的，纳入联合惩戒对象：\n（一）发生较大事故的；\n（二）未按规定取得许可的。\n"
             "第三条 本办法自印发之日起执行。\n")
check([r["kind"] for r in rs] == ["notice", "regulation"] and rs[1]["title"] == "某某领域失信行为联合惩戒实施办法",
      f"a notice and its untitled 办法: {[(r['kind'], r['title']) for r in rs]}")
# A law site's copy of a province's order whose masthead it dropped: its number in the 令's series
# (`政府令〔2031〕第15号`) under the site's lines of title and organ, signed by the post alone.
head = ("某某省人工影响天气管理规定\n\n作者:法律资料网 时间:2031-07-06 04:34:58 来源:法律资料网\n\n某某省人工影响天气管理规定\n\n{organ}"
        "某某省人工影响天气管理规定\n\n政府令〔2031〕第15号\n\n《某某省人工影响天气管理规定》已经2031年12月14日省政府第76次常务会议通过,现予公布,"
        "自2032年2月1日起施行。\n\n省长\n\n二○三一年十二月二十五日\n\n")
rule = "某某省人工影响天气管理规定\n\n第一章总则\n\n第一条为加强人工影响天气工作的管理,制定本规定。\n\n第二条本规定所称人工影响天气,是指科技手段的活动。\n\n第三条在本省从事人工影响天气活动,应当遵守本规定。\n"
rs = records("province-order.txt", head.format(organ="某某省人民政府\n\n") + rule)
check(rs[0]["kind"] == "order" and number(rs[0]) == "政府令〔2031〕第15号" and rs[0]["fields"].get("issuer") == ["某某省人民政府"] and
      rs[0]["fields"].get("signatory_position") == "省长", f"a masthead the site dropped: {rs[0]['kind']} {number(rs[0])} {rs[0]['fields'].get('issuer')}")
rs = records("province-order-bare.txt", head.format(organ="") + rule)
check(rs[0]["kind"] == "order" and not rs[0]["fields"].get("issuer"), f"a post is no issuer: {rs[0]['kind']} {rs[0]['fields'].get('issuer')}")

# A prefecture's site reposting a province's notice: the site's name over a title that names its own
# issuer, of another place (`某江州人民政府` over `某南省民政厅办公室关于…`), is no co-issuer; joint
# issuers of one place stay (`某某县交通运输局 某某县公安局` over `关于…的通告`).
r = one("banner.txt", "某江州人民政府\n\n某南省民政厅办公室关于印发重新修订的《某南省民政厅信息公开索引号编制规则》的通知\n\n浏览:0  来源: 作者:\n\n"
        "厅机关各处(室、局),各直属事业单位:\n\n办公室重新修订了《某南省民政厅信息公开索引号编制规则》,现印发给你们,请遵照执行。\n\n2031年10月10日\n")
check(r["title"].startswith("某南省民政厅办公室关于") and r["fields"].get("issuer") == ["某南省民政厅办公室"],
      f"a site's name over a title: {r['title']} {r['fields'].get('issuer')}")
r = one("joint-line.txt", "某某县交通运输局 某某县公安局\n关于对某某镇人民南路实行临时交通管制的通告\n某交通字〔2031〕11号\n"
        "某某镇人民南路因管网建设无法安全通行,决定实行临时交通管制,现将有关事项通告如下。\n一、管制路段:某某镇人民南路。\n"
        "某某县交通运输局 某某县公安局\n2031年9月22日\n")
check(r["title"].startswith("某某县交通运输局 某某县公安局关于"), f"joint issuers of one place head the title: {r['title']}")
# A Youth League notice copied from a table: the date's cell closes with its bar (`二〇三一年八月二十四日 |`).
r = one("bar.txt", "各辖市、区团委,市各直属单位团委:\n共青团某某市第十四次代表大会即将召开,请各单位协助做好相关材料的整理和报送工作,具体情况通知如下:\n"
        "一、报送内容\n1.创新活动图片。\n二、有关要求\n1.各级团组织要高度重视。\n共青团某某市委\n二〇三一年八月二十四日 |\n")
check(r["fields"].get("date") == "2031-08-24" and r["fields"].get("issuer") == ["共青团某某市委"], f"a cell's bar after the date: {r['fields'].get('date')} {r['fields'].get('issuer')}")
# A joint 公告 without title or 主送, closed by its formula, its signers and its date; the first signer
# letter-spaced and glued to the second (`某 某 市 城 市 管 理 局某某市恒达热力有限公司`).
r = one("signed-close.txt", "为改善某某城区集中供暖效果,根据《某某省供热条例》规定,本年申请新增用热小区必须安装统一的预付费智控装置,各项工作务必于2031年9月30日前完成。\n"
        "请相关小区高度重视,积极与热力公司对接,办理各项手续,以确保今年集中供热顺利进行。\n特此公告。\n某 某 市 城 市 管 理 局某某市恒达热力有限公司\n"
        "2031年7月1日\n(责任编辑:某某)\n")
check(r["kind"] == "announcement" and r["fields"].get("issuer") == ["某某市城市管理局", "某某市恒达热力有限公司"],
      f"closed and signed as a 公告: {r['kind']} {r['fields'].get('issuer')}")
r = one("quoted-close.txt", "某某区供热工作情况\n今年以来,我区供热工作平稳有序。热力公司发布公告,文末写明特此公告。\n下一步,我们将继续做好供热保障。\n")
check(r["kind"] != "announcement", f"a formula quoted in prose closes nothing: {r['kind']}")

# A city paper's page of the new year's address: the headline reports it (`市委书记某某、代市长某某发表新春贺词`)
# over the title it prints (`新春贺词`); its posting line is a day and a time in Han and the paper's name;
# two sign it, a post and a name a line.
rs = records("address.txt", "当前位置: 首页>>市长活动报道集>>正文\n市委书记王某某、代市长李某某发表新春贺词\n2032年01月31日 11时09分   某州日报\n\n新春贺词\n\n"
             "中共某州市委书记 王某某\n\n某州市人民政府代市长 李某某\n\n日月开新元,天地又一春。值此虎年新春佳节来临之际,我们谨代表市委、市政府,向全市人民致以新春的问候!\n\n"
             "大江奔涌,岁月如歌。刚刚走过的2031年,是极不平凡的一年。\n")
r = rs[0]
check(r["kind"] == "speech" and r["title"] == "新春贺词" and r["fields"].get("date") == "2032-01-31" and r["fields"].get("speakers") == ["王某某", "李某某"],
      f"an address under its report: {r['kind']} {r['title']} {r['fields'].get('date')} {r['fields'].get('speakers')}")
# A county's greeting letter under the page's clock (`2031/12/28 上午9:27:28 星期五`), no title and no date of the text.
r = one("letter.txt", "2031/12/28 上午9:27:28 星期五\n新闻热线:0577-6789 | 关于我们 | 旧版\n\n新春贺信\n\n发布时间:2033年01月21日 来源:某某新闻网\n\n"
        "各位父老乡亲、同志们、朋友们:\n\n在这辞旧迎新的美好时刻,我们谨代表县委、县政府,向全县人民致以新年的祝福和诚挚的问候!\n\n2032年是极为重要、极不平凡的一年。\n")
check(r["kind"] == "speech" and r["title"] == "新春贺信" and r["fields"].get("date") == "2033-01-21", f"a clock is no title: {r['kind']} {r['title']} {r['fields'].get('date')}")
# A president's commencement address copied from its salutation on: the hall greeted (`大家上午好！`), no title.
r = one("hall.txt", "尊敬的王某某副省长,尊敬的李某某院士,各位嘉宾,老师们、家长们,亲爱的同学们:\n大家上午好!\n"
        "今天我们在这里共聚一堂,举行2031届毕业典礼暨颁奖礼。首先,我提议向优秀的毕业生们表示最诚挚的祝贺!谢谢!请坐。\n"
        "同学们,时光如流水,聚散几度秋。从九月入学到六月离别,你们把青春留在了这里。\n")
check(r["kind"] == "speech" and not r["title"], f"a hall greeted: {r['kind']} {r['title']!r}")
r = one("open-letter.txt", "亲爱的读者朋友们:\n感谢你们一年来对本刊的支持。新的一年,我们将继续改进办刊质量,欢迎来稿。\n某某杂志编辑部\n2031年12月30日\n")
check(r["kind"] != "speech", f"a letter to readers greets no hall: {r['kind']}")

# A joint 通报 on a mirror that turned it into traditional characters: the title keeps them, its two
# issuers set one space apart as the title prints them over two lines.
r = one("trad.txt", "某文〔2031〕6號\n中共某陽縣委\n某陽縣人民政府\n關於表彰2030年度文明單位和文明鄉鎮的通報\n(2031年2月26日)\n"
        "2030年,全縣各級各部門認真貫徹黨的十九大精神,扎實開展文明創建活動。縣委、縣政府決定,授予縣住房和城鄉建設局等20個單位為“縣級文明單位”。\n"
        "希望受表彰的單位發揚成績,再接再厲。\n")
check(r["title"] == "中共某陽縣委 某陽縣人民政府關於表彰2030年度文明單位和文明鄉鎮的通報", f"a joint title as written: {r['title']}")
# A ministry's 公告 whose masthead and number share a line (`…农业农村部公告第 242 号`).
r = one("gonggao.txt", "中华人民共和国某某部公告第 242 号\n2032-01-03 10:20:34.0\n某某信息服务系统\n\n"
        "       为贯彻落实有关意见,我部组织制定了《无规定动物疫病小区评估管理办法》,现予发布,自发布之日起实施。\n\n  特此公告。\n\n"
        "                    某某部\n\n                    2031年12月17日\n")
check(r["kind"] == "announcement" and r["title"] == "中华人民共和国某某部公告" and number(r) == "第242号",
      f"a 公告's number on its masthead's line: {r['kind']} {r['title']} {number(r)}")
# A province department's page copied whole: the site's menus, lines upon lines, then the trail, the
# title and its info line.
menu = "".join(f"  • {d}\n" for d in ["发展和改革委员会", "教育厅", "科学技术厅", "工业和信息化厅", "民政厅", "司法厅", "财政厅", "应急管理厅", "审计厅"])
r = one("menus.txt", "国徽某某自治区人民政府网站\n蒙文版 |\n政务微信\n|\n部门网站导航\n\n自治区政府组成部门\n\n" + menu +
        "某某自治区应急管理厅 某某自治区应急管理厅\n\n搜本站\n首页 政务公开 政务服务 党建工作\n首页 > 政务公开 > 重点信息 > 应急预案 正文\n"
        "某某自治区应急管理厅关于印发《自治区应急管理厅地震灾害应急处置工作预案(2031年版)》的通知\n发布日期:2031-05-18 来源:某某自治区应急厅\n\n"
        "厅机关各处室、直属单位:\n\n现将《自治区应急管理厅地震灾害应急处置工作预案(2031年版)》印发给你们,请结合实际,认真贯彻落实。\n\n"
        "                              2031年5月15日\n")
check(r["kind"] == "notice" and r["title"].startswith("某某自治区应急管理厅关于印发") and r["fields"].get("date") == "2031-05-15",
      f"a trail under a site's menus: {r['kind']} {r['title']} {r['fields'].get('date')}")
# A county's 决定 without title: its turn `县委、县政府决定：` over the awards, a line each.
r = one("decision.txt", "各乡镇党委、政府,县直各单位:\n2030年,各乡镇认真贯彻落实县委、县政府各项决策部署,圆满完成了年初确定的目标任务。\n"
        "为总结经验,表彰先进,依据考核结果,县委、县政府决定:\n授予某镇“2030年度目标管理责任书考核一等奖”。\n授予某乡“2030年度目标管理责任书考核二等奖”。\n"
        "希望受到表彰的乡镇继续发扬成绩,再接再厲。\n中共某某县委 某某县人民政府\n2031年4月28日\n")
check(r["kind"] == "decision", f"the decision's turn over its awards: {r['kind']}")
# A forum's copy of a province's 批复 whose title lost the province (`人民政府关于同意…的批复`): the
# issuer completed from the series of its number (`黔府函` → 贵州省人民政府).
r = one("reply.txt", "人民政府关于同意某某自治县部分乡镇行政区划调整的批复\n黔府函〔2031〕22号\n某顺市人民政府:\n"
        "你市《关于某某自治县乡级政区划调整的请示》(某府呈〔2030〕10号)收悉。经研究,现批复如下:\n一、同意撤销大营乡建制,设置大营镇。\n")
check(r["fields"].get("issuer") == ["贵州省人民政府"], f"the province from the number: {r['fields'].get('issuer')}")

# A hospital's 通告 copied from a table: its cells' bars after the title and the date (`…的通告 | ||`),
# the page's posting date right under the title, the signature's date below the body.
r = one("hospital.txt", "关于某某区人民医院暂停部分科室 医疗业务工作的通告 | ||\n2031-4-10 | ||\n"
        "根据市政府的总体部署,某某区人民医院决定从2031年4月10日零时起,暂停重症医学科的医疗业务工作。需到以上专科就诊的患者,请前往其他医疗机构就诊。\n"
        "特此通告。\n某某区人民医院\n2031年4月9日\n| ||\n|\n地址:某某区某某街道曙光路1号\n联系电话:0752-1234567\n")
check(r["kind"] == "public_notice" and r["title"] == "关于某某区人民医院暂停部分科室医疗业务工作的通告" and r["fields"].get("date") == "2031-04-09" and
      r["fields"].get("issuer") == ["某某区人民医院"], f"bars and a posting date: {r['kind']} {r['title']} {r['fields'].get('date')} {r['fields'].get('issuer')}")
# A township's 通告 to the public (`广大市民朋友:`): its 主送.
r = one("public.txt", "某某镇关于严禁在镇中心区燃放烟花爆竹的通告\n\n广大市民朋友:\n为有效防范烟花爆竹安全事故发生,现通告如下:\n"
        "严禁在镇中心区燃放烟花爆竹,一经发现,将依法处罚。\n\n某某镇应急管理办\n2031年9月27日\n")
check(r["fields"].get("recipients") == ["广大市民朋友"], f"the public addressed: {r['fields'].get('recipients')}")
# A township's letter to farmers under its page's box, the box's last row labels alone (`文号 | 浏览量 |`):
# no title, and that row none.
r = one("box-row.txt", "索引号 | 01526079-6-/2031-0508011 | 发布机构 | 某某市某某镇 |\n公开目录 | 乡镇信息 | 发布日期 | 2031-05-07 13:37:50 |\n文号 | 浏览量 |\n"
        "全镇广大农民朋友们:\n当前,正值秸秆禁烧工作的关键时期,为使我们共同生活的家园天更蓝、地更绿,特将禁烧秸秆要求告知如下:\n"
        "一、树立生态环保意识,充分认识露天焚烧秸秆的危害性。\n二、积极响应号召,自觉做到不在田间地头焚烧秸秆。\n某某镇人民政府\n2031年5月7日\n")
check(not r["title"], f"an address and a box's row are no title: {r['title']!r}")

# A portal's copy of a 1950s resolution in traditional characters: its trail (`當前位置: 首頁>> …`) and its
# line of site, day and source (`… 2038年03月06日   來源:某某日報`) are the page's; the title is the one
# printed under the headline, the session that adopted it over two lines.
r = one("resolution.txt", "當前位置: 首頁>> 中國概況>> 中國簡況\n \n關於政府工作報告的決議\n某某政府門戶網站 www.example.cn   2038年03月06日   來源:某某日報\n\n"
        "某某省第一屆人民代表大會\n第一次會議關於政府工作報告的決議\n\n(一九五四年九月二十六日通過)\n\n"
        "    第一屆人民代表大會第一次會議批准省長代表省人民政府所作的政府工作報告;並對於五年來的努力和取得的巨大成就,表示滿意。\n")
check(r["title"] == "某某省第一屆人民代表大會第一次會議關於政府工作報告的決議" and r["fields"].get("date") == "1954-09-26" and
      r["fields"].get("source") == "某某日報" and r["fields"].get("page_date") == "2038-03-06",
      f"a resolution under a traditional page's head: {r['title']} {r['fields'].get('date')} {r['fields'].get('source')} {r['fields'].get('page_date')}")

# An autonomous region's 文件 as a PDF's text: its 主送 wrapped inside a word (`…各行政公署,自治` /
# `区人民政府各部门、各直属机构:`); a database's copy with its number bracketed before the list.
r = one("wrapped-list.txt", "某疆维吾尔自治区人民政府\n\n文件\n\n某政发〔2031〕16号\n\n关于印发《某疆维吾尔自治区关于进一步\n\n做好稳就业工作的实施意见》的通知\n\n"
        "某犁哈萨克自治州,各州、市、县(市)人民政府,各行政公署,自治\n\n区人民政府各部门、各直属机构:\n\n"
        "现将《某疆维吾尔自治区关于进一步做好稳就业工作的实施意见》印发给你们,请认真贯彻执行。\n\n2031年3月19日\n")
check((r["fields"].get("recipients") or [""])[0] == "某犁哈萨克自治州", f"a list wrapped inside a word: {r['fields'].get('recipients')}")
r = one("bracketed-number.txt", "自治区人民政府关于\n印发某疆维吾尔自治区百万人温饱工程计划的通知\n(某政发〔2031〕103号)某犁哈萨克自治州,各州、市、县(市)人民政府,各行政公署:\n"
        "现将《某疆维吾尔自治区百万人温饱工程计划》印发给你们,请结合本地实际情况,认真贯彻执行。\n")
check((r["fields"].get("recipients") or [""])[0] == "某犁哈萨克自治州", f"a bracketed number before the list: {r['fields'].get('recipients')}")
r = one("residents.txt", "关于某某镇道路占道经营整治的公告\n居民朋友:\n为进一步改善镇区环境,现就占道经营整治有关事项公告如下:\n一、自即日起禁止占道经营。\n某某区住房和城乡建设局\n2031年5月6日\n")
check(r["fields"].get("recipients") == ["居民朋友"], f"the residents addressed: {r['fields'].get('recipients')}")
# A congress office's rule under its portal's side panel: its title wrapped inside the organ's name
# (`某某州人民代表大会` / `常务委员会机关公文处理办法`) over the 题注's revision lines.
r = one("rule.txt", "宣传人大制度 交流人大经验;推进民主法制建设。\n信息搜索:\n\n主任之窗\n\n某某州人大常委会主任\n王某某\n自身建设\n\n"
        "某某州人民代表大会常务委员会机关公文处理办法\n\n来源:州人大\n访问量:\n更新日期:2032-01-12\n\n某某州人民代表大会\n\n常务委员会机关公文处理办法\n\n"
        "2027822日某某州第十二届人民代表大会\n\n常务委员会第六次主任会议修订\n\n2031828日某某州第十届人民代表大会\n\n常务委员会第二十次主任会议修订\n\n"
        "第一章\n\n第一条为实现州人大常委会机关公文处理工作规范化,根据有关规定,制定本办法。\n\n第二条本办法适用于州人大常委会机关的公文处理工作。\n\n第三条公文处理应当坚持实事求是。\n")
check(r["kind"] == "regulation" and r["title"] == "某某州人民代表大会常务委员会机关公文处理办法", f"a rule's title over its revisions: {r['kind']} {r['title']}")
r = one("convention.txt", "为适应新形势的发展,实施依法建制,依法治居,保障集体和居民的合法权益,实现居民自我教育、自我管理、自我约束的目的,特制定本公约。\n"
        "第一章 总则\n第一条 本社区居民应当遵守本公约。\n第二条 居民应当爱护公共设施。\n第三条 居民应当维护社区秩序。\n")
check(r["kind"] == "regulation" and not r["title"], f"a preamble is no title: {r['kind']} {r['title']!r}")
# A county's news page: the site's welcome, its labels alone with their values on the next lines
# (`信息来源:` / `某某融媒`), a news column by its items (`基层信息`), the source's writers after it.
r = one("news.txt", "欢迎访问某某县人民政府!\n登录/注册 用户中心 支持IPV6\n当前位置: 首页>新闻中心>基层信息\n全县生态保护大会暨专项整治工作推进会议召开\n\n"
        "发布时间:\n\n2032-05-22 10:03\n\n信息来源:\n\n某某融媒\n\n分享到:\n\n"
        "5月21日,全县生态保护大会暨专项整治工作推进会议召开。县委书记出席会议并讲话。\n\n会议指出,要坚决扛起生态保护政治责任。\n")
check(r["kind"] == "news" and r["title"] == "全县生态保护大会暨专项整治工作推进会议召开" and r["fields"].get("page_date") == "2032-05-22" and
      r["fields"].get("source") == "某某融媒", f"a news page's labels alone: {r['kind']} {r['title']} {r['fields'].get('page_date')} {r['fields'].get('source')}")
r = one("writers.txt", "某某置业党支部开展中秋主题党日活动\n发布时间:2032-09-08 来源:某某置业 何某某\n\n9月7日,某某置业党支部开展中秋主题党日活动,党员们共同制作月饼。\n")
check(r["fields"].get("source") == "某某置业", f"the writer after the source: {r['fields'].get('source')}")
# A township's news under the page's box, its labels glued to their values (`索引号000014349/2032-25701 成文日期2032-05-30`).
r = one("glued-box.txt", "今天是\n\n当前位置:首页>某某县人民政府>部门信息公开目录>乡镇信息公开>公开内容>工作动态\n\n字体大小:【大】 【中】 【小】\n\n保存为word 打印 关闭\n"
        "索引号000014349/2032-25701 成文日期2032-05-30\n发文机关某某乡人民政府 发布日期2032-05-30\n发文字号 主题词某某乡召开防汛抗旱工作安排部署会\n\n"
        "某某乡召开2032年防汛抗旱工作安排部署会\n\n 时间:2032-05-30       大    中    小      来源:某某日报\n\n"
        "5月30日,某某乡召开2032年防汛抗旱工作安排部署会。会议强调了防汛抗旱工作的重要性。\n\n首先,会议要求压实防御责任。\n")
check(r["title"] == "某某乡召开2032年防汛抗旱工作安排部署会", f"a box's labels glued to their values: {r['title']}")

# A county's repost of a city's emergency plan: its box's last label alone (`规范性文件登记号 |`), the
# site's mark before the title (`【转载】`); a plan by its sections, numbered as 预案 number them.
r = one("repost.txt", "索 引 号 | 113310240026811889/2032-105108 | 公开方式 | 主动公开 |\n发布日期 | 2032-10-09 | 发布机构 | 某某县 |\n组配分类 | 政务信息 | ||\n"
        "规范性文件登记号 |\n【转载】某某市防控重大动物疫情应急预案 | |||||\n|\n|||||\n1 总则\n\n1.1 编制目的\n\n为及时有效地预防、控制和扑灭重大动物疫情,制定本预案。\n\n"
        "1.2 编制依据\n\n依据有关法律法规。\n\n2 应急指挥系统\n\n3 应急响应\n\n按照分级响应。\n\n4 后期处置\n\n做好善后。\n")
check(r["title"] == "某某市防控重大动物疫情应急预案" and r["kind"] == "plan", f"a repost's mark and a 预案: {r['kind']} {r['title']}")
# A region's gazette copy: the number and the date in one bracket under the title.
r = one("gazette.txt", "某夏回族自治区人民政府办公厅关于印发\n《某夏回族自治区人民政府公文格式规定》的通知\n(某政办发〔2031〕99号 2031年5月29日)\n"
        "某原行署,各市、县(区)人民政府,自治区政府各部门、直属机构:\n为了保持自治区人民政府公文格式的统一,自治区人民政府办公厅重新修订了《某夏回族自治区人民政府公文格式规定》,现予印发。\n")
check(r["fields"].get("date") == "2031-05-29" and number(r) == "某政办发〔2031〕99号", f"the number and the date in one bracket: {r['fields'].get('date')} {number(r)}")

# A county office's 通报 on a mirror without its title: its number alone over the 主送.
r = one("number-over-list.txt", "某政办发〔2031〕38号\n各镇人民政府、城关街道办事处,县政府各工作部门、直属机构:\n"
        "第一季度,各镇(办)、各部门共报送政务信息455篇。从报送情况来看,县人社局信息报送及时,工作主动性高。各镇(办)、各部门要高度重视政务信息报送工作。\n"
        "某某县人民政府办公室\n2031年5月25日\n")
check(r["kind"] in ("notice", "circular") and number(r) == "某政办发〔2031〕38号" and r["fields"].get("recipients"),
      f"a number over the 主送: {r['kind']} {number(r)} {r['fields'].get('recipients')}")
# A province's 通报 of typical cases as a department reposts it: its organs make it known and turn to its cases.
r = one("cases.txt", "日前,省专项工作机制办公室会同省纪委办公厅对2起典型问题进行通报。具体如下:\n"
        "1. 某某县住建局对督察问题搞虚假整改。2031年4月,督察前期暗访发现,个别项目工地违法倾倒建筑垃圾100余吨。\n"
        "2. 某某县重传办以指导为名变相违规开展检查。2031年7月,该办组织力量到各乡镇开展半年指导。\n"
        "以上典型问题反映出,有的地方整改工作不严肃不彻底。\n")
check(r["kind"] == "circular", f"a 通报 made known: {r['kind']}")
r = one("news-of-circular.txt", "某某网讯 日前,省纪委通报了2起典型问题。记者了解到,相关责任人已被严肃处理。\n省纪委有关负责人表示,将持续加大监督力度。\n")
check(r["kind"] != "circular", f"news of a 通报 is no 通报: {r['kind']}")

# A city office's 印发 notice whose note under its date is in ASCII brackets (`(此件公开发布)`): no part of the plan after it.
rs = records("note.txt", "某某市人民政府办公室关于印发《某某市空气质量巩固提升2031年行动计划》的通知\n某政办发〔2031〕19号\n各县(区)人民政府,市直各有关单位:\n"
             "现将《某某市空气质量巩固提升2031年行动计划》印发给你们,请认真贯彻执行。\n某某市人民政府办公室\n2031年4月1日\n(此件公开发布)\n"
             "某某市空气质量巩固提升2031年行动计划\n为持续改善空气质量,制定本计划。\n一、指导思想\n坚持以人民为中心。\n二、主要目标\n优良天数比例达到80%。\n")
check(len(rs) == 2 and rs[1]["title"] == "某某市空气质量巩固提升2031年行动计划", f"a note in ASCII brackets: {[r['title'] for r in rs]}")

# A city office's 印发 notice whose page lost its date's 年月日 (`20311116`), its plan following.
r = one("digits.txt", "某城市人民政府办公室关于印发某城市突发水污染事件应急预案的通知\n\n某政办发〔2031〕58号\n\n各乡、镇人民政府,各街道办事处,市政府有关部门:\n\n"
        "  经市政府同意,现将《某城市突发水污染事件应急预案》印发给你们,请认真遵照执行。\n\n      某城市人民政府办公室\n\n        20311116\n\n(此件公开发布)\n\n"
        "某城市突发水污染事件应急预案\n\n1 总则\n\n1.1 编制目的\n\n为建立健全应急机制,制定本预案。\n\n1.2 编制依据\n\n依据有关法律法规。\n\n"
        "2 组织体系\n\n市政府成立应急指挥部。\n\n3 应急响应\n\n按照分级响应。\n\n4 后期处置\n\n做好善后。\n\n5 应急保障\n\n做好保障。\n\n6 附则\n\n本预案自印发之日起施行。\n")
check(r["fields"].get("date") == "2031-11-16", f"a date by its digits under the signer, the plan below: {r['fields'].get('date')}")

# Untitled 公示 as bureaus post them: the matter put to the public for a time and whom to tell, the
# time on its own line or in the sentence; signed with or without a date.
r = one("gongshi-dated.txt", "根据有关通知精神,经层层审核推荐,市委组织部、市卫生健康委党组拟推荐某某医院支部委员会参评全省标杆党支部。\n"
        "为充分发扬民主,接受社会监督,现将拟推荐对象予以公示,公示时间为2031年12月10日至12月16日。如有异议的,请于公示期内反映。\n"
        "公示电话:2821966\n中共某某市委组织部\n2031年12月10日\n")
check(r["kind"] == "public_notice" and r["fields"].get("date") == "2031-12-10", f"a 公示 put to the public: {r['kind']} {r['fields'].get('date')}")
r = one("gongshi-undated.txt", "按照有关文件要求,省国防工会经过组织推荐和民主程序,拟推荐某某同志为2031年全国五一劳动奖章候选人。\n"
        "现予以公示,公示期5个工作日。如有不同意见者,请联系公示单位,联系电话:028-12345678。\n某某省国防工会\n")
check(r["kind"] == "public_notice", f"a 公示 signed without a date: {r['kind']}")
r = one("gongshi-below.txt", "经评选活动组委会全体会议评选审定,共评选出道德模范正式候选人24名。现公示如下,接受社会各界监督。\n"
        "公示时间:2031年11月7日——2031年11月13日\n监督电话:0553-1234567\n某某县精神文明建设指导委员会\n2031年11月7日\n")
check(r["kind"] == "public_notice", f"a 公示 whose time is on the next line: {r['kind']}")
r = one("gongshi-news.txt", "某某网讯 近日,某某县对拟表彰的先进集体进行公示。记者了解到,此次共有12个集体入选。\n县里有关负责人表示,将持续做好评选工作。\n")
check(r["kind"] != "public_notice", f"news of a 公示 is none: {r['kind']}")

# Guards of the review: a notice's own `会议时间：` over its date stays in the text; a city's series
# (`苏府`) completes no province; a school's anniversary 贺信 is no address; a time line with its weekday
# after a label stays.
rs = process_records(write("meeting.txt", "关于召开某某工作会议的通知\n各科室:\n会议时间:\n2031年3月5日上午9:00\n会议地点:三楼会议室\n请准时参加。\n某某局办公室\n2031年3月1日\n"), "--with-text")
check("会议时间" in rs[0].get("text", ""), "a notice's 会议时间 stays in its text")
r = one("city-series.txt", "人民政府关于同意某某镇行政区划调整的批复\n苏府〔2031〕12号\n某某区人民政府:\n你区《关于某某镇行政区划调整的请示》收悉。现批复如下:\n一、同意调整。\n")
check(r["fields"].get("issuer") != ["江苏省人民政府"], f"a city's series completes no province: {r['fields'].get('issuer')}")
r = one("anniversary.txt", "致某某大学建校60周年贺信\n某某大学:\n值此贵校建校60周年之际,谨致以热烈的祝贺!\n六十年来,贵校培养了大批优秀人才。\n某某大学\n2031年10月1日\n")
check(r["kind"] != "speech", f"an anniversary 贺信 is no address: {r['kind']}")
rs = process_records(write("weekday.txt", "某某局召开安全生产会议\n时间:2031年1月5日 星期五\n1月5日,某某局召开安全生产专题会议,部署节前安全检查工作。\n会议要求,各科室要压实责任。\n"), "--with-text")
check("星期五" in rs[0].get("text", "") or rs[0]["fields"].get("page_date") == "2031-01-05", "a labelled time with its weekday is no clock")

done()
