// Fuzz target: reading (decode, unwrap, clean) and serialising any bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/document.hpp"
#include "read/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gongwen::host;
  auto doc = read_bytes("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
  auto r = to_record(doc, true);
  // Every position must map back into the source.
  for (std::size_t i = 0; i < doc.text.size(); i += 97) (void)doc.line_of(i);
  (void)r.dump(-1, ' ', false, Json::error_handler_t::replace);
  return 0;
}
