#!/usr/bin/python3
"""The Python baseline: what a researcher would write without gongwen.

Reads each file, segments it with jieba (jieba.lcut, default mode) and counts
numbered slogans in “…”/‘…’ quotes with the rule of GUIDE.md §5. Run with
Debian's /usr/bin/python3 (python3-jieba is not importable from pyenv).

Prints one JSON object: dictionary init time and processing time measured
separately, so the MB/s figure is not diluted by the ~0.5 s dictionary load.

usage: jieba_baseline.py LIST_FILE   (one path per line)
"""
import json
import re
import sys
import time
from collections import Counter

t_import = time.perf_counter()
import jieba  # noqa: E402  (timed: part of the start-up cost)

jieba.setLogLevel(60)  # its "Building prefix dict" chatter goes to stderr otherwise

# GUIDE.md §5: a quoted X of 2-16 chars without quote marks or 。；！？, kept
# when it starts with a numeral (双/第/半 are not numerals here).
QUOTED = re.compile(r"[“‘]([^“”‘’。；！？]{2,16})[”’]")
SPACES = re.compile(r"[ \u3000\u00a0]")
FULLWIDTH = str.maketrans("０１２３４５６７８９＋－．", "0123456789+-.")
NUMERAL = re.compile(r"^[0-9一二三四五六七八九十百千万两]")


def text_of(raw: str) -> str:
    # The WeChat scrape (002) is a JS string literal: decode its escapes the
    # way §5 says, then drop Markdown bold and rejoin wrapped lines.
    if raw.startswith("text:'"):
        raw = raw[6:].rstrip().rstrip("'")
        raw = raw.replace("\\n", "\n").replace("\\'", "'").replace("\\xa0", "\u00a0")
    return raw.replace("**", "").replace("\r", "").replace("\n", "")


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]

    t0 = time.perf_counter()
    jieba.initialize()
    t1 = time.perf_counter()

    nbytes = 0
    nwords = 0
    slogans: Counter = Counter()
    for p in paths:
        with open(p, "rb") as f:
            data = f.read()
        nbytes += len(data)
        text = data.decode("utf-8", errors="replace")
        nwords += len(jieba.lcut(text))
        for m in QUOTED.finditer(text_of(text)):
            key = SPACES.sub("", m.group(1)).translate(FULLWIDTH)
            if len(key) >= 2 and NUMERAL.match(key):
                slogans[key] += 1
    t2 = time.perf_counter()

    json.dump(
        {
            "files": len(paths),
            "bytes": nbytes,
            "import_s": t0 - t_import,
            "init_s": t1 - t0,
            "process_s": t2 - t1,
            "words": nwords,
            "slogans_distinct": len(slogans),
            "top_slogans": slogans.most_common(5),
        },
        sys.stdout,
        ensure_ascii=False,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
