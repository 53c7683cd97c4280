"""Session 25 (issue 15): 公文 as pages and textbooks print them when some of their line breaks are lost.
A title run on into its 主送 line (`…的通报各市人民政府，…：`), under lines of the page's own; a title a
site sets in 【】 and runs on into the body; a whole title in 《》. A document in traditional characters
keeps its fields as written (an issuer, a 主送 list, a number's text), while the number's key stays in the
reading that matches across a run. Modelled on a writing textbook's 例文, a company notice on a
content site and a city government's 通报 on a traditional-script mirror (names replaced)."""
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)

RUN_ON = '''登录注册

第7章 通 报

[例文1]

某某省人民政府关于表彰全省安全生产工作先进单位的通报各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构:

近年来,各级政府认真贯彻实施安全生产法律法规,按照省政府的部署和要求,取得了显著成绩。为表彰先进,省政府决定,对作出突出贡献的10个市人民政府予以通报表彰。

希望受到表彰的单位珍惜荣誉,再接再厉。

附件:全省安全生产工作先进单位名单(略)

某某省人民政府

2001年3月5日
'''
r = process_records(write("run_on.txt", RUN_ON))[0]
f = r["fields"]
check(r["kind"] == "circular" and r["title"] == "某某省人民政府关于表彰全省安全生产工作先进单位的通报",
      f"a title run on into its 主送 line is cut from it: {r['kind']} {r['title']!r}")
check(f.get("recipients") == ["各市人民政府", "各县(市、区)人民政府", "省政府各部门、各直属机构"],
      f"the 主送 line after the title: {f.get('recipients')}")
check(f.get("issuer") == ["某某省人民政府"] and f.get("date") == "2001-03-05", f"signature and date: {f.get('issuer')} {f.get('date')}")

BRACKETED = '''【关于成立集团公司安全生产委员会的通知】为进一步加强集团公司安全生产管理,落实安全生产责任,经研究决定,成立集团公司安全生产委员会。现将有关事项通知如下:
一、委员会组成
主任由集团总经理担任,副主任由分管副总经理担任。
二、主要职责
1. 研究部署集团公司安全生产工作;
2. 协调解决安全生产中的重大问题。
请各单位认真贯彻落实。
特此通知。
集团公司办公室
2025年4月5日'''
r = process_records(write("bracketed.txt", BRACKETED))[0]
f = r["fields"]
check(r["kind"] == "notice" and r["title"] == "关于成立集团公司安全生产委员会的通知",
      f"a bracketed title run on into the body is the title, without its brackets: {r['kind']} {r['title']!r}")
check(f.get("issuer") == ["集团公司办公室"] and f.get("date") == "2025-04-05", f"signature and date: {f.get('issuer')} {f.get('date')}")
# The same title on a line of its own, in brackets: the brackets are no part of it.
r = process_records(write("bracketed_line.txt", BRACKETED.replace("】", "】\n", 1)))[0]
check(r["title"] == "关于成立集团公司安全生产委员会的通知", f"a bracketed title on its own line: {r['title']!r}")

TRADITIONAL = '''成府發〔2003〕61號

《某某市人民政府關於命名錦江區等17個街道辦事處為某某市社區建設示範街道的通報》

各區（市）縣政府，市政府各部門：

為加快社區建設步伐，根據《某某市社區建設示範街道考核標準》，經市社區建設領導小組考核驗收，市政府決定，命名錦江區等17個街道辦事處為某某市社區建設示範街道。

希望受到命名的街道辦事處珍惜榮譽，再接再厲，進一步加強社區建設，為全市社區建設工作作出新的更大的貢獻。

某某市人民政府

二○○三年十月三十一日
'''
r = process_records(write("traditional.txt", TRADITIONAL))[0]
f = r["fields"]
check(r["kind"] == "circular" and r["title"] == "某某市人民政府關於命名錦江區等17個街道辦事處為某某市社區建設示範街道的通報",
      f"a whole title in 《》 is the title, as written: {r['kind']} {r['title']!r}")
check((f.get("doc_number") or {}).get("text") == "成府發〔2003〕61號" and (f.get("doc_number") or {}).get("key") == "成府发〔2003〕61号",
      f"the number as written, its key as read: {f.get('doc_number')}")
check(f.get("recipients") == ["各區（市）縣政府", "市政府各部門"] and f.get("issuer") == ["某某市人民政府"] and f.get("date") == "2003-10-31",
      f"主送, issuer and date as written: {f.get('recipients')} {f.get('issuer')} {f.get('date')}")
check(f.get("doc_type") == "通报", f"the 文种 is a category, in the reading it is matched in: {f.get('doc_type')}")

REPLY = '''区自然资源局:
你局报来《道路命名申请书》已收悉,根据《某某市地名管理办法》第十九条规定,经区人民政府同意,现批复如下: 原江翠路(江海四路-五邑路)路段更名为“外麻东路”,更名缘由为方便群众生产生活。
今后在使用该道路名称时,请严格按照批准的名称使用。
附件:附件.pdf
'''
r = process_records(write("reply.txt", REPLY))[0]
check(r["kind"] == "reply" and r["title"] == "" and r["fields"].get("recipients") == ["区自然资源局"],
      f"a body without its title, its turn `现批复如下` inside a paragraph: {r['kind']} {r['title']!r} {r['fields'].get('recipients')}")

NUMBERED = '''某区府发〔2026〕23号
根据《中华人民共和国土地管理法》等法律法规的规定,因公共利益需要,拟对农民集体所有土地实施征收。现将有关情况公告如下。
一、征收范围
拟征收某某社区2、3、4组范围内的土地。
二、征收目的
本次拟征收土地主要用途为物流仓储用地、公园绿地。
'''
r = process_records(write("numbered.txt", NUMBERED))[0]
check(r["kind"] == "announcement" and (r["fields"].get("doc_number") or {}).get("text") == "某区府发〔2026〕23号",
      f"a 公告 numbered over its body, addressed to no one: {r['kind']} {r['fields'].get('doc_number')}")

SELF = '''教职成函〔2021〕1号
各省、自治区、直辖市教育厅(教委):
我部组织对2021年申请增设国家控制的高职(专科)专业点进行了评议。
审批通过2021年增设国家控制的高职(专科)专业点287个,自2021年起可以招生。
请各省级教育行政部门严格按照本通知公布的审批结果合理安排相关专业的备案和招生等工作。
附件:2021年高校增设国家控制的高职(专科)专业审批结果
教育部
2021年2月2日
'''
r = process_records(write("self.txt", SELF))[0]
check(r["kind"] == "notice" and r["fields"].get("date") == "2021-02-02" and r["fields"].get("issuer") == ["教育部"],
      f"a body naming itself (本通知): {r['kind']} {r['fields'].get('issuer')} {r['fields'].get('date')}")

MINUTES = '''4月1日下午,张某某院长主持召开学院2020年第7次党政联席会议。现纪要如下:
一、审议《学院关于巡察反馈意见整改进展情况报告》
会上,李某书记就整改进展情况进行了详细汇报。经会议研究,原则通过并由党政综合办公室修改完善后上报。
二、审议《学院关于实行班子成员“五联系”制度的补充规定》
会上,王某某副书记就补充规定进行了说明。经会议研究,原则通过并由党政综合办公室修改完善后发文执行。
参会:张某某 李 某 王某某 赵某某
列席:钱某某 孙某某
'''
r = process_records(write("minutes.txt", MINUTES))[0]
f = r["fields"]
check(r["kind"] == "minutes" and r["title"] == "", f"minutes without their title, by their own words: {r['kind']} {r['title']!r}")
check(f.get("attendees") == ["张某某", "李某", "王某某", "赵某某"] and f.get("observers") == ["钱某某", "孙某某"],
      f"names set apart by spaces, one letter-spaced: {f.get('attendees')} {f.get('observers')}")
check(f.get("chair") == "张某某" and f.get("meeting") == "学院2020年第7次党政联席会议", f"chair and meeting: {f.get('chair')} {f.get('meeting')}")

COUNTY = '''进入老年版
索引号 11330283002979996P/2021-112711 组配分类 常务会议 主题分类 会议、会务
发文日期 2021-03-04 成文日期 2021-03-04 发布机构 区政府办公室
公开方式 主动公开 公开范围 面向社会

区政府召开第86次常务会议

字体:【大】 【小】

2021年3月3日,某某区长主持召开区政府第86次常务会议,现将会议讨论研究的有关事项纪要如下。

会议审议《某某区生态环境问题大排查大整改工作方案(送审稿)》。原则同意该方案,要求根据会议审议意见作进一步修改完善后,依法依规组织实施。

会议审议《某某区固废管理及资源化综合利用项目投资协议书(送审稿)》。原则同意该协议书,要求抓紧签约并落实好后续工作。
'''
r = process_records(write("county.txt", COUNTY))[0]
f = r["fields"]
check(f.get("record", {}).get("组配分类") == "常务会议" and f.get("record", {}).get("发布机构") == "区政府办公室" and
      f.get("publisher") == "区政府办公室", f"a record box's cells set apart by spaces: {f.get('record')}")
check(r["kind"] == "minutes" and r["title"] == "区政府召开第86次常务会议" and f.get("date") == "2021-03-03",
      f"the site's switch is no title; minutes, not news: {r['kind']} {r['title']!r} {f.get('date')}")

COLUMN = '''政务服务丨某某市人民政府关于持续深化“市县同权”改革的实施意见
某政字〔2021〕30号
各县(市、区)人民政府,市政府各部门:
为深化“放管服”改革,现提出以下实施意见。
一、总体要求
坚持依法下放、能放尽放。
某某市人民政府
2021年7月9日
'''
r = process_records(write("column.txt", COLUMN))[0]
check(r["kind"] == "opinion" and r["title"] == "某某市人民政府关于持续深化“市县同权”改革的实施意见" and r["fields"].get("issuer") == ["某某市人民政府"],
      f"a column's label before the title with a bar: {r['kind']} {r['title']!r} {r['fields'].get('issuer')}")

STRIPPED = '''某某市人民政府:
你市《关于撤销某某乡设立某某镇的请示》(明政文〔2017〕64号)收悉。经研究,同意撤销某某乡,设立某某镇。

上述行政区划调整所需经费由你市自行解决。

某某省人民政府

%s

扫一扫手机阅读
'''
r = process_records(write("stripped.txt", "某某省人民政府关于同意撤销某某乡设立某某镇的批复\n\n" + STRIPPED % "2017919"))[0]
check(r["fields"].get("date") == "2017-09-19" and r["fields"].get("issuer") == ["某某省人民政府"],
      f"a date whose 年月日 the page lost, read when it can be one date only: {r['fields'].get('date')}")
r = process_records(write("ambiguous.txt", "某某省人民政府关于同意撤销某某乡设立某某镇的批复\n\n" + STRIPPED % "2021111"))[0]
check(r["fields"].get("date") is None, f"`2021111` is 1-11 or 11-1: no date: {r['fields'].get('date')}")

DEPUTY = '''某某镇人民政府关于镇第二十届人民代表大会第一次会议第9号建议的复函
贾某某代表:
您提出的《关于解决存量泥结石路硬化指标的建议》收悉,现答复如下:
近年来镇党委和政府在交通工作方面高度重视。
感谢您对镇政府工作的关心和支持!
某某镇人民政府
2022年5月25日
'''
r = process_records(write("deputy.txt", DEPUTY))[0]
check(r["kind"] == "letter" and r["fields"].get("recipients_text") == "贾某某代表", f"a letter answers a deputy: {r['fields'].get('recipients_text')}")

LISTING = '''某政发〔2014〕20号《某某省人民政府关于深化预算管理制度改革的实施意见》

浏览量:          时间:2016-01-17 23:45:19

某某省人民政府关于深化预算管理制度改革的实施意见

某政发〔2014〕20号

各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构:

现代预算制度是现代财政制度的基础。现就深化预算管理制度改革提出以下实施意见。
'''
r = process_records(write("listing.txt", LISTING))[0]
f = r["fields"]
check(r["kind"] == "opinion" and r["title"] == "某某省人民政府关于深化预算管理制度改革的实施意见" and f.get("issuer") == ["某某省人民政府"],
      f"a listing's number and 《title》 over the document: {r['kind']} {r['title']!r} {f.get('issuer')}")
check(f.get("page_date") == "2016-01-17" and "date" not in f, f"a page posted two years after the number's year dates nothing: {f.get('date')}")

GAZETTE = '''國務院辦公廳關於向地方各級人民政府發送國務院公報及有關事項的通知(2002年1號)
為適應我國建立社會主義市場經濟體制的需要，經國務院領導同志批準，自2002年元月份開始，國務院辦公廳向地方各級人民政府免費發送《國務院公報》。現將有關事項通知如下：
一、請各地做好接收工作。
'''
r = process_records(write("gazette.txt", GAZETTE))[0]
check(r["kind"] == "notice" and r["title"] == "國務院辦公廳關於向地方各級人民政府發送國務院公報及有關事項的通知",
      f"a gazette's issue after the title is no part of it: {r['kind']} {r['title']!r}")

WRAPPED = '''[例文1]

关于交通肇事是否给予

被害者家属抚恤问题的请示最高人民法院:

据我省县人民法院报告,他们对交通肇事致被害人死亡,是否给予被害者家属抚恤的问题,有不同意见。是否妥当?请批复。

某某省高级人民法院

2001年3月5日
'''
r = process_records(write("wrapped.txt", WRAPPED))[0]
f = r["fields"]
check(r["kind"] == "request" and r["title"] == "关于交通肇事是否给予被害者家属抚恤问题的请示" and f.get("recipients_text") == "最高人民法院",
      f"a wrapped title whose second line runs on into the 主送: {r['kind']} {r['title']!r} {f.get('recipients_text')}")

ORAL = '''同志们:
这次经济工作会议,是县委、县政府认真研究决定召开的。上午,大家观摩了县工业园区,各乡镇分别作了工作汇报。刚才,某某同志通报了上半年经济运行情况,某某同志对全县经济工作进行了全面部署,我完全同意。下面,我再强调三个问题。
一、客观分析形势,坚定加快发展的信心和决心
综观上半年经济形势,可以用三句话来概括。
'''
r = process_records(write("oral.txt", ORAL))[0]
check(r["kind"] == "speech" and r["title"] == "", f"a speech without its title, by how it is said: {r['kind']} {r['title']!r}")

LECTURE = '''手机版
您的当前位置: 某某范文网 > 范文大全 > 党史学习 > 2022年度专题党课:从党史中汲取智慧和力量(精选文档)

2022年度专题党课:从党史中汲取智慧和力量(精选文档)

来源:党史学习 时间:2022-08-04 14:05:03 点击:

专题党课:从党史中汲取智慧和力量

习近平总书记指出,一个民族要走在时代前列,就一刻不能没有理论思维。今天,我们在这里召开专题党课。
'''
r = process_records(write("lecture.txt", LECTURE))[0]
check(r["kind"] == "speech" and r["title"] == "专题党课:从党史中汲取智慧和力量",
      f"a 党课 is a speech; the site's decorated heading gives way to the title: {r['kind']} {r['title']!r}")
r = process_records(write("lecture_news.txt", "某某县委书记为全体党员讲专题党课\n\n7月1日上午，某某县委书记为全体党员讲专题党课。会议强调，要深入学习党史。\n"))[0]
check(r["kind"] != "speech", f"a report that someone gave a 党课 is no speech: {r['kind']}")

SUMMARY = '''购物车
我的足迹

某某县人民医院2025年工作总结暨2026年工作计划

加入Vip免费下载 立即下载
2025年,在县委、县政府的坚强领导下,某某县人民医院坚持以人民健康为中心,在医疗质量、运营管理、服务能力等方面取得了显著成效。
一、2025年工作总结
全年门诊量增长8%。
二、2026年工作计划
一是提升服务能力;二是加强人才队伍建设。
'''
r = process_records(write("summary.txt", SUMMARY))[0]
check(r["kind"] == "experience" and r["title"] == "某某县人民医院2025年工作总结暨2026年工作计划",
      f"a summary's title under the site's chrome: {r['kind']} {r['title']!r}")

RESOLUTION = '''中共中央关于党的百年奋斗重大成就和历史经验的决议
（2021年11月11日中国共产党第十九届中央委员会第六次全体会议通过）

序言

中国共产党自一九二一年成立以来，始终把为中国人民谋幸福、为中华民族谋复兴作为自己的初心使命。
'''
r = process_records(write("resolution.txt", RESOLUTION))[0]
check(r["kind"] == "resolution", f"`全体会议` in a 题注 names no 体会: {r['kind']}")

REPORT = '''文件名称 | 某某区2025年政府工作报告 | ||
索引号 | /2025-0000 | 公开目录: | 工作报告 |
公开责任部门 | 公开形式: | 主动公开 | |
文号 | 成文日期: | 2025年04月15日 | |
有效性 | 有效 | 公开日期: | 2025-04-15 14:43 |
2025年3月21日在某某区第十九届
人民代表大会第四次会议上
某某区人民政府代区长 张某某
各位代表:
现在,我代表区人民政府向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。
一、过去一年工作回顾
2024年,我们紧扣高质量发展主题,实现地区生产总值440.5亿元、增长5.4%。
'''
r = process_records(write("report.txt", REPORT))[0]
f = r["fields"]
check(r["kind"] == "work_report" and r["title"] == "某某区2025年政府工作报告", f"a 政府工作报告 is a work report: {r['kind']} {r['title']!r}")
check(f.get("date") == "2025-03-21", f"its session line wrapped over two lines dates it: {f.get('date')}")
check(f.get("record", {}).get("文件名称") == "某某区2025年政府工作报告" and f.get("record", {}).get("公开形式") == "主动公开" and
      f.get("record", {}).get("成文日期") == "2025年04月15日" and "文件名称" not in r.get("text", ""),
      f"a record box copied as a table between bars: {f.get('record')}")

LEAD = '''3月4日,某某县第十四届人民代表大会第四次会议隆重开幕,县委副书记、县长某某某在大会上作政府工作报告。
会议结束后,参会的人大代表分成6个组对报告展开讨论。
讨论现场气氛热烈,代表们踊跃发言,对政府工作报告给予了高度评价。
'''
r = process_records(write("lead.txt", LEAD))[0]
check(r["kind"] == "news", f"news without its headline, its lead dated: {r['kind']}")
r = process_records(write("bar.txt", "| 本报讯全省统战部长会议昨天在我市开幕。会议主要任务是认真学习重要讲话精神，研究部署下半年的工作任务。省委统战部部长某某某出席会议并讲话。\n"))[0]
check(r["kind"] == "news", f"a bar before the dispatch formula: {r['kind']}")

GLOSSED = '''1月(yue)8日(ri),“不忘初心、牢記(ji)使命”主題教育總結大會(hui)(hui)在北京(jing)召開。中共(gong)中央(yang)總書記(ji)出席(xi)會(hui)(hui)議(yi)并(bing)發表重要講話。
“不(bu)忘初(chu)心(xin)(xin)、牢記(ji)使命(ming)”主(zhu)題教(jiao)育總結大會8日在北京召(zhao)開。他強調,我們黨(dang)(dang)要始終得到人民擁護和支持(see the PDF)。
'''
r = process_records(write("glossed.txt", GLOSSED), "--with-text")[0]
check("(" not in r["text"].replace("(see the PDF)", "") and "(see the PDF)" in r["text"] and "大會在北京召開" in r["text"],
      f"toneless glosses dropped, other brackets kept: {r['text'][:120]!r}")
check(r["kind"] == "news", f"the glossed item read: {r['kind']}")

RULES = '''盐政发〔2017〕40号
某某县人民政府工作规则
第一章 总 则
第一条 根据有关法律法规,结合县人民政府工作实际,制定本规则。
第二条 县人民政府是县人民代表大会的执行机关。
'''
r = process_records(write("rules.txt", RULES))[0]
check(r["kind"] == "regulation" and r["title"] == "某某县人民政府工作规则" and r["fields"].get("issuer") == ["某某县人民政府"],
      f"a regulation's title under its number: {r['kind']} {r['title']!r} {r['fields'].get('issuer')}")
r = process_records(write("first_piece.txt", "第一篇:某某大学本科教学校院两级管理实施细则\n某某大学本科教学校院两级管理实施细则\n第一条 为规范教学管理,制定本细则。\n第二条 本细则自发布之日起施行。\n"))[0]
check(r["title"] == "某某大学本科教学校院两级管理实施细则", f"a 范文 site's copy of the title gives way: {r['title']!r}")
ADOPTED = '''贵州省渔业条例
        (2005年11月25日贵州省第十届人民代表大会常务委员会第十八次会议通过)
第一章 总则
第一条 为加强渔业资源的保护、增殖、开发和合理利用,制定本条例。
'''
r = process_records(write("adopted.txt", ADOPTED))[0]
check(r["fields"].get("issuer") == ["贵州省人民代表大会常务委员会"] and r["fields"].get("adopted") == "2005-11-25",
      f"贵州's congress adopts it: {r['fields'].get('issuer')}")
r = process_records(write("pronoun.txt", "某某市人民政府关于同意某项目立项的批复\n贵局:\n你局《关于某项目立项的请示》收悉。经研究,同意立项。\n此复。\n某某市人民政府\n2024年1月5日\n"))[0]
check(r["fields"].get("recipients") is None and r["fields"].get("issuer") == ["某某市人民政府"],
      f"贵局 names the addressee, no organ by name: {r['fields'].get('recipients')} {r['fields'].get('issuer')}")

LAWDB = '''|
|
法規(guī)名稱(chēng) |
某某省地方稅務(wù)局關(guān)于發(fā)布個(gè)體工商戶(hù)稅收定期定額征收管理辦法的公告 |
發(fā)文機(jī)關(guān) |
某某省地方稅務(wù)局 |
文件字號(hào) |
省地稅公告2011年第3號(hào) |
頒布日期 |
2011-03-04 |
法規(guī)分類(lèi) |
|
時(shí) 效 性 |
有效 |
正 文 |
|
發(fā)布日期:2012/1/18 發(fā)布人:管理員 瀏覽次數(shù):1148 |
|
某某省地方稅務(wù)局關(guān)于發(fā)布個(gè)體工商戶(hù)稅收定期定額征收管理辦法的公告
為進(jìn)一步提高個(gè)體工商戶(hù)稅收定期定額征收管理工作水平,某某省地方稅務(wù)局制定了《個(gè)體工商戶(hù)稅收定期定額征收管理辦法》,現(xiàn)予以公布。
特此公告。
'''
r = process_records(write("lawdb.txt", LAWDB), "--with-text")[0]
f = r["fields"]
rec = f.get("record", {})
check(rec.get("法规名称", "").startswith("某某省地方稅務局關") and rec.get("文件字号") == "省地稅公告2011年第3號" and rec.get("颁布日期") == "2011-03-04"
      and rec.get("时效性") == "有效", f"a law database's box, a cell a line, glossed: {rec}")
check(r["kind"] == "announcement" and f.get("date") == "2011-03-04" and f.get("date_from") == "page" and f.get("page_written_date") == "2011-03-04",
      f"the box's own date before the page's posting date: {r['kind']} {f.get('date')} {f.get('date_from')}")
check("特此公告" in r.get("text", "") and "法規" not in r.get("text", ""), f"the document's end kept, the box dropped: {r.get('text', '')[-40:]!r}")

SHORT = '''|
道路维修请示

时间: 02-22 作者:某某某 栏目:请示

自治县人民政府:

我乡负责管护的7条村级公路损坏较为严重,给群众日常进出带来了极大的安全隐患。特恳请县人民政府拨款21万元,用于村级公路整修。

妥否,请批示。

某某乡人民政府
2013年2月22日
'''
r = process_records(write("short.txt", SHORT))[0]
f = r["fields"]
check(r["kind"] == "request" and r["title"] == "道路维修请示" and f.get("recipients_text") == "自治县人民政府" and f.get("issuer") == ["某某乡人民政府"],
      f"a short title without 关于 over its 主送: {r['kind']} {r['title']!r} {f.get('recipients_text')} {f.get('issuer')}")

FLAT = ("论文部分内容阅读\n二○一四年十一月十八日某府办发〔2014〕115号区政府各委、办、局,各街道办事处、某某镇政府:为进一步加强本区户外场所使用的日常管理,"
        "保障城区环境整洁、交通有序,根据相关法律、法规和属地管理职责,现将有关事项通知如下:一、条块协同配合,严格依法审批。针对在本区域内的户外场所举办"
        "文化体育、公益宣传、餐饮营销、农副产品展销等各类大型户外活动,以及自发组织的其他群体活动,明确由各街镇负责牵头,要求活动举办方根据有关规定报")
r = process_records(write("flat_date.txt", FLAT))[0]
check((r["fields"].get("doc_number") or {}).get("text") == "某府办发〔2014〕115号", f"a date glued before a number: {r['fields'].get('doc_number')}")
check(r["fields"].get("recipients_text") == "区政府各委、办、局,各街道办事处、某某镇政府", f"the 主送 after them: {r['fields'].get('recipients_text')}")

JOINT2 = '''人力资源社会保障部 国资委
关于表彰全国中央企业先进集体和劳动模范的决定

各中央企业:

为表彰先进,决定授予某某等单位荣誉称号。
'''
r = process_records(write("joint2.txt", JOINT2))[0]
check(r["fields"].get("issuer") == ["人力资源社会保障部", "国资委"], f"joint issuers by short names: {r['fields'].get('issuer')}")
r = process_records(write("sasac.txt", "国务院国资委关于进一步加强中央企业安全生产工作的通知\n\n各中央企业:\n\n为切实做好安全生产工作,现就有关事项通知如下。\n"))[0]
check(r["fields"].get("issuer") == ["国务院国资委"], f"an organ of the State Council is one name: {r['fields'].get('issuer')}")

PRESIDIUM = '''攸县第十八届人民代表大会第二次会议
公 告
(第4号)
2022年2月25日,攸县第十八届人民代表大会第二次会议表决通过了《攸县人民代表大会议事规则》。现予公告。
攸县第十八届人民代表大会
第二次会议主席团
2022年2月25日
'''
r = process_records(write("presidium.txt", PRESIDIUM))[0]
check(r["kind"] == "announcement" and r["fields"].get("issuer") == ["攸县第十八届人民代表大会第二次会议主席团"] and r["fields"].get("date") == "2022-02-25",
      f"a congress over its session's presidium signs as one: {r['kind']} {r['fields'].get('issuer')}")

CHARTER = '''中国某某协会章程

(2020年9月5日修订)

第一章     总则

第一条  本团体的名称为“中国某某协会”。

第二条  本协会是自愿结成的全国性、行业性社会团体,是非营利性社会组织。
'''
r = process_records(write("charter.txt", CHARTER))[0]
check(r["kind"] == "regulation" and r["fields"].get("revised") == "2020-09-05" and r["fields"].get("date") == "2020-09-05",
      f"a charter known by its last revision: {r['fields'].get('revised')} {r['fields'].get('date')}")

MENU = '''登录 |   注册

政府信息公开
会议公开制度

    第一条 县政府办公室实行主任办公会议、办公室内部会议制度。

  第二条 县政府办公室主任办公会议,由主任或受主任委托的副主任召集。
'''
r = process_records(write("menu_rules.txt", MENU))[0]
check(r["kind"] == "regulation" and r["title"] == "会议公开制度", f"a regulation's title under a site's menu: {r['kind']} {r['title']!r}")
r = process_records(write("facts_rules.txt", "某某大学学生纪律处分实施办法 | 发布时间:[2017/02/16] \n第一章 总则\n第一条 为维护正常的教学秩序,制定本办法。\n第二条 本办法适用于本校学生。\n"))[0]
check(r["title"] == "某某大学学生纪律处分实施办法", f"the page's facts after the title on its line: {r['title']!r}")

DESK = '''当前位置:首页 > 公告 > 正文
县公安局、县应急管理局发布公告:禁止燃放烟花爆竹

发布时间:2023-01-16

三峡某某讯:春节即将来临,为守牢安全底线,某某县公安局、县应急管理局近日特地发布禁止燃放烟花爆竹的公告。公告要求,全县城区范围内全年禁止燃放烟花爆竹。
'''
r = process_records(write("desk.txt", DESK))[0]
check(r["kind"] == "news", f"a county desk's dispatch formula: {r['kind']}")

GLUED = "在全区离退休老干部座谈会上的讲话尊敬的各位老领导、老同志:再过几天,春节即将来临,在此辞旧迎新的时刻,我们在这里汇聚一堂,举行全区离退休老干部迎春座谈会。借此机会,我谨代表区四家班子领导向各位老领导、老干部致以节日的问候!\n"
r = process_records(write("glued_speech.txt", GLUED))[0]
check(r["kind"] == "speech" and r["title"] == "在全区离退休老干部座谈会上的讲话", f"a speech's title run on into its salutation: {r['kind']} {r['title']!r}")

HALL = '''全国人大常委会的组织制度和议事规则

某某某

委员长、各位副委员长、秘书长、各位委员:

党的二十大报告强调,必须坚定不移走中国特色社会主义政治发展道路。今天,我就全国人大常委会的组织制度和议事规则讲几点认识。刚才,大家听了介绍。
'''
r = process_records(write("hall.txt", HALL))[0]
check(r["kind"] == "speech", f"a lecture to the standing committee, its salutation naming posts: {r['kind']} {r['scores']}")

r = process_records(write("items.txt", "某某市物业管理办法\n第十二条 业主有下列权利:依照第十一条(a)项、(e)项和(i)项的规定行使表决权。\n第十三条 本办法自发布之日起施行。\n"), "--with-text")[0]
check("(a)项、(e)项和(i)项" in r.get("text", ""), f"an item's letter in brackets is no gloss: {r.get('text', '')[:80]!r}")

r = process_records(write("basic.txt", "各位业主:\n经业主委员会多次协商,形成了基本意见,现将有关情况说明如下:\n一、停车位按现有方案分配。\n二、费用由业主分摊。\n某某小区业主委员会\n2024年3月1日\n"))[0]
check(r["kind"] != "opinion", f"基本意见 names no 意见: {r['kind']}")

for digits in ("202312", "200031"):
    r = process_records(write(f"six_{digits}.txt", "某某县教育局关于做好2023年冬季安全工作的通知\n\n各学校:\n\n现将有关事项通知如下。\n\n某某县教育局\n\n" + digits + "\n"))[0]
    check(r["fields"].get("date") is None, f"six digits under a signature are no date: {digits} -> {r['fields'].get('date')}")

HEAD = '''某某县规范性文件清理结果

| 文号 | 标题 | 发布日期 | 清理结果 |
| 某政发〔2019〕3号 | 某某县物业管理办法 | 2019-03-01 | 继续有效 |

文件名称 发文字号 成文日期 备注
某某县招商引资办法 某政发〔2018〕5号 2018-05-01 废止
'''
r = process_records(write("heads.txt", HEAD), "--with-text")[0]
check("清理结果 |" in r.get("text", "") and "成文日期 备注" in r.get("text", "") and "record" not in r["fields"],
      f"a table's head is no record box: {r['fields'].get('record')}")

r = process_records(write("talks.txt", "某某县举办道德模范先进事迹报告会\n\n3月5日上午,某某县举办道德模范先进事迹报告会,县领导出席会议并讲话。\n会议强调,要弘扬道德模范精神。\n"))[0]
check(r["kind"] == "news", f"news about a 事迹报告会: {r['kind']}")

r = process_records(write("jianxun.txt", "工作简讯:全县各乡镇认真落实安全生产责任制,开展隐患排查整治。各单位要按要求报送排查情况。\n"))[0]
check(r["kind"] != "news", f"a bulletin's 工作简讯： is no dispatch formula: {r['kind']}")

r = process_records(write("two_centres.txt", "国务院 中央军委关于进一步加强军民融合工作的通知\n\n各省、自治区、直辖市人民政府,各军区:\n\n现就有关事项通知如下。\n"))[0]
check(r["fields"].get("issuer") == ["国务院", "中央军委"], f"国务院 中央军委 are two issuers: {r['fields'].get('issuer')}")

UNDER = '''某某市某某区人民政府办公室
关于印发《某某区生产安全事故应急预案 (修订)》的通知 某政办发〔2018〕20号
各乡镇人民政府、街道办事处,区政府有关部门:
《某某区生产安全事故应急预案(修订)》已经区政府第17次常务会议通过,现印发给你们,请认真遵照执行。
某某市某某区人民政府办公室
2018年2月8日
'''
r = process_records(write("under_organ.txt", UNDER))[0]
f = r["fields"]
check(r["kind"] == "notice" and r["title"] == "某某市某某区人民政府办公室关于印发《某某区生产安全事故应急预案(修订)》的通知"
      and (f.get("doc_number") or {}).get("text") == "某政办发〔2018〕20号",
      f"a title with its number after it on its line, under the organ's: {r['title']!r} {f.get('doc_number')}")

done()
