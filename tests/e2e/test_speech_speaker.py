"""Issue 15, speeches: the speaker from the title (`张建国副市长《在…上的讲话》`) or from a
position-and-name byline (`市委副书记、市长 李明`), with the position apart, and the occasion
wherever 在…上的讲话 stands in the title."""
import os
from e2e import *

t = tmpdir()
cases = [
    ("张建国副市长《在全市安全生产工作会议上的讲话》\n（2024年3月5日）\n同志们：\n今天召开全市安全生产工作会议，主要任务是总结去年工作。\n"
     "一、充分肯定成绩\n去年以来，全市上下扎实推进安全生产工作。\n二、明确重点任务\n要坚持人民至上、生命至上。\n",
     {"speaker": "张建国", "position": "副市长", "occasion": "全市安全生产工作会议", "date": "2024-03-05"}),
    ("在全市安全生产工作会议上的讲话\n市委副书记、市长 李明\n（2024年3月5日）\n同志们：\n今天我们召开全市安全生产工作会议，主要任务是总结去年工作。\n"
     "一、充分肯定成绩\n去年以来，全市上下扎实推进安全生产工作，取得明显成效。\n二、明确重点任务\n要坚持人民至上、生命至上，压紧压实责任。\n"
     "三、强化组织保障\n各级各部门要加强领导，狠抓落实。\n",
     {"speaker": "李明", "position": "市委副书记、市长", "occasion": "全市安全生产工作会议", "date": "2024-03-05"}),
]
for i, (text, want) in enumerate(cases):
    p = os.path.join(t, f"speech{i}.txt")
    with open(p, "w") as f:
        f.write(text)
    rc, out, err = run("process", "--no-extract", p)
    r = records(out)[0]
    got = {k: r["fields"].get(k) for k in want}
    check(r["kind"] == "speech" and got == want, f"speech {i}: {got}")
done()
