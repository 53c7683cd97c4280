"""Issues 12, 13, 14, 15, held-out sets 16 (session 38): 公文 of other issuers (tests/devset/gongwen-20, gongwen-21),
saved pages of other site families (pages-11), curated datasets (datasets-12), binary files (binary-12)
and compilations (containers-5), each checked against hand-written gold by its tools/eval_*.py
(floors: the figures when session 38's fixes landed; the first pass is in each set's README)."""
import os
import re
import subprocess
import sys
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")

floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-20")),
       {"kind": 5, "title": 4, "doc_number": 2, "issuer": 4, "date": 4, "recipients": 1}, "gongwen-20 ")
# Party and army 公文 of 1928–1971 as an archive keeps them.
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-21")),
       {"kind": 5, "title": 5, "doc_number": 1, "issuer": 4, "date": 6, "recipients": 3}, "gongwen-21 ")
floors(evaluate("eval_pages", os.path.join(D, "pages-11"), "--gongwen", GONGWEN), {"title": 6, "date": 5, "source": 3, "kind": 6}, "pages-11 ")
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-12")),
       {"rec": 21, "title": 19, "kind": 13, "date": 7, "issuer": 10, "number": 1}, "datasets-12 ")
floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-12")),
       {"ok": 5, "kind": 5, "title": 5, "date": 1, "issuer": 3, "number": 1}, "binary-12 ")

# Containers: article starts and titles per file.
p = subprocess.run([sys.executable, os.path.join(SOURCE, "tools", "eval_containers.py"), GONGWEN, os.path.join(D, "containers-5")],
                   capture_output=True, text=True)
per = {m[0]: (int(m[1]), int(m[2]), int(m[3])) for m in re.findall(r"^(\d\d)_\S+: gold \d+ got (\d+) starts (\d+)/\d+ titles (\d+)/", p.stdout, re.M)}
check(per.get("03", (0, 0, 0))[1:] >= (11, 11), f"containers-5 03, a volume with a bulleted contents list: starts, titles {per.get('03')}")
check(per.get("05", (0, 0, 0))[1:] >= (13, 13), f"containers-5 05, dated titles under spans of years: starts, titles {per.get('05')}")

done()
