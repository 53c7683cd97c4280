// Fuzz target: every common extractor and the SDK text helpers.
#include <cstddef>
#include <cstdint>
#include <string>

#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include "extract/extractors.hpp"
#include "read/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gongwen::host;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto doc = read_bytes("fuzz.txt", bytes);
  ExtractContext ctx{"2018-10-31", builtin_slogans()};
  run_extractors(doc, {}, ctx);
  // The header-only helpers plugins use, on raw (possibly invalid) UTF-8.
  namespace tx = gongwen::text;
  (void)tx::parse_number(bytes.substr(0, 64));
  (void)tx::find_full_date(bytes);
  (void)tx::parse_marker(bytes);
  (void)tx::trim(bytes);
  (void)tx::strip_spaces(bytes);
  auto ps = gongwen::structure::paragraphs(bytes);
  (void)gongwen::structure::heading_tree(ps);
  return 0;
}
