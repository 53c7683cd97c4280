// UTF-8 stepping, character classes and trimming (part of gongwen/text.hpp: include that).
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

// Eight bytes at a time (a continuation byte is 10xxxxxx: high bit set, next
// bit clear): titles, lines and paragraphs are measured everywhere, and the
// byte loop was the largest single cost of a run's handlers.
inline std::size_t char_count(std::string_view s) {
  std::size_t i = 0, continuation = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // One bit per continuation byte, summed by a multiply (std::popcount is a
    // libgcc call on the baseline x86-64 the packages are built for).
    std::uint64_t bits = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
    continuation += static_cast<std::size_t>((bits * 0x0101010101010101ULL) >> 56);
  }
  for (; i < s.size(); ++i) continuation += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return s.size() - continuation;
}

inline bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2FA1F) || c == 0x3007;
}

// How many Han characters s holds (how much of a cell, element or line is Chinese prose).
inline std::size_t han_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) n += is_han(next_cp(s, i));
  return n;
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

// The byte length of the space character that starts at p[i] (ASCII blanks,
// NBSP, U+2000–U+200B, U+3000, U+FEFF), or 0. Works on bytes: only the lead
// bytes C2, E2, E3 and EF can start a non-ASCII space.
inline std::size_t space_at(const unsigned char* p, std::size_t i, std::size_t n) {
  unsigned char b = p[i];
  if (b < 0x80) return b == ' ' || b == '\t' || b == '\n' || b == '\r' ? 1 : 0;
  if (b == 0xC2) return i + 1 < n && p[i + 1] == 0xA0 ? 2 : 0;
  if (b == 0xE2) return i + 2 < n && p[i + 1] == 0x80 && p[i + 2] <= 0x8B ? 3 : 0;
  if (b == 0xE3) return i + 2 < n && p[i + 1] == 0x80 && p[i + 2] == 0x80 ? 3 : 0;
  if (b == 0xEF) return i + 2 < n && p[i + 1] == 0xBB && p[i + 2] == 0xBF ? 3 : 0;
  return 0;
}

// Removes every kind of space: titles are compared this way because PDF
// extraction pads and splits them (`卷 首 语`, `政治任务 抓紧抓实`). Sequences
// that cannot be spaces are copied without decoding (this runs per line).
inline std::string strip_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size(), run = 0, i = 0;
  while (i < n) {
    if (std::size_t len = space_at(p, i, n)) {
      out.append(s.substr(run, i - run));
      i += len;
      run = i;
    } else {
      unsigned char b = p[i];
      i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    }
  }
  if (i > n) i = n;
  out.append(s.substr(run, i - run));
  return out;
}

// Whether `char_count(strip_spaces(s)) > n`, reading no further than the
// (n+1)th character: a line too long to be a title is told in O(n), not by
// copying a paragraph of thousands of characters.
inline bool more_visible_than(std::string_view s, std::size_t n) {
  if (s.size() <= n) return false;  // (no character is shorter than a byte)
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t count = 0, i = 0;
  while (i < s.size()) {
    if (std::size_t len = space_at(p, i, s.size())) {
      i += len;
      continue;
    }
    unsigned char b = p[i];
    if ((b & 0xC0) != 0x80 && ++count > n) return true;
    // A character at a step (the text is UTF-8): a stray continuation byte is one step and no character.
    i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  }
  return false;
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

// How many of `marks` stand in s outside 《…》 and “…”: a quoted name's clauses
// are its own, not the sentence's (`…印发《稳住经济大盘，保市场主体》的通知`).
inline std::size_t unquoted_count(std::string_view s, std::u32string_view marks) {
  std::size_t n = 0;
  int depth = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next_cp(s, i);
    depth += c == U'《' || c == U'“' ? 1 : c == U'》' || c == U'”' ? -1 : 0;
    n += depth <= 0 && marks.find(c) != std::u32string_view::npos;
  }
  return n;
}

}  // namespace gongwen::text
