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

done()
