#!/usr/bin/env python3
"""Per-row figures of a datasets set (gold: {file, rows: [{row, title, kind, date, issuer, doc_number}]}).

  tools/eval_rows.py GONGWEN DEVSET_DIR [-v]
"""
import glob, json, os, re, subprocess, sys
gw = sys.argv[1]; d = sys.argv[2]; v = "-v" in sys.argv
sq = lambda s: re.sub(r"[\s\u3000]+", "", s or "")
T = {}
for gf in sorted(glob.glob(os.path.join(d, "gold", "*.json"))):
    g = json.load(open(gf, encoding="utf-8"))
    f = os.path.join(d, g["file"])
    p = subprocess.run([gw, "process", "--no-split", f], capture_output=True, text=True)
    recs = {json.loads(l)["source"].get("row"): json.loads(l) for l in p.stdout.splitlines() if l.strip()}
    line = []
    for gr in g["rows"]:
        r = recs.get(gr["row"], {"fields": {}})
        fl = r.get("fields", {})
        dn = fl.get("doc_number")
        mine = [sq(x) for x in (fl.get("issuer") or [])]
        # A title column that leaves out the issuer the document's own title line prints
        # (`关于印发…的通知` for `河北省科学技术厅关于印发…的通知`) is the same title.
        got_t, want_t = sq(r.get("title")), sq(gr.get("title"))
        title_ok = bool(got_t == want_t or (want_t and got_t.endswith(want_t) and got_t[:-len(want_t)] == "".join(mine)))
        if "issuer" not in gr and gr.get("issuers"):  # (a gold that lists the organs)
            gr["issuer"] = "、".join(gr["issuers"])
        if isinstance(gr.get("issuer"), list):  # (or lists them under `issuer`)
            gr["issuer"] = "、".join(gr["issuer"])
        res = {"rec": gr["row"] in recs, "title": title_ok, "kind": r.get("kind") == ("unknown" if gr.get("kind") in (None, "other") else gr["kind"])}
        # (A row that holds no document, gold title empty and no kind: its page's name is no miss.)
        if not gr.get("title") and not gr.get("kind"): del res["title"]  # (a gold without a kind: nothing to tell it by)
        # A gold that dates each row by its date column (`"date_from": "row"`) is compared with
        # the record's row_date; else with its date (the 成文日期 when the text has one).
        if gr.get("date"): res["date"] = fl.get("row_date" if g.get("date_from") == "row" else "date") == gr["date"]
        if gr.get("issuer"):
            # A joint document's gold names every organ, joined with 、 or ;.
            res["issuer"] = sq(gr["issuer"]) in mine or sorted(sq(x) for x in re.split(r"[、;；\s]+", gr["issuer"].strip())) == sorted(mine) or \
                sq(fl.get("row_issuer")) == sq(gr["issuer"])
        # (A gold written in the standard brackets, 〔〕, matches the number's key when the text printed `[2005]`.)
        if gr.get("doc_number"): res["number"] = sq(gr["doc_number"]) in (sq(dn.get("text")), sq(dn.get("key"))) if isinstance(dn, dict) else False
        for k, x in res.items(): T.setdefault(k, [0, 0]); T[k][0] += x; T[k][1] += 1
        line.append("".join("." if x else k[0].upper() for k, x in res.items()))
        if v:
            for k, x in res.items():
                if not x: print(f"   {g['file'][:30]} row {gr['row']} {k}: got title={r.get('title','')[:40]!r} kind={r.get('kind')} date={fl.get('date')} issuer={fl.get('issuer')} num={dn} | gold {(gr.get('title') or '')[:40]!r} {gr.get('kind')} {gr.get('date')} {gr.get('issuer')} {gr.get('doc_number')}")
    print(f"{g['file'][:50]:52} {' '.join(line)}")
print("totals: " + "  ".join(f"{k} {a}/{b}" for k, (a, b) in T.items()))
