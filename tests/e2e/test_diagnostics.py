"""Diagnostics have stable ids (issue 20): every diagnostic and error of a record carries a
registered id (or a handler's `handler.NAME…`), docs/diagnostics.md lists exactly the registry,
scripts and native plugins name their own ids, and SQLite can select on them."""
import json, os, re, sqlite3, zipfile
from e2e import *

# The registry, and the documentation kept equal to it.
rc, out, err = run("diagnostics", "--format", "json")
kinds = json.loads(out) if rc == 0 else []
ids = [k["id"] for k in kinds]
check(rc == 0 and len(ids) >= 30 and len(set(ids)) == len(ids), f"`gongwen diagnostics` lists unique ids ({len(ids)})")
steps = {"read", "clean", "split", "classify", "process", "extract", "run"}
check(all(re.fullmatch(r"[a-z]+\.[a-z0-9_]+", i) and i.split(".")[0] in steps for i in ids),
      "every id is `step.what` in lower case")
check(all(k["severity"] in ("info", "warning", "error") and k["group"] and k["summary"] for k in kinds),
      "every id has a severity, a group and a summary")
with open(os.path.join(SOURCE, "docs", "diagnostics.md"), encoding="utf-8") as f:
    rows = [r for r in re.findall(r"^\| `([a-z0-9_.]+)` \| (\w+) \| (\w+) \| (.+?) \|$", f.read(), re.M)]
documented = [{"id": i, "group": g, "severity": s, "summary": m} for i, g, s, m in rows]
check(documented == kinds, f"docs/diagnostics.md lists exactly the registry, in its order "
      f"(missing {sorted(set(ids) - {d['id'] for d in documented})}, stale {sorted({d['id'] for d in documented} - set(ids))})")
rc, text, _ = run("diagnostics")
check(rc == 0 and all(i in text for i in ids) and "handler.NAME" in text, "the text listing names every id")

t = tmpdir()
def write(name, data):
    p = os.path.join(t, name)
    with open(p, "wb") as f:
        f.write(data)
    return p

notice = "关于开展安全检查的通知\n各单位：\n为做好安全生产工作，现就有关事项通知如下。\n一、检查范围\n全市各类企业。\n某某市应急管理局\n2023年5月6日\n"
utf16 = write("utf16.txt", notice.encode("utf-16-le"))
folio = write("folio.txt", ("关于开展安全检查的通知\n各单位：\n" + "为做好安全生产工作，现就有关事项通知如下，请认真落实。\n" * 30
                            + "— 2 —\n" + "各单位要高度重视，切实加强组织领导，确保检查取得实效。\n" * 30).encode())
empty = write("empty.txt", b"")
z = os.path.join(t, "other.docx")
with zipfile.ZipFile(z, "w") as f:
    f.writestr("hello.txt", "not a document")
regulation = write("rules.txt", ("某某市档案管理办法\n第一条 为了加强档案管理，根据有关法律法规，制定本办法。\n"
                                 "第二条 本办法适用于本市行政区域内的档案工作。\n第二条 市档案主管部门负责全市档案工作。\n"
                                 "第三条 本办法自发布之日起施行。\n").encode())
rc, out, err = run("process", "--no-extract", utf16, folio, empty, z, regulation, os.path.join(t, "missing.txt"))
recs = {os.path.basename(r["source"]["path"]): r for r in records(out)}
registered = set(ids)
def diag_ids(r):
    return [d["id"] for d in r.get("diagnostics", [])]
check(rc == 1 and len(recs) == 6, f"six inputs, six records, exit 1 for the failed ones (rc {rc}, {len(recs)})")
check(all(i in registered or i.startswith("handler.") for r in recs.values() for i in diag_ids(r)),
      "every diagnostic id is registered or a handler's")
d = [g for g in recs.get("utf16.txt", {}).get("diagnostics", []) if g["id"] == "read.encoding_guessed"]
check(d and d[0]["step"] == "read" and d[0]["severity"] == "warning", "UTF-16 without a BOM: read.encoding_guessed, a read warning")
check("clean.folio" in diag_ids(recs.get("folio.txt", {})), "a page number dropped: clean.folio")
errors = {name: recs.get(name, {}).get("error", {}).get("id") for name in ("empty.txt", "other.docx", "missing.txt")}
check(errors == {"empty.txt": "read.undecodable", "other.docx": "read.unsupported", "missing.txt": "read.io"},
      f"errors carry their ids ({errors})")
check(recs.get("missing.txt", {}).get("diagnostics", [{}])[0].get("id") == "read.io", "the error is also the record's diagnostic")
check("handler.regulation.article_twice" in diag_ids(recs.get("rules.txt", {})),
      f"a native plugin names its own id through ABI 1.2 ({diag_ids(recs.get('rules.txt', {}))})")

# A script names its ids; a malformed id is the script's error, said as such.
script = write("ids.lua", b"""return { name = 'ids', version = '1', kinds = {'x'},
  detect = function(doc) return 1 end,
  process = function(doc)
    doc:diagnostic('warning', 'no issue line', nil, 'no_issue')
    doc:diagnostic('info', 'plain')
  end }
""")
rc, out, err = run("process", "--no-extract", "--handler", script, utf16)
r = (records(out) or [{}])[0]
check(rc == 0 and "handler.ids.no_issue" in diag_ids(r) and "handler.ids" in diag_ids(r),
      f"a script's diagnostics are handler.NAME[.ID] ({diag_ids(r)})")
bad = write("badid.lua", b"""return { name = 'badid', version = '1', kinds = {'x'},
  detect = function(doc) return 1 end,
  process = function(doc) doc:diagnostic('warning', 'x', nil, 'Not An Id') end }
""")
rc, out, err = run("process", "--no-extract", "--handler", bad, utf16)
r = (records(out) or [{}])[0]
check(rc == 1 and r.get("error", {}).get("id") == "process.failed" and "lower-case" in r["error"]["message"],
      "a malformed id fails the script's process() with a reason")

# SQLite selects on ids.
job = write("job.lua", f'return {{ name = "ids", inputs = {{ {json.dumps(utf16)}, {json.dumps(folio)}, {json.dumps(empty)} }}, '
                       f'outputs = {{ "run.sqlite" }} }}'.encode())
rc, out, err = run("run", job)
db = sqlite3.connect(os.path.join(t, "run.sqlite"))
n = db.execute("SELECT count(*) FROM diagnostics WHERE id = 'clean.folio'").fetchone()[0]
e = db.execute("SELECT count(*) FROM diagnostics WHERE id = 'read.undecodable' AND severity = 'error'").fetchone()[0]
check(rc == 1 and n == 1 and e == 1, f"SQLite's diagnostics.id selects them (folio {n}, undecodable {e})")
done()
