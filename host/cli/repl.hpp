// The interactive host (`gongwen repl`).
#pragma once

#include <string>

#include "cli/commands.hpp"

namespace gongwen::host::cli {
int cmd_repl(const Common& c, const std::string& job);
}
