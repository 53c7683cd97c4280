"""Issues 13–15, held-out sets 25 (session 47), as the pages corpus keeps their pages' text, each checked
against hand-written gold by its tools/eval_*.py: 批复, 复函 and 请示 of governments and departments
(gongwen-86); decisions and 通报 of party committees, governments and universities (gongwen-87); regulations
under the 令 or 公告 that publishes them, on law sites and mirrors (gongwen-88); reports, summaries and work
reports (gongwen-89); minutes, communiques and resolutions (gongwen-90); 公文 as people collect them, reprinted
on WeChat copies, portals, forums and mirrors (gongwen-91); listed companies' announcements (gongwen-92);
speeches and news of speeches on portals (pages-32); Hong Kong's and Macau's (gongwen-93); county and township
notices under their CMS boxes (gongwen-94). Floors: the figures when session 47's fixes landed; the
first pass is in the session's note."""
import os
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")

official = official_floors

# Probe 215: 批复, 复函, 请示; a reply reposted under a site's headline.
official("gongwen-86", {"kind": 7, "title": 7, "doc_number": 5, "issuer": 8, "date": 6, "recipients": 8})
# Probe 216: decisions and 通报; joint issuers on one line over the title.
official("gongwen-87", {"kind": 8, "title": 7, "doc_number": 3, "issuer": 6, "date": 5, "recipients": 5})
# Probe 218: regulations under their 令 or 公告 on law sites; the masthead and number on one line; a 题注 over two lines.
official("gongwen-88", {"kind": 7, "title": 6, "doc_number": 3, "issuer": 6, "date": 7})
# Probe 219: reports and work reports; a committee's report titled in full.
official("gongwen-89", {"kind": 5, "title": 6, "issuer": 3, "date": 3})
# Probe 220: minutes, communiques, resolutions; a province's tag before the title.
official("gongwen-90", {"kind": 6, "title": 7, "doc_number": 1, "issuer": 4, "date": 4})
# Probe 221: reprints; an order named by its serial; a signature broken after its city.
official("gongwen-91", {"kind": 7, "title": 6, "doc_number": 2, "issuer": 6, "date": 4, "recipients": 4})
# Probe 222: listed companies' announcements, by their securities line, flattened, or under the Hong Kong exchange's disclaimer.
official("gongwen-92", {"kind": 8, "title": 7, "doc_number": 6, "issuer": 8, "date": 7})
# Probe 223: Hong Kong's and Macau's; a department's notice signed by its officer; Macau's instruments.
official("gongwen-93", {"kind": 5, "title": 4, "doc_number": 2, "issuer": 4, "date": 2})
# Probe 224: county and township notices under CMS boxes; a box's labels bracketed with spaces.
official("gongwen-94", {"kind": 8, "title": 7, "doc_number": 5, "issuer": 6, "date": 7, "recipients": 6})
# Probe 217: speeches and news of speeches; stacked info cells; a trail to its leaf.
floors(evaluate("eval_pages", os.path.join(D, "pages-32"), "--gongwen", GONGWEN), {"title": 3, "date": 6, "source": 2, "kind": 7}, "pages-32 ")

done()
