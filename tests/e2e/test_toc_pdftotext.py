"""Contents as pdftotext writes them: a form feed before the heading (`\\f目录`), the dots of the
leader running into the page number (`…综述........7`), and the book's second, bare list of the
same titles after the first (`目录:` over one title a line, as compilations reprint it). The
shared compilation (../shared/corpus/004_*, gold_004_toc.json) is rewritten so; every article must
still start at its gold title line (shifted by the lines added), never in the bare list."""
import json
import os
import re
from e2e import *

require_corpus()
gold = json.load(open(os.path.join(CORPUS, "gold", "gold_004_toc.json")))
lines = open(corpus_file("004_"), encoding="utf-8").read().split("\n")
heading = next(i for i, l in enumerate(lines[:10]) if re.sub(r"\s", "", l) == "目录")
lines[heading] = "\f" + lines[heading]
for e in gold:
    i = e["toc_line"] - 1
    lines[i] = re.sub(r"[\s\u3000]+(\d+)$", lambda m: "." * 12 + m.group(1), lines[i])
toc_end = max(e["toc_line"] for e in gold)
bare = ["目录:"] + [e["title"] for e in gold]
out = lines[:toc_end] + bare + lines[toc_end:]
shift = len(bare)
path = os.path.join(tmpdir(), "pdftotext.txt")
open(path, "w", encoding="utf-8").write("\n".join(out))

rc, o, err = run("process", "--no-extract", path)
recs = records(o)
container, arts = (recs[0] if recs else {"fields": {}}), [r for r in recs if r["source"].get("container")]
check(container["fields"].get("split_method") == "toc", f"split by its contents ({container['fields'].get('split_method')})")
starts = {a["source"]["line_start"] for a in arts}
hit = [e for e in gold if e["body_title_line"] + shift in starts]
check(len(hit) == len(gold), f"articles at their gold lines: {len(hit)}/{len(gold)}")
in_list = [l for l in starts if toc_end < l <= toc_end + shift]
check(not in_list, f"no article starts in the bare list: {in_list[:5]}")
done()
