// Runs a list of inputs on a pool of workers, each with its own Lua state
// and handler instances, and hands the records to the sinks in input order,
// so one thread and N threads write byte-identical outputs. At most a small
// window of documents is in flight, so memory is bounded by the largest
// documents, not by the corpus.
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lua/runtime.hpp"
#include "catalog/catalog.hpp"
#include "runner/pipeline.hpp"

namespace gongwen::host {

struct RunOptions {
  unsigned threads = 1;  // 0: all cores
  PipelineOptions pipeline;
  LuaLimits limits;
  std::vector<std::string> module_dirs;
  bool with_text = false;   // the text goes into the JSON record
  bool keep_text = false;   // Document::text stays for the sinks (SQLite)
  bool records = true;      // the sinks get each record as a tree too, not only as its line
  bool progress = false;  // a progress line on stderr
  bool isolate = false;   // each document in a worker process (runner/isolate.cpp)
  std::size_t worker_memory = std::size_t{4} << 30;  // address-space cap of an isolated worker (bytes)
  // Address space reserved before any work (the allocator's arena, see cli/main.cpp): a
  // worker inherits it, so its cap is worker_memory on top of it, not out of it.
  std::size_t reserved_address_space = 0;
};

// A file to read, or a text given inline (a JSON record on stdin).
struct Input {
  std::string path;
  std::optional<std::string> text;
  std::optional<std::string> error;  // an input that could not even be named (a malformed stdin line): its error record
};
std::vector<Input> as_inputs(const std::vector<std::string>& paths);

struct RunStats {
  std::size_t inputs = 0;
  std::size_t records = 0;
  std::size_t failed = 0;
  std::uint64_t bytes = 0;
  double seconds = 0;
  std::map<std::string, std::size_t> kinds;
};

// Called on the calling thread, in input order, with the records of one input
// and the same records serialised as JSON lines (with their newline).
using RecordSink = std::function<void(std::size_t input_index, std::vector<Document>& docs, std::vector<Json>& records,
                                      std::vector<std::string>& lines)>;

RunStats run_inputs(const std::vector<Input>& inputs, const Catalog& catalog, const RunOptions& opt,
                    const RecordSink& sink);
// Worker threads abandoned in hung native code: while any exists, the
// process must end with _exit (they may wake during static destruction).
std::atomic<int>& abandoned_threads();

// The same with every document in a worker process (opt.isolate).
RunStats run_inputs_isolated(const std::vector<Input>& inputs, const Catalog& catalog, const RunOptions& opt,
                             const RecordSink& sink);

}  // namespace gongwen::host
