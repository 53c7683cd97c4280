// Cleaning rules. Each rule is derived from a kind of extraction damage
// (PDF hard wraps, page folios, paywall markers, spaced-out labels), not from
// one file: see ../shared/corpus/GUIDE.md §6 for the kinds.
#include "clean/cleaner.hpp"
#include "clean/doc_site.hpp"
#include "clean/edits.hpp"
#include "clean/layout.hpp"
#include "clean/marks.hpp"
#include "clean/running_heads.hpp"
#include "clean/shredded.hpp"

#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/bytestream.h>

#include <gongwen/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>

namespace gongwen::host {

using clean_detail::Edit;
using clean_detail::is_digit;
using clean_detail::apply_edits;
using clean_detail::spacing_edits;
using clean_detail::radical_edits;
using clean_detail::continuation_note;
using clean_detail::has_wide_gap;
using clean_detail::rule_line, clean_detail::contents_line;
using clean_detail::Line, clean_detail::LayoutInfo, clean_detail::split_lines, clean_detail::layout_of;

namespace {

using text::next_cp;
using text::prev_cp;
using text::is_space;
using text::is_han;
using text::char_count;

bool is_terminal(char32_t c) {
  switch (c) {
    case U'。': case U'！': case U'？': case U'；': case U'：': case U'”': case U'」': case U'』':
    case U'）': case U'…': case '.': case '!': case '?': case ';': case ':': case ')': case '"':
      return true;
    default:
      return false;
  }
}

using text::first_cp;
using text::is_sentence_end;
using text::last_cp;

bool is_latin_alnum(char32_t c) { return (c < 0x80 && std::isalnum(static_cast<int>(c))); }

}  // namespace

bool starts_heading(std::string_view t) {
  using F = text::MarkerFamily;
  while (!t.empty() && t.front() == '\f') t = text::trim(t.substr(1));  // (a page's first line, after pdftotext's form feed)
  auto m = text::parse_marker(t);
  switch (m.family) {
    case F::cn_dun: case F::cn_paren: case F::arabic_paren: case F::ordinal_comma: case F::ordinal_part:
    case F::chapter: case F::section: case F::article: case F::circled: case F::arabic_dot:
      return true;
    default: break;
  }
  auto c = first_cp(t);
  return c == U'■' || c == U'□' || c == U'●' || c == U'◆' || text::starts_with(t, "——");
}

// ---- line furniture --------------------------------------------------------

// A page's number alone: one to four ASCII digits.
static bool bare_page_number(std::string_view t) {
  return !t.empty() && t.size() <= 4 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// `— 2 —`, `- 2 -`, `第 2 页`, `第2页 共9页`, `2 / 9`; and the page marks a
// converter writes between pages (`==========第3页==========`, `-- 3 of 12 --`).
bool is_folio(std::string_view t) {
  if (t.size() > 80) return false;  // most lines: no allocation
  std::string s = text::strip_spaces(t);
  std::string_view v = s;
  auto strip_dashes = [](std::string_view& x, bool front) {
    static const std::array<std::string_view, 9> dashes = {"—", "-", "–", "－", "―", "~", "=", "＝", "*"};
    bool any = false;
    for (bool again = true; again;) {
      again = false;
      for (auto d : dashes) {
        if (front ? text::starts_with(x, d) : text::ends_with(x, d)) {
          x = front ? x.substr(d.size()) : x.substr(0, x.size() - d.size());
          again = any = true;
        }
      }
    }
    return any;
  };
  std::string_view d = v;
  if (strip_dashes(d, true) && strip_dashes(d, false)) {
    if (bare_page_number(d)) return true;
    // (`3of12`, `Page3`: the spaces are stripped.)
    if (auto of = d.find("of"); of != std::string_view::npos && bare_page_number(d.substr(0, of)) && bare_page_number(d.substr(of + 2)))
      return true;
    if ((text::starts_with(d, "Page") || text::starts_with(d, "page")) && bare_page_number(d.substr(4))) return true;
    v = d;  // `==第3页==`: read on as `第3页`
  }
  if (text::starts_with(v, "第") && v.find("页") != std::string_view::npos) {
    std::string_view x = v.substr(3);
    std::size_t p = x.find("页");
    if (bare_page_number(x.substr(0, p))) {
      std::string_view rest = x.substr(p + 3);
      return rest.empty() || (text::starts_with(rest, "共") && text::ends_with(rest, "页"));
    }
  }
  if (auto slash = v.find('/'); slash != std::string_view::npos)
    return bare_page_number(v.substr(0, slash)) && bare_page_number(v.substr(slash + 1));
  return false;
}

namespace {

// Lines a download site or a scrape appends after the document.
bool is_footer_line(std::string_view t) {
  static constexpr std::array<std::string_view, 14> marks = {
      "免责声明", "版权归原作者", "版权所有", "文稿发布平台", "小编：", "小编:", "www.", "http://", "https://",
      "若侵犯了您的合法权益", "转载请注明", "本文来源于网络", "扫码关注", "长按识别二维码"};
  for (auto m : marks)
    if (t.find(m) != std::string_view::npos) return true;
  return false;
}

// `部 长 笔 谈`: a column name spaced out across the page head. Repeated, it
// is a running head; once, it is a label and stays (its spaces are removed later).
bool is_spaced_label(std::string_view t) {
  if (char_count(t) > 16) return false;
  std::size_t tokens = 0;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t run = 0;
    while (i < t.size()) {
      std::size_t k = i;
      char32_t c = next_cp(t, k);
      if (is_space(c)) break;
      if (!is_han(c)) return false;
      ++run;
      i = k;
    }
    if (run == 0 || run > 2) return false;
    ++tokens;
    while (i < t.size()) {
      std::size_t k = i;
      if (!is_space(next_cp(t, k))) break;
      i = k;
    }
  }
  return tokens >= 3;
}

bool is_paywall_marker(std::string_view t) {
  return t.size() >= 6 && text::starts_with(t, "##") && text::ends_with(t, "##") &&
         std::all_of(t.begin() + 2, t.end() - 2, [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// Pass 1, furniture: the lines a page or a site printed around the text
// (folios, running heads repeated letter-spaced, paywall markers, a trailing
// site footer), with a note for each kind dropped.
struct Furniture {
  std::vector<char> keep;                            // per line: 1 = text
  std::vector<std::pair<std::size_t, Note>> notes;   // input offset, note
  std::size_t paywall = 0;
};

Furniture find_furniture(std::string_view input, const std::vector<Line>& lines) {
  Furniture f;
  f.keep.assign(lines.size(), 1);
  auto& keep = f.keep;
  auto& dropped_notes = f.notes;
  std::vector<char> folio(lines.size());
  std::size_t folios = 0;
  for (std::size_t i = 0; i < lines.size(); ++i)
    folios += folio[i] = is_folio(input.substr(lines[i].tb, lines[i].te - lines[i].tb));
  // pdftotext's page breaks, or a converter's page marks between pages.
  bool paged = input.find('\f') != std::string_view::npos || folios >= 2;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto t = input.substr(lines[i].tb, lines[i].te - lines[i].tb);
    // A bare number is a folio only where a page ends: before a form feed
    // or a page mark, after one, or as the last line.
    std::string_view bare = t;
    while (!bare.empty() && bare.front() == '\f') bare = text::trim(bare.substr(1));
    bool page_edge = paged && (i + 1 == lines.size() || input.substr(lines[i + 1].b, lines[i + 1].tb - lines[i + 1].b + 1).find('\f') != std::string_view::npos ||
                               folio[i + 1] || bare.size() != t.size() || (i > 0 && folio[i - 1]));
    if (folio[i] || (page_edge && bare_page_number(bare))) {
      keep[i] = 0;
      dropped_notes.push_back({lines[i].tb, {Diag::clean_folio, fmt::format("page folio `{}` dropped", t)}});
    }
    else if (is_paywall_marker(t)) { keep[i] = 0; ++f.paywall; }
  }
  {
    std::map<std::string, std::vector<std::size_t>> spaced;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      auto t = input.substr(lines[i].tb, lines[i].te - lines[i].tb);
      if (keep[i] && is_spaced_label(t)) spaced[text::strip_spaces(t)].push_back(i);
    }
    for (const auto& [key, where] : spaced) {
      if (where.size() < 2) continue;
      for (auto i : where) keep[i] = 0;
      dropped_notes.push_back(
          {lines[where.front()].tb, {Diag::clean_running_head, fmt::format("running head `{}` dropped ({} times)", key, where.size())}});
    }
  }
  for (const auto& head : clean_detail::page_edge_heads(input, lines, keep)) {
    for (auto i : head.lines) keep[i] = 0;
    dropped_notes.push_back({lines[head.lines.front()].tb, {Diag::clean_running_head,
                                                            fmt::format("running head `{}` dropped ({} times, at pages' edges)", head.key, head.lines.size())}});
  }
  for (const auto& head : clean_detail::numbered_running_heads(input, lines, keep)) {
    for (auto i : head.lines) keep[i] = 0;
    dropped_notes.push_back({lines[head.lines.front()].tb, {Diag::clean_running_head,
                                                            fmt::format("running head `{}` dropped ({} times, its numbers changing)", head.key, head.lines.size())}});
  }
  if (auto header = clean_detail::doc_site_header(input, lines, keep); !header.empty()) {
    for (auto i : header) keep[i] = 0;
    dropped_notes.push_back({lines[header.front()].tb, {Diag::clean_doc_site, fmt::format("a document site's header dropped ({} lines)", header.size())}});
  }
  // The footer is a block of short lines at the end that starts with a
  // footer mark: cut from the first such line if everything after is short.
  {
    std::size_t first_footer = lines.size();
    std::size_t scanned = 0;
    for (std::size_t i = lines.size(); i-- > 0 && scanned < 12;) {
      if (!keep[i]) continue;
      ++scanned;
      if (lines[i].chars > 80) break;
      if (is_footer_line(input.substr(lines[i].tb, lines[i].te - lines[i].tb))) first_footer = i;
    }
    // A date under a 署名 below a mark (`申报网址：http://…` / `东莞市人民政府办公室` / `2016年12月20日`):
    // the document goes on, the footer starts after it if at all (not so under `转载请注明出处`).
    auto text_of = [&](std::size_t i) { return input.substr(lines[i].tb, lines[i].te - lines[i].tb); };
    for (std::size_t i = lines.size(), above = 0; i-- > first_footer + 1;) {
      if (!keep[i] || !text::whole_date(text::strip_spaces(text_of(i)))) continue;
      for (above = i - 1; above > first_footer && !keep[above];) --above;
      if (above <= first_footer || is_footer_line(text_of(above))) break;
      for (first_footer = i + 1; first_footer < lines.size() && !(keep[first_footer] && is_footer_line(text_of(first_footer)));) ++first_footer;
      break;
    }
    if (first_footer < lines.size()) {
      std::size_t n = 0;
      for (std::size_t i = first_footer; i < lines.size(); ++i) n += keep[i], keep[i] = 0;
      dropped_notes.push_back({lines[first_footer].tb, {Diag::clean_site_footer, fmt::format("site footer dropped ({} lines)", n)}});
    }
  }
  return f;
}

// Pass 2, paragraphs: the kept lines joined back into one paragraph per
// output line, as the layout says lines were broken (hard wraps, PDF line
// and page breaks), never across a line the wrapper marked as its own.
MappedTextBuilder rebuild_paragraphs(std::string_view input, const OffsetMap& input_map, const std::vector<Line>& lines,
                                     const std::vector<char>& keep, const LayoutInfo& info, bool paragraphs_known,
                                     const std::vector<std::size_t>& paragraph_lines, bool shredded) {
  MappedTextBuilder joined;
  joined.text.reserve(input.size());
  const Line* prev = nullptr;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!keep[i]) continue;
    const Line& l = lines[i];
    std::string_view t = input.substr(l.tb, l.te - l.tb);
    bool join = false;
    auto marked = [&](const Line& x) { return std::binary_search(paragraph_lines.begin(), paragraph_lines.end(), x.b); };
    if (prev && !paragraphs_known && !marked(l) && !marked(*prev)) {
      std::string_view pt = input.substr(prev->tb, prev->te - prev->tb);
      char32_t pl = last_cp(pt);
      if (info.name == "hard-wrapped") {
        // (A blank line after a sentence's end is a paragraph's end at any width: Markdown
        // separates its paragraphs so, and a short list wrapped in it can make the layout.)
        bool ends_par = info.trailing_space_marks_paragraphs
                            ? prev->trailing_ascii_space
                            : (is_terminal(pl) && (static_cast<int>(prev->chars) + 3 < info.width || l.blank_before));
        bool short_line = static_cast<int>(prev->chars) + 6 < info.width && !info.trailing_space_marks_paragraphs;
        join = !ends_par && !short_line && !(is_terminal(pl) && starts_heading(t)) &&
               !(info.indent_opens_paragraphs && l.indented && starts_heading(pt) && static_cast<int>(l.chars) + 4 >= info.width);
        // (Nor the next item of a list under its last: `2) …的一封信 1966.3.19` / `3) …的讲话 1966.7.22`.)
        // (Or an item numbered so after a blank line, whatever the last one's number: `06) …1975.08.15` /
        // `` / `001) 林彪…`; a word that reads as a numeral, `伍、经费…` of `队` / `伍`, goes on.)
        if (join)
          if (auto m = clean_detail::item_marker(t); m && (clean_detail::item_marker(pt).number == m.number - 1 || (l.blank_before && clean_detail::bracket_item_end(t) != std::string_view::npos)))
            join = false;
      } else {
        // Paragraph-per-line text whose paragraphs run on past a PDF line or
        // page break: the previous line stops mid-sentence.
        bool mid_sentence = pl == U'，' || pl == U'、' || pl == ',' || (is_han(pl) && prev->chars >= 40);
        bool continuation_shape = info.indented_paragraphs ? (!l.indented && prev->chars >= 45)
                                                           : (mid_sentence && prev->chars >= 30);
        join = continuation_shape && !is_terminal(pl) && !starts_heading(t) &&
               (info.indented_paragraphs ? (mid_sentence || is_han(pl) || (is_latin_alnum(pl) && !l.blank_before)) : true);
        // (A Latin word's end over a blank line, `…一区二区AV` / `` / `首頁 > …`, is a line of its own: a page's spam.)
        // A long line without a clause mark (，、；：。) outside 《》 and “” is a title, a subtitle
        // or a name line, not prose cut by a page break (`政府工作报告——2018年3月5日在…会议上国务院总理
        // 李克强`, `…印发《稳住经济大盘，保市场主体》的通知`).
        if (join && !info.indented_paragraphs && text::unquoted_count(pt, U"，、；：。,;") == 0) join = false;
        if (join && is_digit(pl)) {  // a contents line ends with its page number after a gap (`综述　　13`)
          std::size_t k = pt.size();
          while (k > 0 && std::isdigit(static_cast<unsigned char>(pt[k - 1]))) --k;
          if (k > 0 && is_space(last_cp(pt.substr(0, k)))) join = false;
        }
        // A short unpunctuated line in blank-separated text is a title, a
        // byline or a label, even after a paragraph that stops mid-sentence
        // (a title block printed inside another article's text).
        if (join && !info.indented_paragraphs && l.chars <= 40 && !is_sentence_end(last_cp(t)) &&
            t.find("，") == std::string_view::npos)
          join = false;
        // A short unpunctuated line before an indented paragraph stands alone:
        // a title or a heading, not the tail of a wrapped paragraph.
        if (join && info.indented_paragraphs && l.chars <= 40 && !is_sentence_end(last_cp(t))) {
          std::size_t n = i + 1;
          while (n < lines.size() && !keep[n]) ++n;
          if (n == lines.size() || lines[n].indented) join = false;
        }
      }
    }
    // A rule (`————`, `～～～`, `◆◆◆`) separates; a line with a wide gap
    // inside is a line of columns (a contents entry and its author); a
    // bracketed column name opens a new block (`【研究评论】`).
    if (join) {
      std::string_view pt = input.substr(prev->tb, prev->te - prev->tb);
      char32_t pl = last_cp(pt);
      if (rule_line(pt) || rule_line(t) || has_wide_gap(pt) || contents_line(pt) || contents_line(t) || clean_detail::dateline(pt) ||
          (text::starts_with(t, "【") && pl != U'，' && pl != U'、'))
        join = false;
    }
    // A line ending in a link (`原文链接：https://…`) is a record's metadata,
    // never the first half of a wrapped sentence or title.
    if (join) {
      std::string_view pt = input.substr(prev->tb, prev->te - prev->tb);
      std::size_t sp = pt.find_last_of(" \t");
      std::string_view last = sp == std::string_view::npos ? pt : pt.substr(sp + 1);
      if (last.find("http://") != std::string_view::npos || last.find("https://") != std::string_view::npos) join = false;
    }
    // Numbers cut onto lines of their own (shredded.cpp) go back where they were cut.
    if (!join && shredded && prev && !paragraphs_known && !marked(l) && !marked(*prev)) {
      std::size_t n = i + 1;
      while (n < lines.size() && !keep[n]) ++n;
      std::string_view next = n < lines.size() ? input.substr(lines[n].tb, lines[n].te - lines[n].tb) : std::string_view();
      join = clean_detail::shred_continues(input.substr(prev->tb, prev->te - prev->tb), t, next);
    }
    // No line opens with a mark that closes a clause (`、子公司`, `，共3天`, `：`): a page that broke
    // its lines before every mark has them go back where they were broken.
    if (!join && prev && !paragraphs_known && !marked(l) && !marked(*prev)) {
      char32_t c = first_cp(t);
      // (A colon only alone: `：新时代十年…综述　372` is a contents line, `:::` a Markdown fence.)
      join = c == U'、' || c == U'，' || c == U'。' || c == U'；' || c == U'）' || c == U'！' || c == U'？' || t == "：" || t == ":" ||
             ((c == ',' || c == ';') && t.size() > 1 && static_cast<unsigned char>(t[1]) >= 0x80);
    }
    if (join) {
      char32_t pl = last_cp(joined.text);
      if (is_latin_alnum(pl) && is_latin_alnum(first_cp(t))) joined.insert(" ");
    } else if (prev) {
      joined.insert("\n");
    }
    joined.copy_mapped(input, input_map, l.tb, l.te - l.tb);
    prev = &l;
  }
  if (!joined.text.empty()) joined.insert("\n");
  return joined;
}

}  // namespace

CleanResult clean(std::string_view input, const OffsetMap& input_map, bool paragraphs_known,
                  const std::vector<std::size_t>& paragraph_lines) {
  CleanResult r;
  auto lines = split_lines(input);

  // 1. Drop line furniture: folios, paywall markers, a trailing site footer.
  auto furniture = find_furniture(input, lines);
  auto& dropped_notes = furniture.notes;
  std::size_t paywall = furniture.paywall;

  // The layout of the text's own lines: a converter's page marks (`=====第3页=====`) are
  // not indented where every line of text is, and would make indentation mark paragraphs.
  std::vector<Line> text_lines;
  text_lines.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (furniture.keep[i]) text_lines.push_back(lines[i]);
  auto info = layout_of(text_lines.empty() ? lines : text_lines, paragraph_lines);
  if (paragraphs_known && !lines.empty()) info = LayoutInfo{"paragraph-per-line"};
  r.layout = info.name;
  r.wrap_width = info.width;

  // 2. Rebuild paragraphs, one per output line.
  MappedTextBuilder joined = rebuild_paragraphs(input, input_map, lines, furniture.keep, info, paragraphs_known, paragraph_lines,
                                                clean_detail::numbers_shredded(input, lines, furniture.keep));

  // 3. Character-level repairs over the joined text.
  std::string_view s = joined.text;
  std::vector<Edit> edits;
  std::vector<std::pair<std::size_t, Note>> inline_notes;  // offset in joined, note
  std::size_t radicals = 0, first_radical = 0, gloss_count = 0, first_gloss = 0;
  std::vector<clean_detail::Edit> glosses, jammers;
  std::size_t jammer_count = 0, first_jammer = 0;
  std::size_t continuation_count = 0, lines_seen = 0, lost_count = 0, first_lost = 0;
  std::vector<clean_detail::Edit> lost_marks;
  for (std::size_t pb = 0; pb < s.size();) {
    std::size_t pe = s.find('\n', pb);
    if (pe == std::string_view::npos) pe = s.size();
    std::string_view p = s.substr(pb, pe - pb);
    // Paywall markers inside a sentence.
    for (std::size_t q = p.find("##"); q != std::string_view::npos; q = p.find("##", q + 2)) {
      std::size_t z = p.find("##", q + 2);
      if (z == std::string_view::npos || z - q > 24) break;
      if (is_paywall_marker(p.substr(q, z + 2 - q))) {
        edits.push_back({pb + q, pb + z + 2, ""});
        ++paywall;
        q = z;
      }
    }
    // A document site's preface (`《某某心得体会3篇.docx》由会员分享，可在线阅读，更多相关《…(8页珍藏版)》请在
    // 某某文库上搜索。`): the file's name it opens with is the document's title, the rest is the site's.
    if (auto name = clean_detail::doc_site_preface_name(p)) edits.push_back({pb, pb + p.size(), std::string(*name)});
    // Leaked Markdown emphasis, in pairs: a lone `**` masks a name (`在**县第十八届…`), as ×× does.
    std::size_t stars = 0;
    for (std::size_t q = p.find("**"); q != std::string_view::npos; q = p.find("**", q + 2)) ++stars;
    if (stars % 2 == 0)
      for (std::size_t q = p.find("**"); q != std::string_view::npos; q = p.find("**", q + 2)) edits.push_back({pb + q, pb + q + 2, ""});
    // Continuation notes `（下转 10页）`, `(上接第 3 页)`, `（下转第四版）（紧接第一版）`.
    // The next ASCII and full-width bracket, each found once (linear in the paragraph).
    std::size_t ascii = p.find('('), wide = p.find("（");
    for (std::size_t q = std::min(ascii, wide); q != std::string_view::npos; q = std::min(ascii, wide)) {
      if (q == ascii) ascii = p.find('(', q + 1);
      else wide = p.find("（", q + 3);
      auto cont = continuation_note(p, q);
      if (!cont) continue;
      edits.push_back({pb + q, pb + cont->end, ""});
      // Every note leaves the text; the first few hundred are recorded (a
      // text of nothing but notes must not cost fifty times its size).
      if (++continuation_count <= 512)
        r.continuations.push_back({{"direction", cont->forward ? "forward" : "backward"},
                                   {"page", cont->page},
                                   {"unit", cont->unit},
                                   {"offset", pb + q}});
      if (continuation_count <= 64)
        inline_notes.push_back({pb + q, {Diag::clean_continuation, fmt::format("continuation note `{}`: article continues on {} {}",
                                                                               p.substr(q, cont->end - q), cont->unit, cont->page)}});
      else if (continuation_count == 65)
        inline_notes.push_back({pb + q, {Diag::clean_continuation, "further continuation notes removed (not listed)"}});
      if (ascii < cont->end) ascii = p.find('(', cont->end);
      if (wide < cont->end) wide = p.find("（", cont->end);
    }
    // NBSP is layout, not content.
    for (std::size_t q = p.find("\u00A0"); q != std::string_view::npos; q = p.find("\u00A0", q + 2))
      edits.push_back({pb + q, pb + q + 2, " "});
    // Decorative end-of-article glyphs after the last sentence.
    {
      std::size_t k = p.size();
      std::size_t glyph_start = k;
      while (k > 0) {
        std::size_t m = k;
        char32_t c = prev_cp(p, m);
        bool deco = c == U'¤' || c == U'▲' || c == U'△' || c == U'◆' || c == U'◇' || c == U'□' || c == U'■' ||
                    (c >= 0x2776 && c <= 0x277F) || (c >= 0x2460 && c <= 0x2473);
        if (!deco && !is_space(c)) break;
        k = m;
        glyph_start = k;
      }
      if (glyph_start < p.size() && glyph_start > 0) {
        std::size_t m = glyph_start;
        char32_t before = prev_cp(p, m);
        if (before == U'。' || before == U'！' || before == U'”' || before == U'？')
          edits.push_back({pb + glyph_start, pb + p.size(), ""});
      }
    }
    // A page's buttons glued to the text's last line when a scrape flattened it
    // (`…2021年8月23日扫一扫，手机阅读更方便`): after a date or a sentence, they go.
    if (pe == s.size() || text::trim(s.substr(pe)).empty())
      for (std::string_view chrome : {"扫一扫，手机阅读更方便", "扫一扫,手机阅读更方便", "扫一扫在手机打开当前页", "【打印本页】【关闭窗口】",
                                      "【打印本页】", "【关闭窗口】", "【打印】【关闭】"}) {
        auto body = text::trim(p);
        if (!body.ends_with(chrome) || body.size() == chrome.size()) continue;
        std::size_t at = static_cast<std::size_t>(body.data() - p.data()) + body.size() - chrome.size();
        std::size_t m = at;
        char32_t before = prev_cp(p, m);
        if (before == U'。' || before == U'！' || before == U'日' || before == U'”') {
          edits.push_back({pb + at, pb + p.size(), ""});
          inline_notes.push_back({pb + at, {Diag::clean_site_footer, fmt::format("page buttons `{}` glued to the last line dropped", chrome)}});
        }
        break;
      }
    if (std::size_t n = clean_detail::pinyin_gloss_edits(s, pb, pe, glosses)) {
      if (gloss_count == 0) first_gloss = pb;
      gloss_count += n;
    }
    // (A page's heading: among its first lines.)
    if (pe > pb && ++lines_seen <= 4 && clean_detail::doubled_head_edit(s, pb, pe, edits))
      inline_notes.push_back({pb, {Diag::clean_doubled_heading, "a heading printed twice on one line: the copy dropped"}});
    if (std::size_t n = clean_detail::jammer_edits(s, pb, pe, jammers)) {
      if (jammer_count == 0) first_jammer = pb;
      jammer_count += n;
    }
    if (clean_detail::lost_mark_edit(s, pb, pe, lost_marks) && lost_count++ == 0) first_lost = pb;
    if (std::size_t n = clean_detail::inline_folio_edits(s, pb, pe, edits))
      inline_notes.push_back({pb, {Diag::clean_folio, fmt::format("{} page folio(s) inside a flattened line dropped", n)}});
    spacing_edits(s, pb, pe, edits);
    if (std::size_t n = radical_edits(s, pb, pe, edits)) {
      if (radicals == 0) first_radical = pb;
      radicals += n;
    }
    pb = pe + 1;
  }
  clean_detail::nfc_edits(s, edits);
  // (Three glosses at least, one in 40 characters or more — a converter glosses every few
  // characters — or eight whatever the length (one that glosses only the characters it
  // was unsure of, `發(fā)`, `業(yè)`): not an author's glosses of a few place names, `亳(bó)州`.)
  if (gloss_count >= 3 && (gloss_count >= 8 || gloss_count * 40 >= text::han_count(s))) {
    edits.insert(edits.end(), glosses.begin(), glosses.end());
    inline_notes.push_back({first_gloss, {Diag::clean_pinyin_glosses, fmt::format("{} pinyin gloss(es) after characters (學(xué)) dropped", gloss_count)}});
  }
  // (Three runs at least: a forum sets them all over a post; one odd line is left as written.)
  if (jammer_count >= 3) {
    edits.insert(edits.end(), jammers.begin(), jammers.end());
    inline_notes.push_back({first_jammer, {Diag::clean_jammer, fmt::format("{} run(s) of a forum's anti-copy noise (`h\" U& D(`) dropped", jammer_count)}});
  }
  // (Three lines at least, as a page loses one character at every line's end; one is an author's.)
  if (lost_count >= 3) {
    edits.insert(edits.end(), lost_marks.begin(), lost_marks.end());
    inline_notes.push_back({first_lost, {Diag::clean_lost_mark, fmt::format("{} `?` left for a lost character at lines' ends dropped", lost_count)}});
  }
  if (radicals)
    inline_notes.push_back({first_radical, {Diag::clean_radicals, fmt::format("{} radical code point(s) (⼈ for 人) read as the characters they stand for", radicals)}});
  auto out = apply_edits(s, joined.map, edits);
  r.text = std::move(out.text);
  r.map = std::move(out.map);

  // Notes point into the cleaned text where possible.
  auto to_clean = [&](std::size_t joined_off) {
    std::size_t shift = 0;
    for (const auto& e : edits)
      if (e.e <= joined_off) shift += (e.e - e.b) - e.rep.size();
    return joined_off - std::min(shift, joined_off);
  };
  for (auto& [off, note] : inline_notes) r.notes.push_back({note.id, std::move(note.message), to_clean(off), npos});
  for (auto& c : r.continuations) c["offset"] = to_clean(c["offset"].get<std::size_t>());
  for (auto& [off, note] : dropped_notes) r.notes.push_back({note.id, std::move(note.message), npos, input_map.to_source(off)});
  if (paywall) r.notes.push_back({Diag::clean_paywall, fmt::format("{} paywall marker(s) dropped", paywall), npos, npos});
  return r;
}

}  // namespace gongwen::host
