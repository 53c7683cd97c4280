"""Near-duplicates across a run: precision and recall on documents replicated with edits.

Originals: the samples, the 公文 dev set and the corpus's regulations (single documents,
all different). Each of every second original gets copies a user meets: the same text
in GB18030, a reprint with a site header and footer, a light edit (a paragraph dropped,
a few characters changed), the Markdown of it with a heading. The truth: each original
with its copies is one group. `gongwen duplicates` (the groups the run found) must
find them (recall) and nothing else (precision); SQLite has the table and the records
the `duplicate_of` flag; a merge of shards recomputes them over the whole run.
"""
import glob
import itertools
import json
import os
import sqlite3
from e2e import *

t = tmpdir()
data = os.path.join(t, "data")
os.makedirs(data)
originals = sorted(glob.glob(os.path.join(SOURCE, "samples", "docs", "*.txt")))
originals += sorted(glob.glob(os.path.join(SOURCE, "tests", "devset", "gongwen", "0*.txt")))
originals += sorted(glob.glob(os.path.join(SOURCE, "tests", "devset", "gongwen", "0*.md")))
if os.path.isdir(CORPUS):
    originals += sorted(glob.glob(os.path.join(CORPUS, "reg_*.md")))
truth = {}  # file name → group
for n, src in enumerate(originals):
    text = open(src, encoding="utf-8-sig").read()
    base = f"{n:03d}"
    open(os.path.join(data, base + "_orig.txt"), "w", encoding="utf-8").write(text)
    truth[base + "_orig.txt"] = n
    if n % 2:
        continue
    paras = [p for p in text.split("\n") if p.strip()]
    if len(paras) < 6:
        continue
    open(os.path.join(data, base + "_gbk.txt"), "wb").write(text.encode("gb18030"))
    reprint = "首页 > 政策文件 > 正文\n来源：转载  浏览次数：128\n\n" + text + "\n\n版权所有 某某网站  联系我们\n"
    open(os.path.join(data, base + "_reprint.txt"), "w", encoding="utf-8").write(reprint)
    edited = paras[:len(paras) // 2] + paras[len(paras) // 2 + 1:]  # one paragraph dropped
    edited = "\n".join(edited).replace("的", "之", 3)
    open(os.path.join(data, base + "_edited.txt"), "w", encoding="utf-8").write(edited)
    open(os.path.join(data, base + "_copy.md"), "w", encoding="utf-8").write("# 转载\n\n" + text)
    for suffix in ("_gbk.txt", "_reprint.txt", "_edited.txt", "_copy.md"):
        truth[base + suffix] = n
copies = len(truth) - len(originals)
check(copies >= 40, f"{len(originals)} originals, {copies} copies")

job = os.path.join(t, "job.lua")
open(job, "w").write(f'return {{ name = "dups", inputs = {{ "{data}/*" }}, outputs = {{ "run.sqlite", "run.jsonl" }} }}')
rc, _, err = run("run", job)
check(rc in (0, 1), f"the run works ({err[-200:]})")
database = os.path.join(t, "run.sqlite")
rc, out, err = run("duplicates", database, "--format", "jsonl")
groups = records(out)


def pairs_of(groups):
    found = set()
    for g in groups:
        members = [os.path.basename(g["original"]["path"])] + [os.path.basename(c["path"]) for c in g["copies"]]
        for a, b in itertools.combinations(sorted(set(members)), 2):
            found.add((a, b))
    return found


found = pairs_of(groups)
true_pairs = {(a, b) for a, b in itertools.combinations(sorted(truth), 2) if truth[a] == truth[b]}
tp = len(found & true_pairs)
precision = tp / len(found) if found else 0
recall = tp / len(true_pairs) if true_pairs else 0
print(f"pairs: found {len(found)}, true {len(true_pairs)}, right {tp}; precision {precision:.3f}, recall {recall:.3f}")
for a, b in sorted(true_pairs - found)[:10]:
    print("   missed", a, b)
for a, b in sorted(found - true_pairs)[:10]:
    print("   wrong ", a, b)
check(precision >= 0.98, f"precision {precision:.3f} >= 0.98")
check(recall >= 0.95, f"recall {recall:.3f} >= 0.95")

db = sqlite3.connect(database)
n_table = db.execute("select count(*) from duplicates").fetchone()[0]
flagged = db.execute("select count(*) from documents where json_extract(record, '$.duplicate_of.id') is not null").fetchone()[0]
check(n_table == sum(len(g["copies"]) for g in groups) == flagged, f"the table ({n_table}) and the records' duplicate_of ({flagged}) agree")
orig_of = db.execute("""select a.path, b.path from duplicates x join documents a on a.rowid = x.doc
                        join documents b on b.rowid = x.duplicate_of""").fetchall()
check(all(b < a for a, b in orig_of), "the original of a group is its earliest document")

# A lower threshold recomputes, read-only, and finds at least as many.
rc, out, _ = run("duplicates", database, "--threshold", "0.5", "--format", "jsonl")
check(rc == 0 and len(pairs_of(records(out))) >= len(found), "--threshold 0.5 finds at least the run's groups")

# Shards merged: the groups are the whole run's, not each shard's.
outs = []
for k in (1, 2, 3):
    rc, _, _ = run("run", job, "--shard", f"{k}/3", "--out", os.path.join(t, f"p{k}.sqlite"))
rc, _, err = run("merge", os.path.join(t, "merged.sqlite"), *[os.path.join(t, f"p{k}.sqlite") for k in (1, 2, 3)])
m = sqlite3.connect(os.path.join(t, "merged.sqlite"))
q = "select a.path, b.path, x.similarity from duplicates x join documents a on a.rowid = x.doc join documents b on b.rowid = x.duplicate_of order by 1"
check(rc in (0, 1) and m.execute(q).fetchall() == db.execute(q).fetchall(), f"a merge of 3 shards finds the single run's groups ({err.strip()[-80:]})")
rec_q = "select id, record from documents order by rowid"
check(m.execute(rec_q).fetchall() == db.execute(rec_q).fetchall(), "and the same records, duplicate_of included")
done()
