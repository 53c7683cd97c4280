"""Issues 13–15, held-out sets 23 (session 45), all as the pages corpus keeps their pages' text, each
checked against hand-written gold by its tools/eval_*.py: 公文 of courts, procuratorates, public security
and justice bureaus (gongwen-54); of industry associations, chambers of commerce and a company (gongwen-55);
of people's congresses and CPPCC committees (gongwen-56); commendations and disciplinary decisions and
circulars (gongwen-57); reports and plans (gongwen-58); central documents as news sites publish them after
a wire's lead, some in full, some by the lead alone (gongwen-59); 公文 of western and north-eastern
provinces (gongwen-60); replies and 复函 (gongwen-61); townships', street offices' and villages'
(gongwen-62); universities' and schools' (gongwen-63); health, market-regulation, emergency and ecology
bureaus' (gongwen-64); work summaries and reports (gongwen-65); land, fishing, grazing, fire and traffic
公告 and 通告 (gongwen-66); speeches reprinted on news and school sites (pages-27); party committees' and
departments' documents (gongwen-67); Taiwan's, Hong Kong's and Macau's (gongwen-68); cities' normative
documents (gongwen-69); plans (gongwen-70); minutes (gongwen-71); speeches at congresses (pages-28); laws
as PDF (binary-21); two compilations as pdftotext writes them, a form feed opening each page
(containers-10). Floors: the figures
when session 45's fixes landed; the first pass is in the session's note."""
import os
import re
import subprocess
import sys
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")


official = official_floors


# Probe 172: courts', procuratorates' and police 通告 and 公告.
official("gongwen-54", {"kind": 8, "title": 7, "doc_number": 2, "issuer": 7, "date": 5, "recipients": 1})
# Probe 173: associations' and chambers' notices; a menu between bars over the trail; an editor's info line.
official("gongwen-55", {"kind": 7, "title": 7, "doc_number": 1, "issuer": 3, "date": 6, "recipients": 5})
# Probe 174: congresses' and CPPCC committees' decisions, 公告 and notices.
official("gongwen-56", {"kind": 6, "title": 7, "issuer": 5, "date": 6, "recipients": 1})
# Probe 175: commendations; a title's organ by its level alone completed by its site.
official("gongwen-57", {"kind": 7, "title": 5, "doc_number": 5, "issuer": 5, "date": 4, "recipients": 4})
# Probe 176: reports and plans; a date by its digits over the 附注.
official("gongwen-58", {"kind": 5, "title": 7, "issuer": 2, "date": 5, "recipients": 2})
# Probe 178: central documents after a wire's lead (the release: fields.release).
official("gongwen-59", {"kind": 4, "title": 4, "issuer": 4, "date": 3})
# Probe 179: western and north-eastern provinces; a masthead over a rule of dashes.
official("gongwen-60", {"kind": 7, "title": 7, "doc_number": 3, "issuer": 5, "date": 6, "recipients": 3})
# Probe 180: replies and 复函; a law database's record labels are no 主送.
official("gongwen-61", {"kind": 7, "title": 7, "doc_number": 6, "issuer": 7, "date": 7, "recipients": 7})
# Probe 181: townships and villages; a trail broken over lines.
official("gongwen-62", {"kind": 7, "title": 7, "doc_number": 1, "issuer": 5, "date": 8, "recipients": 5})
# Probe 182: universities; a template's `--` after the title; a 公示 opening with its time.
official("gongwen-63", {"kind": 8, "title": 8, "issuer": 7, "date": 7, "recipients": 6})
# Probe 183: health, market-regulation, emergency and ecology bureaus.
official("gongwen-64", {"kind": 6, "title": 7, "issuer": 7, "date": 7, "recipients": 2})
# Probe 184: work summaries and reports; an archive's time over a trail; a CPPCC's session line, the salutation.
official("gongwen-65", {"kind": 5, "title": 8, "issuer": 6, "date": 4, "recipients": 3})
# Probe 185: land, fishing, grazing, fire and traffic 公告 and 通告; a Latin line over the title; a site's two-part trail.
official("gongwen-66", {"kind": 8, "title": 8, "doc_number": 2, "issuer": 8, "date": 7, "recipients": 1})
# Probe 177: speeches and addresses reprinted on news and school sites; a line counting views.
floors(evaluate("eval_pages", os.path.join(D, "pages-27"), "--gongwen", GONGWEN), {"title": 5, "date": 3, "source": 1, "kind": 6}, "pages-27 ")

# Probe 190: party committees' and departments' documents.
official("gongwen-67", {"kind": 7, "title": 7, "doc_number": 3, "issuer": 6, "date": 6, "recipients": 4})
# Probe 191: Taiwan, Hong Kong and Macau (the first pass: an open gap, see the session's note).
official("gongwen-68", {"kind": 5, "title": 5, "doc_number": 3, "issuer": 5, "date": 3})
# Probe 192: normative documents under their issuing notices (the gold reads the rule; the first record is the notice).
official("gongwen-69", {"kind": 2, "title": 2, "doc_number": 2, "issuer": 3, "date": 4, "recipients": 2})
# Probe 194: plans: parts run into their paragraphs; the title under a page's metadata; the box's organ.
official("gongwen-70", {"kind": 6, "title": 6, "issuer": 3, "date": 5, "recipients": 1})
# Probe 195: minutes, most untitled: a numbered sitting, who was excused, the meeting's acts; a village's labels.
official("gongwen-71", {"kind": 6, "title": 8, "date": 5})
# Probe 193: speeches at congresses and CPPCC sessions (the first pass).
floors(evaluate("eval_pages", os.path.join(D, "pages-28"), "--gongwen", GONGWEN), {"title": 6, "date": 4, "source": 1, "kind": 3}, "pages-28 ")
# Probe 187: laws as PDF.
floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-21")), {"ok": 3, "kind": 3, "title": 3, "date": 3, "issuer": 2}, "binary-21 ")
# Probe 189: compilations as pdftotext writes them, `\f` opening each page and the contents' heading.
p = subprocess.run([sys.executable, os.path.join(SOURCE, "tools", "eval_containers.py"), GONGWEN, os.path.join(D, "containers-10")],
                   capture_output=True, text=True)
per = {m[0]: (int(m[1]), int(m[2]), int(m[3])) for m in re.findall(r"^(\d\d)_\S+: gold \d+ got (\d+) starts (\d+)/\d+ titles (\d+)/", p.stdout, re.M)}
check(per.get("02", (0, 0, 0))[1:] >= (12, 12), f"containers-10 02, contents under a form feed: starts, titles {per.get('02')}")

# Probe 157 (session 44, imported now): a page's script data, `var result = {…}` in JavaScript's syntax.
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-23")), {"rec": 21, "title": 21, "kind": 18, "date": 21, "issuer": 13}, "datasets-23 ")

done()
