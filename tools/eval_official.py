#!/usr/bin/env python3
"""Per-file figures of the official-document handler against the hand-checked
gold of tests/devset/gongwen (see its README). Prints one line per document and
per-element totals; --json writes the figures for tests.

  tools/eval_official.py [--gongwen build/bin/gongwen] [--json out.json]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.join(HERE, "..", "tests", "devset", "gongwen")


# A mirror that converts a page to traditional script often glosses characters
# with toned pinyin, `會(huì)`; the gold keeps the page as printed, and a reader
# that drops the glosses has the document's own words.
PINYIN_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*\)")


def squeeze(s):
    return PINYIN_GLOSS.sub("", re.sub(r"[\s\u3000]+", "", s or ""))


_cache = {}


CONTAINER_KINDS = {"periodical", "compilation", "collection"}


def run(gongwen, path, *flags):
    p = subprocess.run([gongwen, "process", "--no-extract", *flags, path], capture_output=True, timeout=300)
    return [json.loads(l) for l in p.stdout.decode().splitlines() if l.strip()]


def record_for(gongwen, path, row=None):
    # The default pipeline, as a user runs it: an issuing notice and the
    # document it issues are two records, the notice first. A file taken for
    # a container is read again unsplit (the sets hold one document a file).
    if path not in _cache:
        recs = run(gongwen, path)
        if recs and row is None and recs[0].get("kind") in CONTAINER_KINDS:
            recs = run(gongwen, path, "--no-split")
        _cache[path] = recs
    recs = _cache[path]
    if row is not None:  # a dataset row: its own record
        recs = [r for r in recs if r.get("source", {}).get("row") == row]
    if not recs:
        return {}
    # The gold's headings are the file's: those of a document the record
    # issues (its linked attachment records) count with its own.
    first = dict(recs[0])
    linked = [r for r in recs[1:] if r.get("fields", {}).get("attachment_of") == first.get("id")]
    if linked:
        first["sections"] = first.get("sections", []) + [s for r in linked for s in r.get("sections", [])]
    return first


def expected_issuers(g):
    if g.get("issuers"):
        return g["issuers"]
    if g.get("issuer_from_head"):
        return [g["issuer_from_head"]]
    if g.get("title_issuer"):
        return [g["title_issuer"]]
    return None


ELEMENTS = ["kind", "title", "doc_number", "issuer", "date", "recipients", "cc", "headings"]


def compare(g, r):
    f = r.get("fields", {})
    out = {}
    # (A gold's `other`, no kind of ours, is what a record calls `unknown`.)
    out["kind"] = ("unknown" if g.get("kind") == "other" else g.get("kind"), r.get("kind"))
    out["title"] = (squeeze(g.get("title")), squeeze(r.get("title")))
    gn = g.get("doc_number")
    gn = gn.get("text") if isinstance(gn, dict) else gn
    rn = (f.get("doc_number") or {}).get("text") if isinstance(f.get("doc_number"), dict) else None
    out["doc_number"] = (squeeze(gn) or None, squeeze(rn) or None)
    gi = expected_issuers(g)
    # (A summary or report names its writer `unit`, as the experience handler reads it: the same organ.)
    ri = f.get("issuer") or ([f["unit"]] if isinstance(f.get("unit"), str) and f.get("unit") else None)
    gl = [squeeze(x) for x in gi] if gi else None
    rl = [squeeze(x) for x in ri] if ri else None
    # A gold issuer given only as the title's string (`人力资源社会保障部 国家发展改革委 农业农村部`)
    # names the same organs as a record that lists them one by one.
    if gl and rl and not g.get("issuers") and len(gl) == 1 and "".join(rl) == gl[0]:
        rl = gl
    # (And a title's organ named by its level alone, `市工业和信息化局`, is the organ a record names in
    # full, `天津市工业和信息化局`: the gold took the title's words, having no signature to read.)
    if gl and rl and not g.get("issuers") and len(gl) == 1 and len(rl) == 1 and gl[0][:1] in "市省县区州" and \
            len(rl[0]) > len(gl[0]) and rl[0].endswith(gl[0][1:]) and gl[0][:1] in rl[0][:len(rl[0]) - len(gl[0]) + 1]:
        rl = gl
    out["issuer"] = (gl, rl)
    out["date"] = (g.get("date"), f.get("date"))
    # Lists of organs compare item by item; a group joined by 、 (`各市人社局、财政局`) is its
    # items, whichever way a gold writer or gongwen grouped them.
    # (So is a list parted by commas, `秘书长,各位委员`, wide or narrow.)
    # (A public addressed with its courtesy, `尊敬的用户`, is the same addressee as `用户`: gold writers differ.)
    def organs(xs):
        return [re.sub(r"^(尊敬的|亲爱的)", "", y) for x in xs for y in re.split(r"[、，,]", squeeze(x)) if y] if xs else None
    out["recipients"] = (organs(g.get("recipients")), organs(f.get("recipients")))
    out["cc"] = (organs(g.get("cc")), organs(f.get("cc")))
    gh = [squeeze(h) for h in g.get("level1_headings") or []]
    rh = [squeeze((s.get("marker") or "") + (s.get("title") or "")) for s in r.get("sections", []) if s.get("level") == 1]
    found = sum(1 for h in gh if any(x and (h.startswith(x) or x.startswith(h)) for x in rh))
    out["headings"] = (len(gh), found)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongwen", default=os.path.join(HERE, "..", "build", "bin", "gongwen"))
    ap.add_argument("--devset", default=DEVSET)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--json")
    a = ap.parse_args()
    totals = {e: [0, 0, 0] for e in ELEMENTS}  # right, expected, predicted-when-absent
    groups = {"files": {e: [0, 0, 0] for e in ELEMENTS}, "rows": {e: [0, 0, 0] for e in ELEMENTS}}
    rows = []
    for gp in sorted(glob.glob(os.path.join(a.devset, "gold", "*.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        r = record_for(a.gongwen, os.path.join(a.devset, g["file"]), g.get("row"))
        c = compare(g, r)
        marks = []
        grp = groups["rows" if g.get("row") else "files"]
        for e in ELEMENTS:
            want, got = c[e]
            if e == "headings":
                totals[e][0] += got
                totals[e][1] += want
                grp[e][0] += got
                grp[e][1] += want
                if want:
                    marks.append(f"h{got}/{want}")
                continue
            if want is None:
                if got not in (None, [], ""):
                    totals[e][2] += 1
                    grp[e][2] += 1
                    marks.append(e + "+")
                    if a.verbose:
                        print(f"    EXTRA {g['file']} row={g.get('row')} {e}: got={got!r}")
                continue
            totals[e][1] += 1
            grp[e][1] += 1
            ok = want == got
            totals[e][0] += ok
            grp[e][0] += ok
            if not ok:
                marks.append(e + "✗")
                if a.verbose:
                    print(f"    MISS {g['file']} row={g.get('row')} {e}: gold={want!r} got={got!r}")
        rows.append({"file": g["file"], "misses": marks, "detail": {k: v for k, v in c.items()}})
        name = g["file"] + (f" row {g['row']}" if g.get("row") else "")
        print(f"{name[:48]:48} {r.get('kind', '?'):14} {' '.join(marks) or 'all right'}")
    print()
    print(f"{'element':12} {'files':>16} {'dataset rows':>16} {'all':>16}")
    for e in ELEMENTS:
        cells = []
        for t in (groups["files"][e], groups["rows"][e], totals[e]):
            right, want, extra = t
            cells.append(f"{right}/{want}" + (f" +{extra}" if extra else ""))
        print(f"{e:12} {cells[0]:>16} {cells[1]:>16} {cells[2]:>16}")
    if a.json:
        json.dump({"totals": totals, "groups": groups, "rows": rows}, open(a.json, "w"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.exit(main())
