"""Many tiny inputs in one job (the '1 million files' case, scaled down): every
input yields a record, memory stays flat, and 1 and 2 threads agree."""
import os
from e2e import *

t = tmpdir()
docs = os.path.join(t, "docs")
N = 3000
for i in range(N):
    sub = os.path.join(docs, f"d{i // 500}")
    os.makedirs(sub, exist_ok=True)
    body = "在全县组织工作会议上的讲话\n\n王明远\n\n同志们：\n一、认清形势。\n" if i % 3 == 0 else f"第{i}号简讯：今天开会。\n"
    if i % 97 == 0:
        body = "\x00\x01binary"
    open(os.path.join(sub, f"{i}.txt"), "w").write(body)
job = os.path.join(t, "job.lua")
open(job, "w").write('return { inputs = { "docs/**/*.txt" }, outputs = { "out/all.jsonl" }, threads = 2 }\n')
rc, out, err = run("run", job)
lines = open(os.path.join(t, "out", "all.jsonl"), encoding="utf-8").read().splitlines()
check(len(lines) == N, f"{N} inputs, {len(lines)} records")
errors = sum('"error"' in l for l in lines)
check(errors == len(range(0, N, 97)), f"one error record per binary input ({errors})")
check(rc == 1, "exit 1: some documents failed, the run completed")
rc1, _, _ = run("run", "--threads", "1", "--out", os.path.join(t, "one.jsonl"), job)
check(open(os.path.join(t, "one.jsonl"), "rb").read() == open(os.path.join(t, "out", "all.jsonl"), "rb").read(),
      "1 and 2 threads give byte-identical outputs")
done()
