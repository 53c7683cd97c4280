"""Issues 12, 13, 14, 15, held-out sets 17 (session 39): a county's 实施意见 in a page script (gongwen-22), an OFD 函 (tests/devset/binary-13), saved pages of a
county portal and a school's WebPlus site (pages-12), a researchers' catalogues and a labelling sheet
(datasets-13), two issues of a centre's 工作简报 from pdftotext -layout (containers-6), each checked
against hand-written gold by its tools/eval_*.py (floors: the figures when session 39's fixes landed;
the first pass is in each set's README)."""
import os
import re
import subprocess
import sys
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")

# A county's 实施意见 as an HTML string inside a mini-program's page script (gongwen-22).
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-22")), {"issuer": 1, "date": 1}, "gongwen-22 ")
floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-13")), {"ok": 1, "kind": 1, "title": 1, "date": 1}, "binary-13 ")
floors(evaluate("eval_pages", os.path.join(D, "pages-12"), "--gongwen", GONGWEN), {"title": 2, "date": 2, "source": 1, "kind": 2}, "pages-12 ")
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "pages-12")),
       {"kind": 2, "title": 2, "doc_number": 1, "issuer": 2, "date": 2, "recipients": 1}, "pages-12 公文 ")
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-13")),
       {"rec": 27, "title": 19, "kind": 25, "date": 16, "issuer": 11, "number": 5}, "datasets-13 ")

p = subprocess.run([sys.executable, os.path.join(SOURCE, "tools", "eval_containers.py"), GONGWEN, os.path.join(D, "containers-6")],
                   capture_output=True, text=True)
per = {m[0]: (int(m[1]), int(m[2]), int(m[3])) for m in re.findall(r"^(\d\d)_\S+: gold \d+ got (\d+) starts (\d+)/\d+ titles (\d+)/", p.stdout, re.M)}
check(per.get("01", (0, 0, 0))[1:] >= (19, 19), f"containers-6 01, numbered items at page tops: starts, titles {per.get('01')}")
check(per.get("02", (0, 0, 0))[1:] >= (17, 17), f"containers-6 02, wrapped numbered headlines: starts, titles {per.get('02')}")

done()
