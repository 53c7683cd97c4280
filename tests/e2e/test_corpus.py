"""The real corpus (../shared/corpus): skipped when absent."""
import json
import os
from e2e import *

require_corpus()
p1, p2 = corpus_file("001_"), corpus_file("002_")
rc, out, err = run("process", p1, p2)
r1, r2 = records(out)
gold1 = json.load(open(os.path.join(CORPUS, "gold", "gold_001.json")))
check(r1["kind"] == "speech" and r1["handler"] == "speech@native", "001 is a speech")
check(r1["fields"].get("speaker") == "陈玲玲", "001 speaker 陈玲玲")
check(r1["fields"].get("date") == "2018-02-06", "001 date 2018-02-06")
check(r1["title"] == "在全市组织部长会议上的讲话摘要", "001 title")
level1 = [(s["marker"], s["line"]) for s in r1["sections"] if s["level"] == 1]
check(level1 == [("一、", 18), ("二、", 31), ("三、", 49), ("四、", 261)], f"001 level-1 headings and lines {level1}")
check(r2["handler"] == "wechat@lua", "002 goes to the WeChat script")
check(r2["fields"].get("account") == "越城组工" and r2["fields"].get("date") == "2018-09-13", "002 account and date")
check(r2["title"].startswith("新时代书写新作为新篇章"), "002 title")

# The same document in three encodings gives the same record but for the encoding.
t = tmpdir()
raw = open(p1, "rb").read().decode("utf-8")
paths = []
for enc, data in [("utf-8", raw.encode("utf-8")), ("gb18030", raw.encode("gb18030")), ("utf-16le", b"\xff\xfe" + raw.encode("utf-16-le"))]:
    p = os.path.join(t, "001." + enc + ".txt")
    open(p, "wb").write(data)
    paths.append(p)
rc, out, err = run("process", "--with-text", *paths)
recs = records(out)
check([r["source"]["encoding"] for r in recs] == ["utf-8", "gb18030", "utf-16le"], "encodings are detected")
def strip(r):
    r = dict(r)
    r.pop("id")
    r["source"] = {k: v for k, v in r["source"].items() if k not in ("path", "encoding")}
    return r
check(strip(recs[0]) == strip(recs[1]) == strip(recs[2]), "UTF-8, GB18030 and UTF-16LE give identical records")
done()
