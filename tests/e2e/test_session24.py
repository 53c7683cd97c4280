"""Session 24 (issues 13, 14, 15): a saved page's table of data (a list of names, a schedule) is read as
DOCX and RTF tables are, one row a line with its cells joined by ` | `: cells without spaces between
them are no longer glued into one word (`序号姓名单位`), nor a cell a line of its own; and a 名单 set as a
table right above the signature is rows of a table, not signers. A joint signature set in a
borderless table (every cell an organ) still signs. A page's box of labels and values (`索引号`,
`发文机关：`), a layout table and a table of links keep their cells apart. Pages modelled on county
and city education bureaus' notices (names replaced)."""
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)

PAGE = '''<html><head><meta charset="utf-8"><title>关于公布2024年度优秀案例名单的通知</title></head><body>
<div class="nav">首页 &gt; 通知公告</div>
<div class="article"><h1>关于公布2024年度优秀案例名单的通知</h1>
<p>各县（市、区）教育局：</p>
<p>经各地推荐、专家评审，现将2024年度优秀案例名单公布如下。</p>
<table border="1"><tbody>
<tr><td><p>序号</p></td><td><p>案例名称</p></td><td><p>单位</p></td></tr>
<tr><td><p>1</p></td><td><p>“双减”背景下的作业设计</p></td><td><p>某某市第一中学</p></td></tr>
<tr><td><p>2</p></td><td><p>劳动教育课程建设</p></td><td><p>某某县实验小学</p></td></tr>
</tbody></table>
<table><tr><td>序号</td><td>姓名</td><td>单位</td></tr><tr><td>1</td><td>张三</td><td>某某中学</td></tr></table>
<p style="text-align:right">某某市教育局</p>
<p style="text-align:right">2024年5月6日</p>
</div></body></html>
'''
r = process_records(write("mingdan.html", PAGE), "--with-text")[0]
lines = r["text"].split("\n")
check("序号 | 案例名称 | 单位" in lines and "1 | “双减”背景下的作业设计 | 某某市第一中学" in lines and "1 | 张三 | 某某中学" in lines,
      f"a table's rows, one a line, cells joined: {lines}")
check(not any("序号姓名" in l for l in lines), f"cells without spaces between them are not glued: {lines}")
check(r["kind"] == "notice" and r["fields"].get("issuer") == ["某某市教育局"] and r["fields"].get("date") == "2024-05-06",
      f"the name list above the signature signs nothing: {r['kind']} {r['fields'].get('issuer')}")

JOINT = '''<html><head><meta charset="utf-8"><title>关于开展2024年校园安全专项检查的通知</title></head><body>
<div class="content"><h1>关于开展2024年校园安全专项检查的通知</h1>
<p>各县（市、区）教育局、公安局：</p>
<p>为切实做好校园安全工作，决定联合开展2024年校园安全专项检查。现将有关事项通知如下。</p>
<p>一、检查时间为2024年9月1日至9月30日。</p>
<p>二、各地要认真组织自查，及时整改发现的问题。</p>
<table><tr><td>某某市教育局</td><td>某某市公安局</td></tr><tr><td>某某市应急管理局</td><td>某某市市场监督管理局</td></tr></table>
<p>2024年8月20日</p>
</div></body></html>
'''
r = process_records(write("joint.html", JOINT))[0]
check(r["fields"].get("issuer") == ["某某市教育局", "某某市公安局", "某某市应急管理局", "某某市市场监督管理局"],
      f"a joint signature set in a borderless table: every cell an organ signs: {r['fields'].get('issuer')}")

INFO = '''<html><head><meta charset="utf-8"><title>某某县人民政府关于调整县级领导分工的通知</title></head><body>
<div class="xxgk"><table>
<tr><td>索引号：</td><td>11330000MB0000000X/2024-00012</td><td>发布机构：</td><td>某某县人民政府办公室</td></tr>
<tr><td>发文字号：</td><td>某政发〔2024〕8号</td><td>成文日期：</td><td>2024-03-05</td></tr>
</table></div>
<div class="article"><h1>某某县人民政府关于调整县级领导分工的通知</h1>
<p>某政发〔2024〕8号</p>
<p>各乡镇人民政府，县政府各部门：</p>
<p>因工作需要，经县政府研究，决定对县级领导分工作如下调整。现予通知，请遵照执行。</p>
<p style="text-align:right">某某县人民政府</p>
<p style="text-align:right">2024年3月5日</p>
</div></body></html>
'''
r = process_records(write("info.html", INFO), "--with-text")[0]
check((r["fields"].get("doc_number") or {}).get("text") == "某政发〔2024〕8号" and r["fields"].get("date") == "2024-03-05" and r["fields"].get("issuer") == ["某某县人民政府"],
      f"a page with an information box still reads its number, date and signer: {r['fields']}")
check(not any(" | " in l and "索引号" in l for l in r["text"].split("\n")), f"the box of labels is no table of data: {r['text']}")

LINKS = '''<html><head><meta charset="utf-8"><title>某某市教育局关于做好寒假安全工作的通知</title></head><body>
<div class="article"><h1>某某市教育局关于做好寒假安全工作的通知</h1>
<p>各县（市、区）教育局，市直各学校：</p>
<p>寒假将至，为确保广大师生度过一个安全、祥和的假期，现就做好寒假安全工作通知如下。各地各校要高度重视，认真落实。</p>
<p style="text-align:right">某某市教育局</p>
<p style="text-align:right">2024年1月10日</p>
</div>
<div class="related"><table>
<tr><td><a href="/a1.html">某某市教育局关于做好春季开学工作的通知</a></td><td>2024-02-20</td></tr>
<tr><td><a href="/a2.html">某某市教育局关于开展校园安全隐患排查的通知</a></td><td>2024-03-01</td></tr>
</table></div></body></html>
'''
r = process_records(write("links.html", LINKS), "--with-text")[0]
check(r["title"] == "某某市教育局关于做好寒假安全工作的通知" and r["fields"].get("date") == "2024-01-10" and " | " not in r["text"],
      f"a table of links to other articles is no table of data: {r['title']} {r['fields'].get('date')} {r['text']}")
# A bulletin's item headed by the unit whose practice it tells (`梅岭镇：…`) is an experience piece;
# the news item beside it stays news (modelled on a county's 组织工作简报, names replaced).
JB = '工 作 简 报\n第9期\n中共某某县委组织部编\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002024年6月12日\n\n梅岭镇：“红色茶园”党建联盟激活乡村振兴新引擎\n今年以来，梅岭镇以党建联盟为纽带，整合茶企、合作社和村集体资源，推动茶产业提质增效。\n一是联建组织，成立茶产业党建联盟，吸纳成员单位12家；二是联育人才，培育茶叶技术能手60余名；三是联兴产业，带动茶农户均增收3000元。\n\n县医保局：三个聚焦守好群众“看病钱”\n县医保局聚焦基金监管、聚焦便民服务、聚焦政策落实，扎实推进医保领域群众身边不正之风和腐败问题集中整治。\n今年以来共追回医保基金86万元，办理异地就医备案1200余人次。\n\n我县召开组织工作推进会\n6月10日，我县召开全县组织工作推进会，县委常委、组织部部长王强出席会议并讲话。会议通报了上半年组织工作开展情况，安排部署下半年重点任务。\n\n报：市委组织部。\n送：县委常委。\n'
r = process_records(write("jianbao.txt", JB))
check([(x["kind"], x["title"]) for x in r[1:]] == [("experience", "梅岭镇：“红色茶园”党建联盟激活乡村振兴新引擎"),
                                                  ("experience", "县医保局：三个聚焦守好群众“看病钱”"), ("news", "我县召开组织工作推进会")],
      f"a bulletin's items of practice and of news: {[(x['kind'], x['title']) for x in r]}")
# A government page's information box copied as text: one label a line, its value after the colon
# or on the line below, some values missing (`• 主题分类:` with none). Read as the page's fields
# (`page_doc_number`, `publisher`, `page_date`, every pair in `fields.record`) and dropped; the title
# under the box is no label's value; the switches and the chrome above it go (`返回顶部`).
A1 = '返回顶部\n\n某某县人民政府工作规则\n\n  • 索引号:\n\n    6100000000/2024-001005\n  • 主题分类:\n\n  • 来源:\n\n  • 发文机构:\n\n    县政府网站\n  • 发文字号:\n\n    某政发〔2024〕7号\n  • 发文日期:\n\n    2024年04月06日 16:40\n  • 有效性:\n\n  • 发布日期:\n\n    2024年04月06日 16:34\n  • 内容概述:\n\n某某县人民政府工作规则\n\n第一章总则\n\n一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，参照《某某省人民政府工作规则》的有关规定，结合本县实际，制定本规则。\n\n二、县政府工作的指导思想是，以习近平新时代中国特色社会主义思想为指导，认真执行党的路线方针政策，严格遵守宪法和法律法规，全面正确履行政府职能。\n\n第二章   组成人员和政府职能\n\n三、县政府由县长、副县长、县政府党组成员，县政府各工作部门主要负责人组成。\n\n四、县政府实行县长负责制。县长主持县政府全面工作。\n'
r = process_records(write("box1.txt", A1), "--with-text")[0]
check(r["title"] == "某某县人民政府工作规则" and r["fields"].get("page_doc_number") == "某政发〔2024〕7号"
      and r["fields"].get("record", {}).get("索引号") == "6100000000/2024-001005" and "索引号" not in r["text"] and "返回顶部" not in r["text"],
      f"a bulleted box, values on the lines below: {r['title']} {r['fields'].get('record')} {r['text'][:120]}")
A2 = '首页 > 政务公开 > 政府文件\n某某县人民政府办公室关于做好2024年防汛工作的通知\n索引号：11000000/2024-00031\n发文机关：某某县人民政府办公室\n发文字号：某政办发〔2024〕12号\n成文日期：2024年05月20日\n发布日期：2024年05月21日\n某某县人民政府办公室关于做好2024年防汛工作的通知\n各乡镇人民政府，县政府各部门：\n\u3000\u3000当前我县已进入主汛期，为切实做好2024年防汛工作，确保人民群众生命财产安全，经县政府同意，现就有关事项通知如下。\n\u3000\u3000一、压实防汛责任。各乡镇、各部门要严格落实防汛责任制。\n\u3000\u3000二、加强隐患排查。要对水库、河道、地质灾害隐患点开展拉网式排查。\n某某县人民政府办公室\n2024年5月20日\n'
r = process_records(write("box2.txt", A2), "--with-text")[0]
check(r["kind"] == "notice" and (r["fields"].get("doc_number") or {}).get("text") == "某政办发〔2024〕12号" and r["fields"].get("date") == "2024-05-20"
      and r["fields"].get("page_date") == "2024-05-21" and not any(l.startswith("发文机关") for l in r["text"].split("\n")),
      f"a box of one pair a line under a trail: {r['fields']}")
# And numbers a page's markup set apart, copied each on its own line (`2024` / `年` / `1` / `月`), glued back
# where they were cut; a date under the closing formula keeps its own line.
SHRED = '天津某某网\n2024年12月3日星期二\n简体\n|\n繁体\n无障碍\n政务公开\n>\n政策法规\n>\n委局文件\n名 称 ：\n市某某局关于印发2024年春节期间电力保供实施方案的通知\n索 引 号 ：\n11120000MB0000000L/2024-00073\n发 布 机 构 ：\n天津市某某局\n发 文 字 号 ：\n津某电力〔2024〕3号\n主 题 ：\n工业;信息化\n成 文 日 期 ：\n发 文 日 期 ：\n有 效 性 ：\n有效\n市某某局关于印发\n2024\n年春节期间\n电力保供实施方案的通知\n某某电力公司，有关单位：\n为落实春节期间能源保供工作部署要求，依据《市某某局关于开展\n2024\n年电力需求响应工作的通知》（津某电力〔\n2024\n〕\n2\n号）等文件，我局编制了《\n2024\n年春节期间电力保供实施方案》，现予以印发，请遵照执行。\n特此通知。\n2024\n年\n1\n月\n26\n日\n（此件主动公开）\n网站地图\n|\n联系我们\n'
r = process_records(write("shred.txt", SHRED), "--with-text")[0]
lines = r["text"].split("\n")
check(r["fields"].get("date") == "2024-01-26" and "2024年1月26日" in lines and any("〔2024〕2号）等文件" in l for l in lines)
      and r["fields"].get("page_doc_number") == "津某电力〔2024〕3号" and "简体" not in lines and r["fields"].get("recipients") == ["某某电力公司", "有关单位"],
      f"shredded numbers glued back, the box and the page's switches dropped: {r['fields'].get('date')} {lines[:8]}")
A3 = "关于召开全县安全生产工作会议的通知\n各乡镇、县直各单位：\n经研究，决定召开全县安全生产工作会议。现将有关事项通知如下：\n时间：2024年6月5日上午9:00\n地点：县政府三楼会议室\n参会人员：各乡镇分管负责同志\n联系人：王芳\n某某县安全生产委员会办公室\n2024年6月1日\n"
r = process_records(write("meeting.txt", A3), "--with-text")[0]
check("时间：2024年6月5日上午9:00" in r["text"] and "record" not in r["fields"], f"a meeting's 时间/地点 lines are no information box: {r['text']}")
# A collection of sample texts as writing-sample sites publish them (`…范文（合集3篇）`): each piece opens
# with a marker that counts it (`工作总结范文 第1篇`, `篇一：关于…的通知`) and runs to the next; the words
# after the count are its title. A plan's parts (`第一篇　开启…新征程` over `第一章`) are no pieces.
FW = '工作总结范文(合集3篇)\n\nadmin 2024-05-31 网站管理员 admin\n\n工作总结范文 第1篇\n\n今年以来，在局党组的正确领导下，我科室紧紧围绕年度目标任务，认真履行工作职责，各项工作取得了明显成效。一是强化学习，提升政治素质；二是狠抓落实，推进重点工作；三是改进作风，提高服务水平。下一步，我们将继续努力，推动各项工作再上新台阶。\n\n工作总结范文 第2篇\n\n2024年，我校坚持立德树人根本任务，扎实推进教育教学改革，教育质量稳步提升。全年组织教研活动36次，开展公开课48节，学生参加各类竞赛获奖120人次。存在的问题主要是师资结构不够合理，下一步将加大人才引进力度。\n\n工作总结范文 第3篇\n\n一年来，社区党支部认真贯彻落实上级部署，以党建引领基层治理，扎实开展为民服务。全年走访居民2000余户，解决群众急难愁盼问题86件，组织志愿服务活动42场。今后，我们将进一步创新服务方式，提升居民满意度。\n'
r = process_records(write("fanwen.txt", FW))
check(r[0]["fields"].get("split_method") == "numbered-pieces" and [(x["kind"], x["title"], x["fields"].get("piece")) for x in r[1:]] ==
      [("experience", "工作总结范文 第1篇", 1), ("experience", "工作总结范文 第2篇", 2), ("experience", "工作总结范文 第3篇", 3)],
      f"three counted pieces: {[(x['kind'], x['title'], x['fields'].get('piece')) for x in r]}")
FW2 = '关于开展安全检查的通知范文（精选2篇）\n篇一：关于开展2024年安全生产大检查的通知\n各科室、各下属单位：\n为深刻吸取近期事故教训，切实加强安全生产工作，经研究，决定在全局范围内开展安全生产大检查。现将有关事项通知如下：\n一、检查时间：2024年5月10日至5月31日。\n二、检查内容：消防设施、用电安全、危险化学品管理等。\n特此通知。\n某某市某某局\n2024年5月6日\n篇二：关于开展校园安全隐患排查的通知\n各中小学校、幼儿园：\n为保障广大师生生命财产安全，决定在全县范围内开展校园安全隐患排查整治工作。请各校高度重视，认真组织自查，发现问题及时整改。\n特此通知。\n某某县教育局\n2024年3月1日\n'
r = process_records(write("fanwen2.txt", FW2))
check([(x["kind"], x["title"], x["fields"].get("issuer"), x["fields"].get("date")) for x in r[1:]] ==
      [("notice", "关于开展2024年安全生产大检查的通知", ["某某市某某局"], "2024-05-06"), ("notice", "关于开展校园安全隐患排查的通知", ["某某县教育局"], "2024-03-01")],
      f"two sample notices, each read whole: {[(x['kind'], x['title'], x['fields'].get('issuer')) for x in r]}")
GH = '某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n第一篇\u3000开启全面建设社会主义现代化新征程\n第一章\u3000发展环境\n“十三五”时期是我市发展极不平凡的五年，经济实力显著增强，全市地区生产总值突破五千亿元，城乡居民收入持续增长。\n第二章\u3000指导思想\n高举中国特色社会主义伟大旗帜，深入贯彻党的二十大精神，坚持稳中求进工作总基调，以推动高质量发展为主题。\n第二篇\u3000坚持创新驱动发展\n第三章\u3000提升创新能力\n坚持创新在现代化建设全局中的核心地位，深入实施科教兴市战略、人才强市战略、创新驱动发展战略。\n'
r = process_records(write("guihua.txt", GH))
check(len(r) == 1 and r[0]["fields"].get("split_method") is None, f"a plan's parts split nothing: {[(x['kind'], x['title']) for x in r]}")
# A document-sharing site's page of several documents under one name (`第一篇:某某省人民政府办公厅文件`):
# each piece a 公文 read whole, its own title found under the masthead the marker repeats.
XXB = '某某省人民政府办公厅文件\n\n时间:2019-05-14 10:45:55下载本文作者:会员上传\n简介:某某文库小编为你整理了多篇相关的《某某省人民政府办公厅文件》，但愿对你工作学习有帮助。\n\n第一篇:某某省人民政府办公厅文件\n\n某某省人民政府办公厅文件\n\n某政办发〔2009〕24号\n\n某某省人民政府办公厅关于加强普通高等学校\n\n毕业生就业工作的通知\n\n各市州、县市区人民政府，省政府各厅委、各直属机构：\n\n根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》（国办发〔2009〕3号）精神，结合我省实际，经省人民政府同意，现就加强普通高等学校毕业生就业工作有关问题通知如下：\n\n一、充分认识做好高校毕业生就业工作的重要性。各级各有关部门要把高校毕业生就业摆在当前就业工作的首位。\n\n二、积极引导高校毕业生到基层就业。继续组织实施“三支一扶”等项目。\n\n某某省人民政府办公厅\n\n二〇〇九年三月十日\n\n第二篇:某某省人民政府办公厅文件\n\n某某省人民政府办公厅文件\n\n某政办发〔2010〕8号\n\n某某省人民政府办公厅关于进一步加强森林防火工作的通知\n\n各市州人民政府，省政府各厅委、各直属机构：\n\n当前正值森林防火紧要期，为切实做好森林防火工作，经省人民政府同意，现就有关事项通知如下：\n\n一、严格落实森林防火责任制。\n\n二、加强野外火源管理。\n\n某某省人民政府办公厅\n\n二〇一〇年二月五日\n'
r = process_records(write("wenku.txt", XXB))
check([(x["kind"], x["title"], (x["fields"].get("doc_number") or {}).get("text"), x["fields"].get("date")) for x in r[1:]] ==
      [("notice", "某某省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知", "某政办发〔2009〕24号", "2009-03-10"),
       ("notice", "某某省人民政府办公厅关于进一步加强森林防火工作的通知", "某政办发〔2010〕8号", "2010-02-05")],
      f"two 公文 of a document-sharing page: {[(x['kind'], x['title']) for x in r]}")
# A mirror site's copy converted to traditional characters, a pinyin gloss after some of them
# (`學(xué)`, `報(bào)`): the glosses go (three at least: one may be an author's), the characters fold.
MIRROR = "某某市教育局關于做好2024年高校畢業(yè)生就業(yè)工作的通知\n各縣（市、區(qū)）教育局：\n為深入貫徹落實黨的二十大報(bào)告精神，做好高校畢業(yè)生就業(yè)工作，現(xiàn)將有關事項通知如下。\n一、提高思想認識。\n二、拓寬就業(yè)渠道。\n某某市教育局\n2024年3月5日\n"
r = process_records(write("mirror.txt", MIRROR), "--with-text")[0]
check("(" not in r["text"] and r["title"] == "某某市教育局關于做好2024年高校畢業生就業工作的通知" and r["fields"].get("date") == "2024-03-05"
      and any(d["id"] == "clean.pinyin_glosses" for d in r["diagnostics"]),
      f"pinyin glosses dropped: {r['title']} {r['text'][:80]} {[d['id'] for d in r['diagnostics']]}")
GLOSS = "犇(bēn)字由三个牛组成，意为牛奔跑。本文介绍这个字的来历。\n"
r = process_records(write("gloss.txt", GLOSS), "--with-text")[0]
check("犇(bēn)" in r["text"], f"an author's one gloss stays: {r['text']}")
# A column headed `名称` is a data table's; labels without colons in two rows are a box of labels.
HEAD = '<html><head><meta charset="utf-8"><title>某某县2024年第一批放心消费示范单位名单的公示</title></head><body><div class="article"><h1>某某县2024年第一批放心消费示范单位名单的公示</h1><p>经单位申报、实地核查，现将拟认定的示范单位名单予以公示，公示期为5个工作日。</p><table><tr><td>序号</td><td>名称</td><td>地址</td></tr><tr><td>1</td><td>某某超市</td><td>城关镇人民路8号</td></tr><tr><td>2</td><td>某某药店</td><td>城关镇解放路12号</td></tr></table><p>某某县市场监督管理局</p><p>2024年4月1日</p></div></body></html>'
r = process_records(write("head.html", HEAD), "--with-text")[0]
check("序号 | 名称 | 地址" in r["text"].split("\n") and "2 | 某某药店 | 城关镇解放路12号" in r["text"].split("\n"), f"a data table with a 名称 column: {r['text']}")
BOX = '<html><head><meta charset="utf-8"><title>某某县人民政府关于调整县级领导分工的通知</title></head><body><div class="xxgk"><table><tr><td>索引号</td><td>11330000MB0000000X/2024-00012</td><td>发布机构</td><td>某某县人民政府办公室</td></tr><tr><td>发文字号</td><td>某政发〔2024〕8号</td><td>成文日期</td><td>2024-03-05</td></tr></table></div><div class="article"><h1>某某县人民政府关于调整县级领导分工的通知</h1><p>各乡镇人民政府，县政府各部门：</p><p>因工作需要，经县政府研究，决定对县级领导分工作如下调整。现予通知，请遵照执行。</p><p>某某县人民政府</p><p>2024年3月5日</p></div></body></html>'
r = process_records(write("box.html", BOX), "--with-text")[0]
check(not any(" | " in l for l in r["text"].split("\n")) and r["fields"].get("date") == "2024-03-05", f"a box of labels without colons keeps its cells apart: {r['text']}")
# Shapes of real pages copied as text (a law site's, a policy database's, a county's open-government page),
# modelled with names replaced:
# a law site's head (`您的位置: 首页 » …`, `作者:… 时间:… 浏览:… 来源:…`, `下载地址: 点击此处下载`) is the page's;
LAW = "您的位置: 首页 » 某某资料网 » 法律法规 »\n\n某某省行政事业性收费管理办法\n\n作者:某某资料网 时间:2024-06-26 07:53:48  浏览:9231   来源:某某资料网\n下载地址: 点击此处下载\n\n某某省行政事业性收费管理办法\n\n某某省人民政府令\n第52号\n\n  《某某省行政事业性收费管理办法》已经一九九三年十月十九日省人民政府常务会议审议通过，现予发布，自发布之日起施行。\n\n                         省长　张某某\n                           一九九四年一月三日\n\n某某省行政事业性收费管理办法\n\n  第一条 为加强对行政事业性收费的管理，维护公民、法人和其他组织的合法权益，制定本办法。\n\n  第二条 本办法所称行政事业性收费，是指国家机关依照法律法规收取的费用。\n\n  第三条 省财政、物价部门是全省行政事业性收费的主管部门。\n"
r = process_records(write("lawsite.txt", LAW), "--with-text")
check("您的位置" not in r[0]["text"] and "下载地址" not in r[0]["text"] and "浏览" not in r[0]["text"] and r[0]["title"] != "您的位置: 首页 » 某某资料网 » 法律法规 »",
      f"a law site's head is dropped: {[(x['kind'], x['title']) for x in r]} {r[0]['text'][:120]}")
# a policy database's labels glued to their values, in traditional script with a mirror's pinyin glosses, over a body
# without its title: read as the record (文號 folded like the text), the body a notice by its formula;
BOX3 = "發(fā)文機(jī)關(guān)某某省人民政府辦公廳\n發(fā)文日期1986年07月07日\n時(shí)效性現(xiàn)行有效\n發(fā)文字號(hào)某辦發(fā)〔1986〕53號(hào)\n施行日期1986年07月07日\n各市、縣人民政府，省政府各部門：\n根據(jù)省政府領(lǐng)導(dǎo)批示精神，經(jīng)研究，現(xiàn)將有關(guān)問(wèn)題通知如下：\n一、各地要加強(qiáng)組織領(lǐng)導(dǎo)。\n二、各部門要密切配合。\n某某省人民政府辦公廳\n一九八六年七月七日\n"
r = process_records(write("db_trad.txt", BOX3))[0]
check(r["kind"] == "notice" and (r["fields"].get("doc_number") or {}).get("text") == "某办发〔1986〕53号" and r["fields"].get("date") == "1986-07-07"
      and r["fields"].get("page_doc_number") == "某辦發〔1986〕53號",
      f"a traditional database record over a headless notice: {r['kind']} {r['fields'].get('doc_number')} {r['fields'].get('page_doc_number')}")
# an issuing notice without its title says what it is by handing its document on (`现将《…》印发给你们`);
HEADLESS = "各市、县人民政府，省人民政府各委、办、厅、局：\n现将《某某省激发重点群体活力带动城乡居民增收的实施方案》印发给你们，请认真组织实施。\n某某省人民政府\n2018年3月27日\n"
r = process_records(write("headless.txt", HEADLESS))[0]
check(r["kind"] == "notice" and r["fields"].get("date") == "2018-03-27", f"a headless issuing notice: {r['kind']} {r['fields']}")
# the site's banner above its trail is the page's, not an issuer over the title.
BANNER = "某某县人民政府\n首页 >> 公开信息内容\n\n某某县人民政府办公室关于印发某某县突发环境事件应急预案的通知\n\n索引号:11530000015172622Y-/2018-1220012 公文目录:应急管理 发文日期:2017年06月28日 主题词: 文  号: 成文日期:\n\n某政办发〔2017〕46号\n\n各乡镇人民政府，县级有关部门：\n\n经县人民政府同意，现将《某某县突发环境事件应急预案》印发给你们，请认真贯彻执行。\n\n某某县人民政府办公室\n\n2017年6月23日\n"
r = process_records(write("banner.txt", BANNER))[0]
check(r["title"] == "某某县人民政府办公室关于印发某某县突发环境事件应急预案的通知" and (r["fields"].get("doc_number") or {}).get("text") == "某政办发〔2017〕46号"
      and r["fields"].get("date") == "2017-06-23", f"a banner above the trail: {r['title']} {r['fields'].get('date')}")
# An order's masthead with its number in brackets (`某某省人民政府令（第52号）`) under the law's title and its
# issuer, as a law site prints them: the order is titled by its masthead, numbered, and the law it
# promulgates follows as its own record.
ORDER = "某某省行政事业性收费管理办法\n\n某某省人民政府\n\n某某省人民政府令（第52号）\n\n  《某某省行政事业性收费管理办法》已经一九九三年十月十九日省人民政府常务会议审议通过，现发布施行。\n\n                         省长　张某某\n                           一九九四年一月三日\n\n某某省行政事业性收费管理办法\n\n  第一条 为加强对行政事业性收费的管理，制定本办法。\n\n  第二条 本办法所称行政事业性收费，是指国家机关依照法律法规收取的费用。\n\n  第三条 省财政、物价部门是全省行政事业性收费的主管部门。\n"
r = process_records(write("order.txt", ORDER))
check([(x["kind"], x["title"]) for x in r] == [("order", "某某省人民政府令"), ("regulation", "某某省行政事业性收费管理办法")]
      and (r[0]["fields"].get("doc_number") or {}).get("number") == 52 and r[0]["fields"].get("date") == "1994-01-03",
      f"an order under the law's title: {[(x['kind'], x['title'], x['fields'].get('doc_number')) for x in r]}")
# A news agency's dateline a repost left before the title (`新华网北京3月16日电 …的决议`).
RES = "新华网北京3月16日电 某某市第十届人民代表大会第五次会议关于政府工作报告的决议\n（2024年3月16日某某市第十届人民代表大会第五次会议通过）\n某某市第十届人民代表大会第五次会议听取和审议了市长所作的政府工作报告。会议充分肯定市人民政府过去一年的工作，决定批准这个报告。\n"
r = process_records(write("resolution.txt", RES))[0]
check(r["kind"] == "resolution" and r["title"] == "某某市第十届人民代表大会第五次会议关于政府工作报告的决议" and r["fields"].get("date") == "2024-03-16",
      f"a dateline before the title: {r['kind']} {r['title']}")
# Review fixes: a shredded signature's date stands on its own line under the organ; a heading keeps its line;
SIG = "各乡镇人民政府：\n请于\n2024\n年\n3\n月\n1\n日前报送材料。\n一、基本情况\n2023\n年，全县完成投资\n12\n亿元。\n某某县发展和改革局\n2024\n年\n2\n月\n2\n日\n"
r = process_records(write("shred_sig.txt", SIG), "--with-text")[0]
lines = r["text"].split("\n")
check("某某县发展和改革局" in lines and "2024年2月2日" in lines and "一、基本情况" in lines and "请于2024年3月1日前报送材料。" in lines,
      f"a signature's date and a heading keep their lines: {lines}")
# a table's caption is a line of its own;
CAP = '<html><head><meta charset="utf-8"><title>某某县2024年重点项目名单</title></head><body><div class="article"><h1>某某县2024年重点项目名单</h1><p>现将2024年重点项目名单公布如下。</p><table><caption>表1 2024年重点项目</caption><tr><td>序号</td><td>项目</td></tr><tr><td>1</td><td>某某大桥</td></tr><tr style="display:none"><td>9</td><td>隐藏项目</td></tr><tr><td>2</td><td>某某公园</td></tr></table></div></body></html>'
r = process_records(write("caption.html", CAP), "--with-text")[0]
lines = r["text"].split("\n")
check("表1 2024年重点项目" in lines and "2 | 某某公园" in lines, f"a caption: {lines}")
# an author's few glosses of place names stay; a notice listing readings as 第一篇：… is one notice.
PLACES = "易读错的地名\n" + "我国有不少地名容易读错，比如安徽的亳(bó)州、重庆的涪(fú)陵、广州的番(pān)禺。" + "这些地名承载着深厚的历史文化，读准地名是对一方水土的尊重，也是对历史文化的传承。" * 4 + "\n"
r = process_records(write("places.txt", PLACES), "--with-text")[0]
check("亳(bó)州" in r["text"], f"an author's glosses stay: {r['text'][:80]}")
READ = "关于开展读书活动的通知\n各党支部：\n为深入开展学习活动，现将推荐书目通知如下：\n第一篇：《论党的自我革命》\n本书收录了有关重要文献，系统阐述了党的自我革命的重大意义，请各支部认真组织学习研讨，结合实际抓好落实。\n第二篇：《习近平谈治国理政》\n本书全面系统反映了新时代以来的重要思想，请各支部结合主题教育组织学习研讨，及时报送学习情况。\n某某公司党委\n2024年3月1日\n"
r = process_records(write("readings.txt", READ))
check(len(r) == 1 and r[0]["kind"] == "notice", f"a notice listing readings is one notice: {[(x['kind'], x['title']) for x in r]}")
# A page's heading with its number glued before it and the title cut before 的通知, over the title
# again, the number and the 主送: a notice titled without its number;
CUT = "某政办发〔2017〕55号 某某省人民政府办公厅关于印发某某省贯彻落实《促进中部地区崛起规划》工作方案\n某某省人民政府办公厅关于印发某某省贯彻落实《促进中部地区崛起规划》工作方案\n某政办发〔2017〕55号\n各市、县人民政府，省人民政府各委、办、厅、局：\n《某某省贯彻落实〈促进中部地区崛起规划〉工作方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n某某省人民政府办公厅\n2017年5月15日\n"
r = process_records(write("cut_title.txt", CUT))[0]
check(r["kind"] == "notice" and r["title"] == "某某省人民政府办公厅关于印发某某省贯彻落实《促进中部地区崛起规划》工作方案"
      and (r["fields"].get("doc_number") or {}).get("text") == "某政办发〔2017〕55号", f"a title cut before 的通知: {r['kind']} {r['title']}")
# a body without its title that hands its plan on with 现予印发;
YUAN = "\n朗读\n各乡镇人民政府、街道办事处，县府各部门：\n《某某县森林火灾事故应急预案》已经县政府同意，现予印发，希认真贯彻执行。\n二○一○年十一月一日\n"
r = process_records(write("xianyu.txt", YUAN), "--with-text")[0]
check(r["kind"] == "notice" and r["fields"].get("date") == "2010-11-01", f"现予印发: {r['kind']} {r['fields']}")
# a regulation under a page's box takes the box's number, and the organ its title names.
GZ = "返回顶部\n\n某某县人民政府工作规则\n\n  • 索引号:\n\n    6100000000/2024-001005\n  • 发文机构:\n\n    县政府网站\n  • 发文字号:\n\n    某政发〔2024〕7号\n  • 发文日期:\n\n    2024年04月06日 16:40\n\n某某县人民政府工作规则\n\n第一章　总则\n\n第一条　为规范县政府工作，根据有关法律法规，结合本县实际，制定本规则。\n\n第二条　县政府工作坚持依法行政。\n\n第三条　县政府实行县长负责制。\n"
r = process_records(write("guize.txt", GZ))[0]
check(r["kind"] == "regulation" and (r["fields"].get("doc_number") or {}).get("text") == "某政发〔2024〕7号" and r["fields"].get("doc_number_from") == "page"
      and r["fields"].get("issuer") == ["某某县人民政府"] and r["fields"].get("issuer_from") == "title",
      f"a regulation's number from the box, issuer from its title: {r['fields'].get('doc_number')} {r['fields'].get('issuer')}")
# A title printed three times with its figures (`关于开展1.6升…的通知` as the page's title, heading and the
# document's) is no running head: the numbers of a running head change.
THRICE = "关于开展1.6升及以下节能环保汽车推广工作的通知\n\n作者:某某资料网 时间:2024-07-22 05:16:06  浏览:9726   来源:某某资料网\n下载地址: 点击此处下载\n\n关于开展1.6升及以下节能环保汽车推广工作的通知\n\n某某部 某某委员会\n\n关于开展1.6升及以下节能环保汽车推广工作的通知\n\n某建〔2013〕644号\n\n  为推进节能减排，经研究，决定从2013年10月1日起实施1.6升及以下节能环保汽车推广政策。现将有关事项通知如下：\n  一、现行推广补贴政策执行到2013年9月30日。\n  二、推广车辆要达到产品综合燃料消耗量标准。\n"
r = process_records(write("thrice.txt", THRICE))[0]
# (The document's own title names its two issuers on the line over `关于…`: the title is theirs too.)
check(r["kind"] == "notice" and r["title"].replace(" ", "") == "某某部某某委员会关于开展1.6升及以下节能环保汽车推广工作的通知" and (r["fields"].get("doc_number") or {}).get("text") == "某建〔2013〕644号"
      and not any(d["id"] == "clean.running_head" for d in r["diagnostics"]), f"a title printed thrice: {r['kind']} {r['title']} {[d['id'] for d in r['diagnostics']]}")
# A 决议 on a government work report is a resolution, not a speech.
JY = "关于政府工作报告的决议\n（2024年3月11日某某市第十六届人民代表大会第三次会议通过）\n某某市第十六届人民代表大会第三次会议批准市长代表市人民政府所作的政府工作报告，对过去一年的工作表示满意。\n"
r = process_records(write("jueyi.txt", JY))[0]
check(r["kind"] == "resolution", f"a resolution on a work report: {r['kind']}")
done()
