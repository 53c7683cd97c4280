"""Issue 19: hostile scripts and plugins are contained. Each hostile script in
tests/data/hostile_scripts attacks one limit; each must end in an error record
for its document (or its documented result) and the run must go on."""
import os
import shutil
import subprocess
import time
from e2e import *

H = os.path.abspath(os.path.join(SOURCE, "tests", "data", "hostile_scripts"))
t = tmpdir()
doc = os.path.join(t, "doc.txt")
with open(doc, "w") as f:
    f.write("关于做好冬季安全工作的通知\n各单位：请认真落实。\n")


def one(script, *extra):
    started = time.monotonic()
    rc, out, err = run("process", "--handler", os.path.join(H, script), *extra, doc)
    recs = records(out)
    return rc, (recs[0] if recs else {}), err, time.monotonic() - started


def error_of(r):
    return r.get("error", {}).get("message", "")


# Memory safety: cycles and depth are script errors, not crashes.
for script, words in [("cyclic_field.lua", "cycle"), ("cyclic_view.lua", "cycle"), ("deep_field.lua", "nested more than 64")]:
    rc, r, err, _ = one(script)
    check(rc == 1 and words in error_of(r) and r["error"]["step"] == "process", f"{script}: error record ({error_of(r)[:80]!r})")

# 200 documents through the cyclic script: 200 error records, nothing lost.
many = os.path.join(t, "many")
os.makedirs(many)
for i in range(200):
    with open(os.path.join(many, f"d{i:03}.txt"), "w") as f:
        f.write(f"第{i}份文件\n正文。\n")
rc, out, err = run("process", "--threads", "2", "--handler", os.path.join(H, "cyclic_field.lua"),
                   *sorted(os.path.join(many, n) for n in os.listdir(many)))
recs = records(out)
check(rc == 1 and len(recs) == 200 and all("cycle" in error_of(r) for r in recs), f"200 documents, 200 error records ({len(recs)})")

rc, r, err, _ = one("gsub_cache.lua")
check(rc == 0 and r.get("title") == "<1><2><3><4> 4", f"gsub keeps its regex while the callback floods the cache ({r.get('title')!r})")

# Limits that hold: a caught error cannot be swallowed.
for script, words in [("pcall_loop.lua", "instruction budget"), ("xpcall_loop.lua", "instruction budget"),
                      ("coroutine_loop.lua", "instruction budget"), ("memory_retry.lua", "memory cap"),
                      ("gc_finalizer.lua", "__gc"), ("gc_placeholder.lua", "__gc"),
                      ("pattern_quadratic.lua", "instruction budget"), ("table_move.lua", "table.move"),
                      ("regex_retry.lua", "regex budget"), ("big_fields.lua", "MiB of data"),
                      ("many_diagnostics.lua", "diagnostics")]:
    rc, r, err, secs = one(script)
    check(rc == 1 and words in error_of(r), f"{script}: fails with '{words}' ({error_of(r)[:90]!r}, {secs:.1f}s)")

rc, r, err, _ = one("detect_loop.lua")
check(rc == 1 and r.get("error", {}).get("step") == "classify" and "instruction budget" in error_of(r)
      and "detect_loop.lua" in err, "a failing detect() is a document error with the script named on stderr")

rc, r, err, _ = one("rep_empty.lua")
check(rc == 0 and r.get("title") == "len 0, false", f"string.rep: empty result at once, oversized refused ({r.get('title')!r})")

# State memory across calls: a job with a small state cap.
job = os.path.join(t, "grow.lua")
with open(job, "w") as f:
    f.write("return { inputs = { 'many/d00*.txt' }, handlers = { %r }, outputs = { 'grow.jsonl' },\n"
            "  lua = { state_memory_mb = 100 }, threads = 1 }\n" % os.path.join(H, "globals_grow.lua"))
rc, out, err = run("run", job)

recs = records(open(os.path.join(t, "grow.jsonl")).read()) if os.path.exists(os.path.join(t, "grow.jsonl")) else []
failed = [r for r in recs if "across calls" in error_of(r)]
check(rc == 1 and len(recs) == 10 and len(failed) >= 5 and "error" not in recs[0],
      f"globals kept across calls hit the state cap with a clear error ({len(failed)} of {len(recs)})")

# Isolation of sandboxes: one script cannot change another's libraries.
rc, out, err = run("process", "--handler", os.path.join(H, "hijack.lua"), "--handler", os.path.join(H, "victim.lua"), doc)
recs = records(out)
check(recs and recs[0].get("title") == "nil/nil/nil/aBc", f"a script's replaced gw.re/string/table stay its own ({recs[0].get('title') if recs else None!r})")
notice = sample("notice_training.txt")
if True:
    _, base, _ = run("process", notice)
    _, hij, _ = run("process", "--add-handler", os.path.join(H, "hijack.lua"), notice)
    check(records(base)[0]["title"] == records(hij)[0]["title"] and records(hij)[0]["title"] != "HIJACKED",
          "shipped handlers give the same record beside a hijacking script")

# Time limits: a document's wall clock, for scripts and for inputs that block.
job = os.path.join(t, "endless.lua")
with open(job, "w") as f:
    f.write("return { inputs = { 'doc.txt' }, handlers = { %r }, outputs = { 'endless.jsonl' },\n"
            "  lua = { instructions = 1000000000000000 }, limits = { document_seconds = 2 } }\n" % os.path.join(H, "endless.lua"))
started = time.monotonic()
rc, out, err = run("run", job)
recs = records(open(os.path.join(t, "endless.jsonl")).read())
check(rc == 1 and "time limit" in error_of(recs[0]), f"a script past document_seconds fails its document ({error_of(recs[0])[:80]!r})")

fifo = os.path.join(t, "pipe.txt")
os.mkfifo(fifo)
rc, out, err = run("process", fifo, doc)
recs = records(out)
check(rc == 1 and len(recs) == 2 and "FIFO" in error_of(recs[0]) and "error" not in recs[1],
      f"a FIFO input gets an error record and does not block the run ({error_of(recs[0])!r})")
rc, out, err = run("process", t)
recs = records(out)
check(rc == 1 and recs and "directory" in error_of(recs[0]) and "9223372036854775807" not in out, "a folder is named as a directory, not 'too large'")

# The plugin boundary: lengths and depths are bounded.
plugins = os.path.join(t, "plugins")


def plugin_run(variant, *extra):
    d = os.path.join(t, "plugins_" + variant)
    os.makedirs(d, exist_ok=True)
    shutil.copy(os.path.join(BROKEN, f"broken_{variant}.so"), d)
    rc, out, err = run("process", "--plugin-path", d, "--handler", f"broken_{variant}", *extra, doc)
    return rc, records(out), err


rc, recs, err = plugin_run("nonul")
msg = error_of(recs[0]) if recs else ""
check(rc == 1 and ("A" * 512) in msg and ("A" * 513) not in msg, "a plugin message without NUL is read to 512 bytes, no further")
rc, recs, err = plugin_run("deepjson")
r = recs[0] if recs else {}
check(rc == 1 and "deep" not in r.get("fields", {}) and "more than 64 MiB" in error_of(r)
      and any("nested more than 64" in d["message"] for d in r.get("diagnostics", [])),
      "deep JSON and oversized fields from a plugin are refused with reasons")
done()
