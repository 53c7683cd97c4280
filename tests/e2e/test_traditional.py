"""Traditional Chinese (issue 17): a document written in traditional characters (Hong Kong,
Macau, Taiwan) is read folded to simplified by OpenCC for classification and extraction, and
its record keeps the text, the title, the headings and the entities as written.

The documents: real 公文 of tests/devset/gongwen, written out in Hong Kong (s2hk) and Taiwan
(s2twp, with Taiwan's vocabulary) characters by OpenCC's own converter (Debian's `opencc`); the
elements must be those of the hand-checked gold of the originals.
"""
import glob
import json
import os
import re
import shutil
import subprocess
from e2e import *

squeeze = lambda s: re.sub(r"[\s\u3000]+", "", s or "")
dev = os.path.join(SOURCE, "tests", "devset", "gongwen")
opencc = shutil.which("opencc")
check(opencc is not None, "opencc is installed (tools/install-deps.sh installs it)")
t = tmpdir()
names = ["001_mps3_pifu_hukou_2006.txt", "005_spc_tongzhi_zhenduan_2014.txt", "018_wuhan_laoshe_yijian_2004.txt",
         "021_fujian_jiaoyuting_suiqian_2016.txt", "022_guangdong_zhuanfa_suiqian_2012.txt", "027_moj_tongzhi_jianxing_jiashi_2014.txt"]
right = total = 0
for name in names if opencc else []:
    gold = json.load(open(os.path.join(dev, "gold", name.rsplit(".", 1)[0] + ".json"), encoding="utf-8"))
    for config in ("s2hk", "s2twp"):
        path = os.path.join(t, f"{config}_{name}")
        subprocess.run([opencc, "-c", config + ".json", "-i", os.path.join(dev, name), "-o", path], check=True)
        source = open(path, encoding="utf-8").read()
        rc, out, err = run("process", "--with-text", path)
        r = records(out)[0]
        f = r["fields"]
        # The gold is in simplified characters; the record's fields are as written: the gold's
        # values written out by the same converter.
        number = squeeze(gold["doc_number"]["text"]) if gold.get("doc_number") else None
        issuers = [squeeze(x) for x in gold.get("issuers") or []]
        plain, written = os.path.join(t, "values.txt"), os.path.join(t, "values_written.txt")
        open(plain, "w", encoding="utf-8").write("\n".join([number or ""] + issuers) + "\n")
        subprocess.run([opencc, "-c", config + ".json", "-i", plain, "-o", written], check=True)
        values = open(written, encoding="utf-8").read().split("\n")
        want = {"kind": gold["kind"], "number": values[0] or None, "date": gold.get("date"), "issuer": values[1:1 + len(issuers)] or None}
        got = {"kind": r["kind"], "number": squeeze(f.get("doc_number", {}).get("text")) or None, "date": f.get("date"),
               "issuer": [squeeze(x) for x in f.get("issuer") or []] or None}
        ok = sum(1 for k in want if want[k] == got[k] or (k == "issuer" and not want[k]))
        right += ok
        total += len(want)
        check(f.get("script", {}).get("written") == "traditional" and f["script"].get("fold") in ("hk2s", "tw2s", "t2s"),
              f"{config} {name}: the fold is recorded ({f.get('script')})")
        if number:  # the number's key in the reading that matches it across a run: the original's key
            rc0, out0, err0 = run("process", "--no-extract", os.path.join(dev, name))
            key = (records(out0)[0]["fields"].get("doc_number") or {}).get("key")
            check(key and f["doc_number"].get("key") == key, f"{config} {name}: the number's key {f['doc_number'].get('key')} is the original's {key}")
        # Kept as written: the text, the title (over its lines), the entities on their source lines.
        check(r.get("text") and r["text"] in source.replace("\r\n", "\n") or squeeze(r.get("text")) in squeeze(source),
              f"{config} {name}: the record keeps the text as written")
        check(squeeze(r["title"]) in squeeze(source), f"{config} {name}: the title as written ({r['title'][:24]})")
        if name.startswith("022_"):
            # Split in its simplified reading too: the 转发 notice and the opinion it forwards.
            recs = records(out)
            check(len(recs) == 2 and recs[1]["fields"].get("attachment_of") == recs[0]["id"] and recs[1]["kind"] == "opinion"
                  and squeeze(recs[1]["title"]) in squeeze(source) and recs[1]["fields"].get("script"),
                  f"{config} {name}: the notice and the opinion it forwards are two records, each as written")
        lines = source.splitlines()
        bad = [e["text"] for e in r["entities"] if e.get("line") and squeeze(e["text"])[:4] not in squeeze("".join(lines[e["line"] - 1:e["line"] + 1]))]
        check(not bad, f"{config} {name}: every entity as written on its source line ({bad[:2]})")
check(total and right == total, f"elements of the traditional versions equal the gold of the originals: {right}/{total}")
# A simplified document is never folded.
rc, out, err = run("process", "--no-extract", *sorted(glob.glob(os.path.join(dev, "*.txt"))))
folded = [r["source"]["path"] for r in records(out) if "script" in r["fields"]]
check(not folded, f"no simplified document is folded ({folded[:2]})")
done()
