"""A contents list printed without page numbers, as e-magazines and web compilations print
theirs (`本期目录`, entries `【栏目】标题　　作者`), splits an issue as the paged one does.

The shared magazine issue (../shared/corpus/000_*, gold_000_articles.json) gets its printed
contents (gold toc_lines, scattered entries and cover teasers included) replaced by such a
list built from the gold's entries, each behind a rule; its body is untouched. Every listed
article must be found at its gold title line, shifted by the lines the new list saves, with
its column."""
import json
import os
import re
from e2e import *

require_corpus()
gold = json.load(open(os.path.join(CORPUS, "gold", "gold_000_articles.json")))
lines = open(corpus_file("000_"), encoding="utf-8").read().split("\n")
first, last = gold["toc_lines"]
fold = lambda s: re.sub(r"\s", "", s)

toc = ["—" * 30, "本期目录　（２０１８年第５期）", "—" * 30]
for e in gold["toc_entries"]:
    title = e["toc_text"].replace(" / ", "")
    # The author after a wide gap, as a plain-text issue aligns it.
    head, _, tail = title.rpartition(" ")
    entry = f"【{e['column']}】" + (f"{head}　　　　{tail}" if head and len(tail) <= 10 else title)
    toc.append(entry)
toc.append("—" * 30)
out = lines[:first - 1] + toc + lines[last:]
shift = len(toc) - (last - first + 1)
tmp = tmpdir()
path = os.path.join(tmp, "unpaged.txt")
open(path, "w", encoding="utf-8").write("\n".join(out))

rc, o, err = run("process", "--no-extract", path)
recs = records(o)
container, arts = recs[0], [r for r in recs if r["source"].get("container")]
check(container["fields"].get("split_method") == "toc", f"split by its contents ({container['fields'].get('split_method')})")
want = {it["title_line"] + (shift if it["title_line"] > last else 0): it for it in gold["items"] if it.get("in_toc")}
starts = {a["source"]["line_start"]: a for a in arts}
hit = [l for l in want if l in starts]
check(len(hit) == len(want), f"every listed article starts at its title line ({len(hit)}/{len(want)})")
check(len(arts) <= len(want) + 1, f"no article more than the list and the issue's opening news ({len(arts)})")
cols = sum(1 for l in hit if starts[l]["fields"].get("section") == want[l]["column"])
check(cols == len(hit), f"each article has its column as its section ({cols}/{len(hit)})")
# The same list without its columns and authors is a bare list: no evidence of an issue's contents.
bare = ["本期目录"] + [re.sub(r"^【[^】]*】", "", t).split("　")[0] for t in toc[3:-1]]
out2 = lines[:first - 1] + bare + lines[last:]
path2 = os.path.join(tmp, "bare.txt")
open(path2, "w", encoding="utf-8").write("\n".join(out2))
rc, o, err = run("process", "--no-extract", path2)
method = records(o)[0]["fields"].get("split_method")
check(method != "toc", f"a bare unpaged list is not taken as contents ({method})")
done()
