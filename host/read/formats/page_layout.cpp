// Positioned text → paragraphs (see page_layout.hpp).
#include "read/formats/page_layout.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <span>

#include <gongwen/text.hpp>

#include "clean/cleaner.hpp"

namespace gongwen::host::formats {

namespace {

using Line = PageLayout::Line;

// Page furniture lives above 10% of the page height or below 88% (GB/T 9704
// prints the folio about 7 mm under a 297 mm page's text block).
constexpr double kTopBand = 0.10, kBottomBand = 0.88;

using text::first_cp;
using text::last_cp;
// A table of contents' entry: its leader dots run to the page number it ends with
// (`1.国务院办公厅关于…的意见 ........ 1`); the next line is the next entry.
bool leader_to_page(std::string_view t) {
  t = text::trim(t);
  std::size_t end = t.size();
  while (end > 0 && t[end - 1] >= '0' && t[end - 1] <= '9') --end;
  if (end == t.size() || t.size() - end > 4) return false;
  std::size_t dots = 0;
  for (std::size_t i = end; i > 0 && dots < 4;) {
    std::size_t at = i;
    char32_t c = text::prev_cp(t, at);
    if (c == ' ') { i = at; continue; }
    if (c != '.' && c != U'…' && c != U'·' && c != U'．' && c != U'⋯') break;
    ++dots;
    i = at;
  }
  return dots >= 4;
}

bool latin(char32_t c) { return c < 0x80 && (std::isalnum(static_cast<int>(c)) || c == ',' || c == '.' || c == ';' || c == ':'); }

// Fake bold: the same glyphs printed twice a fraction of a point apart.
void fold_overprint(std::vector<TextPiece>& ps) {
  std::vector<TextPiece> out;
  out.reserve(ps.size());
  for (auto& p : ps) {
    bool dup = false;
    for (std::size_t k = out.size(), seen = 0; k-- > 0 && seen < 8; ++seen) {
      TextPiece& q = out[k];
      double tol = std::max(0.6, 0.15 * std::max(p.size_pt, q.size_pt));
      if (q.text == p.text && std::fabs(q.x0 - p.x0) < tol && std::fabs(q.y1 - p.y1) < tol) {
        q.bold = true;
        dup = true;
        break;
      }
    }
    if (!dup) out.push_back(std::move(p));
  }
  ps.swap(out);
}

// A line's pieces, in reading order, as one Line.
void add_line(std::vector<Line>& lines, std::span<const TextPiece* const> ps, double y0, double y1, std::uint32_t page) {
  Line l{ps.front()->x0, y0, ps.front()->x1, y1, 0, false, "", "", "", page, 0};
  std::map<std::tuple<float, bool, std::string, std::string>, std::size_t> weight;
  const TextPiece* prev = nullptr;
  for (const TextPiece* p : ps) {
    if (prev) {
      double em = std::max(1.0f, std::max(prev->size_pt, p->size_pt));
      double gap = p->x0 - prev->x1;
      if (gap > 2.0 * em) l.text += "    ";  // a layout gap (`办公室    2018年2月9日印发`)
      else if ((prev->space_after || gap > 0.25 * em) && (latin(last_cp(prev->text)) || latin(first_cp(p->text))))
        l.text += ' ';
    }
    l.text += p->text;
    l.x1 = std::max(l.x1, p->x1);
    std::size_t chars = 0;
    for (unsigned char c : p->text) chars += (c & 0xC0) != 0x80;
    weight[{std::round(p->size_pt * 2) / 2, p->bold, p->font, p->color}] += chars;
    prev = p;
  }
  std::size_t best = 0;
  for (const auto& [k, n] : weight)
    if (n > best) best = n, std::tie(l.size_pt, l.bold, l.font, l.color) = k;
  if (!text::trim(l.text).empty()) lines.push_back(std::move(l));
}

// Where a line's large type ends and a run of much smaller type finishes it: a
// headline's last line with its date and source set small after it on the same
// baseline (`…举行座谈 2025-02-18来源：解放日报`), or a short one after a layout gap of over
// two em (a sidebar's `热门排行` beside a headline). They are two lines; a footnote mark (one or
// two characters set close) is no such run. ps.size() when none.
std::size_t small_tail(const std::vector<const TextPiece*>& ps) {
  std::vector<float> head_min(ps.size() + 1, 1e9f);  // head_min[k]: smallest size among ps[0..k)
  for (std::size_t k = 0; k < ps.size(); ++k) head_min[k + 1] = std::min(head_min[k], ps[k]->size_pt);
  float tail_max = 0;
  std::size_t tail_chars = 0;
  for (std::size_t k = ps.size(); k-- > 1;) {
    tail_max = std::max(tail_max, ps[k]->size_pt);
    tail_chars += text::char_count(ps[k]->text);
    // (Or a short one after a layout gap: a sidebar's heading beside a page's headline, `…惠民生    热门排行`.)
    bool apart = tail_chars >= 2 && ps[k]->x0 - ps[k - 1]->x1 > 2.0 * head_min[k];
    if ((tail_chars >= 6 || apart) && tail_max > 0 && head_min[k] >= 1.4f * tail_max) return k;
  }
  return ps.size();
}

struct Group {
  double y0, y1;
  std::vector<const TextPiece*> ps;  // sorted by x0 once the page's groups are made
};

// The x of a gutter between two columns whose lines share baselines, or 0: a gap of over 1.2 em
// (a magazine's gutter is 1–2 em; justified Han text has none within a line) that holds x, on
// at least eight lines and a quarter of the page's, the text left of it prose: 12 characters on
// average and mostly no label (a table's cells and a joint signature are short; a form's
// `名称：…    纳税人识别号：…` are labelled).
double gutter(const std::vector<Group>& groups, double width) {
  if (groups.size() < 12) return 0;
  struct Gap {
    double from, to;
    std::size_t chars;  // characters before it on its line, from the gap before
    bool labelled;      // a colon before it on its line
  };
  std::vector<Gap> gaps;
  for (const auto& g : groups) {
    std::size_t chars = 0;
    bool labelled = false;
    double from = 0;  // (pieces may overlap: the right edge of all before)
    for (std::size_t k = 0; k + 1 < g.ps.size(); ++k) {
      chars += text::char_count(g.ps[k]->text);
      labelled |= g.ps[k]->text.find("：") != std::string::npos || g.ps[k]->text.find(':') != std::string::npos;
      from = std::max(from, g.ps[k]->x1);
      double em = std::max(1.0f, std::max(g.ps[k]->size_pt, g.ps[k + 1]->size_pt));
      if (g.ps[k + 1]->x0 - from > 1.2 * em) {
        gaps.push_back({from, g.ps[k + 1]->x0, chars, labelled});
        chars = 0;  // (the text between two gaps is a cell of a table, or a column's line)
      }
    }
  }
  if (gaps.size() < 8) return 0;
  double best_x = 0;
  std::size_t best = 0;
  for (double x = width * 0.2; x <= width * 0.8; x += 2) {
    std::size_t n = 0, chars = 0, labels = 0;
    for (const auto& g : gaps)
      if (g.from < x && x < g.to) ++n, chars += g.chars, labels += g.labelled;
    if (n > best && n >= 8 && n * 4 >= groups.size() && chars >= 12 * n && labels * 3 <= n) best = n, best_x = x;
  }
  return best_x;
}

// Pieces → lines: a piece joins the line whose vertical band it mostly shares.
std::vector<Line> build_lines(std::vector<TextPiece>& ps, std::uint32_t page, double width) {
  std::sort(ps.begin(), ps.end(), [](const TextPiece& a, const TextPiece& b) {
    double ca = (a.y0 + a.y1) / 2, cb = (b.y0 + b.y1) / 2;
    return ca != cb ? ca < cb : a.x0 < b.x0;
  });
  std::vector<Group> groups;
  for (const auto& p : ps) {
    double h = std::max(0.5, p.y1 - p.y0);
    bool placed = false;
    // Only the last few lines can still receive a piece (pieces come sorted).
    for (std::size_t k = groups.size(), seen = 0; k-- > 0 && seen < 4 && !placed; ++seen) {
      Group& g = groups[k];
      double overlap = std::min(g.y1, p.y1) - std::max(g.y0, p.y0);
      double gh = std::max(0.5, g.y1 - g.y0);
      if (overlap > 0.5 * std::min(h, gh)) {
        g.ps.push_back(&p);
        g.y0 = std::min(g.y0, p.y0);
        g.y1 = std::max(g.y1, p.y1);
        placed = true;
      }
    }
    if (!placed) groups.push_back({p.y0, p.y1, {&p}});
  }
  for (auto& g : groups)
    std::sort(g.ps.begin(), g.ps.end(), [](const TextPiece* a, const TextPiece* b) { return a->x0 < b->x0; });
  // Two columns set on shared baselines (a magazine's page, a web page printed with its sidebar):
  // one gutter that the same wide gap opens on many lines, prose on its left. Each such line is two.
  if (double x = gutter(groups, width); x > 0) {
    std::vector<Group> split;
    for (auto& g : groups) {
      auto right = std::find_if(g.ps.begin(), g.ps.end(), [&](const TextPiece* p) { return p->x0 >= x; });
      bool clean = right != g.ps.begin() && right != g.ps.end() && (*(right - 1))->x1 <= x;
      if (!clean) {
        split.push_back(std::move(g));
        continue;
      }
      split.push_back({g.y0, g.y1, {g.ps.begin(), right}});
      split.push_back({g.y0, g.y1, {right, g.ps.end()}});
    }
    groups.swap(split);
  }
  std::vector<Line> lines;
  for (auto& g : groups) {
    std::size_t cut = small_tail(g.ps);
    add_line(lines, {g.ps.begin(), g.ps.begin() + cut}, g.y0, g.y1, page);
    if (cut < g.ps.size()) add_line(lines, {g.ps.begin() + cut, g.ps.end()}, g.y0, g.y1, page);
  }
  return lines;
}

// Two columns: a vertical gutter near the middle that many lines stop
// before and many start after, and almost none cross.
void split_columns(std::vector<Line>& lines, double width) {
  if (lines.size() < 12) return;
  double best_x = 0;
  std::size_t best_score = 0;
  for (double x = width * 0.3; x <= width * 0.7; x += 2) {
    std::size_t left = 0, right = 0, cross = 0;
    // (Only a line that crosses between the columns' first and last lines counts against them: a
    // page's masthead over them and its footer under them span the page.)
    double top = 1e18, bottom = -1e18;
    for (const auto& l : lines)
      if (l.x1 <= x || l.x0 >= x) top = std::min(top, l.y0), bottom = std::max(bottom, l.y1);
    for (const auto& l : lines) {
      if (l.x1 <= x) ++left;
      else if (l.x0 >= x) ++right;
      else if (l.y0 > top && l.y1 < bottom) ++cross;
    }
    if (cross * 10 > lines.size() || left * 4 < lines.size() || right * 4 < lines.size()) continue;
    std::size_t score = std::min(left, right);
    if (score > best_score) best_score = score, best_x = x;
  }
  if (!best_score) return;
  for (auto& l : lines) l.column = l.x1 <= best_x ? 1 : l.x0 >= best_x ? 2 : 0;
  // Reading order: lines crossing the gutter above the columns, then the
  // left column, then the right, then crossing lines below.
  double top = 1e18;
  for (const auto& l : lines)
    if (l.column) top = std::min(top, l.y0);
  std::stable_sort(lines.begin(), lines.end(), [&](const Line& a, const Line& b) {
    auto rank = [&](const Line& l) { return l.column ? l.column : (l.y0 < top ? 0 : 3); };
    return rank(a) < rank(b);
  });
}

std::string furniture_key(std::string_view t) {
  std::string k;
  for (std::size_t i = 0; i < t.size();) {
    char32_t c = text::next_cp(t, i);
    if (c == ' ' || c == 0x3000 || c == '\t') continue;
    if ((c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19)) {
      if (k.empty() || k.back() != '#') k += '#';
      continue;
    }
    text::append_utf8(k, c);
  }
  return k;
}

// A binding line (裝訂線, as Taiwan's 公文 and many forms print it): a column of
// rules in the outer margin, one glyph per row down most of the page, with
// 裝/訂/線 set among them. Left in, every line it crosses begins with `|`.
// Returns how many pieces were dropped.
std::size_t drop_binding_line(std::vector<TextPiece>& ps, double width, double height) {
  std::map<long, std::size_t> rows;  // single glyphs in the outer margins, by centre (2 pt bins)
  for (const auto& p : ps) {
    double cx = (p.x0 + p.x1) / 2;
    if ((cx < width * 0.12 || cx > width * 0.88) && text::char_count(text::trim(p.text)) == 1) ++rows[std::lround(cx / 2)];
  }
  for (const auto& [bin, n] : rows) {
    if (n < 10) continue;
    auto in_strip = [&](const TextPiece& p) { return std::abs(std::lround((p.x0 + p.x1) / 4) - bin) <= 1; };
    double top = height, bottom = 0;
    std::size_t rules = 0;
    bool other = false;
    for (const auto& p : ps) {
      if (!in_strip(p)) continue;
      std::string_view t = text::trim(p.text);
      if (text::char_count(t) != 1) other = true;
      char32_t c = text::first_cp(t);
      rules += c == '|' || c == U'｜' || c == U'┊' || c == U'│' || c == U'┆' || c == '-' || c == U'－';
      top = std::min(top, p.y0), bottom = std::max(bottom, p.y1);
    }
    // Mostly rules, nothing longer than a glyph, down at least half the page.
    if (other || rules * 4 < n * 3 || bottom - top < height * 0.5) continue;
    std::size_t before = ps.size();
    std::erase_if(ps, in_strip);
    return before - ps.size();
  }
  return 0;
}

}  // namespace

void PageLayout::add_page(PageText page) {
  fold_overprint(page.pieces);
  binding_ += drop_binding_line(page.pieces, page.width, page.height);
  // A page number printed on the same baseline as other text (the 版记 line
  // of the last page) is a piece of its own: drop it before lines join it.
  std::size_t before = page.pieces.size();
  std::erase_if(page.pieces, [&](const TextPiece& p) {
    return (p.y1 < page.height * kTopBand || p.y0 > page.height * kBottomBand) && is_folio(text::trim(p.text));
  });
  folios_ += before - page.pieces.size();
  Page p{page.width, page.height, build_lines(page.pieces, static_cast<std::uint32_t>(pages_.size() + 1), page.width)};
  split_columns(p.lines, page.width);
  pages_.push_back(std::move(p));
}

void PageLayout::finish(Extracted& out) {
  // 1. Furniture: lines in the top or bottom band that repeat across pages
  //    (digits folded) or that are a page number.
  std::map<std::string, std::size_t> band_keys;
  auto in_band = [](const Page& p, const Line& l) { return l.y1 < p.height * kTopBand || l.y0 > p.height * kBottomBand; };
  for (const auto& p : pages_) {
    std::map<std::string, bool> seen;
    for (const auto& l : p.lines)
      if (in_band(p, l)) seen[furniture_key(l.text)] = true;
    for (const auto& [k, _] : seen) ++band_keys[k];
  }
  std::size_t folios = 0, heads = 0;
  std::size_t need = std::max<std::size_t>(3, (pages_.size() * 2 + 4) / 5);
  for (auto& p : pages_) {
    std::vector<Line> kept;
    for (auto& l : p.lines) {
      if (in_band(p, l)) {
        std::string_view t = text::trim(l.text);
        if (is_folio(t) || (t.size() <= 4 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
          ++folios;
          continue;
        }
        // Repeated on most pages of three or more, or on both of two.
        std::size_t seen_on = band_keys[furniture_key(l.text)];
        if ((pages_.size() >= 3 && seen_on >= need) || (pages_.size() == 2 && seen_on == 2)) {
          ++heads;
          continue;
        }
      }
      kept.push_back(std::move(l));
    }
    p.lines.swap(kept);
  }
  folios += folios_;
  if (binding_) out.notes.push_back({Diag::clean_binding_line, fmt::format("{} glyph(s) of a binding line (裝訂線) dropped", binding_)});
  if (folios) out.notes.push_back({Diag::clean_folio, fmt::format("{} page number(s) dropped", folios)});
  if (heads)
    out.notes.push_back(
        {Diag::clean_running_head, fmt::format("{} running head or foot line(s) dropped (repeated on most pages)", heads)});

  // 2. Body metrics: the left edge and right edge most body lines share,
  //    the size most characters have, the usual distance between baselines.
  std::map<long, std::size_t> size_hist;
  for (const auto& p : pages_)
    for (const auto& l : p.lines) size_hist[std::lround(l.size_pt * 2)] += l.text.size();
  float body = 12;
  {
    std::size_t best = 0;
    for (auto [s, n] : size_hist)
      if (n > best && s > 0) best = n, body = static_cast<float>(s) / 2;
  }

  // Document-wide measure of single-column body lines (median left edge, a
  // high quantile of right edges), for pages too short to have their own.
  {
    std::vector<double> ls, rs;
    for (const auto& p : pages_)
      for (const auto& l : p.lines)
        if (l.column == 0 && std::fabs(l.size_pt - body) <= 1.0f) ls.push_back(l.x0), rs.push_back(l.x1);
    if (!rs.empty()) {
      std::sort(ls.begin(), ls.end());
      std::sort(rs.begin(), rs.end());
      doc_left_ = ls[ls.size() / 2];
      doc_right_ = rs[std::min(rs.size() - 1, rs.size() * 9 / 10)];
      // Too few lines to have filled the measure: take the margins as
      // symmetric around the leftmost line (GB/T 9704: 28 mm and 26 mm).
      if (rs.size() < 8 && !pages_.empty()) {
        doc_left_ = ls.front();
        doc_right_ = std::max(doc_right_, pages_.front().width - doc_left_);
      }
    }
  }

  // 3. Paragraphs.
  std::string para;
  ParagraphStyle style;
  const Line* prev = nullptr;
  double prev_right = 0;  // the column's right edge of prev
  bool prev_centered = false;
  // Each paragraph's distance from the line before it, in ems (0 for those added before).
  std::vector<float> gaps(out.styles.size(), 0.0f);
  float gap_em = 0;
  auto flush = [&] {
    std::size_t added = out.styles.size();
    if (!para.empty()) out.add(para, style);
    if (out.styles.size() > added) gaps.push_back(gap_em);  // (a blank paragraph is not added)
    para.clear();
  };
  float last_body = 0;  // the body size of the last single-column page with enough text
  for (const auto& p : pages_) {
    // Edges per column of this page: the most common left edge (to 1 pt)
    // and a high quantile of right edges.
    for (int col = 0; col <= 2; ++col) {
      std::vector<const Line*> ls;
      for (const auto& l : p.lines)
        if (l.column == col) ls.push_back(&l);
      if (ls.empty()) continue;
      // The column's own body size: a notice set in 三号 before annexes of tables in 五号 has
      // its lines measured against its own (the document's most common size is the tables').
      // (A page too short to tell, the signature's under the body's last lines, has the size of
      // the page before it.)
      float local = col == 0 && last_body > 0 ? last_body : body;
      {
        // (The size must hold enough text by itself: a page of two lines of a 22 pt title over a
        // few lines of body keeps the size before it.)
        std::map<long, std::size_t> sizes;
        for (auto* l : ls) sizes[std::lround(l->size_pt * 2)] += l->text.size();
        std::size_t best = 0;
        for (auto [sz, n] : sizes)
          if (n > best && sz > 0) best = n;
        if (best >= 300)
          for (auto [sz, n] : sizes)
            if (n == best && sz > 0) {
              local = static_cast<float>(sz) / 2;
              break;
            }
        if (col == 0 && best >= 300) last_body = local;
      }
      std::map<long, std::size_t> lefts;
      std::vector<double> rights;
      for (auto* l : ls) {
        if (std::fabs(l->size_pt - local) <= 1.0f) {
          ++lefts[std::lround(l->x0)];
          rights.push_back(l->x1);
        }
      }
      if (rights.empty())
        for (auto* l : ls) ++lefts[std::lround(l->x0)], rights.push_back(l->x1);
      double left = ls.front()->x0;
      {
        std::size_t best = 0;
        for (auto [x, n] : lefts) {
          std::size_t around = n + (lefts.count(x - 1) ? lefts[x - 1] : 0) + (lefts.count(x + 1) ? lefts[x + 1] : 0);
          if (around > best) best = around, left = static_cast<double>(x);
        }
      }
      std::sort(rights.begin(), rights.end());
      double right = rights[rights.size() * 9 / 10 < rights.size() ? rights.size() * 9 / 10 : rights.size() - 1];
      // A page with a few lines says little about its measure: the document's
      // edges stand in for its own.
      // (So does a page none of whose lines fills the document's measure, a signature page's
      // short lines: `福建省人民政府办公厅` / `2021年9月30日` / `（此件主动公开）`.)
      if (col == 0 && doc_right_ > 0 && (ls.size() < 5 || rights.back() < doc_right_ - 2 * local)) {
        right = std::max(right, doc_right_);
        left = std::min(left, doc_left_);
      }
      double center = col == 0 ? p.width / 2 : (left + right) / 2;
      // Usual baseline step between consecutive body lines.
      std::vector<double> steps;
      for (std::size_t i = 1; i < ls.size(); ++i) {
        double d = ls[i]->y1 - ls[i - 1]->y1;
        if (d > 0 && std::fabs(ls[i]->size_pt - local) <= 1.0f) steps.push_back(d);
      }
      std::sort(steps.begin(), steps.end());
      double step = steps.empty() ? local * 1.6 : steps[steps.size() / 2];

      for (const Line* l : ls) {
        float size = l->size_pt > 0 ? l->size_pt : local;
        double em = size;
        double mid = (l->x0 + l->x1) / 2;
        bool short_line = l->x1 < right - 1.5 * em;
        bool centered = l->x0 > left + 2 * em && short_line && std::fabs(mid - center) < 1.5 * em;
        bool right_aligned = !centered && l->x0 > left + 4 * em && l->x1 >= right - 1.0 * em;
        bool indented = l->x0 >= left + 1.2 * em && !centered && !right_aligned;
        bool new_para = true;
        if (prev) {
          bool same_page_col = prev->page == l->page && prev->column == l->column;
          double gap = l->y1 - prev->y1;
          bool prev_short = prev->x1 < prev_right - 1.5 * std::max(1.0f, prev->size_pt);
          bool same_look = std::fabs(prev->size_pt - l->size_pt) <= 1.0f && prev->bold == l->bold;
          bool big_gap = same_page_col && (gap > 1.45 * step || gap < 0);
          // Two lines each cut by a layout gap are rows of columns (a joint signature, `共青团…    陕西…公司`
          // over `…委员会    信息技术部`), not one paragraph's lines.
          bool rows = prev->text.find("    ") != std::string::npos && l->text.find("    ") != std::string::npos;
          // An attachment's label heads the page it starts (`附件 1`): nothing runs on into it.
          std::string_view lt = text::trim(l->text);
          bool annex = prev->page != l->page && text::starts_with(lt, "附件") && text::char_count(lt) <= 6;
          new_para = !same_look || big_gap || indented || prev_short || centered || prev_centered || right_aligned || rows || annex ||
                     leader_to_page(prev->text) ||
                     (text::ends_sentence(prev->text) && starts_heading(lt));
          // A title over two lines of one large look stays one paragraph: the
          // first line may fill the measure, the last is centred.
          bool prev_full = prev->x1 >= prev_right - 1.5 * em && prev->x0 <= left + 0.5 * em;
          if (centered && (prev_centered || prev_full) && same_look && !big_gap && prev->page == l->page && size > local + 1.5f &&
              !date_line(l->text)) {
            new_para = false;
            style.align = "center";
          }
        }
        if (new_para) {
          flush();
          gap_em = prev && prev->page == l->page && prev->column == l->column && l->y1 > prev->y1 ? static_cast<float>((l->y1 - prev->y1) / em) : 0;
          style = ParagraphStyle{};
          style.size_pt = size;
          style.bold = l->bold;
          style.font = l->font;
          style.color = l->color;
          style.page = l->page;
          style.align = centered ? "center" : right_aligned ? "right" : "justify";
          style.indent_em = static_cast<float>(std::max(0.0, (l->x0 - left) / em));
          if (centered || right_aligned) style.indent_em = 0;
        } else if (!para.empty() && latin(last_cp(para)) && latin(first_cp(l->text))) {
          para += ' ';
        }
        para += std::string(text::trim(l->text));
        prev = l;
        prev_right = right;
        prev_centered = centered;
      }
    }
  }
  flush();
  out.pages = static_cast<std::uint32_t>(pages_.size());
  pages_.clear();
  // A title wrapped over lines of its own size is one paragraph, as in DOCX.
  join_title_lines(out, gaps);
}

}  // namespace gongwen::host::formats
