"""Issue 19, inputs and job files: deep or attribute-heavy HTML keeps its text,
WeChat escapes decode to real characters (never a NUL), an unreadable entry in
an input folder is an error record rather than a refused job, UTF-16 without a
BOM is read, error reasons are true, and a job file cannot escape its sandbox."""
import json
import os
from e2e import *

t = tmpdir()


def one(path, *extra):
    rc, out, err = run("process", "--with-text", "--no-extract", *extra, path)
    recs = records(out)
    return rc, (recs[0] if recs else {}), err


for depth in (300, 100000):
    p = os.path.join(t, f"deep{depth}.html")
    with open(p, "w") as f:
        f.write("<html><body>" + "<div>" * depth + "<p>深处的文字。</p>" + "</div>" * depth + "<p>之后的顶层段落。</p></body></html>")
    rc, r, _ = one(p)
    check(rc == 0 and "深处的文字" in r.get("text", "") and "之后的顶层段落" in r.get("text", "")
          and any("nested deeper" in d["message"] for d in r.get("diagnostics", [])),
          f"HTML nested {depth} deep keeps all its text and says what it dropped")

p = os.path.join(t, "attrs.html")
with open(p, "w") as f:
    f.write("<html><body><p " + " ".join(f'a{i}="1"' for i in range(1000000)) + ">正文段落。</p><p>第二段。</p></body></html>")
rc, r, _ = one(p)
check(rc == 0 and "正文段落" in r.get("text", "") and "第二段" in r.get("text", ""), "a tag with a million attributes is read (linear)")

p = os.path.join(t, "wechat.txt")
with open(p, "w") as f:
    f.write("text:'\\u5173\\u4e8e\\u5f00\\u5c55\\u6d3b\\u52a8\\u7684\\u901a\\u77e5\\n"
            "\\u6d3b\\u52a8\\u5f88\\u6210\\u529f\\uD83D\\uDE00\\u0000\\u7ed3\\u675f\\u3002\\n'")
rc, r, _ = one(p)
text = r.get("text", "")
check("\U0001F600" in text and "\x00" not in text and "\ufffd" not in text,
      f"WeChat escapes: a surrogate pair is one emoji, \\u0000 is dropped ({text[-12:]!r})")

# A folder with a dangling link and an unreadable entry: the job runs.
folder = os.path.join(t, "inputs")
os.makedirs(folder)
with open(os.path.join(folder, "a.txt"), "w") as f:
    f.write("第一份文件\n正文。\n")
os.symlink(os.path.join(folder, "missing.txt"), os.path.join(folder, "b_dangling.txt"))
os.mkfifo(os.path.join(folder, "c_fifo.txt"))
with open(os.path.join(folder, "d.txt"), "w") as f:
    f.write("第二份文件\n正文。\n")
job = os.path.join(t, "folder.lua")
with open(job, "w") as f:
    f.write("return { inputs = { 'inputs' }, outputs = { 'folder.jsonl' } }\n")
rc, out, err = run("run", job)
recs = records(open(os.path.join(t, "folder.jsonl")).read()) if os.path.exists(os.path.join(t, "folder.jsonl")) else []
by = {os.path.basename(r["source"]["path"]): r for r in recs}
check(rc == 1 and len(recs) == 4 and "error" not in by.get("a.txt", {}) and "error" not in by.get("d.txt", {})
      and "cannot open" in by.get("b_dangling.txt", {}).get("error", {}).get("message", "")
      and "FIFO" in by.get("c_fifo.txt", {}).get("error", {}).get("message", ""),
      f"unreadable entries in an input folder are error records, the job runs ({sorted(by)})")

# UTF-16 without a BOM, with and without ASCII in it.
for name, body in [("le.txt", "关于开展安全检查的通知\n各单位：请于3月5日前完成。\n".encode("utf-16-le")),
                   ("be.txt", "关于开展安全检查的通知\n各单位：请于3月5日前完成。\n".encode("utf-16-be")),
                   ("cjk.txt", "关于开展安全检查的通知各单位请认真落实".encode("utf-16-le"))]:
    p = os.path.join(t, name)
    with open(p, "wb") as f:
        f.write(body)
    rc, r, _ = one(p)
    check(rc == 0 and r.get("source", {}).get("encoding", "").startswith("utf-16") and "安全检查" in r.get("text", ""),
          f"UTF-16 without BOM ({name}) is read")

# True reasons: a folder, a /proc file.
rc, r, _ = one(t)
check(rc == 1 and "directory" in r.get("error", {}).get("message", ""), "a folder says it is a directory")
rc, r, _ = one("/proc/self/status")
check("9223372036854775807" not in json.dumps(r) and ("error" not in r or "too large" not in r["error"]["message"]),
      "a /proc file is read, not 'too large'")

# Job files: the sandbox holds there too.
for name, body, words in [
    ("regex_key.lua", "return { inputs = {'x'}, ['(a|a)*(a|a)*(a|a)*(a|a)*(a|a)*b'] = 1 }", "unknown key"),
    ("pcall_job.lua", "while true do pcall(function() while true do end end) end return {}", "instruction budget"),
    ("gc_job.lua", "setmetatable({}, {__gc = function() while true do end end}) return { inputs = {'x'} }", "__gc"),
]:
    p = os.path.join(t, name)
    with open(p, "w") as f:
        f.write(body + "\n")
    rc, out, err = run("run", p)
    check(rc == 2 and words in err, f"job file {name}: refused with '{words}'")
done()
