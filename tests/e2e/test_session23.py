"""Session 23 (issue 14): a bulletin's issue (`工作简报`, `工作动态`, `政务信息`) is a bundle of its items:
the masthead's compiler and date are the issue's (`某某县委办公室编　2024年5月20日`, or the organ and
the date alone), each item a record dated by its issue (`date_from: "container"`) and read as the news
of a bulletin; its items found under the masthead, after a contents list that numbers them
(`【本期导读】 1.…`), or numbered themselves (`一、县政府召开…`); its distribution (`报：` `送：` `发：`)
closes the issue, not its last item. A single-topic issue, its parts numbered subheadings
(`一、强化组织领导`), stays one briefing. The issue itself is read by the handler of bulletins (kind
`briefing`, scripts/briefing.lua) when it claims it; else it is a periodical's issue.
And a magazine's running head printed with its issue and folio at every page (`2024年第3期　某某青年　10`)
is page furniture, dropped by the cleaner: left in, it stood between an article's end and the next
one's column (`工 作 研 究`) and read as a contents entry; a compilation's repeated dates, sources and
numbered case labels (`案例1`) stay. Texts modelled on county bulletins (names replaced)."""
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)

def summary(rs):
    return [(r["kind"], r["title"], r["fields"].get("date"), r["fields"].get("date_from")) for r in rs]

JB1 = '工 作 简 报\n第12期\n中共某某县委办公室编\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002024年5月20日\n\n我县召开全县安全生产工作会议\n5月15日，我县召开全县安全生产工作会议，传达学习省市安全生产工作会议精神，分析当前安全生产形势，安排部署下一阶段工作。县委副书记、县长李明出席会议并讲话。\n会议指出，各乡镇、各部门要坚持人民至上、生命至上，压紧压实安全生产责任，深入开展重大事故隐患专项排查整治行动。\n会议要求，要强化应急值守，严格落实24小时值班和领导带班制度，确保信息畅通。\n\n城关镇扎实推进人居环境整治\n今年以来，城关镇以“美丽庭院”创建为抓手，累计清理垃圾1200余吨，拆除违章建筑36处，新建公厕8座。\n该镇建立“镇包村、村包组、组包户”责任体系，每月开展一次评比，评比结果与村干部绩效挂钩。\n\n县人社局多措并举促进高校毕业生就业\n县人社局聚焦高校毕业生就业，举办专场招聘会3场，提供就业岗位860个，达成就业意向215人。\n同时，该局开展就业见习活动，募集见习岗位120个，落实见习补贴26万元。\n\n报：市委办公室，县委常委，县人大常委会、县政府、县政协主要领导。\n送：县直各部门，各乡镇党委。\n发：各村（社区）党组织。\n'
JB2 = '某某市教育系统\n工作动态\n第8期\n某某市教育局办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002023年11月6日\n\n【本期导读】\n1.市教育局召开秋季学期安全工作推进会\n2.市第一中学获评省级文明校园\n\n市教育局召开秋季学期安全工作推进会\n11月2日，市教育局召开秋季学期安全工作推进会。会议通报了近期校园安全检查情况，对下一步工作作出部署。局党组书记、局长王强出席并讲话。\n王强强调，要把校园安全放在首位，紧盯食品安全、交通安全、防溺水等重点领域，全面排查整治隐患。\n\n市第一中学获评省级文明校园\n近日，省文明委公布第三届省级文明校园名单，市第一中学榜上有名。\n近年来，该校坚持立德树人根本任务，深入开展文明校园创建活动，形成了一批特色品牌。\n\n报送：市委、市政府领导\n抄送：各县（市、区）教育局\n'
JB5 = '政务信息\n第35期\n某某县人民政府办公室\u3000\u3000\u3000\u3000\u3000\u30002024年9月3日\n一、县政府召开秋季森林防火工作会议\n8月30日，县政府召开秋季森林防火工作会议，副县长刘军出席并讲话。会议要求各乡镇严格落实森林防火责任制，加强野外用火管控。\n二、县农业农村局开展秋粮生产技术指导\n连日来，县农业农村局组织技术人员深入田间地头，开展秋粮生产技术指导服务，累计培训农户1500余人次。\n三、县医保局推进医保基金监管专项整治\n县医保局聚焦医保基金使用重点领域，开展专项检查，共检查定点医药机构86家，追回医保基金32万元。\n'
JB6 = '工 作 简 报\n第6期\n某某县乡村振兴局编\u3000\u3000\u3000\u3000\u3000\u30002024年7月1日\n我县扎实推进乡村振兴工作\n今年以来，我县坚持把乡村振兴作为“三农”工作总抓手，统筹推进产业、人才、文化、生态、组织振兴，取得阶段性成效。\n一、强化组织领导\n县委、县政府成立乡村振兴工作领导小组，县委书记任组长，定期召开会议研究解决重大问题。各乡镇相应成立工作专班，形成一级抓一级、层层抓落实的工作格局。\n二、壮大特色产业\n围绕茶叶、中药材、生态养殖三大主导产业，新建标准化茶园2000亩，培育农民专业合作社45家，带动农户增收。\n三、改善人居环境\n深入开展村庄清洁行动，新建农村公厕120座，改造农村户厕3000户，村容村貌明显改善。\n'

r = process_records(write("jianbao1.txt", JB1), "--with-text")
check(summary(r) == [("briefing", "工作简报第12期", "2024-05-20", None),
                     ("news", "我县召开全县安全生产工作会议", "2024-05-20", "container"),
                     ("news", "城关镇扎实推进人居环境整治", "2024-05-20", "container"),
                     ("news", "县人社局多措并举促进高校毕业生就业", "2024-05-20", "container")], f"a 工作简报 of three items: {summary(r)}")
check(r[0]["fields"].get("publisher") == "中共某某县委办公室" and r[0]["fields"].get("issue") == 12, f"the issue's compiler and number: {r[0]['fields']}")
check(r[0]["handler"] == "briefing@lua" and r[0]["fields"].get("items") == [x["title"] for x in r[1:]] and r[0]["fields"].get("articles") == 3,
      f"the issue itself read by the bulletins' handler, its items listed: {r[0]['handler']} {r[0]['fields']}")
check("报：" not in r[-1].get("text", "") and r[-1]["source"]["line_end"] == 16, f"the distribution closes the issue, not its last item: {r[-1]['source']}")
check(all(x["fields"].get("bulletin") == "工作简报" for x in r[1:]), "each item names its bulletin")

r = process_records(write("jianbao2.txt", JB2))
check(summary(r) == [("periodical", "某某市教育系统工作动态", "2023-11-06", None),
                     ("news", "市教育局召开秋季学期安全工作推进会", "2023-11-06", "container"),
                     ("news", "市第一中学获评省级文明校园", "2023-11-06", "container")],
      f"a 工作动态 whose contents list numbers its items; organ and date alone under the masthead: {summary(r)}")
check(r[0]["fields"].get("publisher") == "某某市教育局办公室", f"its compiler: {r[0]['fields']}")

r = process_records(write("jianbao5.txt", JB5))
check([x["title"] for x in r[1:]] == ["县政府召开秋季森林防火工作会议", "县农业农村局开展秋粮生产技术指导", "县医保局推进医保基金监管专项整治"]
      and [x["fields"].get("item") for x in r[1:]] == [1, 2, 3], f"numbered items of a 政务信息: {summary(r)}")

r = process_records(write("jianbao6.txt", JB6))
check(len(r) == 1 and r[0]["kind"] == "briefing" and r[0]["fields"].get("date") == "2024-07-01",
      f"a single-topic issue with numbered subheadings stays one briefing: {summary(r)}")

YOUTH = '某某青年\n2024年第3期（总第215期）\n主管：共青团某某省委员会\n主办：某某青年杂志社\n国内统一连续出版物号：CN 00-0000/C\n\n卷首语\n奋力谱写青年工作新篇章\n本刊编辑部\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n\n2024年第3期\u3000某某青年\u300010\n青 年 论 坛\n新时代共青团基层组织建设的路径探析\n——以某某市为例\n文／李明\u3000王芳\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n\n2024年第3期\u3000某某青年\u300013\n基层风采\n“青年夜校”点亮乡村振兴路\n□ 本刊记者\u3000张伟\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n\n2024年第3期\u3000某某青年\u300016\n工 作 研 究\n深化团干部队伍建设的几点思考\n某某县团委书记\u3000赵强\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n（作者系某某县团委书记）\n\n2024年第3期\u3000某某青年\u300019\n青春榜样\n扎根山区的“90后”村支书\n□ 通讯员\u3000陈静\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效，取得了明显成效。\n\n2024年第3期\u3000某某青年\u300022\n'
NEG = '某某县典型案例汇编\n\n案例1\n某某镇推进基层治理的做法1\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效。\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效。\n来源：某某县融媒体中心 2024-01-11\n2024年5月11日\n\n案例2\n某某镇推进基层治理的做法2\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效。\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效。\n来源：某某县融媒体中心 2024-02-12\n2024年5月12日\n\n案例3\n某某镇推进基层治理的做法3\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效。\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效。\n来源：某某县融媒体中心 2024-03-13\n2024年5月13日\n\n案例4\n某某镇推进基层治理的做法4\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效。\n我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，紧紧围绕中心工作，扎实推进各项任务落地见效。\n来源：某某县融媒体中心 2024-04-14\n2024年5月14日\n'
rc, out, err = run("process", "--no-extract", write("youth.txt", YOUTH))
r = records(out)
check([(x["title"], x["fields"].get("column")) for x in r[1:]] ==
      [("奋力谱写青年工作新篇章", "卷首语"), ("新时代共青团基层组织建设的路径探析", "青年论坛"), ("“青年夜校”点亮乡村振兴路", "基层风采"),
       ("深化团干部队伍建设的几点思考", "工作研究"), ("扎根山区的“90后”村支书", "青春榜样")],
      f"a magazine's five articles under their columns, its running heads dropped: {[(x['title'], x['fields'].get('column')) for x in r]}")
check(any(d["id"] == "clean.running_head" and d["line"] == 14 for d in r[0]["diagnostics"]), f"the running head is noted: {r[0]['diagnostics']}")
r = process_records(write("neg.txt", NEG), "--with-text")
t = r[0].get("text", "")
check(t.count("案例") == 5 and t.count("来源：") == 4 and t.count("2024年5月") == 4, "a compilation's case labels, sources and dates are no running heads")

# (Issue 15) a 纪要's own number under its title (`〔2024〕第5次`) is its doc_number.
JIYAO = '某某县人民政府常务会议纪要\n〔2024〕第5次\n某某县人民政府办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002024年4月10日\n4月8日上午，县长李明主持召开县政府第5次常务会议，研究农村公路建设、防汛备汛等工作。纪要如下：\n一、关于农村公路建设工作\n会议听取了县交通运输局关于2024年农村公路建设计划的汇报。会议原则同意该计划，要求县交通运输局加快推进项目建设。\n二、关于防汛备汛工作\n会议强调，各乡镇、各有关部门要坚决克服麻痹思想，扎实做好防汛备汛各项工作。\n出席：李明、王强、赵丽、陈刚\n列席：县政府办公室、县交通运输局、县水利局主要负责同志\n请假：孙伟\n分送：县委办公室，县人大常委会办公室，县政协办公室，各乡镇人民政府，县直各有关部门。\n'
r = process_records(write("jiyao.txt", JIYAO))
check(r[0]["kind"] == "minutes" and (r[0]["fields"].get("doc_number") or {}).get("text") == "〔2024〕第5次"
      and r[0]["fields"].get("issuer") == ["某某县人民政府办公室"] and r[0]["fields"].get("issued") == "2024-04-10",
      f"minutes: number, issuer and issue date of the header: {r[0]['fields']}")

# (Issue 13) a scraper's export names the number `policy_no` and the organ `publisher`.
POLICIES = '{"id": 1, "policy_title": "某某市人民政府办公室关于印发某某市城市更新实施办法的通知", "publish_time": "2024-03-12 10:20:00", "publisher": "某某市人民政府办公室", "policy_no": "某政办发〔2024〕5号", "content": "<p>各区人民政府，市政府各部门：</p><p>《某某市城市更新实施办法》已经市政府同意，现印发给你们，请认真贯彻执行。</p><p style=\'text-align:right\'>某某市人民政府办公室</p><p style=\'text-align:right\'>2024年3月10日</p>", "province": "某某省", "category": "城乡建设"}\n{"id": 2, "policy_title": "某某县人民政府关于2024年春节期间烟花爆竹燃放管理的通告", "publish_time": "2024-01-20", "publisher": "某某县人民政府", "policy_no": "", "content": "为加强烟花爆竹燃放安全管理，保障人民群众生命财产安全，根据《烟花爆竹安全管理条例》等规定，现就有关事项通告如下：\\n一、县城建成区范围内全年禁止燃放烟花爆竹。\\n二、本通告自发布之日起施行。\\n某某县人民政府\\n2024年1月18日", "province": "某某省", "category": "公共安全"}\n'
r = process_records(write("policies.jsonl", POLICIES))
check([(x["kind"], (x["fields"].get("doc_number") or {}).get("key"), x["fields"].get("row_issuer")) for x in r] ==
      [("notice", "某政办发〔2024〕5号", "某某市人民政府办公室"), ("public_notice", None, "某某县人民政府")],
      f"policy_no numbers a row's document, publisher names its organ: {[(x['kind'], x['fields'].get('doc_number'), x['fields'].get('row_issuer')) for x in r]}")

done()
