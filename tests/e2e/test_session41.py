"""Session 41: documents from the fourteenth round of held-out sets (probes 93–96) and the open
misses of earlier rounds. Each fixture is modelled on a document of those sets (names, places and
numbers replaced)."""
import json
import os
import sys
import zipfile
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp = tmpdir()
write = lambda name, content, mode="w": write_file(tmp, name, content, mode)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


def row(name, **cells):
    return one(name, json.dumps(cells, ensure_ascii=False) + "\n")


# A catalogue of laws (a research table: name, year, organ): its year column dates each law to the
# year alone, its note of a revision after the name (`…水法  修正`) is no part of the name, its joint
# organs in one cell (`某某计划委员会，某某部`) are two issuers, and a 方案 it lists by name is a plan.
csv = ("法律或政策名称,施行or修订时间,颁布机构\n"
       "中华人民共和国某某法,1988,全国人民代表大会常务委员会\n"
       "中华人民共和国某某法  修正,2002,全国人民代表大会常务委员会\n"
       "某某河可供水量分配方案,1987,国务院\n"
       "某某河年度分配及干流水量调度方案,1998,国家发展计划委员会，水利部\n")
recs = process_records(write("laws.csv", csv))
got = [(x["kind"], x["title"], x["fields"].get("date"), x["fields"].get("issuer")) for x in recs]
check([x[2] for x in got] == ["1988", "2002", "1987", "1998"], f"a year column dates to the year: {got}")
check(got[1][1] == "中华人民共和国某某法" and got[1][0] == "regulation", f"the revision note apart: {got[1]}")
label = recs[1]["fields"].get("dataset", {}).get("title_label")
check(label == "修正", f"the note kept as the row's label: {label}")
check(got[2][0] == "plan" and got[3][0] == "plan", f"a 方案 a catalogue lists is a plan: {got}")
check(got[3][3] == ["国家发展计划委员会", "水利部"], f"joint organs in one cell: {got[3][3]}")
# (A catalogue's headline of one, `某市出台…行动方案`, is news of a plan.)
r = row("headline.jsonl", title="某某市出台促进消费行动方案")
check(r["kind"] != "plan", f"a headline naming a plan: {r['kind']}")
# (A 年份 column; a full date elsewhere in the row is preferred to it.)
r = row("year.jsonl", title="某某省取水许可管理办法", 年份="2008")
check(r["fields"].get("date") == "2008", f"a 年份 column: {r['fields'].get('date')}")
r = row("year-and-day.jsonl", title="某某省取水许可管理办法", 年份="2008", 发布日期="2008-07-09")
check(r["fields"].get("date") == "2008-07-09", f"a day over a year: {r['fields'].get('date')}")
# (A month in a year column: `2008-07`, no day made up.)
r = row("month.jsonl", title="某某省取水许可管理办法", 发布时间="2008年7月")
check(r["fields"].get("date") == "2008-07", f"a month's date: {r['fields'].get('date')}")

# A crawler's flattened text, number glued before the title (`冀某政规〔2032〕2号某某省科学技术厅关于
# 公布部门规范性文件清理结果的通知各市科技局，…：`): the number apart, the title from the organ on
# (`规范性文件` in the title is no masthead's `…文件`).
text = ("\n某科政规〔2032〕2号某某省科学技术厅关于公布部门规范性文件清理结果的通知各市科技局，省直有关部门，有关单位："
        "\u3000\u3000按照《某某省规范性文件管理办法》等有关规定，我们对部门规范性文件进行了认真清理。现将清理结果公布如下。"
        "\u3000\u3000（一）39件规范性文件保留，继续适用。\u3000\u3000（二）23件规范性文件列入限期修改，修改期内原文件继续执行。"
        "\u3000\u3000（三）8件规范性文件予以废止，不再执行。" + "\u3000" * 20 + "某某省科学技术厅" + "\u3000" * 20 + "2032年9月30日\n")
r = row("flattened.jsonl", 标题="关于公布部门规范性文件清理结果的通知", 时间="2032-09-30", 内容=text)
number = (r["fields"].get("doc_number") or {}).get("text")
check(r["title"] == "某某省科学技术厅关于公布部门规范性文件清理结果的通知", f"the title without the number: {r['title']}")
check(number == "某科政规〔2032〕2号", f"the number glued before it: {number}")
check(r["fields"].get("recipients") == ["各市科技局", "省直有关部门", "有关单位"], f"its 主送: {r['fields'].get('recipients')}")

# A rule whose flattened text opens with its number in brackets (`（某科财字〔2031〕1号）　　摘要：…`).
text = ("\n（某科财字〔2031〕1号）\u3000\u3000摘要：为加强我省实验动物管理，制定本办法。\u3000\u3000第一章总则\u3000\u3000"
        "第一条为加强我省实验动物管理，根据《某某省实验动物管理办法》(某科财字[2023]016号)之规定，制定本办法。\u3000\u3000"
        "第二条在本省行政区域内实行实验动物许可证制度。\u3000\u3000第三条本办法自2031年12月28日起施行。\n")
r = row("rule.jsonl", 标题="某某省实验动物许可证管理办法（试行）", 时间="2031-12-28", 内容=text)
check(r["kind"] == "regulation", f"a 办法: {r['kind']}")
check(r["fields"].get("doc_number", {}).get("text") == "某科财字〔2031〕1号", f"its bracketed number: {r['fields'].get('doc_number')}")

done()
