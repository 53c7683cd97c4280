"""Issue 13 (first step): a saved web page is one document. Its lists of related articles (a
title, then a date, repeated above and below the text) look like a magazine's table of contents
and title blocks; the page must still come out as one record."""
import json
import os
from e2e import *

t = tmpdir()
items = "".join(f"<li><a href='/{i}.html'>关于开展第{i}批专项检查工作的通知</a></li><li>2024-05-0{i}</li>" for i in range(1, 6))
body = ("<div class='TRS_Editor'><p>关于做好2024年防汛工作的通知</p><p>各区县：</p>"
        "<p>为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。</p>"
        "<p>一、提高思想认识。各地要充分认识防汛工作的重要性，压实责任，细化措施，确保各项工作落到实处。</p>"
        "<p>二、加强监测预警。要密切关注天气变化，及时发布预警信息，做好应急准备。</p>"
        "<p>特此通知。</p><p>市防汛指挥部</p><p>2024年5月10日</p></div>")
page = f"<html><head><title>关于做好2024年防汛工作的通知</title></head><body><ul>{items}</ul>{body}<ul>{items}</ul></body></html>"
html = os.path.join(t, "page.html")
with open(html, "w") as f:
    f.write(page)
txt = os.path.join(t, "page.txt")
with open(txt, "w") as f:
    f.write("\n".join(f"关于开展第{i}批专项检查工作的通知\n2024-05-0{i}" for i in range(1, 6)) + "\n" +
            "关于做好2024年防汛工作的通知\n各区县：\n为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。\n" +
            "\n".join(f"关于开展第{i}批专项检查工作的通知\n2024-05-0{i}" for i in range(1, 6)) + "\n")
rc, out, err = run("process", "--no-extract", txt)
as_text = records(out)
rc, out, err = run("process", "--no-extract", html)
as_page = records(out)
check(len(as_page) == 1 and as_page[0]["kind"] == "notice" and as_page[0]["title"] == "关于做好2024年防汛工作的通知",
      f"as a saved page: one record, the notice ({[(r['kind'], r['title'][:12]) for r in as_page]})")
# The title a page gives: its meta title (TRS ArticleTitle, og:title), else <title> without the
# site and column after it; pages saved without <html>, and with og:title and no <title>.
cases = [
    ("<head><meta name='ArticleTitle' content='关于做好防汛工作的通知'><title>关于做好防汛工作的通知_政务公开_某市人民政府</title></head>"
     "<body><p>正文第一段。</p></body>", "关于做好防汛工作的通知"),
    ("<html><head><title>习近平主持召开座谈会-中国科普网</title></head><body><p>正文第一段，内容。</p></body></html>", "习近平主持召开座谈会"),
    ("<html><head><meta property='og:title' content='益阳：“数字”是优长'></head><body><p>正文第一段，内容。</p></body></html>", "益阳：“数字”是优长"),
    ("<html><head><title>中国证券业协会倡议书：全力维护市场稳定_网易财经</title></head><body><p>正文。</p></body></html>", "中国证券业协会倡议书：全力维护市场稳定"),
]
for i, (html_text, want) in enumerate(cases):
    pth = os.path.join(t, f"meta{i}.html")
    with open(pth, "w") as f:
        f.write(html_text)
    rc, out, err = run("process", "--no-extract", pth)
    recs = records(out)
    got = recs[0]["title"] if recs else None
    check(rc == 0 and got == want, f"page title {i}: {got!r} (want {want!r})")
# Datasets: one record per row, the text and title from their columns (a quoted cell over
# several lines, a BOM), the other columns kept as fields, row numbers in the source.
csv = os.path.join(t, "docs.csv")
with open(csv, "w", encoding="utf-8-sig") as f:
    f.write('id,标题,正文,发布日期,分类\n'
            '1,关于开展安全检查的通知,"各单位：\n为做好安全工作，现通知如下。\n一、全面排查。",2024-05-01,通知\n'
            '2,关于表彰先进的决定,"各部门：\n经研究，决定表彰。",2024-05-02,决定\n'
            '3,关于召开年度总结会议的通知,,2024-05-03,通知\n'
            '4,,,2024-05-04,其他\n')
rc, out, err = run("process", "--no-extract", csv)
recs = records(out)
check(rc == 1 and len(recs) == 4 and [r["source"].get("row") for r in recs] == [1, 2, 3, 4], f"a CSV gives one record per row ({len(recs)})")
check(recs and recs[0]["title"] == "关于开展安全检查的通知" and recs[0]["kind"] == "notice"
      and recs[0]["fields"].get("dataset", {}).get("分类") == "通知" and recs[0]["fields"].get("dataset", {}).get("发布日期") == "2024-05-01",
      "row 1: title from 标题, text from 正文 (three lines in one quoted cell), other columns as fields")
# (Session 20: an empty text cell under a title is a listing's row, a record of its title with a
# warning; a row with neither is an error record.)
check(len(recs) == 4 and "read.row_title_only" in [d["id"] for d in recs[2].get("diagnostics", [])] and recs[2]["kind"] == "notice"
      and "empty" in recs[3].get("error", {}).get("message", ""),
      f"an empty text cell: a record of its title said so, or with no title an error record for that row ({[r.get('kind') for r in recs]})")
# A coded dataset's header (the CISS policy-coding layout): long labels, one of 18 Han, one in
# English with commas, are still a header; row 1 is the first document.
coded = os.path.join(t, "coded.csv")
with open(coded, "w", encoding="utf-8") as f:
    f.write('法宝引证码,制定单位/机关,是否为政策执行设置任务检测的评估标准,"原始文件的文本内容 (entire original document text, only for references)"\n'
            'CLI.1,广东省自然资源厅,是,"广东省自然资源厅关于保障生猪养殖用地的通知\n各地级以上市自然资源主管部门：\n现就有关事项通知如下。\n广东省自然资源厅\n2019年9月19日"\n'
            'CLI.2,广州市地方金融监督管理局,否,"广州市地方金融监督管理局关于开展专项检查的通知\n各区金融工作局：\n现将有关事项通知如下。\n广州市地方金融监督管理局\n2019年10月12日"\n')
rc, out, err = run("process", "--no-extract", coded)
recs = records(out)
check(len(recs) == 2 and [r["source"].get("row") for r in recs] == [1, 2] and all(r["kind"] == "notice" for r in recs)
      and recs[1]["fields"].get("date") == "2019-10-12",
      f"a header with long labels is a header: rows 1 and 2 are the two notices ({[(r['source'].get('row'), r['kind']) for r in recs]})")
jl = os.path.join(t, "docs.jsonl")
with open(jl, "w") as f:
    f.write('{"title": "关于做好防汛工作的通知", "content": "各区县：\\n请做好防汛工作。", "url": "http://example.org/1"}\n'
            'not json\n'
            '{"title": "第二篇", "content": "正文内容较长的一段文字，用来测试。"}\n')
rc, out, err = run("process", "--no-extract", jl)
recs = records(out)
check(len(recs) == 3 and recs[0]["fields"].get("dataset", {}).get("url") == "http://example.org/1" and "error" in recs[1]
      and recs[2]["source"].get("row") == 3, f"JSON Lines: one record per line, a bad line is its own error record ({len(recs)})")
# A TSV without a header (label, text): the first line is data, the Chinese column is the text.
tsv = os.path.join(t, "headlines.tsv")
with open(tsv, "w") as f:
    f.write("baby\t生完 小孩 ， 公公 伺候 我 坐月子 ， 很 羞涩 很 感动\nsports\t国足 主教练 宣布 新 一期 集训 名单 ， 多名 新人 入选\n")
rc, out, err = run("process", "--no-extract", "--with-text", tsv)
recs = records(out)
check(len(recs) == 2 and recs[0]["text"].startswith("生完") and recs[0]["fields"].get("dataset") == {"column1": "baby"},
      f"a headerless TSV: every line a row, the label kept as a field ({len(recs)})")
# An SQL dump (mysqldump shape): CREATE TABLE names the columns, one INSERT holds several rows;
# quotes doubled and backslash-escaped, a literal over several lines, NULL, an HTML cell.
sql = os.path.join(t, "policy.dump")
with open(sql, "w") as f:
    f.write("-- MySQL dump 10.13\n/*!40101 SET NAMES utf8mb4 */;\nDROP TABLE IF EXISTS `policy`;\n"
            "CREATE TABLE `policy` (\n  `id` int NOT NULL,\n  `title` varchar(255) DEFAULT NULL,\n  `release_number` varchar(64),\n"
            "  `content` longtext,\n  `remark` text,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n"
            "INSERT INTO `policy` VALUES (1,'关于做好防汛工作的通知','京政发〔2024〕3号','<p>各区人民政府：</p>\n"
            "<p>为做好今年防汛工作，现将有关事项通知如下。</p><p>一、提高认识。</p><p>北京市人民政府</p><p>2024年5月10日</p>',NULL),"
            "(2,'关于表彰先进的决定',NULL,'各部门：\\n经研究，决定对\\'先进集体\\'予以表彰。\\n特此决定。','it''s');\n"
            "UNLOCK TABLES;\n")
rc, out, err = run("process", "--no-extract", "--with-text", sql)
recs = records(out)
check(len(recs) == 2 and [r["source"].get("row") for r in recs] == [1, 2] and recs[0]["kind"] == "notice"
      and recs[0]["title"] == "关于做好防汛工作的通知" and recs[0]["fields"]["dataset"].get("release_number") == "京政发〔2024〕3号"
      and recs[0]["text"].startswith("各区人民政府：") and recs[1]["text"] == "各部门：\n经研究，决定对'先进集体'予以表彰。\n特此决定。\n"
      and recs[1]["fields"]["dataset"].get("remark") == "it's",
      f"an SQL dump (by content, named .dump): one record per INSERT row, columns from CREATE TABLE, escapes decoded, HTML cells read as HTML ({len(recs)})")
# A JSON document whose records are an array inside it, with the text in a nested object.
js = os.path.join(t, "list.json")
with open(js, "w") as f:
    json.dump({"total": 2, "videoList": [
        {"video_title": "某市召开防汛工作会议", "pub_date": "2024-05-10", "video_detail": {"content": "<p>本报讯 5月10日，某市召开防汛工作会议，部署防汛工作。</p>", "source": "某市日报"}},
        {"video_title": "某县举行应急演练", "pub_date": "2024-05-11", "video_detail": {"content": "<p>5月11日，某县举行防汛应急演练。</p>", "source": "某县融媒"}}]},
        f, ensure_ascii=False)
rc, out, err = run("process", "--no-extract", "--with-text", js)
recs = records(out)
check(len(recs) == 2 and recs[0]["title"] == "某市召开防汛工作会议" and recs[0]["text"].startswith("本报讯")
      and recs[0]["fields"]["dataset"].get("video_detail.source") == "某市日报" and recs[1]["source"].get("row") == 2,
      f"a JSON document: the records' array found inside it, nested keys flattened ({[r['title'] for r in recs]})")
# A page that really holds several documents (a school's page of its leaders' 述职报告, a 学习材料
# page of two speeches) is split on its content: each opens with its title over a bare name.
body = "".join(f"<p>{x}</p>" for x in ["一、履行岗位职责情况", "一年来，我认真履行岗位职责，坚持把党建工作放在首位，" * 4,
                                       "二、存在问题", "理论学习还不够深入，工作创新还不够，" * 4])
page = os.path.join(t, "shuzhi.html")
with open(page, "w") as f:
    f.write("<html><head><title>2021年度领导干部述职报告--学校公告-某市第一中学</title></head><body>"
            "<div class=nav><a href=/>首页</a> | <a href=/notice>学校公告</a></div><div class=conTxt>"
            "<h2>2021年度领导干部述职报告</h2>"
            f"<p>2021年度述职述廉报告</p><p>王　琛</p>{body}"
            f"<p>2021年度述职述廉报告</p><p>孙洪亮</p>{body}"
            "</div><div class=foot>版权所有 某市第一中学</div></body></html>")
rc, out, err = run("process", "--no-extract", page)
recs = records(out)
arts = [r for r in recs if r["source"].get("container")]
check(len(recs) == 3 and recs[0]["kind"] == "collection" and recs[0]["fields"].get("split_method") == "bylined-blocks"
      and [r["fields"].get("author") for r in arts] == ["王琛", "孙洪亮"] and all(r["kind"] == "experience" for r in arts),
      f"a page of two 述职报告 is two records ({[(r['kind'], r['title'], r['fields'].get('author')) for r in recs]})")
# A page of one document with a list of related articles stays one record.
single = os.path.join(t, "single.html")
with open(single, "w") as f:
    f.write("<html><body><div class=main><h1>在全市工作会议上的讲话</h1><p>李　明</p><p>同志们：</p>"
            + "<p>今天召开全市工作会议，主要任务是总结去年工作，部署今年任务。</p>" * 6
            + "</div><div class=related><p>相关阅读</p><ul><li><a href=/a>在全市安全生产会议上的讲话</a></li>"
            "<li><a href=/b>在全市教育工作会议上的讲话</a></li></ul></div></body></html>")
rc, out, err = run("process", "--no-extract", single)
recs = records(out)
check(len(recs) == 1 and recs[0]["kind"] == "speech", f"a page of one speech with related links is one record ({[(r['kind'], r['title']) for r in recs]})")
# A scraper's export named .csv but separated by `|` (a citizens' hotline: message and reply per row).
bar = os.path.join(t, "replies.csv")
with open(bar, "w") as f:
    f.write("类型|留言标题|留言内容|留言时间|答复内容|答复部门|答复时间\n"
            "建议|建议延长609路末班车|建议延长609路末班至23点10分。|2021-11-10|来信人您好，您的来信已收悉，现答复如下。|公交集团公司|2021-11-15\n"
            "咨询|社保卡更新|社保卡能否免费更新？|2021-07-20|您好，经核实，社保卡可免费补换。|市人力社保局|2021-07-26\n")
rc, out, err = run("process", "--no-extract", bar)
recs = records(out)
check(len(recs) == 2 and [r["title"] for r in recs] == ["建议延长609路末班车", "社保卡更新"]
      and recs[1]["fields"]["dataset"].get("答复部门") == "市人力社保局",
      f"a .csv separated by `|`: one record per row, titles and columns ({[r['title'] for r in recs]})")
check([r["fields"].get("issuer") for r in recs] == [["公交集团公司"], ["市人力社保局"]] and all(r["fields"].get("issuer_from") == "dataset" for r in recs),
      f"rows whose text names no issuer take their issuer column ({[(r['fields'].get('issuer'), r['fields'].get('issuer_from')) for r in recs]})")
# Rows with no date column are dated by the date in their link (a newspaper's /202607/04/ path).
links = os.path.join(t, "abstracts.json")
with open(links, "w") as f:
    json.dump([{"文章标题": "中央军委举行晋升上将军衔仪式", "摘要": "新华社北京7月3日电 中央军委晋升上将军衔仪式3日在北京举行。",
                "文章链接": "https://paper.people.com.cn/rmrb/pc/content/202607/04/content_30001.html"},
               {"文章标题": "某地举行防汛演练", "摘要": "某地举行防汛演练，检验应急预案。",
                "文章链接": "https://www.example.gov.cn/zwgk/2024-05-11/detail.html"}], f, ensure_ascii=False)
rc, out, err = run("process", "--no-extract", links)
recs = records(out)
check([r["fields"].get("date") for r in recs] == ["2026-07-04", "2024-05-11"] and all(r["fields"].get("date_from") == "dataset" for r in recs),
      f"rows dated by the date in their link ({[(r['fields'].get('date'), r['fields'].get('date_from')) for r in recs]})")
# A CMS's meta values with markup and labels (ccdi.gov.cn's ArticleTitle, people.cn's source),
# and the address only a share button carries (a query whose `url=` is part of another name is not it).
cms = os.path.join(t, "cms.html")
with open(cms, "w") as f:
    f.write('<html><head><meta name="ArticleTitle" content="&lt;p&gt;&lt;span style=&quot;font-size: 23px;&quot;&gt;'
            '中央纪委国家监委公开通报十起典型问题&lt;/span&gt;&lt;/p&gt;"><meta name="source" content="来源：新华日报">'
            '<title>通报</title></head><body><div class="nav"><a href="/">首页</a></div>'
            '<div class="share"><a href="/s?xurl=1">x</a><a href="https://service.weibo.com/share/share.php?url=https%3A%2F%2Fwww.ccdi.gov.cn%2Ftoutiaon%2F202307%2Ft20230711_274599.html&amp;title=x">微博</a></div>'
            '<div class="content"><p>' + "近日，中央纪委国家监委公开通报十起加重基层负担的形式主义、官僚主义典型问题。" * 8 + '</p></div></body></html>')
rc, out, err = run("process", "--no-extract", cms)
recs = records(out)
check(recs and recs[0]["title"] == "中央纪委国家监委公开通报十起典型问题", f"markup in a meta title is dropped ({recs and recs[0]['title']!r})")
check(recs and recs[0]["fields"].get("source") == "新华日报", f"a meta source without its label ({recs and recs[0]['fields'].get('source')!r})")
check(recs and recs[0]["fields"].get("url") == "https://www.ccdi.gov.cn/toutiaon/202307/t20230711_274599.html",
      f"the address from a share button ({recs and recs[0]['fields'].get('url')!r})")
# A page's breadcrumb files it under a column (`首页 > 新闻中心 > 工作动态`): the column is a
# field, the trail is no text, and a short item with no reporting word is news by its column.
crumb = os.path.join(t, "crumb.html")
open(crumb, "w", encoding="utf-8").write(
    "<html><head><title>1-10月某某县固定资产投资结构趋稳趋优_某某县发展和改革局</title></head><body>"
    "<div class='nav'><a href='/'>首页</a> <a href='/xw/'>新闻中心</a> <a href='/zc/'>政策文件</a></div>"
    "<div class='crumb'>当前位置：首页 &gt; 新闻中心 &gt; 工作动态</div>"
    "<div class='article'><h1>1-10月某某县固定资产投资结构趋稳趋优</h1><div class='info'>发布时间：2019-11-22 来源：某某县发改局</div>"
    "<p>1-10月，全县固定资产投资完成246.79亿元，完成年度计划82.3%，同比增长15.3%，位列全市第一。其中第三产业投资完成119.90亿元，"
    "同比增长15.2%；生产性服务业完成投资39.66亿元，占第三产业完成投资的33.1%；项目投资完成220.53亿元，占全部投资的89.4%。</p></div>"
    "<div class='footer'>版权所有：某某县发展和改革局</div></body></html>")
rc, out, err = run("process", "--with-text", crumb)
recs = records(out)
r = recs[0] if recs else {"fields": {}, "text": ""}
check(r["fields"].get("page_column") == "工作动态" and "当前位置" not in r["text"] and r.get("kind") == "news",
      f"a breadcrumb's column: {r['fields'].get('page_column')!r}, kind {r.get('kind')}, text {r['text'][:60]!r}")
# TRS's Maketime (when the CMS made the page) comes before PubDate in the head: the publication
# date is PubDate's.
made = os.path.join(t, "made.html")
open(made, "w", encoding="utf-8").write(
    "<html><head><meta name='Maketime' content='2019-03-22 12:28:37'><meta name='PubDate' content='2016-11-22 09:53'>"
    "<meta name='ArticleTitle' content='1-10月某某县固定资产投资结构趋稳趋优'><title>x</title></head><body><div class='article'>"
    "<h1>1-10月某某县固定资产投资结构趋稳趋优</h1><p>1-10月，全县固定资产投资完成246.79亿元，完成年度计划82.3%，同比增长15.3%，"
    "位列全市第一。其中第三产业投资完成119.90亿元，同比增长15.2%；项目投资完成220.53亿元，占全部投资的89.4%。</p></div></body></html>")
rc, out, err = run("process", made)
recs = records(out)
check(recs and recs[0]["fields"].get("page_date") == "2016-11-22", f"PubDate over Maketime ({recs and recs[0]['fields'].get('page_date')})")
# A footer's notice about copying names no site (`本文版权所有，未经授权禁止转载`).
note = os.path.join(t, "note.html")
open(note, "w", encoding="utf-8").write(
    "<html><head><title>x</title></head><body><div class='article'><h1>某某县召开安全生产工作会议</h1>"
    "<p>11月20日，某某县召开安全生产工作会议，传达学习上级会议精神，部署今冬明春安全生产工作。会议要求，各部门要压实责任，"
    "深入开展隐患排查整治，坚决遏制重特大事故发生，确保全县安全生产形势持续稳定。</p></div>"
    "<div class='footer'>本文版权所有，未经授权禁止转载</div></body></html>")
rc, out, err = run("process", note)
recs = records(out)
check(recs and recs[0]["fields"].get("site") in (None, "") , f"no site from a copying notice ({recs and recs[0]['fields'].get('site')!r})")
# A save tool's first comment holding only the page's address (`<!-- http://… -->`).
cm = os.path.join(t, "comment.html")
open(cm, "w", encoding="utf-8").write(
    "<!-- http://www.example.gov.cn/xwzx/zhxw/202101/t20210106_47506.html -->\n<html><head><title>某某县开展防汛演练</title></head><body>"
    "<div class='article'><h1>某某县开展防汛演练</h1><p>6月10日，某某县在县城河段开展防汛应急演练，检验应急预案的可操作性，"
    "提高应急队伍的实战能力。演练模拟了城区内涝、堤防险情等多个场景，各部门协同处置，取得了预期效果。</p></div></body></html>")
rc, out, err = run("process", cm)
recs = records(out)
check(recs and recs[0]["fields"].get("url") == "http://www.example.gov.cn/xwzx/zhxw/202101/t20210106_47506.html",
      f"the address in a first comment ({recs and recs[0]['fields'].get('url')})")
# Links to other articles closing the content (each line a link, after the last sentence) are
# chrome; an attachment's link is content.
rel = os.path.join(t, "related.html")
open(rel, "w", encoding="utf-8").write(
    "<html><head><title>某某县开展廉政预警告诫工作</title></head><body><div class='article'><h1>某某县开展廉政预警告诫工作</h1>"
    "<p>某某县司法局近日开展领导干部廉洁自律预警告诫工作，通过警示提醒、训诫纠错，把问题解决在萌芽状态，预防并遏制腐败现象的滋生蔓延。</p>"
    "<p><a href='/files/1.docx'>附件：预警告诫工作实施办法.docx</a></p>"
    "<p>局长说，开展预警告诫工作，旨在把问题解决在萌芽状态。</p>"
    "<p><a href='/a/1.html'>“计件反腐”是指标思维下的政绩阴谋</a></p><p><a href='/a/2.html'>刷爆举报网站的反腐热情需要引导与保护</a></p>"
    "<p><a href='/a/3.html'>中国检察机关加大查办职务犯罪力度</a></p></div></body></html>")
rc, out, err = run("process", "--with-text", rel)
recs = records(out)
txt = recs[0].get("text", "") if recs else ""
check("计件反腐" not in txt and "刷爆举报" not in txt and "预警告诫工作实施办法" in txt and txt.rstrip().endswith("萌芽状态。"),
      f"related links closing an article are dropped, an attachment kept ({txt[-80:]!r})")
# A page that leaves out its optional tags (doctype, title, meta, no html/body) is still a page:
# its navigation and related list are dropped; a fragment (a crawler's content field) opening
# with a <header> is still a fragment, its loose 主送 line kept.
h5 = os.path.join(tmpdir(), "h5.html")
open(h5, "w", encoding="utf-8").write('<!DOCTYPE html>\n<meta charset="utf-8">\n<title>关于做好2020年安全生产工作的通知</title>\n<div class="nav"><ul><li><a href="/n0">栏目0新闻动态</a></li><li><a href="/n1">栏目1新闻动态</a></li><li><a href="/n2">栏目2新闻动态</a></li><li><a href="/n3">栏目3新闻动态</a></li><li><a href="/n4">栏目4新闻动态</a></li><li><a href="/n5">栏目5新闻动态</a></li><li><a href="/n6">栏目6新闻动态</a></li><li><a href="/n7">栏目7新闻动态</a></li><li><a href="/n8">栏目8新闻动态</a></li><li><a href="/n9">栏目9新闻动态</a></li></ul></div>\n<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>\n<div class="main"><h2>关于做好2020年安全生产工作的通知</h2><div class="article"><p>各区县人民政府，市政府各部门：现将有关事项通知如下，请认真贯彻执行。这是第0段正文内容，用于测试页面主体的识别是否正确。</p><p>各区县人民政府，市政府各部门：现将有关事项通知如下，请认真贯彻执行。这是第1段正文内容，用于测试页面主体的识别是否正确。</p><p>各区县人民政府，市政府各部门：现将有关事项通知如下，请认真贯彻执行。这是第2段正文内容，用于测试页面主体的识别是否正确。</p><p>各区县人民政府，市政府各部门：现将有关事项通知如下，请认真贯彻执行。这是第3段正文内容，用于测试页面主体的识别是否正确。</p><p>各区县人民政府，市政府各部门：现将有关事项通知如下，请认真贯彻执行。这是第4段正文内容，用于测试页面主体的识别是否正确。</p><p>各区县人民政府，市政府各部门：现将有关事项通知如下，请认真贯彻执行。这是第5段正文内容，用于测试页面主体的识别是否正确。</p><p>各区县人民政府，市政府各部门：现将有关事项通知如下，请认真贯彻执行。这是第6段正文内容，用于测试页面主体的识别是否正确。</p><p>各区县人民政府，市政府各部门：现将有关事项通知如下，请认真贯彻执行。这是第7段正文内容，用于测试页面主体的识别是否正确。</p></div></div>\n<div class="side"><h3>相关文章</h3><ul><li><a href="/a0">关于开展第0批专项检查工作的通知</a></li><li><a href="/a1">关于开展第1批专项检查工作的通知</a></li><li><a href="/a2">关于开展第2批专项检查工作的通知</a></li><li><a href="/a3">关于开展第3批专项检查工作的通知</a></li><li><a href="/a4">关于开展第4批专项检查工作的通知</a></li><li><a href="/a5">关于开展第5批专项检查工作的通知</a></li><li><a href="/a6">关于开展第6批专项检查工作的通知</a></li><li><a href="/a7">关于开展第7批专项检查工作的通知</a></li><li><a href="/a8">关于开展第8批专项检查工作的通知</a></li><li><a href="/a9">关于开展第9批专项检查工作的通知</a></li></ul></div>\n<div class="footer">主办单位：某某市人民政府办公室 版权所有 备案号：京ICP备12345678号 技术支持：某某科技公司</div>\n')
rc, out, err = run("process", "--no-extract", "--with-text", h5)
txt = records(out)[0].get("text", "")
check(txt and "相关文章" not in txt and "当前位置" not in txt, f"an HTML5 page without html/body tags loses its chrome ({txt[:80]!r})")
fh = os.path.join(tmpdir(), "fh.html")
open(fh, "w", encoding="utf-8").write('<header><div class="t">某某市应急管理局</div></header>\n<div class="t">关于做好2020年安全生产工作的通知</div>\n各区县人民政府，市政府各部门：\n<div class="c"><p>现将有关事项通知如下，请认真贯彻执行。这是第0段正文内容，用于测试页面主体的识别是否正确，内容较长以便成为主要内容块。</p><p>现将有关事项通知如下，请认真贯彻执行。这是第1段正文内容，用于测试页面主体的识别是否正确，内容较长以便成为主要内容块。</p><p>现将有关事项通知如下，请认真贯彻执行。这是第2段正文内容，用于测试页面主体的识别是否正确，内容较长以便成为主要内容块。</p><p>现将有关事项通知如下，请认真贯彻执行。这是第3段正文内容，用于测试页面主体的识别是否正确，内容较长以便成为主要内容块。</p><p>现将有关事项通知如下，请认真贯彻执行。这是第4段正文内容，用于测试页面主体的识别是否正确，内容较长以便成为主要内容块。</p><p>现将有关事项通知如下，请认真贯彻执行。这是第5段正文内容，用于测试页面主体的识别是否正确，内容较长以便成为主要内容块。</p><p>现将有关事项通知如下，请认真贯彻执行。这是第6段正文内容，用于测试页面主体的识别是否正确，内容较长以便成为主要内容块。</p><p>现将有关事项通知如下，请认真贯彻执行。这是第7段正文内容，用于测试页面主体的识别是否正确，内容较长以便成为主要内容块。</p></div>\n')
rc, out, err = run("process", "--no-extract", fh)
r = records(out)[0]
check(r["fields"].get("recipients") == ["各区县人民政府", "市政府各部门"], f"a fragment with a <header> keeps its loose lines: {r['fields'].get('recipients')}")
# Held-out pages 6 (a school site and a news site, session 12): the heading sits in a header block
# with the info line (`<div class="details-header"><h2>…</h2><div>发布时间：…</div>`) under a
# <title> that is the template's name; the article closes with a like counter (`+1`) and a tag
# cloud the page never shows (display: none). The heading is the title; neither is text.
body = "".join(f"<div class='p'>同学们，这是开学典礼讲话的第{i}段，时间是万物的载体，我们每个人都在自己的时区里寻觅时间的意义。</div>" for i in range(8))
hp = os.path.join(tmpdir(), "header-block.html")
open(hp, "w", encoding="utf-8").write(
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>校长专栏内页</title></head><body>"
    "<div class='nav'><a href='/'>首页</a> <a href='/a'>学校简介</a> <a href='/b'>校长专栏</a></div>"
    "<div class='details'><div class='details-header'><h2 class='details-title'>时间与未来——在开学典礼上的讲话</h2>"
    "<div class='details-info'><span>发布时间：2023-09-11</span><span>浏览次数：49</span></div></div>"
    f"<div class='details-article'><div class='p'>老师们、同学们：</div>{body}"
    "<div class='zan'><a href='javascript:void(0)'> </a><div class='zan-i'>+1</div></div>"
    "<div class='tags' style='display: none;'><a href='#'>思想</a><a href='#'>时间</a><a href='#'>学习</a></div></div></div>"
    "<div class='foot'>Copyright@2015 某某市第一中学 苏ICP备05067371号-1</div></body></html>")
rc, out, err = run("process", "--no-extract", "--with-text", hp)
r = records(out)[0]
txt = r.get("text", "")
check(r["title"] == "时间与未来——在开学典礼上的讲话" and r["kind"] == "speech" and "+1" not in txt and "思想时间学习" not in txt
      and r["fields"].get("site") == "某某市第一中学",
      f"a header block's heading, no counter or hidden tags, the footer's site ({r['title']!r}, {r['kind']}, {txt[-40:]!r}, {r['fields'].get('site')})")
done()
