#!/usr/bin/env python3
"""Per-file figures of a speeches set (gold: file, title, speaker, date, level1_headings; kind when
not speech: a report read out, `work_report`).

  tools/eval_speech.py GONGWEN DEVSET_DIR [-v]
"""
import glob, json, os, re, subprocess, sys
gw = sys.argv[1]; d = sys.argv[2]; v = "-v" in sys.argv
sq = lambda s: "、".join(map(sq, s)) if isinstance(s, list) else re.sub(r"[\s\u3000]+", "", s or "")  # (several speakers: a list)
T = {}
for gf in sorted(glob.glob(os.path.join(d, "gold", "*.json"))):
    g = json.load(open(gf, encoding="utf-8"))
    f = os.path.join(d, g["file"])
    p = subprocess.run([gw, "process", "--no-split", f], capture_output=True, text=True)
    recs = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    r = recs[0] if recs else {"fields": {}}
    fl = r.get("fields", {})
    res = {"kind": r.get("kind") == g.get("kind", "speech"), "title": sq(r.get("title")) == sq(g.get("title"))}
    # (Several speakers, a joint address: the record's `speakers`.)
    if g.get("speaker"): res["speaker"] = sq(fl.get("speakers") if isinstance(g["speaker"], list) else fl.get("speaker")) == sq(g["speaker"])
    if g.get("date"): res["date"] = fl.get("date") == g["date"]
    hs = g.get("level1_headings") or []
    if hs:
        got = [sq((s.get("marker") or "") + s.get("title", "")) for s in r.get("sections", []) if s.get("level") == 1]
        hit = sum(1 for h in hs if any(sq(h).startswith(x) or x.startswith(sq(h)) for x in got if x))
        T.setdefault("headings", [0, 0]); T["headings"][0] += hit; T["headings"][1] += len(hs)
    for k, x in res.items(): T.setdefault(k, [0, 0]); T[k][0] += x; T[k][1] += 1
    print(f"{g['file'][:44]:46} {r.get('kind','?'):10} " + " ".join(f"{k}:{'ok' if x else 'NO'}" for k, x in res.items()))
    if v:
        for k, x in res.items():
            if not x: print(f"    {k}: got kind={r.get('kind')} title={r.get('title','')[:50]!r} speaker={fl.get('speaker')} date={fl.get('date')} | gold title={g.get('title')!r} speaker={g.get('speaker')} date={g.get('date')}")
print("totals: " + "  ".join(f"{k} {a}/{b}" for k, (a, b) in T.items()))
