// Running heads (running_heads.cpp): the issue and the folio a magazine prints at each page's
// head or foot, and the unchanging head of a book's pages as pdftotext writes them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "clean/layout.hpp"

namespace gongwen::host::clean_detail {

struct NumberedHead {
  std::string key;                 // the line with its numbers as `#`, spaces removed
  std::vector<std::size_t> lines;  // where it stands (indexes into the lines given)
};

// Lines still kept that are one running head printed with changing numbers
// (`2024年第3期　某某青年　10`, `某某青年　13`, …, `16`).
std::vector<NumberedHead> numbered_running_heads(std::string_view input, const std::vector<Line>& lines, const std::vector<char>& keep);

// Lines still kept that open or close pdftotext's pages (after or before a form feed) with the same
// words on many pages (`某某大学 2025 学生手册`), where they stand at a page's edge.
std::vector<NumberedHead> page_edge_heads(std::string_view input, const std::vector<Line>& lines, const std::vector<char>& keep);

}  // namespace gongwen::host::clean_detail
