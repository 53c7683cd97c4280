"""Cases met in session 15 (held-out round 8 and its review); each input is in
tests/data/session15 and each check says what a reader of that input expects."""
import os
from e2e import *

R = os.path.join(SOURCE, "tests", "data", "session15")


def recs(name, *extra):
    rc, out, err = run("process", "--no-extract", *extra, os.path.join(R, name))
    return records(out)


# A two-column joint signature whose right organ runs on to a line of its own
# (`青岛市人民政府` / `办公厅`): two signers, the second finished by the generic name.
for name, want in [("sig_generic_body.txt", ["青岛市财政局", "青岛市人民政府办公厅"]),
                   ("sig_generic_body_party.txt", ["中共青岛市委", "青岛市人民政府办公厅"])]:
    got = recs(name)[0]["fields"].get("issuer")
    check(got == want, f"{name}: {got}")

# A title that is its 文种 alone (`通报`) over the 主送 line is the document's title.
r = recs("bare_tongbao.md")[0]
f = r["fields"]
check(r["kind"] == "circular" and r["title"] == "通报" and (f.get("doc_number") or {}).get("key") == "某安办字〔2024〕5号"
      and f.get("issuer") == ["某某集团安全生产委员会办公室"] and f.get("date") == "2024-03-08",
      f"bare 通报: {r['kind']} {r['title']} {f.get('doc_number')} {f.get('issuer')} {f.get('date')}")
# A body without its title whose turn is `具体通知如下：` is a notice; the save time above it titles nothing.
r = recs("headless_turn.html")[0]
f = r["fields"]
check(r["kind"] == "notice" and r["title"] == "" and f.get("issuer") == ["某市科学技术局"] and f.get("date") == "2019-04-30",
      f"headless notice: {r['kind']} {r['title']!r} {f.get('issuer')} {f.get('date')}")
# A URL inside the document (`申报网址：http://…`) above the 附件 and the 署名 starts no footer.
r = recs("footer_url_above_signature.html")[0]
f = r["fields"]
check(f.get("issuer") == ["某某市知识产权局"] and f.get("date") == "2018-06-28" and f.get("attachments") == ["专利资助申请表"],
      f"signature kept under a URL line: {f.get('issuer')} {f.get('date')} {f.get('attachments')}")
# A time stamp alone on the first line is no title.
r = recs("timestamp_first_line.txt")[0]
check(r["title"] == "某某公司年会安排", f"first line with words: {r['title']!r}")

# An Elasticsearch bulk export named .json: its action lines are no rows; a record whose HTML
# holds raw quotes is read and says so; a row whose text is null is an error naming it, not
# a record whose text is its source column.
rs = recs("es_bulk.json")
check([r["source"].get("row") for r in rs] == [1, 2, 3], f"three rows: {[r['source'].get('row') for r in rs]}")
ids = lambda r: [x["id"] for x in r["diagnostics"]]
check(rs[0]["kind"] == "notice" and rs[0]["fields"].get("date") == "2021-03-01" and "read.row_repaired" in ids(rs[0]),
      f"repaired row: {rs[0]['kind']} {rs[0]['fields'].get('date')} {ids(rs[0])}")
# (Session 20: a row whose text is null but which has a title is a listing's row: read from its
# title and metadata, with a warning, not an error.)
check("read.row_title_only" in ids(rs[1]) and rs[1]["title"] == "2021年政府采购意向" and rs[1]["fields"].get("row_date") == "2021-04-08",
      f"null text, a title: a record from the row's title and metadata, said so: {ids(rs[1])} {rs[1]['title']!r}")
check(rs[2]["kind"] == "circular" and rs[2]["fields"].get("row_issuer") is None, f"新华社 issues nothing: {rs[2]['fields'].get('row_issuer')}")

# A compilation whose pieces end with a source note and a rule (`□　摘自《…》` / `～～～～`):
# each piece starts at its title, bylined (`·青野、方雷·`, two names) or not.
arts = [(r["title"], r["source"].get("line_start")) for r in recs("rules_compilation.txt") if r["source"].get("index")]
check(arts == [("逮捕“四人帮”的经过", 2), ("长在红旗下", 13), ("关于读者来信的答复", 24)], f"pieces between rules: {arts}")

# The review's cases (tests/data/session15/review_*): what the rules above must not do.
r = recs("review_footer_date.txt")[0]
check("clean.site_footer" in ids(r), f"a date under a footer line is the footer's: {ids(r)}")
r = recs("review_news_label2.txt")[0]
check(r["kind"] != "notice" and r["title"] == "市教育局公布2024年中考时间安排", f"a column label 通知 over a reporter's sentence: {r['kind']} {r['title']}")
r = recs("review_report_speech.txt")[0]
check(r["title"] != "报告" and r["kind"] != "report", f"报告 over 各位代表： is no 公文 titled 报告: {r['kind']} {r['title']!r}")
rs = recs("review_api_doc.txt")
check(len(rs) == 1 and rs[0]["source"].get("row") is None, f"a .txt opening with JSON examples is one text: {len(rs)} records")
rs = recs("review_bulk_err.json")
check([r["source"].get("row") for r in rs] == [1, 2, 3] and "read.row" in ids(rs[1]) and rs[0]["kind"] == "circular",
      f"a damaged bulk record is one error row: {[(r['source'].get('row'), r['kind']) for r in rs]}")
rs = recs("review_bulk_update.json")
check(len(rs) == 3 and all(r["kind"] == "circular" for r in rs), f"an update's doc payload is its record: {[r['kind'] for r in rs]}")
rs = recs("review_speech_rules2.txt")
check(len(rs) == 1 and rs[0]["kind"] == "speech", f"rules between a speech's parts split nothing: {[r['kind'] for r in rs]}")
check(recs("review_preface.txt")[0]["title"] == "序", "a one-character title is a title")
for name, want in [("review_sig_office_left.txt", ["平度市人民政府办公室", "平度市财政局"]),
                   ("review_sig_office_left2.txt", ["平度市安全生产委员会办公室", "平度市应急管理局"])]:
    got = recs(name)[0]["fields"].get("issuer")
    check(got == want, f"{name}: {got}")

# A form published as the article (a 行政处罚信息公开表): the table under the page's heading,
# not the menu's blurb; each row a line, its label and value joined as a DOCX table's are (session 24),
# the cell of several lines read whole (equal-length cells are no hard wraps).
rc, out, err = run("process", "--no-extract", "--with-text", os.path.join(R, "form_table.html"))
r = records(out)[0]
lines = r["text"].splitlines()
check(lines[:3] == ["某某监管分局行政处罚信息公开表", "行政处罚决定书文号 | 某罚决字〔2024〕12号", "被处罚当事人 | 某某保险股份有限公司某某分公司"]
      and "主要职责" not in r["text"] and any(l.startswith("行政处罚决定（个人） | 对王一明警告并罚款1万元 对李二强警告并罚款2万元") for l in lines),
      f"form under its heading: {lines[:4]}")

# A dump written with REPLACE INTO (as MySQL clients export with --replace): one record per row.
rs = recs("replace_into.sql")
check([(r["source"].get("row"), r["kind"]) for r in rs] == [(1, "notice"), (2, "circular")],
      f"REPLACE INTO rows: {[(r['source'].get('row'), r['kind']) for r in rs]}")

# A title cell holding the scraper's markup (`<span>…</span`, cut short) is its text.
check([r["title"] for r in recs("title_tags.csv")] == ["关于开展安全检查的通知", "关于表彰先进个人的决定"],
      f"tags out of title cells: {[r['title'] for r in recs('title_tags.csv')]}")

# A news item under a save time: the headline is its title and the line under it its lead.
r = recs("review_ts_first.txt")[0]
check(r["kind"] == "news" and r["title"] == "我县召开秋季防火工作部署会", f"save time above a headline: {r['kind']} {r['title']}")

# A failed document reaches stderr (named with its row and step) and the summary, not only its
# error record and the exit code.
no_text = os.path.join(tmpdir(), "es_bulk_untitled.json")
with open(os.path.join(R, "es_bulk.json"), encoding="utf-8") as f, open(no_text, "w", encoding="utf-8") as o:
    o.write(f.read().replace('"title":"2021年政府采购意向"', '"title":""'))
rc, out, err = run("process", "--no-extract", no_text)
check(rc == 1 and "es_bulk_untitled.json row 2: read failed" not in err and "es_bulk_untitled.json: read failed: row 2:" in err
      and "1 error(s)" in err, f"a failed row on stderr: rc={rc} {err.strip()[:200]!r}")

done()
