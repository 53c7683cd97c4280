"""Issue 19, outputs: temporary files that cannot be hijacked, targets that are
never replaced when they are not regular files, checked writes with exit code
3, temporary files removed on signals and after killed runs, and the outputs
of a run committed together with a manifest that detects a mixed set."""
import glob
import json
import os
import signal
import subprocess
import time
from e2e import *

t = tmpdir()
doc = sample("notice_training.txt")
H = os.path.abspath(os.path.join(SOURCE, "tests", "data", "hostile_scripts"))


def job(name, outputs, extra=""):
    p = os.path.join(t, name + ".lua")
    with open(p, "w") as f:
        f.write("return { inputs = { %r }, outputs = { %s }, %s }\n"
                % (os.path.abspath(doc), ", ".join(repr(o) for o in outputs), extra))
    return p


# A symlink as the target: refused, and what it points to is untouched.
victim = os.path.join(t, "victim.txt")
with open(victim, "w") as f:
    f.write("precious\n")
link = os.path.join(t, "link.jsonl")
os.symlink(victim, link)
rc, out, err = run("run", job("a", ["link.jsonl"]))
check(rc == 3 and "symbolic link" in err and open(victim).read() == "precious\n" and os.path.islink(link),
      f"a symlinked target is refused and its target untouched (rc {rc})")

# A device is written through, never replaced; no manifest lands in /dev.
rc, out, err = run("run", job("b", ["out.jsonl"]), "--out", "/dev/null")
check(rc == 0 and os.path.exists("/dev/null") and not os.path.isfile("/dev/null") and not os.path.exists("/dev/null.manifest.json"),
      "--out /dev/null writes through and leaves the device in place")

# Write errors: a full device, and --format json to a full disk.
rc, out, err = run("run", job("c", ["out.jsonl"]), "--out", "/dev/full")
check(rc == 3 and "write failed" in err, f"a full disk is exit code 3 with the reason ({err.strip()[-80:]!r})")
with open("/dev/full", "w") as full:
    p = subprocess.run([GONGWEN, "process", "--format", "json", doc], stdout=full, stderr=subprocess.PIPE)
check(p.returncode == 3, f"process --format json to a full disk exits 3 (got {p.returncode})")
with open("/dev/full", "w") as full:
    p = subprocess.run([GONGWEN, "process", doc], stdout=full, stderr=subprocess.PIPE)
check(p.returncode == 3, f"process (JSON Lines) to a full disk exits 3 (got {p.returncode})")

# Unpredictable temporary names: a planted symlink at the old name is not followed.
planted = os.path.join(t, "out.jsonl.tmp.%d" % (os.getpid() + 1))
os.symlink(victim, planted)
rc, out, err = run("run", job("d", ["out.jsonl"]))
check(rc == 0 and open(victim).read() == "precious\n", "a symlink planted at a temporary-looking name is not followed")

# Stale temporary files of a dead run are removed by the next run.
stale = os.path.join(t, "out.jsonl.tmp.999999999.abcdef")
with open(stale, "w") as f:
    f.write("half a record")
rc, out, err = run("run", job("e", ["out.jsonl"]))
check(rc == 0 and not os.path.exists(stale), "a stale temporary file from a killed run is removed")

# SIGTERM and SIGINT during a run: no temporary file is left behind.
for sig in (signal.SIGTERM, signal.SIGINT):
    j = job("slow", ["slow.jsonl", "slow.csv"], "handlers = { %r }, lua = { instructions = 1000000000000000 }" % os.path.join(H, "endless.lua"))
    p = subprocess.Popen([GONGWEN, "run", j], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.0)
    p.send_signal(sig)
    p.communicate(timeout=60)
    left = glob.glob(os.path.join(t, "slow.*.tmp.*"))
    check(p.returncode != 0 and not left and not os.path.exists(os.path.join(t, "slow.jsonl")),
          f"{sig.name}: no temporary or partial output left ({left})")

# The outputs of one run are committed together; verify detects a mixed set.
rc, out, err = run("run", job("f", ["all.jsonl", "all.csv", "all.sqlite"]))
m = json.load(open(os.path.join(t, "all.jsonl.manifest.json")))
check(rc == 0 and [os.path.basename(o["path"]) for o in m["outputs"]] == ["all.jsonl", "all.csv", "all.sqlite"]
      and all(len(o["sha256"]) == 64 for o in m["outputs"]), "the manifest lists every output with its sha256")
rc, out, err = run("verify", os.path.join(t, "all.jsonl.manifest.json"))
check(rc == 0 and sum(1 for l in out.splitlines() if l.startswith("ok ")) == 3, "verify: all outputs belong to the run")
with open(os.path.join(t, "all.csv"), "a") as f:
    f.write("x\n")
rc, out, err = run("verify", os.path.join(t, "all.jsonl.manifest.json"))
check(rc == 1 and "CHANGED" in out and "all.csv" in out, "verify: a mixed set is detected")

# .json writes a JSON array; an unknown extension is refused before reading anything.
rc, out, err = run("run", job("g", ["arr.json"]))
check(rc == 0 and isinstance(json.load(open(os.path.join(t, "arr.json"))), list), ".json output is a JSON array")
rc, out, err = run("run", job("h", ["out.txt"]))
check(rc == 2 and "unknown output format" in err, "an unknown output extension is refused before any document is read")
done()
