// The interactive host. See docs/repl.md.
#include "cli/repl.hpp"

#include <cstdio>

namespace gongwen::host::cli {
int cmd_repl(const Common&, const std::string&) {
  std::fprintf(stderr, "gongwen: the REPL is not available in this build\n");
  return kUsage;
}
}  // namespace gongwen::host::cli
