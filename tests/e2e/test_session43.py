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

done()
