"""Outputs and scale-out: SQLite with FTS5, the manifest, CSV with BOM, shards, stdin."""
import json
import os
import sqlite3
from e2e import *

t = tmpdir()
docs = os.path.join(SOURCE, "samples", "docs")
inputs = sorted(os.path.join(docs, f) for f in os.listdir(docs) if f.endswith(".txt"))
corpus = [p for p in (corpus_file("000_"), corpus_file("001_"), corpus_file("002_"), corpus_file("004_")) if p]
job = os.path.join(t, "job.lua")
open(job, "w").write(f'''return {{
  name = "outputs",
  inputs = {{ "{docs}/*.txt" {''.join(f', "{p}"' for p in corpus)} }},
  outputs = {{ "out/docs.sqlite", "out/docs.csv", "out/docs.jsonl" }},
  csv_bom = true,
  threads = 2,
}}''')
rc, out, err = run("run", job)
check(rc in (0, 1), f"the job runs {err[-500:]}")
db = sqlite3.connect(os.path.join(t, "out", "docs.sqlite"))
n = db.execute("select count(*) from documents where container is null").fetchone()[0]
check(n == len(inputs) + len(corpus), f"one top-level row per input ({n})")
if corpus:
    arts = db.execute("select count(*) from documents d join documents c on d.container = c.id where c.kind = 'collection'").fetchone()[0]
    check(arts == 76, f"the compilation's 76 articles are rows linked to their container ({arts})")
check(db.execute("pragma foreign_key_check").fetchall() == [], "foreign keys hold")
check(db.execute("select count(*) from sections").fetchone()[0] > 0, "sections table filled")
hits = db.execute("""select d.path from documents_fts f join documents d on d.rowid = f.rowid
                     where documents_fts match '"三会一课"' and d.kind = 'speech'""").fetchall()
check(any(h[0].endswith("speech_county_meeting.txt") for h in hits), "FTS5 finds a Chinese phrase in speeches")
if corpus:
    q = """select d.title from documents_fts f join documents d on d.rowid = f.rowid
           where documents_fts match '"三严三实"' and d.date like '2018%'"""
    check(len(db.execute(q).fetchall()) >= 1, "“三严三实” in 2018 documents, by SQL")
raw = open(os.path.join(t, "out", "docs.csv"), "rb").read()
check(raw.startswith(b"\xef\xbb\xbf"), "csv_bom writes a UTF-8 BOM")
m = json.load(open(os.path.join(t, "out", "docs.sqlite.manifest.json")))
check(m["job"]["sha256"] and m["counts"]["inputs"] == len(inputs) + len(corpus), "manifest counts")
check(all(h["sha256"] for h in m["handlers"]) and any(h["name"] == "speech" for h in m["handlers"]), "manifest hashes every handler")
check(all(len(i["sha256"]) == 64 for i in m["inputs"]), "manifest hashes every input")

# Shards: the union of all shards is the whole run, with no overlap.
whole = records(run("process", *inputs)[1])
seen = []
for k in (1, 2, 3):
    seen += records(run("process", "--shard", f"{k}/3", *inputs)[1])
key = lambda r: r["source"]["path"]
check(sorted(map(key, seen)) == sorted(map(key, whole)), "the union of 3 shards equals the whole run")
rc, _, err = run("process", "--shard", "4/3", inputs[0])
check(rc == 2, "a bad shard is a usage error")

# stdin: paths, and JSON records with inline text.
stdin = "\n".join([inputs[0], json.dumps({"path": "inline.txt", "text": "在全县组织工作会议上的讲话\n\n王明远\n\n同志们：\n一、认清形势。\n"}, ensure_ascii=False)])
rc, out, err = run("process", "-", stdin=stdin.encode())
recs = [r for r in records(out) if r["source"]["container"] is None]  # (a bulletin's items follow their issue)
check(len(recs) == 2 and recs[1]["source"]["path"] == "inline.txt" and recs[1]["kind"] == "speech", "stdin paths and JSON records")
done()
