// The read step and its parts, on bytes already in memory (the file system is
// not what we measure; run.sh measures it end to end). Each part is measured
// alone so a slow read+clean can be pinned on sha256, decoding, unwrapping
// or cleaning without a profiler.
#include "clean/cleaner.hpp"
#include "common.hpp"
#include "read/decode.hpp"
#include "read/reader.hpp"
#include "read/wrappers.hpp"

namespace gongwen::bench {
namespace {

using namespace gongwen::host;
// The SDK has a gongwen::Document too; the host's is the one meant here.
using Document = gongwen::host::Document;

// The whole step as the pipeline runs it: sha256 + decode + unwrap + clean +
// the offset map composition.
void read_clean(benchmark::State& state, std::vector<const CorpusFile*> files) {
  double bytes = 0;
  for (const auto* f : files) bytes += static_cast<double>(f->bytes.size());
  for (auto _ : state) {
    for (const auto* f : files) {
      Document d = read_bytes(f->path, f->bytes);  // copies the bytes, as reading a file would
      benchmark::DoNotOptimize(d.text.data());
    }
  }
  set_mb_rate(state, bytes);
}

void sha256(benchmark::State& state, const CorpusFile* f) {
  for (auto _ : state) benchmark::DoNotOptimize(sha256_hex(f->bytes));
  set_mb_rate(state, static_cast<double>(f->bytes.size()));
}

void decode_only(benchmark::State& state, const CorpusFile* f) {
  for (auto _ : state) {
    auto r = decode(f->bytes);
    benchmark::DoNotOptimize(r.text.data());
  }
  set_mb_rate(state, static_cast<double>(f->bytes.size()));
}

void unwrap_only(benchmark::State& state, const CorpusFile* f) {
  auto decoded = decode(f->bytes).text;
  for (auto _ : state) {
    auto u = unwrap(decoded, f->path);
    benchmark::DoNotOptimize(u.out.text.data());
  }
  set_mb_rate(state, static_cast<double>(f->bytes.size()));
}

void clean_only(benchmark::State& state, const CorpusFile* f) {
  auto decoded = decode(f->bytes).text;
  auto u = unwrap(decoded, f->path);
  for (auto _ : state) {
    auto c = clean(u.out.text, u.out.map);
    benchmark::DoNotOptimize(c.text.data());
  }
  set_mb_rate(state, static_cast<double>(f->bytes.size()));
}

}  // namespace

void register_read_benchmarks() {
  std::vector<const CorpusFile*> all;
  for (const auto& f : corpus_files()) all.push_back(&f);
  benchmark::RegisterBenchmark("read_clean/all_files", read_clean, all)->Unit(benchmark::kMillisecond);
  for (const auto& f : corpus_files()) {
    // One line per numbered file; the eight small regulations are in all_files.
    if (f.name.rfind("reg_", 0) == 0 && f.name != "reg_1") continue;
    benchmark::RegisterBenchmark(("read_clean/" + f.name).c_str(), read_clean, std::vector{&f})
        ->Unit(benchmark::kMillisecond);
  }
  // The parts, on the two files that dominate the bytes (004) and the layout
  // that takes the most work per byte (001, hard-wrapped).
  for (const char* name : {"004", "001"}) {
    const CorpusFile* f = corpus_file(name);
    if (!f) continue;
    std::string n(name);
    benchmark::RegisterBenchmark(("read_part/sha256/" + n).c_str(), sha256, f)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("read_part/decode/" + n).c_str(), decode_only, f)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("read_part/unwrap/" + n).c_str(), unwrap_only, f)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("read_part/clean/" + n).c_str(), clean_only, f)->Unit(benchmark::kMillisecond);
  }
}

}  // namespace gongwen::bench
