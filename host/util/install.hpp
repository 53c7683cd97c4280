// Where the running program and the data shipped with it are: the build
// tree (build/bin/…) or an installation (<prefix>/bin, <prefix>/share/gongwen).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace gongwen::host {

// Directory of the running executable.
std::filesystem::path executable_dir();
// A folder of data shipped with the program (`terms`, `report`): beside the
// executable in the build tree, under <prefix>/share/gongwen when installed;
// empty when neither exists.
std::string shipped_dir(std::string_view name);

}  // namespace gongwen::host
