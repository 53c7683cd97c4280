"""Held-out round of session 20 (issues 12, 13, 14, 15): the round's committed sets with their floors,
and inputs modelled on the round's files (names replaced)."""
import json
import os
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")
tmp = tmpdir()


write = lambda name, content, mode="w": write_file(tmp, name, content, mode)
recs = process_records


# ---- a plenum signs what it adopted (organ_like: `…全体会议`) --------------------------------------
r = recs(write("plenum.txt", "关于制定国民经济和社会发展第七个五年计划的建议的说明\n（一九八五年九月十八日）\n\n各位代表：\n\n"
                             "现将有关情况报告如下。这是正文内容，讲了很多事情。\n\n中国共产党第十二届中央委员会第四次全体会议\n一九八五年九月二十三日\n"),
         "--no-split")[0]
check((r["fields"].get("issuer"), r["fields"].get("date")) == (["中国共产党第十二届中央委员会第四次全体会议"], "1985-09-23"),
      f"a plenum's signature is its issuer: {r['fields'].get('issuer')} {r['fields'].get('date')}")

# ---- a numbered announcement's masthead with no title under it is its title ----------------------
r = recs(write("tonggao.txt", "某某市疫情防控工作指挥部通告（第1号）\n\n为切实做好疫情防控工作，现通告如下：\n"
                              "一、全市各单位要严格落实防控措施。\n二、本通告自发布之日起施行。\n\n某某市疫情防控工作指挥部\n2020年1月26日\n"),
         "--no-split")[0]
check((r["kind"], r["title"], r["fields"].get("issuer")) == ("public_notice", "某某市疫情防控工作指挥部通告（第1号）", ["某某市疫情防控工作指挥部"]),
      f"the masthead names the 通告: {r['kind']} {r['title']!r} {r['fields'].get('issuer')}")

# ---- a listing's rows: no text, a title and metadata (datasets-3/04 shape) ------------------------
rows = write("listing.jsonl", "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in [
    {"title": "某某省人民政府办公厅关于同意某某高速公路设置收费站的复函", "date": "2024-07-08", "content": ""},
    {"title": "关于公布2021年度继续教育项目的通知", "date": "2020-12-29", "source": "某某市卫生健康委员会", "content": None},
    {"title": "", "date": "2021-01-06", "content": ""}]))
rc, out, err = run("process", rows)
rs = records(out)
ids = lambda r: [x["id"] for x in r.get("diagnostics", [])]
check(rc == 1 and [r.get("kind") for r in rs[:2]] == ["letter", "notice"] and all("read.row_title_only" in ids(r) for r in rs[:2]),
      f"title-only rows are records of their title's kind, said so; the empty row fails: rc={rc} {[(r.get('kind'), ids(r)) for r in rs]}")
check(rs[0]["fields"].get("issuer") == ["某某省人民政府办公厅"] and "read.row" in ids(rs[2]),
      f"the issuer from the title; a row with nothing is an error: {rs[0]['fields'].get('issuer')} {ids(rs[2])}")

done()
