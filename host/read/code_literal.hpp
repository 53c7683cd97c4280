// A document kept as a string literal in a program's source: test data, a demo's input
// (`String text = "成都市公安局\n" + "关于…的通告\n" + …;` in a .java file).
#pragma once

#include <string_view>

#include "read/wrappers.hpp"

namespace gongwen::host {

// Decodes the escapes of a C-family string literal (\n, \t, \", \uXXXX, \xHH), mapping
// each output byte to the source byte that produced it; `base`: s's offset in the source.
void unescape_literal(std::string_view s, std::size_t base, MappedTextBuilder& out);

// The source of a program (its first code line a package, import, class, function…) whose
// longest run of literals joined by `+` holds a document: that run, decoded, is the text.
// False when the source holds no such run (then it is read as what it is).
bool unwrap_code_literal(std::string_view decoded, Unwrapped& u);

}  // namespace gongwen::host
