"""`gongwen report RUN.sqlite -o report.html` (issue 17): one page with the charts of a run.

Every figure in the page's JSON is checked against an independent count over the same
database (Python's sqlite3), and the page is opened in headless Chromium (Debian's
`chromium`, installed by tools/install-deps.sh): every chart must be drawn, no script error.
"""
import json
import os
import re
import shutil
import sqlite3
import subprocess
from e2e import *

database, job = run_to_sqlite("report", [("samples/docs", "*.txt"), ("tests/devset/gongwen", "*.txt"), ("tests/devset/gongwen", "*.md"),
                                         ("tests/devset/gongwen", "*.html"), ("tests/devset/gongwen-2", "*.md"), ("tests/devset/gongwen-2", "*.html")],
                              corpus="*")
t = os.path.dirname(database)
page = os.path.join(t, "报告.html")
rc, out, err = run("report", database, "-o", page)
check(rc == 0 and os.path.exists(page), f"report written ({err.strip()[-200:]})")
html = open(page, encoding="utf-8").read()
m = re.search(r'<script type="application/json" id="gongwen-data">(.*?)</script>', html, re.S)
check(m is not None, "the page carries its figures as JSON")
data = json.loads(m.group(1))

db = sqlite3.connect(database)
CONTAINER = "exists (select 1 from fields f where f.doc = d.rowid and f.key = 'split_method')"
leaves = db.execute(f"select rowid, kind, date, text from documents d where error is null and not {CONTAINER}").fetchall()
check(data["run"]["documents"] == len(leaves) and data["run"]["failed"] == db.execute("select count(*) from documents where error is not null").fetchone()[0]
      and data["run"]["characters"] == sum(len(x[3] or "") for x in leaves),
      f"run: {len(leaves)} documents, failures and characters as counted")
kinds = {}
for _, k, _, _ in leaves:
    kinds[k or "-"] = kinds.get(k or "-", 0) + 1
check({k["kind"]: k["documents"] for k in data["kinds"]} == kinds, f"kinds as counted ({kinds})")
years = {}
for _, k, d, _ in leaves:
    if d and re.match(r"\d{4}", d):
        years.setdefault(k or "-", {}).setdefault(d[:4], 0)
        years[k or "-"][d[:4]] += 1
got = {k: {y: n for y, n in zip(data["years"]["years"], v) if n} for k, v in data["years"]["counts"].items()}
check(got == years and len(data["years"]["years"]) >= 5, f"documents per year and kind as counted ({len(data['years']['years'])} years)")
issuers = {}
for (v,) in db.execute(f"select coalesce((select value from fields where doc = d.rowid and key = 'issuer'), (select value from fields where doc = d.rowid and key = 'speaker')) "
                       f"from documents d where error is null and not {CONTAINER}"):
    if not v:
        continue
    for n in (json.loads(v) if v.startswith("[") else [v]):
        issuers[n] = issuers.get(n, 0) + 1
top = sorted(issuers.items(), key=lambda x: (-x[1], x[0]))[:15]
check([(i["issuer"], i["documents"]) for i in data["issuers"]] == top, f"the 15 most frequent issuers as counted ({top[:3]})")
slogans = {}
for v, n in db.execute("select value, count(*) from entities where type = 'slogan' group by value"):
    slogans[v] = slogans.get(v, 0) + n
check(data["slogans"]["series"] and all(s["count"] == slogans.get(s["slogan"]) for s in data["slogans"]["series"]),
      f"slogan totals as counted ({[(s['slogan'], s['count']) for s in data['slogans']['series'][:3]]})")
officials = {}
for (v,) in db.execute("select value from entities where type = 'official'"):
    o = json.loads(v)
    officials[o["name"]] = officials.get(o["name"], 0) + 1
check(data["officials"] and all(o["mentions"] == officials[o["name"]] for o in data["officials"])
      and [o["mentions"] for o in data["officials"]] == sorted(officials.values(), reverse=True)[:len(data["officials"])],
      f"the officials most often named, as counted ({[(o['name'], o['mentions']) for o in data['officials'][:3]]})")
check(len(data["terms"]["series"]) == 10 and all(len(s["per_10k"]) == len(data["terms"]["years"]) for s in data["terms"]["series"]),
      "ten terms, a figure per year")
check(not re.search(r'<(script|link|img)[^>]*\b(src|href)=["\']?https?:', html), "nothing fetched from the network: the page opens offline")

# A report folder: index.html, every document's page with its record and its text numbered
# by source line (checked against the source file), all linked from documents.html.
folder = os.path.join(t, "report")
rc, _, err = run("report", database, "-o", folder)
check(rc == 0 and os.path.exists(os.path.join(folder, "index.html")) and 'href="documents.html"' in open(os.path.join(folder, "index.html"), encoding="utf-8").read(),
      f"a report folder with its index ({err.strip()[-120:]})")
listing = open(os.path.join(folder, "documents.html"), encoding="utf-8").read()
linked = re.findall(r'href="docs/(\d+)\.html"', listing)
check(len(linked) == db.execute("select count(*) from documents").fetchone()[0] and all(os.path.exists(os.path.join(folder, "docs", i + ".html")) for i in linked),
      f"every record listed and linked to its own page ({len(linked)})")
rowid, path = db.execute("select rowid, path from documents where path like '%001_mps3_pifu_hukou_2006.txt'").fetchone()
doc_page = open(os.path.join(folder, "docs", f"{rowid}.html"), encoding="utf-8").read()
source = open(path, encoding="utf-8", errors="replace").read().splitlines()
import html as htmllib
numbered = [(int(n), htmllib.unescape(x)) for n, x in re.findall(r'<tr><td class="num">(\d+)</td><td>(.*?)</td></tr>', doc_page)]
check(len(numbered) > 5 and all(x.strip() == "" or x.strip()[:6] in source[n - 1] for n, x in numbered),
      f"a document's text shown with its source lines ({len(numbered)} lines checked against the file)")
rc, _, _ = run("report", database, "-o", folder)
check(rc == 0 and len(os.listdir(os.path.join(folder, "docs"))) == len(linked) and not os.path.exists(folder + ".gongwen-tmp"),
      "a second report replaces the folder whole")
busy = os.path.join(t, "busy")
os.makedirs(busy)
open(os.path.join(busy, "mine.txt"), "w").write("keep")
rc, _, err = run("report", database, "-o", busy)
check(rc == 3 and open(os.path.join(busy, "mine.txt")).read() == "keep", f"a folder holding other files is not replaced ({err.strip()[-80:]})")

# Drawn by a browser: every chart, no script error, no console error, a screenshot kept.
browser = shutil.which("chromium") or shutil.which("chromium-browser")
check(browser is not None, "chromium is installed (tools/install-deps.sh installs it)")
if browser:
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={os.path.join(t, 'chrome')}", "--virtual-time-budget=5000", "--enable-logging=stderr", "--v=0"]
    index = os.path.join(folder, "index.html")
    p = subprocess.run(flags + ["--dump-dom", "file://" + index], capture_output=True, text=True, timeout=120)
    body = re.search(r"<body[^>]*>", p.stdout)
    body = body.group(0) if body else ""
    charts = len(re.findall(r'<div class="chart" id="chart-[a-z]+"[^>]*>\s*<div', p.stdout))
    console = [l for l in p.stderr.splitlines() if "CONSOLE" in l or "Uncaught" in l]
    check('data-charts="6"' in body and "data-error" not in body and charts == 6 and not console,
          f"Chromium draws the six charts without error ({body[:120]}, {charts} drawn, console {console[:2]})")
    shot = os.path.join(t, "report.png")
    p = subprocess.run(flags + ["--window-size=1200,2400", f"--screenshot={shot}", "file://" + index], capture_output=True, text=True, timeout=120)
    check(os.path.exists(shot) and os.path.getsize(shot) > 10000, f"a screenshot of the page: {shot}")

rc, _, err = run("report", job, "-o", os.path.join(t, "x.html"))
check(rc == 2 and not os.path.exists(os.path.join(t, "x.html")), f"not a run's SQLite: a clear error, no page ({err.strip()[-100:]})")
done()
