"""Session 45: documents from the held-out sets of the eighteenth round (probes 172–179). Each fixture is
modelled on a document of those sets (names, places and numbers replaced)."""
import json
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()
number = lambda r: (lambda n: n.get("text") if isinstance(n, dict) else n)(r["fields"].get("doc_number") or {})
records = lambda name, text: process_records(write(name, text))

# A wire's release of a central document in full (gongwen-53): the lead names its issuers and hands over
# (`《X》全文如下。`); the record is X, of whatever kind, its issuers the lead's, its date the dateline's.
lead = "新华社北京3月9日电 近日,中共中央办公厅、国务院办公厅印发了《{t}》,并发出通知,要求各地区各部门结合实际认真贯彻落实。\n《{t}》全文如下。\n"
r = one("release-opinion.txt", lead.format(t="关于加强某某文化建设的意见") +
        "某某文化是社会主义文化的重要组成部分。为加强某某文化建设,现提出如下意见。\n一、总体要求\n(一)指导思想。以新时代思想为指导。\n二、主要任务\n(二)加强阵地建设。\n")
check(r["kind"] == "opinion" and r["title"] == "关于加强某某文化建设的意见" and r["fields"].get("issuer") == ["中共中央办公厅", "国务院办公厅"] and
      r["fields"].get("date") == "--03-09" and r["fields"].get("release", {}).get("issuer") == "中共中央办公厅、国务院办公厅",
      f"a release of an 意见: {r['kind']} {r['title']} {r['fields'].get('issuer')} {r['fields'].get('date')}")
r = one("release-plan.txt", lead.format(t="某某领域改革方案") + "在新的起点上深化某某领域改革,必须全面贯彻新发展理念,坚持稳中求进工作总基调,"
        "坚持正确改革方向,以推进某某领域职能优化协同高效为着力点,改革机构设置,优化职能配置,深化转职能、转方式、转作风。\n")
check(r["kind"] == "plan" and r["title"] == "某某领域改革方案" and r["fields"].get("issuer") == ["中共中央办公厅", "国务院办公厅"],
      f"a release of a 方案: {r['kind']} {r['title']} {r['fields'].get('issuer')}")
r = one("release-rule.txt", "新华社北京1月15日电 近日,中共中央印发了《中国共产党某某组织工作条例》,并发出通知。\n《中国共产党某某组织工作条例》全文如下。\n"
        "第一章 总则\n第一条 为了加强某某组织建设,根据《中国共产党章程》,制定本条例。\n第二条 某某组织是党在基层的战斗堡垒。\n第二章 组织设置\n第三条 某某应当设立党的委员会。\n")
check(r["kind"] == "regulation" and r["title"] == "中国共产党某某组织工作条例" and r["fields"].get("issuer") == ["中共中央"],
      f"a release of a 条例: {r['kind']} {r['title']} {r['fields'].get('issuer')}")
# Its marks stripped by a crawler and run together in one paragraph: the lead names X bare.
r = one("release-flat.txt", "消息来源:某某证券报 新华社北京7月24日电 近日,中共中央办公厅、国务院办公厅印发了关于进一步减轻某某负担的意见,并发出通知,"
        "要求各地区各部门结合实际认真贯彻落实 关于进一步减轻某某负担的意见全文如下 为深入贯彻党的精神,切实提升学校育人水平,有效减轻某某负担,现提出如下意见 "
        "一、总体要求 各地在做好某某工作的同时,还要统筹做好面向学龄前儿童的治理工作。\n")
check(r["title"] == "关于进一步减轻某某负担的意见" and r["fields"].get("issuer") == ["中共中央办公厅", "国务院办公厅"],
      f"a release run together: {r['title']} {r['fields'].get('issuer')}")
# In traditional characters under a page's headline and time: X and its issuers as written.
rs = process_records(write("release-trad.txt", "即時新聞 > 時政\n\n中辦國辦印發《關於推進某某建設的意見》\n\n發布時間:2032-05-07 09:47:00來源: 某某網\n\n"
                           "新華社北京5月6日電 近日,中共中央辦公廳、國務院辦公廳印發了《關於推進某某建設的意見》,並發出通知,要求各地區各部門結合實際認真貫徹落實。\n\n"
                           "《關於推進某某建設的意見》全文如下。\n\n某某是我國城鎮體係的重要組成部分。為推進某某建設,現提出如下意見。\n\n一、總體要求\n\n(一)指導思想。以新時代思想為指導。\n"),
                     "--with-text")
r = rs[0]
check(len(rs) == 1 and r["title"] == "關於推進某某建設的意見" and r["fields"].get("issuer") == ["中共中央辦公廳", "國務院辦公廳"] and
      r["fields"].get("release", {}).get("lead", "").startswith("即時新聞") and r.get("text", "").startswith("某某是我國"),
      f"a release in traditional characters: {r['title']} {r['fields'].get('issuer')} {r.get('text', '')[:10]}")
# Guards: a notice that names a document it issues, with no `全文如下`, is not a release; a report quoting
# `《X》全文如下` with nothing after it keeps its text.
r = one("not-release.txt", "关于印发《某某办法》的通知\n各科室:\n现将《某某办法》印发给你们,请认真贯彻执行。\n某某局\n2031年3月1日\n")
check(r["kind"] == "notice" and "release" not in r["fields"], f"a notice is no release: {r['kind']}")

# Pages copied as text (gongwen-55, -59): the site's menu between bars above the trail (`某某报业集团主办 | …`);
# an info line whose labels are the editor's and the count (`2031-11-28    编辑:管理员    浏览:886`) under a trail;
# a welcome with the clock's label; and a headline under many lines of a site's menus and switches, its
# labelled info line under it.
r = one("bar-menu.txt", "某某报业集团主办 | 某某网主站 | 广告服务 | 投稿| 联系我们\n\n当前位置:首页 > 某某茶网 > 公告信息\n\n茶业商会核实登记会员公告\n\n"
        "来源:    作者:   2031-04-08 13:07:21\n\n各会员单位:\n\n为加强商会自身建设,现就核实登记会员有关事项公告如下:\n\n一、凡我会会员,请于5月底前到秘书处登记。\n\n某某市茶叶商会\n\n2031年4月8日\n")
check(r["title"] == "茶业商会核实登记会员公告", f"a bar menu above the trail: {r['title']}")
r = one("editor-info.txt", "当前位置: 首页 - 关于协会 - 管理制度\n行业自律惩戒制度\n2031-11-28    编辑:管理员    浏览:886\n\n行业自律惩戒制度\n\n"
        "第一条  为了规范行业的自律管理,特制定本制度。\n\n第二条  本制度适用于本会会员单位。\n\n第三条  不履行协会章程的单位将受到惩处。\n")
check(r["title"] == "行业自律惩戒制度" and r["fields"].get("page_date") == "2031-11-28", f"an editor's info line: {r['title']} {r['fields'].get('page_date')}")
r = one("welcome.txt", "欢迎来到某某大学某某学院现在时间是:\n党建动态\n\n某某委员会印发《某某工作准则》\n\n来源: 编辑: 发布时间:2031年10月22日\n\n"
        "某某网北京2031年10月21日电 近日,某某委员会印发了《某某工作准则》,并发出通知,要求认真遵照执行。\n\n通知指出,准则对于促进某某工作发挥了重要作用。\n")
check(r["title"] == "某某委员会印发《某某工作准则》", f"a welcome with the clock's label: {r['title']}")
menus = "页面\n配色\n辅助线\n重置\n今天:2031年2月22日 星期四某某区人民政府网中国政府网 |\n政务新媒体矩阵 手机版 智能机器人 用户空间| 简体版| 繁体版|\n微信公众号\n某某发布\n微信\n支持IPv6\n无障碍\n某某市人民政府\n"
r = one("deep-headline.txt", menus + "整治某某问题,某某部门发文\n2031-08-08 15:50     来源:某某客户端、某某日报\n分享 微信\n"
        "某某委员会印发了《某某若干规定》,并发出通知,要求各地区各部门认真遵照执行。\n通知指出,某某问题是顽瘴痼疾,必须下大力气坚决纠治。\n")
check(r["title"] == "整治某某问题,某某部门发文" and r["fields"].get("page_date") == "2031-08-08", f"a headline under a site's menus: {r['title']} {r['fields'].get('page_date')}")
# (Guard: a 公文's head, its 文号 over its title, is never the site's menus.)
r = one("deep-headline-numbered.txt", menus.replace("某某市人民政府\n", "某某市人民政府文件\n某政发〔2031〕3号\n") +
        "关于某某工作的通知\n发布时间:2031-08-08 15:50  来源:某某市政府办\n各区县人民政府:\n现将有关事项通知如下。\n某某市人民政府\n2031年8月8日\n")
check(number(r) == "某政发〔2031〕3号", f"a 公文's head stays: {number(r)}")

# A page copied as text whose one line under the title counts its views (`2031-03-14   来源:记者站     浏览数:`):
# the page's, not the title's (pages-27).
r = one("views.txt", "深化改革 突破创新 全面提升某某教育的整体水平\n2031-03-14   来源:记者站     浏览数:\n\n——在2031年全市教育工作会议上的报告\n"
        "市教育局局长 某某某\n \n(2031年3月5日)\n\n同志们:\n这次会议的主要任务是总结去年工作,部署今年任务。\n一、去年工作回顾\n去年,全市教育系统攻坚克难,取得了新成绩。\n")
check(r["title"] == "深化改革 突破创新 全面提升某某教育的整体水平" and r["fields"].get("source") == "记者站", f"a line counting views: {r['title']} {r['fields'].get('source')}")
# An issuing notice dated by its digits alone (`2031327`, 年月日 lost by the page), unsigned, over its 附注 (gongwen-58).
r = one("digits-date.txt", "关于印发《某某局2031年工作要点》的通知\n\n各县市区教育局,各直属学校:\n\n现将《某某局2031年工作要点》印发给你们,请结合实际认真贯彻落实。\n\n"
        "2031327\n\n(此件主动公开)\n\n某某局2031年工作要点\n\n2031年全市教育工作的总体要求是:坚持稳中求进。\n")
check(r["fields"].get("date") == "2031-03-27", f"a date by its digits over the 附注: {r['fields'].get('date')}")
# A title naming its organ by its level alone (`市政府关于…的决定`) on that organ's own site (`发布机构 某某市人民政府网站`):
# the organ in full (gongwen-57); and under a masthead that names it in full over a red rule (gongwen-60).
r = one("site-organ.txt", "市政府关于表彰见义勇为先进个人的决定\n\n来源:某某市人民政府网站    日期:2031-11-21 09:02:08    浏览次数:\n"
        "文件编号 某政发〔2031〕158号 公开时限 长期公开\n发布机构 某某市人民政府网站 公开形式 网站\n\n各镇人民政府,各街道办事处,市各委办局:\n\n"
        "为弘扬社会正气,市政府决定授予某某某等同志见义勇为称号。\n\n2031年11月20日\n")
check(r["fields"].get("issuer") == ["某某市人民政府"], f"a placeless organ completed by its site: {r['fields'].get('issuer')}")
r = one("site-organ-other.txt", "市政府关于表彰见义勇为先进个人的决定\n\n来源:某某县人民政府网站    日期:2031-11-21 09:02:08    浏览次数:\n\n各镇人民政府:\n\n"
        "为弘扬社会正气,市政府决定授予某某某等同志见义勇为称号。\n")
check(r["fields"].get("issuer") != ["某某县人民政府"], f"a county's site completes no city's organ: {r['fields'].get('issuer')}")
r = one("masthead-rule.txt", "某某市人民政府办公厅\n\n——————————\n\n某府办函〔2031〕78号\n\n市人民政府办公厅关于印发\n\n某某市气象灾害应急预案的通知\n\n"
        "各区、市、县人民政府,市政府有关工作部门:\n\n《某某市气象灾害应急预案》已经市政府研究同意,现印发给你们,请抓好贯彻执行。\n\n"
        "                                         2031年9月15日\n\n(此件公开发布)\n")
check(r["fields"].get("issuer") == ["某某市人民政府办公厅"], f"a placeless organ under its masthead: {r['fields'].get('issuer')}")

# A trail broken over lines, a part a line (`当前页面:` / `首页` / `> 政务公开` / `> 某某镇`), is the page's,
# no masthead of organs (gongwen-62).
r = one("trail-lines.txt", "当前页面:\n首页\n> 政务公开\n> 某某乡镇信息公开目录\n> 某某镇\n> 法规文件\n来源:某某镇 发布时间:2031-03-16\n"
        "关于进一步加强境外疫情输入防控工作的通告\n为进一步加强某某镇疫情输入防控工作,保障人民群众的生命安全和身体健康,现通告如下:\n"
        "第一条 本通告所称境外来(返)人员,是指从境外来(返)的人员。\n第二条 境外来(返)人员应如实填报旅居史。\n")
check(r["kind"] == "public_notice" and not r["fields"].get("masthead") and r["fields"].get("page_date") == "2031-03-16",
      f"a trail broken over lines: {r['kind']} {r['fields'].get('masthead')} {r['fields'].get('page_date')}")
# A law database's record under the title (`发文单位:交通部` / `文 号:…` / `执行日期:…`) names no 主送 (gongwen-61).
r = one("db-record.txt", "关于《请求解释〈某某管理暂行条例〉适用范围的请示》的复函\n2031-12-05\n发文单位:某某部\n文 号:某函公路[2031]523号\n"
        "发布日期:2031-12-05\n执行日期:2031-12-05\n失效日期:1900-01-01\n某某省交通厅:\n你厅《关于请求解释〈某某管理暂行条例〉适用范围的请示》收悉。经研究,现函复如下:\n"
        "一、某某运输属于条例调整的范围。\n")
check(r["fields"].get("recipients") == ["某某省交通厅"], f"a database's labels are no 主送: {r['fields'].get('recipients')}")
# An untitled 公示 whose paragraph opens with its time and asks for objections (gongwen-63).
r = one("gongshi-period.txt", "各部门、各学院:\n根据有关文件要求,经个人申报、学院推荐和专家评审,现拟推荐某某优秀实践项目5项。\n"
        "公示期自2031年10月24日至10月26日。公示期间有何异议,请向教务处反映,联系人:某某。\n附件:某某优秀实践项目推荐名单\n教务处\n2031-10-24\n")
check(r["kind"] == "public_notice", f"a 公示 opening with its time: {r['kind']}")
# A page whose only mark under its trail is the day it was archived (`归档时间:2031-06-15` over `当前位置: 首页 > …`) (gongwen-65).
r = one("archived.txt", "归档时间:2031-06-15\n当前位置: 首页 > 公开领域 > 城乡规划\n\n某某县住房和城乡建设局2031年度整体支出绩效评价报告\n\n"
        "一、部门概况\n(一)部门基本情况。我局内设股室8个,下属单位3个。\n(二)部门职责。负责全县住房和城乡建设管理工作。\n")
check(r["title"] == "某某县住房和城乡建设局2031年度整体支出绩效评价报告", f"an archive's time over a trail: {r['title']}")
# A template's separator after the title (`关于…的通知--`, its site's name dropped) (gongwen-63).
r = one("dashes.txt", "通知公告 >> 正文\n关于报送文明教育月活动总结的通知--\n发布人:宣传部   信息来源:   日期:2031-03-27 09:42:58    打印本文\n\n"
        "相关部门、各院系:\n为总结文明教育月活动的成效,请各单位于4月5日前报送活动总结。\n党委宣传部\n2031年3月27日\n")
check(r["title"] == "关于报送文明教育月活动总结的通知" and r["kind"] == "notice", f"a template's separator after the title: {r['kind']} {r['title']}")

# Work reports (gongwen-65): a CPPCC standing committee's, its session line in brackets; a township's whose
# session line lost its 上; whom the salutation addresses is the report's recipients.
r = one("cppcc-report.txt", "某某同志在政协某某市第十三届委员会常务委员会工作报告\n(2031年1月10日在政协某某市第十四届委员会第一次会议上)\n各位委员:\n"
        "我代表中国人民政治协商会议某某市第十三届委员会常务委员会,向大会报告工作,请予审议。\n一、过去五年的工作回顾\n过去五年是我市发展史上极不平凡的五年。\n")
check(r["kind"] == "work_report" and r["fields"].get("date") == "2031-01-10" and r["fields"].get("recipients") == ["各位委员"] and
      r["fields"].get("region") == "某某市", f"a CPPCC's report: {r['kind']} {r['fields'].get('date')} {r['fields'].get('recipients')} {r['fields'].get('region')}")
r = one("township-report.txt", "某某镇2031年政府工作报告\n政 府 工 作 报 告\n2032年2月26日在镇第十四届人民代表大会第三次会议\n某某镇人民政府镇长 某某\n各位代表:\n"
        "现在,我代表某某镇人民政府向大会作政府工作报告,请予以审议。\n一、2031年工作回顾\n2031年,全镇上下认真贯彻上级部署,经济持续稳健发展。\n")
check(r["fields"].get("date") == "2032-02-26" and r["fields"].get("recipients") == ["各位代表"] and r["fields"].get("region") == "某某镇",
      f"a township's report: {r['fields'].get('date')} {r['fields'].get('recipients')} {r['fields'].get('region')}")
# A line without a Chinese character over the title (`The Beginning`) starts no title; a trail of two parts,
# the first the site's name (`黑龙江网 > 大庆`), is the page's (gongwen-66).
r = one("latin-line.txt", "The Beginning\n某某县人民政府拟征收土地启动公告(某征启公告﹝2031﹞4号)\n为实施我县国民经济和社会发展规划,根据《中华人民共和国土地管理法》的规定,现发布拟征收土地启动公告。\n"
        "一、拟征收土地范围:\n拟启动征收土地位于某某镇某某村。\n")
check(r["title"] == "某某县人民政府拟征收土地启动公告", f"a Latin line over the title: {r['title']}")
r = one("site-trail.txt", "某某网 > 某某市\n\n4月15日至11月15日为禁牧期!某某区最新公告 发布时间:2031-04-17 14:47 来源:某某区人民政府网\n\n  某某区草原禁牧公告\n\n  为切实做好我区草原禁牧工作,现将有关事项公告如下:\n\n  一、禁牧区域和禁牧期\n\n"
        "  禁牧区为全区境内所有草原。\n\n某某区人民政府\n\n2031年4月10日\n")
check(r["title"] == "某某区草原禁牧公告", f"a site's two-part trail: {r['title']}")


# Minutes as sites keep them (gongwen-71): untitled, a standing body's numbered sitting, who was excused and
# who sat in, its items each the meeting's act; a village's record by its four labels; a title with its
# sitting's number after it; the year the sitting's number names.
r = one("minutes-untitled.txt", "9月23日下午,某某主持召开十一届党委常委会第167次会议。张某、刘某、王某参加会议,李某请假,吴某列席会议。\n"
        "1.会议传达学习了上级近期重要指示精神。\n2.会议传达学习了省委全会精神。\n3.会议审议通过了《关于进一步深化改革的意见》。\n4.会议研究了保密工作有关事项。\n")
check(r["kind"] == "minutes", f"untitled minutes of a numbered sitting: {r['kind']}")
r = one("minutes-year.txt", "10月11日下午,学院召开2031年第17次党政联席会议。现纪要如下:\n一、审议学院保密工作暂行办法\n会上,办公室主任就暂行办法进行了汇报说明。经会议研究,原则通过。\n"
        "二、研究设备购置事宜\n经会议研究,同意购置。\n")
check(r["kind"] == "minutes" and r["fields"].get("date") == "2031-10-11", f"the year its sitting names: {r['kind']} {r['fields'].get('date')}")
r = one("minutes-labels.txt", "会议时间:2031年4月19日\n会议地点:某某村会议室\n主持人:郑某某\n记录人:王某某\n"
        "会议内容:1、为加快和美乡村建设,全面提升我村人居环境质量,开展一周一次清洁行动,每周五定为清洁日。\n2、将村环境卫生纳入村规民约,深入开展美丽庭院评选。\n")
check(r["kind"] == "minutes" and r["title"] == "" and r["fields"].get("date") == "2031-04-19", f"a village's labelled record: {r['kind']} {r['title']!r} {r['fields'].get('date')}")
r = one("minutes-numbered-title.txt", "2031年校务会会议纪要(第四次)\n\n时间:2031-05-19来源:本站\n\n2031年3月23日,常务副校长在206会议室主持召开了2031年第4次校务会。会议研究决定事项如下\n\n"
        "会议听取了党政办公室主任关于清明节放假安排的汇报。\n\n会议审议并原则上通过了清明节放假安排。\n")
check(r["kind"] == "minutes" and r["fields"].get("date") == "2031-03-23", f"a title with its sitting's number: {r['kind']} {r['fields'].get('date')}")
# (Guard: a news report of a meeting stays news.)
r = one("meeting-news.txt", "3月5日上午,某某县召开全县安全生产工作会议。县委书记某某出席会议并讲话。\n会议强调,要压紧压实安全生产责任。\n会议要求,各乡镇各部门要迅速行动。\n")
check(r["kind"] != "minutes", f"a news report of a meeting: {r['kind']}")

# Plans (gongwen-70): parts run into their paragraphs (`（一）指导思想。以…`); the title under a page's metadata
# lines; a title wrapped over two lines; the organ the page's box names (`发布机构: 某某区司法局`) issues it.
r = one("plan-runin.txt", "某某县安全生产专项整治三年行动实施计划\n\n为深入贯彻落实安全生产重要论述,制定本计划。\n\n一、总体要求\n\n(一)指导思想。以新时代思想为指导,统筹发展和安全。\n\n"
        "(二)工作目标。全县各级党委政府、有关部门和企业单位安全发展理念明显增强。\n\n二、组织机构\n\n成立专项整治工作领导小组。\n")
check(r["kind"] == "plan", f"a plan's parts run into their paragraphs: {r['kind']}")
r = one("plan-under-box.txt", "- 索 引 号:4311230009/2031-00065 分 类:\n-\n发文机关:\n发文日期: 2031-04-26 12:51 - 名称:\n某某镇突发事件总体应急预案 - 文号:\n"
        "某某镇突发事件总体应急预案\n目 录\n1 总则\n1.1编制目的\n1.2编制依据\n2 组织体系\n1 总则\n1.1编制目的\n为建立健全应对突发事件的运行机制,制定本预案。\n1.2编制依据\n依据有关法律法规。\n")
check(r["kind"] == "plan" and r["title"] == "某某镇突发事件总体应急预案", f"a plan under a page's metadata: {r['kind']} {r['title']}")
r = one("plan-wrapped.txt", "关于推动某某数据开放互联\n有效降低某某成本的实施方案\n为推动某某数据开放互联,制定本方案。\n一、总体要求\n(一)指导思想。以新发展理念为指导。\n二、重点任务\n(一)推进数据开放。\n三、保障措施\n(一)加强组织领导。\n")
check(r["kind"] == "plan" and r["title"] == "关于推动某某数据开放互联有效降低某某成本的实施方案", f"a plan's wrapped title: {r['kind']} {r['title']}")
r = one("plan-box-organ.txt", "您现在所在的位置: 首页>政务公开>部门信息公开>某某区司法局>履职依据\n分享到:\n索引号: A25110--2031-0006 主题分类: 综合政务\n"
        "发布机构: 某某区司法局 生成日期: 2031-11-14\n文件编号: 有效性: 有效\n某某区2031年普法依法治理工作要点\n"
        "2031年全区普法依法治理工作的总体要求是:坚持以新时代思想为指导。\n一、工作目标\n全面提升公民法治素养。\n二、重点任务\n(一)深入学习宣传宪法。\n")
check(r["kind"] == "plan" and r["fields"].get("issuer") == ["某某区司法局"], f"a plan's organ from the page's box: {r['kind']} {r['fields'].get('issuer')}")

# A speech's title with its date in brackets after it, the year's zero a Latin O (`（二O一八年一月三十一日）`) (pages-28).
r = one("speech-o-date.txt", "某某在某某省第十三届人民代表大会第一次会议闭幕会上的讲话 (二O三一年一月三十一日)\n\n05.02.2031  16:33\n\n"
        "    省十三届人大一次会议,在全体代表和与会同志共同努力下,圆满完成了各项议程。\n    各位代表,同志们:这次大会是在关键时期召开的一次重要会议。\n")
check(r["kind"] == "speech" and r["title"] == "某某在某某省第十三届人民代表大会第一次会议闭幕会上的讲话" and r["fields"].get("date") == "2031-01-31",
      f"a speech's bracketed date with a Latin O: {r['kind']} {r['title']} {r['fields'].get('date')}")

# A dataset as a page's script holds it (datasets-23): an assignment whose object literal is JavaScript's own
# (keys unquoted, single quotes, trailing commas, a comment), its lists of the same records side by side; JSONP.
js = ("var result = {\n    success: true,\n    data: {\n        id: 1,\n        title: '政策发布', // the month's list\n"
      "        centralPolicies: [\n            {id: 1, title:\n                \"某某部关于印发某某城市遴选办法（试行）的通知\", publisher: \"某某部\", time: \"2031-01-03\"},\n"
      "            {id: 2, title: '某某信息服务管理规定', publisher: '某某办公室', time: '2031-01-10',},\n        ],\n"
      "        localPolicies: [\n            {id: 3, title: \"某某省人民政府关于某某新区总体规划的批复\", publisher: \"某某\", time: \"2031-01-02\"},\n        ],\n"
      "        PoliciesImplement: [],\n    }\n};\nwindow.jspCallback(result);\n")
rs = process_records(write("policies.js", js))
check([r["title"] for r in rs] == ["某某部关于印发某某城市遴选办法（试行）的通知", "某某信息服务管理规定", "某某省人民政府关于某某新区总体规划的批复"] and
      rs[2]["kind"] == "reply" and rs[0]["source"].get("row") == 1, f"a script's literal, its lists side by side: {[(r['kind'], r['title']) for r in rs]}")
rs = process_records(write("callback.json", "jQuery1124_1700000000({'total': 2, 'list': [{'title': '某某市人民政府关于某某工作的通知', 'pubDate': '2031-03-01'},"
                                             " {'title': '某某市人民政府办公室关于某某事项的通知', 'pubDate': '2031-03-02'}]})"))
check([r["title"] for r in rs] == ["某某市人民政府关于某某工作的通知", "某某市人民政府办公室关于某某事项的通知"], f"JSONP: {[r['title'] for r in rs]}")
# (The other openings docs/jobs.md names: `export default […]`, `module.exports = […]`.)
for opening in ("export default ", "module.exports = "):
    rs = process_records(write("exported.js", opening + "[{title: '某某市人民政府关于某某工作的通知', date: '2031-03-01'}, {title: '某某市人民政府办公室关于某某事项的通知'},]\n"))
    check([r["title"] for r in rs] == ["某某市人民政府关于某某工作的通知", "某某市人民政府办公室关于某某事项的通知"], f"`{opening.strip()}`: {[r['title'] for r in rs]}")
# (Guard: a program is no dataset.)
rs = process_records(write("program.js", "function load() {\n  var data = {title: getTitle(), body: fetchBody()};\n  return data;\n}\n"))
check(len(rs) == 1 and not rs[0]["source"].get("row"), f"a program is read as text: {[r['source'].get('row') for r in rs]}")

# A 公示 of a procedure's step (`…土地征收社会稳定风险评估公示`, `…环境影响评价公示`) is one (gongwen-60); a list of
# candidates for a vote is other writing.
r = one("gongshi-step.txt", "国道某某线(G612)某某至某某段工程土地征收社会稳定风险评估公示\n根据《中华人民共和国土地管理法》相关规定,某某市人民政府拟对工程项目范围内的集体土地实施征收。"
        "现将拟征收土地前期风险调查和征求公众意见等有关工作公示如下。\n一、拟征收土地范围\n某某镇某某村。\n")
check(r["kind"] == "public_notice", f"a procedure's 公示: {r['kind']}")
r = one("gongshi-candidates.txt", "2031年十件民生实事候选项目公示\n为广泛听取民意,现将2031年民生实事候选项目予以公布,欢迎投票。\n一、新建城区公园\n二、改造老旧小区\n")
check(r["kind"] != "public_notice", f"candidates for a vote: {r['kind']}")

# Guards of the review (the session's diff read by a helper; names replaced):
# a district's site reposting a city's notice completes no city organ; a county office posting a
# province's plan issues none of it; a 公示's names and time are no site's menus; a step of a procedure
# with its arrow is no trail; a joint masthead completes the one organ the title names short; a notice
# that hands its document on and says 《X》全文如下 stays a notice; a bare lead's verb keeps no 了; a date
# or an organ over a plan's title is no part of it.
r = one("rv-district.txt", "首页 > 政务公开 > 通知公告\n市政府关于做好2031年春节期间安全生产工作的通知\n发布时间:2031-01-25 09:30   来源:某州市天河区人民政府   浏览次数:1523\n"
        "各区人民政府,市政府各部门:\n    为切实做好2031年春节期间安全生产工作,现就有关事项通知如下。\n    一、压实安全责任。\n")
check(r["fields"].get("issuer") != ["某州市天河区人民政府"], f"a district's site completes no city organ: {r['fields'].get('issuer')}")
r = one("rv-market.txt", "首页 > 政务公开 > 通知公告\n市场监管总局关于做好2031年春节期间食品安全工作的通知\n发布时间:2031-01-25 09:30   来源:某州市市场监督管理局   浏览次数:1523\n"
        "各省、自治区、直辖市市场监管局:\n    为切实做好2031年春节期间食品安全工作,现就有关事项通知如下。\n    一、压实安全责任。\n")
check(r["fields"].get("issuer") != ["某州市市场监督管理局"], f"市场 names no level: {r['fields'].get('issuer')}")
r = one("rv-province-plan.txt", "首页 > 政务公开 > 政策文件\n某南省2031年数字政府建设工作要点\n发布时间:2031-03-05 10:20   发布机构:某乡县人民政府办公室   浏览次数:321\n"
        "    为加快推进全省数字政府建设,制定本工作要点。\n    一、总体要求\n    坚持稳中求进。\n    二、重点任务\n    (一)夯实数字基础设施。\n    三、保障措施\n    (一)加强组织领导。\n")
check(r["fields"].get("issuer") != ["某乡县人民政府办公室"], f"a county office posting a province's plan: {r['fields'].get('issuer')}")
names = "".join(f"{n}\n" for n in ("张某华", "李某国", "王某英", "赵某强", "钱某娟", "孙某东", "周某燕", "吴某波", "郑某萍"))
rs = process_records(write("rv-gongshi-names.txt", "某某区2031年度优秀教师拟表彰人选名单\n" + names + "公示时间:2031年1月5日 9:00至2031年1月12日 17:00\n"
                           "    公示期间,如对公示人选有异议,请以书面形式向区教育局人事科反映。\n某某区教育局\n2031年1月5日\n"), "--with-text")
check(rs[0]["title"] == "某某区2031年度优秀教师拟表彰人选名单" and "郑某萍" in rs[0].get("text", "") and "张某华" in rs[0].get("text", ""),
      f"a 公示's names are no menus: {rs[0]['title']}")
r = one("rv-arrow-step.txt", "某某县不动产登记办理指南\n办理流程\n登录政务服务网→在线申报\n发布时间:2031-03-05 10:20   来源:县政务服务中心\n"
        "    一、适用范围。本指南适用于本县范围内不动产首次登记的办理。\n    二、申请材料。申请人应当提交不动产登记申请书。\n")
check(r["title"] == "某某县不动产登记办理指南", f"a step with its arrow is no trail: {r['title']}")
r = one("rv-joint-masthead.txt", "中共某阳市委办公室\n某阳市人民政府办公室\n——————————————————\n某委办发〔2031〕3号\n市政府办公室关于做好2031年防汛抗旱工作的通知\n"
        "各区(市、县)人民政府,市政府各部门:\n    为切实做好2031年防汛抗旱工作,现就有关事项通知如下。\n    一、加强组织领导。\n")
check(r["fields"].get("issuer") == ["某阳市人民政府办公室"], f"a joint masthead completes the one organ: {r['fields'].get('issuer')}")
rs = records("rv-handed-on.txt", "某某市人民政府办公室关于印发某某市关于加快数字经济发展的实施意见的通知\n某政办发〔2031〕5号\n各区人民政府,市政府各部门:\n"
             "    经市政府同意,现将《某某市关于加快数字经济发展的实施意见》印发给你们,请认真贯彻执行。《某某市关于加快数字经济发展的实施意见》全文如下:\n"
             "某某市关于加快数字经济发展的实施意见\n    为加快数字经济发展,提出如下意见。\n    一、总体要求\n    坚持创新驱动。\n")
check(rs[0]["kind"] == "notice" and number(rs[0]) == "某政办发〔2031〕5号" and "release" not in rs[0]["fields"], f"a notice handing on its document: {rs[0]['kind']} {number(rs[0])}")
r = one("rv-bare-lead.txt", "新华社北京5月6日电 国务院办公厅日前印发了关于加强基层治理体系建设的意见全文如下 基层治理是国家治理的基石,统筹推进乡镇和城乡社区治理,是实现国家治理现代化的基础工程。\n"
        "    一、总体要求\n    坚持以新时代思想为指导。\n")
check(r["fields"].get("release", {}).get("title") == "关于加强基层治理体系建设的意见", f"a bare lead's verb: {r['fields'].get('release', {}).get('title')}")
for over in ("2031-03-05", "某某市人民政府办公室", "信息公开"):
    r = one("rv-plan-over.txt", over + "\n某某市数字经济发展三年行动方案\n    为深入推进数字经济发展,制定本方案。\n    一、总体要求\n    坚持创新驱动。\n    二、重点任务\n    (一)夯实数字基础设施。\n    三、保障措施\n    (一)加强组织领导。\n")
    check(r["title"] == "某某市数字经济发展三年行动方案", f"`{over}` over a plan's title: {r['title']}")
# (And a page break on a line of its own, `\f` alone, still tells the running head a page repeats.)
page = "某某市人民政府公报2031年第3期\n{body}\n— {n} —\n"
bodies = ["某某市人民政府关于进一步加强政务服务工作的通知\n各区人民政府,市政府各部门:\n    为进一步加强和规范全市政务服务工作,现就有关事项通知如下。",
          "    一、加强组织领导。各区、各部门要高度重视政务服务工作,主要负责同志要亲自抓。",
          "    二、优化办事流程。全面梳理政务服务事项,压减办理环节和申请材料。",
          "    三、强化监督考核。市政府办公室要加强日常督查,定期通报各区、各部门工作进展情况。\n某某市人民政府\n2031年3月1日"]
rs = process_records(write("ff-alone.txt", "\f\n".join(page.format(body=b, n=k + 1) for k, b in enumerate(bodies))), "--with-text")
check(rs[0].get("text", "").count("公报2031年第3期") == 0, f"a running head over pages broken by a lone form feed: {rs[0].get('text', '').count('公报2031年第3期')}")
# A lead whose formula follows its sentence, X opening the text (`…并发出通知。以下为通知全文。《X》文化是…`) (gongwen-59).
r = one("release-trailing.txt", "论文部分内容阅读\n近日,中共中央办公厅、国务院办公厅印发了《关于实施某某文化传承发展工程的意见》,并发出通知,要求各地区各部门结合实际认真贯彻落实。"
        "以下为通知全文。《关于实施某某文化传承发展工程的意见》文化是民族的血脉,是人民的精神家园。为建设文化强国,现就实施某某文化传承发展工程提出如下意见。\n")
check(r["kind"] == "opinion" and r["title"] == "关于实施某某文化传承发展工程的意见" and r["fields"].get("issuer") == ["中共中央办公厅", "国务院办公厅"],
      f"a trailing formula: {r['kind']} {r['title']} {r['fields'].get('issuer')}")
# An organ's appraisal of its own spending, titled without 关于 (`…2031年度整体支出绩效评价报告`), is a report (gongwen-65).
r = one("appraisal.txt", "某某县住房和城乡建设局2031年度整体支出绩效评价报告\n一、部门概况\n(一)部门基本情况。我局内设股室8个。\n二、部门整体支出情况\n2031年度部门整体支出1234万元。\n"
        "三、绩效评价结论\n综合评价为良好。\n某某县住房和城乡建设局\n2032年3月15日\n")
check(r["kind"] == "report", f"an appraisal report: {r['kind']}")
# A forum's copy on one line, ASCII marks, the signature and date set apart by runs of spaces (gongwen-54).
r = one("ascii-flat.txt", "某某市公安局关于禁止在市区燃放烟花爆竹的通告\n为维护公共安全,根据有关规定,现就禁止在市区燃放烟花爆竹有关事项通告如下:  一、市区范围内禁止燃放烟花爆竹。  "
        "二、对违反本通告规定燃放烟花爆竹的单位和个人,欢迎广大市民积极举报,举报电话:110.    特此通告                                        某某市公安局                                        2031年1月1日\n\n"
        "页: [1]\n查看完整版本: 某某市公安局关于禁止在市区燃放烟花爆竹的通告\n")
check(r["fields"].get("date") == "2031-01-01", f"a flat signature after ASCII marks: {r['fields'].get('date')}")
# An untitled notice that announces itself before its matter (`经研究决定，特发出以下通知：`) (gongwen-62).
r = one("announced-notice.txt", "全镇城乡居民朋友们:\n进入冬季以来,疫情输入风险增大。为减少人员流动,避免疫情传播,根据当前疫情防控工作需要,经研究决定,特发出以下通知:\n"
        "一、所有从中高风险地区来(返)我镇人员,必须提前3天向社区(村)报告。\n二、非必要不举办聚集性活动。\n某某镇疫情防控指挥部\n2031年1月12日\n")
check(r["kind"] == "notice" and r["fields"].get("recipients") == ["全镇城乡居民朋友们"], f"a notice announced before its matter: {r['kind']} {r['fields'].get('recipients')}")

done()
