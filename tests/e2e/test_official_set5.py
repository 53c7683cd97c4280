"""Issues 13 and 15, held-out set 5 (tests/devset/gongwen-5): 公文 as a policy database exports them
to Markdown — a record block over the text (`**发布机构**: …`, `- **文件编号**：…`, a `# title`,
closed by `## 政策全文`) read as fields and kept out of the body; a 印发 notice and the regulation it
issues as two records; a 新华社 release whose organ line over `关于…` is the title's first line; a
report dated by its `——…在…会议上` subtitle. Per-element figures from tools/eval_official.py against
the hand-checked gold; every element was right when the set was added."""
import json
import os
import subprocess
import sys
from e2e import *

out = os.path.join(tmpdir(), "set5.json")
p = subprocess.run([sys.executable, os.path.join(SOURCE, "tools", "eval_official.py"), "--gongwen", GONGWEN, "--devset",
                    os.path.join(SOURCE, "tests", "devset", "gongwen-5"), "--json", out], capture_output=True, text=True)
print(p.stdout[-1500:])
check(p.returncode == 0 and os.path.exists(out), f"eval_official ran ({p.stderr[-300:]})")
totals = json.load(open(out))["totals"] if os.path.exists(out) else {}
for key, floor in {"kind": 4, "title": 4, "doc_number": 2, "issuer": 4, "date": 4, "recipients": 3}.items():
    got, n = totals.get(key, [0, 0])[:2]
    check(got >= floor, f"{key}: {got}/{n} (floor {floor})")
# The export's record block is read as fields and kept out of the text (002: a `### 基本信息` block
# of `- **label**：value` bullets; its values as the file prints them).
src = os.path.join(SOURCE, "tests", "devset", "gongwen-5", "002_gongxinbu_weixing_tongxin_zhidao_yijian_2025.md")
rc, out, err = run("process", "--no-extract", "--with-text", src)
r = records(out)[0] if records(out) else {}
f = r.get("fields", {})
block = open(src, encoding="utf-8").read().split("\n\n")[0]
check(f.get("url") and f["url"] in block and f.get("page_doc_number") == f.get("doc_number", {}).get("text") and
      "发布机构" not in r.get("text", "") and "基本信息" not in r.get("text", ""),
      f"record block as fields ({f.get('url')}, {f.get('page_doc_number')}) and out of the text")
done()
