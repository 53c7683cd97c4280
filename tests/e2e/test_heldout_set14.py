"""Issues 12, 13, 15, held-out sets 14 (session 36): 公文 of old CMS sites and static site copies
(tests/devset/gongwen-17, gongwen-18), saved pages (pages-9), scrapers' rows (datasets-10) and binary
files (binary-10), each checked against hand-written gold by its tools/eval_*.py (floors: the figures
when session 36's fixes landed; the first pass is in each set's README)."""
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


tmp = tmpdir()
for devset, floors in [("gongwen-17", {"kind": 9, "title": 13, "doc_number": 2, "issuer": 13, "date": 14, "recipients": 5}),
                       ("gongwen-18", {"kind": 18, "title": 16, "doc_number": 5, "issuer": 11, "date": 17, "recipients": 6})]:
    out = os.path.join(tmp, devset + ".json")
    subprocess.run([sys.executable, os.path.join(tools, "eval_official.py"), "--gongwen", GONGWEN, "--devset", os.path.join(D, devset),
                    "--json", out], capture_output=True, text=True)
    totals = json.load(open(out))["totals"] if os.path.exists(out) else {}
    for key, floor in floors.items():
        got = totals.get(key, {}).get("right", 0) if isinstance(totals.get(key), dict) else (totals.get(key) or [0])[0]
        check(got >= floor, f"{devset} {key}: {got} (floor {floor})")

out = os.path.join(tmp, "pages9.json")
subprocess.run([sys.executable, os.path.join(tools, "eval_pages.py"), os.path.join(D, "pages-9"), "--gongwen", GONGWEN, "--json", out],
               capture_output=True, text=True)
totals = json.load(open(out))["totals"] if os.path.exists(out) else {}
for key, floor in {"title": 2, "date": 2, "source": 1, "kind": 1}.items():
    got, n = totals.get(key, [0, 0])[:2]
    check(got >= floor, f"pages-9 {key}: {got}/{n} (floor {floor})")

for tool, devset, floors in [("eval_rows.py", "datasets-10", {"rec": 26, "title": 24, "kind": 18, "date": 18, "issuer": 5}),
                             ("eval_binary.py", "binary-10", {"ok": 6, "kind": 5, "title": 6, "number": 2, "date": 5, "issuer": 5})]:
    p = subprocess.run([sys.executable, os.path.join(tools, tool), GONGWEN, os.path.join(D, devset)], capture_output=True, text=True)
    t = totals_of(p.stdout)
    for key, floor in floors.items():
        got, n = t.get(key, (0, 0))
        check(got >= floor, f"{devset} {key}: {got}/{n} (floor {floor})")

done()
