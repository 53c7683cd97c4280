"""Cases met in session 16 (held-out round 9: SQL dumps of CMSs and OA systems, a scraper's
spreadsheet, a news digest in Markdown, saved pages); each input is in tests/data/session16,
modelled on a real file of the round (names replaced), and each check says what a reader of
that input expects."""
import os
from e2e import *

R = os.path.join(SOURCE, "tests", "data", "session16")


def recs(name, *extra):
    rc, out, err = run("process", "--no-extract", *extra, os.path.join(R, name))
    return records(out)


def number_key(r):
    return (r["fields"].get("doc_number") or {}).get("key")


# A CMS keeping titles and bodies in two tables, joined by content_id; the bodies stored as
# escaped HTML (`&lt;p&gt;`): the 复函 of row 2 is read whole, title from the other table.
rs = recs("two_tables.sql")
check(len(rs) == 2, f"two rows: {len(rs)}")
r = rs[1]
check(r["kind"] == "letter" and r["title"] == "某某省药品监督管理局综合处关于药品生产场地变更有关问题的复函"
      and number_key(r) == "某药监综函〔2019〕23号" and r["fields"].get("issuer") == ["某某省药品监督管理局综合处"]
      and r["fields"].get("date") == "2019-05-08" and r["fields"].get("recipients") == ["某某市市场监督管理局"],
      f"joined 复函: {r['kind']} {r['title']} {number_key(r)} {r['fields'].get('issuer')} {r['fields'].get('date')}")

# A dump whose first table is attachments (file names): the notices' table is the dataset,
# its text broken by carriage returns alone; the spaced signature signs it.
rs = recs("attachments_first.sql")
check([r["title"] for r in rs] == ["关于做好教师培训报名工作的通知", "关于做好校园安全检查工作的通知"], f"notices read: {[r['title'] for r in rs]}")
check(all(r["kind"] == "notice" and r["fields"].get("issuer") == ["某某市教育局办公室"] for r in rs), f"issuers: {[r['fields'].get('issuer') for r in rs]}")
check([r["fields"].get("date") for r in rs] == ["2011-10-26", "2011-11-02"], f"成文日期: {[r['fields'].get('date') for r in rs]}")

# Line breaks escaped twice (`\\n` in the dump): the number has no stray `n`, the body's date wins.
r = recs("escaped_breaks.sql")[1]
check(number_key(r) == "某安委办函〔2018〕67号" and r["fields"].get("date") == "2018-07-19" and r["kind"] == "circular",
      f"escaped breaks: {number_key(r)} {r['fields'].get('date')} {r['kind']}")

# Headlines in a table of short lines, bodies in another, both naming `ctid`: joined, the
# headline column read as the title.
rs = recs("fk_titles.sql")
check([r["title"] for r in rs] == ["某某论坛暨第四届培训班第三轮通知", "某某学会门户网站第二版正式上线"] and rs[0]["kind"] == "notice",
      f"joined by ctid: {[(r['title'], r['kind']) for r in rs]}")

# An OA's columns: createtime dates the row before updatetime; signname is the signer.
rs = recs("oa_announce.sql")
check([r["fields"].get("row_date") for r in rs] == ["2013-05-28", "2013-06-14"], f"row dates: {[r['fields'].get('row_date') for r in rs]}")
check([r["fields"].get("issuer") for r in rs] == [["人力资源部"], ["行政部"]], f"signers: {[r['fields'].get('issuer') for r in rs]}")

# A scraper that wrote every value's repr (`"…"`): titles without quotes, the issuer from the title.
rs = recs("repr_cells.csv")
check(rs[0]["title"] == "某某市新经济发展委员会关于申报2018年新经济企业的通知" and rs[0]["fields"].get("issuer") == ["某某市新经济发展委员会"]
      and rs[0]["fields"].get("row_date") == "2018-09-07", f"repr cells: {rs[0]['title']} {rs[0]['fields'].get('issuer')}")

# A news digest in Markdown under front matter with a line of HTML: one article per headline,
# the programme's own heading above the first none of them.
rs = recs("news_digest.md")
arts = [(r["title"], r["source"].get("line_start"), r["kind"]) for r in rs if r["source"].get("index")]
check([a[:2] for a in arts] == [("某某省召开全省安全生产工作会议 部署下半年重点任务", 14), ("全国铁路端午假期运输今天启动", 22),
                                ("端午临近 节日市场供应丰富", 30), ("国内新闻快讯", 38)], f"digest articles: {arts}")
check(all(a[2] == "news" for a in arts), f"digest kinds: {[a[2] for a in arts]}")

# A signature dated to the month only, its organ broken over two lines (`…人民政府` / `外事办公室`).
r = recs("month_signature.html")[0]
check(r["kind"] == "notice" and r["fields"].get("date") == "2008-07" and r["fields"].get("issuer") == ["某某市某某区人民政府外事办公室"],
      f"month date: {r['fields'].get('date')} {r['fields'].get('issuer')}")

# A number in the small-form brackets ﹝﹞: read, and keyed as 〔〕.
r = recs("small_bracket.txt")[0]
check(number_key(r) == "某股交发〔2015〕47号", f"small brackets: {r['fields'].get('doc_number')}")

# Headlines alone in traditional characters: folded for reading, a 致辭 is a speech.
rs = recs("hk_titles.json")
check([r["kind"] for r in rs][0] == "speech" and rs[0]["fields"].get("script", {}).get("written") == "traditional",
      f"traditional headline: {rs[0]['kind']} {rs[0]['fields'].get('script')}")

# A WeChat post's call under the text (`关注我们：`) is the account's, not the document's; a
# 辩护词 is said in court: a speech.
r = recs("wechat_follow_call.html")[0]
rc, out, err = run("inspect", os.path.join(R, "wechat_follow_call.html"))
check("关注我们" not in out.split("--- cleaned text")[-1], "关注我们 left in the text")
check(r["kind"] == "speech" and r["fields"].get("date") == "2019-01-08", f"辩护词: {r['kind']} {r['fields'].get('date')}")

# The review's cases (tests/data/session16/review_*): what the rules above must not do.
rs = recs("review_region_table.sql")
check([r["title"] for r in rs] == ["关于做好防汛工作的通知", "关于开展安全检查的通知"], f"a table of areas is no dataset: {[r['title'] for r in rs][:3]}")
said = [d["message"] for d in rs[0]["diagnostics"] if d["id"] == "read.tables_skipped"]
check(len(said) == 1 and "`sys_area` (31 rows)" in said[0] and "`article`" in said[0], f"the table not read is named: {said}")
check(not any(d["id"] == "read.tables_skipped" for d in rs[1]["diagnostics"]), "named once, on the first row")
rs = recs("two_tables.sql")
said = [d["message"] for r in rs for d in r["diagnostics"] if d["id"] == "read.tables_skipped"]
check(said == [], f"a title table joined is read: {said}")
rs = recs("review_category_join.sql")
check(rs[0]["title"] != "通知公告" and rs[1]["kind"] == "notice", f"no join by id = id: {[r['title'] for r in rs]}")
r = recs("review_sendtime.csv")[0]
check(r["fields"].get("row_date") == "2019-05-20", f"sendtime is no revision: {r['fields'].get('row_date')}")
rs = recs("review_digest.md")
check([r["title"] for r in rs if r["source"].get("index")][0] == "李强主持国常会", f"a short first headline keeps its story: {[r['title'] for r in rs]}")
r = recs("review_fm_html.md")[0]
check(r["title"] == "关于做好2019年防汛工作的通知" and r["kind"] == "notice", f"chrome in brackets is no Markdown: {r['title']!r} {r['kind']}")
for name, want in [("review_joint_number.txt", "某委办发〔2016〕18号 某政办发〔2016〕19号"),
                   ("review_long_number.txt", "中共某某市委办公室 某某市人民政府办公室 某委办发〔2016〕18号")]:
    got = (recs(name)[0]["fields"].get("doc_number") or {}).get("text")
    check(got == want, f"{name}: {got}")
r = recs("review_paths.csv")[0]
rc, out, err = run("inspect", os.path.join(R, "review_paths.csv"))
check("192.168.1.5\\notice" in out, "a path's backslashes are no line breaks")
r = recs("review_short_simplified.txt")[0]
check("script" not in r["fields"], f"a simplified letter naming a traditional name is not folded: {r['fields'].get('script')}")
r = recs("review_bianhu_essay.txt")[0]
check(r["kind"] != "speech", f"an essay about 辩护词 is no speech: {r['kind']}")
# The second review's cases (review2_*).
for name, bad in [("review2_t1.txt", "实验小学"), ("review2_t2.txt", "重点单位"), ("review2_t4.txt", "中学"), ("review2_t5.txt", "领导小组")]:
    got = recs(name)[0]["fields"].get("issuer") or []
    check(not any(bad in x for x in got), f"{name}: a list's last entries are no signers: {got}")
r = recs("review2_r101.txt")[0]
check(r["fields"].get("issuer") is None, f"a rule's title names what it regulates, not its maker: {r['fields'].get('issuer')}")
rs = recs("review2_s1.sql")
check(len(rs) > 1 and all(x["title"] != "about" for x in rs), f"one page is no dataset of articles: {[x['title'] for x in rs][:3]}")
rs = recs("review2_s3.sql")
check([x["title"] for x in rs] == ["关于开展安全生产大检查的通知", "关于做好防汛工作的通知"], f"PHPCMS news and news_data joined: {[x['title'] for x in rs]}")
rs = recs("review2_s4.sql")
check(all(x["title"] != "学习贯彻党的十九大精神专题" for x in rs), f"no join through a key naming many rows: {[x['title'] for x in rs]}")
r = recs("review2_w3.txt")[0]
check(number_key(r) == "某政发〔2018〕12号", f"a masthead repeated by the signature is no width: {number_key(r)}")
rc, out, err = run("inspect", os.path.join(R, "review2_c1.csv"))
check("\\t" not in out.split("--- cleaned text")[-1], "an escaped tab beside Chinese is a tab")
r = recs("review_mismatch.txt")[0]
check(number_key(r) == "某政发〔2018〕12号" and r["title"] == "关于做好防汛工作的通知",
      f"a short text of one-line paragraphs is not hard-wrapped; a bracket closed by another keys as 〔〕: {number_key(r)} {r['title']}")
done()
