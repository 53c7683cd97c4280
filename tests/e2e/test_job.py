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
# (A bulletin's issue, briefing_sample.txt, is also split: its items follow it, in the container's rows.)
top = [r for r in recs if r["source"]["container"] is None]
check(len(top) == n_inputs, "one top-level record per input in the JSONL output")
rows = list(csv.DictReader(open(os.path.join(t, "out", "docs.csv"), encoding="utf-8")))
check(len(rows) == len(recs) and rows[0]["kind"], "the CSV output has a row per document")
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
# A dataset whose columns the reader would guess wrong (a notes column longer than the documents,
# a pinyin header): named in the job, the text, title and date come from the right columns. The
# rows are real 公文 of the dev set with their hand-checked gold.
import csv as csvmod
import json as jsonmod
dev = os.path.join(SOURCE, "tests", "devset", "gongwen")
stems = ["001_mps3_pifu_hukou_2006", "027_moj_tongzhi_jianxing_jiashi_2014", "021_fujian_jiaoyuting_suiqian_2016"]
golds = [jsonmod.load(open(os.path.join(dev, "gold", st + ".json"), encoding="utf-8")) for st in stems]
texts = [open(os.path.join(dev, st + ".txt"), encoding="utf-8").read() for st in stems]
data = os.path.join(t, "wenjian.csv")
with open(data, "w", encoding="utf-8", newline="") as f:
    w = csvmod.writer(f)
    w.writerow(["bz", "bt", "wj", "fbrq"])
    for g, text in zip(golds, texts):
        w.writerow(["".join(texts) * 2, g["title"], text, "2020-01-02"])  # the notes outweigh the documents
mapped = os.path.join(t, "mapped.lua")
open(mapped, "w").write('return { inputs = { "wenjian.csv" }, outputs = { "mapped.jsonl" },\n'
                        '  read = { columns = { text = "wj", title = "bt", date = "fbrq" } } }\n')
rc, out, err = run("run", mapped)
recs = [jsonmod.loads(l) for l in open(os.path.join(t, "mapped.jsonl"), encoding="utf-8")]
check(rc == 0 and [r["kind"] for r in recs] == [g["kind"] for g in golds]
      and [r["fields"].get("doc_number", {}).get("text", "").replace(" ", "") for r in recs] == [g["doc_number"]["text"].replace(" ", "") for g in golds],
      f"read.columns: each row read from its named text column, kind and number as the gold ({[r['kind'] for r in recs]})")
check(all("bz" in r["fields"].get("dataset", {}) and "wj" not in r["fields"].get("dataset", {}) for r in recs),
      "the column the reader would have taken stays among the row's fields")
guessed = os.path.join(t, "guessed.lua")
open(guessed, "w").write('return { inputs = { "wenjian.csv" }, outputs = { "guessed.jsonl" } }\n')
rc, out, err = run("run", guessed)
recs2 = [jsonmod.loads(l) for l in open(os.path.join(t, "guessed.jsonl"), encoding="utf-8")]
check([r["kind"] for r in recs2] != [g["kind"] for g in golds], "without read.columns the notes column is taken (the mapping matters)")
wrong = os.path.join(t, "wrong.lua")
open(wrong, "w").write('return { inputs = { "wenjian.csv" }, outputs = { "wrong.jsonl" }, read = { columns = { text = "zhengwen" } } }\n')
rc, out, err = run("run", wrong)
recs3 = [jsonmod.loads(l) for l in open(os.path.join(t, "wrong.jsonl"), encoding="utf-8")]
message = recs3[0].get("error", {}).get("message", "") if recs3 else ""
check(rc == 1 and len(recs3) == 1 and "zhengwen" in message and "wj" in message,
      f"a named column the dataset lacks: one error record naming the columns it has ({message[:90] or err[-90:]})")
bad2 = os.path.join(t, "bad2.lua")
open(bad2, "w").write('return { inputs = { "wenjian.csv" }, read = { columns = { txet = "wj" } } }\n')
rc, out, err = run("run", bad2)
check(rc == 2 and "read.columns" in err and "txet" in err, f"an unknown key in read.columns is refused ({err.strip()[-80:]})")
# A scraper's export whose `title` column holds the documents (and `body` a summary): named as
# the text, the column the reader took as the title is the text.
swapped = os.path.join(t, "swapped.csv")
with open(swapped, "w", encoding="utf-8", newline="") as f:
    w = csvmod.writer(f)
    w.writerow(["title", "body"])
    for g, text in zip(golds, texts):
        w.writerow([text, g["title"]])
swap_job = os.path.join(t, "swap.lua")
open(swap_job, "w").write('return { inputs = { "swapped.csv" }, outputs = { "swap.jsonl" }, read = { columns = { text = "title", title = "body" } } }\n')
rc, out, err = run("run", swap_job)
recs4 = [jsonmod.loads(l) for l in open(os.path.join(t, "swap.jsonl"), encoding="utf-8")] if rc in (0, 1) else []
check(rc == 0 and [r["kind"] for r in recs4] == [g["kind"] for g in golds], f"a text column the reader took as the title ({[r['kind'] for r in recs4]}, {err.strip()[-80:]})")
done()
