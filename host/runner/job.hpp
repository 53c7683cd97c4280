// Job files (DESIGN.md "Jobs"): a Lua file evaluated in the sandbox that
// returns a table of data. Everything is validated before any document is
// read; each problem names the key and its line in the job file.
#pragma once

#include "read/reader.hpp"

#include <stdexcept>
#include <string>
#include <vector>

#include "runner/runner.hpp"

namespace gongwen::host {

struct JobError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Job {
  std::string file;
  std::string dir;  // inputs, outputs and paths are relative to the job file
  std::string name;
  std::vector<std::string> input_patterns;
  std::vector<std::string> inputs;  // expanded, sorted, unique
  std::vector<std::string> handlers;
  std::string handlers_at;  // `FILE:LINE` of the `handlers` key, for messages about its names
  std::vector<std::string> extract;
  std::vector<std::string> outputs;
  std::vector<std::string> paths;         // extra script/module folders
  std::vector<std::string> plugin_paths;  // extra plugin folders
  unsigned threads = 0;
  std::string on_error = "record";  // record | skip | stop
  double threshold = 0.3;
  bool with_text = false;
  bool csv_bom = false;
  bool extract_none = false;         // extract = {} or "none"
  std::string slogan_dictionary;     // key<TAB>expansion file  // UTF-8 BOM at the start of CSV outputs (for Excel)
  LuaLimits limits;
  std::uint64_t max_bytes = 512ull << 20;
  DatasetColumns columns;  // read.columns: a dataset's text, title and date columns by name
  bool isolate = false;          // each document in a worker process
  std::size_t worker_memory = std::size_t{4} << 30;  // limits.worker_memory_mb: an isolated worker's address space
  double document_seconds = 120;  // wall-clock limit per input (limits.document_seconds; 0: none)
  std::string sha256;  // of the job file
};

// Throws JobError listing every problem found.
Job load_job(const std::string& path);
// The same from the job's source text (path names it in messages and anchors relative paths).
Job parse_job(const std::string& source, const std::string& path);

// Expands input patterns (`corpus/**/*.txt`, `docs/*.md`, plain paths)
// relative to base, sorted; patterns that match nothing are reported.
std::vector<std::string> expand_inputs(const std::vector<std::string>& patterns, const std::string& base,
                                       std::vector<std::string>* unmatched = nullptr);

bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace gongwen::host
