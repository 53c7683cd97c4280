// How a text's lines were broken (one paragraph a line, hard wraps at a
// width, one long line), from the lengths and shapes of its lines.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::host::clean_detail {

struct Line {
  std::size_t b, e;         // raw line in the input, without '\n' (and '\r')
  std::size_t tb, te;       // trimmed
  std::size_t chars = 0;    // characters of the trimmed line
  bool trailing_ascii_space = false;
  bool leading_space = false;
  bool blank_before = false;
  bool indented = false;    // starts with two or more spaces / one U+3000
  bool item = false;        // a list item: a marker (`1.`, `（二）`) to its clause's end (`；`, `。`)
  bool closes = false;      // ends with a sentence's end (。！？)
  bool prose = false;       // a line of 8 to 60 characters with a comma, stop or colon inside: a sentence's part
  std::uint64_t words = 0;  // a hash of the trimmed text of a line of 10 to 45 characters (0 otherwise)
};

// The input's non-blank lines, in order.
std::vector<Line> split_lines(std::string_view s);

struct LayoutInfo {
  std::string name;
  int width = 0;
  bool trailing_space_marks_paragraphs = false;
  bool indented_paragraphs = false;
  // Hard-wrapped text whose paragraphs open indented and whose wrapped lines do not (pdftotext
  // -layout): an indented line of the full width under a numbered heading that runs to the
  // width opens the heading's paragraph (a heading's own tail, `  研讨会`, is short).
  bool indent_opens_paragraphs = false;
};

// Hard wraps when most lines stop within a couple of characters of one width;
// lines at offsets `own` (ascending: a wrapper's table cells) are not counted.
LayoutInfo layout_of(const std::vector<Line>& lines, const std::vector<std::size_t>& own = {});

}  // namespace gongwen::host::clean_detail
