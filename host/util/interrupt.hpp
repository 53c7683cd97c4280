// A process-wide interrupt request (Ctrl-C in the REPL). Long work checks it:
// the runner between documents, Lua scripts through the count hook.
#pragma once

#include <atomic>

namespace gongwen::host {
inline std::atomic<bool>& interrupt_requested() {
  static std::atomic<bool> flag{false};
  return flag;
}
struct Interrupted : std::exception {
  const char* what() const noexcept override { return "interrupted"; }
};
}  // namespace gongwen::host
