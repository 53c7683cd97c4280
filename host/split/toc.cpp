// A container's table of contents: its entries, titles and pages (see splitter.hpp, parse_toc).
#include "split/splitter.hpp"
#include "split/lines.hpp"
#include "clean/marks.hpp"
#include "model/keys.hpp"

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace gongwen::host {

using namespace split_detail;

namespace {

namespace tx = gongwen::text;

}  // namespace
std::vector<TocEntry> parse_toc(std::string_view text, std::size_t* toc_begin, std::size_t* toc_end) {
  std::vector<TocEntry> entries;
  auto ps = paragraphs(text);
  std::size_t limit = std::max<std::size_t>(ps.size() * 2 / 5, std::min<std::size_t>(ps.size(), 300));
  std::size_t h = ps.size();
  bool unpaged_ok = false;  // entries may come without page numbers
  for (std::size_t i = 0; i < std::min(limit, ps.size()); ++i) {
    if (toc_heading(ps[i].t, &unpaged_ok)) {
      h = i;
      break;
    }
    // `目` and `录` letter-spaced onto two lines.
    if (i + 1 < ps.size() && tx::strip_spaces(ps[i].t) == "目" && tx::strip_spaces(ps[i + 1].t) == "录") {
      h = i + 1;
      break;
    }
  }
  if (h == ps.size()) return entries;
  std::string section;
  auto add = [&](std::string_view title, int page, std::size_t off) {
    TocEntry e;
    e.raw = std::string(title);
    e.title = e.raw;
    e.page = page;
    e.section = section;
    e.offset = off;
    entries.push_back(std::move(e));
  };
  // Entries scattered before the heading by PDF extraction order (page-first only).
  std::size_t first = h > 40 ? h - 40 : 0;
  std::size_t scattered_begin = h;
  for (std::size_t i = first; i < h; ++i) {
    std::string_view title;
    int page = 0;
    std::string sec;
    if (toc_section(ps[i].t, sec)) {
      section = sec;
    } else if (!is_teaser(ps[i].t) && page_first(ps[i].t, title, page)) {
      add(title, page, ps[i].b);
      scattered_begin = std::min(scattered_begin, i);
    }
  }
  section.clear();
  std::size_t i = h + 1, misses = 0, last_miss = 0, last_section = 0;
  std::size_t after_last = 0;  // the paragraph after the last entry read
  std::string section_before;
  bool prev_first = false;
  std::size_t unpaged = 0, marked = 0;  // entries without page numbers; of them, with a column or an author
  // Title lines waiting for the credit and page under them (`从阶级关系的变化看…` /
  // `理论讨论会第三组整理(8)`): at most two, a wrapped title.
  std::vector<std::size_t> pending;
  // Lines of rules between the heading and the entries (`————`, `～～～`).
  using clean_detail::rule_line;
  while (i < ps.size() && rule_line(ps[i].t)) ++i;
  std::size_t seen_entries = entries.size();
  for (; i < ps.size() && misses < 2; ++i) {
    if (entries.size() != seen_entries) seen_entries = entries.size(), after_last = i;  // (an entry may take two lines)
    std::string_view title;
    int page = 0;
    std::string sec, bare_title, author;
    if (unpaged > 0 && (rule_line(ps[i].t) || tx::ends_sentence(ps[i].t))) break;  // an unpaged list ends at its rule
    const std::string_view line = tx::trim(ps[i].t);
    bool ascii_open = tx::starts_with(line, "(");
    if (unpaged > 0 && entries.size() == unpaged && (ascii_open || tx::starts_with(line, "（")) && ps[i].chars <= 40) {
      // The wrapped tail of an unpaged entry: `(1966年10月16日）　　陈伯达`.
      entries.back().raw += " ";
      entries.back().raw += std::string(line);
      std::string tail_title = "（" + std::string(line.substr(ascii_open ? 1 : 3));
      if (unpaged_entry(tail_title, sec, bare_title, author)) entries.back().title += bare_title;
      continue;
    }
    if (int credited = pending.empty() ? 0 : credit_page_line(ps[i].t)) {
      std::string joined;
      for (std::size_t k : pending) joined += tx::trim(ps[k].t);
      add(joined, credited, ps[pending.front()].b);
      pending.clear();
      misses = 0;
      prev_first = false;
      continue;
    }
    const bool may_wait = pending.size() < 2 && ps[i].chars >= 4 && ps[i].chars <= 40 && !tx::ends_sentence(ps[i].t) &&
                          !is_teaser(ps[i].t) && unpaged == 0;
    std::string_view bare;
    if (leader_only(ps[i].t, bare)) {
      // A contents line that lost its page number (never a section: its leaders say so;
      // a paged line ends in its number, not its leaders).
      // (Its title wrapped onto the line over it, which read as no entry: `…退役士兵创业补` / `贴.....`.)
      // (Or that read as a section's heading, `二、…`: it was this entry's start.)
      std::size_t above = i - 1;
      bool wrapped = i > h + 1 && ((misses > 0 && last_miss == above) || last_section == above) && ps[above].chars <= 40 &&
                     !tx::ends_sentence(ps[above].t) && !leader_only(ps[above].t, title);
      if (wrapped && last_section == above) section = section_before;
      add(wrapped ? std::string(tx::trim(ps[above].t)) + std::string(bare) : std::string(bare), 0, ps[wrapped ? above : i].b);
      misses = 0;
      prev_first = false;
    } else if (toc_section(ps[i].t, sec)) {
      // The next number of the entries' own (`十七、…47` over `十八、…`, its page lost): an entry.
      auto m = tx::parse_marker(tx::trim(ps[i].t));
      auto last = entries.empty() ? tx::Marker{} : tx::parse_marker(tx::trim(entries.back().raw));
      if (m && last && m.family == last.family && m.number == last.number + 1) {
        add(ps[i].t, 0, ps[i].b);
        prev_first = false;
        pending.clear();
        continue;
      }
      section_before = section;
      section = sec;
      last_section = i;
      prev_first = false;
    } else if (!is_teaser(ps[i].t) && (page_last(ps[i].t, title, page))) {
      add(title, page, ps[i].b);
      misses = 0;
      prev_first = false;
    } else if (!is_teaser(ps[i].t) && page_first(ps[i].t, title, page)) {
      add(title, page, ps[i].b);
      misses = 0;
      prev_first = true;
    } else if (unpaged_ok && entries.size() == unpaged && unpaged_entry(ps[i].t, sec, bare_title, author)) {
      // An issue's own list without page numbers (本期目录, 要目): only
      // until the first paged entry.
      if (!sec.empty()) section = sec;
      add(ps[i].t, 0, ps[i].b);
      entries.back().title = bare_title;
      entries.back().section = section;
      ++unpaged;
      marked += !sec.empty() || !author.empty();
      misses = 0;
      prev_first = false;
    } else if (std::string dated; unpaged == 0 && dated_item(ps[i].t, dated)) {
      add(tx::trim(ps[i].t), 0, ps[i].b);
      entries.back().title = std::move(dated);
      entries.back().dated = true;
      misses = 0;
      prev_first = false;
    } else if (prev_first && ps[i].chars <= 40 && !tx::ends_sentence(ps[i].t) && !is_teaser(ps[i].t)) {
      // The second line of a wrapped entry (`以高素质干部队伍推动衢州高质量发展 徐文光`).
      entries.back().raw += " ";
      entries.back().raw += std::string(ps[i].t);
      entries.back().title = entries.back().raw;
      prev_first = false;
    } else if (std::string_view tail_title; !is_teaser(ps[i].t) && ps[i].chars >= 4 && ps[i].chars <= 40 &&
                                            !tx::ends_sentence(ps[i].t) && !column_line(ps[i].t) && i + 1 < ps.size() &&
                                            (!entries.empty() || i <= h + 3) && page_last(ps[i + 1].t, tail_title, page, ps[i].chars >= 10 ? 0 : 1) &&
                                            (ps[i].chars >= 10 || tx::char_count(tail_title) >= 4) && !tx::starts_with(line, "（") && !ascii_open) {
      // An entry wrapped before its page number (`…共青团中央召开学校铸牢中华民族共同体意识` /
      // `教育工作推进会 ........ 5`): both lines are its title. (The first entry too, right
      // under the heading and its note, `（按发言顺序）`, which is none; a short first line over
      // a title's second half, `坚持党建引领` / `推动基层治理现代化 ···· 王某某（5）`.)
      add(tx::trim(ps[i].t), page, ps[i].b);
      entries.back().raw += std::string(tail_title);
      entries.back().title = entries.back().raw;
      ++i;
      misses = 0;
      prev_first = false;
    } else if (may_wait && i + 1 < ps.size() && (credit_page_line(ps[i + 1].t) || (pending.empty() && i + 2 < ps.size() &&
                                                                                    credit_page_line(ps[i + 2].t)))) {
      pending.push_back(i);
      prev_first = false;
      continue;
    } else {
      ++misses;
      last_miss = i;
      prev_first = false;
    }
    pending.clear();
  }
  // Unpaged entries are an issue's contents only when most name their column
  // or their author: a bare list under 要目 may be anything.
  if (unpaged > 0 && marked * 2 < unpaged) {
    entries.clear();
    return entries;
  }
  if (entries.size() != seen_entries) after_last = i;
  // (A section's heading read after the last entry is none of the contents: the
  // body's first heading (`一、补贴对象`) follows them as often.)
  std::size_t end_para = std::max(i - misses, h + 1);
  if (after_last && after_last < end_para) end_para = after_last;
  if (toc_begin) *toc_begin = ps[std::min(scattered_begin, h)].b;
  if (toc_end) *toc_end = end_para < ps.size() ? ps[end_para].b : text.size();
  return entries;
}


}  // namespace gongwen::host
