"""Issues 12, 13, 14, 15, held-out sets 18 (session 40): two universities' 复试 rules as Word 97, PDF
and DOCX and a news page printed to OFD (tests/devset/binary-14), reposted pages on portals and a blog
(pages-13), a plenum's 公报 reposted on a school's site (gongwen-23), two systems' MySQL dumps and a
crawler's JSON (datasets-14), OCR'd compilations of speeches and excerpts (containers-7), and from the
second and third rounds binary-15, gongwen-24, datasets-15, pages-14 and datasets-16 (below), each checked
against hand-written gold by its tools/eval_*.py (floors: the figures when session 40's fixes landed;
the first pass is in the session's note)."""
import os
import re
import subprocess
import sys
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")

floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-14")),
       {"ok": 5, "kind": 4, "title": 4, "date": 4, "issuer": 4, "number": 1, "headings": 20}, "binary-14 ")
floors(evaluate("eval_pages", os.path.join(D, "pages-13"), "--gongwen", GONGWEN), {"title": 4, "date": 3, "source": 2, "kind": 4}, "pages-13 ")
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "pages-13")),
       {"kind": 4, "title": 4, "doc_number": 1, "issuer": 3, "date": 3, "recipients": 3}, "pages-13 公文 ")
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-23")), {"kind": 1, "issuer": 1}, "gongwen-23 ")
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-14")), {"rec": 24, "title": 22, "kind": 20, "date": 23}, "datasets-14 ")

# Probes 88 and 89: a railway supervision station's 通知书 as DOCX (binary-15), a provincial notice in a
# crawler's comment and a university's notice in an app's MySQL dump (gongwen-24, datasets-15).
floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-15")),
       {"ok": 2, "kind": 2, "title": 2, "number": 2, "date": 2, "issuer": 2, "headings": 7}, "binary-15 ")
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-24")),
       {"kind": 2, "title": 2, "issuer": 2, "date": 2}, "gongwen-24 ")
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-15")), {"rec": 3, "title": 3, "kind": 3, "date": 2, "issuer": 2}, "datasets-15 ")

# Probe 87: pages of organs, a school's and an insurer's sites mirrored after their domains expired (pages-14).
floors(evaluate("eval_pages", os.path.join(D, "pages-14"), "--gongwen", GONGWEN), {"title": 5, "date": 5, "kind": 5}, "pages-14 ")
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "pages-14")),
       {"kind": 5, "title": 5, "issuer": 5, "date": 5, "recipients": 4}, "pages-14 公文 ")

# Probe 92: a crawler's CSV of a province's 规范性文件 (multi-line quoted cells, flattened texts) and a
# researcher's XLSX catalogue of water laws (datasets-16).
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-16")),
       {"rec": 24, "title": 24, "kind": 24, "date": 24, "issuer": 22, "number": 10}, "datasets-16 ")  # (raised in session 41)

p = subprocess.run([sys.executable, os.path.join(SOURCE, "tools", "eval_containers.py"), GONGWEN, os.path.join(D, "containers-7")],
                   capture_output=True, text=True)
per = {m[0]: (int(m[1]), int(m[2]), int(m[3])) for m in re.findall(r"^(\d\d)_\S+: gold \d+ got (\d+) starts (\d+)/\d+ titles (\d+)/", p.stdout, re.M)}
check(per.get("01", (0, 0, 0))[1:] >= (5, 3), f"containers-7 01, a 讲话汇编's contents with speakers and pages: starts, titles {per.get('01')}")

done()
