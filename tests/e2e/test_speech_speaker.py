"""Issue 15, speeches (and issue 13's wrappers: blog posts with front matter, Word HTML reposts): the speaker from the title (`张建国副市长《在…上的讲话》`) or from a
position-and-name byline (`市委副书记、市长 李明`), with the position apart, and the occasion
wherever 在…上的讲话 stands in the title."""
import os
from e2e import *

t = tmpdir()
cases = [
    ("张建国副市长《在全市安全生产工作会议上的讲话》\n（2024年3月5日）\n同志们：\n今天召开全市安全生产工作会议，主要任务是总结去年工作。\n"
     "一、充分肯定成绩\n去年以来，全市上下扎实推进安全生产工作。\n二、明确重点任务\n要坚持人民至上、生命至上。\n",
     {"speaker": "张建国", "position": "副市长", "occasion": "全市安全生产工作会议", "date": "2024-03-05"}),
    ("在全市安全生产工作会议上的讲话\n市委副书记、市长 李明\n（2024年3月5日）\n同志们：\n今天我们召开全市安全生产工作会议，主要任务是总结去年工作。\n"
     "一、充分肯定成绩\n去年以来，全市上下扎实推进安全生产工作，取得明显成效。\n二、明确重点任务\n要坚持人民至上、生命至上，压紧压实责任。\n"
     "三、强化组织保障\n各级各部门要加强领导，狠抓落实。\n",
     {"speaker": "李明", "position": "市委副书记、市长", "occasion": "全市安全生产工作会议", "date": "2024-03-05"}),
    # Titles that credit the speech to a post holder, with no 在…上 (held-out kinds5 001 and 012, as
    # a procurement portal printed them): the name between the organ and the post, or after the post.
    ("国家发展改革委投资司韩志峰处长的讲话\n各位代表，同志们：\n今天，我就招标代理机构资格认定工作讲几点意见。\n"
     "一、认定工作的重要性和迫切\n招标代理机构是招标投标活动的重要主体。\n二、认定工作的主要内容\n要严格按照规定的条件开展认定。\n",
     {"speaker": "韩志峰", "position": "国家发展改革委投资司处长"}),
    ("中国物流与采购联合会副会长崔忠付致辞\n尊敬的各位领导、各位来宾：\n大家上午好！首先，我代表中国物流与采购联合会，"
     "对交易会的召开表示热烈的祝贺！\n煤炭是我国的主要能源，煤炭交易市场建设意义重大。\n预祝交易会圆满成功！谢谢大家！\n",
     {"speaker": "崔忠付", "position": "中国物流与采购联合会副会长"}),
    # A speech in two parts headed by their genre (Selected Works' 1955 conference speech, held-out
    # kinds5 002): `开幕词` is no speaker, and none is printed.
    ("在中国共产党全国代表会议上的讲话\n（一九五五年三月）\n开幕词\n同志们：\n中国共产党全国代表会议现在开幕了。\n"
     "这次会议的议程是：一、关于发展国民经济的第一个五年计划。\n结论\n同志们：\n我们这次会议开得很好。\n",
     {"speaker": None}),
]
for i, (text, want) in enumerate(cases):
    p = os.path.join(t, f"speech{i}.txt")
    with open(p, "w") as f:
        f.write(text)
    rc, out, err = run("process", "--no-extract", p)
    r = records(out)[0]
    got = {k: r["fields"].get(k) for k in want}
    check(r["kind"] == "speech" and got == want, f"speech {i}: {got}")

# A transcript with no title, in traditional characters (held-out kinds5 011, an anniversary
# address): the greeting that ends with 。 is its salutation, thanks close it; it is a speech with
# its title absent, not a news item titled with the greeting.
p = os.path.join(t, "transcript.txt")
with open(p, "w") as f:
    f.write("各位鄉親，記者朋友，大家早安。\n\n今天，雨下得很大，我希望大家要注意交通安全。\n\n今天是我就職滿三年，我有一些感想，要和各位分享。\n\n"
            "前天星期六，第一座離岸風場終於開始施工了。一切順利的話，我們在今年底就會完成這座風場。\n\n"
            "過去三年我不計毀譽，帶領大家前進。未來我也會繼續努力，為人民的安全和幸福來奮鬥到底。謝謝大家。\n")
rc, out, err = run("process", "--no-extract", p)
r = records(out)[0]
check(r["kind"] == "speech" and r["title"] == "", f"a transcript opening with its greeting: {r['kind']} {r['title']!r}")

# Headings a file marks up are the sections of a document whose handler finds no 一、 of its
# own (held-out kinds5 009, a lab's 工作总结报告 in Markdown, headings written `##标题` without
# the space; speeches4's pages with <h3> parts): the title's `#` is no section.
md = os.path.join(t, "summary.md")
with open(md, "w") as f:
    f.write("#工作总结报告\n\n##整体总结\n\n本学期主要完成了系统移植和测试工作，进展顺利。\n\n"
            "##关于系统移植\n\n完成了内核升级，修复了三十多个问题。\n\n###遗留问题\n\n部分驱动尚未适配。\n\n"
            "##关于个人工作和后续安排\n\n下一步将继续完善文档，做好交接。\n")
rc, out, err = run("process", "--no-extract", md)
r = records(out)[0]
got = [(s["level"], s["title"]) for s in r.get("sections", [])]
check(r["title"] == "工作总结报告" and got == [(1, "整体总结"), (1, "关于系统移植"), (2, "遗留问题"), (1, "关于个人工作和后续安排")],
      f"Markdown headings as sections: {r['title']!r} {got}")

# Speeches as people hold them (session 7's held-out batch: blog posts, news pages carrying the
# full text, school sites reposting a leader's speech): the title from a post's front matter with
# its subtitle apart, a title block under a news lead, a bare date under the title, salutations
# other than 同志们, and a page headline naming the speaker over the speech's own title.
more = [
    ("post.md", "---\ntitle: 某大学->爱国奋斗百年辉煌  公能日新再踏征程 ——王明远校长在某大学建校100周年纪念大会上的讲话 | example.info\n"
     "date: 2019-10-18 18:31:44\ntags:\n- 某大学\n---\n（2019年10月17日）\n\n**王明远**\n\n摄影/李立\n\n尊敬的各位领导、各位嘉宾、各位校友，\n\n"
     "亲爱的老师们、同学们、朋友们：\n\n今天，我们在这里隆重集会，热烈庆祝某大学建校100周年。首先，请允许我代表学校，向莅临盛会的各位领导表示衷心的感谢！\n\n"
     "一、百年奋斗，初心如磐\n\n回望百年，学校始终与国家民族同呼吸、共命运。\n\n二、面向未来，再踏征程\n\n新百年，我们要坚持立德树人，建设世界一流大学。\n",
     {"title": "爱国奋斗百年辉煌  公能日新再踏征程", "speaker": "王明远", "position": "校长", "date": "2019-10-17", "page_date": "2019-10-18"}),
    ("news.md", "---\ntitle: 在总结大会上的讲话 | example.info\ndate: 2020-01-09 12:34:06\n---\n"
     "1月8日，主题教育总结大会在北京召开。有关领导同志出席会议并发表重要讲话。记者 赵某 摄\n\n新华社北京1月8日电\n\n"
     "**在“不忘初心、牢记使命”主题教育总结大会上的讲话**\n\n（2020年1月8日）\n\n刘建国\n\n同志们：\n\n"
     "这次主题教育从去年5月底开始，自上而下分两批进行，目前已基本结束。\n\n一、主题教育取得重要成果\n\n全党上下高度重视、积极投入。\n",
     {"title": "在“不忘初心、牢记使命”主题教育总结大会上的讲话", "speaker": "刘建国", "date": "2020-01-08"}),
    ("bare-date.md", "# 在IPD动员大会上的讲话\n\n1999年4月17日\n\n各位领导、同志们：\n\n今天我们召开IPD动员大会，"
     "就是要统一思想，下定决心推行集成产品开发。\n\n第一个问题，为什么要推行IPD。我们的研发效率还很低。\n",
     {"title": "在IPD动员大会上的讲话", "date": "1999-04-17"}),
    ("repost.html", "<html><head><title>陈国强局长《在全市教育系统年度工作会议上的讲话》--党政办-某市第一中学</title></head><body>"
     "<div class=nav><a href=/>首页</a> | <a href=/news>新闻中心</a> | <a href=/notice>学校公告</a></div>"
     "<div class=main><h2>陈国强局长《在全市教育系统年度工作会议上的讲话》</h2><div class=property><span>文章来源：本站原创</span>"
     "<span>发布时间：2010年03月10日</span></div><div class=conTxt>"
     "<P class=MsoNormal align=center><B><SPAN style='FONT-SIZE: 22pt'>在全市教育系统年度工作会议上的讲话</SPAN></B>"
     "<SPAN lang=EN-US><?xml:namespace prefix = \"o\" ns = \"urn:schemas-microsoft-com:office:office\" /><o:p></o:p></SPAN></P>"
     "<P class=MsoNormal align=center>陈国强</P><P class=MsoNormal align=center>（2010年2月22日）</P>"
     "<P class=MsoNormal>同志们：</P><P class=MsoNormal>这次会议的主要任务是，总结2009年全市教育工作，部署2010年教育工作。"
     "下面，我讲三点意见。</P><P class=MsoNormal>一、2009年教育工作的简要回顾</P><P class=MsoNormal>2009年，全市教育系统坚持科学发展，"
     "各项工作取得新的进展。</P><P class=MsoNormal>二、2010年教育工作的主要目标</P><P class=MsoNormal>今年的总体要求是，"
     "坚持育人为本，推进教育现代化。</P></div></div><div class=foot>版权所有 某市第一中学</div></body></html>",
     {"title": "在全市教育系统年度工作会议上的讲话", "speaker": "陈国强", "position": "局长", "date": "2010-02-22"}),
]
# A headline about a speech is not one: `…《在…上的讲话》单行本出版` is news.
book = os.path.join(t, "book.txt")
with open(book, "w") as f:
    f.write("习近平《在庆祝中国共产党成立105周年大会上的讲话》单行本出版\n新华社北京7月3日电 习近平《在庆祝中国共产党成立105周年大会上的讲话》"
            "单行本，已由人民出版社出版，即日起在全国新华书店发行。\n")
rc, out, err = run("process", "--no-extract", book)
check(records(out)[0]["kind"] != "speech", f"a headline about a speech's publication is not a speech ({records(out)[0]['kind']})")
for name, text, want in more:
    p = os.path.join(t, name)
    with open(p, "w") as f:
        f.write(text)
    rc, out, err = run("process", "--no-extract", p)
    r = records(out)[0]
    got = {k: (r["title"] if k == "title" else r["fields"].get(k)) for k in want}
    check(r["kind"] == "speech" and got == want, f"{name}: {r['kind']} {got}")
# School-site speeches (shapes of a real site's pages): a letter-spaced title over its `——`
# subtitle is no speaker, the name and date share the line under it; a title's `——` part names
# the speaker; a CMS's 佚名 (anonymous) author names nobody; a 42-character title is a title.
school = [
    ("spaced.txt", "走 向 远 方\n——在2020届高三学生毕业典礼上的讲话\n王  琛  2020.6.20\n亲爱的同学们：\n"
                   "今天，我们在这里隆重举行毕业典礼，为你们送行。三年来，你们在这里学习、生活、成长，留下了青春的足迹。\n",
     {"speaker": "王琛", "date": "2020-06-20"}),
    ("dash.txt", "十八而志，青春万岁——王琛校长在2020届高三年级成人礼上的致辞\n亲爱的同学们，各位家长：\n"
                 "今天是一个特别的日子，我们在这里为同学们举行成人礼，见证你们走向成年的重要时刻。\n",
     {"speaker": "王琛"}),
]
for name, text, want in school:
    p = os.path.join(t, name)
    open(p, "w", encoding="utf-8").write(text)
    rc, out, err = run("process", "--no-extract", p)
    r = records(out)[0]
    got = {k: r["fields"].get(k) for k in want}
    check(r["kind"] == "speech" and got == want, f"{name}: {r['kind']} {got}")
anon = os.path.join(t, "anon.html")
open(anon, "w", encoding="utf-8").write(
    "<html><head><meta name='author' content='佚名'><title>教师专业发展</title></head><body><h2>教师专业发展</h2><div class='article'>"
    "<p>刘希平在省“领雁工程”总结交流暨中小学教师专业发展培训制度启动实施工作会议上的讲话</p>"
    "<p>教师培训是加强教师队伍建设的一项基础性工作，是全面提升教育质量和办学水平的一项基础性工作。学校教育说到底要靠教师。</p>"
    "<p>这些年，为了促进教育发展，我们做了很多工作，克服了很多困难。各位教育局长应把教师培训作为最重要的工作来对待。</p></div></body></html>")
rc, out, err = run("process", "--no-extract", anon)
r = records(out)[0]
check(r["kind"] == "speech" and r["fields"].get("speaker") == "刘希平",
      f"a long speech title under a column label, 佚名 no speaker: {r['kind']} {r['fields'].get('speaker')}")
# Posts, organs, places and times are no speakers (`县长在…`, `党委在…`, `深圳　2020年6月20日`).
for name, text in (("post.txt", "县长在全县安全生产工作会议上的讲话\n同志们：\n今天召开全县安全生产工作会议，主要任务是总结工作、部署任务。\n"),
                   ("organ.txt", "党委在主题教育总结会议上的讲话\n同志们：\n今天召开主题教育总结会议，主要任务是总结经验、巩固成果。\n"),
                   ("place.txt", "在2020届毕业典礼上的致辞\n深圳　2020年6月20日\n亲爱的同学们：\n今天，我们在这里隆重举行毕业典礼。\n")):
    p = os.path.join(t, name)
    open(p, "w", encoding="utf-8").write(text)
    rc, out, err = run("process", "--no-extract", p)
    r = records(out)[0]
    check(r["fields"].get("speaker") in (None, ""), f"{name}: no speaker ({r['fields'].get('speaker')!r})")
# A collected edition prints the title over two lines (`在第十四次最高国务会议上` / `的讲话提纲`)
# and the date in brackets under it: the title is both lines, the date the bracketed one.
wrapped = os.path.join(t, "wrapped.txt")
open(wrapped, "w", encoding="utf-8").write(
    "在第十四次最高国务会议上\n的讲话提纲\n(一九五八年一月二十八日)\n\n"
    "民族发扬蹈厉，大有希望，伟大的觉醒。十五年，我们要在钢铁和其他主要工业产品的产量方面赶上或者超过英国。\n\n两种领导方法，两种作风。\n")
rc, out, err = run("process", "--no-extract", wrapped)
r = records(out)[0]
check(r["kind"] == "speech" and r["title"] == "在第十四次最高国务会议上的讲话提纲" and r["fields"].get("date") == "1958-01-28",
      f"a title wrapped after 上: {r['kind']} {r['title']!r} {r['fields'].get('date')}")
# A site's headline names the speaker in front of the speech's title (`习近平：在…`, `马校长《在…》`);
# a title printed over its subtitle is the author's, whatever the page's heading; a credit line
# (`致辞：饶毅（教师代表、科学家）`) names the speaker and stands over the title.
body = "<p>同志们，同学们：</p><p>今天，我们在这里举行座谈会，同大家一起交流思想，这是一件很有意义的事情。青年兴则国家兴，青年强则国家强。</p>"
shapes = [
    ("colon.html", f"<html><head><title>习近平：在北京大学师生座谈会上的讲话</title></head><body><h1>习近平：在北京大学师生座谈会上的讲话</h1>{body}</body></html>",
     {"title": "在北京大学师生座谈会上的讲话", "speaker": "习近平"}),
    ("quoted.html", f"<html><head><title>马校长《在2010级新生军训开营式上的讲话》</title></head><body><h2>马校长《在2010级新生军训开营式上的讲话》</h2>{body}</body></html>",
     {"title": "在2010级新生军训开营式上的讲话", "speaker": "马", "position": "校长"}),
    ("printed.html", "<html><head><title>陈国阳局长在绍兴一中八届三次教代会上的讲话</title></head><body><h2>陈国阳局长在绍兴一中八届三次教代会上的讲话</h2>"
     "<div>着力建设一所与历史文化名城相匹配的现代教育名校</div><div>——在绍兴一中八届三次教代会上的讲话</div><div>陈国阳</div><div>（2009年11月9日）</div>"
     f"{body}</body></html>",
     {"title": "着力建设一所与历史文化名城相匹配的现代教育名校", "speaker": "陈国阳", "occasion": "绍兴一中八届三次教代会", "date": "2009-11-09"}),
    ("credit.md", "以下是原文，演讲全文仅535字：\n\n---\n\n**致辞：饶毅（教师代表、科学家）**\n\n## 做自己尊重的人\n\n"
     "在祝福裹着告诫呼啸而来的毕业季，请原谅我不敢祝愿每一位毕业生都成功、都幸福。\n\n超越动物欲望总和的每一位毕业生都应做自己尊重的人。\n",
     {"title": "做自己尊重的人", "speaker": "饶毅", "position": "教师代表、科学家"}),
]
for name, text, want in shapes:
    p = os.path.join(t, name)
    open(p, "w", encoding="utf-8").write(text)
    rc, out, err = run("process", "--no-extract", p)
    r = records(out)[0]
    got = {k: (r["title"] if k == "title" else r["fields"].get(k)) for k in want}
    check(r["kind"] == "speech" and got == want, f"{name}: {r['kind']} {got}")
# An epigraph under the title block (`百年大计，教育为本` / `——题记`) is no title.
epi = os.path.join(t, "epigraph.txt")
open(epi, "w", encoding="utf-8").write('在全市教育工作大会上的讲话\n\n张三\n\n（2023年9月1日）\n\n百年大计，教育为本\n\n——题记\n\n同志们：\n\n今天我们召开全市教育工作大会，主要任务是深入学习贯彻党的教育方针，总结过去一年的工作，部署今年的重点任务。下面，我讲三点意见。\n\n一、充分肯定过去一年的成绩。过去一年，全市教育系统攻坚克难，各项工作取得了新的进展。\n')
rc, out, err = run("process", "--no-extract", epi)
r = records(out)[0]
check(r["title"] == "在全市教育工作大会上的讲话", f"an epigraph is no title: {r['title']!r}")
done()
