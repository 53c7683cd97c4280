// Articles from the headings a Markdown file marks up (see lines.hpp:
// markup_headings, markup_articles): news digests and compilations exported to
// Markdown give each document a heading of one level.
#include "split/lines.hpp"

#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace gongwen::host::split_detail {

namespace tx = gongwen::text;

std::vector<MarkupHeading> markup_headings(const Document& doc, const std::vector<Para>& ps) {
  auto it = doc.fields.find("markup_headings");
  if (it == doc.fields.end() || !it->is_array()) return {};
  // The cleaner may have changed the spacing inside a heading, not its words.
  std::vector<std::pair<int, std::string>> wanted;
  std::unordered_map<std::string, std::vector<std::size_t>> at;  // a heading's words → the paragraphs reading so
  std::size_t longest = 0;
  for (const auto& h : *it) {
    if (!h.is_object() || !h.contains("title") || !h["title"].is_string() || !h.contains("level") || !h["level"].is_number_integer()) continue;
    std::string title = tx::strip_spaces(h["title"].get_ref<const std::string&>());
    if (title.empty()) continue;
    longest = std::max(longest, tx::char_count(title));
    at.emplace(title, std::vector<std::size_t>{});
    wanted.emplace_back(h["level"].get<int>(), std::move(title));
  }
  for (std::size_t k = 0; k < ps.size(); ++k)
    if (ps[k].chars <= longest * 2 + 8)
      if (auto f = at.find(tx::strip_spaces(ps[k].t)); f != at.end()) f->second.push_back(k);
  // Each in the first paragraph after the previous heading's: one pass, no rescans.
  std::vector<MarkupHeading> out;
  std::size_t j = 0;
  for (const auto& [level, title] : wanted) {
    const auto& ks = at[title];
    auto k = std::lower_bound(ks.begin(), ks.end(), j);
    if (k == ks.end()) continue;
    out.push_back({level, *k});
    j = *k + 1;
  }
  return out;
}

namespace {

// `#98`: an issue's number as a weekly writes it (`第 300 期` is issue_number's).
bool hash_number(std::string_view t) {
  auto h = t.find('#');
  return h != std::string_view::npos && h + 1 < t.size() && t[h + 1] >= '0' && t[h + 1] <= '9';
}

// Long enough for a headline: eight Chinese characters, or ten characters mixing Chinese with
// a name in Latin letters (`K8s的Rust客户端`, `Vim 纳入基本系统组件`), as technical news writes.
bool headline_length(std::string_view t) {
  std::size_t han = tx::han_count(t);
  if (han >= 8) return true;
  std::size_t latin = 0;
  for (char c : t) latin += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  return han >= 2 && latin >= 3 && tx::char_count(tx::strip_spaces(t)) >= 10;
}

}  // namespace

bool periodical_word(std::string_view t) {
  for (std::string_view w : {"周刊", "周报", "月刊", "旬刊", "简报", "快报", "期刊", "杂志", "Weekly", "weekly", "Newsletter", "newsletter"})
    if (t.find(w) != std::string_view::npos) return true;
  return false;
}

namespace {
// A periodical's name for itself: its issue number, or the word for a periodical.
bool names_an_issue(std::string_view t) { return issue_number(t) || hash_number(t) || periodical_word(t); }
}  // namespace

std::vector<std::size_t> markup_articles(const Document& doc, const std::vector<Para>& ps, std::string* issue) {
  if (!doc.origin || doc.origin->layout.rfind("markdown", 0) != 0) return {};
  struct H {
    int level;
    std::size_t para;
    std::string_view title;
  };
  std::vector<H> hs;
  for (const auto& h : markup_headings(doc, ps)) hs.push_back({h.level, h.para, ps[h.para].t});
  std::map<int, std::size_t> per_level;
  for (const auto& h : hs) ++per_level[h.level];
  std::string own = doc.title;
  if (auto t = doc.fields.find("title"); own.empty() && t != doc.fields.end() && t->is_string()) own = t->get<std::string>();
  const bool one_document = one_document_title(own);
  // (The title or, under a name that does not say it, a lead that presents the issue as its own:
  // `欢迎阅读…双周报——《安记冰室》！本栏目…`; an article that cites a journal, `原载《求是》杂志`, is none.)
  std::string periodical;
  if (!one_document) {
    if (names_an_issue(own)) periodical = own;
    for (std::size_t k = 0; k < ps.size() && k < 4 && periodical.empty(); ++k) {
      if (ps[k].chars > 400 || !names_an_issue(ps[k].t)) continue;
      for (std::string_view self : {"欢迎阅读", "本期", "本刊", "本栏目", "本周报", "本简报"})
        if (ps[k].t.find(self) != std::string_view::npos) periodical = tx::trim(ps[k].t);
    }
  }
  // Levels by how many headings they hold (level 1 holds three or more only
  // when files were put together).
  std::vector<std::pair<std::size_t, int>> levels;
  for (auto [l, n] : per_level)
    if (n >= 3) levels.emplace_back(n, l);
  std::sort(levels.begin(), levels.end(), [](auto a, auto b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  for (auto [most, level] : levels) {
    std::vector<std::size_t> out;
    std::vector<bool> titled;
    std::size_t titles = 0;
    for (const auto& h : hs) {
      if (h.level != level) continue;
      out.push_back(h.para);
      titled.push_back(false);
      auto t = h.title;
      auto m = tx::parse_marker(t);
      bool numbered = m && (m.family == tx::MarkerFamily::arabic_dot || m.family == tx::MarkerFamily::arabic_paren);
      if (numbered) t = tx::trim(t.substr(m.length));
      else if (m) continue;  // 一、 （一） 第一章 第一条: a part of one document
      // Under a document's own title that names its genre (`…座谈会纪要`), a numbered
      // heading is a part of it (`1.关于单位犯罪的认定`) unless it names a genre itself
      // (`1.关于…的通知`) or reads as a headline (`1.习近平主持召开…会议`).
      bool genre = !one_document;
      for (std::string_view g : {"通知", "意见", "决定", "公告", "通告", "通报", "报告", "请示", "批复", "函", "纪要", "决议", "办法",
                                 "规定", "条例", "细则", "方案", "规划", "讲话", "致辞", "发言", "文章", "评论"})
        genre |= tx::ends_with(t, g);
      for (std::string_view v : {"召开", "主持", "强调", "会见", "会谈", "出席", "举行", "部署", "考察", "调研", "致信", "回信",
                                 "印发", "发布", "发表", "签署", "通过", "宣布"})
        genre |= t.find(v) != std::string_view::npos;
      if ((headline_length(t) || (!periodical.empty() && !numbered)) && !tx::ends_sentence(t) && (!numbered || genre))
        ++titles, titled.back() = true;
    }
    // The page's own heading over the first story (`《新闻联播》 20260618 19:00` over a
    // link): no headline and next to no text under it; or the contents (`本期节目主要内容`
    // over its list). A short headline's story stays.
    std::size_t drop = 0;
    for (; drop + 1 < out.size() && !titled[drop]; ++drop) {
      std::size_t han = 0;
      for (std::size_t k = out[drop] + 1; k < out[drop + 1]; ++k) han += tx::han_count(ps[k].t);
      if (han >= 20 && !toc_heading(ps[out[drop]].t)) break;
    }
    out.erase(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(drop));
    if (titles < 3 || titles * 3 < out.size() * 2) continue;
    // A file's YAML front matter (`---` … `---`, a note or two after it) just
    // above its title belongs to it.
    for (std::size_t a = 0; a < out.size(); ++a) {
      std::size_t j = out[a], closing = j, floor = a ? out[a - 1] + 1 : 0;
      for (std::size_t k = j; k-- > floor && k + 8 > j;)
        if (tx::trim(ps[k].t) == "---") {
          closing = k;
          break;
        }
      if (closing == j) continue;
      for (std::size_t k = closing; k-- > floor && k + 30 > closing;)
        if (tx::trim(ps[k].t) == "---") {
          out[a] = k;
          break;
        }
    }
    if (issue && !periodical.empty()) *issue = periodical;
    return out;
  }
  return {};
}

}  // namespace gongwen::host::split_detail
