// Job file loading and validation.
#include "runner/job.hpp"
#include "util/suggest.hpp"
#include "sinks/sink.hpp"

#include <lua.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "extract/extractors.hpp"
#include "read/reader.hpp"

namespace gongwen::host {

namespace fs = std::filesystem;

bool glob_match(std::string_view p, std::string_view s) {
  // `**/` matches any number of folders, `*` anything but '/', `?` one byte.
  if (p.empty()) return s.empty();
  if (p.substr(0, 3) == "**/") {
    for (std::size_t i = 0;; ) {
      if (glob_match(p.substr(3), s.substr(i))) return true;
      std::size_t slash = s.find('/', i);
      if (slash == std::string_view::npos) return false;
      i = slash + 1;
    }
  }
  if (p.substr(0, 2) == "**") {
    for (std::size_t i = 0; i <= s.size(); ++i)
      if (glob_match(p.substr(2), s.substr(i))) return true;
    return false;
  }
  if (p[0] == '*') {
    for (std::size_t i = 0; i <= s.size(); ++i) {
      if (glob_match(p.substr(1), s.substr(i))) return true;
      if (i < s.size() && s[i] == '/') return false;
    }
    return false;
  }
  if (s.empty()) return false;
  if (p[0] == '?' ? s[0] != '/' : p[0] == s[0]) return glob_match(p.substr(1), s.substr(1));
  return false;
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& patterns, const std::string& base,
                                       std::vector<std::string>* unmatched) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const auto& pat : patterns) {
    fs::path full = fs::path(pat).is_absolute() || base.empty() ? fs::path(pat) : fs::path(base) / pat;
    std::string f = full.lexically_normal().string();
    std::size_t wild = f.find_first_of("*?");
    std::vector<std::string> found;
    std::error_code ec;
    // Walking the whole file system is never what a job means (found by fuzzing: `"../"`).
    if (fs::path(f.substr(0, wild)).lexically_normal() == fs::path("/") || f.substr(0, wild) == "/") {
      if (unmatched) unmatched->push_back(pat + " (resolves to the file-system root)");
      continue;
    }
    if (wild == std::string::npos) {
      if (fs::is_directory(f, ec)) {
        // Every entry that is not a folder is an input: one that cannot be
        // read (a dangling link, no permission, a FIFO) gets an error record
        // of its own instead of ending the walk or refusing the job.
        for (auto it = fs::recursive_directory_iterator(f, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
          std::error_code entry_ec;
          if (!it->is_directory(entry_ec)) found.push_back(it->path().string());
        }
      } else if (fs::exists(f, ec) || fs::is_symlink(f, ec)) {
        found.push_back(f);
      }
    } else {
      std::size_t slash = f.rfind('/', wild);
      std::string root = slash == std::string::npos ? "." : f.substr(0, slash);
      std::string rest = slash == std::string::npos ? f : f.substr(slash + 1);
      std::error_code ec;
      if (fs::is_directory(root, ec)) {
        for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
             it != fs::recursive_directory_iterator(); it.increment(ec)) {
          if (ec) break;
          std::error_code entry_ec;
          if (it->is_directory(entry_ec)) continue;
          std::string rel = it->path().lexically_relative(root).string();
          if (glob_match(rest, rel)) found.push_back(it->path().string());
        }
      }
    }
    std::sort(found.begin(), found.end());
    if (found.empty() && unmatched) unmatched->push_back(pat);
    for (auto& x : found)
      if (seen.insert(x).second) out.push_back(x);
  }
  return out;
}

namespace {

// The line of `key =` in the job source, for messages. Matched by hand, not
// with std::regex: the key comes from the job file and may be any string.
int line_of_key(const std::string& src, const std::string& key) {
  if (key.empty()) return 0;
  auto ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (std::size_t at = src.find(key); at != std::string::npos; at = src.find(key, at + 1)) {
    if (at > 0 && ident(src[at - 1])) continue;
    std::size_t i = at + key.size();
    while (i < src.size() && (src[i] == ' ' || src[i] == '\t' || src[i] == '\r' || src[i] == '\n')) ++i;
    if (i < src.size() && src[i] == '=' && (i + 1 >= src.size() || src[i + 1] != '='))
      return 1 + static_cast<int>(std::count(src.begin(), src.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
  }
  return 0;
}

}  // namespace

Job load_job(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw JobError(fmt::format("{}: cannot open job file", path));
  std::string src((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parse_job(src, path);
}

Job parse_job(const std::string& src, const std::string& path) {
  Job job;
  job.file = path;
  job.dir = fs::absolute(path).parent_path().string();
  job.sha256 = sha256_hex(src);

  LuaRuntime rt(LuaLimits{10'000'000, 64u << 20});
  lua_State* L = rt.state();
  int n = 0;
  try {
    n = rt.eval(src, "@" + path);
  } catch (const std::exception& e) {
    throw JobError(e.what());
  }
  if (n < 1 || !lua_istable(L, -1)) throw JobError(fmt::format("{}: a job file must return a table", path));
  int t = lua_gettop(L);

  std::vector<std::string> problems;
  auto where = [&](const std::string& key) {
    int line = line_of_key(src, key);
    return line ? fmt::format("{}:{}", path, line) : path;
  };
  auto problem = [&](const std::string& key, const std::string& what) {
    problems.push_back(fmt::format("{}: `{}`: {}", where(key), key, what));
  };
  static const std::set<std::string> known = {"name", "inputs", "handlers", "extract", "outputs", "threads",
                                              "on_error", "threshold", "with_text", "csv_bom", "slogan_dictionary", "lua", "paths",
                                              "plugin_paths", "read", "limits", "isolate"};
  lua_pushnil(L);
  while (lua_next(L, t)) {
    if (lua_type(L, -2) != LUA_TSTRING) problems.push_back(fmt::format("{}: job keys must be names", path));
    else if (!known.count(lua_tostring(L, -2))) {
      std::string k = lua_tostring(L, -2);
      std::string best = closest_name(k, known);
      problem(k, best.empty() ? std::string("unknown key (known: name, inputs, handlers, extract, outputs, threads, on_error, threshold, with_text, "
                                            "csv_bom, slogan_dictionary, lua, limits, isolate, paths, plugin_paths, read)")
                              : fmt::format("unknown key: did you mean `{}`?", best));
    }
    lua_pop(L, 1);
  }
  auto strings = [&](const char* key, std::vector<std::string>& out, bool required) {
    lua_getfield(L, t, key);
    if (lua_isnil(L, -1)) {
      if (required) problem(key, "missing (a list of strings)");
    } else if (lua_type(L, -1) == LUA_TSTRING) {
      out.emplace_back(lua_tostring(L, -1));
    } else if (lua_istable(L, -1)) {
      lua_Integer len = static_cast<lua_Integer>(lua_rawlen(L, -1));
      for (lua_Integer i = 1; i <= len; ++i) {
        lua_rawgeti(L, -1, i);
        if (lua_type(L, -1) != LUA_TSTRING) problem(key, fmt::format("item {} is a {}, expected a string", i, luaL_typename(L, -1)));
        else out.emplace_back(lua_tostring(L, -1));
        lua_pop(L, 1);
      }
    } else {
      problem(key, fmt::format("expected a list of strings, got a {}", luaL_typename(L, -1)));
    }
    lua_pop(L, 1);
  };
  lua_getfield(L, t, "name");
  if (lua_type(L, -1) == LUA_TSTRING) job.name = lua_tostring(L, -1);
  else if (!lua_isnil(L, -1)) problem("name", "expected a string");
  lua_pop(L, 1);
  strings("inputs", job.input_patterns, true);
  strings("handlers", job.handlers, false);
  if (!job.handlers.empty()) job.handlers_at = where("handlers");
  strings("extract", job.extract, false);
  strings("outputs", job.outputs, false);
  strings("paths", job.paths, false);
  strings("plugin_paths", job.plugin_paths, false);

  lua_getfield(L, t, "threads");
  if (!lua_isnil(L, -1)) {
    if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 0 || lua_tointeger(L, -1) > 1024) problem("threads", "expected an integer from 0 (all cores) to 1024");
    else job.threads = static_cast<unsigned>(lua_tointeger(L, -1));
  }
  lua_pop(L, 1);
  lua_getfield(L, t, "on_error");
  if (!lua_isnil(L, -1)) {
    std::string v = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
    if (v != "record" && v != "skip" && v != "stop") problem("on_error", "expected \"record\", \"skip\" or \"stop\"");
    else job.on_error = v;
  }
  lua_pop(L, 1);
  lua_getfield(L, t, "threshold");
  if (!lua_isnil(L, -1)) {
    if (!lua_isnumber(L, -1) || lua_tonumber(L, -1) < 0 || lua_tonumber(L, -1) > 1) problem("threshold", "expected a number in [0, 1]");
    else job.threshold = lua_tonumber(L, -1);
  }
  lua_pop(L, 1);
  lua_getfield(L, t, "with_text");
  if (!lua_isnil(L, -1)) {
    if (!lua_isboolean(L, -1)) problem("with_text", "expected true or false");
    else job.with_text = lua_toboolean(L, -1);
  }
  lua_pop(L, 1);
  lua_getfield(L, t, "extract");
  if (lua_istable(L, -1) && lua_rawlen(L, -1) == 0) job.extract_none = true;
  if (lua_type(L, -1) == LUA_TSTRING && std::string(lua_tostring(L, -1)) == "none") {
    job.extract_none = true;
    job.extract.clear();
  }
  lua_pop(L, 1);
  for (const auto& e : job.extract)
    if (e != "none" && !is_extractor(e)) problem("extract", fmt::format("unknown extractor `{}` (known: dates, slogans, statistics, officials, quotes, doc_refs)", e));
  lua_getfield(L, t, "slogan_dictionary");
  if (!lua_isnil(L, -1)) {
    if (lua_type(L, -1) != LUA_TSTRING) problem("slogan_dictionary", "expected a path to a `slogan<TAB>expansion` file");
    else {
      job.slogan_dictionary = lua_tostring(L, -1);
      if (!fs::path(job.slogan_dictionary).is_absolute()) job.slogan_dictionary = (fs::path(job.dir) / job.slogan_dictionary).string();
      try {
        load_slogan_dictionary(job.slogan_dictionary);
      } catch (const std::exception& e) {
        problem("slogan_dictionary", e.what());
      }
    }
  }
  lua_pop(L, 1);
  lua_getfield(L, t, "isolate");
  if (!lua_isnil(L, -1)) {
    if (!lua_isboolean(L, -1)) problem("isolate", "expected true or false");
    else job.isolate = lua_toboolean(L, -1);
  }
  lua_pop(L, 1);
  lua_getfield(L, t, "csv_bom");
  if (!lua_isnil(L, -1)) {
    if (!lua_isboolean(L, -1)) problem("csv_bom", "expected true or false");
    else job.csv_bom = lua_toboolean(L, -1);
  }
  lua_pop(L, 1);
  lua_getfield(L, t, "lua");
  if (!lua_isnil(L, -1)) {
    if (!lua_istable(L, -1)) problem("lua", "expected a table {instructions=, memory_mb=, ...}");
    else {
      lua_pushnil(L);
      while (lua_next(L, -2)) {
        std::string k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
        bool ok = lua_isinteger(L, -1) && lua_tointeger(L, -1) > 0;
        lua_Integer v = ok ? lua_tointeger(L, -1) : 0;
        bool mb_ok = ok && v <= 16384;
        if (k == "instructions" && ok) job.limits.instructions = static_cast<std::uint64_t>(v);
        else if (k == "memory_mb" && mb_ok) job.limits.memory = static_cast<std::size_t>(v) << 20;
        else if (k == "state_memory_mb" && mb_ok) job.limits.state_memory = static_cast<std::size_t>(v) << 20;
        else if (k == "output_mb" && mb_ok) job.limits.output = static_cast<std::size_t>(v) << 20;
        else if (k == "regex_steps" && ok) job.limits.regex_steps = static_cast<std::uint64_t>(v);
        else if (k == "diagnostics" && ok) job.limits.diagnostics = static_cast<std::size_t>(v);
        else if (k == "instructions" || k == "regex_steps" || k == "diagnostics") problem(k, "expected a positive integer");
        else if (k == "memory_mb" || k == "state_memory_mb" || k == "output_mb") problem(k, "expected a positive integer up to 16384");
        else problem(k, "unknown key in `lua` (known: instructions, memory_mb, state_memory_mb, output_mb, regex_steps, diagnostics)");
        lua_pop(L, 1);
      }
    }
  }
  lua_pop(L, 1);
  lua_getfield(L, t, "limits");
  if (!lua_isnil(L, -1)) {
    if (!lua_istable(L, -1)) problem("limits", "expected a table {document_seconds=}");
    else {
      lua_pushnil(L);
      while (lua_next(L, -2)) {
        std::string k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
        if (k == "document_seconds" && lua_isnumber(L, -1) && lua_tonumber(L, -1) >= 0 && lua_tonumber(L, -1) <= 1e6)
          job.document_seconds = lua_tonumber(L, -1);
        else if (k == "document_seconds") problem(k, "expected seconds from 0 (no limit) to 1000000");
        else if (k == "worker_memory_mb" && lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 64 && lua_tointeger(L, -1) <= (1 << 20))
          job.worker_memory = static_cast<std::size_t>(lua_tointeger(L, -1)) << 20;
        else if (k == "worker_memory_mb") problem(k, "expected an integer from 64 to 1048576");
        else problem(k, "unknown key in `limits` (known: document_seconds, worker_memory_mb)");
        lua_pop(L, 1);
      }
    }
  }
  lua_pop(L, 1);
  lua_getfield(L, t, "read");
  if (!lua_isnil(L, -1)) {
    if (!lua_istable(L, -1)) problem("read", "expected a table {max_bytes=, columns=}");
    else {
      lua_pushnil(L);
      while (lua_next(L, -2)) {
        std::string k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
        if (k == "max_bytes" && lua_isinteger(L, -1) && lua_tointeger(L, -1) > 0) job.max_bytes = static_cast<std::uint64_t>(lua_tointeger(L, -1));
        else if (k == "max_bytes") problem(k, "expected a positive integer");
        else if (k == "columns" && lua_istable(L, -1)) {
          // A dataset's text, title and date columns by name (read.columns = { text = "正文" }).
          lua_pushnil(L);
          while (lua_next(L, -2)) {
            std::string c = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
            std::string* slot = c == "text" ? &job.columns.text : c == "title" ? &job.columns.title : c == "date" ? &job.columns.date : nullptr;
            if (!slot) problem("columns", fmt::format("unknown key `{}` in `read.columns` (known: text, title, date)", c));
            else if (lua_type(L, -1) != LUA_TSTRING || !*lua_tostring(L, -1)) problem("columns", fmt::format("`{}`: expected a column name", c));
            else *slot = lua_tostring(L, -1);
            lua_pop(L, 1);
          }
        } else if (k == "columns") problem(k, "expected a table { text = \"…\", title = \"…\", date = \"…\" }");
        else problem(k, "unknown key in `read` (known: max_bytes, columns)");
        lua_pop(L, 1);
      }
    }
  }
  lua_pop(L, 1);

  // Paths relative to the job file.
  auto rel = [&](std::vector<std::string>& v) {
    for (auto& p : v)
      if (!fs::path(p).is_absolute()) p = (fs::path(job.dir) / p).lexically_normal().string();
  };
  rel(job.paths);
  rel(job.plugin_paths);
  rel(job.outputs);
  for (auto& h : job.handlers)
    if (h.find('/') != std::string::npos && !fs::path(h).is_absolute())
      h = (fs::path(job.dir) / h).lexically_normal().string();
  for (const auto& p : job.paths)
    if (!fs::is_directory(p)) problem("paths", fmt::format("`{}` is not a folder", p));
  for (const auto& p : job.plugin_paths)
    if (!fs::is_directory(p)) problem("plugin_paths", fmt::format("`{}` is not a folder", p));
  for (const auto& o : job.outputs) {
    if (output_format(o).empty())
      problem("outputs", fmt::format("`{}`: unknown output format `{}` (use .jsonl, .json, .csv, .sqlite or .xlsx)", o,
                                     fs::path(o).extension().string()));
  }
  std::vector<std::string> unmatched;
  job.inputs = expand_inputs(job.input_patterns, job.dir, &unmatched);
  for (const auto& u : unmatched) problem("inputs", fmt::format("`{}` matches no file", u));
  // Inputs are not opened here: one that cannot be read gets an error record
  // when the run reaches it (opening a FIFO here would block; one bad file
  // must not refuse a whole job).
  if (!problems.empty()) {
    std::string msg = fmt::format("{}: invalid job ({} problem{})", path, problems.size(), problems.size() > 1 ? "s" : "");
    for (const auto& p : problems) msg += "\n  " + p;
    throw JobError(msg);
  }
  return job;
}

}  // namespace gongwen::host
