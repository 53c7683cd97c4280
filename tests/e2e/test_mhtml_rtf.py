"""Web pages saved as one MIME file (MHTML: Chrome/Blink, Word's single-file web page) and
RTF files (TextEdit, SAS, Word 365 on a Western code page), real files from public
repositories (tests/devset/mhtrtf, MANIFEST.tsv), against hand-checked gold: the text is
read in its own charset with nothing garbled, the first and last paragraphs of the gold are
in it in order, the title and the page's address are the gold's. Built files (test_formats.py)
cover typography and hostile input; this covers the producers."""
import glob
import json
import os
import re

from e2e import SOURCE, check, done, records, run

DEVSET = os.path.join(SOURCE, "tests", "devset", "mhtrtf")


def squash(s):
    return re.sub(r"[\s\u3000\xa0|]+", "", s or "")


for gold_path in sorted(glob.glob(os.path.join(DEVSET, "gold", "*.json"))):
    g = json.load(open(gold_path, encoding="utf-8"))
    path = os.path.join(DEVSET, g["file"])
    rc, out, err = run("process", "--no-split", "--with-text", path)
    recs = records(out)
    name = g["file"]
    check(rc == 0 and len(recs) == 1 and "error" not in recs[0], f"{name}: one record, exit 0 ({err.strip()[:160]})")
    if not recs:
        continue
    r = recs[0]
    text = r.get("text", "")
    check(r["source"].get("format") == g["format"], f"{name}: read as {g['format']} ({r['source'].get('format')})")
    check("\ufffd" not in text, f"{name}: no character lost to a wrong code page")
    flat = squash(text)
    first, last = squash(g.get("first_body_paragraph") or g["first_paragraph"]), squash(g["last_paragraph"])
    at_first, at_last = flat.find(first), flat.rfind(last)
    check(at_first >= 0 and at_last >= 0 and at_first <= at_last,
          f"{name}: the gold's first and last paragraphs are in the text, in order ({at_first}, {at_last}; text {text[:80]!r})")
    if g.get("title"):
        check(squash(r["title"]) == squash(g["title"]), f"{name}: title {r['title']!r} (gold {g['title']!r})")
    if (g.get("url") or "").startswith("http"):
        check(r["fields"].get("url") == g["url"], f"{name}: url {r['fields'].get('url')} (gold {g['url']})")
    # Word's conditional comments (<![if !vml]>) are markup, never text.
    check("<![" not in text and "<!--" not in text, f"{name}: no markup left in the text")
done()
