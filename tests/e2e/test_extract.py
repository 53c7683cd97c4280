"""Handlers and common extractors against the gold files. Prints the figures."""
import collections
import csv
import json
import os
import re
from e2e import *

require_corpus()
gold = os.path.join(CORPUS, "gold")
files = {k: corpus_file(k + "_") for k in ("000", "001", "002", "004")}

# Slogans: per-file counts of the top 30 equal gold/slogans.tsv (GUIDE §5 rule).
counts = {}
for k, p in files.items():
    rc, out, err = run("process", "--no-split", "--extract", "slogans", p)
    r = records(out)[0]
    counts[k] = collections.Counter(e["value"] for e in r["entities"] if e["type"] == "slogan")
rows = list(csv.DictReader(open(os.path.join(gold, "slogans.tsv"), encoding="utf-8"), delimiter="\t"))
exact = [row["slogan"] for row in rows if [counts[k][row["slogan"]] for k in files] == [int(row["quoted_" + k]) for k in files]]
print(f"slogans: {len(exact)}/{len(rows)} of the top 30 match gold per file")
check(len(exact) == len(rows), "slogan counts equal gold/slogans.tsv for the top 30")

# 002 statistics recall against gold_002.json (two of its strings are names, not statistics).
rc, out, err = run("process", files["002"])
r2 = records(out)[0]
stats = [e for e in r2["entities"] if e["type"] == "statistic"]
g2 = json.load(open(os.path.join(gold, "gold_002.json"), encoding="utf-8"))
core = lambda s: (re.search(r"[0-9０-９]+(?:[.．][0-9]+)?(?:万|亿)?(?:余|多)?", s) or re.search(".*", s)).group(0)
found = [s for s in g2["statistics"] if any(core(s) in e["text"] for e in stats)]
print(f"002 statistics: recall {len(found)}/{len(g2['statistics'])}")
check(len(found) >= len(g2["statistics"]) - 2, "002 statistics recall")
big = [e for e in stats if e["text"].startswith("35.7万名")]
check(big and big[0]["value"]["value"] == 357000 and big[0]["value"]["noun"] == "党员", "35.7万名党员 → 357000, noun 党员")
check(not any(e["text"].startswith(("96345", "128")) for e in stats), "numbers that are names are not statistics")

# 001: the heading tree equals gold_001.json; the 版记.
g1 = json.load(open(os.path.join(gold, "gold_001.json"), encoding="utf-8"))
rc, out, err = run("process", files["001"])
r1 = records(out)[0]
tree = [(s["level"], s["marker"], s["line"]) for s in r1["sections"]]
check(tree == [(1, "一、", 18), (1, "二、", 31), (1, "三、", 49), (2, "第一，", 79), (2, "第二，", 116), (2, "第三，", 148),
               (2, "第四，", 218), (1, "四、", 261)], f"001 heading tree {tree}")
check(r1["fields"].get("printed_by") == "中共衢州市委组织部办公室" and r1["fields"].get("printed_on") == "2018-02-09", "001 印发 office and date")
officials = {e["value"]["name"]: e["value"]["position"] for e in records(run("process", "--no-split", files["000"])[1])[0]["entities"] if e["type"] == "official"}
check(officials.get("汤飞帆") == "市委副书记、市长" and officials.get("林晓峰") == "市委常委、组织部长", f"officials keep the position chain")

# 004: level-1 headings of each article against gold_004_toc.json.
g4 = json.load(open(os.path.join(gold, "gold_004_toc.json"), encoding="utf-8"))
arts = records(run("process", files["004"])[1])[1:]
tp = fp = fn = 0
for a, g in zip(arts, g4):
    ours = {s["line"] for s in a["sections"] if s["level"] == 1 and s["marker"].endswith("、")}
    theirs = {h["line"] for h in g["level1_headings"]}
    tp += len(ours & theirs); fp += len(ours - theirs); fn += len(theirs - ours)
print(f"004 level-1 headings: precision {tp/(tp+fp):.3f} recall {tp/(tp+fn):.3f} ({tp} found, {fp} extra, {fn} missed)")
check(tp / (tp + fn) >= 0.9 and tp / (tp + fp) >= 0.9, "004 level-1 headings: precision and recall ≥ 0.9")

# Regulations: every 第N条 once, chapters, title and dates.
for name in sorted(os.listdir(CORPUS)):
    if not name.startswith("reg_"):
        continue
    path = os.path.join(CORPUS, name)
    src = open(path, encoding="utf-8").read()
    n_src = len(re.findall(r"^第[一二三四五六七八九十百零〇]+条", src, re.M))
    r = records(run("process", path)[1])[0]
    arts = [s for s in r["sections"] if s["marker"].startswith("第") and s["marker"].endswith("条")]
    chapters = [s for s in r["sections"] if s["marker"].endswith("章")]
    n_ch = len(re.findall(r"^## 第.+章", src, re.M))
    title = re.search(r"^# (.+)$", src, re.M).group(1).strip()
    ok = len(arts) == n_src and len(set(a["marker"] for a in arts)) == n_src and len(chapters) == n_ch and r["title"] == title
    m = re.search(r"\((\d{4})-(\d{2})-(\d{2})\)", name)
    # The date in the file name is checked when the document states it.
    if m and f"{int(m.group(1))}年{int(m.group(2))}月{int(m.group(3))}日" in src:
        m = re.match(r"(.*)", f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
        dates = [v for k, v in r["fields"].items() if k in ("promulgated", "adopted", "revised", "effective", "date")]
        ok = ok and m.group(1) in dates
    check(ok, f"{name}: {len(arts)}/{n_src} articles once, {len(chapters)}/{n_ch} chapters, title, dates {[(k, v) for k, v in r['fields'].items() if k in ('adopted','promulgated','revised','effective')]}")
done()
