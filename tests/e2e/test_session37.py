"""Session 37: documents from the tenth round of held-out sets (probes 63–67: 公文 of other issuers,
crawler datasets, PDF/DOC/OFD files, speeches on portals). Each fixture is modelled on a document of
those sets (names, places and numbers replaced)."""
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp = tmpdir()
write = lambda name, content, mode="w": write_file(tmp, name, content, mode)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


# A crawler that appended to its CSV wrote the header again before each batch: those rows are
# no documents, the rows after them are numbered on.
head = "索引号,发布机构,发布日期,政策标题\r\n"
rows = ["000001/2031-00011,某某省人民政府,2031-09-01 11:54:48,某某省人民政府关于某某工作情况的通报\r\n",
        "000001/2031-00012,某某省人民政府办公厅,2031-08-31 19:29:25,某某省人民政府办公厅关于做好某某工作的通知\r\n"]
recs = process_records(write("appended.csv", head + rows[0] + head + head + rows[1]))
check(len(recs) == 2, f"the repeated header read as no document: {len(recs)} records")
check([r["source"].get("row") for r in recs] == [1, 2], f"data rows numbered on: {[r['source'].get('row') for r in recs]}")
check(recs[-1]["title"] == "某某省人民政府办公厅关于做好某某工作的通知" and recs[-1]["kind"] == "notice",
      f"the row after the repeated header read: {recs[-1]['title']} {recs[-1]['kind']}")
check(any(d["id"] == "read.header_repeated" for d in recs[0]["diagnostics"]), f"the skipped rows said: {recs[0]['diagnostics']}")

# A page exported from Word: each paragraph a `<div>` of spans, under a parent whose class reads
# as a list (`news-list1`). The article is their parent, not the longest paragraph.
para = lambda t: f'<div style="text-indent:24.0pt;line-height:24.0pt;"><span style="font-size:12.0pt;font-family:宋体;">{t}</span></div>\n'
body = ("一、严禁利用名义牟利", "参与某某工作，既是社会组织的重要责任，又是社会组织服务国家、服务社会的重要体现，严禁任何社会组织违规从事牟利活动。",
        "二、严肃查处违法违规活动", "各地有关部门要加大对社会组织参与某某活动的管理，严肃查处违法违规活动，对挪用、截留资金的要严肃予以查处。",
        "三、建立长效激励约束机制", "各级有关部门和社会组织业务主管单位要建立正向激励机制和督促约束机制，及时发现和总结好经验好做法，推出一批先进典型和成功案例，"
        "支持和指导社会组织用好有关政策，及时解决社会组织参与工作遇到的困难和问题，加大对先进社会组织的宣传力度。"
        "有关部门要通过依法登记、年检年报、评估、认定、审定等工作，支持、规范社会组织参与工作，牵头建立协调服务机制，"
        "推动资源供给和需求实现有效对接，积极推荐参评，定期统计汇总、通报情况，规范和约束有关活动，再发动、再动员。")
page = ('<html><body><div class="nav"><a href="/">首页</a> <a href="/a">通知公告</a> <a href="/b">政策法规</a></div>\n'
        '<div class="news-list1"><p align="center">某某办综合司 某某部办公厅 关于规范社会组织参与某某工作的通知</p>\n'
        '<div align="center">时间：2031-07-02 09:42:19 来源：某某信息网</div>\n'
        '<div style="line-height:24.0pt;"><p align="center">某开办司发〔2031〕6号</p></div>\n'
        + para("全国性社会组织各业务主管单位，各省、自治区、直辖市有关部门：")
        + para("为规范社会组织参与某某工作，现就有关事项通知如下。")
        + "".join(para(t) for t in body)
        + '<div align="right"><span>某某办综合司</span><span>某某部办公厅</span></div>\n'
        '<div align="right"><span>2031</span><span>年</span><span>5</span><span>月</span><span>28</span><span>日</span></div>\n'
        '</div><p>上一篇：<a href="/x">关于某某的实施意见</a></p></body></html>\n')
r = one("word-divs.html", page, "--with-text")
check("一、严禁利用名义牟利" in r.get("text", "") and "三、建立长效激励约束机制" in r.get("text", ""),
      f"every paragraph of the article kept: {r.get('text', '')[:80]!r}")
check(r["kind"] == "notice", f"the notice read whole: {r['kind']}")
check((r["fields"].get("doc_number") or {}).get("text") == "某开办司发〔2031〕6号", f"its number: {r['fields'].get('doc_number')}")
check(r["fields"].get("issuer") == ["某某办综合司", "某某部办公厅"], f"the two organs of the signature glued into one line: {r['fields'].get('issuer')}")

# A joint document on a portal: the page's heading is its `关于…` line alone; the document sets
# its issuers over it, a line or two of organs. The title is the printed one, issuers and all.
page = ('<html><body><div class="content"><h1>关于推进某某行业诚信自律建设工作的意见</h1>\n'
        '<p>时间：2032-12-01 11:18:46 来源：某某信息网</p>\n'
        '<p align="center">民政部 中央编办 发展改革委 工业和信息化部</p>\n<p align="center">商务部 人民银行 全国工商联</p>\n'
        '<p align="center">关于推进某某行业诚信自律建设工作的意见</p>\n<p align="center">（民发〔2031〕225号）</p>\n'
        '<p>各省、自治区、直辖市民政厅（局）、编办、发展改革委，各全国性行业协会商会：</p>\n'
        '<p>某某行业诚信自律建设，对于加强和改进某某行业管理，提高公信力，促进健康发展具有重要意义。现提出以下意见。</p>\n'
        '<p>一、总体要求</p>\n<p>坚持依法依规，坚持政府引导和行业自律相结合，推动某某行业诚信建设取得实效。</p>\n'
        '<p align="right">民政部 中央编办 发展改革委</p>\n<p align="right">工业和信息化部 商务部 人民银行 全国工商联</p>\n'
        '<p align="right">2031年11月24日</p>\n</div></body></html>\n')
r = one("joint.html", page)
check(r["title"].replace(" ", "") == "民政部中央编办发展改革委工业和信息化部商务部人民银行全国工商联关于推进某某行业诚信自律建设工作的意见",
      f"the printed title with the issuers set over it: {r['title']}")

# A shareholder's answer to a listed company's letter: no 文种 in its title (`…问询函的回复`), closed
# by `特此回函！`, signed on one line with its role's label, the organ and the date glued together.
r = one("huihan.md", "关于对某某集团股份有限公司股票交易异常波动问询函的回复\n\n某某集团股份有限公司：\n\n"
        "本公司已于2031年5月8日收到贵公司发来的《某某集团股份有限公司股票交易异常波动的问询函》，经本公司认真自查，现回复如下：\n\n"
        "本公司为某某集团股份有限公司的控股股东，截至目前不存在影响公司股票交易异常波动的重大事项，不存在其他应披露而未披露的重大信息。\n\n"
        "特此回函！\n\n控股股东：某某能源集团新材料有限公司2031年5月8日\n")
check(r["kind"] == "letter", f"a letter by its close: {r['kind']}")
check(r["fields"].get("issuer") == ["某某能源集团新材料有限公司"], f"the organ that signs, its role's label left: {r['fields'].get('issuer')}")
check(r["fields"].get("date") == "2031-05-08", f"dated by its signature: {r['fields'].get('date')}")

# Commentaries: a paper's titled by its commentator (`某某社评论员：…`), a magazine's whose page names
# the commentator in its author slot (`作者：《某某》杂志评论员`).
body = ("<p>“要切实为群众办实事解难题”，在某某动员大会上，有关负责同志强调要把学习同解决实际问题结合起来，开展好实践活动。</p>\n"
        "<p>百年历史，就是真抓实干、务实为民的历史。实干是最有力的证明，人心是最大的政治。</p>\n"
        "<p>知是行之始，行是知之成。党员干部要焕发实干者的精气神，奋力开创各项事业发展新局面。</p>\n")
page = ('<html><head><title>某某社评论员：牢牢把握办实事这个基本着力点</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/x">评论</a></div><div class="article">'
        '<h1>某某社评论员：牢牢把握办实事这个基本着力点</h1><p>来源：某某网 2031-03-26</p>\n' + body + '</div></body></html>\n')
r = one("pinglun.html", page)
check(r["kind"] == "editorial" and r["fields"].get("byline") == "某某社评论员", f"a commentary titled by its commentator: {r['kind']} {r['fields'].get('byline')}")
check(r["title"] == "某某社评论员：牢牢把握办实事这个基本着力点", f"its title kept: {r['title']}")
page = ('<html><head><title>在学习中更好走向未来</title></head><body><div class="article"><h1>在学习中更好走向未来</h1>'
        '<div class="info">作者：《某某》杂志评论员　　来源：某某网　　时间：2031-03-15</div>\n' + body + '</div></body></html>\n')
r = one("zazhi.html", page)
check(r["kind"] == "editorial" and r["fields"].get("byline") == "《某某》杂志评论员", f"a magazine's commentator in the author slot: {r['kind']} {r['fields'].get('author')} {r['fields'].get('byline')}")

# A compilation of dated documents, its text hard-wrapped (pdftotext): contents that number their
# items `N)` and end each with its date, the body numbering them `00N)`; two documents of one title
# (`在某某大学的讲话` of two days) are two articles; a title's number is none of its words.
wrap = lambda t, w=30: [t[i:i + w] for i in range(0, len(t), w)]
speech = "同志们：今天我们到这里来，是向大家学习的。大家提出了很多很好的意见，我们都认真听了，回去以后还要认真研究，把大家的意见转达上去。希望大家团结起来，把工作做好，把学习搞好，谢谢大家！"
items = [("某某同志在某某大学的讲话会议纪要", "2031.7.22"), ("某某同志在某某大学的讲话会议纪要", "2031.7.23"),
         ("某某同志在某某学院全校大会上的讲话", "2031.7.24"), ("某某同志对某某中学学生代表的讲话", "2031.7.26"),
         ("某某同志在某某研究院职工大会上的讲话", "2031.7.30")]
lines = ["某某同志讲话汇编（2031）", "", "目录", ""]
lines += [f"{k}) {t} {d}" for k, (t, d) in enumerate(items, 1)]
lines += ["", ""]
for k, (t, d) in enumerate(items, 1):
    lines += [f"{k:03d}) {t}", "", "某某", d, ""] + wrap(speech * 4) + ["", ""]
recs = process_records(write("huibian.txt", "\n".join(lines) + "\n"))
arts = [r for r in recs if r["source"].get("container")]
check(recs[0]["source"]["layout"] == "hard-wrapped", f"read as hard-wrapped text: {recs[0]['source']['layout']}")
check([a["title"] for a in arts] == [t for t, _ in items], f"every dated document of the contents an article, its title bare: {[a['title'] for a in arts]}")
check(len({a["source"]["line_start"] for a in arts}) == len(items), f"two documents of one title start apart: {[a['source']['line_start'] for a in arts]}")

# An e-mail magazine's issue put on the web as it was: one <pre> holds its text. Read as that text,
# it splits by its own contents (a saved page of one article would not).
para = "　　" + "我们那一代人经历了许多事情，有些至今想起来仍然历历在目。回忆这些往事，是为了让后人了解那段历史，" * 3 + "\n"
arts = [("恐怖岁月", "和地狱之门擦肩而过（上）", "马　杰"), ("文献资料", "在某某会议上的讲话", "某某某"),
        ("劫后反思", "老三届该不该自责？", "林小某"), ("动荡岁月", "一月风暴的来龙去脉（选载之五）", "朱某某")]
pre = "　　　文革博物馆通讯（一一八九）·某某文摘增刊第一三五七期\n　　　　　　（二〇三一年三月六日出版）\n" + "—" * 36 + "\n　　　　　　本期目录\n" + "—" * 36 + "\n"
pre += "".join(f"【{c}】　{t}　　　　　　　　{a}\n" for c, t, a in arts) + "—" * 36 + "\n"
for c, t, a in arts:
    pre += f"【{c}】\n　　　　　　　　{t}\n　　　　　　　　　·{a}·\n\n" + para * 3 + "\n～～～～～～～～～～～～～～～～～～\n"
recs = process_records(write("tongxun.html", "<html>\n<center><img src=\"/images/logo.gif\"></center><hr>\n<pre>\n" + pre + "</pre>\n</html>\n"))
check(recs[0]["source"]["layout"].startswith("html-pre/"), f"a text in a <pre>: {recs[0]['source']['layout']}")
check([r["title"] for r in recs if r["source"].get("container")] == [t for _, t, _ in arts], f"its articles by its contents: {[r['title'] for r in recs]}")

# A study material's issue reprinting one report: its parts `一、…` with items `1.…` under them read as
# title blocks under the masthead. One document's outline: not split.
prose = "\n".join(wrap("无产阶级革命导师历来重视这个问题，认为这是一种根本的和主要的东西。研究它的新变化，明了相互关系，这是我们正确理解、自觉执行路线和政策的必要前提。" * 3, 38)) + "\n\n"
heads = [("一、关于某某关系的三个基本问题", ["1.为什么要研究这个问题？", "2.怎样研究这个问题？"]),
         ("二、关于某某在哪里的问题", ["1.从哲学观点来看", "2.从有关论述来看"]),
         ("三、关于为什么会产生这个问题", []), ("四、关于怎样认识这个问题", []), ("五、关于给我们提出什么课题的问题", [])]
text = "                     第 二 期\n   学习参考材料                 2031 年 5 月 15 日\n\n              某某市委宣传部印\n     （供内部参考）\n\n\n   关于某某时期的某某关系问题\n\n"
for h, subs in heads:
    text += f"          {h}\n\n" + (prose if not subs else "".join(f"    {x}\n\n" + prose for x in subs))
recs = process_records(write("xuexi.txt", text))
check(len(recs) == 1, f"one report's parts and items split nothing: {[(r['source']['line_start'], r['title']) for r in recs]}")
check(recs[0]["title"] == "关于某某时期的某某关系问题", f"titled by its report, not by the masthead's issue number: {recs[0]['title']}")

# A news release that publishes a document in full: the record is the document (its 文种, its title,
# the organs the lead names), not the release.
release = ("中共某某办公厅 某某院办公厅印发《关于实施某某文物保护利用工程（2031－2035年）的意见》\n\n"
           "新华社北京7月29日电 近日，中共某某办公厅、某某院办公厅印发了《关于实施某某文物保护利用工程（2031－2035年）的意见》，"
           "并发出通知，要求各地区各部门结合实际认真贯彻落实。\n\n《关于实施某某文物保护利用工程（2031－2035年）的意见》全文如下。\n\n"
           "为切实加强新时代某某文物工作，现就实施某某文物保护利用工程（2031－2035年）提出如下意见。\n\n一、重要意义\n\n"
           "某某文物凝结着光荣历史，是激发爱国热情、振奋民族精神的深厚滋养。\n\n二、总体要求\n\n"
           "坚持保护为主、抢救第一，坚持统筹协调、整体推进。\n\n三、组织实施\n\n各地区各部门要加强组织领导，抓好各项任务落实。\n")
r = one("release.txt", release)
check(r["kind"] == "opinion" and r["title"] == "关于实施某某文物保护利用工程（2031－2035年）的意见", f"the document published in full: {r['kind']} {r['title']}")
check(r["fields"].get("issuer") == ["中共某某办公厅", "某某院办公厅"] and r["fields"].get("issuer_from") == "release",
      f"issued by the organs the lead names: {r['fields'].get('issuer')} {r['fields'].get('issuer_from')}")

# A journal's speech printed from its page: headed by the speaker's name and a colon, no 讲话 in the
# title, closed by the publisher's note that says whose speech it is and when it was given.
qs = ("王某某：用好红色资源 赓续红色血脉 努力创造无愧于历史和人民的新业绩\n作者：王某某 来源：《某某》2031/19 2031 年 09 月 30 日\n\n"
      "今天，某某局进行第三十一次集体学习，内容是用好红色资源、赓续红色血脉。这次集体学习是带头开展学习教育的一项重要安排。\n"
      "刚才，我们参观了某某红楼、某某故居，这两个地方在历史上都具有标志性意义。\n"
      "红色是最鲜亮的底色，红色资源星罗棋布，红色血脉代代相传。每一个历史事件、每一位英雄，都代表着我们走过的光辉历程。\n"
      "同志们！我们要赓续红色血脉，努力创造不负先辈期望、无愧于历史和人民的新业绩。\n"
      "这是王某某总书记 2031 年 6 月 25 日在某某局第三十一次集体学习时的讲\n话。\n")
r = one("qiushi.txt", qs)
check(r["kind"] == "speech", f"a speech by its publisher's note: {r['kind']} {r['scores']}")
check(r["fields"].get("speaker") == "王某某" and r["fields"].get("date") == "2031-06-25", f"its speaker and date from the note: {r['fields'].get('speaker')} {r['fields'].get('date')}")
check(r["title"].replace(" ", "") == "用好红色资源赓续红色血脉努力创造无愧于历史和人民的新业绩", f"the title without its speaker's name: {r['title']}")

# A dataset's row: the title in its own column, the text an issuing notice without its title, the
# plan it issues after its signature. The notice is dated by its signature, the plan a linked record.
import csv as _csv, io as _io
content = ("\n各区人民政府，市政府各委、办、局，各有关单位：\n\u2003\u2003现将《某某市推动设备更新行动计划（2031-2035年）》印发给你们，请认真贯彻执行。\n"
           "\u2003\u2003某某市人民政府\n\u2003\u20032031年4月23日\n\u00a0\n某某市推动设备更新行动计划（2031-2035年）\n"
           "\u2003\u2003为贯彻落实有关要求，强化标准引领和政策保障，促进产业高端化、智能化、绿色化发展转型，制定本行动计划。\n"
           "\u2003\u2003一、推动开展设备更新\n\u2003\u2003（一）推进生产设备数字化智能化升级更新。加大力度推进工业企业数字化转型和技术改造。\n"
           "\u2003\u2003（二）推进建筑和市政基础设施领域设备更新。加快更新不符合现行产品标准的设备。\n"
           + "".join(f"\u2003\u2003（{n}）推进第{n}类设备更新。加快更新老旧设备，提升安全智能水平。（责任单位：市经济信息化委）\n" for n in "三四五六七八九十")
           + "\u2003\u2003二、保障措施\n\u2003\u2003各部门要加强跟踪分析，推动各项任务落实落细，重大事项及时按程序请示报告。\n")
buf = _io.StringIO()
w = _csv.writer(buf, lineterminator="\r\n")
w.writerow(["publishTime", "content", "name"])
w.writerow(["2031-04-30 00:00:00", content, "某某市人民政府关于印发《某某市推动设备更新行动计划（2031-2035年）》的通知"])
recs = process_records(write("rows.csv", buf.getvalue()))
check(recs[0]["kind"] == "notice" and recs[0]["fields"].get("date") == "2031-04-23", f"the notice dated by its signature: {recs[0]['kind']} {recs[0]['fields'].get('date')} {recs[0]['fields'].get('date_from')}")
check(len(recs) == 2 and recs[1]["title"] == "某某市推动设备更新行动计划（2031-2035年）", f"the plan it issues: {[r['title'] for r in recs]}")

# A regulation known by its title alone (a list's row): the title in a 公文's form names its organ.
r = one("guiding.json", '{"source": "某某网", "items": [{"title": "某某院关于对外投资的规定", "link": "https://example.org/a.htm", "date": "2031-06-01"}, '
        '{"title": "某某院办公厅关于做好某某工作的通知", "link": "https://example.org/b.htm", "date": "2031-06-02"}]}')
check(r["kind"] == "regulation" and r["fields"].get("issuer") == ["某某院"] and r["fields"].get("issuer_from") == "title",
      f"the organ before 关于: {r['kind']} {r['fields'].get('issuer')} {r['fields'].get('issuer_from')}")

# A paper's page without masthead or contents: each piece a centred title over its text, closed by
# its signature (and date); a byline of a trade and a name; a reader's letter.
body = "　　我们一定要认真学习，虚心地向工人师傅学习，做工人群众的小学生，和工人同志们打成一片，把这场运动推向一个新的阶段！\n"
page = ("　　　　　　到工厂去，去学习、去宣传\n\n" + body * 4 + "\n　　　　　　　　某某学院红卫兵某某兵团\n　　　　　　　　　　一九六六年十一月三十日\n\n\n"
        "　　　　　　彻底摧毁某某机床厂的顽固堡垒\n\n（按语）我们在此登载了某某机床厂工人张某某同志的控诉，他出身于工人家庭，在这次运动中却被打成了“反革命”，并进行过多次非法的审讯。\n"
        + body * 2 + "\n　　　　　　　　某某学院《东方红》公社\n\n\n"
        "　　　　　　　　愤怒的控诉  严厉的声讨\n\n　　　　　　　某某机床厂工人 张嘉才\n\n" + body * 3 + "\n\n"
        "　　　　　　　　　　工人的来信\n\n某某学院《东方红》公社革命学生们：\n\n" + body * 3)
recs = process_records(write("baozhi.txt", page))
arts = [r["title"].replace(" ", "").replace("\u3000", "") for r in recs if r["source"].get("container")]
check(arts == ["到工厂去，去学习、去宣传", "彻底摧毁某某机床厂的顽固堡垒", "愤怒的控诉严厉的声讨", "工人的来信"], f"every piece of the page: {arts}")

# A site's short heading over the title the document prints, otherwise worded, over its salutation.
page = ('<html><head><title>某某大学2031考点公告</title></head><body><div class="content"><h1>某某大学2031考点公告</h1>\n'
        '<p>作者：研究生院 发布时间：2030-09-15</p>\n<p align="center">2031年度硕士研究生招生考试</p>\n<p align="center">某某大学报考点公告</p>\n'
        '<p>各位考生:</p>\n<p>欢迎报考2031年度全国硕士研究生，现将我考点相关事项公告如下:</p>\n<p>一、考生在报名前请仔细阅读各招生单位发布的相关公告。</p>\n'
        '<p>二、现场确认时间：2030年11月9日—11日。逾期不再补办。</p>\n<p align="right">某某大学报考点</p>\n<p align="right">2030年9月15日</p>\n</div></body></html>\n')
r = one("kaodian.html", page)
check(r["title"] == "2031年度硕士研究生招生考试某某大学报考点公告", f"the title the document prints: {r['title']}")

done()
