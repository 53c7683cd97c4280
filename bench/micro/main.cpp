// gongwen_micro: Google Benchmark micro-benchmarks of the host's steps.
// Benchmarks are registered at run time because half of them need the corpus;
// without it they are left out with a note instead of failing.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "common.hpp"

namespace fs = std::filesystem;

namespace gongwen::bench {

fs::path corpus_dir() {
  std::error_code ec;
  if (const char* env = std::getenv("GONGWEN_CORPUS"); env && *env) {
    fs::path p(env);
    return fs::is_directory(p, ec) ? p : fs::path();
  }
  fs::path p = fs::path(GONGWEN_SOURCE_DIR) / ".." / "shared" / "corpus";
  return fs::is_directory(p, ec) ? fs::canonical(p, ec) : fs::path();
}

const std::vector<CorpusFile>& corpus_files() {
  static const std::vector<CorpusFile> files = [] {
    std::vector<CorpusFile> out;
    auto dir = corpus_dir();
    if (dir.empty()) return out;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (!e.is_regular_file()) continue;
      std::string name = e.path().filename().string();
      bool numbered = name.size() > 4 && name[0] == '0' && e.path().extension() == ".txt";
      bool regulation = name.rfind("reg_", 0) == 0 && e.path().extension() == ".md";
      if (!numbered && !regulation) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      // Labels: "004" for the numbered files, "reg_<n>" for the regulations
      // (their Chinese names make unreadable benchmark names).
      out.push_back({numbered ? name.substr(0, 3) : name, e.path().string(), ss.str()});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    int r = 0;
    for (auto& f : out)
      if (f.name.rfind("reg_", 0) == 0) f.name = "reg_" + std::to_string(++r);
    return out;
  }();
  return files;
}

const CorpusFile* corpus_file(std::string_view prefix) {
  for (const auto& f : corpus_files())
    if (f.name.rfind(prefix, 0) == 0) return &f;
  return nullptr;
}

}  // namespace gongwen::bench

int main(int argc, char** argv) {
  using namespace gongwen::bench;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

  bool corpus = !corpus_files().empty();
  benchmark::AddCustomContext("corpus", corpus ? corpus_dir().string() : "absent (corpus benchmarks skipped)");
  if (corpus) {
    register_read_benchmarks();
    register_split_benchmarks();
    register_registry_benchmarks();
  } else {
    std::fprintf(stderr,
                 "gongwen_micro: no corpus (set GONGWEN_CORPUS or provide ../shared/corpus): "
                 "only the call-path benchmarks run\n");
  }
  register_call_benchmarks(corpus);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
