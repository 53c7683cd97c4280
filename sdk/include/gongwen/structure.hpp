// Document structure shared by native handlers: paragraphs and the heading
// tree. Levels come from the order in which marker families first appear in
// the document (`一、` then `（一）` then `1.` …), because the same family
// means different levels in different documents (GUIDE §6.14). Numbering is
// checked, never repaired: gaps, duplicates and disorder become diagnostics.
#pragma once

#include <gongwen/detail/page_titles.hpp>
#include <gongwen/document.hpp>
#include <gongwen/text.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>
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

// The report an organ makes each year to the congress at its level, by the end of its title:
// `政府工作报告`, the two courts' (`…人民检察院工作报告`, `…人民法院工作报告`) and the
// congress's own standing committee's (`…常务委员会工作报告`, `…人大常委会工作报告`); empty
// when the title names none. (A speech's `工作报告` to a party congress is none of these.)
// (The year it reports on may stand between them: `武汉市人民检察院2024年工作报告`.)
inline std::string_view congress_report(std::string_view q) {
  constexpr std::string_view government = "政府工作报告", report = "工作报告";
  if (text::ends_with(q, government)) return q.substr(q.size() - government.size());
  if (!text::ends_with(q, report)) return {};
  std::string_view before = q.substr(0, q.size() - report.size());
  // (A party committee reports to its plenum: `中共某某县委常务委员会工作报告` is no congress's.)
  if (text::contains(before, "中共") || text::contains(before, "党委") || text::ends_with(before, "委常务委员会")) return {};
  for (std::string_view year : {"年度", "年"})
    if (text::ends_with(before, year) && before.size() >= year.size() + 4) {
      std::string_view digits = before.substr(before.size() - year.size() - 4, 4);
      if (digits.find_first_not_of("0123456789") == std::string_view::npos) before.remove_suffix(year.size() + 4);
      break;
    }
  for (std::string_view organ : {"人民检察院", "人民法院", "常务委员会", "人大常委会"})
    if (text::ends_with(before, organ)) return q.substr(before.size() - organ.size());
  return {};
}

// A page's heading that decorates a title (`2022年度专题党课:…(精选文档)`, `…事迹报告(最终定稿)`,
// `第一篇:…`) over the title as the text prints it: the index of the plain one (a shorter line the
// heading contains, or a line the heading abridges, that `is_title` accepts) within the `within`
// paragraphs under i; else i.
template <class IsTitle>
std::size_t plain_title_below(const std::vector<Paragraph>& ps, std::size_t i, IsTitle is_title, std::size_t within = 6) {
  // (Decorated twice over: a trail ending with the heading, the heading, the title.)
  for (std::size_t from = i; i < ps.size(); from = i) {
    std::string outer = text::strip_spaces(ps[i].text);
    for (std::size_t j = i + 1; j < ps.size() && j <= i + within && i == from; ++j) {
      if (text::more_visible_than(ps[j].text, 80)) continue;
      std::string inner = text::strip_spaces(ps[j].text);
      // (Not the second line of the title wrapped below it: `在全县…纪念章` / `集中颁发仪式上的讲话`.)
      bool wrapped = j > i + 1 && text::strip_spaces(ps[j - 1].text) + inner == outer;
      bool plain = inner.size() < outer.size() && text::char_count(inner) >= 6 && outer.find(inner) != std::string::npos && !wrapped &&
                   decorates(outer, inner);
      if ((plain || abridges(outer, inner)) && is_title(inner)) i = j;
    }
    if (i == from) break;
  }
  return i;
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
// With clause_chars, a numbered clause longer than that (a 公告's `一、利用许可证
// 走私进口…的，是指…`) is titled by its first clause, up to `，；：`.
inline std::string_view heading_title(std::string_view rest, std::size_t max_chars = 60, std::size_t clause_chars = 0) {
  for (std::string_view stop : {"。", "！", "？"}) {
    auto p = rest.find(stop);
    if (p != std::string_view::npos) rest = rest.substr(0, p);
  }
  if (text::char_count(rest) > max_chars && clause_chars > 0) {
    std::size_t cut = std::string_view::npos;
    for (std::string_view mark : {"，", "；", "：", ","})
      if (auto p = rest.find(mark); p != std::string_view::npos && p < cut) cut = p;
    if (cut != std::string_view::npos && cut > 0 && text::char_count(rest.substr(0, cut)) <= clause_chars) return rest.substr(0, cut);
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
  std::size_t clause_title_chars = 0;  // > 0: a long numbered clause is titled by its first clause (heading_title)
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
    auto title = heading_title(rest, opt.max_title_chars, opt.clause_title_chars);
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

// The heading tree of a document whose format carries typography (DOCX, PDF,
// OFD): the marker tree, plus short unnumbered paragraphs set in a look of
// their own (GB/T 9704: level 1 黑体, level 2 楷体, level 3 bold 仿宋; or a
// Word outline level). A look that marker headings already use keeps their
// level; other looks rank by size, then 黑体 > 楷体 > bold > the rest. Text
// formats get exactly heading_tree(ps, opt).
inline std::vector<Heading> heading_tree(const Document& doc, const std::vector<Paragraph>& ps, const TreeOptions& opt = {}) {
  auto marked = heading_tree(ps, opt);
  if (ps.empty() || !doc.style_at(ps.front().offset)) return marked;
  struct Look {
    float size;
    int font_rank;  // 0 黑体, 1 楷体, 2 other
    bool bold;
    bool operator<(const Look& o) const {
      if (size != o.size) return size > o.size;
      if (font_rank != o.font_rank) return font_rank < o.font_rank;
      return bold > o.bold;
    }
    bool operator==(const Look& o) const { return size == o.size && font_rank == o.font_rank && bold == o.bold; }
  };
  auto rank = [](std::string_view font) {
    if (font.find("黑") != std::string_view::npos || font.find("Hei") != std::string_view::npos) return 0;
    if (font.find("楷") != std::string_view::npos || font.find("Kai") != std::string_view::npos) return 1;
    return 2;
  };
  std::vector<std::optional<Document::Style>> styles;
  std::vector<Look> looks;
  styles.reserve(ps.size());
  for (const auto& p : ps) {
    styles.push_back(doc.style_at(p.offset));
    const auto& s = styles.back();
    looks.push_back(s ? Look{std::round(s->size_pt * 2) / 2, rank(s->font), s->bold} : Look{0, 2, false});
  }
  // The body's look: that of most characters.
  std::vector<std::pair<Look, std::size_t>> weight;
  for (std::size_t i = 0; i < ps.size(); ++i) {
    auto it = std::find_if(weight.begin(), weight.end(), [&](auto& w) { return w.first == looks[i]; });
    if (it == weight.end()) weight.push_back({looks[i], ps[i].text.size()});
    else it->second += ps[i].text.size();
  }
  Look body = std::max_element(weight.begin(), weight.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
  // Levels the marker headings give their looks.
  std::vector<std::pair<Look, int>> level_of;
  std::size_t k = 0;
  for (std::size_t i = opt.from_paragraph; i < ps.size(); ++i) {
    while (k < marked.size() && marked[k].offset < ps[i].offset) ++k;
    if (k < marked.size() && marked[k].offset == ps[i].offset && !(looks[i] == body) &&
        std::none_of(level_of.begin(), level_of.end(), [&](auto& l) { return l.first == looks[i]; }))
      level_of.push_back({looks[i], marked[k].level});
  }
  // A heading ends neither a sentence nor a clause.
  auto ends_sentence = [](std::string_view t) {
    char32_t c = text::last_cp(t);
    return text::is_sentence_end(c) || c == U'，' || c == U'、';
  };
  std::vector<std::size_t> candidates;
  std::vector<Look> new_looks;
  k = 0;
  for (std::size_t i = opt.from_paragraph; i < ps.size(); ++i) {
    while (k < marked.size() && marked[k].offset < ps[i].offset) ++k;
    if (k < marked.size() && marked[k].offset == ps[i].offset) continue;
    if (text::parse_marker(ps[i].text)) continue;  // an enumeration the options left out
    if (text::whole_date(text::strip_spaces(ps[i].text))) continue;  // a 成文日期 set apart is no heading
    const auto& s = styles[i];
    if (!s || s->role == "table" || s->align == "center" || s->align == "right") continue;
    bool outline = s->outline_level >= 0 && s->outline_level < 9;
    bool own_look = !(looks[i] == body) && looks[i].size >= body.size - 0.25f &&
                    (looks[i].font_rank < body.font_rank || (looks[i].bold && !body.bold) || looks[i].size > body.size);
    if (!(outline || own_look) || text::char_count(ps[i].text) > opt.max_title_chars || ends_sentence(ps[i].text)) continue;
    candidates.push_back(i);
    if (!outline && std::none_of(level_of.begin(), level_of.end(), [&](auto& l) { return l.first == looks[i]; }) &&
        std::find(new_looks.begin(), new_looks.end(), looks[i]) == new_looks.end())
      new_looks.push_back(looks[i]);
  }
  if (candidates.empty()) return marked;
  // Looks whose level a Word outline level states.
  for (std::size_t i : candidates) {
    int ol = styles[i]->outline_level;
    if (ol >= 0 && ol < 9 && std::none_of(level_of.begin(), level_of.end(), [&](auto& l) { return l.first == looks[i]; }))
      level_of.push_back({looks[i], ol + 1});
  }
  new_looks.erase(std::remove_if(new_looks.begin(), new_looks.end(),
                                 [&](const Look& l) { return std::any_of(level_of.begin(), level_of.end(), [&](auto& k) { return k.first == l; }); }),
                  new_looks.end());
  // A new look sits one level below the nearest known look that ranks above
  // it (bigger, or 黑体 over 楷体 over bold), at level 1 when none does.
  std::sort(new_looks.begin(), new_looks.end());
  for (const auto& look : new_looks) {
    int level = 0;
    const Look* above = nullptr;
    for (auto& [known, l] : level_of)
      if (known < look && (!above || *above < known)) above = &known, level = l;
    level_of.push_back({look, level + 1});
  }
  std::vector<Heading> out;
  std::size_t m = 0;
  for (std::size_t i : candidates) {
    while (m < marked.size() && marked[m].offset < ps[i].offset) out.push_back(marked[m++]);
    int level = 1;
    if (styles[i]->outline_level >= 0 && styles[i]->outline_level < 9) level = styles[i]->outline_level + 1;
    for (auto& [look, l] : level_of)
      if (look == looks[i]) level = l;
    out.push_back({level, text::MarkerFamily::none, 0, {}, ps[i].text, ps[i].offset, ps[i].offset + ps[i].text.size()});
  }
  while (m < marked.size()) out.push_back(marked[m++]);
  return out;
}

// Checks numbering within each family under the same parent; reports, never renumbers.
inline void check_numbering(Document& doc, const std::vector<Heading>& hs) {
  std::vector<long long> last(16, 0);
  for (const auto& h : hs) {
    if (h.marker.empty()) continue;  // a heading known by its typography has no number
    std::size_t l = static_cast<std::size_t>(std::min(h.level, 15));
    long long expected = last[l] + 1;
    if (h.number != expected) {
      std::string what = h.number == last[l] ? "duplicated" : h.number < last[l] ? "out of order" : "skips a number";
      doc.diagnostic(Severity::warning, "heading_order",
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
