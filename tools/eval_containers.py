#!/usr/bin/env python3
"""Per-file article figures of a containers set (gold/NAME.json: articles [{title, line}]).

  tools/eval_containers.py GONGWEN DEVSET_DIR [-v]

Compared against the records of `gongwen process FILE` (articles = records with source.container)."""
import glob, json, os, re, subprocess, sys
gw = sys.argv[1]; d = sys.argv[2]; verbose = "-v" in sys.argv
sq = lambda s: re.sub(r"[\s\u3000]+", "", s or "")
T = [0, 0, 0, 0, 0, 0, 0]
# Article kinds the handlers give (gold kinds outside them, `guide`, `essay`, are hand labels no handler names).
KINDS = {"news", "speech", "regulation", "report", "notice", "editorial", "minutes", "order", "letter", "announcement",
         "circular", "decision", "opinion", "plan", "experience", "reply", "quotation", "appeal", "briefing", "work_report"}
for gf in sorted(glob.glob(os.path.join(d, "gold", "*.json"))):
    g = json.load(open(gf, encoding="utf-8"))
    name = os.path.basename(gf)[:-5]
    f = [p for p in glob.glob(os.path.join(d, name + ".*"))][0]
    out = subprocess.run([gw, "process", f], capture_output=True, text=True).stdout
    recs = [json.loads(l) for l in out.splitlines() if l.strip()]
    arts = [r for r in recs if r.get("source", {}).get("container")] or recs
    got = [(r.get("source", {}).get("line_start"), r.get("title", "")) for r in arts]
    # Each gold article's kind against the article found at its start (within two lines).
    kinds = right = 0
    for a in g["articles"]:
        gl, gk = a.get("line", a.get("start_line")), a.get("kind")
        hit = [r for r in arts if gk in KINDS and r.get("source", {}).get("line_start") is not None and abs(r["source"]["line_start"] - gl) <= 2]
        if hit:
            kinds += 1; right += hit[0].get("kind") == gk
            if verbose and hit[0].get("kind") != gk: print(f"    kind at {gl}: got {hit[0].get('kind')} gold {gk}")
    T[5] += right; T[6] += kinds
    gold = [(a.get("line", a.get("start_line")), a["title"]) for a in g["articles"]]
    starts = sum(1 for gl, _ in gold if any(l is not None and abs(l - gl) <= 2 for l, _ in got))
    # (An untitled piece, gold title null, counts for its start only.)
    titled = [gt for _, gt in gold if gt]
    titles = sum(1 for gt in titled if any(sq(t) == sq(gt) for _, t in got))
    T[0] += starts; T[1] += titles; T[2] += len(gold); T[3] += len(got); T[4] += len(titled)
    print(f"{name}: gold {len(gold)} got {len(got)} starts {starts}/{len(gold)} titles {titles}/{len(titled)} kinds {right}/{kinds}  ({sorted(set(r['kind'] for r in recs))})")
    if verbose:
        for l, t in got: print(f"    got  {l}: {t[:60]}")
        for l, t in gold: print(f"    gold {l}: {(t or '(untitled)')[:60]}")
print(f"TOTAL starts {T[0]}/{T[2]} titles {T[1]}/{T[4]} records {T[3]} kinds {T[5]}/{T[6]}")
