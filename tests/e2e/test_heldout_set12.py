"""Issues 12, 13, 15, held-out sets 12 (session 34): 公文 in program sources, pages and rows
(tests/devset/gongwen-15, gongwen-16), saved pages (pages-7), policy monitors' rows (datasets-8) and binary
files (binary-8), each checked against hand-written gold by its tools/eval_*.py (floors: the figures
when session 34's fixes landed; the first pass is in each set's README)."""
import json
import os
import re
import subprocess
import sys
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")
tools = os.path.join(SOURCE, "tools")


def totals_of(out):
    return {k: (int(a), int(b)) for k, a, b in re.findall(r"(\w+) (\d+)/(\d+)", out.split("totals:")[-1])}


for devset, floors in [("gongwen-15", {"kind": 6, "title": 6, "doc_number": 5, "issuer": 6, "date": 6, "recipients": 5}),
                       ("gongwen-16", {"kind": 5, "title": 5, "doc_number": 3, "issuer": 4, "date": 5, "recipients": 3})]:
    p = subprocess.run([sys.executable, os.path.join(tools, "eval_official.py"), "--gongwen", GONGWEN, "--devset", os.path.join(D, devset)],
                       capture_output=True, text=True)
    check(p.returncode == 0, f"eval_official ran on {devset} ({p.stderr[-300:]})")
    for key, floor in floors.items():
        m = re.search(rf"^{key}\s+(\d+)/(\d+)", p.stdout, re.M)
        check(m and int(m.group(1)) >= floor, f"{devset} {key}: {m.group(0) if m else p.stdout[-200:]} (floor {floor})")

out = os.path.join(tmpdir(), "pages7.json")
p = subprocess.run([sys.executable, os.path.join(tools, "eval_pages.py"), os.path.join(D, "pages-7"), "--gongwen", GONGWEN, "--json", out],
                   capture_output=True, text=True)
totals = json.load(open(out))["totals"] if os.path.exists(out) else {}
for key, floor in {"title": 6, "date": 5, "kind": 6, "source": 1}.items():
    got, n = totals.get(key, [0, 0])[:2]
    check(got >= floor, f"pages-7 {key}: {got}/{n} (floor {floor})")

for tool, devset, floors in [("eval_rows.py", "datasets-8", {"rec": 17, "title": 16, "kind": 7, "date": 17, "issuer": 13, "number": 3}),
                             ("eval_binary.py", "binary-8", {"ok": 7, "kind": 6, "title": 5, "date": 5, "issuer": 6, "number": 3})]:
    p = subprocess.run([sys.executable, os.path.join(tools, tool), GONGWEN, os.path.join(D, devset)], capture_output=True, text=True)
    t = totals_of(p.stdout)
    for key, floor in floors.items():
        got, n = t.get(key, (0, 0))
        check(got >= floor, f"{devset} {key}: {got}/{n} (floor {floor})")

done()
