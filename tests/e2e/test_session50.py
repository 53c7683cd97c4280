"""Session 50: documents as document-sharing sites, old portals and county sites serve them (probes 248–252):
a sharing site's header over an issuing notice, the name of what it issues over its title, a charset's `?` at
lines' ends, a number under its own label, an information box's download button, a date typed with dots.
Each fixture is modelled on a document of those probes (names, places and numbers replaced)."""
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()

# A document-sharing site's header (probe 248/07): the file's name, its catalogue, the site's preface,
# then the document, whose first line is the name of what it issues, over its own title.
r = one("wenku.txt",
        "某某市人民政府办公室公文处理实施细则.docx\n- 文档编号:1234567\n- 上传时间:2032-12-12\n- 格式:DOCX\n- 页数:9\n- 大小:24.26KB\n"
        "某某市人民政府办公室公文处理实施细则.docx\n"
        "《某某市人民政府办公室公文处理实施细则.docx》由会员分享,可在线阅读,更多相关《某某市人民政府办公室公文处理实施细则.docx(9页珍藏版)》请在某某网上搜索。\n"
        "某某市人民政府办公室公文处理实施细则\n"
        "某某市人民政府办公室关于印发某某市人民政府办公室公文处理实施细则的通知\n(某政办发〔2031〕22号)\n"
        "各县区人民政府,市政府各部门:\n现将修改完善后的《某某市人民政府办公室公文处理实施细则》印发给你们,望认真贯彻执行。\n二○三一年六月五日\n"
        "某某市人民政府办公室公文处理实施细则\n第一章 总则\n第一条 为使全市行政机关公文处理工作规范化、制度化,制定本细则。\n")
check(r["kind"] == "notice" and r["title"] == "某某市人民政府办公室关于印发某某市人民政府办公室公文处理实施细则的通知",
      f"a sharing site's header and the issued rule's name over the title are no part of it: {r['kind']} {r['title']!r}")
check(r["fields"].get("issuer") == ["某某市人民政府办公室"], f"the title's organ issues it: {r['fields'].get('issuer')!r}")
check("文档编号" not in r.get("text", "") and any(d["id"] == "clean.doc_site" for d in r["diagnostics"]),
      f"the site's header is dropped and said so: {[d['id'] for d in r['diagnostics']]}")
# (A catalogue with no file's name over it is some other table's: kept.)
r = one("biaoge.txt", "- 格式:DOCX\n- 页数:9\n《某某工作总结.docx》由会员分享,可在线阅读,更多相关《某某工作总结.docx》请在某某网上搜索。\n"
        "今年以来,我单位认真贯彻落实上级部署,各项工作取得了明显成效。\n", "--with-text")
check("页数:9" in r["text"], f"a catalogue without the file's name over it stays: {r['text'][:40]!r}")

# An old provincial portal (probe 248/08): every line's last character lost to the charset, printed `?`;
# the number under its own label, no title.
r = one("qiongfu.txt",
        "发布文号: 某府[2005]9号?\n各市、县人民政府,省政府直属各单位: ?\n"
        "在2004年造林绿化工作中,各市、县政府切实加强领导,较好地完成了全年的造林绿化任务。省政府决定对成绩显著的市、县给予表彰。\n"
        "一等奖:甲市 乙市 丙县?\n二等奖:丁县 戊县 己市?\n希望受表彰的市、县再接再厉,在造林绿化事业中创造出更加突出的成绩。\n", "--with-text")
check("?" not in r["text"] and any(d["id"] == "clean.lost_mark" for d in r["diagnostics"]), f"a charset's `?` at lines' ends is dropped: {r['text'][:60]!r}")
# (A question's own mark stays, and one odd mark is the author's.)
r = one("wenti.txt", "问题一:这项政策从什么时候开始执行?\n答:自2031年1月1日起执行。\n问题二:哪些人可以申请?\n答:本市户籍居民。\n问题三:申请需要多长时间?\n答:十个工作日。\n", "--with-text")
check(r["text"].count("?") == 3, f"questions keep their marks: {r['text']!r}")

# A number under its label, `发布文号:`, as such pages print it (probe 248/08).
r = one("wenhao.txt",
        "某某市人民政府关于表彰2031年度造林绿化先进单位的通知\n发布文号: 某府[2031]9号\n各县区人民政府,市政府各部门:\n"
        "为树立典型,鼓励先进,市政府决定对成绩显著的单位给予表彰。希望受表彰的单位再接再厉。\n某某市人民政府\n2031年2月7日\n")
check((r["fields"].get("doc_number") or {}).get("text") == "某府[2031]9号", f"a number under 发布文号: is the document's: {r['fields'].get('doc_number')!r}")

# A street office's information box (probe 249/01): its download button, then its summary row, are the box's.
r = one("zongjie.txt",
        "当前位置:首页 > 某某街道 > 政府信息公开 > 政府信息公开目录 > 重点工作\n\n某某街道2031年工作总结\n\n"
        "发布时间:2032-01-17 15:00     发布部门:某某街道     阅读次数:\n\n"
        "索引号 MB1234567/2032-00023 生成日期 2032-01-17 公开日期 2032-01-17\n文件编号 发布机构 某某街道办事处 效力状况 有效\n文件下载\n内容概述 某某街道2031年工作总结\n\n"
        "  2031年是“十五五”规划的开局之年,街道上下认真落实上级各项决策部署,各项工作取得了显著成效。\n\n"
        "  (一)基层治理水平更高\n\n  街道深化网格化治理机制,做到主动防、早发现、快处置。\n")
check(r["title"] == "某某街道2031年工作总结" and r["fields"].get("publisher") == "某某街道办事处" and not r["fields"].get("author"),
      f"a box's download button and summary row are no title, author or publisher's tail: {r['title']!r} {r['fields'].get('publisher')!r} {r['fields'].get('author')!r}")

# A hospital office's note signed with a date typed with dots and a stop (probe 237/05).
r = one("biaozhang.txt",
        "我院积极参与省卫生宣传新闻中心开展的推选活动,经网上投票和综合审核评定,我院受表彰的人员有:\n某某某(医师类)、某某某(护理类)\n"
        "希望受表彰的个人珍惜荣誉,再接再厉;希望全院职工以他们为榜样,为医院发展作出新的贡献。\n党委办公室\n2031.3.13.\n")
check(r["fields"].get("date") == "2031-03-13", f"a date typed `2031.3.13.` signs the document: {r['fields'].get('date')!r}")

done()
