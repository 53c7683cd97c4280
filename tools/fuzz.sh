#!/usr/bin/env bash
# Builds the libFuzzer targets with clang + ASan/UBSan in build-fuzz/ and runs
# each for a bounded time, growing tests/fuzz/corpus/<target>/.
#   SECONDS_PER_TARGET=60 tools/fuzz.sh [target...]
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${SECONDS_PER_TARGET:-60}"
command -v clang++ >/dev/null || { echo "fuzz: clang++ is needed (apt-get install clang)" >&2; exit 2; }
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGONGWEN_FUZZ=ON -DGONGWEN_SANITIZE=ON > build-fuzz.configure.log 2>&1 || { cat build-fuzz.configure.log; exit 1; }
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_read fuzz_split fuzz_extract fuzz_job fuzz_formats fuzz_gw_re)
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]}"
for t in "${targets[@]}"; do
  corpus="tests/fuzz/corpus/$t"
  mkdir -p "$corpus"
  echo "== $t for ${secs}s"
  seeds=(tests/data/hostile)
  [ "$t" = fuzz_job ] && seeds=(samples/jobs)
  [ "$t" = fuzz_formats ] && seeds=(tests/fuzz/corpus/fuzz_formats)
  [ "$t" = fuzz_gw_re ] && seeds=(tests/fuzz/corpus/fuzz_gw_re)
  # Timeouts and leaks are bugs too; inputs stay small so the corpus stays committable.
  "build-fuzz/bin/$t" "$corpus" "${seeds[@]}" -max_total_time="$secs" -max_len=16384 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -n 12
done
