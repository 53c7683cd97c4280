#!/usr/bin/env python3
"""Per-file figures of a binary-format held-out set (gold/*.json: file, kind, title, doc_number, issuers, date, headings).

  tools/eval_binary.py GONGWEN DEVSET_DIR [-v]
"""
import glob, json, os, re, subprocess, sys
gw = sys.argv[1]; d = sys.argv[2]; v = "-v" in sys.argv
sq = lambda s: re.sub(r"[\s\u3000]+", "", s or "")
T = {}
for gf in sorted(glob.glob(os.path.join(d, "gold", "*.json"))):
    g = json.load(open(gf, encoding="utf-8"))
    name = os.path.basename(gf)[:-5]
    f = os.path.join(d, g["file"]) if "file" in g else (glob.glob(os.path.join(d, name + ".*")) + glob.glob(os.path.join(d, name + "_*")))[0]
    g.setdefault("file", os.path.basename(f))
    p = subprocess.run([gw, "process", f], capture_output=True, text=True)
    recs = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    r = recs[0] if recs else {"fields": {}}
    fl = r.get("fields", {})
    dn = fl.get("doc_number") or {}
    res = {"ok": "error" not in r, "kind": r.get("kind") == g.get("kind"), "title": sq(r.get("title")) == sq(g.get("title"))}
    if g.get("doc_number"): res["number"] = sq(dn.get("text") if isinstance(dn, dict) else "") == sq(g["doc_number"])
    if g.get("date"): res["date"] = fl.get("date") == g["date"]
    if g.get("issuers"): res["issuer"] = [sq(x) for x in (lambda v: [v] if isinstance(v, str) else v or [])(fl.get("issuer"))] == [sq(x) for x in g["issuers"]]
    if g.get("headings"):
        got = [sq((s.get("marker") or "") + s.get("title", "")) for s in r.get("sections", []) if s.get("level") == 1]
        want = [sq(h) for h in g["headings"]]
        hit = sum(1 for h in want if h in got)
        T.setdefault("headings", [0, 0]); T["headings"][0] += hit; T["headings"][1] += len(want)
    for k, val in res.items(): T.setdefault(k, [0, 0]); T[k][0] += val; T[k][1] += 1
    print(f"{g['file'][:46]:48} {r.get('kind','?'):14} " + " ".join(f"{k}:{'ok' if x else 'NO'}" for k, x in res.items()), (r.get("error") or {}).get("message", "")[:60])
    if v:
        for k, x in res.items():
            if not x: print(f"    {k}: got kind={r.get('kind')} title={r.get('title','')[:50]!r} num={dn.get('text') if isinstance(dn,dict) else None} date={fl.get('date')} issuer={fl.get('issuer')} | gold kind={g.get('kind')} title={g.get('title')!r} num={g.get('doc_number')} date={g.get('date')} issuers={g.get('issuers')}")
print("totals: " + "  ".join(f"{k} {a}/{b}" for k, (a, b) in T.items()))
