// A copied post's closing source credit. Reposts (WeChat accounts, portals, forums) credit the outlet
// they took the text from on a line of its own after the body, before their own furniture
// (`END`, `阅读推荐`, a QR code's prompt, other headlines).
//
// Invariants: only the last kLast non-blank lines are read, backwards, each once; the credit's line
// is the label and a short name alone; no paragraph of prose stands after it (then it credits a
// quotation or a picture inside the body, not the post).
#include "read/source_credit.hpp"

#include <gongwen/text.hpp>

namespace gongwen::host {

namespace {

constexpr std::size_t kLast = 14;

// `来源：X`, `（来源：X）`, `来源:X`: X, or empty.
std::string_view credit_of(std::string_view t) {
  bool bracketed = false;
  for (std::string_view open : {"（", "("})
    if (t.starts_with(open)) t.remove_prefix(open.size()), bracketed = true;
  if (!t.starts_with("来源")) return {};
  t.remove_prefix(std::string_view("来源").size());
  if (t.starts_with("：")) t.remove_prefix(3);
  else if (t.starts_with(":")) t.remove_prefix(1);
  else return {};
  if (bracketed)
    for (std::string_view close : {"）", ")"})
      if (t.ends_with(close)) t.remove_suffix(close.size());
  t = text::trim(t);
  std::size_t n = text::char_count(t);
  if (n < 2 || n > 20) return {};
  for (std::string_view mark : {"。", "，", ",", "；", "：", ":", "/"})
    if (t.find(mark) != std::string_view::npos) return {};
  return t;
}

}  // namespace

std::string closing_source(std::string_view s) {
  std::size_t seen = 0;
  std::string_view below;  // the line under the one read (a credit's name on its own line)
  for (std::size_t e = s.size(); e > 0 && seen < kLast;) {
    std::size_t b = s.rfind('\n', e - 1);
    b = b == std::string_view::npos ? 0 : b + 1;
    std::string_view t = text::trim(s.substr(b, e - b));
    e = b == 0 ? 0 : b - 1;
    if (t.empty()) continue;
    ++seen;
    if (auto name = credit_of(t); !name.empty()) return std::string(name);
    // (`原文来源` over `：某某部`.)
    if ((t == "原文来源" || t == "来源") && (below.starts_with("：") || below.starts_with(":"))) {
      std::string_view name = text::trim(below.substr(below.starts_with("：") ? 3 : 1));
      if (text::char_count(name) >= 2 && text::char_count(name) <= 20) return std::string(name);
    }
    // Prose after a credit: the credit is the body's own.
    if (text::more_visible_than(t, 60) && t.find("。") != std::string_view::npos) return {};
    below = t;
  }
  return {};
}

}  // namespace gongwen::host
