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
    # (Floor per file: the figure when its gold was added; 10 for the first digest.)
    news = sum(1 for a, w in zip(arts, gold["articles"]) if w["kind_guess"] == "news" and a.get("kind") == "news")
    check(news >= gold.get("min_news", 10), f"{name}: news items read as news ({news}/{sum(1 for w in gold['articles'] if w['kind_guess'] == 'news')}, floor {gold.get('min_news', 10)})")
    # A numbered digest's item number (`## 2. …`) is no word of the title; the issue an article
    # names (`《求是》杂志第2期`) is not the digest's.
    check("issue" not in recs[0].get("fields", {}), f"{name}: no issue number read from an article ({recs[0].get('fields', {}).get('issue')})")

# A scraper's JSON document holding one day of news as an array of records: one record per
# article, titled as the gold says, in order; a row whose text gives no full date of its own is
# dated by its `publish_time` column (date_from: dataset), a year-less one takes that year.
DS = os.path.join(SOURCE, "tests", "devset", "datasets")
for g in sorted(glob.glob(os.path.join(DS, "gold", "*.json"))):
    gold = json.load(open(g, encoding="utf-8"))
    if "articles" not in gold:
        continue  # per-row gold of another shape (test_collected_shapes.py reads it)
    name = os.path.basename(g)[:-5]
    path = glob.glob(os.path.join(DS, name + ".*"))[0]
    rows = json.load(open(path, encoding="utf-8"))["articles"]
    rc, out, err = run("process", "--no-extract", path)
    recs = records(out)
    want = [squeeze(a["title"]) for a in gold["articles"]]
    got = [squeeze(r.get("title")) for r in recs]
    check(got == want, f"{name}: {sum(1 for a, b in zip(got, want) if a == b)}/{len(want)} records titled as the gold, {len(got)} records")
    dated = [r for r in recs if r["fields"].get("date_from") == "dataset"]
    check(len(dated) >= len(recs) // 2 and all(r["fields"]["date"] == rows[r["source"]["row"] - 1]["publish_time"][:10] for r in dated),
          f"{name}: rows without a date of their own are dated by publish_time ({len(dated)}/{len(recs)})")
    undated = [r["fields"].get("date") for r in recs if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["fields"].get("date") or "")]
    check(not undated, f"{name}: every row has a full date ({undated[:3]})")

# Real 公文 of the dev set put together, as people compile them; returns the file, the golds
# and, per document, the line of its first line and of its title.
GW = os.path.join(SOURCE, "tests", "devset", "gongwen")


def put_together(stems, ext):
    text, firsts, titles, golds = "", [], [], []
    for stem in stems:
        body = open(os.path.join(GW, stem + ext), encoding="utf-8").read()
        body += "" if body.endswith("\n") else "\n"
        gold = json.load(open(os.path.join(GW, "gold", stem + ".json"), encoding="utf-8"))
        title = squeeze(gold["title"])
        # Some files open with a header (a database's metadata, front matter) before the title.
        at = next(i for i, l in enumerate(body.splitlines()) if squeeze(l).lstrip("■#") and title.startswith(squeeze(l).lstrip("■#")[:12]))
        firsts.append(text.count("\n") + 1)
        titles.append(text.count("\n") + 1 + at)
        golds.append(gold)
        text += body
    path = os.path.join(tmpdir(), "huibian" + ext)
    open(path, "w", encoding="utf-8").write(text)
    return path, golds, firsts, titles


# A 文件汇编 in text: each document with its own title, 主送, body, signature and date (one
# pasted from a web page with its bullet and posting time, two from a legal database with a
# metadata block). Every document is an article, titled as its gold says, at its title line.
parts = ["005_spc_tongzhi_zhenduan_2014", "019_zhongshan_jiaoyuju_zhaosheng_2014", "021_fujian_jiaoyuting_suiqian_2016",
         "027_moj_tongzhi_jianxing_jiashi_2014"]
compiled, golds, _, title_lines = put_together(parts, ".txt")
rc, out, err = run("process", "--no-extract", compiled)
recs = records(out)
arts = recs[1:]
got = [(squeeze(a.get("title")), a["source"].get("line_start")) for a in arts]
want = [(squeeze(g["title"]), line) for g, line in zip(golds, title_lines)]
check(recs and recs[0].get("kind") == "collection" and got == want, f"文件汇编 of {len(parts)} 公文: {got} vs {want}")
check(len(arts) == len(parts) and all(a.get("handler") == "official@native" for a in arts), "文件汇编: every article is handled as a 公文")

# The same from Markdown exports (each file: YAML front matter, a note, `# title`): every file
# is one article, from its front matter on, with its own date.
md_parts = ["007_sh_jiading_chengshigengxin_2023", "009_sh_zjw_han_chengshitijian_2025", "010_sh_jingan_pizhuan_wenwu_2018",
            "031_sh_chongming_pifu_zhengdi_2018"]
compiled_md, golds, firsts, _ = put_together(md_parts, ".md")
rc, out, err = run("process", "--no-extract", compiled_md)
recs = records(out)
got = [(squeeze(a.get("title")), a["source"].get("line_start"), a.get("fields", {}).get("date")) for a in recs[1:]]
want = [(squeeze(g["title"]), line, g.get("date")) for g, line in zip(golds, firsts)]
check(recs and recs[0].get("fields", {}).get("split_method") == "markup-headings" and got == want,
      f"Markdown 公文 put together: {len(got)} articles, title, first line and date as the gold says ({got} vs {want})")

# Markdown whose headings are the parts of one document stays one document.
singles = [p for p in glob.glob(os.path.join(SOURCE, "tests", "devset", "gongwen", "*.md"))]
rc, out, err = run("process", "--no-extract", *singles)
split = sorted({r["source"]["path"] for r in records(out) if r.get("kind") in ("collection", "periodical")})
check(len(singles) >= 10 and not split, f"{len(singles)} Markdown 公文: none split ({split[:2]})")
# An issue without contents whose articles are credited as other publishers print them
# (`文/`, `□ 本刊记者`, `作者：`, `本报记者 … 通讯员 …`): the bodies are real paragraphs of
# the samples; each article must be found at its title, and the credit line must not be one.
bodies = []
for name in sorted(os.listdir(os.path.join(SOURCE, "samples", "docs"))):
    paras = [l.strip() for l in open(os.path.join(SOURCE, "samples", "docs", name), encoding="utf-8") if len(l.strip()) > 60]
    if len(paras) >= 2:
        bodies.append(paras[:3])
credits = ["文/张晓明", "□ 本刊记者 李文华", "作者：王建国", "本报记者 赵一鸣 通讯员 钱丽", "文·图 | 孙立平"]
titles = ["把支部建在产业链上", "村里来了新书记", "一张清单管到底", "让群众少跑腿", "山沟里的党课"]
issue = "党建天地\n2024年第6期（总第120期）\n\n"
for title, credit, body in zip(titles, credits, bodies):
    issue += title + "\n" + credit + "\n" + "\n".join(body) + "\n\n"
path = os.path.join(tmpdir(), "issue.txt")
open(path, "w", encoding="utf-8").write(issue)
rc, out, err = run("process", "--no-extract", path)
recs = records(out)
got = [r["title"] for r in recs if r["source"].get("container")]
n = min(len(titles), len(bodies))
check(recs and recs[0]["kind"] in ("collection", "periodical") and got == titles[:n],
      f"an issue without contents, credited {n} ways: {n} articles at their titles ({got})")
# Compilations (tests/devset/compilations): PDF text with contents entries with dot leaders and
# page numbers, each article under the compiler's title on a new page; the OCR of a collected
# works volume without contents, each document under its title and bracketed date line. Every
# article starts on the gold's line (the contents lines are no paragraph of running text).
CP = os.path.join(SOURCE, "tests", "devset", "compilations")
for g in sorted(glob.glob(os.path.join(CP, "gold", "*.json"))):
    gold = json.load(open(g, encoding="utf-8"))
    name = os.path.basename(g)[:-5]
    path = glob.glob(os.path.join(CP, name + ".*"))[0]
    rc, out, err = run("process", "--no-extract", path)
    recs = records(out)
    arts = [r for r in recs if r["source"].get("container")]
    starts = sorted(r["source"].get("line_start") for r in arts)
    want = [a["line"] for a in gold["articles"]]
    check(rc == 0 and starts == want, f"{name}: articles start on the gold's lines ({starts} vs {want})")
    # A title printed over several lines (kicker, headline, its second line) is the whole block.
    got_titles = [squeeze(r.get("title")) for r in sorted(arts, key=lambda r: r["source"].get("line_start") or 0)]
    want_titles = [squeeze(a["title"]) for a in gold["articles"]]
    check(got_titles == want_titles, f"{name}: articles titled as the gold ({got_titles} vs {want_titles})")
# A cover line that quotes an article's title (`本期导读：…躬耕教坛强国有我…`) is no article: the
# title block after the contents is, its kicker (`…强调`) with it.
cover = os.path.join(tmpdir(), "cover.txt")
open(cover, "w", encoding="utf-8").write('中国教育 2024年第9期\n\n本期导读：教育家精神引领教师队伍建设，躬耕教坛强国有我，一线教师谈体会。\n\n目  录\n\n躬耕教坛强国有我 ........ 4\n深化教育改革的若干思考 ........ 8\n乡村学校的振兴之路探索 ........ 12\n\n\x0c习近平致信全国优秀教师代表强调躬耕教坛强国有我\n\n正文内容，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试。\n\n正文内容，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试。\n\n深化教育改革的若干思考\n\n正文内容，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试。\n\n正文内容，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试。\n\n乡村学校的振兴之路探索\n\n正文内容，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试。\n\n正文内容，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试，这是一段足够长的正文用于测试。\n')
rc, out, err = run("process", "--no-extract", cover)
arts = [r for r in records(out) if r["source"].get("container")]
check(arts and arts[0]["source"].get("line_start") == 11 and "\f" not in arts[0]["title"],
      f"a cover line is no article: first starts on line {arts and arts[0]['source'].get('line_start')}, title {arts and arts[0]['title']!r}")
# A plan whose tasks each carry a deadline in brackets (`（2023年6月底前完成）`) is one document:
# a deadline is no date line under a title. A column's name over a title stays the column.
plan = os.path.join(tmpdir(), "plan.txt")
open(plan, "w", encoding="utf-8").write('2023年优化营商环境重点任务清单\n\n为持续优化营商环境，激发市场主体活力，结合我市实际，制定本任务清单。各责任单位要对照任务要求，细化工作措施，确保按期完成。\n\n深化工程建设项目审批制度改革\n\n（2023年6月底前完成）\n\n全面推行工程建设项目分级分类管理，进一步精简审批环节和申报材料，推动审批全流程线上办理，压缩审批时间，提升审批效率和服务水平。各相关部门要加强协调配合形成工作合力，定期报送工作进展情况，确保各项措施落地见效，及时总结推广好的经验做法。责任单位为市住房城乡建设局。\n\n推进政务服务一网通办\n\n（2023年9月底前完成）\n\n加快推进政务服务事项标准化、规范化、便利化，推动更多政务服务事项实现网上办、掌上办、就近办，提升企业和群众办事满意度。各相关部门要加强协调配合形成工作合力，定期报送工作进展情况，确保各项措施落地见效，及时总结推广好的经验做法。责任单位为市政务服务中心。\n\n加强知识产权保护\n\n（2023年12月底前完成）\n\n健全知识产权快速协同保护机制，加大对侵权假冒行为的打击力度，完善知识产权纠纷多元化解机制，营造尊重和保护知识产权的良好氛围。各相关部门要加强协调配合形成工作合力，定期报送工作进展情况，确保各项措施落地见效，及时总结推广好的经验做法。责任单位为市市场监管局。\n')
rc, out, err = run("process", "--no-extract", plan)
check(len(records(out)) == 1, f"a plan with deadlines is not split ({len(records(out))} records)")
col = os.path.join(tmpdir(), "col.txt")
open(col, "w", encoding="utf-8").write('【研究评论】\n第1篇文章的标题\n■ 张三\n\n这是一段足够长的正文内容，用于说明文章的主体部分，并且包含了完整的句子，以便拆分器认为这是一篇文章的正文。这是第二句正文，继续补充一些内容，使字数超过一百二十个字符的阈值要求，从而保留这个标题块作为文章开始。\n这是一段足够长的正文内容，用于说明文章的主体部分，并且包含了完整的句子，以便拆分器认为这是一篇文章的正文。这是第二句正文，继续补充一些内容，使字数超过一百二十个字符的阈值要求，从而保留这个标题块作为文章开始。\n\n【研究评论】\n第2篇文章的标题\n■ 张三\n\n这是一段足够长的正文内容，用于说明文章的主体部分，并且包含了完整的句子，以便拆分器认为这是一篇文章的正文。这是第二句正文，继续补充一些内容，使字数超过一百二十个字符的阈值要求，从而保留这个标题块作为文章开始。\n这是一段足够长的正文内容，用于说明文章的主体部分，并且包含了完整的句子，以便拆分器认为这是一篇文章的正文。这是第二句正文，继续补充一些内容，使字数超过一百二十个字符的阈值要求，从而保留这个标题块作为文章开始。\n\n【研究评论】\n第3篇文章的标题\n■ 张三\n\n这是一段足够长的正文内容，用于说明文章的主体部分，并且包含了完整的句子，以便拆分器认为这是一篇文章的正文。这是第二句正文，继续补充一些内容，使字数超过一百二十个字符的阈值要求，从而保留这个标题块作为文章开始。\n这是一段足够长的正文内容，用于说明文章的主体部分，并且包含了完整的句子，以便拆分器认为这是一篇文章的正文。这是第二句正文，继续补充一些内容，使字数超过一百二十个字符的阈值要求，从而保留这个标题块作为文章开始。\n\n')
rc, out, err = run("process", "--no-extract", col)
arts = [r for r in records(out) if r["source"].get("container")]
check(arts and all(r["fields"].get("column") == "研究评论" and not r["title"].startswith("【") for r in arts),
      f"a column label over each title: {[(r['title'], r['fields'].get('column')) for r in arts]}")
done()
