// A document number printed after its label (`发文字号：…`, `编号：…`, `安全公告编号:CNTA-2024-0011`),
// the line all label and number. The label says what the value is, so values the number
// grammar of numbers.cpp does not know are taken whole: a series with a sub-series in
// brackets, or a coded number of letters, year and serial that a national platform gives
// its bulletins.
//
// Invariants: the line starts with its label and a colon; a label other than the plain
// number labels must name a bulletin's 文种 before its 编号 (`安全公告编号`, `通告编号`), so a
// project's, a tender's, a test report's or a contract's 编号 is never taken; a value without a
// year is never taken.
#include "detail.hpp"
#include "elements.hpp"

namespace gongwen::official {

namespace tx = gongwen::text;

namespace detail {

namespace {

// The value after the label and its colon, trimmed; empty when the line has no number label.
std::string_view labelled_value(std::string_view t) {
  std::string_view q = tx::trim(t);
  std::string_view rest;
  for (std::string_view l : {"发文字号", "发布文号", "发文文号", "颁布文号", "文件字号", "文件编号", "文号", "编号", "字号"})
    if (q.starts_with(l)) {
      rest = tx::trim(q.substr(l.size()));
      break;
    }
  if (rest.empty()) {
    // A 文种's own number label (`安全公告编号`): the words before 编号 end in a 文种.
    auto at = q.find("编号");
    if (at == std::string_view::npos || at == 0 || tx::char_count(q.substr(0, at)) > 8) return {};
    // (A bulletin's 文种 only, 公告, 通告, 通报: a test report's or a tender's 编号 numbers no document.)
    std::string_view words = q.substr(0, at);
    bool typed = false;
    for (std::string_view type : {"公告", "通告", "通报"}) typed |= tx::ends_with(words, type);
    for (std::string_view other : {"招标", "采购", "检验", "检测", "中标", "拍卖"}) typed = typed && !tx::contains(words, other);
    if (!typed) return {};
    rest = tx::trim(q.substr(at + 6));
  }
  if (rest.starts_with("：")) rest.remove_prefix(3);
  else if (rest.starts_with(":")) rest.remove_prefix(1);
  else return {};
  return tx::trim(rest);
}

// `CNTA-2024-0011`: two or more capital letters, the year and the serial, parted by hyphens.
std::optional<DocNumber> coded_number(std::string_view v) {
  std::size_t i = 0;
  while (i < v.size() && v[i] >= 'A' && v[i] <= 'Z') ++i;
  if (i < 2 || i > 8 || i + 1 >= v.size() || v[i] != '-') return std::nullopt;
  std::size_t y = i + 1, e = y;
  while (e < v.size() && v[e] >= '0' && v[e] <= '9') ++e;
  if (e - y != 4 || e + 1 >= v.size() || v[e] != '-') return std::nullopt;
  int year = std::stoi(std::string(v.substr(y, 4)));
  std::size_t n = e + 1, m = n;
  while (m < v.size() && v[m] >= '0' && v[m] <= '9') ++m;
  if (year < 1949 || year > 2100 || m != v.size() || m - n < 1 || m - n > 6) return std::nullopt;
  DocNumber d;
  d.org = std::string(v.substr(0, i));
  d.year = year;
  d.number = std::stoll(std::string(v.substr(n)));
  return d;
}

}  // namespace

// A number printed after its label (`编号：南宁站[2025]（通知）钦防二线08号`, `文号：…`): the
// label says what it is, so a series the number grammar does not know (a
// sub-series in brackets, a project's name after the year) is taken whole:
// the organisation before the bracketed year, the number before 号.
std::optional<DocNumber> labelled_number(std::string_view t, std::size_t base) {
  std::string_view value = labelled_value(t);
  if (value.empty()) return std::nullopt;
  if (auto coded = coded_number(value)) {
    coded->found = {std::string(value), base + static_cast<std::size_t>(value.data() - t.data())};
    return coded;
  }
  if (!tx::ends_with(value, "号") || tx::char_count(value) > 40 || tx::char_count(value) < 6) return std::nullopt;
  DocNumber d;
  std::size_t series = 0;
  // The bracketed year: the first bracket holding four digits of a year.
  for (std::size_t i = 0; i < value.size();) {
    std::size_t open = i;
    char32_t c = tx::next_cp(value, i);
    if (!tx::year_bracket_open(c)) continue;
    long long year = 0;
    std::size_t digits = 0, end = i;
    for (std::size_t k = end; k < value.size();) {
      char32_t dc = tx::next_cp(value, k);
      if (!is_digit_cp(dc)) break;
      year = year * 10 + digit_value(dc), end = k, ++digits;
    }
    std::size_t after = end;
    if (digits != 4 || year < 1949 || year > 2100 || after >= value.size() || !tx::year_bracket_closing(tx::next_cp(value, after))) continue;
    d.year = static_cast<int>(year);
    d.org = std::string(tx::trim(value.substr(0, open)));
    series = after;
    break;
  }
  if (!d.year || d.org.empty()) return std::nullopt;
  auto [num, nstart] = back_number(value, back_spaces(value, value.size() - 3));
  if (num < 0 || nstart < series) return std::nullopt;
  // The sub-series between the year and the number (`（通知）钦防二线`) belongs
  // to the organisation's code: two series' 8号 of a year are two documents.
  std::size_t series_end = back_spaces(value, nstart);
  if (value.substr(0, series_end).ends_with("第")) series_end -= 3;
  d.org = squeeze(d.org + std::string(value.substr(series, series_end - series)));
  d.number = num;
  d.found = {std::string(value), base + static_cast<std::size_t>(value.data() - t.data())};
  return d;
}

}  // namespace detail

}  // namespace gongwen::official
