// Title blocks (title_blocks.cpp): the starts of articles found from title
// shapes and the evidence around them, for a container without contents.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "split/lines.hpp"

namespace gongwen::host::split_detail {

// Paragraph indexes where articles start; body_pt is the body's type size
// (0 when the format carries none); bulletin_items the number of a bulletin's
// items found under its masthead (0 when it is none). Evidence lines go to doc.split_evidence.
std::vector<std::size_t> title_blocks(Document& doc, const std::vector<Para>& ps, std::size_t toc_b, std::size_t toc_e, float& body_pt,
                                      std::size_t& bulletin_items);

// A bulletin's masthead among the first lines: an issue number and a bulletin's name
// (`工作简报`, `第3期`); the name's line goes to `name` when asked for.
bool bulletin_masthead(const std::vector<Para>& ps, std::string* name = nullptr);

// The paragraph after the title block that starts at j: its date line,
// byline or subtitle; j + 1 when the title is one line.
std::size_t title_run_end(const std::vector<Para>& ps, std::size_t j);

}  // namespace gongwen::host::split_detail
