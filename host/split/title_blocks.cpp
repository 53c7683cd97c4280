// Title blocks: where articles start in a container without contents or
// markup, from the evidence a reader uses (see title_blocks.hpp). Typography
// first when the format has it; then the shape of a title over its date
// line, byline or subtitle; a genre-named title after a finished document;
// a column label; the top of a new page after a finished article.
#include "split/title_blocks.hpp"
#include "clean/marks.hpp"

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace gongwen::host::split_detail {

namespace tx = gongwen::text;

// A bulletin's masthead (`文革简讯` … `第10期本期4版`, `工作简报` `第3期` `…办公室编印`): an
// issue number and a bulletin's name among its first lines, and no magazine's.
// Its items are titled by a bare line between finished paragraphs, with no
// byline or date under them.
bool bulletin_masthead(const std::vector<Para>& ps, std::string* name_line) {
  bool issue = false, name = false;
  for (std::size_t i = 0; i < ps.size() && i < 12; ++i) {
    // Masthead lines are short: a title or the first paragraph that mentions `第5期简报` is none.
    if (ps[i].chars > 20) continue;
    std::string s = tx::strip_spaces(ps[i].t);
    std::string_view v = s;
    if (tx::contains(v, "关于") || tx::ends_with(v, "讲话") || tx::ends_with(v, "通知")) continue;
    for (std::string_view m : {"杂志", "月刊", "周刊", "旬刊", "期刊", "学报"})
      if (tx::contains(v, m)) return false;
    bool named = false;
    for (std::string_view w : {"简报", "简讯", "动态", "快报", "专报", "工作信息", "情况反映", "通讯", "编印", "内部参考"})
      named |= tx::contains(v, w);
    named |= tx::ends_with(v, "信息") && tx::char_count(v) <= 10;  // `政务信息`, `组工信息`
    // (The name, not its compiler's line, `…办公室编印`, nor its restriction, `内部参考`.)
    if (named && name_line && name_line->empty() && !tx::contains(v, "编印") && !tx::contains(v, "内部参考")) *name_line = s;
    name |= named;
    issue |= issue_number(v);
  }
  return issue && name;
}


namespace {
// The note closing a reprinted piece: where it came from (`摘自《…》`, `（作者系…）`) or a
// bulleted credit (`□　寄自美国`, `□　本刊编辑部`).
bool closing_note(std::string_view t) {
  return source_note(t) || ((tx::starts_with(t, "□") || tx::starts_with(t, "■")) && tx::char_count(t) <= 40 && !tx::ends_sentence(t));
}
}  // namespace

// Within five lines, with only short unpunctuated lines between.
std::size_t title_run_end(const std::vector<Para>& ps, std::size_t j) {
  std::size_t chars = 0;
  for (std::size_t k = j; k < ps.size() && k <= j + 5; ++k) {
    std::string_view t = tx::trim(ps[k].t);
    if (k > j) {
      if (is_date_line(t) || clean_detail::dateline(t) || is_byline(t) || tx::starts_with(t, "——")) return k;
    }
    chars += ps[k].chars;
    if (ps[k].chars > 40 || chars > 100 || tx::ends_sentence(t) || tx::ends_with(t, "：") || tx::ends_with(t, "，") ||
        (k > j && tx::parse_marker(t)))
      break;
  }
  return j + 1;
}

namespace {
// `一、我县召开全县安全生产工作会议`: an ordinal over a headline of 8 to 40 characters, no clause in it.
// A page's first line without the form feed pdftotext opens it with.
std::string_view paged_out(std::string_view t) {
  while (!t.empty() && t.front() == '\f') t = tx::trim(t.substr(1));
  return t;
}

bool numbered_item(std::string_view t) {
  t = paged_out(t);
  auto m = tx::parse_marker(t);
  if (!m) return false;
  std::string_view rest = tx::trim(t.substr(m.length));
  std::size_t n = tx::char_count(rest);
  return n >= 8 && n <= 40 && !tx::ends_sentence(rest) && !tx::contains(rest, "，") && !tx::ends_with(rest, "：");
}
}  // namespace

// A title that carries its date in brackets at its end (`介绍一个合作社（1958年4月15日）`): a year
// and a month at least, nothing else in them.
bool dated_title(std::string_view t) {
  std::string s = tx::strip_spaces(t);
  auto d = clean_detail::trailing_date(s);
  return d && d->whole && d->date.month && tx::char_count(std::string_view(s).substr(0, d->open)) >= 4;
}

std::vector<std::size_t> title_blocks(Document& doc, const std::vector<Para>& ps, std::size_t toc_b, std::size_t toc_e,
                                      TitleBlockFacts& facts) {
  facts = {};
  float& body_pt = facts.body_pt;
  std::size_t& bulletin_items = facts.bulletin_items;
  std::size_t& digest_items = facts.digest_items;
  std::vector<std::size_t> starts;
  // Typography, when the format has it (DOCX, PDF, OFD): a title is set
  // larger than the body, or bold and centred; a body-size line is not one
  // whatever its words look like.
  std::map<long, std::size_t> sizes;
  for (const auto& p : ps)
    if (const ParagraphStyle* st = doc.style_at(p.b); st && st->size_pt > 0) sizes[std::lround(st->size_pt * 2)] += p.chars;
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
  // The signature that closes a piece: a short unpunctuated line (its author, its unit) under a
  // finished paragraph (`北京机械学院《东方红》红卫兵公社` under `…取得最后的胜利！`).
  auto signed_close = [&](std::size_t i) {
    return i >= 1 && ps[i].chars >= 2 && ps[i].chars <= 30 && !tx::ends_sentence(ps[i].t) && !tx::ends_with(ps[i].t, "：") &&
           tx::ends_sentence(ps[i - 1].t) && ps[i - 1].chars > 12;
  };
  auto opens_after = [&](std::size_t j) {
    if (j == 0 || opens_page(j)) return true;
    std::string_view prev = tx::trim(ps[j - 1].t);
    bool bracketed = (tx::starts_with(prev, "（") || tx::starts_with(prev, "(")) && (tx::ends_with(prev, "）") || tx::ends_with(prev, ")"));
    return tx::ends_sentence(prev) || bracketed || tx::ends_with(prev, "”") ||
           source_note(prev) || column_label(prev) || column_line(prev) || is_byline(prev) || is_date_line(prev) ||
           tx::whole_date(tx::strip_spaces(prev)) || clean_detail::rule_line(prev) || tx::char_count(prev) <= 12 ||
           signed_close(j - 1);
  };
  const bool bulletin = bulletin_masthead(ps);
  // A news digest lists its items as a bulletin does: a bare headline over its paragraph.
  const bool digest = !bulletin && digest_heading(doc, ps, &facts.digest);
  const bool listing = bulletin || digest;
  // An item's text under its headline: a long or finished paragraph (a stray mark a copy kept
  // between them, `\`, is none); in a digest a video's credit stands for it.
  auto over_body = [&](std::size_t j) {
    std::size_t k = j + 1;
    while (k + 1 < ps.size() && ps[k].chars <= 3 && tx::han_count(ps[k].t) == 0) ++k;
    return ps[k].chars > 40 || tx::ends_sentence(ps[k].t) || (digest && media_credit(ps[k].t));
  };
  // Below a bulletin's masthead, its last line (the compiler and the date,
  // `某某县委办公室编　2024年5月20日`) or its contents list closes what comes before the first item.
  auto after_masthead = [&](std::size_t j) {
    std::string_view prev = tx::trim(ps[j - 1].t);
    return ps[j - 1].chars <= 40 && (compiler_credit(prev) || tx::find_full_date(prev).has_value());
  };
  std::vector<std::size_t> items, numbered;
  // A rule's or a standard's appendices (`附录6  外文摘要示例`) hold its samples and tables: under one,
  // only a genre's title or a new page's top starts another piece.
  bool in_appendix = false;
  // Title blocks: a short unpunctuated line followed (within two lines) by
  // a byline, a date line or a subtitle; or a column label.
  for (std::size_t j = 0; j + 1 < ps.size(); ++j) {
    const auto& p = ps[j];
    if (ps[j].b >= toc_b && ps[j].b < toc_e) continue;
    // (A heading, `附录6  外文摘要示例`, no sentence: `附录A给出了试验方法。`; a genre's title after it starts anew.)
    if (in_appendix && (genre_title(p.t) || one_document_title(p.t))) in_appendix = false;
    // (So do a 公文's attachments, `附件1`, its forms' covers over their organ and date among them.)
    if (std::string_view t = tx::trim(p.t); p.chars <= 80 && (tx::starts_with(t, "附录") || tx::starts_with(t, "附件")) && t.size() > 6 &&
                                            !tx::ends_sentence(t) && !tx::contains(t, "。") && (p.chars <= 30 || tx::starts_with(t, "附件"))) {
      std::size_t k = 6;
      char32_t c = tx::next_cp(t, k);
      in_appendix |= (c >= '0' && c <= '9') || tx::is_cn_numeral(c) || (c >= U'Ａ' && c <= U'Ｚ') || (c >= 'A' && c <= 'Z');
    }
    if (in_appendix && !opens_page(j)) continue;
    if (!title_type(p)) continue;
    bool label = column_label(p.t) && tx::strip_spaces(p.t) != "编者按";
    // (A column's name heads a title: a short line under it, not text.)
    if (label && column_line(p.t) && !(ps[j + 1].chars <= 40 && !tx::ends_sentence(ps[j + 1].t))) label = false;
    std::string_view dummy;
    int page = 0;
    // At the top of a new page after a finished article, a short line is a
    // title even when it could be a name (`一月夺权`, `实行军管`).
    bool page_top = opens_page(j);
    // 公文 titles run longer than others (`司法部关于贯彻…工作的通知`, 45 characters),
    // and so do a newspaper's headlines over their edition line.
    // (So do the headlines of a digest's news items, over their datelines.)
    bool dated_next = j + 1 < ps.size() && (is_date_line(ps[j + 1].t) || opens_with_dateline(ps[j + 1].t));
    bool shape = p.chars >= 4 && (p.chars <= 40 || (p.chars <= 64 && (genre_title(p.t) || dated_next))) && !tx::ends_sentence(p.t) && !is_teaser(p.t) && !tx::parse_marker(paged_out(p.t)) &&
                 !is_date_line(p.t) && (!is_byline(p.t) || page_top) && !tx::starts_with(p.t, "——") &&
                 !tx::starts_with(p.t, "（") && !tx::starts_with(p.t, "(") && !(tx::starts_with(p.t, "■") && is_byline(p.t)) &&
                 !names_list(p.t) && !page_first(p.t, dummy, page) && !page_last(p.t, dummy, page) && !source_note(p.t) &&
                 !tx::starts_with(tx::strip_spaces(p.t), "目录") && !metadata_field(p.t) && !clean_detail::rule_line(p.t) &&
                 !compiler_credit(p.t) && !colophon_line(p.t) &&
                 // (The masthead's `2016年第2期`, among the first lines; an item's `第12期培训班` is no masthead.)
                 !(bulletin && j < 12 && p.chars <= 30 && issue_number(tx::strip_spaces(p.t))) &&
                 !tx::starts_with(p.t, "·") && !tx::starts_with(p.t, "•") &&  // (a bulleted list's item: a contents entry)
                 !part_label(p.t);  // (a part's label over the piece's title: `1957-1959`)
    // After a contents entry or a cover teaser, a short line is that entry's second line.
    bool after_entry = j > 0 && (page_first(ps[j - 1].t, dummy, page) || page_last(ps[j - 1].t, dummy, page));
    bool after_teaser = j > 0 && is_teaser(ps[j - 1].t);
    if (after_entry) continue;
    // (Numbered, `一、我县召开全县安全生产工作会议`: kept apart, and taken when several read as headlines.)
    if (listing && !label && j > 0 && !shape && numbered_item(p.t) && over_body(j))
      numbered.push_back(j);
    if (!shape && !label) continue;
    // A bulletin's item: a bare title between a finished paragraph and its text
    // (taken below, when the candidates read as headlines).
    // (Or right after the issue's list of contents, `【本期要目】`, that named it.)
    // (Numbered there, `1.市教育局召开…`, or not.)
    auto listed_before = [&] {
      std::string key = tx::strip_spaces(p.t);
      for (std::size_t i = j > 200 ? j - 200 : 0; i < j; ++i) {
        if (ps[i].chars < p.chars || ps[i].chars > p.chars + 5) continue;
        std::string_view entry = ps[i].t;
        if (auto m = tx::parse_marker(entry)) entry.remove_prefix(m.length);
        if (tx::strip_spaces(entry) == key) return true;
      }
      return false;
    };
    // (A digest's headlines run longer; one follows a video's credit or the digest's 提要 list.)
    bool after_digest_line = digest && j > 0 && (media_credit(ps[j - 1].t) || ends_bulleted_list(ps, j - 1));
    if (listing && shape && !label && j > 0 && p.chars <= (digest ? 40u : 30u) &&
        (opens_after(j) || after_masthead(j) || listed_before() || after_digest_line) && over_body(j) && !after_teaser)
      items.push_back(j);
    bool block = label;
    for (std::size_t k = j + 1; k < ps.size() && k <= j + 3 && !block; ++k) {
      if (is_byline(ps[k].t) && k > j + 1 && ps[k - 1].chars > 40) break;
      if (column_line(ps[k].t)) break;  // what follows a column's name is its article's
      // Strong evidence: a date line, a subtitle, the first article of a regulation.
      bool strong = is_date_line(ps[k].t) || tx::starts_with(ps[k].t, "——") || (k == j + 1 && opens_regulation(ps[k].t)) ||
                    (k == j + 1 && page_top && ps[k].chars > 40);
      // `■ 作者` is a byline; a long `■ …的通知` is a bulleted title of its own.
      // A bare name under a short line is weak: a speech outline's items
      // look the same, so the line before must close something (an article, a column).
      // (A title wrapped onto a second short line over its byline counts from its first.)
      // (Not the file's first line: a compilation's own title over its first piece's.)
      // (Nor an issue's number, `2023年第5期（总第512期）`, nor a date, over a one-line title.)
      bool wrapped = k == j + 2 && j > 0 && p.chars <= 30 && !issue_number(tx::strip_spaces(p.t)) && !tx::find_full_date(p.t) &&
                     tx::han_count(p.t) * 2 > p.chars && (tx::ends_sentence(ps[j - 1].t) || opens_page(j)) && ps[j + 1].chars <= 30 && !tx::ends_sentence(ps[j + 1].t) &&
                     !tx::ends_with(ps[j + 1].t, "：") && !is_byline(ps[j + 1].t) && !is_date_line(ps[j + 1].t) &&
                     !people::organ_like(tx::strip_spaces(p.t)) && !people::organ_like(tx::strip_spaces(ps[j + 1].t));  // (a joint signature)
      bool weak = is_byline(ps[k].t) && (tx::starts_with(ps[k].t, "■") || k == j + 1 || wrapped) &&
                  (tx::starts_with(ps[k].t, "■") || tx::starts_with(ps[k].t, "□") || credited(ps[k].t) || opens_after(j));
      if (strong || (weak && !after_teaser))
        block = true;
      // A genre-named title right after a finished paragraph, before long text.
      // In a 文件汇编 the previous document ends with its 成文日期, and the
      // next one's title is followed by its date or its 主送 line.
      // A 附注 in brackets (`（此件公开发布）`) may close it instead; a legal
      // database opens each document with its metadata block (`文章属性`).
      bool prev_done = j == 0 || (tx::ends_sentence(ps[j - 1].t) || tx::whole_date(tx::strip_spaces(ps[j - 1].t)) ||
                                 bracketed_note(ps[j - 1].t));
      bool next_opens = ps[k].chars > 40 || tx::ends_sentence(ps[k].t) || tx::ends_with(ps[k].t, "：") ||
                        tx::find_full_date(ps[k].t).has_value() ||  // also `2014-03-20 15:59:35`
                        tx::strip_spaces(ps[k].t) == "文章属性" || metadata_field(ps[k].t);
      if (k == j + 1 && !after_teaser && genre_title(p.t) && prev_done && next_opens)
        block = true;
      // A headline over a news item's dateline (`新华社北京3月5日电　…`): a digest's next item.
      else if (k == j + 1 && !after_teaser && opens_with_dateline(ps[k].t) && p.chars >= 8 && opens_after(j))
        block = true;
      // A short line over long text right after an article's closing source note (`（来源：…）`,
      // `摘自《…》`) or a part's label: the next article.
      // (Its author's line may stand between: `辽宁七四一七厂老工人朱庆龙`.)
      else if (!after_teaser && j > 0 && (source_note(ps[j - 1].t) || part_label(ps[j - 1].t)) && ps[k].chars > 40 &&
               !tx::ends_with(p.t, "：") && p.chars >= 6 &&
               (k == j + 1 || (k == j + 2 && ps[j + 1].chars <= 30 && !tx::ends_sentence(ps[j + 1].t) && !tx::ends_with(ps[j + 1].t, "："))))
        block = true;
      // A short line over long text right after a signed and dated close (`…公社红卫兵` /
      // `一九六六年十一月三十日`): the next piece of a paper's page or a compilation.
      else if (k == j + 1 && !after_teaser && j >= 2 && tx::whole_date(tx::strip_spaces(ps[j - 1].t)) && signed_close(j - 2) &&
               ps[k].chars > 40 && p.chars >= 6 && !tx::ends_with(p.t, "："))
        block = true;
      // A title that carries its date over the text, after something finished: a compilation's next piece.
      else if (k == j + 1 && !after_teaser && dated_title(p.t) && opens_after(j) && !tx::ends_with(ps[k].t, "："))
        block = true;
      // A 公文's title over its 发文字号, after something finished: a 文件汇编's next document.
      else if (k == j + 1 && !after_teaser && one_document_title(p.t) && number_line(ps[k].t) && opens_after(j))
        block = true;
      // A rule closing the article before under its closing note (`□　摘自《…》`, `□　寄自美国`
      // / `～～～～`): the short line under it opens the next one when long text follows. (A
      // rule alone also parts a speech's sections.)
      else if (k == j + 1 && j > 1 && clean_detail::rule_line(ps[j - 1].t) && closing_note(ps[j - 2].t) && ps[k].chars > 40 &&
               !tx::ends_with(p.t, "："))
        block = true;
      else if (ps[k].chars > 40 || tx::ends_sentence(ps[k].t))
        break;
    }
    if (!block) continue;
    // A two-line title starts at its first line.
    if (!starts.empty() && starts.back() + 1 == j) continue;
    starts.push_back(j);
  }
  // A bulletin's items are headlines (`林彪同志不愧是…`, `刘少奇同姚依林的谈话是…`); a
  // single-topic issue's subheadings are short parallel phrases (`强化组织领导`, `聚焦重点任务`).
  // Numbered items are a bulletin's when there are several and they read as headlines, longer
  // than a report's numbered subheadings (`一、主要做法`).
  if (numbered.size() >= 2) {
    std::vector<std::size_t> len;
    for (auto j : numbered) len.push_back(ps[j].chars);
    std::nth_element(len.begin(), len.begin() + len.size() / 2, len.end());
    if (len[len.size() / 2] >= 12) {
      items.insert(items.end(), numbered.begin(), numbered.end());
      std::sort(items.begin(), items.end());
    }
  }
  // Bare title lines read as items when they read as headlines, longer than a single-topic issue's
  // subheadings (`强化组织领导`), or (in a digest) each under its number alone, `01` / `最火的微博`.
  auto median_chars = [&](const std::vector<std::size_t>& js) {
    std::vector<std::size_t> len;
    for (auto j : js) len.push_back(ps[j].chars);
    std::nth_element(len.begin(), len.begin() + len.size() / 2, len.end());
    return len.empty() ? std::size_t{0} : len[len.size() / 2];
  };
  auto read_as_headlines = [&](const std::vector<std::size_t>& js) {
    std::size_t under_numeral = 0;
    for (auto j : js) under_numeral += j > 0 && bare_numeral(ps[j - 1].t);
    return median_chars(js) >= 8 || (digest && under_numeral >= 3 && under_numeral == js.size());
  };
  // A digest whose items have no headlines: each a paragraph its list's mark opens. (A bulletin's
  // numbered points under one headline are that item's: only a bulletin with no headlined item.)
  // (One headlined article over its lead and its dated points, `我县扎实开展…大检查` / `今年以来，…` /
  // `1、5月8日…`, keeps them, a digest's too; a section's label between, `§国内`, `【国际】`, parts them.)
  auto owned_by_headline = [&](const std::vector<std::size_t>& para) {
    for (std::size_t h : items) {
      if (h >= para.front()) break;
      bool lead = false, section = false;
      for (std::size_t k = h + 1; k < para.front(); ++k)
        lead |= ps[k].chars > 40 && !column_line(ps[k].t), section |= column_line(ps[k].t) || (ps[k].chars <= 8 && !tx::ends_sentence(ps[k].t));
      if (lead && !section) return true;
    }
    return false;
  };
  if ((digest && (items.size() < 3 || !read_as_headlines(items))) || (bulletin && items.empty()))
    if (auto para = digest_paragraph_items(ps); para.size() >= 3 && !(digest && read_as_headlines(items) && owned_by_headline(para))) {
      items = std::move(para);
      facts.untitled = items;
      starts.clear();
    }
  const bool untitled = !facts.untitled.empty();
  if (items.size() >= 2) {
    std::size_t median = median_chars(items);
    bool headlines = untitled || read_as_headlines(items);
    if (headlines) (digest ? digest_items : bulletin_items) = items.size();
    if (headlines) facts.items = items;
    doc.split_evidence.push_back(fmt::format("{}: {} {}, median {} characters: {}",
                                             digest ? "a news digest's heading (a digest's name, or a column's beside a date)"
                                                    : "a bulletin's masthead (an issue number and a bulletin's name)",
                                             items.size(), untitled ? "paragraphs opened by the list's marks (untitled items)" : "bare title lines",
                                             median, headlines ? "items" : "one item's subheadings"));
    if (headlines) {
      std::vector<std::size_t> found = starts;  // (sorted: the scan's order)
      for (auto j : items)
        if (!std::binary_search(found.begin(), found.end(), j) && (untitled || !std::binary_search(found.begin(), found.end(), j - 1)))
          starts.push_back(j);
      std::sort(starts.begin(), starts.end());
    }
  }
  // A title printed twice, over a metadata block (`标题` / `文章属性 【制定机关】…` /
  // `正文` / `标题`, as legal databases export): the article starts at the first.
  // A contents list's entry (`【本期要目】` over the items' titles, no pages) is no article:
  // the same title opens one later, where its text is.
  // (Each start's key read once: the last start of each key stays.)
  if (listing) {
    std::unordered_map<std::string, std::size_t> last;
    for (std::size_t b : starts) last[tx::strip_spaces(ps[b].t)] = b;
    std::erase_if(starts, [&](std::size_t a) {
      bool listed = a + 1 < ps.size() && ps[a + 1].chars <= 40 && !tx::ends_sentence(ps[a + 1].t);
      return listed && last[tx::strip_spaces(ps[a].t)] > a;
    });
  }
  // (A bulletin's item printed first in the issue's contents stays where its text is.)
  for (std::size_t a = 0; a < starts.size(); ++a) {
    if (listing && std::binary_search(items.begin(), items.end(), starts[a])) continue;
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
  // One pass: a block's span grows as the blocks after it merge into it.
  std::vector<std::size_t> kept;
  for (std::size_t a = 0; a < starts.size();) {
    std::size_t first = starts[a], next = a + 1;
    // (An untitled item's own paragraph is its body.)
    std::size_t scanned = std::binary_search(facts.untitled.begin(), facts.untitled.end(), first) ? first : first + 1;
    // Body is a long paragraph, or (when a scan or a hard-wrapped text kept
    // its short printed lines) a finished sentence among several lines.
    bool body = false, sentence = false, media = false;
    std::size_t chars = 0;
    for (;;) {
      std::size_t end = next < starts.size() ? starts[next] : ps.size();
      for (; scanned < end; ++scanned)
        body |= ps[scanned].chars > 40, sentence |= ps[scanned].t.find("。") != std::string_view::npos, chars += ps[scanned].chars,
        media |= digest_items && media_credit(ps[scanned].t);
      // (A bulletin's item may be one paragraph of news; a digest's, a video under its credit.)
      bool item = (bulletin_items || digest_items) && std::binary_search(items.begin(), items.end(), first);
      if (((body || (sentence && (item || end - first >= 5))) && chars >= (item ? 20u : 120u)) || (item && media)) {
        kept.push_back(first);
        break;
      }
      if (next == starts.size()) {  // the last one joins the one before
        if (kept.empty()) {
          kept.push_back(first);
        } else {
          doc.diagnose(Diag::split_thin_title, fmt::format("split: title block at line {} has little body: not an article",
                                                           doc.line_of(ps[first].b)));
        }
        break;
      }
      doc.diagnose(Diag::split_title_merged,
                   fmt::format("split: title block at line {} has little or no body before line {}: read as one title block",
                               doc.line_of(ps[first].b), doc.line_of(ps[starts[next]].b)));
      ++next;
    }
    a = next < starts.size() ? next : starts.size();
    if (next == starts.size()) break;
  }
  starts = std::move(kept);
  // A page without a masthead opens with its first piece: a title over its text, closed by its
  // signature (and date) right before the first block found (a paper's page, a reprint's bundle).
  if (!starts.empty() && starts[0] > 3 && ps.size() > 1 && ps[0].chars >= 4 && ps[0].chars <= 40 && !tx::ends_sentence(ps[0].t) &&
      !is_date_line(ps[0].t) && !clean_detail::rule_line(ps[0].t) && ps[1].chars > 40 && !(ps[0].b >= toc_b && ps[0].b < toc_e)) {
    std::size_t s0 = starts[0];
    bool closed = signed_close(s0 - 1) || (tx::whole_date(tx::strip_spaces(ps[s0 - 1].t)) && signed_close(s0 - 2));
    if (closed) starts.insert(starts.begin(), 0);
  }
  {
    std::string at;
    for (std::size_t a = 0; a < starts.size() && a < 8; ++a) at += fmt::format("{}{}", a ? ", " : "", doc.line_of(ps[starts[a]].b));
    if (starts.size() > 8) at += ", …";
    doc.split_evidence.push_back(fmt::format("title blocks (a short line over a byline, a date line or a subtitle; a page top after a "
                                             "finished article; a column label): {}{}",
                                             starts.size(), starts.empty() ? "" : " at line " + at));
  }
  return starts;
}

}  // namespace gongwen::host::split_detail
