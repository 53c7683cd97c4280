"""`gongwen merge`: the outputs of a job's shards made into the output of one run.

One run of a job over the samples, the corpus and the 公文 dev set (JSONL, JSON,
CSV and SQLite outputs) is the reference; the same job in 3 shards, merged in
any order of the parts, must give the same bytes (SQLite: the same rows in
every table, FTS included). Then every refusal a user can meet: a missing or
repeated shard, a part of another job, a part of another shard count, a part
without its manifest (a task that did not finish), a part changed since its
run, and a part of another format.
"""
import json
import os
import shutil
import sqlite3
from e2e import *

t = tmpdir()
docs = os.path.abspath(os.path.join(SOURCE, "samples", "docs"))
devset = os.path.abspath(os.path.join(SOURCE, "tests", "devset", "gongwen"))
patterns = [f"{docs}/*.txt", f"{devset}/*.txt", f"{devset}/*.md", f"{devset}/*.csv", f"{devset}/*.jsonl"]
if os.path.isdir(CORPUS):
    patterns += [f"{os.path.abspath(CORPUS)}/*.txt", f"{os.path.abspath(CORPUS)}/*.md"]
FORMATS = ["jsonl", "json", "csv", "sqlite"]
job = os.path.join(t, "job.lua")


def write_job(path, extra=""):
    open(path, "w").write(f'''return {{
  name = "merge",
  inputs = {{ {", ".join(json.dumps(p) for p in patterns)} }},
  outputs = {{ {", ".join(f'"out/all.{f}"' for f in FORMATS)} }},
  threads = 2,{extra}
}}''')


write_job(job)
rc, out, err = run("run", job)
check(rc in (0, 1), f"the single run works ({err[-300:]})")
single = json.load(open(os.path.join(t, "out", "all.jsonl.manifest.json")))
n_inputs = single["counts"]["inputs"]
check(n_inputs > 40, f"the job has many inputs ({n_inputs})")


def part(k, n, fmt, tag="p"):
    return os.path.join(t, "parts", f"{tag}{k}of{n}.{fmt}")


os.makedirs(os.path.join(t, "parts"))
for k in (1, 2, 3):
    outs = []
    for f in FORMATS:
        outs += ["--out", part(k, 3, f)]
    rc, _, err = run("run", job, "--shard", f"{k}/3", "--threads", "1", *outs)
    check(rc in (0, 1), f"shard {k}/3 runs ({err[-200:]})")
sizes = [json.load(open(part(k, 3, "jsonl") + ".manifest.json"))["counts"]["inputs"] for k in (1, 2, 3)]
check(sum(sizes) == n_inputs and min(sizes) > 0, f"the shards share the inputs ({sizes})")


def table_rows(path):
    db = sqlite3.connect(path)
    tables = ["documents", "fields", "sections", "entities", "diagnostics", "scores", "refs", "doc_keys", "duplicates"]
    rows = {tb: sorted(db.execute(f"select * from {tb}").fetchall(), key=repr) for tb in tables}
    rows["fts"] = db.execute("select rowid from documents_fts where documents_fts match '\"的通知\"' order by rowid").fetchall()
    db.close()
    return rows


for f in FORMATS:
    merged = os.path.join(t, f"merged.{f}")
    # parts in a shuffled order: the merge orders them by shard and input position
    rc, _, err = run("merge", merged, part(2, 3, f), part(3, 3, f), part(1, 3, f))
    check(rc == (1 if single["counts"]["errors"] else 0), f"merge {f} exits as the single run would ({rc}: {err[-200:]})")
    ref = os.path.join(t, "out", f"all.{f}")
    if f == "sqlite":
        a, b = table_rows(ref), table_rows(merged)
        for tb in a:
            check(a[tb] == b[tb], f"sqlite table {tb}: the merged rows are the single run's ({len(a[tb])} rows)")
        db = sqlite3.connect(merged)
        check(db.execute("pragma integrity_check").fetchone()[0] == "ok", "the merged SQLite passes integrity_check")
        resolved = db.execute("select count(*) from refs where resolved is not null").fetchone()[0]
        check(resolved == sqlite3.connect(ref).execute("select count(*) from refs where resolved is not null").fetchone()[0],
              f"citations resolve across shards as in one run ({resolved})")
    else:
        check(open(ref, "rb").read() == open(merged, "rb").read(), f"merged {f} is byte for byte the single run's")
    m = json.load(open(merged + ".manifest.json"))
    check(m["counts"]["inputs"] == n_inputs and m["counts"]["records"] == single["counts"]["records"],
          f"the merged manifest counts the whole job ({m['counts']['inputs']} inputs, {m['counts']['records']} records)")
    check([i["path"] for i in m["inputs"]] == [i["path"] for i in single["inputs"]], "the merged manifest lists inputs in job order")
    check(m["counts"]["kinds"] == single["counts"]["kinds"], "kinds are summed")
    rc, out, _ = run("verify", merged + ".manifest.json")
    check(rc == 0 and out.startswith("ok"), "gongwen verify accepts the merged output")


def refused(args, words, what):
    rc, _, err = run("merge", os.path.join(t, "refused.jsonl"), *args)
    check(rc == 2 and all(w in err for w in words) and not os.path.exists(os.path.join(t, "refused.jsonl")),
          f"{what}: refused, nothing written ({err.strip()[-160:]})")


refused([part(1, 3, "jsonl"), part(3, 3, "jsonl")], ["missing", "2/3"], "a missing shard")
refused([part(1, 3, "jsonl"), part(2, 3, "jsonl"), part(2, 3, "jsonl"), part(3, 3, "jsonl")], ["2/3", "twice"], "a repeated shard")
refused([part(1, 3, "jsonl"), part(2, 3, "csv"), part(3, 3, "jsonl")], ["csv"], "a part of another format")

# Another job (a different threshold): its part is refused.
job2 = os.path.join(t, "job2.lua")
write_job(job2, "\n  threshold = 0.5,")
rc, _, _ = run("run", job2, "--shard", "2/3", "--out", part(2, 3, "jsonl", "other"))
refused([part(1, 3, "jsonl"), part(2, 3, "jsonl", "other"), part(3, 3, "jsonl")], ["not shards of one run", "job"], "a shard of another job")

# Another shard count.
rc, _, _ = run("run", job, "--shard", "2/4", "--out", part(2, 4, "jsonl"))
refused([part(1, 3, "jsonl"), part(2, 4, "jsonl"), part(3, 3, "jsonl")], ["2/4", "1/3"], "a shard of another split")

# A task that did not finish leaves a part without a manifest (or none at all).
unfinished = part(2, 3, "jsonl", "cut")
shutil.copy(part(2, 3, "jsonl"), unfinished)
refused([part(1, 3, "jsonl"), unfinished, part(3, 3, "jsonl")], ["no manifest", "did not finish"], "a part whose run did not finish")

# A part changed after its run.
changed = os.path.join(t, "changed")
os.makedirs(changed)
for suffix in ("", ".manifest.json"):
    shutil.copy(part(2, 3, "jsonl") + suffix, os.path.join(changed, os.path.basename(part(2, 3, "jsonl")) + suffix))
with open(os.path.join(changed, os.path.basename(part(2, 3, "jsonl"))), "ab") as fh:
    fh.write(b'{"id": "extra"}\n')
refused([part(1, 3, "jsonl"), os.path.join(changed, os.path.basename(part(2, 3, "jsonl"))), part(3, 3, "jsonl")],
        ["not what its manifest lists"], "a part changed since its run")

# The merged output among the parts would overwrite a shard: refused.
rc, _, err = run("merge", part(1, 3, "jsonl"), part(1, 3, "jsonl"), part(2, 3, "jsonl"), part(3, 3, "jsonl"))
check(rc == 2 and "one of the parts" in err and json.load(open(part(1, 3, "jsonl") + ".manifest.json"))["options"]["shard"] == "1/3",
      f"OUT given as a part: refused, the shard intact ({err.strip()[-100:]})")
# `parts/p*.json` also matches the manifests: said plainly.
rc, _, err = run("merge", os.path.join(t, "refused.json"), part(1, 3, "json"), part(1, 3, "json") + ".manifest.json")
check(rc == 2 and "is a manifest" in err, f"a manifest given as a part: refused ({err.strip()[-100:]})")
# A shard run with --with-text is not a shard of a run without it.
rc, _, _ = run("run", job, "--shard", "2/3", "--with-text", "--out", part(2, 3, "jsonl", "text"))
refused([part(1, 3, "jsonl"), part(2, 3, "jsonl", "text"), part(3, 3, "jsonl")], ["options"], "a shard with --with-text among shards without")
# More shards than inputs: empty shards merge too; a relative --out is verified from anywhere.
small = os.path.join(t, "small.lua")
open(small, "w").write(f'return {{ name = "small", inputs = {{ "{docs}/*.txt" }}, outputs = {{ "small/all.jsonl" }} }}')
run("run", small)
n_small = 12
for k in range(1, n_small + 1):
    run("run", small, "--shard", f"{k}/{n_small}", "--out", f"sp/{k}.jsonl", cwd=t)
rc, _, err = run("merge", "sp/merged.jsonl", *[f"sp/{k}.jsonl" for k in range(1, n_small + 1)], cwd=t)
empty = sum(1 for k in range(1, n_small + 1) if os.path.getsize(os.path.join(t, "sp", f"{k}.jsonl")) == 0)
check(rc == 0 and empty > 0 and open(os.path.join(t, "sp", "merged.jsonl"), "rb").read() == open(os.path.join(t, "small", "all.jsonl"), "rb").read(),
      f"{n_small} shards over {len(os.listdir(docs))} files, {empty} of them empty, merge to the single run's bytes ({err.strip()[-100:]})")
rc, out, _ = run("verify", os.path.join(t, "sp", "3.jsonl.manifest.json"))
check(rc == 0, f"a shard written with a relative --out verifies from another folder ({out.strip()[:80]})")

# on_error = "skip": records left out of a part are not expected by the merge.
job3 = os.path.join(t, "job3.lua")
bad = os.path.join(t, "bad")
os.makedirs(bad)
open(os.path.join(bad, "empty.txt"), "w").close()
open(os.path.join(bad, "ok.txt"), "w").write(open(sample(sorted(os.listdir(docs))[0]), encoding="utf-8").read())
open(job3, "w").write(f'return {{ name = "skip", inputs = {{ "{bad}/*.txt", "{docs}/*.txt" }}, outputs = {{ "skip/all.jsonl" }}, on_error = "skip" }}')
rc, _, _ = run("run", job3)
for k in (1, 2):
    run("run", job3, "--shard", f"{k}/2", "--out", os.path.join(t, "skip", f"p{k}.jsonl"))
rc, _, err = run("merge", os.path.join(t, "skip", "m.jsonl"), os.path.join(t, "skip", "p1.jsonl"), os.path.join(t, "skip", "p2.jsonl"))
check(open(os.path.join(t, "skip", "m.jsonl"), "rb").read() == open(os.path.join(t, "skip", "all.jsonl"), "rb").read(),
      f"with on_error = \"skip\" the merge equals the single run ({err.strip()[-120:]})")
check(rc == 1, f"a merge whose shards had failed documents exits 1 ({rc})")

done()
