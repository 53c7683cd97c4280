"""Issues 12, 13, 14, 15, held-out sets 16 (session 38): 公文 of other issuers (tests/devset/gongwen-20, gongwen-21),
saved pages of other site families (pages-11), curated datasets (datasets-12), binary files (binary-12)
and compilations (containers-5), each checked against hand-written gold by its tools/eval_*.py
(floors: the figures when session 38's fixes landed; the first pass is in each set's README)."""
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
out = os.path.join(tmp, "gongwen20.json")
subprocess.run([sys.executable, os.path.join(tools, "eval_official.py"), "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-20"),
                "--json", out], capture_output=True, text=True)
totals = json.load(open(out))["totals"] if os.path.exists(out) else {}
for key, floor in {"kind": 4, "title": 4, "doc_number": 2, "issuer": 2, "date": 4, "recipients": 1}.items():
    got = totals.get(key, {}).get("right", 0) if isinstance(totals.get(key), dict) else (totals.get(key) or [0])[0]
    check(got >= floor, f"gongwen-20 {key}: {got} (floor {floor})")

# And Party and army 公文 of 1928–1971 as an archive keeps them (gongwen-21).
out = os.path.join(tmp, "gongwen21.json")
subprocess.run([sys.executable, os.path.join(tools, "eval_official.py"), "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-21"),
                "--json", out], capture_output=True, text=True)
totals = json.load(open(out))["totals"] if os.path.exists(out) else {}
for key, floor in {"kind": 5, "title": 5, "doc_number": 1, "issuer": 4, "date": 6, "recipients": 3}.items():
    got = totals.get(key, {}).get("right", 0) if isinstance(totals.get(key), dict) else (totals.get(key) or [0])[0]
    check(got >= floor, f"gongwen-21 {key}: {got} (floor {floor})")

out = os.path.join(tmp, "pages11.json")
subprocess.run([sys.executable, os.path.join(tools, "eval_pages.py"), os.path.join(D, "pages-11"), "--gongwen", GONGWEN, "--json", out],
               capture_output=True, text=True)
totals = json.load(open(out))["totals"] if os.path.exists(out) else {}
for key, floor in {"title": 6, "date": 5, "source": 3, "kind": 6}.items():
    got, n = totals.get(key, [0, 0])[:2]
    check(got >= floor, f"pages-11 {key}: {got}/{n} (floor {floor})")

for tool, devset, floors in [("eval_rows.py", "datasets-12", {"rec": 21, "title": 19, "kind": 13, "date": 7, "issuer": 10, "number": 1}),
                             ("eval_binary.py", "binary-12", {"ok": 5, "kind": 5, "title": 5, "date": 1, "issuer": 3, "number": 1})]:
    p = subprocess.run([sys.executable, os.path.join(tools, tool), GONGWEN, os.path.join(D, devset)], capture_output=True, text=True)
    t = totals_of(p.stdout)
    for key, floor in floors.items():
        got, n = t.get(key, (0, 0))
        check(got >= floor, f"{devset} {key}: {got}/{n} (floor {floor})")

# Containers: article starts and titles per file.
p = subprocess.run([sys.executable, os.path.join(tools, "eval_containers.py"), GONGWEN, os.path.join(D, "containers-5")], capture_output=True, text=True)
per = {m[0]: (int(m[1]), int(m[2]), int(m[3])) for m in re.findall(r"^(\d\d)_\S+: gold \d+ got (\d+) starts (\d+)/\d+ titles (\d+)/", p.stdout, re.M)}
check(per.get("03", (0, 0, 0))[1:] >= (11, 11), f"containers-5 03, a volume with a bulleted contents list: starts, titles {per.get('03')}")
check(per.get("05", (0, 0, 0))[1:] >= (13, 13), f"containers-5 05, dated titles under spans of years: starts, titles {per.get('05')}")

done()
