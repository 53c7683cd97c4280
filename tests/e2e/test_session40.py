"""Session 40: documents from the thirteenth round of held-out sets (probes 82–86) and the open
misses of earlier rounds. Each fixture is modelled on a document of those sets (names, places and
numbers replaced)."""
import json
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()

# A 实施意见 written in articles (第1条 under 一、政策支持, an effective clause): its 文种 says it
# is an opinion; the articles do not make it a regulation.
body = "".join(f"第{n}条 对重点产业新上的工业类项目，按固定资产投资的一定比例给予企业奖励，专项用于企业研发和基础设施建设。\n"
               for n in range(1, 6)) + "第6条 本政策自发布之日起施行，暂定三年有效期。\n"
r = one("articles-opinion.txt", "中共某某县委 某某县人民政府\n关于支持重点产业加快发展的实施意见\n（2031年2月8日）\n"
        "为全力支持重点产业规模化发展，制定如下实施意见。\n一、政策支持\n" + body)
check(r["kind"] == "opinion", f"a 实施意见 in articles is an opinion: {r['kind']}")
check(r["fields"].get("doc_type") == "意见", f"its 文种: {r['fields'].get('doc_type')}")

# The 工作意见 a notice issues, titled without 关于 (`某某市义务教育阶段学校招生工作意见`): an opinion.
recs = process_records(write("issued-opinion.txt",
    "某某市教育局关于印发某某市义务教育阶段学校招生工作意见的通知\n\n各镇区教育局，市直属学校：\n\n"
    "现将《某某市义务教育阶段学校招生工作意见》印发给你们，请认真贯彻执行。\n\n某某市教育局\n2031年3月6日\n\n"
    "某某市义务教育阶段学校招生工作意见\n\n为做好我市义务教育阶段学校招生工作，现提出如下意见。\n\n一、基本原则\n\n"
    "1.坚持免试就近入学原则，保障适龄儿童少年依法接受义务教育。\n\n2.坚持公开公平公正，实行阳光招生。\n\n二、督查和处罚\n\n"
    "3.各学校要严格执行招生计划，不得擅自扩大招生规模。\n"))
kinds = [(x["kind"], x["title"]) for x in recs]
check(len(recs) == 2 and recs[1]["kind"] == "opinion", f"the issued 工作意见 is an opinion: {kinds}")

# A university's rule under its number (`某大研通[2031]7号` over `某某大学2031年硕士研究生招生复试录取办法`):
# its first paragraph's `现将有关事宜通知如下：` is the rule's phrase, not a 通知's; dated under its last
# provision in 汉字, an old 版记 (主题词, 发：) below; interpreted by the 研究生院, an office of the university.
parts = "".join(f"{n}、复试工作要求\n（一）各招生学院要树立科学的人才选拔理念，进一步强化复试考核，切实发挥复试考核的作用。\n"
                for n in "一二三四")
r = one("rule-under-number.txt", "某大研通[2031]7号\n\n某某大学2031年硕士研究生招生复试录取办法\n\n"
        "为做好我校2031年研究生招生复试、录取工作，根据教育部有关文件精神，结合我校实际情况，制订了2031年硕士研究生复试录取办法，"
        "现将有关事宜通知如下：\n" + parts + "五、其他\n本办法由研究生院负责解释。\n二〇三一年三月十九日\n"
        "主题词：2031年硕士招生复试办法\n发：各研究生招生学院\n")
check(r["kind"] == "regulation", f"a 办法 under its number is a regulation, not a 通知: {r['kind']}")
check(r["fields"].get("date") == "2031-03-19", f"dated under its last provision: {r['fields'].get('date')}")
check(r["fields"].get("issuer") == "某某大学" or r["fields"].get("issuer") == ["某某大学"],
      f"the university, not its 研究生院: {r['fields'].get('issuer')}")

# Unsigned, dated under its last provision (`本办法由研究生院负责解释。` / `2031年5月5日`).
r = one("rule-dated.txt", "某某大学\n2031年硕士研究生招生复试工作办法\n\n为做好我校2031年硕士研究生招生复试录取工作，结合我校实际情况，"
        "特制订本办法。\n" + parts + "五、其他\n本办法由研究生院负责解释。\n2031年5月5日\n")
check(r["kind"] == "regulation" and r["fields"].get("date") == "2031-05-05", f"an unsigned rule's date: {r['kind']} {r['fields'].get('date')}")

# A college over its rule's title (`计算机学院` / `2031年硕士研究生招生复试细则`): one title.
r = one("college-over-title.txt", "计算机学院\n2031年硕士研究生招生复试细则\n\n依据教育部和某某大学研究生院的有关规定，"
        "经我院办公会讨论决定，我院2031年硕士研究生招生复试细则如下：\n1.我院硕士研究生复试工作领导小组由院领导组成。\n"
        "2.复试工作同时进行，各专业分数线同国家线。\n3.本细则由计算机学院负责解释。\n计算机学院\n2031.3.16\n")
check(r["title"] == "计算机学院2031年硕士研究生招生复试细则", f"the college's line and the title's: {r['title']}")

# Signed by the college the title names in full (`某某邮电大学计算机学院…细则` / `计算机学院`): the full name.
r = one("college-signs.txt", "某某邮电大学计算机学院2031年硕士研究生招生复试细则\n\n依据教育部有关规定，制定本细则。\n"
        "一、复试工作由学院复试工作领导小组负责。\n二、复试成绩满分为100分。\n三、本细则由学院负责解释。\n计算机学院\n2031年3月21日\n")
check(r["fields"].get("issuer") in ("某某邮电大学计算机学院", ["某某邮电大学计算机学院"]), f"the signing college in full: {r['fields'].get('issuer')}")

# A plenum's 公报 reposted under a site's headline (`校长推荐： 某届某中全会公报公布（全文）`): the
# meeting held, then 全会 the subject of paragraph after paragraph; a 公报, made by the plenum.
said = "".join(f"<p>全会{w}，这次会议的各项工作任务必须全面落实到位，确保取得实效。</p>\n" for w in ("认为", "强调", "指出", "要求", "号召"))
r = one("plenum.html", "<html><head><title>校长推荐： 某届某中全会公报公布（全文）-某某县某某小学</title></head><body>\n"
        "<div class='nav'><a href='/'>首页</a> <a href='/news'>学校新闻</a></div>\n<h1>校长推荐： 某届某中全会公报公布（全文）</h1>\n"
        "<p>2031-11-11 某某县某某小学</p>\n<div class='content'>\n"
        "<p>中国共产党第三十届中央委员会第四次全体会议，于2031年10月28日至31日在北京举行。</p>\n"
        "<p>出席这次全会的有，中央委员202人，候补中央委员169人。</p>\n<p>全会由中央政治局主持。</p>\n" + said +
        "</div>\n<div class='foot'>下一条：我校开展主题班会活动</div></body></html>\n")
check(r["kind"] == "communique", f"a plenum's 公报: {r['kind']}")
check(r["fields"].get("issuer") == ["中国共产党第三十届中央委员会第四次全体会议"], f"made by the plenum: {r['fields'].get('issuer')}")

# A college's 工作安排 as a system's row, signed over its date: a plan.
r = row("arrangement.jsonl", inform_title="某某学院2031届本科毕业设计工作安排",
        inform_body="<p>某某学院2031届本科毕业设计工作安排</p><p>一、本科毕业设计工作领导小组</p><p>组长：张某某 副组长：李某某</p>"
                    "<p>二、时间安排</p><p>（一）学习文件精神</p><p>2031年1月19日前，领会教务处有关通知的文件精神。</p>"
                    "<p>（二）开题检查</p><p>2031年1月26日前，指导老师指导学生填写开题报告。</p><p>某某学院</p><p>2031年1月18日</p>",
        create_date="2031-01-18 15:47:27")
check(r["kind"] == "plan", f"a 工作安排 is a plan: {r['kind']}")

# A number inside a 《》 is the cited document's (`原《…规定（教发〔2029〕42号）》同时废止`), the title a column's.
r = row("cited-number.jsonl", title="关于发布《2031届本科生毕业设计（论文）工作规定》的通知",
        content="各学院：\n为了进一步加强毕业设计（论文）工作的管理，教务处对《2030届本科生毕业设计（论文）工作规定》进行了修订。"
                "本规定已由教学例会讨论通过，现予发布，请遵照执行，原《2030届本科生毕业设计（论文）工作规定（教发〔2029〕42号）》同时废止。\n2030年12月1日\n")
check(r["kind"] == "notice" and not r["fields"].get("doc_number"), f"no number of its own: {r['fields'].get('doc_number')}")

# Two columns of prose set on shared baselines (a magazine's page as a PDF): each column read whole,
# the left before the right, not line by line across the gutter. The paragraphs are real pages'
# (tests/devset/pages gold), 14 characters a line in each column, a gutter of two characters.
import fixtures_binary as fb  # noqa: E402
PAGES = os.path.join(SOURCE, "tests", "devset", "pages", "gold")
texts = []
for name in sorted(os.listdir(PAGES)):
    g = json.load(open(os.path.join(PAGES, name), encoding="utf-8"))
    para = (g.get("first_paragraph") or "").replace(" ", "")
    if len(para) >= 140 and all(c not in para for c in "：:"):
        texts.append(para[:196])
check(len(texts) >= 2, f"two long paragraphs in the pages gold ({len(texts)})")
left, right = texts[0], texts[1]
pieces = [(1, 200.0, 90.0, 22, "方正小标宋简体", False, None, "两栏排版的页面")]
for x, t in ((60.0, left), (316.0, right)):  # (the first line indented two characters)
    lines = [t[:12]] + [t[k:k + 14] for k in range(12, len(t), 14)]
    for n, line in enumerate(lines):
        pieces.append((1, x + (32.0 if n == 0 else 0.0), 140.0 + n * 28.0, 16, "仿宋", False, None, line))
path = write("two-columns.pdf", fb.pdf([], placed_pieces=pieces), "wb")
r = process_records(path, "--with-text")[0]
body = r.get("text", "").replace("\n", "").replace(" ", "")
check(left in body and right in body and body.index(left) < body.index(right),
      f"each column read whole, the left first: {body[:80]!r}")

# A 讲话汇编 whose contents print each speech's title, a leader or a space, the speaker and the page
# in brackets (`…的讲话 ·· 张某某（5）`), the first entry wrapped under the heading's note; each
# speech under its title (one line or two) and its speaker's position glued to the name
# (`某某市委常委、组织部部长王某某`).
para = ("当前，全市上下正在深入学习贯彻党的二十大精神，各级党组织要切实增强政治责任感和历史使命感，"
        "把思想和行动统一到中央和省委、市委的决策部署上来，以钉钉子精神抓好各项任务落实。\n") * 3
speeches = [("在全市组织工作会议上的讲话", None, "某某市委书记张某某"),
            ("坚持党建引领", "推动基层治理现代化", "某某市委常委、组织部部长王某某"),
            ("在全市宣传思想工作会议上的讲话", None, "某某市委常委、宣传部部长李某某"),
            ("深化作风建设", "为高质量发展提供坚强保障", "某某市纪委书记赵某某")]
toc = "目　录\n（按发言顺序）\n在全市组织工作会议上的讲话 ·· 张某某（1）\n坚持党建引领\n推动基层治理现代化 ···· 王某某（5）\n" \
      "在全市宣传思想工作会议上的讲话 李某某（9）\n深化作风建设为高质量发展提供坚强保障·· 赵某某（13）\n"
body = "".join(t1 + "\n" + (t2 + "\n" if t2 else "") + who + "\n" + para for t1, t2, who in speeches)
recs = process_records(write("speeches.txt", "某某市领导讲话汇编\n" + toc + body))
arts = [x for x in recs if "#" in x["id"]]
titles = [x["title"] for x in arts]
check(titles == [t1 + (t2 or "") for t1, t2, _ in speeches], f"four speeches by their contents: {titles}")

# (Without the contents: the same speeches found by their title blocks, the second line of a
# wrapped title and the speaker's glued position under it.)
recs = process_records(write("speeches-bare.txt", "某某市领导讲话汇编\n" + body))
titles = [x["title"] for x in recs if "#" in x["id"]]
check(titles == [t1 + (t2 or "") for t1, t2, _ in speeches], f"four speeches by their title blocks: {titles}")

# An organ's own site carrying its unsigned 公告 whose text names it without its place (`上报县林业局`):
# the site's organ issues it. A document the site reposts, which does not name it, gets no issuer.
def site_page(name, title, body):
    return one(name, f"<html><head><title>{title} | 某某县林业局</title><meta property='og:site_name' content='某某县林业局'></head>"
                     f"<body><div class='nav'><a href='/'>首页</a> <a href='/gg'>通知公告</a></div><article><h1>{title}</h1>"
                     f"<div class='meta'>发表于 2031-11-13</div>" + "".join(f"<p>{p}</p>" for p in body) +
                     "</article><footer>转载请注明来自 某某县林业局</footer></body></html>")
r = site_page("own-site.html", "关于发放2031年度生态公益林管护补助的公告",
              ["我县2031年共下达森林生态效益补偿管护补助资金1870.09万元，现将有关事项公告如下：",
               "一、发放面积和标准。各乡镇核实面积后，将补助信息录入平台，并上报县林业局和财政局。", "二、发放方式。补助以直发方式拨付到个人账户。"])
check(r["fields"].get("issuer") == ["某某县林业局"] and r["fields"].get("issuer_from") == "site",
      f"the site's organ, named by the text: {r['fields'].get('issuer')} {r['fields'].get('issuer_from')}")
r = site_page("reposted.html", "关于做好2031年森林防火工作的通知",
              ["各省、自治区、直辖市林业主管部门：", "为做好2031年森林防火工作，现将有关事项通知如下：", "一、压实防火责任。各地要层层落实责任。"])
check(not r["fields"].get("issuer"), f"a repost names no issuer by its site: {r['fields'].get('issuer')}")

# A company's unit signing under the company's name, broken over two lines (`某某铁路局集团有限公司` /
# `工程质量安全监督站`): one signer.
r = one("unit-signs.txt", "内部监督通知书\n某某站〔2031〕（通知）某线10号\n某某铁路工程建设指挥部：\n"
        "根据年度监督计划，我站对你部所辖工程进行了监督检查，现将有关情况通知如下。\n一、总体情况\n工程质量总体受控。\n"
        "二、整改要求\n请于十日内完成整改并书面回复。\n某某铁路局集团有限公司\n工程质量安全监督站\n2031年9月8日\n")
check(r["fields"].get("issuer") == ["某某铁路局集团有限公司工程质量安全监督站"], f"the company's unit, one signer: {r['fields'].get('issuer')}")

# A plan signed by two colleges, one a line, over the date: both.
r = one("joint-plan.txt", "2031届优秀毕业生评选工作方案\n一、评选原则\n坚持公开、公平、公正的原则。\n二、评选条件\n"
        "（一）热爱祖国，拥护党的领导。\n三、工作安排\n（一）3月10日前各班推荐。\n计算机与通信工程学院\n电子信息与工程学院\n2031年3月6日\n")
check(r["kind"] == "plan" and r["fields"].get("issuer") == ["计算机与通信工程学院", "电子信息与工程学院"],
      f"a plan's joint signature: {r['kind']} {r['fields'].get('issuer')}")

# The organ on the last line under the date, as a site's editor set it (`2031年5月15日` / `教务处`).
r = one("signer-under-date.txt", "关于开展2031年度本科专业设置工作的通知\n各学院，医学部：\n根据上级有关通知要求，现就做好我校2031年度本科专业设置工作通知如下。\n"
        "一、申报材料于5月30日前报送教务处。\n附件：1.专业撤销（停招）申请表\n2.新增本科专业实验室情况表\n附件.rar\n2031年5月15日\n教务处\n")
check(r["fields"].get("issuer") == ["教务处"] and r["fields"].get("date") == "2031-05-15", f"the organ under the date: {r['fields'].get('issuer')} {r['fields'].get('date')}")

# A title broken inside its 《》 over two lines (`关于印发《某某市民主与法制` / `学习材料》的按语`): one title.
r = one("broken-quote.txt", "为印发《关于社会主义的\n民主与法制》以供学习而写的按语\n一\n"
        "正当全市人民积极响应号召，紧密地团结起来，继续深入持久地开展学习活动的时候，现将材料印发，供各单位学习。\n")
check(r["title"] == "为印发《关于社会主义的民主与法制》以供学习而写的按语", f"a title closed on its next line: {r['title']}")

# A CMS's heading over the document's 版头 (the organ alone) and its title over two lines: the title
# is the heading's, the organ's line the 发文机关标志.
r = one("banner.html", "<html><head><title>某某小学</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        "<div class='tit'>关于做好直属学校基层党组织换届工作的通知</div><div>[发布时间2031年11月6日]</div><div class='content'>"
        "<p>中共某某市委教育工作委员会</p><p>关于做好直属学校基层党组织</p><p>换届工作的通知</p><p>各直属学校党委（党总支、党支部）：</p>"
        "<p>为进一步加强基层党组织建设，现就下一阶段换届工作通知如下：</p><p>一、工作要求</p><p>各单位要高度重视换届工作。</p>"
        "<p>中共某某市委教育工作委员会</p><p>2031年9月16日</p></div></body></html>")
check(r["title"] == "关于做好直属学校基层党组织换届工作的通知" and r["fields"].get("masthead") == "中共某某市委教育工作委员会",
      f"the heading's title, the organ's line its 版头: {r['title']} {r['fields'].get('masthead')}")

# A company's 公告 to its public (`尊敬的客户：`): that salutation is its 主送.
r = one("to-customers.txt", "关于4款短期健康险产品停售的公告\n尊敬的客户：\n根据监管部门有关通知要求，我公司决定自2031年2月1日起停止销售以下产品，特此公告。\n"
        "某某人寿保险股份有限公司\n2031年1月19日\n")
check(r["fields"].get("recipients") == ["尊敬的客户"], f"the public it addresses: {r['fields'].get('recipients')}")

# A report from two organs to a third, their names over its title (`中共某某特委和某某军委` / `给某某省委的
# 报告`), dated in brackets with the 主送 glued after: one title, both organs its issuers.
r = one("report-to.txt", "中共某某特委和某某军委\n给某某省委的报告\n（1931年7月4日）某某省委：\n"
        "二位同志于六月三十日同时抵达，所携省委通告均收到，现将此间情况报告如下。此间决定仍应继续在边界各县做深入的群众工作。\n")
check(r["title"] == "中共某某特委和某某军委给某某省委的报告" and r["fields"].get("issuer") == ["中共某某特委", "某某军委"],
      f"the organs over a report to another: {r['title']} {r['fields'].get('issuer')}")

# A catalogue's row naming a national law alone (`中华人民共和国水污染防治法`, no text): a regulation.
r = row("laws.jsonl", title="中华人民共和国水污染防治法", issuer="全国人民代表大会常务委员会")
check(r["kind"] == "regulation", f"a national law by its name: {r['kind']}")

# A number a sentence grounds itself on (`根据省政府令〔2030〕第2号修正`) is cited, never the 发文字号.
r = row("grounded.jsonl", title="关于公布部门规范性文件清理结果的通知",
        content="各市科技局，省直有关部门：\n按照《某某省规范性文件管理办法》（省政府令〔2026〕第5号公布，根据省政府令〔2030〕第2号修正）等有关规定，"
                "我们对部门规范性文件进行了认真清理。现将清理结果公布如下。\n某某省科学技术厅\n2031年9月30日\n")
check(not r["fields"].get("doc_number"), f"a cited number after 根据: {r['fields'].get('doc_number')}")

done()
