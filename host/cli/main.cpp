// gongwen: the command line (CLI11). Data goes to stdout or files, logs to
// stderr (spdlog). Exit codes: 0 all documents processed, 1 some failed,
// 2 usage or configuration error.
#include <CLI/CLI.hpp>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "cli/repl.hpp"
#include "util/activity.hpp"
#include "runner/runner.hpp"

#include <unistd.h>
#include <cstdlib>
#include "sinks/sink.hpp"
#include "util/sanitizer.hpp"

#ifndef GONGWEN_VERSION
#define GONGWEN_VERSION "0.0.0"
#endif

#ifdef GONGWEN_MIMALLOC
#include <mimalloc.h>
#endif

namespace {
// The allocator the binary runs on, named in --version (the call also keeps
// the linker from dropping a library no symbol seems to need).
std::string allocator_name() {
#ifdef GONGWEN_MIMALLOC
  return "mimalloc " + std::to_string(mi_version());
#else
  return "glibc malloc";
#endif
}
}  // namespace

using namespace gongwen::host;

int main(int argc, char** argv) {
#ifdef GONGWEN_MIMALLOC
  // One reserved arena (address space, committed as used) that large blocks are carved from
  // and given back to: without it each copy of a long document's text is a fresh mapping whose
  // pages fault in again (a 30 MB one-line document: 6.4 s -> 3.0 s; the corpus unchanged).
  // MIMALLOC_RESERVE_OS_MEMORY, when a user sets it, is mimalloc's own and wins.
  // An isolated worker inherits the arena: its address-space cap is counted on top of it.
  std::size_t reserved_arena = 0;
  if (!std::getenv("MIMALLOC_RESERVE_OS_MEMORY")) {
    if (mi_reserve_os_memory(std::size_t{1} << 30, true, false) == 0) reserved_arena = std::size_t{1} << 30;
  } else {
    reserved_arena = static_cast<std::size_t>(mi_option_get(mi_option_reserve_os_memory)) << 10;  // KiB
  }
#endif
  auto logger = spdlog::stderr_color_mt("gongwen");
  logger->set_pattern("gongwen: %^%l%$: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(spdlog::level::warn);

  CLI::App app{"gongwen — process Chinese policy documents with native plugins and Lua scripts"};
  app.set_version_flag("--version", std::string("gongwen ") + GONGWEN_VERSION + " (plugin ABI " +
                                        std::to_string(GW_ABI_MAJOR) + "." + std::to_string(GW_ABI_MINOR) + "; " +
                                        allocator_name() + ")");
  app.require_subcommand(1);
  // Options of the main command are accepted after the subcommand too
  // (`gongwen process --log-level debug FILE`), as users type them.
  app.fallthrough();
  std::string log_level = "warn";
  app.add_option("--log-level", log_level, "trace, debug, info, warn, error, off")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "critical", "off"}));

  cli::Common common;
#ifdef GONGWEN_MIMALLOC
  common.reserved_arena = reserved_arena;
#endif
  auto add_handler_opts = [&](CLI::App* sub) {
    sub->add_option("--handler", common.handlers, "Use only this handler (a name, or a .lua/.so path); repeatable")
        ->allow_extra_args(false);
    sub->add_option("--add-handler", common.add_handlers, "Use the default handlers plus this one (a name, or a .lua/.so path); repeatable")
        ->allow_extra_args(false);
    sub->add_option("--plugin-path", common.plugin_paths, "Also load plugins from this folder; repeatable")
        ->allow_extra_args(false);
    sub->add_option("--threshold", common.threshold, "Lowest detect score that wins a document")->check(CLI::Range(0.0, 1.0));
    sub->add_flag("!--no-split", common.split, "Do not split compilations and magazine issues into articles");
    sub->add_flag("!--no-toc", common.use_toc, "Split from title blocks only, ignoring any table of contents");
    sub->add_flag("!--no-extract", common.extract, "Do not run the common extractors");
    sub->add_option("--extract", common.extractors, "Run only this extractor (dates, slogans, statistics, officials, quotes, doc_refs); repeatable")
        ->allow_extra_args(false);
  };

  auto* handlers = app.add_subcommand("handlers", "List every handler: name, origin, version, kinds, file");
  handlers->add_option("--plugin-path", common.plugin_paths, "Also load plugins from this folder; repeatable")
      ->allow_extra_args(false);

  auto* diagnostics = app.add_subcommand("diagnostics", "List every diagnostic id: group, severity, what it means");
  std::string diagnostics_format = "text";
  diagnostics->add_option("--format", diagnostics_format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))->allow_extra_args(false);

  std::vector<std::string> files;
  std::string format = "jsonl", shard;
  auto* process = app.add_subcommand("process", "Process files with the default handlers; one JSON record per document");
  process->add_option("files", files, "Input files; `-` reads paths from stdin")->required();
  add_handler_opts(process);
  process->add_option("--format", format, "jsonl (default), json, csv or text")
      ->check(CLI::IsMember({"jsonl", "json", "csv", "text"}));
  process->add_flag("--with-text", common.with_text, "Add the cleaned text to each record");
  process->add_option("--threads", common.threads, "Worker threads (0 = all cores)");
  process->add_flag("--isolate", common.isolate, "Process each document in a worker process: a crashing or hanging plugin costs one document");
  process->add_option("--document-seconds", common.document_seconds, "Wall-clock limit per input, every step (default 120; 0 = none)");
  process->add_option("--shard", shard, "Process only shard K of N (by input path hash), e.g. 2/8");

  std::string job;
  std::vector<std::string> outs;
  auto* run = app.add_subcommand("run", "Run a job file (see docs/jobs.md)");
  run->add_option("job", job, "Job file (.lua)")->required()->check(CLI::ExistingFile);
  auto* threads_opt = run->add_option("--threads", common.threads, "Worker threads (0 = all cores); overrides the job");
  run->add_option("--out,-o", outs, "Write to this output instead of the job's outputs; repeatable")->allow_extra_args(false);
  run->add_option("--shard", shard, "Process only shard K of N (by input path hash), e.g. 2/8");
  run->add_option("--plugin-path", common.plugin_paths, "Also load plugins from this folder; repeatable")
      ->allow_extra_args(false);
  run->add_flag("--with-text", common.with_text, "Add the cleaned text to each record");
  run->add_flag("--isolate", common.isolate, "Process each document in a worker process (as job `isolate = true`)");
  run->add_option("--document-seconds", common.document_seconds, "Wall-clock limit per input (overrides limits.document_seconds)");

  std::string merged;
  std::vector<std::string> parts;
  auto* merge = app.add_subcommand("merge", "Merge the outputs of a job's shards (run --shard K/N) into one, as one run writes it");
  merge->add_option("out", merged, "Merged output (.jsonl, .json, .csv or .sqlite: the parts' format)")->required();
  merge->add_option("parts", parts, "The shards' outputs, each with its manifest")->required();

  cli::SlurmOptions slurm_opt;
  auto* slurm = app.add_subcommand("slurm", "Write a Slurm batch script: the job as an array of shards, then a merge step");
  slurm->add_option("job", job, "Job file (.lua)")->required()->check(CLI::ExistingFile);
  slurm->add_option("--shards", slurm_opt.shards, "Number of array tasks")->required()->check(CLI::Range(1, 100000));
  slurm->add_option("--partition", slurm_opt.partition, "Slurm partition");
  slurm->add_option("--time", slurm_opt.time, "Time limit of each task (Slurm format, e.g. 2:00:00)");
  slurm->add_option("--mem", slurm_opt.mem, "Memory of each task (Slurm format, e.g. 4G)");
  slurm->add_option("--cpus", slurm_opt.cpus, "CPUs (threads) of each task (default 1)");
  slurm->add_option("-o,--output", slurm_opt.file, "Write the script to this file instead of standard output");
  slurm->add_flag("--submit", slurm_opt.submit, "Submit the array and the merge step (sbatch must be on PATH)");

  cli::KwicOptions kwic_opt;
  auto* kwic = app.add_subcommand("kwic", "Every occurrence of terms in a run's SQLite output, in context (or --count)");
  kwic->add_option("database", kwic_opt.database, "A run's SQLite output (.sqlite)")->required()->check(CLI::ExistingFile);
  kwic->add_option("terms", kwic_opt.terms, "Terms to find (any length; three characters or more use the FTS index)")->required();
  kwic->add_option("--window,-w", kwic_opt.window, "Characters of context on each side (default 20)");
  kwic->add_option("--format", kwic_opt.format, "text (default), csv or jsonl")->check(CLI::IsMember({"text", "csv", "jsonl"}));
  kwic->add_option("--sort", kwic_opt.sort, "doc (default: run order), date, left or right context")
      ->check(CLI::IsMember({"doc", "date", "left", "right"}));
  kwic->add_option("--kind", kwic_opt.kinds, "Only documents of this kind; repeatable")->allow_extra_args(false);
  kwic->add_flag("--count", kwic_opt.count, "Count hits and documents per term instead of listing them");
  kwic->add_option("--by", kwic_opt.by, "With --count: per kind, year or issuer")->check(CLI::IsMember({"kind", "year", "issuer"}));
  kwic->add_option("--limit", kwic_opt.limit, "Show at most this many hits");

  cli::TermsOptions terms_opt;
  auto* terms = app.add_subcommand("terms", "Term frequencies of a run's SQLite output per year, kind or issuer; co-occurrence (PMI); dictionary candidates");
  terms->add_option("database", terms_opt.database, "A run's SQLite output (.sqlite)")->required()->check(CLI::ExistingFile);
  terms->add_option("--top", terms_opt.top, "Terms per group, or pairs with --cooccur (default 20; 0: all)");
  terms->add_option("--by", terms_opt.by, "Per year, kind or issuer")->check(CLI::IsMember({"year", "kind", "issuer"}));
  terms->add_option("--kind", terms_opt.kinds, "Only documents of this kind; repeatable")->allow_extra_args(false);
  terms->add_option("--dict", terms_opt.dicts, "A term dictionary of your own (UTF-8, one term per line, # comments); repeatable")
      ->check(CLI::ExistingFile)->allow_extra_args(false);
  terms->add_flag("--cooccur", terms_opt.cooccur, "Pairs of terms that occur in the same sentences, by PMI");
  terms->add_option("--with", terms_opt.with, "With --cooccur: only the company of this term; repeatable")->allow_extra_args(false);
  terms->add_flag("--grow", terms_opt.grow, "Quoted and numbered formulations in no dictionary yet, with counts, to review");
  terms->add_option("--min-count", terms_opt.min_count, "With --cooccur or --grow: seen at least this often (default 3)");
  terms->add_option("--format", terms_opt.format, "text (default), csv or jsonl")->check(CLI::IsMember({"text", "csv", "jsonl"}));
  terms->add_option("--terms-dir", terms_opt.terms_dir, "Segmentation dictionaries folder (default: shipped)")->check(CLI::ExistingDirectory);

  cli::ReportOptions report_opt;
  auto* report = app.add_subcommand("report", "One HTML page with charts of a run: kinds, years, issuers, terms, slogans, duplicates, failures");
  report->add_option("database", report_opt.database, "A run's SQLite output (.sqlite)")->required()->check(CLI::ExistingFile);
  report->add_option("-o,--output", report_opt.out, "A folder (index.html + a page per document) or one .html file")->required();
  report->add_option("--terms", report_opt.top_terms, "How many frequent terms to draw year by year (default 10)");

  std::string dup_db, dup_format = "text";
  double dup_threshold = -1;
  auto* dups = app.add_subcommand("duplicates", "List the groups of near-duplicate documents of a run (reprints, other formats, light edits)");
  dups->add_option("database", dup_db, "A run's SQLite output (.sqlite)")->required()->check(CLI::ExistingFile);
  dups->add_option("--threshold", dup_threshold, "Recompute at this similarity (0..1) instead of the run's 0.7")->check(CLI::Range(0.0, 1.0));
  dups->add_option("--format", dup_format, "text (default), csv or jsonl")->check(CLI::IsMember({"text", "csv", "jsonl"}));

  std::string diff_old, diff_new, diff_format = "text", diff_out;
  auto* diff = app.add_subcommand("diff", "Compare two versions of a regulation article by article (新旧条文对照表)");
  diff->add_option("old", diff_old, "The old version (any format gongwen reads)")->required()->check(CLI::ExistingFile);
  diff->add_option("new", diff_new, "The new version")->required()->check(CLI::ExistingFile);
  diff->add_option("--format", diff_format, "text (default), json, html or xlsx (with -o)")->check(CLI::IsMember({"text", "json", "html", "xlsx"}));
  diff->add_option("-o,--output", diff_out, "Write to this file instead of standard output");

  std::string manifest;
  auto* verify = app.add_subcommand("verify", "Check that a run's outputs are the ones its manifest lists (sha256)");
  verify->add_option("manifest", manifest, "OUTPUT.manifest.json")->required();

  std::string file;
  auto* inspect = app.add_subcommand("inspect", "Show one file's result, its diagnostics and its cleaned text");
  inspect->add_option("file", file, "Input file")->required();
  add_handler_opts(inspect);

  auto* explain = app.add_subcommand("explain", "Show every handler's detect score and the signals behind it");
  explain->add_option("file", file, "Input file")->required();
  add_handler_opts(explain);

  std::string script;
  std::vector<std::string> samples;
  auto* check = app.add_subcommand("check", "Load a Lua handler, validate it, and run it on sample documents");
  check->add_option("script", script, "Handler script (.lua)")->required()->check(CLI::ExistingFile);
  check->add_option("samples", samples, "Sample documents to run it on");

  auto* plugin = app.add_subcommand("plugin", "Inspect native plugins");
  plugin->require_subcommand(1);
  std::string plugin_file;
  auto* plugin_info = plugin->add_subcommand(
      "info", "Check a plugin library without running its handler (the library is loaded, so its static constructors run: do not point it at untrusted files)");
  plugin_info->add_option("file", plugin_file, "Plugin library (.so)")->required()->check(CLI::ExistingFile);

  std::string new_name, new_dir;
  auto* new_plugin = app.add_subcommand("new-plugin", "Start a native plugin from the SDK template");
  new_plugin->add_option("name", new_name, "Handler name (a C++ identifier, e.g. briefing)")->required();
  new_plugin->add_option("--dir", new_dir, "Folder to create (default: NAME)");

  std::string repl_job;
  auto* repl = app.add_subcommand("repl", "Interactive host: Lua with the host API, commands, line editing");
  repl->add_option("job", repl_job, "Job file to load");
  repl->add_option("--plugin-path", common.plugin_paths, "Also load plugins from this folder; repeatable");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? cli::kOk : cli::kUsage;
  }
  spdlog::set_level(spdlog::level::from_str(log_level));

  // Ctrl-C, kill and a closed terminal remove the temporary outputs (the
  // REPL installs its own Ctrl-C handler).
  if (!*repl) gongwen::host::remove_temp_files_on_signals();
  gongwen::host::report_fatal_signals(gongwen::host::remove_temp_files_now);
  auto finish = [](int rc) {
    // A thread abandoned in a hung plugin may wake during static destruction.
    if (gongwen::host::abandoned_threads().load() > 0) {
      std::fflush(nullptr);
      ::_exit(rc);
    }
    return rc;
  };
  try {
    if (*handlers) return cli::cmd_handlers(common);
    if (*diagnostics) return cli::cmd_diagnostics(diagnostics_format);
    if (*process) return finish(cli::cmd_process(common, files, format, shard));
    if (*run) return finish(cli::cmd_run(common, job, outs, threads_opt->count() > 0, shard));
    if (*merge) return cli::cmd_merge(merged, parts);
    if (*kwic) return cli::cmd_kwic(kwic_opt);
    if (*terms) return cli::cmd_terms(terms_opt);
    if (*report) return cli::cmd_report(report_opt);
    if (*dups) return cli::cmd_duplicates(dup_db, dup_threshold, dup_format);
    if (*diff) return cli::cmd_diff(diff_old, diff_new, diff_format, diff_out);
    if (*slurm) return cli::cmd_slurm(job, slurm_opt);
    if (*inspect) return cli::cmd_inspect(common, file);
    if (*verify) return cli::cmd_verify(manifest);
    if (*explain) return cli::cmd_explain(common, file);
    if (*check) return cli::cmd_check(script, samples);
    if (*plugin_info) return cli::cmd_plugin_info(plugin_file);
    if (*new_plugin) return cli::cmd_new_plugin(new_name, new_dir);
    if (*repl) return cli::cmd_repl(common, repl_job);
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return cli::kUsage;
  }
  return cli::kUsage;
}
