// Paragraph classifiers of containers (see lines.hpp).
#include "split/lines.hpp"

#include "clean/marks.hpp"
#include "model/keys.hpp"

#include <gongwen/people.hpp>
#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace gongwen::host::split_detail {

namespace tx = gongwen::text;

// The SDK's paragraphs, with the whole line each one stands on: a container
// is cut at line starts, so its articles keep their indentation.
std::vector<Para> paragraphs(std::string_view text) {
  std::vector<Para> out;
  for (const auto& p : structure::paragraphs(text)) {
    std::size_t nl = p.offset == 0 ? std::string_view::npos : text.rfind('\n', p.offset - 1);
    std::size_t b = nl == std::string_view::npos ? 0 : nl + 1;
    std::size_t e = text.find('\n', p.offset);
    if (e == std::string_view::npos) e = text.size();
    // (Read without the form feed pdftotext opens a page with, `\f    目录`: the page's top is the
    // styles' to tell, and a title or the contents' heading is the same line either way.)
    std::string_view t = p.text;
    while (!t.empty() && (t.front() == '\f' || t.front() == '\v')) t = tx::trim(t.substr(1));
    out.push_back({b, e, t, tx::char_count(t)});
  }
  return out;
}

// `P25 把年轻干部…`: a cover teaser pointing at a page, not an article start.
bool is_teaser(std::string_view t) {
  return t.size() > 2 && t[0] == 'P' && std::isdigit(static_cast<unsigned char>(t[1]));
}

// `title　　page` (page last, compilations).
bool page_last(std::string_view t, std::string_view& title, int& page, std::size_t min_title) {
  if (auto e = clean_detail::speaker_paged_entry(t); e && tx::char_count(e->title) >= min_title && tx::char_count(e->title) <= 200) {
    title = e->title;
    page = e->page;
    return true;
  }
  std::size_t i = t.size(), digits = 0;
  while (i > 0 && std::isdigit(static_cast<unsigned char>(t[i - 1]))) --i, ++digits;
  if (digits == 0 || digits > 3 || i == 0) return false;
  std::size_t j = i, spaces = 0;
  while (j > 0) {
    std::size_t k = j;
    char32_t c = tx::prev_cp(t, k);
    if (!tx::is_space(c)) break;
    j = k;
    ++spaces;
  }
  // A page number follows a space or two leader dots (`…风暴.......7`; `8.5` has one), or an
  // ellipsis, itself a run of dots (`…实施办法（试行）…53`).
  if (spaces == 0) {
    std::size_t k = j;
    char32_t last = k > 0 ? tx::prev_cp(t, k) : 0;
    bool ellipsis = last == U'…' || last == U'⋯';
    bool two_dots = clean_detail::leader_char(last) && k > 0 && clean_detail::leader_char(tx::prev_cp(t, k));
    if (!ellipsis && !two_dots) return false;
  }
  // The leader of dots between title and page (`……`, `.......`, `···`) is no part of the title.
  for (;;) {
    std::size_t k = j;
    if (k == 0) break;
    char32_t c = tx::prev_cp(t, k);
    if (!clean_detail::leader_char(c) && !tx::is_space(c)) break;
    j = k;
  }
  title = tx::trim(t.substr(0, j));
  if (tx::char_count(title) < min_title || tx::char_count(title) > 200) return false;
  page = std::stoi(std::string(t.substr(i)));
  return true;
}

bool leader_only(std::string_view t, std::string_view& title) {
  t = tx::trim(t);
  std::size_t j = t.size(), leaders = 0;
  while (j > 0) {
    std::size_t k = j;
    char32_t c = tx::prev_cp(t, k);
    if (clean_detail::leader_char(c)) ++leaders;
    else if (!tx::is_space(c)) break;
    j = k;
  }
  if (leaders < 4) return false;
  title = tx::trim(t.substr(0, j));
  return tx::char_count(title) >= 1 && tx::char_count(title) <= 200;
}

int credit_page_line(std::string_view t) {
  t = tx::trim(t);
  std::string_view credit;
  int page = 0;
  // The page in brackets (`(8)`, `（8）`) or after a gap.
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}})
    if (tx::ends_with(t, close))
      if (auto o = t.rfind(open); o != std::string_view::npos) {
        std::string_view n = t.substr(o + open.size(), t.size() - close.size() - o - open.size());
        if (n.empty() || n.size() > 3 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; })) return 0;
        credit = tx::trim(t.substr(0, o));
        page = std::stoi(std::string(n));
      }
  if (!page) {
    std::string_view title;
    if (!page_last(t, title, page)) return 0;
    credit = title;
  }
  // A credit is short and names who wrote it: `…整理`, `…供稿`, or a name alone.
  std::string name = tx::strip_spaces(credit);
  if (name.empty() || tx::char_count(name) > 16 || tx::unquoted_count(name, U"，。；：") > 0) return 0;
  for (std::string_view w : {"整理", "供稿", "撰稿", "执笔", "撰文", "编写", "编辑", "评论员", "记者", "通讯员"})
    if (tx::ends_with(name, w)) return page;
  return gongwen::people::personal_name(name) ? page : 0;
}

bool one_edit_apart(std::string_view a, std::string_view b) {
  // (Lengths in bytes differ by one character's at most: most pairs end here.)
  if (a.size() > b.size() + 4 || b.size() > a.size() + 4 || a == b) return false;
  std::u32string x, y;
  for (std::size_t i = 0; i < a.size();) x += tx::next_cp(a, i);
  for (std::size_t i = 0; i < b.size();) y += tx::next_cp(b, i);
  if (x.size() < y.size()) std::swap(x, y);
  if (x.size() - y.size() > 1) return false;
  std::size_t p = 0;
  while (p < y.size() && x[p] == y[p]) ++p;
  std::size_t skip = x.size() == y.size() ? 1 : 0;  // a change, else a character left out
  return x.compare(p + 1, std::u32string::npos, y, p + skip, std::u32string::npos) == 0;
}

// `25 title author` (page first, magazines).
bool page_first(std::string_view t, std::string_view& title, int& page) {
  std::size_t i = 0;
  while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i == 0 || i > 3 || i >= t.size() || t[i] != ' ') return false;
  title = tx::trim(t.substr(i));
  if (tx::char_count(title) < 4) return false;
  std::size_t k = 0;
  if (!tx::is_han(tx::next_cp(title, k)) && title.substr(0, 3) != "“" && title.substr(0, 3) != "《") return false;
  page = std::stoi(std::string(t.substr(0, i)));
  return true;
}

// `■卷首语`, `一、省级`: a TOC section heading.
bool toc_section(std::string_view t, std::string& section) {
  if (tx::char_count(t) > 12) return false;
  std::string s = tx::strip_spaces(t);
  std::string_view v = s;
  if (tx::starts_with(v, "■")) {
    section = std::string(v.substr(3));
    return !section.empty();
  }
  auto m = tx::parse_marker(v);
  if (m.family == tx::MarkerFamily::cn_dun && v.size() > m.length) {
    section = std::string(v);
    return true;
  }
  return false;
}

std::vector<std::string> candidate_keys(const TocEntry& e) {
  std::vector<std::string> keys{title_key(e.raw)};
  if (e.title != e.raw) keys.push_back(title_key(e.title));
  // The last space-separated token may be the author (`徐文光`, `衢江区委组织部`, truncated `常山县委组`).
  auto sp = e.raw.find_last_of(' ');
  if (sp != std::string::npos && sp > 0) keys.push_back(title_key(std::string_view(e.raw).substr(0, sp)));
  // A compilation numbers its entries (`1.国务院办公厅关于…的意见`), the body's titles bare.
  if (auto m = tx::parse_marker(e.title); m && m.family == tx::MarkerFamily::arabic_dot) keys.push_back(title_key(tx::trim(std::string_view(e.title).substr(m.length))));
  return keys;
}

bool dated_item(std::string_view t, std::string& title) {
  std::size_t at = clean_detail::bracket_item_end(t);
  if (at == std::string_view::npos || t.size() > 300) return false;
  std::string s = tx::strip_spaces(t.substr(at));
  std::string_view v = s;
  // (A date range in brackets closing it: `（1966年2.2到2.20日）`.)
  if (tx::ends_with(v, "）") || tx::ends_with(v, ")")) {
    auto d = clean_detail::trailing_date(v);
    if (!d || d->open == 0) return false;
    title = std::string(v.substr(0, d->open));
    return tx::char_count(title) >= 4;
  }
  // (A date last: `1966.7.22`, `1966年11月`; a year and a month at least, nothing after it.)
  for (std::size_t k = 0; k < v.size();) {
    if (v[k] >= '0' && v[k] <= '9' && (k == 0 || !(v[k - 1] >= '0' && v[k - 1] <= '9'))) {
      auto d = tx::parse_date_at(v, k);
      if (d && d->year && d->month && d->begin == k && d->end == v.size()) {
        title = std::string(v.substr(0, k));
        return tx::char_count(title) >= 4;
      }
    }
    tx::next_cp(v, k);
  }
  return false;
}

// The date a collected work prints under its title (文集, 文稿, 选编):
// `（一九五八年一月）`, `（一九五七年二月二十七日在最高国务会议上）` — a year and a
// month at least, in brackets, an occasion allowed after it. Scanned books
// lose or misread the opening bracket (`《一九五八年一月二日)`, `攻一九五八…)`), so
// the closing one and a date at the start are what count.
bool dated_under_title(std::string_view t) {
  // Most lines end otherwise: decided before any copy.
  std::string_view end = tx::trim(t);
  if (end.size() > 200 || !(tx::ends_with(end, "）") || tx::ends_with(end, ")"))) return false;
  std::string s = tx::strip_spaces(t);
  std::string_view v = s;
  if (!(tx::ends_with(v, "）") || tx::ends_with(v, ")"))) return false;
  std::size_t cps = tx::char_count(v);
  if (cps > 48) return false;
  // The date opens the line after at most one bracket or misread glyph.
  std::size_t pos = 0;
  for (int skip = 0; skip < 2 && pos < v.size(); ++skip) {
    auto d = tx::parse_date_at(v, pos);
    if (d && d->year && d->month) {
      // Nothing after the date but its bracket, or an occasion (a place, a
      // meeting); not a deadline (`（2023年6月底前完成）`).
      std::string_view rest = v.substr(d->end);
      if (tx::char_count(rest) <= 1) return true;
      return (tx::starts_with(rest, "在") || tx::starts_with(rest, "于")) && rest.find("。") == std::string_view::npos;
    }
    std::size_t k = pos;
    tx::next_cp(v, k);
    pos = k;
  }
  return false;
}

bool is_date_line(std::string_view t) {
  // A newspaper's edition line under each article: `《人民日报》（2025年10月20日第 01 版）`.
  if (tx::starts_with(t, "《") && t.size() <= 120) {
    auto close = t.find("》");
    if (close != std::string_view::npos && tx::char_count(t.substr(0, close)) <= 12) {
      std::string rest = tx::strip_spaces(t.substr(close + 3));
      bool bracketed = (tx::starts_with(rest, "（") || tx::starts_with(rest, "(")) && (tx::ends_with(rest, "）") || tx::ends_with(rest, ")"));
      if (bracketed && tx::char_count(rest) <= 24 && tx::find_full_date(rest)) return true;
    }
  }
  if (dated_under_title(t)) return true;
  if (t.size() > 80 || !(tx::starts_with(t, "（") || tx::starts_with(t, "("))) return false;
  std::string s = tx::strip_spaces(t);
  std::string_view v = s;
  if (!((tx::starts_with(v, "（") || tx::starts_with(v, "(")) && (tx::ends_with(v, "）") || tx::ends_with(v, ")")))) return false;
  if (tx::char_count(v) <= 16 && tx::find_full_date(v).has_value()) return true;
  // (Days of a meeting after the first: `（1957年11月14日、16日、18日）`, `（2023年3月5日至11日）`.)
  std::size_t open = tx::starts_with(v, "(") ? 1 : 3;
  auto d = tx::parse_date_at(v, open);
  if (!d || !d->year || !d->day || d->begin != open) return false;
  std::string_view rest = v.substr(d->end, v.size() - d->end - (tx::ends_with(v, ")") ? 1 : 3));
  for (std::size_t i = 0; i < rest.size();) {
    char32_t c = tx::next_cp(rest, i);
    if (!((c >= U'0' && c <= U'9') || c == U'日' || c == U'、' || c == U'至' || c == U'和' || c == U'—' || c == U'-' || c == U'到'))
      return false;
  }
  return tx::char_count(v) <= 40;
}

// A byline under a title: `■ 徐文光`, `■本刊特约评论员`, a bare name, or a unit.
// The note that closes a reprinted article: `载《羊城晚报》2013年5月18日`,
// `刊于《…》`, `本文首发于…`, `（作者系…）`.
bool source_note(std::string_view t) {
  std::string s = tx::strip_spaces(t);  // also after a bullet: `□　摘自《上海滩》…`
  for (std::string_view b : {"□", "■", "◇", "◆", "●", "○"}) if (tx::starts_with(s, b)) s.erase(0, b.size());
  for (std::string_view w : {"载《", "刊于《", "原载《", "选自《", "转自《", "摘自《", "转载自", "本文首发于", "本文原载", "（作者系", "(作者系",
                             "（作者单位", "（来源："})
    if (tx::starts_with(s, w)) return true;
  // A reprint's bracketed source: the paper or journal and its date or issue
  // (`（一九七四年二月四日《人民日报》）`, `(《红旗》杂志一九七四年第二期)`).
  bool bracketed = (tx::starts_with(s, "（") || tx::starts_with(s, "(")) && (tx::ends_with(s, "）") || tx::ends_with(s, ")"));
  // (OCR loses one of the title marks as often as not: `(《红旗杂志一九七四年第二期)`.)
  if (bracketed && tx::char_count(s) <= 40 && (s.find("《") != std::string::npos || s.find("》") != std::string::npos) &&
      (s.find("年") != std::string::npos || s.find("期") != std::string::npos))
    return true;
  return false;
}

// Bylines as magazines print them: `文/张三`, `文·图 | 李四`, `作者：王五`,
// `□ 本刊记者 赵六`, `本报记者 张三 通讯员 李四` — a role, then names.
bool credited(std::string_view t) {
  std::string s = tx::strip_spaces(t);
  if (tx::char_count(s) > 30 || tx::ends_sentence(s)) return false;
  for (std::string_view p : people::kBylineLabels)
    if (tx::starts_with(s, p) && tx::char_count(s) > tx::char_count(p) + 1) return true;
  // Role words followed by names of two to four characters.
  const auto& roles = people::kBylineRoles;
  std::string_view v = s;
  bool role = false;
  std::size_t names = 0;
  while (!v.empty()) {
    bool matched = false;
    for (auto r : roles)
      if (tx::starts_with(v, r)) {
        v.remove_prefix(r.size());
        role = matched = true;
        break;
      }
    if (matched) continue;
    if (!role) return false;
    // A name: Han characters up to the next role word or separator.
    std::size_t n = 0, k = 0;
    while (k < v.size()) {
      std::size_t k2 = k;
      char32_t c = tx::next_cp(v, k2);
      if (c == U'、' || c == U'，' || c == U'/') {
        k = k2;
        break;
      }
      bool next_role = false;
      for (auto r : roles) next_role |= tx::starts_with(v.substr(k), r);
      if (next_role || !tx::is_han(c)) break;
      k = k2;
      ++n;
    }
    if (n < 2 || n > 4) return false;  // `记者节` is no byline
    ++names;
    v.remove_prefix(k);
  }
  return role && names > 0;
}

bool is_byline(std::string_view t) {
  // `■ 作者`, `□ 本刊记者`; not ◆ or ●, which bullet lists in bodies.
  if (tx::starts_with(t, "■") || tx::starts_with(t, "□")) return tx::char_count(t) <= 24;
  // `·徐友渔·`: a name between middle dots.
  const std::string squeezed = tx::strip_spaces(t);
  for (std::string_view dot : {"·", "•", "・"}) {
    std::string_view v = squeezed;
    if (v.size() > 2 * dot.size() && tx::starts_with(v, dot) && tx::ends_with(v, dot)) {
      auto inner = v.substr(dot.size(), v.size() - 2 * dot.size());
      std::size_t n = tx::char_count(inner);
      if (n >= 2 && n <= 12 && tx::han_count(inner) + tx::unquoted_count(inner, U"、") == n) return true;  // `·青野、方雷·`
    }
  }
  if (credited(t)) return true;
  std::size_t n = tx::char_count(t);
  // A speaker's position glued to the name, as a 讲话汇编 prints it under each title
  // (`广东省革命委员会常委丘学科`, `县委书记张某某`).
  if (n <= 30 && !tx::ends_sentence(t) && people::position_glued_name(t)) return true;
  if (n > 20 || tx::ends_sentence(t)) return false;
  for (std::size_t i = 0; i < t.size();) {
    char32_t c = tx::next_cp(t, i);
    if (!tx::is_han(c) && !tx::is_space(c) && c != U'（' && c != U'）' && c != U'、') return false;
  }
  static const std::string_view units[] = {"组织部", "党委", "党工委", "党组", "专班", "办公室", "委员会", "人民政府", "局"};
  for (auto u : units)
    if (tx::ends_with(t, u) && n > tx::char_count(u) + 1) return true;
  // The author's unit or trade, a space, the name (`北京第一机床厂工人 吕嘉才`).
  if (std::string_view v = tx::trim(t); v.find(' ') != std::string_view::npos) {
    std::string_view last = tx::trim(v.substr(v.rfind(' ')));
    if (tx::char_count(v) - tx::char_count(last) >= 3 && people::personal_name(last)) return true;
  }
  // A bare name (a surname and one or two characters, a compound surname and
  // two), possibly letter-spaced or in brackets; not any short line (`技术革命`, an outline's item).
  std::string name;
  for (std::size_t i = 0; i < squeezed.size();) {
    std::size_t at = i;
    char32_t c = tx::next_cp(squeezed, i);
    if (c == U'、') break;
    if (c != U'（' && c != U'）') name.append(squeezed, at, i - at);
  }
  return people::personal_name(name);
}

// `秦财华 程金敏 …`: a list of names (a masthead), not a title.
bool names_list(std::string_view t) {
  std::size_t tokens = 0, short_tokens = 0;
  for (std::size_t b = 0; b < t.size();) {
    std::size_t e = t.find(' ', b);
    if (e == std::string_view::npos) e = t.size();
    if (e > b) {
      ++tokens;
      short_tokens += tx::char_count(t.substr(b, e - b)) <= 3;
    }
    b = e + 1;
  }
  return tokens >= 2 && short_tokens == tokens;
}

// The first lines of a regulation: `第一条 …`, `第一章 总则`, `一、总体要求`.
bool opens_regulation(std::string_view t) {
  auto m = tx::parse_marker(t);
  return (m.family == tx::MarkerFamily::article || m.family == tx::MarkerFamily::chapter) && m.number == 1;
}

// A short line in brackets: a 附注 (`（此件公开发布）`, `（依申请公开）`).
bool bracketed_note(std::string_view t) {
  return (tx::starts_with(t, "（") || tx::starts_with(t, "(")) && (tx::ends_with(t, "）") || tx::ends_with(t, ")")) &&
         tx::char_count(t) <= 30;
}

// A field of a database's metadata block: `【主题分类】执行`, `【文    号】法〔2014〕319号`.
bool metadata_field(std::string_view t) {
  if (!tx::starts_with(t, "【")) return false;
  auto close = t.find("】");
  return close != std::string_view::npos && tx::char_count(tx::strip_spaces(t.substr(3, close - 3))) <= 6 && close + 3 < t.size();
}

// Titles name their genre at the end: `…组织工作综述`, `…实施办法（试行）`.
bool genre_title(std::string_view t) {
  if (t.size() > 200) return false;
  std::string s = tx::strip_spaces(t);
  std::string_view v = s;
  if (tx::ends_with(v, "（试行）")) v.remove_suffix(std::string_view("（试行）").size());
  static const std::string_view genres[] = {"综述", "总结", "汇报", "报告", "经验材料", "讲话", "发言", "体会", "办法",
                                           "制度", "规定", "条例", "意见", "通知", "方案", "细则", "纪要",
                                           // (A paper prints letters too: `工人的来信`, `致全市青年的公开信`.)
                                           "来信", "公开信", "倡议书", "贺信", "致辞", "声明"};
  for (auto g : genres)
    if (tx::ends_with(v, g)) return true;
  return false;
}

bool one_document_title(std::string_view title) {
  static constexpr std::string_view genres[] = {"通知", "意见", "决定", "公告", "通告", "通报", "报告", "请示", "批复", "函", "纪要", "决议", "办法",
                                                "规定", "条例", "细则", "方案", "规划", "计划", "纲要", "白皮书", "指南", "讲话", "致辞"};
  std::string s = tx::strip_spaces(title);
  return std::any_of(std::begin(genres), std::end(genres), [&](std::string_view g) { return tx::ends_with(s, g); });
}

// (A unit's own check after the numerals: `第10期`, not `第一书记`.)
bool issue_number(std::string_view t, std::initializer_list<std::string_view> units) {
  for (std::size_t at = t.find("第"); at != std::string_view::npos; at = t.find("第", at + 3)) {
    std::size_t k = at + 3, digits = 0;
    while (k < t.size()) {
      std::size_t n = k;
      char32_t c = tx::next_cp(t, n);
      if (c == ' ' || c == U'\u3000') k = n;
      else if ((c >= '0' && c <= '9') || tx::is_cn_numeral(c)) k = n, ++digits;
      else break;
    }
    if (digits > 0 && digits <= 4)
      for (std::string_view u : units)
        if (tx::starts_with(t.substr(k), u)) return true;
  }
  return false;
}

// `第一部分`, `第二编`, `上篇`: a part of a compilation, above the titles of its articles.
bool part_label(std::string_view t) {
  if (tx::more_visible_than(t, 24)) return false;  // told before a paragraph is copied
  std::string s = tx::strip_spaces(t);
  if (s == "上篇" || s == "中篇" || s == "下篇") return true;
  // A span of years over the pieces of those years (`1957-1959`, `1949—1952年`).
  if (s.size() >= 9 && std::all_of(s.begin(), s.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) {
    std::string_view rest = std::string_view(s).substr(4);
    for (std::string_view dash : {"-", "—", "–", "～", "~", "至"})
      if (rest.starts_with(dash)) {
        std::string_view to = rest.substr(dash.size());
        if (to.ends_with("年")) to.remove_suffix(std::string_view("年").size());
        if (to.size() == 4 && std::all_of(to.begin(), to.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
      }
  }
  // A part with its name after a gap (`第一部分　重要讲话精神`): the label before the gap.
  {
    std::string_view tt = tx::trim(t);
    std::size_t gap = std::string_view::npos;
    for (std::string_view sep : {"\u3000", " ", "：", ":"})
      if (auto g = tt.find(sep); g != std::string_view::npos && g < gap) gap = g;
    if (gap != std::string_view::npos && !tx::ends_sentence(s)) s = tx::strip_spaces(tt.substr(0, gap));
    else if (tx::char_count(s) > 8) return false;
  }
  std::string_view v = s;
  if (!tx::starts_with(v, "第") || tx::char_count(v) > 8) return false;
  v.remove_prefix(3);
  std::size_t digits = 0;
  while (!v.empty()) {
    std::size_t k = 0;
    char32_t c = tx::next_cp(v, k);
    if (!tx::is_cn_numeral(c) && !(c >= '0' && c <= '9')) break;
    v.remove_prefix(k);
    ++digits;
  }
  if (digits == 0) return false;
  for (std::string_view unit : {"部分", "编", "篇", "辑", "单元"})
    if (v == unit) return true;
  return false;
}

bool toc_heading(std::string_view t, bool* unpaged) {
  if (t.size() > 64) return false;
  std::string s = tx::strip_spaces(t);
  std::string_view v = s;
  while (tx::starts_with(v, "\f")) v.remove_prefix(1);  // pdftotext's page break before it
  for (std::string_view h : {"本期目录", "本期要目", "本期节目主要内容", "本期主要内容", "要目", "目录", "目次", "CONTENTS"}) {
    if (!tx::starts_with(v, h)) continue;
    std::string_view rest = v.substr(h.size());
    bool ok = rest.empty() || rest == "CONTENTS" || rest == "Contents" || rest == "：" || rest == ":" ||
              ((tx::starts_with(rest, "（") || tx::starts_with(rest, "(")) && (tx::ends_with(rest, "）") || tx::ends_with(rest, ")")) &&
               tx::char_count(rest) <= 20);
    if (!ok) continue;
    if (unpaged) *unpaged = h != "目录" && h != "目次" && h != "CONTENTS";
    return true;
  }
  return false;
}

// An entry of a contents list printed without page numbers:
// `【研究评论】以真实的文革史昭示后人　　　　徐友渔` → section 研究评论, title, author.
bool unpaged_entry(std::string_view t, std::string& section, std::string& title, std::string& author) {
  std::string_view v = tx::trim(t);
  if (tx::char_count(v) < 4 || tx::char_count(v) > 70 || tx::ends_sentence(v)) return false;
  section.clear();
  author.clear();
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"【", "】"}, {"〖", "〗"}, {"［", "］"}}) {
    if (!tx::starts_with(v, open)) continue;
    auto c = v.find(close);
    if (c == std::string_view::npos || tx::char_count(v.substr(open.size(), c - open.size())) > 8) return false;
    section = tx::strip_spaces(v.substr(open.size(), c - open.size()));
    v = tx::trim(v.substr(c + close.size()));
    break;
  }
  // A name after a wide gap is the author.
  std::size_t gap = std::string_view::npos;
  for (std::size_t i = 0, run = 0, run_start = 0; i < v.size();) {
    std::size_t k = i;
    char32_t c = tx::next_cp(v, k);
    if (tx::is_space(c)) {
      if (run++ == 0) run_start = i;
      if (run >= 2) gap = run_start;
    } else {
      run = 0;
    }
    i = k;
  }
  if (gap != std::string_view::npos) {
    std::string_view tail = tx::trim(v.substr(gap));
    if (tx::char_count(tail) <= 12 && tx::han_count(tail) >= 2) {
      author = std::string(tail);
      v = tx::trim(v.substr(0, gap));
    }
  }
  if (tx::char_count(v) < 4) return false;
  std::size_t k = 0;
  char32_t first = tx::next_cp(v, k);
  if (!tx::is_han(first) && first != U'“' && first != U'《' && first != U'（') return false;
  title = std::string(v);
  return true;
}

}  // namespace gongwen::host::split_detail
