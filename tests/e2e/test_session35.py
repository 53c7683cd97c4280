"""Session 35: documents from the eighth round of held-out sets (probes 50–53: 公文 of other kinds,
saved pages, binary files, dataset rows). Each fixture is modelled on a document of those sets
(names, places and numbers replaced)."""
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


# A 函 printed with a binding line (裝訂線) down its left margin: a rule a row, with 裝, 訂 and
# 線 set among them. The rules are dropped and said to be; no line of the text begins with `|`.
F = "宋体"
rows = ["受文者：某某縣立某某國民中學", "發文日期：中華民國110年9月30日", "發文字號：府教學字第1100000001號",
        "主旨：有關本縣辦理「110學年度某某競賽」乙案，請各校踴躍報名參加，詳如說明，請查照。",
        "說明：", "一、依據本縣110學年度某某教育推動總體計畫辦理。", "二、參賽對象：各公私立國中學生，可跨校組隊參加。",
        "正本：某某縣各縣立國中小群組", "副本：本府教育處學務管理科"]
pieces = [(1, 200, 80, 20, F, False, None, "某某縣政府函")]
pieces += [(1, 70, 180 + 26 * i, 12, F, False, None, t) for i, t in enumerate(rows)]
for i in range(52):
    pieces.append((1, 42, 72 + 14 * i, 12, F, False, None, "裝" if i == 12 else "訂" if i == 25 else "線" if i == 38 else "|"))
path = os.path.join(tmp, "binding.pdf")
open(path, "wb").write(fb.pdf([], placed_pieces=pieces))
r = process_records(path, "--with-text")[0]
lines = [l for l in r["text"].split("\n") if l.strip()]
check(not any(l.lstrip().startswith("|") or l.strip() in ("裝", "装", "訂", "订", "線", "线") for l in lines),
      f"no line begins with the binding line's rules: {lines[:4]}")
check(any(l.strip().startswith("受文者") for l in lines), f"the text's own lines kept: {lines[:4]}")
check(any(d["id"] == "clean.binding_line" for d in r.get("diagnostics", [])), "the binding line's glyphs said to be dropped")

# A news page printed to PDF: the headline over two lines in 16 pt, the page's date and source set
# after its last line in 9.5 pt on the same baseline. The headline is whole; the source is a field.
pieces = [(1, 90, 100, 16, "黑体", False, None, "弘扬优良传统促进某某发展某某调研"),
          (1, 90, 124, 16, "黑体", False, None, "宗教场所并举行座谈"),
          (1, 90 + 16 * 9 + 1, 123, 9.5, F, False, None, "2025-02-18来源：某某日报"),
          (1, 90, 150, 10.5, F, False, None, "记者王某某")]
body = ["市委书记某某某昨天上午调研我市相关场所，与各界代表人士举行座谈，听取意见建议。某某某指出，要深入学习贯彻有关重要论述，"
        "更好构建积极健康的关系。", "座谈会上，有关协会负责人先后发言，介绍工作情况并提出意见建议。某某某说，长期以来，各界人士"
        "在促进经济社会发展、维护安定团结等方面发挥了重要作用。"]
y = 180
for b in body:
    for k in range(0, len(b), 40):
        pieces.append((1, 90 if k else 111, y, 10.5, F, False, None, b[k:k + 40]))
        y += 16
    y += 6
path = os.path.join(tmp, "news.pdf")
open(path, "wb").write(fb.pdf([], placed_pieces=pieces))
r = process_records(path, "--with-text")[0]
check(r.get("title") == "弘扬优良传统促进某某发展某某调研宗教场所并举行座谈", f"the headline whole, without the date and source: {r.get('title')}")
check(r["fields"].get("source") == "某某日报", f"the source under the headline: {r['fields'].get('source')}")
check(r["fields"].get("date") == "2025-02-18", f"its date: {r['fields'].get('date')}")

# The wire's dateline names who released the item, over the site that reprinted it; a placeholder
# source (`本站`) names no one.
lead = "市委书记某某某昨天上午调研我市相关场所，与各界代表人士举行座谈，听取意见建议。某某某指出，要深入学习贯彻有关重要论述，更好构建积极健康的关系。"
r = one("wire.txt", "某某某调研宗教场所并举行座谈\n2030-02-18 来源：某某网\n新华社上海2月17日电\n" + lead + "\n" + lead + "\n")
check(r["kind"] == "news" and r["fields"].get("issuer") == ["新华社"], f"the agency, not the reprinting site: {r['kind']} {r['fields'].get('issuer')}")
r = one("own.txt", "某某某调研宗教场所并举行座谈\n2030-02-18 来源：本站\n" + lead + "\n" + lead + "\n")
check(not r["fields"].get("issuer"), f"`本站` names no issuer: {r['fields'].get('issuer')}")

# A scraper's JSON array whose title and content are the lists its selectors returned, the text
# HTML pieces, the date with its label: one record a row, titled, dated and classified.
rows = [{"url": "http://www.example.gov.cn/tzgg/1.jhtml", "title": ["2030年国庆节放假通知"],
         "content": ["<p>各部门、各单位：<br>\r\n根据国务院办公厅通知精神，现将2030年国庆节放假安排通知如下：</p>",
                     "<p>10月1日至7日放假调休，共7天。节假日期间，各部门要妥善安排好值班和安全保卫等工作。</p>",
                     "<p>中心办公室<br>2030年9月27日</p>"],
         "update_date": "发布日期：2030-09-27"},
        {"url": "http://www.example.gov.cn/tzgg/2.jhtml", "title": ["某某项目招标公告"],
         "content": ["<p><img alt=\"\" src=\"/u/cms/1.png\"></p>"], "update_date": "发布日期：2030-10-12"}]
recs = process_records(write("rows.json", json.dumps(rows, ensure_ascii=True)))
check(len(recs) == 2 and recs[0].get("title") == "2030年国庆节放假通知", f"the title list read as the title: {[r.get('title') for r in recs]}")
check(recs[0]["kind"] == "notice" and recs[0]["fields"].get("date") == "2030-09-27", f"the notice and its date: {recs[0]['kind']} {recs[0]['fields'].get('date')}")
check(recs[1].get("title") == "某某项目招标公告" and "error" not in recs[1], f"a row whose content is an image: read from its title, no error: {recs[1].get('error')}")

# A forum's MySQL dump: `maintitle` titles the row, `subtitle` names the unit, and `content`
# holds only the page's link (with the title in it): the row is read from its title.
sql = ("CREATE TABLE `public_post` (\n  `id` bigint(20) NOT NULL,\n  `time` datetime(6) NOT NULL,\n  `maintitle` longtext NOT NULL,\n"
       "  `subtitle` longtext NOT NULL,\n  `content` longtext NOT NULL\n) ENGINE=InnoDB DEFAULT CHARSET=utf8;\n"
       "INSERT INTO `public_post` VALUES (2,'2030-11-18 09:50:01.411966','关于举办“喜庆某某  青春建新功”系列活动的通知','团委',"
       "'https://oa.example.edu.cn/portal!get.action?title=关于举办“喜庆某某  青春建新功”系列活动的通知&id=4703642'),"
       "(3,'2030-11-18 09:50:01.434022','关于成立某某大学第七届教学督导组的决定','教务处','https://oa.example.edu.cn/portal!get.action?title=关于成立某某大学第七届教学督导组的决定&id=4704057');\n")
recs = process_records(write("dump.sql", sql))
check([(r.get("title") or "").replace(" ", "") for r in recs] == ["关于举办“喜庆某某青春建新功”系列活动的通知", "关于成立某某大学第七届教学督导组的决定"],
      f"titled by maintitle, not by the link: {[r.get('title') for r in recs]}")
check(all(any(d["id"] == "read.row_title_only" for d in r.get("diagnostics", [])) for r in recs), "each said to be read from its title")

# A procurement sheet: no text column, the project's name, its buyer, the time and the place of
# the opening (one place ends with a full stop): a record a project, titled and issued by its buyer.
csv_text = "采购项目名称,采购单位,公告时间,开标地点\n" + "".join(
    f"某某{k}号设备采购项目,某某研究所{k},2030年06月1{k}日  16:14,北京市海淀区某某大厦{k}层会议室{'。' if k == 2 else ''}\n" for k in range(1, 5))
recs = process_records(write("caigou.csv", csv_text))
check([r.get("title") for r in recs] == [f"某某{k}号设备采购项目" for k in range(1, 5)], f"titled by the project: {[r.get('title') for r in recs]}")
check([r["fields"].get("issuer") for r in recs] == [[f"某某研究所{k}"] for k in range(1, 5)], f"issued by the buyer: {[r['fields'].get('issuer') for r in recs]}")

# News reprints in a CSV with a source column: the outlet it credits released each item.
body = "某某协会近日召开会员大会，审议通过工作报告，选举产生新一届理事会。会议指出，要发挥行业协会作用，助力行业振兴。" * 2
csv_text = "title,content,source,date\n" + f"某某协会召开会员大会,{body},某某社会报,2030-07-24\n" + f"某某协会举行助力行业振兴活动,{body},某某日报,2030-07-22\n"
recs = process_records(write("news.csv", csv_text))
check([r["kind"] for r in recs] == ["news", "news"], f"news: {[r['kind'] for r in recs]}")
check([r["fields"].get("issuer") for r in recs] == [["某某社会报"], ["某某日报"]], f"issued by the outlet the row credits: {[r['fields'].get('issuer') for r in recs]}")

# Taiwan's labelled 函 (文書處理手冊), in traditional characters: no title, the organ and the 文種
# as its masthead, then labels. A letter issued by the masthead's organ, its number, its 民國 date
# in the common era, its 受文者 as recipients and 副本 as copies, all as written; no title made up.
text = ("某某縣政府函\n地址：30210某某縣竹北市光明六路10號\n受文者：某某縣立某某國民中學\n發文日期：中華民國110年9月30日\n"
        "發文字號：府教學字第1100000001號\n速別：普通件\n附件：某某競賽實施計畫\n"
        "主旨：有關本縣辦理「110學年度某某競賽」乙案，請各校踴躍報名參加，詳如說明，請查照。\n說明：\n"
        "一、依據本縣110學年度某某教育推動總體計畫辦理。\n二、參賽對象：各公私立國中學生，可跨校組隊參加。\n"
        "正本：某某縣各縣立國中小群組\n副本：本府教育處學務管理科\n")
r = one("han.txt", text)
f = r["fields"]
check(r["kind"] == "letter" and f.get("doc_type") == "函", f"a letter: {r['kind']} {f.get('doc_type')}")
check(f.get("issuer") == ["某某縣政府"], f"issued by the masthead's organ: {f.get('issuer')}")
check((f.get("doc_number") or {}).get("text") == "府教學字第1100000001號", f"its number: {f.get('doc_number')}")
check(f.get("date") == "2021-09-30", f"民國110年 is 2021: {f.get('date')}")
check(f.get("recipients") == ["某某縣立某某國民中學"] and f.get("cc") == ["本府教育處學務管理科"], f"受文者 and 副本: {f.get('recipients')} {f.get('cc')}")
check(not r.get("title"), f"no title made up: {r.get('title')!r}")

# A law as a wire service carries it: the 主席令 that promulgates it, dated, then the wire's dateline
# again over the law's own title. The order and the law are two records, the law linked to the order.
law = ("新华社北京６月２９日电\n中华人民共和国主席令\n第四号\n《中华人民共和国某某安全法》已由中华人民共和国第十二届全国人民代表大会常务委员会"
       "第三次会议于２０１３年６月２９日通过，现予公布，自２０１４年１月１日起施行。\n中华人民共和国主席\u3000某某某\n２０１３年６月２９日\n"
       "新华社北京６月２９日电\n中华人民共和国某某安全法\n（２０１３年６月２９日第十二届全国人民代表大会常务委员会第三次会议通过）\n"
       "第一章 总则\n第一条 为了加强某某安全工作，预防事故，保障人身和财产安全，制定本法。\n"
       "第二条 某某的生产、经营、使用和安全的监督管理，适用本法。\n第三条 某某安全工作应当坚持安全第一、预防为主的原则。\n"
       "第二章 附则\n第四条 本法自２０１４年１月１日起施行。\n")
recs = process_records(write("law.txt", law))
check(len(recs) == 2 and recs[0]["kind"] == "order", f"the order, then the law: {[r['kind'] for r in recs]}")
check(len(recs) == 2 and recs[1]["kind"] == "regulation" and recs[1].get("title") == "中华人民共和国某某安全法"
      and recs[1]["fields"].get("attachment_of") == recs[0]["id"], f"the law its own record, linked: {[(r['kind'], r.get('title')) for r in recs]}")

done()
