"""Issue 15, entity precision at the root: holidays and anniversaries (五一, 十一, 七一) are not
slogans while 十四五 and 两学一做 are; a statistic's noun stops at a verb (1600余户茶农增收 →
茶农; 61%提高 → no noun); the multiplier moves into the value (3.1万人次 → 31000 人次)."""
import os
from e2e import *

t = tmpdir()
p = os.path.join(t, "entities.txt")
with open(p, "w") as f:
    f.write("“五一”期间和“十一”黄金周，学习“七一”讲话，推进“十四五”规划和“两学一做”。\n"
            "全县1600余户茶农增收，满意率61%提高，共接待3.1万人次，35.7万名党员参加。\n")
rc, out, err = run("process", "--extract", "slogans", "--extract", "statistics", p)
ents = records(out)[0]["entities"]
slogans = [e["value"] for e in ents if e["type"] == "slogan"]
check(slogans == ["十四五", "两学一做"], f"holidays are not slogans ({slogans})")
stats = {e["text"]: e["value"] for e in ents if e["type"] == "statistic"}
check(stats.get("1600余户茶农", {}).get("noun") == "茶农", f"the noun stops before 增收 ({list(stats)})")
check("61%" in stats and "noun" not in stats["61%"], "61%提高 has no noun")
check(stats.get("3.1万人次") == {"value": 31000.0, "unit": "人次"}, f"3.1万人次 → 31000 人次 ({stats.get('3.1万人次')})")
check(stats.get("35.7万名党员", {}).get("value") == 357000.0 and stats["35.7万名党员"].get("unit") == "名",
      "35.7万名党员 → 357000 名 党员")
done()
