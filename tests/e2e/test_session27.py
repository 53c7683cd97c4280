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

# A sample-text site prints its column's name again under its trail: a label, not the title.
r = one("column_label.txt", f"当前位置:某某范文网>> 文秘范文>> 应用材料>> 交流发言\n\n交流发言\n\n中秋茶话会外籍人士受邀发言\n\n"
        f"    】【收藏】 作者: 佚名  来源: 作者原创 【加入会员】 \n\n尊敬的书记、尊敬的县长、各位领导、各位朋友,大家晚上好!\n\n"
        f"今晚承蒙县领导的邀请参加晚宴,推举我代表外地的朋友发言,本人深感荣幸!{BODY}\n\n谢谢大家!\n")
check((r["kind"], r["title"]) == ("speech", "中秋茶话会外籍人士受邀发言"), f"the column's name under the trail: {r['kind']} {r['title']!r}")
# A trail that ends with the title, the title under it, then the posting's line: the title stays.
r = one("trail_title.txt", "某某范文网 -工作总结,演讲稿,思想汇报,信函等各种范文。\n当前位置: 某某网 > 范文 > 请示 > 道路硬化请示\n\n道路硬化请示\n\n"
        "时间:2016-02-20 作者:某某 分类:请示 来源:某某网\n\n某某镇人民政府:\n\n我村3、4、5组原有一条道路年久失修,群众出行十分不便。\n\n"
        "妥否,请批示。\n\n某某村民委员会\n\n2016年2月1日\n")
check((r["kind"], r["title"]) == ("request", "道路硬化请示"), f"a trail ending with the title: {r['kind']} {r['title']!r}")

# A transcript under a paper site's label, its salutation glued to its first sentence.
r = one("label_transcript.txt", "论文部分内容阅读\n同志们: 这次全省煤炭工作会议,总结了去年的工作,对新的一年的工作作了安排部署。"
        f"这些年来,省委和省政府对煤炭战线的工作一直是比较重视的。每年的煤炭工作会议我都参加了。{BODY}\n")
check(r["kind"] == "speech", f"a transcript under a site's label: {r['kind']} {r['scores']}")

# A 述职 flattened onto one line, its title run on into the meeting's salutation.
r = one("flat_shuzhi.txt", f"乡镇镇长述职报告各位领导、同志们:我是今年二月份调入某某镇,并在镇人代会上当选为镇长,负责政府全面工作。{BODY}{BODY}\n")
check((r["kind"], r["title"]) == ("experience", "乡镇镇长述职报告"), f"a flattened 述职: {r['kind']} {r['title']!r}")

# A law site's record box (`• 颁布单位:`) names the organ that made a rule its text leaves unsigned;
# a title naming only the kind of court (`人民法院…办法`) names no owner.
r = one("law_box.txt", "人民法院公文处理办法\n\n  • 颁布日期:1996-04-09\n  • 实施日期:\n  • 时 效 性:有效\n  • 发文文号:\n  • 颁布单位:最高人民法院\n"
        "第一章 总则\n  第一条 为加强人民法院的公文处理工作,使之规范化、制度化,制定本办法。\n  第二条 人民法院的公文,是人民法院实施审判、管理的重要工具。\n"
        "第二章 附则\n  第三条 本办法自发布之日起施行。\n")
check((r["kind"], r["fields"].get("issuer")) == ("regulation", ["最高人民法院"]), f"the record box's 颁布单位: {r['kind']} {r['fields'].get('issuer')}")

# A signature over a date whose 年月日 the page lost and that reads no one way (`202045`): the
# signer is read, the date is not made up.
r = one("lost_date.txt", "某某学院党委2020年宣传工作要点\n各党支部:\n现将2020年宣传工作要点通知如下。\n一、组织编纂学院年鉴。\n二、筹划编纂院史。\n"
        "中共某某大学某某学院委员会\n\n202045\n")
check((r["fields"].get("issuer"), r["fields"].get("date")) == (["中共某某大学某某学院委员会"], None),
      f"a signature over lost digits: {r['fields'].get('issuer')} {r['fields'].get('date')}")

# A page's source and posting date under a 公告's title, no 主送: no signature there.
r = one("source_line.txt", "某某市人民代表大会常务委员会办公室公告\n辽宁省某某委员会 2022年12月06日\n\n"
        "  市人大常委会第六次会议对《某某市社会信用条例(草案)》进行了初次审议。现将草案全文公布,并就有关事项公告如下:\n\n"
        "  一、各级国家机关、社会团体以及各界人士均可提出意见。\n\n某某市人民代表大会常务委员会办公室\n\n2022年12月5日\n")
check((r["fields"].get("issuer"), r["fields"].get("date")) == (["某某市人民代表大会常务委员会办公室"], "2022-12-05"),
      f"a source line over the body: {r['fields'].get('issuer')} {r['fields'].get('date')}")

# A procuratorate's report titled with the year it reviews, its 题注 and its head under the title.
r = one("procuratorate.txt", "某某市人民检察院2024年工作报告\n\n【字号:    】        时间:2025-01-26\n\n——2025年1月9日在某某市第十五届人民代表大会第五次会议上\n\n"
        f"某某市人民检察院检察长 某某某\n\n  各位代表:\n\n  现在,我代表市人民检察院向大会报告工作,请予审议。\n\n  2024年工作回顾\n\n  {BODY}\n")
f = r["fields"]
check((r["kind"], f.get("doc_type"), f.get("issuer"), f.get("date"), f.get("year")) ==
      ("work_report", "人民检察院工作报告", ["某某市人民检察院"], "2025-01-09", 2025),
      f"a procuratorate's report, its year in the title: {r['kind']} {f.get('doc_type')} {f.get('issuer')} {f.get('date')} {f.get('year')}")

# A committee's report as a bilingual page decorates it (`【中英文對照】…(全文)`), in traditional script.
r = one("bilingual.txt", "      【中英文對照】全國人大常委會工作報告(全文)\n\n      五、推動地方人大工作完善發展5. We facilitated improvements in the work of local people's congresses.\n"
        "      地方人大工作是做好新形勢下人大工作的重要組成部分。常委會著眼於堅持和完善人民代表大會制度。The work of local people's congresses is vital.\n")
check((r["kind"], r["title"]) == ("work_report", "全國人大常委會工作報告"), f"a decorated committee report: {r['kind']} {r['title']!r}")

# A court's report without its title: the formula's organ names its type and its issuer.
r = one("court_untitled.txt", f"各位代表:\n现在,我代表市中级人民法院向大会报告工作,请予审议。\n2022年主要工作\n{BODY}\n")
check((r["kind"], r["fields"].get("doc_type"), r["fields"].get("issuer")) == ("work_report", "人民法院工作报告", ["市中级人民法院"]),
      f"an untitled court report: {r['kind']} {r['fields'].get('doc_type')} {r['fields'].get('issuer')}")

# A sample-text collection's heading over the first court's report: the court's title, its full name.
r = process_records(write("court_collection.txt", "2024年市中级人民法院工作报告5篇\n市中级人民法院工作报告总结了法院在审判、执行等方面的成就。以下是网友为您整理分享的相关范文,供您参考!\n"
        f"某州市中级人民法院工作报告\n各位代表:\n我代表市中级人民法院向大会报告工作,请予审议。\n{BODY}\n"))[0]
check((r["title"], r["fields"].get("issuer")) == ("某州市中级人民法院工作报告", ["某州市中级人民法院"]),
      f"the first court's report under a collection's heading: {r['title']!r} {r['fields'].get('issuer')}")

# A trail wrapped over two lines (`当前位置:某某范文网 >` / `工作报告 >事迹材料 >`) over a 事迹材料.
r = one("wrapped_trail.txt", f"当前位置:某某范文网 >\n\n工作报告 >事迹材料 >\n\n优秀乡镇党委书记先进事迹材料\n\n某某,1973年生,1996年毕业于某某学院。{BODY}\n\n从城里人变成农村人\n\n{BODY}\n")
check((r["kind"], r["title"]) == ("experience", "优秀乡镇党委书记先进事迹材料"), f"a wrapped trail: {r['kind']} {r['title']!r}")

# A trail whose colon and arrows were lost (`您的位置首页  汽车生活  驾车乐趣`) over a 心得体会.
r = one("lost_arrows.txt", f"您的位置首页  汽车生活  驾车乐趣\n\n党员干部开展下基层实践活动心得体会\n\n  近期,在各级党委的号召下,我作为一名党员教师参加了下基层实践活动。{BODY}\n")
check((r["kind"], r["title"]) == ("experience", "党员干部开展下基层实践活动心得体会"), f"a trail without its arrows: {r['kind']} {r['title']!r}")

# Sample-text sites' badges and counts around a title: `[精選]…15篇`, `…【三篇】`.
r = one("badge.txt", "[精選]公司員工考勤管理制度15篇\n第一條 為加強公司員工考勤管理,制定本制度。\n第二條 本制度適用於公司全體員工。\n第三條 本制度自發布之日起施行。\n")
check(r["title"] == "公司員工考勤管理制度", f"a badge and a count: {r['title']!r}")
r = one("count_words.txt", f"农村集体经济发展调研报告【三篇】\n\n近年来,各地积极探索农村集体经济发展路径。{BODY}\n\n一、基本情况\n\n{BODY}\n\n二、存在的问题\n\n{BODY}\n")
check(r["title"] == "农村集体经济发展调研报告", f"a count in words: {r['title']!r}")

# A company head's New Year address signed at its end by post and name (`某某集团总裁 某某某`).
r = one("ceo.txt", f"某某集团总裁2023年新春致辞\n\n岁序更替,华章日新。我谨代表某某集团向全体员工致以春节最亲切的问候!{BODY}\n\n祝大家兔年大吉!\n\n某某集团总裁 翟某卿\n\n2023年1月21日\n")
check((r["kind"], r["fields"].get("speaker"), r["fields"].get("date")) == ("speech", "翟某卿", "2023-01-21"),
      f"a CEO's address: {r['kind']} {r['fields'].get('speaker')} {r['fields'].get('date')}")

# A law database prints a rule's organ on its own line under the title; the adopting meeting, when
# the head names one, is still the issuer.
r = one("law_head.txt", "某某市新型墙体材料管理规定(2002年)\n\n作者:法律资料网 时间:2024-06-25 14:15:56   浏览:8552   来源:法律资料网\n\n"
        "某某市新型墙体材料管理规定(2002年)\n\n福建省某某市人民政府\n\n某某市新型墙体材料管理规定\n\n  第一条 为推进本市墙体材料革新和建筑节能工作,制定本规定。\n\n"
        "  第二条 凡在本市辖区的墙体材料生产企业,均应遵守本规定。\n")
check((r["kind"], r["fields"].get("issuer"), r["fields"].get("issuer_from")) == ("regulation", ["福建省某某市人民政府"], "head"),
      f"a law database's organ line: {r['kind']} {r['fields'].get('issuer')} {r['fields'].get('issuer_from')}")

# A summary's unit as its title opens with it, before its year; a 心得's writer before its title.
r = one("unit_title.txt", f"县政府办公室2023年工作总结\n今年以来,县政府办自觉围绕县委县政府中心工作,较好完成了各项工作任务。现将2023年主要工作汇报如下:\n"
        f"一、工作开展情况\n{BODY}\n二、存在的问题\n{BODY}\n")
check((r["kind"], r["fields"].get("unit")) == ("experience", "县政府办公室"), f"a summary's unit: {r['kind']} {r['fields'].get('unit')}")
r = one("writer.txt", f"李某明:学习党章心得体会\n根据支部学习动员阶段的学习内容,我重点学习了《党章》。{BODY}\n")
check((r["kind"], r["title"], r["fields"].get("author")) == ("experience", "学习党章心得体会", "李某明"),
      f"a writer before the title: {r['kind']} {r['title']!r} {r['fields'].get('author')}")

# A mirror's pinyin glosses with a stray space (`會(huì )`) are dropped like the others.
r = one("spaced_gloss.txt", "全國人大常委會(huì )工作報(bào)告\n各位代表:\n我受全國人民代表大會(huì )常務(wù)委員會(huì )委托,向大會(huì )報(bào)告工作,請予審議。\n"
        "一年來,常委會(huì )堅持黨的領(lǐng)導(dǎo),依法履職。\n", "--with-text")
check("(huì )" not in r.get("text", "") and r["kind"] == "work_report", f"spaced glosses: {r['kind']} {r.get('text', '')[:40]!r}")

# An NGO's employee handbook, its organ over its title.
r = one("handbook.txt", "某某儿童救护服务交流中心\n员工手册(修订)\n本《员工手册》可以帮助您更好地了解中心的愿景、理念、制度、规章和员工享有的权益。\n"
        "第一章 总则\n第一条 为规范中心管理,制定本手册。\n第二条 本手册适用于中心全体员工。\n")
check((r["kind"], r["title"], r["fields"].get("issuer")) == ("regulation", "员工手册(修订)", ["某某儿童救护服务交流中心"]),
      f"an employee handbook: {r['kind']} {r['title']!r} {r['fields'].get('issuer')}")

# News that lost its headline: a page's label before the lead's date; an event held at a place.
r = one("label_lead.txt", "【某某导读】3月12日上午,十三届全国人大二次会议举行全体会议,听取最高人民法院工作报告。"
        "最高人民法院举行全媒体直播访谈活动,研究室主任某某某做客直播间,介绍了报告的主要内容。\n某某某表示,今年的报告全文共20页。\n")
check(r["kind"] == "news", f"a label before the lead's date: {r['kind']} {r['scores'].get('news')}")
r = one("held_at.txt", "今年是农历癸卯兔年。年初八上午,某某集团新年座谈会在集团四楼会议室举行,总经理某某某主持座谈会。\n"
        "某某某在讲话中表示,过去一年集团经受住了考验。各部门负责人参加了座谈会。\n")
check(r["kind"] == "news", f"an event held at a place: {r['kind']} {r['scores'].get('news')}")

# A speaker's line under the title: a company's post glued to the name (`某某工程董事长金某宏`), or a
# ceremony's speaker for a body (`教师代表 刘某鸿`).
r = one("glued_post.txt", f"在某某工程庆祝中国共产党成立100周年大会上的讲话\n某某工程董事长金某宏\n(2021年7月1日)\n尊敬的老党员代表、同志们:\n大家好!{BODY}\n")
check((r["kind"], r["fields"].get("speaker"), r["fields"].get("date")) == ("speech", "金某宏", "2021-07-01"),
      f"a post glued to the name: {r['kind']} {r['fields'].get('speaker')} {r['fields'].get('date')}")
r = one("for_a_body.txt", f"在毕业典礼上的发言\n教师代表 刘某鸿\n(2022年7月11日)\n亲爱的2022届毕业生,尊敬的各位老师,大家好!\n我是刘某鸿老师。{BODY}\n")
check((r["kind"], r["fields"].get("speaker"), r["fields"].get("position")) == ("speech", "刘某鸿", "教师代表"),
      f"a speaker for a body: {r['kind']} {r['fields'].get('speaker')} {r['fields'].get('position')}")
# A bare word before a summary's year names no unit.
r = one("bare_unit.txt", f"学校2023年度工作总结报告\n各位领导、各位老师,大家好!\n下面我代表某某联校向全体教师汇报年度工作情况。{BODY}\n")
check(r["fields"].get("unit") != "学校", f"a bare 学校 is no unit: {r['fields'].get('unit')}")

# A flattened 通告 dated at the end of its last paragraph, right after its last sentence, no
# signature (a forum's table bars under it): its date; its organs from its title.
r = one("flat_date.txt", "|\n中共某某市委 某某市人民政府 关于征集2022年度 市区改善民生实事项目的 通 告\n"
        "为认真践行以人民为中心的发展思想,市委、市政府决定,2022年继续开展为民办实事工作。征集时间为9月29日至10月15日,相关建议可以电子邮件形式发送,并留下姓名和联系电话,以便联系。 2021年9月29日\n|\n|\n")
check((r["kind"], r["fields"].get("issuer"), r["fields"].get("date")) == ("public_notice", ["中共某某市委", "某某市人民政府"], "2021-09-29"),
      f"a date closing a flattened 通告: {r['kind']} {r['fields'].get('issuer')} {r['fields'].get('date')}")

# A subtitle typed with three hyphens under an address's own title.
r = one("hyphens.txt", f"追风赶月莫停留 平芜尽处是春山 ---2023年新年致辞\n来源: | 作者:佚名 | 发布时间: 2022-12-31 | 822 次浏览 | 分享到:\n\n"
        f"追风赶月莫停留  平芜尽处是春山\n\n---2023年新年致辞\n\n律回春晖近,万象始更新。值此2023新年到来之际,我谨代表公司向全体员工致以诚挚的问候。{BODY}\n")
check((r["kind"], r["title"]) == ("speech", "追风赶月莫停留  平芜尽处是春山"), f"a subtitle with three hyphens: {r['kind']} {r['title']!r}")

# A government's 公告 titled by its matter, no 关于: the government issues it.
r = one("gov_matter.txt", "某州市人民政府土地征收启动公告\n\n〔2022〕第1号\n\n为保障城市建设用地需求,经市政府研究决定,现发布土地征收启动公告:\n\n"
        "一、拟征收土地的范围\n\n拟征收土地位于城镇规划圈外。\n\n特此公告。\n\n2022年1月14日\n")
check((r["kind"], r["fields"].get("issuer")) == ("announcement", ["某州市人民政府"]), f"a government before its matter: {r['kind']} {r['fields'].get('issuer')}")

# The review's cases: what the session's rules must not do.
r = one("party_committee.txt", f"中共某某县委常务委员会工作报告\n同志们：\n我受县委常务委员会委托，向全会报告工作，请予审议。\n{BODY}\n")
check(r["kind"] != "work_report", f"a party committee's report to its plenum is no congress's: {r['kind']}")
r = one("gov_entrusted.txt", f"2024年某某市政府工作报告\n各位代表：\n现在，我受市人民政府委托，向大会报告政府工作，请予审议。\n{BODY}\n")
check(r["kind"] == "work_report", f"a government's entrusted report: {r['kind']}")
r = one("year_court.txt", f"2024年某州市中级人民法院工作报告\n各位代表:\n我代表市中级人民法院向大会报告工作,请予审议。\n{BODY}\n")
check(r["fields"].get("issuer") == ["某州市中级人民法院"], f"the title's year is no part of the issuer: {r['fields'].get('issuer')}")
r = one("sanction.txt", "各部门:\n经研究，决定给予张某党内警告处分，并在全系统予以通报。\n某某局\n2023年5月6日\n")
check(r["kind"] != "circular", f"a sanction made known is no 通报: {r['kind']}")
r = one("meeting_notice.txt", "各乡镇人民政府:\n经研究，定于5月10日上午在市政府三楼会议室召开全市安全生产工作会议。现将有关事项通知如下:\n一、参会人员\n各乡镇分管负责人。\n某某市人民政府办公室\n2023年5月6日\n")
check(r["kind"] == "notice", f"a meeting notice is no news: {r['kind']}")
r = one("keywords.txt", f"关键词：年终总结 个人总结\n\n2023年个人年终工作总结\n\n今年以来，我认真履行岗位职责。{BODY}\n")
check(r["fields"].get("author") != "关键词", f"a label is no writer: {r['fields'].get('author')} {r['title']!r}")
r = one("commentary.txt", f"在省委全会上的讲话深刻阐明了新时代全面深化改革的重大意义,为我们做好今后工作指明了方向。{BODY}{BODY}{BODY}\n")
check(r["title"] != "在省委全会上的讲话", f"a commentary on a speech keeps no speech title: {r['kind']} {r['title']!r}")
r = one("country.txt", "中华人民共和国\n农业农村部公告\n第123号\n根据有关规定，现将有关事项公告如下：\n一、本公告自发布之日起施行。\n农业农村部\n2023年5月6日\n")
check(r["title"] == "中华人民共和国农业农村部公告", f"the country's name is the title's: {r['title']!r}")
r = one("home_tender.txt", "网站首页改版项目招标公告\n根据有关规定，现就网站首页改版项目进行公开招标，有关事项公告如下：\n一、项目名称：网站首页改版。\n某某局\n2023年5月6日\n")
check(r["title"] == "网站首页改版项目招标公告", f"a title about the home page is no trail: {r['title']!r}")
r = one("record_label.txt", "某某办法\n【发布部门】国务院\n第一条 为了规范管理，制定本办法。\n第二条 本办法自发布之日起施行。\n")
check(r["fields"].get("issuer") != ["【发布部门】国务院"], f"a record's label is no issuer line: {r['fields'].get('issuer')}")

# A standing committee's report that names no congress (only `我受…委托` and `…工作报告`) is still
# looked at by the report handler.
r = one("entrusted_only.txt", f"某区人大常委会工作报告\n各位代表：\n我受区人大常委会委托，向大会报告工作，请予审议。\n一年来，{BODY}\n")
check((r["kind"], r["fields"].get("doc_type"), r["fields"].get("issuer")) == ("work_report", "人大常委会工作报告", ["某区人大常委会"]),
      f"an entrusted report naming no congress: {r['kind']} {r['fields'].get('doc_type')} {r['fields'].get('issuer')}")

done()
