"""Session 12's review: the evidence each new rule reads must not misfire on ordinary documents.
A regulation signed at its end keeps its signature's issuer and date over its 题注's adopting
meeting (`学校第8次校长办公会议通过`), and an adopting body loses its `经`; a post before an
occasion (`县委书记任职讲话`) names no speaker, and a bare name line outside the surname list
(`宁吉喆`) still does; a hashtag line (`#两会时间#…`) is text, not a heading; a Markdown export's
record keeps every pair it reads (fields.record) and its author; a column label classed `title`
in a page's info line is not the article's heading; a policy of measures (`…的若干措施`) is not
an experience piece; a joint order is named by its masthead and number. The second review: a
notice's courtesy (`谢谢！`) makes no speech; `讲话稿`, `新华社` over the date are no speakers; text a
click reveals (`展开全文`) is the article's; a header block's `<div class="article-title">` is its
heading; a DOCX with its own paragraph and two imported pages reads all three in order. The
third: an empty document classified at the REPL does not crash the speech handler; a two-character
name (苗圩) is a speaker; a byline's `记者：` keeps a speech's thanks; an <h2> wins over a label
div; a hidden print copy is not read twice; `主办丨` names the site; a DOCX's imported page
leaves its <title> out and its own paragraphs keep their places and footers."""
import os
import zipfile
from e2e import *

t = tmpdir()


def one(name, text, *flags):
    p = os.path.join(t, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    rc, out, err = run("process", "--no-extract", *flags, p)
    recs = records(out)
    return recs[0] if recs else {}


r = one("reg-signed.txt", "某某大学学生违纪处分办法\n（2020年5月12日学校第8次校长办公会议通过）\n第一章 总则\n"
        "第一条 为维护学校正常的教育教学秩序，根据有关规定，制定本办法。\n第二条 本办法适用于本校全日制学生。\n"
        "第二章 附则\n第三条 本办法自发布之日起施行。\n某某大学\n2020年5月20日\n")
check(r.get("fields", {}).get("issuer") == ["某某大学"] and r["fields"].get("date") == "2020-05-20",
      f"a signed regulation: the signature's issuer and date ({r.get('fields', {}).get('issuer')}, {r.get('fields', {}).get('date')})")
r = one("reg-law.txt", "某省生活垃圾分类管理办法\n（2021年12月20日经省人民政府第125次常务会议通过）\n"
        "第一条 为了加强生活垃圾分类管理，制定本办法。\n第二条 本省行政区域内的生活垃圾分类活动，适用本办法。\n第三条 本办法自2022年3月1日起施行。\n")
check(r.get("fields", {}).get("issuer") == ["省人民政府"] and r["fields"].get("date") == "2021-12-20",
      f"an unsigned regulation: the adopting body without 经, and the adoption date ({r.get('fields', {}).get('issuer')})")

for title in ("县委书记任职讲话", "集团公司董事长周年庆致辞", "总经理周例会讲话"):
    r = one(f"{title}.txt", f"{title}\n同志们：\n今天我们在这里召开会议，我讲三点意见。\n一、提高认识\n要充分认识这项工作的重要性。\n二、狠抓落实\n要把各项任务落到实处。\n")
    check(r.get("kind") == "speech" and not r.get("fields", {}).get("speaker"), f"{title}: no speaker ({r.get('fields', {}).get('speaker')})")
r = one("byline.txt", "在2024年全国统计工作会议上的讲话\n宁吉喆\n（2024年1月10日）\n同志们：\n这次会议的主要任务是总结工作、部署任务。\n"
        "一、过去一年的工作\n统计工作取得新进展。\n二、今年的主要任务\n要坚持依法统计。\n")
check(r.get("fields", {}).get("speaker") == "宁吉喆", f"a bare name line names the speaker ({r.get('fields', {}).get('speaker')})")

r = one("hashtag.md", "#两会时间#政府工作报告提出，今年发展主要预期目标是国内生产总值增长5%左右。\n\n这一目标综合考虑了增长潜力和需要。\n")
check(not r.get("fields", {}).get("markup_headings") and r.get("title", "").startswith("#两会时间#"),
      f"a hashtag line is text ({r.get('fields', {}).get('markup_headings')}, {r.get('title')!r})")

r = one("record.md", "# 关于举办2024年全民国家安全教育日主题宣传活动的通知\n\n- **时间**：4月15日上午9:30\n- **来源**：市委国家安全委员会办公室\n"
        "- **分类**：宣传教育\n- **作者**：市委国家安全委员会办公室\n\n各区县、各有关单位：\n为深入学习宣传总体国家安全观，现将有关事项通知如下。\n"
        "一、活动主题\n践行总体国家安全观。\n二、活动安排\n4月15日上午在市民广场举行。\n\n市委国家安全委员会办公室\n2024年4月1日\n", "--with-text")
rec = r.get("fields", {}).get("record", {})
check(rec.get("时间") == "4月15日上午9:30" and rec.get("分类") == "宣传教育" and r["fields"].get("author") == "市委国家安全委员会办公室"
      and "**" not in r.get("text", ""), f"the export's record keeps every pair ({rec}, {r.get('fields', {}).get('author')})")

page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>某市人民政府</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/zw'>政务公开</a> <a href='/tz'>通知公告</a></div>"
        "<div class='wrap'><h1>市人民政府办公室关于做好2024年春季农业生产工作的通知</h1>"
        "<div class='info'><span class='lm-title'>政务公开专栏</span> 来源：市政府办公室 时间：2024-03-01</div>"
        "<div class='content'>" + "".join(f"<p>各县（市、区）人民政府，市政府各部门：为切实做好2024年春季农业生产工作，第{i}项要求如下，请认真贯彻执行。</p>" for i in range(6))
        + "<p>某市人民政府办公室</p><p>2024年3月1日</p></div></div></body></html>")
r = one("info-span.html", page, "--with-text")
check(r.get("title") == "市人民政府办公室关于做好2024年春季农业生产工作的通知" and not r.get("text", "").startswith("政务公开专栏"),
      f"a label classed title in the info line is not the heading ({r.get('title')!r}, {r.get('text', '')[:12]!r})")

r = one("measures.txt", "某市关于进一步推动民营经济高质量发展的若干措施\n为进一步推动民营经济高质量发展，制定以下措施。\n"
        "一、优化发展环境\n持续深化改革。\n二、加大政策支持\n落实减税降费政策。\n三、强化要素保障\n保障用地需求。\n")
check(r.get("kind") != "experience", f"a policy of measures is no experience piece ({r.get('kind')})")

r = one("joint-order.txt", "国家互联网信息办公室\n中华人民共和国国家发展和改革委员会\n中华人民共和国教育部\n中华人民共和国科学技术部\n"
        "中华人民共和国工业和信息化部\n中华人民共和国公安部\n国家广播电视总局\n令\n第15号\n"
        "《生成式人工智能服务管理暂行办法》已经2023年5月23日国家互联网信息办公室2023年第12次室务会会议审议通过，现予公布，自2023年8月15日起施行。\n"
        "国家互联网信息办公室主任庄荣文\n国家广播电视总局局长曹淑敏\n2023年7月10日\n")
f = r.get("fields", {})
check(r.get("kind") == "order" and r.get("title", "").endswith("国家广播电视总局令") and f.get("doc_number", {}).get("text") == "第15号"
      and len(f.get("issuer", [])) == 7 and f.get("issuer", [""])[0] == "国家互联网信息办公室",
      f"a joint order: titled by its masthead, numbered, seven issuers ({r.get('title')!r}, {f.get('doc_number')}, {f.get('issuer')})")
r = one("water.txt", "停水通知\n各位业主：\n因管道检修，本小区将于3月5日8时至18时停水。请各位业主提前做好储水准备。给您带来的不便，敬请谅解，谢谢！\n")
check(r.get("kind") != "speech", f"a notice's courtesy makes no speech ({r.get('kind')})")
for line in ("讲话稿", "新华社"):
    r = one(f"sp-{line}.txt", f"在全市安全生产工作会议上的讲话\n{line}\n（2024年2月20日）\n同志们：\n今天召开全市安全生产工作会议。\n"
            "一、认清形势\n当前安全生产形势依然严峻。\n二、压实责任\n要严格落实安全生产责任制。\n")
    check(not r.get("fields", {}).get("speaker"), f"{line} over the date is no speaker ({r.get('fields', {}).get('speaker')})")

paras = [f"<p>为进一步优化营商环境，第{i}项措施如下，各地各部门要认真抓好落实，确保取得实效。</p>" for i in range(5)]
page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>某市人民政府门户网站</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/zw'>政务公开</a> <a href='/tz'>通知公告</a></div><div class='main'>"
        "<div class='details-header'><div class='article-title'>某市人民政府办公室关于进一步优化营商环境的通知</div>"
        "<div class='info'>发布时间：2024-03-01 来源：市政府办公室</div></div>"
        "<div class='content'><p>各县（市、区）人民政府，市政府各部门：</p>" + "".join(paras[:2]) +
        "<div class='more' style='display: none;'>" + "".join(paras[2:]) + "<p>某市人民政府办公室</p><p>2024年3月1日</p></div>"
        "<a class='btn' href='javascript:void(0)'>展开全文</a></div></div></body></html>")
r = one("readmore.html", page, "--with-text")
txt = r.get("text", "")
check(r.get("title") == "某市人民政府办公室关于进一步优化营商环境的通知" and "第4项措施" in txt and txt.rstrip().endswith("2024年3月1日"),
      f"a header block's title div, and the text a click reveals ({r.get('title')!r}, {txt[-24:]!r})")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
lines = ["某市人民政府办公室关于做好2024年防汛工作的通知", "各区县人民政府，市政府各部门：", "为切实做好2024年防汛工作，现将有关事项通知如下。",
         "一、压实防汛责任。各地要严格落实防汛责任制。", "二、加强监测预警。要及时发布预警信息。", "某市人民政府办公室", "2024年5月10日"]
first = "<html><body>" + "".join(f"<p>{x}</p>" for x in lines[1:4]) + "</body></html>"
mht = ("MIME-Version: 1.0\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"B\"\n\n--B\nContent-Type: text/html; charset=\"utf-8\"\n"
       "Content-Transfer-Encoding: quoted-printable\n\n" + first.replace("=", "=3D") + "\n--B--\n")
second = "<html><body>" + "".join(f"<p>{x}</p>" for x in lines[4:]) + "</body></html>"
dx = os.path.join(t, "chunks.docx")
with zipfile.ZipFile(dx, "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{W}" xmlns:r="{R}"><w:body><w:p><w:r><w:t>{lines[0]}</w:t></w:r></w:p>'
               '<w:altChunk r:id="c1"/><w:altChunk r:id="c2"/><w:sectPr/></w:body></w:document>')
    z.writestr("word/_rels/document.xml.rels", f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               f'<Relationship Id="c1" Type="{R}/aFChunk" Target="part1.mht"/><Relationship Id="c2" Type="{R}/aFChunk" Target="/word/part2.html"/></Relationships>')
    z.writestr("word/part1.mht", mht)
    z.writestr("word/part2.html", second)
rc, out, err = run("process", "--no-extract", "--with-text", dx)
r = records(out)[0] if records(out) else {}
txt = r.get("text", "")
check(r.get("title") == lines[0] and all(x in txt for x in lines[1:]) and txt.find(lines[3]) < txt.find(lines[4]) and r.get("fields", {}).get("date") == "2024-05-10",
      f"a DOCX's paragraph and two imported pages, in order ({r.get('title')!r}, {txt[-30:]!r})")
empty = os.path.join(t, "empty.txt")
open(empty, "w").close()
rc, out, err = run("repl", stdin=f":time {empty}\n:quit\n".encode())
check("fatal signal" not in err and rc in (0, 1), f"an empty document at the REPL's :time (rc {rc}, {err.strip()[-120:]!r})")

r = one("miao.txt", "在2014年全国工业和信息化工作会议上的讲话\n苗圩\n（2014年1月10日）\n同志们：\n这次会议的主要任务是总结工作、部署任务。\n"
        "一、过去一年的工作\n统计工作取得新进展。\n二、今年的主要任务\n要坚持依法统计。\n")
check(r.get("fields", {}).get("speaker") == "苗圩", f"a two-character name outside the surname list ({r.get('fields', {}).get('speaker')})")
r = one("byline-thanks.txt", "携手共创美好未来\n来源：某某日报 记者：李明\n尊敬的各位来宾，女士们、先生们：\n大家上午好！很高兴与各位相聚在这里。\n"
        "过去一年，我们携手合作，取得了丰硕成果。\n让我们共同努力，开创更加美好的未来。谢谢大家！\n")
check(r.get("kind") == "speech", f"a byline's 记者： keeps a speech's thanks ({r.get('kind')})")

head = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>某市人民政府门户网站</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        "<div class='main'><div class='hd'><div class='title-label'>政策解读</div><h2>某市人民政府办公室关于进一步优化营商环境的通知</h2>"
        "<div class='info'>发布时间：2024-03-01 来源：市政府办公室</div></div><div class='content'><p>各县（市、区）人民政府，市政府各部门：</p>"
        + "".join(paras) + "<p>某市人民政府办公室</p><p>2024年3月1日</p></div>"
        "<div id='printArea' style='display:none'>" + "".join(paras) + "</div></div>"
        "<div class='foot'>主办丨某市人民政府办公室 备案号：京ICP备12345678号</div></body></html>")
r = one("h2-label.html", head, "--with-text")
txt = r.get("text", "")
check(r.get("title") == "某市人民政府办公室关于进一步优化营商环境的通知" and txt.count("第4项措施") == 1 and r.get("fields", {}).get("site") == "某市人民政府办公室",
      f"the <h2> over a label div, no print copy, 主办丨 ({r.get('title')!r}, {txt.count('第4项措施')}, {r.get('fields', {}).get('site')})")

dx = os.path.join(t, "order.docx")
page = "<html><head><title>网页标题-某网站</title></head><body><p>一、压实防汛责任。各地要严格落实防汛责任制。</p><p>二、加强监测预警。要及时发布预警信息。</p></body></html>"
body = "".join(f"<w:p><w:r><w:t>{x}</w:t></w:r></w:p>" for x in lines[:3]) + '<w:altChunk r:id="c1"/>' + "".join(
    f"<w:p><w:r><w:t>{x}</w:t></w:r></w:p>" for x in lines[5:])
with zipfile.ZipFile(dx, "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="xml" ContentType="application/xml"/></Types>')
    z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}<w:sectPr/></w:body></w:document>')
    z.writestr("word/_rels/document.xml.rels", f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               f'<Relationship Id="c1" Type="{R}/aFChunk" Target="part.html"/><Relationship Id="f1" Type="{R}/footer" Target="footer1.xml"/></Relationships>')
    z.writestr("word/part.html", page)
    z.writestr("word/footer1.xml", f'<?xml version="1.0"?><w:ftr xmlns:w="{W}"><w:p><w:r><w:t>某市人民政府办公室印发</w:t></w:r></w:p></w:ftr>')
rc, out, err = run("process", "--no-extract", "--with-text", dx)
r = records(out)[0] if records(out) else {}
txt = r.get("text", "")
check(r.get("title") == lines[0] and "网页标题" not in txt and txt.find("二、加强监测预警") < txt.find("某市人民政府办公室\n2024年5月10日")
      and r.get("fields", {}).get("page_footers") == ["某市人民政府办公室印发"],
      f"an imported page between a DOCX's paragraphs, its <title> left out, the footer kept ({r.get('title')!r}, {txt[-40:]!r}, {r.get('fields', {}).get('page_footers')})")
done()
