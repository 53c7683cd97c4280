// What the two halves of the flattened-document reader share
// (flattened_head.cpp cuts the head: masthead, number, title, 主送;
// flattened.cpp the tail: signature, date, 附注, and puts them together).
#pragma once

#include <gongwen/text.hpp>

#include <string_view>
#include <vector>

#include "elements.hpp"

namespace gongwen::official::flat {

using structure::Paragraph;

// Byte position after the first `n` characters of s (or s.size()).
inline std::size_t after_chars(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < n && i < s.size(); ++k) gongwen::text::next_cp(s, i);
  return i;
}

inline void push(std::vector<Paragraph>& out, const Paragraph& p, std::size_t b, std::size_t e) {
  auto piece = gongwen::text::trim(p.text.substr(b, e - b));
  if (!piece.empty()) out.push_back({piece, p.offset + static_cast<std::size_t>(piece.data() - p.text.data())});
}

// Where a `…：` 主送 line ends (after its colon), or npos.
std::size_t recipients_end(std::string_view t, std::size_t pos);
// A 主送 line: organs or a person, not the body's `现将有关事项通知如下：`.
bool addressee_like(std::string_view head);
// `…的复函国办函〔2004〕20号`: a title with its number glued after it, alone.
bool title_then_number(std::string_view line);
// `…的通报各市人民政府：`, `【关于…的通知】为进一步…`: a title run on into its 主送 or body.
bool title_then_text(std::string_view line);
// `关于…` / `…的请示最高人民法院：`: where the title wrapped onto `line` ends in it, or npos.
std::size_t wrapped_title_end(std::string_view above, std::string_view line);
// Cuts the head of a long first paragraph (masthead, number, title, 主送);
// false when no 文种 title starts near its start.
bool cut_head(const Paragraph& p, std::vector<Paragraph>& out, bool& took_recipients);

}  // namespace gongwen::official::flat
