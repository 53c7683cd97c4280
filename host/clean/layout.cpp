// Line measures and the layout they show (see layout.hpp).
#include "clean/layout.hpp"

#include "clean/cleaner.hpp"

#include <gongwen/text.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_set>

namespace gongwen::host {

namespace clean_detail {

using text::next_cp;
using text::prev_cp;
using text::char_count;

std::vector<Line> split_lines(std::string_view s) {
  std::vector<Line> lines;
  bool blank = true;
  for (std::size_t b = 0; b < s.size();) {
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    std::size_t re = e;
    if (re > b && s[re - 1] == '\r') --re;
    std::string_view raw = s.substr(b, re - b);
    auto tr = text::trim(raw);
    // (A table's closing bars after a line of text, its only ones, `二〇〇七年八月二十四日 |`, `…的通告 | ||`,
    // or a line of them alone: cells' edges the page's copy kept, not the text's.)
    if (!tr.empty() && tr.back() == '|') {
      std::size_t k = tr.find_last_not_of("| ");
      if (k == std::string_view::npos) tr = {};
      else if (tr[k + 1] == ' ' && tr.substr(0, k + 1).find('|') == std::string_view::npos) tr = text::trim(tr.substr(0, k + 1));
    }
    if (tr.empty()) {
      blank = true;
    } else {
      Line l;
      l.b = b;
      l.e = re;
      l.tb = b + static_cast<std::size_t>(tr.data() - raw.data());
      l.te = l.tb + tr.size();
      l.chars = char_count(tr);
      if (l.chars >= 10 && l.chars <= 45) l.words = std::hash<std::string_view>{}(tr) | 1;
      l.trailing_ascii_space = raw.back() == ' ';
      l.leading_space = tr.data() != raw.data();
      std::size_t k = 0;
      std::string_view lead = raw;  // (after a page break: pdftotext opens a page's first line with \f)
      while (!lead.empty() && lead.front() == '\f') lead.remove_prefix(1);
      char32_t c0 = lead.empty() ? 0 : next_cp(lead, k);
      l.indented = c0 == 0x3000 || (c0 == ' ' && lead.size() > 1 && lead[1] == ' ');
      l.blank_before = blank;
      std::size_t last = tr.size();
      char32_t cz = prev_cp(tr, last);
      l.closes = cz == U'。' || cz == U'！' || cz == U'？';
      l.item = (l.closes || cz == U'；') && text::parse_marker(tr);
      if (l.chars >= 8 && l.chars <= 60)
        for (std::size_t k = 0; k < tr.size() && !l.prose;) {
          char32_t c = next_cp(tr, k);
          l.prose = c == U'，' || c == U'。' || c == U'、' || c == U'；' || c == U'：' || c == U',' || c == U';';
        }
      blank = false;
      lines.push_back(l);
    }
    b = e + 1;
  }
  return lines;
}

LayoutInfo layout_of(const std::vector<Line>& all, const std::vector<std::size_t>& own) {
  LayoutInfo info;
  if (all.empty()) { info.name = "empty"; return info; }
  // Lines a wrapper knows to be paragraphs of their own (table cells) say nothing of wrapping.
  auto counted = [&](const Line& l) { return own.empty() || !std::binary_search(own.begin(), own.end(), l.b); };
  std::size_t max_chars = 0, n = 0;
  std::map<std::size_t, std::size_t> hist;
  std::size_t blank_before = 0, trailing = 0, indented = 0;
  // (A line printed twice, a masthead and its signature, `某某市人民政府办公室`, is one length once.)
  std::unordered_set<std::uint64_t> seen;
  for (const auto& l : all) {
    if (!counted(l)) continue;
    ++n;
    max_chars = std::max(max_chars, l.chars);
    if (l.words && seen.insert(l.words).second) ++hist[l.chars];
    blank_before += l.blank_before;
    trailing += l.trailing_ascii_space;
    indented += l.indented;
  }
  if (n == 0) { info.name = "paragraph-per-line"; return info; }
  if (n <= 3 && max_chars > 1000) { info.name = "single-line"; return info; }
  // (Every line indented alike, as a converter writes them, marks no paragraph.)
  info.indented_paragraphs = indented * 10 >= n * 3 && indented * 50 < n * 49;
  // Hard wraps: most lines stop within a couple of characters of one width.
  std::size_t mode = 0, best = 0;
  for (auto [len, count] : hist)
    if (count > best) best = count, mode = len;
  std::size_t near = 0;
  // (A list item was not cut by a wrap: items of one length (`1.辖区内建筑施工企业；`) are no
  // wrapped text. Either alone says nothing: a wrapped paragraph opens with its number, and
  // PDF text hangs its punctuation at the width.)
  std::size_t over = 0, near_prose = 0;
  for (const auto& l : all) {
    bool at_width = counted(l) && l.chars + 3 >= mode && l.chars <= mode + 1 && !l.item;
    near += at_width;
    near_prose += at_width && l.prose;
    over += counted(l) && l.chars > mode + 2;
  }
  // (The width must be a width that recurs: lines of exactly it, two at least. A short
  // text of one-line paragraphs has lengths that merely lie close to each other, each once.
  // And a wrap leaves no line much longer than its width: a short 公文 whose signature and
  // list lines happen to share a length, under paragraphs of 30 and 50 characters, is not
  // wrapped at 10.)
  // (And wrapped prose carries its commas across the width: lines cut from sentences have
  // punctuation inside, a list of names (`仁寿县大化镇水利社区` line after line) has none.)
  if (mode && best >= 2 && near * 10 >= n * 5 && n >= 6 && over * 10 <= n && near_prose * 10 >= near * 3) {
    info.name = "hard-wrapped";
    info.width = static_cast<int>(mode);
    info.trailing_space_marks_paragraphs = trailing >= 2 && trailing * 10 < n * 6;
    // After a paragraph's end the next line is indented; after a wrap at the width it is not.
    std::size_t ends_indented = 0, wraps = 0, wraps_indented = 0;
    for (std::size_t i = 1; i < all.size(); ++i) {
      const Line& a = all[i - 1];
      if (a.closes && a.chars + 3 < mode) ends_indented += all[i].indented;
      else if (!a.closes && a.chars + 1 >= mode) ++wraps, wraps_indented += all[i].indented;
    }
    info.indent_opens_paragraphs = ends_indented >= 3 && wraps >= 6 && wraps_indented * 10 <= wraps;
    return info;
  }
  info.name = "paragraph-per-line";
  return info;
}

}  // namespace clean_detail

std::string detect_layout(std::string_view input, int* wrap_width) {
  auto info = clean_detail::layout_of(clean_detail::split_lines(input));
  if (wrap_width) *wrap_width = info.width;
  return info.name;
}

}  // namespace gongwen::host
