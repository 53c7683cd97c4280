#!/usr/bin/env bash
# One command from a fresh Debian 12 machine (as root) to a working gongwen:
#   tools/bootstrap.sh demo   install dependencies, build, run the demo job on samples/
#   tools/bootstrap.sh test   install dependencies, build, run the whole test suite (CTest)
# Re-running is cheap: installed packages and an up-to-date build are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-demo}"
build="${BUILD_DIR:-build}"
jobs="$(nproc 2>/dev/null || echo 2)"

bash tools/install-deps.sh
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo ${CMAKE_ARGS:-} > "$build.configure.log" 2>&1 \
  || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j "$jobs"

case "$what" in
  demo)
    "$build/bin/gongwen" handlers
    "$build/bin/gongwen" run samples/jobs/demo.lua
    echo "== out/demo.jsonl (first record) =="
    head -n 1 out/demo.jsonl
    ;;
  test)
    ctest --test-dir "$build" --output-on-failure -j "$jobs"
    ;;
  *)
    echo "usage: tools/bootstrap.sh demo|test" >&2
    exit 2
    ;;
esac
