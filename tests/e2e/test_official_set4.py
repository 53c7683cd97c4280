"""Issue 15, held-out set 4 (tests/devset/gongwen-4): 公文 as web projects and crawlers left them — a
saved information-disclosure page without its body (title in a 名称： row of the 索引号 table), HTML
fragments of a law database (loose text between blocks is the document's; ○ for zero in dates), a
.txt that is one line of HTML with a 公告 numbered （第38号）. Per-element figures from
tools/eval_official.py against the hand-checked gold; floors as measured when the set was added."""
import json
import os
import subprocess
import sys
from e2e import *

out = os.path.join(tmpdir(), "set4.json")
p = subprocess.run([sys.executable, os.path.join(SOURCE, "tools", "eval_official.py"), "--gongwen", GONGWEN, "--devset",
                    os.path.join(SOURCE, "tests", "devset", "gongwen-4"), "--json", out], capture_output=True, text=True)
print(p.stdout[-1500:])
check(p.returncode == 0 and os.path.exists(out), f"eval_official ran ({p.stderr[-300:]})")
totals = json.load(open(out))["totals"] if os.path.exists(out) else {}
for key, floor in {"kind": 4, "title": 4, "doc_number": 3, "issuer": 4, "date": 3, "recipients": 2}.items():
    got, n = totals.get(key, [0, 0])[:2]
    check(got >= floor, f"{key}: {got}/{n} (floor {floor})")
done()
