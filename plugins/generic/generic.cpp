// generic: the fallback for documents no handler claims (kind `unknown`).
// It never wins on its score (detect() returns 0); the registry runs it when
// nothing reaches the threshold, so every document still gets a title, a
// heading tree, the date and organ a closing signature gives, and the common entities.
#include <gongwen/people.hpp>
#include <gongwen/plugin.hpp>
#include <gongwen/structure.hpp>
#include <cmath>
#include <map>

namespace {

namespace st = gongwen::structure;

// Words: a Han character (`序` titles a preface) or two Latin letters.
bool has_words(std::string_view t) {
  std::size_t latin = 0;
  for (std::size_t k = 0; k < t.size();) {
    char32_t c = gongwen::text::next_cp(t, k);
    if (gongwen::text::is_han(c)) return true;
    latin += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
  return latin >= 2;
}

// An attachment's label over its title (`附件1`, `附件 2：`, `附表3`): a place in
// the document it came with, not a title.
bool attachment_label(std::string_view t) {
  std::string q = gongwen::text::strip_spaces(t);
  std::string_view v = q;
  bool labelled = false;
  for (std::string_view l : {"附件", "附表", "附录"})
    if (gongwen::text::starts_with(v, l)) v.remove_prefix(l.size()), labelled = true;
  if (!labelled) return false;
  for (std::string_view c : {"：", ":"})
    if (gongwen::text::ends_with(v, c)) v.remove_suffix(c.size());
  for (std::size_t k = 0; k < v.size();) {
    char32_t c = gongwen::text::next_cp(v, k);
    if (!((c >= '0' && c <= '9') || c == '-' || c == U'－' || std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos))
      return false;
  }
  return true;
}

// A page's label for what it shows, standing alone: a 文种 word (`通知`, `公告`) or a column's.
bool category_label(std::string_view t) {
  std::string q = gongwen::text::strip_spaces(t);
  for (std::string_view l : {"通知", "公告", "通告", "公示", "声明", "启事", "通报", "公告栏", "通知公告", "最新公告"})
    if (q == l) return true;
  return false;
}

// A periodical's masthead, when its text opens with one: the issue number (`第 二 期`, `总第12期`),
// the name and date, who printed it (`中共某某市委宣传部印`), a note in brackets (`（供内部参考）`).
// No line of it is the title of what it prints.
bool issue_number(std::string_view t) {
  std::string q = gongwen::text::strip_spaces(t);
  std::string_view v = q;
  if (gongwen::text::starts_with(v, "总")) v.remove_prefix(std::string_view("总").size());
  if (!gongwen::text::starts_with(v, "第") || gongwen::text::char_count(v) > 16) return false;
  auto qi = v.find("期");
  if (qi == std::string_view::npos) return false;
  for (std::size_t i = std::string_view("第").size(); i < qi;) {
    char32_t c = gongwen::text::next_cp(v, i);
    if (!(c >= '0' && c <= '9') && gongwen::text::cn_digit(c) < 0 && c != U'十' && c != U'百') return false;
  }
  return qi > std::string_view("第").size();
}
bool masthead_line(std::string_view t) {
  namespace tx = gongwen::text;
  std::string q = tx::strip_spaces(t);
  if (issue_number(q) || q.empty()) return true;
  bool bracketed = tx::starts_with(q, "（") && tx::ends_with(q, "）") && tx::char_count(q) <= 12;
  bool printer = (tx::ends_with(q, "印") || tx::ends_with(q, "编印") || tx::ends_with(q, "主办")) && tx::char_count(q) <= 24;
  return bracketed || printer || (tx::find_full_date(q).has_value() && tx::char_count(q) <= 30);
}

// A line that can be a title: short, with words, ending no sentence and opening no text.
bool title_shaped(std::string_view t) {
  auto q = gongwen::text::trim(t);
  if (gongwen::text::char_count(q) < 4 || gongwen::text::char_count(q) > 60 || !has_words(q)) return false;
  for (std::string_view e : {"。", "：", ":", "，", "；", "！", "？"})
    if (gongwen::text::ends_with(q, e)) return false;
  return true;
}

// The signature a document of no known kind closes with: a date line alone among its last
// lines, the organ's line over it (`党委组织部` / `2017年12月18日`). A notice that calls itself
// 预告, 启事 or 说明 is signed as a 公文 is; its reader wants who and when all the same.
struct Signature {
  std::string date;
  std::string organ;
};

std::optional<Signature> closing_signature(const std::vector<st::Paragraph>& ps, std::size_t first) {
  namespace tx = gongwen::text;
  for (std::size_t back = 0; back < 3 && back + first < ps.size(); ++back) {
    std::size_t i = ps.size() - 1 - back;
    auto iso = tx::whole_date(ps[i].text);
    if (!iso) continue;
    Signature s{*iso, {}};
    if (i > first) {
      std::string above = tx::strip_spaces(ps[i - 1].text);
      // (Or any name between the closing formula and the date: `特此公告` / `名医主刀` / `二〇一六年二月五日`.)
      bool after_formula = i > first + 1 && tx::starts_with(tx::trim(ps[i - 2].text), "特此") && tx::char_count(tx::trim(ps[i - 2].text)) <= 8;
      if (tx::char_count(above) >= 2 && tx::char_count(above) <= 30 &&
          (gongwen::people::organ_like(above) || (after_formula && title_shaped(above))))
        s.organ = above;
    }
    return s;
  }
  return std::nullopt;
}

struct Generic {
  static constexpr const char* name = "generic";
  static constexpr const char* version = "0.2.0";
  static constexpr const char* kinds = "unknown";
  static constexpr const char* description = "fallback: title, heading tree, entities for unclassified documents";
  static constexpr int priority = 0;

  double detect(gongwen::Document&) { return 0; }

  void process(gongwen::Document& doc) {
    auto ps = st::paragraphs(doc.text());
    if (ps.empty()) return;
    std::size_t first = 0;
    // The title: the first short line (a long first paragraph is body text) that
    // has words: a time stamp alone (`2015-09-29 14:26:18`) titles nothing.
    if (doc.title().empty()) {
      std::size_t from = 0;
      if (issue_number(ps[0].text))
        while (from < ps.size() && from < 6 && masthead_line(ps[from].text)) ++from;
      if (from >= ps.size() || from >= 6) from = 0;
      // Set apart by its type when the format says (a page printed to PDF or OFD, its menu and its
      // site's name over the headline): the line among the first six set largest, well over the
      // body's size, is the title.
      {
        std::map<long, std::size_t> sizes;  // half-points → characters, the body's the most
        for (std::size_t i = 0; i < ps.size() && i < 60; ++i)
          if (auto st = doc.style_at(ps[i].offset); st && st->size_pt > 0) sizes[std::lround(st->size_pt * 2)] += gongwen::text::char_count(ps[i].text);
        long body = 0;
        for (std::size_t most = 0; auto [sz, n] : sizes)
          if (n > most) most = n, body = sz;
        std::size_t best = ps.size();
        double best_pt = 0;
        for (std::size_t i = 0; body > 0 && i < ps.size() && i < 6; ++i)
          if (auto st = doc.style_at(ps[i].offset); st && st->size_pt * 2 >= 1.5 * static_cast<double>(body) && st->size_pt > best_pt &&
                                                    gongwen::text::char_count(ps[i].text) <= 60 && has_words(ps[i].text) &&
                                                    !masthead_line(ps[i].text) && !gongwen::text::ends_with(gongwen::text::trim(ps[i].text), "文件"))
            best = i, best_pt = st->size_pt;
        if (best < ps.size()) from = best;
      }
      for (std::size_t i = from; i < ps.size() && i < from + 3; ++i) {
        // (A text that opens with those it addresses, `全镇广大农民朋友们：`, has no title; a short label
        // over the headline, `分享到：`, is passed.)
        if (std::string_view q = gongwen::text::trim(ps[i].text); gongwen::text::ends_with(q, "：") || gongwen::text::ends_with(q, ":")) {
          if (gongwen::text::char_count(q) <= 5) continue;
          break;
        }
        // (Nor is the signature a title, its organ over a date among the last lines: a text of one
        // paragraph, `大涌镇党政办公室` / `2018年12月10日` under it.)
        // (A short note's own title over its date, `小区电梯停运检修安排` / `2024年3月5日`, is none: the
        // signature has a body over it, or names an organ.)
        if (i + 1 < ps.size() && ps.size() - (i + 1) <= 3 && gongwen::text::whole_date(ps[i + 1].text) &&
            (i > from || gongwen::people::organ_like(gongwen::text::strip_spaces(ps[i].text))))
          break;
        if (gongwen::text::whole_date(ps[i].text)) continue;  // (a date alone titles nothing: `二〇一一年五月十三日`)
        // (Nor an item, `1、…`, `一、…`: the body's list has begun. Not a word that reads as one, `三要素法…`.)
        if (auto f = gongwen::text::parse_marker(ps[i].text).family;
            f == gongwen::text::MarkerFamily::arabic_dot || f == gongwen::text::MarkerFamily::cn_dun || f == gongwen::text::MarkerFamily::cn_paren ||
            f == gongwen::text::MarkerFamily::arabic_paren || f == gongwen::text::MarkerFamily::circled)
          break;
        if (gongwen::text::char_count(ps[i].text) <= 60 && has_words(ps[i].text) && !attachment_label(ps[i].text)) {
          // A page's bare label over the title it heads (`通知` / `名医主刀2016年春节假期安排`):
          // the title is the line under it, unless that line opens the text (`各学院：`, prose).
          if (i + 1 < ps.size() && category_label(ps[i].text) && title_shaped(ps[i + 1].text)) ++i;
          std::string title(gongwen::text::trim(ps[i].text));
          first = i + 1;
          // A title broken inside its 《》 (`为印发反动大字报《关于社会主义的` / `民主与法制》以供批判…`):
          // the next line closes it.
          auto open = [](std::string_view t) { return t.rfind("《") != std::string_view::npos && (t.rfind("》") == std::string_view::npos || t.rfind("》") < t.rfind("《")); };
          if (open(title) && first < ps.size() && gongwen::text::char_count(ps[first].text) <= 40 &&
              ps[first].text.find("》") != std::string_view::npos && !gongwen::text::ends_sentence(ps[first].text))
            title += gongwen::text::trim(ps[first++].text);
          doc.set_title(title);
          break;
        }
      }
    }
    if (auto sig = closing_signature(ps, first)) {
      if (doc.field("date").empty()) doc.set_field("date", sig->date);
      if (!sig->organ.empty() && doc.field("issuer").empty()) doc.set_field_list("issuer", {sig->organ});
    }
    st::TreeOptions o;
    o.from_paragraph = first;
    auto hs = st::heading_tree(doc, ps, o);
    st::add_sections(doc, hs);
    st::check_numbering(doc, hs);
  }
};

}  // namespace

GONGWEN_PLUGIN(Generic)
