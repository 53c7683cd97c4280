"""Session 32: documents from the fifth round of held-out sets (probes 31–33). Each fixture is
modelled on a document of those sets (names, places and numbers replaced)."""
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


# A note that reposts a whole notice as a Markdown block quote (`> ` and `>` glued to the text):
# the quoted lines are the document, the markers are not.
r = one("quoted.md", "> 某部办公厅关于组织中小学生上好2018年《开学第一课》的通知\n>\n> 某基厅函〔2018〕64号\n>\n"
        ">各省、自治区、直辖市教育厅（教委），某建设兵团教育局：\n>\n"
        "> 为引导各地各校上好2018年《开学第一课》，现将有关事项通知如下。\n>\n> **一、节目播出时间**\n>\n"
        "> 9月1日（星期六）20:00在某电视台综合频道播出。\n>\n> **二、工作要求**\n>\n"
        "> 1. 各地要高度重视，及时把播出时间及频道通知到各中小学校。\n>\n> 某部办公厅\n>\n> 2018年8月22日\n", "--with-text")
f = r["fields"]
check((r["kind"], r["title"]) == ("notice", "某部办公厅关于组织中小学生上好2018年《开学第一课》的通知"), f"a quoted notice: {r['kind']} {r['title']!r}")
check(((f.get("doc_number") or {}).get("text"), f.get("issuer"), f.get("date")) == ("某基厅函〔2018〕64号", ["某部办公厅"], "2018-08-22"),
      f"a quoted notice's fields: {f.get('doc_number')} {f.get('issuer')} {f.get('date')}")
check(f.get("recipients") == ["各省、自治区、直辖市教育厅（教委）", "某建设兵团教育局"], f"a quoted notice's 主送: {f.get('recipients')}")
check(not any(">" in line for line in r["text"].splitlines()), "no quote marker is left in the text")

# A 预告 is none of the 15 文种, but it is addressed and signed as a 公文 is: whoever reads it
# wants the organ and the date its signature gives, whatever kind it is filed under.
r = one("preview.html", "<html><head><title></title></head><body><div id=\"main\">\n"
        "<h2 align=\"center\">中层干部考察预告（2017年第12号）</h2>\n<p>校内各部门：</p>\n"
        "<p>&nbsp;&nbsp;根据报名、资格审查、面试答辩等情况，经学校党委常委会研究，确定以下同志为部分中层干部岗位考察对象。</p>\n"
        "<p>一、学校党委办公室副主任岗位考察对象</p>\n<p>某某</p>\n"
        "<p>考察组将于<span lang=\"EN-US\">2017</span>年<span lang=\"EN-US\">12</span>月<span lang=\"EN-US\">19</span>日到有关部门进行民主测评和考察谈话。</p>\n"
        "<p>特此预告。</p>\n<p><span lang=\"EN-US\"></span>党委组织部</p>\n"
        "<p><span lang=\"EN-US\">2017</span>年<span lang=\"EN-US\">12</span>月<span lang=\"EN-US\">18</span>日</p>\n</div></body></html>\n")
f = r["fields"]
check((f.get("issuer"), f.get("date")) == (["党委组织部"], "2017-12-18"), f"a 预告's signature: {r['kind']} {f.get('issuer')} {f.get('date')}")

# A notice flattened to one line with commas where its lines broke: the comma after the title
# is no part of the 主送.
r = one("flat_commas.txt", "关于某委领导工作分工的通知,各处室（局）、派出机构、直属单位：经研究，现将某委领导工作分工通知如下："
        "一、某某党组书记、主任：主持委全面工作。二、某某党组副书记、副主任：协助分管规划和投资、计划财务、人事工作。"
        "三、某某副主任：协助分管企业改革与发展、中小企业、原材料工业、办公室运行与后勤保障工作。分管办公室、中小企业处、原材料工业处。"
        "四、某某党组成员、副主任：协助分管电子信息产业、软件与服务业、信息化工作。分管电子信息处、软件与服务业处、信息化推进处。"
        "某省经济和信息化委员会2017年3月1日")
f = r["fields"]
check((r["kind"], f.get("recipients")) == ("notice", ["各处室（局）、派出机构、直属单位"]), f"a comma before the 主送: {r['kind']} {f.get('recipients')}")

# A school's 声明 tells what happened on which dates before it states its position: its own
# title (`…关于…的声明`) says it is no news report, and its signature dates it.
r = one("statement.md", "# 某大学文学院关于校友网上发文的声明\n\n"
        "2018年4月5日，某大学校友在网上发文，要求文学院教授某某对相关事件负责，引起网络议论。4月5日，文学院及时向学校汇报此事。"
        "4月6日，学校教师工作部发表《声明》，表示高度重视，并成立专门工作组进行研判。特此声明如下：\n\n"
        "一、关于某某调入文学院的经过。\n\n2013年3月，某某办理了人事调动手续，进入某大学工作。\n\n"
        "二、我们的立场和决定。\n\n在此阶段，停止某某从事文学院的教书育人工作。\n\n某大学文学院\n\n2018年4月6日\n")
f = r["fields"]
check((r["kind"], f.get("issuer"), f.get("date")) == ("unknown", ["某大学文学院"], "2018-04-06"),
      f"a 声明 is no news item; its signature dates it: {r['kind']} {f.get('issuer')} {f.get('date')}")

# A page's modal: a close button, the bare label `通知`, then the title; the name between
# `特此公告` and the date signs it, organ or not.
r = one("modal.html", "<div class=\"modal\"><div class=\"modal-header\"><button class=\"close\"><span>&times;</span></button>"
        "<h4 class=\"modal-title\">通知</h4></div><div class=\"modal-body\"><h5>某某健康2016年春节假期安排</h5>\n"
        "<p>尊敬的用户：</p>\n<p>根据国务院办公厅关于春节假日安排的通知，经公司研究决定，2016年春节放假时间为2016年2月5日至2月14日，"
        "期间将暂停预约的受理及相应服务。由此给您带来的不便，我们深表歉意，敬请谅解！</p>\n<p>特此公告</p>\n"
        "<p class=\"text-right\">某某健康&nbsp;&nbsp;&nbsp;</p>\n<p class=\"text-right\">二〇一六年二月五日</p>\n</div></div>\n")
f = r["fields"]
check((r["title"], f.get("issuer"), f.get("date")) == ("某某健康2016年春节假期安排", ["某某健康"], "2016-02-05"),
      f"a label over the title, a name over the date: {r['title']!r} {f.get('issuer')} {f.get('date')}")

# An order published with the measures it adopts, whose name wraps over two lines on the
# gazette's page: the measures keep their whole name.
rs = process_records(write("gazette.txt", "某某总局令\n第　156号\n"
        "《某某省工业产品生产许可证管理条例实施办法》已经2014年4月8日某某总局局务会议审议通过，现予公布，自2014年8月1日起施行。\n"
        "局　长　某某某\n2014年4月21日\n\n某某省工业产品生产\n许可证管理条例实施办法\n第一章　总　　则\n"
        "第一条　根据《中华人民共和国行政许可法》等法律、行政法规，制定本办法。\n第二条　国家对生产重要工业产品的企业实行生产许可证制度。\n"
        "第三条　实行生产许可证制度的工业产品目录由某某总局会同有关部门制定。\n第二章　申请与受理\n"
        "第四条　企业取得生产许可证，应当符合下列条件。\n第五条　本办法自2014年8月1日起施行。\n"))
titles = [(r["kind"], r["title"]) for r in rs]
check(("regulation", "某某省工业产品生产许可证管理条例实施办法") in titles, f"a name wrapped over two lines: {titles}")

# A weekly saved as `.txt` (Markdown by its content): under an issue's title (`第 300 期`), its
# short department headings (`科技动态`, `工具`) are its parts; a `# comment` in a code block
# heads nothing; a setext title (`====`) is a heading like `#`.
weekly = ("某某爱好者周刊（第 300 期）：三十年\n================\n\n这里记录每周值得分享的科技内容，周五发布。"
          "本杂志[开源](https://example.org/weekly)，欢迎[投稿](https://example.org/weekly/issues)。\n\n"
          "## 封面图\n\n本周，太阳活动剧烈，引起几十年来最大的地磁暴，北京也出现了极光，上图是长城。\n\n"
          "## 科技动态\n\n1、某市推出沙发充电插座，插座藏在沙发扶手里面，方便读者给手机充电。\n\n"
          "```sh\n# 安装依赖，然后运行\nmake install\n```\n\n"
          "## 工具\n\n1、某某编辑器：一个开源的文本编辑器，支持多种语言的语法高亮。\n\n"
          "## 文摘\n\n一万一千行的单个源码文件，讲述了一个老程序员维护旧系统的经历。\n")
rs = process_records(write("weekly.txt", weekly))
titles = [r["title"] for r in rs if r["source"].get("container")]
check(titles == ["封面图", "科技动态", "工具", "文摘"], f"an issue's departments: {titles}")
r = one("fenced.md", "# 某某工具使用说明\n\n安装以后运行下面的命令。\n\n```sh\n# 安装依赖，然后运行\nmake install\n```\n\n## 常见问题\n\n请查看文档。\n")
heads = [h["title"] for h in r["fields"].get("markup_headings", [])]
check(heads == ["某某工具使用说明", "常见问题"], f"a code block's comment is no heading: {heads}")
rc, out, err = run("explain", os.path.join(tmp, "weekly.txt"))
check("a periodical's issue (某某爱好者周刊（第 300 期）：三十年)" in out, "explain names the issue that made short headings parts")

# An article whose lead cites the journal it first ran in is no issue of it: its short headings
# stay its parts.
rs = process_records(write("cited.md", "# 关于基层治理的几点思考\n\n本文原载《某某》杂志2023年第5期，作者某某。文章讨论基层治理的经验与问题。\n\n"
        "## 背景\n\n近年来，基层治理面临新的情况，各地进行了许多探索。\n\n## 做法\n\n某县推行网格化管理，效果明显。\n\n"
        "## 启示\n\n治理要依靠群众，制度要管用。\n"))
check(len(rs) == 1, f"a lead that cites a journal makes no issue: {len(rs)} records")

# The same headings under a 公文's own title are its parts, not articles.
notice = weekly.replace("某某爱好者周刊（第 300 期）：三十年", "关于做好某某工作的通知").replace("每周值得分享的科技内容，周五发布", "有关事项")
rs = process_records(write("notice.md", notice))
check(len(rs) == 1, f"a notice with short headings stays one document: {len(rs)} records")

# A provincial CMS stamps PubDate when it regenerates the page, and says so in another meta
# (`页面生成时间` at the very same second): the date the page prints is its publication date.
r = one("regenerated.html", "<html><head><meta name=\"PubDate\" content=\"2023-04-18 15:24:29\"/>"
        "<meta name=\"others\" content=\"页面生成时间 2023-04-18 15:24:29\" /><title>某省市场监督管理局保健食品备案信息</title></head>"
        "<body><div class=\"nav\">首页 新闻中心 信息发布</div><div class=\"main\"><h1>某省市场监督管理局保健食品备案信息</h1>"
        "<span>发布时间：2022-05-06 15:16</span><p>根据有关规定，现将本省国产保健食品备案信息予以公布，供社会各界查询。</p>"
        "<p>本批次共备案产品八个，备案人均为本省生产企业。</p></div></body></html>\n")
check(r["fields"].get("page_date") == "2022-05-06", f"a regeneration stamp is no publication date: {r['fields'].get('page_date')} (made {r['fields'].get('page_made')})")

# A reply to a proposal flattened to one line, the page's button glued after its date: the date
# dates it, the button goes.
r = one("glued_button.txt", "关于政协某届某次会议第0362号提案答复的函某某委员：您提出的关于完善某某机制的提案收悉。经认真研究，现答复如下："
        "一 、关于明确重组协议法律效力的建议 您的建议很有意义，我们将继续研究。二 、关于妥善处理经营债权的建议 我们将适时出台指导意见。"
        "感谢您对人民法院工作的关心和支持。2021年8月23日扫一扫，手机阅读更方便", "--with-text")
check((r["fields"].get("date"), "扫一扫" in r["text"]) == ("2021-08-23", False), f"a button glued after the date: {r['fields'].get('date')} {r['text'][-30:]!r}")

# A joint 红头 of organs' names alone, letter-spaced, over the number over the title.
r = one("joint_masthead.txt", "某 省 教 育 厅\n某 省 财 政 厅\n\n某教发〔2022〕45号\n\n"
        "某省教育厅 某省财政厅关于印发《某省学前教育专项资金管理办法》的通知\n\n各市（州）教育局、财政局：\n"
        "    为规范和加强学前教育专项资金管理，我们制定了《某省学前教育专项资金管理办法》，现印发给你们，请遵照执行。\n\n"
        "某省教育厅　　　　　　　某省财政厅\n2022年6月15日\n")
check(r["fields"].get("masthead") == "某省教育厅 某省财政厅", f"organs' names as the masthead: {r['fields'].get('masthead')}")

done()
