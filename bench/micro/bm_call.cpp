// The handler call path: the same detect() written three ways.
//   cxx     a Handler subclass compiled into this binary (a virtual call: the floor)
//   native  a plugin library through the C ABI (bench/micro/plugins/)
//   lua     a script through LuaRuntime (bench/micro/lua/)
// "trivial" returns a constant, so it prices the call alone (ns per call =
// 1e9 / calls/s); "scan" walks the paragraphs of real articles, so it prices
// reading the document from Lua.
#include <algorithm>
#include <stdexcept>

#include "common.hpp"
#include "loader/plugin_loader.hpp"
#include "lua/runtime.hpp"
#include "read/reader.hpp"
#include "split/splitter.hpp"

namespace gongwen::bench {
namespace {

using namespace gongwen::host;
// The SDK has a gongwen::Document too; the host's is the one meant here.
using Document = gongwen::host::Document;

std::shared_ptr<const HandlerInfo> cxx_info(const char* name) {
  auto i = std::make_shared<HandlerInfo>();
  i->name = name;
  i->origin = "native";
  return i;
}

class CxxTrivial final : public Handler {
 public:
  CxxTrivial() : Handler(cxx_info("bench_trivial_cxx")) {}
  double detect(Document&) override { return 0.5; }
  void process(Document&) override {}
};

class CxxScan final : public Handler {
 public:
  CxxScan() : Handler(cxx_info("bench_scan_cxx")) {}
  double detect(Document& doc) override {
    std::string_view text = doc.text;
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
  void process(Document&) override {}
};

// Owns whatever the handler needs to stay alive (its library or Lua state);
// members are declared so the handler is destroyed first.
struct Subject {
  std::unique_ptr<LuaRuntime> rt;
  std::shared_ptr<PluginLibrary> lib;
  std::unique_ptr<Handler> handler;
};

Subject make_subject(const std::string& kind, const std::string& variant) {
  Subject s;
  if (kind == "cxx") {
    if (variant == "trivial") s.handler = std::make_unique<CxxTrivial>();
    else s.handler = std::make_unique<CxxScan>();
  } else if (kind == "native") {
    auto r = load_plugin(variant == "trivial" ? GONGWEN_BENCH_PLUGIN_TRIVIAL : GONGWEN_BENCH_PLUGIN_SCAN);
    if (!r.plugin) throw std::runtime_error("bench plugin refused: " + r.error);
    s.lib = r.plugin;
    s.handler = make_native_handler(s.lib);
  } else {
    s.rt = std::make_unique<LuaRuntime>();
    s.handler = s.rt->load_handler(std::string(GONGWEN_BENCH_LUA_DIR) + "/" + variant + ".lua");
  }
  return s;
}

// A synthetic article when the corpus is absent: the call-path benchmarks must
// run everywhere, so their input cannot depend on the corpus.
std::vector<Document> synthetic_docs() {
  std::string text = "关于印发某某条例的通知\n";
  for (int i = 1; i <= 40; ++i)
    text += "第" + std::to_string(i) + "条　为了规范管理工作，根据有关法律法规，结合本地实际，制定本条例。\n";
  std::vector<Document> out;
  out.push_back(read_bytes("synthetic.txt", text));
  return out;
}

// The 76 articles of 004: the documents handlers see most in the corpus.
std::vector<Document> article_docs() {
  const auto* f = corpus_file("004");
  if (!f) return synthetic_docs();
  Document d = read_bytes(f->path, f->bytes);
  auto r = split(d);
  return std::move(r.articles);
}

void detect_call(benchmark::State& state, std::string kind, std::string variant, bool corpus) {
  Subject s;
  try {
    s = make_subject(kind, variant);
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
    return;
  }
  static const std::vector<Document> small = synthetic_docs();
  std::vector<Document> docs = variant == "trivial" ? small : (corpus ? article_docs() : synthetic_docs());
  double bytes = 0;
  for (const auto& d : docs) bytes += static_cast<double>(d.text.size());
  double sink = 0;
  for (auto _ : state) {
    for (auto& d : docs) sink += s.handler->detect(d);
  }
  benchmark::DoNotOptimize(sink);
  // A rate, because Google Benchmark prints an inverted rate with a seconds
  // suffix; bench/tools/report.py turns it into ns per call.
  state.counters["calls/s"] = benchmark::Counter(
      static_cast<double>(docs.size()) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  if (variant != "trivial") set_mb_rate(state, bytes);
}

}  // namespace

void register_call_benchmarks(bool with_corpus) {
  for (const char* kind : {"cxx", "native", "lua"}) {
    std::string k(kind);
    benchmark::RegisterBenchmark(("detect_call/trivial/" + k).c_str(), detect_call, k, std::string("trivial"), with_corpus);
  }
  for (const char* kind : {"cxx", "native", "lua"}) {
    std::string k(kind);
    std::string label = with_corpus ? "detect_call/scan_004_articles/" : "detect_call/scan_synthetic/";
    benchmark::RegisterBenchmark((label + k).c_str(), detect_call, k, std::string("scan"), with_corpus)
        ->Unit(benchmark::kMicrosecond);
  }
}

}  // namespace gongwen::bench
