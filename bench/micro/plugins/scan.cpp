// The native twin of lua/scan.lua (same algorithm, same score), so the ratio
// of the two is the price of writing a handler in Lua.
#include <gongwen/plugin.hpp>

#include <algorithm>
#include <string_view>

namespace {

struct BenchScan {
  static constexpr const char* name = "bench_scan_native";
  static constexpr const char* version = "0.0.0";
  static constexpr const char* kinds = "bench";
  static constexpr const char* description = "benchmark: one pass over the paragraphs";
  static constexpr int priority = 0;

  double detect(gongwen::Document& doc) {
    std::string_view text = doc.text();
    int n = 0;
    for (std::size_t b = 0; b < text.size();) {
      std::size_t e = text.find('\n', b);
      if (e == std::string_view::npos) e = text.size();
      std::string_view line = text.substr(b, e - b);
      if (line.starts_with("第") || line.starts_with("一、")) ++n;
      b = e + 1;
    }
    double score = std::min(n / 20.0, 0.8);
    if (text.find("条例") != std::string_view::npos) score += 0.2;
    return score;
  }
  void process(gongwen::Document&) {}
};

}  // namespace

GONGWEN_PLUGIN(BenchScan)
