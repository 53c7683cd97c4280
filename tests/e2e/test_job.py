"""Job files: the demo job, outputs written atomically, validation errors."""
import csv
import os
from e2e import *

t = tmpdir()
job = os.path.join(t, "job.lua")
docs = os.path.join(SOURCE, "samples", "docs")
open(job, "w").write(f'''return {{
  name = "e2e",
  inputs = {{ "{docs}/*.txt" }},
  handlers = {{ "speech", "wechat" }},
  outputs = {{ "out/docs.jsonl", "out/docs.csv" }},
  threads = 2,
}}''')
rc, out, err = run("run", job)
check(rc == 0, f"the job runs (rc={rc}) {err}")
jl = os.path.join(t, "out", "docs.jsonl")
recs = records(open(jl, encoding="utf-8").read())
n_inputs = len([f for f in os.listdir(docs) if f.endswith(".txt")])
check(len(recs) == n_inputs, "one record per input in the JSONL output")
rows = list(csv.DictReader(open(os.path.join(t, "out", "docs.csv"), encoding="utf-8")))
check(len(rows) == n_inputs and rows[0]["kind"], "the CSV output has a row per document")
check(not [f for f in os.listdir(os.path.join(t, "out")) if ".tmp." in f], "no temporary file is left")
check("record(s)" in err and "MB/s" in err, "a summary on stderr")

rc1, _, _ = run("run", "--threads", "1", "--out", os.path.join(t, "one.jsonl"), job)
rc2, _, _ = run("run", "--threads", "2", "--out", os.path.join(t, "two.jsonl"), job)
check(open(os.path.join(t, "one.jsonl"), "rb").read() == open(os.path.join(t, "two.jsonl"), "rb").read(),
      "1 and 2 threads give byte-identical outputs")

bad = os.path.join(t, "bad.lua")
open(bad, "w").write('return {\n  inputs = { "nothing/*.txt" },\n  handlers = { "speech" },\n  on_error = "maybe",\n}\n')
rc, out, err = run("run", bad)
check(rc == 2 and "bad.lua:2: `inputs`" in err and "bad.lua:4: `on_error`" in err, "validation names keys and lines")
done()
