"""Session 43: documents from the sixteenth round of held-out sets (probes 125–130) and the open
misses of earlier rounds. Each fixture is modelled on a document of those sets (names, places and
numbers replaced)."""
import json
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()

# A district council's catalogue of committee papers: each paper numbered in a column `no` by its
# committee's code over its year (`TT 2/2031`); a column of bare serials numbers nothing.
paper = lambda no: json.dumps({"name": "通過某某委員會2031年11月10日第六次會議記錄", "committee": "某某委員會", "no": no},
                              ensure_ascii=False) + "\n"
number = lambda r: (lambda n: n.get("text") if isinstance(n, dict) else n)(r["fields"].get("doc_number") or {})
r = one("papers.jsonl", paper("TT 2/2031"))
check(number(r) == "TT 2/2031", f"a paper's code: {r['fields'].get('doc_number')}")
r = one("serials.jsonl", paper("17"))
check(not number(r), f"a serial is no number: {r['fields'].get('doc_number')}")

# A ministry's crawled feature on a province (`某某打造人工智能产业新高地`), its numbered parts like an
# experience report's: filed under the site's news column, which its address names by pinyin initials
# (`/dfkj/xx/zxdt/203104/…`, 最新动态); the column of notices (`/xwzx/tzgg/…`, 通知公告) is none.
feature = lambda url: one("feature.csv", "seq,title,docDate,url,source,content\n"
                          f"5,某某打造人工智能产业新高地,2031-04-17,{url},某某部,\"某某积极抢抓行业风口，出台多个人工智能领域行动方案。"
                          "2030年，某某人工智能产业发展评价居全国第5位。\n一、夯实底层能力，加强技术攻关\n近三年某某部署人工智能科技攻关128项。\n"
                          "二、强化场景牵引，推动融合应用\n全省大模型总数达到140余个。\"\n")
r = feature("https://www.example.gov.cn/dfkj/xx/zxdt/203104/t20310417_196429.html")
check(r["kind"] == "news", f"a feature under a news column: {r['kind']}")
r = feature("https://www.example.gov.cn/xwzx/tzgg/content/post_196429.html")
check(r["kind"] != "news", f"a notices column is no news column: {r['kind']}")

# A city office's 函 as a page's text keeps it, its recipients run on with the body on one line, the
# body giving a mail address (`市直有关部门: 为切实…联系人:某某,邮箱:…@163.com 1 总则…`): organs named by
# what they do for it, and a paragraph of prose, no link's line.
r = one("runon.txt", "今天是:2031年12月06日\n某某市水利局\n\n某某市防汛办公室关于征求《某某市防汛应急预案(征求意见稿)》修改意见的函\n\n"
        "市直有关部门: 为切实做好防汛减灾工作,市防汛办修订完善形成了《某某市防汛应急预案(征求意见稿)》。请各单位于6月18日前反馈。"
        "联系人:某某,电话:1234567,邮箱:fxb@example.com 1 总则 1.1 编制目的 为主动预防、应对洪涝灾害,特制定本预案。\n")
check(r["kind"] == "letter" and r["fields"].get("recipients") == ["市直有关部门"], f"a run-on list of recipients: {r['kind']} {r['fields'].get('recipients')}")

# A county secretary's new-year address, its byline on the title's line after a space (`2031新春献辞
# 中共某某县委书记某某某`): a speech (献辞), the title before the byline, the speaker and his post.
r = one("address.txt", "2031新春献辞 中共某某县委书记王某某\n同志们、朋友们、某某的父老乡亲们:\n"
        "在这辞旧迎新、万家团圆的美好时刻,我代表县委、县人大、县政府、县政协,向全县父老乡亲致以新春的祝福!\n"
        "过去一年,是很不容易、很不平凡的一年。这一年,我们交出了优异答卷。\n")
check(r["kind"] == "speech" and r["title"] == "2031新春献辞" and r["fields"].get("speaker") == "王某某" and
      r["fields"].get("position") == "中共某某县委书记",
      f"a byline on the title's line: {r['kind']} {r['title']} {r['fields'].get('speaker')} {r['fields'].get('position')}")
# A district's 政府工作报告 whose speaker is a name alone, letter-spaced, over the deputies' salutation.
r = one("work-report.txt", "2031年政府工作报告\n\n发布时间:2032-01-21 11:16 信息来源: 某某区政府办公室\n\n"
        "2031年12月24日在某某区第九届人民代表大会第五次会议上\n\n王 某 某\n\n各位代表:\n\n"
        "我代表区人民政府向大会作工作报告,请予审议。\n\n一、十四五工作回顾\n\n过去五年,是我区发展史上极不平凡的五年。\n")
check(r["kind"] == "work_report" and r["fields"].get("speaker") == "王某某", f"a name over the deputies: {r['kind']} {r['fields'].get('speaker')}")
# A bilingual commencement speech: its occasion from the Chinese subtitle, not the translation's under it.
r = one("bilingual.txt", "青春正当时,奋斗向未来\n\n——在2031届毕业典礼暨学位授予仪式上的讲话\n\n王某某\n\n"
        "Youth in Full Bloom\n\n--Speech at the Graduation Ceremony of the 2031 Graduates\n\nWang Mou\n\n"
        "亲爱的同学们、老师们:\n\n大家上午好!\n\n今天,我们相聚在这里,隆重举行毕业典礼。\n")
check(r["kind"] == "speech" and r["fields"].get("occasion") == "2031届毕业典礼暨学位授予仪式", f"the Chinese subtitle's occasion: {r['fields'].get('occasion')}")

# A county portal's news that a head gave his new-year address, the lead introducing its text (`…全文如下:`)
# and the address under its own printed title (`新 年 贺 词`) and byline: the printed title.
r = one("reported-address.txt", "首页 > 图片新闻\n\n某某县人民政府县长王某某发表二〇三一年新年贺词\n\n"
        "某某县人民政府门户网站  2031-02-11 19:40:01   来源:某某县政府网站\n\n"
        "新年前夕,某某县人民政府县长王某某通过互联网和县广播电视台,发表了二O三一年新年贺词。全文如下:\n\n新 年 贺 词\n\n"
        "  某某县人民政府县长  王某某\n\n某某的父老乡亲们,同志们、朋友们:\n\n在这辞旧迎新的幸福时刻,我首先代表县四大班子,向全县人民拜年!\n")
check(r["kind"] == "speech" and r["title"] == "新年贺词" and r["fields"].get("speaker") == "王某某",
      f"the address under its printed title: {r['kind']} {r['title']} {r['fields'].get('speaker')}")

# A province's 公告 signed short by its level (`省科技厅`) under a title naming the organ in full: the full
# name; an office signed without its owner (`教务处` under `某某大学教务处关于…`) stays as signed.
r = one("short-signature.txt", "湖南省科学技术厅关于2031年第五批入库科技型中小企业的公告\n湘科公告〔2031〕23号\n"
        "根据有关规定，现将第五批入库科技型中小企业名单予以公告。\n附件：2031年第五批入库科技型中小企业名单\n省科技厅\n2031年8月6日\n")
check(r["fields"].get("issuer") == ["湖南省科学技术厅"], f"a signature short by its level: {r['fields'].get('issuer')}")
r = one("office-signature.txt", "某某大学教务处关于开展第二轮答辩的通知\n各学院：\n现就第二轮答辩有关事项通知如下。\n一、答辩时间\n2031年5月。\n教务处\n2031年4月6日\n")
check(r["fields"].get("issuer") == ["教务处"], f"an office signed without its owner: {r['fields'].get('issuer')}")

# A county congress committee's 公告 numbered by the year alone, bracketed, under its masthead (`〔2031〕第2号`).
r = one("year-numbered.txt", "某某县人民代表大会常务委员会\n公 告\n〔2031〕第2号\n(2031年4月23日县九届人大常委会第三十七次会议通过)\n"
        "县九届人大常委会第三十七次会议决定:县第九届人民代表大会第七次会议于2031年5月7日召开。\n特此公告。\n"
        "某某县人民代表大会常务委员会\n2031年4月23日\n")
check(number(r) == "〔2031〕第2号", f"a 公告 numbered by its year: {r['fields'].get('doc_number')}")
# A college's minutes listed by their file name, the number and then the title in brackets, under a table
# of the page's facts (`| 文 号: | 院办发〔2031〕5号 | …`): the title in the brackets, the number, the signed date.
r = one("file-name.txt", "| 发文日期: | 2031-03-07 | 发布部门: | 学校办公室 |\n| 文 号: | 院办发〔2031〕5号 | 文件名称: | 院办发〔2031〕5号(2030-2031学年度第十次校长办公会纪要) |\n"
        "院办发〔2031〕5号(2030-2031学年度第十次校长办公会纪要)\n2031年3月4日下午,学校召开2030-2031学年度第十次校长办公会。现纪要如下:\n"
        "一、会议听取了工作汇报。\n二、会议决定学校从3月4日起实行封闭管理。\n学校办公室\n2031年3月7日\n")
check(r["title"] == "2030-2031学年度第十次校长办公会纪要" and number(r) == "院办发〔2031〕5号" and r["fields"].get("date") == "2031-03-07" and
      r["fields"].get("page_doc_number") == "院办发〔2031〕5号",
      f"a file name's number and title: {r['title']} {number(r)} {r['fields'].get('date')} {r['fields'].get('page_doc_number')}")
# A hospital's 通告 under its site's news column (`新闻动态`): the column is no part of the title.
r = one("column.txt", "首页 / 本院动态 / 正文\n\n新闻动态\n\n某某县人民医院4月28日调整部分诊疗工作通告\n\n发布时间:2031-04-27 发布人: 某某县人民医院\n\n"
        "各位市民:\n\n根据当前疫情防控形势,我院调整部分诊疗工作,通告如下:\n\n皮肤科门诊停诊。\n\n某某县人民医院\n\n2031年4月27日\n")
check(r["title"] == "某某县人民医院4月28日调整部分诊疗工作通告", f"a news column over the title: {r['title']}")
# A township's notice under its catalogue line (`… 文件编号: 某府发[2031]5号 … 责任部门: 某某镇`), unsigned: the
# responsible organ issues it.
r = one("township.txt", "信息类别: 政府文件 文件编号: 某府发[2031]5号 公开方式: 主动公开 生成日期: 2032-09-25 公开时限: 常年公开 公开范围: 面向全社会 "
        "信息索取号: G25957-0202-2032-0026 责任部门: 某某镇\n\n关于在全镇范围内实施野外禁火的紧急通知\n\n来源: 发布时间: 2032-09-25 16:12\n打印\n\n"
        "各村(居)委会、驻镇有关单位:\n当前,正处于森林高火险期。镇人民政府决定:自即日起在全镇范围内实施野外禁火。\n一、禁止携带火种进山入林。\n\n"
        "二OO三一年三月三十日\n")
check(r["fields"].get("issuer") == ["某某镇"] and number(r) == "某府发[2031]5号", f"a township's catalogue line: {r['fields'].get('issuer')} {number(r)}")

# A college's copy of a ministry's rule: its facts a label over each value, then a table of contents with
# sections, the sentence promulgating it and its date line, then the rule: the number and the date of the
# facts, effective on the day before 起施行 (not the day it was adopted), chapters counted once.
toc = "\n".join(["目录", "第一章 总则", "第二章 学生的权利与义务", "第三章 学籍管理", "第一节 入学与注册", "第二节 考核与成绩记载", "第四章 附则"])
r = one("copied-rule.txt", "当前位置: 网站首页 >> 制度流程 >> 正文\n管理|某某学校学生管理规定-2031.9.10\n2033-08-27 10:45   审核人:   (点击: )\n\n"
        "资料属性:\n\n部委规章及文件\n\n制定机关:\n\n某某部\n\n颁布文号:\n\n某某部令第41号\n\n颁布日期:\n\n2031年02月04日\n\n施行日期:\n\n2031年09月01日\n\n"
        "某某学校学生管理规定\n\n" + toc + "\n\n《某某学校学生管理规定》已于2030年12月16日经某某部第49次部长办公会议修订通过,现将修订后的《某某学校学生管理规定》公布,自2031年9月1日起施行。\n\n"
        "2031年2月4日\n\n第一章 总则\n\n第一条 为规范学生管理行为,制定本规定。\n\n第二章 学生的权利与义务\n\n第二条 学生享有权利。\n\n"
        "第三章 学籍管理\n\n第一节 入学与注册\n\n第三条 新生按时报到。\n\n第二节 考核与成绩记载\n\n第四条 学生应当参加考核。\n\n第四章 附则\n\n第五条 本规定自2031年9月1日起施行。\n")
f = r["fields"]
check(r["kind"] == "regulation" and number(r) == "某某部令第41号" and f.get("date") == "2031-02-04" and f.get("effective") == "2031-09-01" and f.get("chapters") == 4,
      f"a copied rule's facts and contents: {r['kind']} {number(r)} {f.get('date')} {f.get('effective')} {f.get('chapters')}")
# A school's short rule flattened onto one line, a space after its title, interpreted by an office named with
# the school (`本实施细则解释权归某某大学学生处。`): a rule of the school, its articles apart.
r = one("one-line-rule.txt", "某某奖学金实施细则 为奖励某某大学品学兼优的在校学生,某某先生特在我校捐资设立“某某奖学金”。根据有关协议,制定本实施细则。 "
        "第一条 评选对象 在校全日制本科生。 第二条 评选条件 (一)遵纪守法,品行优秀。 (二)学习刻苦,成绩优良。 第三条 奖励名额及金额 共10名,每名2000元。 "
        "第四条 评选程序 奖学金每年评定一次。 第五条 本实施细则解释权归某某大学学生处。 本文来源:https://www.example.com/doc/1.html")
f = r["fields"]
check(r["kind"] == "regulation" and r["title"] == "某某奖学金实施细则" and f.get("articles") == 5 and f.get("issuer") == ["某某大学"],
      f"a one-line rule: {r['kind']} {r['title']} {f.get('articles')} {f.get('issuer')}")

# A college's rule signed by its office under it, each on a line of its own (`某某大学实验学院` / `教务部`), and
# dated; a university's norms stated as requirements (`…撰写规范化要求`), signed and dated by the month
# (`二ＯＯ三年一月`, full-width O for zero).
r = one("two-line-signature.txt", "某某大学实验学院转学、退学退费规定\n为规范学生转学、退学退费工作,特制定本规定。\n一、转学\n学生转学须提出申请。\n"
        "二、退费\n学生退学按规定退费。\n本规定从2031年1月1日起执行。\n某某大学实验学院\n教务部\n2031年1月1日\n")
check(r["kind"] == "regulation" and r["fields"].get("issuer") == ["某某大学实验学院教务部"] and r["fields"].get("date") == "2031-01-01",
      f"an office under its institution: {r['kind']} {r['fields'].get('issuer')} {r['fields'].get('date')}")
r = one("requirements.txt", "附件 3：\n某某大学本科毕业设计（论文）撰写规范化要求\n为进一步统一、规范我校本科学生毕业设计（论文）的撰写，特制定本要求。\n"
        "1 毕业设计（论文）\n1.1 毕业设计（论文）是作者申请学位的主要依据。\n2 编写要求\n2.1 页面要求：设计或论文须用 A4纸打印。\n某某大学\n二ＯＯ三年一月\n")
check(r["kind"] == "regulation" and r["title"] == "某某大学本科毕业设计（论文）撰写规范化要求" and r["fields"].get("date") == "2003-01",
      f"norms as requirements, dated by the month: {r['kind']} {r['title']} {r['fields'].get('date')}")
# A hospital's e-paper: its banner (`版权所有:…医院 PDF版`) and its trail to the page (`发刊日期:… > 总第390期 > 第A4版
# > 新闻内容`) over the headline are no title.
r = one("epaper.txt", "版权所有:某某区中心医院 PDF版\n往期回顾\n发刊日期:2031年01月31日> > 总第390期 > 第A4版 > 新闻内容\n我院召开民主党派座谈会\n"
        "新闻作者:本报  发布时间:2031年01月31日  查看次数:  放大 缩小 默认\n\n  1月10日下午,我院召开民主党派座谈会。医院党委书记某某某等二十余人参加了会议。\n"
        "  会上,某某某向参会人员总结了医院2030年度各项工作的开展情况。 (党办)\n\n上一篇 下一篇\n\nCopyRight 2009-2012 © All Rights Reserved.版权所有:某某区中心医院\n")
check(r["title"] == "我院召开民主党派座谈会", f"an e-paper's banner and trail: {r['title']}")
# A discipline-inspection site's repost: the info line's 来源 empty, the item's own credit under its repeated title.
r = one("credit.txt", "警示教育\n\n当前位置: 首页 >> 警示教育 >> 正文\n\n某某大学违规同城吃请被通报\n\n来源:   作者:宣教科        日期:2031年10月15日 00:00   点击数:  \n\n"
        "某某大学违规同城吃请被通报\n\n来源:某某省纪委监察厅\n\n1.某某区委办公室2031年9月28日,公务接待工作日午餐饮酒。\n\n2.某某大学2031年7月,同城接待一行7人,花费1394元。\n\n"
        "上述问题严重违反中央八项规定精神,属于顶风违纪问题。\n")
check(r["fields"].get("source") == "某某省纪委监察厅", f"a credit line under the title: {r['fields'].get('source')}")

# A university's exam site's 公告 signed by the name its title gives it, whatever the name ends with
# (`…某某大学报考点公告` / … / `某某大学报考点` / date); a department's final accounts as every organ
# discloses them a year (`某某县林业局2031年度部门决算公开`): a report.
r = one("exam-site.txt", "2032年度硕士研究生招生考试某某大学报考点公告\n各位考生:\n根据教育部有关规定,现将我校报考点有关事项公告如下:\n"
        "一、考生在报名前请仔细阅读相关公告。\n二、现场确认时间:2031年11月10日。\n附:某某市2032年硕士研究生招生考试报名公告\n某某大学报考点\n2031年9月15日\n")
check(r["kind"] == "announcement" and r["fields"].get("issuer") == ["某某大学报考点"], f"a signer the title names: {r['kind']} {r['fields'].get('issuer')}")
r = one("accounts.txt", "某某县林业局2031年度部门决算公开\n第一部分 某某县林业局概况\n一、部门职责\n1、负责全县林业及其生态建设的监督管理。\n"
        "二、机构设置\n本部门设内设机构6个。\n第二部分 2031年度部门决算表\n")
check(r["kind"] == "report" and r["fields"].get("issuer") == ["某某县林业局"], f"a department's final accounts: {r['kind']} {r['fields'].get('issuer')}")

# Probes 140–141: a township's summary under its site's trail worded its own way (`您现在所在的位置: 网站首页> …`)
# and its catalogue box; a bureau head's report to his system's meeting, the byline glued after its genre
# (`…工作报告市某某局党组书记、局长  王  某`); a university's minutes, unsigned, by the organ its meeting names.
r = one("township-summary.txt", "• 无障碍\n  • 长辈版\n某某镇人民政府\n您现在所在的位置: 网站首页> 政府信息公开首页 > 某某镇人民政府> 基层政务公开> "
        "巩固拓展脱贫攻坚成果同乡村振兴有效衔接> 扶贫项目> 年度计划\n索引号: 113417030032496887/203111-00027 组配分类: 年度计划\n"
        "发布机构: 某某镇人民政府 主题分类: 综合政务\n名称: 某某镇2031年乡村振兴工作总结暨2032年乡村振兴工作计划 文号:\n生成日期: 2031-11-08 发布日期: 2031-11-08\n"
        "某某镇2031年乡村振兴工作总结暨2032年乡村振兴工作计划\n发布时间:2031-11-08 17:35 来源:某某镇人民政府 浏览次数: 字体:[ ]\n\n"
        "某某镇2031年乡村振兴工作总结暨2032年乡村振兴工作计划\n\n一、2031年工作总结\n\n(一)脱贫现状和总体成效\n\n某某镇辖7个村1个社区,全部脱贫。\n\n"
        "(二)巩固拓展脱贫攻坚成果\n\n建立动态监测管理体系,做到应纳尽纳。\n")
check(r["title"] == "某某镇2031年乡村振兴工作总结暨2032年乡村振兴工作计划" and r["fields"].get("page_column") == "年度计划",
      f"a trail worded its own way: {r['title']} {r['fields'].get('page_column')}")
r = one("bureau-report.txt", "立足更高定位 彰显更大作为 推动城市管理事业高质量发展\n来源:市城管局   2032-03-10 11:51\n浏览量:1 | | | |\n\n"
        "2032年城市管理和综合执法工作报告市城管局党组书记、局长  王  某\n\n(2032年2月28日)\n\n同志们:\n\n今天,我们召开局系统工作会议,全面总结2031年工作。"
        "下面,从四个方面向大会报告工作。\n\n一、回顾2031年,城管工作交出满意答卷\n\n(一)城市形象持续提升\n")
check(r["kind"] == "speech" and r["fields"].get("speaker") == "王某" and r["fields"].get("position") == "市城管局党组书记、局长",
      f"a byline glued after its genre: {r['kind']} {r['fields'].get('speaker')} {r['fields'].get('position')}")
r = one("minutes.txt", "2031年度某某大学第一次校长办公会议纪要\n2031年2月20日,校长某某某在校本部行政楼803会议室主持召开2031年度第一次校长办公会议。\n"
        "一、关于校办产业改革方案\n会议同意重新构建学校与资产经营公司的关系。\n二、关于校区规划改造\n会议决定,由某某某同志负责规划改造工作。\n")
check(r["kind"] == "minutes" and r["fields"].get("issuer") == ["某某大学"], f"minutes by the organ its meeting names: {r['kind']} {r['fields'].get('issuer')}")

# Probe 142: government news pages as the pages corpus keeps them: a posting time on its own line
# (`发布时间:2031-12-19 09:30:26`, squeezed it runs the day into the hour); a site's name, its time and an
# empty 来源 over the headline; `信息时间::…` and a size switch with an ASCII colon (`字号: [ ]`); a column's
# label over a repost's headline under its outlet's bracket (`媒体报道荟萃` / `【某某日报】…`); an e-paper's
# page switches (`通版阅读请点击:`, `展开通版`, `文章字数:391`).
r = one("court.txt", "设为首页 / 添加收藏 / 返回首页\n当前位置: 法院简介 -> 法官风采\n\n新闻特写——凌晨的执行\n\n  发布时间:2031-12-19 09:30:26\n\n\n"
        "    12月15日凌晨5时30分,夜色苍茫,县法院干警已经出发。\n    山间弥漫着浓重的雾气,警车行进在崎岖的山路上。\n")
check(r["fields"].get("page_date") == "2031-12-19", f"a posting time alone: {r['fields'].get('page_date')}")
r = one("stamp-over-title.txt", "无障碍浏览\n资讯 information\n当前位置: 首页-资讯-图片信息\n某某省交通运输厅 2031-02-10 13:44 来源:\n  打印\n字号: [ ]\n\n"
        "副省长某某到省交通运输厅检查春运安全工作\n\n  2月10日,副省长某某到省交通运输厅检查春节期间交通运输疫情防控工作。\n\n  某某强调,要做好春运安全工作。\n")
check(r["title"] == "副省长某某到省交通运输厅检查春运安全工作" and r["fields"].get("page_date") == "2031-02-10",
      f"a site's time stamp over the headline: {r['title']} {r['fields'].get('page_date')}")
r = one("double-colon.txt", "加强巡护检查 确保用电需求\n信息时间::2031-08-06\n字体:[大中小]\n连日来,新区连续多日天气炎热,供电需求也大大增大。\n责编:某某新区管委会\n")
check(r["fields"].get("page_date") == "2031-08-06", f"信息时间:: and 字体:: {r['fields'].get('page_date')}")
r = one("repost.txt", "媒体报道荟萃\n\n【某某日报】您播撒的星光,照亮我前行的路\n\n——支教地的学生考上了某某大学\n\n作者:某某某来源:某某日报发布时间:2031-09-04\n\n"
        "8月31日,某某大学2031级本科新生入学报到。来自某某县的18岁女孩某某某跨越3000公里来到学校。\n")
check(r["title"] == "您播撒的星光,照亮我前行的路" and r["fields"].get("source") == "某某日报" and r["fields"].get("page_column") == "媒体报道荟萃",
      f"a column over a repost's headline: {r['title']} {r['fields'].get('source')} {r['fields'].get('page_column')}")
r = process_records(write("epaper-page.txt", "通版阅读请点击:\n展开通版\n收缩通版\n当前版:06版\n发布日期:2031年07月13日\n图片新闻\n文章字数:391\n\n\n\n"
                          "  近日,暴雨席卷了近半个中国。某某各单位积极投身抗洪抢险救灾中。\n  图1:某某大桥工地因受强降雨影响停工。\n"), "--with-text")[0]
check("通版" not in (r.get("text") or "") and "文章字数" not in (r.get("text") or ""), f"an e-paper's switches: {(r.get('text') or '')[:40]}")

# Probe 144: a ministry's labelled 函 (文書處理手冊) copied from a picture of it: its 主旨 and 正本 wrapped over
# lines, a short 副本 line over the minister's signature.
r = one("tw-letter.txt", "某某部函\n受文者:本部某某署學安組\n發文日期:中華民國120年5月24日\n發文字號:臺教授國字第1200064111號\n速別:最速件\n"
        "主旨:因應中央流行疫情指揮中心宣布全國疫情警戒均提升為第\n三級,為持續落實防疫工作,請各高級中等以下學校、幼\n兒園畢業典禮配合停辦,請查照。\n"
        "說明:\n一、依據本部某某署120年5月19日函辦理。\n二、有關畢業典禮部分,各校應延後或暫停辦理。\n"
        "正本:各直轄市政府教育局及各縣市政府、國立暨私立高級中等學校、各國立國民小學、國立某\n某戲曲學院高職部\n副本:本部某某署各組室\n部長某某某\n第1頁 共1頁\n")
f = r["fields"]
check(f.get("subject", "").endswith("請查照。") or f.get("subject", "").endswith("请查照。"), f"a wrapped 主旨: {f.get('subject')}")
check(f.get("cc") == ["本部某某署各組室"] and f.get("sent_to", "").endswith(("高職部", "高职部")),
      f"正本 wrapped, 副本 whole: {f.get('sent_to')} {f.get('cc')}")

# Probe 139: a township's 转发 notice whose title the page cut before its 的通知, an old 版记 under it (`主题词:…
# 转发 通知`, no title however it ends) and its copies set apart by 、 only, each an organ (`市府办、市某某指挥办`).
r = one("forwarding.txt", "文章播报\n某某市某某乡人民政府文件\n某政〔2031〕3号\n关于转发《国家森林防火指挥部关于做好2031年元旦春节期间森林防火工作的紧急通知》\n"
        "各行政村:\n2031年春节即将到来,国家森林防火指挥部专门发出《紧急通知》。现将《紧急通知》转发给你们,请认真贯彻执行。\n"
        "附件:《国家森林防火指挥部关于做好2031年元旦春节期间森林防火工作的紧急通知》\n某某乡人民政府\n二〇三一年一月九日\n"
        "主题词:森林消防 转发 通知\n抄送:市府办、市森林消防指挥办\n")
check(r["title"].startswith("关于转发《") and r["fields"].get("cc") == ["市府办", "市森林消防指挥办"],
      f"a cut forwarding title, copies by 、: {r['title']} {r['fields'].get('cc')}")
r = one("group-cc.txt", "某某市人民政府关于做好防汛工作的通知\n各区人民政府:\n现就做好防汛工作通知如下。\n一、加强值守。\n某某市人民政府\n2031年6月1日\n"
        "抄送:各省、自治区、直辖市人民政府\n")
check(r["fields"].get("cc") == ["各省、自治区、直辖市人民政府"], f"a group's words stay one: {r['fields'].get('cc')}")

# Probe 141: a district bureau's 批复 to an applicant named bare (`祖某某:`, a rare surname; the body says 你), its
# file's link under the signature repeating the title (`…的批复.pdf`): the recipient, and the title where it stands.
r = one("bare-applicant.txt", "某某区教育局\n\n某教〔2031〕26号\n\n某某区教育局关于同意设立某某幼儿园的批复\n\n发布时间:2031-02-21 浏览次数: 【字体:\n\n"
        "祖某某:\n\n你提交的《关于申办某某幼儿园的申请》收悉。经研究,同意设立。\n\n办学类型:非营利性民办幼儿园。\n\n特此批复\n\n"
        "某某区教育局\n\n2031年2月21日\n\n\n某某区教育局关于同意设立某某幼儿园的批复.pdf\n")
check(r["fields"].get("recipients") == ["祖某某"] and r["fields"].get("date") == "2031-02-21" and r["fields"].get("issuer_from") == "signature",
      f"a bare applicant, the file's link no title: {r['fields'].get('recipients')} {r['fields'].get('date')} {r['fields'].get('issuer_from')}")

# Probe 144: a Hong Kong bureau's press release as text, a character a word: its skip link and the column it
# prints twice over the headline are no title, its day closing it with the weekday dates it.
r = one("hk-release.txt", "跳 至 內 容 的 開 始\n\n新 聞 發 布\n\n新 聞 發 布\n\n\n回 應 某 某 某 議 員 的 評 論\n* * * * * * * * * *\n\n"
        "回 應 傳 媒 查 詢 , 就 某 某 某 議 員 今 天 ( 四 月 二 十 一 日 ) 在 立 法 會 的 評 論 , 某 某 事 務 局 發 言 人 表 示 :\n\n"
        "「 行 政 長 官 在 一 月 七 日 的 施 政 報 告 宣 布 成 立 專 責 小 組 。\n\n完\n\n二 ○ 三 一 年 四 月 二 十 一 日 ( 星 期 三 )\n\n回 上 頁\n")
check(r["title"] == "回應某某某議員的評論" and r["fields"].get("date") == "2031-04-21", f"a press release's headline and day: {r['title']} {r['fields'].get('date')}")

# A school's news item as text, its credits closing it a role a line (`文 字丨…` … `终 审丨…`): read as credits,
# out of the body, whose last paragraph is the item's own; two such lines are no block.
credits = "文 字丨某某学院办公室\n图 片丨某某学院办公室\n美 编丨王某某\n责 编丨李某某\n复 审丨张 某\n终 审丨赵 某\n"
item = "2031年1月23日,某某学院以线上会议形式,组织召开2031年度工作规划动员会。\n展望2031年,学院将全力推动各项事业迈向新台阶。\n"
r = process_records(write("credits.txt", item + credits), "--with-text")[0]
check(r["fields"].get("credits", {}).get("终审") == "赵某" and (r.get("text") or "").rstrip().endswith("迈向新台阶。"),
      f"closing credits: {r['fields'].get('credits')} {(r.get('text') or '')[-20:]!r}")
r = process_records(write("two-credits.txt", item + "责 编丨李某某\n终 审丨赵 某\n"), "--with-text")[0]
check(not r["fields"].get("credits") and "终" in (r.get("text") or ""), f"two lines are no block: {r['fields'].get('credits')}")

# Probe 146: a county police bureau's 通告 reposted under a headline that puts the day before its title.
r = one("day-first.txt", "3月21日某某县公安局关于对县城部分道路实施临时交通管制的通告\n\n某某县公安局关于对县城部分道路实施临时交通管制的通告\n\n"
        "为全力做好我县疫情防控工作,从严从细落实防控措施,决定对县城部分道路实施临时交通管制。\n\n一、管制时间\n\n"
        "自2031年3月21日20时起实施每天24小时交通管制,解除时间另行通知。\n\n二、管制路段\n\n1、城区入口为:复兴十字与滨河大道交叉路口。\n")
check(r["title"] == "某某县公安局关于对县城部分道路实施临时交通管制的通告", f"a day before the title: {r['title']}")

# Guards after the review of session 43's rules (some pass on the old code too: they keep the new rules
# from overreaching).
rule = lambda name, arts, tail="": one(name, name.split(".")[0] + "\n" + "\n".join(f"第{n}条 {a}" for n, a in zip("一二三四五六", arts)) + "\n" + tail)
r = rule("学生宿舍管理办法.txt", ["为加强学生宿舍管理，制定本办法。", "本办法解释权归学生工作处所有。", "本办法自发布之日起施行。"])
check(r["fields"].get("issuer") == ["学生工作处"] and r["fields"].get("effective") == "on issue",
      f"解释权归…所有: {r['fields'].get('issuer')} {r['fields'].get('effective')}")
r = rule("学生考勤管理办法.txt", ["为加强学生考勤管理，制定本办法。", "本办法由某某大学附属中学教务处负责解释。", "本办法自发布之日起施行。"])
check(r["fields"].get("issuer") == ["某某大学附属中学"], f"the school by its last word: {r['fields'].get('issuer')}")
r = rule("某某学院实验室安全管理办法.txt", ["为加强实验室安全管理，制定本办法。", "本办法经2031年3月1日院长办公会审议通过，自发布之日起施行。"])
check(r["fields"].get("effective") == "on issue", f"effective on issue, not the day adopted: {r['fields'].get('effective')}")
r = rule("某某大学学生社团管理办法.txt", ["为规范学生社团管理，制定本办法。", "本办法由校团委、学生处共同负责解释。"], "校团委\n学生处\n2031年3月1日\n")
check(r["fields"].get("issuer") != ["校团委学生处"], f"two signers are not one name: {r['fields'].get('issuer')}")
r = one("labelled-stamp.txt", "某某市物业管理条例\n公布日期：2031-08-27 10:45　施行日期：2031-10-01\n第一条 为规范物业管理活动，制定本条例。\n"
        "第二条 本条例适用于本市行政区域内的物业管理活动。\n第三条 物业服务企业应当依法经营。\n")
check(r["fields"].get("promulgated") == "2031-08-27" and r["fields"].get("effective") == "2031-10-01",
      f"a labelled date with its time: {r['fields'].get('promulgated')} {r['fields'].get('effective')}")
r = one("attached-toc.txt", "某某市人民政府关于修改部分规章的决定\n第一条 将《某某市河道管理办法》第三条修改为：“河道整治应当符合规划。”\n"
        "第二条 将《某某市道路管理办法》第五条删除。\n第三条 本决定自2031年1月1日起施行。\n附件：某某市河道管理办法（修正本）\n某某市河道管理办法\n"
        "目录\n第一章 总则\n第二章 管理\n第三章 附则\n第一章 总则\n第一条 为加强河道管理，制定本办法。\n第二章 管理\n第二条 河道整治应当符合规划。\n"
        "第三章 附则\n第三条 本办法自2021年8月1日起施行。\n")
check(sum(1 for x in r["sections"] if x.get("marker") == "第一条") == 2, f"an attachment's contents move no article: {[x.get('marker') for x in r['sections']]}")
r = one("law-news.txt", "带你走进民法典\n\n5月28日，全国人大表决通过了《中华人民共和国民法典》，自2021年1月1日起施行。\n"
        "为让群众更好地了解民法典，某某街道组织志愿者走进社区开展宣讲活动。\n活动现场，志愿者结合案例讲解了婚姻家庭、继承等内容。\n")
check(r["kind"] != "regulation", f"a talk about a code is no code: {r['kind']}")
r = one("essay.txt", "中医文献词语规范化的几点思考\n\n中医文献词语的规范化，是中医药标准化建设的基础工作。\n本文从三个方面谈谈对这一问题的认识。\n"
        "首先，要重视词语的历史源流。\n其次，要结合临床实践。\n最后，要加强协作，形成统一的规范。\n")
check(r["kind"] != "speech", f"文献词语 names no address: {r['kind']}")
r = one("degree.txt", "标题：2031年夏季学位授予工作安排\n发布时间：2031-05-10\n原文链接：https://yjsy.example.edu.cn/xw/2031/0510/c1234a56789/page.htm\n"
        "来源：研究生院\n\n2031年夏季学位授予工作安排如下：\n1.学位申请材料提交截止时间为6月1日。\n2.学位评定分委员会会议于6月10日前完成。\n"
        "3.学位证书于6月28日发放。\n请各培养单位按时完成相关工作。\n")
check(r["kind"] != "news", f"/xw/ (学位) is no news column: {r['kind']}")
r = one("summary-line.txt", "2031年某某区人民政府工作报告\n摘要\n各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、2030年工作回顾\n"
        "过去一年，全区地区生产总值增长6%。\n二、2031年主要任务\n今年我们将着力推动高质量发展。\n")
check(r["fields"].get("speaker") != "摘要", f"a word over the deputies is no name: {r['fields'].get('speaker')}")
r = process_records(write("call.txt", "第五届某某法学论坛征文启事\n发布时间：2031-05-01 来源：科研处\n主办单位：某某大学法学院\n承办单位：某某市法学会\n"
                          "为推动区域法治研究，现面向全国征集论文。\n征文主题：区域协同立法。\n截稿日期：2031年7月31日。\n"), "--with-text")[0]
check("主办单位：某某大学法学院" in (r.get("text") or ""), f"a 主办单位 line of the article stays")
r = one("unbalanced.txt", "院办发〔2031〕5号（一）某某学院关于开展安全检查的通知（二）\n各部门：\n现就开展安全检查有关事项通知如下。\n一、检查时间\n2031年5月。\n某某学院办公室\n2031年4月6日\n")
check(r["title"].count("（") == r["title"].count("）") and not r["title"].startswith("一）"), f"no half of a bracket pair: {r['title']}")
r = one("both.jsonl", json.dumps({"no": "ZJ 12/2031", "文号": "某政发〔2031〕7号", "title": "某某县人民政府关于开展安全检查的通知"}, ensure_ascii=False) + "\n")
check(number(r) == "某政发〔2031〕7号", f"a 文号 column over a paper code: {r['fields'].get('doc_number')}")

done()
