"""Helpers for the end-to-end tests: run the real gongwen binary."""
import atexit
import json
import os
import re
import subprocess
import sys
import shutil
import tempfile

GONGWEN = os.environ.get("GONGWEN", "build/bin/gongwen")
SOURCE = os.environ.get("SOURCE_DIR", ".")
BROKEN = os.environ.get("BROKEN_DIR", "build/tests/plugins")
# The SDK's plugin ABI (sdk/include/gongwen/abi.h), e.g. "1.3": what the host reports.
ABI = "{}.{}".format(*(re.search(rf"#define GW_ABI_{k} (\d+)", open(os.path.join(SOURCE, "sdk/include/gongwen/abi.h"), encoding="utf-8").read()).group(1)
                      for k in ("MAJOR", "MINOR")))
CORPUS = os.environ.get("CORPUS_DIR", os.path.join(SOURCE, "..", "shared", "corpus"))
SKIP = 77

failures = []


def run(*args, stdin=None, env=None, cwd=None):
    e = dict(os.environ)
    if env:
        e.update(env)
    p = subprocess.run([GONGWEN, *args], input=stdin, capture_output=True, env=e, cwd=cwd, timeout=600)
    # A process killed by a signal may have flushed its output anywhere, even
    # inside a character; any other output must be valid UTF-8.
    return p.returncode, p.stdout.decode("utf-8", "replace" if p.returncode < 0 else "strict"), p.stderr.decode("utf-8", "replace")


def records(out):
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def corpus_file(prefix):
    if not os.path.isdir(CORPUS):
        return None
    for name in sorted(os.listdir(CORPUS)):
        if name.startswith(prefix):
            return os.path.join(CORPUS, name)
    return None


def require_corpus():
    if not os.path.isdir(CORPUS):
        print("corpus absent: skipped")
        sys.exit(SKIP)


def sample(name):
    return os.path.join(SOURCE, "samples", "docs", name)


def tmpdir():
    """A fresh folder for a test's files, removed when the test ends (kept with GONGWEN_KEEP_TMP=1, to
    look at a failure): a run of the suite leaves nothing behind in /tmp."""
    folder = tempfile.mkdtemp(prefix="gongwen-e2e-")
    if not os.environ.get("GONGWEN_KEEP_TMP"):
        atexit.register(shutil.rmtree, folder, True)
    return folder


def write_file(folder, name, content, mode="w"):
    """A test's input: `content` written to folder/name (bytes when `mode` has "b"); its path."""
    path = os.path.join(folder, name)
    with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
        f.write(content)
    return path


def process_records(path, *extra):
    """The records of `gongwen process --no-extract [extra…] path`."""
    rc, out, err = run("process", "--no-extract", *extra, path)
    return records(out)


def fixture_helpers():
    """A test file's folder of fixtures and the three helpers its checks use: write(name, content,
    mode) the path of a fixture written there, one(name, content, *extra) the first record of one,
    row(name, **cells) the record of a one-row JSON Lines dataset of those cells."""
    folder = tmpdir()
    write = lambda name, content, mode="w": write_file(folder, name, content, mode)
    one = lambda name, content, *extra: process_records(write(name, content), *extra)[0]
    row = lambda name, **cells: one(name, json.dumps(cells, ensure_ascii=False) + "\n")
    return folder, write, one, row


def run_to_sqlite(name, folders, corpus=None):
    """A job over `folders` (pairs of a folder under SOURCE and a glob) and, when the corpus is
    present, the corpus files matching `corpus`, written to run.sqlite in a new folder.
    Returns (database, job file)."""
    t = tmpdir()
    patterns = [os.path.join(os.path.abspath(os.path.join(SOURCE, d)), g) for d, g in folders]
    if corpus and os.path.isdir(CORPUS):
        patterns.append(os.path.join(os.path.abspath(CORPUS), corpus))
    job = os.path.join(t, "job.lua")
    with open(job, "w") as f:
        f.write(f'return {{ name = "{name}", inputs = {{ {", ".join(json.dumps(p) for p in patterns)} }}, outputs = {{ "run.sqlite" }} }}')
    rc, _, err = run("run", job)
    check(rc in (0, 1), f"the run works ({err[-200:]})")
    return os.path.join(t, "run.sqlite"), job


def evaluate(tool, *args):
    """tools/TOOL.py run with args, its output printed; its totals {element: (right, of)}, read from
    --json for the evaluators that write it (eval_official, eval_pages), else from the last line
    (`rec 47/47  title 46/47 …`)."""
    out = os.path.join(tmpdir(), tool + ".json")
    writes_json = tool in ("eval_official", "eval_pages")
    cmd = [sys.executable, os.path.join(SOURCE, "tools", tool + ".py"), *args] + (["--json", out] if writes_json else [])
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    print(p.stdout[-1500:])
    check(p.returncode == 0, f"{tool} ran ({p.stderr[-300:]})")
    if writes_json:
        return {k: tuple(v[:2]) for k, v in json.load(open(out))["totals"].items()} if os.path.exists(out) else {}
    last = p.stdout.strip().splitlines()[-1] if p.stdout.strip() else ""
    return {k: (int(a), int(b)) for k, a, b in re.findall(r"(\w+) (\d+)/(\d+)", last)}


def official_floors(name, wanted):
    """tools/eval_official.py's totals for a dev set under tests/devset against floors."""
    floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(SOURCE, "tests", "devset", name)), wanted, name + " ")


def speech_floors(name, wanted):
    """tools/eval_speech.py's totals for a dev set under tests/devset (its last line) against floors."""
    floors(evaluate("eval_speech", GONGWEN, os.path.join(SOURCE, "tests", "devset", name)), wanted, name + " ")


def floors(totals, minimum, label=""):
    """Each element at least its floor (the figure when the fixes landed)."""
    for key, floor in minimum.items():
        got, n = totals.get(key, (0, 0))
        check(got >= floor, f"{label}{key}: {got}/{n} (floor {floor})")


def done():
    print(f"{len(failures)} failed")
    sys.exit(1 if failures else 0)
