// What the parsers of the official-document elements share (elements.cpp,
// title.cpp, numbers.cpp, tail.cpp); not part of the plugin's interface.
#pragma once

#include <gongwen/text.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "elements.hpp"

namespace gongwen::official::detail {

using structure::Paragraph;

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);
inline std::string squeeze(std::string_view s) { return gongwen::text::strip_spaces(s); }
// An ASCII or full-width digit, and its value.
inline bool is_digit_cp(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }
inline int digit_value(char32_t c) { return c <= '9' ? static_cast<int>(c - '0') : static_cast<int>(c - 0xFF10); }

// Where the 签发人 label stands in a head line (`签发人：张三`, `签发：` left blank),
// or npos; its end in `label_end`.
inline std::size_t signer_label(std::string_view t, std::size_t& label_end) {
  auto p = t.find("签发人");
  if (p != std::string_view::npos) return label_end = p + 9, p;
  auto q = gongwen::text::trim(t);
  for (std::string_view l : {"签发：", "签发:"})
    if (q.starts_with(l)) return label_end = static_cast<std::size_t>(q.data() - t.data()) + 6, static_cast<std::size_t>(q.data() - t.data());
  return std::string_view::npos;
}

// elements.cpp: where the document starts, the head, the 主送 line.
std::string_view unbracket(std::string_view t);  // the paragraph without its enclosing brackets
bool adoption_note(std::string_view t);  // a bracketed 题注 that names the meeting adopting it (head_note.cpp)
std::size_t index_of(const std::vector<Paragraph>& ps, std::size_t off);
std::size_t body_start(const std::vector<Paragraph>& ps);
bool body_paragraph(std::string_view t);
// The end of a window of `n` paragraphs from `from`, not counting the page
// chrome a saved page leaves between a title and the document (`Aa`, `小`,
// `|`, `字体：`: six characters or fewer), at most 3n paragraphs in all.
std::size_t window_end(const std::vector<Paragraph>& ps, std::size_t from, std::size_t n);
void find_head(const std::vector<Paragraph>& ps, Elements& e, std::size_t title_at);
void find_recipients(const std::vector<Paragraph>& ps, Elements& e);  // recipients.cpp
// An addressee that names an organ (squeezed): the organ, its leaders (`某市财政局领导`), or the
// organ and the people it covers (`某某村村民委员会及有关居民`).
bool organ_addressee(std::string_view q);

// title.cpp
bool head_line(std::string_view t);
bool never_title_line(std::string_view t);
// The orders a government proclaims to all (`森林防火禁火令`, `嘉奖令`, `通缉令`), named by what they
// order: titles, not an organ's masthead.
bool proclaimed_order(std::string_view t);
Title find_title(const std::vector<Paragraph>& ps, std::size_t from);
std::string clean_title(std::string t);
// An address in a line (`http://…`, `www.…`): where it starts and where its ASCII run ends (a year's
// digits before 年 left to the words); npos, npos when there is none (clean_title.cpp).
std::pair<std::size_t, std::size_t> address_span(std::string_view q);
// An issuing notice's title cut before its 的通知 (`…关于印发…工作方案`): the notice type, else null.
const DocType* cut_issuing_title(std::string_view title);
// A number in brackets glued to a title's end (`…的处理意见(武劳社〔2004〕135号)`), taken off.
void drop_trailing_number(std::string& t);
void drop_footnote_marks(std::string& t);
std::optional<DocNumber> numbered_in_title(std::string_view s, std::string_view suffix);  // numbers.cpp
void split_title(Title& t);  // title_parts.cpp
// The form of its 文种 a title ends with (`实施意见`, `通知`), longest first; the 文种 itself else.
std::string_view type_suffix(std::string_view title, const DocType* type);
// The body line that repeats a wrapper's title (a page's <title>), and that
// title without its site suffix.
// A title a page or database repeats above the document: the document's own copy, the last one.
void to_last_repeat(const std::vector<Paragraph>& ps, Title& t);
Title title_from_wrapper(const std::vector<Paragraph>& ps, std::size_t from, const std::string& wanted);
std::string wrapper_title_of(std::string_view wrapper_title);
// An organ's line over a title the page printed above without it (`关于做好…的通知` as the CMS's
// heading, then `中共某某委员会` / `关于做好…` / `…的通知`): the organ's line is the 版头 (masthead),
// the title starts under it.
// The place an organ's name opens with (`怒江州`), empty when none: a banner's, or a co-issuer's.
std::string_view leading_place(std::string_view organ);
void banner_over_title(const std::vector<Paragraph>& ps, std::size_t from, Title& t, std::size_t& title_at, Found& masthead);

// headless.cpp: a title that is its 文种 alone (`通报`) over the 主送 line; empty when none.
Title bare_type_title(const std::vector<Paragraph>& ps, std::size_t from);
// An organ over its 文种 alone at paragraph i (`中华人民共和国最高人民检察院` / `公    告`, a
// masthead's two lines): together the title; empty when not so.
Title organ_over_type(const std::vector<Paragraph>& ps, std::size_t i);

// mastheads.cpp: an order's masthead over its number (`国务院令` / `第732号`) at paragraph i,
// whose cleaned text is `cleaned`; a masthead and number opening a flattened text; an order's
// bare number where a crawler dropped its masthead. Empty (no type) when none.
Title short_order_masthead(const std::vector<Paragraph>& ps, std::size_t i, const std::string& cleaned);
Title numbered_masthead(const std::vector<Paragraph>& ps, std::size_t from);
// `…指挥部通告（第1号）` over its text, no title under it: the masthead names the document.
Title bracketed_number_masthead(const std::vector<Paragraph>& ps, std::size_t from);

// numbers.cpp
std::optional<DocNumber> number_in(std::string_view s, std::size_t base);
// Backwards from `i` (exclusive) over spaces; over a run of digits ending at `i` ({value, start}, or {-1, i}).
std::size_t back_spaces(std::string_view s, std::size_t i);
std::pair<long long, std::size_t> back_number(std::string_view s, std::size_t i);
// labelled_number.cpp: a number after its label (`编号：南宁站[2025]（通知）钦防二线08号`,
// `安全公告编号:CNTA-2024-0011`), the line all label and number.
std::optional<DocNumber> labelled_number(std::string_view t, std::size_t base);
void find_number(const std::vector<Paragraph>& ps, Elements& e, std::size_t title_at);

// signature_columns.cpp: a joint signature printed in two columns (`中共胶州市委组织部      中共胶州市委宣传部` /
// `中共胶州市委党的群` / …): its organs, in reading order, or empty; `top` is the block's first line.
std::vector<Found> column_signature(const std::vector<Paragraph>& ps, std::size_t start, std::size_t date_at, std::size_t& top);

// stripped_date.cpp: `2017919` under a signature, its 年月日 lost: the one date it can be, ISO.
std::optional<std::string> stripped_date(std::string_view line);

// signers.cpp: who signs — a party organ's broken name, glued organs, an office under its
// organ, an order's signer, a seal's note, an undated signature (described there).
bool party_name_unfinished(std::string_view q);
std::vector<std::string_view> glued_organs(std::string_view s);
bool office_below(std::string_view organ, std::string_view below);
std::string post_then_name(std::string_view line);
bool seal_note(std::string_view q);
// A signature without its seal's place after it (`…居民委员会（公章）`).
std::string without_seal(std::string q);
void undated_signature(const std::vector<Paragraph>& ps, std::size_t start, Elements& e);
bool organ_opens(std::string_view q);
Found signer_under_formula(const std::vector<Paragraph>& ps, std::size_t start, std::size_t date_at);
bool opens_closing_formula(std::string_view q);

// head_note.cpp
void read_head_note(const std::vector<Paragraph>& ps, Elements& e);
std::vector<Found> organs_under_title(const std::vector<Paragraph>& ps, const Elements& e);

// tail.cpp
bool footer_line(std::string_view t);
void find_tail(const std::vector<Paragraph>& ps, Elements& e);

}  // namespace gongwen::official::detail
