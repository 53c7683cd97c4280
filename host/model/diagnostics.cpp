// The table behind the diagnostic registry (model/diagnostics.hpp).
#include "model/diagnostics.hpp"

#include <array>

namespace gongwen::host {

namespace {

constexpr std::array kKinds{
#define GONGWEN_DIAG_KIND(name, id, group, severity, summary) DiagnosticKind{id, group, Severity::severity, summary},
    GONGWEN_DIAGNOSTICS(GONGWEN_DIAG_KIND)
#undef GONGWEN_DIAG_KIND
};

constexpr std::array<std::string_view, 6> kSteps{"read", "clean", "split", "classify", "process", "extract"};

}  // namespace

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "warning";
}

const DiagnosticKind& kind_of(Diag d) { return kKinds[static_cast<std::size_t>(d)]; }

std::span<const DiagnosticKind> diagnostic_kinds() { return kKinds; }

std::string step_of(std::string_view id, std::string_view fallback) {
  std::string_view head = id.substr(0, id.find('.'));
  for (auto s : kSteps)
    if (s == head) return std::string(s);
  return std::string(fallback);
}

std::optional<std::string> handler_diagnostic_id(std::string_view handler, std::string_view what) {
  std::string id = "handler." + std::string(handler);
  if (what.empty()) return id;
  if (what.size() > 64 || what.front() == '.' || what.back() == '.') return std::nullopt;
  for (char c : what)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.')) return std::nullopt;
  return id + "." + std::string(what);
}

}  // namespace gongwen::host
