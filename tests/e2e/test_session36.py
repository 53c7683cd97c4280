"""Session 36: documents from the ninth round of held-out sets (probes 54–58: 公文 from old CMS
sites, saved pages, WeChat rows, OFD and PDF files). Each fixture is modelled on a document of
those sets (names, places and numbers replaced)."""
import csv
import io
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixtures_binary as fb

tmp = tmpdir()
write = lambda name, content, mode="w": write_file(tmp, name, content, mode)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


# A GBK page whose heading `通知` happens to be valid UTF-8 (CD A8 D6 AA reads as two combining
# marks): the whole page is GBK, the heading too.
page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
        "<title>紧急通知</title></head><body>\n<p align=center>通知</p>\n<p>尊敬的用户：</p>\n"
        "<p>抱歉，因系统故障，某某办《来华签证》等在线办事事项暂停，请不要提交申请，网站将尽快恢复功能，请耐心等待。</p>\n"
        "<p align=right>某某市某某区外事管理办公室<br>\n某某市某某区电子政务管理中心<br>\n2030年8月2日</p>\n</body></html>\n")
r = process_records(write("gbk.htm", page.encode("gbk"), "wb"), "--with-text")[0]
lines = [l.strip() for l in r["text"].split("\n") if l.strip()]
check(lines and lines[0] == "通知", f"the GBK heading decoded as GBK: {lines[:2]}")
check(r["source"].get("encoding") == "gb18030", f"one encoding for the page: {r['source'].get('encoding')}")
# A notice to an organ's public: `通知` over a salutation, signed by its two organs and dated.
check(r["kind"] == "notice", f"a notice addressed to its users: {r['kind']}")
check(r["fields"].get("issuer") == ["某某市某某区外事管理办公室", "某某市某某区电子政务管理中心"],
      f"both organs that sign it: {r['fields'].get('issuer')}")
# A speech opens with a salutation too, and is signed by no organ.
r = one("speech.txt", "在某某会议上的通知精神传达\n\n尊敬的各位来宾：\n\n今天我们在这里召开会议，传达学习有关精神，研究部署下一步工作。"
        "大家要提高认识，狠抓落实。\n\n谢谢大家！\n")
check(r["kind"] != "notice", f"a salutation under no 文种 title makes no notice: {r['kind']}")

# A WeChat account's row: the scrape dropped the lead's punctuation and glued it to the notice's
# title (`…具体事项如下关于做好…的通知各学院、各单位：…`). The title is the notice's, from 关于 on.
content = ("近日某某某地出现暴雨洪涝灾情有关部门已启动灾害应急救助工作某某今天发出通知启动紧急临时困难补助具体事项如下"
           "关于做好受灾学生资助工作的通知各学院、各单位：近日，某某某地区出现暴雨洪涝灾情，有关部门已启动灾害应急救助工作。"
           "学校已启动紧急临时困难补助，对因暴雨洪涝受影响的学生给予帮扶救助。请各学院、各单位加强资助政策宣传，全面摸排学生及其家庭"
           "受灾害影响情况。后续情况请动态报告。党委学生工作部2030年4月22日")
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["title", "time", "tags", "content"])
w.writerow(["某某紧急通知！启动困难补助！", "2030-04-22", "['某某公告']", content])
w.writerow(["某某数据揭秘！泡馆最爱看这些！", "2030-04-23", "['读书日']", "今天是世界读书日，一起来看看某某人的年度阅读报告吧。" * 3])
recs = process_records(write("wechat.csv", buf.getvalue()))
check(recs[0]["title"] == "关于做好受灾学生资助工作的通知", f"the notice's title without the lead: {recs[0]['title']}")
check(not any("近日" in i for i in recs[0]["fields"].get("issuer") or []), f"no lead read as its issuer: {recs[0]['fields'].get('issuer')}")

# An OFD or PDF whose last page holds only the signature: its lines fill no measure of their own,
# so the page is measured by the document's. The date line and the 附注 under it are two lines.
F = "仿宋_GB2312"
body = "为进一步强化某某管理工作，切实保障人民群众生命财产安全，经省人民政府同意，现将有关事项通知如下。" * 4
pieces = [(1, 150, 110, 22, "方正小标宋简体", False, None, "某某省人民政府办公厅关于进一步强化某某管理的通知"),
          (1, 90, 160, 16, F, False, None, "各市、县（区）人民政府，省人民政府各部门：")]
y = 190
for k in range(0, len(body), 26):
    pieces.append((1, 122 if k == 0 else 90, y, 16, F, False, None, body[k:k + 26]))
    y += 28
pieces += [(2, 90, 100, 16, F, False, None, "切实保护人民群众生命财产安全。"),
           (2, 122, 140, 16, F, False, None, "附件：1．某某管理责任清单"),
           (2, 170, 168, 16, F, False, None, "2．某某监管要点"),
           (2, 306, 250, 16, F, False, None, "某某省人民政府办公厅"),
           (2, 306, 278, 16, F, False, None, "2030年9月30日"),
           (2, 122, 306, 16, F, False, None, "（此件主动公开）")]
path = os.path.join(tmp, "signature_page.pdf")
open(path, "wb").write(fb.pdf([], placed_pieces=pieces))
r = process_records(path, "--with-text")[0]
check(r["fields"].get("date") == "2030-09-30", f"the signature's date read on its own line: {r['fields'].get('date')}")
check("2030年9月30日\n" in r["text"], "the date and the 附注 are two lines")

# A page of an organ's own site credits it (`<meta name="ContentSource" content="某某委网站">`):
# the organ released the item.
lead = "日前，某某委严肃查处并公开通报了某某省6名党员领导干部违规聚餐饮酒问题，给予相关人员党纪政务处分，并对相关责任单位进行问责。"
page = ("<html><head><meta charset=\"utf-8\"><meta name=\"ContentSource\" content=\"某某纪委监委网站\">"
        "<meta name=\"PubDate\" content=\"2030-04-27 08:00\"><title>某某纪委监委公开通报某某省6名党员领导干部违规问题</title></head>"
        f"<body><div class=\"TRS_Editor\"><h1>某某纪委监委公开通报某某省6名党员领导干部违规问题</h1><p>{lead}</p><p>{lead}</p></div></body></html>")
r = one("ccdi.html", page)
check(r["fields"].get("issuer") == ["某某纪委监委"], f"the organ whose site credits the item: {r['fields'].get('issuer')}")

# Joint ministries' order (`财政部、民政部、国家体育总局令第67号`): three issuers, not one.
reg = ("某某管理条例实施细则\n（2030年1月18日财政部、民政部、国家体育总局令第67号公布）\n第一章　总　则\n"
       "第一条 根据《某某管理条例》（以下简称条例），制定本细则。\n第二条 本细则适用于本行政区域内的某某管理活动。\n"
       "第三条 有关部门应当按照职责分工做好监督管理工作。\n")
r = one("joint_order.txt", reg)
check(r["fields"].get("issuer") == ["财政部", "民政部", "国家体育总局"], f"each ministry an issuer: {r['fields'].get('issuer')}")

# A school's news table (Navicat dump): the unit that wrote each item is credited in its author
# column, by name or in a credit line; a person or an outlet there issues nothing.
sql = ("CREATE TABLE `articles_manage` (\n  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '序号',\n"
       "  `title` varchar(500) NOT NULL COMMENT '标题',\n  `pub_time` timestamp NOT NULL COMMENT '发布时间',\n"
       "  `pub_author` varchar(500) NOT NULL COMMENT '发布作者',\n  `pub_content` varchar(500) DEFAULT NULL COMMENT '发布内容',\n"
       "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8;\n"
       "INSERT INTO `articles_manage` VALUES ('6', '某某出版社副总编带队到我校调研交流', '2030-02-21 16:35:43', '法学院', 'https://news.example.edu.cn/info/1003/1.htm');\n"
       "INSERT INTO `articles_manage` VALUES ('23', '我校召开本科教育教学审核评估工作动员大会', '2030-03-21 10:11:08', "
       "'文字：教学质量监测与评估中心 图片：教学质量监测与评估中心 责任编辑：王某某', 'https://www.example.edu.cn/info/1106/2.htm');\n"
       "INSERT INTO `articles_manage` VALUES ('24', '我校举行春季运动会', '2030-04-01 09:00:00', '王某某', 'https://www.example.edu.cn/info/1106/3.htm');\n"
       "INSERT INTO `articles_manage` VALUES ('25', '某某报：我校校长谈对外开放', '2030-04-02 09:00:00', '某某教育头条', 'https://www.example.com/c/4.html');\n")
recs = process_records(write("news_table.sql", sql))
issuers = [r["fields"].get("issuer") for r in recs]
check(issuers[:2] == [["法学院"], ["教学质量监测与评估中心"]], f"the units credited as authors: {issuers[:2]}")
check(issuers[2:] == [None, None], f"a person, an outlet: no issuer: {issuers[2:]}")

# A school's OA table names the unit that posted each notice in a column called `subtitle`: a
# column whose every cell names a unit issues the rows that name no issuer otherwise; a column
# of categories or of people does not.
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["id", "time", "subtitle", "category", "poster", "content"])
w.writerow(["2", "2030-11-18 09:50:01", "团委", "通知", "王某某", "关于举办某某主题知识竞赛的通知"])
w.writerow(["3", "2030-11-18 09:51:01", "校长办公室", "通知", "李某", "关于转发《某某部办公厅关于加强社会组织管理工作的通知》的通知"])
w.writerow(["4", "2030-11-18 09:52:01", "教务处", "决定", "张某某", "关于成立某某大学第七届教学督导组的决定"])
recs = process_records(write("oa.csv", buf.getvalue()))
check([r["fields"].get("issuer") for r in recs] == [["团委"], ["校长办公室"], ["教务处"]],
      f"the posting unit of each row: {[r['fields'].get('issuer') for r in recs]}")

# A crawl of laws as JSON Lines: the title in its own field, the text opening with the 题注, the
# order's number in words, and an `issuing_org` that holds the site the law was read from. The
# law is its adopting body's, dated by the revision its title names, numbered in figures.
import json as _json
law = {"title": "中华人民共和国某某法（2031年修正）", "doc_no": "中华人民共和国主席令第八十一号", "publish_date": "2031-04-29",
       "issuing_org": "某某市人民政府门户网站",
       "content": "（2008年4月29日第九届全国人民代表大会常务委员会第二次会议通过　根据2031年4月29日第十三届全国人民代表大会常务委员会"
                  "第二十八次会议《关于修改〈中华人民共和国某某法〉等八部法律的决定》修正）\n第一章 总则\n"
                  "第一条 为了预防和减少某某危害，保护人身、财产安全，制定本法。\n第二条 某某工作贯彻预防为主的方针。\n"
                  "第三条 国务院领导全国的某某工作。\n"}
other = dict(law, title="中华人民共和国某某安全法", doc_no="中华人民共和国主席令第四号", publish_date="2013-06-29", issuing_org="www.gov.cn",
             content="（2013年6月29日第十二届全国人民代表大会常务委员会第三次会议通过）\n第一章 总则\n第一条 为了加强某某安全工作，制定本法。\n"
                     "第二条 某某安全工作应当坚持安全第一的原则。\n")
recs = process_records(write("laws.jsonl", _json.dumps(law, ensure_ascii=False) + "\n" + _json.dumps(other, ensure_ascii=False) + "\n"))
f = recs[0]["fields"]
check(f.get("issuer") == ["全国人民代表大会常务委员会"], f"the adopting body, not the site: {f.get('issuer')}")
check(f.get("date") == "2031-04-29" and f.get("adopted") == "2008-04-29", f"dated by the revision its title names: {f.get('date')} {f.get('adopted')}")
check((f.get("doc_number") or {}).get("key") == "中华人民共和国主席令第81号", f"the order's number in figures: {f.get('doc_number')}")
check(recs[1]["fields"].get("date") == "2013-06-29" and recs[1]["fields"].get("issuer") == ["全国人民代表大会常务委员会"],
      f"an unrevised law dated by its adoption: {recs[1]['fields'].get('date')} {recs[1]['fields'].get('issuer')}")

# A school's yearly report on its disclosure with a cover: the title in 26 pt over two lines, the
# school and the month far below in the same look, then the body. The title is the title alone;
# the cover signs and dates the report (to the month), which is a report, never a speech.
H = "黑体"
pieces = [(1, 102, 105, 26, H, True, None, "某某海洋职业学院2019-2020学年"),
          (1, 194, 152, 26, H, True, None, "信息公开工作报告"),
          (1, 194, 604, 26, H, True, None, "某某海洋职业学院"),
          (1, 223, 651, 26, H, True, None, "2030年10月")]
lead = "本年度报告根据《高等学校信息公开办法》和教育部办公厅有关通知的要求编制，报告内容主要包括信息公开具体情况、依申请公开情况等。"
y = 100
for page, text in [(2, "一、总体情况"), (2, lead * 2), (2, "二、主动公开情况"), (2, lead * 2)]:
    for k in range(0, len(text), 26):
        pieces.append((page, 122 if k == 0 else 90, y, 16, H if "、" in text[:2] else "仿宋", False, None, text[k:k + 26]))
        y += 28
path = os.path.join(tmp, "cover.pdf")
open(path, "wb").write(fb.pdf([], placed_pieces=pieces))
r = process_records(path)[0]
check(r.get("title") == "某某海洋职业学院2019-2020学年信息公开工作报告", f"the cover's title alone: {r.get('title')}")
check(r["kind"] == "report", f"a report, not a speech: {r['kind']}")
check(r["fields"].get("issuer") == ["某某海洋职业学院"] and r["fields"].get("date") == "2030-10",
      f"signed and dated by its cover: {r['fields'].get('issuer')} {r['fields'].get('date')}")

# A site built of layout tables: the headline in a cell of its own row over the date's row and the
# body's, a search box in the sidebar's cell beside them. The headline heads the article; the
# search box's words are none of it.
body = "近年来，全省各级价格部门紧紧围绕服务经济社会发展和价格中心工作，深化价格改革，深入开展价格理论和调查研究，取得了丰硕的研究成果。"
page = ("<html><head><meta charset=\"utf-8\"><title>政策文件——某某省物价局-某某省物价局网站</title></head><body>"
        "<table width=\"100%\"><tr><td width=\"220\"><table><form action=\"/search.php\"><tr><td>请输入关键词检索</td></tr>"
        "<tr><td><input type=\"text\" name=\"keyword\"></td></tr><tr><td>发布日期检索</td></tr><tr><td>从 <input name=\"s\"></td></tr>"
        "</form></table></td><td align=\"center\"><table width=\"98%\"><tr><td align=\"left\"><table width='100%'>"
        "<tr align='center'><td class='x_content_title'>省物价局 省价格协会关于表彰某某省第五届优秀价格研究成果的通报</td></tr>"
        "<tr align='center'><td><span class='x_time'>2030-10-18 08:52:57</span></td></tr><tr align='center'><td height=\"1\"></td></tr>"
        "<tr><td><div id='divMainContentID'><span class='x_content'><p style=\"TEXT-ALIGN: center\">某价研〔2030〕179号</p>"
        "<p>各设区市物价局、价格协会（学会），本局各部门：</p>" + f"<p>{body * 3}现予以通报表彰：</p>" * 4 +
        "<p>某某省物价局　某某省价格协会</p><p>2030年10月11日</p></span></div></td></tr></table></td></tr></table></td></tr></table>"
        "<div class=\"footer\"><a href=\"/\">网站首页</a> | <a href=\"/about\">关于我们</a> 版权所有：某某省物价局</div></body></html>")
r = process_records(write("layout_table.html", page), "--with-text")[0]
check(r.get("title") == "省物价局省价格协会关于表彰某某省第五届优秀价格研究成果的通报" and r["kind"] == "circular",
      f"the headline's cell heads the article: {r.get('title')} {r['kind']}")
check("检索" not in r["text"], f"no search box in the text: {r['text'][:40]}")

# A saved page of a notice and the rule it issues, the rule's title wrapped after a number
# (`某某省12345政务服务便民热线运行` / `管理暂行办法`): the rule's title is both lines.
arts = "".join(f"<p style=\"text-indent: 2em;\">第{n}条\u2002为规范某某省12345政务服务便民热线运行管理，提高服务水平，结合我省实际，制定本办法。</p>"
               for n in "一二三四五")
page = ("<html><head><meta charset=\"utf-8\"><title>某某省人民政府办公厅关于印发某某省12345政务服务便民热线运行管理暂行办法的通知</title></head>"
        "<body><div class=\"content\"><p style=\"text-align: center;\">某某省人民政府办公厅</p>"
        "<p style=\"text-align: center;\">关于印发某某省12345政务服务便民热线</p><p style=\"text-align: center;\">运行管理暂行办法的通知</p>"
        "<p style=\"text-align: center;\">某办函〔2030〕16号</p><p>各市（州）人民政府，省政府各部门、各直属机构，有关单位:</p>"
        "<p style=\"text-indent: 2em;\">《某某省12345政务服务便民热线运行管理暂行办法》已经省政府同意，现印发给你们，请认真贯彻执行。</p>"
        "<p style=\"text-align: right;\">某某省人民政府办公厅</p><p style=\"text-align: right;\">2030年3月15日</p>"
        "<p style=\"text-align: center;\">某某省12345政务服务便民热线运行</p><p style=\"text-align: center;\">管理暂行办法</p>"
        "<p style=\"text-align: center;\">第一章\u2002总\u2002\u2002则</p>" + arts + "</div></body></html>")
titles = [r.get("title") for r in process_records(write("wrapped_rule.html", page))]
check("某某省12345政务服务便民热线运行管理暂行办法" in titles, f"the rule's wrapped title whole: {titles}")
# A centre's page whose <title> names only sites (`某市公共资源交易信息网-某省信息网---某分中心`), whose
# template left its placeholders in the meta (`SiteName` = `网站名称`): the heading over the text is the
# title, a 细则 with its edition (`（试行-第四版）`) is a rule, the placeholder names no site.
items = "".join(f"<p>{n}、疫情防控期间，对确需进场交易的项目，由招标人书面提出申请，经公共资源交易中心同意后组织实施，并做好现场登记和体温监测。</p>"
                for n in "一二三四")
page = ("<html><head><meta charset=\"UTF-8\"><meta name=\"SiteName\" content=\"网站名称\"><meta name=\"Keywords\" content=\"关键词\">"
        "<title>某某市公共资源交易信息网-某某信息网---某某分中心</title></head><body><div id=\"header\"><a href=\"/\">首页</a></div>"
        "<div class=\"article\"><h1>疫情防控期间某某市公共资源交易中心开评标活动现场管理细则（试行-第四版）</h1>"
        "<p>为做好疫情防控期间公共资源交易工作，保障交易活动安全平稳、有序开展，现就有关流程事项规定如下：</p>" + items +
        "<p>五、此管理细则自发布之日起施行。</p></div></body></html>")
r = one("sites_title.html", page)
check(r.get("title") == "疫情防控期间某某市公共资源交易中心开评标活动现场管理细则（试行-第四版）", f"the heading, not the sites: {r.get('title')}")
check(r["kind"] == "regulation", f"a 细则 in its edition is a rule: {r['kind']}")
check(r["fields"].get("site") != "网站名称", f"a template's placeholder names no site: {r['fields'].get('site')}")

# A speech on an old site: the headline in its own row, then a row with the date and the page's
# counter (`2016-01-27 | 阅读：`), then the text. The date row dates the page and the speech.
speech = "今天，我们相聚在这里，庆祝某某委员会成立60周年，共同研讨一个重大课题。首先，我代表某某局，向出席纪念会的各位来宾表达我的敬意。"
page = ("<html><head><meta charset=\"utf-8\"><title>中国某某网</title></head><body><table width=\"710\">"
        "<tr><td align=\"center\"><span class=\"STYLE41\">某某局长在某某委员会成立60周年纪念会上的讲话</span></td></tr>"
        "<tr><td align=\"middle\">2030-01-27&nbsp;&nbsp;|&nbsp;&nbsp;阅读：<span id=\"click\"></span>&nbsp;&nbsp;|&nbsp;&nbsp;</td></tr>"
        "<tr><td class=\"hjj\"><p>各位嘉宾，各位朋友：</p>" + f"<p>{speech * 3}</p>" * 4 + "<p>谢谢大家！</p></td></tr></table></body></html>")
r = one("counter_line.html", page)
check(r["kind"] == "speech" and r["fields"].get("date") == "2030-01-27", f"the speech dated by its page's info row: {r['kind']} {r['fields'].get('date')}")

done()
