// Chinese text helpers shared by the host, native plugins and (through the
// host) Lua scripts: UTF-8 stepping, Chinese numerals, dates and heading
// markers. Header-only so a plugin gets exactly the host's rules without
// linking anything of ours.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace gongwen::text {

// ---- UTF-8 -----------------------------------------------------------------

// Decodes the code point at s[i] and advances i; invalid bytes yield U+FFFD
// and advance by one so scanning never stalls.
inline char32_t next_cp(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) { ++i; return b; }
  int len = (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) { ++i; return 0xFFFD; }
  char32_t cp = b & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c >> 6) != 2) { ++i; return 0xFFFD; }
    cp = (cp << 6) | (c & 0x3F);
  }
  i += len;
  return cp;
}

// Code point ending just before i; moves i back to its first byte.
inline char32_t prev_cp(std::string_view s, std::size_t& i) {
  std::size_t j = i;
  do { --j; } while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4);
  std::size_t k = j;
  char32_t cp = next_cp(s, k);
  i = j;
  return cp;
}

inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) out += static_cast<char>(cp);
  else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

inline std::size_t char_count(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

inline bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2FA1F) || c == 0x3007;
}

// Spaces seen in the corpus: ASCII, NBSP, ideographic, and the thin/em family.
inline bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) ||
         c == 0xFEFF;
}

inline std::string_view trim(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size()) {
    std::size_t k = b;
    if (!is_space(next_cp(s, k)) && s[b] != '\r' && s[b] != '\n') break;
    b = k;
  }
  std::size_t e = s.size();
  while (e > b) {
    std::size_t k = e;
    char32_t c = prev_cp(s, k);
    if (!is_space(c) && c != '\r' && c != '\n') break;
    e = k;
  }
  return s.substr(b, e - b);
}

// Removes every kind of space: titles are compared this way because PDF
// extraction pads and splits them (`卷 首 语`, `政治任务 抓紧抓实`). Works on
// bytes: only the lead bytes C2, E2, E3 and EF can start a space character,
// so every other sequence is copied without decoding (this runs per line).
inline std::string strip_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size(), run = 0, i = 0;
  auto skip = [&](std::size_t len) {
    out.append(s.substr(run, i - run));
    i += len;
    run = i;
  };
  while (i < n) {
    unsigned char b = p[i];
    if (b < 0x80) {
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r') skip(1);
      else ++i;
    } else if (b == 0xC2 && i + 1 < n && p[i + 1] == 0xA0) {
      skip(2);  // NBSP
    } else if (b == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && p[i + 2] <= 0x8B) {
      skip(3);  // U+2000–U+200B
    } else if (b == 0xE3 && i + 2 < n && p[i + 1] == 0x80 && p[i + 2] == 0x80) {
      skip(3);  // U+3000
    } else if (b == 0xEF && i + 2 < n && p[i + 1] == 0xBB && p[i + 2] == 0xBF) {
      skip(3);  // U+FEFF
    } else {
      i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    }
  }
  if (i > n) i = n;
  out.append(s.substr(run, i - run));
  return out;
}

inline bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
// memmem, not string_view::find: find scans for the first byte, and CJK text
// repeats the same UTF-8 lead bytes, so it stops at almost every character.
inline bool contains(std::string_view s, std::string_view w) {
  return w.empty() || (w.size() <= s.size() && ::memmem(s.data(), s.size(), w.data(), w.size()) != nullptr);
}
inline bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// First and last code point of s (0 when empty).
inline char32_t first_cp(std::string_view s) {
  std::size_t i = 0;
  return s.empty() ? 0 : next_cp(s, i);
}
inline char32_t last_cp(std::string_view s) {
  std::size_t i = s.size();
  return s.empty() ? 0 : prev_cp(s, i);
}

// Punctuation that ends a sentence. A title may end with `）` or `”`; a
// sentence end never ends a title, a heading or a label.
inline bool is_sentence_end(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'：' || c == U'…' || c == '.' || c == '!' ||
         c == '?' || c == ';' || c == ':';
}
inline bool ends_sentence(std::string_view s) { return is_sentence_end(last_cp(s)); }

// ---- Chinese numerals -------------------------------------------------------

inline int cn_digit(char32_t c) {
  switch (c) {
    case U'零': case U'〇': case U'○': case U'０': return 0;
    case U'一': case U'壹': return 1;
    case U'二': case U'两': case U'贰': return 2;
    case U'三': case U'叁': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: break;
  }
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
  return -1;
}

inline int cn_unit(char32_t c) {
  switch (c) {
    case U'十': case U'拾': return 10;
    case U'百': case U'佰': return 100;
    case U'千': case U'仟': return 1000;
    case U'万': return 10000;
    case U'亿': return 100000000;
    default: return 0;
  }
}

inline bool is_cn_numeral(char32_t c) {
  return (cn_digit(c) >= 0 && !(c >= '0' && c <= '9') && !(c >= 0xFF10 && c <= 0xFF19)) ||
         cn_unit(c) > 0;
}

// Parses a whole Chinese (or Arabic) numeral: 十二 → 12, 一百零五 → 105,
// 二〇一八 → 2018 (digit-by-digit form), 2018 → 2018. nullopt if s is not one.
inline std::optional<long long> parse_number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  long long total = 0, section = 0, digit = -1, positional = 0;
  bool has_unit = false;
  int digits = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next_cp(s, i);
    int d = cn_digit(c);
    int u = cn_unit(c);
    // Numerals longer than any real count would overflow: not a number.
    if (++digits > 18) return std::nullopt;
    if (d >= 0) {
      if (digit >= 0) positional = positional * 10 + d;  // 二〇一八 / 2018
      else positional = d;
      digit = d;
    } else if (u > 0) {
      has_unit = true;
      if (u >= 10000) {
        section += (digit >= 0 ? digit : 0);
        if (section == 0) section = 1;
        if (__builtin_add_overflow(total, section, &total) || __builtin_mul_overflow(total, static_cast<long long>(u), &total))
          return std::nullopt;
        section = 0;
      } else {
        if (__builtin_add_overflow(section, (digit >= 0 ? digit : 1) * static_cast<long long>(u), &section)) return std::nullopt;
      }
      digit = -1;
      positional = 0;
    } else {
      return std::nullopt;
    }
  }
  if (!has_unit) return positional;
  long long out = 0;
  if (__builtin_add_overflow(total, section + (digit >= 0 ? digit : 0), &out)) return std::nullopt;
  return out;
}

// Formats 0..99999 the way headings count: 12 → 十二, 20 → 二十, 105 → 一百零五.
inline std::string to_chinese(long long n) {
  static const char* d[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 0) return "负" + to_chinese(-n);
  if (n < 10) return d[n];
  if (n < 20) return std::string("十") + (n % 10 ? d[n % 10] : "");
  std::string out;
  static const std::pair<long long, const char*> units[] = {{10000, "万"}, {1000, "千"}, {100, "百"}, {10, "十"}};
  bool zero = false;
  for (auto [u, name] : units) {
    long long q = n / u;
    n %= u;
    if (q > 0) {
      if (zero) { out += "零"; zero = false; }
      out += (q >= 10 ? to_chinese(q) : d[q]);
      out += name;
    } else if (!out.empty()) {
      zero = true;
    }
  }
  if (n > 0) {
    if (zero) out += "零";
    out += d[n];
  }
  return out;
}

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
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t k = i;
    char32_t c = next_cp(s, k);
    if (c == 'O' || c == 'o' || c == U'Ｏ' || c == U'０' || c == U'Ο') out += "〇";
    else out.append(s.substr(i, k - i));
    i = k;
  }
  return out;
}

// A line that is a full date and nothing else (a 成文日期 line): its ISO form.
inline std::optional<std::string> whole_date(std::string_view s) {
  std::string n = fold_zeros(trim(s));
  if (n.empty() || char_count(n) > 24) return std::nullopt;
  auto d = parse_date_at(n, 0);
  if (!d || !d->year || !d->day || d->begin != 0 || !trim(std::string_view(n).substr(d->end)).empty()) return std::nullopt;
  return d->iso();
}

// An order's number at the start of s, spaces stripped: `第768号`, `〔2026〕第1号`,
// `[2019]第3号` (the year in any brackets). Its length in bytes, or 0.
inline std::size_t order_number_prefix(std::string_view s) {
  std::size_t i = 0;
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"〔", "〕"}, {"[", "]"}, {"（", "）"}, {"(", ")"}, {"［", "］"}})
    if (starts_with(s, open)) {
      auto c = s.find(close);
      if (c == std::string_view::npos || c > 16) return 0;
      i = c + close.size();
      break;
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
  for (std::string_view v : {"现予公布", "现予发布", "予以公布", "现予施行", "现予颁布", "现公布", "现发布"}) promulgates |= contains(s, v);
  if (!promulgates) return {};
  auto o = s.find("《");
  if (o == std::string_view::npos) return {};
  auto c = s.find("》", o);
  if (c == std::string_view::npos) return {};
  return strip_spaces(s.substr(o + 3, c - o - 3));
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

// ---- heading markers --------------------------------------------------------

enum class MarkerFamily {
  none,
  cn_dun,         // 一、
  cn_paren,       // （一） (一)
  arabic_dot,     // 1. 1、 1．
  arabic_paren,   // （1） (1)
  circled,        // ① … ⑳
  ordinal_comma,  // 第一， 第一、
  ordinal_part,   // 第一个问题 第一篇章： 第一部分 第一步：
  chapter,        // 第一章
  section,        // 第一节
  article,        // 第一条
  enum_shi,       // 一是
  enum_yao,       // 一要
};

inline const char* family_name(MarkerFamily f) {
  switch (f) {
    case MarkerFamily::cn_dun: return "cn_dun";
    case MarkerFamily::cn_paren: return "cn_paren";
    case MarkerFamily::arabic_dot: return "arabic_dot";
    case MarkerFamily::arabic_paren: return "arabic_paren";
    case MarkerFamily::circled: return "circled";
    case MarkerFamily::ordinal_comma: return "ordinal_comma";
    case MarkerFamily::ordinal_part: return "ordinal_part";
    case MarkerFamily::chapter: return "chapter";
    case MarkerFamily::section: return "section";
    case MarkerFamily::article: return "article";
    case MarkerFamily::enum_shi: return "enum_shi";
    case MarkerFamily::enum_yao: return "enum_yao";
    default: return "none";
  }
}

struct Marker {
  MarkerFamily family = MarkerFamily::none;
  long long number = 0;
  std::size_t length = 0;  // bytes of the marker, including its punctuation
  std::string_view text;   // the marker as written
  explicit operator bool() const { return family != MarkerFamily::none; }
};

namespace detail {
inline std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size()) { std::size_t k = i; if (!is_space(next_cp(s, k))) break; i = k; }
  return i;
}
// Reads a numeral of one script; returns its end or pos when none.
inline std::size_t numeral_end(std::string_view s, std::size_t pos, bool chinese) {
  std::size_t i = pos;
  while (i < s.size()) {
    std::size_t k = i;
    char32_t c = next_cp(s, k);
    bool ok = chinese ? (is_cn_numeral(c) && c != U'万' && c != U'亿')
                      : ((c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19));
    if (!ok) break;
    i = k;
    if (i - pos > 12) break;
  }
  return i;
}
}  // namespace detail

// Recognises the heading or list marker that starts s (leading spaces are
// skipped and counted in length). Quoted numerals (`“一”就是要`) and ordinals
// inside sentences are left to the caller, who sees the whole line.
inline Marker parse_marker(std::string_view s) {
  Marker m;
  std::size_t start = detail::skip_spaces(s, 0);
  std::size_t i = start;
  auto done = [&](MarkerFamily f, long long n, std::size_t end) {
    m.family = f;
    m.number = n;
    m.length = end;
    m.text = s.substr(start, end - start);
    return m;
  };
  if (i >= s.size()) return m;
  std::size_t k = i;
  char32_t c = next_cp(s, k);
  // ①..⑳ and ❶..❿ (the latter are decoration more often than markers).
  if (c >= 0x2460 && c <= 0x2473) return done(MarkerFamily::circled, c - 0x2460 + 1, k);
  if (c == U'（' || c == U'(') {
    std::size_t ne = detail::numeral_end(s, k, true);
    bool chinese = ne > k;
    if (!chinese) ne = detail::numeral_end(s, k, false);
    if (ne > k) {
      std::size_t j = ne;
      char32_t close = next_cp(s, j);
      if (close == U'）' || close == U')') {
        auto n = parse_number(s.substr(k, ne - k));
        if (n) return done(chinese ? MarkerFamily::cn_paren : MarkerFamily::arabic_paren, *n, j);
      }
    }
    return m;
  }
  if (c == U'第') {
    std::size_t ne = detail::numeral_end(s, k, true);
    if (ne == k) ne = detail::numeral_end(s, k, false);
    if (ne == k) return m;
    auto n = parse_number(s.substr(k, ne - k));
    if (!n) return m;
    std::size_t j = ne;
    char32_t after = next_cp(s, j);
    if (after == U'章') return done(MarkerFamily::chapter, *n, j);
    if (after == U'节') return done(MarkerFamily::section, *n, j);
    if (after == U'条') return done(MarkerFamily::article, *n, j);
    if (after == U'，' || after == U'、' || after == U',') return done(MarkerFamily::ordinal_comma, *n, j);
    // 第一个问题 / 第一篇章 / 第一部分 / 第一步 / 第一方面, followed by a delimiter.
    std::string_view rest = s.substr(ne);
    for (std::string_view word : {"个问题", "篇章", "部分", "步", "方面"}) {
      if (starts_with(rest, word)) {
        std::size_t e = ne + word.size();
        std::size_t t = e;
        if (t < s.size()) {
          char32_t p = next_cp(s, t);
          if (p == U'：' || p == U':' || p == U'，' || p == U'、' || p == U'。' || p == ' ' || p == 0x3000)
            e = t;
        }
        return done(MarkerFamily::ordinal_part, *n, e);
      }
    }
    return m;
  }
  std::size_t ne = detail::numeral_end(s, i, true);
  bool chinese = ne > i;
  if (!chinese) ne = detail::numeral_end(s, i, false);
  if (ne == i) return m;
  auto n = parse_number(s.substr(i, ne - i));
  if (!n) return m;
  std::size_t j = ne;
  char32_t after = next_cp(s, j);
  if (chinese) {
    if (after == U'、' || after == U'，' ) return after == U'、' ? done(MarkerFamily::cn_dun, *n, j) : m;
    if (after == U'是') return done(MarkerFamily::enum_shi, *n, j);
    if (after == U'要') return done(MarkerFamily::enum_yao, *n, j);
    return m;
  }
  if (after == '.' || after == U'．' || after == U'、') {
    // `2.5亿` is a number, not a marker.
    std::size_t t = j;
    if (t < s.size()) {
      char32_t nx = next_cp(s, t);
      if ((nx >= '0' && nx <= '9') || (nx >= 0xFF10 && nx <= 0xFF19)) return m;
    }
    return done(MarkerFamily::arabic_dot, *n, j);
  }
  return m;
}

}  // namespace gongwen::text
