// Handler discovery and instantiation.
#include "catalog/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <system_error>
#include <unistd.h>

namespace gongwen::host {

namespace fs = std::filesystem;

namespace {
void split_env(const char* var, std::vector<std::string>& out) {
  const char* v = std::getenv(var);
  if (!v) return;
  std::string s(v);
  for (std::size_t b = 0; b <= s.size();) {
    std::size_t e = s.find(':', b);
    if (e == std::string::npos) e = s.size();
    if (e > b) out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
}
}  // namespace

SearchPaths SearchPaths::defaults() {
  SearchPaths p;
  auto exe = executable_dir();
  // Build tree: build/bin/{plugins,scripts}; install: <prefix>/lib/gongwen/plugins, <prefix>/share/gongwen/scripts.
  for (auto d : {exe / "plugins", exe.parent_path() / GONGWEN_INSTALL_PLUGIN_DIR})
    if (fs::is_directory(d)) p.plugin_dirs.push_back(d.string());
  for (auto d : {exe / "scripts", exe.parent_path() / GONGWEN_INSTALL_DATA_DIR / "scripts"})
    if (fs::is_directory(d)) {
      p.script_dirs.push_back(d.string());
      p.module_dirs.push_back((d / "lib").string());
    }
  std::vector<std::string> extra;
  split_env("GONGWEN_PATH", extra);
  for (const auto& d : extra) {
    p.plugin_dirs.push_back(d);
    p.script_dirs.push_back(d);
    p.module_dirs.push_back((fs::path(d) / "lib").string());
  }
  split_env("GONGWEN_PLUGIN_PATH", p.plugin_dirs);
  return p;
}

void Catalog::add(HandlerSource s) {
  for (const auto& other : sources_) {
    if (other.info->name == s.info->name) {
      if (other.info->file == s.info->file) return;  // the same file reached twice
      problems_.push_back(fmt::format("duplicate handler name `{}`: {} and {} (the first is kept; rename one)",
                                      s.info->name, other.info->file, s.info->file));
      return;
    }
  }
  sources_.push_back(std::move(s));
}

bool Catalog::add_file(const std::string& path, LuaRuntime& probe) {
  fs::path p(path);
  if (p.extension() == ".lua") {
    try {
      auto h = probe.load_handler(path);
      auto info = std::make_shared<HandlerInfo>(h->info());
      add({info, nullptr, path});
      return true;
    } catch (const std::exception& e) {
      problems_.push_back(fmt::format("script refused: {}", e.what()));
      return false;
    }
  }
  if (is_plugin_file(p)) {
    auto r = load_plugin(p);
    if (!r.plugin) {
      problems_.push_back(fmt::format("plugin refused: {}", r.error));
      return false;
    }
    add({r.plugin->info, r.plugin, {}});
    return true;
  }
  problems_.push_back(fmt::format("{}: not a handler (expected a .lua script or a .so plugin)", path));
  return false;
}

void Catalog::add_dir(const std::string& dir, bool plugins, bool scripts, LuaRuntime& probe) {
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (!e.is_regular_file()) continue;
    const auto& p = e.path();
    if ((plugins && is_plugin_file(p)) || (scripts && p.extension() == ".lua")) files.push_back(p);
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) add_file(f.string(), probe);
}

const HandlerSource* Catalog::find(std::string_view name) const {
  for (const auto& s : sources_)
    if (s.info->name == name) return &s;
  return nullptr;
}

std::vector<std::string> Catalog::select(const std::vector<std::string>& wanted, LuaRuntime& probe) {
  std::vector<HandlerSource> chosen;
  std::vector<std::string> missing;
  for (const auto& w : wanted) {
    bool is_path = w.find('/') != std::string::npos || fs::path(w).extension() == ".lua" || is_plugin_file(w);
    if (is_path) {
      if (!fs::exists(w)) {
        missing.push_back(w);
        continue;
      }
      Catalog tmp;
      if (tmp.add_file(w, probe)) {
        // A file replaces a default handler of the same name.
        auto& s = tmp.sources_.front();
        auto dup = std::find_if(chosen.begin(), chosen.end(), [&](auto& c) { return c.info->name == s.info->name; });
        if (dup != chosen.end()) problems_.push_back(fmt::format("duplicate handler name `{}`: {} and {}", s.info->name, dup->info->file, s.info->file));
        else chosen.push_back(s);
      } else {
        for (auto& p : tmp.problems_) problems_.push_back(p);
        missing.push_back(w);
      }
      continue;
    }
    const HandlerSource* s = find(w);
    if (!s) missing.push_back(w);
    else if (std::none_of(chosen.begin(), chosen.end(), [&](auto& c) { return c.info->name == w; })) chosen.push_back(*s);
  }
  sources_ = std::move(chosen);
  return missing;
}

Registry Catalog::instantiate(LuaRuntime& rt) const {
  Registry reg;
  for (const auto& s : sources_) {
    if (s.plugin) reg.add(make_native_handler(s.plugin));
    else reg.add(rt.load_handler(s.script));
  }
  return reg;
}

Catalog default_catalog(const SearchPaths& paths, LuaRuntime& probe) {
  Catalog c;
  for (const auto& d : paths.plugin_dirs) c.add_dir(d, true, false, probe);
  for (const auto& d : paths.script_dirs) c.add_dir(d, false, true, probe);
  return c;
}

}  // namespace gongwen::host
