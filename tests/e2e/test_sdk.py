"""The installed SDK: install to a temporary prefix, build the out-of-tree plugin in
samples/plugin and a plugin made with `gongwen new-plugin`, and run them through gongwen."""
import json
import os
import subprocess
import sys
from e2e import *

build = os.environ.get("BUILD_DIR", os.path.join(SOURCE, "build"))
t = tmpdir()
prefix = os.path.join(t, "prefix")


def sh(*cmd, cwd=None):
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=600)
    if p.returncode:
        print(p.stdout[-3000:], p.stderr[-3000:])
    return p.returncode, p.stdout, p.stderr


rc, _, _ = sh("cmake", "--install", build, "--prefix", prefix)
check(rc == 0, "cmake --install to a temporary prefix")
gw = os.path.join(prefix, "bin", "gongwen")
for rel in ("include/gongwen/abi.h", "include/gongwen/plugin.hpp", "lib/cmake/gongwen/gongwenConfig.cmake",
            "lib/cmake/gongwen/GongwenPlugin.cmake", "lib/gongwen/plugins/gongwen-speech.so", "lib/gongwen/gongwen-pdf.so",
            "share/gongwen/scripts/wechat.lua", "share/gongwen/template/CMakeLists.txt"):
    check(os.path.exists(os.path.join(prefix, rel)), f"installed {rel}")
rc, out, err = sh(gw, "handlers")
check(rc == 0 and "gongwen-speech.so" in out and prefix in out and "wechat.lua" in out,
      "the installed binary finds its plugins and scripts")

# The installed binary reads PDF through the installed PDF module (lib/gongwen/gongwen-pdf.so).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixtures_binary  # noqa: E402
pdf_path = os.path.join(t, "notice.pdf")
with open(pdf_path, "wb") as f:
    f.write(fixtures_binary.pdf([("title", "关于开展安全检查的通知"), ("recipient", "各区人民政府："),
                                 ("body", "现将有关事项通知如下，请认真贯彻执行。")]))
rc, out, err = sh(gw, "process", pdf_path)
recs = [json.loads(l) for l in out.splitlines() if l.strip()]
check(rc == 0 and recs and recs[0].get("source", {}).get("format") == "pdf" and "error" not in recs[0],
      f"the installed binary reads a PDF ({err.strip()[-200:]})")

# The out-of-tree plugin, built against the installed SDK only.
pb = os.path.join(t, "plugin-build")
rc, _, _ = sh("cmake", "-S", os.path.join(SOURCE, "samples", "plugin"), "-B", pb, f"-DCMAKE_PREFIX_PATH={prefix}")
check(rc == 0, "configure samples/plugin with find_package(gongwen)")
rc, _, _ = sh("cmake", "--build", pb)
so = os.path.join(pb, "gongwen-meeting_notice.so")
check(rc == 0 and os.path.exists(so), "build the out-of-tree plugin")
rc, out, err = sh(gw, "plugin", "info", so)
check(rc == 0 and "verdict:     ok" in out and "meeting_notice" in out and f"abi:         {ABI}" in out, "plugin info inspects it")  # built against this SDK
rc, out, err = sh(gw, "process", "--plugin-path", pb, os.path.join(SOURCE, "samples", "plugin", "meeting_notice_sample.txt"))
r = json.loads(out.splitlines()[0]) if out.strip() else {}
check(r.get("handler") == "meeting_notice@native", "the plugin wins its sample")
f = r.get("fields", {})
check(f.get("meeting") == "全县基层党建工作推进会议" and f.get("date") == "2024-07-12" and f.get("location") == "县行政中心三楼第一会议室",
      f"meeting, date and place {f}")
check(f.get("attendees") == ["各乡镇党委书记", "组织委员", "县直各单位分管负责同志"], "attendee list")
rc, out, err = sh("ctest", "--test-dir", pb)
check(rc == 0, "the sample plugin's own test passes")

# A duplicate handler name is an error naming both files.
dup = os.path.join(t, "dup")
os.makedirs(dup)
import shutil
shutil.copy(so, os.path.join(dup, "gongwen-meeting_notice_copy.so"))
rc, out, err = sh(gw, "handlers", "--plugin-path", pb, "--plugin-path", dup)
check("duplicate handler name `meeting_notice`" in err and "gongwen-meeting_notice_copy.so" in err, "duplicate names are reported with both files")

# The template, through `gongwen new-plugin`.
rc, out, err = sh(gw, "new-plugin", "briefing_native", "--dir", os.path.join(t, "briefing"))
check(rc == 0 and os.path.exists(os.path.join(t, "briefing", "briefing_native.cpp")), "new-plugin creates a plugin folder")
bb = os.path.join(t, "briefing-build")
rc1, _, _ = sh("cmake", "-S", os.path.join(t, "briefing"), "-B", bb, f"-DCMAKE_PREFIX_PATH={prefix}")
rc2, _, _ = sh("cmake", "--build", bb)
rc3, _, _ = sh("ctest", "--test-dir", bb)
check(rc1 == 0 and rc2 == 0 and rc3 == 0, "the new plugin builds and its test passes")
done()
