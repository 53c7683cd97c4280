// Subcommand implementations.
#include "cli/commands.hpp"
#include "util/suggest.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>

#include "loader/plugin_loader.hpp"
#include "read/reader.hpp"
#include "runner/job.hpp"
#include "sinks/sink.hpp"
#include "cli/manifest.hpp"

namespace gongwen::host::cli {

namespace fs = std::filesystem;

bool setup(const Common& c, Setup& out, const std::vector<std::string>& extra_script_dirs,
           const std::vector<std::string>& extra_plugin_dirs) {
  auto paths = SearchPaths::defaults();
  for (const auto& p : extra_plugin_dirs) paths.plugin_dirs.push_back(p);
  for (const auto& p : c.plugin_paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      spdlog::error("--plugin-path `{}`: no such folder", p);
      return false;
    }
    paths.plugin_dirs.push_back(p);
  }
  for (const auto& p : extra_script_dirs) {
    paths.script_dirs.push_back(p);
    paths.module_dirs.push_back(p);
    paths.module_dirs.push_back((fs::path(p) / "lib").string());
  }
  out.module_dirs = paths.module_dirs;
  // Modules next to a script named by --handler are found too.
  std::vector<std::string> named = c.handlers;
  named.insert(named.end(), c.add_handlers.begin(), c.add_handlers.end());
  for (const auto& h : named)
    if (fs::path(h).extension() == ".lua") {
      auto dir = fs::absolute(h).parent_path();
      out.module_dirs.push_back(dir.string());
      out.module_dirs.push_back((dir / "lib").string());
    }
  out.probe = std::make_unique<LuaRuntime>(LuaLimits{}, out.module_dirs);
  out.catalog = default_catalog(paths, *out.probe);
  std::vector<std::string> available;
  for (const auto& s : out.catalog.sources()) available.push_back(s.info->name);
  bool ok = true;
  auto report = [&](const std::vector<std::string>& missing) {
    for (const auto& m : missing) {
      std::error_code ec;
      bool is_path = m.find('/') != std::string::npos || fs::path(m).extension() == ".lua" || fs::path(m).extension() == ".so";
      std::string at = c.handlers_at.empty() ? "" : c.handlers_at + ": ";
      if (is_path && !fs::exists(m, ec)) spdlog::error("{}handler `{}`: no such file", at, m);
      else if (auto best = closest_name(m, available); !best.empty())
        spdlog::error("{}handler `{}` not found: did you mean `{}`? (see `gongwen handlers`)", at, m, best);
      else spdlog::error("{}handler `{}` not found (see `gongwen handlers`)", at, m);
      ok = false;
    }
  };
  if (!c.handlers.empty()) report(out.catalog.select(c.handlers, *out.probe));
  if (!c.add_handlers.empty()) {
    // The defaults (or the --handler choice) plus these.
    // Files first: a file replaces a handler of the same name.
    std::vector<std::string> all = c.add_handlers;
    for (const auto& s : out.catalog.sources()) all.push_back(s.info->name);
    report(out.catalog.select(all, *out.probe));
  }
  for (const auto& p : out.catalog.problems()) spdlog::warn("{}", p);
  return ok;
}

int cmd_handlers(const Common& c) {
  Setup s;
  if (!setup(c, s)) return kUsage;
  for (const auto& src : s.catalog.sources()) {
    const auto& i = *src.info;
    std::string kinds;
    for (const auto& k : i.kinds) kinds += (kinds.empty() ? "" : ",") + k;
    std::string abi = i.origin == "native" ? " abi=" + i.abi : "";
    std::printf("%-12s %-7s %-8s %-28s priority=%d%s %s\n", i.name.c_str(), i.origin.c_str(), i.version.c_str(),
                kinds.c_str(), i.priority, abi.c_str(), i.file.c_str());
  }
  return s.catalog.problems().empty() ? kOk : kSomeFailed;
}

bool parse_shard(const std::string& spec, std::size_t& k, std::size_t& n) {
  if (spec.empty()) return true;
  auto slash = spec.find('/');
  if (slash == std::string::npos) return false;
  try {
    k = std::stoul(spec.substr(0, slash));
    n = std::stoul(spec.substr(slash + 1));
  } catch (...) {
    return false;
  }
  return n >= 1 && k >= 1 && k <= n;
}

namespace {

// FNV-1a of the path: stable across machines and runs, unlike std::hash.
std::uint64_t path_hash(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char ch : s) h = (h ^ ch) * 1099511628211ull;
  return h;
}

// The inputs of shard K of N; `positions` gets each kept input's place in the whole list.
std::vector<Input> apply_shard(std::vector<Input> inputs, std::size_t k, std::size_t n,
                               std::vector<std::size_t>* positions = nullptr) {
  std::vector<Input> out;
  for (std::size_t i = 0; i < inputs.size(); ++i)
    if (n <= 1 || path_hash(inputs[i].path) % n == k - 1) {
      out.push_back(std::move(inputs[i]));
      if (positions) positions->push_back(i);
    }
  return out;
}

}  // namespace

PipelineOptions pipeline_options(const Common& c) {
  PipelineOptions po;
  po.threshold = c.threshold;
  po.split = c.split;
  po.use_toc = c.use_toc;
  po.extract = c.extract;
  po.extractors = c.extractors;
  po.extract_context = std::make_shared<ExtractContext>(ExtractContext{{}, builtin_slogans()});
  return po;
}

// One file through the pipeline on this thread (inspect, explain).
bool process_one(const Common& c, const std::string& file, std::vector<Document>& docs) {
  Setup s;
  if (!setup(c, s)) return false;
  LuaRuntime rt({}, s.module_dirs);
  auto reg = s.catalog.instantiate(rt);
  docs = process_input(file, reg, pipeline_options(c));
  return true;
}

// Each failed document on stderr as it is written (its error record says the same in the
// output), the first twenty of a run, then how many more: a user who reads no records still sees them.
struct FailureLog {
  std::size_t seen = 0;
  void note(const Document& d) {
    if (!d.error || ++seen > 20) return;
    std::string row = d.row && !d.error->starts_with("row ") ? fmt::format(" row {}", d.row) : std::string();
    spdlog::warn("{}{}: {} failed: {}", d.path(), row, d.step, *d.error);
  }
  ~FailureLog() {
    if (seen > 20) spdlog::warn("{} more documents failed (their error records say why)", seen - 20);
  }
};

void summary(const RunStats& st, bool always) {
  std::string kinds;
  for (const auto& [k, n] : st.kinds) kinds += fmt::format(" {}={}", k, n);
  if (!always && spdlog::get_level() > spdlog::level::info) return;
  fmt::print(stderr, "gongwen: {} input(s), {} record(s), {} error(s), {:.1f} MB in {:.2f}s ({:.1f} MB/s); kinds:{}", st.inputs,
               st.records, st.failed, st.bytes / 1e6, st.seconds, st.seconds > 0 ? st.bytes / 1e6 / st.seconds : 0.0,
               kinds);
  std::fputc('\n', stderr);
}

void print_diagnostics(const Document& d) {
  for (const auto& g : d.diagnostics) {
    auto line = g.offset != npos ? d.line_of(g.offset) : g.line;
    std::printf("  %s [%s] %s%s\n", g.severity == Severity::error ? "error" : g.severity == Severity::warning ? "warning" : "info",
                g.id.c_str(), line ? fmt::format("line {}: ", line).c_str() : "", g.message.c_str());
  }
}

void print_text_record(const Document& d) {
  std::printf("%s\n", d.path().c_str());
  std::printf("  kind: %s  handler: %s  title: %s\n", d.kind.c_str(), d.handler.empty() ? "-" : d.handler.c_str(),
              d.title.c_str());
  if (d.error) std::printf("  error [%s]: %s\n", d.error_id.c_str(), d.error->c_str());
  for (auto it = d.fields.begin(); it != d.fields.end(); ++it)
    std::printf("  %s: %s\n", it.key().c_str(), it->is_string() ? it->get<std::string>().c_str() : it->dump().c_str());
  for (const auto& s : d.sections)
    std::printf("  %*s%s %s  (line %u)\n", 2 * (s.level - 1), "", s.marker.c_str(), s.title.c_str(), d.line_of(s.begin));
  print_diagnostics(d);  // --format text shows what went wrong, as inspect does
}


int cmd_process(const Common& c, std::vector<std::string> files, const std::string& format, const std::string& shard) {
  std::size_t k = 1, n = 1;
  if (!parse_shard(shard, k, n)) {
    spdlog::error("--shard expects K/N with 1 <= K <= N, got `{}`", shard);
    return kUsage;
  }
  if (format != "jsonl" && format != "json" && format != "csv" && format != "text") {
    spdlog::error("--format must be jsonl, json, csv or text");
    return kUsage;
  }
  // `-` reads stdin: one path per line, or one JSON record per line
  // ({"path": …} to read a file, {"path": …, "text": …} to process the text itself).
  std::vector<Input> inputs;
  for (auto& f : files) {
    if (f != "-") {
      inputs.push_back({f, std::nullopt, std::nullopt});
      continue;
    }
    std::string line;
    std::size_t n_line = 0;
    while (std::getline(std::cin, line)) {
      ++n_line;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      if (line.front() != '{') {
        inputs.push_back({line, std::nullopt, std::nullopt});
        continue;
      }
      auto j = Json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object() || (!j.contains("path") && !j.contains("text"))) {
        // One bad line is one error record; the other lines go on.
        std::string why = j.is_discarded() ? "stdin line {}: not valid JSON (expected a path or a JSON object with `path` and/or `text`)"
                                           : "stdin line {}: a JSON object needs `path` and/or `text`";
        spdlog::error(fmt::runtime(why), n_line);
        inputs.push_back({fmt::format("<stdin:{}>", n_line), std::nullopt, fmt::format(fmt::runtime(why), n_line)});
        continue;
      }
      std::string path = j.contains("path") && j["path"].is_string() ? j["path"].get<std::string>() : fmt::format("<stdin:{}>", n_line);
      if (j.contains("text") && j["text"].is_string()) inputs.push_back({path, j["text"].get<std::string>(), std::nullopt});
      else inputs.push_back({path, std::nullopt, std::nullopt});
    }
  }
  inputs = apply_shard(std::move(inputs), k, n);
  Setup s;
  if (!setup(c, s)) return kUsage;
  RunOptions opt;
  opt.threads = c.threads;
  opt.pipeline = pipeline_options(c);
  opt.module_dirs = s.module_dirs;
  opt.with_text = c.with_text;
  opt.isolate = c.isolate;
  opt.reserved_address_space = c.reserved_arena;
  if (c.document_seconds >= 0) opt.pipeline.document_seconds = c.document_seconds;
  std::unique_ptr<Sink> sink;
  Json all = Json::array();
  opt.records = format == "json" || format == "csv";
  if (format == "jsonl") sink = make_jsonl_sink(stdout);
  else if (format == "csv") sink = make_csv_sink(stdout, false);
  RunStats stats;
  FailureLog failures;
  try {
    stats = run_inputs(inputs, s.catalog, opt,
                       [&](std::size_t, std::vector<Document>& docs, std::vector<Json>& recs, std::vector<std::string>& lines) {
      for (std::size_t i = 0; i < docs.size(); ++i) {
        failures.note(docs[i]);
        if (format == "json") all.push_back(std::move(recs[i]));
        else if (format == "text") print_text_record(docs[i]);
        else sink->write_line(docs[i], recs[i], lines[i]);
      }
    });
  } catch (const OutputError& e) {
    spdlog::error("{}", e.what());
    return kOutputFailed;
  }
  try {
    if (format == "json") write_stdout(all.dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
    if (sink) sink->commit();
    flush_stdout();
  } catch (const OutputError& e) {
    spdlog::error("{}", e.what());
    return kOutputFailed;
  }
  summary(stats, stats.failed > 0);
  return stats.failed ? kSomeFailed : kOk;
}

int cmd_run(const Common& c, const std::string& job_file, const std::vector<std::string>& outs, bool threads_given,
            const std::string& shard) {
  std::size_t k = 1, n = 1;
  if (!parse_shard(shard, k, n)) {
    spdlog::error("--shard expects K/N with 1 <= K <= N, got `{}`", shard);
    return kUsage;
  }
  Job job;
  try {
    job = load_job(job_file);
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return kUsage;
  }
  Common cc = c;
  for (const auto& h : job.handlers) cc.handlers.push_back(h);
  if (c.handlers.empty()) cc.handlers_at = job.handlers_at;
  Setup s;
  if (!setup(cc, s, job.paths, job.plugin_paths)) return kUsage;
  RunOptions opt;
  opt.threads = threads_given ? c.threads : job.threads;
  opt.pipeline.threshold = job.threshold;
  opt.pipeline.read.max_bytes = job.max_bytes;
  opt.pipeline.read.columns = job.columns;
  opt.pipeline.document_seconds = job.document_seconds;
  opt.pipeline.extract = !job.extract_none;
  opt.pipeline.extractors = job.extract;
  opt.pipeline.extract_context = std::make_shared<ExtractContext>(ExtractContext{
      {}, job.slogan_dictionary.empty() ? builtin_slogans() : load_slogan_dictionary(job.slogan_dictionary)});
  opt.limits = job.limits;
  opt.module_dirs = s.module_dirs;
  opt.with_text = job.with_text || c.with_text;
  opt.progress = true;
  opt.isolate = c.isolate || job.isolate;
  opt.worker_memory = job.worker_memory;
  opt.reserved_address_space = c.reserved_arena;
  if (c.document_seconds >= 0) opt.pipeline.document_seconds = c.document_seconds;
  std::vector<std::string> outputs = job.outputs;
  if (!outs.empty()) outputs = outs;
  if (outputs.empty()) outputs = {"-"};
  std::vector<std::unique_ptr<Sink>> sinks;
  try {
    for (const auto& o : outputs) {
      bool csv = fs::path(o).extension() == ".csv";
      sinks.push_back(open_sink(o, csv && job.csv_bom ? "csv-bom" : ""));
      opt.keep_text |= sink_needs_text(o);
    }
    opt.records = std::any_of(sinks.begin(), sinks.end(), [](const auto& sk) { return sk->wants_record(); });
  } catch (const OutputError& e) {
    spdlog::error("{}", e.what());
    return kOutputFailed;
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return kUsage;
  }
  // Each input keeps its position in the whole job, so that `gongwen merge`
  // can put the shards' records back in the order one run writes them; the
  // hash of the whole input list tells shards of one input set apart.
  auto all_inputs = as_inputs(job.inputs);
  const std::size_t job_inputs = all_inputs.size();
  std::string input_list;
  for (const auto& in : all_inputs) input_list += in.path + '\n';
  const std::string inputs_sha256 = sha256_hex(input_list);
  std::vector<std::size_t> position;
  auto inputs = apply_shard(std::move(all_inputs), k, n, &position);
  struct Stop {};
  RunStats stats;
  Json manifest_inputs = Json::array();
  FailureLog failures;
  auto started = std::chrono::system_clock::now();
  try {
    stats = run_inputs(inputs, s.catalog, opt,
                       [&](std::size_t i, std::vector<Document>& docs, std::vector<Json>& recs, std::vector<std::string>& lines) {
      manifest_inputs.push_back(manifest_input(inputs[i].path, position[i], docs, job.on_error == "skip"));
      for (std::size_t j = 0; j < docs.size(); ++j) {
        failures.note(docs[j]);
        if (docs[j].error && job.on_error == "skip") continue;
        for (auto& sk : sinks) sk->write_line(docs[j], recs[j], lines[j]);
        if (docs[j].error && job.on_error == "stop") {
          spdlog::error("{}: {} failed: {} (on_error = \"stop\")", docs[j].path(), docs[j].step, *docs[j].error);
          throw Stop{};
        }
      }
    });
  } catch (const Stop&) {
    return kSomeFailed;  // sinks are not committed: no partial output appears
  } catch (const OutputError& e) {
    spdlog::error("{}", e.what());
    return kOutputFailed;
  }
  // The outputs of a run are committed together: every file is written and
  // synced first, the old manifest goes, the outputs are renamed into place,
  // and the manifest, listing each output's sha256, comes last. A run killed
  // in between leaves no manifest, or one whose hashes disagree with a mixed
  // set (`gongwen verify` says which).
  try {
    std::vector<std::string> hashes;
    for (auto& sk : sinks) hashes.push_back(sk->seal());
    // Each output file gets the run's manifest beside it (OUT.manifest.json),
    // so that any one output can be verified or merged on its own.
    std::vector<std::unique_ptr<AtomicFile>> manifests;
    for (const auto& o : outputs) {
      struct stat st {};
      bool special = ::stat(o.c_str(), &st) == 0 && !S_ISREG(st.st_mode);  // /dev/null: no manifest beside it
      if (o == "-" || special) continue;
      std::string manifest_path = o + ".manifest.json";
      manifests.push_back(std::make_unique<AtomicFile>(manifest_path));
      if (::unlink(manifest_path.c_str()) != 0 && errno != ENOENT)
        throw OutputError(fmt::format("{}: cannot remove the old manifest: {}", manifest_path, std::strerror(errno)));
    }
    for (auto& sk : sinks) sk->publish();
    if (!manifests.empty()) {
      RunFacts facts{job, s.catalog, opt, shard, job_inputs, inputs_sha256, started};
      Json m = run_manifest(facts, outputs, hashes, std::move(manifest_inputs), stats);
      const std::string text = m.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
      for (auto& mf : manifests) {
        mf->write(text);
        mf->commit();
      }
    }
  } catch (const OutputError& e) {
    spdlog::error("{}", e.what());
    return kOutputFailed;
  }
  summary(stats, true);
  return stats.failed ? kSomeFailed : kOk;
}

}  // namespace gongwen::host::cli
