// Container splitting (see splitter.hpp).
#include "split/splitter.hpp"
#include "split/lines.hpp"
#include "split/continuations.hpp"
#include "clean/marks.hpp"
#include "model/keys.hpp"

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

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
  std::size_t i = h + 1, misses = 0;
  bool prev_first = false;
  std::size_t unpaged = 0, marked = 0;  // entries without page numbers; of them, with a column or an author
  // Lines of rules between the heading and the entries (`————`, `～～～`).
  using clean_detail::rule_line;
  while (i < ps.size() && rule_line(ps[i].t)) ++i;
  for (; i < ps.size() && misses < 2; ++i) {
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
    if (toc_section(ps[i].t, sec)) {
      section = sec;
      misses = 0;
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
    } else if (prev_first && ps[i].chars <= 40 && !tx::ends_sentence(ps[i].t) && !is_teaser(ps[i].t)) {
      // The second line of a wrapped entry (`以高素质干部队伍推动衢州高质量发展 徐文光`).
      entries.back().raw += " ";
      entries.back().raw += std::string(ps[i].t);
      entries.back().title = entries.back().raw;
      prev_first = false;
    } else if (std::string_view tail_title; !is_teaser(ps[i].t) && ps[i].chars >= 10 && ps[i].chars <= 40 &&
                                            !tx::ends_sentence(ps[i].t) && !bracketed_column(ps[i].t) && i + 1 < ps.size() &&
                                            !entries.empty() && page_last(ps[i + 1].t, tail_title, page)) {
      // An entry wrapped before its page number (`…共青团中央召开学校铸牢中华民族共同体意识` /
      // `教育工作推进会 ........ 5`): both lines are its title.
      add(tx::trim(ps[i].t), page, ps[i].b);
      entries.back().raw += std::string(tail_title);
      entries.back().title = entries.back().raw;
      ++i;
      misses = 0;
      prev_first = false;
    } else {
      ++misses;
      prev_first = false;
    }
  }
  // Unpaged entries are an issue's contents only when most name their column
  // or their author: a bare list under 要目 may be anything.
  if (unpaged > 0 && marked * 2 < unpaged) {
    entries.clear();
    return entries;
  }
  std::size_t end_para = i - misses;
  if (toc_begin) *toc_begin = ps[std::min(scattered_begin, h)].b;
  if (toc_end) *toc_end = end_para < ps.size() ? ps[end_para].b : text.size();
  return entries;
}

SplitResult split(Document& doc, const SplitOptions& opt) {
  SplitResult r;
  if (doc.error || doc.text.empty()) return r;
  std::string_view text = doc.text;
  auto ps = paragraphs(text);
  std::vector<std::size_t> starts;                 // paragraph index of each article start
  std::vector<const TocEntry*> start_entry;        // its TOC entry (toc method)
  std::size_t toc_b = text.size(), toc_e = text.size();

  // A package the reader knows holds several documents (an OFD with one
  // DocBody each): each starts on its first page, whatever its text says.
  if (auto it = doc.fields.find("package_documents"); it != doc.fields.end() && it->is_array() && it->size() >= 2) {
    for (const auto& d : *it) {
      auto page = d.value("page", 0u);
      for (std::size_t j = starts.empty() ? 0 : starts.back() + 1; j < ps.size(); ++j)
        if (const ParagraphStyle* st = doc.style_at(ps[j].b); st && st->page >= page) {
          starts.push_back(j);
          break;
        }
    }
    if (starts.size() >= 2) {
      start_entry.assign(starts.size(), nullptr);
      r.method = "package";
      doc.split_evidence.push_back(fmt::format("a package of {} documents (the reader's): {} found by their first pages",
                                               it->size(), starts.size()));
    } else {
      starts.clear();
    }
  }

  // Documents that each open with their title over a bare name (a 学习材料
  // page of two speeches; the 述职报告 of a school's leaders, one after the
  // other): every block a title naming what it is, the name, then a body.
  auto bylined_title = [](const Para& p) {
    if (p.chars < 4 || p.chars > 40 || p.t.find("。") != std::string_view::npos) return false;
    for (std::string_view w : {"讲话", "致辞", "发言", "报告", "总结", "汇报", "材料", "体会", "述职"})
      if (p.t.find(w) != std::string_view::npos) return true;
    return false;
  };
  if (opt.bylined_only) {
    for (std::size_t j = 0; j + 2 < ps.size(); ++j)
      if (bylined_title(ps[j]) && gongwen::people::speaker_line(ps[j + 1].t)) starts.push_back(j);
    // A block needs a body: 150 characters before the next one or the end.
    std::vector<std::size_t> kept;
    for (std::size_t a = 0; a < starts.size(); ++a) {
      std::size_t end = a + 1 < starts.size() ? ps[starts[a + 1]].b : text.size();
      std::size_t body = 0;
      for (std::size_t j = starts[a] + 2; j < ps.size() && ps[j].b < end; ++j) body += ps[j].chars;
      if (body >= 150) kept.push_back(starts[a]);
    }
    starts = std::move(kept);
    doc.split_evidence.push_back(fmt::format("a saved page: documents opening with a title over a bare name: {}", starts.size()));
    if (starts.size() < 2) {
      doc.split_evidence.push_back("a saved page holds one document unless two or more such blocks say otherwise: not split");
      return r;
    }
    start_entry.assign(starts.size(), nullptr);
    r.method = "bylined-blocks";
  }

  if (opt.use_toc && starts.empty()) {
    r.toc = parse_toc(text, &toc_b, &toc_e);
    // Contents whose entries are mostly numbered headings (一、 1. 第一章) are
    // the outline of one document (a plan, a report, a regulation), not the
    // list of articles of an issue.
    std::size_t numbered = 0;
    for (const auto& e : r.toc) numbered += static_cast<bool>(tx::parse_marker(tx::trim(e.raw)));
    if (!r.toc.empty() && numbered * 2 >= r.toc.size()) {
      r.notes.push_back({Diag::split_outline,
                         fmt::format("contents of {} entries, {} of them numbered headings: one document's outline, not split by it",
                                     r.toc.size(), numbered)});
      r.toc.clear();
    }
    if (r.toc.size() >= opt.min_articles) {
      // Index short paragraphs (and pairs of them) by key.
      std::unordered_map<std::string, std::vector<std::size_t>> by_key;
      // Title-shaped paragraphs after the contents, keyed once, for the containment search below (capped).
      std::vector<std::pair<std::size_t, std::string>> block_keys;
      for (std::size_t j = 0; j < ps.size() && block_keys.size() < 4000; ++j)
        if (ps[j].b >= toc_e && ps[j].chars <= 120 && !is_teaser(ps[j].t) && ps[j].t.find("。") == std::string_view::npos &&
            ps[j].t.find("，") == std::string_view::npos)
          block_keys.emplace_back(j, title_key(ps[j].t));
      std::size_t containment_budget = 2'000'000;
      for (std::size_t j = 0; j < ps.size(); ++j) {
        if (ps[j].b >= toc_b && ps[j].b < toc_e) continue;
        if (is_teaser(ps[j].t) || ps[j].chars > 80) continue;
        std::string k = title_key(ps[j].t);
        by_key[k].push_back(j);
        if (j + 1 < ps.size() && ps[j + 1].chars <= 60 && !(ps[j + 1].b >= toc_b && ps[j + 1].b < toc_e))
          by_key[k + title_key(ps[j + 1].t)].push_back(j);
      }
      std::vector<std::pair<std::size_t, const TocEntry*>> found;
      for (const auto& e : r.toc) {
        std::size_t best = ps.size();
        for (const auto& key : candidate_keys(e)) {
          auto it = by_key.find(key);
          if (it == by_key.end()) continue;
          for (std::size_t j : it->second) {
            bool after = ps[j].b >= toc_e, best_after = best < ps.size() && ps[best].b >= toc_e;
            if (best == ps.size() || (after && !best_after) || (after == best_after && j < best)) best = j;
          }
          if (best < ps.size()) break;
        }
        if (best == ps.size()) {
          // A title block the cleaner joined with its kicker (`习近平致信…强调` + the entry's lines).
          std::string want = title_key(e.title);
          if (tx::char_count(want) >= 6 && want.size() <= 600)
            for (const auto& [j, key] : block_keys) {
              if (containment_budget < block_keys.size()) break;
              --containment_budget;
              // The entry ends the block (kicker + title), adding at most a kicker's length.
              if (key.size() >= want.size() && key.size() <= want.size() + 90 &&
                  key.compare(key.size() - want.size(), want.size(), want) == 0) {
                best = j;
                break;
              }
            }
        }
        if (best == ps.size()) r.notes.push_back({Diag::split_toc_entry_missing, fmt::format("TOC entry not found in the body: {} (page {})", e.raw, e.page)});
        else {
          // The column's name above the title opens the article (`【研究评论】`).
          if (best > 0 && bracketed_column(ps[best - 1].t) && !(ps[best - 1].b >= toc_b && ps[best - 1].b < toc_e)) --best;
          // A kicker over the title (`习近平致信全国优秀教师代表强调`): a short line
          // without end punctuation that ends in a reporting verb.
          else if (best > 0 && !(ps[best - 1].b >= toc_b && ps[best - 1].b < toc_e) && ps[best - 1].chars <= 30 &&
                   !tx::ends_sentence(tx::trim(ps[best - 1].t))) {
            std::string_view k = tx::trim(ps[best - 1].t);
            bool verb = false;
            for (std::string_view v : {"强调", "指出", "表示", "寄语", "勉励", "回信", "致信", "批示", "会见", "召开", "举行"})
              verb |= tx::ends_with(k, v);
            if (verb && !tx::starts_with(k, "（") && !tx::starts_with(k, "【")) --best;
          }
          found.emplace_back(best, &e);
        }
      }
      std::sort(found.begin(), found.end());
      found.erase(std::unique(found.begin(), found.end(), [](auto& a, auto& b) { return a.first == b.first; }), found.end());
      doc.split_evidence.push_back(fmt::format("contents: {} entries (lines {}–{}), {} found as titles in the body", r.toc.size(),
                                               doc.line_of(toc_b), doc.line_of(toc_e > 0 ? toc_e - 1 : 0), found.size()));
      if (found.size() >= opt.min_articles) {
        r.method = "toc";
        for (auto& [j, e] : found) {
          starts.push_back(j);
          start_entry.push_back(e);
        }
      }
    }
  }

  if (starts.empty() && opt.title_blocks) {
    auto found = markup_articles(doc, ps);
    if (!found.empty())
      doc.split_evidence.push_back(fmt::format("markup headings that read as titles of documents: {}", found.size()));
    if (found.size() >= std::max<std::size_t>(opt.min_articles, 3)) {
      starts = std::move(found);
      start_entry.assign(starts.size(), nullptr);
      r.method = "markup-headings";
    }
  }

  if (starts.empty() && opt.title_blocks) {
    // Typography, when the format has it (DOCX, PDF, OFD): a title is set
    // larger than the body, or bold and centred; a body-size line is not one
    // whatever its words look like.
    std::map<long, std::size_t> sizes;
    for (const auto& p : ps)
      if (const ParagraphStyle* st = doc.style_at(p.b); st && st->size_pt > 0) sizes[std::lround(st->size_pt * 2)] += p.chars;
    float body_pt = 0;
    for (std::size_t best = 0; auto [sz, n] : sizes)
      if (n > best) best = n, body_pt = static_cast<float>(sz) / 2;
    auto typed_as_title = [&](const ParagraphStyle* st) {
      return st->size_pt >= body_pt + 1.0f || (st->bold && st->align == "center");
    };
    // Only a document that sets some lines apart says anything by setting one
    // like the body (a PDF printed in one size and face says nothing).
    bool typography_varies = false;
    if (body_pt > 0)
      for (const auto& p : ps)
        if (const ParagraphStyle* st = doc.style_at(p.b); st && st->size_pt > 0 && typed_as_title(st)) {
          typography_varies = true;
          break;
        }
    auto title_type = [&](const Para& p) {
      const ParagraphStyle* st = typography_varies ? doc.style_at(p.b) : nullptr;
      if (!st || st->size_pt <= 0) return true;
      return typed_as_title(st);
    };
    // A new page that opens with a short line after a finished paragraph:
    // where articles of a paged compilation start.
    // So does the top of the first page under a part label (`第一部分`).
    auto opens_page = [&](std::size_t j) {
      if (j == 0) return false;
      const ParagraphStyle* a = doc.style_at(ps[j - 1].b);
      const ParagraphStyle* b = doc.style_at(ps[j].b);
      if (!a || !b || !b->page) return false;
      bool under_parts = true;
      for (std::size_t i = 0; i < j && under_parts; ++i) under_parts = part_label(ps[i].t);
      if (under_parts) return true;
      return a->page && b->page > a->page && (tx::ends_sentence(ps[j - 1].t) || source_note(ps[j - 1].t));
    };
    // Title blocks: a short unpunctuated line followed (within two lines) by
    // a byline, a date line or a subtitle; or a column label.
    for (std::size_t j = 0; j + 1 < ps.size(); ++j) {
      const auto& p = ps[j];
      if (ps[j].b >= toc_b && ps[j].b < toc_e) continue;
      if (!title_type(p)) continue;
      bool label = column_label(p.t) && tx::strip_spaces(p.t) != "编者按";
      std::string_view dummy;
      int page = 0;
      // At the top of a new page after a finished article, a short line is a
      // title even when it could be a name (`一月夺权`, `实行军管`).
      bool page_top = opens_page(j);
      // 公文 titles run longer than others (`司法部关于贯彻…工作的通知`, 45 characters),
      // and so do a newspaper's headlines over their edition line.
      bool dated_next = j + 1 < ps.size() && is_date_line(ps[j + 1].t);
      bool shape = p.chars >= 4 && (p.chars <= 40 || (p.chars <= 64 && (genre_title(p.t) || dated_next))) && !tx::ends_sentence(p.t) && !is_teaser(p.t) && !tx::parse_marker(p.t) &&
                   !is_date_line(p.t) && (!is_byline(p.t) || page_top) && !tx::starts_with(p.t, "——") &&
                   !tx::starts_with(p.t, "（") && !tx::starts_with(p.t, "(") && !(tx::starts_with(p.t, "■") && is_byline(p.t)) &&
                   !names_list(p.t) && !page_first(p.t, dummy, page) && !page_last(p.t, dummy, page) && !source_note(p.t) &&
                   !tx::starts_with(tx::strip_spaces(p.t), "目录") && !metadata_field(p.t);
      // After a contents entry or a cover teaser, a short line is that entry's second line.
      bool after_entry = j > 0 && (page_first(ps[j - 1].t, dummy, page) || page_last(ps[j - 1].t, dummy, page));
      bool after_teaser = j > 0 && is_teaser(ps[j - 1].t);
      if (after_entry) continue;
      if (!shape && !label) continue;
      bool block = label;
      for (std::size_t k = j + 1; k < ps.size() && k <= j + 3 && !block; ++k) {
        if (is_byline(ps[k].t) && k > j + 1 && ps[k - 1].chars > 40) break;
        // Strong evidence: a date line, a subtitle, the first article of a regulation.
        bool strong = is_date_line(ps[k].t) || tx::starts_with(ps[k].t, "——") || (k == j + 1 && opens_regulation(ps[k].t)) ||
                      (k == j + 1 && page_top && ps[k].chars > 40);
        // `■ 作者` is a byline; a long `■ …的通知` is a bulleted title of its own.
        bool weak = is_byline(ps[k].t) && (tx::starts_with(ps[k].t, "■") || k == j + 1);
        if (strong || (weak && !after_teaser))
          block = true;
        // A genre-named title right after a finished paragraph, before long text.
        // In a 文件汇编 the previous document ends with its 成文日期, and the
        // next one's title is followed by its date or its 主送 line.
        // A 附注 in brackets (`（此件公开发布）`) may close it instead; a legal
        // database opens each document with its metadata block (`文章属性`).
        bool prev_done = j > 0 && (tx::ends_sentence(ps[j - 1].t) || tx::whole_date(tx::strip_spaces(ps[j - 1].t)) ||
                                   bracketed_note(ps[j - 1].t));
        bool next_opens = ps[k].chars > 40 || tx::ends_sentence(ps[k].t) || tx::ends_with(ps[k].t, "：") ||
                          tx::find_full_date(ps[k].t).has_value() ||  // also `2014-03-20 15:59:35`
                          tx::strip_spaces(ps[k].t) == "文章属性" || metadata_field(ps[k].t);
        if (k == j + 1 && !after_teaser && genre_title(p.t) && prev_done && next_opens)
          block = true;
        else if (ps[k].chars > 40 || tx::ends_sentence(ps[k].t))
          break;
      }
      if (!block) continue;
      // A two-line title starts at its first line.
      if (!starts.empty() && starts.back() + 1 == j) continue;
      starts.push_back(j);
      start_entry.push_back(nullptr);
    }
    // A title printed twice, over a metadata block (`标题` / `文章属性 【制定机关】…` /
    // `正文` / `标题`, as legal databases export): the article starts at the first.
    for (std::size_t a = 0; a < starts.size(); ++a) {
      std::size_t floor = a > 0 ? starts[a - 1] + 1 : 0;
      std::string title = tx::strip_spaces(ps[starts[a]].t);
      // Wrapped differently the two times: one is a prefix of the other.
      auto same = [&](const std::string& o) {
        std::size_t n = std::min(o.size(), title.size());
        return tx::char_count(std::string_view(o).substr(0, n)) >= 8 && o.compare(0, n, title, 0, n) == 0;
      };
      for (std::size_t j = starts[a]; j-- > floor && j + 12 >= starts[a];)
        if (same(tx::strip_spaces(ps[j].t))) {
          starts[a] = j;
          break;
        }
    }
    // A title block with no body before the next one is one title block
    // read twice (`政府工作报告` / `——…会议上` / `国务院总理` / `李强`), not an
    // article: the next start joins it.
    // So is a block followed by a few scraps (a licence footer saved with a
    // page, link fragments): an article has some body.
    for (std::size_t a = 0; a + 1 <= starts.size() && starts.size() > 1;) {
      std::size_t end = a + 1 < starts.size() ? starts[a + 1] : ps.size();
      bool body = false;
      std::size_t chars = 0;
      for (std::size_t j = starts[a] + 1; j < end; ++j) body |= ps[j].chars > 40, chars += ps[j].chars;
      if (body && chars >= 120) {
        ++a;
        continue;
      }
      if (a + 1 == starts.size()) {  // the last one joins the one before
        doc.diagnose(Diag::split_thin_title, fmt::format("split: title block at line {} has little body: not an article",
                                                         doc.line_of(ps[starts[a]].b)));
        starts.pop_back();
        start_entry.pop_back();
        break;
      }
      doc.diagnose(Diag::split_title_merged,
                   fmt::format("split: title block at line {} has little or no body before line {}: read as one title block",
                               doc.line_of(ps[starts[a]].b), doc.line_of(ps[starts[a + 1]].b)));
      starts.erase(starts.begin() + static_cast<std::ptrdiff_t>(a + 1));
      start_entry.erase(start_entry.begin() + static_cast<std::ptrdiff_t>(a + 1));
    }
    {
      std::string at;
      for (std::size_t a = 0; a < starts.size() && a < 8; ++a) at += fmt::format("{}{}", a ? ", " : "", doc.line_of(ps[starts[a]].b));
      if (starts.size() > 8) at += ", …";
      doc.split_evidence.push_back(fmt::format("title blocks (a short line over a byline, a date line or a subtitle; a page top after a "
                                               "finished article; a column label): {}{}",
                                               starts.size(), starts.empty() ? "" : " at line " + at));
    }
    if (starts.size() < std::max<std::size_t>(opt.min_articles, 3)) {
      doc.split_evidence.push_back(fmt::format("not split: {} title block(s), {} needed for a container", starts.size(),
                                               std::max<std::size_t>(opt.min_articles, 3)));
      if (body_pt > 0)
        r.notes.push_back({Diag::split_title_type, fmt::format("not split: {} title block(s) in title type (body {}pt)", starts.size(), body_pt)});
      return r;
    }
    r.method = "title-blocks";
  }

  r.is_container = true;
  doc.split_evidence.push_back(fmt::format("split by {} into {} articles", r.method, starts.size()));
  // Article spans: from its start to the next start, the TOC, or an editor's
  // note that introduces what follows.
  std::vector<std::size_t> bounds;
  for (auto j : starts) bounds.push_back(ps[j].b);
  if (toc_b < text.size()) bounds.push_back(toc_b);
  std::sort(bounds.begin(), bounds.end());
  // The part each article stands in (`第一部分`): the last part label above its start.
  std::vector<std::string> part_of(starts.size());
  {
    std::string part;
    std::size_t a = 0;
    for (std::size_t j = 0; j < ps.size() && a < starts.size(); ++j) {
      for (; a < starts.size() && starts[a] == j; ++a) part_of[a] = part;
      if (part_label(ps[j].t)) part = tx::strip_spaces(ps[j].t);
    }
  }
  for (std::size_t a = 0; a < starts.size(); ++a) {
    std::size_t b = ps[starts[a]].b;
    std::size_t e = text.size();
    auto nb = std::upper_bound(bounds.begin(), bounds.end(), b);
    if (nb != bounds.end()) e = *nb;
    if (b >= toc_b && b < toc_e) continue;
    std::string note;
    std::size_t note_off = npos;
    // An editor's note at the end of the previous span belongs to this article.
    if (a > 0) {
      for (std::size_t j = starts[a] - 1; j > starts[a - 1] && j + 3 > starts[a]; --j) {
        if (tx::starts_with(tx::strip_spaces(ps[j].t), "编者按")) {
          note = std::string(ps[j].t);
          note_off = ps[j].b;
          break;
        }
      }
    }
    Document child;
    child.origin = doc.origin;
    child.text_base = doc.origin_offset(b);
    child.pieces = doc.pieces_of(b, e);
    child.text = std::string(text.substr(b, e - b));
    child.container = doc.id;
    child.index = static_cast<std::uint32_t>(r.articles.size() + 1);
    child.id = fmt::format("{}#{}", doc.id, child.index);
    child.step = "split";
    child.title = std::string(ps[starts[a]].t);
    // A column's name over the title (`【研究评论】`): the title is the next line.
    if (bracketed_column(child.title) && starts[a] + 1 < ps.size() && ps[starts[a] + 1].b < e) {
      child.fields["column"] = bracketed_column_name(child.title);
      child.title = std::string(ps[starts[a] + 1].t);
    }
    if (tx::starts_with(child.title, "■")) child.title = std::string(tx::trim(std::string_view(child.title).substr(3)));  // a bullet
    // A PDF page's form feed opens its first line: no part of a title.
    std::erase_if(child.title, [](char c) { return c == '\f' || c == '\v'; });
    child.title = std::string(tx::trim(child.title));
    if (!part_of[a].empty()) child.fields["section"] = part_of[a];
    if (const TocEntry* te = start_entry[a]) {
      child.fields["toc_title"] = te->raw;
      child.fields["page"] = te->page;
      if (!te->section.empty()) child.fields["section"] = te->section;
    }
    if (!note.empty()) {
      child.fields["editor_note"] = note;
      child.diagnose(Diag::split_editor_note, fmt::format("editor's note (line {}) attached to this article", doc.line_of(note_off)));
    }
    r.articles.push_back(std::move(child));
  }
  // The note belongs to the next article, not to the end of this one.
  for (std::size_t a = 0; a + 1 < r.articles.size(); ++a) {
    auto& next = r.articles[a + 1];
    if (!next.fields.contains("editor_note")) continue;
    auto& cur = r.articles[a];
    auto p = cur.text.rfind(next.fields["editor_note"].get<std::string>());
    if (p != std::string::npos) cur.text.resize(p);
  }
  join_continuations(doc, r.articles);

  fill_container_fields(doc, ps);
  if (r.method == "bylined-blocks") doc.kind = "collection";  // a page of documents is no periodical's issue
  Json toc = Json::array();
  for (const auto& e : r.toc) {
    Json j = {{"title", e.raw}, {"page", e.page}};
    if (!e.section.empty()) j["section"] = e.section;
    toc.push_back(std::move(j));
  }
  if (!toc.empty()) doc.fields["toc"] = std::move(toc);
  doc.fields["articles"] = r.articles.size();
  doc.fields["split_method"] = r.method;
  for (const auto& n : r.notes) doc.diagnose(n.id, n.message);
  return r;
}

}  // namespace gongwen::host
