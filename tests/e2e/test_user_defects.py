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
done()
