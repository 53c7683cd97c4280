#!/usr/bin/env python3
"""Record-level regression check across every development set.

A change that fixes one document often moves another; the per-set eval tools
only look at the fields their gold names. This runs the default pipeline on
every file under tests/devset (or the folders given), keeps the records of
each file, and, given a baseline made the same way before the change, lists
the files whose records changed and the fields that moved, so each move is
read and judged by a person before committing.

  tools/regress.py OUT [--base BASE] [--gongwen build/bin/gongwen] [DIR...]

OUT and BASE are folders of one JSONL per input (names flattened from the
path). Run it at the commit before the change into BASE, then after it. The exit code is 1
when gongwen failed on any input (each named on stderr); moved records are for a person to
read and do not change it.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.join(HERE, "..", "tests", "devset")
SKIP = {"MANIFEST.tsv", "README.md", "gold.tsv", "gold.json"}


def inputs(dirs):
    for d in dirs:
        for root, subdirs, files in os.walk(d):
            subdirs[:] = sorted(s for s in subdirs if s != "gold")
            for f in sorted(files):
                if f not in SKIP and not f.endswith(".gold.json"):
                    yield os.path.join(root, f)


def key(path):
    return os.path.relpath(path, DEVSET).replace(os.sep, "__") + ".jsonl"


def records(path):
    try:
        with open(path, encoding="utf-8") as f:
            return [json.loads(l) for l in f if l.strip()]
    except FileNotFoundError:
        return None


def moved_fields(old, new):
    """Top-level and fields.* names whose values differ, per record index. Records carry
    nothing of the run or the machine (the output is byte-identical run to run), so every
    difference is a change in what was read."""
    out = []
    for i in range(max(len(old), len(new))):
        a = old[i] if i < len(old) else {}
        b = new[i] if i < len(new) else {}
        names = set()
        for k in set(a) | set(b):
            if k == "fields" and isinstance(a.get(k), dict) and isinstance(b.get(k), dict):
                for f in set(a[k]) | set(b[k]):
                    if a[k].get(f) != b[k].get(f):
                        names.add("fields." + f)
            elif a.get(k) != b.get(k):
                names.add(k)
        if names:
            out.append((i, sorted(names), a, b))
    return out


def short(v, n=70):
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= n else s[: n - 1] + "…"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--base")
    ap.add_argument("--gongwen", default=os.path.join(HERE, "..", "build", "bin", "gongwen"))
    ap.add_argument("dirs", nargs="*")
    args = ap.parse_intermixed_args()
    os.makedirs(args.out, exist_ok=True)
    dirs = args.dirs or [DEVSET]
    files = list(inputs(dirs))
    failed = 0
    for path in files:
        p = subprocess.run([args.gongwen, "process", "--no-extract", path], capture_output=True, timeout=300)
        with open(os.path.join(args.out, key(path)), "wb") as f:
            f.write(p.stdout)
        if p.returncode != 0:
            failed += 1
            why = p.stderr.decode("utf-8", "replace").strip().splitlines()
            print(f"FAIL  {path}: exit {p.returncode}: {why[0] if why else 'no message'}", file=sys.stderr)
    print(f"{len(files)} inputs, {failed} with exit code != 0, records in {args.out}")
    status = 1 if failed else 0
    if not args.base:
        return status
    changed = 0
    for path in files:
        old = records(os.path.join(args.base, key(path)))
        new = records(os.path.join(args.out, key(path)))
        if old is None:
            print(f"NEW   {path}")
            continue
        moves = moved_fields(old, new)
        if len(old) != len(new):
            print(f"COUNT {path}: {len(old)} -> {len(new)} records")
        if moves:
            changed += 1
            print(f"MOVED {os.path.relpath(path, DEVSET)}")
            for i, names, a, b in moves[:5]:
                for n in names[:6]:
                    if n.startswith("fields."):
                        f = n[7:]
                        av, bv = a.get("fields", {}).get(f), b.get("fields", {}).get(f)
                    else:
                        av, bv = a.get(n), b.get(n)
                    print(f"  [{i}] {n}: {short(av)} -> {short(bv)}")
                if len(names) > 6:
                    print(f"  [{i}] … and {len(names) - 6} more: {', '.join(names[6:])}")
            if len(moves) > 5:
                print(f"  … and {len(moves) - 5} more records moved")
    print(f"{changed} of {len(files)} inputs changed")
    return status


if __name__ == "__main__":
    sys.exit(main())
