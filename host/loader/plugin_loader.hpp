// Loads native handler plugins through Boost.DLL and checks them before any
// of their code runs beyond the entry point: entry point present, ABI major
// equal, ABI minor not newer than the host's, struct large enough, platform
// tag equal. A refused library is reported and skipped; the run goes on.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <gongwen/abi.h>

#include "model/handler.hpp"

namespace boost::dll { class shared_library; }

namespace gongwen::host {

// A loaded library. Handlers keep a shared_ptr to it, so it is unloaded only
// after the last instance it created has been destroyed.
struct PluginLibrary {
  std::shared_ptr<boost::dll::shared_library> lib;
  const gw_plugin* table = nullptr;
  std::shared_ptr<const HandlerInfo> info;
};

struct LoadResult {
  std::shared_ptr<PluginLibrary> plugin;  // null when refused
  std::string error;                      // why, naming the file and both versions
};

LoadResult load_plugin(const std::filesystem::path& file);

// What `gongwen plugin info` shows without creating a handler.
struct PluginInspection {
  std::string file;
  bool has_entry = false;
  std::vector<std::string> exported;  // exported symbol names of the library
  std::string verdict;                // "ok" or the loader's refusal
  std::shared_ptr<const HandlerInfo> info;
};
PluginInspection inspect_plugin(const std::filesystem::path& file);

// One instance per worker of a loaded plugin.
std::unique_ptr<Handler> make_native_handler(std::shared_ptr<PluginLibrary> plugin);

bool is_plugin_file(const std::filesystem::path& p);

// sha256 of a handler's file: what a manifest records to detect a changed handler.
std::string handler_hash(const HandlerInfo& info);

}  // namespace gongwen::host
