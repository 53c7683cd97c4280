// `gongwen merge OUT PART…`: the outputs of the N shards of one job
// (`gongwen run JOB --shard K/N`, e.g. the tasks of a Slurm array) made into
// the one output a single run of the job writes.
//
// Invariants:
// - A part counts only with its manifest, and only if the manifest lists the
//   part's sha256: a task killed midway leaves no manifest (outputs and
//   manifest are committed last, see cmd_run), so it is refused, never half
//   merged.
// - Every part comes from the same job (job sha256), the same gongwen, the
//   same handlers and options; shards 1..N each appear exactly once, and their
//   inputs are together the job's inputs, each once.
// - Records are put back in the job's input order (each manifest input has its
//   `index` in the whole job and the number of records it `written`), read
//   from the parts as streams (memory does not grow with the parts), so the
//   merged JSONL, JSON and CSV are byte for byte a single run's output; SQLite
//   is rebuilt through the SQLite sink from each record and text, so row ids
//   follow the same order and citations resolve across shards.
#include "cli/commands.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <map>

#include "sinks/sink.hpp"

namespace gongwen::host::cli {

namespace fs = std::filesystem;

namespace {

struct MergeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Part {
  std::string path;
  std::string sha256;
  std::string manifest_path;
  Json manifest;
  std::size_t k = 0, n = 0;
};

Json read_json(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  Json j = Json::parse(in, nullptr, false);
  return j;
}

// The manifest of a part: PART.manifest.json (a run writes one beside each
// output), listing a file of the part's name with the part's content. The
// name, not the path: parts are often copied off the nodes that wrote them.
Part find_manifest(const std::string& path) {
  Part p;
  p.path = path;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) throw MergeError(fmt::format("{}: no such file", path));
  p.sha256 = sha256_file(path);
  p.manifest_path = path + ".manifest.json";
  Json m = fs::is_regular_file(p.manifest_path, ec) ? read_json(p.manifest_path) : Json();
  if (!m.is_object() || !m.contains("outputs") || !m["outputs"].is_array())
    throw MergeError(fmt::format("{}: no manifest beside it: the shard did not finish (a run writes its manifest last), "
                                 "or it was not written by `gongwen run --shard`; run that shard again",
                                 path));
  for (const auto& o : m["outputs"])
    if (o.is_object() && fs::path(o.value("path", "")).filename() == fs::path(path).filename() && o.value("sha256", "") == p.sha256) {
      p.manifest = std::move(m);
      return p;
    }
  throw MergeError(fmt::format("{}: its content is not what its manifest lists (the task was interrupted, or the file "
                               "was changed since); run that shard again",
                               path));
}

// What must be equal for two parts to be shards of one run.
Json identity(const Json& m) {
  Json opts = m.value("options", Json::object());
  opts.erase("shard");
  opts.erase("threads");  // threads change no byte of the output
  return Json{{"gongwen", m.value("gongwen", "")}, {"job", m["job"].value("sha256", "")},
              {"handlers", m.value("handlers", Json::array())}, {"options", opts}};
}

std::string first_difference(const Json& a, const Json& b) {
  for (const char* key : {"gongwen", "job", "handlers", "options"})
    if (a[key] != b[key]) return key == std::string("job") ? "job file (sha256)" : key;
  return "?";
}

// Reads a part's records one at a time, in the order the part holds them:
// the bytes of a JSONL line, a JSON array element or a CSV row (a newline
// inside a quoted field does not end the row); for SQLite the documents'
// row ids. Parts are never held in memory whole.
class PartReader {
 public:
  PartReader(const std::string& path, const std::string& format) : path_(path), format_(format) {
    if (format == "sqlite") {
      if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
          sqlite3_prepare_v2(db_, "SELECT rowid FROM documents ORDER BY rowid", -1, &st_, nullptr) != SQLITE_OK)
        throw MergeError(fmt::format("{}: not a gongwen SQLite output: {}", path, db_ ? sqlite3_errmsg(db_) : "cannot open"));
      return;
    }
    in_.open(path, std::ios::binary);
    if (!in_) throw MergeError(fmt::format("{}: cannot open", path));
    if (format == "csv") {
      if (!next(header_)) throw MergeError(fmt::format("{}: no CSV header", path));
    } else if (format == "json") {
      std::string first;
      std::getline(in_, first);
      if (first == "[]") done_ = true;
      else if (first != "[") throw MergeError(fmt::format("{}: not a gongwen JSON output", path));
    }
  }
  ~PartReader() {
    sqlite3_finalize(st_);
    sqlite3_close(db_);
  }
  PartReader(const PartReader&) = delete;
  PartReader& operator=(const PartReader&) = delete;
  const std::string& header() const { return header_; }
  // The next record; false at the end of the part.
  bool next(std::string& rec) {
    if (done_) return false;
    if (format_ == "sqlite") {
      int rc = sqlite3_step(st_);
      if (rc == SQLITE_DONE) return done_ = true, false;
      if (rc != SQLITE_ROW) throw MergeError(fmt::format("{}: SQLite: cannot read the documents", path_));
      rowid_ = sqlite3_column_int64(st_, 0);
      return true;
    }
    std::string line;
    if (!std::getline(in_, line)) {
      if (format_ == "json") throw MergeError(fmt::format("{}: the JSON array is cut short", path_));
      return done_ = true, false;
    }
    if (format_ == "json") {
      if (line == "]") return done_ = true, false;
      if (!line.empty() && line.back() == ',') line.pop_back();
      rec = std::move(line);
      return true;
    }
    if (format_ == "csv") {
      std::size_t quotes = static_cast<std::size_t>(std::count(line.begin(), line.end(), '"'));
      rec = line + "\n";
      while (quotes % 2) {
        if (!std::getline(in_, line)) throw MergeError(fmt::format("{}: the last CSV row is cut short", path_));
        quotes += static_cast<std::size_t>(std::count(line.begin(), line.end(), '"'));
        rec += line + "\n";
      }
      return true;
    }
    rec = line + "\n";
    return true;
  }
  std::int64_t rowid() const { return rowid_; }

 private:
  std::string path_, format_, header_;
  std::ifstream in_;
  sqlite3* db_ = nullptr;
  sqlite3_stmt* st_ = nullptr;
  std::int64_t rowid_ = 0;
  bool done_ = false;
};

}  // namespace

int cmd_merge(const std::string& out, const std::vector<std::string>& part_paths) {
  try {
    const std::string format = output_format(out);
    if (format == "xlsx") throw MergeError("Excel parts cannot be merged: write .jsonl, .csv or .sqlite parts, merge those");
    if (format.empty() || out == "-") throw MergeError("merge writes a file: name it (.jsonl, .json, .csv or .sqlite)");
    std::vector<Part> parts;
    for (const auto& p : part_paths) {
      std::error_code ec;
      if (fs::equivalent(out, p, ec))
        throw MergeError(fmt::format("{} is one of the parts: write the merged output to another file", p));
      if (p.size() > 14 && p.ends_with(".manifest.json"))
        throw MergeError(fmt::format("{} is a manifest: give the output beside it (a `*.json` glob also matches manifests)", p));
      if (output_format(p) != format)
        throw MergeError(fmt::format("{}: a {} part cannot be merged into {} ({}): merge parts of one output into the same format",
                                     p, output_format(p), out, format));
      parts.push_back(find_manifest(p));
    }
    // One job, one configuration, shards 1..N once each.
    const Json id = identity(parts.front().manifest);
    std::map<std::size_t, const Part*> by_shard;
    std::size_t n = 0;
    for (auto& p : parts) {
      Json other = identity(p.manifest);
      if (other != id)
        throw MergeError(fmt::format("{} and {} are not shards of one run: they differ in {}", parts.front().path, p.path,
                                     first_difference(id, other)));
      std::string spec = p.manifest["options"].value("shard", "");
      if (spec.empty() || !parse_shard(spec, p.k, p.n)) throw MergeError(fmt::format("{}: its manifest names no shard", p.path));
      if (!p.manifest["options"].contains("job_inputs"))
        throw MergeError(fmt::format("{}: written by a gongwen without shard positions; run the shard again", p.path));
      if (n == 0) n = p.n;
      if (p.n != n)
        throw MergeError(fmt::format("{} is shard {} but {} is shard {}: shards of one run share N", p.path, spec,
                                     parts.front().path, parts.front().manifest["options"].value("shard", "")));
      auto [it, fresh] = by_shard.emplace(p.k, &p);
      if (!fresh) throw MergeError(fmt::format("shard {}/{} given twice: {} and {}", p.k, n, it->second->path, p.path));
    }
    std::vector<std::string> missing;
    for (std::size_t k = 1; k <= n; ++k)
      if (!by_shard.count(k)) missing.push_back(fmt::format("{}/{}", k, n));
    if (!missing.empty()) throw MergeError(fmt::format("missing shard(s): {}", fmt::join(missing, ", ")));

    // Where each input of the job is: which part, how many records. Each
    // part lists its inputs in job order, so reading the inputs in job order
    // reads every part front to back, once.
    const std::size_t job_inputs = parts.front().manifest["options"]["job_inputs"].get<std::size_t>();
    std::vector<std::pair<std::size_t, std::size_t>> plan(job_inputs, {0, 0});  // part, records written
    std::vector<Json> inputs(job_inputs);
    std::vector<bool> seen(job_inputs, false);
    Json counts = {{"inputs", 0}, {"records", 0}, {"errors", 0}, {"bytes", 0}, {"kinds", Json::object()}};
    double seconds = 0;
    std::string started;
    Json merged_from = Json::array();
    std::vector<std::string> part_paths_in_order;
    for (const auto& [k, p] : by_shard) {
      const std::size_t part = part_paths_in_order.size();
      part_paths_in_order.push_back(p->path);
      std::size_t last = 0;
      bool first_input = true;
      for (const auto& in : p->manifest["inputs"]) {
        std::size_t idx = in.value("index", job_inputs), w = in.value("written", std::size_t{0});
        if (idx >= job_inputs || seen[idx])
          throw MergeError(fmt::format("{}: input {} (position {} of the job) is {}", p->path, in.value("path", ""), idx,
                                       idx >= job_inputs ? "outside the job" : "in two shards"));
        if (!first_input && idx < last) throw MergeError(fmt::format("{}: its manifest lists the inputs out of job order", p->path));
        first_input = false;
        last = idx;
        seen[idx] = true;
        plan[idx] = {part, w};
        inputs[idx] = in;
      }
      const Json& c = p->manifest["counts"];
      for (const char* key : {"inputs", "records", "errors", "bytes"}) counts[key] = counts[key].get<std::size_t>() + c.value(key, std::size_t{0});
      for (auto it = c["kinds"].begin(); it != c["kinds"].end(); ++it)
        counts["kinds"][it.key()] = counts["kinds"].value(it.key(), std::size_t{0}) + it.value().get<std::size_t>();
      seconds += p->manifest["timings"].value("seconds", 0.0);
      std::string s = p->manifest["timings"].value("started", "");
      if (started.empty() || (!s.empty() && s < started)) started = s;
      merged_from.push_back({{"shard", fmt::format("{}/{}", k, n)}, {"path", fs::absolute(p->path).string()},
                             {"sha256", p->sha256}});
    }
    for (std::size_t i = 0; i < job_inputs; ++i)
      if (!seen[i]) throw MergeError(fmt::format("input {} of the job is in no shard: the parts are not the whole run", i));

    // Written as a run writes: the old manifest goes first, the output is
    // published, the manifest comes last (cmd_run).
    std::string sha;
    std::unique_ptr<AtomicFile> manifest_file = std::make_unique<AtomicFile>(out + ".manifest.json");
    if (::unlink((out + ".manifest.json").c_str()) != 0 && errno != ENOENT)
      throw OutputError(fmt::format("{}.manifest.json: cannot remove the old manifest: {}", out, std::strerror(errno)));
    std::vector<std::unique_ptr<PartReader>> readers;
    for (const auto& p : part_paths_in_order) readers.push_back(std::make_unique<PartReader>(p, format));
    auto take = [&](std::size_t part, std::string& rec) {
      if (!readers[part]->next(rec))
        throw MergeError(fmt::format("{}: holds fewer records than its manifest lists", part_paths_in_order[part]));
    };
    auto finish = [&]() {
      std::string rec;
      for (std::size_t p = 0; p < readers.size(); ++p)
        if (readers[p]->next(rec))
          throw MergeError(fmt::format("{}: holds more records than its manifest lists", part_paths_in_order[p]));
    };
    std::string rec;
    if (format == "sqlite") {
      std::vector<std::pair<std::size_t, std::int64_t>> order;  // 16 bytes a record: what the SQL copy needs
      for (const auto& [part, w] : plan)
        for (std::size_t r = 0; r < w; ++r) {
          take(part, rec);
          order.emplace_back(part, readers[part]->rowid());
        }
      finish();
      readers.clear();
      sha = merge_sqlite(out, part_paths_in_order, order);
    } else {
      AtomicFile f(out);
      if (format == "csv") f.write(readers.front()->header());
      bool first = true;
      for (const auto& [part, w] : plan)
        for (std::size_t r = 0; r < w; ++r) {
          take(part, rec);
          if (format == "json") f.write(first ? "[\n" : ",\n");
          f.write(rec);
          first = false;
        }
      finish();
      if (format == "json") f.write(first ? "[]\n" : "\n]\n");
      sha = f.seal();
      f.publish();
    }
    Json m = parts.front().manifest;
    m["options"]["shard"] = "1/1";
    m["options"]["merged_from"] = std::move(merged_from);
    m["outputs"] = Json::array({Json{{"path", fs::absolute(out).string()}, {"sha256", sha}}});
    Json ins = Json::array();
    for (auto& in : inputs) ins.push_back(std::move(in));
    m["inputs"] = std::move(ins);
    m["counts"] = std::move(counts);
    // The shards ran apart: their seconds add up to the work, not to a wall time.
    m["timings"] = {{"started", started}, {"shard_seconds", seconds}};
    manifest_file->write(m.dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
    manifest_file->commit();
    std::fprintf(stderr, "gongwen: merged %zu shard(s): %zu input(s), %zu record(s), %zu error(s) -> %s\n", n,
                 m["counts"]["inputs"].get<std::size_t>(), m["counts"]["records"].get<std::size_t>(),
                 m["counts"]["errors"].get<std::size_t>(), out.c_str());
    // As a run: documents that failed in any shard make the merged result exit 1.
    return m["counts"]["errors"].get<std::size_t>() ? kSomeFailed : kOk;
  } catch (const MergeError& e) {
    spdlog::error("merge: {}", e.what());
    return kUsage;
  } catch (const OutputError& e) {
    spdlog::error("{}", e.what());
    return kOutputFailed;
  }
}

}  // namespace gongwen::host::cli
