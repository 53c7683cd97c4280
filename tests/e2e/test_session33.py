"""Session 33: documents from the sixth round of held-out sets (probes 31, 36, 37). Each fixture
is modelled on a document of those sets (names, places and numbers replaced)."""
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


# A page's modal saved as text: its close mark (`×`) and label (`通知`) over the title, an address
# that names no organ, the close `特此公告`, and a name that is no organ between it and the date.
# The marks take no place in the head: the body is a 公告 by its close, titled and signed.
r = one("modal.txt", "×\n通知\n某某商城2019年国庆假期安排\n尊敬的会员：\n"
        "根据国务院办公厅关于国庆节假日安排的通知，经公司研究决定，某某商城2019年国庆放假时间为10月1日至10月7日，"
        "期间将暂停订单的发货，但您仍可正常下单。10月8日正常上班后将按下单顺序发货，由此给您带来的不便，我们深表歉意，敬请谅解！\n"
        "特此公告\n某某商城\n二〇一九年九月二十六日\n")
f = r["fields"]
check((r["kind"], r["title"]) == ("announcement", "某某商城2019年国庆假期安排"), f"marks over the title: {r['kind']} {r['title']!r}")
check((f.get("issuer"), f.get("date")) == (["某某商城"], "2019-09-26"), f"the name between close and date: {f.get('issuer')} {f.get('date')}")


# A dataset's row flattens an issuing notice and the plan it issues into one cell: the plan's
# parts (`第一部分  总说明`) number their items anew right after their headings, and a number
# the plan skipped (`二、` then `四、`) still heads its section.
r = one("plan.csv", "id,article\n7,\"关于印发《某某公司2021年投资调整计划》的通知各分公司、直属中心：《某某公司2021年投资调整计划》经公司总经理办公会议审议通过，"
        "现印发给你们，请遵照执行。 某某公司2021年8月3日     某某公司2021年投资调整计划某某公司2021年8月第一部分  总说明一、编制依据"
        "1.《某省省属企业投资监督管理办法》等。2.国家深化电力体制改革若干意见及配套文件。二、调整原则（一）基本建设项目1.紧密追踪重要用户需求。"
        "2.解决频繁停电及低电压突出问题。四、调整后投资计划（一）总体情况调整后，2021年共安排项目3443项。第二部分  各专业投资计划调整情况"
        "一、基本建设项目调整后投资30.84亿元，共安排项目2879项。二、技术改造项目调整后投资4.58亿元。\"\n")
heads = [s["marker"] + s["title"][:4] for s in r.get("sections", []) if s["level"] == 1]
check(heads == ["一、编制依据", "二、调整原则", "四、调整后投", "一、基本建设", "二、技术改造"], f"a flattened plan's parts and items: {heads}")


# A procurement site's page: its headline names the matter, the body's title only the agency
# before the same words; the headline tells one agency's notices apart.
r = one("award.html", "<html><head><meta name=\"ArticleTitle\" content=\"某市某中学空调采购中标（成交）结果公告\">"
        "<title>某市某中学空调采购中标（成交）结果公告</title></head><body><div class=\"vF_detail_content\">\n"
        "<p style=\"text-align:center\"><strong>某某交易集团有限公司某区分公司</strong></p>\n"
        "<p style=\"text-align:center\"><strong>中标（成交）结果公告</strong></p>\n"
        "<p>一、项目编号：LH2025000057</p><p>二、项目名称：某市某中学空调采购</p>"
        "<p>三、中标（成交）信息 供应商名称：某某空调电器有限公司 中标（成交）金额：6687920.0元</p>"
        "<p>四、公告期限 2025年05月27日至2025年05月30日</p>\n<p>某某公共资源交易中心</p><p>2025年05月27日</p>\n"
        "</div></body></html>\n")
check((r["kind"], r["title"]) == ("announcement", "某市某中学空调采购中标（成交）结果公告"), f"the headline names the matter: {r['kind']} {r['title']!r}")


# A school's page reprints a committee's 办法 under its masthead, the organ's name wrapped over
# two lines above `…文件`, the number, and the name spaced out to the line's width: the page's
# first bold line is the masthead's, the 办法 is the document.
r = one("measures.html", "<html><head><title>某某大学　某学院</title></head><body><table><tr><td>"
        "<p align=\"center\"><strong>全国某某专业学位</strong><br><strong>教育指导委员会文件</strong></p>\n"
        "<p align=\"center\">教指委[2003]2号</p>\n<p align=\"center\"><strong>某某 优 秀论 文 评 选 办 法</strong><br>（试  行）</p>\n"
        "<p align=\"center\">全国某某专业学位教育指导委员会</p>\n"
        "<p>学位论文是培养的重要环节。认真开展优秀论文评选活动，对于提高教育质量具有重要意义。为此，特制定本办法。</p>\n"
        "<p>一、评选范围</p><p>当年度专业学位获得者的学位论文。</p><p>二、评选原则</p><p>科学公正，注重创新，严格筛选，宁缺毋滥。</p>\n"
        "<p>三、评选程序</p><p>1.各培养单位依据前述要求评选本校优秀论文，提出推荐名单。</p><p>2.秘书处组织专家进行通讯评审，产生初选名单。</p>\n"
        "</td></tr></table></body></html>\n")
check((r["kind"], r["title"]) == ("regulation", "某某优秀论文评选办法（试行）"), f"a masthead over a 办法: {r['kind']} {r['title']!r}")


# A joint mechanism's group signs on two lines, its name broken after `…疫情`: the line over the
# group's opens with an organ (`国务院`) and goes on, the head of one name, whether or not the body
# names the mechanism.
for body in ("为进一步做好某某病互联网医疗服务，现将有关要求通知如下：", "为落实国务院应对某某病疫情联防联控机制的部署，现将有关要求通知如下："):
    r = one("joint.txt", "关于做好某某病互联网医疗服务的通知\n各省、自治区、直辖市卫生健康委：\n" + body + "\n"
            "一、各地要充分发挥互联网医疗服务的作用。\n二、鼓励医联体内上级医院通过远程会诊提高基层医疗机构的能力。\n"
            "国务院应对某某病疫情\n联防联控机制医疗救治组\n2022年12月11日\n")
    check(r["fields"].get("issuer") == ["国务院应对某某病疫情联防联控机制医疗救治组"], f"a group's name on two lines: {r['fields'].get('issuer')}")


# The same 办法 keeps the furniture of the 文件 it was issued as: the masthead's number over its
# name, and the 版记's printing, which dates a rule that states no date of its own.
r = one("measures2.txt", "全国某某专业学位\n教育指导委员会文件\n教指委[2003]2号\n某某 优 秀论 文 评 选 办 法\n（试  行）\n"
        "为提高教育质量，特制定本办法。\n一、评选范围\n当年度专业学位获得者的学位论文。\n二、评选原则\n科学公正，注重创新。\n"
        "报：某某教育指导委员会主任委员、副主任委员，某某办公室送：全国某某专业学位教育指导委员会委员抄：有关院校。\n"
        "某某秘书处办公室 二OO三年十月十六日印发\n")
f = r["fields"]
check(((f.get("doc_number") or {}).get("key"), f.get("date"), f.get("date_from"), f.get("printed_by")) ==
      ("教指委〔2003〕2号", "2003-10-16", "printed", "某某秘书处办公室"), f"a 办法's masthead number and printing: {f.get('doc_number')} {f.get('date')} {f.get('printed_by')}")


# A JSP page whose scriptlet left `">` on a line of its own: a mark is no trail and names no column.
r = one("stray.jsp", "<%@ page contentType=\"text/html; charset=UTF-8\" %>\n<html><head><title>某学院</title></head><body>\n"
        "<marquee direction=\"up\"><% int k=0; while(rs1.next()&&k<8){ %>\n"
        "<a href=\"newsShow.jsp?newsID=<%= rs1.getString(\"newsID\")%>\"><%= rs1.getString(\"NewsName\")%></a>&nbsp;<% k++; } %></marquee>\n<p><strong>关于举办学术讲座的通知</strong></p>\n<p>各系、各部门：</p>\n"
        "<p>为活跃学术氛围，学院定于5月10日举办学术讲座，请各单位组织师生参加。</p>\n<p>特此通知。</p>\n<p>某学院办公室</p>\n<p>2007年5月8日</p>\n"
        "</body></html>\n")
check(r["fields"].get("page_column") is None, f"no column from a stray mark: {r['fields'].get('page_column')!r}")


# A program's demo input: a 通告 kept as string literals joined by `+` in a .java file. The
# literals, decoded, are the document; the code around them and the other literals (a URL, a
# map's keys) are none of it, and positions point into the source file.
java = ("package com.example.kpi.utils;\n\nimport java.util.HashMap;\nimport java.util.Map;\n\n/**\n * Created by someone on 2017/5/15.\n */\n"
        "public class HttpUtils {\n    public static void main(String[] args) {\n        String url = \"http://example.cn/rs/detect\";\n"
        "        String text = \"某市公安局\\n\" +\n                \"关于加强某某国际机场净空区域安全保护的通告\\n\" +\n"
        "                \"    为维护某某国际机场净空保护区域飞行安全，根据《中华人民共和国国家安全法》等法律法规，现就某某国际机场净空区域安全保护有关事项通告如下：\\n\" +\n"
        "                \"    一、严禁任何单位、组织和个人未经军民航职能部门批准，在某某国际机场净空保护区域内进行无人机、航空模型等飞行活动。\\n\" +\n"
        "                \"    二、在机场净空保护区域内实施上述违法行为的，公安机关将依法予以查处。\\n\" +\n"
        "                \"　　本通告自2017年5月1日起施行，有效期一年。\\n\" +\n                \"　　公安机关举报电话：110\\n\" +\n"
        "                \"某市公安局\\n\" +\n                \"　　2017年4月20日\";\n"
        "        Map<String, String> params = new HashMap<>();\n        params.put(\"type\", \"字词;政治\");\n        params.put(\"text\", text);\n    }\n}\n")
rs = process_records(write("HttpUtils.java", java), "--with-text")
r = rs[0]
f = r["fields"]
check((r["kind"], r["title"]) == ("public_notice", "某市公安局关于加强某某国际机场净空区域安全保护的通告"), f"a 通告 in a Java literal: {r['kind']} {r['title']!r}")
check((f.get("issuer"), f.get("date")) == (["某市公安局"], "2017-04-20"), f"its signature: {f.get('issuer')} {f.get('date')}")
check("HashMap" not in r["text"] and "\\n" not in r["text"] and "字词" not in r["text"], "only the literals' text, decoded")
check(any(e["element"] == "标题" and e["line"] == 12 for e in f.get("elements", [])), f"the title's line is the source's: {f.get('elements')}")


# A speech under a slogan title, its subtitle typed with ASCII dashes: the subtitle names the
# speaker before 在 and the meeting after it.
r = one("slogan.md", "---\ntitle: 以客户为中心是我们胜利之本\ndate: 2010-01-20\n---\n\n## 以客户为中心是我们胜利之本\n\n"
        "----张某某在2010年年度市场工作会议上的讲话\n2010年1月20日\n\n公司将从过去的集权管理，过渡到分权制衡管理。下面谈谈我对这次变革的粗浅体会。\n\n"
        "一、代表处的运作\n\n我们要坚持以客户为中心，同志们要把精力放在客户身上。\n\n二、干部的选拔\n\n我们要从成功的实践中选拔干部。\n")
f = r["fields"]
check((r["kind"], f.get("speaker"), f.get("occasion")) == ("speech", "张某某", "2010年年度市场工作会议"),
      f"a subtitle with ASCII dashes: {r['kind']} {f.get('speaker')} {f.get('occasion')}")

# A speech's title wrapped before 暨, which joins a second occasion to the first: one title.
r = one("wrapped.txt", "在庆祝某某回归25周年大会\n暨某某特别行政区第六届政府就职典礼上的讲话\n（2022年7月1日）\n某某某\n"
        "女士们，先生们，朋友们：\n今天，我们在这里隆重集会，共同庆祝某某回归祖国25周年。\n各位朋友！我们坚信，某某的明天会更加美好！\n")
check((r["kind"], r["title"]) == ("speech", "在庆祝某某回归25周年大会暨某某特别行政区第六届政府就职典礼上的讲话"),
      f"a title wrapped before 暨: {r['kind']} {r['title']!r}")

done()
