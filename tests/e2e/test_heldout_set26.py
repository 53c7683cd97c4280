"""Issues 14 and 15, held-out sets 26 (session 48), as the pages corpus keeps their pages' text, each checked
against hand-written gold by its tools/eval_*.py: daily news digests from papers, county newsletters, exam
sites and mirrors (containers-11); weekly digests, chronicles and policy roundups (containers-12); 公文 of
issuers rarely seen: universities, party committees of colleges and centres, courts, community committees, a
bar association (gongwen-95). Floors: the figures when session 48's fixes landed; the first pass is in the
session's note. The digests of session 43 (containers-9) are split now: their floor is raised."""
import os
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")

official = official_floors
containers = lambda name, wanted: floors(evaluate("eval_containers", GONGWEN, os.path.join(D, name)), wanted, name + " ")

# Probe 145: digests whose items are bare headlines, untitled numbered paragraphs, or numbered headlines.
containers("containers-9", {"starts": 18, "titles": 8})
# Probe 225: daily digests: a video's credit for an item's text, items numbered across sections, ◆ items.
containers("containers-11", {"starts": 23, "titles": 4})
# Probe 226: weekly digests: numerals alone over their paragraphs, a programme's headlines in traditional script.
containers("containers-12", {"starts": 16, "titles": 6})
# Probe 228: universities, college party committees, courts, community committees; a signature with its seal's place.
official("gongwen-95", {"kind": 8, "title": 8, "doc_number": 1, "issuer": 7, "date": 6, "recipients": 5})

done()
