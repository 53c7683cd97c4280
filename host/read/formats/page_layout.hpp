// Fixed-layout pages (PDF, OFD) back into paragraphs: positioned pieces of
// text → lines → columns → paragraphs, with page furniture (running heads,
// folios) recognised by position and repetition across pages.
//
// Invariants:
//  - coordinates are points with the origin at the top left of the page;
//  - a piece belongs to one line, a line to one column of one page;
//  - paragraph breaks come from geometry only (first-line indent, vertical
//    gap, short previous line, change of size or weight, centring), never
//    from the words, so the cleaner can trust one paragraph per line;
//  - dropped furniture is counted in the notes, never silently.
#pragma once

#include <string>
#include <vector>

#include "read/formats/formats.hpp"

namespace gongwen::host::formats {

struct TextPiece {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // box; y1 is the bottom (≈ baseline)
  float size_pt = 0;
  bool bold = false;
  std::string font;
  std::string color;  // RRGGBB or ""
  std::string text;   // UTF-8
  bool space_after = false;
};

struct PageText {
  double width = 595, height = 842;
  std::vector<TextPiece> pieces;
};

// Accumulates pages one at a time (a page's pieces are dropped once its
// lines are built) and writes paragraphs into `out` at finish().
class PageLayout {
 public:
  void add_page(PageText page);
  void finish(Extracted& out);

  struct Line {
    double x0, y0, x1, y1;
    float size_pt;
    bool bold;
    std::string font, color, text;
    std::uint32_t page;
    int column;  // 0 single, 1 left, 2 right
  };

 private:
  struct Page {
    double width, height;
    std::vector<Line> lines;
  };
  std::vector<Page> pages_;
  std::size_t folios_ = 0, binding_ = 0;
  double doc_left_ = 0, doc_right_ = 0;
};

}  // namespace gongwen::host::formats
