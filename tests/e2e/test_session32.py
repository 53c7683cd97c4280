"""Session 32: documents from the fifth round of held-out sets (probes 31–33). Each fixture is
modelled on a document of those sets (names, places and numbers replaced)."""
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


# A note that reposts a whole notice as a Markdown block quote (`> ` and `>` glued to the text):
# the quoted lines are the document, the markers are not.
r = one("quoted.md", "> 某部办公厅关于组织中小学生上好2018年《开学第一课》的通知\n>\n> 某基厅函〔2018〕64号\n>\n"
        ">各省、自治区、直辖市教育厅（教委），某建设兵团教育局：\n>\n"
        "> 为引导各地各校上好2018年《开学第一课》，现将有关事项通知如下。\n>\n> **一、节目播出时间**\n>\n"
        "> 9月1日（星期六）20:00在某电视台综合频道播出。\n>\n> **二、工作要求**\n>\n"
        "> 1. 各地要高度重视，及时把播出时间及频道通知到各中小学校。\n>\n> 某部办公厅\n>\n> 2018年8月22日\n", "--with-text")
f = r["fields"]
check((r["kind"], r["title"]) == ("notice", "某部办公厅关于组织中小学生上好2018年《开学第一课》的通知"), f"a quoted notice: {r['kind']} {r['title']!r}")
check(((f.get("doc_number") or {}).get("text"), f.get("issuer"), f.get("date")) == ("某基厅函〔2018〕64号", ["某部办公厅"], "2018-08-22"),
      f"a quoted notice's fields: {f.get('doc_number')} {f.get('issuer')} {f.get('date')}")
check(f.get("recipients") == ["各省、自治区、直辖市教育厅（教委）", "某建设兵团教育局"], f"a quoted notice's 主送: {f.get('recipients')}")
check(not any(">" in line for line in r["text"].splitlines()), "no quote marker is left in the text")

done()
