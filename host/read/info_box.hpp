// A government page's information box copied as text (see info_box.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gongwen::host {

struct InfoBox {
  std::size_t first = 0, last = 0;  // the box's lines: indexes into the lines given, both included
  std::vector<std::pair<std::string, std::string>> pairs;  // label (spaces dropped) and value, as printed
};

// The box among `lines` (trimmed, non-empty, in order) starting within the
// first `head` of them, or none: labels of a document's record (`索引号`,
// `发文字号`, `成文日期`, `发文机关`…), three at least, one a document's own,
// each with its value after its colon or on the line below, or none.
// Whether `name` (spaces and colon dropped) is a label of a document's record (`索引号`, `發文機關`).
bool record_label(std::string_view name);

bool find_info_box(const std::vector<std::string_view>& lines, std::size_t head, InfoBox& box);

}  // namespace gongwen::host
