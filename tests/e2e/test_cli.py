"""The command line: help, version, handlers, process, exit codes."""
from e2e import *

rc, out, err = run("--help")
check(rc == 0 and "process" in out and "run" in out and "handlers" in out, "--help lists the commands")
rc, out, err = run("--version")
check(rc == 0 and out.startswith("gongwen ") and f"plugin ABI {ABI}" in out, "--version")
for sub in ("process", "run", "handlers", "inspect", "explain", "check"):
    rc, out, err = run(sub, "--help")
    check(rc == 0 and "Usage" in out, f"{sub} --help")
rc, out, err = run("frobnicate")
check(rc == 2, "an unknown command exits 2")
rc, out, err = run("process")
check(rc == 2, "process without files exits 2")

rc, out, err = run("handlers")
lines = out.splitlines()
check(rc == 0, "handlers exits 0")
speech = [l for l in lines if l.split()[0] == "speech"]
wechat = [l for l in lines if l.split()[0] == "wechat"]
check(len(speech) == 1 and " native " in speech[0] and "gongwen-speech.so" in speech[0], "speech is a native handler with its file")
check(len(wechat) == 1 and " lua " in wechat[0] and "wechat.lua" in wechat[0], "wechat is a Lua handler with its file")

rc, out, err = run("process", sample("speech_county_meeting.txt"), sample("wechat_youth_forum.txt"))
recs = records(out)
check(rc == 0 and len(recs) == 2, "process writes one JSON line per document")
s, w = recs
for key in ("id", "source", "kind", "scores", "handler", "title", "fields", "sections", "entities", "diagnostics"):
    check(key in s, f"record has `{key}`")
for key in ("path", "container", "index", "line_start", "line_end", "encoding", "layout"):
    check(key in s["source"], f"source has `{key}`")
check("error" not in s, "no `error` on a document that did not fail")
check(s["kind"] == "speech" and s["handler"] == "speech@native", "the speech sample goes to speech@native")
check(s["fields"].get("speaker") == "王明远" and s["fields"].get("date") == "2024-03-15", "speaker and date")
check([x["marker"] for x in s["sections"] if x["level"] == 1] == ["一、", "二、", "三、"], "level-1 headings 一、二、三、")
check(s["sections"][0]["line"] == 11, "a heading's line is the source line")
check(w["handler"] == "wechat@lua" and w["fields"].get("account") == "青溪组工", "the WeChat sample goes to wechat@lua")
check(w["fields"].get("date") == "2024-05-20", "WeChat post date")

rc, out, err = run("process", "--handler", "wechat", sample("speech_county_meeting.txt"))
r = records(out)[0]
check(list(r["scores"]) == ["wechat"] and r["kind"] == "unknown", "--handler restricts the handlers")
rc, out, err = run("process", "--handler", "nosuch", sample("speech_county_meeting.txt"))
check(rc == 2 and "nosuch" in err, "an unknown --handler is a usage error naming it")

rc, out, err = run("process", sample("news_training_class.txt"))
n = records(out)[0]
check(n["handler"] == "news@lua" and n["fields"].get("event") == "全县年轻干部能力提升培训班开班", "a news item goes to news@lua")

rc, out, err = run("process", "--format", "text", sample("speech_county_meeting.txt"))
check(rc == 0 and "speaker: 王明远" in out, "--format text")
rc, out, err = run("explain", sample("speech_county_meeting.txt"))
check(rc == 0 and "salutation" in out and "* speech" in out, "explain shows scores and signals")
rc, out, err = run("inspect", sample("speech_county_meeting.txt"))
check(rc == 0 and "cleaned text" in out and "同志们：" in out, "inspect shows the cleaned text")
done()
