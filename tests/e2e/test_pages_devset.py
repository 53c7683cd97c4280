"""Issue 13: saved pages from 14 sites nobody here wrote rules for (tests/devset/pages, gold by
hand). Figures per page come from tools/eval_pages.py; the floors below are what the reader
reaches today, so a change that loses pages fails here."""
import json
import os
import subprocess
import sys

from e2e import GONGWEN, SOURCE, check, done, tmpdir

DEVSET = os.path.join(SOURCE, "tests", "devset", "pages")
FLOORS = {"title": 0.88, "date": 0.99, "source": 0.68, "site": 0.8, "url": 0.99, "first": 0.77, "last": 0.88, "chrome": 0.65,
          "kind": 0.6}

out = os.path.join(tmpdir(), "pages.json")
p = subprocess.run([sys.executable, os.path.join(SOURCE, "tools", "eval_pages.py"), DEVSET, "--gongwen", GONGWEN, "--json", out],
                   capture_output=True, text=True, timeout=600)
print(p.stdout)
check(p.returncode == 0, f"eval_pages.py runs ({p.stderr.strip()[-300:]})")
totals = json.load(open(out))["totals"] if os.path.exists(out) else {}
for key, floor in FLOORS.items():
    got, n = totals.get(key, [0, 0])
    check(n > 0 and got / n >= floor, f"{key}: {got}/{n} (floor {floor:.2f})")
done()
