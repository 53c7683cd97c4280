// Saved web pages: libxml2's HTML parser, body text with paragraph breaks,
// <title> and the publication date kept as fields.
#pragma once

#include <string_view>

namespace gongwen::host {
struct Unwrapped;
Unwrapped unwrap_html(std::string_view decoded);
}  // namespace gongwen::host
