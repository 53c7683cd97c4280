"""Session 28: 公文 and other policy texts as the session's second round of held-out pages print
them. Each fixture is modelled on a page of those sets (names, places and numbers replaced): what
the page puts around a document must reach neither its title nor its fields."""
from e2e import *

tmp = tmpdir()
BODY = "我们坚持稳中求进工作总基调，扎实推进各项工作，经济社会发展取得新的成绩，人民群众获得感明显增强。"
write = lambda name, content: write_file(tmp, name, content)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


# An order proclaimed to its addressees (`嘉奖令` over its 主送): its name is its title, and the
# organ that signs it issues it. (The organ's name over the number is the 发文机关标志, which
# GB/T 9704 lets be the organ's name alone, without 文件.)
r = one("commendation.txt", "某某县人民政府\n某政〔2012〕76号\n嘉奖令\n各乡镇人民政府,县政府各部门:\n"
        "今年以来，全县教育系统成绩显著。为此，县政府决定对县教育局予以通令嘉奖。\n某某县人民政府\n二○一二年六月二十七日\n")
f = r["fields"]
check((r["kind"], r["title"], f.get("issuer"), f.get("date"), f.get("masthead")) == ("order", "嘉奖令", ["某某县人民政府"], "2012-06-27", "某某县人民政府"),
      f"a 嘉奖令 over its 主送: {r['kind']} {r['title']!r} {f.get('issuer')} {f.get('date')} {f.get('masthead')}")
# A forum's reply glued after the signature's date ends with one too: a line opening with a full
# date starts no title.
r = one("forum_reply.txt", "某某县政府通令嘉奖县教育局\n今年以来，全县教育系统成绩显著。为此，县政府决定对县教育局予以通令嘉奖。\n某某县人民政府\n"
        "二○一二年六月二十七日 再接再厉! 县政府应该再发一个某政77号嘉奖令\n")
check(not r["title"].startswith("二○一二年"), f"a signature's date starts no title: {r['title']!r}")

# A page's heading repeating the title with a part's number (`( 二 )`) over the flattened document.
r = one("part_heading.txt", "某省人民政府办公厅关于2020年部分节假日安排的通知( 二 )\n\n\n"
        "某省人民政府办公厅关于2020年部分节假日安排的通知某政办明电〔2019〕16号各市人民政府,省政府各部门:经省政府批准,现将2020年元旦、春节放假调休日期的具体安排通知如下 。"
        "一、元旦:2020年1月1日放假,共1天 。二、春节:1月24日至30日放假调休,共7天 。节假日期间,各地区、各部门要妥善安排好值班工作 。\n")
check((r["kind"], r["title"]) == ("notice", "某省人民政府办公厅关于2020年部分节假日安排的通知"), f"a heading with a part's number: {r['kind']} {r['title']!r}")



# A news headline wrapped after its dash over a quoted line: one headline; the posting line under
# it dates the item.
r = one("wrapped_headline.txt", "全国人大代表热议某某工作报告——\n“字字铿锵、振奋人心”(一)\n2023-03-08 07:58:03 | 来源:某某报\n \n"
        "  3月7日,十四届全国人大一次会议在北京人民大会堂举行第二次全体会议。这是代表们在认真听会。\n\n全国人大代表 杨某\n\n"
        "  工作报告提到要依法服务乡村振兴和区域协调发展,乡村治理,法治先行。(记者 陆某某 整理)\n")
check((r["kind"], r["title"], r["fields"].get("date")) == ("news", "全国人大代表热议某某工作报告——“字字铿锵、振奋人心”(一)", "2023-03-08"),
      f"a headline wrapped after its dash: {r['kind']} {r['title']!r} {r['fields'].get('date')}")
# A rule flattened onto one line under a document site's head (`文档简介`): title, 题注, chapters
# and articles cut back apart; the head's order (`…部长令`) is the ministry's; a citation of an
# article inside a sentence opens none.
r = one("flat_rule.txt", "版权说明:本文档由用户提供并上传\n文档简介\n某某学校学生管理规定(2005年3月25日某某部部长令第21号公布,2005年9月1日起施行)"
        "第一章总则第一条为维护学校正常的教育教学秩序,制定本规定。第二条本规定适用于学校对学生的管理。第三条学生违反本规定第二条的,依照本规定处理。"
        "第二章学生的权利与义务第四条学生在校期间依法享有下列权利。第五条本规定自2005年9月1日起施行。\n")
f = r["fields"]
check((r["kind"], r["title"], f.get("issuer"), f.get("promulgated"), f.get("effective")) ==
      ("regulation", "某某学校学生管理规定", ["某某部"], "2005-03-25", "2005-09-01"),
      f"a flattened rule: {r['kind']} {r['title']!r} {f.get('issuer')} {f.get('promulgated')} {f.get('effective')}")
marks = [s["marker"] for s in r["sections"]]
check(marks == ["第一章", "第一条", "第二条", "第三条", "第二章", "第四条", "第五条"], f"its chapters and articles: {marks}")

# A sample site's decorations after a title: its collection's count in words, a piece's count set
# apart with its 推荐, a word count, a document site's page count before the file's extension.
for name, heading, want in [("collection", "小学学校校长述职报告范文锦集八篇", "小学学校校长述职报告"),
                            ("piece", "小学校长述职报告推荐 篇1", "小学校长述职报告"),
                            ("words", "某某学院七一党课讲稿9500字", "某某学院七一党课讲稿"),
                            ("pages", "集团公司员工奖励与惩戒管理制度25页.doc", "集团公司员工奖励与惩戒管理制度")]:
    r = one(f"decorated_{name}.txt", f"{heading}\n{BODY}\n")
    check(r["title"] == want, f"a sample site's decoration ({name}): {r['title']!r}")

# A column's label the title repeats (`【村规民约】…村规民约`), over a rule's articles.
r = one("column_label.txt", "【村规民约】某某县某某镇某某村村规民约\n总 则\n第一条 为切实把我村建设成为社会主义新农村，特制定本村规民约。\n"
        "第二条 本规约对全体村民具有约束力。\n第三条 本规约自通过之日起施行。\n")
check((r["kind"], r["title"]) == ("regulation", "某某县某某镇某某村村规民约"), f"a repeated column label: {r['kind']} {r['title']!r}")
r = one("collection_rule.txt", "?\n企业奖惩管理制度(通用7篇)\n为了便于管理，公司一般都会制定一些相关的管理制度。\n企业奖惩管理制度篇1\n"
        "第一条 为严明纪律，奖励先进，制定本制度。\n第二条 本制度适用于公司全体员工。\n第三条 本制度自发布之日起施行。\n")
check(r["kind"] == "regulation", f"a rule under a collection's count: {r['kind']} {r['title']!r}")

# A hospital's page: its versions' menu and a trail after the column's name over a news item.
r = one("menu_trail.txt", "公众版|医院版|英文版|返回引导页\n \n工作动态 首页 > 行政工作 > 工作动态\n\n某某医院召开2023年医疗工作会议\n\n"
        "来自:   发布时间:2023-02-03\n\n  2月1日下午，医院在科研楼八楼学术报告厅召开2023年医疗工作会议暨中层干部大会，医院党政领导班子成员参加会议。"
        "会议由医院党委副书记、院长杨某某主持。\n\n  会上，医院党委书记聂某某首先代表医院领导班子讲话。\n")
check((r["kind"], r["title"]) == ("news", "某某医院召开2023年医疗工作会议"), f"a menu and a trail over a news item: {r['kind']} {r['title']!r}")

# A report to the congress a site titled a speech: the delivery formula decides.
r = one("retitled_report.txt", "区政府工作会议的讲话\n\n时间:2022-07-15 08:03:00\n\n区政府工作会议的讲话\n\n各位代表:\n\n"
        f"现在,我代表区人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n\n一、2008年工作回顾\n\n{BODY}\n")
check((r["kind"], r["fields"].get("issuer")) == ("work_report", ["区人民政府"]), f"a report titled a speech: {r['kind']} {r['fields'].get('issuer')}")
# Its salutation run on into the formula on a document site's line; the committee's 的委托.
r = one("glued_formula.txt", "乡镇政府换届工作报告\n\n页数:7页\n\n乡镇政府换届工作报告 _第1页\n资源描述:\n\n"
        "1、乡镇政府换届工作报告乡镇政府换届工作报告各位代表:  现在,我受镇人民政府委托,向大会作政府工作报告,请予审议。 " + BODY + "\n")
check((r["kind"], r["title"], r["fields"].get("issuer")) == ("work_report", "乡镇政府换届工作报告", ["镇人民政府"]),
      f"a formula after a glued salutation: {r['kind']} {r['title']!r} {r['fields'].get('issuer')}")
r = one("committee_de.txt", f"人大常委会工作报告\n\n各位代表:\n\n我受某某市某某区人民代表大会常务委员会的委托,向大会报告工作,请予审议。\n\n一年来，{BODY}\n")
check(r["fields"].get("issuer") == ["某某市某某区人民代表大会常务委员会"], f"a committee's 的委托: {r['fields'].get('issuer')}")
# A site's heading over the retitled report it repeats: the plain line under it.
r = one("site_heading.txt", f"美章网 资料文库 镇政府报告范文\n\n镇政府报告范文\n\n镇政府报告\n\n各位代表:\n\n现在,我代表镇人民政府,向大会作政府工作报告,请予审议。\n\n{BODY}\n")
check((r["kind"], r["title"]) == ("work_report", "镇政府报告"), f"a site's heading over a report: {r['kind']} {r['title']!r}")
# The speaker under a standing committee's report: its chairman.
r = one("chairman.txt", f"全国人民代表大会常务委员会工作报告\n\n——2023年3月7日在第十四届全国人民代表大会第一次会议上\n\n全国人民代表大会常务委员会委员长 栗某某\n\n"
        f"各位代表:\n\n现在,我受全国人民代表大会常务委员会委托,向大会报告工作,请予审议。\n\n{BODY}\n")
check(r["fields"].get("speaker") == "栗某某", f"a chairman's report: {r['fields'].get('speaker')}")

# An experience piece titled in brackets run on into its text, and one under a site's preface.
r = one("bracketed_summary.txt", "【医院年度工作总结范文】2024年,在上级主管部门的正确领导下,我院全面完成了年度各项工作任务。现将本年度工作总结如下:\n"
        f"一、主要工作完成情况\n{BODY}\n二、存在的问题\n{BODY}\n")
check((r["kind"], r["title"]) == ("experience", "医院年度工作总结"), f"a bracketed title run on: {r['kind']} {r['title']!r}")
r = one("preface.txt", "开篇:某某网以专业的文秘视角,为您筛选了一篇乡镇新农村建设经验交流汇报材料范文。欢迎您的阅读与分享!\n因地制宜创特色构建和谐新农村\n"
        f"某某镇是全省新农村建设示范乡镇之一。过去的一年里，我们进行了积极有益的探索。现将有关情况汇报如下:\n一、规划先行，全力建设新农村\n{BODY}\n二、产业为本\n{BODY}\n")
check((r["kind"], r["title"]) == ("experience", "因地制宜创特色构建和谐新农村"), f"under a site's preface: {r['kind']} {r['title']!r}")

# News as local desks and wires print it: a desk named with its reporter in brackets, a site's
# station, a wire's headline under its dateline with the reporter's byline, a flourish before the day.
r = one("desk_reporter.txt", "本网讯(王某某)2016年3月12日上午,在某某县第十七届人民代表大会第五次会议上,某某法院院长所作的法院工作报告经代表表决获得全票通过。\n"
        "与会代表认真听取了工作汇报，并在随后的分团讨论中提出意见和建议。\n")
check((r["kind"], r["fields"].get("reporters")) == ("news", "王某某"), f"a desk's reporter in brackets: {r['kind']} {r['fields'].get('reporters')}")
r = one("station.txt", "某某镇政协联工委开展留守儿童调研\n红网某某站\n \n06-11 11:05\n\n红网某某站讯 近日,某某镇政协联工委、妇联共同组成调研小组,就该镇留守儿童学习、生活情况进行了走访调研。"
        "经研究决定，该镇下阶段将开展关爱活动。\n")
check(r["kind"] == "news", f"a site's station desk: {r['kind']}")
r = one("wire.txt", "新华社北京12月29日电 题:到祖国最需要的地方去——致敬“最美基层高校毕业生”(下)\n新华社记者王某某\n"
        "到基层去，到祖国最需要的地方去。在实现中华民族伟大复兴的征程中书写青春华章。\n中央宣传部、人力资源社会保障部近日在京举办发布仪式，向全社会公开发布先进事迹。\n")
check((r["kind"], r["title"], r["fields"].get("author")) == ("news", "到祖国最需要的地方去——致敬“最美基层高校毕业生”(下)", "王某某"),
      f"a wire's headline under its dateline: {r['kind']} {r['title']!r} {r['fields'].get('author')}")
r = one("flourish.txt", "某某镇:交流学习拓思路,取长补短促提升\n阳春三月,万物复苏。3月1日,某某镇某某村分别到某某镇某某村进行交流学习。\n"
        "在学习交流中，双方紧紧围绕乡村产业发展进行探讨，各自交流了经验做法。在某某村，现场听取了产业发展情况介绍，共同调研了村级茶叶基地。\n")
check(r["kind"] == "news", f"a flourish before the day: {r['kind']}")

# A stock site's menu over a company's articles of association: its bulleted item (`• 公司公告`)
# makes no 公告 of the line above it. (A trail's last bullet may be the title: `• 关于…的通知`.)
r = one("bullet_menu.txt", "意见反馈 手机随时随地看行情\n  • 公司公告\n\n公司公告\n\n*ST某某:章程2020-09-30\n\n    某某投资控股股份有限公司章程\n\n"
        "    第一章       总则\n\n    第一条 为维护公司、股东和债权人的合法权益，制订本章程。\n\n    第二条 公司系依照有关规定成立的股份有限公司。\n\n"
        "    第三条 本章程自股东大会通过之日起施行。\n")
check((r["kind"], r["title"]) == ("regulation", "某某投资控股股份有限公司章程"), f"a bulleted menu item: {r['kind']} {r['title']!r}")
r = one("bullet_title.txt", "当前位置:首页 >\n  • 最新公开信息\n  • 关于 2026 年元旦及寒假放假安排的通知\n\n    发布时间:2025-12-18 19:00:23浏览次数:0\n\n"
        "    各处室、学院:\n\n    根据国务院办公厅文件精神，结合我校实际，现将 2026 年元旦及寒假放假安排通知如下:\n\n     一、元旦假期安排 1月1日至3日放假调休，共 3 天。\n")
check((r["kind"], r["title"].replace(" ", "")) == ("notice", "关于2026年元旦及寒假放假安排的通知"), f"a trail's last bullet is the title: {r['kind']} {r['title']!r}")
# A forum's post header over a reposted item: the poster and the posting time are the page's.
r = one("forum_post.txt", "张某某 发表于 2025-3-7 22:50:57\n\n某省政府下达2025年国民经济和社会发展计划\n\n"
        "3月6日，某省人民政府召开常务会议，研究下达2025年国民经济和社会发展计划。会议强调，要扎实推进各项工作。\n\n会议指出，今年是关键之年。\n")
check(r["title"] == "某省政府下达2025年国民经济和社会发展计划", f"a forum's post header: {r['kind']} {r['title']!r}")

# A covering notice signed beside its last sentence, set apart by runs of spaces, over the rules
# it issues: the organ and the date are the signature, the rules' articles come after.
r = one("gapped_signature.txt", "关于修订某某审批办法的通知\n\n某府办〔2000〕46号\n\n"
        "省府直属各单位：   《某某审批办法》已作了修订，经省人民政府同意，现印发给你们，请按照执行。                        某省人民政府办公厅                        二○○○年四月十七日\n\n"
        "某某审批办法\n\n一、奖励表彰分类和规格\n\n（一）下列奖项以省政府名义奖励表彰。\n\n二、审批程序\n\n（一）由主办单位提出申请。\n")
f = r["fields"]
check((r["kind"], f.get("issuer"), f.get("date")) == ("notice", ["某省人民政府办公厅"], "2000-04-17"),
      f"a signature set apart by spaces: {r['kind']} {f.get('issuer')} {f.get('date')}")

# A news item's writer credited at its end, a page's stray bar after the credit.
r = one("closing_reporter.txt", "某区人大会议期间，区领导分别参加了各代表团审议。 审议中，大家认为，区政府工作报告立足实际，目标明确、思路清晰、举措有力。 "
        "大家纷纷表示，将立足自身实际，增强履职能力，办好人民群众所急、所需、所盼的民生实事。(记者 王某) |\n")
check(r["fields"].get("author") == "王某", f"a reporter credited at the end: {r['kind']} {r['fields'].get('author')}")

# Probe 11's shapes (held-out 公文 pages).
# A court's notice with no title, its 主送 first and its close looking back (`以上通知，希认真执行。`);
# a notice it cites in its first sentence is no title of its own.
r = one("headless_court.txt", "全国地方各级人民法院:\n自从我院在1962年2月12日发出关于迅速、认真办好有关法院委托事项的通知以来,多数法院对委托与受委托的调查工作是重视的。"
        "但也有少数法院对委托事项拖延不办，有的甚至长期不予答复，影响了案件的及时审理。\n鉴于上述情况,我们特重申1962年2月12日通知的精神。\n以上通知,希认真执行。\n")
check((r["kind"], r["title"], r["fields"].get("recipients_text")) == ("notice", "", "全国地方各级人民法院"),
      f"a headless notice: {r['kind']} {r['title']!r} {r['fields'].get('recipients_text')}")
# An announcement to a community and the households it covers.
r = one("households.txt", "某某镇某某社区及有关农户:\n因公共利益需要,现将有关事项公告如下:\n一、征收范围\n拟征收你村土地。\n特此公告。\n某某县人民政府\n2023年6月27日\n")
check((r["kind"], r["fields"].get("recipients_text")) == ("announcement", "某某镇某某社区及有关农户"), f"an organ and its households: {r['kind']} {r['fields'].get('recipients_text')}")
# The page lists the file under the text, its number before its title: the number, not the title.
r = one("file_listing.txt", "关于2023年秋季学期开学的通知\n发布时间:2023-08-21 动态浏览次数:1094\n\n各学院(部),各部(处、室、中心、馆):\n\n"
        "       为了保证开学初各项工作的正常进行,现将有关工作通知如下:\n\n       一、相关安排\n\n       1.9月4日正式上课。\n\n\n福软办〔2023〕26号 关于2023年秋季学期开学的通知\n")
f = r["fields"]
check((r["title"], f.get("recipients_text"), (f.get("doc_number") or {}).get("text")) == ("关于2023年秋季学期开学的通知", "各学院(部),各部(处、室、中心、馆)", "福软办〔2023〕26号"),
      f"a file listed under the text: {r['title']!r} {f.get('recipients_text')} {f.get('doc_number')}")
# A portal's header (today's date and weekday, its switches) over a report named by what it reports.
r = one("portal_header.txt", "某某市某某区人民政府 2019年12月3日星期二\n\n无障碍 简体| 繁体\n\n某某区2023年度法治政府建设情况报告\n来源:某某区人民政府办公室 发布时间:2024-03-28 09:18\n\n"
        "某某区2023年度法治政府建设情况报告\n\n 2023年,某某区坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻习近平法治思想。\n\n一、主要负责同志履行推进法治建设第一责任人职责情况\n")
check((r["kind"], r["title"]) == ("report", "某某区2023年度法治政府建设情况报告"), f"a portal's header: {r['kind']} {r['title']!r}")
# A circular flattened onto one line, no title: its act (`决定授予…，并予以通报表彰`) names it.
r = one("commend.txt", "|\n各县(区)人民政府、管委会,市政府各部门,市直各单位: 2009年,全市政府系统认真开展政务督查工作，取得了明显成效。"
        "为表彰先进，市政府决定授予下列单位和个人为2009年度全市政务督查和建议提案办理工作先进单位和先进个人,并予以通报表彰。 一、先进单位 市监察局 市民政局 "
        "希望受表彰的单位和个人珍惜荣誉,再接再厉。 二○一○年三月二十九日\n|\n")
check(r["kind"] == "circular", f"a circular's act far from its 决定: {r['kind']}")
# A sample site's word between a short 请示 and its 主送, and its first sample's count.
r = one("sample_request.txt", "解决抗旱资金请示\n请求县人民政府解决抗旱资金,以解燃眉之急。下文是小编收集的解决抗旱资金的请示,欢迎阅读!\n一\n市审计局:\n"
        "鸡街镇地处寻甸西部,是传统农业乡镇。由于持续两年干旱,缺水问题严重影响了人民群众的生产生活。\n妥否,请批示。\n")
check((r["kind"], r["fields"].get("recipients_text")) == ("request", "市审计局"), f"a sample site's word over a 请示's 主送: {r['kind']} {r['fields'].get('recipients_text')}")
# An order's masthead, a database's link, then its number.
r = one("order_link.txt", "某某市人民政府令\n\nOriginal URL: http://lib.example.cn/bin/mse.exe?K=d70&A=12&rec=202\n\n第77号\n"
        "《某某市突发公共卫生事件应急办法》已经2003年9月29日第七次市政府常务会议研究通过,现予发布施行。\n\n市长张某某\n\n2003年10月15日\n")
check((r["kind"], r["title"], (r["fields"].get("doc_number") or {}).get("number")) == ("order", "某某市人民政府令", 77),
      f"an order's masthead over a link: {r['kind']} {r['title']!r} {r['fields'].get('doc_number')}")
# A document site's file name cut short and glued before the flattened title.
r = one("cut_file_name.txt", "关于评选表彰2018年度“五四红旗团委”和“优秀共青团干部..doc:..关于评选表彰2018年度“五四红旗团委”和“优秀共青团干部”、“优秀共青团员”的通知"
        "各县区团委,各大中专院校团委:2017年,全市各级团组织认真贯彻党的十九大精神,紧密围绕全市党政大局和全团工作部署,积极稳妥推进共青团改革,扎实推进团内重点工作。"
        "为表彰先进，经研究，决定开展评选表彰工作。现将有关事项通知如下:一、评选范围。全市各级团组织。二、评选条件。政治坚定。\n")
check(r["title"] == "关于评选表彰2018年度“五四红旗团委”和“优秀共青团干部”、“优秀共青团员”的通知", f"a cut file name before the title: {r['title']!r}")
# An undated signature over the site's contacts.
r = one("contacts.txt", "关于开展工会知识竞赛的通知\n各分工会:\n为丰富职工文化生活，决定开展工会知识竞赛。\n请各分工会于1月20日前报送参与情况。\n"
        "某某大学工会委员会\n地址:某某省某某市某某区某某大学\n邮编:550025\n邮箱:lu@example.edu.cn\n电话:0851-88292601\n(官方微信公众号)\n")
check(r["fields"].get("issuer") == ["某某大学工会委员会"], f"an undated signature over the site's contacts: {r['fields'].get('issuer')}")

# A 主送 whose colon the page lost, over the body; a 题注's date in brackets with the number after it.
r = one("colonless.txt", "某某区人民政府办公室\n\n关于印发某某区城市精细化管理\n\n实施细则的通知\n\n各街道办事处,区级各部门,某某新区管委会\n\n"
        "《某某区城市精细化管理实施细则》已经区政府常务会审议通过,现印发你们,请认真遵照执行。\n\n某某区人民政府办公室\n\n2020年10月28日\n")
check(r["fields"].get("recipients_text") == "各街道办事处,区级各部门,某某新区管委会", f"a 主送 without its colon: {r['fields'].get('recipients_text')}")
r = one("bracketed_date.txt", "关于授予第十届“全国见义勇为英雄”荣誉称号的决定\n(2006年11月20日)公宣[2006]462号\n"
        "2005年表彰大会以来,全国又涌现出了许许多多的见义勇为英雄。为此,有关部门决定:授予某某同志“全国见义勇为英雄”荣誉称号。\n北京市\n某某\n")
f = r["fields"]
check((f.get("date"), (f.get("doc_number") or {}).get("key")) == ("2006-11-20", "公宣〔2006〕462号"), f"a bracketed date before the number: {f.get('date')} {f.get('doc_number')}")

# Probes 13 and 14's shapes.
# A trail labelled `位置:` over a report a sample site titled `…全文`.
r = one("trail_label.txt", f"范文\n\n位置:首页 > 范文 > 工作报告\n\n市长政府工作报告全文\n\n发布时间:2024-08-22 16:21:23\n\n  各位代表:\n\n"
        f"  现在，我代表市人民政府，向大会报告工作，请予审议。\n\n{BODY}\n")
check((r["kind"], r["title"]) == ("work_report", "市长政府工作报告"), f"a trail labelled 位置: {r['kind']} {r['title']!r}")
# A trail without its home, its parts between arrows; a label with no value (`作者: 编辑: …`).
r = one("homeless_trail.txt", "某某在线  >  某某新闻网  >  专题专栏  >  县委书记专栏\n\n中共某某县委成立90周年纪念活动举行\n\n"
        "2017-11-27 09:24:41来源: 作者: 编辑: 林某某\n\n  本网11月26日讯(记者 王某某)11月24日,中共某某县委成立90周年纪念活动在某某镇举行。\n")
check((r["kind"], r["title"], r["fields"].get("author"), r["fields"].get("reporters")) == ("news", "中共某某县委成立90周年纪念活动举行", None, "王某某"),
      f"a trail without its home: {r['kind']} {r['title']!r} {r['fields'].get('author')} {r['fields'].get('reporters')}")
# A site's links to related texts over a model charter; a bilingual site's translation after a title.
r = one("related_links.txt", "- 最新社会团体章程示本 推荐度:\n- 社会团体章程示本 推荐度:\n- 相关推荐\n社会团体章程示范\n"
        "不会制定社会团体章程?下面请参考小编给大家整理收集的社会团体章程示范,供大家阅读参考。\n第一章 总则\n第一条 本协会名称为某某市美术家协会。\n"
        "第二条 本会在市民政局的指导下开展工作。\n第三条 本团体的宗旨是团结美术工作者。\n")
check((r["kind"], r["title"]) == ("regulation", "社会团体章程示范"), f"related links over a model charter: {r['kind']} {r['title']!r}")
r = one("bilingual.txt", "上海市促进行业协会发展规定 Provisions of Shanghai Municipality on Promoting the Development of Trade Associations\n"
        "第一条 为了促进行业协会发展，制定本规定。\n第二条 本规定适用于本市行业协会。\n第三条 本规定自2002年10月1日起施行。\n")
check(r["title"] == "上海市促进行业协会发展规定", f"a bilingual title: {r['title']!r}")
# A speech title wrapped under the same title on one line: the whole title, not its second line.
r = one("wrapped_speech.txt", "在全县“光荣在党50年”纪念章集中颁发仪式上的讲话\n\nVIP专免\n在全县“光荣在党 50 年”纪念章\n集中颁发仪式上的讲话\n"
        "同志们:今天,我们在这里隆重集会,为全县党龄达到 50 周年的部分老党员集中颁发纪念章。\n")
check(r["title"].replace(" ", "") == "在全县“光荣在党50年”纪念章集中颁发仪式上的讲话", f"a wrapped speech title: {r['title']!r}")
# A page's preview running the title on into its subtitle and salutation.
r = one("preview.txt", "倍加珍惜好形势 奋力夺取双胜利 ——在市X届人大X次会议闭幕式上的讲话 各位代表、同志们:X市第X届人民代表大会第X次会议,在全体代表。\n"
        "——在市X届人大X次会议闭幕式上的讲话\n各位代表、同志们:\nX市第X届人民代表大会第X次会议,在全体代表和与会同志的共同努力下,圆满完成了各项议程。\n")
check((r["kind"], r["title"]) == ("speech", "倍加珍惜好形势 奋力夺取双胜利"), f"a preview run on into its subtitle: {r['kind']} {r['title']!r}")
# A site's letter-spaced label over the title; a headless 决定 by its act.
r = one("spaced_label.txt", "政 府\n\n某某市人民代表大会常务委员会 关于接受张某某辞职请求的决定\n\n来源:    发布时间:2021-08-04 16:14:00\n\n"
        "某某市人民代表大会常务委员会\n\n关于接受张某某辞职请求的决定\n\n（2021年8月4日某某市第五届人民代表大会常务委员会第三十次会议通过）\n\n"
        "某某市第五届人民代表大会常务委员会第三十次会议决定:接受张某某辞去某某市人民政府副市长职务的请求。\n")
check(r["title"] == "某某市人民代表大会常务委员会关于接受张某某辞职请求的决定", f"a spaced site label over the title: {r['title']!r}")
r = one("headless_decision.txt", "某学字【2017】89号\n各系团总支、学生分会,各团支部:\n为扎实推进基层团支部“活力提升”工程，经研究，"
        "决定授予张某等5名同学“魅力团支书”的荣誉称号。\n希望受到表彰的团支书珍惜荣誉、再接再厉。\n共青团某某学院委员会\n二〇一七年十二月十二日\n")
f = r["fields"]
check((r["kind"], (f.get("doc_number") or {}).get("key"), f.get("date")) == ("decision", "某学字〔2017〕89号", "2017-12-12"),
      f"a headless 决定 by its act: {r['kind']} {f.get('doc_number')} {f.get('date')}")

# A host's script for a meeting (主持词) is said to the hall: a speech.
r = one("host_script.txt", "某某会议 主持词\n同志们:现在开会。\n为了认真贯彻落实市委农村工作会议精神，今天召开全市农村发展工作会议。"
        "会议的主要任务是总结去年工作，分析当前形势，部署今年工作。\n下面，请市长作工作报告。\n")
check(r["kind"] == "speech", f"a host's script: {r['kind']} {r['title']!r}")

done()
