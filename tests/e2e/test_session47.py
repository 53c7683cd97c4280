"""Session 47: documents from the held-out sets and the probes of the twenty-first round (probes 215–221),
and the Taiwan and Macau sets left unread (gongwen-68, -79). Each fixture is modelled on a document of those
sets (names, places and numbers replaced)."""
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()
number = lambda r: (lambda n: n.get("text") if isinstance(n, dict) else n)(r["fields"].get("doc_number") or {})

# A county gazette's field list (gongwen-79/01): no masthead, the organ in 發文機關, the number in 發文文號, the
# date with slashes; the matter (主旨) is its heading, the publication day (刊登日期) no date of it.
r = one("tw-gazette.txt", "  • facebook分享\n  • 列印圖示資料列印\n\n公告「某某縣所轄海域漁具限制事項」。\n\n刊登日期:2031/10/30\n"
        "發文日期:2031/10/21\n發文文號:府農漁字第1200957581B號\n主旨:公告「某某縣所轄海域漁具限制事項」。\n發文機關:某某縣政府\n"
        "依據:漁業法第十四條。\n公告事項:一、本公告所稱漁具,指本國籍漁船使用者。\n二、違反者依法處罰。\n\n版權所有 © 某某縣政府\n")
check(r["kind"] == "announcement" and r["title"] == "公告「某某縣所轄海域漁具限制事項」" and r["fields"].get("issuer") == ["某某縣政府"] and
      number(r) == "府農漁字第1200957581B號" and r["fields"].get("date") == "2031-10-21",
      f"a labelled form without its masthead: {r['kind']} {r['title']} {r['fields'].get('issuer')} {number(r)} {r['fields'].get('date')}")
# A ministry's 公告 reprinted on one line (gongwen-79/02): the masthead glued to 主旨, the other labels after it.
r = one("tw-oneline.txt", "某某部 公告主旨:公告「某某考試規則第二條修正草案」,請社會各界於預告期間惠示卓見。依據:行政程序法第154條第1項。"
        "公告事項:一、擬訂機關:某某部。二、任何人得於民國130年8月17日前以書面表示意見。資料來源:某某部")
check(r["kind"] == "announcement" and r["title"] == "" and r["fields"].get("issuer") == ["某某部"] and not r["fields"].get("date"),
      f"a masthead glued to its 主旨: {r['kind']} {r['title']} {r['fields'].get('issuer')} {r['fields'].get('date')}")
# A city's 公告 with its masthead (gongwen-68/01): no title made of the masthead; its number and 民國 date.
r = one("tw-masthead.txt", "某某市政府 公告\n發文日期:中華民國120年10月1日\n發文字號:府都規字第120114163A號\n附件:\n"
        "主旨:公告「變更某某都市計畫案」自120年10月4日起公開展覽30天。\n依據:都市計畫法第19條。\n公告事項:一、公開展覽期間:自120年10月4日起。\n")
check(r["title"] == "" and r["fields"].get("date") == "2031-10-01" and number(r) == "府都規字第120114163A號",
      f"a labelled form's masthead: {r['title']} {r['fields'].get('date')} {number(r)}")
# Guard: a mainland notice whose body says 主旨 is no labelled form.
r = one("cn-theme.txt", "关于举办某某论坛的通知\n各学院:\n论坛主旨:交流经验,共谋发展。\n依据:学校年度计划。\n请各学院积极参加。\n某某大学\n2031年3月1日\n")
check(r["kind"] == "notice" and r["title"] == "关于举办某某论坛的通知", f"a mainland notice with a 主旨 line: {r['kind']} {r['title']}")

# Macau's numbered instrument on a law site (gongwen-79/07): the metadata prints the heading first, the body
# again; the office in the heading issues it; the day in Chinese numerals over the signer, not the gazette's.
macau = ("澳 門 特 別 行 政 區\n\n某某司司長辦公室\n\n法規:\n\n第81/2031號某某司司長批示\n\n公報編號:\n\n32/2031\n\n刊登日期:\n\n2031.8.6\n\n"
         "  • 委任兩名人員擔任職務。\n相關法規 :\n  • 第20/2029號行政法規 - 某某局的組織及運作。\n\n"
         "    第81/2031號某某司司長批示\n\n    某某司司長行使《澳門特別行政區基本法》第六十四條賦予的職權,並根據第6/1999號行政法規的規定,作出本批示。\n\n"
         "    一、委任某某局人員在某某局擔任職務,為期一年。\n\n    二、本批示自二零三一年八月一日起產生效力。\n\n    二零三一年七月二十九日\n\n"
         "    某某司司長 某某某\n\n    法規:\n\n    第83/2031號某某司司長批示\n\n    公報編號:\n\n    32/2031\n")
r = one("mo-despacho.txt", macau)
check(r["kind"] == "decision" and r["title"] == "第81/2031號某某司司長批示" and number(r) == "第81/2031號某某司司長批示" and
      r["fields"].get("issuer") == ["某某司司長"] and r["fields"].get("date") == "2031-07-29",
      f"a Macau despacho: {r['kind']} {r['title']} {number(r)} {r['fields'].get('issuer')} {r['fields'].get('date')}")
# An executive order names no office in its heading (gongwen-79/08): the enacting clause's subject issues it.
r = one("mo-order.txt", "法規:\n\n第91/2031號行政命令\n\n刊登日期:\n\n2031.12.15\n\n    第91/2031號行政命令\n\n"
        "    行政長官行使《澳門特別行政區基本法》第五十條(四)項規定的職權,發佈本行政命令。\n\n"
        "    二零三一年十二月十七日至十九日行政長官不在澳門期間,由某某司司長臨時代理行政長官的職務。\n\n    二零三一年十二月十四日\n\n    命令公佈。\n")
check(r["kind"] == "order" and r["fields"].get("issuer") == ["行政長官"] and r["fields"].get("date") == "2031-12-14" and number(r) == "第91/2031號行政命令",
      f"a Macau executive order: {r['kind']} {r['fields'].get('issuer')} {r['fields'].get('date')} {number(r)}")
# Guard: a mainland notice citing a Macau instrument in its text is no such instrument.
r = one("cn-cites.txt", "关于转发某某事项的通知\n各单位:\n根据第6/1999号行政法规及有关规定,现将有关事项通知如下。\n一、高度重视。\n某某局\n2031年3月1日\n")
check(r["kind"] == "notice" and r["title"] == "关于转发某某事项的通知", f"a cited instrument: {r['kind']} {r['title']}")

# A law site's page (p218/08): the law's title, its organ and title again over the order's masthead and number on
# one line, the promulgating sentence under it; the order is the first record, its rule the second.
rs = process_records(write("law-site-order.txt", "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n某某市行政复议程序规定\n\n"
                           "作者:法律资料网 时间:2031-07-12 15:53:57  浏览:8047   来源:法律资料网\n下载地址: 点击此处下载\n\n某某市行政复议程序规定\n\n某某省某某市人民政府\n\n\n"
                           "某某市人民政府令第16号\n\n\n  《某某市行政复议程序规定》业经二〇三一年四月二十五日市政府常务会议讨论通过,现予发布实施。\n\n"
                           "                               市长:某某\n                          二〇三一年五月十八日\n             某某市行政复议程序规定\n\n\n\n"
                           "  第一条 为保证各级行政机关依法行政,制定本规定。\n\n  第二条 本规定适用于本市行政复议。\n\n  第三条 复议机关应当依法履行职责。\n\n  第四条 本规定自发布之日起施行。\n"))
r = rs[0]
check(r["kind"] == "order" and r["title"] == "某某市人民政府令" and number(r) == "某某市人民政府令第16号" and len(rs) == 2 and rs[1]["kind"] == "regulation",
      f"an order's masthead and number on one line under a law site's lines: {r['kind']} {r['title']} {number(r)} {[x['kind'] for x in rs]}")
# Its 公告 (p218/02): the 题注 under the signature over two lines of its own; the 公告 is titled by its masthead alone.
rs = process_records(write("law-site-gonggao.txt", "某某市人民代表大会常务委员会听证条例\n\n某某省某某市人大常委会\n\n某某市人民代表大会常务委员会听证条例\n\n"
                           "某某市人民代表大会常务委员会公告\n\n第三十七号\n\n  某某市第三届人民代表大会常务委员会第十一次会议于2031年10月17日审议通过的《某某市人民代表大会常务委员会听证条例》"
                           "业经某某省第九届人民代表大会常务委员会第二十九次会议于2031年12月3日批准,现予公布,自2032年1月1日起施行。\n\n"
                           "某某市人民代表大会常务委员会\n\n2031年12月26日\n\n\n(2031年10月17日某某市第三届人民代表大会常务委员会第十一次会议通过\n"
                           "2031年12月3日某某省第九届人民代表大会常务委员会第二十九次会议批准)\n\n\n第一章 总 则\n\n  第一条 为了规范听证,制定本条例。\n\n"
                           "  第二条 本条例适用于听证。\n\n  第三条 本条例所称听证人,是指参加人员。\n"))
r = rs[0]
check(r["kind"] == "announcement" and r["title"] == "某某市人民代表大会常务委员会公告" and len(rs) == 2 and rs[1]["kind"] == "regulation",
      f"a 公告 with its 题注 over two lines: {r['kind']} {r['title']} {[x['kind'] for x in rs]}")
# Guard: a series' number a crawler left (`政府令〔2031〕第15号`) keeps the order untitled, issued by the page's organ.
rs = process_records(write("law-site-series.txt", "某某省人工影响天气管理规定\n\n某某省人民政府\n\n某某省人工影响天气管理规定\n\n政府令〔2031〕第15号\n\n"
                           "《某某省人工影响天气管理规定》已经2031年12月14日省政府第76次常务会议通过,现予公布,自2032年2月1日起施行。\n\n"
                           "省长 某某某\n\n二〇三一年十二月二十五日\n\n第一章 总则\n\n第一条 为了加强人工影响天气管理,制定本规定。\n\n第二条 本规定适用于本省。\n\n第三条 省气象主管机构负责管理。\n"))
check(rs[0]["title"] != "政府令" and rs[0]["fields"].get("issuer") != ["省长"], f"a series' number stays untitled: {rs[0]['title']} {rs[0]['fields'].get('issuer')}")

# A listed company's announcement in an e-paper (p220/04, p222/03, p222/05): the securities line broken by the layout,
# the company's name over the rest of the title, the board's pledge under it; the 公告编号 is its number.
rs = process_records(write("listed.txt", "公司公告 | 某某财经网\n时间:2031年10月30日 21:46:26 某某财经网\n\n证券代码:600000 证券简称:\n某某集团 公告编号:2031-077\n"
                           "某某集团股份有限公司\n第三届董事会第十三次会议决议公告\n本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述\n"
                           "或者重大遗漏,并对其内容的真实性、准确性和完整性承担法律责任。\n一、董事会会议召开情况\n"
                           "某某集团股份有限公司第三届董事会第十三次会议于2031年10月30日以现场方式召开,应出席董事9名,实际出席董事9名。\n"
                           "二、董事会会议审议情况\n(一)审议通过《关于公司2031年第三季度报告的议案》\n表决结果:9票同意,0票反对,0票弃权。\n"
                           "特此公告。\n某某集团股份有限公司董事会\n2031年10月31日\n"))
r = rs[0]
check(r["kind"] == "announcement" and r["title"] == "某某集团股份有限公司第三届董事会第十三次会议决议公告" and number(r) == "2031-077" and
      r["fields"].get("issuer") == ["某某集团股份有限公司"] and r["fields"].get("date") == "2031-10-31",
      f"a listed company's announcement: {r['kind']} {r['title']} {number(r)} {r['fields'].get('issuer')} {r['fields'].get('date')}")
# One on a line with its number; a rule it publishes that names no 文种 (p222/01).
r = one("listed-rule.txt", "[临时公告]某某科技:股东大会制度2031-12-05\n证券代码:830000 证券简称:某某科技 公告编号:2031-141\n某某科技股份有限公司股东大会制度\n"
        "本公司及董事会全体成员保证公告内容的真实、准确和完整,没有虚假记载、误导性陈述或者重大遗漏。\n一、审议及表决情况\n"
        "某某科技股份有限公司于2031年12月5日召开第三届董事会第十次会议,审议通过《关于修订股东大会制度的议案》。\n")
check(r["title"] == "某某科技股份有限公司股东大会制度" and number(r) == "2031-141", f"a listed company's rule: {r['kind']} {r['title']} {number(r)}")
# Guard: a 公文 naming a company's code in its text is no listed company's announcement.
r = one("cn-code.txt", "关于某某事项的通知\n各单位:\n某某公司(证券代码:600000)已完成整改,现将有关事项通知如下。\n一、加强监管。\n某某局\n2031年3月1日\n")
check(r["kind"] == "notice" and r["title"] == "关于某某事项的通知", f"a code in a notice's text: {r['kind']} {r['title']}")

# A portal's page (p217/06): its info cells stacked, a label and its value a line (`日期:` / `来源:` / `字号:`).
r = one("stacked-info.txt", "某某外事网\n某某出席2031年国际形势研讨会并发表演讲\n日期:2031-12-21\n来源:外事管理\n字号:\n\n"
        "2031年12月20日,某某在北京出席2031年国际形势研讨会开幕式并发表演讲。某某表示,纵观2031年世界形势,百年变局加速演进,世界进入动荡变革期。"
        "面对前所未有的挑战,各国都在探索应对之道。\n某某指出,要坚持合作共赢,推动构建人类命运共同体。\n")
check(r["fields"].get("page_date") == "2031-12-21" and r["title"] == "某某出席2031年国际形势研讨会并发表演讲",
      f"stacked info cells: {r['fields'].get('page_date')} {r['title']}")
# A news portal's page (p217/07): the trail to the page's leaf (`北京> 正文`), the day, hour and paper unlabelled.
r = one("leaf-trail.txt", "无障碍\nx\n全部频道\n\n北京> 正文\n\n某某校长寄语毕业生:“吃亏是福,守住底线”\n\n2031-07-05 07:40 某某日报\n\n"
        "7月4日上午,在某某大学本科生毕业典礼上,校长某某与毕业生们分享了自己成长历程中的故事,他寄语毕业生,希望年轻人在任何环境中都能坚守价值判断,守住底线。\n\n"
        "突如其来的夏雨,仿佛是离别的泪水。3300多名本科生迎来毕业时刻。\n")
check(r["title"] == "某某校长寄语毕业生:“吃亏是福,守住底线”" and r["fields"].get("page_date") == "2031-07-05",
      f"a trail to the leaf and an unlabelled info line: {r['title']} {r['fields'].get('page_date')}")
# Guard: a meeting notice's own 时间/地点 lines are its text.
r = one("meeting-lines.txt", "关于召开某某工作会议的通知\n各单位:\n时间:2031年3月5日上午9时\n地点:某某会议室\n请准时参加。\n某某局\n2031年3月1日\n")
check(r["kind"] == "notice" and r["title"] == "关于召开某某工作会议的通知", f"a meeting's time line: {r['kind']} {r['title']}")

# An organ's order named by its serial (gongwen-91/01): `…指挥部6号令` is a 令 of the 指挥部.
r = one("serial-order.txt", "某某县新型冠状病毒感染的肺炎防控工作指挥部6号令\n鉴于目前疫情防控进入关键时期,继续实行最严格的防控措施,现发布如下命令:\n"
        "一、延长《5号令》执行时间,继续实行“六停”。\n二、以上命令的解除时间将根据疫情变化情况,另行通知。\n某某县新型冠状病毒感染的肺炎防控工作指挥部\n2031年2月9日\n")
check(r["kind"] == "order" and r["fields"].get("issuer") == ["某某县新型冠状病毒感染的肺炎防控工作指挥部"],
      f"an order named by its serial: {r['kind']} {r['fields'].get('issuer')}")
# A site's tag of its province before the title (gongwen-90/05) is no part of it.
r = one("province-tag.txt", "(某某省)2031年某某市某某区国民经济和社会发展统计公报\n某某市某某区统计局\n2032年3月26日\n"
        "2031年,面对复杂严峻的经济形势,全区上下坚持稳中求进工作总基调,经济运行总体平稳。\n一、综合\n初步核算,全年全区生产总值比上年增长6.0%。\n")
check(r["title"] == "2031年某某市某某区国民经济和社会发展统计公报", f"a province's tag before the title: {r['title']}")
# A signature broken after its city and matter (gongwen-91/07): one organ over two lines.
r = one("broken-signer.txt", "关于延长中心城区静态管理时间的通告\n当前,我市疫情防控形势严峻复杂。经研究决定,现将有关事项通告如下:\n"
        "一、中心城区静态管理时间延长至4月8日零时。\n感谢广大市民朋友的理解、支持与配合!\n某某市新冠肺炎疫情\n联防联控指挥部办公室\n2031年4月5日\n")
check(r["fields"].get("issuer") == ["某某市新冠肺炎疫情联防联控指挥部办公室"], f"a signature broken after its city: {r['fields'].get('issuer')}")
# Guard: villages listed one a line over the signature are no part of it.
r = one("villages-signer.txt", "关于表扬环境治理先进村的通报\n各区县:\n经评选,下列村环境治理成效显著,予以通报表扬。\n某某区某某乡某某村\n"
        "某某县某某镇某某村\n中共某某市委办公室\n某某市人民政府办公室\n2031年5月6日\n")
check(not any("村" in x for x in (r["fields"].get("issuer") or [])), f"villages over the signature: {r['fields'].get('issuer')}")
# A committee's work report titled in full on its page (gongwen-89/06), printed stacked under it.
r = one("cppcc-report.txt", "某某市党政门户网\n\n当前页面: 首页  > 政务公开 > 两会专题 > 重要报告\n\n中国人民政治协商会议某某市第十一届委员会常务委员会工作报告\n\n"
        "来源:中国人民政治协商会议某某市委员会     时间:2031-03-05 10:02:28\n\n中国人民政治协商会议\n\n某某市第十一届委员会常务委员会\n\n工 作 报 告\n\n"
        "—在3月2日政协某某市第十一届委员会第五次会议上\n\n某  某\n\n各位委员、同志们:\n\n我代表政协某某市第十一届委员会常务委员会,向大会报告工作,请予审议。\n\n"
        "2030年工作回顾\n\n2030年是实施“十四五”规划的关键之年。一年来,我们坚持团结和民主两大主题,认真履行职能。\n")
check(r["kind"] == "work_report" and r["title"] == "中国人民政治协商会议某某市第十一届委员会常务委员会工作报告", f"a committee's work report: {r['kind']} {r['title']}")

# The head flattened onto one line with bond codes after the number (gongwen-92/06): the number stops at its space,
# the title is the company's name and what follows to the 公告 before the board's pledge.
r = one("listed-flat.txt", "[异常波动]某某交通(600000):某某交通(集团)股份有限公司关于股票交易异常波动\n"
        "证券代码:A股600000 股票简称: 某某交通 公告编号:临2031-068 B股 900000 某某B股 债券代码:188000 债券简称: 31某某 01 "
        "某某交通(集团)股份有限公司 关于股票交易异常波动的公告 本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
        "一、股票交易异常波动的具体情况 公司股票于2031年9月9日、9月10日连续两个交易日内收盘价格涨幅偏离值累计超过20%。\n")
check(r["kind"] == "announcement" and r["title"] == "某某交通(集团)股份有限公司关于股票交易异常波动的公告" and number(r) == "临2031-068" and
      r["fields"].get("issuer") == ["某某交通(集团)股份有限公司"], f"a listed head flattened: {r['title']} {number(r)} {r['fields'].get('issuer')}")
# An e-paper's page cut before the signature (gongwen-92/02): the page's day over the securities line dates it.
r = one("listed-epaper.txt", "40版 信息披露  查看版面PDF\n\n某某科技股份有限公司\n第二届董事会第十三次会议决议的公告\n\n2031-02-20 来源:某某证券报\n\n"
        "证券代码:001000 证券简称:某某科技 公告编号:2031-007\n\n某某科技股份有限公司\n\n第二届董事会第十三次会议决议的公告\n\n"
        "本公司及董事会全体成员保证信息披露的内容真实、准确、完整,没有虚假记载、误导性陈述或重大遗漏。\n\n"
        "某某科技股份有限公司(以下简称“公司”)第二届董事会第十三次会议于2031年2月19日在公司会议室召开。本次会议应到董事8名,实到董事8名。\n")
check(r["fields"].get("date") == "2031-02-20" and r["fields"].get("date_from") == "page", f"a listed notice dated by its page: {r['fields'].get('date')} {r['fields'].get('date_from')}")
# A Hong Kong listed company's announcement (gongwen-92/08): the exchange's disclaimer, the names, the stock code
# (no number), the title under it, the day after the board's signature.
r = one("hk-listed.txt", "香港交易及结算所有限公司及香港联合交易所有限公司对本公布的内容概不负责,对其准确性或完\n整性亦不作任何声明。\n"
        "Some Holdings Limited\n某某控股集团有限公司\n(於开曼群岛注册成立之有限公司)\n(股份编号:00000)\n延迟寄发通函\n"
        "兹提述某某控股集团有限公司(「本公司」)日期为二零三一年十二月三十日之公布(「该公布」)。\n"
        "由於需要更多时间最终确定将於通函所载之若干资料,通函之寄发时间将延迟至二零三二年三月十四日或之前。\n"
        "承董事会命\n某某控股集团有限公司\n主席\n某某\n香港,二零三二年二月二十八日\n")
check(r["kind"] == "announcement" and r["title"] == "延迟寄发通函" and r["fields"].get("issuer") == ["某某控股集团有限公司"] and
      r["fields"].get("date") == "2032-02-28" and not number(r), f"a Hong Kong listed announcement: {r['kind']} {r['title']} {r['fields'].get('issuer')} {r['fields'].get('date')} {number(r)}")

# Guards from the review of this session's rules.
# An exchange's disciplinary decision names a company's code in a clause: no listed company's announcement.
r = one("exchange-decision.txt", "关于对某某股份有限公司及有关责任人予以通报批评的决定\n\n当事人：\n某某股份有限公司，A股证券简称：某某股份，A股证券代码：600000；\n"
        "王某某，某某股份有限公司时任董事长；\n\n经查明，某某股份有限公司在信息披露方面存在违规行为。2031年4月，公司未按规定披露关联交易。\n\n某某证券交易所\n2031年3月5日\n")
check(r["kind"] == "decision" and r["title"] == "关于对某某股份有限公司及有关责任人予以通报批评的决定" and r["fields"].get("form") != "listed company (上市公司公告)",
      f"an exchange's decision: {r['kind']} {r['title']} {r['fields'].get('form')}")
# A meeting notice's 日期 over its 时间 stays its text.
r = one("meeting-date-time.txt", "关于召开全市安全生产工作会议的通知\n各区县应急管理局：\n经研究，决定召开全市安全生产工作会议，现将有关事项通知如下：\n"
        "日期：2031年3月5日\n时间：上午9:00\n地点：市应急管理局三楼会议室\n请各单位主要负责同志准时参加。\n特此通知。\n")
check(not r["fields"].get("page_date"), f"a meeting's 日期 and 时间 are no page's: {r['fields'].get('page_date')}")
# A news headline about an organ's serial order is no order.
r = one("order-news.txt", "某某镇全面落实县疫情防控指挥部6号令\n连日来，某某镇认真贯彻落实县疫情防控指挥部6号令要求，迅速行动，加强重点场所管控。\n"
        "镇里组织干部职工深入各村，对返乡人员逐一排查登记。\n下一步，该镇将持续做好疫情防控各项工作。\n")
check(r["kind"] != "order", f"news of an order: {r['kind']}")
# The unlabelled outlet rule takes no label with it.
r = one("labelled-outlet.html", "<html><head><meta charset=\"utf-8\"><title>我市召开全市安全生产工作会议</title></head><body><h1>我市召开全市安全生产工作会议</h1>"
        "<div class=\"info\">2031-07-05 07:40 来源：某某网</div><div class=\"content\"><p>7月4日，我市召开全市安全生产工作会议，部署下一阶段重点工作。</p>"
        "<p>会议强调，各地各部门要坚决防范遏制重特大事故发生。</p></div></body></html>")
check(r["fields"].get("source") == "某某网", f"a labelled source: {r['fields'].get('source')}")
# A long region's tag, in full-width brackets.
r = one("region-tag.txt", "（某某维吾尔自治区）2031年国民经济和社会发展统计公报\n某某维吾尔自治区统计局\n2032年3月26日\n"
        "2031年,全区经济运行总体平稳。\n一、综合\n初步核算,全年全区生产总值比上年增长6.0%。\n")
check(r["title"] == "2031年国民经济和社会发展统计公报", f"a region's tag: {r['title']}")

# A Hong Kong department's notice (gongwen-68/02, p223/02): the regulation it is made under over its title, the order
# in the first person, the officer's office and name as its signature; the office issues it, not the acting officer.
r = one("hk-traffic.txt", "道路交通(交通管制)規例(第374G章)\n撤銷某某道長度超逾8米車輛臨時禁區的實施期限\n\n\n"
        "     本人現行使《道路交通(交通管制)規例》第14(1)(a)條所賦予的權力,下令由2031年11月29日起,某某道的臨時禁區將予以撤銷。\n\n署理運輸署署長某某某\n")
check(r["kind"] == "public_notice" and r["title"] == "撤銷某某道長度超逾8米車輛臨時禁區的實施期限" and r["fields"].get("issuer") == ["運輸署署長"],
      f"a Hong Kong traffic notice: {r['kind']} {r['title']} {r['fields'].get('issuer')}")
# Its 公告, the kicker glued to the subject (gongwen-79/04): the whole line is the title, a 公告.
r = one("hk-gonggao.txt", "運輸署公告某某里臨時交通安排\n現公布,為配合道路工程,某某里將於2031年10月7日至12月7日期間臨時封閉,禁止車輛駛入。\n"
        "現場將設置適當交通標誌,指導駕車人士。\n運輸署署長某某某\n")
check(r["kind"] == "announcement" and r["fields"].get("issuer") == ["運輸署署長"], f"a Hong Kong 公告: {r['kind']} {r['fields'].get('issuer')}")
# Guard: a mainland letter signed by a bureau's director is no such notice.
r = one("cn-director.txt", "关于某某项目的复函\n某某公司:\n你公司来函收悉。经研究,同意你公司开展某某项目前期工作。\n此复。\n某某市交通运输局局长张某\n")
check(r["fields"].get("form") != "department notice (香港)", f"a mainland letter signed by a director: {r['kind']} {r['fields'].get('form')}")

# A box whose labels are bracketed with spaces (p224/01, pages-31/02): read as a box, no line of it a title.
r = one("bracket-box.txt", "您当前的位置:首页 >政务公开 >应急预案\n\n[ 索引号 ] 1150000000000000X5/2031-00005 [ 发文字号 ] 某府发〔2031〕21号\n"
        "[ 主题分类 ] 应急管理 [ 体裁分类 ] 预案\n[ 发布机构 ] 某某镇政府\n[ 成文日期 ] 2031-06-03 [ 发布日期 ] 2031-06-03\n\n"
        "某某市某某镇人民政府关于印发某某镇自然灾害救助应急预案的通知\n\n各村(社区),镇属单位:\n\n现将《某某镇自然灾害救助应急预案》印发给你们,请认真贯彻执行。\n\n"
        "某某市某某镇人民政府\n2031年5月15日\n")
check(r["title"] == "某某市某某镇人民政府关于印发某某镇自然灾害救助应急预案的通知", f"a bracketed box: {r['title']}")
# A county's news under its box: the page's date, not the meeting's in the lead (pages-31/02).
r = one("news-lead-date.txt", "[索引号] 116100000000000000/2031-00068 [ 主题分类 ] 其他\n[ 发布机构 ] 某某县政府办 [ 发文日期 ]\n[ 名 称 ] 县政府召开第五次常务会议\n"
        "县政府召开第五次常务会议\n时间:2031-07-11\n来源:某某县\n分享:\n\n2031年6月26日上午,某某同志主持召开2031年第5次县政府常务会议,就有关问题进行专题研究。\n\n"
        "会议强调,各镇办、各部门要结合实际,在改善民生方面持续发力。\n")
check(r["kind"] == "news" and r["fields"].get("date") == "2031-07-11" and r["fields"].get("event_date") == "2031-06-26",
      f"news dated by its page: {r['kind']} {r['fields'].get('date')} {r['fields'].get('event_date')}")

# Guards from the second review.
# A mainland 通告 signed by its bureau's director keeps its date and its organ's reading.
r = one("cn-bureau-tonggao.txt", "某某市公安局通告\n为维护道路交通秩序,现就有关事项通告如下:\n一、自2031年5月1日起,市区主干道禁止货车通行。\n"
        "二、违反本通告的,依法予以处罚。\n某某市公安局局长张三\n2031年4月20日\n")
check(r["fields"].get("form") != "department notice (香港)" and r["fields"].get("date") == "2031-04-20",
      f"a mainland 通告 signed by a director: {r['fields'].get('form')} {r['fields'].get('date')}")
# A Hong Kong notice dated under its signature.
r = one("hk-dated.txt", "道路交通(交通管制)規例(第374G章)\n某某道臨時禁區\n本人現行使《道路交通(交通管制)規例》所賦予的權力,下令某某道暫劃為禁區。\n"
        "署理運輸署署長某某某\n2031年5月8日\n")
check(r["fields"].get("date") == "2031-05-08", f"a Hong Kong notice's date: {r['fields'].get('date')}")
# A law's date inside a news lead is no event's.
r = one("news-law-date.txt", "某某市开展安全生产条例宣传活动\n发布时间:2031-03-06 来源:某某市应急管理局 浏览次数:12\n\n"
        "为纪念《某某省安全生产条例》(2026年10月1日起施行)实施五周年,3月5日上午,某某市应急管理局在市民广场举办宣传活动。\n\n"
        "活动现场,工作人员向过往群众发放宣传资料,解答群众咨询。\n")
check(r["fields"].get("date") == "2031-03-06" and r["fields"].get("event_date") != "2026-10-01",
      f"a law's date in a lead: {r['fields'].get('date')} {r['fields'].get('event_date')}")
# A flattened listed head whose number is glued to the company's name; the board's day at its end.
r = one("listed-glued.txt", "证券代码:600000 证券简称:某某股份 公告编号:2031-012某某股份有限公司关于董事辞职的公告 本公司董事会及全体董事保证本公告内容不存在任何虚假记载。"
        "某某股份有限公司董事会于近日收到董事某某的书面辞职报告。\n特此公告。\n某某股份有限公司董事会\n2031年3月5日\n")
check(r["title"] == "某某股份有限公司关于董事辞职的公告" and number(r) == "2031-012" and r["fields"].get("date") == "2031-03-05",
      f"a listed head glued: {r['title']} {number(r)} {r['fields'].get('date')}")

done()
