"""Session 25 (issue 15): 公文 as pages and textbooks print them when some of their line breaks are lost.
A title run on into its 主送 line (`…的通报各市人民政府，…：`), under lines of the page's own; a title a
site sets in 【】 and runs on into the body; a whole title in 《》. A document in traditional characters
keeps its fields as written (an issuer, a 主送 list, a number's text), while the number's key stays in the
reading that matches across a run. Modelled on a writing textbook's 例文, a company notice on a
content site and a city government's 通报 on a traditional-script mirror (names replaced)."""
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)

RUN_ON = '''登录注册

第7章 通 报

[例文1]

某某省人民政府关于表彰全省安全生产工作先进单位的通报各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构:

近年来,各级政府认真贯彻实施安全生产法律法规,按照省政府的部署和要求,取得了显著成绩。为表彰先进,省政府决定,对作出突出贡献的10个市人民政府予以通报表彰。

希望受到表彰的单位珍惜荣誉,再接再厉。

附件:全省安全生产工作先进单位名单(略)

某某省人民政府

2001年3月5日
'''
r = process_records(write("run_on.txt", RUN_ON))[0]
f = r["fields"]
check(r["kind"] == "circular" and r["title"] == "某某省人民政府关于表彰全省安全生产工作先进单位的通报",
      f"a title run on into its 主送 line is cut from it: {r['kind']} {r['title']!r}")
check(f.get("recipients") == ["各市人民政府", "各县(市、区)人民政府", "省政府各部门、各直属机构"],
      f"the 主送 line after the title: {f.get('recipients')}")
check(f.get("issuer") == ["某某省人民政府"] and f.get("date") == "2001-03-05", f"signature and date: {f.get('issuer')} {f.get('date')}")

BRACKETED = '''【关于成立集团公司安全生产委员会的通知】为进一步加强集团公司安全生产管理,落实安全生产责任,经研究决定,成立集团公司安全生产委员会。现将有关事项通知如下:
一、委员会组成
主任由集团总经理担任,副主任由分管副总经理担任。
二、主要职责
1. 研究部署集团公司安全生产工作;
2. 协调解决安全生产中的重大问题。
请各单位认真贯彻落实。
特此通知。
集团公司办公室
2025年4月5日'''
r = process_records(write("bracketed.txt", BRACKETED))[0]
f = r["fields"]
check(r["kind"] == "notice" and r["title"] == "关于成立集团公司安全生产委员会的通知",
      f"a bracketed title run on into the body is the title, without its brackets: {r['kind']} {r['title']!r}")
check(f.get("issuer") == ["集团公司办公室"] and f.get("date") == "2025-04-05", f"signature and date: {f.get('issuer')} {f.get('date')}")
# The same title on a line of its own, in brackets: the brackets are no part of it.
r = process_records(write("bracketed_line.txt", BRACKETED.replace("】", "】\n", 1)))[0]
check(r["title"] == "关于成立集团公司安全生产委员会的通知", f"a bracketed title on its own line: {r['title']!r}")

TRADITIONAL = '''成府發〔2003〕61號

《某某市人民政府關於命名錦江區等17個街道辦事處為某某市社區建設示範街道的通報》

各區（市）縣政府，市政府各部門：

為加快社區建設步伐，根據《某某市社區建設示範街道考核標準》，經市社區建設領導小組考核驗收，市政府決定，命名錦江區等17個街道辦事處為某某市社區建設示範街道。

希望受到命名的街道辦事處珍惜榮譽，再接再厲，進一步加強社區建設，為全市社區建設工作作出新的更大的貢獻。

某某市人民政府

二○○三年十月三十一日
'''
r = process_records(write("traditional.txt", TRADITIONAL))[0]
f = r["fields"]
check(r["kind"] == "circular" and r["title"] == "某某市人民政府關於命名錦江區等17個街道辦事處為某某市社區建設示範街道的通報",
      f"a whole title in 《》 is the title, as written: {r['kind']} {r['title']!r}")
check((f.get("doc_number") or {}).get("text") == "成府發〔2003〕61號" and (f.get("doc_number") or {}).get("key") == "成府发〔2003〕61号",
      f"the number as written, its key as read: {f.get('doc_number')}")
check(f.get("recipients") == ["各區（市）縣政府", "市政府各部門"] and f.get("issuer") == ["某某市人民政府"] and f.get("date") == "2003-10-31",
      f"主送, issuer and date as written: {f.get('recipients')} {f.get('issuer')} {f.get('date')}")
check(f.get("doc_type") == "通报", f"the 文种 is a category, in the reading it is matched in: {f.get('doc_type')}")

done()
