// Parsers for the elements of an official document (see elements.hpp).
//
// The layout is read the way GB/T 9704 prints it: the head (版头) before the
// title, the title, the 主送 line after it, the body, then — found from the
// end — the 附件说明, the signature and 成文日期, the 附注 and the 版记.
// Texts arrive as people keep them: metadata blocks of legal databases and
// front matter before the document, titles wrapped over lines, whole
// documents flattened onto one line, Latin O for 〇 in dates; each parser
// accepts those forms and otherwise finds nothing.
#include "elements.hpp"

#include <gongwen/text.hpp>

#include <algorithm>
#include <array>

namespace gongwen::official {

namespace tx = gongwen::text;
using gongwen::text::contains;
using structure::Paragraph;

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);


// 文种 suffixes, longest first; `needs_guanyu`: only a title with 关于 is one
// (`政府工作报告`, `实施意见` alone are other things).
struct Suffix {
  std::string_view text;
  std::size_t type;  // index into doc_types()
  bool needs_guanyu;
};

const std::vector<DocType>& types() {
  static const std::vector<DocType> t = {
      {"通知", "notice"},       {"意见", "opinion"},      {"决定", "decision"},     {"命令", "order"},
      {"公报", "communique"},   {"公告", "announcement"}, {"通告", "public_notice"}, {"通报", "circular"},
      {"报告", "report"},       {"请示", "request"},      {"批复", "reply"},        {"议案", "motion"},
      {"函", "letter"},         {"纪要", "minutes"},      {"决议", "resolution"}};
  return t;
}

const std::array<Suffix, 21>& suffixes() {
  static const std::array<Suffix, 21> s = {{{"会议纪要", 13, false},
                                            {"的复函", 12, false},
                                            {"的函", 12, false},
                                            {"复函", 12, true},
                                            {"通知", 0, false},
                                            {"意见", 1, true},
                                            {"决定", 2, true},
                                            {"命令", 3, false},
                                            {"公报", 4, false},
                                            {"公告", 5, false},
                                            {"通告", 6, false},
                                            {"通报", 7, true},
                                            {"报告", 8, true},
                                            {"请示", 9, true},
                                            {"批复", 10, false},
                                            {"议案", 11, true},
                                            {"纪要", 13, false},
                                            {"决议", 14, false},
                                            {"函", 12, true},
                                            {"令", 3, false},
                                            {"", 0, false}}};
  return s;
}

std::string squeeze(std::string_view s) { return tx::strip_spaces(s); }

bool is_digit_cp(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }
int digit_value(char32_t c) { return c <= '9' ? static_cast<int>(c - '0') : static_cast<int>(c - 0xFF10); }

bool open_bracket(char32_t c) { return c == U'〔' || c == U'[' || c == U'（' || c == U'(' || c == U'【' || c == U'［' || c == U'〈'; }
bool close_bracket(char32_t c) { return c == U'〕' || c == U']' || c == U'）' || c == U')' || c == U'】' || c == U'］' || c == U'〉'; }
bool is_space_cp(char32_t c) { return tx::is_space(c); }

// A character that can be part of a document-number prefix (国办发, 沪交道运, GB).
bool org_char(char32_t c) {
  return tx::is_han(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Reads backwards from `i` (exclusive) over spaces; returns the new position.
std::size_t back_spaces(std::string_view s, std::size_t i) {
  while (i > 0) {
    std::size_t k = i;
    if (!is_space_cp(tx::prev_cp(s, k))) break;
    i = k;
  }
  return i;
}

// Reads a run of digits backwards ending at `i`; returns {value, start} or {-1, i}.
std::pair<long long, std::size_t> back_number(std::string_view s, std::size_t i) {
  std::size_t j = i;
  std::vector<int> digits;
  while (j > 0) {
    std::size_t k = j;
    char32_t c = tx::prev_cp(s, k);
    if (!is_digit_cp(c)) break;
    digits.push_back(digit_value(c));
    j = k;
    if (digits.size() > 6) return {-1, i};
  }
  if (digits.empty()) return {-1, i};
  long long v = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) v = v * 10 + *it;
  return {v, j};
}

// The organisation prefix ending at `i`: a run of Han or Latin letters.
std::pair<std::string, std::size_t> back_org(std::string_view s, std::size_t i, bool allow_dun) {
  std::size_t j = i;
  std::size_t chars = 0;
  while (j > 0 && chars < 40) {
    std::size_t k = j;
    char32_t c = tx::prev_cp(s, k);
    if (!(org_char(c) || (allow_dun && c == U'、'))) break;
    j = k;
    ++chars;
  }
  std::string org(s.substr(j, i - j));
  // A head glued to the number: `国家电网有限公司加急办值通(2020)638号`.
  for (std::string_view mark : {"特急", "加急", "平急", "特提", "明电"}) {
    auto p = org.rfind(mark);
    if (p != std::string::npos && p + mark.size() < org.size() && mark != "明电") {
      j += p + mark.size();
      org = org.substr(p + mark.size());
    }
  }
  return {org, j};
}

// Document number ending with the 号 at `hao` (byte offset of 号).
std::optional<DocNumber> number_at(std::string_view s, std::size_t hao) {
  std::size_t i = back_spaces(s, hao);
  auto [num, nstart] = back_number(s, i);
  if (num < 0) return std::nullopt;
  i = back_spaces(s, nstart);
  bool di = false;
  if (i >= 3 && s.substr(i - 3, 3) == "第") {
    di = true;
    i = back_spaces(s, i - 3);
  }
  DocNumber d;
  d.number = num;
  std::size_t begin = kNone;
  std::size_t k = i;
  char32_t c = i > 0 ? tx::prev_cp(s, k) : 0;
  if (close_bracket(c)) {
    // 〔2018〕124号 / [1997]赔他字第10号 (year first, org between)
    std::size_t y = back_spaces(s, k);
    auto [year, ystart] = back_number(s, y);
    std::size_t o = back_spaces(s, ystart);
    std::size_t k2 = o;
    if (year < 1949 || year > 2100 || o == 0 || !open_bracket(tx::prev_cp(s, k2))) return std::nullopt;
    d.year = static_cast<int>(year);
    auto [org, ostart] = back_org(s, back_spaces(s, k2), false);
    if (org.empty()) return std::nullopt;
    d.org = org;
    begin = ostart;
  } else if (org_char(c)) {
    // `2019年第116号`, `国务院令 第837号`, `[1997]赔他字第10号`
    std::size_t at = i;
    if (di && at >= 3 && s.substr(at - 3, 3) == "年") {
      std::size_t y = back_spaces(s, at - 3);
      auto [year, ystart] = back_number(s, y);
      if (year < 1949 || year > 2100) return std::nullopt;
      d.year = static_cast<int>(year);
      auto [org, ostart] = back_org(s, back_spaces(s, ystart), true);
      d.org = org;
      begin = org.empty() ? ystart : ostart;
    } else {
      auto [org, ostart] = back_org(s, at, false);
      std::size_t k3 = ostart;
      char32_t before = ostart > 0 ? tx::prev_cp(s, k3) : 0;
      if (close_bracket(before)) {  // year first
        std::size_t y = back_spaces(s, k3);
        auto [year, ystart] = back_number(s, y);
        std::size_t k4 = ystart;
        if (year < 1949 || year > 2100 || ystart == 0 || !open_bracket(tx::prev_cp(s, k4))) return std::nullopt;
        d.year = static_cast<int>(year);
        d.org = org;
        begin = k4;
      } else if (di && !org.empty() && tx::ends_with(org, "令")) {
        d.org = org;
        begin = ostart;
      } else {
        return std::nullopt;
      }
    }
  } else if (di) {
    // `2026 年 第 18 号` after spaces: handled above through 年; nothing else
    return std::nullopt;
  } else {
    return std::nullopt;
  }
  d.found.text = std::string(s.substr(begin, hao + 3 - begin));
  d.found.offset = begin;
  return d;
}

// The paragraph without its enclosing brackets.
std::string_view unbracket(std::string_view t) {
  t = tx::trim(t);
  for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
    if (tx::starts_with(t, o) && tx::ends_with(t, c)) return tx::trim(t.substr(o.size(), t.size() - o.size() - c.size()));
  }
  return t;
}

}  // namespace

bool organ_like(std::string_view t) {
  // `你院`, `贵局`, `我委` name the addressee or the writer, not an organ.
  for (std::string_view p : {"你", "贵", "我", "该", "本"})
    if (tx::starts_with(t, p)) return false;
  static const std::string_view ends[] = {"院", "署", "部", "局", "委", "厅", "会", "府", "司", "办", "室", "处", "中心",
                                          "公司", "集团", "队", "组", "所", "站", "校", "学院", "大学", "办公室", "委员会",
                                          "政府", "单位", "机关", "党组", "支部", "总支", "街道", "镇", "乡", "县", "市", "省", "区", "馆",
                                          // banks and their branches, corps, customs, press and broadcasters
                                          "银行", "总行", "分行", "支行", "总部", "兵团", "海关", "监狱", "社", "电视台", "气象台"};
  for (auto e : ends)
    if (tx::ends_with(t, e)) return true;
  return false;
}

namespace {

bool footer_line(std::string_view t) {
  for (std::string_view w : {"扫一扫", "打印本页", "关闭窗口", "【打印】", "【关闭】", "分享到", "责任编辑", "网站地图", "版权所有",
                             "主办单位", "ICP备", "来源：", "浏览次数", "【字体"})
    if (contains(t, w)) return true;
  return false;
}

// Paragraph index holding byte offset `off`.
std::size_t index_of(const std::vector<Paragraph>& ps, std::size_t off) {
  for (std::size_t i = 0; i < ps.size(); ++i)
    if (off >= ps[i].offset && off <= ps[i].offset + ps[i].text.size()) return i;
  return kNone;
}

std::size_t body_start(const std::vector<Paragraph>& ps) {
  std::size_t from = 0;
  // YAML front matter.
  if (!ps.empty() && (ps[0].text == "---" || ps[0].text == "+++")) {
    for (std::size_t i = 1; i < ps.size() && i < 80; ++i)
      if (ps[i].text == ps[0].text) {
        from = i + 1;
        break;
      }
  }
  // A legal database's 文章属性 … 正文 block.
  for (std::size_t i = from; i < ps.size() && i < from + 40; ++i)
    if (ps[i].text == "正文" || ps[i].text == "【正文】" || ps[i].text == "正 文") {
      from = i + 1;
      break;
    }
  while (from < ps.size() && (tx::starts_with(ps[from].text, ">") || tx::starts_with(ps[from].text, "【"))) ++from;
  return from;
}

std::optional<DocNumber> number_in(std::string_view s, std::size_t base);
std::string clean_title(std::string t);

// A line of the head that is not part of the title: masthead, number,
// copy number, secrecy, urgency, 签发人.
bool head_line(std::string_view t) {
  std::string q = squeeze(t);
  std::size_t n = tx::char_count(q);
  if (n <= 40 && tx::ends_with(q, "文件")) return true;
  if (contains(q, "签发人")) return true;
  if (n <= 12 && (contains(q, "特急") || contains(q, "加急") || contains(q, "平急") || contains(q, "特提") || tx::starts_with(q, "绝密") ||
                  tx::starts_with(q, "机密") || tx::starts_with(q, "秘密")))
    return true;
  // A number line (`国办发〔2018〕124号`, `（公治[2006]327号）`), not a title that ends with one.
  if (n <= 40 && !contains(q, "关于") && (tx::ends_with(q, "号") || tx::ends_with(q, "号）") || tx::ends_with(q, "号)")) && number_in(q, 0))
    return true;
  return n == 6 && std::all_of(q.begin(), q.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A line that can be no part of a title: a link (`原文链接：https://…`), a
// record's metadata (`更新时间:2026-02-18`), a rule (`---`) or a folio (`-1-`).
// Such lines have no closing punctuation, so without this a title would be
// joined onto them.
bool never_title_line(std::string_view t) {
  std::string q = squeeze(t);
  if (contains(q, "http://") || contains(q, "https://") || contains(q, "www.")) return true;
  static const std::string_view labels[] = {"原文链接", "链接", "网址", "来源", "发布时间", "更新时间", "发布日期", "时间", "日期",
                                            "版本", "作者", "编辑", "责任编辑", "浏览", "点击", "索引号", "分类", "字号"};
  for (auto l : labels)
    if (tx::starts_with(q, l) && (tx::starts_with(q.substr(l.size()), "：") || tx::starts_with(q.substr(l.size()), ":")))
      return true;
  // Only dashes, rules or a folio number.
  bool letters = false;
  for (std::size_t i = 0; i < q.size();) {
    char32_t c = tx::next_cp(q, i);
    letters |= !(c == '-' || c == '*' || c == '_' || c == '=' || c == U'—' || c == U'－' || (c >= '0' && c <= '9'));
  }
  return !q.empty() && !letters;
}

// Title: a paragraph (or up to four short wrapped ones) ending with a 文种.
Title find_title(const std::vector<Paragraph>& ps, std::size_t from) {
  Title best;
  for (std::size_t i = from; i < ps.size() && i < from + 30; ++i) {
    if (head_line(ps[i].text) || never_title_line(ps[i].text)) continue;
    // A numbered line (`2.建群并发布通知`, `（三）…的通知`) is an item of a body, never a title.
    if (tx::parse_marker(ps[i].text)) continue;
    std::string joined;
    std::size_t start = ps[i].offset;
    for (std::size_t k = 0; k < 4 && i + k < ps.size(); ++k) {
      auto t = ps[i + k].text;
      if (k > 0 && (tx::char_count(ps[i + k - 1].text) > 40 || contains(ps[i + k - 1].text, "。") || head_line(t) ||
                    never_title_line(t)))
        break;
      joined += squeeze(t);
      if (contains(joined, "。") || tx::ends_with(joined, "：") || tx::ends_with(joined, ":")) break;
      if (tx::char_count(joined) > 200) break;
      if (tx::starts_with(joined, "特此") || tx::starts_with(joined, "此复") || tx::starts_with(joined, "现将")) break;
      std::string cleaned = clean_title(joined);
      if (k == 0 && tx::char_count(cleaned) < 6) {  // `工作通知`: a column label never starts a title
        bool label = false;
        for (const auto& sx : suffixes()) label |= !sx.text.empty() && tx::ends_with(cleaned, sx.text);
        if (label) break;
      }
      const DocType* type = doc_type_of_title(cleaned);
      // `工作通知`, `通知公告`: a menu or column label, not a title, and not
      // the start of one either.
      if (type && tx::char_count(cleaned) < 6 && !tx::ends_with(cleaned, "令")) break;
      if (type && !contains(cleaned, "关于")) {
        bool better = false;
        for (std::size_t j = i + k + 1; j < ps.size() && j <= i + k + 3; ++j)
          better |= contains(ps[j].text, "关于") && doc_type_of_title(clean_title(squeeze(ps[j].text))) != nullptr;
        if (better) type = nullptr;
      }
      if (type) {
        best.found.text = cleaned;
        best.found.offset = start;
        best.type = type;
        best.paragraphs = k + 1;
        best.last_paragraph = i + k;
        // A page or database repeats the title above the document's own
        // (`标题` line, page heading): the document's is the last one.
        for (std::size_t j = best.last_paragraph + 1; j < ps.size() && j <= best.last_paragraph + 12; ++j) {
          std::string again;
          for (std::size_t m = 0; m < 4 && j + m < ps.size(); ++m) {
            again += squeeze(ps[j + m].text);
            if (clean_title(again) == best.found.text) {
              best.found.offset = ps[j].offset;
              best.paragraphs = m + 1;
              best.last_paragraph = j + m;
              break;
            }
            if (again.size() >= best.found.text.size()) break;
          }
        }
        return best;
      }
    }
  }
  // A document flattened onto one line: the title is a prefix ending in a 文种.
  for (std::size_t i = from; i < ps.size() && i < from + 3; ++i) {
    auto t = ps[i].text;
    if (tx::char_count(t) < 120) continue;
    std::size_t guanyu = t.find("关于");
    if (guanyu == std::string_view::npos || guanyu > 300) continue;
    for (std::size_t e = guanyu; e < t.size() && e < 900;) {
      tx::next_cp(t, e);
      auto prefix = t.substr(0, e);
      if (contains(prefix, "。")) break;
      const DocType* type = doc_type_of_title(prefix);
      if (type && tx::ends_with(prefix, std::string("的") + std::string(type->chinese))) {
        best.found.text = squeeze(prefix);
        best.found.offset = ps[i].offset;
        best.type = type;
        best.last_paragraph = i;
        return best;
      }
    }
  }
  return best;
}

// Page furniture glued before a title: bullets, 【字体：大中小】, a site name.
std::string clean_title(std::string t) {
  // A page folio glued before it by a PDF's text layer (`-1-中华人民共和国国务院令`).
  if (t.size() > 3 && t[0] == '-') {
    std::size_t k = 1;
    while (k < t.size() && t[k] >= '0' && t[k] <= '9') ++k;
    if (k > 1 && k < t.size() && t[k] == '-') t.erase(0, k + 1);
  }
  // A title printed twice on one line (`…的公告…的公告`, a database export).
  if (t.size() >= 24 && t.size() % 2 == 0 && t.compare(0, t.size() / 2, t, t.size() / 2, t.size() / 2) == 0) t.resize(t.size() / 2);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view b : {"■", "□", "●", "◆", "★", "▲", "·", "•"})
      if (tx::starts_with(t, b)) {
        t.erase(0, b.size());
        again = true;
      }
    if (tx::starts_with(t, "【")) {
      auto e = t.find("】");
      if (e != std::string::npos && e < 60) {
        t.erase(0, e + 3);
        again = true;
      }
    }
  }
  // `自习室管理系统关于…的通知`: what stands before 关于 must be an issuer.
  auto g = t.find("关于");
  if (g != std::string::npos && g > 0) {
    std::string before = t.substr(0, g);
    bool organs = false;
    for (auto part : split_organs(before)) organs |= organ_like(squeeze(part));
    std::string last = before;
    for (std::string_view sep : {" ", "、"}) {
      auto p = last.rfind(sep);
      if (p != std::string::npos) last = last.substr(p + sep.size());
    }
    bool strong = false;
    for (std::string_view w : {"政府", "办公厅", "办公室", "委员会", "党委", "部", "局", "厅", "院", "署", "公司", "集团",
                               "大学", "学院", "中心", "法院", "检察院", "党组", "总队", "支队"})
      strong |= contains(before, w);
    if (!strong && !organ_like(squeeze(last))) t.erase(0, g);
    (void)organs;
  }
  // A metadata table glued before it: `索引号：…发文机关：国务院…标题：国务院关于…的决定`.
  if (auto p = t.rfind("标题："); p != std::string::npos) t.erase(0, p + 9);
  else if (auto q = t.rfind("标题:"); q != std::string::npos) t.erase(0, q + 7);
  // A number glued to the end: `…的处理意见(武劳社〔2004〕135号)`.
  for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
    if (!tx::ends_with(t, c)) continue;
    auto p = t.rfind(o);
    if (p != std::string::npos && p > 0 && number_in(std::string_view(t).substr(p), 0)) t.erase(p);
  }
  return t;
}

void split_title(Title& t) {
  std::string_view s = t.found.text;
  auto p = s.find("关于");
  std::string_view rest = s;
  if (p != std::string_view::npos) {
    t.issuer = std::string(s.substr(0, p));
    rest = s.substr(p + 6);
  }
  std::string suffix = std::string(t.type->chinese);
  for (const auto& sx : suffixes())
    if (!sx.text.empty() && &types()[sx.type] == t.type && tx::ends_with(s, sx.text)) {
      suffix = std::string(sx.text);
      break;
    }
  if (tx::ends_with(rest, suffix)) rest.remove_suffix(suffix.size());
  if (tx::ends_with(rest, "的")) rest.remove_suffix(3);
  t.subject = std::string(rest);
  for (std::string_view verb : {"印发", "转发", "批转", "颁发", "发布"}) {
    auto v = rest.find(verb);
    if (v == std::string_view::npos || v > 12) continue;
    t.forwarded_verb = std::string(verb);
    auto after = rest.substr(v + verb.size());
    auto o = after.find("《");
    auto c = after.rfind("》");
    if (o != std::string_view::npos && c != std::string_view::npos && c > o) t.forwarded_title = std::string(after.substr(o + 3, c - o - 3));
    else t.forwarded_title = std::string(after);
    break;
  }
}

std::optional<DocNumber> number_in(std::string_view s, std::size_t base) {
  for (std::size_t h = s.find("号"); h != std::string_view::npos; h = s.find("号", h + 3)) {
    auto d = number_at(s, h);
    if (!d) continue;
    // A number cited after a 《title》 (`《…请示》（浙公治[2006]65号）收悉`) is not this document's.
    std::size_t before = d->found.offset;
    std::size_t k = back_spaces(s, before);
    std::size_t k2 = k;
    char32_t c = k > 0 ? tx::prev_cp(s, k2) : 0;
    if (open_bracket(c)) {
      std::size_t k3 = back_spaces(s, k2);
      std::size_t k4 = k3;
      if (k3 > 0 && tx::prev_cp(s, k4) == U'》') continue;
    }
    if (contains(s.substr(h, 30), "收悉")) continue;
    d->found.offset += base;
    return d;
  }
  return std::nullopt;
}

void find_head(const std::vector<Paragraph>& ps, Elements& e, std::size_t title_at) {
  std::size_t head_end = std::min(ps.size(), title_at == kNone ? e.body_from + 8 : title_at);
  for (std::size_t i = e.body_from; i < head_end; ++i) {
    auto t = ps[i].text;
    std::string q = squeeze(t);
    std::size_t n = tx::char_count(q);
    if (!e.copy_number.present() && n == 6 && std::all_of(q.begin(), q.end(), [](char c) { return c >= '0' && c <= '9'; }))
      e.copy_number = {q, ps[i].offset};
    for (std::string_view w : {"绝密", "机密", "秘密"})
      if (!e.secrecy.present() && n <= 20 && tx::starts_with(q, w)) e.secrecy = {q, ps[i].offset};
    for (std::string_view w : {"特急", "加急", "特提", "平急"}) {
      auto p = t.find(w);
      if (!e.urgency.present() && p != std::string_view::npos && n <= 60) e.urgency = {std::string(w), ps[i].offset + p};
    }
    if (!e.masthead.present() && n <= 40 && tx::ends_with(q, "文件")) e.masthead = {q, ps[i].offset};
  }
  // 签发人 (上行文) sits on the number's line or near it.
  for (std::size_t i = e.body_from; i < ps.size() && i < head_end + 3; ++i) {
    auto t = ps[i].text;
    auto p = t.find("签发人");
    if (p == std::string_view::npos) continue;
    auto rest = t.substr(p + 9);
    if (tx::starts_with(rest, "：") || tx::starts_with(rest, ":")) rest = rest.substr(tx::starts_with(rest, "：") ? 3 : 1);
    auto name = tx::trim(rest);
    if (!name.empty() && tx::char_count(name) <= 30) e.signer = {std::string(name), ps[i].offset + static_cast<std::size_t>(name.data() - t.data())};
    break;
  }
}

// A body paragraph: the head is over.
bool body_paragraph(std::string_view t) { return contains(t, "。") && tx::char_count(t) > 60; }

void find_number(const std::vector<Paragraph>& ps, Elements& e, std::size_t title_at) {
  // The head before the title and the lines right after it, up to the body;
  // in a flattened document, the start of the title's paragraph. A number
  // inside the title is a cited one (`关于贯彻中政委〔2014〕5号文件…`).
  std::size_t from = e.body_from;
  std::size_t to = std::min(ps.size(), (title_at == kNone ? from + 8 : e.title.last_paragraph + 9));
  std::size_t title_begin = e.title.found.present() ? e.title.found.offset : kNone;
  std::size_t title_end = title_begin == kNone ? kNone : ps[std::min(e.title.last_paragraph, ps.size() - 1)].offset + ps[std::min(e.title.last_paragraph, ps.size() - 1)].text.size();
  // An order's masthead (`中华人民共和国国务院令`) with its number on the next
  // line (`第768号`): the two make the number, as it is cited.
  if (title_begin != kNone && tx::ends_with(e.title.found.text, "令") && e.title.last_paragraph + 1 < ps.size()) {
    std::string next = squeeze(ps[e.title.last_paragraph + 1].text);
    if (tx::starts_with(next, "第") && tx::ends_with(next, "号") && tx::char_count(next) <= 12) {
      std::string joined = e.title.found.text + next;
      if (auto d = number_in(joined, title_begin); d && d->found.text.size() == joined.size()) {
        e.number = d;
        return;
      }
    }
  }
  for (std::size_t i = from; i < to; ++i) {
    std::string_view t = ps[i].text;
    bool flattened = tx::char_count(t) > 200;
    if (title_at != kNone && i > e.title.last_paragraph && body_paragraph(t) && !flattened) break;
    if (flattened) t = t.substr(0, std::min<std::size_t>(t.size(), 900));
    std::size_t base = ps[i].offset;
    for (std::size_t at = 0; at < t.size();) {
      auto d = number_in(t.substr(at), base + at);
      if (!d) break;
      bool in_title = title_begin != kNone && d->found.offset >= title_begin && d->found.offset < title_end &&
                      e.title.found.text.find(squeeze(d->found.text)) != std::string::npos;
      if (!in_title) {
        e.number = d;
        return;
      }
      at = d->found.offset - base + d->found.text.size();
    }
  }
}

void find_recipients(const std::vector<Paragraph>& ps, Elements& e) {
  if (!e.title.found.present()) return;
  std::size_t from = e.title.last_paragraph == kNone ? e.body_from : e.title.last_paragraph + 1;
  for (std::size_t i = from; i < ps.size() && i <= from + 12; ++i) {
    auto t = ps[i].text;
    std::string number_text = e.number ? e.number->found.text : std::string();
    bool number_line = e.number && e.number->found.offset >= ps[i].offset && e.number->found.offset < ps[i].offset + t.size();
    if (number_line && tx::char_count(t) < 40) continue;  // the number's own line
    if (unbracket(t) != t && tx::char_count(t) < 80) continue;  // （2012年12月24日…）, （此件…）
    if (t == "---" || t == "***" || tx::starts_with(t, "来源") || tx::starts_with(t, "存档") || tx::starts_with(t, "时间") ||
        tx::starts_with(t, "发布") || tx::starts_with(t, "索引号") || tx::starts_with(t, ">") || contains(t, "签发人"))
      continue;
    if (auto d = tx::parse_date_at(t, 0); d && d->begin == 0 && d->year) continue;  // `2014-03-20 15:59:35`
    if (never_title_line(t)) continue;  // `版本：…`, `更新时间:…`, a link, a rule
    std::string_view line = t;
    // `司发通〔2014〕38号各省、自治区…：` — the number glued before the list.
    if (number_line) {
      auto p = line.find(number_text);
      if (p != std::string_view::npos) line = tx::trim(line.substr(p + number_text.size()));
    }
    std::size_t colon = std::string_view::npos;
    for (std::string_view c : {"：", ":"}) {
      auto p = line.find(c);
      // `13:20:15` is a time (`系统管理员2018-11-20 13:20:15`), not the list's colon.
      while (c == ":" && p != std::string_view::npos && p > 0 && p + 1 < line.size() && std::isdigit(static_cast<unsigned char>(line[p - 1])) &&
             std::isdigit(static_cast<unsigned char>(line[p + 1])))
        p = line.find(c, p + 1);
      if (p != std::string_view::npos && (colon == std::string_view::npos || p < colon)) colon = p;
    }
    // Wrapped over two lines: the first ends without a colon.
    std::string joined;
    // The first line looks like the start of a list (`各省、自治区、`), not a
    // stray remark (`…会议通过，自2021年1月1日起施行）`).
    auto list_start = [&](std::string_view l) {
      return tx::starts_with(l, "各") || tx::ends_with(l, "、") || tx::ends_with(l, "，") || tx::ends_with(l, ",") ||
             organ_like(squeeze(l));
    };
    if (colon == std::string_view::npos && i + 1 < ps.size() && !contains(line, "。") && tx::char_count(line) < 80 &&
        list_start(line)) {
      auto next = ps[i + 1].text;
      if (tx::ends_with(next, "：") || tx::ends_with(next, ":")) {
        joined = std::string(line) + std::string(next);
        line = joined;
        colon = line.rfind(tx::ends_with(next, "：") ? "：" : ":");
      }
    }
    if (colon == std::string_view::npos) {
      if (body_paragraph(line)) return;
      continue;
    }
    // A line that ends with the list's colon: the list is what follows the
    // last chrome before it (`…点击次数：大中小关闭窗口各镇人民政府，…：`).
    bool ends_colon = tx::ends_with(line, "：") || tx::ends_with(line, ":");
    if (ends_colon) colon = line.size() - (tx::ends_with(line, "：") ? 3 : 1);
    std::string_view cand = tx::trim(line.substr(0, colon));
    if (ends_colon) {
      for (std::string_view chrome : {"：", ":", "关闭窗口", "大中小", "打印本页", "【打印】", "【关闭】"}) {
        auto p = cand.rfind(chrome);
        if (p != std::string_view::npos) cand = tx::trim(cand.substr(p + chrome.size()));
      }
    }
    // A title glued before it (a Markdown heading joined to the next line).
    if (!e.title.found.text.empty()) {
      std::string sq = squeeze(cand);
      if (tx::starts_with(sq, e.title.found.text) && sq.size() > e.title.found.text.size()) {
        std::size_t chars = tx::char_count(e.title.found.text), k = 0, seen = 0;
        while (k < cand.size() && seen < chars) {
          if (!tx::is_space(tx::next_cp(cand, k))) ++seen;
        }
        cand = tx::trim(cand.substr(k));
      }
    }
    // A number glued before it (`国发〔2018〕43号各省、自治区…`).
    if (auto d = number_in(cand, 0); d && d->found.offset == 0) cand = tx::trim(cand.substr(d->found.text.size()));
    if (cand.empty() || contains(cand, "。") || tx::char_count(cand) > 400) return;
    for (std::string_view w : {"如下", "通知", "公告", "根据", "为了", "为进一步", "经研究", "现将", "标题", "文号"})
      if (contains(cand, w)) return;
    bool organs = contains(cand, "各") || organ_like(squeeze(cand)) || contains(cand, "，");
    if (!organs) return;
    e.recipients_text = {std::string(cand), ps[i].offset + static_cast<std::size_t>(cand.data() >= t.data() && cand.data() < t.data() + t.size() ? cand.data() - t.data() : 0)};
    e.recipients = split_organs(cand);
    return;
  }
}

void find_tail(const std::vector<Paragraph>& ps, Elements& e) {
  std::size_t start = e.title.found.present() && e.title.last_paragraph != kNone ? e.title.last_paragraph + 1 : e.body_from;
  // 成文日期: the first paragraph after the title that is only a date.
  std::size_t date_at = kNone;
  for (std::size_t i = start; i < ps.size(); ++i) {
    if (auto iso = whole_date(ps[i].text)) {
      date_at = i;
      e.date = {{std::string(ps[i].text), ps[i].offset}, *iso};
      break;
    }
    // `中山市教育局 2014年3月6日`: organ and date on one line.
    auto t = ps[i].text;
    if (tx::char_count(t) <= 50 && !contains(t, "。") && !contains(t, "，")) {
      for (std::size_t p = 0; p < t.size();) {
        auto d = tx::parse_date_at(t, p);
        if (d && d->year && d->day && d->end == t.size() && p > 0) {
          auto organ = tx::trim(t.substr(0, d->begin));
          if (!organ.empty() && organ_like(squeeze(organ))) {
            date_at = i;
            e.date = {{std::string(t.substr(d->begin)), ps[i].offset + d->begin}, d->iso()};
            e.issuers.push_back({std::string(organ), ps[i].offset});
          }
          break;
        }
        tx::next_cp(t, p);
      }
      if (date_at != kNone) break;
    }
  }
  if (date_at == kNone) {
    // Flattened: the last full date of the last paragraphs, with the organs before it.
    for (std::size_t i = ps.size(); i-- > start && i + 3 >= ps.size();) {
      auto t = ps[i].text;
      std::optional<tx::Date> last;
      for (std::size_t p = t.size() > 600 ? t.size() - 600 : 0; p < t.size();) {
        auto d = tx::parse_date_at(t, p);
        if (d && d->year && d->day) last = d;
        tx::next_cp(t, p);
      }
      if (!last) continue;
      if (tx::char_count(t.substr(last->end)) > 30 && !footer_line(t.substr(last->end))) continue;
      // The signature follows the last sentence, even one cut short without
      // its 。 (`…希望各处室按照从严治校的工作要求 校监察室`): a signature has no clause mark.
      auto before = t.substr(0, last->begin);
      std::size_t stop = std::string_view::npos;
      for (std::string_view m : {"。", "，", "；", "！", "？"}) {
        auto p = before.rfind(m);
        if (p != std::string_view::npos && (stop == std::string_view::npos || p + m.size() > stop)) stop = p + m.size();
      }
      auto organ = tx::trim(stop == std::string_view::npos ? before : before.substr(stop));
      if (organ.empty() || tx::char_count(organ) > 60 || !organ_like(squeeze(organ))) continue;
      e.date = {{std::string(t.substr(last->begin, last->end - last->begin)), ps[i].offset + last->begin}, last->iso()};
      std::string names(organ);
      std::size_t b = 0;
      while (b < names.size()) {
        std::size_t k = b, sp = names.size();
        for (std::size_t j = b; j < names.size();) {
          std::size_t q = j;
          if (tx::is_space(tx::next_cp(names, q))) { sp = j; break; }
          j = q;
        }
        auto part = tx::trim(std::string_view(names).substr(b, sp - b));
        // Words before the first organ are the sentence's tail, not a signer.
        if (!part.empty() && e.issuers.empty() && !organ_like(squeeze(part)) && sp < names.size()) part = {};
        if (!part.empty()) e.issuers.push_back({std::string(part), ps[i].offset + static_cast<std::size_t>(organ.data() - t.data()) + b});
        if (sp >= names.size()) break;
        k = sp;
        tx::next_cp(names, k);
        b = k;
      }
      e.body_end = i;
      return;
    }
    // A 题注 under the title: `（1998年3月11日[1997]赔他字第10号）`.
    std::size_t after = e.title.last_paragraph == kNone ? e.body_from : e.title.last_paragraph + 1;
    for (std::size_t i = after; i < ps.size() && i < after + 3; ++i) {
      auto inner = unbracket(ps[i].text);
      if (inner == tx::trim(ps[i].text)) continue;
      auto d = tx::parse_date_at(tx::fold_zeros(inner), 0);
      if (d && d->year && d->day && d->begin == 0) {
        std::string n = tx::fold_zeros(inner);
        e.date = {{n.substr(0, d->end), ps[i].offset}, d->iso()};
        e.date_under_title = true;
        break;
      }
    }
    e.body_end = ps.size();
    return;
  }
  e.body_end = date_at;
  // 发文机关署名: the short organ lines right above the date.
  if (e.issuers.empty()) {
    std::vector<Found> names;
    for (std::size_t i = date_at; i-- > start && names.size() < 8;) {
      auto t = ps[i].text;
      std::string q = squeeze(t);
      if (tx::char_count(q) > 40 || contains(q, "。") || contains(q, "，") || contains(q, "：") || tx::starts_with(q, "附件") ||
          tx::starts_with(q, "（"))
        break;
      // An order (令) is signed by the head of the organ: `总理　李强`,
      // `中国人民银行行长　潘功胜` — a post, then a name of two to four Han.
      bool signed_by_post = false;
      if (tx::ends_with(e.title.found.text, "令") && !organ_like(q)) {
        for (std::string_view post : {"总理", "主席", "部长", "行长", "局长", "主任", "署长", "省长", "市长", "县长", "区长", "院长",
                                      "检察长", "委员长", "书记", "总经理", "董事长"}) {
          auto p = q.rfind(post);
          if (p == std::string::npos) continue;
          std::string name = q.substr(p + post.size());
          std::size_t n = tx::char_count(name);
          bool han = !name.empty();
          for (std::size_t k = 0; k < name.size();) han &= tx::is_han(tx::next_cp(name, k));
          signed_by_post = han && n >= 2 && n <= 4;
          if (signed_by_post) break;
        }
      }
      if (!signed_by_post && !organ_like(q)) break;
      if (signed_by_post) {  // the post and the name, without the spaces between them
        e.issuers.insert(e.issuers.begin(), {q, ps[i].offset});
        e.body_end = i;
        continue;
      }
      names.push_back({std::string(t), ps[i].offset});
      e.body_end = i;
    }
    std::reverse(names.begin(), names.end());
    for (auto& n : names) {
      // Several organs on one line, separated by spaces.
      std::vector<std::string_view> parts;
      std::string_view line = n.text;
      std::size_t b = 0;
      for (std::size_t j = 0; j <= line.size();) {
        std::size_t q = j;
        bool end = j == line.size();
        bool sp = !end && tx::is_space(tx::next_cp(line, q));
        if (end || sp) {
          auto part = tx::trim(line.substr(b, j - b));
          if (!part.empty()) parts.push_back(part);
          if (end) break;
          b = q;
        }
        j = end ? j : q;
      }
      bool all_organs = parts.size() > 1 && std::all_of(parts.begin(), parts.end(), [](std::string_view p) {
        return organ_like(p) && tx::char_count(p) >= 2;
      });
      if (all_organs) {
        for (auto p : parts) e.issuers.push_back({std::string(p), n.offset + static_cast<std::size_t>(p.data() - line.data())});
      } else {
        e.issuers.push_back(n);
      }
    }
  }
  // 附件说明: `附件：1．…` above the signature, items on the following lines.
  for (std::size_t i = start; i < e.body_end; ++i) {
    std::string q = squeeze(ps[i].text);
    if (!tx::starts_with(q, "附件")) continue;
    if (e.body_end - i > 12) continue;
    std::string_view rest = std::string_view(q).substr(6);
    if (tx::starts_with(rest, "：") || tx::starts_with(rest, ":")) rest = rest.substr(tx::starts_with(rest, "：") ? 3 : 1);
    else if (!rest.empty() && !is_digit_cp([&] { std::size_t k = 0; return tx::next_cp(rest, k); }())) continue;
    // Items without their numbering (`1．`, `（2）`), as a reader lists them.
    auto item = [](std::string_view t) {
      auto m = tx::parse_marker(t);
      if (m && (m.family == tx::MarkerFamily::arabic_dot || m.family == tx::MarkerFamily::arabic_paren)) t = tx::trim(t.substr(m.length));
      return std::string(t);
    };
    if (!rest.empty()) e.attachments.push_back({item(rest), ps[i].offset});
    for (std::size_t j = i + 1; j < e.body_end; ++j) {
      auto m = tx::parse_marker(ps[j].text);
      if (!m || (m.family != tx::MarkerFamily::arabic_dot && m.family != tx::MarkerFamily::arabic_paren)) break;
      e.attachments.push_back({item(ps[j].text), ps[j].offset});
    }
    break;
  }
  // After the date: 附注, then the 版记.
  for (std::size_t i = date_at + 1; i < ps.size() && i <= date_at + 12; ++i) {
    auto t = ps[i].text;
    std::string q = squeeze(t);
    if (footer_line(q)) break;
    auto inner = unbracket(t);
    if (!e.note.present() && inner != tx::trim(t) &&
        (contains(inner, "此件") || contains(inner, "公开") || contains(inner, "联系人") || contains(inner, "联系电话") || contains(inner, "发至")))
      e.note = {std::string(inner), ps[i].offset};
    for (std::string_view label : {"抄送", "抄报"}) {
      if (!tx::starts_with(q, label) || e.cc_text.present()) continue;
      std::string list = q.substr(label.size());
      if (tx::starts_with(list, "：") || tx::starts_with(list, ":")) list = list.substr(tx::starts_with(list, "：") ? 3 : 1);
      // Wrapped lists continue until the 印发 line.
      for (std::size_t j = i + 1; j < ps.size() && j <= i + 4; ++j) {
        std::string nq = squeeze(ps[j].text);
        if (contains(nq, "印发") || whole_date(nq) || footer_line(nq) || tx::ends_with(list, "。")) break;
        list += nq;
      }
      if (tx::ends_with(list, "。")) list.resize(list.size() - 3);
      e.cc_text = {list, ps[i].offset};
      e.cc = split_organs(list);
    }
    if (tx::ends_with(q, "印发") && !e.printed_by.present()) {
      std::string_view body = std::string_view(q).substr(0, q.size() - 6);
      for (std::size_t p = 0; p < body.size();) {
        auto d = tx::parse_date_at(body, p);
        if (d && d->year && d->day) {
          auto organ = tx::trim(body.substr(0, d->begin));
          if (!organ.empty()) e.printed_by = {std::string(organ), ps[i].offset};
          e.printed_on = {{std::string(body.substr(d->begin, d->end - d->begin)), ps[i].offset}, d->iso()};
          break;
        }
        tx::next_cp(body, p);
      }
    }
    if (tx::starts_with(q, "主题词")) {
      auto rest = std::string_view(q).substr(9);
      if (tx::starts_with(rest, "：") || tx::starts_with(rest, ":")) rest = rest.substr(tx::starts_with(rest, "：") ? 3 : 1);
      e.keywords = {std::string(rest), ps[i].offset};
    }
  }
}

}  // namespace

const std::vector<DocType>& doc_types() { return types(); }

const DocType* doc_type_of_title(std::string_view title) {
  std::string t = squeeze(title);
  for (std::string_view tail : {"（试行）", "(试行)", "（草案）", "（摘要）"})
    if (tx::ends_with(t, tail)) t.resize(t.size() - tail.size());
  bool guanyu = contains(t, "关于");
  // `工作通知`, `通知公告`: column labels, not titles (国务院令 is one).
  if (tx::char_count(t) < 6 && !tx::ends_with(t, "令")) return nullptr;
  for (const auto& s : suffixes()) {
    if (s.text.empty()) break;
    if (!tx::ends_with(t, s.text)) continue;
    if (s.needs_guanyu && !guanyu) continue;
    if (s.text == "令") {
      // 国务院令, 主席令, 部令 — not 命令 words like 口令.
      if (!(tx::ends_with(t, "院令") || tx::ends_with(t, "席令") || tx::ends_with(t, "部令") || tx::ends_with(t, "府令") ||
            tx::ends_with(t, "局令") || tx::ends_with(t, "署令") || tx::ends_with(t, "委令")))
        return nullptr;
    }
    if (s.text == "报告" && (contains(t, "工作报告") && !guanyu)) return nullptr;
    return &types()[s.type];
  }
  return nullptr;
}

std::optional<DocNumber> find_doc_number(std::string_view s, std::size_t from) {
  if (from >= s.size()) return std::nullopt;
  return number_in(s.substr(from), from);
}

std::optional<std::string> whole_date(std::string_view s) { return tx::whole_date(s); }

std::vector<std::string> split_organs(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  int depth = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t k = i;
    char32_t c = tx::next_cp(s, k);
    if (c == U'（' || c == U'(' || c == U'《' || c == U'〔' || c == U'[') ++depth;
    if ((c == U'）' || c == U')' || c == U'》' || c == U'〕' || c == U']') && depth > 0) --depth;
    if (depth == 0 && (c == U'，' || c == U'；' || c == U',' || c == U';')) {
      auto t = tx::trim(cur);
      if (!t.empty()) out.emplace_back(t);
      cur.clear();
    } else {
      cur.append(s.substr(i, k - i));
    }
    i = k;
  }
  auto t = tx::trim(cur);
  for (std::string_view end : {"：", ":", "。"})
    if (tx::ends_with(t, end)) t.remove_suffix(end.size());
  if (!t.empty()) out.emplace_back(t);
  return out;
}

namespace {

// Where a second organ starts inside `s` glued to the first, or npos: the
// first ends in the suffix of an organ and the second opens with a word of
// the first (its place: 陕西省…委员会陕西省…局) or with a word that opens the
// name of a central organ (中共, 国家, 国务院, 最高…).
std::size_t glued_organ_at(std::string_view s) {
  static const std::string_view ends[] = {"委员会", "局", "厅", "部", "委", "政府", "院", "署", "公司", "中心", "集团"};
  static const std::string_view opens[] = {"中共", "中国", "国家", "国务院", "共青团", "最高", "全国", "中华"};
  for (std::size_t j = 0; j < s.size();) {
    tx::next_cp(s, j);
    auto head = s.substr(0, j), rest = s.substr(j);
    if (tx::char_count(head) < 4 || tx::char_count(rest) < 3) continue;
    bool ends_organ = false;
    for (auto e : ends) ends_organ |= tx::ends_with(head, e);
    if (!ends_organ || !organ_like(rest)) continue;
    std::size_t two = 0;
    tx::next_cp(rest, two);
    tx::next_cp(rest, two);
    bool opens_organ = head.find(rest.substr(0, two)) != std::string_view::npos;
    for (auto o : opens) opens_organ |= tx::starts_with(rest, o);
    if (opens_organ) return j;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<std::string> split_joint_issuers(std::string_view s) {
  if (tx::trim(s).empty()) return {};
  std::vector<std::string> parts;
  std::size_t b = 0;
  int depth = 0;
  auto flush = [&](std::size_t e) {
    auto t = tx::trim(s.substr(b, e - b));
    while (!t.empty()) {
      auto j = glued_organ_at(t);
      if (j == std::string_view::npos) break;
      parts.emplace_back(t.substr(0, j));
      t = t.substr(j);
    }
    if (!t.empty()) parts.emplace_back(t);
  };
  for (std::size_t i = 0; i < s.size();) {
    std::size_t k = i;
    char32_t c = tx::next_cp(s, k);
    if (c == U'（' || c == U'(') ++depth;
    if ((c == U'）' || c == U')') && depth > 0) --depth;
    if (depth == 0 && (tx::is_space(c) || c == U'、' || c == U'，' || c == ',')) {
      flush(i);
      b = k;
    }
    i = k;
  }
  flush(s.size());
  // Only organs: anything else (`某某同志`, a phrase) means the string was not a list.
  bool organs = !parts.empty() && std::all_of(parts.begin(), parts.end(), [](const std::string& p) {
    return organ_like(p) && tx::char_count(p) >= 2;
  });
  if (!organs) return {std::string(tx::trim(s))};
  return parts;
}

// The body line that repeats the wrapper's title (a page's <title>), which
// names the document among the titles of menus and related-article lists.
Title title_from_wrapper(const std::vector<Paragraph>& ps, std::size_t from, const std::string& wanted) {
  Title t;
  for (std::size_t i = from; i < ps.size() && i < from + 120; ++i) {
    std::string joined;
    for (std::size_t k = 0; k < 4 && i + k < ps.size(); ++k) {
      joined += squeeze(ps[i + k].text);
      if (joined.size() > wanted.size() + 60) break;
      if (clean_title(joined) == wanted) {
        t.found = {wanted, ps[i].offset};
        t.type = doc_type_of_title(wanted);
        t.paragraphs = k + 1;
        t.last_paragraph = i + k;
        return t;
      }
    }
  }
  return t;
}

std::string wrapper_title_of(std::string_view wrapper_title) {
  std::string t = squeeze(wrapper_title);
  for (std::string_view sep : {"-", "_", "|", "－"}) {
    auto p = t.find(sep);
    if (p != std::string::npos && doc_type_of_title(t.substr(0, p))) t = t.substr(0, p);
  }
  return clean_title(t);
}

Elements parse(const std::vector<Paragraph>& ps, std::string_view wrapper_title) {
  Elements e;
  e.body_from = body_start(ps);
  std::string wanted = wrapper_title_of(wrapper_title);
  if (doc_type_of_title(wanted)) e.title = title_from_wrapper(ps, e.body_from, wanted);
  if (!e.title.type) e.title = find_title(ps, e.body_from);
  std::size_t title_at = kNone;
  if (e.title.found.present()) {
    // The body line may be the title of the document a notice forwards
    // (`关于…的实施意见`) while the page's title is the notice's own
    // (`…关于批转区文化局《关于…的实施意见》的通知`).
    std::string w = clean_title(squeeze(wrapper_title));
    if (w.size() > e.title.found.text.size() && contains(w, e.title.found.text) && doc_type_of_title(w)) {
      e.title.found.text = w;
      e.title.type = doc_type_of_title(w);
    }
    split_title(e.title);
    title_at = index_of(ps, e.title.found.offset);
  } else if (!wrapper_title.empty()) {
    // The page's or the Markdown file's title (`…的通知 - 政务公开 - 东莞市…`),
    // when the body does not repeat it.
    std::string t = wanted;
    if (const DocType* type = doc_type_of_title(t)) {
      e.title.found = {t, ps.empty() ? 0 : ps[std::min(e.body_from, ps.size() - 1)].offset};
      e.title.type = type;
      e.title.last_paragraph = kNone;
      e.title.from_wrapper = true;
      split_title(e.title);
    }
  }
  // No 文种 title: not an official document; the rest would be wasted on
  // every other document detect() sees.
  if (!e.title.type) return e;
  find_head(ps, e, title_at);
  find_number(ps, e, title_at);
  find_recipients(ps, e);
  find_tail(ps, e);
  return e;
}

}  // namespace gongwen::official
