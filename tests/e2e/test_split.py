"""Splitting containers (gold: ../shared/corpus/gold/gold_004_toc.json, gold_000_articles.json),
with and without the table of contents. Prints precision and recall."""
import json
import os
import re
from e2e import *

require_corpus()
g4 = json.load(open(os.path.join(CORPUS, "gold", "gold_004_toc.json")))
g0 = json.load(open(os.path.join(CORPUS, "gold", "gold_000_articles.json")))
fold = lambda s: re.sub(r"\s", "", s)


def split(path, *flags):
    rc, out, err = run("process", *flags, path)
    recs = records(out)
    return recs[0], recs[1:]


c4, a4 = split(corpus_file("004_"))
check(c4["kind"] == "collection" and c4["fields"].get("count") == 76, "004 is a collection of 76")
check(len(a4) == 76, f"004: 76 articles ({len(a4)})")
check([fold(a["fields"].get("toc_title", "")) for a in a4] == [fold(x["title"].lstrip("：")) for x in g4] or
      [fold(a["title"]) for a in a4] == [fold(x["title"]) for x in g4], "004: titles equal the TOC, in order")
check([a["source"]["line_start"] for a in a4] == [x["body_title_line"] for x in g4], "004: article start lines")
check([a["source"]["line_end"] for a in a4] == [x["body_end_line"] for x in g4], "004: article end lines")
check([a["fields"].get("section") for a in a4] == [x["section"] for x in g4], "004: TOC sections (省级/市级/县级)")
check([a["fields"].get("page") for a in a4] == [x["page"] for x in g4], "004: TOC pages")
check(all(a["source"]["container"] == c4["id"] and a["source"]["index"] == i + 1 for i, a in enumerate(a4)),
      "004: container id and index in reading order")
check(all(a["kind"] == "experience" for a in a4), f"004: all experience ({sum(a['kind'] == 'experience' for a in a4)}/76)")

gold_lines = {it["title_line"]: it for it in g0["items"] if it.get("in_toc")}
for flags, name in ((), "with TOC"), (("--no-toc",), "without TOC"):
    c0, a0 = split(corpus_file("000_"), *flags)
    starts = [a["source"]["line_start"] for a in a0]
    hit = [l for l in gold_lines if l in starts]
    print(f"000 {name}: recall {len(hit)}/{len(gold_lines)}, precision {len(hit)}/{len(starts)}")
    check(c0["kind"] == "periodical" and c0["fields"].get("issue") == 5 and c0["fields"].get("date") == "2018-10-31",
          f"000 {name}: periodical, issue 5, 2018-10-31")
    check(len(hit) >= 20 and len(hit) >= len(starts) - 2, f"000 {name}: the TOC articles are found ({len(hit)}/21)")
    if name == "with TOC":
        by = {a["source"]["line_start"]: a for a in a0}
        kinds = {l: by[l]["kind"] for l in gold_lines if l in by}
        check(kinds.get(203) == "speech" and kinds.get(347) == "speech", f"000: the two speeches are speech")
        check(kinds.get(48) == "editorial", f"000: the editorial is editorial ({kinds.get(48)})")
        # (The gold's doc_type: eight `regulation (制度/办法…)`, one `policy document (实施意见)`: a 公文, an opinion.)
        regs = [l for l, it in gold_lines.items() if it["column"] == "文件选登" and it["doc_type"].startswith("regulation")]
        opinions = [l for l, it in gold_lines.items() if it["column"] == "文件选登" and "实施意见" in it["doc_type"]]
        check(len(regs) == 8 and all(kinds.get(l) == "regulation" for l in regs), f"000: the eight 制度/办法 of 文件选登 are regulation ({[kinds.get(l) for l in regs]})")
        check(len(opinions) == 1 and kinds.get(opinions[0]) == "opinion", f"000: its 实施意见 is an opinion ({[kinds.get(l) for l in opinions]})")
        notes = [a for a in a0 if a["fields"].get("editor_note")]
        check(len(notes) == 3, f"000: three 编者按 attached to the article they introduce ({len(notes)})")

for name in sorted(os.listdir(CORPUS)):
    if name.startswith("reg_"):
        rc, out, err = run("process", os.path.join(CORPUS, name))
        recs = records(out)
        check(len(recs) == 1 and recs[0]["kind"] == "regulation", f"{name} is one regulation ({[r['kind'] for r in recs]})")
rc, out, err = run("process", corpus_file("001_"))
check(len(records(out)) == 1, "a speech with numbered sections is not split")
# `explain` says why a document was or was not split, with the evidence counted.
rc, out, err = run("explain", corpus_file("000_"))
n = len([r for r in records(run("process", "--no-extract", corpus_file("000_"))[1]) if r["source"].get("container")])
check(re.search(r"split: contents: \d+ entries", out) and f"split: split by toc into {n} articles" in out,
      f"explain: a magazine split by its contents, with the number of its articles ({n})")
rc, out, err = run("explain", corpus_file("001_"))
check(re.search(r"split: not split: \d+ title block\(s\), 3 needed", out), "explain: a speech not split, and why")
done()
