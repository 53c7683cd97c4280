"""Held-out round of session 20 (issues 12, 13, 14, 15): the round's committed sets with their floors,
and inputs modelled on the round's files (names replaced)."""
import os
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")
tmp = tmpdir()


write = lambda name, content, mode="w": write_file(tmp, name, content, mode)
recs = process_records


# ---- a plenum signs what it adopted (organ_like: `…全体会议`) --------------------------------------
r = recs(write("plenum.txt", "关于制定国民经济和社会发展第七个五年计划的建议的说明\n（一九八五年九月十八日）\n\n各位代表：\n\n"
                             "现将有关情况报告如下。这是正文内容，讲了很多事情。\n\n中国共产党第十二届中央委员会第四次全体会议\n一九八五年九月二十三日\n"),
         "--no-split")[0]
check((r["fields"].get("issuer"), r["fields"].get("date")) == (["中国共产党第十二届中央委员会第四次全体会议"], "1985-09-23"),
      f"a plenum's signature is its issuer: {r['fields'].get('issuer')} {r['fields'].get('date')}")

done()
