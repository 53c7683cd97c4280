"""Issue 14: containers of shapes the splitter was not built on, against hand-checked gold
(tests/devset/containers). A news digest exported to Markdown is split at the headings that
read as the titles of documents, every article found with its title and line, the site's
inline HTML and link targets gone from the text; documents whose headings are the parts of
one document (the Markdown regulations and 公文 of the other dev sets) are not split."""
import glob
import json
import os
import re
from e2e import *

DEV = os.path.join(SOURCE, "tests", "devset", "containers")
squeeze = lambda s: re.sub(r"[\s\u3000]+", "", s or "")

for g in sorted(glob.glob(os.path.join(DEV, "gold", "*.json"))):
    gold = json.load(open(g, encoding="utf-8"))
    name = os.path.basename(g)[:-5]
    path = glob.glob(os.path.join(DEV, name + ".*"))[0]
    rc, out, err = run("process", "--with-text", path)
    recs = records(out)
    check(rc == 0 and recs and recs[0].get("kind") == gold["container"], f"{name}: a {gold['container']} ({recs[0].get('kind') if recs else err[-200:]})")
    arts = recs[1:]
    want = [(squeeze(a["title"]), a["line"]) for a in gold["articles"]]
    got = [(squeeze(a.get("title")), a["source"].get("line_start")) for a in arts]
    found = sum(1 for w in want if w in got)
    check(found == len(want) and len(got) == len(want), f"{name}: {found}/{len(want)} articles with title and line, {len(got)} records")
    tagged = [a["title"] for a in arts if re.search(r"</?(p|strong|br)\b|\]\(http", a.get("text", ""))]
    check(not tagged, f"{name}: no HTML tag or link target left in article text ({tagged[:2]})")
    news = sum(1 for a, w in zip(arts, gold["articles"]) if w["kind_guess"] == "news" and a.get("kind") == "news")
    check(news >= 10, f"{name}: news items read as news ({news}/{sum(1 for w in gold['articles'] if w['kind_guess'] == 'news')})")

# A 文件汇编 as people compile one: real 公文 of the dev set one after another, each with its
# own title, 主送, body, signature and date (one pasted from a web page with its bullet and
# posting time). Every document is an article, titled as its gold says, at its first line.
GW = os.path.join(SOURCE, "tests", "devset", "gongwen")
parts = ["005_spc_tongzhi_zhenduan_2014", "019_zhongshan_jiaoyuju_zhaosheng_2014", "021_fujian_jiaoyuting_suiqian_2016",
         "027_moj_tongzhi_jianxing_jiashi_2014"]
text, starts = "", []
for stem in parts:
    body = open(os.path.join(GW, stem + ".txt"), encoding="utf-8").read()
    if not body.endswith("\n"):
        body += "\n"
    # The article starts at the document's title line (some files open with a header).
    title = squeeze(json.load(open(os.path.join(GW, "gold", stem + ".json"), encoding="utf-8"))["title"])
    at = next(i for i, l in enumerate(body.splitlines()) if squeeze(l).lstrip("■") and title.startswith(squeeze(l).lstrip("■")[:12]))
    starts.append(text.count("\n") + 1 + at)
    text += body
compiled = os.path.join(tmpdir(), "wenjian_huibian.txt")
open(compiled, "w", encoding="utf-8").write(text)
rc, out, err = run("process", "--no-extract", compiled)
recs = records(out)
arts = recs[1:]
titles = [squeeze(json.load(open(os.path.join(GW, "gold", stem + ".json"), encoding="utf-8"))["title"]) for stem in parts]
got = [(squeeze(a.get("title")), a["source"].get("line_start")) for a in arts]
ok = len(arts) == len(parts) and all(t.startswith(g) or g.startswith(t) for (t, _), g in zip(got, titles))
ok = ok and all(abs(line - want) <= 2 for (_, line), want in zip(got, starts))
check(recs and recs[0].get("kind") == "collection" and ok, f"文件汇编 of {len(parts)} 公文: {len(arts)} articles {got}")
check(all(a.get("handler") == "official@native" for a in arts), "文件汇编: every article is handled as a 公文")

# The same from Markdown exports put together (each file: YAML front matter, a note, `# title`):
# every file is one article, from its front matter on, with its own 发文机关 and date.
md_parts = ["007_sh_jiading_chengshigengxin_2023", "009_sh_zjw_han_chengshitijian_2025", "010_sh_jingan_pizhuan_wenwu_2018",
            "031_sh_chongming_pifu_zhengdi_2018"]
text, starts = "", []
for stem in md_parts:
    body = open(os.path.join(GW, stem + ".md"), encoding="utf-8").read()
    if not body.endswith("\n"):
        body += "\n"
    starts.append(text.count("\n") + 1)
    text += body
compiled_md = os.path.join(tmpdir(), "huibian.md")
open(compiled_md, "w", encoding="utf-8").write(text)
rc, out, err = run("process", "--no-extract", compiled_md)
recs = records(out)
golds = [json.load(open(os.path.join(GW, "gold", stem + ".json"), encoding="utf-8")) for stem in md_parts]
got = [(squeeze(a.get("title")), a["source"].get("line_start"), a.get("fields", {}).get("date")) for a in recs[1:]]
want = [(squeeze(g["title"]), line, g.get("date")) for g, line in zip(golds, starts)]
check(recs and recs[0].get("fields", {}).get("split_method") == "markup-headings" and got == want,
      f"Markdown 公文 put together: {len(got)} articles, title, first line and date as the gold says ({got} vs {want})")

# Markdown whose headings are the parts of one document stays one document.
singles = [p for p in glob.glob(os.path.join(SOURCE, "tests", "devset", "gongwen", "*.md"))]
rc, out, err = run("process", "--no-extract", *singles)
split = sorted({r["source"]["path"] for r in records(out) if r.get("kind") in ("collection", "periodical")})
check(len(singles) >= 10 and not split, f"{len(singles)} Markdown 公文: none split ({split[:2]})")
done()
