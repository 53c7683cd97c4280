// What a speech's title looks like (see titles.cpp).
#pragma once

#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace speech_titles {

// A line that names a speech (讲话, 致辞, 工作报告, 演讲, 党课, 发言 but not 发言人); a
// report to a congress (政府工作报告, a court's, a standing committee's) is none.
bool names_speech(std::string_view s);
// `（2018年2月6日）` / `(2018年9月27日)` alone on a line; with `bare`, also
// `1999年4月17日` alone (under a title it dates the speech).
std::optional<gongwen::text::Date> date_line(std::string_view s, bool bare = false);
// A page's title that is a speech's (`在…上的讲话`, `张建国副市长《在…上的讲话》`), not a
// headline about one (`习近平《在…上的讲话》单行本出版`): a speech named inside 《》 counts only
// when the title ends with it.
bool names_speech_itself(std::string_view t);
// A subtitle under a title: `——在…上的讲话`, `--致…高峰会议` (typed with ASCII
// hyphens), `－－…`; the text after its dashes.
std::optional<std::string_view> subtitle(std::string_view p);
// A title that names a speech: short, not a subtitle, not a column label
// (`领导致辞`, four characters at most) and not a line introducing the text
// (`以下是演讲全文：`).
bool speech_title(std::string_view p);
// A report given to a meeting (`在中国共产党第十次全国代表大会上的报告`, `在…全体会议上的报告`):
// said to the hall as a speech is, and a report by its genre.
bool meeting_report(std::string_view t);
// A post or 领导 and a speech's genre alone (`董事长讲话`, `校长致辞`): a portal's tab, no title.
bool position_label(std::string_view t);
// A news headline at paragraph i that reports a speech (`某某县长某某发表新年贺词`) over a lead that
// ends by introducing its text (`…全文如下：`) and the speech under its own printed title (`新 年 贺 词`):
// that title's paragraph; i otherwise.
std::size_t printed_under_lead(const std::vector<gongwen::structure::Paragraph>& ps, std::size_t i);

}  // namespace speech_titles
