"""Issue 14: bulletins (简报) nobody here had seen, without contents (tests/devset/containers-2, gold
by hand): a masthead with an issue number and a bulletin's name, items titled by a bare line
between finished paragraphs. Each gold item must start an article within two lines of its
gold line; floors are the figures when the bulletin rule landed."""
import glob
import json
import os
from e2e import *

SET = os.path.join(SOURCE, "tests", "devset", "containers-2")
FLOORS = {"01_caimao-wenge-jianxun-1967-10": 7, "02_wenge-dongtai-1967-11": 3}
for name, floor in FLOORS.items():
    gold = json.load(open(os.path.join(SET, "gold", name + ".json"), encoding="utf-8"))
    rc, out, err = run("process", "--no-extract", glob.glob(os.path.join(SET, name + ".*"))[0])
    recs = records(out)
    starts = [r["source"]["line_start"] for r in recs if r["source"].get("container")]
    hit = sum(1 for a in gold["articles"] if any(abs(s - a["start_line"]) <= 2 for s in starts))
    check(hit >= floor, f"{name}: {hit}/{len(gold['articles'])} items found (floor {floor}); {len(starts)} articles")
    check(len(starts) <= len(gold["articles"]) + 1, f"{name}: no more articles than items ({len(starts)})")
done()
