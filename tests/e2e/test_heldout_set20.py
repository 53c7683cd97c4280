"""Issues 12–15, held-out sets 20 (session 42): two universities' notices and a third's rule for theses
as PDF and Word 97, one Word file saved on a Mac (binary-18); five notices and an opinion of a county,
cities and a district bureau as DOCX (binary-19); a company head's speech at a briefing, a leader's
speech dated in words and his report to a plenum, as Markdown from three book repositories (pages-17);
documents from question-answering projects' knowledge bases (pages-18); a press
conference, an interview and a meeting's report (pages-19); a college's news list as an SQL dump
(datasets-19); a Hong Kong council's papers (datasets-20); a national paper's day (datasets-21); two
Taiwan laws in traditional characters (gongwen-27); a college's student handbook of rules from a PDF
(containers-8), each checked against hand-written gold by its tools/eval_*.py (floors: the figures
when session 42's fixes landed; the first pass is in the session's note)."""
import os
import re
import subprocess
import sys
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")

# Probe 109: binaries from thesis-template and student repositories.
floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-18")),
       {"ok": 3, "kind": 3, "title": 3, "number": 2, "date": 3, "issuer": 3}, "binary-18 ")
# Probe 111: speeches and a report to a plenum.
floors(evaluate("eval_pages", os.path.join(D, "pages-17"), "--gongwen", GONGWEN), {"title": 3, "date": 3, "kind": 3}, "pages-17 ")
# Probes 112 and 114: a county's, two cities' and a district bureau's 公文 as DOCX, one with three
# application forms attached, each form's cover over the bureau and a date (binary-19).
floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-19")),
       {"ok": 5, "kind": 5, "title": 5, "number": 3, "date": 5, "issuer": 4}, "binary-19 ")

# Probe 118: a university's notice, a library's rule and a provincial leader's speech from the knowledge
# bases of question-answering projects (pages-18; probe 116's pages were already pages-5's). Probe 117: a college's news list dumped from its database (datasets-19).
floors(evaluate("eval_pages", os.path.join(D, "pages-18"), "--gongwen", GONGWEN), {"title": 3, "date": 2, "kind": 3}, "pages-18 ")
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "pages-18")),
       {"kind": 3, "title": 3, "doc_number": 1, "issuer": 1, "date": 2, "recipients": 1}, "pages-18 公文 ")
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-19")), {"rec": 25, "title": 23, "kind": 21, "date": 25}, "datasets-19 ")

# Probe 120: two Taiwan laws as the law database exports them, one JSON object in traditional
# characters each (gongwen-27); a Hong Kong district council's papers as a JSON of groups (datasets-20).
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-27")),
       {"kind": 2, "title": 2, "date": 2, "issuer": 2}, "gongwen-27 ")
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-20")), {"rec": 8, "title": 8, "kind": 4, "issuer": 8, "number": 8}, "datasets-20 ")
# Probes 119 and 121: a press conference, an interview and a meeting's report (pages-19); a national
# paper's day as a crawler's JSON, a 意见 in full, commentaries and news (datasets-21).
floors(evaluate("eval_pages", os.path.join(D, "pages-19"), "--gongwen", GONGWEN), {"title": 3, "date": 3, "kind": 3, "source": 1}, "pages-19 ")
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-21")),
       {"rec": 11, "title": 11, "kind": 10, "date": 11, "issuer": 1}, "datasets-21 ")

# Probe 115: a college's student handbook of 31 rules as pdftotext wrote it, its name at every page's
# head, a contents with ellipsis leaders, titles over two and three lines (containers-8). Two entries
# name their rule otherwise than its title does (`…解除处分管理办法` for `…校解除处分管理办法（试行）`).
p = subprocess.run([sys.executable, os.path.join(SOURCE, "tools", "eval_containers.py"), GONGWEN, os.path.join(D, "containers-8")],
                   capture_output=True, text=True)
per = {m[0]: (int(m[1]), int(m[2]), int(m[3])) for m in re.findall(r"^(\d\d)_\S+: gold \d+ got (\d+) starts (\d+)/\d+ titles (\d+)/", p.stdout, re.M)}
check(per.get("01", (0, 0, 0))[1:] >= (29, 29), f"containers-8 01, a handbook's rules by its contents: starts, titles {per.get('01')}")

done()
