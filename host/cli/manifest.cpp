// The run manifest (see manifest.hpp) and `gongwen verify`, which reads it.
#include "cli/manifest.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>

#include <gongwen/abi.h>

#include "cli/commands.hpp"
#include "loader/plugin_loader.hpp"
#include "sinks/sink.hpp"

namespace gongwen::host::cli {

namespace fs = std::filesystem;

Json manifest_input(const std::string& path, std::size_t index, const std::vector<Document>& docs, bool skip_errors) {
  const Document& top = docs.front();
  std::size_t written = 0;
  for (const auto& d : docs) written += !(d.error && skip_errors);
  return {{"path", path},
          {"index", index},
          {"written", written},
          {"sha256", top.origin ? top.origin->sha256 : ""},
          {"bytes", top.origin ? top.origin->bytes : 0},
          {"records", docs.size()},
          {"errors", std::count_if(docs.begin(), docs.end(), [](auto& d) { return d.error.has_value(); })}};
}

Json run_manifest(const RunFacts& run, const std::vector<std::string>& outputs, const std::vector<std::string>& hashes,
                  Json inputs, const RunStats& stats) {
  const Job& job = run.job;
  Json m;
  m["gongwen"] = GONGWEN_VERSION;
  m["abi"] = fmt::format("{}.{}", GW_ABI_MAJOR, GW_ABI_MINOR);
  m["job"] = {{"file", fs::absolute(job.file).string()}, {"name", job.name}, {"sha256", job.sha256}};
  Json hs = Json::array();
  for (const auto& src : run.catalog.sources())
    hs.push_back({{"name", src.info->name}, {"origin", src.info->origin}, {"version", src.info->version},
                  {"file", src.info->file}, {"sha256", handler_hash(*src.info)}, {"priority", src.info->priority}});
  m["handlers"] = std::move(hs);
  m["options"] = {{"threads", run.options.threads}, {"threshold", job.threshold}, {"on_error", job.on_error},
                  {"shard", run.shard.empty() ? "1/1" : run.shard}, {"job_inputs", run.job_inputs},
                  {"inputs_sha256", run.inputs_sha256}, {"with_text", run.options.with_text},
                  {"lua_instructions", job.limits.instructions}, {"lua_memory_mb", job.limits.memory >> 20},
                  {"document_seconds", run.options.pipeline.document_seconds}};
  Json outs = Json::array();
  for (std::size_t i = 0; i < outputs.size() && i < hashes.size(); ++i)
    outs.push_back({{"path", fs::absolute(outputs[i]).lexically_normal().string()}, {"sha256", hashes[i]}});
  m["outputs"] = std::move(outs);
  m["inputs"] = std::move(inputs);
  Json kinds = Json::object();
  for (const auto& [k, n] : stats.kinds) kinds[k] = n;
  m["counts"] = {{"inputs", stats.inputs}, {"records", stats.records}, {"errors", stats.failed}, {"bytes", stats.bytes}, {"kinds", kinds}};
  auto t = std::chrono::system_clock::to_time_t(run.started);
  char when[32];
  std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  m["timings"] = {{"started", when}, {"seconds", stats.seconds}, {"mb_per_s", stats.seconds > 0 ? stats.bytes / 1e6 / stats.seconds : 0.0}};
  return m;
}

int cmd_verify(const std::string& manifest_path) {
  std::ifstream in(manifest_path, std::ios::binary);
  if (!in) {
    spdlog::error("{}: cannot open", manifest_path);
    return kUsage;
  }
  Json m = Json::parse(in, nullptr, false);
  if (m.is_discarded() || !m.contains("outputs") || !m["outputs"].is_array()) {
    spdlog::error("{}: not a gongwen run manifest", manifest_path);
    return kUsage;
  }
  auto base = fs::path(m["job"].value("file", "")).parent_path();
  int bad = 0;
  for (const auto& o : m["outputs"]) {
    if (!o.is_object()) continue;
    std::string path = o.value("path", ""), want = o.value("sha256", "");
    fs::path p = fs::path(path).is_absolute() || base.empty() ? fs::path(path) : base / path;
    std::string got;
    try {
      got = sha256_file(p.string());
    } catch (const std::exception& e) {
      got = "";
    }
    bool ok = !want.empty() && got == want;
    std::printf("%s  %s\n", ok ? "ok      " : got.empty() ? "missing " : "CHANGED ", p.string().c_str());
    if (!ok) ++bad;
  }
  if (bad) std::fprintf(stderr, "gongwen: %d output(s) do not belong to this run\n", bad);
  return bad ? kSomeFailed : kOk;
}

}  // namespace gongwen::host::cli
