// Title blocks (title_blocks.cpp): the starts of articles found from title
// shapes and the evidence around them, for a container without contents.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "split/lines.hpp"

namespace gongwen::host::split_detail {

// What title_blocks found beside the starts.
struct TitleBlockFacts {
  float body_pt = 0;                   // the body's type size (0 when the format carries none)
  std::size_t bulletin_items = 0;      // a bulletin's items under its masthead (0 when it is none)
  std::size_t digest_items = 0;        // a news digest's items under its heading
  std::string digest;                  // the line that names the digest
  std::vector<std::size_t> untitled;   // starts that open an untitled item (its own paragraph)
  std::vector<std::size_t> items;      // the bulletin's or the digest's items, when it reads as one
};

// Paragraph indexes where articles start. Evidence lines go to doc.split_evidence.
std::vector<std::size_t> title_blocks(Document& doc, const std::vector<Para>& ps, std::size_t toc_b, std::size_t toc_e,
                                      TitleBlockFacts& facts);

// A bulletin's masthead among the first lines: an issue number and a bulletin's name
// (`工作简报`, `第3期`); the name's line goes to `name` when asked for.
bool bulletin_masthead(const std::vector<Para>& ps, std::string* name = nullptr);

// A news digest's heading (digest.cpp): the page's title or one of its first lines names
// one (`青年早新闻`, `2017年6月10日时政要闻`, `每周大事（…）`).
bool digest_heading_line(std::string_view line);
bool digest_heading(const Document& doc, const std::vector<Para>& ps, std::string* line = nullptr);
// A digest's untitled items: paragraphs its list's marks open, three at least, numbered in
// order or marked alike (`1、9月20日…`, `◆9月23日，我县…`, a numeral alone over its paragraph).
std::vector<std::size_t> digest_paragraph_items(const std::vector<Para>& ps);
// A media item's credit in place of its text (`剪辑：某某　素材：…`).
bool media_credit(std::string_view t);
// A numeral alone on its line (`01`, `3`): a digest's item number over the item.
bool bare_numeral(std::string_view t);
// A title without the bullet a list or a digest opens it with (`■`, `>>`, `▌`, `●`), or the brackets around it (`【…】`).
std::string_view strip_bullet(std::string_view title);
// Paragraph i closes a list of three bulleted lines or more (a digest's 提要).
bool ends_bulleted_list(const std::vector<Para>& ps, std::size_t i);

// The paragraph after the title block that starts at j: its date line,
// byline or subtitle; j + 1 when the title is one line.
std::size_t title_run_end(const std::vector<Para>& ps, std::size_t j);

}  // namespace gongwen::host::split_detail
