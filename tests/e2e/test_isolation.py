"""Issue 19, isolation: with --isolate a plugin's SIGSEGV, abort(), exit(),
hang or runaway memory costs one document (an error record naming the handler
and the step) and the output is otherwise identical to a run without the bad
document; without isolation a fatal signal still names the handler and the
document, and a hung plugin is abandoned after the document's time limit."""
import json
import os
import shutil
from e2e import *

t = tmpdir()
good = [sample(n) for n in ("notice_training.txt", "speech_county_meeting.txt")]
boom = os.path.join(t, "boom.txt")
with open(boom, "w") as f:
    f.write("关于BOOM的通知\n各单位：\n这份文件让插件崩溃。\n")


def plugin_dir(variant):
    d = os.path.join(t, "p_" + variant)
    os.makedirs(d, exist_ok=True)
    shutil.copy(os.path.join(BROKEN, f"broken_{variant}.so"), d)
    return d


for variant, how in [("segv", "SIGSEGV"), ("abort", "SIGABRT"), ("exit", "exit status 3")]:
    d = plugin_dir(variant)
    _, base_out, _ = run("process", "--plugin-path", d, good[0], good[1])  # the same handlers, without the bad document
    base = records(base_out)
    rc, out, err = run("process", "--isolate", "--threads", "2", "--plugin-path", d, good[0], boom, good[1])
    recs = records(out)
    e = recs[1].get("error", {}) if len(recs) == 3 else {}
    check(rc == 1 and len(recs) == 3 and how in e.get("message", "") and f"broken_{variant}@native" in e.get("message", "")
          and e.get("step") == "process", f"--isolate, {variant}: one error record naming the handler and step ({e.get('message', '')[:100]!r})")
    check(len(recs) == 3 and recs[0] == base[0] and recs[2] == base[1], f"--isolate, {variant}: the other records are those of a run without it")

# Without isolation a crash still says who and where.
rc, out, err = run("process", "--plugin-path", plugin_dir("segv"), good[0], boom)
check(rc != 0 and "fatal signal SIGSEGV while running handler `broken_segv@native` (step process) on " + boom in err,
      "without isolation, a fatal signal names the handler, the step and the document")

# A hung plugin: killed with --isolate, abandoned without.
for flags, words in [(["--isolate"], "killed"), ([], "abandoned")]:
    rc, out, err = run("process", *flags, "--document-seconds", "1", "--plugin-path", plugin_dir("sleeps"), good[0], boom, good[1])
    recs = records(out)
    msg = recs[1].get("error", {}).get("message", "") if len(recs) == 3 else ""
    check(rc == 1 and len(recs) == 3 and "time limit" in msg and words in msg and "broken_sleeps@native" in msg
          and "error" not in recs[2], f"a sleeping plugin {'with' if flags else 'without'} --isolate: error record, run goes on ({msg[:90]!r})")

# Runaway memory: the worker is replaced, every document gets its record.
leaks = os.path.join(t, "leaks")
os.makedirs(leaks)
for i in range(30):
    with open(os.path.join(leaks, f"l{i:02}.txt"), "w") as f:
        f.write(f"LEAK 第{i}份\n正文。\n")
job = os.path.join(t, "leak.lua")
with open(job, "w") as f:
    f.write("return { inputs = { 'leaks/*.txt' }, outputs = { 'leak.jsonl' }, isolate = true, threads = 1,\n"
            "  plugin_paths = { %r }, limits = { worker_memory_mb = 1536 } }\n" % plugin_dir("leaks"))
rc, out, err = run("run", job)
recs = records(open(os.path.join(t, "leak.jsonl")).read())
check(rc == 0 and len(recs) == 30 and all("error" not in r for r in recs) and "replaced" in err,
      f"a plugin leaking 64 MiB per document: workers replaced, 30 records ({len(recs)}, rc {rc})")

# Identical outputs with and without isolation on the samples.
docs = sorted(os.path.join(SOURCE, "samples", "docs", n) for n in os.listdir(os.path.join(SOURCE, "samples", "docs")))
_, plain, _ = run("process", "--threads", "2", *docs)
_, isolated, _ = run("process", "--threads", "2", "--isolate", *docs)
check(plain == isolated and len(records(plain)) >= len(docs), "isolated and threaded runs give byte-identical records")
done()
