"""Session 26: 公文 as forums and pages print them.
A forum (Discuz) hides anti-copy noise between the words of a post (`<font class="jammer">`); a text
copy of the page keeps it (`( h" U& D( x# u`), and it must not reach a title or an issuer. A 通告 whose
title runs on into its body after a space is still a 通告. Modelled on a forum's repost of a city's
通告 (names and text replaced)."""
import json
import os
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)


def check_letter(r, what, kind, recipients, issuer, date):
    """A 公文's kind, its 主送, its signature and its date, as one check."""
    f = r["fields"]
    got = (r["kind"], f.get("recipients"), f.get("issuer"), f.get("date"))
    check(got == (kind, recipients, issuer, date), f"{what}: {got}")

# The noise stands alone on a line, inside a title wrapped over two lines, and glued to the body.
NOISY = '''某某论坛 - 政务资讯

5 L3 [: q+ \\* T! N2 P某某市人民政府
+ f m& s' G% W% M% h" u 关于加强节日期间城区交通秩序管理的通告
" B( U7 W' ~1 q2 u- Y, k) }% l, o为了维护节日期间城区交通秩序,确保广大群众人身、财产安全,根据有关法律规定,现就有关事项通告如下:
$ b# _6 a: y8 c$ R0 ^8 ?% a4 e2 g
一、节日期间严禁在城区主干道占道聚集。 0 t2 ]$ [; F% ~: }$ G( @
二、对违反本通告的,由公安机关依法处理。 " p5 y1 g6 ?# d
三、本通告自发布之日起施行。
某某市人民政府
2018年12月20日
'''
r = process_records(write("noisy.txt", NOISY), "--with-text")[0]
f = r["fields"]
check(r["kind"] == "public_notice" and r["title"] == "某某市人民政府关于加强节日期间城区交通秩序管理的通告",
      f"a title through a forum's noise: {r['kind']} {r['title']!r}")
check(f.get("issuer") == ["某某市人民政府"] and f.get("date") == "2018-12-20", f"signature and date: {f.get('issuer')} {f.get('date')}")
check(any(d["id"] == "clean.jammer" for d in r["diagnostics"]), f"the noise is reported: {[d['id'] for d in r['diagnostics']]}")
check("m&" not in r["text"] and "0 t2" not in r["text"] and "k) }%" not in r["text"], "no run of noise is left in the text")
check("现就有关事项通告如下" in r["text"] and "一、节日期间严禁在城区主干道占道聚集。" in r["text"], "the words around the noise are kept")

# What looks like noise but is a writer's: options, a formula, a code list. One line of it
# in a document is left alone, and so are these shapes anywhere.
PLAIN = '''某某县教育局关于组织教师业务考试的通知
各乡镇中心学校:
试题格式示例如下:A. B. C. D. E. F. 各选项之间空一格。
计算公式为 x + y = z - w ,结果保留两位小数。
请各校按要求组织考试。
某某县教育局
2020年5月6日
'''
r = process_records(write("plain.txt", PLAIN), "--with-text")[0]
check("A. B. C. D. E. F." in r["text"] and "x + y = z - w" in r["text"], f"a writer's letters and formulas are kept: {r['text'][:200]!r}")
check(not any(d["id"] == "clean.jammer" for d in r["diagnostics"]), "no noise reported in a plain notice")

# The page itself: the noise in `<font class="jammer">`, which the forum's style sheet hides.
PAGE = '''<html><head><meta charset="utf-8"><title>某某市人民政府关于加强节日期间城区交通秩序管理的通告 - 某某论坛</title></head>
<body><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
某某市人民政府<font class="jammer">5 L3 [: q+</font><br />
关于加强节日期间城区交通秩序管理的通告<font class="jammer">+ f m&amp; s' G%</font><br />
为了维护节日期间城区交通秩序,根据有关法律规定,现就有关事项通告如下:<br />
一、节日期间严禁在城区主干道占道聚集。<span style="display:none">$ b# _6 a:</span><br />
二、本通告自发布之日起施行。<br />
某某市人民政府<br />
2018年12月20日<br />
</td></tr></table></div></body></html>
'''
r = process_records(write("forum.html", PAGE), "--with-text")[0]
check(r["title"] == "某某市人民政府关于加强节日期间城区交通秩序管理的通告" and "m&" not in r["text"] and "L3" not in r["text"],
      f"a forum page's hidden noise is no text of it: {r['title']!r} {r['text'][:120]!r}")

# A 通告's title run on into its body after a space, the line breaks of the rest kept.
RUN_ON = '''关于加强步行街管理的通告 为打造高品质商业街,提高街区精细化管理水平,营造良好的经营环境,特通告如下
一、本通告所称步行街是指中山路东至人民大道、西至沿河大道的路段。
二、任何单位和个人均应遵守本通告规定。
三、本通告自2022年10月28日起施行。
某某区步行街管理领导小组
2022年10月20日
'''
r = process_records(write("run_on.txt", RUN_ON))[0]
check(r["kind"] == "public_notice" and r["title"] == "关于加强步行街管理的通告",
      f"a title run on into its body after a space: {r['kind']} {r['title']!r}")

# A sample-text (范文) site's page copied as text: its title printed twice on the first line,
# the body run on after the copy; another's title with the count of what the page holds.
DOUBLED = ("某公司董事长在劳模座谈会上的讲话某公司董事长在劳模座谈会上的讲话同志们:今天,我们在这里召开公司劳模先进座谈会,"
           "主要是想当面倾听一下大家的心声,听取大家对公司各方面工作的意见和建议。\n刚才,几位同志作了很好的发言,我完全同意。\n"
           "下面,我讲几点意见。\n一、弘扬劳模精神。\n二、立足岗位建功立业。\n")
r = process_records(write("doubled.txt", DOUBLED), "--with-text")[0]
check(r["kind"] == "speech" and r["title"] == "某公司董事长在劳模座谈会上的讲话", f"a title printed twice is one title: {r['kind']} {r['title']!r}")
check(r["text"].count("劳模座谈会上的讲话") == 1 and "同志们:今天" in r["text"], f"the copy is dropped, the body kept: {r['text'][:80]!r}")
check(any(d["id"] == "clean.doubled_heading" for d in r["diagnostics"]), "the dropped copy is reported")
for note in ("范文1655字", "（通用5篇）", "(精选3篇)", "范文(通用12篇)", ".doc", "[VIP]", ".docx[VIP]"):
    r = process_records(write("sample.txt", DOUBLED.split("同志们")[0][:16] + note + "\n同志们:" + DOUBLED.split("同志们:")[1]))[0]
    check(r["title"] == "某公司董事长在劳模座谈会上的讲话", f"a sample site's note `{note}` is no part of the title: {r['title']!r}")
# A title that ends with a count of its own is left whole.
r = process_records(write("own_count.txt", "关于印发《公文写作常见错误100例》的通知\n各科室:\n现将材料印发给你们,请认真学习。\n某某局办公室\n2020年3月2日\n"))[0]
check(r["title"] == "关于印发《公文写作常见错误100例》的通知", f"a title's own numbers stay: {r['title']!r}")

# A procuratorate's report to the congress has the form of the government's: title, session
# line, the reporter's line, the delivery formula. Modelled on a county procuratorate's report.
COURT = """某某县第十八届人民代表大会第三次会议文件(六)
某某县人民检察院工作报告
——2024年1月19日在某某区人大工作会议
暨某某县第十八届人民代表大会第三次会议上
某某县人民检察院检察长 王某某
各位代表:
现在,我代表某某县人民检察院,向大会报告工作,请予审议,并请各位政协委员和列席人员提出意见。
一、2023年工作回顾
2023年,全院共办理各类案件1200件,同比上升5%。
二、2024年工作安排
"""
r = process_records(write("court.txt", COURT))[0]
f = r["fields"]
check(r["kind"] == "work_report" and r["title"] == "某某县人民检察院工作报告" and f.get("doc_type") == "人民检察院工作报告",
      f"a procuratorate's report is a work report: {r['kind']} {r['title']!r} {f.get('doc_type')}")
check(f.get("issuer") == ["某某县人民检察院"] and f.get("date") == "2024-01-19" and f.get("region") == "某某县",
      f"the organ that reports, the day, the congress of a joint meeting: {f.get('issuer')} {f.get('date')} {f.get('region')}")

# A township's notice titled by its 文种 alone, the page's facts between it and its 主送.
BARE = """通 知
2022-09-09 16:49
浏览次数:
信息来源:机关
各驻村分中心、行政村(社区):
近期,我镇秸秆露天焚烧现象较多,现要求各村加大禁止露天焚烧的宣传力度,指派专人开展巡查。
某某镇人民政府
2022年9月9日
"""
check_letter(process_records(write("bare.txt", BARE))[0], "a notice titled 通 知 over the page's facts",
             "notice", ["各驻村分中心、行政村(社区)"], ["某某镇人民政府"], "2022-09-09")
# A society's notice with no title, its turn closing a sentence (`…通知如下。`), on a mirror that
# glosses only the characters it converted with doubt: more than a few glosses, however sparse.
GLOSSED = "發(fā)布時間:2022年12月08日 來源:某某學會\n各專業(yè)委員會,各單位會員:\n學會自即日起開始受理2023年度學術活動的申報,有關申報事宜通知如下。\n" + \
    "".join(f"{n}、本會主辦的學術會議應當按照規定的程序申報,經秘書處審核後列入年度計劃,未列入計劃的會議不得以本會名義舉辦,各單位應當認真做好組織工作,確保會議質量和安全。會議發(fā)放材料應當節約。\n" for n in "一二三四五六七八九十")
r = process_records(write("glossed.txt", GLOSSED), "--with-text")[0]
f = r["fields"]
check(r["kind"] == "notice" and f.get("recipients_text") == "各專業委員會,各單位會員", f"a notice without its title, by its turn: {r['kind']} {f.get('recipients_text')!r}")
check("(fā)" not in r["text"] and "(yè)" not in r["text"], "eleven sparse glosses are a converter's, dropped")
# A 公告 addressed to no one whose first paragraph turns to its matter (a hospital's recruitment).
HOSPITAL = """经市卫生局批准,某某市人民医院面向社会公开招聘工作人员,现将有关事宜公告如下:
一、招聘原则
坚持面向社会、公开招聘,坚持公开、平等、竞争、择优。
二、招聘岗位和计划
计划招聘213名,各岗位具体招聘人数和条件见岗位简章。
三、招聘方法和程序
实行面向社会公开考试招聘的方法。
"""
r = process_records(write("hospital.txt", HOSPITAL))[0]
check(r["kind"] == "announcement", f"a 公告 that opens with its turn: {r['kind']}")
# The same turn quoted in a report is no 公告.
r = process_records(write("quoted.txt", "一季度工作总结\n一、主要工作\n我院按照卫生局要求发布了招聘公告,其中写明“现将有关事宜公告如下”。\n二、存在问题\n人员不足。\n"))[0]
check(r["kind"] != "announcement", f"a report quoting the turn: {r['kind']}")

# A sample-text site's page of 请示: its label for the page names a report (工作报告内容页), its
# timestamp runs into its column, its pieces are `…范文 篇1`. A village's 请示, not a speech.
SAMPLES = """某某帮工作报告内容页

修建道路请示范文(推荐3篇)

2023-04-21 21:43:01工作报告

修建道路请示范文(推荐3篇)

修建道路请示范文 篇1

镇党委、政府:

我村位于集镇中心东北部,辖14个村民小组,共5858人。多年来,村民小组之间交通十分不便,严重制约经济的发展。为此,特申请修建村组道路3公里,所需资金由镇政府给予支持。

妥否,请批示。

某某村村民委员会

2023年4月20日
"""
r = process_records(write("samples.txt", SAMPLES))[0]
f = r["fields"]
check(r["kind"] == "request" and f.get("recipients") == ["镇党委、政府"] and f.get("issuer") == ["某某村村民委员会"],
      f"a 范文 site's 请示: {r['kind']} {r['title']!r} {f.get('recipients')} {f.get('issuer')}")

# A county's order proclaimed to all, named by what it orders (禁火令), under the organ's line.
ORDER = """某某县人民政府
森林防火禁火令
为有效防范和遏制森林火灾,保障人民群众的生命财产和森林资源安全,根据《森林防火条例》等法律法规的规定,特发布如下禁火令:
一、我县全年为森林防火期。
二、严禁在山林旁边烧田埂草。
二○一二年九月二十日
"""
r = process_records(write("order.txt", ORDER))[0]
check(r["kind"] == "order" and r["title"] == "某某县人民政府森林防火禁火令" and r["fields"].get("date") == "2012-09-20",
      f"a 禁火令 is an order: {r['kind']} {r['title']!r} {r['fields'].get('date')}")
# A 公报 numbered in words, a footnote's mark left in its title, the page's timestamp over it.
COMMUNIQUE = """2021-05-14 10:59:10
第七次全国人口普查公报[1](第一号)
——第七次全国人口普查工作基本情况
国家统计局
国务院第七次全国人口普查领导小组办公室
2021年5月11日
根据《中华人民共和国统计法》《全国人口普查条例》规定,我国进行了第七次全国人口普查[2]。
一、领导和组织
"""
r = process_records(write("communique.txt", COMMUNIQUE))[0]
check(r["kind"] == "communique" and r["title"] == "第七次全国人口普查公报(第一号)",
      f"a 公报 numbered in words, without its footnote's mark or the page's time: {r['kind']} {r['title']!r}")
# A township's answer to a deputy's proposal is a 函; `选择语言` and a news app's call are a page's.
ANSWER = """选择语言
打开某某新闻 查看更多图片
您当前所在位置: 首页 > 政务公开 > 议案(建议)提案处理
某某镇人民政府关于区十八届人大一次会议第6号代表建议的答复
陈某某代表:
您提出的《关于成立北片区社区居委会的建议》(第6号)建议收悉。经认真研究,现将有关办理情况答复如下:
一、开展调查研究
经调取北片楼盘相关数据以及现场察看,我镇认为该片区发展情况与建议所述基本相符。
某某镇人民政府
2022年5月10日
"""
r = process_records(write("answer.txt", ANSWER))[0]
f = r["fields"]
check(r["kind"] == "letter" and r["title"] == "某某镇人民政府关于区十八届人大一次会议第6号代表建议的答复" and f.get("recipients") == ["陈某某代表"],
      f"an answer to a deputy's proposal: {r['kind']} {r['title']!r} {f.get('recipients')}")
r = process_records(write("app_call.txt", "打开某某新闻 查看更多图片\n某某市人民政府土地征收启动公告\n为保障城市建设用地需求,现发布土地征收启动公告:\n一、拟征收土地的范围\n拟征收土地位于城镇规划圈外。\n"))[0]
check(r["title"] == "某某市人民政府土地征收启动公告", f"a news app's call is no part of a title: {r['title']!r}")

# A row of a policy library's API: the title names its organ short, the metadata in full; the
# date the document was written (CWRQ) before the date it was posted (FBRQ, DocRelTime).
ROW = {"page": {"content": [{"BT": "市金融局关于同意某某小额贷款有限公司增加注册资本的批复", "FWZH": "津金审批〔2021〕153号",
        "FBRQ": "2021-11-20T00:00:00.000+0800", "DocRelTime": "2021-11-20T00:00:00.000+0800", "CWRQ": "2021-11-19T00:00:00.000+0800",
        "FWJG_name": "某某市地方金融监督管理局",
        "ZW": "某某小额贷款有限公司：\n你公司申请增加注册资本相关材料收悉。经研究，根据《某某市小额贷款公司监督管理暂行办法》有关规定，同意你公司注册资本增加至3亿元。请你公司按照有关规定办理工商变更登记手续，并将变更后的营业执照报我局备案。\n此复。"}]}}
r = process_records(write("api.json", json.dumps(ROW, ensure_ascii=False)), "--no-split")[0]
f = r["fields"]
check(r["kind"] == "reply" and r["title"] == ROW["page"]["content"][0]["BT"] and (f.get("doc_number") or {}).get("text") == "津金审批〔2021〕153号",
      f"a policy API's row by its pinyin-initial fields: {r['kind']} {r['title']!r} {f.get('doc_number')}")
check(f.get("issuer") == ["某某市地方金融监督管理局"] and f.get("date") == "2021-11-19",
      f"the organ in full from the row, the date it was written: {f.get('issuer')} {f.get('date')}")

# A university's rules revised (`（修订）`), their articles' numbers lost by the page: a regulation.
REVISED = """某某大学物资设备管理办法(修订)
第一章 总 则
为加强物资设备管理,维护学校资产的安全和完整,提高使用效益,根据有关规定,结合我校的实际情况制订本办法。
物资设备是学校国有资产的重要组成部分,统一进行管理。
第二章 管理职责
资产管理处是学校物资设备的归口管理部门。
"""
r = process_records(write("revised.txt", REVISED))[0]
check(r["kind"] == "regulation" and r["title"] == "某某大学物资设备管理办法(修订)", f"a revised 办法: {r['kind']} {r['title']!r}")
# A congress's 公告 putting a draft regulation out for comment, the draft's articles under it: the 公告.
DRAFT = """关于《某某市河道管理条例(草案)》公开征求意见的公告
某某市人民代表大会常务委员会会议对《某某市河道管理条例(草案)》进行了初次审议。现将该条例草案全文公布,征求社会各界的修改意见和建议。
某某市河道管理条例(草案)
第一章 总则
第一条 为了加强河道管理,保障防洪安全,根据有关法律法规,结合本市实际,制定本条例。
第二条 本市行政区域内河道的整治、利用和保护,适用本条例。
第二章 河道整治
第三条 河道整治应当符合防洪规划。
"""
r = process_records(write("draft.txt", DRAFT))[0]
check(r["kind"] == "announcement", f"a 公告 about a draft regulation: {r['kind']} {r['title']!r}")

# A county congress's page of answers: its trail over the title, the answering bureau after it.
TRAIL = """您当前所在的位置:首页 > 议案建议 > 县十六届人大一次会议

对县十六届人大一次会议第3号建议的答复(水利局)

发布日期:2012-06-18 0:0    作者:admin     来源:人大办公室    阅读:次
王某某代表:
你提出的“关于加固某某河河堤,提高防洪能力”的建议收悉。现答复如下:
该段河道治理已纳入全国中小河流规划,将根据规划分期实施。
"""
r = process_records(write("trail.txt", TRAIL))[0]
check(r["kind"] == "letter" and r["title"] == "对县十六届人大一次会议第3号建议的答复" and r["fields"].get("recipients") == ["王某某代表"],
      f"an answer under a trail, its bureau after it: {r['kind']} {r['title']!r} {r['fields'].get('recipients')}")
# A procuratorate's rules under its site's chrome: the title is the line over the first chapter.
CHROME = """网站无障碍
本网站已支持IPv6网络
机构职能
检察常识
官方微博二维码   官方微博二维码
当前位置: 首页>>检务公开>>公告公示
公告公示
某某市人民检察院检务公开信息发布实施办法(试行)
时间:2015-03-13  作者:  新闻来源: 【字号: | |
第一章 总 则
第一条 为进一步深化检务公开工作,及时、统一、规范、安全发布检务公开信息,根据有关规定,制定本办法。
第二条 本办法所称检务公开信息,是指本院依法向社会公开的信息。
第二章 发布内容
第三条 下列信息应当向社会发布。
"""
r = process_records(write("chrome_rules.txt", CHROME))[0]
check(r["kind"] == "regulation" and r["title"] == "某某市人民检察院检务公开信息发布实施办法(试行)", f"rules under a site's chrome: {r['kind']} {r['title']!r}")

# A township's answer to deputies with no title: the writers it opens on are its recipients.
DEPUTIES = """李某等代表:
您在某某乡十三届人大一次会议上提出的关于实施加油站背后空地硬化工程的建议,交由乡人居办进行办理。经研究,现答复如下:
一、加快推进工程建设。
感谢您对我乡工作的关心和支持。
某某乡人民政府
2022年6月20日
"""
check_letter(process_records(write("deputies.txt", DEPUTIES))[0], "an answer to deputies",
             "letter", ["李某等代表"], ["某某乡人民政府"], "2022-06-20")

# ---- the session's held-out set -------------------------------------------------------------------
# Two provinces' policy-library search APIs (records two levels down, TRS field names and the
# pinyin initials of government metadata: BT, ZW, FWZH, CWRQ, FWJG_name; DOCTITLE, DOCCONTENT).
floors(evaluate("eval_rows", GONGWEN, os.path.join(SOURCE, "tests", "devset", "datasets-7")),
       {"rec": 20, "title": 20, "kind": 20, "date": 19, "issuer": 19, "number": 10}, "datasets-7 ")

done()
