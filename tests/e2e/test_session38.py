"""Session 38: documents from the eleventh round of held-out sets (probes 68–72) and the open
misses of earlier rounds. Each fixture is modelled on a document of those sets (names, places and
numbers replaced)."""
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()
filler = ("某某市纪委监委近日组织开展纪法业务培训，围绕监督检查、审查调查等方面，结合典型案例进行讲解，"
          "参训干部表示，培训内容贴近实际、针对性强，对提升履职能力很有帮助。")
# A portal that titles its pages with keyword tags (`某某市,纪检监察,纪委` as <title> and heading):
# the repost's own headline (`原标题：…`) is the title.
page = ('<html><head><title>某某市,纪检监察,纪委 - 某某文化产业网</title></head><body>\n'
        '<div class="nav"><a href="/">首页</a> <a href="/k">国内快报</a></div>\n'
        '<div class="article"><h1>某某市,纪检监察,纪委</h1>\n<p>时间：2031-06-13 来源：某某文化产业网</p>\n'
        '<p>原标题：某某：坚持问题导向 做实纪法业务培训<br></p>\n'
        + "".join(f"<p>{filler}</p>\n" for _ in range(4)) + '</div></body></html>\n')
r = one("tags.html", page)
check(r["title"] == "某某：坚持问题导向 做实纪法业务培训", f"the repost's headline, not the tags: {r['title']}")
# (A heading that is a headline keeps it.)
r = one("tags-headline.html", page.replace("<h1>某某市,纪检监察,纪委</h1>", "<h1>某某市纪委监委开展纪法业务培训</h1>")
        .replace("<title>某某市,纪检监察,纪委", "<title>某某市纪委监委开展纪法业务培训"))
check(r["title"] == "某某市纪委监委开展纪法业务培训", f"a headline kept over the original one: {r['title']}")

# A site's note of the month a notice went out, after its title (`…的通知（2031年11月）`): not the
# title's. A 公示 of one month issued the next keeps its month.
body = ("各省、自治区、直辖市教育厅（教委）：\n为贯彻落实全国教育工作会议精神，我部组织开展了第二批某某示范区评估工作。"
        "经各地推荐、专家评审，确定某某区等为第二批某某示范区。\n请各地认真总结经验，进一步加强某某工作。\n"
        "附件：第二批某某示范区名单\n\n教育部\n二〇三一年十一月二十九日\n")
r = one("month-note.txt", "教育部关于确定第二批某某示范区的通知（2031年11月）\n\n教职成函〔2031〕9号\n\n" + body)
check(r["title"] == "教育部关于确定第二批某某示范区的通知", f"the site's month dropped: {r['title']}")
check(r["fields"].get("date") == "2031-11-29", f"its date: {r['fields'].get('date')}")
r = one("month-covered.txt", "某某市就业见习补贴审核情况公示（2031年4月）\n\n根据有关规定，现将2031年4月就业见习补贴审核情况予以公示，"
        "公示期为5个工作日。如有异议，请于公示期内向某某市就业促进中心反映。\n\n某某市就业促进中心\n2031年5月11日\n")
check(r["title"] == "某某市就业见习补贴审核情况公示（2031年4月）", f"the month the 公示 covers kept: {r['title']}")

# A ministry's 新年贺词 on its site: signed by the organ and dated, the site's editors credited
# after it in brackets. The organ issues it on the day it signs, not the day the page went up.
para = "在这辞旧迎新的时刻，谨向全体某某人送上新年的美好祝福，向多年来始终关心支持某某事业发展的各级领导、各界友人致以衷心感谢！"
page = ('<html><head><title>某某部2031年新年贺词</title></head><body><div class="nav"><a href="/">首页</a></div>\n'
        '<div class="article"><h1>某某部2031年新年贺词</h1>\n<p>发布时间：2031-01-02 来源：某某部网站</p>\n'
        '<p>某某行业的广大干部职工：</p>\n' + "".join(f"<p>{para}</p>\n" for _ in range(5)) +
        '<p>让我们更加紧密地团结起来，砥砺奋进、勇往直前，以优异成绩迎接新的一年！</p>\n'
        '<p align="right">中华人民共和国某某部</p>\n<p align="right">2031年1月1日</p>\n'
        '<p>【编辑：张某 QQ:XXXXXXXXX；Tel:010-XXXXXXXX】</p>\n<p>【审核：李某】</p>\n<p>【终审：王某】</p>\n'
        '</div></body></html>\n')
r = one("heci.html", page, "--with-text")
check(r["kind"] == "speech", f"a 贺词: {r['kind']}")
check(r["fields"].get("issuer") == ["中华人民共和国某某部"], f"the organ that signs it: {r['fields'].get('issuer')}")
check(r["fields"].get("date") == "2031-01-01", f"the day it signs: {r['fields'].get('date')}")
check("终审" not in r.get("text", "") and "审核" not in r.get("text", ""), f"the editors' credits not its text: {r.get('text', '')[-60:]!r}")

# A law database's export of a city government's order: the rule's name first, then the order
# (`某某市人民政府令` / `（第16号）` bracketed / the promulgating sentence / `市长 危某某` / the date),
# then the rule. Two records: the order, numbered and issued by its organ (the mayor signs it),
# and the rule, which takes the order's organ, number and date.
rule = "".join(f"　　第{n}条　{t}\n" for n, t in [("一", "为了加强和规范某某数据管理，根据有关法律法规，结合本市实际，制定本办法。"),
                                                  ("二", "本市行政区域内某某数据的采集、共享、开放和安全管理，适用本办法。"),
                                                  ("三", "市某某主管部门负责统筹协调、指导监督全市某某数据管理工作。"),
                                                  ("四", "本办法自2031年6月15日起施行。")])
text = ("    【法宝引证码】 CLI.11.0000001\r\n原文链接：https://www.example.com/lar/0000.html\r\n某某市某某数据管理办法\r\n"
        "某某市人民政府令\r\n\r\n（第16号）\r\n　　《某某市某某数据管理办法》已经2031年4月29日某某市人民政府十五届94次常务会议审议通过，"
        "现予公布，自2031年6月15日起施行。\r\n市长 危某某\r\n\r\n2031年5月15日\r\n　　某某市某某数据管理办法\r\n第一章　总　则\r\n"
        + rule.replace("\n", "\r\n"))
recs = process_records(write("ling.txt", text))
check(len(recs) == 2 and recs[0]["kind"] == "order" and recs[1]["kind"] == "regulation", f"the order and its rule: {[r['kind'] for r in recs]}")
order, reg = recs[0], recs[-1]
check((order["fields"].get("doc_number") or {}).get("key") == "某某市人民政府令第16号", f"the bracketed number under the masthead: {order['fields'].get('doc_number')}")
check(order["fields"].get("issuer") == ["某某市人民政府"] and order["fields"].get("signatory") == "危某某",
      f"the organ issues it, the mayor (a rarer surname) signs it: {order['fields'].get('issuer')} {order['fields'].get('signatory')}")
check(reg["title"] == "某某市某某数据管理办法", f"the rule's title: {reg['title']}")
check(reg["fields"].get("issuer") == ["某某市人民政府"] and reg["fields"].get("issuer_from") == "order", f"the rule issued by the order's organ: {reg['fields'].get('issuer')} {reg['fields'].get('issuer_from')}")
check((reg["fields"].get("doc_number") or {}).get("key") == "某某市人民政府令第16号" and reg["fields"].get("date") == "2031-05-15",
      f"under the order's number, on its date: {reg['fields'].get('doc_number')} {reg['fields'].get('date')}")

# A norm titled 标准 that names itself (`本《标准》适用于…`) is a rule; a table of fees titled
# `…收费标准` is not.
norm = ("某某学校体育卫生条件试行基本标准\n\n　　根据有关文件要求，为保障中小学校体育、卫生工作的正常开展，制订本《某某学校体育卫生条件试行基本标准》"
        "（以下简称《标准》）。\n　　本《标准》适用于全日制小学、初级中学、高级中学。各地应当按照本《标准》对中小学校进行核查。\n"
        "一、体育教师\n　　小学1～2年级每5～6个班配备1名体育教师。\n二、体育场地器材\n　　学校体育场地应符合有关要求。\n")
r = one("norm.txt", norm)
check(r["kind"] == "regulation", f"a norm that names itself: {r['kind']}")
r = one("fees.txt", "某某资格考试收费标准\n\n收费项目\t计费单位\t收费标准\n实践技能考试\t元/人\t320\n综合笔试\t元/人\t140\n")
check(r["kind"] != "regulation", f"a table of fees: {r['kind']}")

# A portal's page of a 1960s decision: the adoption date in a subtitle under the heading, outside
# the article (`——一九六六年八月八日通过`), and the source bracketed whole after its label.
body = "".join(f"<p>{n}、某某问题</p>\n<p>当前开展的某某工作，是一场深刻的变革，是我国社会主义建设发展的一个更深入、更广阔的新阶段，必须认真做好。</p>\n" for n in "一二三四")
page = ('<html><head><title>中共中央关于某某工作的决定_某某思想网</title></head><body>\n<div class="nav"><a href="/">首页</a></div>\n'
        '<div class="show"><div class="head"><h3>中共中央关于某某工作的决定</h3>\n<div>——一九三六年八月八日通过</div>\n'
        '<div class="info">本文共阅读 6777 次 更新时间：2031-11-19 15:16</div></div>\n'
        '<div class="about"><p align="right">进入专题：<a href="/s?k=1">某某文献</a></p><div>● <strong>某某日报</strong></div></div>\n'
        '<div id="content"><div class="article-content">' + body + '<p>来源:（一九三七年八月九日《某某日报》）</p></div></div></div></body></html>\n')
r = one("decision.html", page)
check(r["fields"].get("date") == "1936-08-08", f"the adoption day in the subtitle, not the page's: {r['fields'].get('date')}")
check(r["fields"].get("source") == "一九三七年八月九日《某某日报》", f"the source inside its brackets: {r['fields'].get('source')}")
r = one("decision-bare.html", page.replace("<div>——一九三六年八月八日通过</div>", "<div>2031-11-19</div>"))
check("page_written_date" not in r["fields"] and r["fields"].get("date") != "1936-08-08",
      f"a bare date under the heading is the posting's, no date of the document's own: {r['fields'].get('page_written_date')} {r['fields'].get('date')}")

# A speech a wire carried, its day only in the dateline closing it (`（新华社北京9月3日电）`): that
# day, in the page's year.
para = "今天，我们在这里隆重集会，纪念某某胜利75周年。75年前的今天，某某人民以顽强的意志和英勇的斗争，取得了伟大胜利！"
page = ('<html><head><title>某某在纪念某某胜利75周年座谈会上的讲话</title></head><body><div class="article">\n'
        '<h1>某某在纪念某某胜利75周年座谈会上的讲话</h1>\n<p>来源：人民网－人民日报 2031年09月11日</p>\n<p>同胞们，同志们，朋友们：</p>\n'
        + "".join(f"<p>{para}</p>\n" for _ in range(5)) + '<p>（新华社北京9月3日电）</p>\n</div></body></html>\n')
r = one("wire-speech.html", page)
check(r["kind"] == "speech" and r["fields"].get("date") == "2031-09-03", f"the dateline's day: {r['kind']} {r['fields'].get('date')}")

# A paper's page of seminar speeches: the heading `post name：title`, a kicker `…研讨会发言摘登`
# and an editor's note (`编者按`) over the speech. The title is the speech's; the speaker the name.
note = "深入学习某某思想，是理论工作的重中之重。5月31日，我区某某研讨会在南宁召开，与会同志围绕有关议题展开研讨和交流。"
page = ('<html><head><title>自治区党委常委、宣传部部长 王某某：推动某某思想在八桂大地落地生根_某某规划办</title></head><body>\n'
        '<div class="article"><h2>自治区党委常委、宣传部部长 王某某：推动某某思想在八桂大地落地生根</h2>\n<p>【时间：2031年07月06日】【来源：某某日报】</p>\n'
        '<p><b>深入学习宣传贯彻某某思想研讨会发言摘登</b></p>\n<p><b>编者按</b></p>\n<p>' + note + '</p>\n'
        '<p><b>自治区党委常委、宣传部部长 王某某：推动某某思想在八桂大地落地生根</b></p>\n'
        + "".join(f"<p>{n}、要深入学习某某思想。我们要坚持学懂弄通做实，推动学习往深里走、往实里走、往心里走，切实把思想统一起来。</p>\n" for n in "一二三")
        + '</div></body></html>\n')
r = one("fayan.html", page)
check(r["title"] == "推动某某思想在八桂大地落地生根", f"the speech's own title: {r['title']}")
check(r["fields"].get("speaker") == "王某某" and r["fields"].get("position") == "自治区党委常委、宣传部部长",
      f"the speaker the heading names, not the note's label: {r['fields'].get('speaker')} {r['fields'].get('position')}")

# A site that kept an issued opinion alone under its own words for it (`印发《关于…的意见》的通知`,
# no 关于 of a notice's own): the page holds the opinion.
page = ('<html><head><title>印发《关于做好某某工作的意见》的通知</title></head><body><div class="article">\n'
        '<h1>印发《关于做好某某工作的意见》的通知</h1>\n<p>发布时间：2031-10-09</p>\n<p>关于做好某某工作的意见</p>\n'
        '<p>随着改革开放的深入和经济社会的发展，某某人员不断增多。根据有关规定，现就做好某某工作提出如下意见。</p>\n'
        + "".join(f"<p>{n}、做好某某工作，要坚持有关条件，按规定程序办事，严格把好政治关，切实提高工作质量。</p>\n" for n in "一二三")
        + '<p>四、本意见自下发之日起施行。</p>\n</div></body></html>\n')
r = one("yijian.html", page)
check(r["kind"] == "opinion" and r["title"] == "关于做好某某工作的意见", f"the opinion the page holds: {r['kind']} {r['title']}")
r = one("tongzhi.txt", "某某市经济和信息化局印发《关于推进某某建设的指导意见》的通知\n\n各有关单位：\n现将《关于推进某某建设的指导意见》印发给你们，请认真贯彻落实。\n\n某某市经济和信息化局\n2031年5月6日\n")
check((r["fields"].get("title_parts") or {}).get("issuer") == "某某市经济和信息化局" and (r["fields"].get("forwarded") or {}).get("title") == "关于推进某某建设的指导意见",
      f"the organ before the verb, the 关于 inside the quotation the issued title's: {r['fields'].get('title_parts')} {r['fields'].get('forwarded')}")

# A regulation's 题注: revised (修订) and issued anew, it is cited as it stands, by the last date;
# amended (修正) only, by its adoption.
arts = "".join(f"第{n}条　为了规范某某工作，根据有关规定，制定本条例。\n" for n in "一二三")
r = one("xiuding.txt", "某某基层组织工作条例\n（2009年11月5日中共某某委员会常委会会议审议批准　2010年8月13日中共某某委员会发布\n"
        "2031年2月26日中共某某委员会常委会会议修订　2031年4月16日中共某某委员会发布）\n第一章　总则\n" + arts)
check(r["kind"] == "regulation" and r["fields"].get("date") == "2031-04-16", f"revised and issued anew: {r['fields'].get('date')}")
check(r["fields"].get("issuer") == ["中共某某委员会"], f"the organ its 题注 says promulgated it, not the title's words: {r['fields'].get('issuer')}")
r = one("xiuzheng.txt", "某某旗法\n（1990年6月28日第七届全国人民代表大会常务委员会第十四次会议通过　根据2009年8月27日第十一届全国人民代表大会常务委员会"
        "第十次会议《关于修改部分法律的决定》第一次修正　根据2030年10月17日第十三届全国人民代表大会常务委员会第二十二次会议"
        "《关于修改〈某某旗法〉的决定》第二次修正）\n" + arts.replace("本条例", "本法"))
check(r["fields"].get("date") == "1990-06-28", f"amended only: cited by its adoption: {r['fields'].get('date')}")

# A web copy of a selected-works volume: its contents a bulleted list (`· 标题`), a stray date and
# author line inside it, then the pieces, each a title over its date; a part's span of years
# (`1937-1942`) over the first; a piece whose title carries its date (`介绍某某合作社（1938年4月15日）`);
# a meeting's days after the first (`（1937年11月14日、16日、18日）`).
para = "　　当前的局势，是处于暂时的局部的困难的境况，决不是最后的失败。我们要充分运用半年来的宝贵经验，研究战略战术，做好各项工作。"
text = ("《某某文选第一卷》\n\n目  录\n· 动员新兵及新兵政治工作\n· 党与抗日民主政权\n· 根据地建设与群众运动\n· 介绍某某合作社\n· 建设一个成熟的有战斗力的党\n"
        "  （一九三五年六月、十二月）  某某某  \n· 注释\n1937-1942\n动员新兵及新兵政治工作\n\n（1937年11月14日、16日、18日）\n\n一\n" + para + "\n" + para + "\n\n"
        "党与抗日民主政权\n（一九四一年四月十五日）\n" + para + "\n" + para + "\n\n"
        "根据地建设与群众运动\n（一九四二年五月三日）\n" + para + "\n" + para + "\n\n"
        "介绍某某合作社（1938年4月15日）\n\n一\n\n" + para + "\n" + para + "\n")
recs = process_records(write("wenxuan.txt", text))
arts = [r for r in recs if r["source"].get("container")]
check([a["title"] for a in arts] == ["动员新兵及新兵政治工作", "党与抗日民主政权", "根据地建设与群众运动", "介绍某某合作社（1938年4月15日）"],
      f"the pieces, not the contents' last entry nor the span of years: {[a['title'] for a in arts]}")

# A plan kept alone, as a policy library keeps the attachment of the notice that issued it: its
# genre, its period and its parts; a headline reporting one is news, not the plan.
body = ("为深入贯彻落实有关决策部署，加快推进设施农业现代化，结合本市实际，制定本方案。\n一、总体要求\n坚持以新发展理念为指导，统筹发展和安全。\n"
        "二、主要目标\n到2027年，全市设施农业现代化水平明显提升。\n三、重点任务\n（一）加快设施建设。推进老旧设施改造提升。\n"
        "四、保障措施\n（一）加强组织领导。建立工作推进机制。\n\n某某市农业农村委员会\n2031年4月3日\n")
r = one("fangan.txt", "某某市设施农业现代化提升行动方案（2031-2034年）\n\n" + body)
check(r["kind"] == "plan" and r["fields"].get("plan_type") == "方案" and r["fields"].get("period") == "2031-2034",
      f"a plan, its genre and period: {r['kind']} {r['fields'].get('plan_type')} {r['fields'].get('period')}")
check(r["fields"].get("parts") == ["一、总体要求", "二、主要目标", "三、重点任务", "四、保障措施"] and r["fields"].get("issuer") == ["某某市农业农村委员会"]
      and r["fields"].get("date") == "2031-04-03", f"its parts and signature: {r['fields'].get('parts')} {r['fields'].get('issuer')} {r['fields'].get('date')}")
r = one("fangan-news.txt", "我市出台设施农业现代化提升行动方案\n\n本报讯（记者 王某）近日，某某市印发设施农业现代化提升行动方案，提出到2034年全市设施农业现代化水平明显提升。"
        "方案明确了加快设施建设、推动科技应用等重点任务。\n市农业农村委员会有关负责人表示，将加强组织领导，抓好贯彻落实。\n")
check(r["kind"] != "plan", f"a report of a plan: {r['kind']}")

# A curated CSV whose issuer column notes who forwarded the document (`（国务院办公厅转发）`): the
# organs are the issuers, the note is not.
csv = ('title,issuer,date,content\r\n"2031年稳外资行动方案","商务部、国家发展和改革委员会（国务院办公厅转发）",2031-02-19,'
       '"为深入贯彻落实有关决策部署，进一步稳外资，制定本方案。一、总体要求。坚持稳中求进。二、主要目标。外资规模保持稳定。"\r\n')
r = process_records(write("curated.csv", csv), "--no-split")[0]
check(r["fields"].get("issuer") == ["商务部、国家发展和改革委员会"] or r["fields"].get("issuer") == ["商务部", "国家发展和改革委员会"],
      f"the organs without the curator's note: {r['fields'].get('issuer')}")

# A university's 预告 of the cadres it will examine, numbered in brackets after its title: a
# public notice like a 公示, the number its doc_number.
r = one("yugao.txt", "中层干部考察预告（2031年第12号）\n校内各部门：\n根据报名、资格审查、面试答辩等情况，经学校党委常委会研究，确定以下同志为部分中层干部岗位考察对象。\n"
        "一、学校党委办公室副主任岗位考察对象\n王某\n考察组将于2031年12月19日至12月25日到有关部门进行民主测评和考察谈话。\n特此预告。\n党委组织部\n2031年12月18日\n")
check(r["kind"] == "public_notice" and r["fields"].get("doc_type") == "预告" and (r["fields"].get("doc_number") or {}).get("text") == "2031年第12号",
      f"a 预告 with its number: {r['kind']} {r['fields'].get('doc_type')} {r['fields'].get('doc_number')}")

# A court's 批复 as a law database prints it: the 公告 that promulgated it and its date set between
# the title and the 主送. The 主送 is read past them; the promulgation dates it.
r = one("pifu.txt", "最高人民法院关于某某问题的批复\n（２０３０年１０月１１日最高人民法院审判委员会第１２４５次会议通过）\n中华人民共和国最高人民法院公告\n"
        "《最高人民法院关于某某问题的批复》已于２０３０年１０月１１日由最高人民法院审判委员会第１２４５次会议通过。现予公布，自２０３１年４月１８日起施行。\n"
        "二○三一年四月十六日\n某某省高级人民法院：\n你院《关于某某问题的请示》收悉。经研究，答复如下：\n一、某某企业以划拨方式取得的土地使用权不属于破产财产，有关人民政府可以予以收回。\n"
        "二、企业对该土地使用权无处分权，设定抵押的，应经有审批权限的人民政府批准。\n此复。\n")
check(r["kind"] == "reply" and r["fields"].get("recipients") == ["某某省高级人民法院"], f"the 主送 past the promulgating 公告: {r['kind']} {r['fields'].get('recipients')}")
check(r["fields"].get("date") == "2031-04-16", f"dated by its promulgation: {r['fields'].get('date')}")

# A TRS page that prints no date: its own file name dates it (`t20310428_4345077`), from its
# canonical address or from the name its pager script is given.
para = "按照本基地的观测安排，从2031年5月1日开始，本年度望远镜观测时间正式全部对外开放。非常感谢各位老师在过去对本基地各项工作的大力支持！"
page = ('<html><head><title>观测季节对外全部开放观测时间的通知----某某观测站</title>{link}'
        '<script>function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){{ var x = "a"; }}</script></head><body>\n'
        '<table><tr><td class="title">观测季节对外全部开放观测时间的通知</td></tr>\n<tr><td id="content"><p>尊敬的望远镜用户：</p>'
        + "".join(f"<p>{para}</p>" for _ in range(3)) + '<p>特此通知</p></td></tr></table>\n{pager}</body></html>\n')
r = one("trs-pager.html", page.format(link="", pager='<script>createPageHTML(1, 0, "t20310428_4345077", "html");</script>'))
check(r["fields"].get("date") == "2031-04-28" and r["fields"].get("date_from") == "page", f"dated by the pager's file name: {r['fields'].get('date')}")
r = one("trs-link.html", page.format(link='<link rel="canonical" href="http://www.example.gov.cn/tzgg/203104/t20310427_4345077.html">', pager=""))
check(r["fields"].get("date") == "2031-04-27", f"dated by its own address: {r['fields'].get('date')}")

# A compilation's 通报: its date in brackets glued before the 主送, and those the recipients are to
# pass it on to (`并转…`) listed after them.
r = one("tongbao.txt", "中央关于某某事件的通报\n（1951年3月18日）各中央局、各大军区、志愿军党委，并转分局、省委、区党委、大中市委：\n"
        "某某同志于二月二十七日在某某被特务刺杀。此事说明反革命分子的活动是很猖獗的，各地必须提高警惕，严防类似事件发生。\n中央\n三月十八日\n")
check(r["kind"] == "circular" and "、".join(r["fields"].get("recipients") or []) == "各中央局、各大军区、志愿军党委",
      f"the 主送 without the date before it or those it passes on to: {r['fields'].get('recipients')}")
check("、".join(r["fields"].get("relayed_to") or []) == "分局、省委、区党委、大中市委", f"those it is passed on to: {r['fields'].get('relayed_to')}")
check(r["title"] == "中央关于某某事件的通报" and (r["fields"].get("title_parts") or {}).get("issuer") == "中央",
      f"the centre as it signed then (中央), its title whole: {r['title']} {r['fields'].get('title_parts')}")
r = one("wangxinban.txt", "关于推进某某工作的通知\n各省、自治区、直辖市有关部门：\n为推进某某工作，现就有关事项通知如下。\n一、加强组织领导。\n\n工业和信息化部 中央网信办 国家发展改革委\n2031年5月6日\n")
check(r["fields"].get("issuer") == ["工业和信息化部", "中央网信办", "国家发展改革委"], f"the centre's own office one name: {r['fields'].get('issuer')}")

# A policy library's row titled with the general office's short name (`国办关于…的指导意见`): its
# issuer by its full name.
csv = ('标题,发布日期,正文\r\n"国办关于加强监管防范风险促进某某基金高质量发展的指导意见",2031-06-05,'
       '"各省、自治区、直辖市人民政府，国务院各部委、各直属机构：为加强监管、防范风险，促进某某基金高质量发展，经国务院同意，现提出以下意见。一、总体要求。二、强化登记备案管理。"\r\n')
r = process_records(write("guoban.csv", csv), "--no-split")[0]
check(r["fields"].get("issuer") == ["国务院办公厅"] and r["fields"].get("issuer_completed"), f"国办 by its full name: {r['fields'].get('issuer')}")

# A 公示 of a batch decided (`第2批…项目公示`) is a public notice; a call for comments on candidate
# projects stays other writing (test_official).
r = one("pici.txt", "2031年第2批某某市高新技术成果转化项目公示\n根据有关规定，经专家评审，现将2031年第2批某某市高新技术成果转化项目予以公示，公示期为7个工作日。"
        "如有异议，请在公示期内书面反映。\n某某市科学技术委员会\n2031年5月11日\n")
check(r["kind"] == "public_notice" and r["fields"].get("issuer") == ["某某市科学技术委员会"], f"a batch's 公示: {r['kind']} {r['fields'].get('issuer')}")

done()
