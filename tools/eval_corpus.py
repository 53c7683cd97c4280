#!/usr/bin/env python3
"""Splitting and classification against ../shared/corpus/gold, per file, with and
without the table of contents. Prints the figures the issues ask for.
    tools/eval_corpus.py [--gongwen build/bin/gongwen] [--corpus ../shared/corpus]"""
import argparse
import json
import os
import subprocess

ap = argparse.ArgumentParser()
ap.add_argument("--gongwen", default="build/bin/gongwen")
ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus"))
a = ap.parse_args()
gold = os.path.join(a.corpus, "gold")


def corpus(prefix):
    return next(os.path.join(a.corpus, f) for f in sorted(os.listdir(a.corpus)) if f.startswith(prefix))


def run(path, *flags):
    out = subprocess.run([a.gongwen, "process", *flags, path], capture_output=True, text=True).stdout
    return [json.loads(l) for l in out.splitlines()]


def kind_of(doc_type):
    for key, kind in (("speech", "speech"), ("editorial", "editorial"), ("regulation", "regulation"),
                      ("policy document", "regulation"), ("experience", "experience"), ("study reflection", "experience"),
                      ("news", "news")):
        if doc_type.startswith(key):
            return kind
    return None


print(f"{'file':6} {'mode':12} {'articles':>8} {'precision':>10} {'recall':>8} {'kinds right':>12}")
g0 = json.load(open(os.path.join(gold, "gold_000_articles.json"), encoding="utf-8"))
items = {it["title_line"]: it for it in g0["items"] if it.get("in_toc")}
for mode, flags in (("with TOC", ()), ("without TOC", ("--no-toc",))):
    recs = run(corpus("000_"), *flags)[1:]
    starts = {r["source"]["line_start"]: r for r in recs}
    hit = [l for l in items if l in starts]
    right = [l for l in hit if starts[l]["kind"] == kind_of(items[l]["doc_type"])]
    print(f"{'000':6} {mode:12} {len(recs):>8} {len(hit)/max(1,len(recs)):>10.3f} {len(hit)/len(items):>8.3f} {len(right):>5}/{len(hit):<6}")
    wrong = [(l, items[l]["title"][:16], starts[l]["kind"]) for l in hit if l not in right]
    if wrong:
        print("        misclassified:", wrong)

g4 = json.load(open(os.path.join(gold, "gold_004_toc.json"), encoding="utf-8"))
lines = {x["body_title_line"] for x in g4}
for mode, flags in (("with TOC", ()), ("without TOC", ("--no-toc",))):
    recs = run(corpus("004_"), *flags)[1:]
    hit = [r for r in recs if r["source"]["line_start"] in lines]
    right = [r for r in hit if r["kind"] == "experience"]
    print(f"{'004':6} {mode:12} {len(recs):>8} {len(hit)/max(1,len(recs)):>10.3f} {len(hit)/len(lines):>8.3f} {len(right):>5}/{len(hit):<6}")

regs = [f for f in sorted(os.listdir(a.corpus)) if f.startswith("reg_")]
ok = sum(1 for f in regs if [r["kind"] for r in run(os.path.join(a.corpus, f))] == ["regulation"])
print(f"{'reg_*':6} {'single docs':12} {len(regs):>8} {'':>10} {'':>8} {ok:>5}/{len(regs):<6}")
for p, want in ((corpus("001_"), "speech"), (corpus("002_"), "article")):
    r = run(p)
    print(f"{os.path.basename(p)[:3]:6} {'single doc':12} {len(r):>8} {'':>10} {'':>8} {int(r[0]['kind'] == want):>5}/1")
