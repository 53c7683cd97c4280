"""Issue 13: a news report's dateline (`新华社乌鲁木齐5月9日电（记者邹伟）`, `本报讯`) names the agency
that released it: `agency`, `dateline_place`, `reporters`, and `issuer` = the agency. Expected values
are read here from the hand-checked first paragraphs of the saved-page dev set (tests/devset/pages/gold),
with a pattern of this test's own, for every page the news handler takes."""
import glob
import json
import os
import re
from e2e import *

PAGES = os.path.join(SOURCE, "tests", "devset", "pages")
DATELINE = re.compile(r"^\s*(新华社|中新社|中新网|人民网|央视网|本报|本台)(\S{0,8}?)\d{1,2}月\d{1,2}日(?:电|讯)\s*(?:[（(]记者\s*([^）)]+)[）)])?")
expected = {}
for g in sorted(glob.glob(os.path.join(PAGES, "gold", "*.json"))):
    gold = json.load(open(g, encoding="utf-8"))
    m = DATELINE.match(gold.get("first_paragraph") or "")
    if m:
        expected[gold["file"]] = (m.group(1), m.group(2) or None, m.group(3))
check(len(expected) >= 3, f"pages with a dateline in the gold: {sorted(expected)}")
rc, out, err = run("process", "--no-extract", *[os.path.join(PAGES, f) for f in expected])
news = 0
for r in records(out):
    name = os.path.basename(r["source"]["path"])
    if r.get("kind") != "news":
        continue
    news += 1
    f = r["fields"]
    agency, place, reporters = expected[name]
    got = (f.get("agency"), f.get("dateline_place"), f.get("reporters"))
    check(got == (agency, place, reporters) and f.get("issuer") == [agency], f"{name}: dateline {got}, issuer {f.get('issuer')}")
check(news >= 2, f"news reports among them: {news}")

# 本报讯: the outlet itself, named by the page's site when it has one.
d = tmpdir()
page = os.path.join(d, "report.html")
with open(page, "w", encoding="utf-8") as fh:
    fh.write("<html><head><title>我市召开安全生产工作会议_某某日报</title><meta property=\"og:site_name\" content=\"某某日报\"></head><body>"
             "<div class=\"article\"><h1>我市召开安全生产工作会议</h1><p>发布时间：2024-05-06 来源：某某日报</p>"
             "<p>本报讯（记者 王明 李华）5月6日，我市召开安全生产工作会议，总结一季度工作，部署下一阶段任务。会议强调，各地各部门要压紧压实责任。</p>"
             "<p>会议指出，要深入开展隐患排查整治，确保全市安全生产形势持续稳定。副市长张强出席会议并讲话。</p></div></body></html>")
rc, out, err = run("process", "--no-extract", page)
r = records(out)[0] if records(out) else {"fields": {}}
f = r["fields"]
check(r.get("kind") == "news" and f.get("agency") == "本报" and f.get("reporters") == "王明 李华" and f.get("issuer") == [f.get("site")] and f.get("site"),
      f"本报讯: {r.get('kind')} {f.get('agency')} {f.get('reporters')} {f.get('issuer')} site {f.get('site')}")
done()
