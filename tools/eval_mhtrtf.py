#!/usr/bin/env python3
"""Per-file figures of MHTML/RTF files (gold: file, title, first_paragraph, last_paragraph, url) in DIR/files or DIR.

  tools/eval_mhtrtf.py GONGWEN DEVSET_DIR [-v]
"""
import glob, json, os, re, subprocess, sys
gw = sys.argv[1]; d = sys.argv[2]
sq = lambda s: re.sub(r"[\s\u3000\xa0]+", "", s or "")
T = {}
for gf in sorted(glob.glob(os.path.join(d, "gold", "*.json"))):
    g = json.load(open(gf, encoding="utf-8"))
    f = os.path.join(d, "files", g["file"])
    if not os.path.exists(f):  # (the committed set keeps its files beside MANIFEST.tsv)
        f = os.path.join(d, g["file"])
    p = subprocess.run([gw, "process", "--no-split", "--with-text", f], capture_output=True, text=True)
    recs = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    r = recs[0] if recs else {}
    text = sq(r.get("text", ""))
    res = {
        "ok": "error" not in r,
        "title": sq(r.get("title")) == sq(g.get("title")),
        "first": sq(g.get("first_body_paragraph") or g.get("first_paragraph"))[:40] in text,
        "last": sq(g.get("last_paragraph"))[-40:] in text,
        "url": (g.get("url") or None) == (r.get("fields", {}).get("url") or None),
        "garbage": "\ufffd" not in r.get("text", ""),
    }
    for k, v in res.items(): T.setdefault(k, [0, 0]); T[k][0] += v; T[k][1] += 1
    print(f"{g['file'][:48]:50} " + " ".join(f"{k}:{'ok' if v else 'NO'}" for k, v in res.items()), r.get("kind"), (r.get("error") or {}).get("message", "")[:80])
    if "-v" in sys.argv:
        for k, v in res.items():
            if not v: print(f"   {k}: got title={r.get('title','')[:60]!r} url={r.get('fields',{}).get('url')} | gold title={g.get('title')!r} url={g.get('url')} text[:150]={r.get('text','')[:150]!r}")
print("totals: " + "  ".join(f"{k} {a}/{b}" for k, (a, b) in T.items()))
