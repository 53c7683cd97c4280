"""tools/regress.py, the record-level regression check: identical runs move nothing, a moved
field is named with both values, and an input gongwen fails on is named and fails the check."""
import glob
import shutil
from e2e import *

TOOL = os.path.join(SOURCE, "tools", "regress.py")
SET = os.path.join(SOURCE, "tests", "devset", "gongwen-13")


def regress(*args):
    p = subprocess.run([sys.executable, TOOL, "--gongwen", GONGWEN, *args], capture_output=True, timeout=600)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


tmp = tmpdir()
base, again, edited = (os.path.join(tmp, n) for n in ("base", "again", "edited"))
inputs = sorted(f for f in os.listdir(SET) if f.endswith((".md", ".txt")) and f != "README.md")

rc, out, err = regress(base, SET)
check(rc == 0 and f"{len(inputs)} inputs, 0 with exit code != 0" in out, f"a baseline of the set: {rc} {out!r} {err!r}")
rc, out, err = regress(again, "--base", base, SET)
check(rc == 0 and f"0 of {len(inputs)} inputs changed" in out, f"the same build moves nothing: {out!r}")

# The baseline as an older build might have left it: the first document's title otherwise. The
# check must name that file and that field, with the title the hand-checked gold gives as the new one.
first = sorted(glob.glob(os.path.join(base, "gongwen-13__*.jsonl")))[0]
recs = [json.loads(l) for l in open(first, encoding="utf-8") if l.strip()]
recs[0]["title"] = "一个旧的标题"
with open(first, "w", encoding="utf-8") as f:
    f.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
gold = json.load(open(os.path.join(SET, "gold", os.path.splitext(inputs[0])[0] + ".json"), encoding="utf-8"))
rc, out, err = regress(edited, "--base", base, SET)
check(f"MOVED gongwen-13/{inputs[0]}" in out and f'title: "一个旧的标题" -> "{gold["title"]}"' in out
      and f"1 of {len(inputs)} inputs changed" in out, f"a moved title is named: {out!r}")

# An input gongwen cannot read (a ZIP that is neither DOCX nor OFD) fails the check, by name.
bad_dir = os.path.join(tmp, "bad")
os.makedirs(bad_dir)
bad = write_file(bad_dir, "broken.docx", b"PK\x03\x04" + b"\0" * 64, "wb")
rc, out, err = regress(os.path.join(tmp, "bad_out"), bad_dir)
check(rc == 1 and f"FAIL  {bad}" in err and "read failed" in err and "1 with exit code != 0" in out, f"a failed input fails the check: {rc} {out!r} {err!r}")
shutil.rmtree(tmp)
done()
