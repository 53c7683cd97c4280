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

namespace gongwen::host {

namespace {

enum class Shape { any, number, date, index, validity };

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
    BoxLabel{"内容概述", Shape::any, false},    BoxLabel{"文件名称", Shape::any, false},   BoxLabel{"标题", Shape::any, false},
    BoxLabel{"名称", Shape::any, false},        BoxLabel{"发布单位", Shape::any, true},    BoxLabel{"统一编号", Shape::index, true},
};

// The label a line opens with (a bullet and the label's spaces dropped:
// `• 索引号:`, `文　　号：`, `【发文字号】`), and where its value starts; or null.
const BoxLabel* label_of(std::string_view t, std::string_view& value) {
  std::size_t i = 0;
  while (i < t.size()) {  // the converter's bullet
    std::size_t k = i;
    char32_t c = text::next_cp(t, k);
    if (c != U'•' && c != U'·' && c != U'●' && c != U'▪' && c != U'■' && c != U'◆' && c != '*' && c != '-' && c != '>' &&
        !text::is_space(c))
      break;
    i = k;
  }
  std::string name;
  bool bracket = text::starts_with(t.substr(i), "【");
  if (bracket) i += 3;
  for (std::size_t n = 0; i < t.size() && n < 12; ++n) {
    std::size_t k = i;
    char32_t c = text::next_cp(t, k);
    if (bracket ? c == U'】' : (c == U'：' || c == ':')) {
      for (const auto& l : kBoxLabels)
        if (name == l.name) {
          value = text::trim(t.substr(k));
          return &l;
        }
      return nullptr;
    }
    if (!text::is_space(c)) text::append_utf8(name, c);
    i = k;
  }
  return nullptr;
}

bool shaped(Shape s, std::string_view v) {
  switch (s) {
    case Shape::number: return text::ends_with(v, "号") && text::char_count(v) <= 40;
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
    case Shape::any: return false;
  }
  return false;
}

}  // namespace

bool find_info_box(const std::vector<std::string_view>& lines, std::size_t head, InfoBox& box) {
  for (std::size_t start = 0; start < lines.size() && start < head; ++start) {
    std::string_view value;
    if (!label_of(lines[start], value)) continue;
    InfoBox b;
    b.first = start;
    std::size_t labels = 0, own = 0, i = start;
    while (i < lines.size()) {
      const BoxLabel* l = label_of(lines[i], value);
      if (!l) break;
      ++labels;
      own += l->own;
      b.last = i;
      std::string name(text::strip_spaces(l->name));
      if (value.empty() && i + 1 < lines.size()) {
        std::string_view below = lines[i + 1], ignored;
        bool free = !label_of(below, ignored) && text::char_count(below) <= 60 && below.find("。") == std::string_view::npos;
        bool label_next = i + 2 < lines.size() && label_of(lines[i + 2], ignored);
        if (free && (label_next || shaped(l->shape, below))) {
          value = below;
          b.last = ++i;
        }
      }
      b.pairs.emplace_back(std::move(name), std::string(value));
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
