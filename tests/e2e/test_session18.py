"""Held-out round of session 18 (issues 12, 13, 14, 15): a joint 文件 masthead whose 文件 the text
puts after one of its stacked organs (tests/devset/gongwen-11), four Word/WPS/PDF binaries of
financial regulators (tests/devset/binary-3: an order numbered by its year, a draft for comment;
tests/devset/binary-4: WPS-saved joint 公告/通告/意见 and two OFD letters; tests/devset/binary-5: a
university's Word 97 files, a 文号 typed as a MACROBUTTON field, a red head drawn in a text box;
tests/devset/pages-4: five Guangzhou government pages, saved by browsers and as served, a repost's （转载）),
and inputs modelled on the round's other files (names replaced): orders with short mastheads,
a 问政 board's replies titled by the message's subject, a department's sub-site named short in
<title> and in full in its footer, an OCR'd compilation with page marks and a contents list of
titles over credits."""
import os
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")
tmp = tmpdir()


write = lambda name, content, mode="w": write_file(tmp, name, content, mode)
recs = process_records


# ---- the round's committed sets: per-file figures against the hand-checked gold -----------------
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-11")),
       {"kind": 2, "title": 2, "doc_number": 1, "issuer": 1, "recipients": 1}, "gongwen-11 ")
floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-3")),
       {"ok": 4, "kind": 4, "title": 4, "date": 3, "issuer": 3}, "binary-3 ")
floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-4")),
       {"ok": 6, "kind": 6, "title": 6, "date": 5, "issuer": 4, "number": 4}, "binary-4 ")
floors(evaluate("eval_binary", GONGWEN, os.path.join(D, "binary-5")),
       {"ok": 4, "kind": 4, "title": 4, "date": 3, "issuer": 4, "number": 1}, "binary-5 ")
floors(evaluate("eval_pages", os.path.join(D, "pages-4"), "--gongwen", GONGWEN),
       {"title": 5, "date": 5, "source": 4, "site": 5, "url": 4, "first": 4, "last": 4, "chrome": 5, "kind": 5}, "pages-4 ")
# The orders of the earlier sets are titled by their mastheads now, as three sets were written.
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-2")), {"title": 51}, "gongwen-2 ")
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", os.path.join(D, "gongwen-9")), {"kind": 8, "title": 7, "date": 7}, "gongwen-9 ")

# ---- orders: the masthead names the record, however short; a lost masthead names nothing -------
promulgation = "《某某条例》已经2020年11月11日国务院第113次常务会议通过，现予公布，自公布之日起施行。\n"
for masthead, number, signer in (("国务院令", "第732号", "总理　李克强"), ("国家金融监督管理总局令", "2023年第2号", "局长李云泽")):
    r = recs(write(f"order-{masthead}.txt", f"{masthead}\n{number}\n{promulgation}{signer}\n2023年9月20日\n"), "--no-split")[0]
    f = r["fields"]
    check(r["kind"] == "order" and r["title"] == masthead and f.get("issuer") == [masthead[:-1]],
          f"an order titled by its masthead {masthead!r}: {r['kind']} {r['title']!r} {f.get('issuer')}")
    check(number in (f.get("doc_number") or {}).get("text", ""), f"its number {number}: {f.get('doc_number')}")
# A committee's order (…委员会令), flattened onto one line by a database, signed `主任：name`.
r = recs(write("order-flat.txt", "中华人民共和国国家发展和改革委员会令 第31号 《某某审查办法》已经2025年7月9日第21次委务会议审议通过，"
                                 "现予公布，自2025年9月1日起施行。 主任：郑某某 2025年7月17日\n"), "--no-split")[0]
f = r["fields"]
check((r["kind"], r["title"], f.get("date"), f.get("signatory"), f.get("issuer")) ==
      ("order", "中华人民共和国国家发展和改革委员会令", "2025-07-17", "郑某某", ["中华人民共和国国家发展和改革委员会"]),
      f"a committee's flattened order: {r['kind']} {r['title']} {f.get('date')} {f.get('signatory')} {f.get('issuer')}")
r = recs(write("order-lost.txt", f"第232号\n{promulgation}省长　　\n2018年5月9日\n"), "--no-split")[0]
check(r["kind"] == "order" and r["title"] == "", f"a crawler's order without its masthead has no title: {r['title']!r}")

# ---- a joint masthead stacked over four lines, the 版记's printing line no signature ------------
head = ("某某市商务局\n某某市发展和改革委员会文件\n某某市财政局\n某某市市场监督管理局\n\n某商务字〔2025〕5号\n\n"
        "关于印发《某某市家电以旧换新补贴实施细则》的通知\n\n各区县商务主管部门、发展改革委、财政局、市场监管局：\n\n"
        "市商务局等4部门研究制定了《某某市家电以旧换新补贴实施细则》，现印发给你们，请抓好贯彻落实。\n\n（此件公开发布）\n\n"
        "某某市商务局办公室 2025 年 1 月 20 日印发\n")
r = recs(write("joint-masthead.txt", head), "--no-split")[0]
f = r["fields"]
check(f.get("issuer") == ["某某市商务局", "某某市发展和改革委员会", "某某市财政局", "某某市市场监督管理局"],
      f"the four organs of a stacked masthead: {f.get('issuer')} ({f.get('issuer_from')})")
check(f.get("date") is None, f"a printing date is no 成文日期: {f.get('date')}")

# ---- a draft for comment: its standing on the line under the title is the title's --------------
r = recs(write("draft.txt", "某某产品网络营销管理办法\n(征求意见稿)\n第一章  总则\n第一条 为规范网络营销活动，制定本办法。\n"
                            "第二条 本办法自 年 月 日起施行。\n"), "--no-split")[0]
check(r["title"] == "某某产品网络营销管理办法(征求意见稿)" and r["fields"].get("draft") is True,
      f"a draft's title and standing: {r['title']!r} draft={r['fields'].get('draft')}")

# ---- a 问政 board's replies: titled by the message's subject, answered by the office the lead names
csv = ("留言编号,留言主题,留言详情,答复意见,答复时间\n"
       "1,某区某路段怎么还没修好？,路一直没修。,\"网友“A001”：您好！针对您反映某区某路段怎么还没修好的问题,某区洋湖街道高度重视，"
       "立即组织力量调查处理，现回复如下：该项目正在施工。感谢您对我们工作的支持。2019年4月29日\",2019/5/9 9:49\n"
       "2,某区含浦镇马路卫生很差,马路很脏。,\"网友“A002”：您好！针对您反映某区含浦镇马路卫生很差的问题,某区学士街道、含浦街道高度重视，"
       "现回复如下：已安排清扫。感谢您的监督。2019年4月24日\",2019/4/30 10:00\n"
       "3,人才购房补贴问题,能享受补贴吗？,\"网友“A003”：您好！您的留言已收悉，市住建局及时将您反映的问题交由市房屋交易管理中心办理。"
       "现将相关情况回复如下：符合条件的可以享受。2019年4月30日\",2019/5/6 9:00\n"
       "4,反对某路公交车改线路,强烈反对。,您的留言已收悉。关于您反映的问题，已转市交通运输局调查处理。,2018/7/4 9:00\n"
       "5,燃油税费改革政策的咨询,资金情况如何？,\"某某省平台《问政某某省》栏目组：网民在贵栏目留言，咨询燃油税资金情况，现函复如下："
       "一、关于资金情况。省每年转移支付养护资金12亿元。最后，感谢贵栏目组对交通运输工作的关心。（承办责任处室：某某省交通运输厅财务处）\",2013/1/6 9:00\n")
rs = recs(write("wenzheng.csv", csv))
check([r["title"] for r in rs] == ["某区某路段怎么还没修好？", "某区含浦镇马路卫生很差", "人才购房补贴问题", "反对某路公交车改线路",
                                   "燃油税费改革政策的咨询"], f"the message's subject titles the reply: {[r['title'] for r in rs]}")
check([r["fields"].get("issuer") for r in rs] == [["某区洋湖街道"], ["某区学士街道", "某区含浦街道"], None, None, ["某某省交通运输厅"]],
      f"the office that took it up (lead or credit), none for one that forwarded it: {[r['fields'].get('issuer') for r in rs]}")
check([r["kind"] for r in rs] == ["letter"] * 5, f"replies, a forwarding note and a 函复 to a board among them: {[r['kind'] for r in rs]}")

# ---- an SQLite database (a scraper's store): the table of answers read, the others named ---------
import sqlite3
db_path = os.path.join(tmp, "store.db")
con = sqlite3.connect(db_path)
con.execute("CREATE TABLE Labels (id INTEGER, First_Level_Label TEXT)")
con.executemany("INSERT INTO Labels VALUES (?, ?)", [(i, "城乡建设") for i in range(20)])
con.execute("CREATE TABLE Comments (id INTEGER, Topic TEXT, Detail TEXT)")
long_complaint = "我们是某小区的业主，因为涉及到严重安全问题，不得不通过网上写信的方式向你们反映。" * 30
con.executemany("INSERT INTO Comments VALUES (?, ?, ?)", [(1, "某小区外的检测站要开业了", long_complaint), (2, "某路段积水", long_complaint)])
con.execute("CREATE TABLE Comments_with_replys (id INTEGER, Topic TEXT, Detail TEXT, reply TEXT, Reply_Date TEXT, photo BLOB)")
con.executemany("INSERT INTO Comments_with_replys VALUES (?, ?, ?, ?, ?, ?)", [
    (108, "某省有哪些普法宣传活动？", "有什么普法宣传活动？", "\u3000\u3000你好，留言已阅。\u3000\u3000建议你登录法治网了解情况。谢谢！\u3000\u30002018年3月2日",
     "2018/3/2 15:59:21", b"\x00\x01"),
    (109, "什么情况下可以申请法律援助？", "想咨询'法律援助'\\条件。", "\u3000\u3000网友您好！您的留言已收悉。现答复如下：经济困难的公民可以申请法律援助。感谢您的关注。\u3000\u30002018年3月2日",
     "2018/3/2 16:00:00", None)])
con.commit()
con.close()
rc, out, err = run("process", "--no-extract", db_path)
rs = records(out)
check(rc == 0 and [r["title"] for r in rs] == ["某省有哪些普法宣传活动？", "什么情况下可以申请法律援助？"] and [r["kind"] for r in rs] == ["letter", "letter"],
      f"the answers' table of an SQLite store, titled by Topic: {rc} {[(r['title'], r['kind']) for r in rs]}")
check([r["fields"].get("date") for r in rs] == ["2018-03-02", "2018-03-02"] and (rs[1]["fields"].get("dataset") or {}).get("Detail") == "想咨询'法律援助'\\条件。",
      f"dates, and a message's quote and backslash kept: {[r['fields'].get('date') for r in rs]} {(rs[1]['fields'].get('dataset') or {}).get('Detail') if len(rs) > 1 else None}")
check(any("`Comments` (2 rows)" in d["message"] and "`Labels` (20 rows)" in d["message"] for d in rs[0].get("diagnostics", [])) if rs else False,
      f"the tables not read are named: {[d['message'] for d in rs[0].get('diagnostics', [])] if rs else None}")
# A schema that would make a value of 200 MB as it is read: bounded, the rest of the store read.
hostile_db = os.path.join(tmp, "hostile.db")
con = sqlite3.connect(hostile_db)
con.execute("CREATE TABLE huge (id INTEGER, blowup TEXT GENERATED ALWAYS AS (hex(zeroblob(100000000))) VIRTUAL)")
con.execute("INSERT INTO huge (id) VALUES (1)")
con.execute("CREATE TABLE replies (Topic TEXT, reply TEXT)")
con.execute("INSERT INTO replies VALUES (?, ?)", ("某路段积水", "网友您好！您的留言已收悉。现答复如下：已安排疏通。感谢您的关注。2018年3月2日"))
con.execute("INSERT INTO replies VALUES (?, ?)", ("某小区停电", "网友您好！您的留言已收悉。现答复如下：已恢复供电。感谢您的监督。2018年3月5日"))
con.commit()
con.close()
rc, out, err = run("process", "--no-extract", hostile_db)
rs = records(out)
check(rc in (0, 1) and [r["title"] for r in rs] == ["某路段积水", "某小区停电"],
      f"a generated column's 200 MB value is refused, the other table read: {rc} {[r['title'] for r in rs]} {err.strip()[:160]}")
damaged = write("damaged.db", open(db_path, "rb").read()[:100] + b"\xff" * 4000, "wb")
rc, out, err = run("process", "--no-extract", damaged)
rs = records(out)
check(rc == 1 and len(rs) == 1 and rs[0].get("error") and "SQLite" in rs[0]["error"]["message"],
      f"a damaged database is an error record that says so: {rc} {[r.get('error') for r in rs]}")

# ---- a sub-site named short in <title>, in full in its footer -------------------------------------
page = ("<html><head><title>中华人民共和国某某法-纪检</title></head><body><div class='nav'>首页 | 机构职能 | 警钟长鸣</div>"
        "<div id='vsb_content'><h1>中华人民共和国某某法</h1><p>发布时间：2018-05-17</p>"
        + "".join(f"<p>第{n}条 本条规定了某某事项，有关单位应当遵守本法的规定，依法履行职责。</p>" for n in "一二三四五六")
        + "</div><div class='footer'>主办单位：某某医科大学纪检监察室 版权所有<br/>地址：某某市新建南路56号</div></body></html>")
r = recs(write("subsite.html", page), "--no-split")[0]
check(r["fields"].get("site") == "某某医科大学纪检监察室", f"the footer's full name of the sub-site: {r['fields'].get('site')}")
page2 = page.replace("-纪检", "-新华网").replace("某某医科大学纪检监察室 版权所有", "新华网股份有限公司 版权所有")
r = recs(write("company.html", page2), "--no-split")[0]
check(r["fields"].get("site") == "新华网", f"a company owning the site does not rename it: {r['fields'].get('site')}")

# ---- a DOCX whose 文号 is typed in form fields (MACROBUTTON, complex and simple): what they show -----
import zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
para = lambda inner: f"<w:p>{inner}</w:p>"
wrun = lambda t: f"<w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r>"
complex_field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MACROBUTTON AcceptAllChangesInDoc 1</w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
body = (para(wrun("某某大学文件")) + para(wrun("某大〔2009〕") + complex_field + wrun("08号")) +
        para(wrun("关于印发《某某大学岗位设置实施办法》的通知")) + para(wrun("校属各单位：")) +
        para(wrun("现将《某某大学岗位设置实施办法》印发给你们，请遵照实施。")) +
        para('<w:fldSimple w:instr="MACROBUTTON NoMacro 某某大学"/>') + para(wrun("二○○九年五月二十日")))
docx = os.path.join(tmp, "macrobutton.docx")
with zipfile.ZipFile(docx, "w") as z:
    z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>')
r = recs(docx, "--no-split")[0]
f = r["fields"]
check((f.get("doc_number") or {}).get("text") == "某大〔2009〕108号" and f.get("issuer") == ["某某大学"] and f.get("date") == "2009-05-20",
      f"form fields show their text: {(f.get('doc_number') or {}).get('text')} {f.get('issuer')} {f.get('date')}")

# ---- an institution's rule interpreted by one of its offices; a report's cover dated by its month ---
r = recs(write("office-rule.txt", "某某邮电大学留学生学籍管理办法（试行）\n第一章 总则\n第一条 为加强留学生学籍管理，制定本办法。\n"
                                   "第二条 本办法由国际合作与交流处负责解释。\n第三条 本办法自发布之日起施行。\n"), "--no-split")[0]
f = r["fields"]
check((f.get("issuer"), f.get("issuer_from"), f.get("interpreted_by")) == (["某某邮电大学"], "title", "国际合作与交流处"),
      f"the institution the title names made it, its office interprets it: {f.get('issuer')} {f.get('issuer_from')} {f.get('interpreted_by')}")
r = recs(write("quality-report.txt", "某某邮电大学\n2013年本科教学质量报告\n2014年10月\n学校简介\n某某邮电大学是一所以信息科学技术为特色的大学。"
                                      "学校现有全日制本科生两万余人。\n一、办学定位与人才培养\n学校坚持以人才培养为中心。\n"), "--no-split")[0]
check((r["kind"], r["title"], r["fields"].get("date"), r["fields"].get("issuer")) == ("report", "某某邮电大学2013年本科教学质量报告", "2014-10", ["某某邮电大学"]),
      f"an annual quality report's cover: {r['kind']} {r['title']!r} {r['fields'].get('date')} {r['fields'].get('issuer')}")

# ---- a press conference under a crawler's header (title:/url:/author:/content:), its repost's 原标题 line
briefing = ("title: 3月1日外交部发言人汪某某主持例行记者会\nurl: http://www.example.gov.cn/xwfbh/1699620.htm\nauthor: 某某新闻办公室网站\n"
            "content: \n原标题：2021年3月1日外交部发言人汪某某主持例行记者会\n某某社记者：中方对此有何评论？\n汪某某：\n"
            "我们已经多次阐明中方的立场。任何人都不能凌驾于法律之上。\n某某报记者：请问发言人能否介绍有关情况？\n汪某某：\n我没有可以提供的信息。\n")
r = recs(write("briefing.txt", briefing), "--no-split")[0]
f = r["fields"]
check((r["title"], f.get("original_title"), f.get("speaker"), f.get("position")) ==
      ("3月1日外交部发言人汪某某主持例行记者会", "2021年3月1日外交部发言人汪某某主持例行记者会", "汪某某", "外交部发言人"),
      f"the header's title, the repost's original, the spokesperson: {r['title']!r} {f.get('original_title')!r} {f.get('speaker')} {f.get('position')}")

# ---- a Markdown speech under a collector's plain header (标题：/媒体：/发布日期：, a blank line) ----------
md = ("标题：某某同志在全省高质量发展大会上的讲话实录（2024）\n媒体：某某省人民政府\n发布日期：2024-02-19 11:06\n\n"
      "2月18日，省委、省政府召开全省高质量发展大会。以下为讲话实录——\n同志们，朋友们：\n人勤春来早。今天我们召开全省高质量发展大会。\n"
      "我们要坚定信心，真抓实干。\n谢谢大家！\n")
r = recs(write("speech-record.md", md), "--no-split")[0]
f = r["fields"]
check((r["kind"], r["title"], f.get("page_date"), f.get("source")) == ("speech", "某某同志在全省高质量发展大会上的讲话实录（2024）", "2024-02-19", "某某省人民政府"),
      f"a plain header over Markdown is a record: {r['kind']} {r['title']!r} {f.get('page_date')} {f.get('source')}")

# ---- a web page copied as text: its trail, info line, buttons and footer are the page's ---------
copied = ("首页 > 政务公开 > 通知公告\n某某县人民政府关于做好2024年春节期间烟花爆竹安全管理工作的通告\n"
          "发布时间：2024-01-25 09:30   来源：县应急管理局   浏览次数：1523   【字体：大 中 小】\n"
          "为切实做好2024年春节期间烟花爆竹安全管理工作，根据《烟花爆竹安全管理条例》等有关规定，现就有关事项通告如下：\n"
          "一、县城规划区内禁止燃放烟花爆竹。\n二、本通告自发布之日起施行。\n某某县人民政府\n2024年1月24日\n"
          "【打印本页】【关闭窗口】\n主办单位：某某县人民政府办公室  技术支持：某某网络科技有限公司\n")
rc, out, err = run("process", "--no-extract", "--with-text", write("copied.txt", copied))
r = records(out)[0]
f = r["fields"]
check((f.get("page_date"), f.get("source"), f.get("page_column"), f.get("site")) == ("2024-01-25", "县应急管理局", "通知公告", "某某县人民政府办公室"),
      f"the page's facts from its own lines: {f.get('page_date')} {f.get('source')} {f.get('page_column')} {f.get('site')}")
check(r["text"].startswith("某某县人民政府关于") and r["text"].rstrip().endswith("2024年1月24日") and f.get("date") == "2024-01-24"
      and any(d["id"] == "clean.copied_page" for d in r.get("diagnostics", [])), f"the article alone: {r['text'][:30]!r}…{r['text'][-30:]!r}")
meeting = ("关于召开全县2024年经济工作会议的通知\n各乡镇、县直各部门：\n经研究，决定召开全县2024年经济工作会议。现将有关事项通知如下：\n"
           "一、会议时间\n时间：2024年1月10日上午9:00，会期半天。\n二、会议地点\n县行政中心三楼会议室。\n中共某某县委办公室\n2024年1月5日\n")
r = recs(write("meeting.txt", meeting))[0]
check(r["fields"].get("page_date") is None and not any(d["id"] == "clean.copied_page" for d in r.get("diagnostics", [])),
      f"a 公文's own 时间： line makes no copied page: {r['fields'].get('page_date')}")

# ---- an OCR'd compilation: page marks and folios dropped, a sentence cut by a page joined, the
# contents' titles over their credits found in the body (one OCR'd title a character short) -----
body = lambda n: "".join(f"    这是第{n}篇材料的第{k}段，同志们在讨论中逐步明确了有关问题的含义，取得了比较一致的认识和体会。\n" for k in range(1, 6))
text = ("    某某问题学习材料汇编\n    某某出版社\n\n==========第1页==========\n    目\n    录\n"
        "    怎样理解某某问题的科学论断\n    理论讨论会第三组整理(1)\n"
        "    从阶级关系的变化看某某现象的形成\n    理论讨论会第三组整理(8)\n"
        "    从经济地位和政治态度看某某问题\n    理论讨论会第二组整理(16)\n\n==========第2页==========\n"
        "    怎样理解某某问题的\n    科学论断\n" + body(1)
        + "    讨论中大家认为，核心和主要的部分能够决定整体，也能够代表整体，这一点在讨论中得到了多数同志的认\n    1\n\n"
          "==========第3页==========\n    同，大家一致赞成。\n" + body(1)
        + "    从阶级关系的变化看\n    某某现象的形成\n" + body(2) + "    从经济地位和政治态度看某某问\n" + body(3))
rs = recs(write("compilation.txt", text), "--with-text")
arts = [r for r in rs if r["source"].get("index")]
check([r["title"] for r in arts] == ["怎样理解某某问题的科学论断", "从阶级关系的变化看某某现象的形成", "从经济地位和政治态度看某某问"],
      f"three articles by the contents, titles wrapped and OCR'd: {[r['title'] for r in arts]}")
first = arts[0].get("text", "") if arts else ""
check("多数同志的认同，大家一致赞成" in first and "==========" not in first and "\n1\n" not in first,
      f"page marks and folios dropped, the cut sentence joined: {first[-160:]!r}")

done()
