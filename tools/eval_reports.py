#!/usr/bin/env python3
"""Per-file figures of the government_report handler (政府工作报告) against
hand-checked gold: kind (one record, not split), title, year, region, level,
delivery date, speaker and the year's targets (each gold target must be one of
the record's `targets`). Gold files of kind `not_government_report` are
negatives: no record of theirs may be a government_report.

  tools/eval_reports.py [DIR] [--gongwen build/bin/gongwen] [--json out.json]

DIR (default tests/devset/reports) holds the texts and gold/NAME.json.
"""
import argparse
import glob
import json
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


def squeeze(s):
    return re.sub(r"[\s\u3000]+", "", s or "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default=os.path.join(HERE, "..", "tests", "devset", "reports"))
    ap.add_argument("--gongwen", default=os.path.join(HERE, "..", "build", "bin", "gongwen"))
    ap.add_argument("--json")
    a = ap.parse_args()
    totals = {}
    for g in sorted(glob.glob(os.path.join(a.dir, "gold", "*.json"))):
        gold = json.load(open(g, encoding="utf-8"))
        name = os.path.basename(g)[:-5]
        path = next(iter(glob.glob(os.path.join(a.dir, name + ".*"))), None)
        if path is None:
            print(f"{name}: no input file")
            continue
        p = subprocess.run([a.gongwen, "process", "--no-extract", path], capture_output=True, timeout=300)
        recs = [json.loads(l) for l in p.stdout.decode().splitlines() if l.strip()]
        r = recs[0] if recs else {}
        f = r.get("fields", {})
        res = []

        def count(element, right, want=1):
            t = totals.setdefault(element, [0, 0])
            t[0] += right
            t[1] += want

        def check(element, ok):
            count(element, int(bool(ok)))
            res.append(f"{element}:{'ok' if ok else 'NO'}")

        if gold["kind"] == "not_government_report":
            check("negative", all(x.get("kind") != "work_report" for x in recs))
        else:
            check("kind", r.get("kind") == "work_report" and len(recs) == 1)
            if gold.get("title"):
                check("title", squeeze(r.get("title")) == squeeze(gold["title"]))
            check("year", f.get("year") == gold.get("year"))
            check("region", f.get("region") == gold.get("region"))
            check("level", f.get("level") == gold.get("level"))
            if gold.get("date"):
                check("date", f.get("date") == gold["date"])
            if gold.get("issuer"):
                check("issuer", f.get("issuer") == gold["issuer"])
            if gold.get("speaker"):
                check("speaker", bool(f.get("speaker")) and squeeze(gold["speaker"]).endswith(squeeze(f.get("speaker"))))
            if gold.get("targets"):
                mine = {squeeze(t.get("text")) for t in f.get("targets", [])}
                n = sum(1 for t in gold["targets"] if squeeze(t) in mine)
                count("targets", n, len(gold["targets"]))
                res.append(f"targets {n}/{len(gold['targets'])}")
        print(f"{name[:40]:<42} {len(recs)} {r.get('kind', '-'):<18} {' '.join(res)}")
    print()
    for k, (right, want) in totals.items():
        print(f"{k:<10} {right}/{want}")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as out:
            json.dump(totals, out)


if __name__ == "__main__":
    main()
