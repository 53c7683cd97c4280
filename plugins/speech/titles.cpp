// What a speech's title looks like, apart from the handler that weighs it:
// the genre words a title names, the date line and the subtitle under it.
//
// Invariants: a title is one line; a report to a congress is never a speech's
// title (the government_report handler's), nor is a headline about a speech.
#include "titles.hpp"

#include <gongwen/people.hpp>
#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <string>

namespace speech_titles {

namespace tx = gongwen::text;
namespace st = gongwen::structure;
using tx::contains;

bool names_speech(std::string_view s) {
  // (A 政府工作报告, a court's or a standing committee's report to the congress, is a kind of
  // its own, the government_report handler's.)
  std::string q = tx::strip_spaces(s);
  if (auto dash = q.find("——"); dash != std::string::npos) q.resize(dash);
  // (Up to its last 工作报告: a site's `（全文）` may follow.)
  bool congress = contains(s, "政府工作报告");
  if (auto at = q.rfind("工作报告"); !congress && at != std::string::npos) congress = !st::congress_report(std::string_view(q).substr(0, at + 12)).empty();
  if (congress && !contains(s, "讲话") && !contains(s, "致辞") && !contains(s, "发言")) return false;
  // (Nor the report on its disclosure every organ and school publishes a year, `…学年信息公开工作报告`:
  // a 公文 to be read, never said.)
  if (contains(q, "公开工作报告") && !contains(q, "讲话")) return false;
  if (meeting_report(s)) return true;
  for (std::string_view w : {"讲话", "致辞", "致词", "工作报告", "报告会上", "欢迎词", "贺词", "答谢词", "祝酒词", "开幕词", "闭幕词",
                             // (辞 as often as 词: `…交易会开幕式欢迎辞`.)
                             "欢迎辞", "答谢辞", "祝酒辞", "开幕辞", "闭幕辞", "演讲", "党课", "主持词"})
    if (contains(s, w)) return true;
  // (A new year's address, `2021新春献辞`, `新年献词`; not `…文献词语…`. Or its greeting letter to the
  // people, `新春贺信`, as it is read out and printed alike.)
  std::string_view v = tx::trim(s);
  for (std::string_view w : {"献词", "献辞", "贺信"})
    if (auto at = v.find(w); at != std::string_view::npos &&
                             (w == "贺信" ? at >= 6 && (v.substr(at - 6, 6) == "新春" || v.substr(at - 6, 6) == "新年")  // (not `…建校60周年贺信`)
                                          : at + w.size() == v.size() || (at >= 3 && (v.substr(at - 3, 3) == "年" || v.substr(at - 3, 3) == "春"))))
      return true;
  // (A spokesperson, 发言人, is a post, not a speech.)
  for (auto at = s.find("发言"); at != std::string_view::npos; at = s.find("发言", at + 6))
    if (s.substr(at + 6, 3) != "人") return true;
  return false;
}

std::optional<tx::Date> date_line(std::string_view s, bool bare) {
  if (tx::more_visible_than(s, 44)) return std::nullopt;  // told before a paragraph is copied
  std::string stripped = tx::strip_spaces(s);
  std::string_view v = stripped;
  bool paren = (tx::starts_with(v, "（") || tx::starts_with(v, "(")) && (tx::ends_with(v, "）") || tx::ends_with(v, ")"));
  std::size_t n = tx::char_count(v);
  // (The day may come with the hour and the place: `（2020年11月11日晚，北京钓鱼台国宾馆）`.)
  if (n > (paren ? 40 : 20)) return std::nullopt;
  auto d = tx::find_full_date(v);
  if (paren) return n <= 20 || (d && d->begin <= 3) ? d : std::nullopt;
  if (bare && d && d->begin == 0 && d->end == v.size()) return d;
  return std::nullopt;
}

bool names_speech_itself(std::string_view t) {
  // A headline reporting that one was given (`…出席会议并讲话`, `…发表重要讲话 强调…`) or
  // what it meant or was made of (`…重要讲话精神`, `…讲话时强调`): news or a commentary, unless its end
  // names the speech itself (`在学习贯彻…重要讲话精神专题会议上的讲话`).
  std::string_view end = tx::trim(t);
  // A sentence wrapped after its verb's object (`…发表了非常重要的` / `讲话，某某同志作了表态`): its tail.
  for (std::string_view w : {"讲话", "发言", "致辞", "致词"})
    if (tx::starts_with(end, w) && (tx::starts_with(end.substr(w.size()), "，") || tx::starts_with(end.substr(w.size()), ","))) return false;
  for (std::string_view w : {"的决议", "的决定", "的通知", "的意见", "的批复", "的通报", "的函", "的公告", "的通告", "的报告"})
    if (contains(t, "关于") && tx::ends_with(end, w)) return false;  // a 公文 about one: `关于政府工作报告的决议`
  // A report on how a matter stands (`2020年某区法治政府建设情况报告`) is a 公文 to a superior, not said to a hall.
  if (tx::ends_with(end, "情况报告")) return false;
  // A site's label for the page (`文秘帮工作报告内容页`, `讲话频道`) names no text.
  for (std::string_view page : {"内容页", "正文页", "列表页", "频道", "栏目", "首页"})
    if (tx::ends_with(end, page)) return false;
  if (tx::ends_with(end, "》")) end.remove_suffix(std::string_view("》").size());
  // (Nor one that reports a part taken at a meeting, `…参加…推进会并交流发言`.)
  for (std::string_view r : {"并发言", "并交流发言", "并作交流发言", "并作发言", "并致辞", "并致词"})
    if (tx::ends_with(end, r)) return false;
  bool own = false;
  for (std::string_view w : {"的讲话", "讲话稿", "讲话提纲", "致辞", "致词", "发言", "主持词"}) own |= tx::ends_with(end, w);
  for (std::string_view r : {"并讲话", "并发表讲话", "发表重要讲话", "作重要讲话", "并致辞", "讲话精神", "讲话时", "讲话强调", "讲话指出",
                             "讲党课", "上党课", "讲专题党课", "上专题党课", "党课活动",
                             // (What people made of one: `代表热议…工作报告`, `…报告解读`.)
                             "热议", "畅谈", "解读", "点赞"})
    if (!own && contains(t, r)) return false;
  if (tx::ends_with(t, "》")) return names_speech(t);
  std::string outside;
  int depth = 0;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t k = i;
    char32_t c = tx::next_cp(t, k);
    if (c == U'《') ++depth;
    else if (c == U'》' && depth > 0) --depth;
    else if (depth == 0) outside.append(t.substr(i, k - i));
    i = k;
  }
  // Said in court, when the title is the text itself (`…案一审辩护词`), not about it.
  for (std::string_view court : {"辩护词", "代理词", "公诉词"})
    if (tx::ends_with(tx::trim(outside), court)) return true;
  return names_speech(outside);
}

std::optional<std::string_view> subtitle(std::string_view p) {
  // However many dashes (`---2023年新年致辞`); a rule, all dashes (`---`, `————`), is no subtitle.
  std::size_t i = 0, dashes = 0;
  for (bool more = true; more;) {
    more = false;
    for (std::string_view d : {"—", "-", "－"})
      if (p.substr(i).starts_with(d)) {
        i += d.size();
        ++dashes;
        more = true;
      }
  }
  auto rest = tx::trim(p.substr(i));
  if (dashes < 2 || rest.empty()) return std::nullopt;
  return rest;
}

bool speech_title(std::string_view p) {
  // (A page's timestamp over its column, `2023-04-21 21:43:01工作报告`, is no title.)
  if (p.size() > 5 && std::all_of(p.begin(), p.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
      (p[4] == '-' || p[4] == '/' || p[4] == '.'))
    return false;
  // Up to 60 characters: a meeting's full name makes long titles
  // (`刘希平在省“领雁工程”总结交流暨…启动实施工作会议上的讲话`, 42).
  // (Nor a page's trail that ends with its column, `您所在的位置:政务公开 > 工作报告`.)
  return tx::char_count(p) <= 60 && tx::char_count(p) > 4 && names_speech_itself(p) && !subtitle(p) && !gongwen::structure::trail_line(p) &&
         !tx::ends_with(p, "：") && !tx::ends_with(p, ":") && !tx::ends_sentence(p);
}

bool meeting_report(std::string_view t) {
  std::string q = tx::strip_spaces(t);
  if (tx::ends_with(q, "》")) q.resize(q.size() - std::string_view("》").size());
  auto at = q.find("在");
  return at != std::string::npos && at <= 3 * 12 && tx::ends_with(q, "上的报告") && tx::char_count(q) <= 60;
}

// A post or 领导 and a speech's genre alone (`董事长讲话`, `校长致辞`, `领导发言`): a portal's tab, no title.
bool position_label(std::string_view t) {
  std::string q = tx::strip_spaces(t);
  for (std::string_view genre : {"讲话", "致辞", "发言", "寄语"})
    if (tx::ends_with(q, genre)) {
      std::string_view who = std::string_view(q).substr(0, q.size() - genre.size());
      if (who == "领导" || who == "主要领导") return true;
      for (auto post : gongwen::people::kPositions)
        if (who == post) return true;
    }
  return false;
}

std::size_t printed_under_lead(const std::vector<gongwen::structure::Paragraph>& ps, std::size_t i) {
  // (A page's headline that reports the act, `市委书记某某、市长某某发表新春贺词`, over the title it
  // ends with, printed alone under it: that one.)
  if (i < ps.size())
    for (std::size_t j = i + 1; j < ps.size() && j <= i + 2; ++j) {
      std::string head = tx::strip_spaces(ps[i].text), own = tx::strip_spaces(ps[j].text);
      if (tx::char_count(own) < 2 || tx::char_count(own) > 30 || !tx::ends_with(head, own) || head.size() == own.size()) continue;
      std::string_view before = std::string_view(head).substr(0, head.size() - own.size());
      for (std::string_view verb : {"发表", "致", "作"})
        if (tx::ends_with(before, verb) && names_speech(own)) return j;
    }
  for (std::size_t j = i + 1; i < ps.size() && j + 1 < ps.size() && j <= i + 4; ++j) {
    std::string lead = tx::strip_spaces(ps[j].text);
    if (!tx::ends_with(lead, "全文如下：") && !tx::ends_with(lead, "全文如下:")) continue;
    std::string own = tx::strip_spaces(ps[j + 1].text);
    return tx::char_count(own) <= 30 && names_speech(own) && !subtitle(own) ? j + 1 : i;
  }
  return i;
}

}  // namespace speech_titles
