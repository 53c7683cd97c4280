// The split step on the two containers: 004 (76 articles found from the
// table of contents) and 000 (a magazine issue), and 004 again without its
// TOC to price the title-block fallback.
#include "common.hpp"
#include "read/reader.hpp"
#include "split/splitter.hpp"

namespace gongwen::bench {
namespace {

using namespace gongwen::host;
// The SDK has a gongwen::Document too; the host's is the one meant here.
using Document = gongwen::host::Document;

void split_doc(benchmark::State& state, const CorpusFile* f, bool use_toc) {
  const Document base = read_bytes(f->path, f->bytes);
  SplitOptions opt;
  opt.use_toc = use_toc;
  std::size_t articles = 0;
  for (auto _ : state) {
    // split() writes the container's kind and fields, so each iteration gets
    // a fresh copy; the copy (one string of the text) is not timed.
    state.PauseTiming();
    Document d = base;
    state.ResumeTiming();
    auto r = split(d, opt);
    articles = r.articles.size();
    benchmark::DoNotOptimize(r.articles.data());
  }
  state.counters["articles"] = static_cast<double>(articles);
  set_mb_rate(state, static_cast<double>(f->bytes.size()));
}

}  // namespace

void register_split_benchmarks() {
  if (const auto* f = corpus_file("004")) {
    benchmark::RegisterBenchmark("split/004_toc", split_doc, f, true)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("split/004_title_blocks", split_doc, f, false)->Unit(benchmark::kMillisecond);
  }
  if (const auto* f = corpus_file("000"))
    benchmark::RegisterBenchmark("split/000", split_doc, f, true)->Unit(benchmark::kMillisecond);
}

}  // namespace gongwen::bench
