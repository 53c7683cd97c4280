"""Held-out round of session 19 (issues 12, 13, 14, 15): a State Council notice whose title only a
crawler's front matter carries (tests/devset/gongwen-12), four financial and provincial regulators'
binaries (tests/devset/binary-6: a PDFMaker notice, a law database's DOCX with a date spread by
spaces, a five-issuer WPS notice, a Word 2007 PDF regulation), a municipal 政策汇编 whose contents
number its documents 一、二、 (tests/devset/containers-3), local regulations as a JSON array
(tests/devset/datasets-5), a university's PDF notice, Word 97 rule and a district's untitled DOCX
(tests/devset/binary-7, round 14), and inputs modelled on the round's other files (names replaced): a
Markdown archive page whose name lists are short lines, an adoption note in single-star italics, a
Navicat dump with pinyin column names and hex bodies, a school site's `转发` headline over the
document it reposts, a speech titled on two lines, a PDF-like signature glued to 特此公告."""
import json
import os
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")
tmp = tmpdir()


write = lambda name, content, mode="w": write_file(tmp, name, content, mode)
recs = process_records


# ---- the round's committed sets: per-file figures against the hand-checked gold -----------------
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-12")),
       {"kind": 1, "title": 1, "issuer": 1, "date": 1, "recipients": 1}, "gongwen-12 ")
floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-6")),
       {"ok": 4, "kind": 4, "title": 4, "date": 3, "number": 2, "issuer": 2}, "binary-6 ")
floors(evaluate("eval_containers", GONGWEN, os.path.join(D, "containers-3")), {"starts": 18, "titles": 18}, "containers-3 ")
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-5")), {"rec": 8, "title": 8, "kind": 8}, "datasets-5 ")
floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-7")),
       {"ok": 3, "kind": 3, "title": 3, "number": 1, "date": 1, "issuer": 1, "headings": 7}, "binary-7 ")

# ---- Markdown: blank lines end paragraphs even when short name lines make the text look wrapped ---
names = "".join(f"张{c}甲&emsp;李{c}乙&emsp;王{c}丙&emsp;赵{c}丁&emsp;钱{c}戊<br />\n" for c in "一二三四五六七八九十")
# (Its paragraphs run long, as the archive's do: the page's tags come after its first 2 KiB.)
prose = "各级党组织要把这项工作摆上重要议事日程，统一思想，明确责任，切实加强领导，" * 12
page = ("---\nprev:\n  text: 另一份文件的标题\n---\n\n# 中共某某委员会关于加强企业思想工作的通知\n"
        "*（中共某某委员会第三次全体会议一九八八年九月三十日原则通过）*\n\n"
        "&emsp;&emsp;第一段说明工作的重要意义。" + prose + "各级党组织要高度重视。\n\n"
        "&emsp;&emsp;第二段提出工作的具体要求，" + prose + "务必抓好落实。\n\n"
        "&emsp;&emsp;**参加会议的同志是：**\n\n<div class=\"text-center\">\n\n" + names + "\n</div>\n\n"
        "&emsp;&emsp;第三段要求各地结合实际贯彻执行。\n")
r = recs(write("archive.md", page), "--no-split", "--with-text")[0]
lines = r.get("text", "").split("\n")
check("第一段说明工作的重要意义。" + prose + "各级党组织要高度重视。" in lines and "第二段提出工作的具体要求，" + prose + "务必抓好落实。" in lines,
      f"each Markdown paragraph stays its own line under wrapped-looking name lists: {[l[:20] for l in lines[:8]]}")
check(r["kind"] == "notice" and r["fields"].get("date") == "1988-09-30",
      f"a notice without a signature is dated by the meeting that adopted it (italic note): {r['kind']} {r['fields'].get('date')}")
check("*" not in r.get("text", ""), f"single-star italics are marks, not text: {[l[:20] for l in lines[:3]]}")
# ... and a body only endorsed (`…一致赞同`) gives no date.
r = recs(write("endorsed.md", page.replace("原则通过", "一致赞同")), "--no-split")[0]
check(r["fields"].get("date") is None, f"an endorsement dates nothing: {r['fields'].get('date')}")

# ---- front matter as a crawler names it: doc_title, source_url ----------------------------------
r = recs(write("fm.md", "---\nsource_url: \"https://example.gov.cn/art/1.html\"\ndoc_title: 某某省人民政府关于设立专项补贴的通知\n"
                        "cleaned_at: 2026-07-28 21:48:42\n---\n\n各市人民政府：\n\n现将有关事项通知如下。\n\n某某省人民政府\n\n2022年3月19日\n"),
         "--no-split")[0]
check((r["title"], r["fields"].get("url"), r["fields"].get("date")) ==
      ("某某省人民政府关于设立专项补贴的通知", "https://example.gov.cn/art/1.html", "2022-03-19"),
      f"front matter's doc_title and source_url: {r['title']!r} {r['fields'].get('url')} {r['fields'].get('date')}")

# ---- SQL: pinyin column names explained by their COMMENTs, a BLOB dumped as hex ------------------
body = "<p>12月31日下午，学校领导检查元旦期间学生安全稳定工作。</p>".encode("utf-8").hex().upper()
sql = ("CREATE TABLE `xwb` (\n  `xw_id` varchar(32) NOT NULL COMMENT '新闻id',\n  `xw_bt` varchar(64) DEFAULT NULL COMMENT '新闻标题',\n"
       "  `xw_fbsj` datetime DEFAULT NULL COMMENT '发布时间',\n  `xw_zw` blob COMMENT '新闻html代码',\n"
       "  `xw_bmmc` varchar(32) DEFAULT NULL COMMENT '部门名称',\n  PRIMARY KEY (`xw_id`)\n) ENGINE=InnoDB COMMENT='新闻表';\n"
       f"INSERT INTO `xwb` VALUES ('1b1a', '学校领导检查元旦期间学生安全稳定工作', '2019-01-06 22:03:56', 0x{body}, '某学院学生第一党支部');\n"
       f"INSERT INTO `xwb` VALUES ('2c2b', '学校召开新学期工作会议', '2019-01-07 09:00:00', 0x{body}, '某学院学生第三党支部');\n")
rs = recs(write("news.sql", sql), "--with-text")
check([x["title"] for x in rs] == ["学校领导检查元旦期间学生安全稳定工作", "学校召开新学期工作会议"],
      f"the title column found by its COMMENT: {[x['title'] for x in rs]}")
check(all("学校领导检查元旦期间学生安全稳定工作。" in x.get("text", "") for x in rs) and
      [x["fields"].get("date") for x in rs] == ["2019-01-06", "2019-01-07"],
      f"hex bodies decoded, dates from 发布时间: {[x.get('text', '')[:40] for x in rs]} {[x['fields'].get('date') for x in rs]}")

# ---- a row's title carrying its site after a dash --------------------------------------------------
rs = recs(write("rows.jsonl", '{"title": "某某教授团队成果入选年度十大科技进展-某某电子科技大学", "content": "近日，成果入选。"}\n'
                              '{"title": "Three-Year Action Plan for Digital Commerce (2024-2026)", "content": "The plan."}\n'))
check([x["title"] for x in rs] == ["某某教授团队成果入选年度十大科技进展", "Three-Year Action Plan for Digital Commerce (2024-2026)"]
      and rs[0]["fields"].get("dataset", {}).get("site") == "某某电子科技大学",
      f"a Chinese site after the dash is the site; an English title keeps its years: {[x['title'] for x in rs]} {rs[0]['fields'].get('dataset')}")

# ---- a policy list naming each title in 《》; an OCR archive's record with its dates as numbers ---------
rs = recs(write("policies.csv", "政策名称,发布时间,一句话总结,政策类型\n"
                                "《某某省税务局关于延续实施企业所得税优惠政策有关问题的公告》,2025年8月14日,延续企业所得税优惠，明确适用范围,税收政策\n\n"
                                "《关于〈某某条例〉的实施细则》,2025年7月,明确试点规则,金融政策\n"))
check([x["title"] for x in rs] == ["某某省税务局关于延续实施企业所得税优惠政策有关问题的公告", "《关于〈某某条例〉的实施细则》"[1:-1]],
      f"the book-title marks around a whole title are none of it: {[x['title'] for x in rs]}")
doc = {"title": "某某同志在某某市工代会四月二日会议上的讲话", "parts": [{"type": "paragraph", "text": "某某同志在某某市工代会"},
       {"type": "paragraph", "text": "四月二日会议上的讲话"},
       {"type": "paragraph", "text": "同志们！今天，我们在这里开个会，谈谈当前的形势和看法。最近，有关方面开了会，要解决当前怎样贯彻执行的问题。"}],
       "authors": ["某某"], "dates": [{"year": 1974, "month": 4, "day": 2}], "page_start": 1}
r = recs(write("archive.json", json.dumps(doc, ensure_ascii=False)), "--no-split")[0]
check((r["title"], r["fields"].get("date"), r["fields"].get("dataset", {}).get("author") or r["fields"].get("author")) ==
      ("某某同志在某某市工代会四月二日会议上的讲话", "1974-04-02", "某某"),
      f"the record's title over two lines, its numeric date and its authors: {r['title']!r} {r['fields'].get('date')} {r['fields']}")

# ---- a site's 转发 headline over the document it reposts --------------------------------------------
r = recs(write("repost.txt", "转发某某市教育局关于进一步加强师德建设的意见\n某某市教育局文件\n某市教〔2009〕61号\n"
                             "某某市教育局关于进一步加强\n师德建设的意见\n各县（市、区）教育局、各市属学校：\n为加强教育系统行风建设，现提出如下意见：\n"
                             "一、充分认识必要性。\n本意见自下发之日开始执行。\n二○○九年十一月二十七日\n"), "--no-split")[0]
check((r["title"], r["fields"].get("issuer")) == ("某某市教育局关于进一步加强师德建设的意见", ["某某市教育局"]),
      f"the reposted document's own title and issuer: {r['title']!r} {r['fields'].get('issuer')}")

# ---- a speech titled on two lines over its subtitle -------------------------------------------------
r = recs(write("speech.txt", "全面深入贯彻落实党的十八大精神\n为建成小康社会做好保障\n——在2013年全国某某工作会议上的讲话\n（2012年12月29日）\n"
                             "杨某某\n同志们：\n这次会议的主要任务是：全面深入贯彻落实会议精神，总结工作，部署任务。\n下面，我讲三个方面的问题。\n"), "--no-split")[0]
check((r["kind"], r["title"]) == ("speech", "全面深入贯彻落实党的十八大精神 为建成小康社会做好保障"),
      f"both title lines, as one: {r['kind']} {r['title']!r}")

# ---- a compilation numbering its documents; an entry wrapped before its page; the last page lost ----
toc = "某某市创业\n政\n策\n汇\n编\n目  录\n"
titles = ["某某市返乡农民工创业补贴", "某某市高校毕业生、就业困难人员、退役士兵创业补贴", "某某市创业孵化基地补助", "某某市创业担保贷款"]
nums = "一二三四"
toc += f"一、{titles[0]}{'.' * 30}01\n二、某某市高校毕业生、就业困难人员、退役士兵创业补\n贴{'.' * 40}04\n三、{titles[2]}{'.' * 30}07\n四、{titles[3]}\n"
for n, t in zip(nums, titles):
    toc += f"{n}、{t}\n一、补贴对象\n在本市首次创办小微企业的人员，可以申请补贴。\n二、补贴标准\n按照规定的标准执行，具体以文件为准。\n"
rs = recs(write("huibian.txt", toc))
arts = [x["title"] for x in rs if x["source"].get("index")]
check(arts == titles, f"four documents, titled without their list numbers: {arts}")
# Without page numbers at all (a Word contents field's leaders kept, its pages lost).
leaders = "\n".join(f"{n}、{t}{'.' * 30}" for n, t in zip(nums, titles))
rs = recs(write("huibian2.txt", toc.replace(toc[toc.index("一、"):toc.index("四、") + len("四、" + titles[3]) + 1], leaders + "\n")))
arts = [x["title"] for x in rs if x["source"].get("index")]
check(len(arts) >= 3 and set(arts) <= set(titles), f"contents by their leaders alone: {arts}")

# ---- a closing formula glued before the signature ---------------------------------------------------
r = recs(write("gonggao.txt", "某某基金管理有限公司关于新增代销机构的公告\n根据本公司与某某公司签署的代销协议，自2016年5月24日起开通业务。\n"
                              "一、业务说明\n投资者可通过代销机构办理。\n特此公告某某基金管理有限公司二〇一六年五月二十四日\n"), "--no-split")[0]
check((r["kind"], r["fields"].get("issuer"), r["fields"].get("date")) == ("announcement", ["某某基金管理有限公司"], "2016-05-24"),
      f"the signature after 特此公告: {r['kind']} {r['fields'].get('issuer')} {r['fields'].get('date')}")

# ---- a date whose digits an export spread apart -----------------------------------------------------
r = recs(write("spread.txt", "某某省农业农村厅关于印发管理办法的通知\n各市农业农村局：\n现将《管理办法》印发给你们，请遵照执行。\n"
                             "某某省农业农村厅\n2021年1月1 9日\n"), "--no-split")[0]
check(r["fields"].get("date") == "2021-01-19", f"`2021年1月1 9日` read whole: {r['fields'].get('date')}")

# ---- a rule titled over two lines: the organ, then the rest of its name (`…答辩程序`) ---------------------
r = recs(write("rule.txt", "某某理工大学\n研究生论文答辩程序\n1985年6月制订，2005年8月第2次修订\n"
                           "一、论文答辩由各学位评定分委员会主任或其委托人宣布答辩委员会成员名单。\n二、由答辩委员会主席宣布论文答辩会开始。\n"
                           "三、答辩委员会和来宾提问，研究生进行解答，答辩秘书做好记录。\n"), "--no-split")[0]
check((r["kind"], r["title"]) == ("regulation", "某某理工大学研究生论文答辩程序"), f"the organ's line and the rule's, one title: {r['kind']} {r['title']!r}")

# ---- a speech known by its address and its close, its title naming no speech ---------------------------
body = ("今天，我们在这里纪念中国共产党成立98周年，对学校优秀共产党员、优秀党务工作者和先进基层党组织进行表彰。"
        "刚才，听了三位党员同志的发言，很受教育。\n\n某某老师入党47年，从教40年，矢志不渝、初心不改，是不忘初心、牢记使命的楷模。\n\n"
        "面对时代赋予的责任与使命，我们每一个共产党人都要在为师生服务中实现自己的价值。让我们紧密团结在一起，脚踏实地、真抓实干，"
        "朝着建设目标不断前进，以优异的成绩庆祝新中国成立70周年！\n\n[转入文章首发地址](http://example.edu.cn/news/1.html)\n")
r = recs(write("party-day.md", "---\ntitle: 某某大学->不忘初心 牢记使命汇聚磅礴力量 | example.edu.cn\ndate: 2019-07-05 12:43:52\n---\n\n"
                                "**同志们、同学们：**\n\n" + body), "--no-split")[0]
check((r["kind"], r["title"]) == ("speech", "不忘初心 牢记使命汇聚磅礴力量"),
      f"a salutation to several audiences and a call to act make a speech: {r['kind']} {r['title']!r}")
# The call alone (an editorial's close) is no speech; nor is `今天，` a report's date when a speaker says it.
r = recs(write("editorial.md", "# 不忘初心 牢记使命\n\n" + body), "--no-split")[0]
check(r["kind"] != "speech", f"a call to act alone is no speech: {r['kind']}")

# ---- HZ (RFC 1843): seven-bit GB2312 between ~{ and ~}, and the escapes a converter left in UTF-8 ----
hz = lambda t: t.encode("hz")
r = recs(write("usenet.txt", hz("中华人民共和国国务院关于加强某项工作的通知\n各省、自治区、直辖市人民政府：\n现将有关事项通知如下，请认真贯彻执行。\n"
                                "国务院\n一九九五年三月一日\n"), "wb"), "--no-split")[0]
check((r["kind"], r["title"], r["fields"].get("date"), r["source"].get("encoding")) ==
      ("notice", "中华人民共和国国务院关于加强某项工作的通知", "1995-03-01", "hz-gb-2312"),
      f"an HZ file decoded: {r['kind']} {r['title']!r} {r['fields'].get('date')} {r['source'].get('encoding')}")
check(any(d.get("id") == "read.hz_escapes" for d in r.get("diagnostics", [])), f"and said: {r.get('diagnostics')}")
left = "".join(f"~{{{line}~}}\n" for line in ["中华人民共和国国务院关于加强某项工作的通知", "各省、自治区、直辖市人民政府：",
                                                "现将有关事项通知如下，请认真贯彻执行。", "国务院", "一九九五年三月一日"])
r = recs(write("cnd.txt", left), "--no-split", "--with-text")[0]
check(r["title"] == "中华人民共和国国务院关于加强某项工作的通知" and "~" not in r.get("text", "") and r["fields"].get("date") == "1995-03-01",
      f"the escapes left around UTF-8 removed: {r['title']!r} {r.get('text', '')[:40]!r}")
# A text that only mentions the escapes keeps them.
r = recs(write("mention.txt", "HZ 编码用 ~{ 和 ~} 包住汉字。\n"), "--no-split", "--with-text")[0]
check("~{" in r.get("text", ""), f"a mention of ~{{ stays: {r.get('text', '')!r}")

done()
