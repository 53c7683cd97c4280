// Chinese numerals (part of gongwen/text.hpp: include that).
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <gongwen/detail/text_utf8.hpp>

namespace gongwen::text {

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

}  // namespace gongwen::text
