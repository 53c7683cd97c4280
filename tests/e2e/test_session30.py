"""Session 30: policy texts from a fourth round of held-out sets (probes 20–24). Each fixture
is modelled on a page of those sets (names, places and numbers replaced): what the page puts
around a document must reach neither its title nor its fields."""
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


# A county site's credit line names the account that posted the item (`作者:ance`): a login is
# no writer; the source stays.
r = one("login.txt", "• 当前位置:\n 新闻\n某县县委书记主持召开县委常委(扩大)会\n"
        "来源:某城宣传 | 作者:ance | 发布时间: 2021-01-06 | 668 次浏览: | 分享到:\n\n"
        "      1月5日,县委书记某某主持召开县委常委(扩大)会,县四大班子主要领导、各常委、各副县长参加会议。\n"
        "        会议传达了市委全会精神,研究我县贯彻落实意见。\n")
f = r["fields"]
check((f.get("author"), f.get("source")) == (None, "某城宣传"), f"a site account is no author: {f.get('author')} {f.get('source')}")

# A motion whose number line lost its 号 and whose signature date lost its 日 (`2015 年11 月3`):
# the line over the title is the number, the organ over the cut date signs.
r = one("motion.txt", "关于将甲镇、乙乡合并成立甲镇的议案\n\n来源:      发布时间:2015-11-12\n\n \n\n甲政发[2015]20\n\n"
        "关于将甲镇、乙乡合并成立甲镇的议案\n\n镇人民代表大会:\n\n甲镇行政区划面积72.41平方公里,辖36个村(居)委会。"
        "经镇党政联席会议研究决定,同意甲镇、乙乡合并成立新的甲镇。\n\n请予审议。\n\n \n\n    甲镇人民政府\n\n  2015 年11 月3\n\n \n\n相关阅读:\n")
f = r["fields"]
check((r["kind"], (f.get("doc_number") or {}).get("text"), f.get("issuer"), f.get("date")) == ("motion", "甲政发[2015]20", ["甲镇人民政府"], "2015-11-03"),
      f"a number line without 号, a date without 日: {r['kind']} {f.get('doc_number')} {f.get('issuer')} {f.get('date')}")

# A page whose charset had no 〔〕 prints `?` for each bracket of the number.
r = one("question_marks.txt", "省教育厅关于做好高职高专拟招生专业申报工作的通知\n某教高函?2015?2号\n有关高等学校:\n"
        "根据教育部有关要求,现就做好我省高职高专拟招生专业申报工作有关事项通知如下。\n一、工作要求\n(一)拟招生专业以现行专业目录内专业为依据。\n")
f = r["fields"]
dn = f.get("doc_number") or {}
check((dn.get("org"), dn.get("year"), dn.get("number")) == ("某教高函", 2015, 2), f"a number with ? for brackets: {dn}")

# A 通报 named by what it reports on, without 关于, its page's table in bar-separated rows
# whose 文号 is the serial's issue: the table's rows all count.
r = one("circular_table.txt", "文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 | ||\n"
        "索引号 | abcdef/2022-4992 | 公开目录: | 政务督查 |\n公开责任部门 | 某县政府办公室 | 公开形式: | 主动公开 |\n"
        "文号 | 督察通报第十七期 | 成文日期: | 2022年09月14日 |\n有效性 | 有效 | 公开日期: | 2022年09月15日 |\n"
        "近期,县政府督查室对2022年第八次县政府常务会议确定事项落实情况开展了专项督查,现通报如下。\n一、总体情况\n"
        "2022年第八次县政府常务会议确定事项22件,已办结6件。\n")
f = r["fields"]
check((r["kind"], r["title"], f.get("date")) == ("circular", "2022年第八次县政府常务会议确定事项落实情况的通报", "2022-09-14"),
      f"a 通报 named by its subject, dated by its table: {r['kind']} {r['title']!r} {f.get('date')}")

# A resolution's 题注 wrapped onto a second line: the adoption dates it.
r = one("wrapped_note.txt", "某市第十六届人民代表大会第四次会议关于政府工作报告的决议\n"
        "(2020年1月10日某市第十六届人民代表大会\n第四次会议通过)\n"
        "某市第十六届人民代表大会第四次会议听取和审议了市长所作的政府工作报告。会议同意这个报告,决定批准这个报告。\n")
f = r["fields"]
check((r["kind"], f.get("date")) == ("resolution", "2020-01-10"), f"a 题注 over two lines: {r['kind']} {f.get('date')}")

# A group's meeting notice that opens with its 主送 and was cut before any signature: its first
# sentence announces the arrangements, which makes it a notice.
r = one("meeting_notice.txt", "各相关部(室)、公司:\n"
        "为加强集团投资企业管理,根据集团办公会议要求,决定召开集团实体企业生产经营暨创新发展工作会。会议安排如下:\n"
        "一、会议时间:2013年8月13日(星期二)下午2:30\n二、会议地点:某某大厦七楼会议室\n三、参会人员:\n"
        "(一)集团本部职能部门负责人;\n(二)集团二级公司分管投资的负责人。\n")
f = r["fields"]
check((r["kind"], f.get("recipients")) == ("notice", ["各相关部(室)、公司"]), f"an unsigned meeting notice: {r['kind']} {f.get('recipients')}")

# A decision reposted with its page's information table under the text, labels in one row and
# values below: the 文号 column gives its number.
r = one("table_under.txt", "关于对2010年度农村公路通达杯竞赛活动进行表彰的决定\n\n\n"
        "经综合检查评定,市政府决定对某县人民政府等2010年度农村公路“通达杯”竞赛活动中涌现的先进单位进行表彰。\n\n"
        "一、“通达杯”金杯单位\n\n某县人民政府\n\n希望受表彰的先进单位要珍惜荣誉,戒骄戒躁,再创佳绩。\n\n二○一一年二月二十三日\n\n"
        "主题词:农村公路 通达杯 表彰 决定\n\n索  引  号 文       号 发布机构 发布日期 公开范围 公开方式\n"
        "N001-2011-000627 某政〔2011〕7号\n某市人民政府办公室 2011-03-04\n面向社会 主动公开\n标签:\n")
f = r["fields"]
check((r["kind"], (f.get("doc_number") or {}).get("text"), f.get("date")) == ("decision", "某政〔2011〕7号", "2011-02-23"),
      f"a number from the table under the text: {r['kind']} {f.get('doc_number')} {f.get('date')}")

done()
