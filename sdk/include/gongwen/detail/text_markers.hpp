// Heading markers (一、 （一） 1. 第一条 …) (part of gongwen/text.hpp: include that).
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <gongwen/detail/text_dates.hpp>

namespace gongwen::text {

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
    // (One space before the 、 as extraction leaves it, `一 、利用…`.)
    if (after == ' ' || after == U'\u3000' || after == U'\u00A0') {
      std::size_t spaced = j;
      if (spaced < s.size() && next_cp(s, spaced) == U'、') return done(MarkerFamily::cn_dun, *n, spaced);
    }
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
