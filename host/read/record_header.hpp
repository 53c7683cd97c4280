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

// The same record as a Markdown export of a policy database writes it, from
// offset `from`: an optional `# title` heading, `**发布日期**: …` or
// `- **发布机构**：…` lines (at least three known labels, in markup or closed
// by a rule such as `---` or `## 政策全文`). Returns its end and sets `begin`
// (the heading's offset when there is one), or returns 0; values go to
// u.fields as above, the heading as the title when no label names one.
// Every pair of the block is kept as printed in u.fields.record.
std::size_t markdown_record(std::string_view s, std::size_t from, std::size_t& begin, Unwrapped& u);

// `#标题`: a Markdown heading written without its space, as Chinese writers
// often leave it (`level` marks, then a Han character); not a hashtag
// (`#两会时间#政府工作报告提出…`, closed by another #) nor a sentence.
bool glued_heading(std::string_view line, std::size_t level);

}  // namespace gongwen::host
