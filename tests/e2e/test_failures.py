"""Bad inputs, failing scripts and broken plugins: each fails alone, the run goes on."""
import os
import shutil
from e2e import *

hostile = os.path.join(SOURCE, "tests", "data", "hostile")
files = sorted(os.path.join(hostile, f) for f in os.listdir(hostile))
t = tmpdir()
big = os.path.join(t, "one_line_50mb.txt")
with open(big, "wb") as f:
    f.write(("这是一个没有换行的超长段落，用来检验读取与清洗不会崩溃。" * 600000).encode())
files.append(big)
rc, out, err = run("process", *files)
recs = records(out)
check(len(recs) == len(files), f"one record per hostile input ({len(recs)}/{len(files)})")
by = {os.path.basename(r["source"]["path"]): r for r in recs}
for name, reason in [("random.bin", "not text"), ("empty.txt", "empty file"), ("nul_heavy.txt", "NUL")]:
    r = by.get(name, {})
    check("error" in r and reason in r["error"]["message"] and r["error"]["step"] == "read", f"{name}: error names the reason")
check(rc == 1, "exit code 1 when some documents failed")
r = by.get("truncated_utf8.txt", {})
check("error" not in r and any(d["severity"] == "warning" and "invalid UTF-8" in d["message"] for d in r.get("diagnostics", [])),
      "truncated UTF-8 decodes with a warning that says where")
r = by.get("mixed_encodings.txt", {})
check("error" not in r, "mixed encodings yield a record")
r = by.get("one_line_50mb.txt", {})
check("error" not in r and r["source"]["layout"] == "single-line", "a 50 MB single line is read")

# A Lua script that fails, one that loops, and a plugin that throws.
scripts = os.path.join(t, "scripts")
os.makedirs(scripts)
with open(os.path.join(scripts, "bad.lua"), "w") as f:
    f.write('return { name = "bad", version = "1", kinds = {"bad"},\n'
            '  detect = function(doc) return doc.text:find("炸") and 1 or 0 end,\n'
            '  process = function(doc)\n'
            '    local x = nil\n'
            '    return x.y\n'
            '  end }\n')
with open(os.path.join(scripts, "broken_syntax.lua"), "w") as f:
    f.write("return { name = \n")
doc_ok = os.path.join(t, "ok.txt")
doc_bad = os.path.join(t, "bomb.txt")
open(doc_ok, "w").write("在全县组织工作会议上的讲话\n\n王明远\n\n（2024年3月15日）\n\n同志们：\n\n一、认清形势。\n")
open(doc_bad, "w").write("这份文件会让脚本炸掉。\n")
rc, out, err = run("process", "--handler", "speech", "--handler", os.path.join(scripts, "bad.lua"), doc_ok, doc_bad)
recs = records(out)
check(len(recs) == 2 and "error" not in recs[0], f"the good document is processed {err}")
e = recs[1].get("error", {})
check(e.get("step") == "process" and "bad.lua:5:" in e.get("message", "") and "bad@lua" in e.get("message", ""),
      "the script error names the script, the line and the step")
check(recs[1]["source"]["path"] == doc_bad, "the error record names the document")
rc, out, err = run("process", "--handler", os.path.join(scripts, "broken_syntax.lua"), doc_ok)
check(rc == 2 and "broken_syntax.lua:2:" in err, "a script that does not load is refused with its line")

plugins = os.path.join(t, "plugins")
os.makedirs(plugins)
# The loader's refusals and a throwing plugin (the crashing, hanging and
# leaking variants are tested one by one in test_sandbox.py).
for v in ["no_entry", "major", "minor", "too_small", "platform", "throws", "garbage"]:
    shutil.copy(os.path.join(BROKEN, f"broken_{v}.so"), plugins)
rc, out, err = run("process", "--plugin-path", plugins, doc_ok, doc_bad)
recs = records(out)
check(len(recs) == 2, "broken plugins do not stop the run")
check("broken_major.so" in err and "ABI 2.0" in err and f"host has ABI {ABI}" in err, "wrong major is reported with both versions")
check("broken_no_entry.so" in err and "no entry point" in err, "missing entry point is reported")
check("broken_too_small.so" in err and "too small" in err, "too-small table is reported")
check(all(r.get("error", {}).get("message", "").find("broken_throws@native") >= 0 for r in recs),
      "the throwing plugin fails each document it wins, with its name")
done()
