"""Session 27: speeches, reports and 公文 as sample-text sites, mirrors and e-papers print them.
Each fixture is modelled on a page of the session's held-out sets (names, places and numbers
replaced): what the page puts around the text must reach neither the title nor the issuer, and a
text without a title must still be told by what it says."""
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)
BODY = "我们坚持稳中求进工作总基调，扎实推进各项工作，经济社会发展取得新的成绩，人民群众获得感明显增强。"


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


# A sample-text site's trail glued by its copy (`首页范文…`) and its `导航`: an experience piece's
# title is the line under them, and the page is told by it.
r = one("glued_trail.txt", f"首页范文工作报告申报材料\n导航\n\n某某社区党委先进基层党组织申报材料\n\n某某社区位于城区东北侧，辖区面积1.5平方公里。\n\n"
        f"近年来，社区党委在街道党工委的领导下，创新建立特色党建项目。{BODY}\n\n我们的做法是：\n\n一、创新服务机制，完善服务功能。{BODY}\n")
check(r["kind"] == "experience" and r["title"] == "某某社区党委先进基层党组织申报材料", f"a glued trail over a 申报材料: {r['kind']} {r['title']!r}")

# A site's search box with its hot words over a district's work report retitled by the site.
r = one("search_box.txt", f"快捷搜索:论文 合同 演讲 心得\n\n区长在代表会上工作汇报\n\n各位代表:\n\n现在,我代表区人民政府向大会作工作报告,请予审议。\n\n"
        f"一、五年政府工作回顾\n\n五年来，{BODY}\n\n二、今后五年政府工作的总体要求\n\n{BODY}\n")
check((r["kind"], r["title"], r["fields"].get("issuer")) == ("work_report", "区长在代表会上工作汇报", ["区人民政府"]),
      f"a search box over a report to the congress: {r['kind']} {r['title']!r} {r['fields'].get('issuer')}")

# A standing committee's report counted as a sample text's first piece (`第1篇 `): no speech, its
# issuer the committee that entrusted the speaker.
r = one("piece_count.txt", f"第1篇 区人大常务委员会工作报告\n各位代表:\n我受某某区第二届人民代表大会常务委员会委托,向大会报告工作,请予审议。\n"
        f"一年来，{BODY}\n一、围绕中心，服务大局\n{BODY}\n")
check((r["kind"], r["title"], r["fields"].get("issuer")) == ("work_report", "区人大常务委员会工作报告", ["某某区第二届人民代表大会常务委员会"]),
      f"a committee's report, counted: {r['kind']} {r['title']!r} {r['fields'].get('issuer')}")
# A party congress's report is entrusted too: no report to the people's congress.
r = one("party_congress.txt", f"在中国共产党某某市第十届代表大会上的报告\n同志们：\n我受中国共产党某某市第九届委员会委托，向大会报告工作，请予审议。\n{BODY}\n")
check(r["kind"] != "work_report", f"a party congress's report is no 政府工作报告: {r['kind']}")

# A report flattened onto one line, its title run on into the deputies' salutation.
r = one("flat_report.txt", f"某某镇2023年度政府工作报告各位代表:现在,我代表某某镇人民政府,向大会报告工作,请予审议。一、2022年主要工作{BODY}{BODY}{BODY}\n")
check((r["kind"], r["title"], r["fields"].get("issuer")) == ("work_report", "某某镇2023年度政府工作报告", ["某某镇人民政府"]),
      f"a flattened report: {r['kind']} {r['title']!r} {r['fields'].get('issuer')}")

# A speech flattened onto one line, its occasion's title run on into its first sentence; a
# sentence about a speech (`…上的讲话精神`) is none.
r = one("flat_speech.txt", f"在市政府一届五次全体(扩大)会议上的讲话春节刚过,市政府就决定召开这次会议。下面我讲三点意见: 一、认清形势,坚定信心{BODY}{BODY}{BODY}\n")
check((r["kind"], r["title"]) == ("speech", "在市政府一届五次全体(扩大)会议上的讲话"), f"a flattened speech: {r['kind']} {r['title']!r}")

# A transcript with no title: the hall's salutation first, then the speaker of himself.
r = one("untitled_speech.txt", f"同志们:\n\n再过4天,我到粮食局任职已整整一年了。借此机会向大家作以汇报。\n\n一、机关的状况\n\n{BODY}\n\n二、全县粮管所\n\n{BODY}\n")
check(r["kind"] == "speech", f"an untitled transcript: {r['kind']}")
# A letter to the public greets its readers, not a hall.
r = one("open_letter.txt", f"亲爱的市民朋友们：\n\n我们即将迎来新春佳节。{BODY}\n\n让我们携起手来，共建美好家园。\n")
check(r["kind"] != "speech", f"an open letter is no speech: {r['kind']}")

# An untitled 工作总结 turns into its parts (`现将全年工作总结如下`).
r = one("summary.txt", f"过去一年,在区委区政府的领导下,街道认真贯彻上级各项决策部署,较好地完成了各项工作。现将全年工作总结如下:\n"
        f"一、主要工作完成情况\n(一)不忘初心续写党建事业新篇章\n{BODY}\n二、存在的问题\n{BODY}\n")
check(r["kind"] == "experience", f"an untitled summary: {r['kind']}")

# A 述职 report titled `…述职评议报告` over `根据安排,现将…述职如下:`: the turn is no 主送.
r = one("shuzhi.txt", f"2022年书记抓基层党建述职评议报告\n根据安排,现将2022年抓基层党建工作述职如下:\n一、工作开展情况\n一是聚焦主责主业，领导责任全面压实。{BODY}\n二是夯实基层基础。{BODY}\n")
check(r["kind"] == "experience", f"a 述职 report is no 公文 报告: {r['kind']}")

# A portal's banner with its address over the column and the title; the posting line under it.
r = one("banner.txt", "某某市人民政府 MOUSHI.GOV.CN\n\n政府信息公开\n\n关于规范以政府名义在新媒体发文的通知\n\n来源:某某市人民政府办公室 时间:2022-06-06\n\n"
        "  各乡镇人民政府、街道办事处,市政府有关部门:\n\n  为进一步规范政府部门发文程序,提高发文质量,经市政府党组同意,现就有关事项通知如下。\n\n"
        "  对擅自以政府名义发布通知的单位,将进行全市通报批评。\n\n  某某市人民政府办公室\n\n  2020 年 7 月 6 日\n")
check((r["kind"], r["title"], r["fields"].get("issuer"), r["fields"].get("date")) ==
      ("notice", "关于规范以政府名义在新媒体发文的通知", ["某某市人民政府办公室"], "2020-07-06"),
      f"a banner with the site's address: {r['kind']} {r['title']!r} {r['fields'].get('issuer')} {r['fields'].get('date')}")

# An e-paper's page: its page label, its app, its slogan over an organ's 公告.
r = one("epaper.txt", "第02版:要闻 PDF版下载\n\n某某报客户端\n\n兵在掌上阅 亮剑弹指间\n\n全国人民代表大会常务委员会公告\n\n〔十三届〕第二十三号\n\n"
        "某某省人大常委会决定罢免某某的第十三届全国人民代表大会代表职务。依照代表法的有关规定,其代表资格终止。\n\n特此公告。\n\n"
        "全国人民代表大会常务委员会\n\n2021年8月20日\n")
check((r["kind"], r["title"], r["fields"].get("date")) == ("announcement", "全国人民代表大会常务委员会公告", "2021-08-20"),
      f"an e-paper's 公告: {r['kind']} {r['title']!r} {r['fields'].get('date')}")

# A news agency's repost: the posting time in dots, the dateline, `（授权发布）` before the title.
r = one("agency.txt", "全国人民代表大会常务委员会公告〔十二届〕第七号\n\n31.08.2014  22:42\n\n新华社北京8月31日电\n\n(授权发布)全国人民代表大会常务委员会公告\n\n"
        "〔十二届〕第七号\n\n某某省人大常委会接受了某某提出辞去第十二届全国人民代表大会代表职务。\n\n特此公告。\n\n全国人民代表大会常务委员会\n\n2014年8月31日\n")
check((r["kind"], r["title"]) == ("announcement", "全国人民代表大会常务委员会公告"), f"an agency's repost: {r['kind']} {r['title']!r}")

# A relay notice signed with no date, the page's reviewer under the signature, the page's posting
# date between the title and the 主送 (no 题注: it is the page's).
r = one("relay.txt", "某某乡人大传达《某某市人民政府关于认真做好烟花爆竹禁售禁放工作》的通知\n\n2021-02-19     来源:某某乡人大联络站\n分享:\n\n"
        "各县(市、区)人民政府,市人民政府有关部门:\n\n 春节期间,各单位要做好烟花爆竹禁售禁放工作。确保群众和谐幸福。\n\n \n\n"
        "                                某某乡人大主席团                    \n\n审核人:某某某\n")
f = r["fields"]
check(r["kind"] == "notice" and f.get("issuer") == ["某某乡人大主席团"] and f.get("issuer_from") == "signature" and
      not any(e["element"] == "成文日期" and e["line"] == 3 for e in f.get("elements", [])),
      f"an undated signature over a reviewer: {r['kind']} {f.get('issuer')} {f.get('issuer_from')} {f.get('elements')}")

# Bodies whose title was lost: a 函 closes on `此函。`, a 通报 acts in its own words.
r = one("letter.txt", "某市安办函〔2023〕109号\n某某县人民政府:\n8月23日,在某某县发生一般生产安全事故,现对该起事故调查处理工作实行挂牌督办。\n"
        "请你县依照有关法律法规,抓紧组织事故调查处理工作。\n此函。\n某某市安全生产委员会办公室\n2023 年 8 月 28 日\n")
check((r["kind"], r["fields"].get("doc_number", {}).get("text")) == ("letter", "某市安办函〔2023〕109号"), f"此函 closes a 函: {r['kind']} {r['fields'].get('doc_number')}")
r = one("circular.txt", "各市(州)、县(市、区)教育局,省属各高校:\n2019年,全省教育系统涌现了一批扎实开展教育宣传工作的通讯员。"
        "经研究决定通报表扬某某大学某某等52名优秀通讯员,以激励全省教育宣传工作者。\n省教育厅办公室\n2019年12月30日\n")
check(r["kind"] == "circular", f"a 通报 by its act: {r['kind']}")
# A report quoting the act is no 通报: it has no 主送 line and no formula of its own.
r = one("quoting.txt", f"某某县2019年教育宣传工作总结\n{BODY}上级决定通报表扬我县两名通讯员。\n{BODY}\n")
check(r["kind"] != "circular", f"a summary quoting a 通报's act: {r['kind']}")

done()
