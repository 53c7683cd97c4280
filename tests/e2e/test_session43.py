"""Session 43: documents from the sixteenth round of held-out sets (probes 125–130) and the open
misses of earlier rounds. Each fixture is modelled on a document of those sets (names, places and
numbers replaced)."""
import json
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp, write, one, row = fixture_helpers()

# A district council's catalogue of committee papers: each paper numbered in a column `no` by its
# committee's code over its year (`TT 2/2031`); a column of bare serials numbers nothing.
paper = lambda no: json.dumps({"name": "通過某某委員會2031年11月10日第六次會議記錄", "committee": "某某委員會", "no": no},
                              ensure_ascii=False) + "\n"
number = lambda r: (lambda n: n.get("text") if isinstance(n, dict) else n)(r["fields"].get("doc_number") or {})
r = one("papers.jsonl", paper("TT 2/2031"))
check(number(r) == "TT 2/2031", f"a paper's code: {r['fields'].get('doc_number')}")
r = one("serials.jsonl", paper("17"))
check(not number(r), f"a serial is no number: {r['fields'].get('doc_number')}")

# A ministry's crawled feature on a province (`某某打造人工智能产业新高地`), its numbered parts like an
# experience report's: filed under the site's news column, which its address names by pinyin initials
# (`/dfkj/xx/zxdt/203104/…`, 最新动态); the column of notices (`/xwzx/tzgg/…`, 通知公告) is none.
feature = lambda url: one("feature.csv", "seq,title,docDate,url,source,content\n"
                          f"5,某某打造人工智能产业新高地,2031-04-17,{url},某某部,\"某某积极抢抓行业风口，出台多个人工智能领域行动方案。"
                          "2030年，某某人工智能产业发展评价居全国第5位。\n一、夯实底层能力，加强技术攻关\n近三年某某部署人工智能科技攻关128项。\n"
                          "二、强化场景牵引，推动融合应用\n全省大模型总数达到140余个。\"\n")
r = feature("https://www.example.gov.cn/dfkj/xx/zxdt/203104/t20310417_196429.html")
check(r["kind"] == "news", f"a feature under a news column: {r['kind']}")
r = feature("https://www.example.gov.cn/xwzx/tzgg/content/post_196429.html")
check(r["kind"] != "news", f"a notices column is no news column: {r['kind']}")

# A city office's 函 as a page's text keeps it, its recipients run on with the body on one line, the
# body giving a mail address (`市直有关部门: 为切实…联系人:某某,邮箱:…@163.com 1 总则…`): organs named by
# what they do for it, and a paragraph of prose, no link's line.
r = one("runon.txt", "今天是:2031年12月06日\n某某市水利局\n\n某某市防汛办公室关于征求《某某市防汛应急预案(征求意见稿)》修改意见的函\n\n"
        "市直有关部门: 为切实做好防汛减灾工作,市防汛办修订完善形成了《某某市防汛应急预案(征求意见稿)》。请各单位于6月18日前反馈。"
        "联系人:某某,电话:1234567,邮箱:fxb@example.com 1 总则 1.1 编制目的 为主动预防、应对洪涝灾害,特制定本预案。\n")
check(r["kind"] == "letter" and r["fields"].get("recipients") == ["市直有关部门"], f"a run-on list of recipients: {r['kind']} {r['fields'].get('recipients')}")

# A county secretary's new-year address, its byline on the title's line after a space (`2031新春献辞
# 中共某某县委书记某某某`): a speech (献辞), the title before the byline, the speaker and his post.
r = one("address.txt", "2031新春献辞 中共某某县委书记王某某\n同志们、朋友们、某某的父老乡亲们:\n"
        "在这辞旧迎新、万家团圆的美好时刻,我代表县委、县人大、县政府、县政协,向全县父老乡亲致以新春的祝福!\n"
        "过去一年,是很不容易、很不平凡的一年。这一年,我们交出了优异答卷。\n")
check(r["kind"] == "speech" and r["title"] == "2031新春献辞" and r["fields"].get("speaker") == "王某某" and
      r["fields"].get("position") == "中共某某县委书记",
      f"a byline on the title's line: {r['kind']} {r['title']} {r['fields'].get('speaker')} {r['fields'].get('position')}")
# A district's 政府工作报告 whose speaker is a name alone, letter-spaced, over the deputies' salutation.
r = one("work-report.txt", "2031年政府工作报告\n\n发布时间:2032-01-21 11:16 信息来源: 某某区政府办公室\n\n"
        "2031年12月24日在某某区第九届人民代表大会第五次会议上\n\n王 某 某\n\n各位代表:\n\n"
        "我代表区人民政府向大会作工作报告,请予审议。\n\n一、十四五工作回顾\n\n过去五年,是我区发展史上极不平凡的五年。\n")
check(r["kind"] == "work_report" and r["fields"].get("speaker") == "王某某", f"a name over the deputies: {r['kind']} {r['fields'].get('speaker')}")
# A bilingual commencement speech: its occasion from the Chinese subtitle, not the translation's under it.
r = one("bilingual.txt", "青春正当时,奋斗向未来\n\n——在2031届毕业典礼暨学位授予仪式上的讲话\n\n王某某\n\n"
        "Youth in Full Bloom\n\n--Speech at the Graduation Ceremony of the 2031 Graduates\n\nWang Mou\n\n"
        "亲爱的同学们、老师们:\n\n大家上午好!\n\n今天,我们相聚在这里,隆重举行毕业典礼。\n")
check(r["kind"] == "speech" and r["fields"].get("occasion") == "2031届毕业典礼暨学位授予仪式", f"the Chinese subtitle's occasion: {r['fields'].get('occasion')}")

# A county portal's news that a head gave his new-year address, the lead introducing its text (`…全文如下:`)
# and the address under its own printed title (`新 年 贺 词`) and byline: the printed title.
r = one("reported-address.txt", "首页 > 图片新闻\n\n某某县人民政府县长王某某发表二〇三一年新年贺词\n\n"
        "某某县人民政府门户网站  2031-02-11 19:40:01   来源:某某县政府网站\n\n"
        "新年前夕,某某县人民政府县长王某某通过互联网和县广播电视台,发表了二O三一年新年贺词。全文如下:\n\n新 年 贺 词\n\n"
        "  某某县人民政府县长  王某某\n\n某某的父老乡亲们,同志们、朋友们:\n\n在这辞旧迎新的幸福时刻,我首先代表县四大班子,向全县人民拜年!\n")
check(r["kind"] == "speech" and r["title"] == "新年贺词" and r["fields"].get("speaker") == "王某某",
      f"the address under its printed title: {r['kind']} {r['title']} {r['fields'].get('speaker')}")

# A province's 公告 signed short by its level (`省科技厅`) under a title naming the organ in full: the full
# name; an office signed without its owner (`教务处` under `某某大学教务处关于…`) stays as signed.
r = one("short-signature.txt", "湖南省科学技术厅关于2031年第五批入库科技型中小企业的公告\n湘科公告〔2031〕23号\n"
        "根据有关规定，现将第五批入库科技型中小企业名单予以公告。\n附件：2031年第五批入库科技型中小企业名单\n省科技厅\n2031年8月6日\n")
check(r["fields"].get("issuer") == ["湖南省科学技术厅"], f"a signature short by its level: {r['fields'].get('issuer')}")
r = one("office-signature.txt", "某某大学教务处关于开展第二轮答辩的通知\n各学院：\n现就第二轮答辩有关事项通知如下。\n一、答辩时间\n2031年5月。\n教务处\n2031年4月6日\n")
check(r["fields"].get("issuer") == ["教务处"], f"an office signed without its owner: {r['fields'].get('issuer')}")

done()
