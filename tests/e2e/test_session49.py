"""Session 49: pages and 公文 from issuers the sets had few of (probes 236–243): a saved page's trail over
a news item or a template site's minutes, a column's name over a hospital's headline, a post before a
speech's title, 欢迎辞, a deputy's proposal answered, a residents' 告知书, a hospital's untitled notice.
Each fixture is modelled on a document of those probes (names, places and numbers replaced)."""
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()

# A district's news item under its trail, no headline of its own (probe 242/05): the trail is no title.
r = one("jiceng.txt",
        "您当前的位置:首页>>新闻中心>>基层信息>>某某街道>>内容\n"
        "10月16日,由市政协副主席某某某带队,组织市政协委员考察团到某某街道某某社区视察减负增效工作。副区长某某某、区民政局局长某某某陪同视察。\n"
        "某某社区党委书记某某某带考察团一行参观了社区图书馆、书画室等功能室,并介绍了社区试点全科社工工作。某某某询问了社区减负增效的开展情况。(某某)\n")
check(r["kind"] == "news" and ">" not in r["title"], f"a page's trail over a headless news item is no title: {r['kind']} {r['title']!r}")

# A hospital's news page (probe 242/02): the column's name over the headline, a meta line under it.
r = one("yiyuan.txt",
        "医院新闻\n市长某某某莅临我院调研\n日期:2031-05-20 17:45:57 浏览量:1694\n"
        "5月19日,某某市委副书记、市长某某某,副市长某某来我院调研。院长某某及院领导班子成员陪同调研。\n"
        "在随后召开的座谈会上,某某某要求,医院要充分发挥主观能动性,进一步理清思路,明确定位,努力打造现代化综合医院。\n")
check(r["title"] == "市长某某某莅临我院调研", f"the column's name over a headline is no title: {r['title']!r}")

# A template site's minutes (probe 237/07): its trail, the last part the page's own headline.
r = one("jiyao.txt",
        "某某啦 > 范文 > 行政公文 > 会议纪要 > 某某省政府会议纪要三篇\n\n某某省政府会议纪要三篇\n\n时间: 某某945 分享\n\n"
        "会议纪要是用于记载、传达会议情况和议定事项的公文。下文是小编整理的会议纪要,参考!\n\n某某省政府会议纪要一\n\n"
        "2031年3月5日,副省长某某某主持召开协调会议,研究落实合作备忘录有关事宜。现将会议议定事项纪要如下:\n\n"
        "一、会议议定,由省发展改革委牵头,建立工作协调机制。\n\n二、会议要求,各有关部门要加强配合,抓好落实。\n")
check(r["kind"] == "minutes" and ">" not in r["title"], f"a template site's trail over its minutes is no title: {r['kind']} {r['title']!r}")

# A speech reposted with its speaker's post before the title (probe 238/02): the post is no part of it.
r = one("zhici.txt",
        "某某市市长:在全市六月份重大项目集中开工活动上的致辞\n(2031年6月30日)\n尊敬的各位企业家朋友,各位来宾,同志们、朋友们:\n大家上午好!\n"
        "明天就是我们党的华诞,在这个喜庆的时刻,市委、市政府举行全市重大项目集中开工活动,这充分体现了大抓项目建设的鲜明导向。\n"
        "在此,我代表市委、市政府,向项目建设单位表示热烈的祝贺!向关心支持某某发展的各位企业家朋友表示衷心的感谢!\n"
        "同志们、朋友们,项目是发展的生命线。我们将一如既往优化营商环境,全力以赴当好服务项目的“店小二”。\n谢谢大家!\n")
check(r["kind"] == "speech" and r["title"] == "在全市六月份重大项目集中开工活动上的致辞" and r["fields"].get("position") == "某某市市长",
      f"a post before a speech's title: {r['kind']} {r['title']!r} {r['fields'].get('position')!r}")

# A mayor's 欢迎辞 (probe 238/03): 辞 as often as 词.
r = one("huanying.txt",
        "首届某某特色农产品博览会开幕式欢迎辞\n某某市人民政府市长 某某某\n(2031年9月21日)\n各位来宾、女士们、先生们、朋友们:\n大家上午好!\n"
        "今天,在硕果累累的收获季节,首届某某特色农产品博览会隆重开幕了!\n"
        "金秋逢盛会,某某迎嘉宾。首先,我代表中共某某市委、市政府和全市人民,向光临大会的各位领导、各位来宾表示热烈的欢迎!\n"
        "最后,预祝博览会取得圆满成功!祝各位来宾身体健康、万事如意!\n")
check(r["kind"] == "speech" and r["title"] == "首届某某特色农产品博览会开幕式欢迎辞", f"a 欢迎辞 is a speech: {r['kind']} {r['title']!r}")

# A bureau's answer to members' proposal, untitled (probe 236/04): the proposal received, answered.
r = one("dafu.txt",
        "某某某、某某某委员:\n你们提出的关于配套和完善某某商业区公共基础设施的提案已收悉。现答复如下:\n"
        "首先十分感谢你们对我市城市基础设施建设工作的关心和支持!\n"
        "近几年来,我市不断加大力度投入基础设施建设,但商业区因车辆人流汇聚,停车场、行人设施等相对薄弱,我局一直十分重视。\n"
        "在此,对你们提出的意见和建议再次表示感谢,并请你们继续关注我们的工作。\n2031年9月23日\n"
        "联系单位:某某市住房和城乡建设局\n联 系 人:某 某 联系电话:56155520\n")
check(r["kind"] == "letter", f"a proposal answered (…提案已收悉。现答复如下) is a letter: {r['kind']} {r['title']!r}")

# A residents' committee's 告知书 in a lockdown (probe 241/07).
r = one("gaozhishu.txt",
        "某某四村第一居委会居民封闭期间告知书\n2031年4月1日至4月5日封闭期间重要注意事项:\n"
        "一、封闭管理期间,所有人员不得走出家门,除下楼做核酸和紧急情况外,都不能走出家门!\n"
        "二、封闭管理期间,请减少垃圾投放。所有的纸板箱、大型废弃物均不得丢出来,请解封后自行丢弃。\n"
        "三、请居民们做好个人防护,配合志愿者工作。\n")
check(r["kind"] == "notice", f"a 告知书 is a notice: {r['kind']} {r['title']!r}")

# A hospital's holiday notice, untitled, an ornament over it (probe 241/08).
r = one("qingming.txt",
        "❖\n根据《国务院办公厅关于2031年部分节假日安排的通知》(国办发明电〔2030〕16号)文件精神,2031年清明节4月5日放假。\n"
        "为保障节日期间医院各项工作有序开展,保证群众正常就医,现将我院2031年清明节期间门、急诊工作安排通知如下:\n"
        "急诊安排\n急诊24小时照常上班。\n本院急救电话:7799120(24小时开通)。\n门诊安排\n门诊照常开诊。\n")
check(r["kind"] == "notice", f"an untitled notice that opens with its turn (…安排通知如下：) is a notice: {r['kind']}")

# A page's headline over the decision it prints whole (probe 237/01): the masthead between the two gives the issuer.
r = one("mingming.txt",
        "关于命名表彰某某区教育系统第十届文明单位的决定\n\n2031年07月04日 来源: 某某区\n\n中共某某市某某区教育工作委员会文件\n\n"
        "某教委〔2031〕31号\n\n关于命名表彰某某区教育系统第十届\n\n文明单位的决定\n\n区教育系统各基层单位:\n\n"
        "2030年以来,区教育系统各基层单位积极开展新一届文明单位创建工作,涌现出一批成效显著的单位。经研究,决定命名某某中学等20个单位为文明单位。\n\n"
        "希望受到命名表彰的单位珍惜荣誉,再接再厉。\n")
check(r["kind"] == "decision" and r["fields"].get("issuer") == ["中共某某市某某区教育工作委员会"],
      f"the masthead under a page's headline names the issuer: {r['kind']} {r['fields'].get('issuer')}")

# A village committee's open letter (probe 241/05): the page's facts glued after its title on one line.
r = one("gongkaixin.txt",
        "当前位置: 首页> 公示公告\n某某村致村民选举的公开信 发布日期:2031-10-29 10:00 信息来源:某某村 审核:系统管理员 字号:[ ]\n\n"
        "各位村民:\n\n您们好!\n\n我村第十届村民委员任期即将届满,根据《中华人民共和国村民委员会组织法》的有关规定,将选举产生新一届村民委员会。\n\n"
        "希望广大村民积极参加选举,依法行使民主权利。\n\n某某村村民选举委员会\n\n2031年10月29日\n")
check(r["kind"] == "letter" and r["title"] == "某某村致村民选举的公开信" and r["fields"].get("recipients") == ["各位村民"],
      f"a title with the page's facts glued after it: {r['kind']} {r['title']!r} {r['fields'].get('recipients')}")

# A department's answer on a reposting site (probe 236/05): its word over the copy is no end of the head.
r = one("huifu.txt",
        "某县\n\n某省民政厅回复关于加快某某撤县设市步伐的建议\n\n以下为回复内容:\n\n"
        "某某代表:您提出的《关于加快某某撤县设市步伐的建议》收悉。现答复如下:\n\n"
        "为推进我省新型城镇化建设,优化城市布局和结构,省人民政府向国务院呈报了撤县设市请示。我厅将继续加强与国家有关部委的汇报衔接。\n\n"
        "感谢您对民政工作的关心和支持。\n")
check(r["kind"] == "letter" and r["fields"].get("recipients") == ["某某代表"],
      f"a reposter's `以下为回复内容:` over the answer: {r['kind']} {r['fields'].get('recipients')}")

# An exchange's decision on a quote page (probe 246/03): `下载公告` after the headline is the page's button.
r = one("chufen.txt",
        "*ST某某:关于对某某旅游控股股份有限公司及有关责任人予以纪律处分的决定 下载公告\n公告日期:2031-11-30\n\n某某证券交易所\n\n纪律处分决定书\n\n"
        "〔2031〕152号\n\n关于对某某旅游控股股份有限公司\n\n及有关责任人予以纪律处分的决定\n\n当事人:\n\n某某旅游控股股份有限公司,A股证券代码:600000;\n\n"
        "经查明,某某旅游控股股份有限公司在信息披露方面存在违规行为。根据《股票上市规则》的有关规定,本所作出如下纪律处分决定:对某某旅游控股股份有限公司予以公开谴责。\n")
check(r["kind"] == "decision" and not r["title"].endswith("公告"), f"a page's 下载公告 after the title: {r['kind']} {r['title']!r}")

# A policy monitor's CSV of news flashes (probe 239/03): the row's source is a news service.
rs = process_records(write("kuaixun.csv",
    "news_id,title,date,source,url,content\n"
    "1,工信部印发《工业绿色低碳发展规划》,2031-07-31T10:00:00+08:00,某某见闻-7x24快讯,https://example.org/livenews/1,"
    "工业和信息化部印发《工业绿色低碳发展规划》，提出到2035年，工业领域碳排放达峰后稳中有降。\n"
    "2,两部门：全国海上风电新增开工规模1亿千瓦左右,2031-07-23T09:00:00+08:00,某某见闻-7x24快讯,https://example.org/livenews/2,"
    "国家发展改革委、国家能源局印发通知，提出全国海上风电新增开工规模1亿千瓦左右。\n"))
check([x["kind"] for x in rs] == ["news", "news"], f"rows whose source is a news service are news: {[x['kind'] for x in rs]}")

# A discipline body's cases as its site prints them, untitled (probe 246/08, 06): the count after 通报, the
# cases it turns to (…分别是:), or its turn closing a sentence (现将其中3起典型案例通报如下。).
for name, lead in (("jiwei1.txt", "为推动集中整治形式主义、官僚主义部署贯彻落实,警示教育党员干部严守规定、改进作风,近日某省纪委通报5起形式主义、官僚主义典型问题,分别是:"),
                   ("jiwei2.txt", "为深入贯彻落实关于坚决整治形式主义、官僚主义的重要批示精神,全省纪检监察机关查处了一批突出问题,现将其中3起典型案例通报如下。")):
    r = one(name, lead + "\n"
            "1.某某县某某乡耗资20多万元修建接待观测点问题。2031年11月,为方便参观考察,该乡决定修建观测点,造成不良影响。乡党委书记某某某受到党内警告处分。\n"
            "2.某某市某某局对群众诉求推诿扯皮、消极应付问题。该局时任局长某某某等人漠视群众利益,致使反映问题长时间未能解决。某某某受到党内警告处分。\n")
    check(r["kind"] == "circular", f"a discipline body's cases, untitled, are a 通报 ({name}): {r['kind']}")

# The reviewers' counterexamples, kept as guards: an arrow chain inside a 公文's title is no trail; a label
# word inside a title (来源) does not cut it; an organ's name before the page's facts is no title; a
# regulator named for what it oversees is no news service; a title with a 文号-less answer and its office on
# the next line stays the 公文's; a remark in brackets is no issuer; a letter to all deputies is no reply.
r = one("tr1.txt", '某某市人民政府办公室文件\n某政办发〔2024〕12号\n关于推进“申请→审批→监管→服务”全链条改革的实施意见\n各区县人民政府，市政府各部门：\n为深化“放管服”改革，优化营商环境，推进“申请→审批→监管→服务”全链条改革，经市政府同意，现提出如下意见。\n一、总体要求。以企业和群众办事便利为导向，全面推进审批服务标准化、规范化、便利化。\n二、主要任务。（一）优化申请环节。（二）压缩审批时限。（三）强化事中事后监管。\n某某市人民政府办公室\n2024年3月1日\n')
check(r["kind"] == "opinion" and "→" in r["title"], f"an arrow chain inside a title: {r['kind']} {r['title']!r}")
r = one("cp2.txt", '当前位置：首页 > 通知公告\n关于开展农村饮用水来源排查整治的通知 发布日期：2024-03-01 来源：区水利局\n各镇（街道），区级有关部门：\n为保障农村群众饮水安全，区水利局决定在全区开展农村饮用水来源排查整治工作，现将有关事项通知如下：\n一、排查范围。全区所有农村集中供水工程和分散供水工程。\n二、工作要求。各镇（街道）要高度重视，于3月31日前完成排查。\n某某区水利局\n2024年3月1日\n')
check(r["title"] == "关于开展农村饮用水来源排查整治的通知", f"来源 inside a title on the info line: {r['title']!r}")
r = one("cp5.txt", '首页 > 通知公告\n宁波市应急管理局办公室 发布日期：2024-01-25 来源：市应急管理局\n关于做好2024年春节期间安全生产工作的通知\n各区县（市）应急管理局，各有关单位：\n为切实做好春节期间安全生产工作，确保人民群众度过一个安全祥和的节日，现将有关事项通知如下：\n一、高度重视节日期间安全生产工作。各地要深刻汲取近期事故教训，压紧压实各方责任。\n二、加强重点行业领域安全监管。要突出抓好道路交通、消防、燃气等重点行业领域隐患排查。\n宁波市应急管理局\n2024年1月25日\n')
check(r["title"] == "关于做好2024年春节期间安全生产工作的通知", f"an organ before the page's facts is no title: {r['title']!r}")
rs = process_records(write("ds4.csv", 'title,date,source,url,content\n广播电视和网络视听“十四五”科技发展规划,2021-10-20,国家广播电视总局,http://www.nrta.gov.cn/a/1.html,\n2023年全国广播电视行业统计公报,2024-04-28,国家广播电视总局,http://www.nrta.gov.cn/a/2.html,\n电视剧内容审核工作指南,2023-05-10,国家广播电视总局,http://www.nrta.gov.cn/a/3.html,\n网络视听节目服务管理规定实施细则,2023-05-10,湖南省广播电视局,http://gbdsj.hunan.gov.cn/a/3.html,\n2024年度出版物质量专项检查工作方案,2024-03-05,国家新闻出版署,http://www.nppa.gov.cn/a/1.html,为开展2024年度出版物质量专项检查，制定本方案。\n电网企业代理购电工作指南,2023-09-01,中国电力新闻网,http://example.cn/a/1.html,\n关于2023年度优秀新闻作品评选结果的通报,2024-01-05,国务院新闻办公室,http://www.scio.gov.cn/a/1.html,经评审，现将评选结果通报如下。\n'))
check(len(rs) == 7 and all(x["kind"] != "news" for i, x in enumerate(rs) if i != 5),  # (row 6's 中国电力新闻网 is an outlet)
      f"rows from regulators named for broadcasting or the press are no news: {[x['kind'] for x in rs]}")
r = one("r2.txt", '关于市政协十届二次会议第0012号提案的答复\n嘉兴市自然资源和规划局\n王某某委员：\n您提出的关于加快老旧小区改造的提案收悉。现答复如下：\n一、总体情况。近年来，我市持续推进老旧小区改造。\n二、下一步工作。我们将进一步加大工作力度。\n感谢您对自然资源工作的关心。\n2024年6月20日\n')
check(r["handler"] == "official@native" and r["title"] == "关于市政协十届二次会议第0012号提案的答复", f"an answer's office line under its title: {r['handler']} {r['title']!r}")
r = one("r6.txt", '关于某某路夜间施工噪音扰民问题的回复（已转区住建局）\n网友：\n你好！你反映的某某路夜间施工噪音扰民问题收悉。经核查，该工地已办理夜间施工许可，我们已督促施工单位采取降噪措施。\n感谢您对我们工作的关注和支持。\n')
check(r["fields"].get("issuer") != ["已转区住建局"], f"a remark in brackets is no issuer: {r['fields'].get('issuer')}")
r = one("s5.txt", '致全市各级人大代表的感谢信\n某某市人大常委会\n尊敬的各位代表：您好！\n过去的一年，全市各级人大代表认真履职尽责，积极建言献策，为全市经济社会发展作出了重要贡献。\n在新春佳节即将到来之际，市人大常委会向各位代表致以诚挚的问候和衷心的感谢！\n感谢您对人大工作的关心和支持！\n某某市人大常委会\n2024年2月5日\n')
check(r["handler"] != "reply@lua", f"a letter to all deputies is no reply: {r['handler']}")
r = one("zhuangtai.txt", "今日要闻\n2031年3月5日 星期二\n某某县召开全县春季农业生产工作会议\n3月4日,县政府召开全县春季农业生产工作会议,部署春耕备耕工作。副县长某某某出席会议并讲话。\n")
check(r["title"] != "2031年3月5日 星期二", f"a column over a bulletin's date: the date is no headline: {r['title']!r}")
r = one("buzhou.txt", "申请→受理→审批→办结 某县不动产登记实现“一日办结”\n近日,某县不动产登记中心推出“一日办结”服务,群众办理登记从原来的5个工作日缩短至1天,受到广泛好评。\n")
check(r["title"].startswith("申请→受理→审批→办结"), f"a headline opening with a procedure's steps is no trail: {r['title']!r}")
r = one("qingshibaogao.txt", "文档介绍\n关于解决学校用水困难的请示报告尊敬的某某镇党委、某某镇人民政府: 因某某村村民对我校用水的严重干涉,导致学校现在找不到水源,造成学校断水。特请求镇党委、镇政府帮助解决。妥否,请批示。 某某小学 2031年4月3日\n")
check(r["kind"] == "request" and r["title"] == "关于解决学校用水困难的请示报告" and not r["fields"].get("recipients_text", "").startswith("报告"),
      f"a 请示报告 asks: {r['kind']} {r['title']!r} {r['fields'].get('recipients_text')!r}")

# A policy radar's JSON index (probe 239/02): explainers under their column's label are articles, not the documents.
rs = process_records(write("jiedu.jsonl",
    '{"title": "政策解读丨健全全过程管理 推动虚拟电厂高质量发展", "list_date": "2031-04-15", "url": "https://example.org/zcjd/1.html"}\n'
    '{"title": "政策解读 | 能源领域民营经济发展支撑有力 空间广阔", "list_date": "2031-05-16", "url": "https://example.org/zcjd/2.html"}\n'
    '{"title": "国家能源局关于加快推进虚拟电厂发展的指导意见", "list_date": "2031-04-10", "url": "https://example.org/zcfb/3.html"}\n'))
check([x["kind"] for x in rs] == ["news", "news", "opinion"], f"explainers under 政策解读 are news, the document stays one: {[x['kind'] for x in rs]}")

done()
