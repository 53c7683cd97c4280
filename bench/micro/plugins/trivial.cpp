// The native twin of lua/trivial.lua: a constant detect(), so the benchmark
// measures the C ABI call path (gw_doc handle, exception guard) alone.
#include <gongwen/plugin.hpp>

namespace {

struct BenchTrivial {
  static constexpr const char* name = "bench_trivial_native";
  static constexpr const char* version = "0.0.0";
  static constexpr const char* kinds = "bench";
  static constexpr const char* description = "benchmark: constant detect";
  static constexpr int priority = 0;

  double detect(gongwen::Document&) { return 0.5; }
  void process(gongwen::Document&) {}
};

}  // namespace

GONGWEN_PLUGIN(BenchTrivial)
