#!/usr/bin/env python3
"""Per-pair figures of `gongwen diff` against hand-checked gold: every entry of
DIR/NN_name/gold.json ({"articles": [{"old", "new", "relation"}]}) is looked up
in the diff's JSON by its (old, new) numbers; an entry is right when the pair is
there with the same relation. Prints one line per pair, the misses with
--verbose, and totals per relation (found/gold); --json writes them for tests.

  tools/eval_diff.py DIR [--gongwen build/bin/gongwen] [--verbose] [--json out.json]
"""
import argparse
import glob
import json
import os
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--gongwen", default=os.path.join(HERE, "..", "build", "bin", "gongwen"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--json")
    a = ap.parse_args()
    found, want, entries_ok, entries = Counter(), Counter(), 0, 0
    per_pair = {}
    for gold_path in sorted(glob.glob(os.path.join(a.dir, "*", "gold.json"))):
        pair = os.path.dirname(gold_path)
        name = os.path.basename(pair)
        old = next(iter(sorted(glob.glob(os.path.join(pair, "old.*")))))
        new = next(iter(sorted(glob.glob(os.path.join(pair, "new.*")))))
        p = subprocess.run([a.gongwen, "diff", "--format", "json", old, new], capture_output=True, text=True, timeout=300)
        if p.returncode != 0:
            print(f"{name}: gongwen diff failed: {p.stderr.strip()[:200]}")
            got = {}
        else:
            got = {(e["old"], e["new"]): e["relation"] for e in json.loads(p.stdout)["articles"]}
        gold = json.load(open(gold_path))["articles"]
        ok = 0
        for g in gold:
            rel = g["relation"]
            want[rel] += 1
            have = got.get((g["old"], g["new"]))
            alt = g.get("alt_relation") or (g.get("alt") if isinstance(g.get("alt"), str) and g.get("alt") in (
                "identical", "changed", "added", "deleted", "split", "merged", "moved") else None)
            if have == rel or (alt and have == alt):
                ok += 1
                found[rel] += 1
            elif a.verbose:
                print(f"    MISS {name}: old {g['old']} new {g['new']}: gold {rel}, diff {have}")
        entries_ok += ok
        entries += len(gold)
        per_pair[name] = [ok, len(gold)]
        print(f"{name:40s} {ok}/{len(gold)}")
    print()
    for rel in ("identical", "changed", "moved", "added", "deleted", "split", "merged"):
        if want[rel]:
            print(f"{rel:10s} {found[rel]}/{want[rel]}")
    print(f"{'all':10s} {entries_ok}/{entries}")
    if a.json:
        json.dump({"pairs": per_pair, "relations": {r: [found[r], want[r]] for r in want}, "all": [entries_ok, entries]},
                  open(a.json, "w"), indent=1)


if __name__ == "__main__":
    main()
