"""ABI 1.1 (issue 12): a plugin compiled against the released ABI 1.0 header
still loads and works in today's host, and a Lua handler sees p.style."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import fixtures_binary as fb  # noqa: E402
from e2e import BROKEN, check, done, records, run, tmpdir  # noqa: E402

tmp = tmpdir()
legacy = os.path.join(BROKEN, "legacy_abi10.so")
txt = os.path.join(tmp, "legacy.txt")
open(txt, "w", encoding="utf-8").write("第一行\n第二行写着 LEGACY ABI 字样\n")
rc, out, err = run("process", "--add-handler", legacy, txt)
recs = records(out)
check(rc == 0 and recs and recs[0]["handler"] == "legacy_abi10@native" and recs[0]["fields"].get("built_against") == "1.0"
      and recs[0]["fields"].get("marker_line") == "2", f"ABI 1.0 plugin runs in a 1.1 host: {recs[0]['fields'] if recs else err}")

paras = [("title", "关于测试版式信息的通知"), ("recipient", "各单位："), ("h1", "一、总体要求"), ("body", "这是正文第一段，用于检查版式信息。")]
doc = os.path.join(tmp, "styled.ofd")
open(doc, "wb").write(fb.ofd(paras))
script = os.path.join(tmp, "style.lua")
open(script, "w", encoding="utf-8").write('''return {
  name = "stylecheck", version = "1.0", kinds = {"styled"}, priority = 1,
  detect = function(doc) return 0.99 end,
  process = function(doc)
    local out = {}
    for _, p in ipairs(doc:paragraphs(4)) do
      local s = p.style
      out[#out + 1] = s and string.format("%g/%s/%s/%s/%s", s.size, s.font, s.align or "?", s.page, s.indent) or "none"
    end
    doc:set_field("styles", table.concat(out, ","))
  end,
}
''')
rc, out, err = run("process", "--handler", script, doc)
recs = records(out)
styles = recs[0]["fields"].get("styles", "") if recs else ""
parts = styles.split(",")
check(len(parts) == 4 and parts[0].startswith("22/方正小标宋简体/center/1") and parts[2].startswith("16/黑体/") and
      parts[3].startswith("16/仿宋_GB2312/justify/1/2"), f"p.style in Lua: {styles} {err.strip()[:200]}")

txt2 = os.path.join(tmp, "plain.txt")
open(txt2, "w", encoding="utf-8").write("关于测试的通知\n正文。\n")
rc, out, err = run("process", "--handler", script, txt2)
recs = records(out)
check(recs and recs[0]["fields"].get("styles") == "none,none", f"text input has no style: {recs[0]['fields'] if recs else err}")
done()
