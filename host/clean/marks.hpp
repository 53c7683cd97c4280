// What the marks of print mean to the cleaner: rule lines, a line of
// columns set apart by a wide gap, and the continuation notes of an article
// that goes on on another page (下转/上接).
#pragma once

#include <optional>
#include <string_view>

#include <gongwen/text.hpp>

namespace gongwen::host::clean_detail {

// A line of rule characters only (`————`, `～～～`, `===`, `◆◆◆`).
bool rule_line(std::string_view t);

// A list item's number with its closing bracket alone (`001) 林彪…`, `12）…`), as a compilation
// numbers its contents and its documents: where the words after it start, or npos.
std::size_t bracket_item_end(std::string_view t);
// The number a list's item opens with: a heading's marker (`3.`, `（3）`, `三、`) or a number with
// its closing bracket alone (`length` up to the words after it); none otherwise.
gongwen::text::Marker item_marker(std::string_view t);

// A date in the last brackets closing a title (`…的通知（2010年11月）`, `介绍一个合作社（1958年4月15日）`,
// `（1966年2.2到2.20日）`), either width: where its bracket opens, the date it opens with (a year at
// least) and whether that date fills the brackets; none otherwise.
struct TrailingDate {
  std::size_t open = 0;
  gongwen::text::Date date;
  bool whole = false;
};
std::optional<TrailingDate> trailing_date(std::string_view t);

// A character of the leader between a contents entry and its page (`……`, `....`, `···`).
inline bool leader_char(char32_t c) { return c == U'.' || c == U'…' || c == U'·' || c == U'．' || c == U'⋯'; }
// A contents entry: a title, a leader of dots and a page number at the end
// (`躬耕教坛 强国有我 ......... 4`).
bool contents_line(std::string_view t);
// A contents entry of a 讲话汇编: the title, a leader or a space, the speaker's name and the page
// in brackets (`…的大毒草 ·· 张永立（5）`, `我们工人要说话 黄嘉（8）`): the title and the page.
struct PagedEntry {
  std::string_view title;
  int page = 0;
};
std::optional<PagedEntry> speaker_paged_entry(std::string_view t);

// A date line under a headline: a full date opening the line and at most a
// source's name after it (`2023 年 09 月 12 日 中国教育新闻网`), no clause mark.
bool dateline(std::string_view t);

// Four or more spaces between two visible characters: columns set apart.
bool has_wide_gap(std::string_view t);

struct ContinuationNote {
  bool forward = false;   // 下转: the article goes on elsewhere; 上接: this text came from elsewhere
  long long page = 0;
  std::string_view unit;  // 页 | 版
  std::size_t end = 0;    // after the closing bracket
};

// A continuation note opening at `open` (a bracket): `（下转第10页）`,
// `(上接 3 页)`, a newspaper's `（下转第四版）` / `（紧接第一版）` / `（转第2版）`.
std::optional<ContinuationNote> continuation_note(std::string_view p, std::size_t open);

}  // namespace gongwen::host::clean_detail
