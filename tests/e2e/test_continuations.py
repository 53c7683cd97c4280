"""An article continued on a later page (下转第N页 … 上接第M页) comes back as one record.

The shared magazine issue (../shared/corpus/000_*, gold_000_articles.json) is
laid out again the way print does it: the second half of a speech is moved
behind a later article, with a 下转 note where it was cut and a 上接 note where
it resumes. Split with and without the table of contents, every article must
read as it does in the untouched issue: the speech whole again, the article
that hosted its rest without it, no article more or less."""
import json
import os
import re
from e2e import *

require_corpus()
gold = json.load(open(os.path.join(CORPUS, "gold", "gold_000_articles.json")))
src = corpus_file("000_")
lines = open(src, encoding="utf-8").read().split("\n")
fold = lambda s: re.sub(r"\s", "", s)

items = [it for it in gold["items"] if it.get("in_toc")]
# The first long article that, like the two after it, is one run of lines after its title.
whole = lambda it: len(it.get("body_lines", [])) == 1 and it["body_lines"][0][0] > it["title_line"]
first = next(i for i, it in enumerate(items[:-2])
             if all(whole(x) for x in items[i:i + 3]) and it["body_lines"][0][1] - it["body_lines"][0][0] > 40)
cut_from, cut_to = items[first]["body_lines"][0]
mid = (cut_from + cut_to) // 2
host_end = items[first + 2]["body_lines"][0][1]
# Lines are 1-based in the gold.
moved = lines[mid:cut_to]              # lines mid+1 .. cut_to
out = lines[:mid] + lines[cut_to:host_end] + moved + lines[host_end:]
out[mid - 1] += "（下转第12页）"
at = mid + (host_end - cut_to)         # 0-based index of the first moved line
while not out[at].strip():
    at += 1                            # the note opens the first moved paragraph
out[at] = "（上接第3页）" + out[at]
tmp = tmpdir()
relaid = os.path.join(tmp, "relaid.txt")
open(relaid, "w", encoding="utf-8").write("\n".join(out))


def articles(path, *flags):
    rc, o, err = run("process", "--with-text", "--no-extract", *flags, path)
    recs = records(o)
    return [r for r in recs if r["source"].get("container")]


for flags in ((), ("--no-toc",)):
    name = "with TOC" if not flags else "without TOC"
    before = articles(src, *flags)
    after = articles(relaid, *flags)
    check(len(after) == len(before), f"{name}: {len(before)} articles as in the untouched issue ({len(after)})")
    by_title = {fold(a["title"]): a for a in before}
    same = sum(1 for a in after if fold(a["title"]) in by_title and fold(a["text"]) == fold(by_title[fold(a["title"])]["text"]))
    check(same == len(before), f"{name}: every article's text as in the untouched issue ({same}/{len(before)})")
    speech = next((a for a in after if fold(a["title"]).startswith(fold(items[first]["title"])[:8])), None)
    check(speech is not None and speech["fields"].get("continued") == [{"page": 12, "unit": "页", "line": at + 1}],
          f"{name}: the speech says where its rest was found ({speech and speech['fields'].get('continued')}, line {at + 1})")
    check(speech is not None and any(d.get("id") == "split.continuation" for d in speech.get("diagnostics", [])),
          f"{name}: a split.continuation diagnostic on it")
    check(not any("（下转第12页）" in a["text"] or "（上接第3页）" in a["text"] for a in after), f"{name}: no note left in any text")
    # Its text maps back to the source: the moved half reports its own lines.
    check(speech is not None and speech["source"]["line_end"] == mid + (host_end - cut_to) + len(moved),
          f"{name}: the joined article ends on the last moved line ({speech and speech['source']['line_end']})")
done()
