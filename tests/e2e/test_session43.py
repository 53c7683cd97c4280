"""Session 43: documents from the sixteenth round of held-out sets (probes 125–130) and the open
misses of earlier rounds. Each fixture is modelled on a document of those sets (names, places and
numbers replaced)."""
import json
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()

# A district council's catalogue of committee papers: each paper numbered in a column `no` by its
# committee's code over its year (`TT 2/2031`); a column of bare serials numbers nothing.
paper = lambda no: json.dumps({"name": "通過某某委員會2031年11月10日第六次會議記錄", "committee": "某某委員會", "no": no},
                              ensure_ascii=False) + "\n"
number = lambda r: (lambda n: n.get("text") if isinstance(n, dict) else n)(r["fields"].get("doc_number") or {})
r = one("papers.jsonl", paper("TT 2/2031"))
check(number(r) == "TT 2/2031", f"a paper's code: {r['fields'].get('doc_number')}")
r = one("serials.jsonl", paper("17"))
check(not number(r), f"a serial is no number: {r['fields'].get('doc_number')}")

done()
