"""Issue 15, held-out set 10 (tests/devset/gongwen-14): national notices as SQL rows of small web
projects, a university party committee's 决定 and a steering committee's 办法 as old school pages.
Per-element figures from tools/eval_official.py against the hand-checked gold (floors: the figures
when session 33's fixes landed; the first pass is in the set's README)."""
import json
import os
import subprocess
import sys
from e2e import *

SET = os.path.join(SOURCE, "tests", "devset", "gongwen-14")
out = os.path.join(tmpdir(), "set14.json")
p = subprocess.run([sys.executable, os.path.join(SOURCE, "tools", "eval_official.py"), "--gongwen", GONGWEN, "--devset", SET,
                    "--json", out], capture_output=True, text=True)
print(p.stdout[-1200:])
check(p.returncode == 0 and os.path.exists(out), f"eval_official ran ({p.stderr[-300:]})")
totals = json.load(open(out))["totals"] if os.path.exists(out) else {}
for key, floor in {"kind": 6, "title": 6, "doc_number": 3, "issuer": 6, "date": 6, "recipients": 5}.items():
    got, n = totals.get(key, [0, 0])[:2]
    check(got >= floor, f"{key}: {got}/{n} (floor {floor})")

done()
