// Numbers shredded onto lines of their own: a page whose markup wraps every
// run of digits in its own element (Word's HTML export puts `<span lang=EN-US>`
// around each number), copied as text with each element a line:
//
//   依据《市工业和信息化局关于开展
//   2021
//   年电力需求响应工作的通知》（津工信电力〔
//   2021
//   〕
//
// Left so, no date, number or statistic can be read. The text is glued back
// where it was cut.
//
// Invariants: nothing is joined unless the text shows the shredding twice (a
// line of digits, then a line opening with 年, 月, 日 or 号); a line joins the
// one before only when it is a fragment (digits, or one mark or unit) or opens
// with a unit right after a line of digits; never after a sentence's end or a
// heading, and never the first number of a date standing alone, so a date under a
// closing formula or a signature (`特此通知。` / `2021` / `年`) starts its own line.
#include "clean/shredded.hpp"

#include <gongwen/text.hpp>

namespace gongwen::host::clean_detail {

namespace {

bool digits_only(std::string_view t) {
  if (t.empty() || t.size() > 10) return false;
  for (char c : t)
    if (!(c >= '0' && c <= '9') && c != '.') return false;
  return true;
}

bool opens_with_unit(std::string_view t) {
  for (std::string_view u : {"年", "月", "日", "号", "〕", "]", "）", ")", "%", "万", "亿", "元", "个", "家", "人", "项", "次", "条", "期", "届",
                             "批", "所", "名", "余", "多", "时", "分", "岁", "户", "座", "千", "百", "点", "周", "天", "倍", "米", "吨", "亩",
                             "公里", "平方", "、", "，", "；", "。", "-", "—", "~", "～", "至"})
    if (text::starts_with(t, u)) return true;
  return false;
}

// One mark or unit alone (`〕`, `年`, `、`).
bool lone_mark(std::string_view t) {
  if (text::char_count(t) != 1) return false;
  return opens_with_unit(t) || t == "〔" || t == "[" || t == "（" || t == "(" || t == "：";
}

// (A closing quotation mark ends a sentence too: `…“百千万工程”。` loses its 。 as often.)
bool ends_sentence(std::string_view t) { return text::ends_sentence(t) || text::ends_with(t, "”"); }

}  // namespace

bool numbers_shredded(std::string_view input, const std::vector<Line>& lines, const std::vector<char>& keep) {
  std::size_t seen = 0, prev = lines.size();
  for (std::size_t i = 0; i < lines.size() && seen < 2; ++i) {
    if (!keep[i]) continue;
    std::string_view t = input.substr(lines[i].tb, lines[i].te - lines[i].tb);
    if (prev < lines.size() && digits_only(input.substr(lines[prev].tb, lines[prev].te - lines[prev].tb)))
      for (std::string_view u : {"年", "月", "日", "号"})
        if (text::starts_with(t, u)) {
          ++seen;
          break;
        }
    prev = i;
  }
  return seen >= 2;
}

bool shred_continues(std::string_view prev, std::string_view t, std::string_view next) {
  if (ends_sentence(prev) || text::parse_marker(prev)) return false;
  // (A date standing alone under an organ: `某某县发展和改革局` / `2024` / `年`; not `请于` / `2024` / `年`.)
  if (digits_only(t) && next == "年") {
    for (std::string_view organ : {"局", "委", "府", "办", "室", "厅", "院", "部", "会", "中心", "公司", "处", "科", "所", "站", "队", "组"})
      if (text::ends_with(prev, organ)) return false;
  }
  return digits_only(t) || lone_mark(t) || (digits_only(prev) && opens_with_unit(t)) ||
         (lone_mark(prev) && (digits_only(t) || opens_with_unit(t)));
}

}  // namespace gongwen::host::clean_detail
