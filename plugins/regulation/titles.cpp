// The names of rules: which instrument a title names (条例, 办法, 章程…), the standing and
// revision notes after it, a listing's number, and where the title stands in a head.
#include "titles.hpp"

#include <gongwen/people.hpp>

#include <algorithm>

namespace regulation_titles {

using namespace gongwen;
namespace tx = gongwen::text;
namespace st = gongwen::structure;
using tx::MarkerFamily;
using text::contains;

// (`若干措施`: the measures a government sets in numbered provisions, `…支持人工智能发展若干措施（试行）`.)
const std::string_view kInstruments[] = {"实施细则", "实施办法", "实施意见", "暂行条例", "若干措施", "指导原则", "条例", "条令", "规定", "办法",
                                         "制度", "细则", "意见", "规则", "准则", "规程", "章程", "规范", "守则", "程序",
                                         "员工手册", "村规民约", "乡规民约", "公约", "规约", "标准",
                                         // (Norms stated as requirements: `…毕业设计（论文）撰写规范化要求`.)
                                         "规范化要求", "规范要求", "撰写要求", "格式要求"};

std::size_t standing_suffix(std::string_view t) {
  // A revision's note (`（修订）`, `（2019年修正）`).
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
    if (!tx::ends_with(t, close)) continue;
    auto o = t.rfind(open);
    if (o == std::string_view::npos) continue;
    std::string_view in = t.substr(o + open.size(), t.size() - o - open.size() - close.size());
    for (std::string_view w : {"修订", "修正", "修订版"})
      if (tx::ends_with(in, w)) {
        std::string_view year = in.substr(0, in.size() - w.size());
        bool dated = year.empty() || (year.size() == 7 && tx::ends_with(year, "年") &&
                                      std::all_of(year.begin(), year.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }));
        if (dated) return t.size() - o;
      }
  }
  // An edition in the bracket, alone or after the standing (`（2020年版）`, `（试行-第四版）`).
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
    auto o = t.rfind(open);
    if (!tx::ends_with(t, close) || o == std::string_view::npos || !tx::ends_with(t.substr(0, t.size() - close.size()), "版")) continue;
    std::string_view in = t.substr(o + open.size(), t.size() - o - open.size() - close.size() - std::string_view("版").size());
    std::size_t k = in.size();  // back over the edition's number: `第四`, `2020年`, `2`
    while (k > 0) {
      std::size_t j = k;
      char32_t c = tx::prev_cp(in, j);
      if (!((c >= U'0' && c <= U'9') || tx::is_cn_numeral(c) || c == U'第' || c == U'年')) break;
      k = j;
    }
    if (k == in.size()) continue;
    std::string_view rest = in.substr(0, k);
    for (std::string_view sep : {"-", "－", "—", "、", "，", " "})
      if (tx::ends_with(rest, sep)) rest.remove_suffix(sep.size());
    bool standing = rest.empty();
    for (std::string_view w : {"试行", "暂行", "修订"}) standing |= rest == w;
    if (standing) return t.size() - o;
  }
  for (std::string_view w : {"试行", "暂行", "征求意见稿", "草案", "修订草案", "草案征求意见稿", "送审稿", "讨论稿", "修订稿", "代拟稿"})
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
      if (tx::ends_with(t, close) && t.size() >= open.size() + w.size() + close.size() &&
          t.substr(t.size() - close.size() - w.size(), w.size()) == w &&
          t.substr(t.size() - close.size() - w.size() - open.size(), open.size()) == open)
        return open.size() + w.size() + close.size();
  return 0;
}

ListedNumber number_suffix(std::string_view t) {
  std::size_t close = tx::ends_with(t, "）") ? 3 : tx::ends_with(t, ")") ? 1 : 0;
  if (!close) return {};
  std::size_t full = t.rfind("（"), half = t.rfind("(");
  std::size_t open = full == std::string_view::npos ? half : half == std::string_view::npos ? full : std::max(full, half);
  if (open == std::string_view::npos || open == 0) return {};
  std::size_t from = open + (t[open] == '(' ? 1 : 3);
  std::string_view inner = t.substr(from, t.size() - close - from);
  bool digit = std::any_of(inner.begin(), inner.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digit || !(tx::ends_with(inner, "号") || tx::ends_with(inner, "号令")) || tx::char_count(inner) > 30) return {};
  return {open, inner};
}

std::string_view instrument_of(std::string_view title) {
  std::string t = tx::strip_spaces(title);
  // (A sample site's count, `企业奖惩管理制度(通用7篇)`; a document site's file name, `….docx`, is
  // the page's, the text prints its title below it.)
  bool file = false;
  for (std::string_view x : {".doc", ".docx", ".pdf", ".wps", ".txt"}) file |= tx::ends_with(t, x);
  if (!file) t.resize(st::undecorated_end(t));
  // A model for others to follow (`社会团体章程示范`, `…章程范本`): the instrument it models.
  for (std::string_view model : {"示范文本", "示范", "范本", "示本", "模板"})
    if (tx::ends_with(t, model) && t.size() > model.size() + 6) {
      t.resize(t.size() - model.size());
      break;
    }
  std::string_view v = t;
  if (auto n = number_suffix(v); !n.number.empty()) v = v.substr(0, n.open);
  v.remove_suffix(standing_suffix(v));
  for (auto k : kInstruments)
    if (tx::ends_with(v, k)) return k;
  // A national law by its name (`中华人民共和国水污染防治法`): a catalogue lists it by that alone.
  if (tx::starts_with(v, "中华人民共和国") && tx::ends_with(v, "法") && tx::char_count(v) >= 9) return "法";
  // (Or its code, `中华人民共和国民法典`; `带你走进民法典` only talks about it.)
  if (tx::starts_with(v, "中华人民共和国") && tx::ends_with(v, "法典")) return "法典";
  return {};
}

std::string_view flattened_title(std::string_view t) {
  t = tx::trim(t);
  if (!tx::more_visible_than(t, 60)) return {};
  std::size_t e = 0;
  for (std::size_t n = 0; e < t.size() && n < 60; ++n) {
    auto rest = t.substr(e);
    bool note = tx::starts_with(rest, "（") || tx::starts_with(rest, "(");
    if (note || tx::starts_with(rest, "第一章") || tx::starts_with(rest, "第一条")) {
      auto head = t.substr(0, e);
      // (A 题注 says when it was made: a date in the bracket.)
      if (note && !tx::find_full_date(rest.substr(0, std::min<std::size_t>(rest.size(), 90)))) return {};
      if (tx::char_count(head) < 4 || contains(head, "，") || contains(head, "：") || instrument_of(head).empty()) return {};
      return head;
    }
    // (Or a space after it, a preamble before the first article: `…奖学金实施细则 为奖励…。 第一条 …`.)
    std::size_t at = e;
    char32_t c = tx::next_cp(t, e);
    if (c == U'。') return {};
    if ((c == U' ' || c == U'\u3000') && n >= 4) {
      auto head = tx::trim(t.substr(0, at));
      if (!contains(head, "，") && !contains(head, "：") && !instrument_of(head).empty() &&
          tx::contains(t.substr(e, std::min<std::size_t>(t.size() - e, 1200)), "第一条"))
        return head;
    }
  }
  return {};
}

// A rule a news item reports and then prints under its own title (`卫生部组织制定了《某某技术管理
// 规范(试行)》` / … / `以下是…公布的《规范》全文：` / `某某技术管理规范(试行)`): that line, when the
// headline or the lead reports it in 《》 (`…制定了《T》`, `印发《T》`) as an instrument; else empty.
static std::string_view reported_rule(const std::vector<st::Paragraph>& ps) {
  for (std::size_t i = 0; i < ps.size() && i < 4; ++i) {
    std::string_view t = tx::trim(ps[i].text);
    // (An editor's note over the documents it introduces, `编者按：…制定出台了《…办法》…现将文件刊登如下`, is the editor's.)
    if (tx::starts_with(t, "编者按") || tx::starts_with(t, "按：") || tx::starts_with(t, "编者的话")) continue;
    for (std::size_t open = t.find("《"); open != std::string_view::npos; open = t.find("《", open + 3)) {
      auto close = t.substr(open, 240).find("》");  // (a name's 80 characters at most: no scan of the rest)
      if (close == std::string_view::npos) continue;
      close += open;
      std::string name = tx::strip_spaces(t.substr(open + 3, close - open - 3));
      // (Reported: a verb before the name. An order's `《T》已经…通过，现予公布` promulgates it.)
      bool reported = false;
      for (std::string_view verb : people::kReleasingVerbs) reported |= tx::ends_with(tx::trim(t.substr(0, open)), verb);
      if (!reported || tx::char_count(name) < 6 || instrument_of(name).empty()) continue;
      for (std::size_t j = i + 1; j < ps.size() && j < i + 12; ++j)
        if (!tx::more_visible_than(ps[j].text, 60) && tx::strip_spaces(ps[j].text) == name) return tx::trim(ps[j].text);
    }
  }
  return {};
}

// The title among the head's first lines when the reader gave none: the first that names an
// instrument (`盐池县人民政府工作规则` under its number `盐政发〔2017〕40号`), a 范文 site's copy of
// it (`第一篇:…细则`) giving way to the line as printed; else the first line.
std::string_view head_title(const std::vector<st::Paragraph>& ps) {
  if (auto printed = reported_rule(ps); !printed.empty()) return printed;
  for (std::size_t i = 0; i < ps.size() && i < 8; ++i) {
    std::string_view t = tx::trim(ps[i].text);
    auto family = tx::parse_marker(t).family;
    if (family == MarkerFamily::article || family == MarkerFamily::chapter) break;
    if (st::related_link_line(t) || st::trail_line(t)) continue;  // (`- 最新社团章程示本 推荐度:`, `当前位置: 首页 > … > 商会章程`)
    // (A page's facts after the title on its line: `…实施办法 | 发布时间:[2017/02/16]`.)
    if (auto bar = t.find(" | "); bar != std::string_view::npos && !instrument_of(tx::strip_spaces(t.substr(0, bar))).empty())
      return tx::trim(t.substr(0, bar));
    if (auto f = flattened_title(t); !f.empty()) return f;
    if (tx::more_visible_than(t, 60) || contains(t, "。") || instrument_of(tx::strip_spaces(t)).empty()) {
      // (Only a number line or the site's words stand over the title, a menu's or a short
      // column's; any other line is the head's own: an organ over its title, an order's masthead.)
      std::string q = tx::strip_spaces(t);
      bool number = tx::ends_with(q, "号") && (contains(q, "〔") || contains(q, "[") || contains(q, "（")) && tx::char_count(q) <= 24;
      bool menu = contains(q, "|") || contains(q, ">") || contains(q, "»");
      // (Nor a masthead, `…委员会文件`, whose organ's name may wrap over the line above it.)
      auto masthead = [&](std::size_t k) {
        return k < ps.size() && k < 8 && tx::ends_with(tx::strip_spaces(ps[k].text), "文件") && !tx::more_visible_than(ps[k].text, 30);
      };
      // (Nor a column's label with its English, `商会概况Chamber of Commerce`.)
      bool bilingual = tx::han_count(q) <= 8 && tx::han_count(q) * 2 < tx::char_count(q) && !contains(q, "，") && !contains(q, ",");
      if (number || menu || bilingual || masthead(i) || masthead(i + 1) || tx::char_count(q) <= 5 || (tx::char_count(q) <= 8 && !people::organ_like(q)))
        continue;
      break;
    }
    std::size_t k = st::plain_title_below(ps, i, [](std::string_view s) { return !instrument_of(s).empty(); });
    // (A column's label over the title that ends with it, `商会章程` / `某某市某某商会章程`: the title.)
    if (std::string head = tx::strip_spaces(ps[k].text); k + 1 < ps.size() && tx::char_count(head) <= 8) {
      std::string next = tx::strip_spaces(ps[k + 1].text);
      if (next.size() > head.size() && tx::ends_with(next, head) && !tx::more_visible_than(next, 60) && !tx::ends_sentence(next)) return tx::trim(ps[k + 1].text);
    }
    // (The page's headline over the title as printed with its standing, `…规则` / `…规则（修订）`.)
    std::string head = tx::strip_spaces(ps[k].text);
    for (std::size_t j = k + 1; j < ps.size() && j <= k + 6; ++j)
      if (std::string r = tx::strip_spaces(ps[j].text); r.size() > head.size() && tx::starts_with(r, head) && standing_suffix(r) == r.size() - head.size())
        return tx::trim(ps[j].text);
    return tx::trim(ps[k].text);
  }
  // (A document site's page: its picture and licence lines over the flattened text.)
  for (std::size_t i = 0; i < ps.size() && i < 8; ++i)
    if (auto f = flattened_title(ps[i].text); !f.empty()) return f;
  // (Else the first line, unless it is prose: a text opening with its preamble has no title.)
  std::size_t first = 0;
  while (first + 1 < ps.size() && first < 3 && st::trail_line(ps[first].text)) ++first;  // (the page's trail is no title)
  if (ps.empty() || (tx::more_visible_than(ps[first].text, 60) && tx::unquoted_count(ps[first].text, U"，。,") > 0)) return {};
  return ps[first].text;
}

// The head of a name wrapped over two lines (`中华人民共和国工业产品生产` / `许可证管理条例实施办法`):
// words only, no organ's name (which signs), no number or date, no sentence.
static bool wrapped_name_head(std::string_view line) {
  std::string q = tx::strip_spaces(line);
  std::size_t n = tx::char_count(q);
  // (A line is wrapped because it is long: a short one over the name is a page's label, `文档简介`.)
  if (n < 8 || n > 30 || people::organ_like(q) || !instrument_of(q).empty()) return false;
  for (std::size_t k = 0; k < q.size();)
    if (char32_t c = tx::next_cp(q, k); !tx::is_han(c) && std::u32string_view(U"《》“”、（）").find(c) == std::u32string_view::npos) return false;
  for (std::string_view e : {"令", "号", "公告", "通知", "文件"})
    if (tx::ends_with(q, e)) return false;
  return true;
}

std::string title_above_articles(const std::vector<st::Paragraph>& ps) {
  for (std::size_t i = 0; i < ps.size() && i < 60; ++i) {
    auto family = tx::parse_marker(ps[i].text).family;
    if (family != MarkerFamily::article && family != MarkerFamily::chapter) continue;
    // (Over the 题注's lines, each revision a line or two: `2017年8月22日…第六次主任会议修订`.)
    for (std::size_t j = i; j-- > 0 && j + 8 >= i;) {
      std::string_view t = tx::trim(ps[j].text);
      if (tx::more_visible_than(t, 60) || contains(t, "。") || instrument_of(tx::strip_spaces(t)).empty()) continue;
      // (Not when the name is whole on its line: `关于…的办法`, or one that names its place.)
      if (j > 0 && !tx::starts_with(t, "关于") && wrapped_name_head(ps[j - 1].text)) return std::string(tx::trim(ps[j - 1].text)) + std::string(t);
      // (Or an organ's name broken inside it, `某某州人民代表大会` / `常务委员会机关公文处理办法`.)
      for (std::string_view rest : {"常务委员会", "委员会", "办公室", "办公厅"})
        if (j > 0 && tx::starts_with(t, rest) && people::organ_like(tx::strip_spaces(ps[j - 1].text)) && !tx::more_visible_than(ps[j - 1].text, 30))
          return std::string(tx::trim(ps[j - 1].text)) + std::string(t);
      return std::string(t);
    }
    break;
  }
  return {};
}

std::string title_over_lines(const std::vector<st::Paragraph>& ps, std::string_view title) {
  // A short title that is a wrapped one's last line (`四川省…便民热线运行` / `管理暂行办法`): the
  // line over it, no organ, date, label or sentence, is its start.
  if (std::string line = tx::strip_spaces(title); !instrument_of(line).empty() && tx::char_count(line) <= 8)
    for (std::size_t i = 1; i < ps.size() && i < 4; ++i)
      if (tx::strip_spaces(ps[i].text) == line) {
        std::string above = tx::strip_spaces(ps[i - 1].text);
        std::size_t n = tx::char_count(above);
        std::size_t k = 0;
        // (As long as a title's first line runs: a menu's or a column's label is short.)
        if (n >= 10 && n <= 30 && tx::is_han(tx::next_cp(above, k)) && !people::organ_like(above) && !tx::find_full_date(above) && !contains(above, "：") && !contains(above, ":") &&
            !tx::ends_sentence(above) && tx::han_count(above) * 2 > n && instrument_of(above).empty() && !tx::parse_marker(above))
          return above + line;
        break;
      }
  // An institution on the line over a title that names none (`计算机学院` / `2016年…复试细则`): the
  // two lines are one title, as a university heads its rules.
  if (std::string line = tx::strip_spaces(title); !instrument_of(line).empty() && !tx::starts_with(line, "关于") && owner_in_title(line).empty())
    for (std::size_t i = 1; i < ps.size() && i < 4; ++i)
      if (tx::strip_spaces(ps[i].text) == line) {
        std::string above = tx::strip_spaces(ps[i - 1].text);
        std::size_t n = tx::char_count(above);
        if (n >= 4 && n <= 20 && tx::trim(ps[i - 1].text).find(' ') == std::string_view::npos && people::organ_like(above) &&
            !owner_in_title(above + line).empty())
          return above + line;
        break;
      }
  if (!instrument_of(title).empty())
    return {};
  for (std::size_t i = 0; i + 1 < ps.size() && i < 3; ++i)
    if (tx::strip_spaces(ps[i].text) == tx::strip_spaces(title)) {
      std::string line = tx::strip_spaces(title), next = tx::strip_spaces(ps[i + 1].text);
      bool organ = people::organ_like(line) && tx::char_count(line) <= 30 && tx::char_count(next) <= 30 && !contains(next, "。");
      if (!instrument_of(next).empty() && (tx::char_count(next) <= 4 || organ)) return line + next;
      break;
    }
  return {};
}

// The title the reader gave, unless it names no instrument and the head's own title does (a
// page's first bold line, `全国…专业学位` of a masthead wrapped over two lines, over `…评选办法`).
std::string given_or_head_title(std::string_view given, const std::vector<st::Paragraph>& ps) {
  if (!given.empty() && !instrument_of(tx::strip_spaces(given)).empty()) return std::string(given);
  std::string_view head = head_title(ps);
  if (given.empty()) return std::string(head);
  // (Not over a 公文's own title, `…的复函`, nor for a numbered heading of its body, `一、相关法律规定`.)
  bool titled = false;
  for (std::string_view w : {"通知", "通报", "意见", "决定", "批复", "函", "公告", "通告", "报告", "请示", "纪要", "决议", "令", "公报", "议案"})
    titled |= tx::ends_with(tx::trim(given), w);
  if (!titled && !tx::parse_marker(head) && !instrument_of(tx::strip_spaces(head)).empty()) return std::string(head);
  return std::string(given);
}

// A title spaced out to the line's width (`MPA 优 秀论 文 评 选 办 法`, two spaces between Han
// characters at least): no space beside a Han character; one between other words. (A title and
// its translation, `…发展规定 Provisions of…`, keep theirs.)
std::string unspaced_title(std::string_view t) {
  std::size_t spaced = 0;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t b = i;
    char32_t c = tx::next_cp(t, i);
    if (!tx::is_space(c) || b == 0 || !tx::is_han(tx::prev_cp(t, b))) continue;
    std::size_t e = i;
    for (std::size_t q = e; e < t.size() && tx::is_space(tx::next_cp(t, q)); q = e) e = q;
    std::size_t after = e;
    spaced += e < t.size() && tx::is_han(tx::next_cp(t, after));
    i = e;
  }
  if (spaced < 2) return std::string(t);
  std::string packed;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t k = i;
    if (!tx::is_space(tx::next_cp(t, k))) {
      packed.append(t, i, k - i);
      i = k;
      continue;
    }
    std::size_t e = k;
    for (std::size_t q = e; e < t.size() && tx::is_space(tx::next_cp(t, q)); q = e) e = q;
    std::size_t b = i, after = e;
    bool han_before = b > 0 && tx::is_han(tx::prev_cp(t, b)), han_after = e < t.size() && tx::is_han(tx::next_cp(t, after));
    if (!han_before && !han_after) packed += ' ';
    i = e;
  }
  return packed;
}

}  // namespace regulation_titles
