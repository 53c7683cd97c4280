"""Issue 15: 政府工作报告 (government work reports) as their own kind, against the
hand-checked gold of tests/devset/reports (real reports: national 2018 and 2024, the
Tibet Autonomous Region 2026, a district of Hulunbuir 2013 and 2017; see MANIFEST.tsv).
Every element of every file must match (tools/eval_reports.py), and no document of the
other dev sets (公文, saved pages, the shared corpus) may be taken for a report."""
import glob
import json
import os
import subprocess
import sys
from e2e import *

out = os.path.join(tmpdir(), "reports.json")
p = subprocess.run([sys.executable, os.path.join(SOURCE, "tools", "eval_reports.py"), "--gongwen", GONGWEN, "--json", out],
                   capture_output=True, text=True, timeout=600)
print(p.stdout)
check(p.returncode == 0, f"eval_reports.py ran ({p.stderr.strip()[-200:]})")
totals = json.load(open(out))
for element in ("kind", "title", "year", "region", "level", "date", "issuer", "speaker", "targets"):
    right, want = totals.get(element, [0, 0])
    check(want > 0 and right == want, f"{element}: {right}/{want}")

# One record end to end: the targets carry their source lines, the sections the report's parts.
path = os.path.join(SOURCE, "tests", "devset", "reports", "008_hailar-district-2013.txt")
rc, o, err = run("process", path)
r = records(o)[0]
f = r["fields"]
check(r["handler"] == "government_report@native" and f.get("doc_type") == "政府工作报告", "008: handled as a 政府工作报告")
lines = {t["line"] for t in f.get("targets", [])}
check(lines == {20}, f"008: every target on the line of 主要预期目标 (lines {lines})")
check(any(s.get("title", "").startswith("过去一年工作回顾") for s in r.get("sections", [])), "008: the report's parts are sections")

# Negatives: texts that are not reports, however often they name one.
others = glob.glob(os.path.join(SOURCE, "tests", "devset", "gongwen", "*.*")) + \
         glob.glob(os.path.join(SOURCE, "tests", "devset", "pages", "*.html"))
corpus = os.path.join(SOURCE, "..", "shared", "corpus")
if os.path.isdir(corpus):
    others += [x for x in glob.glob(os.path.join(corpus, "*")) if os.path.isfile(x)]
# Documents only: not the dev sets' READMEs, manifests or gold files.
others = [x for x in others if not x.endswith((".json", ".tsv")) and os.path.basename(x) not in ("README.md", "GUIDE.md")]
rc, o, err = run("process", "--no-extract", *others)
wrong = [r["source"]["path"] for r in records(o) if r.get("kind") == "work_report"]
check(len(others) > 40 and not wrong, f"{len(others)} other documents, none a government_report ({wrong[:3]})")
done()
