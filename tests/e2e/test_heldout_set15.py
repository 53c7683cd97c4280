"""Issues 12, 13, 14, 15, held-out sets 15 (session 37): 公文 of other issuers (tests/devset/gongwen-19),
speeches and commentaries on portals (pages-10), crawlers' rows (datasets-11), binary files (binary-11)
and containers of unseen shapes (containers-4), each checked against hand-written gold by its
tools/eval_*.py (floors: the figures when session 37's fixes landed; the first pass is in each set's README)."""
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
out = os.path.join(tmp, "gongwen19.json")
subprocess.run([sys.executable, os.path.join(tools, "eval_official.py"), "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-19"),
                "--json", out], capture_output=True, text=True)
totals = json.load(open(out))["totals"] if os.path.exists(out) else {}
for key, floor in {"kind": 8, "title": 8, "doc_number": 2, "issuer": 6, "date": 7, "recipients": 5}.items():
    got = totals.get(key, {}).get("right", 0) if isinstance(totals.get(key), dict) else (totals.get(key) or [0])[0]
    check(got >= floor, f"gongwen-19 {key}: {got} (floor {floor})")

out = os.path.join(tmp, "pages10.json")
subprocess.run([sys.executable, os.path.join(tools, "eval_pages.py"), os.path.join(D, "pages-10"), "--gongwen", GONGWEN, "--json", out],
               capture_output=True, text=True)
totals = json.load(open(out))["totals"] if os.path.exists(out) else {}
for key, floor in {"title": 6, "date": 6, "source": 4, "kind": 5}.items():
    got, n = totals.get(key, [0, 0])[:2]
    check(got >= floor, f"pages-10 {key}: {got}/{n} (floor {floor})")

for tool, devset, floors in [("eval_rows.py", "datasets-11", {"rec": 27, "title": 27, "kind": 23, "date": 26, "issuer": 24, "number": 7}),
                             ("eval_binary.py", "binary-11", {"ok": 4, "kind": 4, "title": 4, "date": 2, "issuer": 3, "number": 2})]:
    p = subprocess.run([sys.executable, os.path.join(tools, tool), GONGWEN, os.path.join(D, devset)], capture_output=True, text=True)
    t = totals_of(p.stdout)
    for key, floor in floors.items():
        got, n = t.get(key, (0, 0))
        check(got >= floor, f"{devset} {key}: {got}/{n} (floor {floor})")

# Containers: article starts and titles per file (a one-document file: one record).
p = subprocess.run([sys.executable, os.path.join(tools, "eval_containers.py"), GONGWEN, os.path.join(D, "containers-4")], capture_output=True, text=True)
per = {m[0]: (int(m[1]), int(m[2]), int(m[3])) for m in re.findall(r"^(\d\d)_\S+: gold \d+ got (\d+) starts (\d+)/\d+ titles (\d+)/", p.stdout, re.M)}
check(per.get("02", (0,))[0] == 1, f"containers-4 02, one report: {per.get('02')} records")
check(per.get("03", (0, 0, 0))[1:] >= (6, 6), f"containers-4 03, a compilation of dated items: starts, titles {per.get('03')}")

done()
