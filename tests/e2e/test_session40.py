"""Session 40: documents from the thirteenth round of held-out sets (probes 82–86) and the open
misses of earlier rounds. Each fixture is modelled on a document of those sets (names, places and
numbers replaced)."""
import json
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp = tmpdir()
write = lambda name, content, mode="w": write_file(tmp, name, content, mode)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


def row(name, **cells):
    return one(name, json.dumps(cells, ensure_ascii=False) + "\n")


# A 实施意见 written in articles (第1条 under 一、政策支持, an effective clause): its 文种 says it
# is an opinion; the articles do not make it a regulation.
body = "".join(f"第{n}条 对重点产业新上的工业类项目，按固定资产投资的一定比例给予企业奖励，专项用于企业研发和基础设施建设。\n"
               for n in range(1, 6)) + "第6条 本政策自发布之日起施行，暂定三年有效期。\n"
r = one("articles-opinion.txt", "中共某某县委 某某县人民政府\n关于支持重点产业加快发展的实施意见\n（2031年2月8日）\n"
        "为全力支持重点产业规模化发展，制定如下实施意见。\n一、政策支持\n" + body)
check(r["kind"] == "opinion", f"a 实施意见 in articles is an opinion: {r['kind']}")
check(r["fields"].get("doc_type") == "意见", f"its 文种: {r['fields'].get('doc_type')}")

# The 工作意见 a notice issues, titled without 关于 (`某某市义务教育阶段学校招生工作意见`): an opinion.
recs = process_records(write("issued-opinion.txt",
    "某某市教育局关于印发某某市义务教育阶段学校招生工作意见的通知\n\n各镇区教育局，市直属学校：\n\n"
    "现将《某某市义务教育阶段学校招生工作意见》印发给你们，请认真贯彻执行。\n\n某某市教育局\n2031年3月6日\n\n"
    "某某市义务教育阶段学校招生工作意见\n\n为做好我市义务教育阶段学校招生工作，现提出如下意见。\n\n一、基本原则\n\n"
    "1.坚持免试就近入学原则，保障适龄儿童少年依法接受义务教育。\n\n2.坚持公开公平公正，实行阳光招生。\n\n二、督查和处罚\n\n"
    "3.各学校要严格执行招生计划，不得擅自扩大招生规模。\n"))
kinds = [(x["kind"], x["title"]) for x in recs]
check(len(recs) == 2 and recs[1]["kind"] == "opinion", f"the issued 工作意见 is an opinion: {kinds}")

done()
