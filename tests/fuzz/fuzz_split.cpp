// Fuzz target: container splitting, with and without the table of contents.
#include <cstddef>
#include <cstdint>
#include <string>

#include "read/reader.hpp"
#include "split/splitter.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gongwen::host;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  for (bool toc : {true, false}) {
    auto doc = read_bytes("fuzz.txt", bytes);
    SplitOptions opt;
    opt.use_toc = toc;
    auto r = split(doc, opt);
    for (auto& a : r.articles) {
      (void)a.line_start();
      (void)a.line_end();
    }
  }
  return 0;
}
