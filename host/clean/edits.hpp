// Character-level repairs of the cleaned text, as edits over it: the
// spacing a PDF or a typist put between Chinese and digits or units
// (`2018 年`, `15 %`), NBSPs, and the map that keeps every later offset
// pointing at its source. Edits are collected by each pass and applied once.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/offset_map.hpp"

namespace gongwen::host::clean_detail {

struct Edit {
  std::size_t b, e;
  std::string rep;
};

// An ASCII or full-width digit.
inline bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

// Applies the edits in text order (see edits.cpp for overlaps); `edits` keeps only those applied.
MappedTextBuilder apply_edits(std::string_view s, const OffsetMap& map, std::vector<Edit>& edits);
// Radicals standing for characters inside s[pb, pe): text layers of PDFs printed from
// macOS and some Office exports use the Kangxi Radicals (⼈ U+2F08 for 人) and CJK
// Radicals Supplement (⻔ U+2ED4 for 门) blocks; read as the characters. Returns how many.
std::size_t radical_edits(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits);
// The length of a pinyin gloss at t[i] (`(xué)`: a tone-marked syllable of six letters
// at most in brackets), or 0.
std::size_t pinyin_gloss_at(std::string_view t, std::size_t i);
// Pinyin glossing characters inside s[pb, pe) (`學(xué)`, `報(bào)`), as mirror sites print
// the text they converted to traditional characters: the glosses, for the caller to drop
// (only when a text has several: one gloss may be the author's). Returns how many.
std::size_t pinyin_gloss_edits(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits);
// The anti-copy noise a forum (Discuz) sets between the words of a post in hidden
// elements, which a text copy of the page keeps (`( h" U& D( x# u`, `3 m9 N' x! z( k为`):
// the runs inside s[pb, pe), for the caller to drop when a text has several. Returns how many.
std::size_t jammer_edits(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits);
// A `?` a page's charset left at a line's end for a character it could not encode (`琼府[2005]9号?`,
// `省政府直属各单位: ?`), inside s[pb, pe): the edit drops it, for the caller to keep when a text
// has several; a question's own mark (`…怎么办?`) is none. Whether one was found.
bool lost_mark_edit(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits);
// A heading a page prints twice, the second copy glued to the first (a 范文 site's
// page title over its own `<h1>`, their breaks lost): `XX…`, or `XX正文…` with the body
// run on. The edit drops the copy (and breaks the line before a body); whether one was made.
bool doubled_head_edit(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits);
// Page marks a converter left inside a page's text flattened onto one line (`第 9 页 - 9 -`,
// `- 10 -`, `第2页 共9页`), each standing between spaces, inside s[pb, pe): dropped only when
// the paragraph holds two or more whose page numbers climb (a folio sequence; one `见第 3 页`
// is the author's), or a head's and a foot's folio of one page together. Returns how many.
std::size_t inline_folio_edits(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits);
// NFC for the whole text, as edits of the characters that need it (the offset map keeps its resolution).
void nfc_edits(std::string_view s, std::vector<Edit>& edits);
// The spacing repairs inside the paragraph s[pb, pe).
void spacing_edits(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits);

}  // namespace gongwen::host::clean_detail
