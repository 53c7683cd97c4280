"""Issue 20, defects a new user hits: a malformed stdin line is one error record (the run goes
on), a missing plugin folder or handler file says so, and a folder given to `process` is named
as a directory, not a size."""
import os
from e2e import *

ok = sample("notice_training.txt")
rc, out, err = run("process", "--no-extract", "-", stdin=(ok + "\n{\"broken\n{\"text\": \"关于开展检查的通知\\n各单位：\\n请落实。\"}\n").encode())
recs = records(out)
check(rc == 1 and len(recs) == 3 and "error" not in recs[0] and "not valid JSON" in recs[1].get("error", {}).get("message", "")
      and recs[1]["source"]["path"] == "<stdin:2>" and recs[2]["kind"] == "notice",
      f"a malformed stdin line is an error record and the other lines are processed (rc {rc}, {len(recs)} records)")

rc, out, err = run("process", "--plugin-path", "/nonexistent-gongwen-plugins", ok)
check(rc == 2 and "no such folder" in err, "--plugin-path to a missing folder is refused")
rc, out, err = run("process", "--handler", "nosuch.lua", ok)
check(rc == 2 and "no such file" in err, "--handler nosuch.lua says there is no such file")
rc, out, err = run("process", os.path.dirname(ok))
recs = records(out)
check(rc == 1 and recs and "directory" in recs[0].get("error", {}).get("message", ""), "a folder is named as a directory")
# Handler tables are checked like job files: misspelled keys with a suggestion, every problem at
# once; a BOM is accepted; a GBK script is warned about; scores above 1 are clamped with a warning.
t = tmpdir()
bad = os.path.join(t, "typos.lua")
with open(bad, "w") as f:
    f.write("return { name = 'typos', version = '1', kinds = {'x'}, prority = 5, keyword = {'通知'},\n"
            "  detect = function(doc) return 1 end }\n")
rc, out, err = run("check", bad)
check(rc == 1 and "did you mean `priority`" in err and "did you mean `keywords`" in err and "`process` must be a function" in err
      and "3 problems" in err, f"a handler table's problems are all listed with suggestions ({err.strip()[-200:]!r})")
bom = os.path.join(t, "bom.lua")
with open(bom, "wb") as f:
    f.write(b"\xef\xbb\xbfreturn { name = 'bom', version = '1', kinds = {'x'}, detect = function(doc) return 2 end,\n"
            b"  process = function(doc) end }\n")
rc, out, err = run("process", "--handler", bom, ok)
recs = records(out)
check(rc == 0 and recs and recs[0]["scores"].get("bom") == 1.0
      and any("detect returned 2" in d["message"] for d in recs[0]["diagnostics"]),
      "a script with a UTF-8 BOM loads; a score of 2 is clamped to 1 with a warning")
gbk = os.path.join(t, "gbk.lua")
with open(gbk, "wb") as f:
    f.write("return { name = 'gbk', version = '1', kinds = {'x'}, keywords = {'关于'}, detect = function(doc) return 0 end,\n"
            "  process = function(doc) end }\n".encode("gb18030"))
rc, out, err = run("check", gbk)
check("not valid UTF-8" in err, "a GBK script is warned about")
# --log-level after the subcommand, as users type it.
rc, out, err = run("process", "--log-level", "debug", os.path.join(SOURCE, "samples", "docs", "speech_county_meeting.txt"))
check(rc == 0 and records(out) and records(out)[0]["kind"] == "speech", f"--log-level after the subcommand is accepted (rc {rc}: {err.strip()[:120]})")
rc, out, err = run("process", "--log-level", "loud", os.path.join(SOURCE, "samples", "docs", "speech_county_meeting.txt"))
check(rc == 2 and "loud" in err, "an unknown --log-level after the subcommand is still refused")
# --format text shows the diagnostics, as inspect does.
rc, out, err = run("process", "--format", "text", os.path.join(SOURCE, "tests", "devset", "binary", "014_luqiao-weishengju-reply.ofd"))
check(rc == 0 and "info [clean." in out and "dropped" in out, "--format text lists the document's diagnostics")
# A misspelled handler name, on the command line or in a job, gets a suggestion.
rc, out, err = run("process", "--handler", "speach", os.path.join(SOURCE, "samples", "docs", "speech_county_meeting.txt"))
check(rc == 2 and "did you mean `speech`" in err, f"--handler speach: did you mean speech ({err.strip()[:160]})")
job = os.path.join(tmpdir(), "job.lua")
with open(job, "w") as f:
    f.write('return { name = "x", inputs = {}, outputs = {}, thresold = 0.5 }\n')
rc, out, err = run("run", job)
check(rc == 2 and "did you mean `threshold`" in err, f"a misspelled job key: did you mean threshold ({err.strip()[:160]})")
# A misspelled handler name in a job names the job's line.
job2 = os.path.join(tmpdir(), "job2.lua")
with open(job2, "w") as f:
    f.write('return {\n  name = "x",\n  inputs = {},\n  outputs = {},\n  handlers = { "speach" },\n}\n')
rc, out, err = run("run", job2)
check(rc == 2 and "job2.lua:5: handler `speach` not found: did you mean `speech`" in err,
      f"a job's unknown handler name: its line and a suggestion ({err.strip()[:200]})")
done()
