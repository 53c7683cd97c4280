// The head of a flattened 公文 (see flattened.hpp): a page's breadcrumb
// and share words, masthead, number, title, a library's metadata run, the
// 主送 line, each cut back into its own piece of the paragraph.
#include "flattened.hpp"

#include <algorithm>
#include <cctype>

namespace gongwen::official::flat {

namespace tx = gongwen::text;

// Labels of the metadata a policy library prints with each document.
constexpr std::string_view kMetadataLabels[] = {"发文机关", "发布机关", "制定机关", "发布日期", "成文日期", "生效日期", "施行日期",
                                              "实施日期", "发文字号", "文号", "索引号", "主题分类", "时效性", "效力级别",
                                              "法规类别", "失效日期", "公布日期"};

// The label (with its colon) starting at `at`, or 0.
std::size_t metadata_label_at(std::string_view t, std::size_t at) {
  for (auto l : kMetadataLabels)
    if (t.substr(at, l.size()) == l)
      for (std::string_view c : {"：", ":"})
        if (t.substr(at + l.size(), c.size()) == c) return l.size() + c.size();
  return 0;
}

// The end of a run of `label：value` pairs starting at `at`: each value runs
// to the next label; the last one must say where it ends (a date, or a
// validity such as 现行有效), else npos.
std::size_t metadata_end(std::string_view t, std::size_t at) {
  std::size_t limit = std::min(t.size(), at + after_chars(t.substr(at), 300));
  std::size_t i = at;
  while (i < limit) {
    std::size_t n = metadata_label_at(t, i);
    if (!n) return i;
    std::string_view label = t.substr(i, n);
    std::size_t v = i + n, next = v;
    while (next < limit && !metadata_label_at(t, next)) tx::next_cp(t, next);
    if (next < limit) {
      i = next;
      continue;
    }
    // The last value.
    std::string_view rest = t.substr(v);
    if (tx::starts_with(label, "时效性") || tx::starts_with(label, "效力")) {
      for (std::string_view w : {"现行有效", "部分失效", "已被修改", "尚未生效", "已失效", "失效", "有效"})
        if (tx::starts_with(rest, w)) return v + w.size();
      return std::string_view::npos;
    }
    if (auto d = tx::parse_date_at(rest, 0); d && d->begin == 0 && d->year && d->day) return v + d->end;
    return std::string_view::npos;
  }
  return std::string_view::npos;
}

// The end of a document number that starts at `pos` (after spaces), or pos.
std::size_t number_after_title(std::string_view t, std::size_t pos) {
  std::size_t from = pos;
  while (from < t.size()) {
    std::size_t k = from;
    if (!tx::is_space(tx::next_cp(t, k))) break;
    from = k;
  }
  auto n = find_doc_number(t.substr(0, std::min(t.size(), from + after_chars(t.substr(from), 30))), from);
  if (!n || n->found.offset != from) return pos;
  return n->found.offset + n->found.text.size();
}

// The end of a 主送 line that runs into the body (`交通运输部：你部关于…`): the
// first colon, if no sentence ends before it, within 300 characters and not
// after a scraper's metadata label (`发文机关：`, `发布日期：`); npos if none.
std::size_t recipients_end(std::string_view t, std::size_t pos) {
  std::size_t colon = std::string_view::npos;
  for (std::string_view c : {"：", ":"})
    if (auto k = t.find(c, pos); k != std::string_view::npos && k < colon) colon = k + c.size();
  if (colon == std::string_view::npos || colon - pos > after_chars(t.substr(pos), 300)) return std::string_view::npos;
  auto head = t.substr(pos, colon - pos);
  if (head.find("。") != std::string_view::npos) return std::string_view::npos;
  if (tx::char_count(tx::trim(head)) <= 8) {
    for (auto l : kMetadataLabels)
      if (head.find(l) != std::string_view::npos) return std::string_view::npos;
    for (std::string_view l : {"来源", "时间", "日期"})
      if (head.find(l) != std::string_view::npos) return std::string_view::npos;
  }
  return colon;
}

// A 主送 line: organs (`交通运输部：`, `各省、自治区、直辖市人民政府，国务院各部委：`)
// or a person (`钱正英同志：`), not the body's `现将有关事项通知如下：`.
bool addressee_like(std::string_view head) {
  auto organs = split_organs(head);
  if (organs.empty()) return false;
  std::string_view last = organs.back();
  if (auto d = last.rfind("、"); d != std::string_view::npos) last = last.substr(d + 3);  // `国务院各部委、各直属机构`
  return organ_like(last) || tx::starts_with(last, "各") || person_addressee(last);
}

// A first line that is a 文种 title with its number glued after it.
bool title_then_number(std::string_view line) {
  auto t = tx::trim(line);
  auto n = find_doc_number(t);
  if (!n || n->found.offset == 0 || n->found.offset + n->found.text.size() != t.size()) return false;
  return doc_type_of_title(tx::trim(t.substr(0, n->found.offset))) != nullptr;
}

// A title that runs on into what follows it on one line, its breaks lost and
// the rest of the document not: `…的通报各市人民政府，各县（市、区）人民政府：`
// (a 主送 line after it), `【关于…的通知】为进一步…` (a site's bracketed title
// over the body). A title alone, or one followed by prose without a space between, is no such line.
bool title_then_text(std::string_view line) {
  auto t = tx::trim(line);
  for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"【", "】"}, {"〖", "〗"}})
    if (tx::starts_with(t, o)) {
      auto close = t.find(c);
      if (close == std::string_view::npos || close + c.size() >= t.size()) return false;
      auto inner = t.substr(o.size(), close - o.size());
      return tx::char_count(inner) <= 120 && tx::contains(inner, "关于") && doc_type_of_title(inner);
    }
  std::size_t end = title_end(t, 0, 150);
  if (end == std::string_view::npos || end >= t.size()) return false;
  // (Or prose after a space, a 公告 or 通告 addressed to no one: `关于…的通告 为打造…，特通告如下`.)
  // (Not under a label: `摘要:…的公告 …` is a page's summary of it.)
  if (t[end] == ' ' && tx::contains(t.substr(0, end), "关于") && !tx::contains(t.substr(0, end), "：") && !tx::contains(t.substr(0, end), ":")) {
    auto rest = tx::trim(t.substr(end));
    if (tx::more_visible_than(rest, 20) && (tx::contains(rest, "，") || tx::contains(rest, ","))) return true;
  }
  std::size_t colon = recipients_end(t, end);
  return colon != std::string_view::npos && addressee_like(t.substr(end, colon - end));
}

// A title wrapped over two lines whose second runs on into the 主送
// (`关于交通肇事是否给予` / `被害者家属抚恤问题的请示最高人民法院：`): where the
// title ends in `line`, or npos.
std::size_t wrapped_title_end(std::string_view above, std::string_view line) {
  auto a = tx::trim(above);
  if (a.empty() || tx::char_count(a) > 40 || !tx::contains(a, "关于") || tx::contains(a, "。") || tx::contains(a, "，")) return std::string_view::npos;
  std::string both = std::string(a) + std::string(line);
  std::size_t end = title_end(both, 0, 150);
  if (end == std::string_view::npos || end <= a.size() || end >= both.size()) return std::string_view::npos;
  std::size_t colon = recipients_end(both, end);
  if (colon == std::string_view::npos || !addressee_like(std::string_view(both).substr(end, colon - end))) return std::string_view::npos;
  return end - a.size();
}

// A saved page flattened with its chrome: `当前位置： 首页政务公开…文件 TITLE
// 时间：2016-03-25 13:21 微信 微博 QQ空间 DOCUMENT`. Where the document starts
// (after the page's date and the short share words after it), or 0 when the
// paragraph does not open with a breadcrumb.
std::size_t breadcrumb_end(std::string_view t) {
  static constexpr std::string_view kLabels[] = {"当前位置", "您的位置", "您现在的位置", "您当前的位置", "所在位置", "当前的位置"};
  bool crumb = false;
  for (auto l : kLabels) crumb |= tx::starts_with(tx::trim(t), l);
  if (!crumb) return 0;
  std::string_view head = t.substr(0, after_chars(t, 400));
  for (std::string_view label : {"发布时间", "时间", "日期", "发布日期"}) {
    for (std::size_t at = head.find(label); at != std::string_view::npos; at = head.find(label, at + 1)) {
      std::size_t v = at + label.size();
      for (std::string_view c : {"：", ":"})
        if (head.substr(v, c.size()) == c) v += c.size();
      while (v < head.size() && head[v] == ' ') ++v;
      auto d = tx::parse_date_at(head, v);
      if (!d) continue;
      std::size_t e = d->end;
      // The clock and the share words: short space-separated tokens.
      for (;;) {
        std::size_t b = e;
        while (b < t.size() && t[b] == ' ') ++b;
        std::size_t f = t.find(' ', b);
        if (f == std::string_view::npos || b == f || tx::char_count(t.substr(b, f - b)) > 5) return b;
        e = f;
      }
    }
  }
  return 0;
}

// Cuts the head of a long first paragraph: masthead (…文件), number, title,
// 主送 line; false when no 文种 title starts within its first 200 characters.
bool cut_head(const Paragraph& p, std::vector<Paragraph>& out, bool& took_recipients) {
  std::string_view t = p.text;
  std::size_t pos = breadcrumb_end(t);
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  if (pos) pieces.emplace_back(0, pos);
  std::size_t window = pos + after_chars(t.substr(pos), 40);
  // (A masthead names an organ before 文件; `…关于公布部门规范性文件…` is a title's words.)
  if (auto m = t.substr(0, window).find("文件", pos);
      m != std::string_view::npos && m > pos && !tx::contains(t.substr(pos, m - pos), "关于") && !tx::contains(t.substr(pos, m - pos), "号")) {
    pieces.emplace_back(pos, m + 6);
    pos = m + 6;
  }
  // The number before the title, unless what comes before it is the title
  // (`…的复函国办函〔2004〕20号`, taken after the title below).
  if (auto n = find_doc_number(t.substr(0, after_chars(t, 120)), pos);
      n && n->found.offset >= pos && !doc_type_of_title(tx::trim(t.substr(pos, n->found.offset - pos)))) {
    std::size_t end = n->found.offset + n->found.text.size();
    if (n->found.offset > pos) pieces.emplace_back(pos, n->found.offset);  // issuing-office lines before the number
    pieces.emplace_back(n->found.offset, end);
    pos = end;
  }
  // The title: from here to the first place where the text so far is a
  // `关于…的文种` title, within 150 characters.
  std::size_t end = title_end(t, pos, 150);
  // (A bracketed title keeps its bracket: clean_title takes it off.)
  for (std::string_view c : {"】", "〗"})
    if (end != std::string_view::npos && t.substr(end, c.size()) == c && (t.substr(pos, 3) == "【" || t.substr(pos, 3) == "〖")) end += c.size();
  // (A line that is only the head glued together, `某局文件某发〔2021〕5号关于…的通知`, ends with its title.)
  if (end == std::string_view::npos || (end >= t.size() && pieces.empty())) return false;
  // A lead run on into the title (a scrape that dropped the lead's punctuation:
  // `近日…具体事项如下关于…的通知各学院：`): what stands before 关于 belongs to the
  // title only when it names its organ.
  if (auto g = t.substr(pos, end - pos).find("关于"); g != std::string_view::npos && g > 0) {
    std::string before = tx::strip_spaces(t.substr(pos, g));
    if (tx::char_count(before) > 12 && !organ_like(before)) pieces.emplace_back(pos, pos + g), pos += g;
  }
  pieces.emplace_back(pos, end);
  pos = end;
  // Scraper metadata after the title (`…的通知发文机关：…发布日期：2019.02.20时效性：现行有效`):
  // one piece when its end can be told, otherwise the parser reads the text as it is.
  if (metadata_label_at(t, pos)) {
    std::size_t m = metadata_end(t, pos);
    if (m == std::string_view::npos) return false;
    pieces.emplace_back(pos, m);
    pos = m;
  }
  // A number printed after the title (`…的复函国办函〔2004〕20号`).
  if (std::size_t n = number_after_title(t, pos); n != pos) pieces.emplace_back(pos, n), pos = n;
  took_recipients = false;
  // (A flattening that joined lines with commas leaves one between the title and the 主送.)
  for (std::string_view sep : {",", "，", ";", "；"})
    if (t.substr(pos, sep.size()) == sep) pos += sep.size();
  if (std::size_t colon = recipients_end(t, pos); colon != std::string_view::npos)
    pieces.emplace_back(pos, colon), pos = colon, took_recipients = true;
  pieces.emplace_back(pos, t.size());
  for (auto [b, e] : pieces) push(out, p, b, e);
  return true;
}

}  // namespace gongwen::official::flat
