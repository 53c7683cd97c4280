// The subcommands that look at one thing: a file (inspect, explain), a
// Lua script (check), a native plugin (plugin info), and the plugin
// template (new-plugin).
#include "cli/commands.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "loader/plugin_loader.hpp"
#include "read/reader.hpp"

namespace gongwen::host::cli {

namespace fs = std::filesystem;

int cmd_inspect(const Common& c, const std::string& file) {
  std::vector<Document> docs;
  if (!process_one(c, file, docs)) return kUsage;
  bool failed = false;
  for (const auto& d : docs) {
    print_text_record(d);
    if (d.origin) std::printf("  encoding: %s  layout: %s  bytes: %llu\n", d.origin->encoding.c_str(), d.origin->layout.c_str(),
                              static_cast<unsigned long long>(d.origin->bytes));
    print_diagnostics(d);
    std::printf("  --- cleaned text (source line | [style] paragraph) ---\n");
    std::string_view t = d.text;
    for (std::size_t b = 0; b < t.size();) {
      std::size_t e = t.find('\n', b);
      if (e == std::string_view::npos) e = t.size();
      std::string style;
      if (const ParagraphStyle* st = d.style_at(b)) style = "[" + describe(*st) + "] ";
      std::printf("%6u | %s%.*s\n", d.line_of(b), style.c_str(), static_cast<int>(e - b), t.data() + b);
      b = e + 1;
    }
    failed |= d.error.has_value();
  }
  return failed ? kSomeFailed : kOk;
}

void print_explain(const Document& d, double threshold) {
  std::printf("%s%s\n", d.path().c_str(), d.container.empty() ? "" : fmt::format(" #{} {}", d.index, d.title).c_str());
  if (d.error && d.scores.empty()) std::printf("  error [%s]: %s\n", d.step.c_str(), d.error->c_str());
  auto scores = d.scores;
  std::stable_sort(scores.begin(), scores.end(), [](auto& a, auto& b) { return a.second > b.second; });
  for (const auto& [name, score] : scores) {
    bool won = !d.handler.empty() && d.handler.rfind(name + "@", 0) == 0;
    std::printf("  %s %-12s %.3f\n", won ? "*" : " ", name.c_str(), score);
    for (const auto& sig : d.signals)
      if (sig.handler == name) std::printf("        %+.2f  %s\n", sig.weight, sig.name.c_str());
  }
  std::printf("  → kind %s, handler %s (threshold %.2f; ties: priority, then name)\n", d.kind.c_str(),
              d.handler.empty() ? "none" : d.handler.c_str(), threshold);
  for (const auto& e : d.split_evidence) std::printf("  split: %s\n", e.c_str());
}

int cmd_explain(const Common& c, const std::string& file) {
  std::vector<Document> docs;
  if (!process_one(c, file, docs)) return kUsage;
  for (const auto& d : docs) print_explain(d, c.threshold);
  return kOk;
}

int cmd_check(const std::string& script, const std::vector<std::string>& samples) {
  auto paths = SearchPaths::defaults();
  auto dir = fs::absolute(script).parent_path();
  paths.module_dirs.push_back(dir.string());
  paths.module_dirs.push_back((dir / "lib").string());
  LuaRuntime rt({}, paths.module_dirs);
  std::unique_ptr<Handler> h;
  try {
    h = rt.load_handler(script);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: FAILED\n  %s\n", script.c_str(), e.what());
    return kSomeFailed;
  }
  const auto& i = h->info();
  std::string kinds;
  for (const auto& k : i.kinds) kinds += (kinds.empty() ? "" : ",") + k;
  std::printf("%s: ok — name=%s version=%s kinds=%s priority=%d\n", script.c_str(), i.name.c_str(), i.version.c_str(),
              kinds.c_str(), i.priority);
  int rc = kOk;
  for (const auto& sample : samples) {
    Document d = read_document(sample);
    if (d.error) {
      std::printf("  %s: cannot read: %s\n", sample.c_str(), d.error->c_str());
      rc = kSomeFailed;
      continue;
    }
    try {
      d.active_handler = i.name;
      double score = h->detect(d);
      d.scores.emplace_back(i.name, score);
      d.handler = i.id();
      if (!i.kinds.empty()) d.kind = i.kinds.front();
      d.step = "process";
      h->process(d);
      std::printf("  %s: detect=%.3f\n", sample.c_str(), score);
      for (const auto& sig : d.signals) std::printf("        %+.2f  %s\n", sig.weight, sig.name.c_str());
      auto r = to_record(d);
      std::printf("%s\n", r.dump(2, ' ', false, Json::error_handler_t::replace).c_str());
    } catch (const std::exception& e) {
      std::printf("  %s: FAILED\n  %s\n", sample.c_str(), e.what());
      rc = kSomeFailed;
    }
  }
  return rc;
}

int cmd_plugin_info(const std::string& file) {
  auto r = inspect_plugin(file);
  std::printf("file:        %s\n", r.file.c_str());
  std::printf("entry point: %s\n", r.has_entry ? GW_ENTRY_SYMBOL " (found)" : "none");
  std::printf("exports:     %zu symbol(s)\n", r.exported.size());
  for (const auto& s : r.exported)
    if (s.find("gongwen") != std::string::npos) std::printf("             %s\n", s.c_str());
  if (r.info) {
    std::string kinds;
    for (const auto& k : r.info->kinds) kinds += (kinds.empty() ? "" : ",") + k;
    std::printf("handler:     %s %s (kinds %s, priority %d)\n", r.info->name.c_str(), r.info->version.c_str(),
                kinds.c_str(), r.info->priority);
    std::printf("abi:         %s (host %d.%d), platform %s\n", r.info->abi.c_str(), GW_ABI_MAJOR, GW_ABI_MINOR, GW_PLATFORM);
    std::printf("sha256:      %s\n", handler_hash(*r.info).c_str());
  }
  std::printf("verdict:     %s\n", r.verdict.c_str());
  return r.verdict == "ok" ? kOk : kSomeFailed;
}

int cmd_new_plugin(const std::string& name, const std::string& dir) {
  bool valid = !name.empty() && std::isalpha(static_cast<unsigned char>(name[0])) &&
               std::all_of(name.begin(), name.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
  if (!valid) {
    spdlog::error("plugin name `{}`: use letters, digits and _ (a C++ identifier)", name);
    return kUsage;
  }
  auto exe = executable_dir();
  fs::path tmpl;
  for (auto d : {exe.parent_path() / GONGWEN_INSTALL_DATA_DIR / "template", fs::path(GONGWEN_SOURCE_DIR) / "sdk" / "template"})
    if (fs::is_directory(d)) { tmpl = d; break; }
  if (tmpl.empty()) {
    spdlog::error("the plugin template is not installed (expected <prefix>/{}/template)", GONGWEN_INSTALL_DATA_DIR);
    return kUsage;
  }
  fs::path target = dir.empty() ? fs::path(name) : fs::path(dir);
  if (fs::exists(target)) {
    spdlog::error("{} already exists", target.string());
    return kUsage;
  }
  fs::create_directories(target);
  std::string cls;
  bool up = true;
  for (char c : name) {
    if (c == '_') { up = true; continue; }
    cls += up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    up = false;
  }
  for (const auto& e : fs::directory_iterator(tmpl)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto replace_all = [&](const std::string& from, const std::string& to) {
      for (std::size_t p = body.find(from); p != std::string::npos; p = body.find(from, p + to.size())) body.replace(p, from.size(), to);
    };
    replace_all("MyHandler", cls);
    replace_all("my_handler", name);
    std::string fname = e.path().filename().string();
    if (fname == "my_handler.cpp") fname = name + ".cpp";
    std::ofstream(target / fname, std::ios::binary) << body;
  }
  std::printf("created %s/ from %s\n  cmake -S %s -B %s/build -DCMAKE_PREFIX_PATH=%s && cmake --build %s/build && ctest --test-dir %s/build\n",
              target.string().c_str(), tmpl.string().c_str(), target.string().c_str(), target.string().c_str(),
              exe.parent_path().string().c_str(), target.string().c_str(), target.string().c_str());
  return kOk;
}

}  // namespace gongwen::host::cli
