// Boost.DLL plugin loading and the native Handler adapter.
#include "loader/plugin_loader.hpp"

#include <cstring>

#include <boost/dll/import.hpp>
#include <boost/dll/library_info.hpp>
#include <boost/dll/shared_library.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <fstream>

#include "loader/host_api.hpp"
#include "util/sha256.hpp"

namespace gongwen::host {

namespace {

constexpr std::size_t kHeaderSize = offsetof(gw_plugin, platform);
constexpr std::size_t kV1Size = offsetof(gw_plugin, process) + sizeof(gw_plugin::process);

// A plugin fills gw_error::message; it may forget the terminating NUL.
std::string message_of(const gw_error& err) {
  return std::string(err.message, ::strnlen(err.message, sizeof err.message));
}

class NativeHandler final : public Handler {
 public:
  NativeHandler(std::shared_ptr<PluginLibrary> plugin, void* instance)
      : Handler(plugin->info), plugin_(std::move(plugin)), instance_(instance) {}
  ~NativeHandler() override {
    if (instance_) plugin_->table->destroy(instance_);
  }
  double detect(Document& doc) override {
    if (!gate_open(doc)) return 0;
    gw_error err{};
    double score = 0;
    if (plugin_->table->detect(instance_, to_gw(&doc), &score, &err) != GW_OK) throw HandlerError(message_of(err));
    return score;
  }
  void process(Document& doc) override {
    gw_error err{};
    if (plugin_->table->process(instance_, to_gw(&doc), &err) != GW_OK) throw HandlerError(message_of(err));
  }

 private:
  std::shared_ptr<PluginLibrary> plugin_;  // declared first: destroyed after the instance
  void* instance_;
};

std::string version_of(const gw_plugin* t) { return fmt::format("{}.{}", t->abi_major, t->abi_minor); }

}  // namespace

std::string handler_hash(const HandlerInfo& info) {
  if (!info.content_hash.empty()) return info.content_hash;
  std::ifstream in(info.file, std::ios::binary);
  if (!in) return {};
  std::string bytes;
  in.seekg(0, std::ios::end);
  bytes.resize(static_cast<std::size_t>(in.tellg()));
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return sha256_hex(bytes);
}

bool is_plugin_file(const std::filesystem::path& p) {
  auto ext = p.extension().string();
  return ext == ".so" || ext == ".dylib" || ext == ".dll";
}

LoadResult load_plugin(const std::filesystem::path& file) {
  LoadResult r;
  const std::string name = file.string();
  auto lib = std::make_shared<boost::dll::shared_library>();
  boost::dll::fs::error_code ec;
  // rtld_now: an unresolved symbol is a load error here, not a crash later.
  lib->load(file, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local, ec);
  if (ec) {
    r.error = fmt::format("{}: cannot load library: {}", name, ec.message());
    return r;
  }
  if (!lib->has(GW_ENTRY_SYMBOL)) {
    r.error = fmt::format("{}: not a gongwen plugin: no entry point `{}` (export it with GONGWEN_PLUGIN)", name,
                          GW_ENTRY_SYMBOL);
    return r;
  }
  gw_entry_fn entry = nullptr;
  try {
    entry = *lib->get<gw_entry_fn>(GW_ENTRY_SYMBOL);
  } catch (const std::exception& e) {
    r.error = fmt::format("{}: cannot read entry point: {}", name, e.what());
    return r;
  }
  const gw_plugin* t = entry ? entry() : nullptr;
  if (!t) {
    r.error = fmt::format("{}: entry point returned no plugin table", name);
    return r;
  }
  if (t->struct_size < kHeaderSize) {
    r.error = fmt::format("{}: plugin table too small ({} bytes): not a gongwen plugin table", name, t->struct_size);
    return r;
  }
  if (t->abi_major != GW_ABI_MAJOR) {
    r.error = fmt::format("{}: incompatible ABI: plugin built for ABI {}, host has ABI {}.{} (major versions differ; rebuild the plugin against this SDK)",
                          name, version_of(t), GW_ABI_MAJOR, GW_ABI_MINOR);
    return r;
  }
  if (t->abi_minor > GW_ABI_MINOR) {
    r.error = fmt::format("{}: plugin needs ABI {}, host has ABI {}.{} (newer minor; upgrade gongwen)", name,
                          version_of(t), GW_ABI_MAJOR, GW_ABI_MINOR);
    return r;
  }
  if (t->struct_size < kV1Size) {
    r.error = fmt::format("{}: plugin table too small: {} bytes, ABI {}.{} needs at least {} (plugin claims ABI {})",
                          name, t->struct_size, GW_ABI_MAJOR, GW_ABI_MINOR, kV1Size, version_of(t));
    return r;
  }
  if (!t->platform || std::string_view(t->platform) != GW_PLATFORM) {
    r.error = fmt::format("{}: built for platform `{}`, host is `{}`", name, t->platform ? t->platform : "(none)",
                          GW_PLATFORM);
    return r;
  }
  if (!t->name || !*t->name || !t->create || !t->destroy || !t->detect || !t->process) {
    r.error = fmt::format("{}: plugin table incomplete (missing name or functions)", name);
    return r;
  }
  auto info = std::make_shared<HandlerInfo>();
  info->name = t->name;
  info->origin = "native";
  info->version = t->version ? t->version : "0";
  info->kinds = split_kinds(t->kinds ? t->kinds : "");
  info->description = t->description ? t->description : "";
  info->file = std::filesystem::absolute(file).lexically_normal().string();
  info->priority = t->priority;
  info->abi = version_of(t);
  // ABI 1.3 appended the keyword lists: read only what the plugin's table has.
  constexpr std::size_t kV13Size = offsetof(gw_plugin, words) + sizeof(gw_plugin::words);
  if (t->abi_minor >= 3 && t->struct_size >= kV13Size) {
    info->keywords = split_kinds(t->keywords ? t->keywords : "");
    info->words = split_kinds(t->words ? t->words : "");
  }
  // content_hash stays empty here: hashing every plugin at start-up cost more
  // than processing a small document; manifests and `plugin info` ask for it.
  r.plugin = std::make_shared<PluginLibrary>(PluginLibrary{lib, t, info});
  return r;
}

PluginInspection inspect_plugin(const std::filesystem::path& file) {
  PluginInspection out;
  out.file = file.string();
  try {
    boost::dll::library_info li(file);
    for (auto& s : li.symbols()) out.exported.push_back(s);
    for (auto& s : li.symbols("boostdll")) {
      if (s == GW_ENTRY_SYMBOL) out.has_entry = true;
    }
    if (!out.has_entry)
      for (auto& s : out.exported)
        if (s == GW_ENTRY_SYMBOL) out.has_entry = true;
  } catch (const std::exception& e) {
    out.verdict = fmt::format("{}: not a readable shared library: {}", out.file, e.what());
    return out;
  }
  auto r = load_plugin(file);
  out.verdict = r.plugin ? "ok" : r.error;
  if (r.plugin) out.info = r.plugin->info;
  return out;
}

std::unique_ptr<Handler> make_native_handler(std::shared_ptr<PluginLibrary> plugin) {
  gw_error err{};
  void* inst = plugin->table->create(host_api(), &err);
  if (!inst)
    throw HandlerError(fmt::format("{}: create failed: {}", plugin->info->file, err.message[0] ? message_of(err) : std::string("no instance")));
  return std::make_unique<NativeHandler>(std::move(plugin), inst);
}

}  // namespace gongwen::host
