"""Issues 12, 13, held-out sets 13 (session 35): binary files (tests/devset/binary-9), scrapers' and
dumps' rows (datasets-9) and saved pages (pages-8), each checked against hand-written gold by its
tools/eval_*.py (floors: the figures when session 35's fixes landed; the first pass is in each set's README)."""
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


out = os.path.join(tmpdir(), "pages8.json")
p = subprocess.run([sys.executable, os.path.join(tools, "eval_pages.py"), os.path.join(D, "pages-8"), "--gongwen", GONGWEN, "--json", out],
                   capture_output=True, text=True)
totals = json.load(open(out))["totals"] if os.path.exists(out) else {}
for key, floor in {"title": 3, "date": 2, "kind": 3}.items():
    got, n = totals.get(key, [0, 0])[:2]
    check(got >= floor, f"pages-8 {key}: {got}/{n} (floor {floor})")

for tool, devset, floors in [("eval_rows.py", "datasets-9", {"rec": 28, "title": 27, "kind": 25, "date": 27, "issuer": 21, "number": 4}),
                             ("eval_binary.py", "binary-9", {"ok": 7, "kind": 7, "title": 7, "date": 6, "issuer": 7, "number": 3})]:
    p = subprocess.run([sys.executable, os.path.join(tools, tool), GONGWEN, os.path.join(D, devset)], capture_output=True, text=True)
    t = totals_of(p.stdout)
    for key, floor in floors.items():
        got, n = t.get(key, (0, 0))
        check(got >= floor, f"{devset} {key}: {got}/{n} (floor {floor})")

done()
