"""Held-out round of session 17 (issues 12, 13, 14, 15): a climate-policy dataset's CSV of State
Council documents (tests/devset/datasets-4), a WPS-written DOCX of a 公告 promulgating a judicial
批复 (tests/devset/binary-2), and inputs in tests/data/session17 modelled on the round's other
files (names replaced): a CMS dump keeping titles and bodies in two tables, a spreadsheet with
date-formatted cells, an attachment's label over its title, a law's 题注, a page dated by a
calendar badge, news rows without datelines, a headline reporting that a speech was given."""
import io
import json
import os
import zipfile
from e2e import *

R = os.path.join(SOURCE, "tests", "data", "session17")
squeeze = lambda s: "".join((s or "").split())


recs = process_records


# ---- the dataset: per-row figures against the hand-checked gold --------------------------------
floors(evaluate("eval_rows", GONGWEN, os.path.join(SOURCE, "tests", "devset", "datasets-4")),
       {"rec": 10, "title": 10, "kind": 10, "date": 10, "issuer": 9, "number": 10}, "datasets-4 ")

# ---- the 公文 of the round as text and as DOCX: per-file figures against the hand-checked gold ---
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(SOURCE, "tests", "devset", "gongwen-10")),
       {"kind": 6, "title": 6, "doc_number": 2, "issuer": 5, "date": 5, "recipients": 2}, "gongwen-10 ")
floors(evaluate("eval_binary", GONGWEN, os.path.join(SOURCE, "tests", "devset", "binary-2")),
       {"ok": 8, "kind": 8, "title": 8, "date": 8, "issuer": 7, "number": 3}, "binary-2 ")

# ---- the 公告 and the 批复 it promulgates: two linked records -----------------------------------
B = os.path.join(SOURCE, "tests", "devset", "binary-2")
gold = json.load(open(os.path.join(B, "gold", "004_liangao-wangpan-pifu-wps-reply.json"), encoding="utf-8"))
rs = recs(os.path.join(B, gold["file"]))
check(len(rs) == 2, f"two records: {[r['title'] for r in rs]}")
if len(rs) == 2:
    a, b = rs
    check(a["kind"] == gold["kind"] and squeeze(a["title"]) == squeeze(gold["title"]) and a["fields"].get("date") == gold["date"]
          and a["fields"].get("issuer") == gold["issuers"], f"the 公告: {a['kind']} {a['title']} {a['fields'].get('date')} {a['fields'].get('issuer')}")
    want = gold["issued"]
    check(b["kind"] == want["kind"] and squeeze(b["title"]) == squeeze(want["title"]) and
          (b["fields"].get("doc_number") or {}).get("text") == want["doc_number"] and b["fields"].get("issuer") == want["issuers"],
          f"the 批复: {b['kind']} {b['title']} {b['fields'].get('doc_number')} {b['fields'].get('issuer')}")
    check(a["fields"].get("attachment") == b["id"] and b["fields"].get("attachment_of") == a["id"], "linked both ways")

# ---- a CMS's two tables: titles from ot_document (its empty `name` is no title), bodies from
# ot_document_article, dated by Unix times in China, entities escaped twice decoded -------------
rs = recs(os.path.join(R, "cms_two_tables.sql"))
check([r["title"] for r in rs] == ["某某市高铁网东北方向项目进入可行性研究阶段", "某某省最低工资标准再次上调"], f"titles: {[r['title'] for r in rs]}")
check([r["fields"].get("row_date") for r in rs] == ["2015-11-09", "2015-11-09"], f"dates in UTC+8: {[r['fields'].get('row_date') for r in rs]}")
rc, out, err = run("process", "--no-extract", "--with-text", os.path.join(R, "cms_two_tables.sql"))
texts = [r.get("text", "") for r in records(out)]
check(texts and not any("&nbsp;" in t or "&amp;" in t or "&ldquo;" in t for t in texts) and "“米”字形" in texts[0],
      f"entities decoded: {[t[:40] for t in texts]}")
check([r["kind"] for r in rs] == ["news", "news"], f"reports read as news (记者获悉, 据了解): {[r['kind'] for r in rs]}")

# ---- a spreadsheet: a date is a number with a date style, read as the date the sheet shows ----
sheet = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>No.</t></is></c><c r="B1" t="inlineStr"><is><t> Policy Title</t></is></c><c r="C1" t="inlineStr"><is><t>Release Time</t></is></c><c r="D1" t="inlineStr"><is><t>Policy Content</t></is></c></row>
<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t> Guiding Opinions on Smart Forestry</t></is></c><c r="C2" s="1"><v>41507</v></c><c r="D2" t="inlineStr"><is><t>各省、自治区、直辖市林业厅（局）：为加快推进智慧林业建设，提出如下意见。一、充分认识智慧林业的重要意义。</t></is></c></row>
<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t> Notice on Data Management</t></is></c><c r="C3" s="2"><v>45553.5</v></c><c r="D3" t="inlineStr"><is><t>各有关单位：为加强数据管理，现将有关事项通知如下。一、提高认识。二、落实责任。</t></is></c></row>
</sheetData></worksheet>"""
styles = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/></cellXfs></styleSheet>"""
workbook = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Central Policies Table" sheetId="1" r:id="rId1"/></sheets></workbook>"""
rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("xl/workbook.xml", workbook)
    z.writestr("xl/_rels/workbook.xml.rels", rels)
    z.writestr("xl/styles.xml", styles)
    z.writestr("xl/worksheets/sheet1.xml", sheet)
xlsx = os.path.join(tmpdir(), "policies.xlsx")
open(xlsx, "wb").write(buf.getvalue())
rs = recs(xlsx)
check([r["title"].strip() for r in rs] == ["Guiding Opinions on Smart Forestry", "Notice on Data Management"],
      f"the `Policy Title` column titles the rows: {[r['title'] for r in rs]}")
check([r["fields"].get("row_date") for r in rs] == ["2013-08-21", "2024-09-18"], f"date cells: {[r['fields'].get('row_date') for r in rs]}")

# ---- an attachment's label is no title ----------------------------------------------------------
r = recs(os.path.join(R, "attachment_label.txt"))[0]
check(r["title"] == "麻醉药品品种目录（2013年版）", f"title under 附件1: {r['title']}")

# ---- a law's 题注: each date by its own clause; the latest revision kept ------------------------
r = recs(os.path.join(R, "law_headnote.txt"))[0]
f = r["fields"]
check(r["kind"] == "regulation" and f.get("date") == "1982-12-04" and f.get("adopted") == "1982-12-04" and
      f.get("effective") == "1982-12-04" and f.get("revised") == "2018-03-11" and f.get("issuer") == ["全国人民代表大会"],
      f"题注: {r['kind']} date {f.get('date')} adopted {f.get('adopted')} effective {f.get('effective')} revised {f.get('revised')} {f.get('issuer')}")

# ---- a page dated by its calendar badge; the lead's 2月19日 (the meeting) dates nothing alone ----
r = recs(os.path.join(R, "badge_page.html"))[0]
check(r["fields"].get("page_date") == "2024-02-21" and r["fields"].get("date") == "2024-02-21" and r["kind"] == "news",
      f"badge date: {r['fields'].get('page_date')} {r['fields'].get('date')} {r['kind']}")

# ---- news rows without a dateline: a site's 在线讯 formula, a broadcast's sound bites -----------
rs = recs(os.path.join(R, "news_rows.jsonl"))
check([r["kind"] for r in rs] == ["news", "news"], f"news rows: {[(r['kind'], r['scores'].get('news')) for r in rs]}")
check([r["fields"].get("row_date") for r in rs] == ["2015-11-10", "2007-03-15"], f"Unix times: {[r['fields'].get('row_date') for r in rs]}")

# ---- a headline that reports a speech (…出席会议并讲话) is news, not the speech -----------------
r = recs(os.path.join(R, "meeting_headline.txt"))[0]
check(r["kind"] == "news", f"meeting news: {r['kind']} {r['scores']}")
# ---- review of the session's change (each input in tests/data/session17/review_*) ---------------
def first(name, *extra):
    rs = recs(os.path.join(R, name), *extra)
    return rs[0] if rs else {"kind": None, "title": "", "fields": {}, "scores": {}}


# A unit's or a number's column opens the text too: the title column is the one that titles it.
rs = recs(os.path.join(R, "review_unit_first.csv"))
check([r["title"] for r in rs] == ["杭州市西湖区垃圾分类工作情况", "杭州市余杭区老旧小区改造进展"], f"unit column is no title: {[r['title'] for r in rs]}")
# `link_text` is no text column beside `content`.
r = first("review_linktext.csv", "--with-text")
check(r["title"] == "国务院办公厅关于加强城市内涝治理的实施意见" and "各省" in r.get("text", ""), f"content is the text: {r['title']} {r.get('text', '')[:30]}")
# A speech that studies a speech's 精神 is still a speech.
r = first("review_speech_jingshen.txt")
check(r["kind"] == "speech" and r["title"] == "在全市学习贯彻习近平总书记重要讲话精神专题会议上的讲话", f"讲话精神 speech: {r['kind']} {r['title']}")
# Labelled dates of a regulation: 公布日期 and 施行日期, on one line or two.
for name in ("review_reg_labels.txt", "review_reg_labels_oneline.txt"):
    f = first(name)["fields"]
    check(f.get("promulgated") == "2019-12-28" and f.get("effective") == "2020-06-01", f"{name}: {f.get('promulgated')} {f.get('effective')}")
# A sidebar list's day/month pairs date no page.
r = first("review_sidebar_badges.html")
check(r["fields"].get("page_date") in (None, "2024-03-05"), f"sidebar badge: {r['fields'].get('page_date')}")
# A member list, a Q&A with 记者： and a record of speeches are no broadcast's sound bites.
for name in ("review_zhuanjiazu.txt", "review_dajizhewen.txt", "review_minutes_parens.txt"):
    r = first(name)
    check(r["kind"] != "news", f"{name}: {r['kind']} {r['scores'].get('news')}")
# An issue number of eleven digits splits the container all the same (no exception).
digest = open(os.path.join(SOURCE, "tests", "devset", "containers", "004_xwlb-cctv-toc-20190115.md"), encoding="utf-8").read().split("\n")
overflow = os.path.join(tmpdir(), "overflow.md")
open(overflow, "w", encoding="utf-8").write("\n".join(digest[:2] + ["2019年第99999999999期", ""] + digest[2:]))
rc, out, err = run("process", "--no-extract", overflow)
check(rc == 0 and len(records(out)) > 5 and "split.failed" not in out, f"overflowing issue number: {len(records(out))} records")
# Entities: `R&amp;D` an ampersand, `&#150;` cp1252's dash.
rc, out, err = run("process", "--no-extract", "--with-text", os.path.join(R, "review_ent.csv"))
t = records(out)[0].get("text", "") if records(out) else ""
check("R&D" in t and "\u0096" not in t and "–" in t, f"entities: {t[:80]!r}")
# A Unix time in milliseconds before 2001-09 (12 digits).
rs = recs(os.path.join(R, "review_epoch.csv"))
check([r["fields"].get("row_date") for r in rs] == ["2015-11-09", "2001-01-01"], f"epoch: {[r['fields'].get('row_date') for r in rs]}")
# An answer column's Unix time dates a reply, not the message's.
r = first("review_reply.json")
check(r["fields"].get("row_date") not in (None, "2015-11-10"), f"reply dated by its answer: {r['fields'].get('row_date')}")
# ---- the second review (tests/data/session17/review2_*) -----------------------------------------
# A summary or the page's HTML is the text only when nothing says content.
for name in ("review2_summ.csv", "review2_html_col.csv"):
    rc, out, err = run("process", "--no-extract", "--with-text", os.path.join(R, name))
    r = records(out)[0] if records(out) else {}
    check(r.get("text", "").startswith("1月5日上午") or "部署全年重点工作" in r.get("text", "")[:80], f"{name}: text {r.get('text', '')[:40]!r}")
# A title column found by content after a masthead on the same line, or wrapped over two lines;
# not a lead column that repeats the text's second line.
r = first("review2_oneline.csv")
check(r["title"] == "关于加强城市内涝治理的实施意见", f"title after a masthead: {r['title']!r}")
r = first("review2_wrapped.csv")
check(r["title"] == "某某市人民政府办公室关于印发某某市城市内涝治理三年行动方案的通知", f"wrapped title: {r['title']!r}")
r = first("review2_lead2.csv")
check(r["title"] == "我市举办第十届科技活动周", f"the name column, not the lead: {r['title']!r}")
# A regulation dated by the sentence that promulgates it, by labels with a gap, despite a 废止 clause;
# a preamble's 根据 dates none of its revisions.
f = first("review2_reg_sentence.txt")["fields"]
check(f.get("adopted") == "2019-12-01" and f.get("effective") == "2020-03-01", f"promulgating sentence: {f.get('adopted')} {f.get('effective')}")
f = first("review2_reg_label_sp.txt")["fields"]
check(f.get("promulgated") == "2019-12-28" and f.get("effective") == "2020-03-01", f"labels with a gap: {f.get('promulgated')} {f.get('effective')}")
f = first("review2_reg_fei.txt")["fields"]
check(f.get("effective") == "2020-03-01", f"废止 after 施行: {f.get('effective')}")
f = first("review2_reg_genju2.txt")["fields"]
check(f.get("revised") is None, f"preamble's 根据: revised {f.get('revised')}")
# A site's column `公告` over an organ is no title; the notice under it is.
r = first("review2_column_gonggao.txt")
check(r["kind"] == "notice" and r["title"].endswith("烟花爆竹燃放管理的通知"), f"column 公告: {r['kind']} {r['title']}")
# A crawler header in two groups; a Markdown record whose body is a list of years.
r = first("review2_hdr2.txt", "--with-text")
check(r["fields"].get("publisher") == "某某市应急管理局" and "索引号" not in r.get("text", ""), f"two groups: {r['fields'].get('publisher')}")
r = first("review2_md_own.md", "--with-text")
check("完成政务云平台迁移" in r.get("text", ""), f"list items stay text: {r.get('text', '')[:60]!r}")
# Headlines reporting a speech, reports about one, and a 通知 about a speech's 精神 are no speeches.
for name in ("review2_sp_news4.txt", "review2_sp_report.txt", "review2_tz_jingshen.txt"):
    r = first(name)
    check(r["kind"] != "speech" and r["kind"] != "unknown", f"{name}: {r['kind']}")
# A related-news list does not cancel the article's badge; a meeting's record has no sound bites.
r = first("review2_badge_related.html")
check(r["fields"].get("page_date") == "2024-02-21", f"badge under related news: {r['fields'].get('page_date')}")
r = first("review2_minutes_jilu.txt")
check(r["scores"].get("news", 0) <= 0.3, f"meeting record, no sound bites: {r['kind']} {r['scores'].get('news')}")
r = first("review2_xiaoxi.txt")
check(r["fields"].get("agency") == "新华网", f"据…消息: {r['fields'].get('agency')}")
# ---- pages of the committed set: a portal's keyword tags name no site; editors' credits at an
# article's end are the page's; a lead's day and place report an event --------------------------
P = os.path.join(SOURCE, "tests", "devset", "pages")
rc, out, err = run("process", "--no-split", "--no-extract", "--with-text", os.path.join(P, "016_sohu-zhengwu.html"))
r = records(out)[0] if records(out) else {"fields": {}, "kind": None}
check(r["fields"].get("site") != "前往" and r["kind"] == "news", f"sohu tags: site {r['fields'].get('site')} kind {r['kind']}")
for name, credit in (("011_gmw-opinion.html", "责编：杨煜"), ("022_chinanews-theory.html", "【编辑:陈海峰】")):
    rc, out, err = run("process", "--no-split", "--no-extract", "--with-text", os.path.join(P, name))
    t = records(out)[0].get("text", "") if records(out) else ""
    check(t and credit not in t, f"{name}: {credit} left out of the text")
rc, out, err = run("process", "--no-split", "--no-extract", "--with-text", os.path.join(P, "035_people-jiangsu-fanxiao.html"))
r = records(out)[0] if records(out) else {"fields": {}, "kind": None, "text": ""}
check(r["fields"].get("editor") == "萧潇、张妍" and "责编" not in r.get("text", "") and r["kind"] == "news",
      f"editor kept as a field: {r['fields'].get('editor')} {r['kind']}")
done()
