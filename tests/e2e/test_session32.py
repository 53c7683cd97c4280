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

done()
