"""Issues 12, 13, 14, 15, held-out sets 15 (session 37): 公文 of other issuers (tests/devset/gongwen-19),
speeches and commentaries on portals (pages-10), crawlers' rows (datasets-11), binary files (binary-11)
and containers of unseen shapes (containers-4), each checked against hand-written gold by its
tools/eval_*.py (floors: the figures when session 37's fixes landed; the first pass is in each set's README)."""
import os
import re
import subprocess
import sys
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")
tools = os.path.join(SOURCE, "tools")

floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-19")),
       {"kind": 8, "title": 8, "doc_number": 2, "issuer": 7, "date": 8, "recipients": 5}, "gongwen-19 ")
floors(evaluate("eval_pages", os.path.join(D, "pages-10"), "--gongwen", GONGWEN), {"title": 6, "date": 6, "source": 4, "kind": 5}, "pages-10 ")
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-11")),
       {"rec": 27, "title": 27, "kind": 23, "date": 26, "issuer": 24, "number": 7}, "datasets-11 ")
floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-11")),
       {"ok": 4, "kind": 4, "title": 4, "date": 2, "issuer": 3, "number": 2}, "binary-11 ")

# Containers: article starts and titles per file (a one-document file: one record).
p = subprocess.run([sys.executable, os.path.join(tools, "eval_containers.py"), GONGWEN, os.path.join(D, "containers-4")], capture_output=True, text=True)
per = {m[0]: (int(m[1]), int(m[2]), int(m[3])) for m in re.findall(r"^(\d\d)_\S+: gold \d+ got (\d+) starts (\d+)/\d+ titles (\d+)/", p.stdout, re.M)}
check(per.get("02", (0,))[0] == 1, f"containers-4 02, one report: {per.get('02')} records")
check(per.get("03", (0, 0, 0))[1:] >= (6, 6), f"containers-4 03, a compilation of dated items: starts, titles {per.get('03')}")

done()
