// The gongwen subcommands; main.cpp wires them to the command line.
#pragma once

#include <string>
#include <vector>

#include "runner/runner.hpp"

namespace gongwen::host::cli {

// Exit codes (DESIGN.md): all documents processed / some failed / usage or configuration error.
// Exit codes: 3 = an output could not be written (the previous file is intact).
constexpr int kOk = 0, kSomeFailed = 1, kUsage = 2, kOutputFailed = 3;

struct Common {
  std::vector<std::string> plugin_paths;  // --plugin-path
  std::vector<std::string> handlers;      // --handler NAME_OR_PATH
  std::vector<std::string> add_handlers;  // --add-handler NAME_OR_PATH: the defaults plus these
  std::string handlers_at;                // where the handler names come from (`job.lua:5`), for messages
  unsigned threads = 1;
  double threshold = 0.3;
  bool with_text = false;
  bool isolate = false;                   // --isolate: each document in a worker process
  double document_seconds = -1;           // --document-seconds (negative: the default or the job's)
  bool split = true;    // --no-split
  bool use_toc = true;  // --no-toc
  bool extract = true;  // --no-extract
  std::vector<std::string> extractors;  // --extract NAME
  std::size_t reserved_arena = 0;       // the allocator's arena reserved at start-up (bytes of address space)
};

struct Setup {
  std::unique_ptr<LuaRuntime> probe;
  Catalog catalog;
  std::vector<std::string> module_dirs;
};
// Builds the catalog from the defaults, --plugin-path and --handler; false
// (after logging why) when a named handler cannot be found.
bool setup(const Common& c, Setup& out, const std::vector<std::string>& extra_script_dirs = {},
           const std::vector<std::string>& extra_plugin_dirs = {});

int cmd_handlers(const Common& c);
// The registered diagnostic ids: a table (text) or a JSON array.
int cmd_diagnostics(const std::string& format);
int cmd_verify(const std::string& manifest);
int cmd_process(const Common& c, std::vector<std::string> files, const std::string& format, const std::string& shard);
int cmd_run(const Common& c, const std::string& job_file, const std::vector<std::string>& outs, bool threads_given,
            const std::string& shard);
// Merges the outputs of the shards of one job (`run --shard K/N`) into OUT,
// as one run of the job would have written it; refuses parts of other jobs,
// missing or repeated shards, and shards that did not finish.
int cmd_merge(const std::string& out, const std::vector<std::string>& parts);
// Prints (or writes to `file`) a Slurm batch script running JOB as an array of
// `shards` tasks and merging their outputs; `submit` submits both steps.
struct SlurmOptions {
  std::size_t shards = 0;
  std::string partition, time, mem, file;
  unsigned cpus = 0;
  bool submit = false;
};
int cmd_slurm(const std::string& job_file, const SlurmOptions& o);
// Every occurrence of the terms in a run's SQLite output, in context, or counted.
struct KwicOptions {
  std::string database;
  std::vector<std::string> terms;
  std::size_t window = 20;       // characters of context on each side
  std::string format = "text";   // text, csv, jsonl
  std::string sort = "doc";      // doc, date, left, right
  std::vector<std::string> kinds;
  bool count = false;
  std::string by;                // with count: kind, year, issuer
  std::size_t limit = 0;         // 0: every hit
};
int cmd_kwic(const KwicOptions& o);
struct TermsOptions {
  std::string database;
  std::size_t top = 20;            // terms per group (pairs with --cooccur); 0: all
  std::string by;                  // year, kind, issuer; empty: the whole run
  std::vector<std::string> kinds;  // only documents of these kinds
  std::vector<std::string> dicts;  // user term dictionaries (one term per line)
  std::size_t min_count = 3;       // --cooccur and --grow: seen at least this often
  bool cooccur = false;            // pairs of terms within sentences, by PMI
  std::vector<std::string> with;   // --cooccur: only pairs holding one of these terms
  bool grow = false;               // quoted and numbered formulations not in any dictionary
  std::string format = "text";     // text, csv, jsonl
  std::string terms_dir;           // the segmentation dictionaries (default: shipped beside the program)
};
// Term frequencies of a run's SQLite output per group, co-occurrence, dictionary candidates.
int cmd_terms(const TermsOptions& o);
struct ReportOptions {
  std::string database, out;
  std::size_t top_terms = 10;  // terms drawn year by year
  std::string data_dir;        // report/ (echarts.min.js); default: shipped
  std::string terms_dir;       // terms/ dictionaries; default: shipped
};
// One HTML page with the charts and tables of a run's SQLite output.
int cmd_report(const ReportOptions& o);
// The groups of near-duplicate documents of a run (threshold < 0: as the run found them).
int cmd_duplicates(const std::string& database, double threshold, const std::string& format);
// Two versions of a regulation article by article (新旧条文对照表): text, json or html.
int cmd_diff(const std::string& old_path, const std::string& new_path, const std::string& format, const std::string& out);
int cmd_inspect(const Common& c, const std::string& file);
int cmd_explain(const Common& c, const std::string& file);
int cmd_check(const std::string& script, const std::vector<std::string>& samples);
int cmd_plugin_info(const std::string& file);
int cmd_new_plugin(const std::string& name, const std::string& dir);

// `K/N` (1 <= K <= N); an empty spec is the whole run. False when malformed.
bool parse_shard(const std::string& spec, std::size_t& k, std::size_t& n);

// The options `process` and `run` give the pipeline, built from the command
// line in one place (the REPL uses it too).
PipelineOptions pipeline_options(const Common& c);
// Every handler's score, best first, the winner marked, each with its signals.
void print_explain(const Document& d, double threshold);
// Shared by the subcommands that look at one file (inspect.cpp).
bool process_one(const Common& c, const std::string& file, std::vector<Document>& docs);
void print_diagnostics(const Document& d);
void print_text_record(const Document& d);
void summary(const RunStats& st, bool always);


}  // namespace gongwen::host::cli
