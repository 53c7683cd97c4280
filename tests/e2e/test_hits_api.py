"""ABI 1.3 (issue 16): a native plugin declares keywords and words; the host's one
keyword pass gates its detect (a document without a keyword never calls it) and
answers doc.hits() in byte offsets of the cleaned text, overlaps included. Words
the plugin did not declare are searched by the SDK with the same answer."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from e2e import BROKEN, check, done, records, run, tmpdir, write_file  # noqa: E402

tmp = tmpdir()
probe = os.path.join(BROKEN, "hits_probe.so")
without = write_file(tmp, "a_without.txt", "一份普通的文字材料\n甲乙丙丁都在这里，但没有那个关键词。\n")
with_kw = write_file(tmp, "b_with.txt", "探针文件\n甲乙丙丁，甲乙。\naaa 丙丁\n")
rc, out, err = run("process", "--threads", "1", "--with-text", "--add-handler", probe, without, with_kw)
recs = {os.path.basename(r["source"]["path"]): r for r in records(out)}
a, b = recs.get("a_without.txt", {}), recs.get("b_with.txt", {})
check(rc in (0, 1) and a and b, f"two records: {err}")
check(a.get("kind") != "probe", f"no keyword, no probe: {a.get('kind')}")
f = b.get("fields", {})
check(b.get("kind") == "probe", f"keyword present, probe wins: {b.get('kind')}")
check(f.get("detect_calls") == 1, f"detect ran once (the keyword-less document never called it): {f.get('detect_calls')}")


def offsets(text, word):
    data, w, out, i = text.encode(), word.encode(), [], 0
    while (i := data.find(w, i)) >= 0:
        out.append(str(i))
        i += 1
    return ",".join(out)


text = b.get("text", "")
check(f.get("scanned") == "yes" and f.get("undeclared_scanned") == "no", f"declared words come from the scan: {f}")
for key, word in (("jiayi", "甲乙"), ("aa", "aa"), ("bingding", "丙丁")):
    want = offsets(text, word)
    check(want and f.get(key) == want, f"hits({word}) = {f.get(key)!r}, byte offsets in the text {want!r}")
check(f.get("aa", "").count(",") == 1, f"overlapping hits are all given (aaa holds aa twice): {f.get('aa')}")
check(f.get("has_bingding") == "yes", "has() of an undeclared word searches the text")
done()
