// Shared helpers of the micro-benchmarks: where the corpus is, its files
// loaded once, and an MB/s counter in the unit the end-to-end table uses.
#pragma once

#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

namespace gongwen::bench {

struct CorpusFile {
  std::string name;  // short name for benchmark labels: "000", "004", "reg_…"
  std::string path;
  std::string bytes;
};

// $GONGWEN_CORPUS, else ../shared/corpus next to the source tree. Empty when
// neither exists: corpus benchmarks are then not registered at all, so a run
// without the corpus is clean rather than a list of errors.
std::filesystem::path corpus_dir();

// The inputs bench/run.sh replicates: 0*.txt and reg_*.md, sorted by name.
const std::vector<CorpusFile>& corpus_files();
const CorpusFile* corpus_file(std::string_view prefix);

// MB/s with MB = 10^6 bytes, like the end-to-end table (Google Benchmark's own
// bytes_per_second is binary-prefixed).
inline void set_mb_rate(benchmark::State& state, double bytes_per_iteration) {
  state.counters["MB/s"] =
      benchmark::Counter(bytes_per_iteration * static_cast<double>(state.iterations()) / 1e6,
                         benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(bytes_per_iteration * static_cast<double>(state.iterations())));
}

// Registration hooks, called from main() once the corpus is known.
void register_read_benchmarks();
void register_split_benchmarks();
void register_registry_benchmarks();
void register_call_benchmarks(bool with_corpus);

}  // namespace gongwen::bench
