// The record header a crawler writes above the text it saved: `标题: …`,
// `发布时间: …`, `文号: …`, `原文链接: …` lines, then a separator such as
// `==== 正文 ====`. The header describes the page the text came from; the
// document starts after the separator.
#pragma once

#include <string_view>

#include "read/wrappers.hpp"

namespace gongwen::host {

// The offset where the document starts after a record header, or 0 when the
// text does not begin with one; the header's values go to u.fields (title,
// page_date, page_doc_number, url, source, publisher).
std::size_t record_header(std::string_view s, Unwrapped& u);

}  // namespace gongwen::host
