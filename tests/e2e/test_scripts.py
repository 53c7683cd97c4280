"""The Lua handlers in scripts/: with all default handlers competing, each sample goes to its script
with the expected fields, and the scripts leave the speech and WeChat samples alone."""
import os
import re
from e2e import *

SCRIPTS = os.path.join(SOURCE, "scripts")
NEW = ["minutes", "editorial", "quotation", "briefing"]
# 公文 are the native `official` handler's; the Lua notice handler is kept as an example of a
# GB/T 9704 handler written in Lua (samples/scripts/notice.lua), run here by path.
NOTICE_LUA = os.path.join(SOURCE, "samples", "scripts", "notice.lua")


def all_handlers():
    """`--handler` arguments for every default handler, with each script taken from scripts/ rather
    than from its copy next to the binary: the build copies scripts/*.lua to build/bin/scripts, and
    a build older than the source would test old code (or miss a new script)."""
    rc, out, err = run("handlers")
    args, installed = [], {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        if parts[1] == "lua":
            installed[parts[0]] = parts[-1]
        else:
            args += ["--handler", parts[0]]
    for name in sorted(os.listdir(SCRIPTS)):
        if name.endswith(".lua"):
            src = os.path.join(SCRIPTS, name)
            args += ["--handler", src]
            handler = name[:-len(".lua")]  # by convention a script is named after its handler
            copy = installed.pop(handler, None)
            if copy is None:
                print(f"note: scripts/{name} is not installed next to the binary yet (build to install it)")
            elif open(copy, "rb").read() != open(src, "rb").read():
                print(f"note: {copy} is older than scripts/{name} (build to update it)")
    for name in installed:  # scripts from elsewhere (GONGWEN_PATH) compete too
        args += ["--handler", name]
    return args


HANDLERS = all_handlers()
check("speech" in HANDLERS[1::2], "the native speech handler is a default handler")
for h in NEW + ["wechat"]:
    check(os.path.join(SCRIPTS, h + ".lua") in HANDLERS, f"scripts/{h}.lua is a handler")

SAMPLES = {
    "notice": "notice_training.txt",
    "minutes": "minutes_standing_committee.txt",
    "editorial": "editorial_preface.txt",
    "quotation": "quotation_digest.txt",
    "briefing": "briefing_sample.txt",
}

# `gongwen check` validates each script and runs it on its sample.
for h, s in SAMPLES.items():
    rc, out, err = run("check", NOTICE_LUA if h == "notice" else os.path.join(SCRIPTS, h + ".lua"), sample(s))
    m = re.search(r"detect=([0-9.]+)", out)
    check(rc == 0 and f"name={h}" in out and m and float(m.group(1)) >= 0.3,
          f"gongwen check scripts/{h}.lua samples/docs/{s} (rc={rc}) {err.strip()}")

# Every sample through all default handlers at once.
files = [sample(s) for s in SAMPLES.values()] + [sample("speech_county_meeting.txt"), sample("wechat_youth_forum.txt")]
rc, out, err = run("process", *HANDLERS, *files)
recs = records(out)
# (A bulletin's issue is also split into its items: the record comes first, its items after it.)
recs = [r for r in recs if r["source"]["container"] is None]
check(rc == 0 and len(recs) == len(files), f"process writes a record per sample (rc={rc}) {err.strip()}")
by = {os.path.basename(r["source"]["path"]): r for r in recs}


def winner(file, handler, kind):
    r = by.get(file, {})
    check(r.get("handler") == handler and r.get("kind") == kind,
          f"{file} goes to {handler} as {kind} (got {r.get('handler')}, {r.get('kind')}; scores {r.get('scores')})")
    # No other script comes near: detection is meant to be unambiguous.
    others = {h: v for h, v in r.get("scores", {}).items() if h in NEW and h + "@lua" != handler}
    check(all(v < 0.3 for v in others.values()), f"{file}: the other scripts stay below 0.3 {others}")
    return r


def fields(r, expected, what):
    for k, v in expected.items():
        got = r["fields"].get(k)
        check(got == v, f"{what} {k} = {v!r}" + ("" if got == v else f" (got {got!r})"))


# 通知 (GB/T 9704): the native handler wins it among all defaults ...
o = winner("notice_training.txt", "official@native", "notice")
fields(o, {
    "issuer": ["中共青溪县委办公室"],
    "doc_type": "通知",
    "recipients": ["各乡镇党委", "县直各单位"],
    "date": "2024-05-10",
    "cc": ["县委组织部", "县委党校", "县财政局"],
    "printed_by": "中共青溪县委办公室",
    "printed_on": "2024-05-11",
    "masthead": "中共青溪县委办公室文件",
}, "official:")
check(o["fields"].get("doc_number", {}).get("text") == "青委办发〔2024〕12号" and o["fields"]["doc_number"].get("year") == 2024,
      "official: doc_number with org, year and number")
# ... and the Lua example handler gives the same elements when it is the one asked.
rc, out, err = run("process", "--handler", NOTICE_LUA, sample("notice_training.txt"))
n = records(out)[0]
check(n["handler"] == "notice@lua" and n["kind"] == "notice", "samples/scripts/notice.lua handles the notice when asked")
# (The script sets the number as printed; the host gives every handler's number one shape.)
check(n["fields"].get("doc_number") == o["fields"].get("doc_number"), f"notice: the number as the native handler gives it: {n['fields'].get('doc_number')}")
check(n["title"] == "关于举办2024年全县基层党组织书记示范培训班的通知", "notice: the title joins its two lines")
fields(n, {
    "issuer": ["中共青溪县委办公室"],
    "doc_type": "通知",
    "recipients": "各乡镇党委，县直各单位",
    "attachments": ["青溪县基层党组织书记示范培训班名额分配表", "青溪县基层党组织书记示范培训班学员回执"],
    "issuer_signature": "中共青溪县委办公室",
    "date": "2024-05-10",
    "cc": ["县委组织部", "县委党校", "县财政局"],
    "printed_by": "中共青溪县委办公室",
    "printed_on": "2024-05-11",
}, "notice:")
check([(s["level"], s["marker"]) for s in n["sections"]] ==
      [(1, "一、"), (1, "二、"), (1, "三、"), (2, "（一）"), (2, "（二）"), (2, "（三）"),
       (1, "四、"), (2, "（一）"), (2, "（二）"), (2, "（三）"), (1, "五、")], "notice: 一、 level 1, （一） level 2")
check(n["sections"][0]["title"] == "培训时间和地点" and n["sections"][0]["line"] == 7, "notice: first heading and its line")
check(n["sections"][3]["title"] == "政治理论", "notice: a run-in heading ends at 。")
check({"type": "date", "text": "2024年5月10日", "value": "2024-05-10", "line": 25} in n["entities"], "notice: date entity on its line")
check({"type": "date", "text": "2024年5月11日", "value": "2024-05-11", "line": 28} in n["entities"],
      "notice: the imprint date entity without the spaces before it")

# 会议纪要.
m = winner("minutes_standing_committee.txt", "minutes@lua", "minutes")
check(m["title"] == "县委常委会会议纪要", "minutes: title")
fields(m, {
    "meeting": "县委常委会会议",
    "date": "2024-04-16",
    "location": "县委常委会议室",
    "chair": "林建华",
    "attendees": ["林建华", "张卫东", "陈思远", "李华", "王建军", "赵丽萍", "孙志刚", "周海涛"],
    "observers": ["郭明", "钱立新", "何玉兰"],
    "absent": ["刘文斌", "黄晓峰"],
    "recorder": "郑晓雯",
}, "minutes:")
d = m["fields"].get("decisions", [])
check(len(d) == 8, f"minutes: 7 items and the closing 会议强调 are decisions ({len(d)})")
check(d[:2] == ["会议传达学习了全省组织工作会议精神。会议要求，全县各级党组织要把学习贯彻会议精神作为当前一项重要政治任务，结合实际抓好贯彻落实。",
                "会议同意县委组织部提出的2024年全县基层党组织书记示范培训工作方案，由县委办公室发文部署。"],
      "minutes: decisions are the items without their markers")
check(d[-1:] == ["会议强调，各级领导干部要以上率下、真抓实干，确保各项决策部署落地见效。"], "minutes: the closing 会议强调 sentence")
check({"type": "date", "text": "2024年4月16日", "value": "2024-04-16", "line": 4} in m["entities"], "minutes: date entity")

# 卷首语.
e = winner("editorial_preface.txt", "editorial@lua", "editorial")
check(e["title"] == "当好乡村振兴的“领头雁”", "editorial: the title is not the column label")
fields(e, {"column": "卷首语", "byline": "本刊特约评论员", "thesis": "村看村，户看户，群众看干部。"}, "editorial:")

# 领导论述摘编.
q = winner("quotation_digest.txt", "quotation@lua", "quotation")
check(q["title"] == "沈国梁同志关于基层党建工作的重要论述摘编", "quotation: title")
items = q["fields"].get("items", [])
check(len(items) == 5 and q["fields"].get("speaker") == "沈国梁", "quotation: 5 items, one speaker")
check(items[:1] == [{
    "speaker": "沈国梁",
    "headline": "把基层党组织建设成为坚强战斗堡垒",
    "date": "2023-03-14",
    "occasion": "出席全市基层党建工作推进会",
    "verb": "强调",
    "quote": "基层党组织是党在社会基层组织中的战斗堡垒，是党的全部工作和战斗力的基础。抓基层、打基础，是我们党的一贯做法，任何时候都不能放松。\n"
             "各级党委要把抓基层党建作为最大的政绩，书记要亲自抓、带头干，做到重点任务亲自部署、重大问题亲自过问、关键环节亲自协调。",
}], "quotation: the first item in full")
check([(i.get("date"), i.get("occasion"), i.get("verb")) for i in items[1:]] == [
    ("2023-06-02", "在青溪县调研", "指出"),                              # `——2023 年 6 月 2 日`: two dashes, spaced date
    ("2023-09-20", "在全市组织工作会议暨人才工作会议上讲话", "强调"),    # attribution wrapped onto a second line
    ("2024-01-09", "在市委理论学习中心组专题学习会上", "指出"),
    ("2024-03-26", "在全市组织部长会议上", "要求"),
], "quotation: dates, occasions and verbs of the other items")
check([s["line"] for s in q["sections"]] == [2, 6, 10, 16, 21], "quotation: a section per item, on its line")

# 工作简报 (the tutorial's script, docs/lua-tutorial.md).
b = winner("briefing_sample.txt", "briefing@lua", "briefing")
check(b["title"] == "工作简报第5期", "briefing: title")
fields(b, {
    "briefing": "工作简报",
    "issue": 5,
    "issue_total": 127,
    "issuer": ["中共青溪县委组织部办公室"],
    "date": "2024-05-20",
    "items": ["梅岭镇：“红色茶园”党建联盟带富一方百姓", "石门乡：“民宿管家”服务队激活乡村旅游",
              "县卫生健康局：“党员医生进村居”打通健康服务最后一公里", "城东街道：“红色物业”破解老旧小区治理难题",
              "县委组织部召开年轻干部座谈会"],
}, "briefing:")
check([s["line"] for s in b["sections"]] == [4, 7, 10, 13, 16], "briefing: a section per item, on its line")
check(not [g for g in b["diagnostics"] if g["severity"] != "info"], "briefing: no warnings")

# The existing samples keep their handlers.
s = by.get("speech_county_meeting.txt", {})
check(s.get("handler") == "speech@native" and all(s["scores"].get(h, 0) < 0.3 for h in NEW),
      f"the speech sample stays with speech@native {s.get('scores')}")
w = by.get("wechat_youth_forum.txt", {})
check(w.get("handler") == "wechat@lua" and all(w["scores"].get(h, 0) < 0.3 for h in NEW),
      f"the WeChat sample stays with wechat@lua {w.get('scores')}")

# 编者按: an editor's note naming the documents it introduces.
t = tmpdir()
note = os.path.join(t, "note.txt")
open(note, "w", encoding="utf-8").write(
    "编者按：为推动基层党建提质增效，县委在制定《关于加强村级组织建设的实施意见》的基础上，"
    "又制定出台了《村党组织书记县级备案管理办法（试行）》《村级小微权力清单制度（试行）》等配套制度。现将文件刊登如下，供学习参考。\n"
    "村党组织书记县级备案管理办法（试行）\n"
    "第一条 为加强村党组织书记队伍建设，根据有关规定，制定本办法。\n")
units = os.path.join(t, "units.txt")
open(units, "w", encoding="utf-8").write(
    "编者按：全县组织工作会议上，梅岭镇党委、石门乡党委、县卫生健康局党委等3家单位作了交流发言，现刊登如下，供学习参考。\n"
    "以党建引领激活乡村振兴“一池春水”\n"
    "今年以来，梅岭镇坚持党建引领，探索形成了“支部+合作社+农户”发展模式。\n")
rc, out, err = run("process", *HANDLERS, note, units)
r1, r2 = records(out)
check(r1["handler"] == "editorial@lua" and r1["fields"].get("column") == "编者按", "an editor's note goes to editorial@lua")
check(r1["fields"].get("introduces") == ["关于加强村级组织建设的实施意见", "村党组织书记县级备案管理办法（试行）", "村级小微权力清单制度（试行）"],
      "编者按: introduces lists the 《…》 titles")
check(r2["fields"].get("introduces") == ["梅岭镇党委", "石门乡党委", "县卫生健康局党委"], "编者按: or else the units it names")

# explain shows the signals behind a score.
rc, out, err = run("explain", *HANDLERS, sample("briefing_sample.txt"))
check(rc == 0 and "* briefing" in out and "masthead" in out, "explain shows the briefing signals")

# Every Lua snippet of the tutorial is part of the final script: its lines, bar `...`
# placeholders, appear in scripts/briefing.lua in the same order.
final = [l.strip() for l in open(os.path.join(SCRIPTS, "briefing.lua"), encoding="utf-8").read().splitlines()]
tutorial = open(os.path.join(SOURCE, "docs", "lua-tutorial.md"), encoding="utf-8").read()
snippets = re.findall(r"```lua\n(.*?)```", tutorial, re.S)
check(len(snippets) >= 4, f"the tutorial has Lua snippets ({len(snippets)})")
for k, snip in enumerate(snippets, 1):
    at, missing = 0, None
    for line in snip.splitlines():
        line = line.strip()
        if not line or line == "...":
            continue
        try:
            at = final.index(line, at) + 1
        except ValueError:
            missing = line
            break
    check(missing is None, f"tutorial snippet {k} matches scripts/briefing.lua" + (f" (not found in order: {missing})" if missing else ""))
# appeal.lua: two real 倡议书 saved from a news portal (tests/devset/pages 023, 026; hand-checked
# gold kind `letter`): the appeal handler wins, names the genre, and reads the closing signature.
PAGES = os.path.join(SOURCE, "tests", "devset", "pages")
for name, signer in (("023_163-zqxh-letter.html", "中国证券业协会"), ("026_163-szama-letter.html", None)):
    rc, out, err = run("process", "--no-extract", *HANDLERS, os.path.join(PAGES, name))
    r = (records(out) or [{"fields": {}}])[0]
    check(r.get("kind") == "letter" and r.get("handler") == "appeal@lua" and r["fields"].get("genre") == "倡议书"
          and (signer is None or r["fields"].get("issuer") == [signer]),
          f"appeal: {name} is a letter ({r.get('kind')}, {r.get('handler')}, {r['fields'].get('genre')}, {r['fields'].get('issuer')})")
# A news outlet's page (its site names it: `北京新闻网`, or its address files it under news) backs
# what the text says of news (here two reporting verbs): news there, unknown on another site. A
# theory piece the text says nothing of news about stays what it is on the outlet too.
report = ("<h1>港特首就住宅违建事件道歉</h1><p>特首同时遭到议员质问。</p>"
          "<p>香港行政长官在各方压力下就其大宅的违章建筑问题到立法会接受质询，强调他没有隐瞒的意图，并向民众道歉。</p>"
          "<p>议员们表示不满，要求他马上辞职下台。</p>")
theory = ("<h1>深刻把握新质生产力的三重逻辑</h1><p>新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径的先进生产力质态。</p>"
          "<p>它由技术革命性突破、生产要素创新性配置、产业深度转型升级而催生，以劳动者、劳动资料、劳动对象及其优化组合的跃升为基本内涵。</p>")
for site, url, body, want in (("北京新闻网", "http://example.org/a/1.html", report, "news"),
                              ("某某网", "https://example.org/chinese_news/2012/1.html", report, "news"),
                              ("某某网", "https://example.org/a/1.html", report, "unknown"),
                              ("光明日报", "https://news.example.org/a/1.html", theory, "unknown")):
    page = os.path.join(t, "outlet.html")
    open(page, "w", encoding="utf-8").write(
        f'<html><head><title>页面_{site}</title><meta property="og:site_name" content="{site}">'
        f'<meta property="og:url" content="{url}"></head><body><div class="article">{body}</div></body></html>')
    rc, out, err = run("process", "--no-extract", page)
    r = records(out)[0]
    check(r["kind"] == want, f"a page of {site} at {url}: {r['kind']} (want {want})")
done()
