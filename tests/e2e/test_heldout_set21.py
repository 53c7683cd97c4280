"""Issues 12–15, held-out sets 21 (session 43): a national law catalogue as a JSON wrapper of entries
and a law database's SQLite file (datasets-22); a county bureau's 批复 and its answer to a deputy, a
university's 决定, a province's 通报, a city's 通告 and a city office's 函 as pages' text (gongwen-29), each checked against hand-written gold by its
tools/eval_*.py (floors: the figures when session 43's fixes landed; the first pass is in the
session's note)."""
import os
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")

# Probe 127: the national law database's catalogue (laws and decisions, no text) and a research
# server's SQLite database of statutes (a code, `…民法典`, among them; `…公司法` names no company).
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-22")),
       {"rec": 17, "title": 17, "kind": 17, "date": 17, "issuer": 10}, "datasets-22 ")

# Probe 132: 公文 of six issuers as the pages corpus keeps their text (ASCII punctuation, a crawl
# date over the page, a list of recipients run on with the body and a mail address).
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-29")),
       {"kind": 6, "title": 6, "doc_number": 3, "issuer": 6, "date": 5, "recipients": 5}, "gongwen-29 ")

done()
