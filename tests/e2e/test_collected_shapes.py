"""Issue 13: documents in the wrappers researchers hold them in.
- A dataset of an office's replies to citizens' messages (12345, 市长信箱): the reply column is the
  document, dated by its answer column and signed by its department (gold by hand,
  tests/devset/datasets/gold/002_beijing-12345-replies.json), its kind `letter` (scripts/reply.lua).
- An article stored as an XML record (`<Article><Title>…<Content><![CDATA[…]]>`, as a digitised
  magazine keeps each article): the content is the text, its lines traced to the file's lines,
  the other elements are fields.
- A blog post whose front matter has no opening `---` (Hexo).
- A scraper's export of one document (`{"Documents":[{"metadata":{…},"content":…}]}`, or the
  record alone, `{"title":…,"content":…}`): a dataset of one row, titled and dated from its
  fields, not a line of JSON read as text."""
import json, os
from e2e import *

DATASETS = os.path.join(SOURCE, "tests", "devset", "datasets")
gold = json.load(open(os.path.join(DATASETS, "gold", "002_beijing-12345-replies.json"), encoding="utf-8"))
rc, out, err = run("process", "--no-extract", os.path.join(DATASETS, gold["file"]))
recs = {r["source"].get("row"): r for r in records(out)}
right = {"title": 0, "kind": 0, "date": 0, "issuer": 0}
for g in gold["rows"]:
    r = recs.get(g["row"], {"fields": {}})
    f = r["fields"]
    right["title"] += r.get("title") == g["title"]
    right["kind"] += r.get("kind") == g["kind"]
    right["date"] += f.get("date") == g["date"]
    right["issuer"] += ",".join(f.get("issuer", [])) == g["issuer"]
n = len(gold["rows"])
print(f"replies dataset: {right} of {n}")
check(rc == 0 and len(recs) == n, f"one record per reply ({len(recs)} of {n}, rc {rc})")
check(right["kind"] >= n - 1 and right["date"] >= n - 1, f"replies are letters dated by their answer: {right}")
check(right["title"] >= n - 1 and right["issuer"] >= n - 2, f"titled by the message, signed by the department: {right}")
r = recs.get(1, {"fields": {}})
check(r["fields"].get("genre") == "留言答复" and r.get("handler") == "reply@lua" and r["fields"].get("reply_to") == gold["rows"][0]["title"],
      "the reply handler says what the document is and what it answers")

# An XML article record around a real speech from the corpus (the speech's text in a CDATA section).
require_corpus()
speech_path = corpus_file("001")
with open(speech_path, encoding="utf-8") as f:
    lines = [l.strip() for l in f.read().splitlines() if l.strip()]
title, body = lines[0], lines[1:]
t = tmpdir()
xml_path = os.path.join(t, "article.xml")
with open(xml_path, "w", encoding="utf-8") as f:
    f.write('\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<Article>\n\t<Title>' + title + '</Title>\n\t<Author></Author>\n'
            '\t<Magazine>新华月报</Magazine>\n\t<PageNum>5</PageNum>\n\t<Content><![CDATA[' + "\n".join(body) + ']]></Content>\n</Article>\n')
rc, out, err = run("process", "--no-extract", "--with-text", xml_path)
r = (records(out) or [{"fields": {}, "text": ""}])[0]
first_line = r["text"].splitlines()[0] if r["text"] else ""
check(rc == 0 and r.get("title") and "<" not in r["title"] and r["fields"].get("source") == "新华月报",
      f"the XML record's title and source are fields ({r.get('title')!r})")
check("<Content>" not in r["text"] and "<Title>" not in r["text"] and first_line == body[0].strip(),
      "the text is the content element's, without markup")
check(r["source"].get("line_start") == 7, f"the text's first line is the file's line 7 ({r['source'].get('line_start')})")
check(r["kind"] == "speech", f"the speech inside is read as one ({r['kind']})")

# Hexo front matter: `title:` … `---`, no opening fence.
md = os.path.join(t, "post.md")
with open(md, "w", encoding="utf-8") as f:
    f.write('title: "读后感"\ndate: 2016-07-07 20:40:14\ntags:\n\n- 思考\n\ncategories: 生活\n\n---\n\n' + "\n\n".join(body[:3]) + "\n")
rc, out, err = run("process", "--no-extract", "--with-text", md)
r = (records(out) or [{"fields": {}, "text": ""}])[0]
check(rc == 0 and "categories" not in r["text"] and "title:" not in r["text"] and r["fields"].get("date") == "2016-07-07",
      "a Hexo post's front matter without its opening `---` is read as fields")
# One record on its own: the text of a 公文 of the dev set, under a scraper's keys.
DEV = os.path.join(SOURCE, "tests", "devset", "gongwen")
one_gold = json.load(open(os.path.join(DEV, "gold", "018_wuhan_laoshe_yijian_2004.json"), encoding="utf-8"))
one_text = open(os.path.join(DEV, "018_wuhan_laoshe_yijian_2004.txt"), encoding="utf-8").read()
tmp1 = tmpdir()
shapes = {
    "wrapped.json": {"Documents": [{"metadata": {"title": one_gold["title"], "publish_date": one_gold["date"],
                                                 "url": "https://www.example.gov.cn/a/1.html"}, "content": one_text}]},
    "bare.json": {"title": one_gold["title"], "content": one_text, "images": [{"src": "a.png"}]},
}
for name, obj in shapes.items():
    p = os.path.join(tmp1, name)
    json.dump(obj, open(p, "w", encoding="utf-8"), ensure_ascii=False)
    rc, out, err = run("process", "--no-extract", p)
    rs = records(out)
    check(rc == 0 and len(rs) == 1 and rs[0]["source"].get("row") == 1 and rs[0]["title"] == one_gold["title"]
          and rs[0]["kind"] == one_gold["kind"],
          f"{name}: one record, row 1, the 公文's title and kind ({[(r['source'].get('row'), r['title'][:30], r['kind']) for r in rs]})")

# A row whose title column names an order (`…命令`) over a body flattened into one line: the
# title has no paragraph of its own (an index past the paragraphs once failed detect).
order = {"Documents": [{"metadata": {"title": "示例市人民政府2024年森林防火命令", "publish_date": "2023-12-29"},
                        "content": "为有效预防和扑救森林火灾，全力维护人民生命财产和生态安全，根据《中华人民共和国森林法》"
                                   "《森林防火条例》等法律法规规定，结合我市实际，特发布本命令。一、全市森林防火期为2024年1月1日至"
                                   "4月30日。二、严格管控野外用火。三、落实防灭火责任。示例市人民政府2023年12月27日"}]}
p = os.path.join(tmp1, "order.json")
json.dump(order, open(p, "w", encoding="utf-8"), ensure_ascii=False)
rc, out, err = run("process", "--no-extract", p)
rs = records(out)
check(rc == 0 and len(rs) == 1 and "error" not in rs[0] and rs[0]["kind"] == "order" and "detect failed" not in err,
      f"a one-line order under a title column: one record, kind order ({[(r['kind'], r.get('error')) for r in rs]}, {err.strip()[:200]})")

# A dataset whose columns are named like the reader's own words (`error`) and hold numbers: every
# row is a record or an error record, the run goes on (the type of a user's column once aborted it).
p = os.path.join(tmp1, "errcol.json")
json.dump([{"error": 0, "content": one_text}, {"error": 1, "content": None}], open(p, "w", encoding="utf-8"), ensure_ascii=False)
rc, out, err = run("process", "--no-extract", p)
rs = records(out)
check(rc == 1 and len(rs) == 2 and "error" not in rs[0] and rs[1].get("error", {}).get("id") == "read.row",
      f"a column named error: 2 records, the empty row an error record, exit 1 ({rc}, {[r.get('error') for r in rs]})")
# Web and news corpora as tagged documents: WikiExtractor's `<doc id= url= title=>` and Sogou's
# news corpus (`<doc><url>…<contenttitle>…<content>…</doc>`, in GBK): one record per document,
# titled, its address and id kept with the row; a file cut short keeps its whole documents and
# reports the one cut (an error record, exit 1).
wiki = ('<doc id="13" url="https://zh.wikipedia.org/wiki?curid=13" title="党政机关公文处理工作条例">\n党政机关公文处理工作条例\n\n'
        '《党政机关公文处理工作条例》是中共中央办公厅、国务院办公厅于2012年4月16日印发的党内法规，自2012年7月1日起施行。\n</doc>\n'
        '<doc id="14" url="https://zh.wikipedia.org/wiki?curid=14" title="公文">\n公文\n\n公文是党政机关实施领导、履行职能、处理公务的具有特定效力和规范体式的文书。\n</doc>\n'
        '<doc id="15" url="https://zh.wikipedia.org/wiki?curid=15" title="cut">\n被截断的文档')
p = os.path.join(tmp1, "wiki_00")
open(p, "w", encoding="utf-8").write(wiki)
rc, out, err = run("process", "--no-extract", p)
rs = records(out)
check(rc == 1 and len(rs) == 3 and [r["title"] for r in rs[:2]] == ["党政机关公文处理工作条例", "公文"]
      and rs[0]["fields"].get("url", "").endswith("curid=13") and "never closed" in rs[2].get("error", {}).get("message", ""),
      f"WikiExtractor output: one record per whole <doc>, an error record for the one cut short, exit 1 "
      f"({rc}, {[(r['title'], r['fields'].get('url'), r.get('error')) for r in rs]})")
sogou = ("<doc>\n<url>http://news.sohu.com/20120612/n345426017.shtml</url>\n<docno>a27b0e5f8ce6ec3c-69fea2e3d7f6a1f2</docno>\n"
         "<contenttitle>某某市召开安全生产工作会议</contenttitle>\n<content>6月11日，某某市召开安全生产工作会议，传达学习全省安全生产电视电话会议精神，"
         "部署下一阶段安全生产工作。会议强调，各地各部门要深刻汲取事故教训，压实安全生产责任。</content>\n</doc>\n")
p = os.path.join(tmp1, "news_sohusite.txt")
open(p, "wb").write((sogou * 2).encode("gb18030"))
rc, out, err = run("process", "--no-extract", p)
rs = records(out)
check(len(rs) == 2 and all(r["title"] == "某某市召开安全生产工作会议" and r["kind"] == "news" for r in rs)
      and rs[0]["fields"].get("dataset", {}).get("docno") == "a27b0e5f8ce6ec3c-69fea2e3d7f6a1f2",
      f"Sogou's news corpus in GBK: one record per <doc> ({[(r['title'], r['kind']) for r in rs]})")
# The national law database's columns as scrapers export them (flk.npc.gov.cn: title, office,
# publish, expiry, type): the office issues, publish dates.
flk = os.path.join(tmpdir(), "flk.csv")
open(flk, "w", encoding="utf-8").write(
    "title,office,publish,expiry,type,status,sentence\n"
    "某某市文明行为促进条例,某某市人民代表大会常务委员会,2021-12-28T00:00:00Z,2022-03-01T00:00:00Z,地方性法规,1,"
    "\"第一条 为了培育和践行社会主义核心价值观，引导和促进文明行为，提高社会文明程度，根据有关法律、法规，结合本市实际，制定本条例。\"\n")
rc, out, err = run("process", "--no-extract", flk)
r = records(out)[0]
check(r["fields"].get("issuer") in ("某某市人民代表大会常务委员会", ["某某市人民代表大会常务委员会"]) and r["fields"].get("date") == "2021-12-28",
      f"flk columns: office issues, publish dates ({r['fields'].get('issuer')}, {r['fields'].get('date')})")
done()
