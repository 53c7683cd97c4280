// A rule issued as a 文件 keeps the furniture of one: the number under the masthead, over the
// rule's name (`教指委[2003]2号`), and the 版记's last line, who printed it and when
// (`MPA秘书处办公室 二OO三年十月十六日印发`). A rule that states no date of its own is dated by
// its printing.
//
// Invariants: the number is a line of its own in the head, above the title, a year's bracket
// and 号 in it; the printing is one of the last lines, a date right before its closing 印发.
#include "titles.hpp"

#include <algorithm>

namespace regulation_titles {

namespace tx = gongwen::text;

std::string masthead_number(const std::vector<gongwen::structure::Paragraph>& ps, std::string_view title) {
  std::string name = tx::strip_spaces(title);
  for (std::size_t i = 0; i < ps.size() && i < 6; ++i) {
    std::string q = tx::strip_spaces(ps[i].text);
    if (q.empty() || (!name.empty() && tx::starts_with(name, q))) break;  // the title's line: the head is over
    if (tx::char_count(q) <= 24 && document_number_shaped(q)) return q;
  }
  return {};
}

std::optional<Printing> printing(const std::vector<gongwen::structure::Paragraph>& ps) {
  for (std::size_t i = ps.size(); i-- > 0 && i + 4 >= ps.size();) {
    std::string q = tx::fold_zeros(tx::trim(ps[i].text));
    if (!tx::ends_with(q, "印发") || tx::char_count(q) > 60) continue;
    std::string_view before = std::string_view(q).substr(0, q.size() - std::string_view("印发").size());
    before = tx::trim(before);
    for (std::size_t p = 0; p < before.size();) {
      auto d = tx::parse_date_at(before, p);
      if (d && d->year && d->month && d->day && d->end == before.size()) {
        Printing out;
        out.by = std::string(tx::trim(before.substr(0, d->begin)));
        out.on = d->iso();
        return out;
      }
      tx::next_cp(before, p);
    }
  }
  return std::nullopt;
}

bool document_number_shaped(std::string_view t) {
  if (!tx::ends_with(t, "号")) return false;
  for (std::size_t i = 0; i < t.size();)
    if (tx::year_bracket_open(tx::next_cp(t, i)) && t.size() >= i + 4 &&
        std::all_of(t.begin() + static_cast<std::ptrdiff_t>(i), t.begin() + static_cast<std::ptrdiff_t>(i + 4), [](char c) { return c >= '0' && c <= '9'; }))
      return true;
  return false;
}

}  // namespace regulation_titles
