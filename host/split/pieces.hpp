// A collection that numbers its pieces (pieces.cpp): `第1篇`, `篇一：…`, `范文二`.
#pragma once

#include <string>
#include <vector>

#include "split/lines.hpp"

namespace gongwen::host::split_detail {

struct Piece {
  std::size_t para;   // the paragraph of its marker
  int number;         // 1, 2, …
  std::string title;  // the words after the marker (`篇一：2024年工作总结` → `2024年工作总结`), else the marker's line
};

// The pieces of a collection that numbers them one by one from the first, two
// at least, each with a body; empty when the text is no such collection.
std::vector<Piece> numbered_pieces(const std::vector<Para>& ps);

}  // namespace gongwen::host::split_detail
