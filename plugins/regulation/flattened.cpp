// A rule whose line breaks a page lost (a document site's "简介", a scraped cell):
// `…管理规定(2005年3月25日…公布)第一章总则第一条为…。第二条本规定…` on one line,
// cut back into title, 题注, chapters and articles so the rest of the handler reads
// it as printed.
//
// Invariants: pieces are views into the document's text, in order, covering
// the flattened paragraph; an article or chapter starts a piece only where a
// sentence ended (。；： or the start), never inside one — `依照本规定第二十条`
// cites an article, it does not open one.
#include "titles.hpp"

namespace regulation_titles {

using namespace gongwen;
namespace tx = gongwen::text;
namespace st = gongwen::structure;
using tx::MarkerFamily;

namespace {

// `第十二条`, `第三章`, `第一节` at s: the byte length of the marker, 0 if none.
std::size_t marker_at(std::string_view s, std::string_view& unit) {
  if (!tx::starts_with(s, "第")) return 0;
  std::size_t e = 3, n = 0;
  while (e < s.size() && n < 6) {
    std::size_t k = e;
    char32_t c = tx::next_cp(s, k);
    if (std::u32string_view(U"一二三四五六七八九十百零〇0123456789").find(c) == std::u32string_view::npos) break;
    e = k, ++n;
  }
  if (!n) return 0;
  for (std::string_view u : {"章", "条", "节"})
    if (s.substr(e, u.size()) == u) {
      unit = u;
      return e + u.size();
    }
  return 0;
}

bool ends_clause(std::string_view before) {
  before = tx::trim(before);  // (a page's space after the full stop: `…制定本实施细则。 第一条`)
  for (std::string_view m : {"。", "；", "：", "）", ")"})
    if (tx::ends_with(before, m)) return true;
  return false;
}

}  // namespace

std::vector<st::Paragraph> unflatten_rule(const std::vector<st::Paragraph>& ps) {
  for (std::size_t k = 0; k < ps.size() && k < 8; ++k) {
    std::string_view t = ps[k].text;
    std::string_view title = flattened_title(t);
    if (title.empty()) continue;
    std::vector<st::Paragraph> out(ps.begin(), ps.begin() + static_cast<std::ptrdiff_t>(k));
    auto piece = [&](std::size_t b, std::size_t e) {
      auto v = tx::trim(t.substr(b, e - b));
      if (!v.empty()) out.push_back({v, ps[k].offset + static_cast<std::size_t>(v.data() - t.data())});
    };
    std::size_t at = static_cast<std::size_t>(title.data() - t.data()) + title.size();
    piece(0, at);
    // The 题注, up to its closing bracket.
    if (tx::starts_with(t.substr(at), "（") || tx::starts_with(t.substr(at), "(")) {
      std::size_t close = t.find(t[at] == '(' ? ")" : "）", at);
      if (close == std::string_view::npos) return ps;
      close += t[close] == ')' ? 1 : 3;
      piece(at, close);
      at = close;
    }
    std::size_t start = at;
    bool chapter_open = false;  // a chapter's name runs up to its first article
    for (std::size_t p = at; p < t.size();) {
      std::string_view unit;
      std::size_t len = marker_at(t.substr(p), unit);
      bool opens = len && (p == start || ends_clause(t.substr(start, p - start)) || (chapter_open && unit == "条"));
      if (opens && p > start) {
        piece(start, p);
        start = p;
      }
      if (opens) chapter_open = unit != "条";
      if (len) p += len;
      else tx::next_cp(t, p);
    }
    piece(start, t.size());
    out.insert(out.end(), ps.begin() + static_cast<std::ptrdiff_t>(k) + 1, ps.end());
    return out;
  }
  return ps;
}

TextStart text_start(const std::vector<st::Paragraph>& ps) {
  TextStart at{ps.size(), ps.size(), ps.size()};
  for (std::size_t i = 0; i < ps.size(); ++i) {
    auto m = tx::parse_marker(ps[i].text);
    if (m.family == MarkerFamily::article || m.family == MarkerFamily::chapter) {
      at.body = i;
      break;
    }
  }
  for (std::size_t i = at.body > 0 ? at.body - 1 : 0; i < ps.size() && i < at.body + 60; ++i) {
    if (tx::strip_spaces(ps[i].text) != "目录") continue;
    auto first = tx::parse_marker(i + 1 < ps.size() ? ps[i + 1].text : std::string_view());
    std::size_t j = i + 1;
    for (; j < ps.size() && tx::char_count(ps[j].text) <= 40; ++j) {
      auto m = tx::parse_marker(ps[j].text);
      if ((m.family != MarkerFamily::chapter && m.family != MarkerFamily::section) || (j > i + 1 && m.family == first.family && m.number == first.number)) break;
    }
    // (The text starts below only when the list heads it: a 目录 of an attachment after the
    // articles moves nothing.)
    if (j > i + 2 && first.family == MarkerFamily::chapter)
      for (std::size_t k = j; k < ps.size() && k < j + 12; ++k)
        if (auto m = tx::parse_marker(ps[k].text); m.family == MarkerFamily::chapter && m.number == first.number) {
          at.toc_b = i;
          at.toc_e = j;
          if (i + 1 == at.body) at.body = k;
          break;
        }
    break;
  }
  return at;
}

}  // namespace regulation_titles
