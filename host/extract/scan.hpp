// What the extractors share: character classes, adding an entity with its
// span, and the extractor functions the table in extractors.cpp lists (one
// file each). Hand-written scanners over UTF-8 rather than regexes: they run
// on every document, and each needs context rules (numbers that are names,
// quotes cut by wrapping) that a pattern alone cannot state.
#pragma once

#include <gongwen/text.hpp>

#include <string>
#include <string_view>

#include "extract/extractors.hpp"

namespace gongwen::host::extract {

namespace tx = gongwen::text;

inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_fw_digit(char32_t c) { return c >= 0xFF10 && c <= 0xFF19; }
inline bool is_digit(char32_t c) { return is_ascii_digit(c) || is_fw_digit(c); }
inline bool is_latin(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

inline void add(Document& d, std::string type, std::size_t b, std::size_t e, Json value, std::string note = {}) {
  Entity en;
  en.type = std::move(type);
  en.text = d.text.substr(b, e - b);
  en.value = std::move(value);
  en.begin = b;
  en.end = e;
  en.note = std::move(note);
  d.entities.push_back(std::move(en));
}

// The characters a scan stops at, told from the first two bytes of their UTF-8 (every one
// of them ASCII or three bytes long): the scan skips every other character without decoding
// it, as most of a text starts no entity. Exact: it never skips one of the characters.
class StartFilter {
 public:
  explicit StartFilter(std::u32string_view chars) {
    for (char32_t c : chars) {
      if (c < 0x80) ascii_[c] = true;
      else if (c >= 0x800 && c < 0x10000) pairs_[((c >> 12) & 0x0F) << 6 | ((c >> 6) & 0x3F)] = true;
    }
  }
  // The first position from i where one of the characters may start (t.size() if none).
  std::size_t next(std::string_view t, std::size_t i) const {
    const auto* p = reinterpret_cast<const unsigned char*>(t.data());
    const std::size_t n = t.size();
    while (i < n) {
      unsigned char b = p[i];
      if (b < 0x80) {
        if (ascii_[b]) return i;
        ++i;
      } else if (b >= 0xE0 && b < 0xF0) {
        if (i + 1 < n && pairs_[(b & 0x0F) << 6 | (p[i + 1] & 0x3F)]) return i;
        i += 3;
      } else {
        i += b >= 0xF0 ? 4 : b >= 0xC0 ? 2 : 1;
      }
    }
    return n;
  }

 private:
  bool ascii_[128] = {};
  bool pairs_[16 * 64] = {};
};

// Digits and Chinese numerals a numbered slogan starts with.
inline constexpr std::u32string_view kNumeralLead = U"0123456789一二三四五六七八九十百千万两";

// Quote pairs scanned across line breaks (wrapped quotes were cut there).
template <class F>
void for_each_quote(std::string_view t, std::size_t max_chars, F&& f) {
  for (std::size_t i = 0; i < t.size();) {
    // Jump to the next opening quote (both start with the bytes E2 80).
    std::size_t q = t.find("\xE2\x80", i);
    if (q == std::string_view::npos) return;
    i = q;
    std::size_t k = i;
    char32_t c = tx::next_cp(t, k);
    if (c != U'“' && c != U'‘') { i = k; continue; }
    char32_t close = c == U'“' ? U'”' : U'’';
    std::size_t j = k, chars = 0;
    bool ok = false;
    while (j < t.size() && chars <= max_chars) {
      std::size_t m = j;
      char32_t x = tx::next_cp(t, m);
      if (x == close) { ok = true; break; }
      if (x == U'“' || x == U'”' || x == U'‘' || x == U'’' || x == U'。' || x == U'；' || x == U'！' || x == U'？') break;
      if (x != '\n') ++chars;
      j = m;
    }
    if (ok && chars >= 2 && chars <= max_chars) {
      f(i, k, j, j + 3);  // open, content begin, content end, after close
      i = j + 3;
    } else {
      i = k;
    }
  }
}

void extract_dates(Document& d, const ExtractContext& ctx);
void extract_slogans(Document& d, const ExtractContext& ctx);
void extract_statistics(Document& d, const ExtractContext& ctx);
void extract_officials(Document& d, const ExtractContext& ctx);
void extract_quotes(Document& d, const ExtractContext& ctx);
void extract_doc_refs(Document& d, const ExtractContext& ctx);

}  // namespace gongwen::host::extract
