// Numbers shredded onto lines of their own (shredded.cpp).
#pragma once

#include <string_view>
#include <vector>

#include "clean/layout.hpp"

namespace gongwen::host::clean_detail {

// Whether the text's numbers stand on lines of their own, cut from the words
// around them (`2021` / `年` / `2` / `月`): twice at least a line of digits with
// a date's unit opening the next kept line.
bool numbers_shredded(std::string_view input, const std::vector<Line>& lines, const std::vector<char>& keep);

// In such a text, whether line `t` continues `prev` (`next`: the line after `t`):
// a number's fragment (`2021`, `〕`, `年…` after digits) is glued back to the text
// it was cut from, unless the line before ends a sentence or is a heading, or the
// number opens a date standing alone (`2021` / `年` / `2` / `月`: a signature's).
bool shred_continues(std::string_view prev, std::string_view t, std::string_view next);

}  // namespace gongwen::host::clean_detail
