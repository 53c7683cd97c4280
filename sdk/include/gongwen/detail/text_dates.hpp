// Dates as Chinese texts write them (part of gongwen/text.hpp: include that).
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <gongwen/detail/text_numerals.hpp>

namespace gongwen::text {

// ---- dates -----------------------------------------------------------------

struct Date {
  int year = 0;   // 0 when the text gives none (year-less `9月27日`)
  int month = 0;  // 0 when absent (`2016年`)
  int day = 0;
  std::size_t begin = 0, end = 0;  // byte span in the scanned text
  std::string iso() const {
    char buf[16];
    if (year && month && day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    else if (year && month) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    else if (year) std::snprintf(buf, sizeof buf, "%04d", year);
    else if (month && day) std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
    else buf[0] = 0;
    return buf;
  }
};

namespace detail {
// Reads a run of numeral characters (Arabic, full-width or Chinese) allowing
// the spaces PDF extraction puts between digits and 年月日.
inline std::optional<long long> read_num(std::string_view s, std::size_t& i, bool chinese_ok) {
  std::size_t j = i;
  while (j < s.size()) { std::size_t k = j; if (!is_space(next_cp(s, k))) break; j = k; }
  std::string digits;
  std::size_t start = j;
  while (j < s.size()) {
    std::size_t k = j;
    char32_t c = next_cp(s, k);
    bool ascii = (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
    if (!(ascii || (chinese_ok && (cn_digit(c) >= 0 || c == U'十')))) break;
    j = k;
  }
  if (j == start) return std::nullopt;
  auto v = parse_number(s.substr(start, j - start));
  if (!v) return std::nullopt;
  while (j < s.size()) { std::size_t k = j; if (!is_space(next_cp(s, k))) break; j = k; }
  i = j;
  return v;
}
inline bool eat(std::string_view s, std::size_t& i, std::string_view lit) {
  if (s.substr(i, lit.size()) == lit) { i += lit.size(); return true; }
  return false;
}
}  // namespace detail

// Parses a date starting exactly at s[pos]: `2018年2月6日`, `2018 年 2 月 6 日`,
// `二〇一八年二月六日`, `2018-09-13`, `2018年9月`, `9月27日`.
inline std::optional<Date> parse_date_at(std::string_view s, std::size_t pos) {
  Date d;
  std::size_t i = pos;
  while (i < s.size()) { std::size_t k = i; if (!is_space(next_cp(s, k))) break; i = k; }
  d.begin = i;
  auto first = detail::read_num(s, i, true);
  if (!first) return std::nullopt;
  if (detail::eat(s, i, "年")) {
    if (*first < 1900 || *first > 2100) return std::nullopt;
    d.year = static_cast<int>(*first);
    std::size_t j = i;
    if (auto m = detail::read_num(s, j, true); m && *m >= 1 && *m <= 12 && detail::eat(s, j, "月")) {
      d.month = static_cast<int>(*m);
      i = j;
      std::size_t k = i;
      if (auto dd = detail::read_num(s, k, true);
          dd && *dd >= 1 && *dd <= 31 && (detail::eat(s, k, "日") || detail::eat(s, k, "号"))) {
        d.day = static_cast<int>(*dd);
        i = k;
      }
    }
  } else if (*first >= 1900 && *first <= 2100 && (s.substr(i, 1) == "-" || s.substr(i, 1) == "." || s.substr(i, 1) == "/")) {
    char sep = s[i];
    std::size_t j = i + 1;
    auto m = detail::read_num(s, j, false);
    if (!m || *m < 1 || *m > 12 || j >= s.size() || s[j] != sep) return std::nullopt;
    ++j;
    auto dd = detail::read_num(s, j, false);
    if (!dd || *dd < 1 || *dd > 31) return std::nullopt;
    d.year = static_cast<int>(*first);
    d.month = static_cast<int>(*m);
    d.day = static_cast<int>(*dd);
    i = j;
  } else if (detail::eat(s, i, "月")) {
    if (*first < 1 || *first > 12) return std::nullopt;
    d.month = static_cast<int>(*first);
    auto dd = detail::read_num(s, i, true);
    if (!dd || *dd < 1 || *dd > 31 || !(detail::eat(s, i, "日") || detail::eat(s, i, "号"))) return std::nullopt;
    d.day = static_cast<int>(*dd);
  } else {
    return std::nullopt;
  }
  // Trailing spaces were consumed by read_num; give them back.
  std::size_t e = i;
  while (e > pos) { std::size_t k = e; if (!is_space(prev_cp(s, k))) break; e = k; }
  d.end = e;
  return d;
}

// Latin O, full-width Ｏ/０ and Greek Ο standing for 〇 in Chinese dates
// (二OO九年, typed on keyboards without 〇). Positions in the result differ
// from s where a replacement changed the byte length.
inline std::string fold_zeros(std::string_view s) {
  auto numeral = [](char32_t c) { return std::u32string_view(U"〇零一二三四五六七八九").find(c) != std::u32string_view::npos; };
  std::string out;
  char32_t before = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t k = i;
    char32_t c = next_cp(s, k);
    // (Or the `?` a page's charset left for 〇 between numerals: `二?一一年`.)
    std::size_t n = k;
    bool lost = c == '?' && numeral(before) && k < s.size() && numeral(next_cp(s, n));
    if (c == 'O' || c == 'o' || c == U'Ｏ' || c == U'０' || c == U'Ο' || lost) out += "〇";
    else out.append(s.substr(i, k - i));
    before = c;
    i = k;
  }
  return out;
}

// A line that is a full date and nothing else (a 成文日期 line): its ISO form.
inline std::optional<std::string> whole_date(std::string_view s) {
  std::string n = fold_zeros(trim(s));
  if (n.empty() || char_count(n) > 24) return std::nullopt;
  auto d = parse_date_at(n, 0);
  if (!d || !d->year || !d->day || d->begin != 0) return std::nullopt;
  // (A dot after it is the typist's, `2014.3.13.`; a sentence's `。` ends a sentence, not a signature.)
  std::string_view rest = trim(std::string_view(n).substr(d->end));
  if (!rest.empty() && rest != ".") return std::nullopt;
  return d->iso();
}

// The brackets a document number's year is printed in. GB/T 9704 prescribes 〔〕; issuers
// type whatever their input method offers: [] （） () 【】 ［］ 〈〉, the small forms ﹝﹞
// (`广股交发﹝2015﹞47号`) and 〖〗; a page whose charset had no 〔〕 prints `?` for each
// (`苏教高函?2015?2号`). The one list every number reader uses.
inline constexpr std::pair<char32_t, char32_t> kYearBrackets[] = {
    {U'〔', U'〕'}, {U'[', U']'}, {U'（', U'）'}, {U'(', U')'}, {U'【', U'】'}, {U'［', U'］'}, {U'〈', U'〉'}, {U'﹝', U'﹞'}, {U'〖', U'〗'}, {U'?', U'?'}};
inline char32_t year_bracket_close(char32_t open) {
  for (auto [o, c] : kYearBrackets)
    if (o == open) return c;
  return 0;
}
inline bool year_bracket_open(char32_t c) { return year_bracket_close(c) != 0; }
// Any closing one: a typist may close with another bracket than the one opened (`〔2018]`).
inline bool year_bracket_closing(char32_t c) {
  for (auto [o, close] : kYearBrackets)
    if (close == c) return true;
  return false;
}

// A document number in parentheses at the start of s, as citations print it after a
// title (`《…》（衢委办发〔2016〕18号）`, `(国发[2018]1号)`): the number and the bytes
// taken, the closing parenthesis included; {"", 0} when s does not start so.
inline std::pair<std::string_view, std::size_t> parenthesized_number(std::string_view s) {
  std::size_t open = starts_with(s, "（") ? 3 : starts_with(s, "(") ? 1 : 0;
  if (!open) return {};
  auto hao = s.substr(0, 63).find("号", open);
  if (hao == std::string_view::npos) return {};
  std::string_view number = s.substr(open, hao + 3 - open);
  bool year = false;
  for (std::size_t i = 0; i < number.size() && !year;) year = year_bracket_open(next_cp(number, i));
  if (!year) return {};
  std::size_t end = hao + 3;
  if (starts_with(s.substr(end), "）")) end += 3;
  else if (starts_with(s.substr(end), ")")) end += 1;
  return {number, end};
}

// An order's number at the start of s, spaces stripped: `第768号`, `〔2026〕第1号`,
// `[2019]第3号` (the year in any brackets). Its length in bytes, or 0.
inline std::size_t order_number_prefix(std::string_view s) {
  std::size_t i = 0;
  if (char32_t close = s.empty() ? 0 : year_bracket_close(first_cp(s))) {
    std::size_t k = 0, open = 0;
    next_cp(s, k);
    open = k;
    std::size_t inner_end = 0;
    while (k < s.size() && k <= 24 && !i) {
      std::size_t at = k;
      if (next_cp(s, k) == close) i = k, inner_end = at;
    }
    if (!i) return 0;
    // The number inside the brackets (`（第52号）`, `（九届第37号）`), as law sites print an order's.
    std::string_view inner = s.substr(open, inner_end - open);
    if (auto d = inner.find("第"); d != std::string_view::npos && inner.size() > d + 3 && inner.substr(inner.size() - 3) == "号") {
      bool digits = true;
      for (std::size_t m = d + 3; m < inner.size() - 3 && digits;) {
        char32_t c = next_cp(inner, m);
        digits = (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) || is_cn_numeral(c);
      }
      if (digits && inner.size() > d + 6) return i;
    }
  }
  if (!detail::eat(s, i, "第")) return 0;
  std::size_t digits = 0;
  while (i < s.size()) {
    std::size_t k = i;
    char32_t c = next_cp(s, k);
    if (c == U'号') return digits ? k : 0;
    if (!((c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) || is_cn_numeral(c))) return 0;
    ++digits;
    i = k;
  }
  return 0;
}

// An order's promulgating sentence (`《X》已经…通过，现予公布，自…起施行。`):
// X with its spaces stripped, or empty when s promulgates nothing.
inline std::string promulgated_title(std::string_view s) {
  bool promulgates = false;
  // (Or a draft published for comment: `现将《某某条例（草案）》全文公布，广泛征求意见`.)
  for (std::string_view v : {"现予公布", "现予发布", "予以公布", "现予施行", "现予颁布", "现公布", "现发布", "全文公布"}) promulgates |= contains(s, v);
  if (!promulgates) return {};
  auto o = s.find("《");
  if (o == std::string_view::npos) return {};
  auto c = s.find("》", o);
  if (c == std::string_view::npos) return {};
  return strip_spaces(s.substr(o + 3, c - o - 3));
}

// The words an issuing or forwarding notice hands its document on with (`现将《…方案》印发给你们`).
inline constexpr std::string_view kHandOnWords[] = {"印发给你们", "转发给你们", "批转给你们", "印发给你单位", "转发给你单位", "印发你们",
                                                    "转发你们", "现予印发", "现予转发", "现予批转"};

// The title a notice hands on (`现将《X》印发给你们，请认真贯彻执行。`, `《X》已经…同意，现予印发`):
// X with its spaces stripped (the last 《…》 before the words, in their sentence), or empty.
inline std::string handed_on_title(std::string_view s) {
  for (std::string_view w : kHandOnWords) {
    auto at = s.find(w);
    if (at == std::string_view::npos) continue;
    auto c = s.rfind("》", at);
    auto o = c == std::string_view::npos ? c : s.rfind("《", c);
    if (o == std::string_view::npos || contains(s.substr(c, at - c), "。")) return {};
    return strip_spaces(s.substr(o + 3, c - o - 3));
  }
  return {};
}

// First full date (year, month and day) anywhere in s.
inline std::optional<Date> find_full_date(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto d = parse_date_at(s, i);
    if (d && d->year && d->month && d->day) return d;
    next_cp(s, i);
  }
  return std::nullopt;
}

}  // namespace gongwen::text
