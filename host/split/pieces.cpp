// A collection of sample texts as the writing-sample sites publish them and
// people save them (`工作总结范文（合集3篇）`): each piece opens with a marker that
// counts it — `工作总结范文 第1篇`, `第二篇`, `篇一：某局2024年工作总结`,
// `【篇二】`, `范文3：…` — and runs to the next.
//
// Invariants: markers are short lines of their own; their numbers count 1, 2, 3…
// with none missing or repeated (a speech's `第一篇章` or a book's parts cited in
// prose never do); each piece has a body of 60 characters at least; the page's
// head above the first is short (four lines, 300 characters, no 主送 line).
#include "split/pieces.hpp"

#include <gongwen/text.hpp>

namespace gongwen::host::split_detail {

namespace {

namespace tx = gongwen::text;

// The numeral at the start of s (Arabic or Chinese, up to 3 characters) and its length.
std::optional<long long> numeral(std::string_view s, std::size_t& len) {
  len = 0;
  std::size_t i = 0, n = 0;
  while (i < s.size() && n < 3) {
    std::size_t k = i;
    char32_t c = tx::next_cp(s, k);
    if (!((c >= '0' && c <= '9') || tx::cn_digit(c) >= 0 || c == U'十')) break;
    i = k;
    ++n;
  }
  if (n == 0) return std::nullopt;
  len = i;
  return tx::parse_number(s.substr(0, i));
}

std::string_view after_separator(std::string_view s) {
  for (std::string_view sep : {"：", ":", "、", "】", " ", "　", "."})
    if (tx::starts_with(s, sep)) return tx::trim(s.substr(sep.size()));
  return tx::trim(s);
}

// The piece a line opens, if it is a marker.
std::optional<Piece> marker(std::string_view line) {
  std::string_view t = tx::trim(line);
  if (tx::more_visible_than(t, 60) || t.find("。") != std::string_view::npos) return std::nullopt;
  std::size_t len = 0;
  // `篇一：…`, `【篇二】…`, `范文3：…`, `范文三`
  for (std::string_view lead : {"【篇", "篇", "【范文", "范文"}) {
    if (!tx::starts_with(t, lead)) continue;
    auto n = numeral(t.substr(lead.size()), len);
    if (!n) return std::nullopt;
    std::string_view rest = t.substr(lead.size() + len);
    if (!rest.empty() && !tx::starts_with(rest, "：") && !tx::starts_with(rest, ":") && !tx::starts_with(rest, "】") &&
        !tx::starts_with(rest, "、") && !tx::starts_with(rest, " ") && !tx::starts_with(rest, "　"))
      return std::nullopt;  // `篇章`, `范文库`
    std::string_view title = after_separator(rest);
    return Piece{0, static_cast<int>(*n), std::string(title.empty() ? t : title)};
  }
  // `工作总结范文 第1篇`, `第二篇`, `第3篇：…`
  std::size_t at = t.find("第");
  while (at != std::string_view::npos) {
    auto n = numeral(t.substr(at + 3), len);
    std::string_view rest = n ? t.substr(at + 3 + len) : std::string_view();
    if (n && tx::starts_with(rest, "篇")) {
      rest = tx::trim(rest.substr(3));
      // The count ends the line, or a colon follows it: a plan's part (`第一篇　开启全面建设…`)
      // opens with its number and goes on with its heading, and a `第一篇章` is no count.
      if (rest.empty()) return Piece{0, static_cast<int>(*n), std::string(t)};
      for (std::string_view c : {"：", ":"})
        if (tx::starts_with(rest, c) && !tx::trim(rest.substr(c.size())).empty())
          return Piece{0, static_cast<int>(*n), std::string(tx::trim(rest.substr(c.size())))};
      return std::nullopt;
    }
    at = t.find("第", at + 3);
  }
  return std::nullopt;
}

}  // namespace

std::vector<Piece> numbered_pieces(const std::vector<Para>& ps) {
  std::vector<Piece> out;
  for (std::size_t j = 0; j < ps.size(); ++j) {
    auto p = marker(ps[j].t);
    if (!p) continue;
    if (p->number != static_cast<int>(out.size()) + 1) {
      if (p->number == 1 && out.size() < 2) out.clear();  // a first `第1篇` in a preface's prose
      else continue;
    }
    p->para = j;
    out.push_back(std::move(*p));
  }
  if (out.size() < 2) return {};
  // What stands before the first piece is the page's head (its title, a date, a blurb),
  // not a document that lists readings (`第一篇：《…》`) under its 主送 and opening.
  std::size_t head_chars = 0;
  for (std::size_t j = 0; j < out.front().para; ++j) {
    head_chars += ps[j].chars;
    if (j >= 4 || head_chars > 300 || tx::ends_with(tx::trim(ps[j].t), "：")) return {};
  }
  for (std::size_t a = 0; a < out.size(); ++a) {
    std::size_t end = a + 1 < out.size() ? out[a + 1].para : ps.size(), body = 0;
    for (std::size_t j = out[a].para + 1; j < end; ++j) body += ps[j].chars;
    if (body < 60) return {};
  }
  return out;
}

}  // namespace gongwen::host::split_detail
