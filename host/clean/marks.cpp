// The marks of print (see marks.hpp).
#include "clean/marks.hpp"

#include <cctype>
#include <gongwen/text.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace gongwen::host::clean_detail {

namespace text = gongwen::text;

std::optional<TrailingDate> trailing_date(std::string_view t) {
  bool wide = text::ends_with(t, "）");
  if (!wide && !text::ends_with(t, ")")) return std::nullopt;
  std::size_t o_wide = t.rfind("（"), o_narrow = t.rfind('(');  // the last bracket opened, either width
  std::size_t open = o_wide == std::string_view::npos ? o_narrow : o_narrow == std::string_view::npos ? o_wide : std::max(o_wide, o_narrow);
  if (open == std::string_view::npos) return std::nullopt;
  std::size_t from = open + (t[open] == '(' ? 1 : 3), to = t.size() - (wide ? 3 : 1);
  if (from > to) return std::nullopt;
  std::string_view inside = t.substr(from, to - from);
  auto d = text::parse_date_at(inside, 0);
  if (!d || !d->year || d->begin != 0) return std::nullopt;
  return TrailingDate{open, *d, d->end == inside.size()};
}

std::size_t bracket_item_end(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
  std::size_t digits = i;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  if (i == digits || i - digits > 4) return std::string_view::npos;
  if (t.compare(i, 1, ")") == 0) ++i;
  else if (t.compare(i, 3, "）") == 0) i += 3;
  else return std::string_view::npos;
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
  return i < t.size() ? i : std::string_view::npos;
}

text::Marker item_marker(std::string_view t) {
  if (auto m = text::parse_marker(t)) return m;
  std::size_t at = bracket_item_end(t);
  if (at == std::string_view::npos) return {};
  std::size_t d = t.find_first_of("0123456789");
  return {text::MarkerFamily::arabic_paren, std::atoll(std::string(t.substr(d, 4)).c_str()), at, t.substr(0, at)};
}
using text::is_space;
using text::next_cp;
using text::prev_cp;
using text::last_cp;

bool dateline(std::string_view t) {
  t = text::trim(t);
  if (text::char_count(t) > 30) return false;
  auto d = text::parse_date_at(t, 0);
  if (!d || !d->day || d->begin != 0) return false;
  std::string_view rest = text::trim(t.substr(d->end));
  if (text::char_count(rest) > 12) return false;  // a source's name, not the sentence a wrapped line goes on with
  for (std::string_view m : {"，", "。", "；", ",", "：", "、"})
    if (rest.find(m) != std::string_view::npos) return false;
  return true;
}

// A line of rule characters only (`————`, `～～～`, `===`, `◆◆◆`).
bool rule_line(std::string_view t) {
  std::size_t n = 0;
  for (std::size_t k = 0; k < t.size();) {
    char32_t c = next_cp(t, k);
    if (is_space(c)) continue;
    if (!(c == U'—' || c == U'～' || c == U'-' || c == U'=' || c == U'─' || c == U'━' || c == U'◆' || c == U'*' || c == U'＊' ||
          c == U'－' || c == U'_' || c == U'＝'))
      return false;
    ++n;
  }
  return n >= 6;
}

std::optional<PagedEntry> speaker_paged_entry(std::string_view t) {
  t = text::trim(t);
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
    // (The page number is three digits at most: the bracket that opens it is among the last bytes.)
    if (!text::ends_with(t, close)) continue;
    std::size_t tail = t.size() > 12 ? t.size() - 12 : 0, o = t.substr(tail).rfind(open);
    if (o == std::string_view::npos) continue;
    o += tail;
    std::string_view n = t.substr(o + open.size(), t.size() - o - open.size() - close.size());
    if (n.empty() || n.size() > 3 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    std::string_view head = text::trim(t.substr(0, o));
    std::size_t leader = head.size();
    for (std::size_t k = head.size(), seen = 0; k > 0 && seen < 6;) {  // back over the name, up to the leader or a space
      std::size_t at = k;
      char32_t c = prev_cp(head, at);
      if (leader_char(c) || (is_space(c) && seen >= 2)) {
        leader = k;
        break;
      }
      if (!text::is_han(c) && !is_space(c)) break;
      k = at, seen += !is_space(c);
    }
    // (Any two to four Han characters after the leader: OCR and rare surnames, `丘学科`, fail a list.)
    std::string name = text::strip_spaces(head.substr(leader));
    if (leader == head.size() || text::char_count(name) < 2 || text::char_count(name) > 4 || text::han_count(name) != text::char_count(name)) continue;
    std::size_t j = leader, dots = 0;
    for (std::size_t k = j; k > 0;) {
      std::size_t at = k;
      char32_t c = prev_cp(head, at);
      if (!leader_char(c) && !is_space(c)) break;
      dots += 1;
      j = k = at;
    }
    if (dots < 1 || j == 0) continue;
    return PagedEntry{text::trim(head.substr(0, j)), std::stoi(std::string(n))};
  }
  return std::nullopt;
}

bool contents_line(std::string_view t) {
  if (speaker_paged_entry(t)) return true;
  std::size_t e = t.size();
  while (e > 0 && is_space(last_cp(t.substr(0, e)))) {
    std::size_t k = e;
    prev_cp(t, k);
    e = k;
  }
  std::size_t d = e;
  while (d > 0 && std::isdigit(static_cast<unsigned char>(t[d - 1]))) --d;
  if (d == e || e - d > 4) return false;
  std::size_t leader = 0;
  for (std::size_t k = d; k > 0;) {
    char32_t c = prev_cp(t, k);
    if (is_space(c)) continue;
    if (!leader_char(c) && c != U'-') break;
    leader += c == U'…' || c == U'⋯' ? 4 : 1;  // (one ellipsis is a leader of its own: `…实施办法（试行）…53`)
  }
  return leader >= 4;
}

// Four or more spaces between two visible characters: columns set apart.
bool has_wide_gap(std::string_view t) {
  std::size_t run = 0;
  bool seen = false;
  for (std::size_t k = 0; k < t.size();) {
    char32_t c = next_cp(t, k);
    if (is_space(c)) {
      ++run;
      continue;
    }
    if (seen && run >= 4) return true;
    seen = true;
    run = 0;
  }
  return false;
}

// Magazines say 页, newspapers 版; the number may be written in Chinese.
std::optional<ContinuationNote> continuation_note(std::string_view p, std::size_t open) {
  static const std::array<std::pair<std::string_view, bool>, 7> words = {
      {{"下转", true}, {"转下", true}, {"上接", false}, {"接上", false}, {"紧接", false}, {"转", true}, {"接", false}}};
  std::size_t j = open + (p[open] == '(' ? 1 : 3);
  auto skip_space = [&] {
    for (std::size_t m = j; j < p.size(); j = m)
      if (!is_space(next_cp(p, m))) break;
  };
  skip_space();
  ContinuationNote c;
  bool found = false;
  for (auto [w, fwd] : words)
    if (p.substr(j, w.size()) == w) {
      c.forward = fwd;
      j += w.size();
      found = true;
      break;
    }
  if (!found) return std::nullopt;
  skip_space();
  if (p.substr(j, 3) == "第") j += 3;
  skip_space();
  std::size_t nb = j;
  for (std::size_t m = j; j < p.size(); j = m) {
    char32_t ch = next_cp(p, m);
    if (text::cn_digit(ch) < 0 && text::cn_unit(ch) != 10) break;
  }
  auto n = text::parse_number(p.substr(nb, j - nb));
  if (!n || *n <= 0 || *n > 999) return std::nullopt;
  c.page = *n;
  skip_space();
  if (p.substr(j, 3) == "页") c.unit = "页";
  else if (p.substr(j, 3) == "版") c.unit = "版";
  else return std::nullopt;
  j += 3;
  skip_space();
  std::size_t m = j;
  char32_t close = j < p.size() ? next_cp(p, m) : 0;
  if (close != U'）' && close != ')') return std::nullopt;
  c.end = m;
  return c;
}

}  // namespace gongwen::host::clean_detail
