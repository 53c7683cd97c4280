"""Session 29: 公文 and other policy texts as a third round of held-out pages (probes 15 and 16)
print them. Each fixture is modelled on a page of those sets (names, places and numbers
replaced): what the page puts around a document must reach neither its title nor its fields."""
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


# A 通报 listing places one a line, every line set apart by a blank one: a list, not text wrapped
# at ten characters; the 主送, the signature and the date stay apart.
places = ["东城区白马镇", "东城区万胜镇", "西山区青龙镇", "南溪县洪峰乡", "南溪县大化镇水利社区", "南溪县凤陵乡锦泉村",
          "北塘县汉王乡王沟村", "北塘县仁美镇雄义村", "青溪县青城镇柳溪村", "东城区广济乡济光村", "西山区江口镇土桥村",
          "南溪县文宫镇文华社区", "北塘县双桥镇桂香村", "东城区复兴乡复兴社区", "青溪县瑞峰镇杨柳漕村"]
text = ("某某这些乡镇受到市委市政府公开表扬~因为这个事\n\n各区、县委和人民政府,市级各单位、部门:\n\n"
        "按照市委、市政府有关要求,在各县(区)初评的基础上,市治理办对全市各乡镇2018年第二季度环境治理情况进行了复核考评。"
        "现将评出的“十佳”“较差”乡镇、村(社区)通报如下。\n\n一、“十佳”乡镇\n\n" + "\n\n".join(places[:8]) +
        "\n\n二、“较差”村(社区)\n\n" + "\n\n".join(places[8:]) + "\n\n中共某某市委办公室\n\n某某市人民政府办公室\n\n2018年7月19日\n\n\n分享到:\n")
r = one("places.txt", text, "--with-text")
f = r["fields"]
check((f.get("issuer"), f.get("date"), f.get("recipients")) == (["中共某某市委办公室", "某某市人民政府办公室"], "2018-07-19", ["各区、县委和人民政府", "市级各单位、部门"]),
      f"a list of places one a line is no wrapped text: {f.get('issuer')} {f.get('date')} {f.get('recipients')}")
check("\n东城区白马镇\n东城区万胜镇\n" in r.get("text", ""), "the places stay one a line")

# A decision adopted at a standing committee's meeting, with no signature: the committee issues it.
r = one("adopted.txt", "关于将区六届人大三次会议议案交区人民政府办理的决定\n\n"
        "2019年3月11日某某市某某区第六届人民代表大会常务委员会第十六次会议通过\n\n日期:2019-03-12   作者:区人大\n\n"
        "区六届人大三次会议主席团第四次会议审议通过,将代表联名提出的议案作为议案,闭会后由区人大常委会会议审议。\n\n"
        "经区六届人大常委会第十六次会议审议,决定将此议案交区人民政府办理。\n\n分享到:\n")
f = r["fields"]
check((r["kind"], f.get("issuer"), f.get("date")) == ("decision", ["某某市某某区第六届人民代表大会常务委员会"], "2019-03-11"),
      f"a decision adopted by a standing committee: {r['kind']} {f.get('issuer')} {f.get('date')}")
# A resolution adopted by a congress's session, its 题注 naming the county by its level alone:
# the session issues it, named as the body prints it.
r = one("session.txt", "关于某湖县人民政府工作报告的决议\n\n\n(2017年1月23日县十六届人民代表大会第一次会议通过)\n\n"
        "    某湖县十六届人民代表大会第一次会议,听取和审议了县人民政府县长所作的《政府工作报告》。会议认为,过去的五年,县政府工作成绩显著。"
        "会议决定批准这个报告。\n")
f = r["fields"]
check((r["kind"], f.get("issuer"), f.get("date")) == ("resolution", ["某湖县十六届人民代表大会第一次会议"], "2017-01-23"),
      f"a resolution adopted by a congress's session: {r['kind']} {f.get('issuer')} {f.get('date')}")


# A page's heading that abridges the title printed below it: cut to its last words, or with a
# few characters dropped; the title is the line as the text prints it.
r = one("abridged_rule.txt", "某村村民自治章程\n\n某区某镇某村村民自治章程\n第一章 总则\n"
        "第一条 为了进一步规范村民自治，根据法律法规，结合本村实际，制定本章程。\n第二条 村民委员会是基层群众性自治组织。\n"
        "第二章 村民会议\n第三条 村民会议由本村十八周岁以上的村民组成。\n")
check((r["kind"], r["title"]) == ("regulation", "某区某镇某村村民自治章程"), f"a heading cut to the title's last words: {r['kind']} {r['title']!r}")
r = one("abridged_speech.txt", "市长省市人大代表视察汇报会上表态发言\n\n时间:2022-07-01 16:00:02 浏览量:\n\n"
        " 市长在省市人大代表视察汇报会上的表态发言\n\n  在省市人大代表视察汇报会上的表态发言\n\n  尊敬的主任、各位副主任、秘书长,各位代表:\n\n"
        "  昨天,市人大各位领导和各位代表不辞辛苦,视察政府工作,我代表市政府对大家表示感谢。下面,我就做好下一步工作表个态。\n"
        "  一是提高认识。我们将认真落实代表们提出的意见建议。\n  二是狠抓落实。我们将逐项研究,明确责任。\n")
check((r["kind"], r["title"]) == ("speech", "在省市人大代表视察汇报会上的表态发言"), f"a heading with characters dropped: {r['kind']} {r['title']!r}")

# A news item that lost its headline opens with its lead: no title; the lead's full date dates it.
r = one("headless_news.txt", "2019年1月22日,某区环保局召开2018年度中层干部述职评议大会。局机关全体干部、各股室负责人参加会议。\n"
        "会上,中层干部分别就自己一年来的工作进行现场述职。述职评议严肃认真,中层干部们积极发言。\n"
        "会议强调,要以述职评议为契机,进一步转变作风,推动各项工作落实。\n")
check((r["kind"], r["title"], r["fields"].get("date")) == ("news", "", "2019-01-22"), f"a headless item: {r['kind']} {r['title']!r} {r['fields'].get('date')}")
# A reporter named with his newsroom's word (`全媒体记者`).
r = one("newsroom.txt", "某市残联举办读书交流会\n本报讯(全媒体记者 王某某)7月14日,市残联举办读书交流会,以书为媒,让全体党员干部感受文字的力量。\n"
        "会上,7名党员代表结合各自工作实际逐一发言,分享了读书心得和感悟。\n会议指出,学习是党员干部的终身课题。\n")
check(r["fields"].get("reporters") == "王某某", f"a newsroom's reporter: {r['fields'].get('reporters')!r}")
# The writer's credit closing an item, the posting date under it: the writer is the author, and the
# lead's day takes the posting's year (under a subtitle, the lead is the first sentence).
r = one("credits.txt", "区自然资源局召开履职汇报会\n全体中层干部亮绩迎“年考”\n"
        "12月24日,区自然资源局组织召开中层干部履职汇报会。全局二级机构负责人依次登台述职,接受民主评议。\n"
        "会上,述职人员紧扣岗位职责与年度目标,全面总结工作成效,深刻剖析问题不足。\n(撰稿:李某某 审核:刘某某)\n2025-12-25\n")
check((r["fields"].get("author"), r["fields"].get("date")) == ("李某某", "2025-12-24"), f"credits and a posting date: {r['fields'].get('author')} {r['fields'].get('date')}")
r = one("new_year.txt", "某市召开年终工作总结会\n新华社北京12月30日电 某市30日召开年终工作总结会,会议总结全年工作,部署明年任务。\n"
        "会议强调,要坚持稳中求进,确保各项工作落到实处。\n会议要求,各部门要认真抓好落实。\n2026-01-02\n")
check(r["fields"].get("date") == "2025-12-30", f"a day after the posting's falls in the year before: {r['fields'].get('date')}")
r = one("new_year_page.html", '<html><head><meta name="PubDate" content="2026-01-02 10:00"><title>某市召开年终工作总结会</title></head><body>'
        '<h1>某市召开年终工作总结会</h1><p>新华社北京12月30日电 某市30日召开年终工作总结会,会议总结全年工作,部署明年任务。</p>'
        '<p>会议强调,要坚持稳中求进,确保各项工作落到实处。</p><p>会议要求,各部门要认真抓好落实。</p></body></html>')
check(r["fields"].get("date") == "2025-12-30", f"a dateline's day after the page's date: {r['fields'].get('date')}")

# A document site's preface (`《….docx》由会员分享，可在线阅读…请在某某文库上搜索。`): the file's name
# titles the text below it; the site's sentence is no part of it.
r = one("preface.txt", "《2023年读书日活动学习心得体会.docx》由会员分享,可在线阅读,更多相关《2023年读书日活动学习心得体会.docx(8页珍藏版)》请在某某文秘上搜索。\n"
        "1、春风和煦,正是读书的好时节。阅读是人们获取知识、增长智慧的重要方式,也是传承文明的重要途径。广大年轻干部要多读书、读好书。"
        "通过这次学习,我深刻体会到,读书是一种修养,更是一种责任。今后我要把读书学习作为一种习惯,不断提高自身素质。\n")
check((r["kind"], r["title"]) == ("experience", "2023年读书日活动学习心得体会"), f"a document site's preface: {r['kind']} {r['title']!r}")
# A summary that lost its title: its turn (现将…工作总结如下) names it; its first part is no title.
r = one("untitled_summary.txt", "2023年是全面贯彻落实党的二十大精神的开局之年。为推动我校教育事业高质量发展,我校认真贯彻落实上级文件精神,"
        "以创建现代化学校为目标,坚持高质量发展。在全体教职工的支持和配合下,学校持续健康稳定发展。现将本学期学校工作总结如下:\n"
        "一、本学期工作概况\n(一)强化党建引领\n校党总支以党的二十大精神为指导,结合我校实际,充分落实党建工作模式。\n"
        "(二)坚持以生为本\n本学期政教处和团委工作始终贯彻落实德育工作会议精神。\n")
check((r["kind"], r["title"]) == ("experience", ""), f"an untitled summary: {r['kind']} {r['title']!r}")
# A lone `**` masks a name (`在**县…`); only a pair is leaked emphasis.
r = one("masked.txt", "在**县第十八届人民代表大会第三次会议上的政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n"
        "一、2023年工作回顾\n一年来,我们坚持稳中求进,**全力以赴**推动经济社会发展,较好完成了全年目标任务。\n")
check(r["title"] == "在**县第十八届人民代表大会第三次会议上的政府工作报告", f"a lone ** masks a name: {r['title']!r}")

# An untitled 通告 closed by 特此公告: the body names itself 通告 in its turn and its rules; the
# line over the close (`举报电话:110`) and the close are no title.
r = one("tonggao.txt", "高考临近,为减少噪声干扰,给考生营造安宁的考试氛围,根据有关规定,禁止在高考期间燃放烟花爆竹。现将有关事宜通告如下:\n"
        "一、禁止燃放时间:2022年6月6日15时至6月10日10时;\n二、禁止燃放区域:某某县城城区;\n"
        "三、请广大人民群众自觉遵守本通告规定,对违反本通告规定燃放烟花爆竹的,公安机关将依法予以处罚;\n举报电话:110\n特此公告\n某某县公安局\n2022年6月6日\n")
check((r["kind"], r["title"], r["fields"].get("issuer")) == ("public_notice", "", ["某某县公安局"]),
      f"an untitled 通告 closed by 特此公告: {r['kind']} {r['title']!r} {r['fields'].get('issuer')}")
# A title that runs into its number on its line; a page's info line whose source label has no value.
r = one("title_number.txt", "当前位置: 首页 > 通知公告\n\n某某市人民政府土地征收预公告〔2021〕第25号\n\n"
        "【信息来源:【信息时间:2021-10-18 04:12  阅读次数: 】【字号 】【我要打印】【关闭\n\n"
        "为保障某某市城市建设用地需求,根据《中华人民共和国土地管理法》等法律法规的规定,经市人民政府研究决定,现发布土地征收公告:\n"
        "一、拟征收土地的范围\n征收土地位于某某社区以东。\n特此公告\n某某市人民政府\n2021年10月18日\n")
f = r["fields"]
check((r["title"], (f.get("doc_number") or {}).get("text"), f.get("source")) == ("某某市人民政府土地征收预公告", "〔2021〕第25号", None),
      f"a title run into its number: {r['title']!r} {f.get('doc_number')} {f.get('source')!r}")
# An organ and the people it covers as the 主送, its colon lost, over the body's turn.
r = one("covered.txt", "某某市人民政府征收土地预公告\n\n某某镇某某村村民委员会及有关居民\n\n"
        "因公共利益需要,依据土地管理法律法规,现将某某市2024年度批次土地征收有关事项公告如下\n\n一、征收范围\n征收你村位于东至某某的土地。\n"
        "某某市人民政府\n2024年2月28日\n")
check(r["fields"].get("recipients") == ["某某镇某某村村民委员会及有关居民"], f"a colonless 主送 with 及有关: {r['fields'].get('recipients')}")

# A 公文 with no title and no formula, addressed and dated: a 公文 all the same, its 文种 read off
# what it does and marked as a guess; a footnote's mark after the date dates it still.
r = one("commended.txt", "各乡镇人民政府、街道办事处,市人民政府有关工作部门:\n"
        "我市第七届村(居)民委员会换届选举工作已经结束。各乡镇人民政府、街道办事处认真按照实施方案,加强领导,精心组织,圆满完成换届选举工作任务。"
        "经市人民政府研究决定,对东安乡等10个单位给予表彰:\n一等奖:东安乡、两河乡\n二等奖:元山镇、旺兴镇\n"
        "希望受表彰的单位再接再厉,在今后的工作中做出更好的成绩。\n二〇〇八年四月十六日[1]\n")
f = r["fields"]
check((r["kind"], f.get("date"), "doc_type_guessed" in f) == ("circular", "2008-04-16", True),
      f"an untitled, formula-less 通报: {r['kind']} {f.get('date')} {f.get('doc_type_guessed')}")
# A page that broke its lines before every mark (`各分公司` / `、子公司` / `:`): they go back where they were.
r = one("kinsoku.txt", "各分公司\n、子公司\n、项目部\n,机关各部室\n:\n根据国务院办公厅通知精神\n,集团公司2014年五一劳动节放假日期具体安排如下\n:\n"
        "一\n、5月1日至5月3日放假\n,共3天\n。5月4日上班\n。\n二\n、节假日期间\n,各部室须做好防火、防盗工作\n。\n总经理办公室\n二〇一四年四月三十日\n")
f = r["fields"]
check((r["kind"], f.get("recipients"), f.get("issuer"), f.get("date")) == ("notice", ["各分公司、子公司、项目部", "机关各部室"], ["总经理办公室"], "2014-04-30"),
      f"lines broken before their marks: {r['kind']} {f.get('recipients')} {f.get('issuer')} {f.get('date')}")
# A request with no formula: its last paragraph asks.
r = one("asks.txt", "某市财政局:\n为应对金融危机,市工业经济运行指挥部正式运作至今,在运行监控、项目推进等方面做了大量工作。\n"
        "从目前情况看,指挥部前两个月运行费用支出已出现极大缺口,现再次申请解决办公经费57.78万元。\n市工业经济运行指挥部\n2009年1月20日\n")
check((r["kind"], r["fields"].get("issuer")) == ("request", ["市工业经济运行指挥部"]), f"a request by its ask: {r['kind']} {r['fields'].get('issuer')}")
# A letter's reader or a speech's audience is no 主送: nothing is guessed.
r = one("dear.txt", "尊敬的各位来宾:\n今天,我们在这里隆重集会,庆祝公司成立十周年。十年来,公司不断发展壮大。\n让我们携手共进,再创辉煌!\n某某公司\n2019年5月1日\n")
check(r["kind"] != "notice" and "doc_type_guessed" not in r["fields"], f"a speech's audience is no 主送: {r['kind']}")

# Probe 18. A 公约 and a 村规民约 are rules: numbered items under their name.
for name, title in (("gongyue.txt", "某某小区业主公约"), ("cunyue.txt", "村规民约")):
    r = one(name, title + "\n为加强社会治安管理,根据有关法律和政策,联系本村实际特制定本公约。\n"
            "一、每个村民都要学法、知法、守法,爱护集体财产。\n二、严禁偷盗,严禁赌博,爱护公共财产。\n三、严禁私自砍伐林木。\n")
    check((r["kind"], r["title"]) == ("regulation", title), f"a 公约 is a rule: {r['kind']} {r['title']!r}")
# A trainee's reflection: titled 心得 with a subtitle, or untitled and told in the first person
# (`我有幸参加…培训班`), which no reporter does.
r = one("xinde.txt", "学习,永远在路上 ——2019某市政协信息员培训班培训心得\n发布日期:2019-04-26 点击数:27\n"
        "重视学习、善于学习,是每个人打牢知识功底的必然要求。在市政协领导的关心下,有幸参加在某大学举办的信息员培训班。\n")
check(r["kind"] == "experience", f"a 心得 with its subtitle: {r['kind']} {r['title']!r}")
r = one("first_person.txt", "2018年5月7日至15日,我有幸参加由省林业厅组织的在某大学举办的干部综合业务能力提升培训班。培训内容丰富,形式多样。\n"
        "通过学习,我深刻认识到生态文明建设的重要意义,开阔了视野,增长了见识。\n今后我将把所学运用到工作中去。\n")
check(r["kind"] == "experience", f"a participant's own account: {r['kind']}")
# A host's script run on into its salutation, a document site's page index before it.
r = one("host_glued.txt", "1、县政协八届二次会议预备会主持词 各位委员: 政协县八届二次会议各项筹备工作已就绪,明天就要开幕了。"
        "今天下午召开八届二次会议预备会议。 现在,请工作人员清点人数。 现在举行预备会议。 本次预备会内容共有三项议程。\n")
check((r["kind"], r["title"]) == ("speech", "县政协八届二次会议预备会主持词"), f"a 主持词 run on into its salutation: {r['kind']} {r['title']!r}")
# A credits line over the item (`来源:院报 作者:某某 摄影:某某 核稿:某某`) is the page's: the author, no title.
r = one("credits_line.txt", "来源:院报 作者:王某 摄影:王某 核稿:高某某 编发:蹇某某\n"
        "9月3日下午,我校在国际报告厅召开了文明校园创建验收工作安排会议,对最后阶段工作进行安排部署。校党政领导出席,会议由党委副书记主持。\n"
        "会上,校宣传部负责人对细化的21项工作作了详细的说明。\n会议要求,各部门要高度重视,确保创建工作顺利通过验收。\n")
check((r["title"], r["fields"].get("author")) == ("", "王某"), f"a credits line: {r['title']!r} {r['fields'].get('author')!r}")
# Facts set apart by bars, under a trail's label alone with its bullet; a correspondent named too.
r = one("bars.txt", "• 当前位置:\n news\n县委书记某某某主持召开县委常委(扩大)会\n来源:某城宣传 | 作者:某某 | 发布时间: 2021-01-06 | 668 次浏览: | 分享到:\n\n"
        "本报讯 (记者 马某某 通讯员潘某某) 1月5日,县委书记某某某主持召开县委常委(扩大)会,县四大班子主要领导参加会议。\n"
        "会议传达了市委全会精神,研究我县贯彻落实意见。\n会议要求,要抓好贯彻落实。\n")
f = r["fields"]
check((r["title"], f.get("source"), f.get("author"), f.get("reporters")) == ("县委书记某某某主持召开县委常委(扩大)会", "某城宣传", "某某", "马某某 潘某某"),
      f"facts between bars: {r['title']!r} {f.get('source')!r} {f.get('author')!r} {f.get('reporters')!r}")

# A report's speaker glued to his post (`国务院总理某某某`), on his line or after the session's.
r = one("glued_speaker.txt", "2002年政府工作报告\n——2002年3月5日在第九届全国人民代表大会第五次会议上\n国务院总理朱某某\n各位代表:\n"
        "现在,我代表国务院向大会作政府工作报告,请予审议,并请全国政协各位委员提出意见。\n一、2001年工作回顾\n过去一年,我们取得了很大成绩。\n")
check((r["kind"], r["fields"].get("speaker")) == ("work_report", "朱某某"), f"a speaker glued to his post: {r['kind']} {r['fields'].get('speaker')}")
# A committee's report to its members, an early session's words, under a site's label that is no title.
r = one("committee_report.txt", "论文部分内容阅读\n各位委员,各位同志:我代表常务委员会向我们的会议提出工作报告。依据组织法的规定,全国委员会的工作大致可分为两大类,"
        "一类属于政策性方面的,一类属于组织性方面的。上次会议后,常务委员会做了一些工作,但做得不够。\n")
check((r["kind"], r["title"]) == ("work_report", ""), f"a committee's report under a site's label: {r['kind']} {r['title']!r}")
# A piece that lost its title opens with its writers and their unit.
r = one("writers.txt", "李某 罗某某 张某 田某某 杨某\n国网某某供电公司\n"
        "公司依托新时代文明实践中心,以要素保障单位工作协同、党组织结对共建为抓手,创新新时代文明实践工作模式。一是建立联盟,二是搭建平台,三是实施工程。\n"
        "通过实践,有效整合了政企服务力量。\n")
f = r["fields"]
check((r["kind"], r["title"], f.get("author"), f.get("unit")) == ("experience", "", "李某、罗某某、张某、田某某、杨某", "国网某某供电公司"),
      f"writers and their unit: {r['kind']} {r['title']!r} {f.get('author')} {f.get('unit')}")
# A law site's note after the title (`… 附:修正本`).
r = one("note_after.txt", "某某省人民代表大会常务委员会关于修改《某某省防震减灾条例》的决定 附:修正本\n\n(1999年12月10日某某省第九届人民代表大会常务委员会第十二次会议通过)\n"
        "  某某省第九届人民代表大会常务委员会第十二次会议决定对《某某省防震减灾条例》作如下修改:\n  一、第三条第二款修改为:本省行政区域内的机关都有依法参加防震减灾活动的义务。\n")
check((r["kind"], r["title"]) == ("decision", "某某省人民代表大会常务委员会关于修改《某某省防震减灾条例》的决定"), f"a note after the title: {r['kind']} {r['title']!r}")

# A heading that holds a piece's own heading with words of its own around it is the title, not a
# decoration of it; a sample site's 最新 before a genre's title is.
r = one("own_words.txt", "医护人员抗疫个人先进事迹材料\n护士先进事迹\n张某 女 37岁 某县第二人民医院护士\n"
        "张某自参加工作以来,始终坚持以病人为中心的工作理念,在工作中严格要求自己,认真学习护理知识,在技术上不断提高。\n"
        "抗疫个人先进事迹\n疫情发生以来,她主动请战,坚守一线,用实际行动诠释了医者仁心。\n")
check((r["kind"], r["title"]) == ("experience", "医护人员抗疫个人先进事迹材料"), f"a heading with words of its own: {r['kind']} {r['title']!r}")
r = one("latest.txt", "最新社区团支部书记个人述职报告\n尊敬的各位领导、同志们:\n一年来,在街道团工委的正确领导下,我认真履行职责,团支部工作取得了一定成绩。现将一年来的工作述职如下:\n"
        "一、加强学习,提高素质\n二、履职尽责,服务青年\n")
check(r["title"] == "社区团支部书记个人述职报告", f"a sample site's 最新: {r['title']!r}")

# An e-paper's page label and a site's menu over the headline are the page's; a deck of what the
# item reports (clauses without a comma) is no lead.
r = one("epaper.txt", "第A02版:两会聚焦\n\n市十六届人大五次会议举行第二次大会\n\n听取市人大常委会工作报告、市中级人民法院工作报告、市人民检察院工作报告\n\n"
        "  本报讯 某某市十六届人大五次会议昨天下午在市人民大会堂举行第二次大会。\n\n  市人大常委会主任向大会作市人大常委会工作报告。他说,一年来,市人大常委会依法履职。\n")
check((r["kind"], r["title"]) == ("news", "市十六届人大五次会议举行第二次大会"), f"an e-paper's page label: {r['kind']} {r['title']!r}")
r = one("menu.txt", "首   页 走进某县 新闻中心 政府信息公开 政务服务 互动交流 专题专栏\n\n某县第十八届人民代表大会第二次会议隆重开幕\n\n"
        "2月27日上午,备受全县人民瞩目的某县第十八届人民代表大会第二次会议隆重开幕。来自全县的200多名人大代表出席大会。\n\n会场庄严简朴,气氛隆重热烈。会议由某某主持。\n")
check((r["kind"], r["title"]) == ("news", "某县第十八届人民代表大会第二次会议隆重开幕"), f"a site's menu: {r['kind']} {r['title']!r}")

# Probe 17. A listing's line (the number, then the document issued in 《》) over the notice's own title.
r = one("listing.txt", "法发〔2018〕23号《最高人民法院关于进一步落实某某制度的实施意见》\n最高人民法院印发《关于进一步落实某某制度的实施意见》的通知\n"
        "法发〔2018〕23号\n各省、自治区、直辖市高级人民法院:\n为深入贯彻落实有关精神,现将《关于进一步落实某某制度的实施意见》印发给你们,请认真贯彻执行。\n"
        "最高人民法院\n2018年12月4日\n")
check((r["kind"], r["title"]) == ("notice", "最高人民法院印发《关于进一步落实某某制度的实施意见》的通知"), f"a listing's line: {r['kind']} {r['title']!r}")
# A 主送 typed with a semicolon, over a body that sets requirements (特对…提出如下要求).
r = one("semicolon.txt", "各省、自治区、直辖市民政厅(局);\n为了认真贯彻国发[1993]38号文件精神,努力使设市工作规范化,特对设市承办工作提出如下要求:\n"
        "一、要按照国务院关于行政区划管理的规定办理设市工作。\n二、各级设市的报告,须报告设市的理由、范围、隶属关系。\n")
check((r["kind"], r["fields"].get("recipients")) == ("notice", ["各省、自治区、直辖市民政厅(局)"]), f"a 主送 with a semicolon: {r['kind']} {r['fields'].get('recipients')}")
# A report on how a matter stands is a 公文 (报告), under a site's column and trail that name 工作报告.
r = one("situation.txt", "今天是:2019年10月31日 星期三\n工作报告\n\n您所在的位置:政务公开 > 工作报告\n\n2020年某区法治政府建设情况报告\n"
        "文章来源:司法局 更新时间:2021/03/29 11:30:01\n\n2020年某区法治政府建设情况报告\n\n"
        "2020年,某区坚持以习近平新时代中国特色社会主义思想为指导,依法全面履行政府职能,为全区经济社会发展创造良好法治环境。\n"
        "一、2020年推进法治政府建设的主要举措和成效\n(一)加强法治政府建设组织领导\n")
check((r["kind"], r["title"]) == ("report", "2020年某区法治政府建设情况报告"), f"a 情况报告: {r['kind']} {r['title']!r}")
# A colonless 主送 over a body whose first sentence a page wrapped.
r = one("colonless_wrapped.txt", "某某县人民政府办公室关于印发某某县生产安全事故应急预案的通知\n\n各民族乡、镇人民政府、街道办事处,县人民政府各工作部门\n\n"
        "《某某县生产安全事故应急预案》已经县人民政府领导\n\n同意,现印发给你们,请认真组织实施。\n\n某某县人民政府办公室\n\n2022年6月22日\n")
check(r["fields"].get("recipients") == ["各民族乡、镇人民政府、街道办事处", "县人民政府各工作部门"], f"a colonless 主送 over a wrapped body: {r['fields'].get('recipients')}")

# A 公告 publishing a draft for comment, the draft after its date: two records, the draft linked.
body = "".join(f"第{n}条 为了规范社会信用管理,保障信用主体合法权益,制定本条例。\n" for n in "一二三四五六")
recs = process_records(write("draft.txt", "某某市人民代表大会常务委员会办公室公告(第7号)\n\n"
        "  市十七届人大常委会第六次会议于2022年12月1日对市人民政府提报的《某某市社会信用条例(草案)》(以下简称《条例(草案)》)进行了初次审议。"
        "现将《条例(草案)》全文公布,广泛征求意见,并就有关事项公告如下:\n\n  一、公民、法人和其他组织均可以通过信函提出意见。\n\n"
        "  二、征求意见的时间,到2023年1月15日结束。\n\n  某某市人民代表大会常务委员会办公室\n\n  2022年12月5日\n\n  某某市社会信用条例(草案)\n\n" + body))
check([(r["kind"], r["title"]) for r in recs] == [("announcement", "某某市人民代表大会常务委员会办公室公告(第7号)"), ("regulation", "某某市社会信用条例(草案)")]
      and recs[1]["fields"].get("attachment_of") == recs[0]["id"], f"a 公告 publishing a draft: {[(r['kind'], r['title']) for r in recs]}")

# A page's heading over the speech's own title, which the text prints again run on into its salutation.
r = one("twice.txt", "2023年医院职工大会上的院长讲话\n在医院职工代表大会上的讲话\n\n在医院职工代表大会上的讲话各位职工代表、同志们:"
        "我院第六届职工代表大会第二次会议已圆满完成各项议程。\n会议期间,与会代表认真听取并审议通过了医院工作报告。\n同志们,让我们团结一心,再创佳绩!\n")
check((r["kind"], r["title"]) == ("speech", "在医院职工代表大会上的讲话"), f"the title printed twice: {r['kind']} {r['title']!r}")
# A site that names itself the author (`作者:某某资料网`) is the page's site, not a writer.
r = one("site_author.txt", "某某省某某条例\n作者:某某资料网 时间:2024-05-19 08:55:21   浏览:9780   来源:某某资料网\n\n"
        "第一条 为了规范某某工作,根据有关法律,结合本省实际,制定本条例。\n第二条 本条例适用于本省行政区域内的某某工作。\n第三条 县级以上人民政府应当加强领导。\n")
check(r["fields"].get("author") is None, f"a site is no author: {r['fields'].get('author')!r} {r['fields'].get('site')!r}")

# A template's request to an organ's leaders, signed over a masked date (`xx年xx月xx日`): addressed
# and signed, a request by its ask; the masked date dates nothing.
r = one("template.txt", "某市财政局领导:\n为应对金融危机,市工业经济运行指挥部正式运作至今,在运行监控、项目推进等方面做了大量工作。\n"
        "从目前情况看,指挥部运行费用支出已出现极大缺口,现再次申请解决办公经费57.78万元。\n市工业经济运行指挥部\nxx年xx月xx日\n")
f = r["fields"]
check((r["kind"], f.get("recipients"), f.get("issuer"), f.get("date")) == ("request", ["某市财政局领导"], ["市工业经济运行指挥部"], None),
      f"a template's request: {r['kind']} {f.get('recipients')} {f.get('issuer')} {f.get('date')}")

# A province's organ named by its level alone, as a site that dropped the name prints it: the
# province its number abbreviates, marked as completed.
r = one("province.txt", "省人民政府关于进一步优化营商环境的若干意见\n鄂政发〔2018〕26号\n各市、州、县人民政府,省政府各部门:\n"
        "为深入贯彻落实党中央、国务院决策部署,进一步优化营商环境,现提出如下意见。\n一、全面开放市场。\n二、简化审批程序。\n")
f = r["fields"]
check((f.get("issuer"), "issuer_completed" in f) == (["湖北省人民政府"], True), f"a province by its number: {f.get('issuer')}")
r = one("province_kept.txt", "省人民政府关于进一步优化营商环境的若干意见\n政发〔2018〕26号\n各市、州、县人民政府,省政府各部门:\n"
        "为深入贯彻落实党中央、国务院决策部署,进一步优化营商环境,现提出如下意见。\n一、全面开放市场。\n二、简化审批程序。\n")
check(r["fields"].get("issuer") == ["省人民政府"], f"no abbreviation, nothing completed: {r['fields'].get('issuer')}")

# A sample site's headings over a report's own title, its blank date and masked speaker between it and
# the salutation: the title over them.
r = one("report_template.txt", "乡镇人大会,政府工作报告\n\n篇一:乡镇人大会,政府工作报告\n镇人代会政府工作报告\n\nXX镇政府工作报告\n\n2014年 月 日\n\n镇长 XX\n\n"
        "各位代表:\n\n我代表镇人民政府,向大会报告工作,请予审查,并请镇政协委员提出意见。\n\n2013年工作回顾\n\n过去的一年,是经济形势错综复杂的一年。\n")
check((r["kind"], r["title"]) == ("work_report", "XX镇政府工作报告"), f"a report's title over its date and speaker: {r['kind']} {r['title']!r}")

# Words of its own that merely hold a post's character (`成长`) decorate nothing: only a post before
# the title (`市长在…`) is a site's retitling by who spoke.
r = one("growing.txt", "在成长中奋进的青年干部先进事迹材料\n青年干部先进事迹\n王某 男 某县发展改革局干部\n"
        "王某自参加工作以来,始终坚持以人民为中心,在工作中严格要求自己,认真学习业务知识,在本职岗位上不断提高。\n"
        "青年干部先进事迹\n他主动请战,坚守一线,用实际行动诠释了担当。\n")
check((r["kind"], r["title"]) == ("experience", "在成长中奋进的青年干部先进事迹材料"), f"a post's character is no decoration: {r['kind']} {r['title']!r}")

done()
