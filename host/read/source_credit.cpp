// A copied post's closing source credit. Reposts (WeChat accounts, portals, forums) credit the outlet
// they took the text from on a line of its own after the body, before their own furniture
// (`END`, `阅读推荐`, a QR code's prompt, other headlines).
//
// Invariants: only the last kLast non-blank lines are read, backwards, each once; the credit's line
// is the label and a short name alone; no paragraph of prose stands after it (then it credits a
// quotation or a picture inside the body, not the post).
#include "read/source_credit.hpp"

#include <gongwen/text.hpp>

#include <utility>

#include "read/html_chrome.hpp"

namespace gongwen::host {

namespace {

constexpr std::size_t kLast = 14;

// `来源：X`, `（来源：X）`, `来源丨X`: X, or empty. (The roles and separators are html_chrome's
// opening_credit, which reads the credits closing a post.)
std::string credit_of(std::string_view t) {
  if (text::more_visible_than(t, 40)) return {};
  std::string squeezed = text::strip_spaces(t);
  std::string_view q = squeezed;
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
    if (q.starts_with(open) && q.ends_with(close)) q = q.substr(open.size(), q.size() - open.size() - close.size());
  auto credit = opening_credit(q);
  if (!credit || credit->first != "来源") return {};
  std::string_view name = credit->second;
  if (text::char_count(name) < 2 || text::char_count(name) > 20) return {};
  // (Names one outlet: a list, `长江日报及新华社、人民日报等`, credits none of them.)
  for (std::string_view mark : {"。", "，", ",", "；", "：", ":", "/", "、"})
    if (name.find(mark) != std::string_view::npos) return {};
  return std::string(name);
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
    if (auto name = credit_of(t); !name.empty()) return name;
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
