"""`gongwen kwic`: every occurrence of a term in a run's SQLite output, in context.

The run covers the samples, the 公文 dev set and (when present) the corpus. Hits are
compared with an independent count over the same database (Python's sqlite3: every
occurrence in the text of every document that is not a container), and every hit's
source line is checked against the source file itself: the term is on that line,
or starts there and runs onto the next (a hard-wrapped line).
"""
import csv
import io
import json
import os
import sqlite3
from e2e import *

database, job = run_to_sqlite("kwic", [("samples/docs", "*.txt"), ("tests/devset/gongwen", "*.txt"), ("tests/devset/gongwen", "*.md")], corpus="*.txt")
t = os.path.dirname(database)
db = sqlite3.connect(database)
leaves = db.execute("select rowid, path, text from documents d where not exists "
                    "(select 1 from fields f where f.doc = d.rowid and f.key = 'split_method')").fetchall()


def expected(term):
    hits, documents = 0, 0
    for _, _, text in leaves:
        n = (text or "").count(term)
        hits += n
        documents += n > 0
    return hits, documents


def source_lines(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc).splitlines()
        except UnicodeDecodeError:
            pass
    return []


def squeeze(s):
    return "".join(s.split())


terms = ["通知", "党建", "三严三实", "两学一做", "全面从严治党", "人民"]
for term in terms:
    rc, out, err = run("kwic", database, term, "--format", "jsonl")
    hits = records(out)
    want_hits, want_docs = expected(term)
    check(rc == 0 and len(hits) == want_hits and want_hits > 0,
          f"{term}: {len(hits)} hits, an independent count over the same database finds {want_hits}")
    rc, out, _ = run("kwic", database, term, "--count", "--format", "jsonl")
    c = records(out)
    check(c and c[0]["hits"] == want_hits and c[0]["documents"] == want_docs,
          f"{term}: --count says {c[0] if c else None}, expected {want_hits} hits in {want_docs} documents")
    wrong = []
    for h in hits:
        lines = source_lines(h["path"])
        ok = 1 <= h["line"] <= len(lines) and (term in squeeze(lines[h["line"] - 1]) or
                                               term in squeeze("".join(lines[h["line"] - 1:h["line"] + 1])))
        if not ok:
            wrong.append((h["path"], h["line"]))
        if not (h["match"] == term and len(h["left"]) <= 20 and len(h["right"]) <= 20):
            wrong.append(("context", h["left"], h["right"]))
    check(not wrong, f"{term}: every hit's source line holds the term ({len(hits) - len(wrong)}/{len(hits)}; {wrong[:3]})")

# Documents processed in isolated workers come back with the same line maps.
rc, _, err = run("run", job, "--isolate", "--out", os.path.join(t, "isolated.sqlite"))
a = db.execute("select id, line_map from documents order by rowid").fetchall()
b = sqlite3.connect(os.path.join(t, "isolated.sqlite")).execute("select id, line_map from documents order by rowid").fetchall()
check(rc in (0, 1) and a == b and any(m != "[]" for _, m in a), f"--isolate keeps every document's line map ({len(b)} documents)")

# Sorting, formats, filters.
rc, out, _ = run("kwic", database, "人民", "--sort", "right", "--format", "jsonl")
rights = [h["right"] for h in records(out)]
check(rights == sorted(rights), "--sort right orders the hits by their right context")
rc, out, _ = run("kwic", database, "通知", "--kind", "notice", "--format", "jsonl")
check(out and all(h["kind"] == "notice" for h in records(out)), "--kind keeps only that kind")
rc, out, _ = run("kwic", database, "党建", "--format", "csv", "--window", "5")
rows = list(csv.DictReader(io.StringIO(out)))
check(rows and all(r["match"] == "党建" and len(r["left"]) <= 5 for r in rows), f"CSV with a header and 5-character contexts ({len(rows)} rows)")
rc, out, _ = run("kwic", database, "党建", "人民", "--count", "--by", "kind", "--format", "jsonl")
per_kind = records(out)
total = sum(r["hits"] for r in per_kind if r["term"] == "党建")
check(total == expected("党建")[0], f"--count --by kind adds up to the hits ({total})")
rc, out, _ = run("kwic", database, "不存在的词语", "--count", "--format", "jsonl")
check(rc == 0 and records(out) == [{"term": "不存在的词语", "hits": 0, "documents": 0}], "a term found nowhere is counted as 0")
rc, _, err = run("kwic", os.path.join(t, "job.lua"), "党建")
check(rc == 2 and ("not a gongwen SQLite output" in err or "cannot open" in err), f"a file that is not a run's SQLite: a clear error ({err.strip()[:80]})")
# The FTS index holds each passage once: a container is indexed by its title only (its text is
# its articles', indexed on their own rows), so a phrase of an article matches the article alone.
# (Containers with an article long enough to quote: a bulletin's items may all be short.)
containers = db.execute("select d.rowid, d.id from documents d where exists (select 1 from fields f where f.doc = d.rowid and f.key = 'split_method') "
                        "and exists (select 1 from documents a where a.container = d.id and length(a.text) > 200)").fetchall()
check(containers or not os.path.isdir(CORPUS), f"the corpus gives containers to check the index with ({len(containers)})")
for rowid, cid in containers[:3]:
    art, text = db.execute("select rowid, text from documents where container = ? and length(text) > 200 order by idx limit 1", (cid,)).fetchone()
    phrase = next(l.strip() for l in text.splitlines() if len(l.strip()) >= 12 and '"' not in l)[:12]
    hits = [r for (r,) in db.execute("select rowid from documents_fts where documents_fts match ?", ('"%s"' % phrase,))]
    check(art in hits and rowid not in hits, f"FTS: `{phrase}` matches its article, not the container ({hits[:5]})")
done()
