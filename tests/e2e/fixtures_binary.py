"""Builds DOCX, PDF and OFD files at test time from texts whose content is known,
laid out the way GB/T 9704 sets a 公文 (title 22 pt 小标宋 centred, level-1
headings 16 pt 黑体, level-2 楷体, body 16 pt 仿宋 with a 2-character indent),
so a test can compare what gongwen extracts with the text it came from.

Only the standard library: the PDF uses a Type0 font with Identity-H encoding
and a ToUnicode map (glyph id = code point), which text extraction needs and
rendering does not; the OFD follows GB/T 33190's package layout.
"""
import io
import zipfile

# ---- a document: (role, text) pairs ------------------------------------------
# roles: masthead, number, title, recipient, h1, h2, body, signature, date; "pagebreak"
# (PDF/OFD only) starts a new page


def roles_from_text(title, lines):
    """Paragraph roles for a plain 公文 text (title given, markers in the text)."""
    out = [("title", title)]
    for line in lines:
        t = line.strip().strip("\u3000")
        if not t or t == title:
            continue
        if t[:2] in ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"):
            out.append(("h1", t))
        elif t.startswith("（") and "）" in t[:5] and len(t) < 40:
            out.append(("h2", t))
        elif t.endswith("：") and len(t) < 40 and len(out) == 1:
            out.append(("recipient", t))
        elif len(t) < 16 and ("年" in t and "月" in t and t.endswith("日")):
            out.append(("date", t))
        else:
            out.append(("body", t))
    return out


STYLE = {  # size pt, font, bold, align, indent (chars), colour
    "masthead": (26, "方正小标宋简体", False, "center", 0, "FF0000"),
    "number": (16, "仿宋_GB2312", False, "center", 0, None),
    "title": (22, "方正小标宋简体", False, "center", 0, None),
    "recipient": (16, "仿宋_GB2312", False, "left", 0, None),
    "h1": (16, "黑体", False, "left", 2, None),
    "h2": (16, "楷体_GB2312", False, "left", 2, None),
    "body": (16, "仿宋_GB2312", False, "both", 2, None),
    "signature": (16, "仿宋_GB2312", False, "right", 0, None),
    "date": (16, "仿宋_GB2312", False, "right", 0, None),
    # A newspaper's page: a headline set left to the margin (it wraps), the edition line under it.
    "headline": (28, "SimSun", False, "left", 0, None),
    "edition": (10, "SimSun", False, "right", 0, None),
    "news": (12, "SimSun", False, "both", 2, None),
}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---- DOCX -----------------------------------------------------------------------

def docx(paragraphs, numbered_h1=False, header=None):
    """numbered_h1: level-1 headings lose their text marker and get Word's
    automatic numbering (chineseCounting, "%1、") instead."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []
    for role, text in paragraphs:
        size, font, bold, align, indent, colour = STYLE[role]
        ppr = f'<w:jc w:val="{align}"/>'
        if indent:
            ppr += f'<w:ind w:firstLineChars="{indent * 100}"/>'
        if role == "h1":
            ppr = '<w:pStyle w:val="Heading1"/>' + ppr
            if numbered_h1:
                ppr = '<w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' + ppr[len('<w:pStyle w:val="Heading1"/>'):]
                for marker in ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"):
                    if text.startswith(marker):
                        text = text[len(marker):]
        rpr = f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}"/>' + ("<w:b/>" if bold else "")
        rpr += f'<w:sz w:val="{size * 2}"/>' + (f'<w:color w:val="{colour}"/>' if colour else "")
        body.append(f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>')
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}<w:sectPr/></w:body></w:document>'
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr>'
              '</w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>')
    numbering = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
                 '<w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/numbering.xml", numbering)
        if header:
            z.writestr("word/header1.xml", f'<?xml version="1.0"?><w:hdr {W}><w:p><w:r><w:t>{esc(header)}</w:t></w:r></w:p></w:hdr>')
            z.writestr("word/_rels/document.xml.rels",
                       '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" '
                       'Target="header1.xml"/></Relationships>')
    return buf.getvalue()


# ---- line layout shared by PDF and OFD ------------------------------------------------

PAGE_W, PAGE_H = 595.0, 842.0      # points (A4)
LEFT, RIGHT, TOP, BOTTOM = 79.0, 516.0, 105.0, 760.0  # 版心 (text block)


def lay_out(paragraphs, running_head=None):
    """[(page, x, y_baseline, size, font, bold, colour, text)]: 28 characters a line
    at 16 pt, 22 lines a page, and a folio `— N —` under each page."""
    placed = []
    page, y = 1, TOP
    for role, text in paragraphs:
        if role == "pagebreak":
            page, y = page + 1, TOP
            continue
        size, font, bold, align, indent, colour = STYLE[role]
        per_line = int((RIGHT - LEFT) // size)
        first = per_line - indent
        chunks = [text[:first]]
        rest = text[first:]
        while rest:
            chunks.append(rest[:per_line])
            rest = rest[per_line:]
        for i, chunk in enumerate(chunks):
            step = size * 1.75
            if y + step > BOTTOM:
                page, y = page + 1, TOP
            y += step
            width = len(chunk) * size
            if align == "center":
                x = (LEFT + RIGHT - width) / 2
            elif align == "right":
                x = RIGHT - width - 4 * 16
            else:
                x = LEFT + (indent * size if i == 0 else 0)
            placed.append((page, x, y, size, font, bold, colour, chunk))
    pages = page
    for p in range(1, pages + 1):
        placed.append((p, PAGE_W / 2 - 40, 800.0, 14, "宋体", False, None, f"— {p} —"))
        if running_head:
            placed.append((p, LEFT, 60.0, 10.5, "宋体", False, None, running_head))
    return placed, pages


# ---- PDF ---------------------------------------------------------------------------

def pdf(paragraphs, running_head=None, blank_pages=0, extra_pages=None, placed_pieces=None):
    """extra_pages: a list of page texts appended one short line each (large PDFs).
    placed_pieces: pieces set by hand, (page, x, y_baseline, size, font, bold, colour, text)."""
    placed, pages = lay_out(paragraphs, running_head) if paragraphs else ([], 0)
    if placed_pieces:
        placed = placed + list(placed_pieces)
        pages = max(pages, max(p[0] for p in placed_pieces))
    if extra_pages:
        # One indented paragraph a page, wrapped at 28 characters.
        for i, t in enumerate(extra_pages):
            first, rest = t[:26], t[26:]
            placed.append((pages + i + 1, LEFT + 32, 200.0, 16, "仿宋", False, None, first))
            y = 200.0
            while rest:
                y += 28
                placed.append((pages + i + 1, LEFT, y, 16, "仿宋", False, None, rest[:28]))
                rest = rest[28:]
        pages += len(extra_pages)
    pages += blank_pages
    fonts = sorted({f for (_, _, _, _, f, _, _, _) in placed}) or ["宋体"]
    font_names = {"方正小标宋简体": "FZXiaoBiaoSong-B05S", "仿宋_GB2312": "FangSong_GB2312", "黑体": "SimHei",
                  "楷体_GB2312": "KaiTi_GB2312", "宋体": "SimSun", "仿宋": "FangSong"}
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    cmap_lines = "\n".join(f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>" for h in range(256))
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) "
            "/Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> "
            f"endcodespacerange 256 beginbfrange\n{cmap_lines}\nendbfrange endcmap CMapName currentdict /CMap defineresource pop end end")
    cmap_id = add(f"<< /Length {len(cmap.encode())} >>\nstream\n{cmap}\nendstream")
    font_ids = {}
    for f in fonts:
        base = font_names.get(f, "SimSun")
        desc = add(f"<< /Type /FontDescriptor /FontName /{base} /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 "
                   "/Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")
        cid = add(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} /CIDSystemInfo << /Registry (Adobe) "
                  f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {desc} 0 R /DW 1000 /CIDToGIDMap /Identity >>")
        font_ids[f] = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H "
                          f"/DescendantFonts [{cid} 0 R] /ToUnicode {cmap_id} 0 R >>")
    res = "<< /Font << " + " ".join(f"/F{i} {font_ids[f]} 0 R" for i, f in enumerate(fonts)) + " >> >>"
    fidx = {f: i for i, f in enumerate(fonts)}
    page_ids = []
    content_by_page = {p: [] for p in range(1, pages + 1)}
    for (p, x, y, size, font, bold, colour, text) in placed:
        hexs = "".join(f"{ord(c):04X}" for c in text if ord(c) < 0x10000)
        rg = "1 0 0 rg " if colour == "FF0000" else "0 g "
        content_by_page[p].append(f"BT {rg}/F{fidx[font]} {size} Tf {x:.2f} {PAGE_H - y:.2f} Td <{hexs}> Tj ET")
    for p in range(1, pages + 1):
        stream = "\n".join(content_by_page[p])
        c = add(f"<< /Length {len(stream.encode())} >>\nstream\n{stream}\nendstream")
        page_ids.append(add(f"<< /Type /Page /Parent PAGES 0 R /MediaBox [0 0 {PAGE_W:.0f} {PAGE_H:.0f}] "
                            f"/Resources {res} /Contents {c} 0 R >>"))
    pages_id = add("<< /Type /Pages /Kids [" + " ".join(f"{i} 0 R" for i in page_ids) + f"] /Count {pages} >>")
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n{body.replace('PAGES 0 R', f'{pages_id} 0 R')}\nendobj\n".encode())
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offsets:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


# ---- OFD ---------------------------------------------------------------------------

def ofd(paragraphs, running_head=None):
    placed, pages = lay_out(paragraphs, running_head)
    mm = 25.4 / 72.0
    NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    fonts = sorted({f for (_, _, _, _, f, _, _, _) in placed})
    fid = {f: 100 + i for i, f in enumerate(fonts)}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {NS} Version="1.0" DocType="OFD"><ofd:DocBody>'
                   '<ofd:DocInfo><ofd:DocID>test</ofd:DocID><ofd:Author>gongwen tests</ofd:Author></ofd:DocInfo>'
                   '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        page_list = "".join(f'<ofd:Page ID="{10 + p}" BaseLoc="Pages/Page_{p - 1}/Content.xml"/>' for p in range(1, pages + 1))
        z.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {NS}><ofd:CommonData>'
                   '<ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
                   f'<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>{page_list}</ofd:Pages></ofd:Document>')
        font_xml = "".join(f'<ofd:Font ID="{fid[f]}" FontName="{esc(f)}" FamilyName="{esc(f)}"/>' for f in fonts)
        z.writestr("Doc_0/PublicRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {NS} BaseLoc="Res"><ofd:Fonts>{font_xml}</ofd:Fonts></ofd:Res>')
        for p in range(1, pages + 1):
            objs = []
            n = 1000
            for (pp, x, y, size, font, bold, colour, text) in placed:
                if pp != p:
                    continue
                n += 1
                s = size * mm
                fill = '<ofd:FillColor Value="255 0 0"/>' if colour == "FF0000" else ""
                # One TextObject per line; glyph advances in the compressed `g N v` form.
                boundary = f"{x * mm:.3f} {(y - size) * mm:.3f} {len(text) * s + 1:.3f} {s * 1.4:.3f}"
                delta = f"g {len(text) - 1} {s:.3f}" if len(text) > 1 else ""
                weight = ' Weight="700"' if bold else ""
                objs.append(f'<ofd:TextObject ID="{n}" Boundary="{boundary}" Font="{fid[font]}" Size="{s:.3f}"'
                            f'{weight}>{fill}<ofd:TextCode X="0" Y="{s:.3f}" DeltaX="{delta}">{esc(text)}</ofd:TextCode></ofd:TextObject>')
            z.writestr(f"Doc_0/Pages/Page_{p - 1}/Content.xml",
                       f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {NS}><ofd:Content><ofd:Layer ID="{900 + p}">{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>')
    return buf.getvalue()


# ---- XLSX -----------------------------------------------------------------------

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, extra_sheets=None):
    """A workbook as Excel writes one: the first sheet's cells as shared strings (every
    third one a rich run with a phonetic guide, which readers must skip), numbers as
    numbers, every fifth text cell an inline string; `extra_sheets` {name: rows} after it."""
    shared, index = [], {}

    def si(text):
        if text not in index:
            index[text] = len(shared)
            shared.append(text)
        return index[text]

    def sheet_xml(rows, inline_every=5):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        n = 0
        for r, row in enumerate(rows, 1):
            out.append(f'<row r="{r}">')
            for c, v in enumerate(row):
                ref = f"{_col(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)):
                    out.append(f'<c r="{ref}"><v>{v}</v></c>')
                    continue
                n += 1
                if n % inline_every == 0:
                    out.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(v)}</t></is></c>')
                else:
                    out.append(f'<c r="{ref}" t="s"><v>{si(v)}</v></c>')
            out.append("</row>")
        out.append("</sheetData></worksheet>")
        return "".join(out)

    sheets = [("数据", rows)] + list((extra_sheets or {}).items())
    parts = {f"xl/worksheets/sheet{i + 1}.xml": sheet_xml(r) for i, (_, r) in enumerate(sheets)}
    sst = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">']
    for k, text in enumerate(shared):
        if k % 3 == 2 and len(text) > 2:
            a, b = text[:2], text[2:]
            sst.append(f'<si><r><t xml:space="preserve">{esc(a)}</t></r><r><rPr><b/></rPr><t xml:space="preserve">{esc(b)}</t></r>'
                       f'<rPh sb="0" eb="1"><t>ZHUYIN</t></rPh></si>')
        else:
            sst.append(f'<si><t xml:space="preserve">{esc(text)}</t></si>')
    sst.append("</sst>")
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, (name, _) in enumerate(sheets):
        wb.append(f'<sheet name="{esc(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>')
        rels.append(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                    f'Target="worksheets/sheet{i + 1}.xml"/>')
    wb.append("</sheets></workbook>")
    rels.append(f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                'Target="sharedStrings.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("xl/workbook.xml", "".join(wb))
        z.writestr("xl/_rels/workbook.xml.rels", "".join(rels))
        z.writestr("xl/sharedStrings.xml", "".join(sst))
        for name, xml in parts.items():
            z.writestr(name, xml)
    return buf.getvalue()


# ---- Word 97 binary (.doc) -----------------------------------------------------------
import struct  # noqa: E402

FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def compound_file(streams, patch_fat=None):
    """An OLE2 compound file ([MS-CFB], version 3, 512-byte sectors) holding `streams`
    ({name: bytes}), every stream in regular sectors (the mini-stream cutoff is 0).
    patch_fat(fat, starts) may corrupt the sector chains."""
    names = list(streams)
    runs = [max(1, -(-len(streams[n]) // 512)) for n in names]
    dir_sectors = -(-(len(names) + 1) * 128 // 512)
    body = dir_sectors + sum(runs)
    fat_sectors = 1
    while fat_sectors * 128 < fat_sectors + body:
        fat_sectors += 1
    fat = [FATSECT] * fat_sectors
    def chain(n):
        first = len(fat)
        fat.extend(range(first + 1, first + n))
        fat.append(END)
        return first
    dir_start = chain(dir_sectors)
    starts = [chain(r) for r in runs]
    if patch_fat:
        patch_fat(fat, starts)
    fat += [FREE] * (fat_sectors * 128 - len(fat))
    def entry(name, typ, start, size, child=FREE, right=FREE):
        raw = name.encode("utf-16le") + b"\0\0"
        e = raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), typ, 1) + struct.pack("<III", FREE if typ != 5 else FREE, right, child)
        e = e.ljust(116, b"\0") + struct.pack("<II", start, size) + b"\0" * 4
        return e
    entries = [entry("Root Entry", 5, END, 0, child=1 if names else FREE)]
    for i, n in enumerate(names):
        entries.append(entry(n, 2, starts[i], len(streams[n]), right=i + 2 if i + 1 < len(names) else FREE))
    directory = b"".join(entries).ljust(dir_sectors * 512, b"\0")
    header = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
    header += b"\0" * 6 + struct.pack("<IIIIIIIII", 0, fat_sectors, dir_start, 0, 0, END, 0, END, 0)
    header += b"".join(struct.pack("<I", i if i < fat_sectors else FREE) for i in range(109))
    out = header + b"".join(struct.pack("<I", v) for v in fat)
    out += directory
    for n, r in zip(names, runs):
        out += streams[n].ljust(r * 512, b"\0")
    return out


def word97(text, compressed=False, encrypted=False, clx_at=None, table_name="0Table", cps=None, ccp=None):
    """A Word 97 document whose main text is `text` (paragraphs end with \\r; \\x07 ends a
    table cell; \\x13…\\x14…\\x15 is a field) in one piece of the piece table."""
    fc_lcb = [0] * 93
    data = text.encode("cp1252") if compressed else text.encode("utf-16le")
    if cps is None:
        plc = struct.pack("<II", 0, len(text)) + struct.pack("<HIH", 0, (0x800 * 2) | 0x40000000 if compressed else 0x800, 0)
    else:  # a hand-made piece table: every piece at the same text
        plc = b"".join(struct.pack("<I", c) for c in cps) + b"".join(struct.pack("<HIH", 0, 0x800, 0) for _ in cps[1:])
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    fc_lcb[33] = clx_at if clx_at is not None else 0
    fib = struct.pack("<HH", 0xA5EC, 0xC1) + b"\0" * 6 + struct.pack("<H", 0x0100 if encrypted else 0) + b"\0" * 20
    lw = [0] * 22
    lw[3] = len(text) if ccp is None else ccp
    fib += struct.pack("<H", 14) + b"\0" * 28 + struct.pack("<H", 22) + b"".join(struct.pack("<I", v) for v in lw)
    fib += struct.pack("<H", 93) + b"".join(struct.pack("<II", fc_lcb[i] if i != 33 else fc_lcb[33], len(clx) if i == 33 else 0)
                                          for i in range(93))
    word = fib.ljust(0x800, b"\0") + data
    return compound_file({"WordDocument": word, table_name: clx})


# ---- RTF ------------------------------------------------------------------------------
# As Word writes it for a Chinese document: \ansicpg936, fonts with \fcharset134 named in
# GBK bytes, text as \'hh byte pairs, and (alternately, as Word does for characters outside
# the code page) \uN with its \'hh fallback skipped by \uc.

def _rtf_bytes(s, unicode_escapes=False):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif unicode_escapes:
            fallback = ch.encode("gb18030", "replace")
            hexes = "".join(f"\\'{b:02x}" for b in fallback)
            out.append(f"\\uc{len(fallback)}\\u{o if o < 32768 else o - 65536}{hexes}")
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("gb18030", "replace")))
    return "".join(out)


def rtf(paragraphs, header=None):
    fonts = []
    for role, _ in paragraphs:
        if STYLE[role][1] not in fonts:
            fonts.append(STYLE[role][1])
    table = "".join(f"{{\\f{i}\\fnil\\fcharset134 {_rtf_bytes(f)};}}" for i, f in enumerate(fonts))
    parts = ["{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052",
             f"{{\\fonttbl{table}}}",
             "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green0\\blue0;}",
             "{\\stylesheet{\\qj \\fs21 Normal;}}",
             f"{{\\info{{\\title {_rtf_bytes('测试文件')}}}{{\\creatim\\yr2024\\mo3\\dy5}}}}"]
    if header:
        parts.append(f"{{\\header \\pard\\qc {{\\f0 {_rtf_bytes(header)}}}\\par}}")
    for n, (role, text) in enumerate(paragraphs):
        size, font, bold, align, indent, colour = STYLE[role]
        q = {"center": "\\qc", "left": "\\ql", "right": "\\qr", "both": "\\qj"}[align]
        fmt = f"\\f{fonts.index(font)}\\fs{size * 2}" + ("\\b" if bold else "") + ("\\cf2" if colour else "")
        ind = f"\\fi{indent * size * 20}\\cufi{indent * 100}" if indent else ""
        parts.append(f"\\pard\\plain {q}{ind} {{{fmt} {_rtf_bytes(text, unicode_escapes=n % 2 == 1)}}}\\par")
    parts.append("{\\*\\themedata 504b0304}{\\pict\\pngblip 89504e470d0a}}")
    return "\n".join(parts).encode("ascii")


# ---- MHTML ----------------------------------------------------------------------------
# A page saved as one file, as IE and Chrome write it: the HTML quoted-printable in its own
# charset, a picture part after it.

def _quoted_printable(data):
    import quopri
    return quopri.encodestring(data)


def mhtml(html, charset="gb2312", url="https://www.example.gov.cn/zwgk/2024/t20240305_1.html", encoding="quoted-printable"):
    import base64
    body = html.encode("gb18030" if charset.lower() in ("gb2312", "gbk", "gb18030") else charset)
    if encoding == "base64":
        payload = base64.encodebytes(body)
    else:
        payload = _quoted_printable(body)
    b = "----=_NextPart_000_0000_01DA6E3C.12345678"
    head = (f"From: <Saved by Windows Internet Explorer 8>\r\nSubject: =?gb2312?B?{base64.b64encode('测试'.encode('gb2312')).decode()}?=\r\n"
            f"Date: Tue, 5 Mar 2024 10:00:00 +0800\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            f"\ttype=\"text/html\";\r\n\tboundary=\"{b}\"\r\nX-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24158\r\n\r\n"
            "This is a multi-part message in MIME format.\r\n\r\n")
    part1 = (f"--{b}\r\nContent-Type: text/html;\r\n\tcharset=\"{charset}\"\r\nContent-Transfer-Encoding: {encoding}\r\n"
             f"Content-Location: {url}\r\n\r\n").encode("ascii") + payload.replace(b"\n", b"\r\n") + b"\r\n"
    part2 = (f"--{b}\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
             f"Content-Location: https://www.example.gov.cn/images/logo.gif\r\n\r\nR0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\r\n\r\n--{b}--\r\n").encode("ascii")
    return head.encode("ascii") + part1 + part2


def html_page(paragraphs):
    """A government site's article page around the paragraphs: a menu, a breadcrumb, the
    article (title as h1, paragraphs as <p>), a footer naming the site."""
    import html as h
    body = []
    for role, text in paragraphs:
        t = h.escape(text)
        if role == "title":
            body.append(f'<h1 class="title">{t}</h1><div class="info">发布时间：2024-03-05 来源：示例市人民政府办公室</div>')
        elif role in ("signature", "date"):
            body.append(f'<p style="text-align:right">{t}</p>')
        else:
            body.append(f"<p>{t}</p>")
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            f'<title>{h.escape(paragraphs[0][1])}_示例市人民政府网</title></head><body>'
            '<div class="nav"><a href="/">网站首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>'
            '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>'
            f'<div class="article">{"".join(body)}</div>'
            '<div class="footer">版权所有：示例市人民政府网　主办单位：示例市人民政府办公室　备案号：示ICP备12345678号</div>'
            '</body></html>')
