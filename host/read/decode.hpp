// Turns the bytes of a file into UTF-8: BOM, UTF-8 validation, and ICU
// charset detection + conversion for everything else (GB18030/GBK, ...).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.hpp"

namespace gongwen::host {

struct DecodeResult {
  bool ok = false;
  std::string error;     // why the bytes are not a text we can read
  std::string text;      // UTF-8
  std::string encoding;  // utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, ...
  struct Warning {
    std::size_t offset;  // byte offset in text
    Diag id;
    std::string message;
  };
  std::vector<Warning> warnings;
};

DecodeResult decode(std::string_view bytes);
// Bytes whose charset their container declares (a MIME part's charset=): the
// declaration is tried first when the bytes are not UTF-8, detection after.
DecodeResult decode(std::string_view bytes, std::string_view declared_charset);

// Offset of the first invalid UTF-8 sequence, or npos when s is valid.
std::size_t first_invalid_utf8(std::string_view s);

}  // namespace gongwen::host
