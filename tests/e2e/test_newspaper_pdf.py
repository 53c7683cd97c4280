"""Issue 14: a newspaper's pages as a PDF (a day's articles one after another, as a download
script or a library's export prints them): each headline set to the margin wraps onto a second
line of its own size, and an edition line `《人民日报》（2025年10月20日第 01 版）` stands under it.
The wrapped headline is one title, and the headline over its edition line starts an article.
The texts are real pages' (tests/devset/pages gold: title, first and last paragraph)."""
import json, os, sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixtures_binary as fb  # noqa: E402

PAGES = os.path.join(SOURCE, "tests", "devset", "pages", "gold")
golds = []
for name in sorted(os.listdir(PAGES)):
    g = json.load(open(os.path.join(PAGES, name), encoding="utf-8"))
    if g.get("kind") == "news" and g.get("first_paragraph") and g.get("last_paragraph") and len(g["title"]) > 16:
        golds.append(g)
golds = golds[:3]
check(len(golds) == 3, f"three news pages with long headlines in the pages gold ({len(golds)})")
paragraphs = []
for g in golds:
    paragraphs += [("headline", g["title"]), ("edition", "《人民日报》（2025年10月20日第 01 版）"),
                   ("news", g["first_paragraph"]), ("news", g["last_paragraph"])]
t = tmpdir()
path = os.path.join(t, "rmrb.pdf")
with open(path, "wb") as f:
    f.write(fb.pdf(paragraphs))
rc, out, err = run("process", "--no-extract", path)
recs = records(out)
arts = [r for r in recs if r["source"].get("container")]
titles = [r["title"].replace(" ", "") for r in arts]
want = [g["title"].replace(" ", "") for g in golds]
check(rc == 0 and titles == want, f"one article per headline, each headline whole ({titles} / {want})")
check(recs and recs[0]["fields"].get("split_method") == "title-blocks", "split by its title blocks")
done()
