#!/usr/bin/env bash
# Where the instructions go, with callgrind (perf has no hardware counters on
# these VMs). Prints the top functions by inclusive and by self cost.
#
#   bench/profile.sh steady [FILE]   one document through the pipeline, start-up excluded
#                                    (default: the corpus's 004, 1 MB, ~10 s under valgrind)
#   bench/profile.sh startup         `gongwen process` on a 20-line file, everything counted
#
# GONGWEN picks the binary (default build/bin/gongwen; a RelWithDebInfo build
# gives file:line names). The raw profile stays in $BENCH_OUT (default
# /tmp/gongwen-bench) for callgrind_annotate or kcachegrind.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GONGWEN=${GONGWEN:-$ROOT/build/bin/gongwen}
CORPUS=${GONGWEN_CORPUS:-$ROOT/../shared/corpus}
BENCH_OUT=${BENCH_OUT:-/tmp/gongwen-bench}
TOP=${TOP:-30}
mode=${1:-steady}

command -v valgrind >/dev/null || { echo "profile: valgrind is missing (apt-get install valgrind)" >&2; exit 1; }
[ -x "$GONGWEN" ] || { echo "profile: no gongwen binary at $GONGWEN (set GONGWEN)" >&2; exit 1; }
mkdir -p "$BENCH_OUT"
out="$BENCH_OUT/callgrind.$mode.out"

case "$mode" in
  steady)
    file=${2:-$(ls "$CORPUS"/004_*.txt 2>/dev/null | head -1)}
    [ -n "$file" ] && [ -f "$file" ] || { echo "profile: no input file (give one, or set GONGWEN_CORPUS)" >&2; exit 1; }
    # Only the worker's per-document code: read → … → extract, and the record.
    valgrind --tool=callgrind --callgrind-out-file="$out" \
      --toggle-collect='gongwen::host::process_input(*' --toggle-collect='gongwen::host::to_record*' \
      "$GONGWEN" process "$file" > /dev/null 2> "$out.log"
    ;;
  startup)
    tiny=$(mktemp /tmp/gongwen-profile.XXXXXX.txt)
    trap 'rm -f "$tiny"' EXIT
    head -n 20 "$(ls "$CORPUS"/001_*.txt 2>/dev/null | head -1 || echo /dev/null)" > "$tiny" || true
    [ -s "$tiny" ] || printf '关于开展工作的通知\n各单位：\n现将有关事项通知如下。\n' > "$tiny"
    valgrind --tool=callgrind --callgrind-out-file="$out" "$GONGWEN" process "$tiny" > /dev/null 2> "$out.log"
    ;;
  *) echo "usage: bench/profile.sh steady [FILE] | startup" >&2; exit 2 ;;
esac

grep -h 'Collected' "$out.log" | sed 's/^==[0-9]*== /profile: instructions /' || true
# Long C++ names make the listing unreadable; shorten the usual suspects.
shorten() {
  sed -E 's/std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >/std::string/g;
          s/std::basic_string_view<char, std::char_traits<char> >/std::string_view/g;
          s/nlohmann::json_abi_v3_11_2::basic_json<[^>]*>[^ ]*/json/g; s/gongwen::host:://g' | cut -c1-200
}
# The listing names a function once per debug-info spelling of its file and
# starts with the thread/runner frames every sample goes through: keep one line
# per cost and drop those frames.
top() {
  callgrind_annotate "$@" "$out" 2>/dev/null | awk '/^-+$/ {n++} n >= 4' | grep -E '^ *[0-9,]+ \(' |
    grep -vE 'PROGRAM TOTALS|clone\.S|start_thread|std::thread|libstdc\+\+\.so[^ ]*\]$|run_inputs|below main|libc-start|ld-linux' |
    awk '!seen[$1]++' | head -n "$TOP" | shorten
}
echo
echo "== inclusive (function and everything it calls) =="
top --inclusive=yes
echo
echo "== self =="
top
echo
echo "profile: $out (callgrind_annotate --inclusive=yes $out)"
