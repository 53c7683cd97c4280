// Document structure shared by native handlers: paragraphs and the heading
// tree. Levels come from the order in which marker families first appear in
// the document (`一、` then `（一）` then `1.` …), because the same family
// means different levels in different documents (GUIDE §6.14). Numbering is
// checked, never repaired: gaps, duplicates and disorder become diagnostics.
#pragma once

#include <gongwen/document.hpp>
#include <gongwen/text.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace gongwen::structure {

struct Paragraph {
  std::string_view text;  // trimmed
  std::size_t offset;     // byte offset of text in the document
};

// The first `limit` paragraphs (all by default): detectors look at the head only.
inline std::vector<Paragraph> paragraphs(std::string_view t, std::size_t limit = static_cast<std::size_t>(-1)) {
  std::vector<Paragraph> out;
  for (std::size_t b = 0; b < t.size() && out.size() < limit;) {
    std::size_t e = t.find('\n', b);
    if (e == std::string_view::npos) e = t.size();
    auto line = t.substr(b, e - b);
    auto tr = text::trim(line);
    if (!tr.empty()) out.push_back({tr, b + static_cast<std::size_t>(tr.data() - line.data())});
    b = e + 1;
  }
  return out;
}

struct Heading {
  int level;
  text::MarkerFamily family;
  long long number;
  std::string_view marker;
  std::string_view title;
  std::size_t offset;  // paragraph start
  std::size_t end;     // end of the heading text
};

// The heading title: up to the first full stop (or the whole paragraph when
// it is short), without the stop.
inline std::string_view heading_title(std::string_view rest, std::size_t max_chars = 60) {
  for (std::string_view stop : {"。", "！", "？"}) {
    auto p = rest.find(stop);
    if (p != std::string_view::npos) rest = rest.substr(0, p);
  }
  if (text::char_count(rest) > max_chars) return {};
  return rest;
}

struct TreeOptions {
  // Families that open headings; the rest (一是, ①) are inline enumerations.
  std::vector<text::MarkerFamily> families = {text::MarkerFamily::cn_dun, text::MarkerFamily::cn_paren,
                                              text::MarkerFamily::ordinal_comma, text::MarkerFamily::ordinal_part,
                                              text::MarkerFamily::arabic_dot, text::MarkerFamily::arabic_paren};
  std::size_t max_title_chars = 60;
  std::size_t from_paragraph = 0;  // skip the title block
};

inline std::vector<Heading> heading_tree(const std::vector<Paragraph>& ps, const TreeOptions& opt = {}) {
  std::vector<Heading> out;
  std::vector<text::MarkerFamily> order;  // first appearance
  for (std::size_t i = opt.from_paragraph; i < ps.size(); ++i) {
    auto m = text::parse_marker(ps[i].text);
    if (!m) continue;
    bool wanted = false;
    for (auto f : opt.families) wanted |= f == m.family;
    if (!wanted) continue;
    auto rest = ps[i].text.substr(m.length);
    auto title = heading_title(rest, opt.max_title_chars);
    if (title.empty()) continue;
    // `1.` numbering a long list of rules is not a heading level.
    std::size_t lvl = 0;
    for (; lvl < order.size(); ++lvl)
      if (order[lvl] == m.family) break;
    if (lvl == order.size()) order.push_back(m.family);
    out.push_back({static_cast<int>(lvl + 1), m.family, m.number, m.text, title, ps[i].offset,
                   ps[i].offset + static_cast<std::size_t>(title.data() + title.size() - ps[i].text.data())});
  }
  return out;
}

// Checks numbering within each family under the same parent; reports, never renumbers.
inline void check_numbering(Document& doc, const std::vector<Heading>& hs) {
  std::vector<long long> last(16, 0);
  for (const auto& h : hs) {
    std::size_t l = static_cast<std::size_t>(std::min(h.level, 15));
    long long expected = last[l] + 1;
    if (h.number != expected) {
      std::string what = h.number == last[l] ? "duplicated" : h.number < last[l] ? "out of order" : "skips a number";
      doc.diagnostic(Severity::warning,
                     std::string("heading numbering ") + what + ": `" + std::string(h.marker) + "` after " +
                         (last[l] ? text::to_chinese(last[l]) : std::string("the start")) + " (kept as written)",
                     h.offset);
    }
    last[l] = h.number;
    for (std::size_t d = l + 1; d < last.size(); ++d) last[d] = 0;
  }
}

inline void add_sections(Document& doc, const std::vector<Heading>& hs) {
  for (const auto& h : hs) doc.add_section(h.level, h.marker, h.title, h.offset, h.end);
}

}  // namespace gongwen::structure
