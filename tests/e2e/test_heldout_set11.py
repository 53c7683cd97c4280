"""Issue 13, held-out set 11 (tests/devset/pages-6): policy pages of 中国网信网, a district government,
www.gov.cn and a ministry's department, checked against hand-written gold by tools/eval_pages.py
(floors: the figures when session 33's fixes landed; the first pass is in the set's README)."""
import json
import os
import subprocess
import sys
from e2e import *

SET = os.path.join(SOURCE, "tests", "devset", "pages-6")
out = os.path.join(tmpdir(), "pages6.json")
p = subprocess.run([sys.executable, os.path.join(SOURCE, "tools", "eval_pages.py"), SET, "--gongwen", GONGWEN, "--json", out],
                   capture_output=True, text=True)
print(p.stdout[-1500:])
check(p.returncode == 0 and os.path.exists(out), f"eval_pages ran ({p.stderr[-300:]})")
totals = json.load(open(out))["totals"] if os.path.exists(out) else {}
for key, floor in {"title": 5, "date": 5, "source": 3, "site": 4, "first": 5, "last": 5, "chrome": 5, "kind": 4}.items():
    got, n = totals.get(key, [0, 0])[:2]
    check(got >= floor, f"{key}: {got}/{n} (floor {floor})")

done()
