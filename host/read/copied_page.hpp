// A web page copied as plain text (selected in a browser and pasted into a
// .txt, or saved as "text only"): the page's trail, its info line and its
// footer stand around the article as lines of text.
#pragma once

#include <string_view>

#include "read/wrappers.hpp"

namespace gongwen::host {

// True when `s` reads as such a copy; then `u` holds the article's lines
// (the page's own lines dropped, each kept line at its offset) and the
// page's facts (page_date, source, page_column, site) as the HTML reader
// would give them. Plain text without two marks of a page is left alone.
bool unwrap_copied_page(std::string_view s, Unwrapped& u);

// The credits closing a post, a role a line, three at least (`文 字丨某某学院办公室` / `责 编丨某某` /
// `终 审丨某某`): the offset where they begin, each role and its names in `credits`; npos when the
// text ends otherwise.
std::size_t closing_credits(std::string_view s, Json& credits);

}  // namespace gongwen::host
