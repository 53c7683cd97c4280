#!/usr/bin/env python3
"""Per-page figures of the HTML reader against a page dev set with gold files
(the layout of /work/devset/pages: NNN_name.html + gold/NNN_name.json with
title, date, source, site, url, first_paragraph, last_paragraph, kind, chrome_examples).

For each page: title, date and source equal to the gold; the body starts with
the gold's first paragraph and ends with its last (main content found, nothing
before or after it); none of the chrome examples (menus, footers, share bars)
is left in the text. Prints one line per page and the totals.

  tools/eval_pages.py DEVSET_DIR [--gongwen build/bin/gongwen] [--json out.json]
"""
import argparse
import glob
import json
import os
import re
import subprocess

from eval_official import PINYIN_GLOSS  # (a mirror's toned-pinyin glosses, `會(huì)`: written once there)

# The 15 公文 kinds but report (党政机关公文处理工作条例), as gongwen names them.
OFFICIAL_KINDS = {"resolution", "decision", "order", "communique", "announcement", "public_notice", "opinion", "notice",
                  "circular", "request", "reply", "motion", "letter", "minutes"}



def squeeze(s):
    return PINYIN_GLOSS.sub("", re.sub(r"[\s\u3000\u00a0]+", "", s or ""))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("devset")
    ap.add_argument("--gongwen", default="build/bin/gongwen")
    ap.add_argument("--json")
    ap.add_argument("-v", action="store_true", help="print what differs")
    a = ap.parse_args()
    totals = {k: [0, 0] for k in ("title", "date", "source", "site", "url", "first", "last", "chrome", "kind")}
    rows = []
    for gf in sorted(glob.glob(os.path.join(a.devset, "gold", "*.json"))):
        g = json.load(open(gf, encoding="utf-8"))
        path = os.path.join(a.devset, g["file"])
        p = subprocess.run([a.gongwen, "process", "--no-split", "--no-extract", "--with-text", path], capture_output=True,
                           timeout=120)
        recs = [json.loads(line) for line in p.stdout.decode().splitlines() if line.strip()]
        r = recs[0] if recs else {"fields": {}, "title": "", "text": "", "kind": ""}
        text = r.get("text", "")
        lines = [squeeze(line) for line in text.splitlines() if squeeze(line)]
        res = {}
        res["title"] = squeeze(r.get("title")) == squeeze(g.get("title"))
        if g.get("date"):
            res["date"] = r["fields"].get("date") == g["date"] or r["fields"].get("page_date") == g["date"]
        if g.get("source"):
            res["source"] = squeeze(str(r["fields"].get("source", ""))) == squeeze(g["source"])
        if g.get("site"):
            res["site"] = squeeze(str(r["fields"].get("site", ""))) == squeeze(g["site"])
        if g.get("url"):
            res["url"] = r["fields"].get("url") == g["url"]
        if g.get("first_paragraph") and not g.get("several_documents"):
            first = squeeze(g["first_paragraph"])
            # The body's first paragraph comes first, after at most the title and a dateline.
            pos = next((i for i, line in enumerate(lines) if line.startswith(first[:40])), None)
            res["first"] = pos is not None and pos <= 3
        if g.get("last_paragraph") and not g.get("several_documents"):
            last = squeeze(g["last_paragraph"])
            pos = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].endswith(last[-40:])), None)
            res["last"] = pos is not None and pos >= len(lines) - 3
        if g.get("chrome_examples"):
            body = squeeze(text)
            res["chrome"] = not any(squeeze(c) and squeeze(c) in body for c in g["chrome_examples"])
        if g.get("kind") and g["kind"] != "other":
            # The gold's kinds are coarse (speech, notice, news, report, regulation): its `notice` is
            # any 公文 that is no report, whichever of the 15 kinds gongwen names.
            got = r.get("kind")
            if g["kind"] == "notice" and got in OFFICIAL_KINDS:
                got = "notice"
            res["kind"] = got == g["kind"]
        for k, v in res.items():
            totals[k][0] += bool(v)
            totals[k][1] += 1
        rows.append({"file": g["file"], **res})
        marks = " ".join(f"{k}:{'ok' if v else 'NO'}" for k, v in res.items())
        print(f"{g['file']:38} {marks}")
        if a.v:
            for k, v in res.items():
                if not v:
                    got = {"title": r.get("title"), "date": r["fields"].get("date"), "source": r["fields"].get("source"),
                           "site": r["fields"].get("site"), "url": r["fields"].get("url"),
                           "kind": r.get("kind"), "first": lines[:2], "last": lines[-2:],
                           "chrome": [c for c in g.get("chrome_examples", []) if squeeze(c) in squeeze(text)]}[k]
                    print(f"    {k}: got {str(got)[:200]} | gold {str(g.get(k if k not in ('first', 'last', 'chrome') else {'first': 'first_paragraph', 'last': 'last_paragraph', 'chrome': 'chrome_examples'}[k]))[:120]}")
    print("totals: " + "  ".join(f"{k} {v[0]}/{v[1]}" for k, v in totals.items()))
    if a.json:
        json.dump({"files": rows, "totals": totals}, open(a.json, "w"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
