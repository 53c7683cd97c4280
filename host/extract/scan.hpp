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
