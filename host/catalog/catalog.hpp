// Where handlers come from: plugin libraries and Lua scripts found on the
// search path or named by a job. The catalog is shared by all workers; each
// worker instantiates its own Registry from it (its own plugin instances and
// its own Lua state).
#pragma once

#include "util/install.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "loader/plugin_loader.hpp"
#include "lua/runtime.hpp"
#include "registry/registry.hpp"

namespace gongwen::host {

struct HandlerSource {
  std::shared_ptr<const HandlerInfo> info;
  std::shared_ptr<PluginLibrary> plugin;  // native
  std::string script;                     // lua
};

struct SearchPaths {
  std::vector<std::string> plugin_dirs;  // searched for *.so
  std::vector<std::string> script_dirs;  // searched for *.lua (not lib/)
  std::vector<std::string> module_dirs;  // Lua `require` roots (scripts/lib, job paths)

  // Built-in folders next to the binary, then $GONGWEN_PATH and $GONGWEN_PLUGIN_PATH.
  static SearchPaths defaults();
};

class Catalog {
 public:
  // Problems (refused plugins, broken scripts, duplicates) are collected, not thrown.
  void add_dir(const std::string& dir, bool plugins, bool scripts, LuaRuntime& probe);
  // A handler named by a job or --handler: a name from the defaults, or a path.
  bool add_file(const std::string& path, LuaRuntime& probe);

  const std::vector<HandlerSource>& sources() const { return sources_; }
  const std::vector<std::string>& problems() const { return problems_; }
  const HandlerSource* find(std::string_view name) const;
  // Keeps only the named handlers (names or files), in the given order;
  // returns the names that were not found.
  std::vector<std::string> select(const std::vector<std::string>& wanted, LuaRuntime& probe);

  Registry instantiate(LuaRuntime& rt) const;

 private:
  void add(HandlerSource s);
  std::vector<HandlerSource> sources_;
  std::vector<std::string> problems_;
};

Catalog default_catalog(const SearchPaths& paths, LuaRuntime& probe);


}  // namespace gongwen::host
