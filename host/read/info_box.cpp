// A government page's information box copied as text: what a browser's copy,
// a "save as text" or an HTML-to-text converter makes of its table of the
// document's record, one label a line, its value after the colon or on the
// line below, some values missing:
//
//   • 索引号:
//     6100000000/2024-001005
//   • 主题分类:
//   • 发文字号:
//     某政发〔2024〕7号
//
// Invariants: only labels of the record count (a meeting's `时间：` or a
// contact's `电话：` is no label here); three of them at least, one of them a
// document's own (索引号, 文号, 成文日期, 发文机关…); a line below a label is its
// value only when the next label follows it or it has the value's shape (a
// number for 文号, a date for a date): the document's title under the box is
// never taken for the last label's value.
#include "read/info_box.hpp"

#include <gongwen/text.hpp>

#include <array>

#include "clean/edits.hpp"

namespace gongwen::host {

namespace {

enum class Shape { any, title, number, date, index, validity };

struct BoxLabel {
  std::string_view name;
  Shape shape;
  bool own;  // a document's own: the record of a document, not of a news item
};

constexpr std::array kBoxLabels{
    BoxLabel{"索引号", Shape::index, true},     BoxLabel{"发文字号", Shape::number, true}, BoxLabel{"文号", Shape::number, true},
    BoxLabel{"发布文号", Shape::number, true},  BoxLabel{"成文日期", Shape::date, true},   BoxLabel{"发文日期", Shape::date, true},
    BoxLabel{"发文机关", Shape::any, true},     BoxLabel{"发文机构", Shape::any, true},    BoxLabel{"发布机构", Shape::any, true},
    BoxLabel{"发布机关", Shape::any, true},     BoxLabel{"制发机关", Shape::any, true},    BoxLabel{"主题分类", Shape::any, false},
    BoxLabel{"主题词", Shape::any, false},      BoxLabel{"主题", Shape::any, false},      BoxLabel{"体裁分类", Shape::any, false},   BoxLabel{"组配分类", Shape::any, false},
    BoxLabel{"服务对象", Shape::any, false},    BoxLabel{"信息分类", Shape::any, false},   BoxLabel{"来源", Shape::any, false},
    BoxLabel{"信息来源", Shape::any, false},    BoxLabel{"发布日期", Shape::date, false},  BoxLabel{"发布时间", Shape::date, false},
    BoxLabel{"生效日期", Shape::date, false},   BoxLabel{"实施日期", Shape::date, false},  BoxLabel{"废止日期", Shape::date, false},
    BoxLabel{"有效性", Shape::validity, false}, BoxLabel{"时效性", Shape::validity, false}, BoxLabel{"效力状态", Shape::validity, false},
    BoxLabel{"公开方式", Shape::any, false},    BoxLabel{"公开范围", Shape::any, false},   BoxLabel{"公开时限", Shape::any, false},
    BoxLabel{"内容概述", Shape::title, false},    BoxLabel{"文件名称", Shape::title, false},   BoxLabel{"标题", Shape::title, false},
    BoxLabel{"名称", Shape::title, false},        BoxLabel{"发布单位", Shape::any, true},    BoxLabel{"统一编号", Shape::index, true},
    BoxLabel{"施行日期", Shape::date, false},   BoxLabel{"效力级别", Shape::any, false},   BoxLabel{"废止时间", Shape::date, false},
    BoxLabel{"生成日期", Shape::date, false},   BoxLabel{"生效时间", Shape::date, false},  BoxLabel{"关键词", Shape::any, false},
    BoxLabel{"浏览次数", Shape::any, false},    BoxLabel{"浏览量", Shape::any, false},     BoxLabel{"发文时间", Shape::date, true},
    BoxLabel{"规范性文件登记号", Shape::any, true},     BoxLabel{"信息名称", Shape::title, false},   BoxLabel{"公布日期", Shape::date, false},
    BoxLabel{"分类", Shape::any, false},        BoxLabel{"公开目录", Shape::any, false},   BoxLabel{"公开责任部门", Shape::any, false},
    BoxLabel{"公开形式", Shape::any, false},    BoxLabel{"公开日期", Shape::date, false},  BoxLabel{"效力状况", Shape::validity, false},
    // A law database's record (`法规名称 |` over its value, a cell a line).
    BoxLabel{"法规名称", Shape::title, false},  BoxLabel{"文件字号", Shape::number, true}, BoxLabel{"颁布日期", Shape::date, false},
    BoxLabel{"法规分类", Shape::any, false},    BoxLabel{"适用范围", Shape::any, false},   BoxLabel{"失效日期", Shape::date, false},
    BoxLabel{"转发字号", Shape::any, false},    BoxLabel{"转发说明", Shape::any, false},   BoxLabel{"正文", Shape::any, false},
    BoxLabel{"颁布单位", Shape::any, true},     BoxLabel{"颁布机关", Shape::any, true},    BoxLabel{"制定机关", Shape::any, true},
    BoxLabel{"发文文号", Shape::number, true},
    // A township's catalogue line (`信息类别: 政府文件 文件编号: 聂府发[2006]5号 … 责任部门: 聂桥镇`).
    BoxLabel{"信息类别", Shape::any, false},    BoxLabel{"文件编号", Shape::number, true}, BoxLabel{"信息索取号", Shape::index, true},
    BoxLabel{"责任部门", Shape::any, true},
    // A college's copy of a ministry's rule (`资料属性:` / `部委规章及文件` / … / `颁布文号:` / `教育部令第41号`).
    BoxLabel{"颁布文号", Shape::number, true},  BoxLabel{"资料属性", Shape::any, false},  BoxLabel{"部门分类", Shape::any, false},
};

// The traditional forms of the labels' characters (a policy database's pages in
// traditional script: `發文機關`, `發文字號`, `時效性`, `效力級別`).
char32_t simplified(char32_t c) {
  switch (c) {
    case U'發': return U'发'; case U'機': return U'机'; case U'關': return U'关'; case U'號': return U'号';
    case U'時': return U'时'; case U'級': return U'级'; case U'別': return U'别'; case U'來': return U'来';
    case U'題': return U'题'; case U'類': return U'类'; case U'實': return U'实'; case U'體': return U'体';
    case U'組': return U'组'; case U'開': return U'开'; case U'圍': return U'围'; case U'內': return U'内';
    case U'稱': return U'称'; case U'單': return U'单'; case U'統': return U'统'; case U'編': return U'编';
    case U'廢': return U'废'; case U'間': return U'间'; case U'詞': return U'词'; case U'覽': return U'览';
    case U'瀏': return U'浏'; case U'資': return U'资'; case U'訊': return U'讯'; case U'門': return U'门';
    case U'務': return U'务'; case U'對': return U'对'; case U'規': return U'规'; case U'頒': return U'颁';
    case U'轉': return U'转'; case U'說': return U'说'; case U'適': return U'适'; case U'範': return U'范';
    default: return c;
  }
}

// A value as printed, its pinyin glosses dropped.
std::string without_glosses(std::string_view v) {
  std::string out;
  for (std::size_t i = 0; i < v.size();) {
    if (std::size_t g = clean_detail::pinyin_gloss_at(v, i)) {
      i += g;
      continue;
    }
    out += v[i++];
  }
  return out;
}

using Pair = std::pair<const BoxLabel*, std::string_view>;
constexpr auto npos = std::string_view::npos;

// The label whose name, followed by a colon (or the closing 】 of `【发文字号】`),
// starts `t` at `i`: its end in `t`, or 0. Spaces inside the name are skipped
// (`文　　号：`); `bare`: no colon after it (`發文機關國務院辦公廳`, a database's
// label glued to its value), for names of three characters or more.
std::size_t label_at(std::string_view t, std::size_t i, bool bracket, bool bare, const BoxLabel*& found) {
  std::string name;
  for (std::size_t n = 0; i < t.size() && n < 12; ++n) {
    // (A mirror site's pinyin glosses inside the label, `發(fā)文`: the cleaner drops them later.)
    if (std::size_t g = clean_detail::pinyin_gloss_at(t, i)) {
      i += g;
      continue;
    }
    std::size_t k = i;
    char32_t c = text::next_cp(t, k);
    if (bracket ? (c == U'】' || c == U']') : (c == U'：' || c == ':')) {
      for (const auto& l : kBoxLabels)
        if (name == l.name) {
          found = &l;
          return k;
        }
      return 0;
    }
    if (!text::is_space(c)) text::append_utf8(name, simplified(c));
    i = k;
    if (bare && !bracket && text::char_count(name) >= 3)
      for (const auto& l : kBoxLabels)
        if (name == l.name && i < t.size()) {
          found = &l;
          return i;
        }
  }
  return 0;
}

// A label set apart by spaces alone, as a table's cells copied onto one line
// (`索引号 1133…/2021-112711 组配分类 常务会议 主题分类 会议、会务`): the name
// whole at `i`, after the line's start or a space and before a space; the
// value's start, or 0.
std::size_t spaced_label_at(std::string_view t, std::size_t i, const BoxLabel*& found) {
  if (i > 0) {
    std::size_t k = i;
    if (!text::is_space(text::prev_cp(t, k))) return 0;
  }
  for (const auto& l : kBoxLabels) {
    if (t.substr(i, l.name.size()) != l.name) continue;
    std::size_t e = i + l.name.size(), k = e;
    if (e >= t.size()) continue;
    // (Or its value glued to it, as a table's cells lose their gap: `索引号000014349/2024-25701 成文日期2024-05-30`;
    // a name of three characters at least, so that a word of the text is none.)
    if (!text::is_space(text::next_cp(t, k))) {
      if (text::char_count(l.name) < 3) continue;
      found = &l;
      return e;
    }
    while (k < t.size()) {
      std::size_t n = k;
      if (!text::is_space(text::next_cp(t, n))) break;
      k = n;
    }
    if (k >= t.size()) continue;
    found = &l;
    return k;
  }
  return 0;
}

bool shaped(Shape s, std::string_view v);

// Pairs read off a row without colons are a record's only when they read as one: a table's
// head (`| 文号 | 标题 | 发布日期 | 清理结果 |`, `文件名称 发文字号 成文日期 备注`) names columns, its
// labels without values or with another column's name where a date or a number should be.
bool plausible(const std::vector<Pair>& pairs) {
  std::size_t valued = 0;
  for (const auto& [l, v] : pairs) {
    if (v.empty()) continue;
    ++valued;
    std::string bare = without_glosses(v);
    if ((l->shape == Shape::date || l->shape == Shape::number) && !shaped(l->shape, bare)) return false;
  }
  return pairs.size() <= 1 || valued > 0;
}

// A table's row copied with its cells between bars (`文件名称 | 某区2025年政府工作报告 | ||`,
// `[ 索引号 ] | 1150…/2022-00028 | [ 发文字号 ] | 2022-92 |`, `文号 | 成文日期: | 2025年04月15日 |`):
// each cell that is a label (its brackets and colon dropped) with the cell after it as its value,
// or none when that cell is a label too. Empty unless the row opens with a label; a row of labels
// alone (a table's head, or a box's row left empty) only when `labels_alone` asks for it.
std::vector<Pair> bar_pairs(std::string_view t, bool labels_alone) {
  std::vector<Pair> out;
  if (text::more_visible_than(t, 400)) return out;  // a box's row, never a paragraph
  std::vector<std::string_view> cells;
  for (std::size_t b = 0; b <= t.size();) {
    std::size_t e = std::min(t.find('|', b), t.find("｜", b));
    if (e == npos) e = t.size();
    cells.push_back(text::trim(t.substr(b, e - b)));
    b = e + (t.substr(e, 3) == "｜" ? 3 : 1);
  }
  auto label_of = [](std::string_view cell) -> const BoxLabel* {
    std::string name, bare = without_glosses(cell);  // (`法規(guī)名稱(chēng)`)
    std::string_view c = bare;
    for (std::size_t i = 0; i < c.size();) {
      char32_t ch = text::next_cp(c, i);
      if (!text::is_space(ch) && ch != U'[' && ch != U']' && ch != U'【' && ch != U'】' && ch != U'：' && ch != ':') text::append_utf8(name, simplified(ch));
    }
    for (const auto& l : kBoxLabels)
      if (name == l.name) return &l;
    return nullptr;
  };
  std::size_t first = 0;
  while (first < cells.size() && cells[first].empty()) ++first;
  // (Two cells: a label alone in its row, `法规名称 |`, its value in the row below.)
  if (cells.size() < 2 || first >= cells.size() || !label_of(cells[first])) return out;
  for (std::size_t i = first; i < cells.size(); ++i) {
    const BoxLabel* l = label_of(cells[i]);
    if (!l) continue;
    bool valued = i + 1 < cells.size() && !label_of(cells[i + 1]);
    out.emplace_back(l, valued ? cells[i + 1] : std::string_view());
    if (valued) ++i;
  }
  // (A row of labels whose values the page left empty, `文号 | 浏览量 |`, is a box's only among its rows.)
  if (!labels_alone && !plausible(out)) out.clear();
  return out;
}

// A labelled value as its table cell ends it: the bars after it dropped (`标题:某某工作总结 | |`).
std::string_view cell_value(std::string_view v) {
  v = v.substr(0, std::min(v.find('|'), v.find("｜")));  // (no value holds a bar: the next cell's)
  return text::trim(v);
}

// The pairs a line holds when it opens with a label (a bullet and the label's
// spaces dropped: `• 索引号:`, `文　　号：`, `【发文字号】`), each value running to
// the next label (`索引号: 0031… 组配分类: 规范性文件发布`); empty when the line
// opens with none.
std::vector<Pair> pairs_of(std::string_view t) {
  if (t.find('|') != npos || t.find("｜") != npos)
    if (auto bars = bar_pairs(t, false); !bars.empty()) return bars;
  std::size_t i = 0;
  while (i < t.size()) {  // the converter's bullet
    std::size_t k = i;
    char32_t c = text::next_cp(t, k);
    // (Or a table's bar before its first cell, `| 索引号:0000…/2022-83299 | |`.)
    if (c != U'•' && c != U'·' && c != U'●' && c != U'▪' && c != U'■' && c != U'◆' && c != '*' && c != '-' && c != '>' && c != '|' &&
        !text::is_space(c))
      break;
    i = k;
  }
  std::vector<Pair> out;
  // (Its label in brackets, `【发文字号】`, `[ 发文字号 ]`: the bracket's length.)
  auto opening = [](std::string_view s) -> std::size_t { return text::starts_with(s, "【") ? 3 : !s.empty() && s[0] == '[' ? 1 : 0; };
  std::size_t ob = opening(t.substr(i));
  bool bracket = ob > 0;
  const BoxLabel* l = nullptr;
  std::size_t v = label_at(t, i + ob, bracket, false, l);
  bool bare = false, spaced = false;
  if (!v && !bracket && !text::more_visible_than(t, 60)) v = label_at(t, i, false, bare = true, l);
  // (Labels set apart by spaces: two of them at least, or a line of one pair is any line.)
  if (!bracket && !text::more_visible_than(t, 200)) {
    // (A bare label that a space follows is one of these.)
    if (v && bare && v < t.size() && text::is_space(static_cast<unsigned char>(t[v]) < 0x80 ? static_cast<char32_t>(t[v]) : U'x'))
      spaced = true;
    else if (!v && (v = spaced_label_at(t, i, l)))
      spaced = true;
  }
  // (A label alone on its line, its value on the line below: `• 索引号` / `0000…/2017-10493`, `- [ 索引号 ]`.)
  if (!v && !text::more_visible_than(t, 16)) {
    std::string name;
    for (std::size_t k = i; k < t.size();) {
      char32_t c = text::next_cp(t, k);
      if (!text::is_space(c) && c != U'[' && c != U']' && c != U'【' && c != U'】') text::append_utf8(name, simplified(c));
    }
    for (const auto& lb : kBoxLabels)
      if (name == lb.name && text::char_count(name) >= 2) {
        out.emplace_back(&lb, std::string_view());
        return out;
      }
  }
  if (!v) return out;
  // The next labels on the line (with their colons; a bare one only opens a line),
  // looked for on a line a box prints, not in a paragraph.
  while (t.size() <= 600) {
    std::size_t next = npos, next_v = 0;
    const BoxLabel* nl = nullptr;
    for (std::size_t k = v; k < t.size() && next == npos;) {
      const BoxLabel* cand = nullptr;
      std::size_t obk = opening(t.substr(k));
      std::size_t e = label_at(t, k + obk, obk > 0, false, cand);
      if (!e && spaced) e = spaced_label_at(t, k, cand);
      if (e && cand && k >= v) {
        next = k;
        next_v = e;
        nl = cand;
        break;
      }
      text::next_cp(t, k);
    }
    out.emplace_back(l, cell_value(t.substr(v, next == npos ? npos : next - v)));
    if (next == npos) {
      // (A title's label alone with its value is one too, `信息名称 某某关于…的意见`, under a box's rows.)
      bool titled = out.size() == 1 && out[0].first->shape == Shape::title && !out[0].second.empty();
      if (spaced && (out.size() < 2 || !plausible(out)) && !titled) out.clear();
      return out;
    }
    l = nl;
    v = next_v;
  }
  out.emplace_back(l, cell_value(t.substr(v)));
  return out;
}

bool shaped(Shape s, std::string_view v) {
  switch (s) {
    // (Or a serial's issue the page files as its 文号: `督察通报第十七期`.)
    case Shape::number:
      return (text::ends_with(v, "号") || text::ends_with(v, "號") || (text::ends_with(v, "期") && v.find("第") != npos)) &&
             text::char_count(v) <= 40;
    case Shape::date: return text::find_full_date(v).has_value() && text::char_count(v) <= 24;
    case Shape::index: {
      std::size_t digits = 0;
      for (char c : v) digits += c >= '0' && c <= '9';
      return digits >= 4 && text::han_count(v) <= 4;
    }
    case Shape::validity:
      for (std::string_view w : {"有效", "现行有效", "失效", "已失效", "废止", "已废止", "部分失效", "尚未生效", "已修改", "已被修改"})
        if (v == w) return true;
      return false;
    case Shape::any:
    case Shape::title: return false;
  }
  return false;
}

}  // namespace

bool record_label(std::string_view name) {
  std::string folded;
  for (std::size_t i = 0; i < name.size();) text::append_utf8(folded, simplified(text::next_cp(name, i)));
  for (const auto& l : kBoxLabels)
    if (folded == l.name) return true;
  return false;
}

bool find_info_box(const std::vector<std::string_view>& lines, std::size_t head, InfoBox& box) {
  for (std::size_t start = 0; start < lines.size() && start < head; ++start) {
    if (pairs_of(lines[start]).empty()) continue;
    InfoBox b;
    b.first = start;
    std::size_t labels = 0, own = 0, i = start;
    while (i < lines.size()) {
      auto pairs = pairs_of(lines[i]);
      // (An empty cell's row between the box's rows, `|`, is the box's.)
      if (pairs.empty() && lines[i].find_first_not_of("| ") == std::string_view::npos && i + 1 < lines.size() &&
          !pairs_of(lines[i + 1]).empty()) {
        b.last = i++;
        continue;
      }
      // (So is its download button, `文件下载`, over the row of its summary: `内容概述 某某工作总结`.)
      bool button = false;
      for (std::string_view w : {"文件下载", "附件下载", "下载文件", "下载附件", "下载"}) button |= pairs.empty() && text::strip_spaces(lines[i]) == w;
      if (button && i > start && i + 1 < lines.size() && !pairs_of(lines[i + 1]).empty()) {
        b.last = i++;
        continue;
      }
      if (pairs.empty() && i > start && (lines[i].find('|') != npos || lines[i].find("｜") != npos)) pairs = bar_pairs(lines[i], true);
      if (pairs.empty()) break;
      b.last = i;
      for (std::size_t p = 0; p < pairs.size(); ++p) {
        auto [l, value] = pairs[p];
        ++labels;
        own += l->own;
        std::string name(l->name);
        // The last label of the line without its value: the value on the line below.
        if (value.empty() && p + 1 == pairs.size() && i + 1 < lines.size()) {
          std::string_view below = lines[i + 1];
          // (A table's cell copied with its bar: `吉林省地方税务局 |`.)
          while (text::ends_with(below, "|") || text::ends_with(below, "｜"))
            below = text::trim(below.substr(0, below.size() - (text::ends_with(below, "|") ? 1 : 3)));
          bool free = pairs_of(below).empty() && text::char_count(below) <= 60 && below.find("。") == std::string_view::npos;
          bool label_next = i + 2 < lines.size() && !pairs_of(lines[i + 2]).empty();
          // (A label of no shape takes it only between labels, and a title, `…关于…的通知`,
          // only when it labels one: `名称：`.)
          bool fits = l->shape == Shape::any || l->shape == Shape::title ? label_next : shaped(l->shape, without_glosses(below));
          if (free && fits && (l->shape == Shape::title || below.find("关于") == std::string_view::npos)) {
            value = below;
            b.last = ++i;
          }
        }
        b.pairs.emplace_back(std::move(name), without_glosses(value));
      }
      ++i;
    }
    if (labels >= 3 && own >= 1) {
      box = std::move(b);
      return true;
    }
    start = i > start ? i - 1 : start;
  }
  return false;
}

}  // namespace gongwen::host
