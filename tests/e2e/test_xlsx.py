"""Excel output: a run's `.xlsx` read back cell by cell against the same run's JSON Lines.

The workbook is parsed here with the standard library (zip + XML), so the test does not
depend on the writer to read itself: the documents sheet has a row per record with the
record's values in typed cells (numbers as numbers, ISO dates as Excel dates) and a
column for every field; the sections and entities sheets hold every section and entity;
each sheet has a frozen header row, an autofilter and column widths.
"""
import datetime
import json
import os
import re
import zipfile
import xml.etree.ElementTree as ET
from e2e import *

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
t = tmpdir()
docs = os.path.abspath(os.path.join(SOURCE, "samples", "docs"))
devset = os.path.abspath(os.path.join(SOURCE, "tests", "devset", "gongwen"))
job = os.path.join(t, "job.lua")
open(job, "w").write(f'''return {{ name = "xlsx", inputs = {{ "{docs}/*.txt", "{devset}/0*.txt", "{devset}/0*.md" }},
  outputs = {{ "out/run.xlsx", "out/run.jsonl" }} }}''')
rc, _, err = run("run", job)
check(rc in (0, 1), f"a job with an .xlsx output runs ({err.strip()[-200:]})")
recs = [json.loads(l) for l in open(os.path.join(t, "out", "run.jsonl"), encoding="utf-8")]
z = zipfile.ZipFile(os.path.join(t, "out", "run.xlsx"))
wb = ET.fromstring(z.read("xl/workbook.xml"))
names = [s.get("name") for s in wb.find("m:sheets", NS)]
check(names == ["documents", "sections", "entities"], f"three sheets ({names})")


def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def sheet(i):
    root = ET.fromstring(z.read(f"xl/worksheets/sheet{i}.xml"))
    rows = []
    for r in root.find("m:sheetData", NS):
        row = {}
        for c in r:
            kind = c.get("t")
            if kind == "inlineStr":
                v = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
            elif kind == "b":
                v = c.find("m:v", NS).text == "1"
            else:
                v = float(c.find("m:v", NS).text)
            row[col_index(c.get("r"))] = v
        rows.append(row)
    header = [rows[0][i] for i in range(len(rows[0]))]
    return root, header, [[row.get(i) for i in range(len(header))] for row in rows[1:]]


root, header, rows = sheet(1)
check(len(rows) == len(recs), f"one row per record ({len(rows)} rows, {len(recs)} records)")
fields = {k for r in recs for k in r["fields"]}
check(fields <= set(header) and header[:9] == ["id", "path", "container", "index", "line", "kind", "handler", "title", "error"],
      f"a column for every field ({len(fields)} fields, {len(header)} columns)")
col = {h: i for i, h in enumerate(header)}
bad = []
for r, row in zip(recs, rows):
    if row[col["id"]] != r["id"] or row[col["kind"]] != r["kind"] or (r["title"] or None) != row[col["title"]]:
        bad.append(r["id"][:12])
    d = r["fields"].get("date")
    if isinstance(d, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        serial = row[col["date"]]
        got = datetime.date(1899, 12, 30) + datetime.timedelta(days=serial) if isinstance(serial, float) else None
        if got is None or got.isoformat() != d:
            bad.append(f"date {d} -> {serial}")
    n = r["fields"].get("doc_number")
    if isinstance(n, dict) and json.loads(row[col["doc_number"]]) != n:
        bad.append("doc_number")
    if r["source"].get("line_start") is not None and row[col["line"]] != r["source"]["line_start"]:
        bad.append("line")
check(not bad, f"every row holds its record's values: ids, kinds, titles, dates as Excel dates, objects as JSON ({bad[:5]})")
check(root.find(".//m:pane[@state='frozen']", NS) is not None and root.find("m:autoFilter", NS) is not None
      and len(root.find("m:cols", NS)) == len(header), "frozen header row, autofilter, a width for every column")
_, sh, srows = sheet(2)
_, eh, erows = sheet(3)
check(len(srows) == sum(len(r["sections"]) for r in recs) and sh[:3] == ["id", "title of document", "seq"],
      f"sections sheet: every section ({len(srows)})")
check(len(erows) == sum(len(r["entities"]) for r in recs) > 0 and all(row[3] for row in erows),
      f"entities sheet: every entity with its type ({len(erows)})")
chinese = [row[col["title"]] for row in rows if row[col["title"]] and re.search(r"[\u4e00-\u9fff]", row[col["title"]])]
check(len(chinese) > 10, f"Chinese titles stored as text ({len(chinese)})")
# Excel parts are not merged.
rc, _, err = run("merge", os.path.join(t, "m.xlsx"), os.path.join(t, "out", "run.xlsx"))
check(rc == 2 and "Excel" in err, f"merge refuses Excel parts ({err.strip()[:80]})")
done()
