"""Session 50: documents as document-sharing sites, old portals and county sites serve them (probes 248–252):
a sharing site's header over an issuing notice, the name of what it issues over its title, a charset's `?` at
lines' ends, a number under its own label, an information box's download button, a date typed with dots.
Each fixture is modelled on a document of those probes (names, places and numbers replaced)."""
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()

# A document-sharing site's header (probe 248/07): the file's name, its catalogue, the site's preface,
# then the document, whose first line is the name of what it issues, over its own title.
r = one("wenku.txt",
        "某某市人民政府办公室公文处理实施细则.docx\n- 文档编号:1234567\n- 上传时间:2032-12-12\n- 格式:DOCX\n- 页数:9\n- 大小:24.26KB\n"
        "某某市人民政府办公室公文处理实施细则.docx\n"
        "《某某市人民政府办公室公文处理实施细则.docx》由会员分享,可在线阅读,更多相关《某某市人民政府办公室公文处理实施细则.docx(9页珍藏版)》请在某某网上搜索。\n"
        "某某市人民政府办公室公文处理实施细则\n"
        "某某市人民政府办公室关于印发某某市人民政府办公室公文处理实施细则的通知\n(某政办发〔2031〕22号)\n"
        "各县区人民政府,市政府各部门:\n现将修改完善后的《某某市人民政府办公室公文处理实施细则》印发给你们,望认真贯彻执行。\n二○三一年六月五日\n"
        "某某市人民政府办公室公文处理实施细则\n第一章 总则\n第一条 为使全市行政机关公文处理工作规范化、制度化,制定本细则。\n")
check(r["kind"] == "notice" and r["title"] == "某某市人民政府办公室关于印发某某市人民政府办公室公文处理实施细则的通知",
      f"a sharing site's header and the issued rule's name over the title are no part of it: {r['kind']} {r['title']!r}")
check(r["fields"].get("issuer") == ["某某市人民政府办公室"], f"the title's organ issues it: {r['fields'].get('issuer')!r}")
check("文档编号" not in r.get("text", "") and any(d["id"] == "clean.doc_site" for d in r["diagnostics"]),
      f"the site's header is dropped and said so: {[d['id'] for d in r['diagnostics']]}")
# (A catalogue with no file's name over it is some other table's: kept.)
r = one("biaoge.txt", "- 格式:DOCX\n- 页数:9\n《某某工作总结.docx》由会员分享,可在线阅读,更多相关《某某工作总结.docx》请在某某网上搜索。\n"
        "今年以来,我单位认真贯彻落实上级部署,各项工作取得了明显成效。\n", "--with-text")
check("页数:9" in r["text"], f"a catalogue without the file's name over it stays: {r['text'][:40]!r}")

# An old provincial portal (probe 248/08): every line's last character lost to the charset, printed `?`;
# the number under its own label, no title.
r = one("qiongfu.txt",
        "发布文号: 某府[2005]9号?\n各市、县人民政府,省政府直属各单位: ?\n"
        "在2004年造林绿化工作中,各市、县政府切实加强领导,较好地完成了全年的造林绿化任务。省政府决定对成绩显著的市、县给予表彰。\n"
        "一等奖:甲市 乙市 丙县?\n二等奖:丁县 戊县 己市?\n希望受表彰的市、县再接再厉,在造林绿化事业中创造出更加突出的成绩。\n", "--with-text")
check("?" not in r["text"] and any(d["id"] == "clean.lost_mark" for d in r["diagnostics"]), f"a charset's `?` at lines' ends is dropped: {r['text'][:60]!r}")
# (A question's own mark stays, and one odd mark is the author's.)
r = one("wenti.txt", "问题一:这项政策从什么时候开始执行?\n答:自2031年1月1日起执行。\n问题二:哪些人可以申请?\n答:本市户籍居民。\n问题三:申请需要多长时间?\n答:十个工作日。\n", "--with-text")
check(r["text"].count("?") == 3, f"questions keep their marks: {r['text']!r}")

# A number under its label, `发布文号:`, as such pages print it (probe 248/08).
r = one("wenhao.txt",
        "某某市人民政府关于表彰2031年度造林绿化先进单位的通知\n发布文号: 某府[2031]9号\n各县区人民政府,市政府各部门:\n"
        "为树立典型,鼓励先进,市政府决定对成绩显著的单位给予表彰。希望受表彰的单位再接再厉。\n某某市人民政府\n2031年2月7日\n")
check((r["fields"].get("doc_number") or {}).get("text") == "某府[2031]9号", f"a number under 发布文号: is the document's: {r['fields'].get('doc_number')!r}")

# A street office's information box (probe 249/01): its download button, then its summary row, are the box's.
r = one("zongjie.txt",
        "当前位置:首页 > 某某街道 > 政府信息公开 > 政府信息公开目录 > 重点工作\n\n某某街道2031年工作总结\n\n"
        "发布时间:2032-01-17 15:00     发布部门:某某街道     阅读次数:\n\n"
        "索引号 MB1234567/2032-00023 生成日期 2032-01-17 公开日期 2032-01-17\n文件编号 发布机构 某某街道办事处 效力状况 有效\n文件下载\n内容概述 某某街道2031年工作总结\n\n"
        "  2031年是“十五五”规划的开局之年,街道上下认真落实上级各项决策部署,各项工作取得了显著成效。\n\n"
        "  (一)基层治理水平更高\n\n  街道深化网格化治理机制,做到主动防、早发现、快处置。\n")
check(r["title"] == "某某街道2031年工作总结" and r["fields"].get("publisher") == "某某街道办事处" and not r["fields"].get("author"),
      f"a box's download button and summary row are no title, author or publisher's tail: {r['title']!r} {r['fields'].get('publisher')!r} {r['fields'].get('author')!r}")

# A hospital office's note signed with a date typed with dots and a stop (probe 237/05).
r = one("biaozhang.txt",
        "我院积极参与省卫生宣传新闻中心开展的推选活动,经网上投票和综合审核评定,我院受表彰的人员有:\n某某某(医师类)、某某某(护理类)\n"
        "希望受表彰的个人珍惜荣誉,再接再厉;希望全院职工以他们为榜样,为医院发展作出新的贡献。\n党委办公室\n2031.3.13.\n")
check(r["fields"].get("date") == "2031-03-13", f"a date typed `2031.3.13.` signs the document: {r['fields'].get('date')!r}")

# A township's notice on the county's page (probe 250/01): the page's headline, then the document printed
# whole under its number, its organ over a title in two lines: the printed title is the document's.
r = one("xiangzhen.txt",
        "• 索引号:00638229X4/2031-1621087\n  • 发布机构:某某镇\n  • 生成日期:2031-10-22\n"
        "某某县某某镇关于征收2032年度新型农村合作医疗个缴经费的通知\n来源:某某镇   2031-10-22 14:29\n浏览量:1 | | | |\n\n"
        "某政办发〔2031〕33号\n\n某某镇人民政府办公室\n\n关于征收2032年度城乡居民医疗保险\n\n个缴经费的通知\n\n各村(居)、部门单位:\n\n"
        "根据县里的工作方案,经镇党委、政府集体研究,决定面向全镇参保农户征收2032年度个人城乡居民医疗保险基金,现就有关事项通知如下:\n\n"
        "一、加强组织领导\n\n成立某某镇城乡居民医疗保险工作领导小组,由镇长任组长。\n")
check(r["title"] == "某某镇人民政府办公室关于征收2032年度城乡居民医疗保险个缴经费的通知" and r["fields"].get("issuer") == ["某某镇人民政府办公室"],
      f"the title printed under the number, not the page's headline over it: {r['title']!r} {r['fields'].get('issuer')!r}")

# A banner's answer to a member's proposal (probe 250/06): the addressee's colon lost.
r = one("dafu2.txt",
        "某某旗人民政府关于旗第十八届人民代表大会第一次会议第89号建议答复的函\n发布时间:2032-07-29 15:37 来源:某某旗人民政府\n\n"
        "某建提复字〔2032〕61号\n\n某某某委员 \n\n你提出的《关于开发区管委会继续驻扎在某某镇的建议》收悉。经研究,现答复如下: \n\n"
        "为推动工业园区优化空间布局,促进产业集聚、机构合理设置,将两个管理委员会合并,下设两个园区。\n\n"
        "最后,感谢你对我旗经济发展的关心和支持。\n\n  某某旗人民政府 \n\n  2032年7月14日 \n")
check(r["fields"].get("recipients") == ["某某某委员"], f"a member answered, the colon lost: {r['fields'].get('recipients')!r}")

# A township office's note of one paragraph, untitled (probe 250/04): its signature is no title.
r = one("ducha.txt",
        "根据《某某市关于全域推进农村人居环境整治实施方案》及《某某镇关于推进乡村振兴战略实施方案》,经镇主要领导同意,"
        "成立某某镇农村人居环境整治工作督查领导小组,负责组织推进落实农村人居环境整治攻坚行动具体工作。\n某某镇党政办公室\n2031年12月10日\n")
check(r["title"] != "某某镇党政办公室" and r["fields"].get("issuer") == ["某某镇党政办公室"] and r["fields"].get("date") == "2031-12-10",
      f"an untitled note's signature signs it, titles nothing: {r['title']!r} {r['fields'].get('issuer')!r} {r['fields'].get('date')!r}")

# A site's column glued before the title (probe 251/06): `公告:` is the site's.
r = one("lanmu.txt",
        "某某网  > 政策法规  > 林业政策\n\n公告:国家某某局关于印发《国家湿地公园管理办法》的通知\n\n各省、自治区、直辖市林业厅(局):\n\n"
        "为加强国家湿地公园建设和管理,我局对《国家湿地公园管理办法(试行)》进行了修订,现将修订后的办法印发给你们,请遵照执行。\n\n"
        "国家某某局\n\n2031年12月27日\n")
check(r["title"] == "国家某某局关于印发《国家湿地公园管理办法》的通知", f"a site's `公告:` before the title is no part of it: {r['title']!r}")

# Guards the first review found (each a misfire of a rule above on a document it must not touch):
# a policy Q&A typed with ASCII `?` keeps its questions' marks, whatever words they ask with.
r = one("wenda.txt",
        "关于灵活就业人员参加职工医保的政策问答\n问:灵活就业人员能否参加职工基本医疗保险?\n答:可以。\n"
        "问:外地户籍人员有没有办法在本市参保?\n答:持有本市居住证的,可以在居住地参保。\n"
        "问:已经在老家参加了居民医保,还能在本市参加职工医保?\n答:不能重复参保。\n问:缴费基数可否自行选择?\n答:可以。\n", "--with-text")
check(r["text"].count("?") == 4 and not any(d["id"] == "clean.lost_mark" for d in r["diagnostics"]), f"a Q&A's questions keep their marks: {r['text']!r}")
# The organ's line over a title that names the organ again is the title's first line.
r = one("guize.txt",
        "某某市人民政府\n关于印发某某市人民政府工作规则的通知\n某政发〔2033〕5号\n各县区人民政府，市政府各部门：\n"
        "现将《某某市人民政府工作规则》印发给你们，请认真贯彻执行。\n某某市人民政府\n2033年3月1日\n")
check(r["title"] == "某某市人民政府关于印发某某市人民政府工作规则的通知", f"the organ over a title naming it is the title's: {r['title']!r}")
# A sentence wrapped before its date (`…有效期自发布之日起至` / `2033年8月31日。`) is no signature.
r = one("youxiaoqi.txt",
        "某某区教育局关于做好2033年暑期安全工作的通知\n各中小学校：\n为切实做好暑期学生安全工作，现将有关事项通知如下：\n"
        "一、各校要在放假前开展一次安全教育。\n二、本通知有效期自发布之日起至\n2033年8月31日。\n")
check(r["fields"].get("date") != "2033-08-31", f"an expiry's date at a sentence's end dates nothing: {r['fields'].get('date')!r}")
# A sharing site's file name under which the document prints its own title, in its own words.
r = one("wenku2.txt",
        "2033年工作总结范文.docx\n- 文档编号:7654321\n- 上传时间:2034-01-02\n- 页数:5\n"
        "《2033年工作总结范文.docx》由会员分享，可在线阅读，更多相关《2033年工作总结范文.docx(5页珍藏版)》请在某某文库上搜索。\n"
        "某某县农业农村局2033年工作总结\n2033年，我局在县委、县政府的坚强领导下，围绕乡村振兴战略，扎实推进各项工作，取得了明显成效。\n"
        "一、粮食生产稳中有升\n全年粮食播种面积稳定在50万亩以上。\n某某县农业农村局\n2033年12月20日\n")
check(r["title"] == "某某县农业农村局2033年工作总结", f"the document's own title, not the file's name: {r['title']!r}")
# A rule whose source line names the notice that issued it is the rule.
r = one("laiyuan.txt",
        "某某市物业管理办法\n来源：某某市人民政府关于印发某某市物业管理办法的通知\n第一章 总则\n"
        "第一条 为了规范物业管理活动，维护业主和物业服务企业的合法权益，制定本办法。\n第二条 本办法适用于本市行政区域内的物业管理活动。\n"
        "第二章 业主及业主大会\n第三条 业主在物业管理活动中，享有下列权利。\n")
check(r["kind"] == "regulation" and r["scores"].get("regulation", 0) >= 0.9, f"a source line is no issuing notice over the rule: {r['kind']} {r['scores'].get('regulation')}")

# A county's 统计公报 as a forum keeps its BBCode source (probe 257/04): one line of tags.
r = one("bbcode.txt",
        "[align=center][color=rgb(51, 51, 51)][font=宋体][size=3] [b]20[/b][b]3[/b][b]2[/b][b]年[/b][b]某某县[/b][b]国民经济和社会发展统计公报[/b][/size][/font][/color][/align]"
        "[align=center][size=3]  某某县统计局[/size][/align][align=center][size=3]2033年4月11日[/size][/align]"
        "[p=24, null, left][size=3]2032年,全县上下坚持稳中求进工作总基调,经济运行总体平稳,发展质量稳步提升。[/size][/p]"
        "[p=24, null, left][size=3][b]一、综合[/b][/size][/p][p=24, null, left][size=3]全县地区生产总值完成225亿元,同比增长6.4%。[/size][/p]"
        "[img]https://bbs.example.com/data/attachment/forum/202304/11/tongji.png[/img]\n", "--with-text")
check(r["kind"] == "communique" and r["title"] == "2032年某某县国民经济和社会发展统计公报" and r["fields"].get("issuer") == ["某某县统计局"]
      and "[" not in r["text"] and "png" not in r["text"], f"a forum's BBCode source read as its post: {r['kind']} {r['title']!r} {r['fields'].get('issuer')!r} {r['text'][:80]!r}")
# (Brackets an author types are text: `[1]`, a number's `[2033]`.)
r = one("kuohao.txt", "某某市人民政府关于某某事项的通知\n某府发[2033]5号\n各县区:\n根据有关规定[1],现将有关事项通知如下:请[b]认真[/b]执行。\n某某市人民政府\n2033年1月5日\n", "--with-text")
check("[2033]" in r["text"] and "[1]" in r["text"], f"a text with a tag or two is no BBCode: {r['text'][:60]!r}")

# A data centre's self-assessment under its page's column label and box (probe 257/08), and a bureau's
# report printed as a page-flip book (probe 257/03), and a college's annual report (probe 257/01).
r = one("zipingbaogao.txt",
        "预算绩效管理\n- 索引号: abc/2035-00002\n- 发布机构: 某某州数据发展中心\n- 文号:\n- 发布日期: 2035-04-29\n- 时效性: 有效\n"
        "某某州数据发展中心2034年度项目支出绩效单位自评报告\n一、基本情况\n2034年,某某州数据发展中心实施项目共15个,实际到位资金334.67万元。\n")
check(r["title"] == "某某州数据发展中心2034年度项目支出绩效单位自评报告", f"a column's label over the box is no part of the title: {r['title']!r}")
r = one("fanye.txt", "Page 8 - 某某市生态环境局2032年政府信息公开工作年度报告\n六、存在的主要问题及改进情况\n2032年,我局政府信息公开工作取得了一定成效,但仍存在不足。\n")
check(r["title"] == "某某市生态环境局2032年政府信息公开工作年度报告" and r["fields"].get("issuer") == ["某某市生态环境局"],
      f"a page-flip book's `Page 8 -` is no part of the title: {r['title']!r} {r['fields'].get('issuer')!r}")
r = one("xuenian.txt", "某某外语职业学院2033-2034学年信息公开工作年度报告\n根据《高等学校信息公开办法》要求,现将我院2033-2034学年信息公开工作情况报告如下。\n一、概述\n学院高度重视信息公开工作。\n")
check(r["fields"].get("issuer") == ["某某外语职业学院"], f"the organ before a school year issues its report: {r['fields'].get('issuer')!r}")
# A budget report's salutation under its presenter's organ (probe 257/06) is addressed alone.
r = one("yusuan.txt",
        "关于某某县2032年预算执行情况和2033年预算草案的报告\n——2032年12月18日在某某县第六届人民代表大会\n第二次会议上\n某某县财政局\n各位代表:\n"
        "受县人民政府委托,现将2032年预算执行情况和2033年预算草案提请县六届人大二次会议审议,并请县政协各位委员提出意见。\n")
check(r["fields"].get("recipients") == ["各位代表"], f"a salutation under the presenter's organ: {r['fields'].get('recipients')!r}")

# A WeChat post exported to Markdown (probe 256/07): its source credited under the body, before the
# account's furniture.
r = one("weixin.md",
        "#  【安全圈】某部发布《网络产品安全漏洞收集平台备案管理办法》\n\n  \n关键词：漏洞平台  \n  \n"
        "近日,某部印发《网络产品安全漏洞收集平台备案管理办法》,自 2033 年 1 月 1 日起施行。  \n  \n"
        "《办法》指出,漏洞收集平台备案通过某部网络安全威胁和漏洞信息共享平台开展,采用网上备案方式进行。  \n  \n"
        "来源：某某之家  \n  \n   END    \n  \n  \n阅读推荐  \n  \n# 某某公司数据泄露事件调查进展  \n  \n# 本周安全资讯回顾  \n")
check(r["fields"].get("source") == "某某之家", f"a post's closing credit names its source: {r['fields'].get('source')!r}")

# Guards the second review found: a file's name shares only a year with the document's first line, an
# item (the name stays the title); a short note's title over its date; a title that opens with 三要;
# a number over the printed title, under a page's headline, is the number's.
r = one("wenku3.txt",
        "2033年个人工作总结范文.docx\n- 文档编号:5043999\n- 页数:3\n2033年个人工作总结范文.docx\n"
        "《2033年个人工作总结范文.docx》由会员分享,可在线阅读,更多相关《2033年个人工作总结范文.docx(3页珍藏版)》请在某某网上搜索。\n"
        "一、2033年工作完成情况\n今年以来，本人认真履行岗位职责，较好地完成了各项工作任务。\n二、存在的不足\n学习还不够深入。\n")
check(r["title"].startswith("2033年个人工作总结"), f"the file's name titles a document that prints none: {r['title']!r}")
r = one("tingyun.txt", "小区电梯停运检修安排\n2034年3月5日\n因电梯年度检验需要，3月7日至3月8日1号楼电梯停运，请各位业主提前安排出行。\n")
check(r["title"] == "小区电梯停运检修安排", f"a short note's title over its date: {r['title']!r}")
r = one("sanyao.txt", "三要素法在小学数学教学中的应用\n摘要：本文探讨了三要素法在小学数学应用题教学中的作用。\n在小学数学教学中，应用题一直是教学的重点和难点。\n")
check(r["title"] == "三要素法在小学数学教学中的应用", f"三要 opening a title is no item: {r['title']!r}")
r = one("wenhao2.txt",
        "某县人民政府办公室关于做好2034年春节期间安全生产工作的通知\n来源：某县人民政府办公室  发布时间：2034-01-20\n某政办发〔2034〕3号\n"
        "关于做好2034年元旦春节期间安全生产工作的通知\n各乡镇人民政府，县政府各部门：\n为切实做好元旦春节期间安全生产工作，现将有关事项通知如下。\n"
        "一、压实安全责任。各单位要落实主体责任。\n某县人民政府办公室\n2034年1月18日\n")
check(not r["title"].startswith("某政办发") and (r["fields"].get("doc_number") or {}).get("text") == "某政办发〔2034〕3号",
      f"the number over the printed title is the number's: {r['title']!r} {r['fields'].get('doc_number')!r}")

done()
