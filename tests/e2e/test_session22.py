"""Session 22 (issues 13, 14, 15): what a saved page prints inside its article's box that is no part of the
article — an information box under the title (`【发布单位】`, `【发布文号】`, read as fields), the
headline a reposting site replaced (`原标题：`), a reporter's closing byline (`□ 本报记者 某某`),
a site's link glued to the last sentence (`返回搜狐，查看更多`), an account's credits parted by bars
(`编辑|… 语音|…`), a box of promotions and links after the last sentence, and photo captions under
pictures; a posting time and the site's address under the title; a paper's editorial greeting a
meeting (`——热烈祝贺…开幕`: editorial, not the news of the opening); a heading printed over several lines joined into one line of the text. And (issue 15) a list's row whose title is its 文种 alone (`通 告`), and a joint 公告's
number naming every organ (`商务部 海关总署公告2025年第54号`); a list of titles beside their sources
reads the titles as the text, not the source column's organs that hold more Chinese; minutes without
an issue header are issued by the organ signing over their closing date. And (issue 14) a magazine
issue without contents: its colophon (`主管：`, `主办：`, `CN …`) heads no article, a column's name over
a title (`理论前沿`, letter-spaced `廉 政 时 评`) files the article (`fields.column`) and is no line of
its title, bylines with letter-spaced names (`文／王晓红　张　明`); a 学习材料 of two speeches, each its
title over its speaker (`县委书记　张国强`) and a date, split in two as text and as a saved page. Pages modelled on the dev sets' (tests/devset/pages, pages-2, pages-3; names replaced);
the sets' floors are the figures when these rules landed."""
import os
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")
tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)


def page(title, article_html, after=""):
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}_某某网</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/a'>要闻</a> <a href='/b'>政务</a></div>"
            f"<h1>{title}</h1><div class='article'>{article_html}</div>{after}"
            "<div class='footer'>版权所有：某某网　备案号：京ICP备00000000号</div></body></html>")


para = ("<p>某某市日前发布通知，部署春季学期开学师生返校和疫情防控工作，要求各地各校切实增强防控意识，"
        "严格落实属地管理责任、部门主管责任、学校主体责任。</p>")


def one(path):
    rs = process_records(path, "--no-split", "--no-extract", "--with-text")
    check(len(rs) == 1, f"{os.path.basename(path)}: one record, got {len(rs)}")
    return rs[0]


# ---- original headline and closing byline -------------------------------------------------------
r = one(write("repost.html", page("某某多地要求师生员工暂不返校",
                                  "<p>原标题：春季学期开学，织密返校防控网</p>" + para * 3 + "<p>□ 本报记者 王明远</p>")))
check("原标题" not in r["text"], "the 原标题 line leaves the body")
check(r["fields"].get("original_title") == "春季学期开学，织密返校防控网", f"original_title: {r['fields'].get('original_title')}")
check("本报记者" not in r["text"], "the closing byline leaves the body")
check(r["fields"].get("author") == "王明远", f"author from the byline: {r['fields'].get('author')}")
r = one(write("agency.html", page("某某县召开防汛工作会议", para * 3 + "<p>（记者 李华 通讯员 张建国）</p>")))
check(r["fields"].get("author") == "李华、张建国" and "通讯员" not in r["text"], f"reporter and correspondent: {r['fields'].get('author')}")
# A bare name closing a letter signs it: it stays.
r = one(write("letter.html", page("致全市广大市民的一封信", para * 3 + "<p>王明远</p><p>2024年5月10日</p>")))
check("王明远" in r["text"], "a bare name at the end is a signature, kept")

# ---- a link glued to the last sentence; credits parted by bars ---------------------------------
r = one(write("glued.html", page("某某同志遗体在京火化", para * 2 +
                                 "<p>有关部门负责同志也前往送别。<a href='//www.example.com/'><span>返回搜狐，查看更多</span></a></p>")))
check(r["text"].rstrip().endswith("也前往送别。"), f"the glued link leaves the last line: {r['text'][-40:]!r}")
r = one(write("credits.html", page("早安某某", para * 3 + "<p>编辑|张维纳 语音|徐佳 剪辑|李春 制图|张莉</p><p>投稿|tougao@example.com  合作|hezuo</p>")))
check("编辑|" not in r["text"] and "投稿|" not in r["text"], f"bar-parted credits leave the body: {r['text'][-80:]!r}")

# ---- a box of promotions and links after the last sentence --------------------------------------
box = ("<p>某某财经</p><p>会赚钱的客户端：</p><p><a href='/x'>携手某某证券</a></p><p>重点推荐</p>"
       + "".join(f"<p><a href='/n{i}'>某某公司新闻标题第{i}条 市场面临压力</a></p>" for i in range(1, 5)) + "<p>公司新闻</p>"
       + "".join(f"<p><a href='/m{i}'>某某行业动态标题第{i}条</a></p>" for i in range(1, 3)))
r = one(write("promo.html", page("某某：培育长期稳定健康发展的资本市场", para * 3 + box)))
check("会赚钱" not in r["text"] and "公司新闻" not in r["text"], f"the promotion box leaves the body: {r['text'][-120:]!r}")
# A signature and a date after the last sentence close a document: links after them go, they stay.
r = one(write("signed.html", page("某某市人民政府关于做好防汛工作的通知", para * 3 + "<p>某某市人民政府</p><p>2024年5月10日</p>"
                                  + "".join(f"<p><a href='/r{i}'>相关文件第{i}号</a></p>" for i in range(1, 4)))))
check("某某市人民政府\n2024年5月10日" in r["text"], f"signature and date kept: {r['text'][-60:]!r}")

# ---- photo captions ----------------------------------------------------------------------------
r = one(write("caption.html", page("院领导对接合作卫生院推进医疗资源下沉",
                                   para + "<div><img src='a.jpg'></div><div><font face='楷体'>院领导在某某卫生院了解当地情况</font></div>"
                                   + para * 2 + "<div><img src='b.jpg'></div><div>走访某某卫生院</div>" + para * 2)))
check("了解当地情况" not in r["text"] and "走访某某卫生院" not in r["text"], f"captions under pictures leave: {r['text']!r}")
# A caption that says it is one, a sentence as it may be (`…现场。某某学院供图`, `图为…`, `（新华社记者 某某 摄）`).
r = one(write("credited.html", page("某某专业毕业生供不应求", "<p><img src='a.jpg'></p><p>5月9日，某某学院养老服务管理专业毕业生就业双选会现场。某某学院供图</p>"
                                    + para + "<p>图为某某学院学生在为老服务中心实习时的近影。</p>" + para + "<p>（新华社记者 王明 摄）</p>" + para * 2)))
check("供图" not in r["text"] and "图为" not in r["text"] and "摄）" not in r["text"], f"credited captions leave: {r['text']!r}")
r = one(write("paishe.html", page("某某纪录片开机", para + "<p>该片由某某团队历时三年拍摄。</p>" + para * 2)))
check("历时三年拍摄" in r["text"], "a sentence ending in 拍摄 is no caption")
# An inline picture (an emoji in a sentence) makes no caption of its line.
r = one(write("emoji.html", page("某某活动圆满结束", para + "<p><img src='e.png'>感谢大家</p>" + para * 2)))
check("感谢大家" in r["text"], "text sharing its line with a picture (an emoji) is no caption")

# ---- an information box under the title ---------------------------------------------------------
r = one(write("infobox.html", page("公布对某某产品实施出口许可证管理",
                                   "<p>【发布单位】外贸司</p><p>【发布文号】商务部 海关总署公告2025年第54号</p><p>【发文日期】2025年09月26日</p>"
                                   "<p>为促进某某产品贸易健康发展，商务部、海关总署决定对某某产品实施出口许可证管理。现将有关事项公告如下：</p>"
                                   "<p>一、对某某产品实施出口许可证管理。</p><p>二、本公告自2026年1月1日起正式实施。</p>"
                                   "<p>商务部</p><p>海关总署</p><p>2025年9月26日</p>")))
check("【发布" not in r["text"] and "【发文日期】" not in r["text"], "the information box leaves the body")
dn = r["fields"].get("doc_number") or {}
check(dn.get("year") == 2025 and dn.get("number") == 54 and r["fields"].get("doc_number_from") == "page",
      f"the box's 发布文号 is the document's number: {dn} {r['fields'].get('doc_number_from')}")

# ---- a heading printed over several lines is one line of the text --------------------------------
r = one(write("brtitle.html", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>某某市人民代表大会常务委员会关于批准某某调整方案的决议__某某公报</title>"
              "</head><body><div class='nav'><a href='/'>首页</a></div><div class='content'><p align='center'><b>某某市人民代表大会常务委员会<br>"
              "关于批准某某调整方案的决议</b><br>（2007年6月29日某某市人民代表大会常务委员会第二十八次会议通过）</p>" + para * 3 + "</div></body></html>"))
check(r["text"].split("\n")[:2] == ["某某市人民代表大会常务委员会关于批准某某调整方案的决议", "（2007年6月29日某某市人民代表大会常务委员会第二十八次会议通过）"],
      f"the heading's lines joined: {r['text'][:120]!r}")

# ---- a paper's editorial greeting a meeting; the page's head under the title -------------------------
r = one(write("sheping.html", page("为某某建设凝聚强大智慧和力量——热烈祝贺市政协五届一次会议开幕",
                                   "<p>某某市政府门户网站 www.example.gov.cn</p><p>2022-02-11 09:52</p><p>打印本页</p>"
                                   "<p>新征程催人奋进，新使命激荡人心。今天，政协某某市第五届委员会第一次会议隆重开幕，我们对大会的召开表示热烈祝贺！</p>"
                                   + para * 2 + "<p>我们坚信，政协委员们一定会建睿智之言、献务实之策，为加快推进现代化建设作出新的更大贡献！</p><p>预祝大会圆满成功！</p>")))
check(r["kind"] == "editorial", f"an editorial greeting the meeting it names: {r['kind']}")
check(r["text"].split("\n")[1].startswith("新征程"), f"the site's line, posting time and print button leave the head: {r['text'][:120]!r}")
r = one(write("kaimu.html", page("某某市政协五届一次会议开幕", "<p>2月11日，政协某某市第五届委员会第一次会议隆重开幕。</p>" + para * 2)))
check(r["kind"] == "news", f"the report of the opening stays news: {r['kind']}")

# ---- a row titled by its 文种 alone; a joint 公告's number ---------------------------------------
rows = process_records(write("list.csv", "title,url,date,source\n通 告,http://example.gov.cn/a.html,1/24/2020,某某市卫生健康委员会\n"
                                         "关于取消某某业务的公告,http://example.gov.cn/b.html,1/26/2020,某某市退役军人事务局\n"))
check([(r["kind"], r["fields"].get("doc_type")) for r in rows] == [("public_notice", "通告"), ("announcement", "公告")],
      f"rows titled 通 告 and …的公告: {[(r['kind'], r['fields'].get('doc_type')) for r in rows]}")
r = process_records(write("joint.txt", "商务部 海关总署公告2025年第54号\n\n关于对某某产品实施出口许可证管理的公告\n\n"
                                       "为促进某某贸易健康发展，决定对某某产品实施出口许可证管理。现将有关事项公告如下：\n\n"
                                       "一、实施出口许可证管理。\n\n二、本公告自2026年1月1日起实施。\n\n商务部　海关总署\n2025年9月26日\n"), "--no-split")[0]
dn = r["fields"].get("doc_number") or {}
check((dn.get("org"), dn.get("year"), dn.get("number")) == ("商务部 海关总署公告", 2025, 54), f"a joint 公告's number: {dn}")

# ---- minutes signed at their end -------------------------------------------------------------------
r = process_records(write("jiyao.txt", "某某市人民政府常务会议纪要\n\n2023年6月15日上午，市长张三主持召开市政府第8次常务会议，研究部署有关工作。纪要如下：\n\n"
                                      "一、关于全市防汛工作\n\n会议听取了市水利局关于全市防汛准备工作的汇报。会议强调，各地各部门要压实防汛责任。\n\n"
                                      "出席：张三、李四、王五\n列席：市水利局负责同志\n\n某某市人民政府办公室\n2023年6月16日\n"), "--no-split")[0]
check((r["kind"], r["fields"].get("issuer"), r["fields"].get("issued"), r["fields"].get("date")) ==
      ("minutes", ["某某市人民政府办公室"], "2023-06-16", "2023-06-15"), f"minutes' signer: {r['kind']} {r['fields']}")

# ---- a magazine issue without contents: colophon, column names over titles, bylines ----------------
P = ["近年来，某某县坚持以党建引领基层治理，把党的组织优势转化为治理效能，探索形成了一批可复制可推广的经验做法。",
     "一是建强组织体系。全县推行“网格党支部+党员中心户”模式，将党组织延伸到最末端，实现党的组织和工作全覆盖。",
     "二是完善运行机制。建立健全议事协商、民情收集、问题办理等制度，做到小事不出网格、大事不出村。",
     "三是强化队伍保障。选优配强村党组织书记，实施村级后备力量培养工程，持续提升基层干部履职能力。",
     "实践证明，只有把党建工作抓实了，基层治理才能有抓手、有成效，群众的获得感幸福感安全感才能不断增强。"]
arts = [("卷 首 语", "奋力书写新时代组织工作新篇章", [], None),
        ("理论前沿", "以高质量党建引领基层治理现代化", ["□ 李建国"], "（作者系某某省委党校教授）"),
        ("基层风采", "小网格撬动大治理", ["——某某县推进党建引领网格化治理的实践与思考", "□ 本刊记者　赵　磊"], None),
        ("党建论坛", "新时代村级党组织书记队伍建设的路径探析", ["文／王晓红　张　明"], "（作者单位：某某市委党校）"),
        ("廉 政 时 评", "警惕“微腐败”侵蚀群众获得感", ["■ 陈　平"], None)]
lines = ["党建研究", "2023年第5期（总第287期）", "主管：中共某某省委组织部", "主办：某某省党建研究会", "国内统一连续出版物号：CN 11-0000/D", ""]
folio = 2
for column, title, under, note in arts:
    lines += [column, "", title] + under + [""]
    for i, p in enumerate(P + P[::-1]):
        lines.append("　　" + p)
        if i == 4:
            lines += ["", f"党建研究　2023.5　{folio}", ""]
            folio += 1
    lines += ([note] if note else []) + [""]
rs = process_records(write("magazine.txt", "\n".join(lines)))
check(rs[0]["kind"] == "periodical" and rs[0]["fields"].get("publisher") == "某某省党建研究会", f"the issue: {rs[0]['kind']} {rs[0]['fields']}")
got = [(r["title"], r["fields"].get("column"), r["fields"].get("author")) for r in rs[1:]]
want = [("奋力书写新时代组织工作新篇章", "卷首语", None), ("以高质量党建引领基层治理现代化", "理论前沿", "李建国"),
        ("小网格撬动大治理", "基层风采", "赵磊"), ("新时代村级党组织书记队伍建设的路径探析", "党建论坛", "王晓红、张明"),
        ("警惕“微腐败”侵蚀群众获得感", "廉政时评", "陈平")]
check(got == want, f"articles under their columns: {got}")
check(rs[1]["kind"] == "editorial", f"the 卷首语 filed by the splitter is an editorial: {rs[1]['kind']}")

# ---- a speaker whose post is glued before the name in the title ------------------------------------
r = process_records(write("shizhang.txt", "市长王建华在全市安全生产工作会议上的讲话\n\n2023年2月15日\n\n同志们：\n\n今天召开这次会议，主要任务是总结去年工作，部署今年任务。\n\n"
                                          "一、充分肯定成绩\n\n过去一年，各项工作取得新进展。\n\n二、狠抓工作落实\n\n各级各部门要压实责任。\n"), "--no-split")[0]
check((r["kind"], r["fields"].get("speaker"), r["fields"].get("position")) == ("speech", "王建华", "市长"), f"市长王建华在…: {r['fields']}")

# ---- a 学习材料 of two speeches, as text and as a saved page -----------------------------------------
B = ("同志们：\n今天召开这次会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。\n一、充分肯定成绩\n"
     "过去一年，全市上下团结一心，各项工作取得新进展，经济社会发展稳中有进。\n二、明确目标任务\n"
     "今年是关键之年，要坚持稳中求进工作总基调，推动高质量发展。\n三、狠抓工作落实\n各级各部门要压实责任，确保各项任务落地见效。\n")
two = ("学习材料（第5期）\n首页\n在全县经济工作会议上的讲话\n县委书记　张国强\n（2023年2月10日）\n" + B +
       "在全县安全生产工作会议上的讲话\n县长　李卫东\n（2023年2月15日）\n" + B)
for name, content in (("two.txt", two), ("two.html", page("学习材料（第5期）", "".join(f"<p>{l}</p>" for l in two.split("\n")[2:] if l)))):
    rs = process_records(write(name, content))
    got = [(r["kind"], r["fields"].get("speaker"), r["fields"].get("date")) for r in rs[1:]]
    check(got == [("speech", "张国强", "2023-02-10"), ("speech", "李卫东", "2023-02-15")], f"{name}: two speeches, {got}")
r = process_records(write("one.txt", "在全县经济工作会议上的讲话\n县委书记　张国强\n（2023年2月10日）\n" + B * 3))
check(len(r) == 1, f"one speech stays one record: {len(r)}")

# ---- a 简报 whose contents list names its items; its compiler without the verb ----------------------
jb = ("工 作 简 报\n\n第12期\n\n某某县人民政府办公室编　　　　2023年6月20日\n\n【本期要目】\n县政府召开防汛工作专题会议\n"
      "某某镇扎实推进人居环境整治\n县市场监管局开展食品安全专项检查\n\n"
      "县政府召开防汛工作专题会议\n\n6月18日，县政府召开防汛工作专题会议，分析研判当前防汛形势，安排部署下一阶段防汛工作。\n\n"
      "某某镇扎实推进人居环境整治\n\n今年以来，某某镇扎实推进农村人居环境整治，累计清理垃圾1200余吨，村容村貌明显改善。\n\n"
      "县市场监管局开展食品安全专项检查\n\n近日，县市场监管局组织开展食品安全专项检查，共检查食品经营单位156家。\n")
r = process_records(write("jianbao.txt", jb))
# (Session 23: a bulletin's issue is a bundle of its items, each a record dated by the issue.)
check([x["title"] for x in r[1:]] == ["县政府召开防汛工作专题会议", "某某镇扎实推进人居环境整治", "县市场监管局开展食品安全专项检查"],
      f"a brief issue: one record per listed item: {[x['title'] for x in r]}")
check((r[0]["fields"].get("publisher"), r[0]["fields"].get("date")) == ("某某县人民政府办公室", "2023-06-20"),
      f"the brief's compiler and date: {r[0]['fields']}")

# ---- the dev sets ---------------------------------------------------------------------------------
floors(evaluate("eval_pages", os.path.join(D, "pages"), "--gongwen", GONGWEN), {"chrome": 25, "last": 23, "title": 24, "first": 21, "kind": 19}, "pages ")
floors(evaluate("eval_pages", os.path.join(D, "pages-5"), "--gongwen", GONGWEN), {"first": 2}, "pages-5 ")
floors(evaluate("eval_pages", os.path.join(D, "pages-2"), "--gongwen", GONGWEN), {"chrome": 5}, "pages-2 ")
floors(evaluate("eval_pages", os.path.join(D, "pages-3"), "--gongwen", GONGWEN), {"chrome": 4, "first": 5}, "pages-3 ")

done()
