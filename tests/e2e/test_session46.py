"""Session 46: documents from the held-out sets of the twentieth round (probes 196–209). Each fixture is
modelled on a document of those sets (names, places and numbers replaced)."""
import json
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()
number = lambda r: (lambda n: n.get("text") if isinstance(n, dict) else n)(r["fields"].get("doc_number") or {})

# A charter on an association's page (gongwen-82/05): the trail and the column's label in two languages
# over the column's name and the title that ends with it; the owner is the 商会 the title names.
r = one("charter.txt", "当前位置: 首页 > 商会概况 > 商会章程\n商会概况Chamber of Commerce\n商会章程\n某某市某某商会章程\n\n第一章 总 则\n"
        "第一条 本会名称为某某市某某商会(以下简称本会)。\n第二条 本会是非营利性社会团体。\n第三条 本会的宗旨是互帮互助,共同发展。\n")
check(r["kind"] == "regulation" and r["title"] == "某某市某某商会章程" and r["fields"].get("issuer") == ["某某市某某商会"],
      f"a charter under a trail and a column's label: {r['kind']} {r['title']} {r['fields'].get('issuer')}")
# Guard: `某某大学会计学院…办法` names the university's school, no 学会.
r = one("school-rule.txt", "某某大学会计学院研究生奖学金评定办法\n第一条 为规范本院研究生奖学金评定工作,制定本办法。\n第二条 本办法适用于本院全日制研究生。\n")
check(r["fields"].get("issuer") != ["某某大学会"], f"大学会计 is no 学会: {r['fields'].get('issuer')}")
# A page's headline over the rule as printed with its standing (gongwen-82/06): the printed title, `（修订）` kept.
r = one("revised-rule.txt", "当前位置: 首页 > 规章制度 > 正文\n中共某某大学委员会全体会议议事规则\n时间:2031-10-08\n\n中共某某大学委员会全体会议议事规则(修订)\n\n"
        "(校党发〔2028〕30号)\n\n第一章 总 则\n\n第一条 为进一步加强党委工作,制定本规则。\n\n第二条 学校实行党委领导下的校长负责制。\n")
check(r["title"] == "中共某某大学委员会全体会议议事规则(修订)", f"the printed title with its standing: {r['title']}")

# A law site's page (gongwen-82/01): the regulation's title and 题注 over the 公告 that promulgates it. The
# 公告 is the first record, titled by its header (not run through the 题注), numbered, signed and dated.
rs = process_records(write("promulgated.txt", "某某省村务某某条例\n\n某某省人大常委会\n\n某某省村务某某条例\n\n"
                           "(2031年7月22日某某省第十一届人民代表大会常务委员会第十次会议通过)\n\n"
                           "某某省第十一届人民代表大会常务委员会公告\n\n  第28号\n\n"
                           "  《某某省村务某某条例》已由某某省第十一届人民代表大会常务委员会第十次会议于2031年7月22日通过,现予公布,自2031年11月1日起施行。\n\n"
                           "某某省人民代表大会常务委员会\n2031年7月22日\n\n第一章 总 则\n\n  第一条 为了规范村务某某,制定本条例。\n\n"
                           "  第二条 村民委员会应当依照本条例实施村务某某。\n\n  第三条 村务某某坚持全面、真实、及时的原则。\n"))
r = rs[0]
check(r["kind"] == "announcement" and r["title"] == "某某省第十一届人民代表大会常务委员会公告" and number(r) == "第28号" and
      r["fields"].get("date") == "2031-07-22" and any(x["kind"] == "regulation" for x in rs[1:]),
      f"a 公告 under the 题注 of what it promulgates: {r['kind']} {r['title']} {number(r)} {[x['kind'] for x in rs]}")

# An order signed by a minister whose surname no list holds (gongwen-76/02): the organ its masthead names issues it.
r = one("order-signer.txt", "中华人民共和国某某部令\n第2号\n\n《某某机关处理申诉的办法》已经2031年8月23日第十六次部务会议通过,现予发布施行。\n\n"
        "部 长 尉某行\n\n二〇三一年十一月三十日\n\n某某机关处理申诉的办法\n\n第一条 为了保障申诉权利,制定本办法。\n第二条 本办法适用于某某机关。\n")
check(r["kind"] == "order" and r["fields"].get("issuer") == ["中华人民共和国某某部"] and r["fields"].get("signatory") == "尉某行",
      f"an order signed by a rare surname: {r['fields'].get('issuer')} {r['fields'].get('signatory')}")
# A related-reading label over the title (gongwen-76/05) starts no title.
r = one("related.txt", "相关阅读推荐\n某某部发布国家某某标准《某某评估规范》的公告\n为规范某某管理工作,现批准《某某评估规范》为国家某某标准,并予发布。\n"
        "特此公告。\n某某部\n2031年12月29日\n")
check(r["title"] == "某某部发布国家某某标准《某某评估规范》的公告", f"a related-reading label over the title: {r['title']}")
# A forum's anti-copy noise with two marks over many pairs (gongwen-76/04) is dropped.
rs = process_records(write("jammer.txt", "2 E7 ]\" `* F3 B' x4 m中华人民共和国某某总署\n2 V4 e D# a5 \\5 m9 c公 告\n2031年第31号8 p2 w6 C, Y0 M' G- m9 {1 m, O& q) K8 Y\n"
                           "根据某某标准管理办法,某某总署发布《某某编写规则》等3项行业标准。\n特此公告。\n某某总署\n2031年3月30日\n"), "--with-text")
r = rs[0]
check("V4" not in r.get("text", "") and r["title"] == "中华人民共和国某某总署公告" and number(r) == "2031年第31号",
      f"jammer runs with two marks: {r['title']} {number(r)} {r.get('text', '')[:40]!r}")
# Guard: a row of letters and digits a writer set with spaces keeps them.
rs = process_records(write("spaced.txt", "关于某某编号的通知\n各单位:\n编号依次为 A1 B2 C3 D4 E5 F6 G7,请核对。\n某某局\n2031年3月1日\n"), "--with-text")
check("A1 B2 C3 D4 E5 F6 G7" in rs[0].get("text", ""), "a spaced list of codes is no jammer")

# A Markdown file that lists documents in a pipe table (datasets-24/01): one record per row of the table of
# documents, the linked title's words as the title and its address as the url; the count tables above it are
# none. A Markdown file without such a table stays one text.
md = ("## 政策文件\n\n|类别|数量|\n|:----|:----|\n|国发|1201|\n|国办发|1871|\n\n"
      "|序号|标题|发文字号|成文日期|发布日期|\n|:----|:----|:----|:----|:----|\n"
      "|1|[国务院关于某某工作的通知](http:\\/\\/www.example.gov.cn\\/a1.htm)|国发〔2031〕5号|2031-03-02|2031-03-09\n"
      "|2|[国务院办公厅关于某某事项的意见](http:\\/\\/www.example.gov.cn\\/a2.htm)|国办发〔2031〕8号|2031-04-01|2031-04-05|\n"
      "|3|[国务院关于同意某某的批复](http://www.example.gov.cn/a3.htm)|国函〔2031〕12号|2031-05-10|2031-05-12|\n")
rs = process_records(write("list.md", md))
check(len(rs) == 3 and [x["title"] for x in rs] == ["国务院关于某某工作的通知", "国务院办公厅关于某某事项的意见", "国务院关于同意某某的批复"] and
      [x["kind"] for x in rs] == ["notice", "opinion", "reply"] and [number(x) for x in rs] == ["国发〔2031〕5号", "国办发〔2031〕8号", "国函〔2031〕12号"] and
      rs[0]["fields"].get("date") == "2031-03-02" and rs[2]["fields"].get("url") == "http://www.example.gov.cn/a3.htm" and
      [x["source"].get("row") for x in rs] == [1, 2, 3],
      f"a Markdown table of documents: {[(x['kind'], x['title'], number(x), x['fields'].get('date'), x['source'].get('row')) for x in rs]}")
rs = process_records(write("notes.md", "# 学习笔记\n\n|项目|数量|\n|---|---|\n|讲话|3|\n|文件|5|\n\n今天学习了三篇讲话。\n"))
check(len(rs) == 1, f"a Markdown note with a table of counts is one text: {len(rs)} records")

# A catalogue that names each document by its issuers and its quoted title (datasets-24/03,
# `财政部、海关总署、税务总局《关于…的公告》`): kind and issuers as the 公文's own head gives them, the title as listed.
data = [{"id": 1, "title": "某某部、某某总署、某某总局《关于某某岛旅客免税购物政策的公告》", "date": "2030-06-29"},
        {"id": 2, "title": "某某总署《某某岛旅客免税购物监管办法》", "date": "2031-10-25"},
        {"id": 3, "title": "《关于某某的通知》", "date": "2031-01-05"}]
rs = process_records(write("catalogue.json", json.dumps({"meta": {"source": "某某公众号"}, "policies": data}, ensure_ascii=False)))
check(len(rs) == 3 and rs[0]["kind"] == "announcement" and rs[0]["title"] == data[0]["title"] and
      rs[0]["fields"].get("issuer") == ["某某部", "某某总署", "某某总局"] and rs[1]["kind"] == "regulation" and
      rs[1]["fields"].get("issuer") in (["某某总署"], "某某总署") and rs[2]["title"] == "关于某某的通知",
      f"a catalogue's ORGANS《NAME》: {[(x['kind'], x['title'], x['fields'].get('issuer')) for x in rs]}")

# An answer to a member's proposal under its own title (gongwen-73/06): the title over the line it opens on
# (`丁某某委员:`), kind letter, the member the recipient.
r = one("proposal-answer.txt", "区政协十届三次会议《关于某某小区单元门改造的提案》(第15号)答复\n\n丁某某委员:\n\n"
        "您提出的《关于某某小区单元门改造的提案》收悉。现答复如下:\n一、关于单元门改造。我街道已完成改造。\n"
        "感谢您对我街道工作的关心和支持。\n\n某某街道办事处\n2031年4月30日\n")
check(r["kind"] == "letter" and r["title"] == "区政协十届三次会议《关于某某小区单元门改造的提案》(第15号)答复" and
      r["fields"].get("recipients") == ["丁某某委员"] and r["fields"].get("date") == "2031-04-30",
      f"an answer under its title: {r['kind']} {r['title']} {r['fields'].get('recipients')} {r['fields'].get('date')}")
# A disclosure page whose box prints each label alone over its value, under the login switches (gongwen-73/08);
# a stray `(` after the signature's date.
r = one("box-below.txt", "登录 | 注册\n  • 索引号\n    000014348/2031-10493\n  • 发布机构\n    某某市政府办公室\n  • 文号\n  • 发布日期\n    2031-12-12\n"
        "  • 时效性\n    有效\n\n某某市人民政府对政协某某州十一届二次会议第257号提案的续办续复\n\n  谢某委员:\n\n"
        "  你在政协某某州第十一届委员会第二次会议上提出的第257号提案,现将续办情况答复如下:\n\n  经调查统计,已集中到市场。\n\n"
        "  感谢你对我市农业工作的关心和支持。\n\n  某某市人民政府\n\n  2031年10月9日\n\n  (\n")
check(r["title"] == "某某市人民政府对政协某某州十一届二次会议第257号提案的续办续复" and r["fields"].get("page_date") == "2031-12-12" and
      r["fields"].get("record", {}).get("索引号") == "000014348/2031-10493" and r["fields"].get("date") == "2031-10-09" and
      r["fields"].get("recipients") == ["谢某委员"],
      f"a box of labels over values: {r['title']} {r['fields'].get('page_date')} {r['fields'].get('record')} {r['fields'].get('date')}")

# An organ before a short matter and its 文种 (gongwen-78/06, 07): the organ issues it.
r = one("penalty.txt", "某某州生态环境局\n行政处罚决定书\n某环罚字〔2031〕1号\n某某产业园区管理委员会:\n统一社会信用代码:11532331797206718E\n"
        "2031年11月20日,我局执法人员对某某污水处理厂进行现场检查时,发现你单位实施了以下违法行为。\n")
check(r["kind"] == "decision" and r["fields"].get("issuer") == ["某某州生态环境局"], f"an organ before its matter: {r['kind']} {r['fields'].get('issuer')}")
# Guard: a year before the matter names no organ (`2021年某某中心…中标公告`).
r = one("year-first.txt", "2031年某某县教育和科学技术局政府信息公开工作年度报告\n本报告根据《条例》编制。\n一、总体情况\n本年度主动公开信息120条。\n")
check(not any(x.startswith("2031年") for x in (r["fields"].get("issuer") or [])), f"a year opens no organ: {r['fields'].get('issuer')}")
# A 通报 named by the situation it reports, numbered in its series, under the page's own headline (gongwen-78/08).
r = one("situation-circular.txt", "食品安全监督抽检情况通报2/2(2031年12月)\n上海市某某区市场监督管理局\n2031年食品安全监督抽检情况通报(十四)\n"
        "——12月食品安全监督抽检(二)\n2031年12月,本局对1类食品开展监督抽检,共抽检样品159批次,发现不合格样品1批次。\n附件:\n1. 食用农产品监督抽检信息.doc\n"
        "上海市某某区市场监督管理局\n2031年12月21日\n")
check(r["kind"] == "circular" and r["title"] == "上海市某某区市场监督管理局2031年食品安全监督抽检情况通报(十四)" and
      r["fields"].get("issuer") == ["上海市某某区市场监督管理局"],
      f"a situation 通报 under a headline: {r['kind']} {r['title']} {r['fields'].get('issuer')}")
# A forum's jammer run after a pinyin gloss's bracket (gongwen-78/02).
r = one("gloss-jammer.txt", "某某區公安分局關于檢舉揭發(fā) ' b9 x; a+ q& S3 P M, M& s\n違法犯罪線索的獎勵公告 7 N! p7 A( i6 Q; m: S. t9 l* M\n"
        "為創(chuàng)造和諧穩(wěn)定的社會環(huán)境,本局號(hào)召群眾積極檢舉揭發(fā)違法犯罪線索。\n一、獎(jiǎng)勵原則:誰舉報(bào)、誰受獎(jiǎng)。\n"
        "8 z$ B6 d( F5 T3 \\% H8 N- o4 } q 二、獎勵條件:提供的線索事先未被掌握。\n")
check(r["title"] == "某某區公安分局關于檢舉揭發違法犯罪線索的獎勵公告", f"a jammer after a gloss: {r['title']}")

# A paper that prints a resolution under its dateline, on the dateline's line (gongwen-77/01): the dateline is
# the lead; the 题注 naming the adopting plenum outweighs the plenum's report-like body; the plenum issues it.
r = one("dated-resolution.txt", "某某日报11月21日讯 中国共产党某某省第十一届委员会第十五次全体会议关于召开中国共产党某某省第十二次代表大会的决议\n"
        "(2031年11月21日中国共产党某某省第十一届委员会第十五次全体会议通过)\n"
        "中国共产党某某省第十一届委员会第十五次全体会议,于2031年11月21日在某某举行。\n"
        "出席这次全会的有,省委委员80人,候补省委委员2人。其他有关方面负责同志列席会议。\n全会由省委常委会主持。省委书记作了讲话。\n"
        "全会决定,2031年11月25日在某某召开中国共产党某某省第十二次代表大会。\n")
check(r["kind"] == "resolution" and r["title"] == "中国共产党某某省第十一届委员会第十五次全体会议关于召开中国共产党某某省第十二次代表大会的决议" and
      r["fields"].get("issuer") == ["中国共产党某某省第十一届委员会第十五次全体会议"] and r["fields"].get("release", {}).get("lead", "").startswith("某某日报"),
      f"a resolution under a paper's dateline: {r['kind']} {r['title']} {r['fields'].get('issuer')}")
# Guard: a news item under its dateline stays news.
r = one("dated-news.txt", "某某日报11月21日讯 某某县召开全县安全生产工作会议\n11月20日,某某县召开全县安全生产工作会议,部署冬季安全生产工作。"
        "县委副书记、县长出席会议并讲话。会议强调,要压实责任,排查隐患。\n")
check(r["kind"] == "news" and "release" not in r["fields"], f"news under a dateline stays news: {r['kind']}")
# A page's spam line over its trail, run into nothing (gongwen-81/01); the info line's colons spaced (`时间 : …`).
r = one("spam-head.txt", "人人玩某某东莞,中文有码无码在线,某某欧美xx00动态图,国产精品一区二区AV\n\n首页 > 政务公开 > 文件库\n\n"
        "中共某某市委某某市人民政府关于加快集聚产业领军人才的意见\n\n时间 : 2031-12-20 18:35:15 来源 : 某某市人民政府\n【打印】 【字体:\n\n"
        "中共某某市委某某市人民政府\n\n关于加快集聚产业领军人才的意见\n\n某字〔2031〕1号\n\n\n"
        "  为贯彻落实中央和省关于加快实施创新驱动发展战略的决策部署,大力实施人才强市战略,现就我市加快集聚产业领军人才提出如下意见。\n\n"
        "  一、总体要求\n\n  (一)指导思想。以新时代思想为指导,深入实施人才强市战略。\n")
check(r["title"].replace(" ", "") == "中共某某市委某某市人民政府关于加快集聚产业领军人才的意见" and r["fields"].get("issuer") == ["中共某某市委", "某某市人民政府"] and
      r["fields"].get("page_date") == "2031-12-20", f"a spam line over the page: {r['title']} {r['fields'].get('issuer')} {r['fields'].get('page_date')}")
# An advert's address glued before the title (gongwen-72/08).
r = one("advert-title.txt", "某某医院 http://www.example.net/某某县防汛抗旱指挥部关于加强某某河堤防值守的通知\n各乡镇(街道)、县直有关单位:\n"
        "受本轮降雨影响,某某河水位上涨迅猛。现就加强堤防值守通知如下:\n一、沿河乡镇要立即组织人员上堤值守。\n某某县防汛抗旱指挥部\n2031年9月4日\n")
check(r["kind"] == "notice" and r["title"] == "某某县防汛抗旱指挥部关于加强某某河堤防值守的通知", f"an advert's address before the title: {r['kind']} {r['title']}")

# An untitled record of a government's numbered sitting, act by act (gongwen-80/02, 08): minutes; the same sitting
# reported under a headline with a reporter's byline stays news.
body = ("会议学习了中央经济工作会议精神;学习了《某某省人民政府关于编制2032年财政收支预算的通知》。\n"
        "会议审定了县编办送审的《关于开展扩权强镇试点工作的实施意见(送审稿)》。\n"
        "会议研究并原则同意县卫生局《关于专项采购应急物资的请示》。\n")
r = one("sitting.txt", "12月31日,县长某某主持召开县政府第四十二次常务会议。\n" + body)
check(r["kind"] == "minutes" and r["fields"].get("date") == "--12-31", f"a sitting's record, act by act: {r['kind']} {r['fields'].get('date')}")
r = one("sitting-news.txt", "某某县政府召开第四十二次常务会议\n来源:某某县融媒体中心 记者 某某 2031-12-31\n"
        "12月31日,县长某某主持召开县政府第四十二次常务会议。会议强调,要抓好年末各项工作,确保全年目标任务圆满完成。\n"
        "县委常委、副县长某某等出席会议。记者 某某 报道\n")
check(r["kind"] == "news", f"a headlined report of the sitting stays news: {r['kind']}")

# A forwarding notice whose own `的通知` is left off (gongwen-83/08): a notice, its issuers before the verb.
r = one("forwarding.txt", "某某市财政局、某某市水利局转发财政部、水利部《关于颁发〈某某补助费使用管理暂行办法〉的通知》\n\n某某市财政局 市水利局\n\n"
        "各区、县财政局:\n现将财政部、水利部《关于颁发〈某某补助费使用管理暂行办法〉的通知》转发给你们,请遵照执行。\n\n附:某某补助费使用管理暂行办法\n"
        "第一条 为加强补助费管理,制定本办法。\n第二条 本办法适用于各级财政部门。\n第三条 补助费专款专用。\n")
check(r["kind"] == "notice" and r["fields"].get("issuer") == ["某某市财政局", "某某市水利局"], f"a forwarding notice: {r['kind']} {r['fields'].get('issuer')}")
# A bureau's year's 工作谋划 (gongwen-85/01) is a plan.
r = one("mouhua.txt", "某某县水利局2031年工作谋划\n\n2031年是开局之年,水利局承担着全县供水安全等重任,现就我县水利事业发展谋划如下。\n"
        "一、工作目标\n全面完成年度任务。\n二、重点任务\n(一)抓好地下水超采治理。\n三、保障措施\n加强组织领导。\n")
check(r["kind"] == "plan", f"a 工作谋划 is a plan: {r['kind']}")

# A headline under a column's tag or its author's (pages-31/01): the tag apart.
r = one("tagged-news.txt", "【时政新闻】县政府召开常务会议\n2031-04-25 来源:某某县融媒体中心\n4月18日,县长某某主持召开县政府常务会议,"
        "研究部署近期重点工作。会议强调,要狠抓落实,确保各项工作落地见效。副县长某某出席会议。\n")
check(r["kind"] == "news" and r["title"] == "县政府召开常务会议" and r["fields"].get("page_column") == "时政新闻",
      f"a column's tag before a headline: {r['kind']} {r['title']} {r['fields'].get('page_column')}")

# Guards from the review of this session's rules.
# A converted notice over its table of projects is one document, not a dataset of projects.
rs = process_records(write("notice-table.md", "# 关于公布2031年度科技计划项目立项的通知\n\n各有关单位:\n\n根据《某某市科技计划项目管理办法》,经专家评审、"
                           "公示等程序,现将2031年度科技计划项目立项名单予以公布,请各项目承担单位按照项目任务书要求,认真组织实施,确保按期完成各项任务。"
                           "项目实施过程中如有重大事项变更,应及时报告。各主管部门要加强对项目实施的监督管理。\n\n"
                           "|序号|项目名称|承担单位|负责人|\n|---|---|---|---|\n|1|某某技术研究|某某大学|张某|\n|2|某某装备研制|某某公司|李某|\n\n某某市科学技术局\n\n2031年3月1日\n"))
check(len(rs) == 1 and rs[0]["kind"] == "notice", f"a notice over its table of projects stays one document: {len(rs)} {[x['kind'] for x in rs]}")
# Organ words inside other words: a city centre, a plan's layout, a 协商会议, a 教学会议.
r = one("centre.txt", "郑州市中心城区机动车限行通告\n为缓解交通拥堵,现就中心城区机动车限行有关事项通告如下:\n一、限行时间为工作日7时至21时。\n特此通告。\n")
check(r["fields"].get("issuer") != ["郑州市中心"], f"a city centre is no organ: {r['fields'].get('issuer')}")
r = one("layout.txt", "某某县乡村布局规划公示\n根据有关规定,现将《某某县乡村布局规划》予以公示,公示期为30日。\n")
check(r["fields"].get("issuer") != ["某某县乡村布局"], f"a plan's layout is no organ: {r['fields'].get('issuer')}")
r = one("cppcc-charter.txt", "中国人民政治协商会议某某章程\n第一条 本章程依据有关规定制定。\n第二条 本章程适用于全体委员。\n第三条 委员应当遵守本章程。\n")
check(not any(x.endswith("协商会") for x in (r["fields"].get("issuer") or [])), f"协商会议 names no 商会: {r['fields'].get('issuer')}")
# A scale of grades is no jammer.
rs = process_records(write("grades.txt", "关于某某信用评价的通知\n各单位:\n信用等级分为A+ A A- B+ B B- C+ C C- D十个等级,请对照执行。\n某某局\n2031年3月1日\n"), "--with-text")
check("A+ A A- B+ B B- C+ C C- D" in rs[0].get("text", ""), "a scale of grades is kept")
# An address the title names stays in it.
r = one("portal.txt", "关于开通https://zwfw.example.gov.cn网上办事大厅的通知\n各科室:\n经研究,决定开通网上办事大厅,现将有关事项通知如下。\n某某局\n2031年3月1日\n")
check("网上办事大厅的通知" in r["title"] and r["title"].startswith("关于开通"), f"an address the title names: {r['title']}")
# A speech's salutation to members is no reply's addressee.
r = one("members-speech.txt", "在政协某某市第十届委员会第三次会议闭幕会上的讲话\n各位委员:\n政协某某市第十届委员会第三次会议,在各位委员的共同努力下,"
        "圆满完成了各项议程。这次会议是一次团结民主、求真务实的大会。\n一、充分肯定过去一年的工作\n过去一年,我们紧紧围绕中心工作履职尽责。\n")
check(r["kind"] == "speech", f"a speech to members stays a speech: {r['kind']}")
# A wire's lead that reports a report is no release of it.
r = one("wire-report.txt", "新华社北京3月5日电 国务院总理某某5日在十四届全国人大一次会议上作政府工作报告\n报告指出,过去一年,我国经济社会发展取得新成就。"
        "报告强调,要坚持稳中求进工作总基调,推动经济运行整体好转。\n")
check("release" not in r["fields"], f"a wire reporting a report is no release: {r['fields'].get('release')}")

done()
