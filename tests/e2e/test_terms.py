"""`gongwen terms` (issue 17): term frequencies of a run per group, normalised per 10,000
characters; co-occurrence within sentences (PMI); dictionary candidates (--grow); user
dictionaries. The run covers the samples, the 公文 dev sets and (when present) the corpus.

Every figure is checked against an independent count over the same database (Python's
sqlite3 over the text of every document that is not a container): a policy term kept whole
by the segmenter is counted exactly as often as it occurs; a group's characters are the sum
of its texts' lengths; a candidate's count is the number of times it stands in “quotes”.
"""
import json
import math
import os
import sqlite3
from e2e import *

database, _ = run_to_sqlite("terms", [("samples/docs", "*.txt"), ("tests/devset/gongwen", "*.txt"), ("tests/devset/gongwen", "*.md"),
                                       ("tests/devset/gongwen-2", "*.md"), ("tests/devset/gongwen-2", "*.txt")], corpus="*.txt")
t = os.path.dirname(database)
db = sqlite3.connect(database)
leaves = db.execute("select rowid, coalesce(date, ''), text from documents d where error is null and not exists "
                    "(select 1 from fields f where f.doc = d.rowid and f.key = 'split_method')").fetchall()
chars = sum(len(x[2] or "") for x in leaves)


def rows(*args):
    rc, out, err = run("terms", database, "--format", "jsonl", *args)
    check(rc == 0, f"terms {' '.join(args)} exits 0 ({err[-200:]})")
    return [json.loads(l) for l in out.splitlines() if l.strip()]


every = {r["term"]: r for r in rows("--top", "0")}
check(every and all(r["group_chars"] == chars for r in every.values()), f"the run's characters: {chars} (independent)")
# Policy terms are words: counted as often as they occur (the segmenter never cuts them).
for term in ["两学一做", "三严三实", "不忘初心、牢记使命", "全面从严治党", "三会一课"]:
    n = sum((x[2] or "").count(term) for x in leaves)
    d = sum(1 for x in leaves if term in (x[2] or ""))
    got = every.get(term, {})
    check(n > 0 and got.get("count") == n and got.get("documents") == d
          and abs(got.get("per_10k", 0) - n * 10000 / chars) < 0.01,
          f"{term}: {got.get('count')} = {n} occurrences in {d} documents, per 10k = {n * 10000 / chars:.2f}")
# Its parts are not counted where the term stands.
check("两学" not in every and "一做" not in every, "两学一做 is never cut into 两学 + 一做")
# Per year: the groups partition the documents; each year's count of a term is its own.
by_year = rows("--by", "year", "--top", "0")
years = {}
for r in by_year:
    years.setdefault(r["year"], r)
check(sum(r["group_documents"] for r in years.values()) == len(leaves), f"the years hold every document once ({len(leaves)})")
for y, r in years.items():
    want = sum(len(x[2] or "") for x in leaves if (x[1][:4] if x[1][:1] not in ("", "-") else "-") == y)
    check(r["group_chars"] == want, f"year {y}: {want} characters")
    break
total = sum(r["count"] for r in by_year if r["term"] == "两学一做")
check(total == every["两学一做"]["count"], f"两学一做 per year adds up to {every['两学一做']['count']} ({total})")
# Co-occurrence: PMI from the counts it prints, pairs seen together at most as often as alone.
pairs = rows("--cooccur", "--with", "两学一做", "--top", "10")
check(pairs and all(p["term"] == "两学一做" for p in pairs), f"--with lists the term's company ({len(pairs)} pairs)")
check(all(p["sentences"] <= min(p["term_sentences"], p["with_sentences"]) and p["sentences"] >= 3
          and abs(p["pmi"] - math.log2(p["sentences"] * p["all_sentences"] / (p["term_sentences"] * p["with_sentences"]))) < 1e-6
          for p in pairs), "PMI = log2(P(a,b) / P(a)P(b)) over sentences")
check(pairs == sorted(pairs, key=lambda p: -p["pmi"]), "pairs by PMI, highest first")
# Dictionary candidates: quoted formulations in no dictionary, counted as they stand in quotes.
policy = {l.strip() for l in open(os.path.join(SOURCE, "data", "terms", "policy.dict"), encoding="utf-8") if l.strip() and not l.startswith("#")}
grown = rows("--grow", "--min-count", "3")
check(grown and all(g["count"] >= 3 and g["candidate"] not in policy for g in grown), f"{len(grown)} candidates, none in the dictionary")
for g in grown[:5]:
    n = sum((x[2] or "").count("“" + g["candidate"] + "”") for x in leaves)
    check(g["count"] == n, f"candidate {g['candidate']}: {g['count']} = {n} quoted occurrences")
numbered = [g for g in grown if g["shape"] == "numbered"]
check(numbered and all(g["candidate"][0] in "一二三四五六七八九十两百千万0123456789" for g in numbered), "numbered formulations first")
# A user dictionary makes a candidate a word.
if grown:
    word = grown[0]["candidate"]
    user = os.path.join(t, "mine.dict")
    open(user, "w", encoding="utf-8").write("# mine\n" + word + "\n")
    mine = {r["term"]: r for r in rows("--top", "0", "--dict", user)}
    n = sum((x[2] or "").count(word) for x in leaves)
    check(mine.get(word, {}).get("count") == n, f"--dict: {word} counted whole ({mine.get(word, {}).get('count')} = {n})")
    bad = os.path.join(t, "bad.dict")
    open(bad, "w", encoding="utf-8").write("好词\n两个 词\n")
    rc, out, err = run("terms", database, "--dict", bad)
    check(rc == 2 and "bad.dict:2" in err and not out, f"a bad dictionary line is refused with its line ({err.strip()[-120:]})")
empty = os.path.join(t, "empty")
os.makedirs(empty)
rc, out, err = run("terms", database, "--terms-dir", empty)
check(rc == 2 and "jieba.dict" in err, f"missing dictionaries: a clear error ({err.strip()[-120:]})")
done()
