"""Session 41: documents from the fourteenth round of held-out sets (probes 93–96) and the open
misses of earlier rounds. Each fixture is modelled on a document of those sets (names, places and
numbers replaced)."""
import json
import os
import sys
import zipfile
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()

# A catalogue of laws (a research table: name, year, organ): its year column dates each law to the
# year alone, its note of a revision after the name (`…水法  修正`) is no part of the name, its joint
# organs in one cell (`某某计划委员会，某某部`) are two issuers, and a 方案 it lists by name is a plan.
csv = ("法律或政策名称,施行or修订时间,颁布机构\n"
       "中华人民共和国某某法,1988,全国人民代表大会常务委员会\n"
       "中华人民共和国某某法  修正,2002,全国人民代表大会常务委员会\n"
       "某某河可供水量分配方案,1987,国务院\n"
       "某某河年度分配及干流水量调度方案,1998,国家发展计划委员会，水利部\n")
recs = process_records(write("laws.csv", csv))
got = [(x["kind"], x["title"], x["fields"].get("date"), x["fields"].get("issuer")) for x in recs]
check([x[2] for x in got] == ["1988", "2002", "1987", "1998"], f"a year column dates to the year: {got}")
check(got[1][1] == "中华人民共和国某某法" and got[1][0] == "regulation", f"the revision note apart: {got[1]}")
label = recs[1]["fields"].get("dataset", {}).get("title_label")
check(label == "修正", f"the note kept as the row's label: {label}")
# (The longer notes whole: `已修改`, `部分失效`.)
longer = [(x["title"], x["fields"].get("dataset", {}).get("title_label")) for x in process_records(write("laws2.csv",
          "法律或政策名称,颁布机构\n中华人民共和国某某法  已修改,全国人民代表大会常务委员会\n某某省某某管理办法  部分失效,某某省人民政府\n"))]
check(longer == [("中华人民共和国某某法", "已修改"), ("某某省某某管理办法", "部分失效")], f"longer notes: {longer}")
check(got[2][0] == "plan" and got[3][0] == "plan", f"a 方案 a catalogue lists is a plan: {got}")
check(got[3][3] == ["国家发展计划委员会", "水利部"], f"joint organs in one cell: {got[3][3]}")
# (A catalogue's headline of one, `某市出台…行动方案`, is news of a plan.)
r = row("headline.jsonl", title="某某市出台促进消费行动方案")
check(r["kind"] != "plan", f"a headline naming a plan: {r['kind']}")
# (A 年份 column; a full date elsewhere in the row is preferred to it.)
r = row("year.jsonl", title="某某省取水许可管理办法", 年份="2008")
check(r["fields"].get("date") == "2008", f"a 年份 column: {r['fields'].get('date')}")
r = row("year-and-day.jsonl", title="某某省取水许可管理办法", 年份="2008", 发布日期="2008-07-09")
check(r["fields"].get("date") == "2008-07-09", f"a day over a year: {r['fields'].get('date')}")
# (A spreadsheet's date serial a CSV export kept as the number: `42529` is 2016-06-08.)
recs = process_records(write("serial.csv", "城市,文件,时间\n某市,某某市人民政府办公厅关于促进房地产市场健康发展的意见,42529\n"))
check(recs[0]["fields"].get("date") == "2016-06-08", f"a sheet's serial: {recs[0]['fields'].get('date')}")
# (A month in a year column: `2008-07`, no day made up.)
r = row("month.jsonl", title="某某省取水许可管理办法", 发布时间="2008年7月")
check(r["fields"].get("date") == "2008-07", f"a month's date: {r['fields'].get('date')}")

# A crawler's flattened text, number glued before the title (`冀某政规〔2032〕2号某某省科学技术厅关于
# 公布部门规范性文件清理结果的通知各市科技局，…：`): the number apart, the title from the organ on
# (`规范性文件` in the title is no masthead's `…文件`).
text = ("\n某科政规〔2032〕2号某某省科学技术厅关于公布部门规范性文件清理结果的通知各市科技局，省直有关部门，有关单位："
        "\u3000\u3000按照《某某省规范性文件管理办法》等有关规定，我们对部门规范性文件进行了认真清理。现将清理结果公布如下。"
        "\u3000\u3000（一）39件规范性文件保留，继续适用。\u3000\u3000（二）23件规范性文件列入限期修改，修改期内原文件继续执行。"
        "\u3000\u3000（三）8件规范性文件予以废止，不再执行。" + "\u3000" * 20 + "某某省科学技术厅" + "\u3000" * 20 + "2032年9月30日\n")
r = row("flattened.jsonl", 标题="关于公布部门规范性文件清理结果的通知", 时间="2032-09-30", 内容=text)
number = (r["fields"].get("doc_number") or {}).get("text")
check(r["title"] == "某某省科学技术厅关于公布部门规范性文件清理结果的通知", f"the title without the number: {r['title']}")
check(number == "某科政规〔2032〕2号", f"the number glued before it: {number}")
check(r["fields"].get("recipients") == ["各市科技局", "省直有关部门", "有关单位"], f"its 主送: {r['fields'].get('recipients')}")

# A rule whose flattened text opens with its number in brackets (`（某科财字〔2031〕1号）　　摘要：…`).
text = ("\n（某科财字〔2031〕1号）\u3000\u3000摘要：为加强我省实验动物管理，制定本办法。\u3000\u3000第一章总则\u3000\u3000"
        "第一条为加强我省实验动物管理，根据《某某省实验动物管理办法》(某科财字[2023]016号)之规定，制定本办法。\u3000\u3000"
        "第二条在本省行政区域内实行实验动物许可证制度。\u3000\u3000第三条本办法自2031年12月28日起施行。\n")
r = row("rule.jsonl", 标题="某某省实验动物许可证管理办法（试行）", 时间="2031-12-28", 内容=text)
check(r["kind"] == "regulation", f"a 办法: {r['kind']}")
check(r["fields"].get("doc_number", {}).get("text") == "某科财字〔2031〕1号", f"its bracketed number: {r['fields'].get('doc_number')}")

# A 转发 notice and the 意见 it relays: the 意见's organs on the line under its title, spaced
# (`省教育厅　省发展改革委　省公安厅`), issue it; a number its body grounds on mid-sentence
# (`要认真按照国办发〔2030〕46号文要求`) is cited, never its own.
recs = process_records(write("relayed.txt",
    "某某省人民政府办公厅转发省教育厅等部门\n关于做好随迁子女升学考试工作意见的通知\n某府办〔2031〕137号\n\n"
    "各地级以上市人民政府，省政府各部门：\n　　省教育厅、发展改革委、公安厅《关于做好随迁子女升学考试工作的意见》已经省人民政府同意，"
    "现转发给你们，请认真贯彻执行。\n　　　　　　某某省人民政府办公厅\n　　　　　　2031年12月29日\n\n"
    "关于做好随迁子女升学考试工作的意见\n省教育厅　省发展改革委　省公安厅\n\n"
    "根据《国务院办公厅转发教育部等部门关于做好随迁子女升学考试工作意见的通知》（国办发〔2030〕46号）要求，现提出以下意见：\n"
    "　　一、高度重视随迁子女升学考试工作\n　　做好此项工作具有重要意义。各地、各有关部门要高度重视，要认真按照国办发〔2030〕46号文要求，"
    "积极稳妥地推进此项工作。\n　　二、工作要求\n　　各地要结合实际制定具体办法。\n"))
opinion = recs[-1]
check(opinion["kind"] == "opinion", f"the relayed 意见: {[(x['kind'], x['title']) for x in recs]}")
check(opinion["fields"].get("issuer") == ["省教育厅", "省发展改革委", "省公安厅"] and opinion["fields"].get("issuer_from") == "byline",
      f"the organs under its title: {opinion['fields'].get('issuer')} {opinion['fields'].get('issuer_from')}")
check(not opinion["fields"].get("doc_number"), f"a number its body grounds on: {opinion['fields'].get('doc_number')}")
# (One organ under a title, unbracketed, may be a 主送 that lost its colon: no byline.)
r = one("one-organ.txt", "关于做好冬季防火工作的通知\n某某县教育局\n\n为切实做好冬季防火工作，现将有关事项通知如下：\n一、提高认识\n各校要高度重视。\n")
check(r["fields"].get("issuer_from") != "byline", f"one organ's line: {r['fields'].get('issuer')} {r['fields'].get('issuer_from')}")

# A rule a saved page reports and prints in full (`某部组织制定了《某某技术管理规范(试行)》`, then
# `以下是…公布的《规范》全文：` and the rule under its own title), its sidebar a long list of
# teasers cut with dots before their links (`…享受政府特殊津贴。...[详细]`): the article is the
# rule, titled as printed, issued by the organ the lead names.
teasers = "".join(f"<li><p class='li_p02'>某某医院整形外科专家、主任医师、教授、博士生导师，从事整形外科临床工作{n}年，享受政府特殊津贴。..."
                  f"<a href='/a/zj/{n}.html'>[详细]</a></p></li>\n" for n in range(10, 50))
rule = "".join(f"<p>　　({n})医疗机构开展某某手术技术应当与其功能、任务相适应，有卫生行政部门核准登记的诊疗科目。</p>\n" for n in "一二三四")
r = one("reported-rule.html", "<html><head><title>某部组织制定了《某某手术技术管理规范(试行)》_某某协会</title></head><body>\n"
        "<div class='viewbox'><div class='title'><h2>某部组织制定了《某某手术技术管理规范(试行)》</h2></div>\n"
        "<div class='info'>时间:2031-01-04 16:13 来源:未知</div>\n<div class='content'><table width='100%'><tbody><tr><td>"
        "<p>　　为做好某某手术技术审核和临床应用管理，保障医疗质量和医疗安全，某部组织制定了《某某手术技术管理规范(试行)》，"
        "并于日前印发给各地卫生部门，要求遵照执行。</p>\n<p>　　以下是某部官方网站公布的《规范》全文：</p>\n"
        "<p>　　某某手术技术管理规范(试行)</p>\n<p>　　为规范某某手术技术审核和临床应用，保证医疗质量和医疗安全，制定本规范。</p>\n"
        "<p>　　一、医疗机构基本要求</p>\n" + rule + "</td></tr></tbody></table></div></div>\n"
        "<div class='bd01'><h1>专家介绍</h1><ul><div id='colee'>" + teasers + "</div></ul></div></body></html>\n")
check(r["kind"] == "regulation" and r["title"] == "某某手术技术管理规范(试行)", f"the rule the page prints: {r['kind']} {r['title']}")
check(r["fields"].get("issuer") in (["某部"], "某部") and r["fields"].get("issuer_from") == "release",
      f"the organ the lead names: {r['fields'].get('issuer')} {r['fields'].get('issuer_from')}")
# (An order's `《某某办法》已经…通过，现予公布` over the rule promulgates it: still an order.)
r = one("order.txt", "某某监督管理总局令\n2031年第2号\n《某某销售行为管理办法》已经2031年8月22日某某监督管理总局第6次局务会议审议通过，"
        "现予公布，自2032年3月1日起施行。\n局长　某某某\n2031年9月20日\n某某销售行为管理办法\n第一章　总则\n"
        "第一条　为规范销售行为，制定本办法。\n第二条　本办法适用于销售行为。\n")
check(r["kind"] == "order", f"an order over the rule it promulgates: {r['kind']} {r['title']}")

# A page whose only credit is a place (`<meta name="ContentSource" content="某江">` for a province's
# office): no outlet, no issuer. (Placeholders are modelled on a real province's name.)
r = one("place-credit.html", "<html><head><meta name='ContentSource' content='浙江'><meta name='PubDate' content='2031-06-03 11:18'>"
        "<title>某某监管局召开工作会议</title></head><body><h1>某某监管局召开工作会议</h1>"
        "<p>6月2日，某某监管局召开工作会议，传达学习有关会议精神，部署下一阶段重点工作。会议强调，要坚持稳中求进工作总基调。</p>"
        "<p>会议要求，各处室要认真抓好贯彻落实，确保各项工作任务按时完成。</p></body></html>\n")
check(r["fields"].get("issuer") != ["浙江"], f"a place credited: {r['fields'].get('issuer')} {r['fields'].get('issuer_from')}")

# A disclosure page's heading with its number in brackets (`…行政处罚信息公开表（某金罚决字〔2031〕52号）`):
# the number apart; a headline citing another's in 《》 keeps it.
page = ("<html><head><title>{t}</title><meta name='PubDate' content='2031-06-03 11:18'></head><body><h1>{t}</h1>"
        "<p>2031年6月2日，某某监管局依法对某某银行股份有限公司作出行政处罚，罚款合计人民币80万元，当事人已按期缴纳罚款。</p>"
        "<p>主要违法违规事实：贷款业务严重违反审慎经营规则，相关责任人员负有责任。</p></body></html>\n")
r = one("disclosure.html", page.format(t="某某监管局行政处罚信息公开表（某金罚决字〔2031〕52号）"))
check(r["title"] == "某某监管局行政处罚信息公开表" and (r["fields"].get("doc_number") or {}).get("text") == "某金罚决字〔2031〕52号",
      f"the number the heading carries: {r['title']} {r['fields'].get('doc_number')}")
r = one("cited.html", page.format(t="某某监管局转发《关于加强监管的通知》（某金发〔2031〕5号）"))
check(not (r["fields"].get("doc_number") or {}).get("text") or r["fields"].get("doc_number_from") != "title",
      f"a number cited in a headline: {r['fields'].get('doc_number')} {r['fields'].get('doc_number_from')}")

# The disclosure of a penalty decision (`…行政处罚信息公开表`) and a decision as served (`行政处罚决定书`):
# decisions by their 文种.
r = one("penalty.html", page.format(t="某某监管局行政处罚信息公开表"))
check(r["kind"] == "decision", f"a 行政处罚信息公开表: {r['kind']}")
r = one("served.txt", "某某市市场监督管理局\n行政处罚决定书\n某市监处罚〔2031〕12号\n当事人：某某商贸有限公司\n"
        "经查，当事人销售不符合标准的商品，违反了《中华人民共和国产品质量法》第四十九条的规定。现决定对当事人处以罚款人民币两万元。\n"
        "某某市市场监督管理局\n2031年3月5日\n")
check(r["kind"] == "decision", f"a 行政处罚决定书: {r['kind']} {r['title']}")

# A rule with appendices of samples (`附录6  外文摘要示例`, a table's cells one a line, a sample thesis's
# `Abstract`): one document, its appendices no pieces of a container. (A guard only: this text stays whole
# without the appendix rule too; the Word 97 file in binary-16, split into four before it, is its test.)
cells = "".join(f"{w}\n" for w in ("力；重力", "压力，压强；应力", "能量；功；热量", "功率；辐射通量", "电荷量", "电容", "电阻", "磁通量",
                                   "磁通量密度；磁感", "应强度", "电感", "摄氏温度", "光通量", "光照度", "吸收剂量"))
text = ("某某大学本科生毕业设计（论文）撰写规范\n（某大教〔2031〕37号）\n毕业设计（论文）是学生综合运用所学知识和技能的重要环节，为规范撰写，特制定本规范。\n"
        "一、毕业设计(论文)撰写的内容\n一份完整的毕业设计（论文）应包括以下几个方面：标题、摘要、目录、正文、参考文献、致谢。\n"
        "二、毕业设计(论文)的书写要求\n论文一律用A4纸打印，正文用小四号宋体，行距固定值20磅。\n三、其他\n本规范自发布之日起施行，由教务处负责解释。\n"
        "附录1  法定计量单位\n" + cells + "附录2  中文摘要示例\n基于某某协议的照明控制系统\n摘    要\n随着人民生活水平的提高，人们对照明的要求越来越高。\n"
        "关键词：照明，控制\n附录3  外文摘要示例\nThe lighting control system based on a protocol\nAbstract\n"
        "With the improvement of people's living standard, the demand for lighting is higher and higher.\nKey words: lighting, control\n"
        "附录4  正文示例（理工类）\n第1章 绪论\n1.1引言\n光注入建筑予生命，色彩渗透空间予运动。\n"
        "附录5  正文示例（文科类）\n第一章 引言\n近年来，外商直接投资对我省经济发展的影响日益显著。\n")
recs = process_records(write("rule-appendices.txt", text))
check(len(recs) == 1 and recs[0]["kind"] == "regulation", f"a rule with its appendices, one record: {[(x['kind'], x['title'][:20]) for x in recs]}")

# A university's unit under the university's name, one a line (`某某矿业大学` / `语言文字工作委员会办公室`):
# one signer.
r = one("unit-signs.txt", "关于开展普通话水平测试的通知\n各学院：\n根据省语委安排，现将本次普通话水平测试有关事项通知如下。\n"
        "一、报名时间\n2031年3月30日至4月3日。\n二、测试时间\n4月25日至26日。\n某某矿业大学\n语言文字工作委员会办公室\n2031年4月9日\n")
check(r["fields"].get("issuer") == ["某某矿业大学语言文字工作委员会办公室"], f"one signer: {r['fields'].get('issuer')}")

# A government's 若干措施 (numbered provisions, `本措施由…负责解释`) is a rule, by its name alone in a catalogue too.
r = row("measures.jsonl", title="某某省支持人工智能创新发展若干措施（试行）", issuer="某某省人民政府办公厅")
check(r["kind"] == "regulation", f"a 若干措施: {r['kind']}")

# A school's news table whose content column holds only pictures: the headline is all a row says
# (`某某出版社副总编带队到我校调研交流`), news by its verb.
r = row("school-news.jsonl", title="某某出版社副总编张某某带队到我校调研交流", pub_author="法学院", pub_time="2031-02-21")
check(r["kind"] == "news", f"a news list's headline alone: {r['kind']}")

# A news page printed to PDF: its menu and its site's name in small type over the headline, set large,
# a sidebar's heading beside it on its baseline (`…惠民生    热门排行`): the headline is the title.
import fixtures_binary as fb  # noqa: E402
pieces = [(1, 40.0, 60.0, 12, "雅黑", False, None, "首页    党政    要闻    观点    互动    地方"),
          (1, 40.0, 90.0, 10.5, "雅黑", False, "ADADAD", "某某网"),
          (1, 40.0, 130.0, 28.5, "雅黑", False, None, "某县供电公司：党建引领聚合力"),
          (1, 505.0, 130.0, 10.5, "雅黑", False, None, "热门排行"),
          (1, 40.0, 160.0, 12, "雅黑", False, "666666", "2031年06月13日16:10 | 来源：某某网")]
body = ["今年以来，某县供电公司积极探索乡村供电服务新模式，", "通过建立电力便民服务点，将供电服务网格融入基层治理，",
        "为农村居民提供更加便捷、更加高效的电力服务。", "据了解，该公司与当地政府创新合作模式，采取政府主导的方式。"]
pieces += [(1, 40.0, 200.0 + 24 * i, 15, "雅黑", False, None, t) for i, t in enumerate(body)]
r = process_records(write("printed-page.pdf", fb.pdf(None, placed_pieces=pieces), "wb"))[0]
check(r["title"] == "某县供电公司：党建引领聚合力", f"the headline set large: {r['title']!r}")
# (Session 42: news, the outlet's logo over the headline skipped, dated by its CMS info line.)
check(r["kind"] == "news" and r["fields"].get("date") == "2031-06-13", f"a printed news page: {r['kind']} {r['fields'].get('date')}")

# A company portal's tab over a speech (`董事长讲话` / `赢第一` / `某某某董事长在集团2031年员工大会上的讲话`):
# no title, and the short line under it no speaker; the speaker is the one the speech's line names.
r = one("portal-speech.txt", "董事长讲话\n赢第一\n刘某某董事长在集团2031年员工大会上的讲话\n(内部公开版)\n"
        "各位同事，新年好！2030年是积极进取、振奋人心的一年！我代表董事会对各位今年的成绩表示祝贺！\n"
        "刚才侯总对2030年进行了回顾，我都同意。下面，重点谈谈我的看法。\n一、当前形势看机遇与挑战\n国内外形势异常复杂，我们要看清大势。\n"
        "二、做第一\n同志们，让我们团结一心，赢得第一！\n")
check(r["kind"] == "speech" and r["fields"].get("speaker") == "刘某某", f"the speaker the speech's line names: {r['fields'].get('speaker')} {r['title']}")

# A library's copy of a ministry's notice without its signature, numbered in the ministry's code
# (`国土资电发〔2005〕48号`): the ministry, by the name it bore that year; a city's code (`商政发`) names none.
r = row("ministry.jsonl", title="关于报送整顿和规范矿产资源开发秩序工作进展情况的通知", doc_number="国土资电发〔2005〕48号",
        content="国土资电发[2005]48号\n各省（区、市）整顿和规范矿产资源开发秩序工作领导小组办公室：\n请对本省工作进展情况进行认真总结，"
                "于12月25日前报送我部。\n二〇〇五年十二月二十一日\n")
check(r["fields"].get("issuer") == ["国土资源部"] and r["fields"].get("issuer_from") == "number",
      f"the ministry its number names: {r['fields'].get('issuer')} {r['fields'].get('issuer_from')}")
r = row("city.jsonl", title="关于做好防汛工作的通知", doc_number="商政发〔2031〕12号",
        content="商政发〔2031〕12号\n各县（市、区）人民政府：\n现将做好防汛工作有关事项通知如下。\n一、提高认识\n各地要高度重视。\n2031年6月1日\n")
check(r["fields"].get("issuer_from") != "number", f"a city's code: {r['fields'].get('issuer')} {r['fields'].get('issuer_from')}")

done()
