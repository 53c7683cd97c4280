"""Session 28: 公文 and other policy texts as the session's second round of held-out pages print
them. Each fixture is modelled on a page of those sets (names, places and numbers replaced): what
the page puts around a document must reach neither its title nor its fields."""
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


# An order proclaimed to its addressees (`嘉奖令` over its 主送): its name is its title, not an
# organ's masthead, and the organ that signs it issues it.
r = one("commendation.txt", "某某县人民政府\n某政〔2012〕76号\n嘉奖令\n各乡镇人民政府,县政府各部门:\n"
        "今年以来，全县教育系统成绩显著。为此，县政府决定对县教育局予以通令嘉奖。\n某某县人民政府\n二○一二年六月二十七日\n")
f = r["fields"]
check((r["kind"], r["title"], f.get("issuer"), f.get("date"), f.get("masthead")) == ("order", "嘉奖令", ["某某县人民政府"], "2012-06-27", None),
      f"a 嘉奖令 over its 主送: {r['kind']} {r['title']!r} {f.get('issuer')} {f.get('date')} {f.get('masthead')}")
# A forum's reply glued after the signature's date ends with one too: a line opening with a full
# date starts no title.
r = one("forum_reply.txt", "某某县政府通令嘉奖县教育局\n今年以来，全县教育系统成绩显著。为此，县政府决定对县教育局予以通令嘉奖。\n某某县人民政府\n"
        "二○一二年六月二十七日 再接再厉! 县政府应该再发一个某政77号嘉奖令\n")
check(not r["title"].startswith("二○一二年"), f"a signature's date starts no title: {r['title']!r}")

# A page's heading repeating the title with a part's number (`( 二 )`) over the flattened document.
r = one("part_heading.txt", "某省人民政府办公厅关于2020年部分节假日安排的通知( 二 )\n\n\n"
        "某省人民政府办公厅关于2020年部分节假日安排的通知某政办明电〔2019〕16号各市人民政府,省政府各部门:经省政府批准,现将2020年元旦、春节放假调休日期的具体安排通知如下 。"
        "一、元旦:2020年1月1日放假,共1天 。二、春节:1月24日至30日放假调休,共7天 。节假日期间,各地区、各部门要妥善安排好值班工作 。\n")
check((r["kind"], r["title"]) == ("notice", "某省人民政府办公厅关于2020年部分节假日安排的通知"), f"a heading with a part's number: {r['kind']} {r['title']!r}")



# A news headline wrapped after its dash over a quoted line: one headline; the posting line under
# it dates the item.
r = one("wrapped_headline.txt", "全国人大代表热议某某工作报告——\n“字字铿锵、振奋人心”(一)\n2023-03-08 07:58:03 | 来源:某某报\n \n"
        "  3月7日,十四届全国人大一次会议在北京人民大会堂举行第二次全体会议。这是代表们在认真听会。\n\n全国人大代表 杨某\n\n"
        "  工作报告提到要依法服务乡村振兴和区域协调发展,乡村治理,法治先行。(记者 陆某某 整理)\n")
check((r["kind"], r["title"], r["fields"].get("date")) == ("news", "全国人大代表热议某某工作报告——“字字铿锵、振奋人心”(一)", "2023-03-08"),
      f"a headline wrapped after its dash: {r['kind']} {r['title']!r} {r['fields'].get('date')}")
# A rule flattened onto one line under a document site's head (`文档简介`): title, 题注, chapters
# and articles cut back apart; the head's order (`…部长令`) is the ministry's; a citation of an
# article inside a sentence opens none.
r = one("flat_rule.txt", "版权说明:本文档由用户提供并上传\n文档简介\n某某学校学生管理规定(2005年3月25日某某部部长令第21号公布,2005年9月1日起施行)"
        "第一章总则第一条为维护学校正常的教育教学秩序,制定本规定。第二条本规定适用于学校对学生的管理。第三条学生违反本规定第二条的,依照本规定处理。"
        "第二章学生的权利与义务第四条学生在校期间依法享有下列权利。第五条本规定自2005年9月1日起施行。\n")
f = r["fields"]
check((r["kind"], r["title"], f.get("issuer"), f.get("promulgated"), f.get("effective")) ==
      ("regulation", "某某学校学生管理规定", ["某某部"], "2005-03-25", "2005-09-01"),
      f"a flattened rule: {r['kind']} {r['title']!r} {f.get('issuer')} {f.get('promulgated')} {f.get('effective')}")
marks = [s["marker"] for s in r["sections"]]
check(marks == ["第一章", "第一条", "第二条", "第三条", "第二章", "第四条", "第五条"], f"its chapters and articles: {marks}")

done()
