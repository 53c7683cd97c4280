"""Issues 13–15, held-out sets 24 (session 46), as the pages corpus keeps their pages' text (datasets-24 as
its repositories keep the files), each checked against hand-written gold by its tools/eval_*.py: 公文 of
county departments, townships and street offices (gongwen-72); 批复, 复函 and answers to deputies' and
members' proposals (gongwen-73); of universities, trade unions, associations and companies (gongwen-74);
government information-disclosure pages with their metadata boxes (gongwen-75); of central ministries,
orders and numbered 公告 (gongwen-76); party plenums' and congresses' resolutions and decisions
(gongwen-77); of police, regulators and environment bureaus (gongwen-78); Taiwan's, Hong Kong's and
Macau's (gongwen-79); minutes (gongwen-80); joint 意见 of party committees and governments (gongwen-81);
regulations and charters (gongwen-82); departments' joint notices (gongwen-83); institutions' 公告 and
公示 (gongwen-84); plans (gongwen-85); speeches (pages-29); reports and experience materials (pages-30);
texts about documents, news and interpretations (pages-31); a Markdown table, a JSON list of laws and a
catalogue that names each policy by its issuers and its quoted title (datasets-24). Floors: the figures
when session 46's fixes landed; the first pass is in the session's note."""
import os
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")

official = official_floors

# Probe 196: county departments, townships, street offices; an advert's address glued before the title.
official("gongwen-72", {"kind": 8, "title": 7, "doc_number": 2, "issuer": 7, "date": 6, "recipients": 4})
# Probe 197: 批复, 复函, answers to proposals (letters); a box of labels over values; 登录|注册.
official("gongwen-73", {"kind": 8, "title": 6, "doc_number": 3, "issuer": 6, "date": 7, "recipients": 8})
# Probe 198: universities, unions, associations, companies.
official("gongwen-74", {"kind": 8, "title": 8, "doc_number": 5, "issuer": 7, "date": 6, "recipients": 5})
# Probe 200: disclosure pages and their boxes.
official("gongwen-75", {"kind": 8, "title": 7, "doc_number": 6, "issuer": 6, "date": 8, "recipients": 7})
# Probe 201: ministries' orders and 公告; a forum's jammer; a related-reading label; a rare surname signing.
official("gongwen-76", {"kind": 7, "title": 7, "doc_number": 5, "issuer": 7, "date": 4, "recipients": 1})
# Probe 203: plenums' and congresses' resolutions; a paper's dateline on the title's line.
official("gongwen-77", {"kind": 7, "title": 7, "doc_number": 1, "issuer": 7, "date": 5})
# Probe 204: police, regulators, environment bureaus; an organ before its matter; a situation 通报.
official("gongwen-78", {"kind": 8, "title": 7, "doc_number": 1, "issuer": 7, "date": 3, "recipients": 2})
# Probe 205: Taiwan, Hong Kong and Macau; a labelled form without its masthead, Macau's numbered instruments (session 47).
official("gongwen-79", {"kind": 6, "title": 6, "doc_number": 4, "issuer": 6, "date": 4})
# Probe 206: minutes; a numbered sitting's record, act by act.
official("gongwen-80", {"kind": 6, "title": 8, "date": 6})
# Probe 207: joint 意见; a page's spam line over its trail; spaced colons in the info line.
official("gongwen-81", {"kind": 6, "title": 5, "doc_number": 3, "issuer": 5, "date": 2})
# Probe 209: regulations and charters; a trail and a bilingual column label; the 题注 over a promulgating 公告.
official("gongwen-82", {"kind": 8, "title": 8, "doc_number": 2, "issuer": 5, "date": 5})
# Probe 210: departments' joint notices; a forwarding notice whose own 的通知 is left off.
official("gongwen-83", {"kind": 8, "title": 7, "doc_number": 3, "issuer": 7, "date": 4, "recipients": 5})
# Probe 213: institutions' 公告 and 公示.
official("gongwen-84", {"kind": 7, "title": 6, "issuer": 4, "date": 4, "recipients": 2})
# Probe 214: plans; 工作谋划.
official("gongwen-85", {"kind": 5, "title": 5, "doc_number": 3, "issuer": 4, "date": 6, "recipients": 4})
# Probe 199: speeches on news, government and school pages.
floors(evaluate("eval_pages", os.path.join(D, "pages-29"), "--gongwen", GONGWEN), {"title": 5, "date": 6, "source": 1, "kind": 5}, "pages-29 ")
# Probe 202: reports and experience materials.
floors(evaluate("eval_pages", os.path.join(D, "pages-30"), "--gongwen", GONGWEN), {"title": 3, "date": 4, "source": 1, "kind": 5}, "pages-30 ")
# Probe 211: texts about documents (news, interpretations); a column's tag before the headline.
floors(evaluate("eval_pages", os.path.join(D, "pages-31"), "--gongwen", GONGWEN), {"title": 3, "date": 6, "source": 4, "kind": 8}, "pages-31 ")
# Probe 208: a Markdown table of documents, a JSON list of laws, a catalogue's ORGANS《NAME》 titles.
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-24")), {"rec": 36, "title": 36, "kind": 32, "date": 36, "issuer": 22, "number": 12}, "datasets-24 ")

done()
