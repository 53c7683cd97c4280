// Installation paths (see install.hpp).
#include "util/install.hpp"

#include <system_error>

namespace gongwen::host {

namespace fs = std::filesystem;

fs::path executable_dir() {
  std::error_code ec;
  auto p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::current_path() : p.parent_path();
}

std::string shipped_dir(std::string_view name) {
  auto exe = executable_dir();
  for (auto d : {exe / name, exe.parent_path() / GONGWEN_INSTALL_DATA_DIR / name})
    if (fs::is_directory(d)) return d.string();
  return {};
}

}  // namespace gongwen::host
