// Texts folded for comparison: NFKC (full- and half-width forms, compatibility
// characters as their plain forms), so that a reprint or a revision that only
// changes widths, spacing or layout compares equal.
#pragma once

#include <string>
#include <string_view>

namespace gongwen::host {

// The text in NFKC, UTF-8 (the text itself if ICU fails).
std::string nfkc(std::string_view s);
// Code points of the NFKC text without whitespace and zero-width marks, and
// without punctuation too when `drop_punctuation`.
std::u32string folded(std::string_view s, bool drop_punctuation);

}  // namespace gongwen::host
