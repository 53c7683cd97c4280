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

t = tmpdir()
docs = os.path.abspath(os.path.join(SOURCE, "samples", "docs"))
dev1 = os.path.abspath(os.path.join(SOURCE, "tests", "devset", "gongwen"))
dev2 = os.path.abspath(os.path.join(SOURCE, "tests", "devset", "gongwen-2"))
patterns = [f"{docs}/*.txt", f"{dev1}/*.txt", f"{dev1}/*.md", f"{dev1}/*.html", f"{dev2}/*.md", f"{dev2}/*.html"]
if os.path.isdir(CORPUS):
    patterns += [f"{os.path.abspath(CORPUS)}/*"]
job = os.path.join(t, "job.lua")
open(job, "w").write(f'return {{ name = "report", inputs = {{ {", ".join(json.dumps(p) for p in patterns)} }}, outputs = {{ "run.sqlite" }} }}')
rc, _, err = run("run", job)
check(rc in (0, 1), f"the run works ({err[-200:]})")
database = os.path.join(t, "run.sqlite")
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
    v = json.loads(v) if v.startswith('"') else v
    slogans[v] = slogans.get(v, 0) + n
check(data["slogans"]["series"] and all(s["count"] == slogans.get(s["slogan"]) for s in data["slogans"]["series"]),
      f"slogan totals as counted ({[(s['slogan'], s['count']) for s in data['slogans']['series'][:3]]})")
check(len(data["terms"]["series"]) == 10 and all(len(s["per_10k"]) == len(data["terms"]["years"]) for s in data["terms"]["series"]),
      "ten terms, a figure per year")
check(not re.search(r'<(script|link|img)[^>]*\b(src|href)=["\']?https?:', html), "nothing fetched from the network: the page opens offline")

# Drawn by a browser: every chart, no script error.
browser = shutil.which("chromium") or shutil.which("chromium-browser")
check(browser is not None, "chromium is installed (tools/install-deps.sh installs it)")
if browser:
    profile = os.path.join(t, "chrome")
    p = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", "file://" + page],
                       capture_output=True, text=True, timeout=120)
    body = re.search(r"<body[^>]*>", p.stdout)
    body = body.group(0) if body else ""
    charts = len(re.findall(r'<div class="chart" id="chart-[a-z]+"[^>]*>\s*<div', p.stdout))
    check('data-charts="5"' in body and "data-error" not in body and charts == 5,
          f"Chromium draws the five charts without error ({body[:120]}, {charts} drawn, {p.stderr.strip()[-120:] if not body else ''})")

rc, _, err = run("report", job, "-o", os.path.join(t, "x.html"))
check(rc == 2 and not os.path.exists(os.path.join(t, "x.html")), f"not a run's SQLite: a clear error, no page ({err.strip()[-100:]})")
done()
