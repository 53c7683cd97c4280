"""Session 42: documents from the fifteenth round of held-out sets (probes 107–111) and the open
misses of earlier rounds. Each fixture is modelled on a document of those sets (names, places and
numbers replaced)."""
import json
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()

# A national platform's bulletin reposted by an account: its number under the platform's blurb,
# labelled by its 文种 (`安全公告编号:CNTA-2031-0007`), a code of letters, year and serial. A
# project's or a tender's 编号 is none.
bulletin = ("# 关于某某软件存在远程代码执行漏洞的安全公告\n\n某某应急中心\n\n以下文章来源于某某漏洞平台，作者某某\n\n"
            "某某漏洞共享平台是由某某中心联合多家单位建立的国家网络安全漏洞库。\n\n安全公告编号:{label}\n\n"
            "2031年3月2日，某某漏洞共享平台收录了某某软件远程代码执行漏洞。\n\n一、漏洞情况分析\n\n某某软件是一款常用软件。\n\n"
            "二、漏洞处置建议\n\n厂商已发布新版本修复该漏洞。\n")
r = one("bulletin.md", bulletin.format(label="CNTA-2031-0007"))
check((r["fields"].get("doc_number") or {}).get("text") == "CNTA-2031-0007", f"a bulletin's labelled code: {r['fields'].get('doc_number')}")
r = one("tender.md", bulletin.replace("安全公告编号", "项目编号").format(label="ZB-2031-0007"))
check(not r["fields"].get("doc_number"), f"a project's 编号: {r['fields'].get('doc_number')}")
r = one("no-year.md", bulletin.format(label="CNTA-0007"))
check(not r["fields"].get("doc_number"), f"a code without a year: {r['fields'].get('doc_number')}")

# A speech given to a meeting named for a report (`在某某进展汇报会上的讲话`): a speech, its meeting's
# 汇报 no genre of the text; a report given to a plenum (`在某某党第三届委员会第二次全体会议上的报告`,
# dated in words in brackets) is a report, said to the hall as a speech is.
r = one("briefing-speech.md", "## 在某某工作进展汇报会上的讲话\n\n2031年12月30日\n\n【导  读】2031年，某某公司开展了一项专项工作。\n\n"
        "这几年公司发生了很大变化，这一点应该感谢你们。\n\n一、坚持推行流程责任制，主管要真正承担起责任。\n\n要从流程遵从走向流程责任。\n\n"
        "二、加强威慑，问责标准逐年收紧。\n\n问责标准要逐年收紧。\n")
check(r["kind"] == "speech" and r["fields"].get("date") == "2031-12-30", f"a speech at a 汇报会: {r['kind']} {r['fields'].get('date')}")
r = one("plenum-report.md", "# 在某某党第三届委员会第二次全体会议上的报告  \n（二〇三一年三月五日）  \n  \n"
        "　　某某党第三届委员会第二次全体会议，二〇三一年三月五日至十三日举行于某某村。出席的有委员三十四人。  \n  \n## 一  \n  \n"
        "　　三战役以后，对方的主力已被消灭。  \n  \n## 二  \n  \n　　从现在起，开始了由城市到乡村并由城市领导乡村的时期。  \n")
check(r["kind"] == "report" and r["fields"].get("date") == "2031-03-05", f"a report to a plenum: {r['kind']} {r['fields'].get('date')}")

# A school's rule under its office's line, dated by its version line, the month alone (`二○三一年二月修订`).
r = one("version-line.txt", "研究生学位论文撰写规范\n某某大学学位办公室\n二○三一年二月修订\n"
        "研究生学位论文是研究生科学研究工作的全面总结，必须按照确定的规范认真执行。\n一、论文的主要结构和排列顺序\n"
        "学位论文一般应由十五个部分组成。\n二、论文的书写规范与打印要求\n论文一律打印在标准A4幅面白纸上。\n")
check(r["kind"] == "regulation" and r["fields"].get("date") == "2031-02", f"a version line's month: {r['kind']} {r['fields'].get('date')}")

# A ministry's 公示 as a crawler kept it (title, address, a table): its period bracketed after its
# 文种 (`…备案情况公示 （2031年1月13日至1月19日）`), and no organ printed, the ministry's site says whose
# it is; the State Council's portal, which publishes every organ's documents, says nothing.
table = "序号 备案号 项目名称\n1 2031BAL0042 某某检测试剂盒临床试验\n"
r = row("ministry-site.jsonl", Title="某某资源国际合作临床试验备案情况公示 （2031年1月13日至1月19日）",
        URL="https://fuwu.most.gov.cn/html/tztg/20310206/123.html", content=table)
check(r["kind"] == "public_notice", f"a 公示 and its period: {r['kind']}")
check(r["fields"].get("issuer") == ["科学技术部"] and r["fields"].get("issuer_from") == "url", f"the ministry's site: {r['fields'].get('issuer')}")
r = row("portal.jsonl", Title="某某资源国际合作临床试验备案情况公示", URL="https://www.gov.cn/xinwen/20310206/123.html", content=table)
check(not r["fields"].get("issuer"), f"the portal names none: {r['fields'].get('issuer')}")
r = row("lookalike.jsonl", Title="某某资源国际合作临床试验备案情况公示", URL="https://almost.gov.cn.example.com/123.html", content=table)
check(not r["fields"].get("issuer"), f"a look-alike host: {r['fields'].get('issuer')}")

# A bureau's notice with its application forms attached (`附件1` … `项目级别：□ 小额`, each form's cover
# `申请日期` over the bureau and `二Ο三0年七月制`): one notice, its covers no articles of a container.
cover = lambda n, name: (f"附件{n}\t\t\t\t项目级别：□ 小额  □ 一般  □ 重点\n{name}\n项目申报书\n项目名称\n申报单位\n项目负责人及联系电话\n申请日期\n"
                         f"某某区科学技术局\n二Ο三0年七月制\n一、本申报书适用于{name}项目。对该类计划项目的界定，具体内容参见有关管理办法。\n"
                         "二、项目按资助额度分为小额项目、一般项目、重点项目和重大项目。\n三、项目申报书用A4纸张双面打印。\n")
recs = process_records(write("attachments.txt", "某区科局〔2031〕28号\n某某市某某区科学技术局\n关于开展2032年度某某区科技计划项目\n申报工作的通知\n各有关单位：\n"
                             "根据工作安排，现启动2032年度科技计划项目申报工作。具体事项通知如下：\n一、申报基本条件\n牵头申报单位是在本区注册的独立法人单位。\n"
                             "二、材料要求\n所有材料均一式七份。\n附件：1.《大数据智能化科技专项项目申报书》\n2.《社会事业科技创新专项项目申报书》\n"
                             "3.《应用技术研发专项项目申报书》\n某某市某某区科学技术局\n2031年5月28日\n" +
                             cover(1, "大数据智能化科技专项") + cover(2, "社会事业科技创新专项") + cover(3, "应用技术研发专项")))
check([x["kind"] for x in recs] == ["notice"], f"one notice with its forms: {[(x['kind'], x['title']) for x in recs]}")

# A tax bureau's catalogue row, its title cut short by the crawler (`…及议定书生效...`), numbered in a
# series that names its 文种 (`国家税务总局公告2031年第17号`): an announcement, the bureau's by its site.
r = row("cut-title.jsonl", title="国家税务总局关于《某某国政府和某某国政府对所得消除双重征税的协定》及议定书生效...",
        publish_date="2031-08-10", document_no="国家税务总局公告2031年第17号",
        summary="【文号】国家税务总局公告2031年第17号\n【发布日期】2031-08-10\n【核心内容】《协定》于2031年6月16日生效。",
        url="https://fgk.chinatax.gov.cn/zcfgk/c100012/c5251944/content.html")
check(r["kind"] == "announcement" and r["fields"].get("issuer") == ["国家税务总局"], f"a numbered 公告: {r['kind']} {r['fields'].get('issuer')}")
r = row("cut-title-plain.jsonl", title="国家税务总局关于《某某国政府和某某国政府对所得消除双重征税的协定》及议定书生效...",
        publish_date="2031-08-10", document_no="税总函〔2031〕17号", summary="【核心内容】《协定》于2031年6月16日生效。")
check(r["kind"] != "announcement", f"a plain number names no 文种: {r['kind']}")

# A college's handbook of its rules as pdftotext wrote it: each page under the handbook's name after a
# form feed, its folio at the foot; a contents whose leaders are ellipses (`…（试行）…5`, `……3`), one
# entry wrapped before its leader line; rules titled over two or three short lines, each numbered
# `信工学〔2031〕9 号` (a number, never a running head). Three rules, found by the contents.
head = "                   某某学院 2031 学生手册\n\n"
art = lambda t: "".join(f"第{c}条 本办法{t}的第{c}项规定，各单位应当遵照执行，不得违反，违者按照有关规定处理。\n\n" for c in "一二三四五")
pages = ["前     言\n\n为便于广大同学学习、了解、掌握、遵守国家和学校的各项管理制度，学校把有关文件汇编成《学生手册》。\n",
         "                 目 录\n\n某某学院学生奖学金评审办法……………………………3\n\n某某学院学生综合素质测评实施办法（试行）…5\n\n"
         "某某学院大学生创新创业训练计划实施与管理办法\n\n…………………………………………………………7\n",
         "    某某学院\n\n   学生奖学金评审办法\n\n       信工学〔2031〕9 号\n\n" + art("奖学金"),
         "    某某学院\n\n   学生综合素质测评实施办法（试行）\n\n       信工学〔2031〕10 号\n\n" + art("测评"),
         "    某某学院\n\n   大学生创新创业训练计划实施与\n\n        管理办法\n\n       信工学〔2031〕11 号\n\n" + art("创新创业")]
recs = process_records(write("handbook.txt", head + "".join(("\f" + head if i else "") + p + f"\n                 {i + 1}\n" for i, p in enumerate(pages))))
got = [(x["kind"], x["title"]) for x in recs[1:]]
check(got == [("regulation", "某某学院学生奖学金评审办法"), ("regulation", "某某学院学生综合素质测评实施办法（试行）"),
              ("regulation", "某某学院大学生创新创业训练计划实施与管理办法")], f"a handbook's rules by its contents: {got}")
heads = [d["message"] for d in recs[0]["diagnostics"] if d.get("id") == "clean.running_head"]
check(any("学生手册" in m for m in heads) and not any("信工学" in m for m in heads), f"the handbook's name is its running head, the numbers none: {heads}")

# A school's news list dumped from its database (title, date, address; no text): its headlines are news
# (`我校与某某公司等六家企业签署合作协议`, `某某专家团莅临我校…考察交流`, `喜报`); a procurement project
# (`…春节慰问品采购项目`) is none, nor is a head's part at a meeting a speech (`…推进会并交流发言`).
sql = ("create table trends\n(\n    id int auto_increment primary key,\n    title varchar(1000) not null,\n"
       "    pub_time varchar(50) not null,\n    url varchar(100) not null\n);\n\n")
heads = ["我校与某某物联网有限公司等六家企业签署合作协议", "某某市国学专家团莅临我校文化研发中心考察交流", "喜报",
         "某某消防救援支队2031年春节慰问品采购项目", "张某某书记参加某某市高校创新创业工作推进会并交流发言"]
sql += "".join(f"INSERT INTO bs.trends (id, title, pub_time, url)\nVALUES ({i + 1}, '{h}', '2031-01-1{i}', 'http://www.example.edu.cn/html/2/content/31/01/{i}.shtml');\n"
               for i, h in enumerate(heads))
got = [x["kind"] for x in process_records(write("trends.sql", sql))]
check(got[:3] == ["news", "news", "news"], f"a news list's headlines: {got}")
check(got[3] != "news" and got[4] != "speech", f"a procurement, a part at a meeting: {got}")
# (A head's New Year address by its variant genre word, `元旦致词`: a speech.)
r = row("address.jsonl", title="元旦致词", pub_time="2031-12-31", url="http://www.example.edu.cn/html/2/content/31/12/1.shtml")
check(r["kind"] == "speech", f"a 致词: {r['kind']}")

# A rule saved from a library's site as Markdown, its heading with the site (`# 读者管理与服务规定 - 某某大学图书馆`):
# the title without it.
r = one("library.md", "# 读者管理与服务规定 - 某某大学图书馆\n\n## content\n\n第一章 入馆指南\n\n第一条 入馆凭证 校内读者凭本人校园卡入馆。\n\n"
        "第二条 开放时间 请关注图书馆官网发布的开放时间。\n\n第二章 借阅\n\n第三条 图书外借 请在自助借还机办理外借手续。\n\n第四条 本规定由图书馆负责解释。\n")
check(r["title"] == "读者管理与服务规定" and r["kind"] == "regulation", f"a library's heading: {r['kind']} {r['title']}")
# (A date after a dash is no site: `# 新闻联播 2031-03-15`.)
r = process_records(write("xwlb.md", "# 新闻联播 2031-03-15\n\n## 本期内容\n\n某某会议在京召开。\n"))[0]
check(r["title"] == "新闻联播 2031-03-15", f"a dated heading: {r['title']}")

# A speech a government site posts under an editor's lead (`2月18日是…第一个工作日，省委、省政府召开…大会…。以下为省委书记
# 某某某在大会上的讲话实录——`), posted the day after: dated by the lead, the year the page's.
r = one("lead.md", "标题：某某某同志在某某省高质量发展大会上的讲话实录\n媒体：某某省人民政府\n发布日期：2031-02-19 11:06\n\n"
        "2月18日是农历新春第一个工作日，省委、省政府召开全省高质量发展大会。以下为省委书记某某某在大会上的讲话实录——\n"
        "同志们，朋友们：\n人勤春来早。今天，我们再度召开全省高质量发展大会，聚焦产业科技话创新、谋未来。\n"
        "我们要不断夯实实体经济为本、制造业当家的根基，持续推动高质量发展。\n")
check(r["kind"] == "speech" and r["fields"].get("date") == "2031-02-18", f"a speech dated by its lead: {r['kind']} {r['fields'].get('date')}")

# A law a university's site reposts under a news line (`2031年3月20日，第十五届全国人大一次会议表决通过了《…》。`):
# adopted then, by the congress.
r = one("law.html", "<html><head><title>中华人民共和国某某法</title></head><body><h1>中华人民共和国某某法</h1>"
        "<p>《中华人民共和国某某法》是为了推进全面依法治国而制定的法律。</p>"
        "<p>2031年3月20日，第十五届全国人大一次会议表决通过了《中华人民共和国某某法》。</p>"
        "<p>第一章　总　则</p><p>第一条　为了加强某某工作，制定本法。</p><p>第二条　某某工作坚持依法进行。</p>"
        "<p>第三条　本法自公布之日起施行。</p></body></html>")
check(r["fields"].get("issuer") == ["全国人民代表大会"] and r["fields"].get("date") == "2031-03-20",
      f"a law adopted as a news line says: {r['fields'].get('issuer')} {r['fields'].get('date')}")


# A spokesperson's press conference as a crawler kept it (`title: 3月31日外交部发言人华春莹主持例行记者会`, then
# `原标题：2031年3月31日…`): the spokesperson whatever the surname's rarity, the day with the year the
# original title gives. An interview (`…接受某某媒体采访介绍…`, `记者：` over each answer) is said, no news.
r = one("presser.txt", "title: 3月31日外交部发言人华春莹主持例行记者会\nurl: http://www.example.gov.cn/xwfbh/1701417.htm\n"
        "author: 某某办公室网站\ncontent: \n原标题：2031年3月31日外交部发言人华春莹主持例行记者会\n"
        "应某某邀请，某国外交部长官将于4月2日至3日对中国进行访问。\n某某社记者：请问中方对此有何评论？\n华春莹：\n"
        "我们注意到有关报道。中方的立场是一贯的、明确的。\n某某台记者：昨天，某某会议审议通过了有关修订案。你对此有何评论？\n华春莹：\n"
        "这为全面准确贯彻有关方针提供了坚实制度保障。\n")
check(r["kind"] == "speech" and r["fields"].get("speaker") == "华春莹" and r["fields"].get("date") == "2031-03-31",
      f"a press conference: {r['kind']} {r['fields'].get('speaker')} {r['fields'].get('date')}")
r = one("interview.html", "<html><head><title>某某大使夫人某某接受某某媒体采访介绍中国妇女事业发展</title></head><body>"
        "<h1>某某大使夫人某某接受某某媒体采访介绍中国妇女事业发展</h1><p>2031年3月9日，某某大使夫人某某接受《某某观察》采访。</p>"
        "<p><b>记者：</b>中国妇女的地位有什么变化？</p><p>某：中国妇女的地位发生了历史性的变化。</p>"
        "<p><b>记者：</b>您如何看待妇女参与经济发展？</p><p>某：妇女是经济发展的重要力量。</p>"
        "<p><b>记者：</b>您还有什么想说的？</p><p>某：谢谢。</p></body></html>")
check(r["kind"] == "speech", f"an interview: {r['kind']}")

# A law as Taiwan's law database exports it, one JSON object in traditional characters (`法規名稱`,
# `最新異動日期`, `法規內容` a list of `{"條號":"第 1 條","條文內容":…}` and `{"編章節":…}`): one regulation,
# titled as written, its articles counted, not one record per article.
law = {"法規性質": "命令", "法規名稱": "某某人員週休二日實施辦法", "最新異動日期": "20310829",
       "沿革內容": "1.中華民國一百二十年十月三日某某院令訂定發布全文 3 條", "法規內容": [
           {"編章節": "第 一 章 總則"},
           {"條號": "第 1 條", "條文內容": "本辦法依某某服務法第十一條第三項規定訂定之。"},
           {"條號": "第 2 條", "條文內容": "某某人員每日上班時數為八小時，每週工作總時數為四十小時。"},
           {"條號": "第 3 條", "條文內容": "本辦法自發布日施行。"}]}
recs = process_records(write("moj-law.json", json.dumps(law, ensure_ascii=False, indent="\t")))
got = [(x["kind"], x["title"], x["fields"].get("articles"), x["fields"].get("date")) for x in recs]
check(got == [("regulation", "某某人員週休二日實施辦法", 3, "2031-08-29")], f"a law database's record: {got}")
# (Its issuers in its history, each before its order, written as the history writes them.)
for history, organs in [("1.中華民國一百二十年十月三日甲政院（120）台人政考字第 200810 號令、\r\n  乙試院（120）考台組貳一字第 09025  號令會同訂定發布"
                          "全文 3 條\r\n2.中華民國一百二十一年八月二十九日甲政院令修正發布", ["甲政院", "乙試院"]),
                         ("1.中華民國一百二十年五月十五日總統制定公布全文 34 條\r\n2.中華民國一百二十一年十二月五日總統令修正公布第 17 條條文", ["總統"])]:
    law["沿革內容"] = history
    r = one("moj-law-history.json", json.dumps(law, ensure_ascii=False, indent="\t"))
    check(r["fields"].get("issuer") == organs, f"the history's organs: {r['fields'].get('issuer')} for {organs}")

# A district council's papers as a JSON of groups (`{"docs":{"0":[…],"1":[…]}}`), the committee a column
# written in traditional characters: every group's rows, each issued by its committee as written.
groups = {"tree": {"name": "某區", "level": 0}, "docs": {
    "0": [{"name": "通過交通及運輸委員會2031年11月10日第六次會議記錄", "committee": "交通及運輸委員會", "no": "TT 2/2031"},
          {"name": "續議交通及運輸委員會2031年11月10日第六次會議事項", "committee": "交通及運輸委員會", "no": "TT 8/2031"}],
    "1": [{"name": "某區更換及修復水管工程進度", "committee": "環境、房屋及工程委員會", "no": "EHW 5/2031"}],
    "2": [{"name": "某區議會社會服務委員會2032年會議時間表", "committee": "社會服務委員會", "no": "SSC 52/2031"}]}}
recs = process_records(write("council.json", json.dumps(groups, ensure_ascii=True)))
got = [(x["title"], x["fields"].get("issuer")) for x in recs]
check(len(recs) == 4 and got[2] == ("某區更換及修復水管工程進度", ["環境、房屋及工程委員會"]), f"every group's rows, their committees: {got}")
# (A council's paper that is a meeting's record, `通過…第六次會議記錄`, is minutes; one that takes up its
# matters again, `續議…會議事項`, is not.)
check([x["kind"] for x in recs[:2]] == ["minutes", "unknown"], f"a meeting's record: {[x['kind'] for x in recs[:2]]}")

# A paper's day as a crawler's JSON: a commentary titled with its column in brackets (`…（人民论坛）`,
# `…（评论员观察）`) is an editorial, and keeps the row's title over the deck of short lines opening it.
day = [{"title": "从“不可能”到“无限可能”（人民论坛）", "content": "电影持续火爆，路遇两位小学生边走边聊，讨论票房冲榜能冲到哪儿。\n"
        "满怀期待，源自无限可能。这位“魔童”横空出世，之所以燃爆炫酷，就在于实现了许多“不可能”。\n越是“不可能”，越是“分水岭”。必须拿出爱拼会赢的精气神！",
        "date": "2031-02-24"},
       {"title": "安全服务发展，发展支撑安全（评论员观察）", "content": "发展和安全，不能有偏废、相背离\n发展是硬道理\n"
        "在某某港的专用码头采访，笔者跟随两名关员，登上一艘货轮。国门安全屏障才更加牢固。\n发展和安全如何统筹？安全本质上是为发展服务的。",
        "date": "2031-02-24"}]
recs = process_records(write("paper-day.json", json.dumps(day, ensure_ascii=False)))
got = [(x["kind"], x["title"]) for x in recs]
check(got == [("editorial", day[0]["title"]), ("editorial", day[1]["title"])], f"a paper's commentaries: {got}")

# A shop's admin page saved with its editor's box (`<textarea id="context"><p>某某总局令</p>…`): the box's
# markup is the document, a regulation under its promulgating order (two records, as an order and its rule
# always are), not the page's `文章管理`.
arts = "".join(f"<p>第{c}条　本办法关于食品流通许可的第{c}项规定，各级机关应当遵照执行，不得违反。</p>" for c in "一二三四五六")
page = ("<title>文章管理</title><body><div class=\"page-title\"><h4>文章管理 <a href=\"#\">法律政策</a></h4></div>"
        "<form action=\"#\" method=\"post\"><textarea id=\"context\" name=\"context\"><p align=\"center\">某某总局令</p>"
        "<p align=\"center\">第44号</p><p>《某某流通许可证管理办法》已经某某总局局务会审议通过，现予公布，自2031年7月1日起施行。</p>"
        "<p align=\"right\">局长　某某某</p><p align=\"right\">二〇三一年七月三十日</p><p align=\"center\">某某流通许可证管理办法</p>"
        "<p align=\"center\">第一章　总　则</p>" + arts + "</textarea><button>保存</button></form></body>")
got = [(x["kind"], x["title"]) for x in process_records(write("admin.jsp", page))]
check(("regulation", "某某流通许可证管理办法") in got and ("order", "某某总局令") in got, f"an editor's box: {got}")

# Guards from the review of this session's rules:
# (groups of one record each are all read; a list of another thing beside the records is none of them)
recs = process_records(write("groups-one.json", json.dumps({"docs": {"0": [{"title": "某某区更换水管工程进度", "committee": "工程委员会"}],
                                                                       "1": [{"title": "某某区加建无障碍通道项目", "committee": "交通委员会"}]}},
                                                              ensure_ascii=False)))
check(len(recs) == 2, f"groups of one: {[x['title'] for x in recs]}")
recs = process_records(write("authors.json", json.dumps({"data": {"articles": [{"title": "某某市召开安全生产工作会议", "content": "6月1日，某某市召开安全生产工作会议，会议强调要压实各方责任，全面排查整治隐患，确保全市安全生产形势稳定。"},
                                                                                {"title": "某某市举办消防演练", "content": "6月2日，某某市在市中心广场举办消防演练，各相关部门和单位参加演练，提升了应急处置能力。"}],
                                                                   "authors": [{"id": 1, "name": "张某"}, {"id": 2, "name": "李某"}, {"id": 3, "name": "王某"}]}},
                                                         ensure_ascii=False)))
check([x["title"] for x in recs] == ["某某市召开安全生产工作会议", "某某市举办消防演练"], f"authors are no records: {[x['title'] for x in recs]}")
# (a time is no spokesperson; a headline's `并致辞` reports one)
r = one("yesterday.txt", "国防部新闻发言人昨日就近期涉军问题答记者问\n问：请介绍有关情况。\n答：我们注意到有关报道。\n问：有何评论？\n答：中方立场是一贯的。\n")
check(r["fields"].get("speaker") != "昨日就", f"a time is no speaker: {r['fields'].get('speaker')}")
r = row("address-news.jsonl", title="校长出席2031级开学典礼并致辞", date="2031-09-01")
check(r["kind"] != "speech", f"a headline's 并致辞: {r['kind']}")
# (a branch's site under a ministry's domain names no ministry; a tender's or a test report's 编号 no number)
r = row("branch-site.jsonl", Title="某某企业名单公示", URL="https://shanghai.chinatax.gov.cn/zcfw/123.html", content="序号 企业名称\n1 某某公司\n")
check(r["fields"].get("issuer_from") != "url", f"a branch's site: {r['fields'].get('issuer')}")
r = one("tender.md", bulletin.replace("安全公告编号", "招标公告编号").format(label="ZB-2031-0007"))
check(not r["fields"].get("doc_number"), f"a tender's 编号: {r['fields'].get('doc_number')}")
# (a Markdown heading's part after its dash that names no site stays)
r = process_records(write("guide.md", "# 2031年项目申报指南 - 申报书模板\n\n一、申报条件\n\n申报单位应为本市注册的法人单位。\n"))[0]
check(r["title"] == "2031年项目申报指南 - 申报书模板", f"a heading's part: {r['title']}")

# A provincial paper's report kept as a CSV row, its reporter credited before the lead (`（某某日报全媒体记者
# 张某某）…`): the paper its source, the reporter its reporter. A page's title after a spaced em dash
# (`… — 中华人民共和国某某部`) names the site.
r = row("paper-row.jsonl", title="中共某某省委召开党外人士座谈会 某某某主持并讲话", date="2031-12-06",
        body="（某某日报全媒体记者 张某某）中共某某省委全会召开前夕，省委在某某召开党外人士座谈会，就全会文件听取意见建议。\n"
             "座谈会上，省委常委、秘书长某某某介绍了有关情况。\n大家一致表示，将继续发挥优势，为全省发展贡献力量。")
check(r["kind"] == "news" and r["fields"].get("source") == "某某日报" and r["fields"].get("reporters") == "张某某",
      f"a paper's credited reporter: {r['kind']} {r['fields'].get('source')} {r['fields'].get('reporters')}")
r = one("emdash.html", "<html><head><title>某某大使接受某某媒体采访介绍中国经济发展 — 中华人民共和国某某部</title></head><body>"
        "<h1>某某大使接受某某媒体采访介绍中国经济发展</h1><p>2031年3月9日，某某大使接受《某某观察》采访，介绍中国经济发展情况。</p>"
        "<p>记者：中国经济有什么变化？</p><p>某：中国经济持续回升向好。</p></body></html>")
check(r["fields"].get("site") == "中华人民共和国某某部", f"a site after an em dash: {r['fields'].get('site')}")

done()
