"""Session 34: documents from the seventh round of held-out sets (probes 40–43: 公文 in source
files, saved pages, dataset rows, binary files). Each fixture is modelled on a document of those
sets (names, places and numbers replaced)."""
import json
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixtures_binary as fb

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


# A PDF whose notice is set in 三号 (16 pt) before annexes of tables in 五号, which hold most of
# its characters: the notice's lines are measured against its own size (its paragraphs are whole,
# not cut at each line), its joint signature in two columns names two organs (the right one an
# institution over its unit, `…有限公司` / `信息技术部`), and the annex's label starts its page.
body = ["为深入贯彻落实集团发展规划和青年创新创效工作，推动集团平台建设成果向业务场景落地转化，进一步提升干部员工应用能力，"
        "经研究，集团团委、信息技术部决定联合开展某某技能大赛。现将有关事项通知如下。",
        "一是高度重视，做好组织动员。各单位要把本次活动作为青年创新创效和能力提升的重要抓手，指定专人负责，积极推荐业务骨干、"
        "青年骨干参加，于6月30日前将报名材料提交至大赛邮箱。",
        "二是聚焦业务，提升课题质量。参赛课题应来源于真实工作流程，能够说明业务痛点、使用对象、数据基础、预期价值和落地路径，"
        "避免停留在简单工具体验或概念展示层面。"]
paras = [("number", "某某控股团联发〔2026〕2号"), ("title", "关于开展某某技能大赛的通知"), ("recipient", "各单位：")] + [("body", b) for b in body]
placed, pages = fb.lay_out(paras)
y = max(p[2] for p in placed if p[0] == pages and p[2] < 790) + 56
F = "仿宋_GB2312"
pieces = [(pages, 94, y, 16, F, False, None, "共青团某某汽车控股"), (pages, 326, y, 16, F, False, None, "某某汽车控股集团有限公司"),
          (pages, 94, y + 27, 16, F, False, None, "集团有限公司委员会"), (pages, 390, y + 27, 16, F, False, None, "信息技术部"),
          (pages, 359, y + 54, 16, F, False, None, "2026年6月17日"),
          (pages, 79, 740, 16, F, False, None, "共青团某某汽车控股集团有限公司委员会"), (pages, 390, 740, 16, F, False, None, "2026年6月17日"),
          (pages + 1, 79, 120, 16, "黑体", False, None, "附件1")]
for page in (pages + 1, pages + 2):
    for i in range(40):
        pieces.append((page, 79, 150 + i * 15, 10.5, "宋体", False, None, "时间课程名称培训内容时长培训对象大模型与智能体发展趋势应用价值顶层设计思路场景落"))
path = os.path.join(tmp, "joint.pdf")
open(path, "wb").write(fb.pdf(paras, placed_pieces=pieces))
r = process_records(path, "--with-text")[0]
f = r["fields"]
lines = r["text"].split("\n")
check(all(b in lines for b in body), "the notice's paragraphs whole, not cut at each line of 16 pt")
check(f.get("issuer") == ["共青团某某汽车控股集团有限公司委员会", "某某汽车控股集团有限公司信息技术部"], f"the joint signature's two organs: {f.get('issuer')}")
check(f.get("date") == "2026-06-17", f"its date: {f.get('date')}")
check("附件1" in lines, "the annex's label on a line of its own, not run on from the page before")


# A Go program keeps the document it parses in a block comment after the code, under the
# developer's notes: the comment is the text, the title wrapped over two indented lines.
code = "".join(f"\tif d := days[{i}]; d.Holiday {{\n\t\tfmt.Println(d.Date)\n\t}}\n" for i in range(20))
r = one("main.go", "/*\n * @Author: someone\n */\n\npackage main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"国办发明电\")\n" + code + "}\n\n/*\n"
        " 1. 请求查询接口，查询指定年份的放假通知条目\n 2. 分析页面，读取所有的段落\n\n以下为某年的放假安排：\n----------\n\n"
        "\t国务院办公厅关于2030年\n\t部分节假日安排的通知\n\t国办发明电〔2029〕16号\n\n"
        "\t各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
        "\t经国务院批准，现将2030年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。\n"
        "\t一、元旦：1月1日放假，共1天。\n\t二、春节：2月2日至8日放假调休，共7天。1月27日（星期日）上班。\n"
        "\t节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。\n"
        "\t国务院办公厅\n\t2029年12月8日\n\n----------\n*/\n")
f = r["fields"]
check((r["kind"], r["title"]) == ("notice", "国务院办公厅关于2030年部分节假日安排的通知"), f"a 通知 in a block comment: {r['kind']} {r['title']!r}")
check(((f.get("doc_number") or {}).get("key"), f.get("issuer"), f.get("date")) == ("国办发明电〔2029〕16号", ["国务院办公厅"], "2029-12-08"),
      f"its number, signer, date: {f.get('doc_number')} {f.get('issuer')} {f.get('date')}")


# A government site's page titles itself after its site (`某某市人民政府网——…`, in <title> and in
# its ArticleTitle), and its PubDate is two days after the date it prints under the headline.
r = one("page.html", "<HTML><HEAD><META http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
        "<META content=\"某某市人民政府网\" name=\"SiteName\">\n"
        "<META content=\"某某市人民政府网——某某市统筹推动城市和产业转型升级 着力构建五大优势产业集群\" name=\"ArticleTitle\">\n"
        "<META content=\"2021-04-09 10:21\" name=\"PubDate\">\n"
        "<TITLE>某某市人民政府网——某某市统筹推动城市和产业转型升级 着力构建五大优势产业集群</TITLE></HEAD><BODY>\n"
        "<table class=\"nav\"><tr><td>当前位置：首页 &gt;&gt; 政府新闻发布会</td></tr></table>\n"
        "<table class=\"sj_bt\"><tr><td>某某市统筹推动城市和产业转型升级 着力构建五大优势产业集群</td></tr></table>\n"
        "<table class=\"sj_zy\"><tr><td>发布时间：2021-04-07&nbsp;&nbsp;&nbsp;&nbsp;信息发布人：管理员</td></tr></table>\n"
        "<table class=\"sj_nr\"><tr><td><p>4月7日上午，市政府新闻办召开新闻发布会，介绍我市统筹推动城市和产业转型升级的有关情况。"
        "近年来，我市坚持以产业转型带动城市转型，着力构建医药、汽车、电力、数字、旅游五大优势产业集群，全市经济运行稳中有进。</p>"
        "<p>发布会上，市发展改革委主要负责同志介绍了五大产业集群的发展目标和重点任务，并回答了记者提问。</p></td></tr></table>\n"
        "<table><tr><td>打印本页 关闭窗口</td></tr></table></BODY></HTML>\n")
check(r["title"] == "某某市统筹推动城市和产业转型升级 着力构建五大优势产业集群", f"the site's name before the headline goes: {r['title']!r}")
check(r["fields"].get("page_date") == "2021-04-07", f"the date printed under its label over the CMS's PubDate: {r['fields'].get('page_date')}")


# Dataset rows whose columns say what they hold in two words (`documentNumber`,
# `publisherName`, `issuing_authority`, `document_no`); a 文号 cell a scraper cut through a
# sentence (`…的通知》（财税〔2009〕167号`) is none.
rows = [{"id": "a", "title": "某某省支持人工智能发展若干措施（试行）", "publisherName": "某某省人民政府办公厅",
         "summary": "省级专项政策，围绕生态社区、市场准入、人才、算力、数据、场景等设置12条支持措施。", "publishedAt": "2026-05-15",
         "documentNumber": "某政办发〔2026〕10号"},
        {"id": "b", "title": "关于推动两地一体化发展的建议的答复", "issuing_authority": "某某市发展和改革委员会",
         "publication_date": "2022-07-04", "summary": "关于推动两地一体化发展的建议的答复。"},
        {"id": "c", "title": "财政部 税务总局关于规范转让限售股个人所得税政策的公告", "publish_date": "2026-08-28",
         "document_no": "征收个人所得税有关问题的通知》（财税〔2009〕167号", "summary": "规范转让限售股个人所得税政策。"},
        {"id": "d", "title": "某某省2030年特岗教师招聘拟聘用人员公示", "sourceName": "某某省教育厅公示公告（教师考试相关）", "publishedAt": "2030-07-03"}]
recs = process_records(write("policies.json", json.dumps({"meta": {"generatedAt": "2026-08-24"}, "items": rows}, ensure_ascii=False)))
nums = [((x["fields"].get("doc_number") or {}).get("text")) for x in recs]
issuers = [x["fields"].get("issuer") for x in recs]
check(nums == ["某政办发〔2026〕10号", None, None, None], f"the number columns in two words, the cut sentence none: {nums}")
check(issuers[:2] == [["某某省人民政府办公厅"], ["某某市发展和改革委员会"]], f"the issuer columns in two words: {issuers}")
check(issuers[3] == ["某某省教育厅"], f"a source named with the column read and a note: {issuers[3]}")


# A 办法's title opening with a year's scheme names no organ (`某某省2030年农村义务教育阶段学校…`),
# nor does `大学生` name a university; the organ in brackets under the title does.
r = one("rule.txt", "某某省2030年农村义务教育阶段学校特设岗位教师招聘办法\n第一条 为做好特设岗位教师招聘工作，制定本办法。\n"
        "第二条 招聘工作坚持公开、平等、竞争、择优的原则。\n第三条 本办法自发布之日起施行。\n")
check((r["kind"], r["fields"].get("issuer")) == ("regulation", None), f"no organ from a year's scheme: {r['kind']} {r['fields'].get('issuer')}")
r = one("format.txt", "全国大学生某某竞赛论文格式规范\n（全国大学生某某竞赛组委会，2027年修订稿）\n为了保证竞赛的公平、公正性，特制定本规范。\n"
        "第一条，论文用白色A4纸打印；上下左右各留出至少2.5厘米的页边距。\n第二条，论文第一页为承诺书，第二页为编号专用页。\n"
        "第三条，论文第三页为摘要专用页，从此页开始编写页码。\n")
check((r["kind"], r["fields"].get("issuer")) == ("regulation", ["全国大学生某某竞赛组委会"]), f"the organ in brackets under the title: {r['kind']} {r['fields'].get('issuer')}")


# A speech corpus's row runs the head on into the text: the title, the date in brackets, the
# speaker's bare name and the salutation (`…上的讲话（2030年11月24日）张某某同志们：今天，…`).
r = one("speeches.csv", "Date,Text\n2030-11-25,在全国某某先进工作者表彰大会上的讲话（2030年11月24日）张某某同志们：今天，我们隆重召开大会，"
        "表彰全国某某先进工作者，激励全党全国各族人民弘扬劳模精神，乘风破浪，开拓进取，为全面建设社会主义现代化国家而继续奋斗。"
        "首先，我代表党中央、国务院，向受到表彰的先进工作者，表示热烈的祝贺！劳动模范是民族的精英、人民的楷模。"
        "同志们！让我们更加紧密地团结起来，为实现中华民族伟大复兴的中国梦而努力奋斗！\n")
f = r["fields"]
check((r["kind"], r["title"], f.get("speaker"), f.get("date"), f.get("occasion")) ==
      ("speech", "在全国某某先进工作者表彰大会上的讲话", "张某某", "2030-11-24", "全国某某先进工作者表彰大会"),
      f"a flattened speech's head: {r['kind']} {r['title']!r} {f.get('speaker')} {f.get('date')} {f.get('occasion')}")

# A greeting addressed to a meeting (`--致…高峰会议`): the meeting is the occasion.
r = one("greeting.txt", "实干托起百年梦\n--致某某人寿第三届高峰会议\n春回大地千峰秀，日暖神州万象新。\n"
        "时值某某人寿第三届高峰会议召开之际，各条业务战线的高峰英雄们齐聚古都西安。在此，我谨代表公司董事会，向所有业务精英们致以最热烈的祝贺！\n"
        "同志们，让我们携手并进，再创佳绩！\n某某人寿董事长：王某某\n2013年3月26日\n")
check((r["kind"], r["fields"].get("occasion")) == ("speech", "某某人寿第三届高峰会议"), f"the meeting greeted: {r['kind']} {r['fields'].get('occasion')}")

# A blog's year in review: a bold line deep in its prose (`**某某年度报告**`, an app's report it
# shows) is no 公文's title — a 公文's title stands over its body.
r = one("review.md", "---\ntitle: \"2030年终总结\"\ndate: 2030-12-31T15:28:05+08:00\n---\n\n"
        "2030年真是魔幻的一年，5月中旬开始居家办公，经历了第一次长达一个月的居家办公，三天做一次核酸成为了常态，11月中旬小区第一次被封，后来又全面解封了。\n\n"
        "2030年最幸福的事肯定就是女儿的出生，本来想着会在农历虎年出生，结果却生在了牛年的腊月二十七，当时媳妇还在规划着放假去吃火锅呢，全家都很高兴。\n\n"
        "2030年最遗憾的事就是姑奶奶去世，这也意味着妈妈最亲的长辈已经全部去世，之前姑奶对我家的帮助很多，因为疫情的原因没能回去送她最后一程。\n\n"
        "## 跑步\n\n今年一共跑了1047公里，完成了每年1000公里的目标。12月因为感染了，不然应该可以跑1100公里。\n\n**某某年度报告**\n\n"
        "## 读书\n\n今年使用电子书读了130个小时，读了10本书。\n")
check(r["kind"] not in ("report", "notice") and r["title"] == "2030年终总结", f"no 公文 title deep in the prose: {r['kind']} {r['title']!r}")

# A web weekly in Markdown: each item a heading that is a link (`### 🐎 [标题](https://…)`), the
# issue numbered after a `#`.
items = ["某某框架五点零的渲染层与跨端组件介绍", "动画时序在声明式界面中的实现细节", "缓存键设计经验教训与连续值的存储问题",
         "系统化的移动端面试知识库整理与分享"]
md = "# 老司机 移动端周报 #374 | 2030-07-06\n\n## 文章\n\n" + "".join(
    f"### 🐎 [{t}](https://example.com/{i})\n\n@某某：文章介绍了{t}，内容详实，值得一读，推荐给大家。\n\n" for i, t in enumerate(items))
recs = process_records(write("weekly.md", md))
check((recs[0]["kind"], recs[0]["fields"].get("issue")) == ("periodical", 374), f"a weekly numbered after #: {recs[0]['kind']} {recs[0]['fields'].get('issue')}")
check([x["title"] for x in recs[1:]] == [f"🐎 {t}" for t in items], f"its items titled by their links' text: {[x['title'] for x in recs[1:]]}")

# A compilation's PDF: a table of contents whose entries run their leader dots to the page
# number (each a line of its own, though it fills the measure), numbered (`1.…`) where the body's
# titles are bare, and a part's heading (`一、中央政策规定`) over the first title of its part.
docs = [("国务院办公厅关于某某制度改革的意见", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "为深化某某制度改革，现提出如下意见。一、总体要求。坚持以人民为中心的发展思想，推进某某制度改革。二、主要任务。完善制度供给，明确职责定位。", "国务院办公厅", "2030年4月7日"),
        ("国务院办公厅关于推动某某稳规模优结构的意见", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "某某是国民经济的重要组成部分，为推动某某稳规模优结构，经国务院同意，现提出如下意见。一、强化促进拓展市场。二、加大财政金融支持力度。", "国务院办公厅", "2030年4月11日"),
        ("某某投资基金监督管理条例", "", "第一条 为了规范某某投资基金业务活动，保护投资者合法权益，制定本条例。第二条 本条例自2030年9月1日起施行。", "", "")]
paras = [("title", "2030年度某某监管政策文件汇编"), ("pagebreak", ""), ("h1", "目录")]
toc = [("一、中央政策规定", 1)] + [(f"{i + 1}.{d[0]}", 1 + 2 * i) for i, d in enumerate(docs)] + [("二、部门政策规定", 9), ("4.某某部关于某某事项的通知", 9)]
F = "宋体"
pieces = [(2, 280, 110, 16, "黑体", True, None, "目录")]
for k, (entry, page) in enumerate(toc):
    x = 79 if entry.startswith(("一", "二")) else 100
    dots = "." * max(4, int((516 - x - len(entry) * 12 - 12) / 6))
    pieces.append((2, x, 150 + k * 24, 12, F, False, None, entry + " " + dots + str(page)))
paras = [("title", "2030年度某某监管政策文件汇编"), ("pagebreak", ""), ("pagebreak", ""), ("h1", "一、中央政策规定")]
for t, rec, body, sig, date in docs:
    paras += [("title", t)] + ([("recipient", rec)] if rec else []) + [("body", body)] + ([("signature", sig), ("date", date)] if sig else []) + [("pagebreak", "")]
path = os.path.join(tmp, "compilation.pdf")
open(path, "wb").write(fb.pdf(paras[:-1], placed_pieces=pieces))
recs = process_records(path)
check(recs[0]["kind"] == "collection" and [x["title"] for x in recs[1:]] == [d[0] for d in docs],
      f"the compilation's documents from its numbered contents, no part heading among them: {recs[0]['kind']} {[x['title'] for x in recs[1:]]}")


# A Java test keeps a 复函 as a page in string literals (`"<TABLE …><TR><TD class=title>…" +`): the
# literals' page is read as HTML, its lines the source's; the title answers a request by name
# (`对《关于…的请示》的复函`).
html = ["<TABLE cellSpacing=5 width=750 border=0>\n<TBODY>\n<TR>\n<TD class=title align=middle><STRONG>",
        "对《关于某某工作人员执行职务中的违法行为能否给予处罚的请示》的复函</STRONG>",
        "</TD></TR>\n<TR>\n<TD class=NewsBody>\n<P align=center><FONT size=3>某法秘函〔2005〕256号</FONT></P>\n<P><FONT size=3>",
        "某某省人民政府法制办公室：</FONT></P>\n<P><FONT size=3>　　你办《关于某某工作人员执行职务中的违法行为能否给予处罚的请示》",
        "（某府法〔2005〕44号）收悉。经研究，并征求有关部门的意见，现函复如下：</FONT></P>\n<P><FONT size=3>　　根据有关法律规定，",
        "行政机关工作人员在执行职务时侵犯公民合法权益的，依法给予处分，不宜给予处罚。</FONT></P>\n<P><FONT size=3>　　此复。</FONT></P>\n",
        "<P align=right><FONT size=3>某某办公室秘书行政司</FONT></P>\n<P align=right><FONT size=3>二○○五年七月八日</FONT></P>\n</TD></TR></TBODY></TABLE>"]
java = ("package com.example.util;\n\npublic class HtmlText {\n\tpublic static String html2Text(String s) {\n\t\treturn s.replaceAll(\"<[^>]+>\", \"\");\n\t}\n"
        "\tpublic static void main(String[] arg) {\n\t\tString strtext = " + " +\n\t\t\t".join(json.dumps(h, ensure_ascii=False) for h in html) +
        ";\n\t\tSystem.out.println(html2Text(strtext));\n\t}\n}\n")
r = one("HtmlText.java", java)
f = r["fields"]
check((r["kind"], r["title"]) == ("letter", "对《关于某某工作人员执行职务中的违法行为能否给予处罚的请示》的复函"), f"a 复函 in a Java literal's page: {r['kind']} {r['title']!r}")
check(((f.get("doc_number") or {}).get("key"), f.get("issuer"), f.get("date"), f.get("recipients")) ==
      ("某法秘函〔2005〕256号", ["某某办公室秘书行政司"], "2005-07-08", ["某某省人民政府法制办公室"]),
      f"its number, signer, date, addressee: {f.get('doc_number')} {f.get('issuer')} {f.get('date')} {f.get('recipients')}")
check((r["source"]["line_start"], r["source"]["line_end"]) in ((8, 14), (9, 14)) and "code_literal/html" in r["source"]["layout"],
      f"its lines are the literals' (8–14), not the program's: {r['source']}")

# A 意见 published with a note of its issuing (`…2015年7月16日以某科规财字〔2015〕104号发布`): the
# number's code starts after the date and its preposition.
r = one("opinion.json", json.dumps([{"title": "某某省科学技术厅　某某省人民政府金融工作办公室关于促进科技股权众筹发展的若干意见", "content":
        "（经省人民政府同意，某某省科学技术厅　某某省人民政府金融工作办公室2015年7月16日以某科规财字〔2015〕104号发布　自2015年7月16日起施行）\n"
        "为深入贯彻全省科技创新大会精神，推动众创空间建设，促进创新创业，现提出以下意见：\n一、总体要求\n（一）重要意义。股权众筹是一种新型互联网融资模式。\n"
        "二、主要措施\n（二）支持平台发展。鼓励社会资本建设科技股权众筹平台。\n"}], ensure_ascii=False))
check(((r["fields"].get("doc_number") or {}).get("text")) == "某科规财字〔2015〕104号", f"the number after a date: {r['fields'].get('doc_number')}")

# A disclosure page whose heading names the office before the column's words in <title>
# (`市政府办公室政府信息公开指南` / `政府信息公开指南_某某市人民政府办公室`).
r = one("guide.html", "<html><head><title>政府信息公开指南_某某市人民政府办公室</title></head><body>\n<div class=\"nav\">首页 &gt; 信息公开</div>\n"
        "<h4 class=\"xxgkzn_title\">市政府办公室政府信息公开指南</h4>\n<div class=\"content\"><p>为了更好地提供政府信息公开服务，"
        "根据《中华人民共和国政府信息公开条例》，编制本指南。需要获得市政府办公室政府信息公开服务的公民、法人或者其他组织，建议阅读本指南。</p>"
        "<p>一、主动公开。公开范围包括机构职能、规范性文件、规划计划等。公开方式包括政府网站、政府公报等。</p>"
        "<p>二、依申请公开。申请人可以通过互联网、信函等方式提出申请。</p></div>\n</body></html>\n")
check(r["title"] == "市政府办公室政府信息公开指南", f"the heading naming its office: {r['title']!r}")


# A crawl dump cut to its one row (no header): the title in `<TITLE>`, the page's HTML kept with
# a program's backslashes (`<\/span>`, `style=\'…\'`, `\n`). One row is a table when it reads as
# data; the markup, unescaped, is read.
cell = ("<p align=center><a name=TFileNo><\\/a><span style=\\'font-size:16.0pt\\'>某银监准〔<\\/span><span>2014<\\/span>"
        "<span>〕<\\/span><span>31<\\/span><span>号<\\/span><\\/p>\\n<p><a name=ZhuSong><\\/a><span>某县农村信用合作联社：<\\/span><\\/p>\\n"
        "<p><span>你社《关于某分社迁址并更名的请示》收悉。经审核，现批复如下：<\\/span><\\/p>\\n<p><span>一、同意某分社迁址并更名。<\\/span><\\/p>\\n"
        "<p><span>二、你社应按规定办理变更手续，做好迁址期间的各项工作。<\\/span><\\/p>\\n<p><span>此复。<\\/span><\\/p>\\n"
        "<p align=right><span>2014年5月5日<\\/span><\\/p>")
r = one("dump.csv", "<TITLE>某银监分局关于同意某县农村信用合作联社某分社迁址并更名的批复</title></TITLE>,\"" + cell + "\"\r\n")
f = r["fields"]
check((r["kind"], (f.get("doc_number") or {}).get("key"), f.get("date"), f.get("recipients")) ==
      ("reply", "某银监准〔2014〕31号", "2014-05-05", ["某县农村信用合作联社"]),
      f"one escaped row of a dump: {r['kind']} {f.get('doc_number')} {f.get('date')} {f.get('recipients')}")

# A policy library's page prints the number alone under the headline, apart from the text.
r = one("library.html", "<html><head><title>国家某某总局政策法规库</title><meta name=\"ArticleTitle\" content=\"某部 某总局关于某某政策的公告\"></head><body>\n"
        "<div class=\"detials\"><h3>某部 某总局关于某某政策的公告</h3><div class=\"arctips\"><h5 class=\"actfwzh\">某部 某总局公告2025年第17号</h5>\n"
        "<div class=\"sets\"><p class=\"fontsize\">字体：<span>【大】</span><span>【中】</span><span>【小】</span></p><p class=\"share\">分享到：</p>"
        "<p class=\"collect\"><span>收藏</span> <span>订阅</span></p><p class=\"arc_date\"><span>成文日期：2025-12-29</span></p>"
        "<div class=\"func\"><p>收藏</p><p>分享</p><p>订阅</p><p>语音播报：</p></div></div></div>\n"
        "<div class=\"arcContent\"><p>现将某某政策公告如下：</p><p>个人将购买不足2年的住房对外销售的，按照3%的征收率全额缴纳增值税；个人将购买2年以上（含2年）的住房对外销售的，免征增值税。</p>"
        "<p>本公告自2026年1月1日起施行。</p><p>特此公告。</p><p>某部 某总局</p><p>2025年12月29日</p></div></div>\n</body></html>\n")
check(((r["fields"].get("doc_number") or {}).get("text") or "").replace(" ", "") == "某部某总局公告2025年第17号", f"the number under the headline: {r['fields'].get('doc_number')}")


# A crawler's test keeps the page it parses in a triple-quoted string: read as the page it is.
page = ("<html><head><title>关于做好2030年某某工作的通知_某某县人民政府</title></head><body>\n<div class=\"nav\">首页 &gt; 通知公告</div>\n"
        "<div class=\"article\"><h1>关于做好2030年某某工作的通知</h1>\n<p>各乡镇人民政府，县政府各部门：</p>\n"
        "<p>为做好2030年某某工作，经县政府同意，现将有关事项通知如下：</p>\n<p>一、提高认识，加强领导。各单位要把某某工作摆上重要议事日程，主要负责同志亲自抓。</p>\n"
        "<p>二、明确任务，压实责任。各乡镇要结合实际制定具体方案，确保各项任务落到实处。</p>\n<p>特此通知。</p>\n"
        "<p style=\"text-align:right\">某某县人民政府办公室</p>\n<p style=\"text-align:right\">2030年3月5日</p></div>\n</body></html>")
r = one("test_parser.py", "# -*- coding: utf-8 -*-\nimport unittest\n\nfrom spider.parser import parse_article\n\nPAGE = \"\"\"" + page +
        "\"\"\"\n\n\nclass ParserTest(unittest.TestCase):\n    def test_title(self):\n        self.assertIn(\"通知\", parse_article(PAGE)[\"title\"])\n", "--with-text")
f = r["fields"]
check((r["kind"], r["title"], f.get("issuer"), f.get("date")) == ("notice", "关于做好2030年某某工作的通知", ["某某县人民政府办公室"], "2030-03-05") and
      "code_literal/html" in r["source"]["layout"] and "unittest" not in r["text"] and "特此通知" in r["text"],
      f"a page in a triple-quoted string: {r['kind']} {r['title']!r} {f.get('issuer')} {f.get('date')} {r['source']['layout']}")


# The review's cases. A glob's `/*` in a single-quoted string opens no comment; the page in the
# triple-quoted string after it is still the text.
r = one("crawl.py", "import glob\n\nFILES = glob.glob('pages/*.html')  # 见 `pages` 目录\n\nPAGE = \"\"\"" + page + "\"\"\"\n", "--with-text")
check((r["kind"], r["title"]) == ("notice", "关于做好2030年某某工作的通知") and "code_literal/html" in r["source"]["layout"] and
      "glob" not in r["text"] and "目录" not in r["text"],
      f"a glob's /* opens no comment: {r['kind']} {r['title']!r} {r['source']['layout']}")
# `北京大学生物…` names the university (生物 is a word of its own); `全国大学生…` names none.
r = one("biobank.txt", "北京大学生物样本库管理办法\n第一条 为规范生物样本库的管理，制定本办法。\n第二条 本办法适用于学校各单位。\n第三条 本办法自发布之日起施行。\n")
check(r["fields"].get("issuer") == ["北京大学"], f"北京大学 + 生物: {r['fields'].get('issuer')}")
# A table's row in the text (`发布日期：2015-03-02`, under the prose) does not re-date a page its <meta> dates.
r = one("table.html", "<html><head><title>某某市关于某某工作的情况通报</title><meta name=\"PubDate\" content=\"2021-04-07 09:00\"></head><body>\n"
        "<div class=\"article\"><h1>某某市关于某某工作的情况通报</h1>\n<p>近年来，我市认真贯彻落实上级部署，扎实推进某某工作，取得了明显成效。现将有关情况通报如下，请各单位认真对照检查，抓好整改落实。</p>\n"
        "<p>一、总体情况。全市共完成某某任务一百二十项，完成率达到百分之九十五以上，群众满意度进一步提升，各项指标均位居全省前列。</p>\n"
        "<table><tr><td>发布日期：2015-03-02</td><td>某某规划</td></tr></table>\n<p>特此通报。</p></div>\n</body></html>\n")
check(r["fields"].get("page_date") == "2021-04-07", f"a table row's 发布日期 under the prose: {r['fields'].get('page_date')}")
# A surname and a post run on after a speech's title (`…的讲话张书记同志们：`) name no speaker.
r = one("post.csv", "Date,Text\n2030-11-25,在全县某某工作会议上的讲话张书记同志们：今天，我们召开全县某某工作会议，主要任务是总结去年工作，部署今年任务。"
        "刚才，几位同志作了很好的发言，我完全同意。下面，我讲三点意见。第一，提高认识，统一思想。第二，突出重点，狠抓落实。第三，加强领导，形成合力。\n")
check(r["fields"].get("speaker") != "张书记", f"no speaker from a surname and a post: {r['kind']} {r['fields'].get('speaker')}")

done()
