// regulation: 条例, 规定, 办法, 实施办法, 制度, 细则 — rules in
// chapters (第一章) and articles (第一条) with items (（一）).
//
// detect() signals (added, capped at 1):
//   title ends with an instrument name (条例/规定/办法/制度/细则/意见, （试行）, （修订）)  +0.40
//   an article `第一条` opens a paragraph                                       +0.30
//   chapters `第一章`                                                           +0.15
//   an effective clause `自…起施行` / `自印发之日起施行`                           +0.10
//   self-reference `本条例/本规定/本办法/本制度/本意见/本标准/本规范/本章程…`      +0.10
//   (a title ending 标准 — a fee table — half the instrument's weight)
//   a title ending 意见: a 文种, an opinion even in articles                   −0.30
//   a 公文's title about the instrument (`关于《…条例（草案）》…的公告`)          −0.30
//   the notice issuing it under its name (`…细则` / `…关于印发…细则的通知`)      −0.30
// process() extracts title, trial flag, instrument kind, issuer, document
// number, dates (adopted, promulgated, revised, effective), chapters and
// articles with their spans, items, scope and effective clauses, documents
// abolished and cited. Numbering gaps, duplicates and disorder are kept as
// written and reported.
#include <gongwen/people.hpp>
#include <gongwen/plugin.hpp>
#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include "head_note.hpp"
#include "titles.hpp"

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace {
// An institution an office belongs to (`某某大学实验学院`, `某某集团`), not an organ of its own level.
bool institution(std::string_view organ) {
  for (std::string_view w : {"大学", "学院", "学校", "公司", "集团", "医院", "研究院", "研究所"})
    if (organ.find(w) != std::string_view::npos) return true;
  return false;
}


using namespace gongwen;
namespace tx = gongwen::text;
namespace st = gongwen::structure;
using tx::MarkerFamily;

// A date's label (`公布日期：`, `施行日期　`, `实施时间 |`): 日期 or 时间, then a colon, a gap or a cell's bar.
bool labelled_date(std::string_view p) {
  for (std::string_view l : {"日期", "时间"})
    for (std::size_t at = p.find(l); at != std::string_view::npos; at = p.find(l, at + l.size())) {
      std::string_view after = p.substr(at + l.size());
      for (std::string_view gap : {"：", ":", " ", "　", "|"})
        if (tx::starts_with(after, gap)) return true;
      if (!after.empty() && after[0] >= '0' && after[0] <= '9') return true;  // the gap squeezed out by the cleaner
    }
  return false;
}


using text::contains;

using namespace regulation_titles;
using regulation_head_note::adopting_body;
using regulation_head_note::promulgating_body;

// A line that is all a bracketed number or numbers, as printed under a rule's
// title: `（衢委办发〔2016〕18号）`, a joint one's `（某委办发〔2016〕18号 某政办发〔2016〕19号）`,
// or with its issuers (`（中共某某市委办公室 某某市人民政府办公室 某委办发〔2016〕18号）`): what
// the brackets hold, when it ends with 号 and has a year in brackets; else empty.
std::string bracketed_numbers(std::string_view p) {
  std::size_t open = tx::starts_with(p, "（") ? 3 : tx::starts_with(p, "(") ? 1 : 0;
  // (Its line run on into the text after a gap, as a flattened page keeps it: `（冀科财字〔2001〕1号）　　摘要：…`.)
  if (std::size_t c = std::min(p.find("）"), p.find(')')); open && c != std::string_view::npos) {
    std::size_t e = c + (p.compare(c, 3, "）") == 0 ? 3 : 1), k = e;
    if (e < p.size() && tx::is_space(tx::next_cp(p, k))) p = p.substr(0, e);
  }
  std::size_t close = tx::ends_with(p, "）") ? 3 : tx::ends_with(p, ")") ? 1 : 0;
  if (!open || !close || p.size() < open + close) return {};
  std::string_view inner = tx::trim(p.substr(open, p.size() - open - close));
  return document_number_shaped(inner) && tx::char_count(inner) <= 80 ? std::string(inner) : std::string();
}

// 《…》 titles in s, with a following document number `（衢委办发〔2016〕18号）` when present.
std::vector<std::pair<std::string, std::string>> cited(std::string_view s) {
  std::vector<std::pair<std::string, std::string>> out;
  for (std::size_t p = s.find("《"); p != std::string_view::npos; p = s.find("《", p + 3)) {
    auto q = s.find("》", p);
    if (q == std::string_view::npos) break;
    std::string title(s.substr(p + 3, q - p - 3));
    std::string number(tx::parenthesized_number(s.substr(q + 3)).first);
    out.emplace_back(std::move(title), std::move(number));
  }
  return out;
}

struct Regulation {
  static constexpr const char* name = "regulation";
  static constexpr const char* version = "0.3.0";
  static constexpr const char* kinds = "regulation";
  static constexpr const char* description = "条例、规定、办法、实施办法、制度 (chapters, articles, items)";
  static constexpr int priority = 50;
  // Found in the host's one keyword pass (doc.has), not one pass over the text each.
  static constexpr const char* words = "起施行,之日起施行,本条例,本规定,本办法,本制度,本意见,本细则,本标准,本《标准》,本规范,本规则,本章程,本准则";

  double detect(Document& doc) {
    auto ps = st::paragraphs(doc.text());
    std::string own_title = given_or_head_title(doc.title(), ps);
    std::string_view title = own_title;
    std::string over_lines = title_over_lines(ps, title);
    if (!over_lines.empty()) title = over_lines;
    // `…的意见`, `…实施意见`, `…指导意见` is a 公文 by its 文种, an opinion, even when its body is cut
    // into articles (第1条 under 一、政策支持): the articles must not outweigh the 文种.
    if (auto k = instrument_of(title); tx::char_count(title) <= 60 && tx::ends_with(k, "意见"))
      doc.signal("title ends with 意见, a 文种 (an opinion, even when cut into articles)", -0.30);
    else if (tx::char_count(title) <= 60 && k == "标准")  // (`…收费标准` is a table; `…基本标准` that says 本标准 a norm)
      doc.signal("title ends with 标准 (a table of rates, or a norm that names itself)", 0.20);
    else if (tx::char_count(title) <= 60 && !k.empty())
      doc.signal("title names an instrument (条例/规定/办法/若干措施/…)", 0.40);
    bool article = false, chapter = false;
    for (std::size_t i = 0; i < ps.size() && i < 400; ++i) {
      auto m = tx::parse_marker(ps[i].text);
      article |= m.family == MarkerFamily::article;
      chapter |= m.family == MarkerFamily::chapter;
    }
    if (article) doc.signal("articles `第一条` open paragraphs", 0.30);
    // Or run together, the line breaks lost: `第一条为…。第二条本规定…` in one paragraph.
    for (std::size_t i = 0; !article && i < ps.size() && i < 8; ++i) {
      auto one = ps[i].text.find("第一条");
      if (one == std::string_view::npos || one > 600) continue;
      auto two = ps[i].text.find("第二条", one);
      if (two != std::string_view::npos && two - one < 3000 && ps[i].text.find("第三条", two) != std::string_view::npos) {
        doc.signal("articles run together in one paragraph (第一条…第二条…第三条)", 0.25);
        article = true;
      }
    }
    if (chapter) doc.signal("chapters `第一章`", 0.15);
    if (doc.has("起施行") || doc.has("之日起施行")) doc.signal("effective clause `自…起施行`", 0.10);
    for (std::string_view self : {"本条例", "本规定", "本办法", "本制度", "本意见", "本细则", "本标准", "本《标准》", "本规范", "本规则", "本章程", "本准则"})
      if (doc.has(self)) {
        doc.signal("self-reference (本条例/本办法/…)", 0.10);
        break;
      }
    // A 公文 about an instrument it names in 《》 (`关于《…条例（草案）》公开征求意见的公告`,
    // `关于修改《…办法》的决定`) carries its articles and is the 公文.
    {
      std::string t = tx::strip_spaces(title);
      bool about = contains(t, "关于") && contains(t, "《") && instrument_of(t).empty();
      for (std::string_view w : {"的公告", "的通告", "的通知", "的决定", "的批复", "的函", "的通报"})
        if (about && tx::ends_with(t, w)) {
          doc.signal("title: a 公文 about the instrument in 《》", -0.30);
          break;
        }
    }
    // The instrument's name over the notice that issues it (`某某实施细则` / `…关于印发某某实施细则的通知`,
    // a cover's line or a sharing site's name): the notice is the document, the instrument its attachment.
    if (std::string t = tx::strip_spaces(title); tx::char_count(t) >= 4)
      for (std::size_t i = 0; i + 1 < ps.size() && i < 6; ++i) {
        if (tx::more_visible_than(ps[i].text, 60) || tx::strip_spaces(ps[i].text) != t) continue;
        std::string next = tx::strip_spaces(ps[i + 1].text);
        if (tx::char_count(next) <= 80 && !contains(next, "：") && !contains(next, ":") && contains(next, "印发") && contains(next, t) && (tx::ends_with(next, "的通知") || tx::ends_with(next, "的决定")))
          doc.signal("the notice that issues it stands under its name (…关于印发…的通知)", -0.30);
        break;
      }
    return doc.score();
  }

  // An organ's name alone on a line: short, Han only.
  static bool signer_line(std::string_view t) {
    if (tx::more_visible_than(t, 30)) return false;  // told before a paragraph is copied
    std::string q = tx::strip_spaces(t);
    std::size_t n = tx::char_count(q);
    if (n < 4 || n > 30) return false;
    for (std::size_t k = 0; k < q.size();)
      if (!tx::is_han(tx::next_cp(q, k))) return false;
    return people::organ_like(q);
  }

  void process(Document& doc) {
    auto text = doc.text();
    auto ps = unflatten_rule(st::paragraphs(text));
    if (ps.empty()) return;
    // A text that opens with its first article (a statute's rows joined) has no title line.
    auto opening = tx::parse_marker(ps[0].text).family;
    if (opening != tx::MarkerFamily::article && opening != tx::MarkerFamily::chapter) doc.set_title(given_or_head_title(doc.title(), ps));
    if (instrument_of(doc.title()).empty())
      if (auto above = title_above_articles(ps); !above.empty()) doc.set_title(above);
    if (std::string joined = title_over_lines(ps, doc.title()); !joined.empty()) doc.set_title(joined);
    // Its standing on the line under it (`金融产品网络营销管理办法` / `(征求意见稿)`): the title's.
    // (Under a masthead, its number: the title's line may be the fourth.)
    for (std::size_t i = 0; i + 1 < ps.size() && i < 6; ++i)
      if (tx::strip_spaces(ps[i].text) == tx::strip_spaces(doc.title())) {
        std::string next = tx::strip_spaces(ps[i + 1].text);
        if (!instrument_of(doc.title()).empty() && standing_suffix(next) == next.size() && !next.empty())
          doc.set_title(std::string(tx::trim(doc.title())) + next);
        break;
      }
    if (std::string packed = unspaced_title(tx::trim(doc.title())); packed != tx::trim(doc.title())) doc.set_title(packed);
    // A listing's number after the name (`…管理办法（发改委第36号令）`): a number, not the title's.
    std::string number_after_title;
    {
      std::string t(tx::trim(doc.title()));
      if (auto n = number_suffix(t); !n.number.empty()) {
        number_after_title = std::string(n.number);
        doc.set_title(std::string(tx::trim(std::string_view(t).substr(0, n.open))));
      }
    }
    std::string title = tx::strip_spaces(doc.title());
    bool trial = contains(title, "试行");
    // A draft put out for comment is no law yet: said so, for whoever filters on it.
    for (std::string_view w : {"征求意见稿", "草案", "送审稿", "讨论稿", "代拟稿"})
      if (std::size_t n = standing_suffix(title); n && contains(std::string_view(title).substr(title.size() - n), w)) doc.set_field_bool("draft", true);
    doc.set_field_bool("trial", trial);
    if (auto k = instrument_of(title); !k.empty()) doc.set_field("instrument", k);

    // Promulgation lines before the first chapter or article (Markdown exports
    // put them under the title): `2003年4月2日 国务院第3次常务会议通过`.
    auto [body, toc_b, toc_e] = text_start(ps);
    std::string adopted_by, promulgated_by, cited_date, latest;  // (latest: the last date a 题注 gives, not an effective one)
    bool rewritten = false;                      // a 修订 in it: the text enacted anew
    // (From the first line when a dataset's row keeps the title apart and the text opens with the 题注.)
    std::string_view first_line = ps.empty() ? std::string_view() : tx::trim(ps[0].text);
    for (std::size_t i = tx::starts_with(first_line, "（") || tx::starts_with(first_line, "(") ? 0 : 1; i < body && i < 30 + (toc_e - toc_b); ++i) {  // (a page's box lines may come first)
      if (i >= toc_b && i < toc_e) continue;
      auto p = ps[i].text;
      auto d = tx::find_full_date(p);
      // Only a 题注 or a label's line dates the regulation (`（2003年…通过）`, `2003年4月2日 国务院…通过`,
      // `根据…修正`, `公布日期：…`); a preamble's sentence about another text does not.
      // (Or the sentence that promulgates it: `《…办法》已经…会议通过，现予公布，自…起施行。`)
      std::string_view lead = tx::trim(p);
      bool preamble = tx::starts_with(lead, "根据") && (contains(p, "制定本") || tx::ends_with(lead, "。"));
      bool headnote = tx::starts_with(lead, "（") || tx::starts_with(lead, "(") || tx::starts_with(lead, "【") ||
                      (tx::starts_with(lead, "根据") && !preamble) || (d && tx::trim(p.substr(0, d->begin)).empty()) ||
                      labelled_date(p) || contains(p, "现予公布") || contains(p, "现予发布") ||
                      (tx::starts_with(lead, "《") && contains(p, "通过"));
      // (A page's time stamp opening the line, `2019-08-27 10:45   审核人:`, dates its posting, not the rule.)
      if (d && headnote && tx::trim(p.substr(0, d->begin)).empty()) {
        std::size_t k = d->end;
        while (k < p.size() && p[k] == ' ') ++k;
        if (k + 3 < p.size() && std::isdigit(static_cast<unsigned char>(p[k])) && (p[k + 1] == ':' || p[k + 2] == ':')) continue;
      }
      if (d && headnote) {
        // Each date by what its own clause says, up to the next date: a 题注 runs several
        // together (`1982年12月4日…会议通过1982年12月4日…公告公布施行`, `根据1988年…通过的
        // 《修正案》、…和2018年3月11日…通过的《修正案》修正`: revisions, the last one kept).
        bool revisions = tx::starts_with(tx::trim(p), "根据") && !preamble && (contains(p, "修正") || contains(p, "修订"));
        for (std::size_t at = 0; at < p.size();) {
          auto here = tx::find_full_date(p.substr(at));
          if (!here) break;
          std::size_t end = at + here->end;
          auto next = tx::find_full_date(p.substr(end));
          std::string_view clause = p.substr(end, next ? next->begin : std::string_view::npos);
          // A label before the date says what it is (`公布日期：2019年12月28日`, `施行日期：…`).
          // (The text since the previous date, `… 施行日期：`.)
          // (Its colon may be a gap or a table's cell: `公布日期　2019年12月28日`, `施行日期 | …`.)
          std::string_view before = tx::trim(p.substr(at, here->begin));
          for (bool cut = true; cut;) {
            cut = false;
            for (std::string_view gap : {"：", ":", "|", "　"})
              if (tx::ends_with(before, gap)) before = tx::trim(before.substr(0, before.size() - gap.size())), cut = true;
          }
          // (Or on the line above, a box's label over its value: `施行日期:` / `2017年09月01日`.)
          if (before.empty() && at == 0 && i > 0) {
            std::string_view label = tx::trim(ps[i - 1].text);
            for (std::string_view gap : {"：", ":"})
              if (tx::ends_with(label, gap)) label = tx::trim(label.substr(0, label.size() - gap.size()));
            if (tx::char_count(label) <= 8) before = label;
          }
          if (tx::ends_with(before, "日期") || tx::ends_with(before, "时间")) clause = before;
          std::string iso = here->iso();
          at = end;
          if (!(contains(clause, "施行") || contains(clause, "生效")) && iso.size() == 10 && iso > latest) latest = iso;
          rewritten |= contains(clause, "修订");
          if (revisions || contains(clause, "修订") || contains(clause, "修正")) {
            doc.set_field("revised", iso);  // the latest revision: the text as it stands
            continue;
          }
          // Another text's end (`2015年3月1日发布的《…》同时废止`), not this one's date; this one's
          // comes first in its clause (`自2020年3月1日起施行，《…暂行办法》同时废止`).
          std::size_t own = std::min({clause.find("施行"), clause.find("通过"), clause.find("公布"), clause.find("发布")});
          if (clause.find("废止") < own) continue;
          bool effective = contains(clause, "施行") || contains(clause, "生效");
          const char* key = contains(clause, "通过") ? "adopted"
                            : contains(clause, "公布") || contains(clause, "发布") || contains(clause, "令") ? "promulgated"
                            : effective ? "effective" : "date";
          if (doc.field(key).empty()) doc.set_field(key, iso);
          if (std::string organ = promulgating_body(clause); !organ.empty()) promulgated_by = organ;  // (the last: `…修订 2021年4月16日中共中央发布`)
          if (effective && doc.field("effective").empty()) doc.set_field("effective", iso);
          // The date a regulation is cited by: its adoption or promulgation (when it is not signed).
          if ((std::string_view(key) == "adopted" || std::string_view(key) == "promulgated") && cited_date.empty()) cited_date = iso;
        }
        // `…第十届全国人民代表大会常务委员会第二十九次会议通过`, `国务院第3次常务会议通过`:
        // the body that adopted it, its session (`第十届`) left out (the issuer
        // when no order promulgates it).
        if (std::string organ = adopting_body(p.substr(d->end)); !organ.empty() && adopted_by.empty()) adopted_by = organ;
        // `中华人民共和国国务院令第374号公布` names the issuer and the number.
        auto ling = p.find("令第");
        if (ling != std::string_view::npos) {
          // (After the date it follows: `…会议通过　2003年4月7日中华人民共和国国务院令第374号公布`.)
          std::size_t after = d->end;
          for (std::size_t at = d->end; at < ling;) {
            auto next = tx::find_full_date(p.substr(at, ling - at));
            if (!next) break;
            after = at + next->end;
            at = after;
          }
          std::size_t start = after;
          for (std::size_t k = start; start < ling && tx::is_space(tx::next_cp(p, k)); k = start) start = k;
          std::string_view issuer = tx::trim(p.substr(start, ling - start));
          // A head's order (`教育部部长令`) is the organ's: the organ issues, its head signs.
          for (auto post : people::kPositions)
            if (tx::ends_with(issuer, post) && people::organ_like(issuer.substr(0, issuer.size() - post.size()))) {
              issuer.remove_suffix(post.size());
              break;
            }
          if (!issuer.empty() && doc.field("issuer").empty()) doc.set_field("issuer", issuer);
          auto hao = p.find("号", ling);
          if (hao != std::string_view::npos) doc.set_field("doc_number", p.substr(start, hao + 3 - start));
        }
      }
      // `（衢委办发〔2016〕18号）` under the title.
      if (auto number = bracketed_numbers(p); !number.empty() && doc.field("doc_number").empty()) doc.set_field("doc_number", number);
    }
    if (!number_after_title.empty() && doc.field("doc_number").empty()) doc.set_field("doc_number", number_after_title);
    if (std::string n = masthead_number(ps, doc.title()); !n.empty() && doc.field("doc_number").empty()) doc.set_field("doc_number", n);
    // Or the number a page's information box or a dataset's column gives it (no line of the text).
    for (auto [field, from] : {std::pair{"page_doc_number", "page"}, std::pair{"row_doc_number", "dataset"}})
      if (std::string outside = doc.field(field); doc.field("doc_number").empty() && !outside.empty() && contains(outside, "号")) {
        doc.set_field("doc_number", outside);
        doc.set_field("doc_number_from", from);
      }

    // Chapters, sections, articles and items, with spans.
    bool has_chapters = false;
    for (std::size_t i = body; i < ps.size(); ++i)
      has_chapters |= tx::parse_marker(ps[i].text).family == MarkerFamily::chapter;
    long long last_article = 0, last_chapter = 0;
    std::vector<std::string> abolished, cites, scope, effective;
    std::size_t n_articles = 0, n_chapters = 0;
    auto span_end = [&](std::size_t i, bool chapter) {
      for (std::size_t j = i + 1; j < ps.size(); ++j) {
        auto f = tx::parse_marker(ps[j].text).family;
        if (f == MarkerFamily::chapter || (!chapter && f == MarkerFamily::article)) return ps[j].offset;
      }
      return text.size();
    };
    for (std::size_t i = body; i < ps.size(); ++i) {
      if (i >= toc_b && i < toc_e) continue;
      auto p = ps[i].text;
      auto m = tx::parse_marker(p);
      if (m.family == MarkerFamily::chapter) {
        ++n_chapters;
        auto name = tx::trim(p.substr(m.length));
        doc.add_section(1, m.text, tx::strip_spaces(name), ps[i].offset, span_end(i, true));
        if (m.number != last_chapter + 1)
          doc.diagnostic(Severity::warning, "chapter_order", "chapter numbering: `" + std::string(m.text) + "` follows " +
                                                (last_chapter ? "第" + tx::to_chinese(last_chapter) + "章" : std::string("the start")) +
                                                " (kept as written)", ps[i].offset);
        last_chapter = m.number;
      } else if (m.family == MarkerFamily::article) {
        ++n_articles;
        auto rest = tx::trim(p.substr(m.length));
        doc.add_section(has_chapters ? 2 : 1, m.text, rest.substr(0, std::min<std::size_t>(rest.size(), rest.find("。"))),
                        ps[i].offset, span_end(i, false));
        if (m.number == last_article)
          doc.diagnostic(Severity::warning, "article_twice", "article `" + std::string(m.text) + "` appears twice (kept as written)", ps[i].offset);
        else if (m.number < last_article)
          doc.diagnostic(Severity::warning, "article_order", "article `" + std::string(m.text) + "` is out of order after 第" +
                                                tx::to_chinese(last_article) + "条 (kept as written)", ps[i].offset);
        else if (m.number > last_article + 1)
          doc.diagnostic(Severity::warning, "article_gap", "articles missing between 第" + tx::to_chinese(last_article) + "条 and `" +
                                                std::string(m.text) + "` (numbering kept as written)", ps[i].offset);
        last_article = std::max(last_article, m.number);
      } else if ((m.family == MarkerFamily::cn_paren || m.family == MarkerFamily::arabic_dot) && n_articles > 0) {
        auto rest = p.substr(m.length);
        auto t = st::heading_title(rest, 80);
        if (t.empty()) {
          // A long item: its first 20 characters (cut on a character boundary).
          std::size_t cut = 0;
          for (int n = 0; n < 20 && cut < rest.size(); ++n) tx::next_cp(rest, cut);
          t = rest.substr(0, cut);
        }
        doc.add_section(has_chapters ? 3 : 2, m.text, t, ps[i].offset, ps[i].offset + p.size());
      }
      if (contains(p, "适用于")) scope.emplace_back(p);
      if (contains(p, "起施行") || contains(p, "起执行")) effective.emplace_back(p);
      for (auto& [t, num] : cited(p)) {
        bool abolishes = contains(p, "废止");
        std::string entry = num.empty() ? "《" + t + "》" : "《" + t + "》（" + num + "）";
        (abolishes ? abolished : cites).push_back(entry);  // doc_ref entities come from the doc_refs extractor
      }
    }
    if (!scope.empty()) doc.set_field("scope", scope.front());
    if (!effective.empty()) {
      doc.set_field("effective_clause", effective.back());
      if (doc.field("effective").empty()) {
        // The date in `自…起施行` (`已于2016年12月16日…通过…自2017年9月1日起施行`: not the adoption's);
        // none when it runs from its issue (`…通过，自发布之日起施行`).
        std::string_view clause = effective.back();
        std::size_t at = std::min(clause.find("起施行"), clause.find("起执行"));
        std::size_t since = clause.rfind("自", at);
        std::optional<tx::Date> when;
        for (std::size_t from = since == std::string_view::npos ? 0 : since; from < at;) {
          auto d = tx::find_full_date(clause.substr(from, at - from));
          if (!d) break;
          when = d;
          from += d->end;
        }
        if (when) doc.set_field("effective", when->iso());
        else if (contains(effective.back(), "印发之日") || contains(effective.back(), "发布之日") || contains(effective.back(), "公布之日"))
          doc.set_field("effective", "on issue");
      }
    }
    // Signed at the end, as an institution issues its own rules (`海南大学法学院` over
    // `2014年5月8日`): the issuer and the date. Or dated only, under its last provision
    // (`本办法由研究生院负责解释。` / `二〇一九年三月十九日`), an old 版记 below it (主题词, 发：).
    if (ps.size() >= 3) {
      std::size_t end = ps.size();
      for (std::size_t k = 0; k < 3 && end > 2; ++k) {
        std::string_view t = tx::trim(ps[end - 1].text);
        bool imprint = false;
        for (std::string_view w : {"主题词", "抄送", "抄报", "发：", "发:", "印发", "（此件", "(此件"}) imprint |= tx::starts_with(t, w);
        if (!imprint) break;
        --end;
      }
      std::string_view last = tx::trim(ps[end - 1].text), above = tx::trim(ps[end - 2].text);
      auto iso = tx::whole_date(tx::strip_spaces(last));
      // (Or its month under the organ that signs: `重庆大学` / `二ＯＯ七年一月`.)
      if (std::string n = tx::fold_zeros(tx::strip_spaces(last)); !iso && signer_line(above) && tx::char_count(n) <= 12)
        if (auto d = tx::parse_date_at(n, 0); d && d->year && d->month && !d->day && d->begin == 0 && d->end == n.size()) iso = d->iso();
      if (iso) {
        bool signer = signer_line(above);
        std::string signed_by = tx::strip_spaces(above);
        // (An office under its institution, each on its own line: `某某大学实验学院` / `教务部`.)
        if (std::string over = end >= 3 ? tx::strip_spaces(ps[end - 3].text) : std::string();
            people::internal_office(signed_by) && tx::char_count(signed_by) <= 8 && tx::char_count(over) <= 30 && people::organ_like(over) &&
            !people::internal_office(over) && institution(over)) {
          signed_by = over + signed_by;
          signer = true;
        }
        // (In full when the title names it: `计算机学院` signs `北京邮电大学计算机学院…细则`.)
        if (signer && doc.field("issuer").empty()) doc.set_field("issuer", issuer_named(doc.title(), signed_by));
        if ((signer || tx::ends_sentence(above)) && doc.field("date").empty()) doc.set_field("date", *iso);
      }
    }
    // Unsigned (a law, a state regulation): the body that adopted it, and the date it is cited by.
    if (!promulgated_by.empty() && doc.field("issuer").empty()) doc.set_field("issuer", promulgated_by);
    if (!adopted_by.empty() && doc.field("issuer").empty()) doc.set_field("issuer", adopted_by);
    // Unsigned and unadopted: its organ on a line of its own between the title and the first
    // article, as a law database prints it (`厦门市新型墙体材料管理规定` / `福建省厦门市人民政府`), or
    // over the title, as a company heads its handbook.
    for (std::size_t i = 0; i < body && i < 8 && doc.field("issuer").empty(); ++i) {
      std::string q = tx::strip_spaces(ps[i].text);
      // (Or its first part in brackets under the title: `（全国大学生数学建模竞赛组委会，2017年修订稿）`.)
      if (tx::starts_with(q, "（") && tx::ends_with(q, "）") && i > 0 && tx::strip_spaces(ps[i - 1].text) == title)
        q = q.substr(std::string_view("（").size(), std::min(q.find("，"), q.size() - std::string_view("）").size()) - std::string_view("（").size());
      // (Not a record's labelled line, `【发布部门】国务院`, `制定机关 国务院`.)
      bool labelled = contains(q, "【") || tx::starts_with(q, "发布") || tx::starts_with(q, "制定") || tx::starts_with(q, "颁布");
      if (q == title || (!title.empty() && tx::starts_with(q, title)) || labelled || tx::char_count(q) > 30 || contains(q, "：") || contains(q, ":") || tx::find_full_date(q) ||
          !people::organ_like(q))
        continue;
      // (Joint organs on one line, spaced apart: `中共某某县委 某某县人民政府`.)
      std::vector<std::string> organs;
      std::istringstream words{std::string(tx::trim(ps[i].text))};
      for (std::string w; words >> w;) organs.push_back(w);
      bool joint = organs.size() >= 2 && std::all_of(organs.begin(), organs.end(), [](auto& o) { return tx::char_count(o) >= 3 && people::organ_like(o); });
      joint ? doc.set_field_list("issuer", organs) : doc.set_field("issuer", q);
      doc.set_field("issuer_from", "head");
    }
    // Unsigned and unadopted: the body it says interprets it (in full when the title names it).
    if (doc.field("issuer").empty())
      if (auto body = interpreting_body(doc.text()); !body.empty()) {
        // An office of the institution the title names (`重庆邮电大学…管理办法`, `由国际合作与交流处
        // 负责解释`) interprets the institution's rule: the institution made it.
        if (std::string owner = owner_in_title(doc.title()); office_of(owner, body, doc.title())) {
          doc.set_field("issuer", owner);
          doc.set_field("issuer_from", "title");
          doc.set_field("interpreted_by", body);
        } else if (std::string school = school_of_office(body); !school.empty()) {
          doc.set_field("issuer", school);  // (`华东政法大学学生处`: the office interprets the school's rule)
          doc.set_field("issuer_from", "interpretation");
          doc.set_field("interpreted_by", body);
        } else {
          doc.set_field("issuer", issuer_named(doc.title(), body));
          doc.set_field("issuer_from", "interpretation");
        }
      }
    // Unsigned, unadopted, uninterpreted: the organ its title names (`镇巴县人民政府工作规则`).
    if (doc.field("issuer").empty())
      if (std::string owner = owner_in_title(doc.title()); !owner.empty()) {
        doc.set_field("issuer", owner);
        doc.set_field("issuer_from", "title");
      }
    // Unnamed by itself: the organ the news item over it says issued it (`卫生部组织制定了《T》`).
    for (std::size_t i = 0; i < ps.size() && i < 4 && doc.field("issuer").empty(); ++i)
      if (std::string organ = people::releasing_organs(tx::strip_spaces(ps[i].text), tx::strip_spaces(doc.title())); !organ.empty()) {
        doc.set_field("issuer", organ);
        doc.set_field("issuer_from", "release");
      }
    // (Unnamed by the text: the organ the page's record box names, the host's, runner/fields.cpp.)
    // A title that names its version (`…消防法（2021年修正）`) is the text as last revised: cited by that date.
    if (std::string_view t = tx::trim(doc.title()); !doc.field("revised").empty() && (tx::ends_with(t, "）") || tx::ends_with(t, ")"))) {
      std::size_t open = std::max(t.rfind("（") == std::string_view::npos ? 0 : t.rfind("（"), t.rfind('(') == std::string_view::npos ? 0 : t.rfind('('));
      if (std::string_view v = t.substr(open); contains(v, "修正") || contains(v, "修订")) cited_date = doc.field("revised");
    }
    // A text revised (修订) since is a text enacted anew, cited as it stands: by the last date its 题注
    // gives (`…2021年2月26日中共中央政治局会议修订 2021年4月16日中共中央发布` → the 16th of April).
    // Amendments (修正) alone leave it cited by its adoption (`国旗法`, 1990, amended 2009 and 2020).
    if (rewritten && !latest.empty()) doc.set_field("date", latest);
    if (!cited_date.empty() && doc.field("date").empty()) doc.set_field("date", cited_date);
    if (auto printed = printing(ps)) {
      if (!printed->by.empty()) doc.set_field("printed_by", printed->by);
      doc.set_field("printed_on", printed->on);
      if (doc.field("date").empty()) {
        doc.set_field("date", printed->on);
        doc.set_field("date_from", "printed");
      }
    }
    // (Or by the version line under its title, its month alone: `二○二二年二月修订`, `2019年9月制定`.)
    for (std::size_t i = 1; i < body && i < 6 && doc.field("date").empty() && doc.field("revised").empty(); ++i) {
      std::string q = tx::fold_zeros(tx::strip_spaces(ps[i].text));
      auto d = tx::parse_date_at(q, 0);
      std::string_view rest = d ? std::string_view(q).substr(d->end) : std::string_view();
      for (std::string_view w : {"修订", "修正", "制定", "印发", "发布", "颁布"})
        if (d && d->year && d->month && !d->day && d->begin == 0 && rest == w) doc.set_field(w.starts_with("修") ? "revised" : "date", d->iso());
    }
    // (A charter known by its last revision alone, `（2020年9月5日修订）`, is the text of that date.)
    if (doc.field("date").empty() && !doc.field("revised").empty()) doc.set_field("date", doc.field("revised"));
    if (!abolished.empty()) doc.set_field_list("abolishes", abolished);
    if (!cites.empty()) doc.set_field_list("cites", cites);
    doc.set_field_number("articles", static_cast<long long>(n_articles));
    doc.set_field_number("chapters", static_cast<long long>(n_chapters));
    if (n_articles == 0 && n_chapters == 0) {
      // Parts `一、总体要求` instead of articles (实施意见, a school's 办法 or 规范).
      st::TreeOptions o;
      o.from_paragraph = 1;
      auto hs = st::heading_tree(ps, o);
      st::add_sections(doc, hs);
      st::check_numbering(doc, hs);
    }
  }
};

}  // namespace

GONGWEN_PLUGIN(Regulation)
