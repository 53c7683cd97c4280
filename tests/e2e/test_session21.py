"""Session 21 (issues 13, 15): joint issuers keep their separation in the title and the issuer list
(`中共某某市委办公室　某某市人民政府办公室` over `关于…`; `中共中央 国务院`); a signature of ten
organs one a line, names spaced out to the width of the others (`海　关　总　署`); dataset rows from
a crawler that strips punctuation: a YYYYMMDD date column, a number whose brackets are gone
(`粤府函202382号`), the title column's printed form over the text's stripped copy, and a cited order's
number glued to the regulation's name (`…条例国务院令第679号`) that is no number of this document.
The round's committed sets with their floors (tests/devset/datasets-6: a ministries' JSON array and a
crawler's tab-separated rows; tests/devset/pages-5: a 国务院公报 page and a university's repost of a
law; tests/devset/gongwen-13: two universities' notices as a PDF dataset's Markdown, one whose printing
line lost its 印发 under its 抄送); other inputs are modelled on the round's files (names replaced)."""
import json
import os
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")
tmp = tmpdir()
write = lambda name, content, mode="w": write_file(tmp, name, content, mode)
recs = process_records

# ---- joint issuers in the title: apart by one space; each its own issuer ---------------------------
r = recs(write("joint.txt", "中共某某市委办公室　某某市人民政府办公室\n关于加快推进乡村振兴的实施意见\n\n（2022年3月15日）\n\n"
                            "为深入贯彻落实中央和省委关于全面推进乡村振兴的决策部署，结合我市实际，现提出如下实施意见。\n\n"
                            "一、总体要求\n\n（一）指导思想。坚持农业农村优先发展。\n\n二、重点任务\n\n（二）提升粮食生产能力。严格落实耕地保护制度。\n"),
         "--no-split")[0]
check((r["title"], r["fields"].get("issuer")) == ("中共某某市委办公室 某某市人民政府办公室关于加快推进乡村振兴的实施意见",
                                                  ["中共某某市委办公室", "某某市人民政府办公室"]),
      f"a joint title line: {r['title']!r} {r['fields'].get('issuer')}")
r = recs(write("zhongyang.md", "# 中共中央国务院关于全面推进某某工作的意见\n\n（2021年1月4日）\n\n"
                               "为全面推进某某工作，现提出如下意见。\n\n一、总体要求\n\n坚持以人民为中心。\n\n二、主要任务\n\n加强组织领导。\n"),
         "--no-split")[0]
check((r["title"], r["fields"].get("issuer")) == ("中共中央 国务院关于全面推进某某工作的意见", ["中共中央", "国务院"]),
      f"中共中央 and 国务院 glued: {r['title']!r} {r['fields'].get('issuer')}")
r = recs(write("dun.txt", "国务院、中央军委关于同意某某机关迁址新建的批复\n\n某某部：\n\n你部关于迁址新建的请示收悉。同意迁址新建。\n\n此复。\n\n"
                          "国务院　中央军委\n2004年5月10日\n"), "--no-split")[0]
check(r["title"] == "国务院、中央军委关于同意某某机关迁址新建的批复", f"a separator the title prints stays: {r['title']!r}")
r = recs(write("office.txt", "某某市人民政府办公室关于做好防汛工作的通知\n\n各区县人民政府：\n\n现将有关事项通知如下。请认真贯彻执行。\n\n"
                             "某某市人民政府办公室\n2024年5月10日\n"), "--no-split")[0]
check((r["title"], r["fields"].get("issuer")) == ("某某市人民政府办公室关于做好防汛工作的通知", ["某某市人民政府办公室"]),
      f"a government's office is one organ: {r['title']!r} {r['fields'].get('issuer')}")

# ---- ten organs signing one a line, some spaced out --------------------------------------------------
organs = ["国家发展改革委", "国 家 数 据 局", "中 央 网 信 办", "交 通 运 输 部", "海\u3000关\u3000总\u3000署", "市场监管总局",
          "国 家 铁 路 局", "中 国 民 航 局", "国 家 邮 政 局", "中国国家铁路集团有限公司"]
r = recs(write("ten.txt", "国家发展改革委等部门关于印发《关于推动某某数据开放互联的实施方案》的通知\n\n发改数据〔2025〕1387号\n\n"
                          "各省、自治区、直辖市发展改革委、数据管理部门：\n\n为推动某某数据开放互联，制定了《关于推动某某数据开放互联的实施方案》。现印发给你们，请结合实际抓好落实。\n\n"
                          + "\n".join(organs) + "\n2025年11月3日\n"), "--no-split")[0]
want = [o.replace(" ", "").replace("\u3000", "") for o in organs]
check(r["fields"].get("issuer") == want, f"ten signers: {r['fields'].get('issuer')}")

# ---- a crawler's rows: punctuation stripped, YYYYMMDD dates --------------------------------------------
body = ("某某省人民政府关于某某市某某镇保护规划20192035年的批复某府函202382号某某市人民政府你市关于批准实施某某镇保护规划的请示某府202285号收悉现批复如下"
        "一原则同意某某镇保护规划规划期限为20192035年规划范围为某某镇镇域辖区范围二要妥善处理好历史文化名镇保护与发展的关系切实加强对传统格局历史风貌空间尺度的保护"
        "同时要合理利用历史文化遗存完善公共服务体系三加强规划实施管理确保保护规划管制措施落实到位要认真做好保护规划公布实施工作省人民政府2023年6月19日")
body2 = ("某某省人民政府关于禁止在某某水库工程占地及淹没区新增建设项目和迁入人口的通告某府函202380号为做好某某水库工程建设征地补偿和移民安置工作"
         "维护有关各方合法权益保障工程建设顺利进行根据大中型水利水电工程建设征地补偿和移民安置条例国务院令第679号发布通告如下一自本通告发布之日起"
         "不得新增建设项目二本通告自发布之日起施行省人民政府2023年6月12日")
rows = write("stripped.csv", "索引号\t发布机构\t政策标题\t发布日期\t政策正文文本\n"
             "0001/2023-00283\t某某省人民政府\t某某省人民政府关于某某市某某镇保护规划（2019—2035年）的批复\t20230629\t" + body + "\n"
             "0001/2023-00281\t某某省人民政府\t某某省人民政府关于禁止在某某水库工程占地及淹没区新增建设项目和迁入人口的通告\t20230628\t" + body2 + "\n")
rs = recs(rows)
num = lambda r: (r["fields"].get("doc_number") or {}).get("text")
check([r["fields"].get("row_date") for r in rs] == ["2023-06-29", "2023-06-28"], f"YYYYMMDD dates: {[r['fields'].get('row_date') for r in rs]}")
check([num(r) for r in rs] == ["某府函〔2023〕82号", "某府函〔2023〕80号"], f"numbers whose brackets were stripped: {[num(r) for r in rs]}")
check(rs[0]["title"] == "某某省人民政府关于某某市某某镇保护规划（2019—2035年）的批复" and rs[0]["fields"].get("date") == "2023-06-19",
      f"the title column's printed form; the signature's date: {rs[0]['title']!r} {rs[0]['fields'].get('date')}")

# ---- a government page's information table: 成文日期 is the document's, 发布日期 the page's -----------
paras = "".join(f"<p>（{c}）第{c}项工作。各地区各部门要加强组织领导，压实工作责任，确保各项措施落到实处。</p>" for c in "一二三四")
page = ("<html><head><meta charset='utf-8'><title>某某省人民政府办公厅关于优化某某服务的通知_政府信息公开</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/zc/'>政策</a></div><table class='xxgk'>"
        "<tr><td>索<span></span>引<span></span>号：</td><td>000014349/2023-00012</td><td>主题分类：</td><td>政府工作</td></tr>"
        "<tr><td>发文机关：</td><td>某某省人民政府办公厅</td><td>成文日期：</td><td>2023年03月01日</td></tr>"
        "<tr><td>发文字号：</td><td>某政办发〔2023〕5号</td><td>发布日期：</td><td>2023年03月05日</td></tr></table>"
        "<div class='content'><p>某某省人民政府办公厅关于优化某某服务的通知</p><p>某政办发〔2023〕5号</p><p>各市人民政府，省政府各部门：</p>"
        "<p>为进一步优化某某服务，经省政府同意，现就有关事项通知如下：</p>" + paras +
        "<p>某某省人民政府办公厅</p><p>2023年3月1日</p></div><div class='foot'>主办单位：某某省人民政府办公厅</div></body></html>")
r = recs(write("xxgk.html", page))[0]
check((r["fields"].get("date"), r["fields"].get("page_date")) == ("2023-03-01", "2023-03-05"),
      f"成文日期 and 发布日期: {r['fields'].get('date')} {r['fields'].get('page_date')}")

# ---- a listing's number after a rule's name; one shape for every handler's number ---------------------
r = recs(write("listed.md", "# 某某设施许可证管理办法（发改委第36号令）\n\n第一条　为了规范某某设施许可证的管理，制定本办法。\n\n"
                            "第二条　本办法适用于某某设施许可证的申请、受理和审查。\n\n第三条　本办法自发布之日起施行。\n"), "--no-split")[0]
check((r["kind"], r["title"], r["fields"].get("doc_number")) ==
      ("regulation", "某某设施许可证管理办法", {"text": "发改委第36号令", "org": "发改委", "number": 36, "key": "发改委第36号令"}),
      f"the number after the name: {r['kind']} {r['title']!r} {r['fields'].get('doc_number')}")
r = recs(write("ling.md", "# 某某管理条例\n\n（2003年4月2日国务院第3次常务会议通过　2003年4月7日中华人民共和国国务院令第374号公布）\n\n"
                          "第一条　为了规范某某管理，制定本条例。\n\n第二条　本条例自公布之日起施行。\n"), "--no-split")[0]
check(r["fields"].get("doc_number") == {"text": "中华人民共和国国务院令第374号", "org": "中华人民共和国国务院令", "number": 374,
                                        "key": "中华人民共和国国务院令第374号"} and r["fields"].get("issuer") == ["中华人民共和国国务院"],
      f"an order's number after the adoption's date, as an object: {r['fields'].get('doc_number')} {r['fields'].get('issuer')}")

# ---- a reposted article's print edition note at its end is the page's, not the article's -------------
paras = "".join(f"<p>第{i}段：河南深入贯彻落实有关要求，黄河生态保护治理取得了重要进展，统筹推进上下游联防联控。</p>" for i in range(1, 7))
r = recs(write("print-note.html", "<html><head><meta charset='utf-8'><title>河南推进黄河生态保护治理--经济·科技--人民网</title></head><body>"
                                  "<div class='nav'><a href='/'>首页</a></div><div class='rm_txt'><h1>河南推进黄河生态保护治理</h1>"
                                  "<div class='col-1-1'>2024年05月10日 05:58 | 来源：人民网－人民日报</div><div class='rm_txt_con'>" + paras +
                                  "<p>《 人民日报 》（ 2024年05月10日   04 版）</p><div class='edit'>(责编：张三、李四)</div></div></div></body></html>"),
         "--with-text")[0]
check("人民日报 》" not in r.get("text", "") and r.get("text", "").rstrip().endswith("联防联控。"),
      f"the print edition's note dropped: {r.get('text', '')[-40:]!r}")

# ---- a magazine's bylines: a mark, a label or a role, then the unit and the names ----------------------
body = ("　　近年来，我们坚持以党建引领基层治理，推动各项工作落地见效，把党的政治优势、组织优势转化为基层治理效能，群众满意度持续提升。\n\n"
        "　　一是强化政治引领，坚持把党的政治建设摆在首位，教育引导党员干部深刻领悟“两个确立”的决定性意义，做到“两个维护”。\n\n"
        "　　二是夯实组织基础，持续整顿软弱涣散基层党组织，选优配强村党组织书记，推动基层党组织全面进步、全面过硬。\n\n"
        "　　三是创新工作方法，探索“党建+网格”治理模式，把支部建在网格上，让党员亮身份、树形象、作表率。\n\n"
        "　　下一步，我们将继续深化探索，推动基层治理体系和治理能力现代化，为高质量发展提供坚强组织保证。\n\n")
issue = "某某生活\n2023年第5期（总第512期）\n\n" + "".join(f"{t}\n{b}\n\n{body}" for t, b in [
    ("把支部建在网格上", "文／中共某某县委组织部　李晓红"), ("党员积分制管理的实践与思考", "作者：赵丽萍"),
    ("“三会一课”如何开出新意", "□ 本刊通讯员　刘海涛　孙悦"), ("在调查研究中提升工作本领", "文/周文斌")])
rs = [r for r in recs(write("magazine.txt", issue)) if r["source"].get("index")]
got = [(r["kind"], r["fields"].get("author"), r["fields"].get("unit")) for r in rs]
check(got == [("experience", "李晓红", "中共某某县委组织部"), ("experience", "赵丽萍", None), ("experience", "刘海涛、孙悦", None),
              ("experience", "周文斌", None)], f"bylines: {got}")

# ---- a 通告 titled by its 文种 alone: no 主送, its formula names it ------------------------------------
r = recs(write("tonggao.txt", "通　告\n\n为切实做好疫情防控工作，根据有关法律规定，现就有关事项通告如下：\n一、全市各单位要严格落实防控措施。\n"
                              "二、本通告自发布之日起施行。\n特此通告。\n\n某某市卫生健康委员会\n2020年1月24日\n"), "--no-split")[0]
check((r["kind"], r["title"], r["fields"].get("issuer")) == ("public_notice", "通告", ["某某市卫生健康委员会"]),
      f"通告 alone is the title: {r['kind']} {r['title']!r} {r['fields'].get('issuer')}")

# ---- a 致辞's occasion, as a 讲话's -------------------------------------------------------------------
r = recs(write("zhici.txt", "在第十届中国国际某某博览会开幕式上的致辞\n国务院副总理　某某某\n（2015年10月13日，广州）\n\n尊敬的各位来宾，女士们，先生们：\n"
                            "　　大家上午好！很高兴出席第十届中国国际某某博览会开幕式。首先，我代表中国政府，对博览会的开幕表示热烈祝贺！\n"
                            "　　中小企业是国民经济和社会发展的重要力量。\n　　最后，预祝博览会取得圆满成功！谢谢大家！\n"), "--no-split")[0]
check((r["kind"], r["fields"].get("occasion")) == ("speech", "第十届中国国际某某博览会开幕式"), f"a 致辞's occasion: {r['kind']} {r['fields'].get('occasion')}")

# ---- a row's 文号 column numbers its document (nested JSON, pinyin column names) ---------------------
rows = [{"id": i, "attributes": {"title": f"某某市人民政府办公室关于做好第{i}批防汛工作的通知", "pubDate": f"2024-05-0{i} 10:00:00",
                                  "fwjg": "某某市人民政府办公室", "wh": f"某政办发〔2024〕{i}号"},
         "content": {"html": f"<p>各区县人民政府：</p><p>现将第{i}批防汛工作有关事项通知如下，请认真贯彻落实。</p><p>某某市人民政府办公室</p><p>2024年5月{i}日</p>"}}
        for i in (1, 2)]
rows.append({"id": 3, "attributes": {"title": "某某市城市绿化管理办法", "pubDate": "2024-05-03", "wh": "某某市人民政府令第158号"},
             "content": {"html": "<p>第一条　为了促进城市绿化，制定本办法。</p><p>第二条　本办法自发布之日起施行。</p>"}})
rs = recs(write("nested.json", json.dumps({"code": 0, "data": {"total": 3, "list": rows}}, ensure_ascii=False)))
check([((r["fields"].get("doc_number") or {}).get("key"), r["fields"].get("doc_number_from")) for r in rs] ==
      [("某政办发〔2024〕1号", "dataset"), ("某政办发〔2024〕2号", "dataset"), ("某某市人民政府令第158号", "dataset")],
      f"the 文号 column: {[(r['kind'], r['fields'].get('doc_number')) for r in rs]}")

# ---- a crawler's record of the site it took a row from names the organ that published it ----------
rows = write("spider.jsonl", "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in [
    {"url": "https://example.gov.cn/zcfg/t1.html", "spider_from": "某某能源监管办公室", "title": "关于明确某某电力辅助服务市场有关事项的通知",
     "publish_time": "2025-10-17", "content": "关于明确某某电力辅助服务市场有关事项的通知"},
    {"url": "https://example.com/n/1.html", "spider_from": "某某新闻网", "title": "关于做好某某工作的通知", "publish_time": "2025-10-18",
     "content": "关于做好某某工作的通知"}]))
rs = recs(rows)
check([r["fields"].get("issuer") for r in rs] == [["某某能源监管办公室"], None], f"spider_from: {[r['fields'].get('issuer') for r in rs]}")

# ---- a 文件汇编 of 公文 (each title over its 发文字号) and a 讲话汇编 under its compiler's credit ------------
body = "".join(f"　　{c}要坚持以人民为中心的发展思想，扎实推进各项工作，确保各项目标任务圆满完成，不断增强人民群众的获得感、幸福感。\n" for c in "一二三四五六")
docs = [("某某县人民政府关于加快发展现代农业的意见", "某政发〔2023〕1号", "某某县人民政府", "2023年1月10日"),
        ("某某县人民政府办公室关于做好春耕生产工作的通知", "某政办发〔2023〕5号", "某某县人民政府办公室", "2023年2月20日"),
        ("某某县人民政府关于表彰2022年度先进集体的决定", "某政发〔2023〕8号", "某某县人民政府", "2023年3月15日")]
text = "某某县政策文件汇编\n某某县人民政府办公室　编\n二〇二三年十二月\n\n" + "".join(
    f"{t}\n{n}\n\n各乡镇人民政府，县直各单位：\n{body}\n{o}\n{d}\n\n" for t, n, o, d in docs)
rs = recs(write("huibian.txt", text))
check([(r["kind"], r["title"], (r["fields"].get("doc_number") or {}).get("text")) for r in rs[1:]] ==
      [("opinion", docs[0][0], docs[0][1]), ("notice", docs[1][0], docs[1][1]), ("decision", docs[2][0], docs[2][1])] and rs[0]["kind"] == "collection",
      f"a 文件汇编: {[(r['kind'], r['title'][:12]) for r in rs]}")
text = "某某市领导讲话汇编\n（2023年）\n某某市委办公室编\n\n" + "".join(
    f"{t}\n{d}\n{w}\n\n同志们：\n{body}　　同志们，让我们团结一心，奋力开创新局面！\n\n" for t, d, w in
    [("在全市经济工作会议上的讲话", "（2023年1月5日）", "张建国"), ("在全市组织工作会议上的讲话", "（2023年2月10日）", "李明华"),
     ("在全市安全生产工作会议上的讲话", "（2023年3月1日）", "王志强")])
rs = recs(write("jianghua.txt", text))
check([(r["title"], r["fields"].get("speaker")) for r in rs[1:]] == [("在全市经济工作会议上的讲话", "张建国"), ("在全市组织工作会议上的讲话", "李明华"),
                                                                    ("在全市安全生产工作会议上的讲话", "王志强")],
      f"the compiler's credit is no title line: {[r['title'] for r in rs]}")

# ---- a 学习资料 issue: parts with names, news items under datelines, pieces closed by their source ------
body = "".join(f"　　{c}这是正文内容，讲述了有关会议的精神和部署要求，强调要深入学习贯彻，切实把思想和行动统一到中央决策部署上来。\n" for c in "甲乙丙丁")
text = ("学习资料\n2023年第3期\n中共某某大学委员会宣传部　　　　2023年3月20日\n\n第一部分　重要讲话精神\n\n"
        "某某在参加某某代表团审议时强调 牢牢把握高质量发展这个首要任务\n\n　　新华社北京3月5日电　" + body.lstrip("　") + "\n"
        "某某在看望参加政协会议的某某界委员时强调 正确引导民营经济健康发展高质量发展\n\n　　新华社北京3月6日电　" + body.lstrip("　") + "\n"
        "第二部分　学习辅导\n\n以中国式现代化全面推进中华民族伟大复兴\n\n" + body + "（来源：《求是》2023年第6期）\n\n"
        "深刻把握高质量发展这个首要任务\n\n" + body + "（来源：人民日报 2023年03月08日 09版）\n")
rs = recs(write("xuexi.txt", text))
check([r["source"].get("line_start") for r in rs[1:]] == [7, 14, 23, 31] and rs[1]["kind"] == "news" and
      [(r["fields"].get("date"), r["fields"].get("date_year_from")) for r in rs[1:3]] == [("2023-03-05", "container"), ("2023-03-06", "container")],
      f"a study digest's items: {[(r['kind'], r['title'][:10], r['source'].get('line_start')) for r in rs]}")

# ---- a 文章选编 of reprints: each piece closed by its bracketed source, its author's line under its title ---
para = "　　这是正文的一段，批判的文章论述了有关问题，引用了大量的事实和材料，说明了问题的实质，文章很长，论述也很充分。\n"
pieces = [("打好思想战线的人民战争", "某某部队某部战士赵某某", "（一九七四年一月二十七日《人民日报》）"),
          ("“克己复礼”就是要开倒车", "天津某某厂工人评论组", "(《红旗杂志一九七四年第二期)"),
          ("决不容许历史车轮倒转", "某某公社某某大队邓某某", "（一九七四年二月四日《南方日报）"),
          ("天才论是野心家的哲学", "北京某某厂铸工车间工人评论组", "（一九七四年二月九日《解放军报》）")]
text = "某某文章选编\n某某人民出版社\n\n" + "".join(f"{t}\n{a}\n{para * 4}{src}\n\n" for t, a, src in pieces)
rs = recs(write("xuanbian.txt", text))
check([r["title"] for r in rs[1:]][-3:] == [t for t, _, _ in pieces][1:],
      f"pieces after their predecessors' source notes: {[r['title'] for r in rs]}")

# ---- the round's sets ------------------------------------------------------------------------------
floors(evaluate("eval_rows", GONGWEN, os.path.join(D, "datasets-6")),
       {"rec": 15, "title": 15, "kind": 14, "date": 15, "issuer": 15, "number": 13}, "datasets-6 ")
floors(evaluate("eval_official", "--devset", os.path.join(D, "gongwen-13"), "--gongwen", GONGWEN),
       {"kind": 2, "title": 2, "doc_number": 2, "issuer": 2, "date": 2, "recipients": 2, "cc": 1}, "gongwen-13 ")
floors(evaluate("eval_pages", os.path.join(D, "pages-5"), "--gongwen", GONGWEN),
       {"title": 2, "date": 2, "site": 2, "first": 1, "last": 2, "chrome": 2, "kind": 2}, "pages-5 ")

done()
