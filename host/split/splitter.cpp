// Container splitting (see splitter.hpp).
#include "split/splitter.hpp"
#include "split/lines.hpp"
#include "split/pieces.hpp"
#include "split/continuations.hpp"
#include "split/title_blocks.hpp"
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

  TitleBlockFacts blocks;  // what title blocks found (a bulletin's or a digest's items, untitled items)

  // Documents that each open with their title over a bare name (a 学习材料
  // page of two speeches; the 述职报告 of a school's leaders, one after the
  // other): every block a title naming what it is, the name, then a body.
  auto bylined_title = [](const Para& p) {
    if (p.chars < 4 || p.chars > 40 || p.t.find("。") != std::string_view::npos) return false;
    for (std::string_view w : {"讲话", "致辞", "发言", "报告", "总结", "汇报", "材料", "体会", "述职"})
      if (p.t.find(w) != std::string_view::npos) return true;
    return false;
  };
  // The name alone (`张国强`), under its post (`县委书记　张国强`), and a date line may stand
  // between (`（2023年2月10日）`).
  auto person_under = [&](std::size_t j) {
    for (std::size_t k = j + 1; k < ps.size() && k <= j + 2; ++k) {
      // (A name, surname first: `首页` under a page's title is none.)
      if (auto name = gongwen::people::speaker_line(ps[k].t); name && gongwen::people::personal_name(*name)) return true;
      if (gongwen::people::position_then_name(ps[k].t)) return true;
      if (!is_date_line(ps[k].t)) return false;
    }
    return false;
  };
  if (opt.bylined_only) {
    for (std::size_t j = 0; j + 2 < ps.size(); ++j)
      if (bylined_title(ps[j]) && person_under(j)) starts.push_back(j);
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
    // A page that names itself a digest (`青年早新闻`, `一周要闻`) holds its items, when three or
    // more read as a digest's: its content, not its chrome, splits it.
    r.method = "bylined-blocks";
    // (The starts title blocks kept, a thin one merged, that are the digest's items.)
    if (starts.size() < 2 && opt.title_blocks && digest_heading(doc, ps)) {
      std::vector<std::size_t> found = title_blocks(doc, ps, text.size(), text.size(), blocks), items;
      for (std::size_t j : found)
        if (std::binary_search(blocks.items.begin(), blocks.items.end(), j)) items.push_back(j);
      if (blocks.digest_items >= 3 && items.size() >= 3) starts = std::move(items), r.method = "title-blocks";
    }
    if (starts.size() < 2) {
      doc.split_evidence.push_back("a saved page holds one document unless two or more such blocks say otherwise: not split");
      return r;
    }
    start_entry.assign(starts.size(), nullptr);
  }

  if (opt.use_toc && starts.empty()) {
    r.toc = parse_toc(text, &toc_b, &toc_e);
    // Contents whose entries are mostly numbered headings (一、 1. 第一章) are
    // the outline of one document (a plan, a report, a regulation), not the
    // list of articles of an issue.
    std::size_t numbered = 0;
    for (const auto& e : r.toc) numbered += !e.dated && static_cast<bool>(tx::parse_marker(tx::trim(e.raw)));
    // (Unless the cover calls it a compilation, `政策汇编` letter-spaced over lines: a numbered
    // list of documents, `一、…创业补贴`, each its own.)
    std::string cover;
    for (std::size_t j = 0; j < ps.size() && ps[j].b < toc_b && j < 20; ++j) cover += tx::strip_spaces(ps[j].t);
    bool compilation = false;
    for (std::string_view w : {"汇编", "选编", "文件集", "文集", "资料汇集"}) compilation |= tx::contains(cover, w);
    if (!r.toc.empty() && numbered * 2 >= r.toc.size() && !compilation) {
      r.notes.push_back({Diag::split_outline,
                         fmt::format("contents of {} entries, {} of them numbered headings: one document's outline, not split by it",
                                     r.toc.size(), numbered)});
      r.toc.clear();
    }
    // The contents of one document list its own parts (its title over them: `…发展规划`).
    if (!r.toc.empty()) {
      std::string_view own;
      for (std::size_t j = 0; j < ps.size() && ps[j].b < toc_b && own.empty(); ++j)
        if (ps[j].chars >= 4) own = ps[j].t;
      if (one_document_title(own)) {
        r.notes.push_back({Diag::split_outline, fmt::format("contents under the title of one document ({}): its outline, not split by it", own)});
        r.toc.clear();
      }
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
        // (Numbered in the body as in the contents, or otherwise: `001) 林彪…` for `1) 林彪…`.)
        if (std::size_t at = clean_detail::bracket_item_end(ps[j].t); at != std::string_view::npos) by_key[title_key(ps[j].t.substr(at))].push_back(j);
        if (j + 1 < ps.size() && ps[j + 1].chars <= 60 && !(ps[j + 1].b >= toc_b && ps[j + 1].b < toc_e)) {
          std::string two = k + title_key(ps[j + 1].t);
          // (A long title set in three short lines: `某某学院` / `大学生创新创业训练计划实施与` / `管理办法`.)
          if (j + 2 < ps.size() && ps[j].chars <= 40 && ps[j + 1].chars <= 40 && ps[j + 2].chars <= 20 && !tx::ends_sentence(ps[j + 1].t))
            by_key[two + title_key(ps[j + 2].t)].push_back(j);
          by_key[std::move(two)].push_back(j);
        }
      }
      std::vector<std::pair<std::size_t, const TocEntry*>> found;
      // Titles an earlier entry took: two entries of one title (`江青陈伯达在北京大学的讲话` of two
      // days) are two articles, each the next one in the body.
      std::unordered_set<std::size_t> taken;
      // A second list of the contents (`目录:` over the bare titles) puts each title
      // over the next one; in the body a title stands over its text.
      std::unordered_set<std::string> entry_keys;
      for (const auto& e : r.toc) entry_keys.insert(title_key(e.title));
      auto entry = [&](std::size_t j) { return j < ps.size() && entry_keys.count(title_key(ps[j].t)) > 0; };
      // (Three entries in a row: a topic's header over its first article's title is two.)
      auto listed = [&](std::size_t j) { return entry(j + 1) && (entry(j + 2) || (j > 0 && entry(j - 1))); };
      for (const auto& e : r.toc) {
        std::size_t best = ps.size();
        for (const auto& key : candidate_keys(e)) {
          auto it = by_key.find(key);
          if (it == by_key.end()) continue;
          for (std::size_t j : it->second) {
            if (taken.count(j)) continue;
            bool after = ps[j].b >= toc_e, best_after = best < ps.size() && ps[best].b >= toc_e;
            bool text_after = !listed(j), best_text_after = best < ps.size() && !listed(best);
            if (best == ps.size() || (after && !best_after) ||
                (after == best_after && ((text_after && !best_text_after) || (text_after == best_text_after && j < best))))
              best = j;
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
        if (best == ps.size() && tx::char_count(e.title) >= 8) {
          // A character the OCR of a scanned issue lost or misread (`党内资阶级` for the
          // contents' `党内资产阶级`): one edit apart, after the contents, first in the body.
          std::string want = title_key(e.title);
          for (const auto& [key, where] : by_key) {
            if (containment_budget == 0) break;
            --containment_budget;
            if (!one_edit_apart(key, want) || tx::char_count(key) > tx::char_count(want)) continue;
            for (std::size_t j : where)
              if (ps[j].b >= toc_e && j < best) best = j;
          }
        }
        if (best < ps.size() && listed(best)) best = ps.size();  // only in another list of the contents
        if (best == ps.size()) r.notes.push_back({Diag::split_toc_entry_missing, fmt::format("TOC entry not found in the body: {} (page {})", e.raw, e.page)});
        else {
          // The column's name above the title opens the article (`【研究评论】`).
          if (best > 0 && column_line(ps[best - 1].t) && !(ps[best - 1].b >= toc_b && ps[best - 1].b < toc_e)) --best;
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
          taken.insert(best);
        }
      }
      std::sort(found.begin(), found.end());
      found.erase(std::unique(found.begin(), found.end(), [](auto& a, auto& b) { return a.first == b.first; }), found.end());
      // A part's heading the contents number as parts (`一、中央政策规定`, `（一）服务实体…`) stands
      // right over the first title of its part: it heads no text of its own, and opens no article.
      // (A topic's header, `专题：…`, is kept: it is the topic's page.)
      auto part = [](const TocEntry* e) {
        auto m = tx::parse_marker(tx::trim(e->raw));
        return m && (m.family == tx::MarkerFamily::cn_dun || m.family == tx::MarkerFamily::cn_paren);
      };
      for (std::size_t i = 0; i + 1 < found.size();)
        if (found[i].first + 1 == found[i + 1].first && part(found[i].second)) found.erase(found.begin() + static_cast<std::ptrdiff_t>(i));
        else ++i;
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
    std::string issue;
    auto found = markup_articles(doc, ps, &issue);
    if (!found.empty())
      doc.split_evidence.push_back(fmt::format("markup headings that read as titles of documents: {}", found.size()));
    if (!found.empty() && !issue.empty())
      doc.split_evidence.push_back(fmt::format("a periodical's issue ({}): its short headings are departments", issue));
    if (found.size() >= std::max<std::size_t>(opt.min_articles, 3)) {
      starts = std::move(found);
      start_entry.assign(starts.size(), nullptr);
      r.method = "markup-headings";
    }
  }

  // A collection that counts its pieces (`第1篇`, `篇二：…`): each marker opens one.
  std::vector<split_detail::Piece> pieces;
  if (starts.empty() && opt.title_blocks) {
    pieces = split_detail::numbered_pieces(ps);
    if (pieces.size() >= opt.min_articles) {
      for (const auto& p : pieces) starts.push_back(p.para);
      start_entry.assign(starts.size(), nullptr);
      r.method = "numbered-pieces";
      doc.split_evidence.push_back(fmt::format("pieces counted one by one (第1篇, 篇二：…): {}", pieces.size()));
    } else {
      pieces.clear();
    }
  }

  bool bulletin = false;
  if (starts.empty() && opt.title_blocks) {
    starts = title_blocks(doc, ps, toc_b, toc_e, blocks);
    const float body_pt = blocks.body_pt;
    const std::size_t bulletin_items = blocks.bulletin_items;
    start_entry.assign(starts.size(), nullptr);
    // A bulletin under its masthead holds as many items as it prints: two are a bundle.
    bulletin = bulletin_items >= 2 && starts.size() >= 2 && opt.min_articles <= 2;
    if (bulletin)
      doc.split_evidence.push_back(fmt::format("a bulletin's issue: {} items under its masthead", starts.size()));
    // Two documents are as many as a 学习材料 of two speeches holds: each its title over
    // its speaker, and its own body.
    bool two_bylined = false;
    if (starts.size() == 2 && opt.min_articles <= 2) {
      std::vector<std::size_t> bylined;
      for (std::size_t j = 0; j + 2 < ps.size() && bylined.size() <= 2; ++j)  // (a third: not two)
        if (bylined_title(ps[j]) && person_under(j)) bylined.push_back(j);
      two_bylined = bylined.size() == 2;
      for (std::size_t a = 0; a < bylined.size() && two_bylined; ++a) {
        std::size_t end = a + 1 < bylined.size() ? bylined[a + 1] : ps.size(), body = 0;
        for (std::size_t j = bylined[a] + 2; j < end; ++j) body += ps[j].chars;
        two_bylined = body >= 150;
      }
      if (two_bylined) {
        starts = std::move(bylined);
        doc.split_evidence.push_back("two documents, each its title over its speaker and a body: a compilation of two");
      }
    }
    // One document's outline: parts numbered 一、二、三、 read as title blocks, with items numbered
    // 1. 2. under them that start again under each part (a reprinted report's `一、关于…的问题` /
    // `1.从…来看`). A bulletin numbers its items, never items inside items.
    {
      auto marker = [&](std::size_t j) {
        std::string_view t = tx::trim(ps[j].t);
        while (!t.empty() && t[0] == '\f') t = tx::trim(t.substr(1));  // (a PDF page's first line)
        return tx::parse_marker(t);
      };
      std::size_t parts = 0, first_part = ps.size();
      long long last_part = 0;
      bool ordered = true;
      for (std::size_t j : starts)
        if (auto m = marker(j); m.family == tx::MarkerFamily::cn_dun) {
          ordered &= m.number > last_part;
          last_part = m.number, ++parts, first_part = std::min(first_part, j);
        }
      std::size_t items = 0, restarts = 0;
      for (std::size_t j = first_part; parts >= 3 && ordered && j < ps.size(); ++j)
        if (ps[j].chars <= 30 && ps[j].t.find("。") == std::string_view::npos)  // (a heading may ask: `1.为什么…？`)
          if (auto m = marker(j); m.family == tx::MarkerFamily::arabic_dot) ++items, restarts += m.number == 1;
      if (parts >= 3 && ordered && items >= 2 && restarts >= 2) {
        doc.split_evidence.push_back(fmt::format("not split: {} title blocks, among them parts numbered 一、…{}、 with {} items numbered "
                                                 "under them, starting again under each: one document's outline", starts.size(), last_part, items));
        return r;
      }
    }
    if (starts.size() < std::max<std::size_t>(opt.min_articles, 3) && !two_bylined && !bulletin) {
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
  // A digest's section over its next item (`【国际】` / `3、当地时间19日…`): the item's column, not the
  // end of the item before.
  std::vector<std::string> column_above(starts.size());
  std::vector<int> item_above(starts.size(), -1);
  for (std::size_t a = 0; a < starts.size(); ++a) {
    std::size_t j = starts[a];
    bool item = std::binary_search(blocks.items.begin(), blocks.items.end(), j);
    // (So does its number alone over it, `02` / `最揪心的现场`: the item's, as `fields.item`.)
    bool numeral = item && j > 0 && (a == 0 || j - 1 > starts[a - 1]) && bare_numeral(ps[j - 1].t);
    if (numeral) {
      item_above[a] = std::stoi(std::string(tx::trim(ps[j - 1].t)));
      bounds.push_back(ps[j - 1].b);
    } else if (item && j > 0 && (a == 0 || j - 1 > starts[a - 1]) && column_line(ps[j - 1].t)) {
      column_above[a] = column_name(ps[j - 1].t);
      bounds.push_back(ps[j - 1].b);
    } else {
      bounds.push_back(ps[j].b);
    }
  }
  if (toc_b < text.size()) bounds.push_back(toc_b);
  // A bulletin closes with whom it goes to (`报：`, `送：`, `发：`): the issue's, not its last item's.
  if (bulletin)
    for (std::size_t j = starts.back() + 1; j < ps.size(); ++j)
      if (distribution_line(ps[j].t)) {
        bounds.push_back(ps[j].b);
        break;
      }
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
    // A column's name over the title (`【研究评论】`, `理 论 前 沿`) files the article: a field,
    // and the article opens with its title, as every other does.
    std::size_t first = starts[a];
    std::string column;
    if (pieces.empty() && column_line(ps[first].t) && first + 1 < ps.size() && ps[first + 1].b < e) {
      column = column_name(ps[first].t);
      b = ps[++first].b;
    }
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
    // (A digest's untitled item opens with its news: no title.)
    const bool untitled = std::binary_search(blocks.untitled.begin(), blocks.untitled.end(), starts[a]);
    child.title = untitled ? std::string() : std::string(ps[first].t);
    if (column.empty()) column = column_above[a];
    if (item_above[a] >= 0) child.fields["item"] = item_above[a];
    if (!column.empty()) child.fields["column"] = column;
    // A title printed over several lines (a kicker, a headline, its second
    // line) ends where its date line, byline or subtitle begins.
    if (std::size_t k = title_run_end(ps, first); !untitled && k > first + 1 && ps[k - 1].e <= e) {
      child.title.clear();
      for (std::size_t j = first; j < k; ++j) child.title += tx::trim(ps[j].t);
    }
    // A title its contents entry names in full, wrapped elsewhere in the body
    // (`怎样理解资产阶级就在` / `共产党内的科学论断`): as many lines as the entry reads.
    if (const TocEntry* te = start_entry[a]; te && title_key(child.title) != title_key(te->title)) {
      // (Or one character apart, as an OCR'd body reads it.)
      std::string want = title_key(te->title), joined;
      for (std::size_t j = first; j < ps.size() && j < first + 3 && ps[j].e <= e; ++j) {
        joined += tx::trim(ps[j].t);
        // (Numbered in the body only: `007) 江青戚本禹…的谈话` for the entry's title.)
        std::size_t item = clean_detail::bracket_item_end(joined);
        std::string key = title_key(item == std::string_view::npos ? std::string_view(joined) : std::string_view(joined).substr(item));
        // (A body line one character longer is a mark or a byline's, never a title's.)
        if (key == want || (one_edit_apart(key, want) && tx::char_count(key) <= tx::char_count(want))) {
          child.title = std::move(joined);
          break;
        }
        if (key.size() > want.size()) break;
      }
    }
    child.title = std::string(strip_bullet(child.title));
    // A PDF page's form feed opens its first line: no part of a title.
    std::erase_if(child.title, [](char c) { return c == '\f' || c == '\v'; });
    child.title = std::string(tx::trim(child.title));
    if (!pieces.empty()) {  // the words after its count, else the marker's line
      child.title = pieces[a].title;
      child.fields["piece"] = pieces[a].number;
    }
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
  // A digest that numbers its items (`## 2. 全国政协十届五次会议胜利闭幕`, `3、…`): the
  // number is the item's place in the issue, no word of its title. Only when
  // most items are numbered and count up (an item missed or two, `7、` then `9、`, as a
  // split that lost one reads them), so that a headline opening with a figure stays whole.
  {
    std::vector<tx::Marker> ms;
    std::size_t marked = 0, rising = 0;
    long last = 0;
    for (const auto& c : r.articles) {
      auto m = clean_detail::item_marker(c.title);  // (`003) 江青陈伯达…` too)
      // (`一、…补贴`, `二、…`: a compilation numbers its documents in Chinese as often.)
      bool arabic = m && (m.family == tx::MarkerFamily::arabic_dot || m.family == tx::MarkerFamily::arabic_paren ||
                          m.family == tx::MarkerFamily::cn_dun);
      if (!arabic) m = {};
      if (m) {
        ++marked;
        rising += static_cast<long>(m.number) > last && static_cast<long>(m.number) <= last + 3;
        last = static_cast<long>(m.number);
      }
      ms.push_back(m);
    }
    if (marked >= 3 && rising * 4 >= marked * 3 && marked * 2 >= r.articles.size())
      for (std::size_t a = 0; a < r.articles.size(); ++a)
        if (ms[a] && tx::han_count(std::string_view(r.articles[a].title).substr(ms[a].length)) >= 4) {
          r.articles[a].fields["item"] = ms[a].number;
          r.articles[a].title = std::string(tx::trim(std::string_view(r.articles[a].title).substr(ms[a].length)));
        }
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
  // Each item says which bulletin reported it (`工作简报`, `政务信息`): handlers read it as the
  // news column a page is filed under.
  r.bulletin = bulletin;
  // Each item says which digest gathered it (`青年早新闻`, `每周大事（…）`): handlers read it as
  // they read a bulletin's name.
  // (`collection` says what kind of collection it is, a word the news handler's keyword gate knows.)
  if (blocks.digest_items >= 3)
    for (auto& a : r.articles) a.fields["digest"] = blocks.digest, a.fields["collection"] = "news digest";
  if (bulletin) {
    // (Its name on the masthead, `工作简报`, over the institution that heads it.)
    std::string name;
    bulletin_masthead(ps, &name);
    for (auto& a : r.articles) a.fields["bulletin"] = name.empty() || tx::contains(tx::strip_spaces(doc.title), name) ? doc.title : name;
  }
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
