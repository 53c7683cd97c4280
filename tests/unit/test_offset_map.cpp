// Positions in the source from offsets in the cleaned text, checked against a
// direct count, on lines long enough to span many of the map's character
// blocks (the column index must agree with counting from the line start).
#include <catch2/catch.hpp>

#include <string>

#include "model/offset_map.hpp"

using namespace gongwen::host;

namespace {
// Column of byte `src` counted the slow, obvious way.
std::uint32_t column_by_scan(const std::string& s, std::size_t src) {
  std::size_t start = s.rfind('\n', src == 0 ? 0 : src - 1);
  start = (start == std::string::npos || start >= src) ? 0 : start + 1;
  std::uint32_t col = 1;
  for (std::size_t i = start; i < src; ++i) col += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return col;
}
}  // namespace

TEST_CASE("offset map: columns on long mixed-width lines agree with a scan") {
  std::string src;
  // One 40 KB line of two-, three- and one-byte characters, a short line, and
  // a line that ends exactly at the end of the source.
  for (int i = 0; i < 10000; ++i) src += (i % 3 == 0) ? "中文" : (i % 3 == 1 ? "ab" : "é·");
  src += "\n第二行\n";
  for (int i = 0; i < 1024; ++i) src += "x";
  OffsetMap map(src);
  map.add_copy(0, 0, src.size());
  for (std::size_t p : {std::size_t{0}, std::size_t{1023}, std::size_t{1024}, std::size_t{1027}, std::size_t{20000},
                        src.find("第二行"), src.find("第二行") + 3, src.size() - 1, src.size()}) {
    // Only character boundaries are asked for by the pipeline.
    while (p < src.size() && (static_cast<unsigned char>(src[p]) & 0xC0) == 0x80) ++p;
    INFO("byte " << p);
    auto pos = map.position(p);
    CHECK(pos.column == column_by_scan(src, p));
  }
  CHECK(map.position(src.find("第二行")).line == 2);
  CHECK(map.position(src.find("第二行")).column == 1);
  CHECK(map.position(src.size() - 1).line == 3);
}
