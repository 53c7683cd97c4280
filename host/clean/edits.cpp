// Character-level repairs (see edits.hpp).
#include "clean/edits.hpp"

#include <gongwen/text.hpp>

#include <algorithm>

namespace gongwen::host::clean_detail {

using text::next_cp;
using text::is_space;
using text::is_han;
using text::char_count;

// Applies the edits in text order; of overlapping edits the first wins and,
// at one position, a deletion wins over a replacement (removing the NBSP in
// `2018\u00A0年` beats turning it into a space). `edits` keeps only the edits
// applied, so offsets can be shifted by exactly what happened.
MappedTextBuilder apply_edits(std::string_view s, const OffsetMap& map, std::vector<Edit>& edits) {
  std::stable_sort(edits.begin(), edits.end(),
                   [](const Edit& a, const Edit& b) { return a.b != b.b ? a.b < b.b : a.rep.size() < b.rep.size(); });
  MappedTextBuilder out;
  out.text.reserve(s.size());
  std::size_t pos = 0;
  std::vector<Edit> applied;
  applied.reserve(edits.size());
  for (auto& ed : edits) {
    if (ed.b < pos) continue;  // overlaps one already applied
    out.copy_mapped(s, map, pos, ed.b - pos);
    if (!ed.rep.empty()) out.replace(ed.rep, map.to_source(ed.b));
    pos = ed.e;
    applied.push_back(std::move(ed));
  }
  out.copy_mapped(s, map, pos, s.size() - pos);
  edits = std::move(applied);
  return out;
}

// Characters that follow a number as its unit or counter, so the space PDF
// extraction puts before them (`2018 年`, `500 名`, `390 余次`) is damage.
bool is_unit(char32_t c) {
  static const std::u32string_view units =
      U"年月日号时分秒个名人位次余多万亿千百元项件条家所支批期张届岁米亩吨户村镇乡套台辆篇部门天周倍场轮类级篇份股只座栋间处%％";
  return units.find(c) != std::u32string_view::npos;
}

void spacing_edits(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits) {
  std::string_view p = s.substr(pb, pe - pb);
  // Most paragraphs have no space inside at all: look before tokenizing.
  if (p.find(' ') == std::string_view::npos && p.find("\u3000") == std::string_view::npos &&
      p.find("\u00A0") == std::string_view::npos)
    return;
  // Tokens separated by runs of spaces.
  struct Tok { std::size_t b, e; std::size_t chars; char32_t first, last; };
  std::vector<Tok> toks;
  std::vector<std::pair<std::size_t, std::size_t>> gaps;  // between toks[i] and toks[i+1]
  for (std::size_t i = 0; i < p.size();) {
    std::size_t k = i;
    char32_t c = next_cp(p, k);
    if (is_space(c)) {
      std::size_t gb = i;
      while (i < p.size()) { std::size_t j = i; if (!is_space(next_cp(p, j))) break; i = j; }
      if (!toks.empty() && i < p.size()) gaps.emplace_back(gb, i);
      continue;
    }
    Tok t{i, i, 0, c, c};
    while (i < p.size()) {
      std::size_t j = i;
      char32_t d = next_cp(p, j);
      if (is_space(d)) break;
      t.last = d;
      ++t.chars;
      i = j;
    }
    t.e = i;
    if (toks.size() > gaps.size() + 0 && !toks.empty() && gaps.size() < toks.size()) {
      // leading spaces before the first token are not a gap
    }
    toks.push_back(t);
  }
  if (toks.size() < 2 || gaps.size() != toks.size() - 1) return;
  for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
    const Tok& a = toks[i];
    const Tok& b = toks[i + 1];
    auto [gb, ge] = gaps[i];
    bool ideographic_gap = p.substr(gb, ge - gb).find("\u3000") != std::string_view::npos;
    // A wide gap is a layout separator (`办公室              2018年2月9日印发`), not damage.
    if (char_count(p.substr(gb, ge - gb)) > 2) continue;
    bool remove = false;
    // Spaced-out labels and padded names: `卷 首 语`, `附 则`, `叶 骏`.
    if (a.chars == 1 && b.chars == 1 && is_han(a.first) && is_han(b.first) && !ideographic_gap) remove = true;
    // Number next to its unit: `2018 年 2 月`, `500 名`, `两个 20%`.
    if (is_digit(a.last) && is_han(b.first) && is_unit(b.first)) remove = true;
    if (is_han(a.last) && is_digit(b.first)) {
      std::size_t j = 0;
      std::string_view bt = p.substr(b.b, b.e - b.b);
      char32_t after = 0;
      while (j < bt.size()) { after = next_cp(bt, j); if (!is_digit(after) && after != '.') break; after = 0; }
      if ((after && is_unit(after)) || (after == 0 && i + 2 < toks.size() && is_unit(toks[i + 2].first)))
        remove = i > 0 || a.chars > 2;  // a line-initial page number stays apart (TOC lines)
    }
    if (remove) edits.push_back({pb + gb, pb + ge, ""});
  }
}

}  // namespace gongwen::host::clean_detail
