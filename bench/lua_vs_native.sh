#!/usr/bin/env bash
# The same handler natively and in Lua (plugins/speech vs bench/lua/speech_port.lua)
# over the corpus repeated to at least 50 MB, one thread, extractors off and the
# threshold at 0 so every document goes through detect() AND process().
# A null Lua handler gives the cost of everything else (read, clean, split),
# which is subtracted to compare the handlers themselves.
#   bench/lua_vs_native.sh [MB]      (GONGWEN=build/bin/gongwen, CORPUS=../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
gw="${GONGWEN:-build/bin/gongwen}"
corpus="${CORPUS:-../shared/corpus}"
target_mb="${1:-50}"
[ -x "$gw" ] || { echo "no gongwen binary at $gw (build first)" >&2; exit 2; }
[ -d "$corpus" ] || { echo "corpus absent ($corpus): nothing to measure" >&2; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bytes=0 i=0
while [ "$bytes" -lt $((target_mb * 1000000)) ]; do
  for f in "$corpus"/0*.txt "$corpus"/reg_*.md; do
    ext="${f##*.}"
    cp "$f" "$tmp/$i-$(basename "$f" ."$ext").$ext"
    bytes=$((bytes + $(stat -c %s "$f")))
  done
  i=$((i + 1))
done
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "input: $mb MB in $(ls "$tmp" | wc -l) files"
run() {  # prints seconds (best of 3)
  local best=999999
  for _ in 1 2 3; do
    local s e
    s=$(date +%s.%N)
    "$gw" process --threads 1 --no-extract --threshold 0 --handler "$1" "$tmp"/* > /dev/null || true
    e=$(date +%s.%N)
    best=$(awk -v a="$best" -v b="$(awk -v s="$s" -v e="$e" 'BEGIN { print e - s }')" 'BEGIN { print (b < a) ? b : a }')
  done
  echo "$best"
}
t_null=$(run bench/lua/null.lua)
t_native=$(run speech)
t_lua=$(run bench/lua/speech_port.lua)
t_lua_icu=$(GONGWEN_RE_ENGINE=icu run bench/lua/speech_port.lua)
awk -v mb="$mb" -v n="$t_null" -v c="$t_native" -v l="$t_lua" -v li="$t_lua_icu" 'BEGIN {
  printf "%-28s %8s %10s %16s\n", "run", "seconds", "MB/s", "handler MB/s";
  printf "%-28s %8.2f %10.1f %16s\n", "null Lua handler (baseline)", n, mb / n, "-";
  hc = c - n; hl = l - n; if (hc <= 0) hc = 1e-9; if (hl <= 0) hl = 1e-9;
  printf "%-28s %8.2f %10.1f %16.1f\n", "speech (native)", c, mb / c, mb / hc;
  printf "%-28s %8.2f %10.1f %16.1f\n", "speech_port (Lua)", l, mb / l, mb / hl;
  hi = li - n; if (hi <= 0) hi = 1e-9;
  printf "%-28s %8.2f %10.1f %16.1f\n", "speech_port, gw.re on ICU", li, mb / li, mb / hi;
  printf "Lua / native: end to end %.2f, handler alone %.2f\n", (mb / l) / (mb / c), hc / hl;
  printf "gw.re PCRE2 / ICU: handler alone %.2f\n", hi / hl;
}'
