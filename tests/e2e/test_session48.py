"""Session 48: news digests as people save them (probes 225 and 226, containers-9): a day's or a week's
news gathered on one page, each item a bare headline over its paragraph, or an untitled paragraph that a
list's mark opens. Each fixture is modelled on a document of those sets (names, places and numbers replaced)."""
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()
items = lambda recs: [r for r in recs if r["source"].get("container")]
number = lambda r: (lambda n: n.get("text") if isinstance(n, dict) else n)(r["fields"].get("doc_number") or {})
nth = lambda rs, i: rs[i] if len(rs) > i else {"title": None, "text": "", "fields": {}}

# A paper's daily digest copied from its page (containers-9/01): the page headline is the series and a
# variant of the first item's headline; an intro; a video item with a credit in place of text; items
# with no numbers and no dates under them.
recs = process_records(write("zaoxinwen.txt",
    "新闻频道 >热点 >正文\n\n某某早新闻 | 某地日出美如画,第一个就绝美\n\n作者:某某某 来源:某某报客户端2031年01月01日\n\n"
    "今天是1月1日,某某报“某某早新闻”来了!几分钟速览最新热点,带你走近新闻现场。\n\n"
    "某地日出美如画!十秒速览各地首场日出,第一个就绝美\n\n剪辑:某某某 素材:某某报客户端直播画面\n\n"
    "气象台1月1日继续发布寒潮蓝色预警\n\n受寒潮影响,预计1月1日至3日,北方大部地区气温将下降6至8℃,局地降温10℃以上,请注意防寒保暖。\n\n"
    "外交部:某某言行不值一评\n\n据新华社,针对某国议员称计划访问某地,外交部发言人昨日在例行记者会上表示,相关言行不值一评。\n\n"
    "某国公布官邸遭无人机袭击细节\n\n据国际时讯,昨日,某国国防部发布视频,介绍了官邸日前遭袭的细节,称共拦截无人机多架。\n"))
got = items(recs)
check(len(recs) == 5 and recs[0]["kind"] == "collection" and [r["title"] for r in got] ==
      ["某地日出美如画!十秒速览各地首场日出,第一个就绝美", "气象台1月1日继续发布寒潮蓝色预警", "外交部:某某言行不值一评", "某国公布官邸遭无人机袭击细节"],
      f"a daily digest's items under its headline: {[r['title'] for r in recs]}")
check(len(got) == 4 and all(r["fields"].get("digest") == "某某早新闻" for r in got), f"each item names its digest: {[r['fields'].get('digest') for r in got]}")
check(recs[0]["fields"].get("date") == "2031-01-01" and recs[0]["fields"].get("date_from") == "page" and
      nth(got, 2)["fields"].get("date") == "2031-01-01" and nth(got, 2)["fields"].get("date_from") == "container",
      f"the page's day dates the digest and its undated items: {recs[0]['fields'].get('date')} {nth(got, 2)['fields'].get('date')}")

# A weekly digest under its 提要 (containers-9/02): the bulleted summary is no item; a stray mark between a
# headline and its text; the last item's headline over its text.
recs = process_records(write("meizhou.txt",
    "当前位置:主页  >> 常识资料  >> 时事政治\n时事政治\n\n某某考试时政热点:2月备考时事汇总(第3周)\n\n2031-02-22 13:32      来源:某某考试网\n"
    "  每周大事(2031年2月14日~2月20日)\n \n  提要\n \n  〇 某某同某国总统通电话\n \n  〇 冬季运动会在某地圆满闭幕\n \n"
    "  〇 国务院印发《某某体系规划》\n \n  某某同某国总统互致贺电\n \n  \\\n \n  国家主席某某2月14日同某国总统互致贺电,庆祝两国建交50周年。\n \n"
    "  国务院召开常务会议\n \n  国务院2月14日召开常务会议,听取建议提案办理情况汇报,要求汇聚众智改进工作。\n \n"
    "  国务院印发《某某体系规划》\n \n  据新华社2月14日报道,国务院日前印发《某某体系规划》,对“十四五”时期的安全生产作出部署。\n"))
check([r["title"] for r in items(recs)] == ["某某同某国总统互致贺电", "国务院召开常务会议", "国务院印发《某某体系规划》"],
      f"a weekly digest's items after its 提要: {[r['title'] for r in items(recs)]}")

# A digest whose items have no headlines (containers-9/03, probe 225/02): each a numbered paragraph, the
# number running into a date, numbering across the digest's sections.
recs = process_records(write("zaocan.txt",
    "今天是9月21日星期二,欢迎收听由某某分社出品的新闻早餐。\n\n  【国内】\n\n"
    "  1、9月20日15时许,某型运载火箭搭载货运飞船在某发射场点火发射,约10分钟后,飞船与火箭成功分离。\n\n"
    "  2、某度假区20日起正式开放,实名制购票不得转让或转售。此次开放的区域包括两个主题公园。\n\n  【国际】\n\n"
    "  3、当地时间19日,某岛火山发生喷发,当地政府已紧急疏散周边居民约5000人。\n\n"
    "  4、世界卫生组织20日警告称,由于人才外流和医疗用品短缺,某国卫生系统濒临崩溃。\n"), "--with-text")
got = items(recs)
check(len(got) == 4 and all(r["title"] == "" for r in got) and nth(got, 0)["text"].lstrip().startswith("1、9月20日") and
      nth(got, 2)["fields"].get("column") == "国际",
      f"untitled numbered items: {[(r['title'], r['text'][:8], r['fields'].get('column')) for r in got]}")
# (`1.2031年4月3日晚`: a number over a year, no decimal.)
recs = process_records(write("redian.txt",
    "某某考试时政热点:2031年4月备考时事\n\n来源:某某考试网 2031-04-11 17:03:27\n\n  2031年4月第1周国内时政热点汇总\n\n"
    "  1.2031年4月3日晚,某州人民政府办公室发布《关于某某哀悼日停止公共娱乐活动的紧急通知》,要求全州停止娱乐活动。\n\n"
    "  2.2031年4月3日电,某部办公厅、某协会办公室近日印发决定,对先进集体和个人予以通报表扬。\n\n"
    "  3.2031年4月1日,某部、某局正式向社会发布了新职业信息,这是新职业分类大典颁布以来发布的第一批新职业。\n"))
check(len(items(recs)) == 3, f"numbered items over a year: {len(items(recs))} items")
# A county paper's 要闻简报 (probe 225/07): untitled items under ◆, one after another.
recs = process_records(write("jianbao.txt",
    "1886 期 / 第2版:2\n要闻简报\n   ◆9月23日,我县在政府二楼会议室召开重点工作调度会。副县长某某出席会议并讲话,要求各部门压实责任。\n"
    "    ◆为严厉打击污染水源行为,全力保障群众饮水安全,9月25日,县生态环境分局开展专项执法检查。\n"
    "    ◆ 9月27日,我县召开“中秋”“国庆”期间护林防火工作会议,安排部署节日期间森林防火工作。\n"))
check(len(items(recs)) == 3 and all(r["title"] == "" for r in items(recs)), f"a 要闻简报's ◆ items: {[r['title'] for r in items(recs)]}")

# A saved page (HTML) that names itself a digest (pages/020): its items split it, where a page is otherwise one document.
page = ("<html><head><meta charset='utf-8'><title>4月6日周五【新闻速览一分钟】</title></head><body><h1>4月6日周五【新闻速览一分钟】</h1>"
        "<p>早上好~</p><p>●4月5日上午,某某公祭典礼在某地举行。万余名海内外中华儿女齐聚广场,共同祭奠人文始祖。</p>"
        "<p>● 清明小长假首日出行,大半天堵在路上。昨日某某绕城高速均严重堵车,直到下午2时许逐渐恢复正常。</p>"
        "<p>● 昨天下午,一架战斗机在某国某郡坠落,目前已经找到了飞机残骸,机上两名飞行员一死一伤。</p>"
        "<p>● 某国最大反对党总统候选人在大选宣布获胜后不久,在首都宣誓就任总统。</p></body></html>")
recs = process_records(write("suolan.html", page))
check(len(items(recs)) == 4 and recs[0]["kind"] == "collection", f"a saved page of a digest: {len(items(recs))} items, {recs[0]['kind']}")

# A week's look back (containers-12/03): a heading that exclaims, each item's number alone over its short headline.
recs = process_records(write("huikan.txt",
    "查看原文\n\n一周回看丨本周最火的一条微博是它!\n\n某某评论员 某某新闻 2031-11-06\n\n01\n\n最火的微博\n\n"
    "某某25日视察某报社,在微博微信发布平台发出一条微博,截至27日晚间,该微博已有超过35万次转发,4万多条留言。\n\n\n"
    "02\n\n最揪心的现场\n\n12月20日11时40分,某市某新区发生山体滑坡,滑坡覆盖面积约38万平方米,多栋厂房被掩埋。\n\n\n"
    "03\n\n最威风的训练\n\n某军区部队在某地组织实战化训练,多型战机和舰艇同场演练,检验了部队的联合作战能力。\n"))
got = items(recs)
check([r["title"] for r in got] == ["最火的微博", "最揪心的现场", "最威风的训练"] and [r["fields"].get("item") for r in got] == [1, 2, 3],
      f"numbered short headlines: {[(r['title'], r['fields'].get('item')) for r in got]}")
# (An item whose text says none of the words a news report does is news in a digest: its name opens the gate.)
check(len(got) == 3 and nth(got, 2)["kind"] == "news", f"a digest's item is news: {[r['kind'] for r in got]}")
# A morning read named only in its greeting (containers-11/03): its ● paragraphs are its items.
recs = process_records(write("zaodu.txt",
    "早上好!某某新闻『早读』来啦!2031年3月7日 星期一\n§国内\n●自某地疫情暴发以来,内地各方纷纷通过捐赠物资等方式支援,已有多批物资运抵。\n"
    "●某市卫健委6日晚通报,3月6日14时至19时某市新增本土确诊病例15例,均在隔离管控中发现。\n"
    "●某市消防局6日表示,下午4时许接报某区一栋大楼起火,消防人员迅速到场将火扑灭,无人员伤亡。\n"))
check(len(items(recs)) == 3, f"a morning read's ● items: {len(items(recs))}")

# A 新闻联播 transcript (reviewer 2's shape): headlines in brackets are titled by the words inside.
recs = process_records(write("xwlb.txt", "2031年5月20日新闻联播文字版\n\n【国家主席某某会见来访的某国总统】\n\n5月20日下午,国家主席某某在人民大会堂会见来华进行国事访问的某国总统,双方就两国关系深入交换意见。\n\n"
    "【国务院常务会议研究部署设备更新工作】\n\n国务院总理某某5月19日主持召开国务院常务会议,研究部署推动大规模设备更新有关工作。\n\n"
    "【全国夏粮收获进度过两成】\n\n记者从农业农村部了解到,截至5月19日,全国已收获冬小麦面积超过两成,麦收进度快于去年同期。\n"))
check([r["title"] for r in items(recs)] == ["国家主席某某会见来访的某国总统", "国务院常务会议研究部署设备更新工作", "全国夏粮收获进度过两成"],
      f"a transcript's bracketed headlines: {[r['title'] for r in items(recs)]}")

# Guards. A column's label alone (`时政要闻`) over one article with subheadings is no digest.
r = process_records(write("column.txt",
    "时政要闻\n\n某某市召开全市安全生产工作会议\n\n来源:某某日报 2031-03-02\n\n3月1日,某某市召开全市安全生产工作会议,市长某某出席会议并讲话。\n\n"
    "压紧压实安全生产责任\n\n会议要求,各地各部门要把安全生产摆在突出位置,层层压实责任,确保各项措施落到实处。\n\n"
    "深入开展隐患排查整治\n\n会议强调,要聚焦重点行业领域,深入开展隐患排查整治,做到问题早发现、早处置。\n\n"
    "切实加强应急值守工作\n\n会议指出,要严格落实领导带班和24小时值班制度,确保信息畅通、处置及时。\n"))
check(len(r) == 1, f"a column label over one article: {len(r)} records")
# A single-topic bulletin's numbered paragraphs tell no news: no items of their own.
r = process_records(write("topic.txt",
    "工作简报\n第3期\n某某县委办公室编　2031年5月20日\n\n某某镇扎实推进基层治理\n\n"
    "1、加强组织领导。镇党委成立工作专班,主要领导亲自抓,分管领导具体抓,形成了一级抓一级的工作格局。\n\n"
    "2、完善制度机制。制定网格化管理办法,明确网格员职责,建立问题收集、交办、反馈的闭环机制。\n\n"
    "3、强化队伍建设。选优配强网格员队伍,定期开展业务培训,不断提升服务群众的能力和水平。\n"))
check(len(r) == 1 or len(items(r)) < 3, f"a single-topic bulletin's numbered paragraphs: {len(r)} records")
# A plan naming 新闻 is no digest: its numbered headings are its parts.
r = process_records(write("plan.txt",
    "2031年新闻出版工作要点\n\n一、加强新闻出版公共服务体系建设\n\n要进一步完善公共服务体系,推动优质出版资源向基层延伸,提升服务效能。\n\n"
    "二、推动新闻出版产业高质量发展\n\n要加快产业转型升级,培育新型业态,推动传统出版与新兴出版深度融合发展。\n\n"
    "三、强化新闻出版市场监管执法\n\n要持续开展专项整治行动,严厉打击非法出版活动,维护良好市场秩序。\n"))
check(len(r) == 1, f"a plan whose title names 新闻: {len(r)} records")

# The reviewer's counterexamples: none of these is a digest.
one_record = lambda name, text: len(process_records(write(name, text)))
check(one_record("dongtai-notice.txt", "关于建立防汛工作每日动态报告制度的通知\n\n各乡镇人民政府,县政府各部门:\n\n"
    "为及时掌握全县防汛工作情况,决定建立防汛工作每日动态报告制度。现将有关事项通知如下:\n\n"
    "一、报告内容。各乡镇、各部门每日报告本辖区雨情水情、险情灾情和抢险救灾工作开展情况。\n\n"
    "二、报告时间。每日17时前将当日情况报送县防汛抗旱指挥部办公室,遇有突发险情须随时报告。\n\n"
    "三、报告方式。通过政务内网报送,报送材料须经单位主要负责同志审核签字,确保信息真实准确。\n\n某某县人民政府办公室\n2031年6月10日\n") == 1,
      "a notice whose title says 每日动态 is one document")
check(one_record("zhounian.txt", "在某某新区成立一周年工作回顾座谈会上的讲话\n\n张某某\n\n同志们:\n\n今天,我们在这里召开座谈会,回顾新区成立一年来的工作。\n\n"
    "一、充分肯定成绩。新区成立一年来,在市委市政府的坚强领导下,各项工作取得明显成效,经济总量稳步提升。\n\n"
    "二、清醒认识问题。我们也要看到,新区发展还面临不少困难和挑战,产业结构不优、创新能力不强。\n\n"
    "三、明确努力方向。下一步,要坚持高质量发展主线,聚焦主导产业,推动新区各项事业再上新台阶。\n") == 1,
      "a speech at a first anniversary's review (一周年…回顾) is one document")
check(one_record("huizong.txt", "2031年度重点工作完成情况汇总\n\n现将我局2031年度重点工作完成情况汇总如下:\n\n"
    "1、全年完成固定资产投资45.6亿元,同比增长8.2%,完成年度目标任务的103%,重点项目建设进展顺利。\n\n"
    "2、新建改建农村公路126公里,完成危桥改造12座,农村公路通达率和通畅率均达到100%。\n\n"
    "3、持续优化营商环境,全年新增市场主体3560户,办理行政审批事项1.2万件,群众满意率98.6%。\n\n某某县交通运输局\n2032年1月8日\n") == 1,
      "a year's 汇总 of work done is one document")
check(one_record("todaynews.html", "<html><head><meta charset='utf-8'><title>市政府召开第25次常务会议_今日要闻_某某市人民政府</title></head><body>"
    "<div class='nav'>今日要闻 TODAY NEWS</div><div class='article'><h1>市政府召开第25次常务会议</h1><p>发布时间:2031-03-05 来源:市政府办公室</p>"
    "<p>3月4日,市长李某某主持召开市政府第25次常务会议,研究部署近期重点工作。</p>"
    "<p>1.会议审议通过了《某某市城市更新实施办法》,强调要坚持留改拆并举,稳步推进城市更新行动,切实改善群众居住条件。</p>"
    "<p>2.会议听取了全市一季度安全生产工作情况汇报,强调要压紧压实安全生产责任,深入开展重大事故隐患排查整治。</p>"
    "<p>3.会议研究了春季森林防火工作,要求各地各部门严防死守,落实网格化管理,确保不发生重特大森林火灾。</p></div></body></html>") == 1,
      "a meeting's news under a column labelled 今日要闻 TODAY NEWS is one document")
check(one_record("bulletin-points.txt", "安全生产工作简报\n第5期\n某某县安全生产委员会办公室编　　2031年5月20日\n\n我县扎实推进安全生产大检查\n\n"
    "今年以来,我县坚持把安全生产摆在突出位置,扎实开展安全生产大检查,取得阶段性成效。\n\n"
    "1、5月8日,县政府召开全县安全生产大检查动员部署会,对大检查工作进行全面安排部署。\n\n"
    "2、5月10日起,县安委会组织8个督导组,深入各乡镇和重点企业开展明查暗访,累计检查企业236家。\n\n"
    "3、5月15日,县安委办召开大检查工作推进会,通报前期检查发现的问题,督促抓好整改落实。\n\n报:市安委办\n") <= 2,
      "a bulletin's one headlined item keeps its numbered points")

# The second reviewer's counterexamples (fixtures as written then): none is a digest.
check(one_record("r2-f03_zhengwu.txt", "某某县政务动态（2024年5月20日）\n\n我县扎实开展安全生产大检查\n\n今年以来，我县坚持把安全生产摆在突出位置，以安全生产大检查为抓手，全面排查整治各类风险隐患，取得阶段性成效。\n\n1、5月8日，县政府召开全县安全生产大检查动员部署会，县长某某出席会议并讲话，对大检查工作进行全面安排部署。\n\n2、5月10日起，县安委会组织8个督导组，深入各乡镇和重点企业开展明查暗访，累计检查企业236家，发现问题隐患412处。\n\n3、5月15日，县安委办召开大检查工作推进会，通报前期检查发现的问题，督促相关单位抓好整改落实，确保隐患动态清零。\n\n下一步，我县将持续压紧压实安全生产责任，推动大检查工作走深走实，坚决守牢安全底线。\n\n（县应急管理局供稿）\n") == 1, "a 政务动态's one headline over its lead and dated points is one document")
check(one_record("r2-f04_diyishuji.txt", "驻村第一书记工作动态\n\n某某镇某某村驻村第一书记某某扎实推进乡村振兴工作\n\n今年以来，某某县某某局派驻某某镇某某村第一书记某某同志，紧紧围绕抓党建促乡村振兴工作主线，真抓实干，为村里办了一批实事好事，得到群众广泛好评。\n\n1、3月12日，某某组织召开村“两委”班子会议，研究制定全年产业发展计划，确定发展食用菌种植和特色养殖两个主导产业。\n\n2、4月8日，某某协调县农业农村局技术人员深入村里，开展食用菌种植技术培训，参训群众80余人次。\n\n3、5月16日，某某争取项目资金30万元，启动村内道路硬化工程，预计6月底完工，将解决群众出行难问题。\n\n某某表示，将继续坚守初心，扎根基层，带领群众走好乡村振兴路。\n\n（某某县委组织部）\n") == 1, "a 第一书记's 工作动态 (第一 is no issue's number) is one document")
check(one_record("r2-f06_zhoubao.txt", "某某建工集团有限公司安全生产周报（2024年第20周）\n\n编制：集团安全生产管理部　　2024年5月20日\n\n一、本周安全生产总体情况\n\n本周集团所属各项目部安全生产形势总体平稳，未发生生产安全事故。现将本周主要工作汇报如下：\n\n1、5月13日，集团召开安全生产月度例会，总经理某某出席会议并讲话，通报4月份安全检查情况，部署5月份重点工作。\n\n2、5月15日，集团安全生产管理部组织对某某项目部开展专项检查，发现高处作业防护不到位等隐患12处，已下达整改通知书。\n\n3、5月17日，某某项目部组织开展消防应急演练，参演人员120余人，进一步提高了员工应急处置能力。\n\n二、存在的问题\n\n部分项目部安全教育培训流于形式，分包单位人员流动性大，三级安全教育落实不到位，个别作业人员安全意识淡薄。\n\n三、下周工作安排\n\n继续开展安全生产专项整治，重点检查高处作业、临时用电和起重吊装作业，督促各项目部抓好隐患整改闭环管理。\n") == 1, "a company's safety 周报 with its week is one document")
check(one_record("r2-f08_zhengce.txt", "一分钟看懂｜某某市支持民营经济高质量发展若干措施\n\n近日，某某市人民政府办公室印发《某某市支持民营经济高质量发展若干措施》，从降低经营成本、强化金融支持、优化政务服务等方面提出20条具体措施。一起来看要点↓\n\n●自2024年6月1日起，对新招用高校毕业生的民营企业，按每人1000元标准给予一次性吸纳就业补贴。\n\n●6月起启动“金融助企”专项行动，对符合条件的小微企业贷款给予不超过1%的贴息支持，单户每年最高50万元。\n\n●对首次认定为国家级专精特新“小巨人”的民营企业，一次性奖励100万元；首次认定为省级专精特新企业的，奖励20万元。\n\n●7月1日起，全面推行涉企经营许可事项告知承诺制，企业开办时间压缩至1个工作日以内。\n\n●建立民营企业诉求“直通车”制度，对企业反映的问题实行台账管理，一般问题3个工作日内答复。\n\n政策咨询电话：0000-12345678（某某市发展改革委）\n") == 1, "an explainer, 一分钟看懂… is one document")
check(one_record("r2-f13_xwlb_article.txt", "央视《新闻联播》关注某某县高标准农田建设\n\n来源：某某县融媒体中心　2024-05-21\n\n5月20日晚，中央广播电视总台《新闻联播》以《各地加快推进高标准农田建设》为题，报道了我县高标准农田建设的做法和成效。\n\n统筹规划整县推进\n\n近年来，我县坚持把高标准农田建设作为保障粮食安全的重要举措，按照“集中连片、整县推进”的思路，统筹整合各类涉农资金，累计建成高标准农田45万亩。\n\n科技赋能提质增效\n\n我县在高标准农田项目区推广应用水肥一体化、智能监测等先进技术，建成智慧农业示范区3个，项目区粮食亩产平均提高100斤以上。\n\n建管并重长效运行\n\n我县建立高标准农田建后管护机制，明确管护主体和责任，落实管护资金，确保工程长期发挥效益，切实让农田“建得成、管得好、用得久”。\n") == 1, "an article on what 《新闻联播》 reported is one document")
check(one_record("r2-f16_huizong.txt", "某某县应急管理局5月份安全生产检查情况汇总\n\n为认真贯彻落实全县安全生产工作会议精神，5月份我局组织开展了安全生产专项检查，现将检查情况汇总如下：\n\n1、5月8日，局检查组对某某镇辖区内6家烟花爆竹经营门店开展检查，发现问题隐患9处，已责令限期整改。\n\n2、5月14日，局检查组联合县市场监管局对城区12家液化气经营网点开展联合执法检查，查处违规经营行为2起。\n\n3、5月21日，局检查组对某某工业园区内8家工贸企业开展有限空间作业专项检查，发现问题隐患15处，下达整改指令书8份。\n\n4、5月28日，局检查组对前期检查发现问题的整改情况进行“回头看”，已完成整改28处，整改率87.5%。\n\n下一步，我局将持续加大执法检查力度，对拒不整改的企业依法严肃处理。\n\n某某县应急管理局\n2024年5月31日\n") == 1, "a month's inspections 汇总 is one document")
check(one_record("r2-f18_wechat.txt", "点击上方蓝字 关注某某新闻\n\n县委常委会召开会议 研究部署近期重点工作\n\n某某新闻　2024-05-21 18:30　发表于某某\n\n5月20日，县委书记某某主持召开县委常委会会议，传达学习上级有关会议精神，研究部署我县近期重点工作。\n\n1、会议强调，要深入学习贯彻习近平总书记关于防汛救灾工作的重要指示精神，压紧压实防汛责任，确保安全度汛。\n\n2、会议审议通过《某某县2024年乡村振兴重点工作任务清单》，要求各乡镇、各部门对照清单抓好落实。\n\n3、会议研究启动新一轮招商引资攻坚行动，要求聚焦主导产业，精准招商，推动更多优质项目落地。\n\n会议还研究了其他事项。\n\n来源：某某县融媒体中心\n编辑：某某　审核：某某\n") == 1, "a WeChat copy under 点击上方蓝字 关注某某新闻 is one document")
check(one_record("r2-f21_zaozhidao.txt", "2024年高考早知道：这些时间节点要牢记\n\n高考临近，为帮助广大考生和家长及时了解有关安排，某某市教育考试院梳理了高考前后的重要时间节点，请考生务必牢记。\n\n1、6月1日前，考生可登录某某省教育考试院网站下载打印准考证，并仔细核对准考证上的个人信息，如有错误及时联系报名点。\n\n2、6月6日下午，各考点开放考场，考生可以提前熟悉考场环境和交通路线，但不得进入考场内部。\n\n3、6月7日至10日，全省普通高考统一考试举行，考生须提前30分钟到达考点，开考15分钟后不得入场。\n\n4、6月25日左右，公布高考成绩和各批次录取控制分数线，考生可通过官方渠道查询，谨防诈骗。\n\n某某市教育考试院提醒，考生要合理安排作息，保持良好心态，诚信应考。\n") == 1, "an exam's 早知道 of deadlines is one document")

# A news item's venue stays on its line (containers-9/04: `…工作会议在京召开` over the next line's text).
r = one("venue.txt", "某某工作会议在京召开\n某某工作会议9日在北京召开。会议由某某主持,各地负责同志参加会议并发言,会议部署了下一阶段工作。\n")
check("\n" not in (r["fields"].get("venue") or ""), f"a venue within its line: {r['fields'].get('venue')!r}")

# A speech's date line with the hour and the place (pages-33/04): `（2031年11月11日晚，北京某某宾馆）`.
r = one("zhici.txt", "在某某论坛2031年会开幕式上的欢迎致辞\n某某研究中心党组书记 某某某\n(2031年11月11日晚,北京某某国宾馆)\n"
        "尊敬的各位来宾,女士们,先生们:\n大家好!在这金秋时节,我们迎来了某某论坛2031年会。首先,我代表某某研究中心,对各位嘉宾表示热烈的欢迎!\n")
check(r["kind"] == "speech" and r["fields"].get("date") == "2031-11-11", f"a date line with its hour and place: {r['kind']} {r['fields'].get('date')}")
# A page's headline names the speaker alone (pages-33/08), over the printed title and the speaker's line.
r = one("shanghui.txt", "商会动态\n\n李德明在某某省某某商会成立大会上的讲话\n\n时间:2030-10-24 11:09:00    浏览量:105\n\n"
        "在某某省某某商会成立大会上的讲话\n\n某某省政协原副主席李德明\n\n(2030年10月24日)\n\n\n尊敬的各位来宾、各位企业家:\n"
        "       大家上午好!非常高兴参加某某商会成立大会,我谨代表个人向商会的成立表示热烈的祝贺!\n")
check(r["title"] == "在某某省某某商会成立大会上的讲话" and r["fields"].get("speaker") == "李德明",
      f"a headline naming the speaker over the printed title: {r['title']} {r['fields'].get('speaker')}")

# A monitor's CSV of policies (datasets-25/02): a law by its name in book-title marks with the order that made
# it, a 条令; a page's date glued after a title.
recs = process_records(write("monitor.csv", "政策名称,发布机构,关键词,发布时间,主要内容,政策链接\n"
    "《某某机关人民警察内务条令》（公安部令第261号）,公安部网站,内务,2031-12-28,,http://www.example.gov.cn/a.html\n"
    "中共中央 国务院关于进一步深化某某改革的意见  2031-2-23,中国政府网,改革,2031-02-23,,http://www.example.gov.cn/b.html\n"), "--no-split")
check(recs[0]["kind"] == "regulation" and number(recs[0]) == "公安部令第261号",
      f"a catalogue's law in book-title marks over its order: {recs[0]['kind']} {number(recs[0])}")
check(recs[1]["title"] == "中共中央 国务院关于进一步深化某某改革的意见" and recs[1]["kind"] == "opinion",
      f"a page's date glued after a row's title: {recs[1]['title']} {recs[1]['kind']}")
# A 器审 guideline catalogue's row (datasets-25/01): a 指导原则 with its 通告's number.
recs = process_records(write("guide.csv", "标题,日期\n某某植入体产品注册审查指导原则（2031年修订版）（2031年第28号）,2031-10-17\n"), "--no-split")
check(recs[0]["kind"] == "regulation" and number(recs[0]) == "2031年第28号", f"a 指导原则 with its number: {recs[0]['kind']} {number(recs[0])}")

# A 通告 reposted with the day it was posted after its title (gongwen-97/05), its issuer a zone with its 街道 in
# brackets before 关于: the title whole, the day no part of it.
r = one("hesuan.txt", "The Beginning\n某某旅游度假区(某某街道)关于开展区域全员核酸检测的通告(6月7日)\n广大居民朋友们:根据疫情防控工作需要,决定开展区域全员核酸检测,现就有关事项公告如下:\n"
        "一、检测对象\n某某街道所有居民。\n二、采样时间\n2031年6月7日 17:00—22:00\n疫情防控,人人有责。感谢您的理解与配合!\n某某街道新冠肺炎疫情\n联防联控指挥部\n2031年6月6日\nTHE END")
check(r["kind"] == "public_notice" and r["title"] == "某某旅游度假区(某某街道)关于开展区域全员核酸检测的通告" and r["fields"].get("date") == "2031-06-06",
      f"a reposter's day after a title: {r['kind']} {r['title']} {r['fields'].get('date')}")

# A community's 公告 signed with its seal's place after the organ (gongwen-95/06): the organ alone.
r = one("seal.txt", "某某社区第三届社区居民议事会选举公告\n\n根据有关规定,现将选民登记有关事项公告如下:\n\n一、登记时间\n\n"
        "2031年3月18日至3月24日,9时至18时。\n\n二、登记办法\n\n集中登记。凡符合参选条件的居民,应在登记时间内前往社区登记站进行登记。\n\n\n"
        "某某社区居民委员会 (公章)\n\n2031年3月18日\n")
check(r["fields"].get("issuer") == ["某某社区居民委员会"] and r["fields"].get("date") == "2031-03-18",
      f"a signature with its seal's place: {r['fields'].get('issuer')} {r['fields'].get('date')}")

done()
