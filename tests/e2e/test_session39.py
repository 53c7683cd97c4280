"""Session 39: documents from the twelfth round of held-out sets (probes 77–80) and the open
misses of earlier rounds. Each fixture is modelled on a document of those sets (names, places and
numbers replaced)."""
import json
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()

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

# (Nor are numbers a table runs together, `1 - 2 - 3 - 4`: no page's text between them.)
r = one("table-run.txt", "关于成绩的说明\n\n成绩表 1 - 2 - 3 - 4 - 5 - 6 - 7 - 8 - 9 说明 详见 正文。\n", "--with-text")
check("1 - 2 - 3 - 4 - 5 - 6 - 7 - 8 - 9" in r.get("text", ""), f"a table's run of numbers kept: {r.get('text', '')[-50:]!r}")

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

# A centre's 工作简报 as pdftotext -layout gives it: numbered headlines (`1.`, then `7、`), some
# wrapped, some at the top of a page after its form feed; each item's text opens indented and
# wraps at the width. Every item is a piece, titled without its number, and reads as news.
def wrapped(text, width=28, indent="     "):
    lines, line = [], indent
    for ch in text:
        if len(line.strip()) + (len(indent) // 3 if len(lines) == 0 else 0) >= width:
            lines.append(line)
            line = ""
        line += ch
    lines.append(line)
    return "\n".join(lines)


heads = ["某某大学代表团访问区域研究中心", "中心博士生赴某国出席“产能合作国际学术研讨会”", "张某教授出版译著《某某史学实践——某某史学史》",
         "张某教授出席第12期某某学会年会", "王某教授为中心研究生作讲座并与师生座谈交流", "中心研究生赴某国开展田野调查"]
leads = ["7 月 4 日，某某大学代表团一行 4 人访问区域研究中心，代表团由该大学副校长率领，中心副主任张某教授向客人们介绍了中心研究情况及双方合作的意向。",
         "7 月 8 日，应驻某国大使馆邀请，中心派黄某博士赴某国出席“产能合作国际学术研讨会”，会议由大使馆主办，某某大学承办，与会专家就产能合作进行了交流。",
         "7 月，《某某史学实践——某某史学史》由某某出版社出版，本书由张某教授带领中心博士生一起翻译而成，是国内首本同类史学史译著，受到学界关注。",
         "9 月 10 日，某某学会年会在北京召开，来自全国高校和研究机构的 80 余名学者参加会议，张某教授在会上作了题为《产能合作的个案》的发言。",
         "9 月 18 日下午，王某教授应邀为中心研究生作讲座，讲座由中心主任张某教授主持，20 余名博士生、研究生认真听取了讲座并踊跃提问。",
         "7 月至 9 月，中心先后派出研究生李某、王某赴某国进行田野调查，走访了当地的企业、学校和社区，收集了大量第一手资料，为论文写作打下基础。"]
marks = ["1. ", "2. ", "3. ", "7、", "8、 ", "9、"]
issue = ("教育部“区域和国别研究（培育）基地”\n某某大学区域研究中心\n\n\n        工作简报\n        2031 年第 2 期（总期第 10 期）\n\n"
         "本期要目：\n某某大学代表团访问我中心\n张某教授出版译著\n\n         某某大学区域研究中心编\n\n            2031 年 12 月 31 日\n\n\n")
for n, (m, h, l) in enumerate(zip(marks, heads, leads)):
    page = "\n\n                    %d\n\f" % (n + 1) if n in (2, 4) else "\n\n"
    head = m + h
    if len(head) > 27:  # (wrapped where the width ends, its tail indented as pdftotext leaves it)
        head = head[:27] + "\n   " + head[27:]
    issue += page + head + "\n" + wrapped(l) + "\n" + wrapped(l.replace("，", "；", 1)) + "\n"
recs = process_records(write("jianbao.txt", issue))
items = [x for x in recs if "#" in x["id"]]
got = [x["title"] for x in items]
check(all(h in got for h in heads), f"every numbered item a piece, titled without its number: {got}")
check(all(x["kind"] == "news" for x in items if x["title"] in heads),
      f"a bulletin's items read as news: {[x['kind'] for x in items if x['title'] in heads]}")
check(all(x["fields"].get("bulletin") == "工作简报" for x in items if x["title"] in heads),
      f"the bulletin by its masthead's name: {[x['fields'].get('bulletin') for x in items][:2]}")

# A researcher's catalogue: `iss` (when issued) beside `pub` (when put online); a title-only row
# `国务院公告`; a 批转 notice's issuer before its verb. And a labelling sheet whose rows are
# paragraphs, its `doc_type` column naming the 文种 of the document each comes from.
csv = ("url,title,iss,pub\n"
       "http://gov.example/1.htm,某省人民政府批转省发展改革委关于大力发展生猪生产的意见的通知,1991-12-16,2018-06-14\n"
       "http://gov.example/2.htm,国务院公告,2020-04-03,2020-04-03\n")
rs = process_records(write("catalogue.csv", csv))
check(rs[0]["fields"].get("date") == "1991-12-16", f"the iss column dates the document: {rs[0]['fields'].get('date')}")
check(rs[0]["fields"].get("issuer") == ["某省人民政府"], f"the organ before 批转: {rs[0]['fields'].get('issuer')}")
check(rs[1]["kind"] == "announcement", f"an organ's 公告 by its title alone: {rs[1]['kind']}")
csv = ("url,para_id,year,doc_type,dominant_topic,paragraph_text\n"
       "http://gov.example/3.htm,4,2031,通知,1,某某部办公厅 某某总局办公厅 2031年12月22日\n"
       "http://gov.example/4.htm,2,2031,意见,7,各省、自治区、直辖市人民政府：为进一步加强某某工作，现提出如下意见。\n")
rs = process_records(write("paragraphs.csv", csv))
check([r["kind"] for r in rs] == ["notice", "opinion"], f"the 文种 column gives the kind: {[r['kind'] for r in rs]}")
check(all(r.get("title", "") not in ("1", "7") for r in rs), f"a column of figures (a topic's number) titles no row: {[r.get('title') for r in rs]}")

# A county's 实施意见 in articles, its two organs spaced apart on the line over its title, unsigned:
# both organs issue it.
body = "".join(f"第{n}条 对重点产业新上的工业类项目，按固定资产投资的一定比例给予企业奖励，专项用于企业研发和基础设施建设。\n"
               for n in ["一", "二", "三", "四"])
r = one("joint-head.txt", "中共某某县委 某某县人民政府\n关于支持重点产业加快发展的实施意见\n（2031年2月8日）\n"
        "为全力支持重点产业规模化发展，制定如下实施意见。\n一、政策支持\n" + body)
check(r["fields"].get("issuer") == ["中共某某县委", "某某县人民政府"], f"joint organs over the title: {r['fields'].get('issuer')}")

done()
