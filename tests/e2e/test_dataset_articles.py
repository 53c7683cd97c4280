"""Issue 13: a dataset whose rows are the articles of a document (a law knowledge base's
`{"law_code":…,"article_number":"第1条","content":…}`, a statute table of 法规名称 | 条 | 内容) is
one record per document with its articles, not one record per article. Rows are joined only
when every row is labelled as an article and the labels ascend inside each document; a dataset
of whole regulations whose texts each open with 第一条 stays one record per row."""
import json, os
from e2e import *

DATASETS = os.path.join(SOURCE, "tests", "devset", "datasets")
gold = json.load(open(os.path.join(DATASETS, "gold", "003_verifiedlawkb-gerensuodeshuifa-statutes.json"), encoding="utf-8"))
rc, out, err = run("process", "--no-extract", os.path.join(DATASETS, gold["file"]))
recs = records(out)
check(rc == 0 and len(recs) == len(gold["documents"]), f"one record per law ({len(recs)}, rc {rc})")
for g, r in zip(gold["documents"], recs):
    markers = [s["marker"] for s in r.get("sections", []) if s["marker"].endswith("条")]
    print(f"{gold['file']}: kind {r['kind']}, articles {len(markers)} of {len(g['articles'])}, rows {r['fields'].get('dataset_rows')}")
    check(r["kind"] == g["kind"] and markers == g["articles"], f"a regulation with every article in order: {r['kind']} {markers}")
    check(r["fields"].get("dataset_rows") == g["rows"], "the record says which rows it joins")
    check((r.get("title") or None) == g["title"], f"no title made of the first article: {r.get('title')!r}")
    shared = r["fields"].get("dataset", {})
    check(all(shared.get(k) == v for k, v in g["shared_fields"].items()) and "article_number" not in shared,
          f"the fields all rows share are kept, the per-article ones are not: {shared}")
    parts = r["fields"].get("dataset_parts", [])
    check([p.get("article_number") for p in parts] == g["articles"] and [p.get("row") for p in parts] == list(range(g["rows"][0], g["rows"][1] + 1)),
          "each row's own columns are kept with its row")
    first = next((x for x in r.get("sections", []) if x["marker"] == g["articles"][0]), {})
    check(g["first_article_text"].startswith(first.get("title", "\0").rstrip("。")), f"the article's text is the row's: {first.get('title')!r}")

# Two laws in one table with a chapter column: two records, each with its chapter lines.
d = tmpdir()
laws = os.path.join(d, "laws.csv")
with open(laws, "w", encoding="utf-8") as f:
    f.write("法规名称,章,条,内容\n")
    f.write("某某市物业管理条例,第一章 总则,第一条,为了规范物业管理活动，制定本条例。\n")
    f.write("某某市物业管理条例,第一章 总则,第二条,本条例适用于本市行政区域内的物业管理活动。\n")
    f.write("某某市物业管理条例,第二章 业主,第三条,业主享有下列权利。\n")
    f.write("某某市养犬管理规定,,第一条,为了加强养犬管理，制定本规定。\n")
    f.write("某某市养犬管理规定,,第二条,本市行政区域内的养犬活动适用本规定。\n")
    f.write("某某市养犬管理规定,,第三条,养犬人应当依法养犬。\n")
rc, out, err = run("process", "--no-extract", laws)
recs = records(out)
check(rc == 0 and [r.get("title") for r in recs] == ["某某市物业管理条例", "某某市养犬管理规定"], f"one record per law: {[r.get('title') for r in recs]}")
markers = [s["marker"] for s in recs[0].get("sections", [])] if recs else []
check(markers == ["第一章", "第一条", "第二条", "第二章", "第三条"], f"the chapter lines stand before their first articles: {markers}")
check(len(recs) == 2 and [r["fields"].get("dataset_rows") for r in recs] == [[1, 3], [4, 6]], "rows 1-3 and 4-6")

# Whole regulations, one per row, each opening with 第一条: one record per row.
whole = os.path.join(d, "whole.csv")
with open(whole, "w", encoding="utf-8") as f:
    f.write("title,content\n")
    for name in ("甲市档案管理办法", "乙市档案管理办法", "丙市档案管理办法"):
        f.write(f"{name},第一条 为了加强档案管理，制定本办法。 第二条 本办法自发布之日起施行。\n")
rc, out, err = run("process", "--no-extract", whole)
recs = records(out)
check(rc == 0 and len(recs) == 3 and all("dataset_rows" not in r["fields"] for r in recs), f"three documents stay three ({len(recs)})")
done()
