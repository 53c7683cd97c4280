// Classification with the real handlers (plugins and scripts next to this
// binary, as `gongwen` finds them), each handler's detect() alone, and the
// whole in-process pipeline per file (no start-up, no output).
#include <map>

#include "common.hpp"
#include "lua/runtime.hpp"
#include "read/reader.hpp"
#include "catalog/catalog.hpp"
#include "runner/pipeline.hpp"
#include "split/splitter.hpp"

namespace gongwen::bench {
namespace {

using namespace gongwen::host;
// The SDK has a gongwen::Document too; the host's is the one meant here.
using Document = gongwen::host::Document;

// One worker's view of the handlers, built once: what a `gongwen run` worker
// has after start-up.
struct World {
  SearchPaths paths = SearchPaths::defaults();
  LuaRuntime probe{LuaLimits{}, paths.module_dirs};
  Catalog catalog = default_catalog(paths, probe);
  LuaRuntime rt{LuaLimits{}, paths.module_dirs};
  Registry reg = catalog.instantiate(rt);
};

World& world() {
  static World w;
  return w;
}

// Every document handlers are asked about: containers split into articles,
// other files as they are.
const std::vector<Document>& classified_docs() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    for (const auto& f : corpus_files()) {
      Document d = read_bytes(f.path, f.bytes);
      auto r = split(d);
      if (r.is_container)
        for (auto& a : r.articles) out.push_back(std::move(a));
      else
        out.push_back(std::move(d));
    }
    return out;
  }();
  return docs;
}

bool have_handlers(benchmark::State& state) {
  if (!world().reg.handlers().empty()) return true;
  state.SkipWithError("no handlers found next to the binary (bin/plugins, bin/scripts)");
  return false;
}

void classify_one(benchmark::State& state, const Document* doc) {
  if (!have_handlers(state)) return;
  const auto& reg = world().reg;
  std::string winner;
  for (auto _ : state) {
    // detect() appends signals to the document; a fresh copy keeps every
    // iteration identical. The copy is not timed.
    state.PauseTiming();
    Document d = *doc;
    state.ResumeTiming();
    auto c = reg.classify(d, 0.3);
    winner = c.winner ? c.winner->info().name : "none";
  }
  state.SetLabel(winner);
  set_mb_rate(state, static_cast<double>(doc->text.size()));
}

void handler_detect(benchmark::State& state, std::string name) {
  if (!have_handlers(state)) return;
  Handler* h = world().reg.find(name);
  if (!h) {
    state.SkipWithError("handler not found");
    return;
  }
  std::vector<Document> docs = classified_docs();
  double bytes = 0;
  for (const auto& d : docs) bytes += static_cast<double>(d.text.size());
  double sink = 0;
  for (auto _ : state) {
    state.PauseTiming();
    for (auto& d : docs) d.signals.clear();
    state.ResumeTiming();
    for (auto& d : docs) {
      try {
        sink += h->detect(d);
      } catch (const std::exception&) {
        // A detect that fails on some document still costs what it cost.
      }
    }
  }
  benchmark::DoNotOptimize(sink);
  state.SetLabel(h->info().origin);
  state.counters["docs"] = static_cast<double>(docs.size());
  set_mb_rate(state, bytes);
}

// read → clean → split → classify → process → JSON record, as one worker runs
// it, minus the file system and the output.
void pipeline(benchmark::State& state, std::vector<const CorpusFile*> files) {
  if (!have_handlers(state)) return;
  const auto& reg = world().reg;
  PipelineOptions opt;
  double bytes = 0;
  for (const auto* f : files) bytes += static_cast<double>(f->bytes.size());
  std::size_t out_bytes = 0;
  for (auto _ : state) {
    for (const auto* f : files) {
      auto docs = process_document(read_bytes(f->path, f->bytes), reg, opt);
      // Serialised like the JSONL sink does (invalid UTF-8 replaced, not thrown).
      for (const auto& d : docs)
        out_bytes += to_record(d).dump(-1, ' ', false, Json::error_handler_t::replace).size();
    }
  }
  benchmark::DoNotOptimize(out_bytes);
  set_mb_rate(state, bytes);
}

}  // namespace

void register_registry_benchmarks() {
  const auto& docs = classified_docs();
  // One document of each kind the corpus has; the article is 004's first.
  std::map<std::string, const Document*> picks;
  for (const auto& d : docs) {
    const std::string& p = d.path();
    std::string key = p.find("/001_") != std::string::npos   ? "001_speech"
                      : p.find("/002_") != std::string::npos ? "002_wechat"
                      : p.find("/004_") != std::string::npos ? "004_article1"
                      : p.find("/reg_") != std::string::npos ? "reg_regulation"
                                                             : "";
    if (!key.empty() && !picks.count(key)) picks[key] = &d;
  }
  for (const auto& [key, doc] : picks)
    benchmark::RegisterBenchmark(("classify/" + key).c_str(), classify_one, doc)->Unit(benchmark::kMicrosecond);

  for (const auto& h : world().reg.handlers())
    benchmark::RegisterBenchmark(("handler_detect/" + h->info().name).c_str(), handler_detect, h->info().name)
        ->Unit(benchmark::kMillisecond);

  std::vector<const CorpusFile*> all;
  for (const auto& f : corpus_files()) all.push_back(&f);
  benchmark::RegisterBenchmark("pipeline/all_files", pipeline, all)->Unit(benchmark::kMillisecond);
  for (const char* name : {"004", "000", "001"})
    if (const auto* f = corpus_file(name))
      benchmark::RegisterBenchmark((std::string("pipeline/") + name).c_str(), pipeline, std::vector{f})
          ->Unit(benchmark::kMillisecond);
}

}  // namespace gongwen::bench
