"""Binary formats (issue 12): DOCX, PDF and OFD built at test time from 公文 texts
of the dev set, read back and compared with the text they came from; real
files from public repositories (tests/devset/binary) against hand-checked gold;
and hostile files (zip bombs, entities, truncation, nesting, 5,000 pages), each
of which must give one record or one error record naming the reason."""
import difflib
import json
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
import fixtures_binary as fb  # noqa: E402
from e2e import SOURCE, check, done, records, run, tmpdir  # noqa: E402

DEVSET = os.path.join(SOURCE, "tests", "devset", "gongwen")
REAL = os.path.join(SOURCE, "tests", "devset", "binary")
SOURCES = ["005_spc_tongzhi_zhenduan_2014", "018_wuhan_laoshe_yijian_2004", "021_fujian_jiaoyuting_suiqian_2016",
           "027_moj_tongzhi_jianxing_jiashi_2014"]


def paragraphs_of(stem):
    gold = json.load(open(os.path.join(DEVSET, "gold", stem + ".json"), encoding="utf-8"))
    lines = open(os.path.join(DEVSET, stem + ".txt"), encoding="utf-8").read().splitlines()
    if "正文" in [line.strip() for line in lines]:
        lines = lines[[line.strip() for line in lines].index("正文") + 1:]
    return gold, fb.roles_from_text(gold["title"], lines)


def squash(s):
    return "".join(ch for ch in s if not ch.isspace())


def agreement(expected, got):
    """Share of the expected characters found in order (edit-distance matching)."""
    m = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    return sum(b.size for b in m.get_matching_blocks()) / max(1, len(expected))


def one(path, *extra):
    rc, out, err = run("process", "--no-split", "--with-text", *extra, path)
    recs = records(out)
    return rc, recs, err


tmp = tmpdir()
figures = []
for stem in SOURCES:
    gold, paras = paragraphs_of(stem)
    expected = squash("".join(t for _, t in paras))
    for fmt, data in (("docx", fb.docx(paras)), ("pdf", fb.pdf(paras, running_head="测试印发机关内部资料")), ("ofd", fb.ofd(paras)),
                      ("rtf", fb.rtf(paras, header="测试印发机关内部资料")), ("mhtml", fb.mhtml(fb.html_page(paras)))):
        # No extension: the content decides the format.
        path = os.path.join(tmp, f"{stem}-{fmt}")
        open(path, "wb").write(data)
        rc, recs, err = one(path)
        check(rc == 0 and len(recs) == 1 and "error" not in recs[0], f"{fmt} {stem}: one record, exit 0 ({err.strip()[:200]})")
        if not recs:
            continue
        r = recs[0]
        got = squash(r.get("text", ""))
        a = agreement(expected, got)
        figures.append((fmt, stem, a))
        check(a >= 0.99, f"{fmt} {stem}: {a:.4f} of the source characters in order (>= 0.99)")
        check(r["source"].get("format") == fmt, f"{fmt} {stem}: source.format = {r['source'].get('format')}")
        check(r["title"] == gold["title"], f"{fmt} {stem}: title {r['title']!r}")
        check(r["kind"] == gold["kind"], f"{fmt} {stem}: kind {r['kind']} (gold {gold['kind']})")
        if fmt == "rtf":
            check(r["fields"].get("page_headers") == ["测试印发机关内部资料"] and "测试印发机关内部资料" not in r.get("text", ""),
                  f"rtf {stem}: the page header is a field, not text ({r['fields'].get('page_headers')})")
        if fmt == "mhtml":
            check(r["fields"].get("url") == "https://www.example.gov.cn/zwgk/2024/t20240305_1.html" and
                  r["fields"].get("site") == "示例市人民政府网" and "网站首页" not in r.get("text", ""),
                  f"mhtml {stem}: the part's address and the footer's site are fields, the menu is not text "
                  f"({r['fields'].get('url')}, {r['fields'].get('site')})")
        if fmt not in ("docx", "rtf", "mhtml"):
            check(r["source"].get("page_start") == 1 and r["source"].get("page_end", 0) >= 1,
                  f"{fmt} {stem}: pages {r['source'].get('page_start')}-{r['source'].get('page_end')}")
            check("— 1 —" not in r.get("text", "") and "测试印发机关内部资料" not in r.get("text", ""),
                  f"{fmt} {stem}: folios and the running head are not in the text")

# The style of each paragraph reaches inspect (and so p.style / gw_style).
gold, paras = paragraphs_of(SOURCES[0])
path = os.path.join(tmp, "styled.ofd")
open(path, "wb").write(fb.ofd(paras))
rc, out, err = run("inspect", path)
title_line = [line for line in out.splitlines() if gold["title"] in line and "|" in line]
check(bool(title_line) and "22pt" in title_line[0] and "center" in title_line[0] and "p1" in title_line[0],
      f"inspect shows the title's style: {title_line[:1]}")

# Automatic numbering: level-1 headings without text markers read as 一、二、…
h1 = [t for role, t in paras if role == "h1"]
if h1:
    path = os.path.join(tmp, "numbered.docx")
    open(path, "wb").write(fb.docx(paras, numbered_h1=True))
    rc, recs, err = one(path)
    text = recs[0].get("text", "") if recs else ""
    check(all(h in text for h in h1), f"docx numbering rendered as markers: {h1[:2]}")

# A 发文字号 printed in the page header (outside the body) becomes the field.
hdr_paras = [("title", "北京市人民政府关于做好测试工作的通知"), ("recipient", "各区人民政府，市政府各委、办、局："),
             ("body", "为做好测试工作，现将有关事项通知如下。"), ("signature", "北京市人民政府"), ("date", "2024年3月5日")]
path = os.path.join(tmp, "header-number.docx")
open(path, "wb").write(fb.docx(hdr_paras, header="京政发〔2024〕3号"))
rc, recs, err = one(path)
r = recs[0] if recs else {"fields": {}}
check(r["fields"].get("page_headers") == ["京政发〔2024〕3号"] and r["fields"].get("doc_number", {}).get("key") == "京政发〔2024〕3号"
      and r["fields"].get("doc_number_from") == "page_header" and "京政发" not in r.get("text", ""),
      f"doc_number from the DOCX page header: {r['fields'].get('doc_number')} {r['fields'].get('page_headers')}")

# An OFD package of two documents (GB/T 33190: one DocBody each) gives a record for each, the
# package as their container; built from two single-document fixtures of the dev set.
docs = [paragraphs_of(stem) for stem in SOURCES[:2]]
one_doc = [zipfile.ZipFile(__import__("io").BytesIO(fb.ofd(paras))) for _, paras in docs]
path = os.path.join(tmp, "package.ofd")
with zipfile.ZipFile(path, "w") as z:
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    bodies = "".join(f'<ofd:DocBody><ofd:DocInfo><ofd:Title>{fb.esc(g["title"])}</ofd:Title></ofd:DocInfo>'
                     f'<ofd:DocRoot>Doc_{k}/Document.xml</ofd:DocRoot></ofd:DocBody>' for k, (g, _) in enumerate(docs))
    z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD">{bodies}</ofd:OFD>')
    for k, src in enumerate(one_doc):
        for name in src.namelist():
            if name.startswith("Doc_0/"):
                z.writestr(f"Doc_{k}/" + name[len("Doc_0/"):], src.read(name))
rc, out, err = run("process", "--with-text", path)
recs = records(out)
arts = [r for r in recs if r["source"].get("container")]
cont = [r for r in recs if r["fields"].get("split_method") == "package"]
check(rc == 0 and len(cont) == 1 and len(arts) == 2, f"an OFD package of 2 documents: a container and 2 records "
      f"({[(r['kind'], r['title'][:16]) for r in recs]}, {err.strip()[:200]})")
for (g, paras), r in zip(docs, arts):
    expected = squash("".join(t for _, t in paras))
    a = agreement(expected, squash(r.get("text", "")))
    check(r["title"] == g["title"] and r["kind"] == g["kind"] and a >= 0.99,
          f"package document {g['title'][:16]}: title, kind {r['kind']} (gold {g['kind']}) and {a:.4f} of its text")
check(all(r["source"].get("page_start", 0) >= 1 for r in arts) and arts and arts[1]["source"].get("page_start", 0) > 1,
      f"each package document names its pages ({[(r['source'].get('page_start'), r['source'].get('page_end')) for r in arts]})")

# A red masthead without 文件 (中共…市委) is the 发文机关标志 by its typography (DOCX, OFD:
# PDF text carries no colour through poppler).
red = [("masthead", "中共测试市委"), ("title", "关于做好测试工作的通知"), ("recipient", "各单位："),
       ("body", "为做好测试工作，现将有关事项通知如下。请各单位认真贯彻执行。")]
for fmt, make in (("docx", fb.docx), ("ofd", fb.ofd)):
    path = os.path.join(tmp, f"red-masthead.{fmt}")
    open(path, "wb").write(make(red))
    rc, recs, err = one(path)
    f = recs[0]["fields"] if recs else {}
    check(f.get("masthead") == "中共测试市委" and f.get("issuer") == ["中共测试市委"] and f.get("issuer_from") == "masthead",
          f"{fmt}: a red masthead without 文件 is the 发文机关标志: {f.get('masthead')} {f.get('issuer')}")

# A compilation printed in one size and face (reprinted articles, each from a new page, each
# closed by a source note): typography says nothing, the page tops do.
lead = "这是一篇回忆文章的正文第一段，讲述当年发生的事情和经过，文字较长，足够排满几行。"
titles = ["破四旧的风暴", "封闭红卫报", "一月夺权", "广州武斗的开始", "实行军管"]
comp = [("body", "第一部分")]
for i, t in enumerate(titles):
    if i:
        comp.append(("pagebreak", ""))
    comp += [("body", t), ("body", lead * 3), ("body", "又过了一些日子，事情有了新的变化，大家都记得很清楚。" * 2),
             ("body", f"载《某某晚报》2013年{i + 5}月18日")]
path = os.path.join(tmp, "compilation.pdf")
open(path, "wb").write(fb.pdf(comp))
rc, out, err = run("process", "--no-extract", path)
recs = records(out)
found = [r["title"] for r in recs if r["source"].get("container")]
check(recs and recs[0]["kind"] == "collection" and found == titles,
      f"a one-face PDF compilation splits at page tops after a source note, the first under its part label: {found}")
check(all(r["fields"].get("section") == "第一部分" for r in recs if r["source"].get("container")),
      "every article knows the part it stands in (第一部分)")

# ---- heading levels from typography alone ------------------------------------------
# Standalone headings of four dev-set documents lose their text markers (一、 （一））;
# their level must come from the look GB/T 9704 gives them (黑体 level 1, 楷体 level 2).
CN_MARKERS = ("一二三四五六七八九十")


def strip_marker(role, t):
    if role == "h1":
        i = 0
        while i < len(t) and t[i] in CN_MARKERS:
            i += 1
        return t[i + 1:] if i and t[i:i + 1] == "、" else t
    close = t.find("）")
    return t[close + 1:] if t.startswith("（") and 0 < close < 5 else t


heading_total = heading_right = 0
for stem in ("009_sh_zjw_han_chengshitijian_2025", "018_wuhan_laoshe_yijian_2004", "022_guangdong_zhuanfa_suiqian_2012",
             "027_moj_tongzhi_jianxing_jiashi_2014"):
    gold = json.load(open(os.path.join(DEVSET, "gold", stem + ".json"), encoding="utf-8"))
    src = [f for f in os.listdir(DEVSET) if f.startswith(stem + ".")][0]
    lines = open(os.path.join(DEVSET, src), encoding="utf-8").read().splitlines()
    if "正文" in [line.strip() for line in lines]:
        lines = lines[[line.strip() for line in lines].index("正文") + 1:]
    lines = [line.lstrip("#> ").strip() for line in lines]
    paras, expected = [], []
    for role, t in fb.roles_from_text(gold["title"], lines):
        standalone = role in ("h1", "h2") and len(t) <= 40 and t[-1] not in "。；，：！？"
        if role in ("h1", "h2") and not standalone:
            role = "body"
        if standalone:
            t = strip_marker(role, t)
            expected.append((1 if role == "h1" else 2, t))
        paras.append((role, t))
    for fmt, make in (("docx", fb.docx), ("pdf", fb.pdf), ("ofd", fb.ofd)):
        path = os.path.join(tmp, f"{stem}-unmarked-{fmt}")
        open(path, "wb").write(make(paras))
        rc, recs, err = one(path)
        got = {(s["level"], s["title"]) for r in recs for s in r.get("sections", [])}
        right = sum(e in got for e in expected)
        heading_total += len(expected)
        heading_right += right
        print(f"figure headings-from-style {fmt:5} {stem:45} {right}/{len(expected)}")
check(heading_total > 0 and heading_right >= 0.95 * heading_total,
      f"heading levels from typography alone: {heading_right}/{heading_total} (>= 95%)")

# ---- real files from public repositories, against hand-checked gold ---------------
KNOWN = {
    ("002", "date"): "the date is only in the scraper's metadata line `发布日期: …`",
    ("013", "title"): "a 仅供预览 watermark printed on the title's baseline",
    ("016", "title"): "a form (收文处理单): labels and values interleave line by line",
    ("016", "doc_number"): "a form: the number is split over cells",
    ("018", "title"): "an invoice: a label printed on the title's baseline",
}
if os.path.isdir(REAL):
    manifest = [line.split("\t") for line in open(os.path.join(REAL, "MANIFEST.tsv"), encoding="utf-8").read().splitlines()[1:] if line]
    for row in manifest:
        name = row[0]
        gold = json.load(open(os.path.join(REAL, "gold", name.split("_")[0] + ".json"), encoding="utf-8"))
        rc, recs, err = one(os.path.join(REAL, name))
        ok = rc == 0 and recs and "error" not in recs[0]
        check(ok, f"real {name}: read without error ({err.strip()[:200]})")
        if not ok:
            continue
        r = recs[0]
        num = name.split("_")[0]

        def check_known(cond, field, what):
            # Misses understood and left for later: reported, not failed; one
            # that starts passing is reported too, so the list stays honest.
            if (num, field) in KNOWN:
                print(("known" if not cond else "FIXED") + f" {what} ({KNOWN[(num, field)]})")
            else:
                check(cond, what)
        check_known(r["title"] == gold["title"], "title", f"real {name}: title {r['title']!r} (gold {gold['title']!r})")
        if gold.get("kind") in ("notice", "reply", "letter", "request", "minutes", "report", "opinion", "speech", "announcement"):
            check(r["kind"] == gold["kind"], f"real {name}: kind {r['kind']} (gold {gold['kind']})")
        if gold.get("doc_number"):
            dn = r["fields"].get("doc_number", {})
            check_known(isinstance(dn, dict) and dn.get("text") == gold["doc_number"], "doc_number", f"real {name}: doc_number {dn} (gold {gold['doc_number']})")
        if gold.get("date") and gold.get("kind") != "other":
            check_known(r["fields"].get("date") == gold["date"], "date", f"real {name}: date {r['fields'].get('date')} (gold {gold['date']})")
        if gold.get("issued"):
            # A 公告 or 令 that promulgates a law, then the law: two linked records.
            want = gold["issued"]
            rc2, out2, err2 = run("process", "--no-extract", os.path.join(REAL, name))  # splitting on
            recs = records(out2)
            r = recs[0] if recs else r
            second = recs[1] if len(recs) > 1 else {}
            chapters = [squash(s["marker"] + s["title"]) for s in second.get("sections", []) if s["level"] == 1]
            check(len(recs) == 2 and r["fields"].get("attachment") == second.get("id") and
                  second.get("fields", {}).get("attachment_of") == r["id"] and second.get("title") == want["title"] and
                  second.get("kind") == want["kind"] and chapters == [squash(c) for c in want["chapters"]],
                  f"real {name}: the {r['kind']} and the {want['kind']} it promulgates, linked ({[x.get('title') for x in recs]}, {chapters[:3]})")
        if gold.get("kind") == "regulation" and gold.get("issuer"):
            # Adopted by a body its 题注 names, after the date and before its meeting.
            # (`issuer` is a list whichever handler set it.)
            want = [gold["issuer"]] if isinstance(gold["issuer"], str) else gold["issuer"]
            check(r["fields"].get("issuer") == want, f"real {name}: issuer {r['fields'].get('issuer')} (gold {gold['issuer']})")
        if gold.get("kind") == "regulation":
            arts = [s for s in r["sections"] if s["marker"].startswith("第") and s["marker"].endswith("条")]
            check(r["kind"] == "regulation" and len(arts) == gold["articles"] and
                  squash(arts[-1]["marker"] + arts[-1]["title"]) in squash(gold["last_article"]),
                  f"real {name}: a regulation of {gold['articles']} articles ({r['kind']}, {len(arts)})")
        text = r.get("text", "")
        for h in gold.get("headings_level1", []):
            check(squash(h) in squash(text), f"real {name}: heading {h!r} in the text")

# ---- what a file is, by content -----------------------------------------------------
def write(name, data):
    p = os.path.join(tmp, name)
    open(p, "wb").write(data)
    return p


def zip_bytes(members, method=zipfile.ZIP_DEFLATED):
    import io
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", method) as z:
        for n, d in members.items():
            z.writestr(n, d)
    return b.getvalue()


hostile = {
    "png.docx": (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "PNG image"),
    "plain.zip": (zip_bytes({"a.txt": "hello"}), "ZIP archive without word/document.xml or OFD.xml"),
    "xlsx.docx": (zip_bytes({"xl/workbook.xml": "<workbook/>"}), "workbook lists no worksheet"),
    "ole.doc": (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 600, "OLE2 compound file without a WordDocument stream"),
    # 300 MB of zeros in one member: refused by ratio before it is inflated.
    "bomb.docx": (zip_bytes({"word/document.xml": b"<w:document>" + b"\0" * (300 << 20)}), "zip bomb"),
    "entities.docx": (zip_bytes({"word/document.xml": '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
                                 '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document><w:body><w:p><w:r><w:t>&b;</w:t>'
                                 '</w:r></w:p></w:body></w:document>'}), "DOCTYPE"),
    "xxe.ofd": (zip_bytes({"OFD.xml": '<?xml version="1.0"?><!DOCTYPE o [<!ENTITY x SYSTEM "file:///etc/passwd">]><ofd:OFD>&x;</ofd:OFD>'}),
                "DOCTYPE"),
    "truncated.docx": (fb.docx(paragraphs_of(SOURCES[0])[1])[:-200], "ZIP"),
    "truncated.pdf": (fb.pdf(paragraphs_of(SOURCES[0])[1])[:700], "PDF"),
    "scanned.pdf": (fb.pdf([], blank_pages=3), "scanned PDF"),
    "nopages.ofd": (zip_bytes({"OFD.xml": "<ofd:OFD><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
                               "Doc_0/Document.xml": "<ofd:Document><ofd:Pages/></ofd:Document>"}), "no pages"),
    "nodoc.ofd": (zip_bytes({"OFD.xml": "<ofd:OFD><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"}),
                  "no member Doc_0/Document.xml"),
}
for name, (data, reason) in hostile.items():
    p = write(name, data)
    rc, recs, err = one(p)
    errs = [r for r in recs if "error" in r]
    msg = errs[0]["error"]["message"] if errs else ""
    check(rc == 1 and len(recs) == 1 and errs and reason in msg and errs[0]["error"]["step"] == "read",
          f"{name}: one error record at read naming `{reason}`: {msg[:160]!r}")

# ---- Word 97 binary, read in process ------------------------------------------------------
# Generated .doc files (fixtures_binary.word97): the text of the piece table, paragraph by
# paragraph; a field's result without its code; a table row's cells joined; an 8-bit piece.
doc_text = ("关于开展测试工作的通知\r各单位：\r现将有关事项通知如下。\r一、人员\x07张三\x07\x07\r"
            "详见\x13 HYPERLINK \"http://x\" \x14《实施方案》\x15。\r二〇二四年三月五日\r")
p = write("generated.doc", fb.word97(doc_text))
rc, recs, err = one(p)
check(rc == 0 and len(recs) == 1 and recs[0]["source"]["format"] == "doc", f"a generated Word 97 file reads ({err.strip()[:120]})")
if recs and "text" in recs[0]:
    t = recs[0]["text"]
    check(t.split("\n")[:3] == ["关于开展测试工作的通知", "各单位：", "现将有关事项通知如下。"], f"paragraph per line: {t[:60]!r}")
    check("一、人员 | 张三" in t, "a table row's cells joined by ' | '")
    check("详见《实施方案》。" in t and "HYPERLINK" not in t, "a field's result kept, its code dropped")
    check(recs[0]["kind"] == "notice" and recs[0]["fields"].get("date") == "2024-03-05", f"read as a notice of 2024-03-05 ({recs[0]['kind']})")
p = write("compressed.doc", fb.word97("Title line\rBody \u201cquoted\u201d text.\r", compressed=True))
rc, recs, err = one(p)
check(recs and "Body \u201cquoted\u201d text." in recs[0].get("text", ""), "an 8-bit piece is Windows-1252 (curly quotes)")

def loop(fat, starts):
    fat[starts[0]] = starts[0]  # WordDocument's first sector points to itself
def outside(fat, starts):
    fat[starts[0]] = 100000
broken_docs = {
    "encrypted.doc": (fb.word97("正文\r", encrypted=True), "encrypted"),
    "loop.doc": (fb.compound_file({"WordDocument": b"\xec\xa5" + b"\0" * 5000, "0Table": b"\0" * 10}, patch_fat=loop), "loops"),
    "outside.doc": (fb.compound_file({"WordDocument": b"\xec\xa5" + b"\0" * 5000, "0Table": b"\0" * 10}, patch_fat=outside), "leaves the file"),
    "clx-outside.doc": (fb.word97("正文\r", clx_at=1 << 20), "piece table lies outside"),
    "no-table.doc": (fb.word97("正文\r", table_name="Other"), "no table stream"),
    # Fields opened and never closed: each character would otherwise rescan them all.
    "fields.doc": (fb.word97("\x13\x14a" * 20000 + "\r"), "nested deeper"),
    # Pieces whose positions go back, or that all point at one stretch of text.
    "backwards.doc": (fb.word97("正文正文\r" * 10, cps=[0, 40, 0, 40]), "go back"),
    "repeated.doc": (fb.word97("正文正文\r" * 400, cps=[i * 2000 for i in range(40)], ccp=80000), "covers more text"),
}
for name, (data, reason) in broken_docs.items():
    rc, recs, err = one(write(name, data))
    errs = [r for r in recs if "error" in r]
    msg = errs[0]["error"]["message"] if errs else ""
    check(rc == 1 and len(recs) == 1 and errs and reason in msg and errs[0]["error"]["step"] == "read",
          f"{name}: one error record at read naming `{reason}`: {msg[:160]!r}")

# Deep nesting: 100,000 nested content controls; a record or an error, no crash.
deep = '<w:document xmlns:w="w"><w:body>' + "<w:sdt><w:sdtContent>" * 100000 + "<w:p><w:r><w:t>深</w:t></w:r></w:p>" + \
       "</w:sdtContent></w:sdt>" * 100000 + "</w:body></w:document>"
p = write("deep.docx", zip_bytes({"word/document.xml": deep}))
rc, recs, err = one(p)
check(rc in (0, 1) and len(recs) == 1, f"deeply nested DOCX: one record or error record, exit {rc}")

# Content a reader must skip (nesting past its limit) is a warning in the record and on stderr.
nested = '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>正文第一段。</w:t></w:r></w:p>' + "<w:sdt><w:sdtContent>" * 110 + \
         "<w:p><w:r><w:t>深处</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * 110 + "</w:body></w:document>"
p = write("nested.docx", zip_bytes({"word/document.xml": nested}))
rc, recs, err = one(p)
warns = [d for r in recs for d in r.get("diagnostics", []) if d["severity"] == "warning" and "nested deeper" in d["message"]]
check(len(recs) == 1 and "error" not in recs[0] and warns and "nested deeper" in err,
      f"skipped content: a warning in the record and on stderr ({err.strip()[:120]})")

# 5,000 pages: one record, every page read.
p = write("long.pdf", fb.pdf([], extra_pages=[f"第{i}页的正文，一段完整的文字排满了第一行，第二行较短。" for i in range(1, 5001)]))
rc, recs, err = one(p)
check(rc == 0 and len(recs) == 1 and recs[0]["source"].get("page_end") == 5000 and recs[0].get("text", "").count("\n") >= 4999,
      f"5,000-page PDF: one record, page_end {recs[0]['source'].get('page_end') if recs else None}")

# A run over a folder of mixed formats: one bad file never stops the others.
folder = os.path.join(tmp, "mixed")
os.makedirs(folder)
for name in ("a.docx", "b.pdf", "c.ofd"):
    open(os.path.join(folder, name), "wb").write({"a.docx": fb.docx, "b.pdf": fb.pdf, "c.ofd": fb.ofd}[name](paras))
open(os.path.join(folder, "d.docx"), "wb").write(b"PK\x03\x04garbage")
rc, out, err = run("process", "--no-split", *[os.path.join(folder, n) for n in sorted(os.listdir(folder))])
recs = records(out)
check(rc == 1 and len(recs) == 4 and sum("error" in r for r in recs) == 1, f"mixed folder: 4 records, 1 error, exit {rc}")

for fmt, stem, a in figures:
    print(f"figure {fmt:5} {stem:45} {a:.4f}")
# XLSX: a dataset as researchers keep it in Excel reads like the same rows as CSV. The rows
# are real (tests/devset/gongwen/016, 公文 of an enterprise flattened into one cell each);
# records of the workbook and of the CSV must agree row by row.
import csv  # noqa: E402
csv.field_size_limit(1 << 26)
src_csv = os.path.join(DEVSET, "016_sgcc_shaanxi_docs.csv")
table = list(csv.reader(open(src_csv, encoding="utf-8")))
book = os.path.join(tmp, "sgcc_rows.xlsx")
open(book, "wb").write(fb.xlsx([[int(c) if c.isdigit() else c for c in r] for r in table],
                               extra_sheets={"说明": [["字段", "含义"], ["article", "公文全文"]]}))
rc_x, out_x, err_x = run("process", "--no-extract", book)
rc_c, out_c, err_c = run("process", "--no-extract", src_csv)
rx, rcsv = records(out_x), records(out_c)
key = lambda r: (r.get("kind"), r.get("title"), json.dumps(r.get("fields", {}).get("issuer")), r.get("fields", {}).get("date"),
                 json.dumps(r.get("fields", {}).get("dataset"), sort_keys=True, ensure_ascii=False))
check(len(rx) == len(rcsv) == len(table) - 1 and [key(r) for r in rx] == [key(r) for r in rcsv],
      f"XLSX: {len(rx)} records, the same as the CSV's {len(rcsv)} row by row")
check(all(r["source"].get("row") == i + 1 for i, r in enumerate(rx)), "XLSX: each record names its row")
check("说明" in err_x, f"XLSX: the sheet not read is named on stderr ({err_x.strip()[-160:]})")
# Damaged workbooks: an index past the shared strings, a column past XFD, no sheets.
bad = fb.xlsx([["标题", "正文"], ["关于开展检查的通知", "各单位：现将有关事项通知如下。"]])
import io  # noqa: E402
zin = zipfile.ZipFile(io.BytesIO(bad))
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    for n in zin.namelist():
        data = zin.read(n)
        if n == "xl/worksheets/sheet1.xml":
            data = data.replace(b'<v>0</v>', b'<v>99999999</v>').replace(b'r="B2"', b'r="ZZZZ2"')
        z.writestr(n, data)
damaged = os.path.join(tmp, "damaged.xlsx")
open(damaged, "wb").write(buf.getvalue())
rc, out, err = run("process", damaged)
check(rc in (0, 1) and len(records(out)) >= 1, f"XLSX: a damaged workbook gives records or error records, no crash (exit {rc})")

# poppler lives in its own module, loaded on the first PDF: the binary does not
# link it, so no start-up pays for its ~25 libraries (issue 12's start-up regression).
import subprocess  # noqa: E402
from e2e import GONGWEN  # noqa: E402
ldd = subprocess.run(["ldd", GONGWEN], capture_output=True, text=True)
check(ldd.returncode == 0 and "libpoppler" not in ldd.stdout, "the gongwen binary does not link poppler")
# A module that cannot be loaded is an error record that says so, not a crash.
bogus = os.path.join(tmp, "bogus-pdf-module.so")
open(bogus, "w").write("not a shared library\n")
one_pdf = os.path.join(tmp, "module-check.pdf")
open(one_pdf, "wb").write(fb.pdf([("title", "关于开展安全检查的通知"), ("body", "现将有关事项通知如下，请认真贯彻执行。")]))
rc, out, err = run("process", one_pdf, env={"GONGWEN_PDF_MODULE": bogus})
recs = records(out)
check(rc == 1 and len(recs) == 1 and "PDF module" in recs[0].get("error", {}).get("message", "") and bogus in recs[0]["error"]["message"],
      f"an unloadable PDF module gives an error record naming it ({recs[0].get('error') if recs else err[-200:]})")
done()
