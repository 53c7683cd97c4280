"""Session 39: documents from the twelfth round of held-out sets (probes 77–80) and the open
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


# A knowledge-base row holding a PDF's text flattened onto one line: the converter's page marks
# (`第 2 页 - 2 -`) stand between the words, the signature follows the 附件 list, and the
# attachments' forms run on after the date.
text = ("第 1 页 某某大学文件 某字〔2031〕12 号 关于开展2030～2031 学年学生总评工作的通知 各学院： "
        "为全面贯彻党的教育方针， 落实立德树人根本任务， 现就有关事项通知如下。 一、总评范围 全体在校本科生。 第 2 页 - 2 - "
        "二、工作要求 各单位要认真组织， 严格遵循学校制定的各项总评工作规范。 附件：1.2030～2031 学年综合测评工作报告 "
        "2.2030～2031 学年奖学金评定结果汇总表 本科生院 2031 年9 月11 日 第 3 页 - 3 - 附件1 2030～2031 学年综合测评工作报告 "
        "需包含主要内容：综合测评、学校奖学金等工作开展流程。 第 4 页 - 4 - 附件2 2030～2031 学年奖学金评定结果汇总表 单位名称： （公章）")
r = row("flat-pdf.jsonl", title="关于开展2030-2031学年学生总评工作的通知(1)", content=text)
check(r["fields"].get("issuer") == ["本科生院"], f"the organ signing after the 附件 list: {r['fields'].get('issuer')}")
check(r["fields"].get("date") == "2031-09-11", f"the date before a page mark: {r['fields'].get('date')}")
check(r["fields"].get("attachments") == ["2030～2031学年综合测评工作报告", "2030～2031学年奖学金评定结果汇总表"],
      f"the 附件 list run together, cut at each number: {r['fields'].get('attachments')}")
check(r["fields"].get("masthead") == "某某大学文件" or "第1页" not in str(r["fields"].get("masthead")),
      f"no page mark in the masthead: {r['fields'].get('masthead')}")
# (One `第 3 页` in a sentence is the author's: it stays.)
r = one("page-ref.txt", "关于某某工作的说明\n\n具体要求 详见 第 3 页 的 附表， 请 各单位 按时 填报。\n", "--with-text")
check("3 页" in r.get("text", "") or "3页" in r.get("text", ""), "a page reference kept")

# Attachments whose names open with a year (`1.2030年…`), one a line: each after its number.
r = one("years.txt", "某某大学文件\n\n关于开展学年总评工作的通知\n\n各学院：\n\n为全面贯彻党的教育方针，现就有关事项通知如下。\n\n"
        "一、请各学院认真组织。\n\n附件：1.2030～2031学年综合测评工作报告\n2.2030～2031学年奖学金评定结果汇总表\n3.2030年获奖学生名单\n\n"
        "本科生院\n2031年9月11日\n")
check(r["fields"].get("attachments") == ["2030～2031学年综合测评工作报告", "2030～2031学年奖学金评定结果汇总表", "2030年获奖学生名单"],
      f"three attachments: {r['fields'].get('attachments')}")

# A 通报 as its organ publishes it on its site: the organ's verb in the title (`…公开通报…问题`),
# a news lead (日前), the findings (经查) and the decisions. It is the 通报, by the organ; the two
# short names of one office (纪委, 监委) are one issuer.
finding = ("经查，2031年3月，某某县委原书记张某违规接受宴请，收受礼品礼金，造成恶劣影响。"
           "经某某省委批准，决定给予张某开除党籍、开除公职处分。")
page = ('<html><head><title>某某省纪委监委公开通报3起违反中央八项规定精神问题——头条——某某省纪委监委网站</title></head><body>\n'
        '<div class="nav"><a href="/">首页</a></div><div class="article">\n'
        '<h1>某某省纪委监委公开通报3起违反中央八项规定精神问题</h1>\n<p>发布时间：2031-04-27 18:00 来源：某某省纪委监委网站</p>\n'
        '<p>日前，某某省纪委监委对3起违反中央八项规定精神问题进行公开通报。</p>\n'
        + "".join(f"<p>{finding}</p>\n" for _ in range(3)) +
        '<p>某某省纪委监委指出，各级党组织要切实落实全面从严治党政治责任。</p>\n</div></body></html>\n')
r = one("tongbao.html", page)
check(r["kind"] == "circular", f"a published 通报: {r['kind']}")
check(r["fields"].get("issuer") == ["某某省纪委监委"], f"its organ, one office: {r['fields'].get('issuer')}")
# (A report of a meeting that heard one stays news: no findings, no organ's verb in the title.)
r = one("tongbao-news.html", page.replace("公开通报3起违反中央八项规定精神问题</h1>", "召开警示教育大会</h1>")
        .replace("公开通报3起违反中央八项规定精神问题——", "召开警示教育大会——").replace(finding, "会上通报了近期查处的典型案例，与会人员表示要引以为戒。"))
check(r["kind"] == "news", f"a meeting's news stays news: {r['kind']}")

# A school's page (WebPlus): the posting date alone under the headline (`2031.11.30`), and a rule
# its department says it interprets, the title naming the department under its university.
rule = ("第一条 为做好博士研究生招生工作，根据学校有关规定，制定本办法。\n第二条 本办法适用于本学院博士研究生招生。\n"
        + "".join(f"第{n}条 学院研究生招生工作小组负责具体执行，选派专业教师组成考核专家组，对考生的专业基础、科研能力和综合素质进行全面考查，"
                  "研究生招生纪检小组进行全过程监督，确保招生工作公平、公正、公开。\n" for n in "三四五六七八九十")
        + "第十一条 本办法由计算机科学学院负责解释。\n")
page = ('<html><head><title>某某大学计算机科学学院2032年博士研究生招生选拔办法</title></head><body>\n'
        '<div class="nav"><a href="/">首页</a> <a href="/tz">重要通知</a></div>\n'
        '<div class="side"><h3>重要通知</h3><ul>' + "".join(f'<li><a href="/n{i}">关于做好第{i}批研究生招生工作的通知</a></li>' for i in range(8)) +
        '</ul></div>\n<div class="infobox"><div class="article">\n'
        '<h1 class="arti_title">某某大学计算机科学学院2032年博士研究生招生选拔办法</h1>\n'
        '<p class="arti_metas"><span class="arti_update">2031.11.30</span></p>\n'
        '<div class="entry"><div class="read"><div class="wp_articlecontent">\n'
        + "".join(f"<p>{l}</p>\n" for l in rule.splitlines()) + '</div></div></div></div></div></body></html>\n')
r = one("arti.html", page)
check(r["fields"].get("date") == "2031-11-30", f"the posting date under the headline: {r['fields'].get('date')}")
check(r["fields"].get("issuer") == ["某某大学计算机科学学院"], f"the department under its university: {r['fields'].get('issuer')}")

done()
