// `gongwen diagnostics`: the registry of diagnostic ids (model/diagnostics.hpp)
// as a table a user reads or a tool parses, like `tshark -G expert`.
#include <cstdio>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "model/diagnostics.hpp"
#include "model/document.hpp"

namespace gongwen::host::cli {

int cmd_diagnostics(const std::string& format) {
  if (format == "json") {
    Json all = Json::array();
    for (const auto& k : diagnostic_kinds())
      all.push_back({{"id", k.id}, {"group", k.group}, {"severity", severity_name(k.severity)}, {"summary", k.summary}});
    std::printf("%s\n", all.dump(1, ' ', false).c_str());
    return 0;
  }
  std::size_t width = 0;
  for (const auto& k : diagnostic_kinds()) width = std::max(width, k.id.size());
  for (const auto& k : diagnostic_kinds())
    std::printf("%s\n", fmt::format("{:<{}}  {:<9}  {:<7}  {}", k.id, width, k.group, severity_name(k.severity), k.summary).c_str());
  std::printf("%s\n", fmt::format("{:<{}}  {:<9}  {:<7}  {}", "handler.NAME[.ID]", width, "handler", "any",
                                  "a handler's own diagnostic (doc:diagnostic in Lua, Document::diagnostic in C++)").c_str());
  return 0;
}

}  // namespace gongwen::host::cli
