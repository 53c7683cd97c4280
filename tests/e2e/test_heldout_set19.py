"""Issues 13 and 15, held-out sets 19 (session 41): a rule a saved page reports and prints in full, its
sidebar a list of teasers, and two supervisors' disclosures of penalty decisions saved from an AngularJS
site (pages-15); a university's rule for theses with its appendices as Word 97 (binary-16);
two historical 公文 of a company's party committee and a province's department from an archive's crawl
(gongwen-25); a newsroom's catalogue of housing policies whose dates are a spreadsheet's serials, and a
crawler's sample record of a ministry's notice (datasets-17), each checked against hand-written gold by
its tools/eval_*.py (floors: the figures when session 41's fixes landed; the first pass is in the
session's note)."""
import os
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")

floors(evaluate("eval_pages", os.path.join(D, "pages-15"), "--gongwen", GONGWEN), {"title": 3, "date": 2, "kind": 3}, "pages-15 ")
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "pages-15")),
       {"kind": 3, "title": 3, "doc_number": 2, "issuer": 2, "date": 2}, "pages-15 公文 ")
# Probe 99: a university's rule for theses as Word 97, its appendices full of samples (binary-16).
floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-16")),
       {"ok": 1, "kind": 1, "title": 1, "number": 1, "issuer": 1}, "binary-16 ")
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-25")),
       {"kind": 2, "title": 2, "issuer": 2, "date": 1}, "gongwen-25 ")
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-17")),
       {"rec": 15, "title": 15, "kind": 14, "date": 15, "issuer": 8, "number": 1}, "datasets-17 ")

# Probes 101 and 102: a college's notices printed from its site to PDF (binary-17); a university's
# bulletin and its academic office's pages as a crawler's JSON, empty pages among them (datasets-18).
floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-17")),
       {"ok": 2, "kind": 2, "title": 2, "date": 2, "issuer": 2}, "binary-17 ")
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-18")),
       {"rec": 28, "title": 20, "kind": 27, "date": 20, "issuer": 19}, "datasets-18 ")

# Probes 105 and 106: speeches of a university's president, two companies' heads and a national
# leader's reposted by a school (pages-16); a ministry's notice quoted in a blog post and a security
# announcement archived from WeChat as Markdown with front matter (gongwen-26).
floors(evaluate("eval_pages", os.path.join(D, "pages-16"), "--gongwen", GONGWEN), {"title": 3, "date": 3, "kind": 4}, "pages-16 ")
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-26")),
       {"kind": 2, "title": 2, "doc_number": 2, "issuer": 1, "date": 1, "recipients": 1}, "gongwen-26 ")

done()
