"""A review of session 14's changes (the record written straight into its line, <br> texts, info
lines that date a page, list titles scraped twice, US-ordered dates, organs in a source column,
party bodies over two lines) found these; each case is an input it wrote (tests/data/review14),
each check what a reader of that input would expect."""
import os
from e2e import *

R = os.path.join(SOURCE, "tests", "data", "review14")


def recs(name, *extra):
    rc, out, err = run("process", "--no-extract", *extra, os.path.join(R, name))
    return records(out)

# A text that mentions `<br>` keeps its own lines; one with more <br> than any tag count is read as lines.
r = recs("br_mention2.txt")[0]
check(r["kind"] == "notice" and r["fields"].get("date") == "2020-03-05" and not r["source"]["layout"].startswith("html"),
      f"a text mentioning <br> stays text: {r['kind']} {r['source']['layout']} {r['fields'].get('date')}")
r = recs("br_dense.txt")[0]
check(r["fields"].get("recipients") == ["各单位"] and r["fields"].get("date") == "2020-01-02",
      f"150 <br> are 150 line ends: {r['fields'].get('recipients')} {r['fields'].get('date')}")
# A related item's 来源 line does not date the page when the page's own info line does.
r = recs("meta_sidebar.html")[0]
check(r["fields"].get("page_date") == "2020-03-05", f"the labelled date wins over a sidebar's: {r['fields'].get('page_date')}")
# Impossible days are no dates.
dates = [x["fields"].get("row_date") for x in recs("slashed.csv")]
check(dates[0] == "2020-01-24" and dates[2] is None and dates[3] is None, f"24/1/2020 read, 2/30 and 6/31 refused: {dates}")
check(dates[1] == "2020-04-03", f"a column that writes 24/1/2020 writes 3/4/2020 day first too: {dates[1]}")
# A website in the source column issues nothing.
issuers = [x["fields"].get("issuer") for x in recs("source_col.csv")]
check(issuers[0] == ["广州市财政局"] and issuers[1] is None and issuers[2] is None, f"门户网站 and 网站 are outlets: {issuers[:3]}")
# A whole party organ ending in 局 or 中心 is one signer, the organ below it another.
for name, want in [("tail_laoganbu_center.txt", ["中共长沙市委老干部局", "湖南省老干部活动中心"]),
                   ("tail_jiyao.txt", ["中共某某省委机要局", "某某省国家保密局"])]:
    got = recs(name)[0]["fields"].get("issuer")
    check(got == want, f"{name}: {got}")
# A short cheer said twice is a title said twice; a long one scraped twice is kept once.
titles = [x["title"] for x in recs("list_title_repeat.csv")]
check(titles[:2] == ["加油！加油！", "谢谢谢谢"], f"short doubles kept: {titles}")
# A huge repeating cell costs no more than reading it (the de-doubling is bounded).
big = os.path.join(tmpdir(), "big.csv")
with open(big, "w", encoding="utf-8") as f:
    f.write("title\n" + "哈" * 333_333 + "a\n")
rc, out, err = run("process", "--no-extract", big)
check(rc == 0 and len(records(out)) == 1, f"a 1 MB repeating title cell is one record (rc {rc})")

# The second review (bulletins, contents, two-column signatures, titles with clauses, &nbsp;).
def first(name):
    rs = recs(name)
    return rs[0] if rs else {"fields": {}, "kind": None, "title": ""}

for name, want in [("d1_three_cols.txt", 5), ("d2_single_over_two.txt", 3)]:
    got = first(name)["fields"].get("issuer") or []
    check(len(got) == want, f"{name}: every signer kept ({got})")
check(first("d4_party_ju.txt")["fields"].get("issuer") == ["中共青岛市公安局委员会"], "中共青岛市公安局 over 委员会 is one signer")
for name in ("a2_jianbao_single.txt", "a5_notice_jianbao.txt", "a6_speech.txt", "b1_plan_toc.txt"):
    check(len(recs(name)) == 1, f"{name}: one document, not split ({len(recs(name))} records)")
starts = [r["source"]["line_start"] for r in recs("g2_decimal_nospace.txt") if r["source"].get("container")]
check(11 in starts, f"a row ending in 8.5 is no contents entry: the title at line 11 starts an article ({starts})")
starts = [r["source"]["line_start"] for r in recs("i1_topic_header.txt") if r["source"].get("container")]
check(13 in starts and 14 in starts, f"a topic header over its first article is found ({starts})")
for name, kind in [("c4_gongshi.txt", "public_notice"), ("c5_yinfa.txt", "notice")]:
    r = first(name)
    check(r["kind"] == kind and r["fields"].get("date"), f"{name}: a title with clauses is a title ({r['kind']}, {r['title'][:30]})")
f = first("e2_nbsp_lines.html")["fields"]
check(f.get("page_date") == "2023-05-06" and "".join((f.get("author") or "").split()) == "王伟",
      f"&nbsp; after a label and inside a name: {f.get('page_date')} {f.get('author')!r}")
check(first("e1_nbsp_label.html")["fields"].get("source") == "青岛市应急管理局", "a source after &nbsp;")
r = first("h1_nl2br.txt")
check(r["kind"] == "notice" and "<br" not in r["title"], f"nl2br text is read as lines: {r['kind']} {r['title'][:30]}")
rc, out, err = run("process", os.path.join(R, "f1_news_venue.txt"))
check(records(out) and records(out)[0]["fields"].get("venue") == "五月花大酒店", "a place named 五月花 is a venue")
done()
