// The names of rules (titles.cpp): which instrument a title names, the notes after it,
// a listing's number, and the title among a head's first lines.
#pragma once

#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace regulation_titles {

// What a title says of the text's standing, in brackets after it: `（试行）`, `(征求意见稿)`,
// `（草案）`, or a revision's `（修订）`, `（2019年修正）`. Its length in bytes at the end of t, or 0.
std::size_t standing_suffix(std::string_view t);

// The number a listing prints after a rule's name, in brackets: `（发改委第36号令）`,
// `（国务院令第679号）`, `（国办发〔2019〕5号）`: where its bracket opens in t and what it holds.
struct ListedNumber {
  std::size_t open = std::string_view::npos;
  std::string_view number;
};
ListedNumber number_suffix(std::string_view t);

// The instrument a title names at its end (条例, 实施办法, 章程…), notes and number aside; empty if none.
std::string_view instrument_of(std::string_view title);

// A rule flattened onto one line (`…管理规定(2005年3月25日…公布)第一章总则第一条为…`): its
// title, up to the 题注 or the first chapter or article; empty if the line opens with none.
std::string_view flattened_title(std::string_view line);
// Such a rule cut back into title, 题注, chapters and articles (flattened.cpp); ps unchanged
// when no paragraph opens with a flattened title.
// Where the text starts: the first chapter or article (`body`), past a 目录 listing the chapters
// (`目录` / `第一章 总则` / `第一节 …`) whose first chapter comes again, its lines [toc_b, toc_e) no
// chapters; the promulgation lines between the list and the text stay in the head.
struct TextStart {
  std::size_t body, toc_b, toc_e;
};
TextStart text_start(const std::vector<gongwen::structure::Paragraph>& ps);
std::vector<gongwen::structure::Paragraph> unflatten_rule(const std::vector<gongwen::structure::Paragraph>& ps);
// The title among the head's first lines when the reader gave none (titles.cpp says which).
std::string_view head_title(const std::vector<gongwen::structure::Paragraph>& ps);

// The line right over the first chapter or article that names an instrument (a page's chrome
// over it: `网站无障碍`, menus, a trail), four lines up at most, the page's facts between, with the
// head of its name when it wrapped onto the line over it; or empty.
std::string title_above_articles(const std::vector<gongwen::structure::Paragraph>& ps);

// The instrument on a line of its own under the body it governs (`中国现场统计研究会质量分会` /
// `章程`), or an organ over the rest of the name (`华东理工大学` / `研究生论文答辩程序`): the two
// lines as one title, or empty.
std::string title_over_lines(const std::vector<gongwen::structure::Paragraph>& ps, std::string_view title);

// The title the reader gave, unless it names no instrument (nor a 公文's 文种) and the head's own
// title does; the head's title when the reader gave none.
std::string given_or_head_title(std::string_view given, const std::vector<gongwen::structure::Paragraph>& ps);
// The title without the spaces a layout put beside its Han characters.
std::string unspaced_title(std::string_view t);

// owners.cpp: the body a rule says interprets it (`本办法由市卫生健康局负责解释`, `…解释权归…`), or empty; that
// body in full as the title names it; the institution a title opens with (`重庆邮电大学…办法`);
// whether body is an office of that institution.
std::string interpreting_body(std::string_view text);
std::string issuer_named(std::string_view title, const std::string& body);
std::string owner_in_title(std::string_view title);
bool office_of(std::string_view owner, std::string_view body, std::string_view title);
// A school's office named with its school (`某某大学学生处`): the school; empty otherwise.
std::string school_of_office(std::string_view body);

// A 发文字号's shape: a year's bracket opening on four digits (`〔2003〕`, `[2003]`, `【2006】`), 号 at the end.
bool document_number_shaped(std::string_view t);
// The masthead's number over the rule's name (`教指委[2003]2号`), or empty (colophon.cpp).
std::string masthead_number(const std::vector<gongwen::structure::Paragraph>& ps, std::string_view title);
// The 版记's `X Y印发`: who printed the rule and when (ISO).
struct Printing {
  std::string by, on;
};
std::optional<Printing> printing(const std::vector<gongwen::structure::Paragraph>& ps);

}  // namespace regulation_titles
