// Who a speech's title or a short line credits (see credits.cpp).
#pragma once

#include <gongwen/document.hpp>
#include <gongwen/structure.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace speech_credits {

// `国家发展改革委投资司韩志峰处长的讲话` → {韩志峰, 国家发展改革委投资司处长}; none
// for a post before an occasion (`县委书记任职讲话`).
std::optional<std::pair<std::string, std::string>> credited_in_title(std::string_view title);
// `外交部发言人刘建超在例行记者会上答记者问`, `…发言人姜瑜举行记者会`: a press conference's
// spokesperson, as {name, post}; empty unless a 2–4 character name follows 发言人.
std::optional<std::pair<std::string, std::string>> spokesperson_in_title(std::string_view title);

// A bare name before a speech's 在 (`刘希平在…`, `黄坤明同志在…`): a personal name of 2–3 Han, surname
// first, and no post (`县长在…`, `党委在…`, `全市在…` are none); empty when it is none.
std::string bare_name(std::string_view before);

// A short line naming a part of a text, not a person (`开幕词`, `结论`, `前言`).
bool part_name(std::string_view line);

// A news outlet's name standing where a byline would (`新华社`, `本报`, `人民日报`).
bool outlet(std::string_view line);

// `王  琛  2020.6.20`: a personal name and a date on one line, as {name, ISO date}.
std::optional<std::pair<std::string, std::string>> name_and_date(std::string_view p);
// The speaker signing off at the end (`总经理：王敏敏`, `市委书记 李明`): {name, position}.
std::optional<std::pair<std::string, std::string>> closing_speaker(std::string_view p);
// `致辞：饶毅（教师代表、科学家）`, `主讲人：王五`: the genre, then the speaker, as {name, post}.
std::optional<std::pair<std::string, std::string>> credit_line(std::string_view p);

// A publisher's note closing the speech it prints, in its last lines (`这是习近平总书记2021年6月25日在
// 十九届中央政治局第三十一次集体学习时的讲话。`, `（这是…在…上讲话的一部分）`): the speaker, bare
// (`习近平`, or the words before the date as printed), and the ISO date; empty when none.
struct PublishedNote {
  std::string speaker, date;
};
std::optional<PublishedNote> closing_note(std::string_view text);
// An editor's lead introducing the speech before its salutation (`2月18日…省委、省政府召开全省高质量发展
// 大会…。以下为省委书记黄坤明在大会上的讲话实录——`): its first date (ISO, or `--02-18` without a
// year: the page's supplies it) and the speaker it names; empty when none.
std::optional<PublishedNote> opening_note(std::string_view text);
// An organ signing off with the date, in the last two lines (a ministry's 新年贺词 or a
// 公开信: `中华人民共和国交通运输部` / `2021年1月1日`): {organ, ISO date}; empty when none.
std::optional<std::pair<std::string, std::string>> closing_signature(std::string_view text);
// A wire's dateline closing the speech it carries (`（新华社北京9月3日电）`): its day, ISO, or
// `--09-03` without a year (the host gives it the page's); empty when the last line is none.
std::string closing_dateline(std::string_view text);
// A title that opens with its speaker's name and a colon (`习近平：用好红色资源…`, as a journal
// heads the speeches it prints): the title after it; the title itself otherwise.
std::string_view without_speaker(std::string_view title, std::string_view speaker);
// A byline set on the title's own line after a space (`2021新春献辞 中共某某县委书记某某`) or glued after
// its genre (`…工作报告市某某局局长  某  某`): the
// title before it, the speaker and the position; empty when the line is none such.
struct TitleByline {
  std::string title, speaker, position;
};
std::optional<TitleByline> title_byline(std::string_view line);

// A speech printed as a 公文 prints its 版记 at the end: distribution lists (`送：`, `发：`, `抄送：`,
// `抄报：`, `分送：`) and the printing line (`某某办公室 2024年5月20日印发`), as fields.
void read_colophon(gongwen::Document& doc, const std::vector<gongwen::structure::Paragraph>& paras);

// A joint address signed by two or more, a post and a name a line (`中共某某市委书记 某某某` /
// `某某市人民政府市长 某某某`), from paragraph i on: `fields.speakers`, the names in order (two at least).
void joint_speakers(gongwen::Document& doc, const std::vector<gongwen::structure::Paragraph>& paras, std::size_t i);

// A speaker (or a post) in front of a speech's title, as sites print them (`习近平：在…上的讲话`,
// `马校长《在…上的讲话》`, `荆门市市长：在…上的致辞`): the title keeps the speech's own words,
// the name becomes the speaker, the post the position.
void strip_speaker_from_title(gongwen::Document& doc);

}  // namespace speech_credits
