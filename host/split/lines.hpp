// What one paragraph of a container is (a byline, a date line, a column
// label, a page-turn note, a TOC section...) and the container fields read
// from them: the evidence the splitter (splitter.cpp) weighs.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "split/splitter.hpp"

namespace gongwen::host::split_detail {

struct Para {
  std::size_t b, e;
  std::string_view t;
  std::size_t chars;
};

std::vector<Para> paragraphs(std::string_view text);

// `P25 把年轻干部…`: a cover teaser pointing at a page, not an article start.
bool is_teaser(std::string_view t);

// `title　　page` (page last, compilations); a title of `min_title` characters at least
// (1 for the wrapped tail of an entry: `贴.........04`).
bool page_last(std::string_view t, std::string_view& title, int& page, std::size_t min_title = 4);
// A contents line whose page number was lost (a Word contents field converted to
// text keeps its leaders, not its pages): `一、…创业补贴........`; its title.
bool leader_only(std::string_view t, std::string_view& title);

// `25 title author` (page first, magazines).
bool page_first(std::string_view t, std::string_view& title, int& page);

// `■卷首语`, `一、省级`: a TOC section heading.
bool toc_section(std::string_view t, std::string& section);

std::vector<std::string> candidate_keys(const TocEntry& e);

// A contents line of a compilation of dated documents: an item number, the title, its date last
// (`3) 江青陈伯达在北京大学的讲话 1966.7.22`, `24) …的谈话 1966 年 11 月`, `…纪要（1966 年 2.2 到 2.20 日）`);
// the title, without number or date.
bool dated_item(std::string_view t, std::string& title);

bool is_date_line(std::string_view t);
// A news item's dateline opening a paragraph (`新华社北京3月5日电`, `人民网北京5月13日讯`, `本报讯`).
bool opens_with_dateline(std::string_view t);
// Who compiled a collection, on its cover (`某某市委办公室编`, `某某县人民政府办公室　编印`): no title.
// A line shaped as a document's title: it ends with a 文种 or an instrument (…意见, …办法, …方案,
// …条例) or its standing (`（试行）`), no sentence in it (the attachment and release readers).
bool title_like(std::string_view t);

bool compiler_credit(std::string_view t);
// Whom a bulletin or a 公文 goes to, at its end: `报：市委办公室…`, `送：…`, `发：…`, `抄送：…`.
bool distribution_line(std::string_view t);
// A 发文字号 alone on its line (`某政发〔2023〕1号`, any bracket), as under each 公文's title in a 文件汇编.
bool number_line(std::string_view t);
bool dated_under_title(std::string_view t);

// A byline under a title: `■ 徐文光`, `■本刊特约评论员`, a bare name, or a unit.
// The note that closes a reprinted article: `载《羊城晚报》2013年5月18日`,
// `刊于《…》`, `本文首发于…`, `（作者系…）`.
bool source_note(std::string_view t);

// Bylines as magazines print them: `文/张三`, `文·图 | 李四`, `作者：王五`,
// `□ 本刊记者 赵六`, `本报记者 张三 通讯员 李四` — a role, then names.
bool credited(std::string_view t);

bool is_byline(std::string_view t);

// `秦财华 程金敏 …`: a list of names (a masthead), not a title.
bool names_list(std::string_view t);

// The first lines of a regulation: `第一条 …`, `第一章 总则`, `一、总体要求`.
bool opens_regulation(std::string_view t);

// A short line in brackets: a 附注 (`（此件公开发布）`, `（依申请公开）`).
bool bracketed_note(std::string_view t);

// A field of a database's metadata block: `【主题分类】执行`, `【文    号】法〔2014〕319号`.
bool metadata_field(std::string_view t);

// Titles name their genre at the end: `…组织工作综述`, `…实施办法（试行）`.
bool genre_title(std::string_view t);
// A title that names one document's genre (`…的通知`, `…发展规划`, `…讲话`): what it heads
// (a contents list, Markdown headings) is that document's outline, not a list of articles.
bool one_document_title(std::string_view title);

// An issue's number in t (`第10期`, `第 300 期`, `第十二期`, `2016年第2期（总期第10期）`; with `units`,
// a week's or a serial's too, `第3周`, `第5号`): 第, one to four numerals, the unit.
bool issue_number(std::string_view t, std::initializer_list<std::string_view> units = {"期"});

// `第一部分`, `第二编`, `上篇`: a part of a compilation, above the titles of its articles.
bool part_label(std::string_view t);

// A line of a periodical's masthead or colophon (`主管：…`, `主办：…`, `国内统一连续出版物号：CN 11-1234/D`,
// `ISSN 1002-0000`, `内部资料准印证…`, `编辑出版：…`): the issue's, never an article's title.
bool colophon_line(std::string_view t);
bool column_label(std::string_view t);
// A column's name alone on its line, over the title of its article: in brackets
// (`【研究评论】`, `〖理论前沿〗`), letter-spaced (`理 论 前 沿`), or named as columns
// are (`基层风采`, `■廉政时评`).
bool column_line(std::string_view t);
// The name such a line gives (`研究评论`, `理论前沿`), empty when t is none.
std::string column_name(std::string_view t);
bool toc_heading(std::string_view t, bool* unpaged = nullptr);
bool unpaged_entry(std::string_view t, std::string& section, std::string& title, std::string& author);
// The line under a contents entry's title that credits it and gives its page:
// `理论讨论会第三组整理(8)`, `本刊评论员　　12`, `张　伟 25`. The page, or 0.
int credit_page_line(std::string_view t);
// Two keys one character apart: one left out, added or changed.
bool one_edit_apart(std::string_view a, std::string_view b);

void fill_container_fields(Document& doc, const std::vector<Para>& ps);

// Articles from the headings a Markdown file marks (`### 习近平在…时强调 …`),
// as news digests and compilations exported to Markdown carry them: the
// fullest level whose headings read as the titles of documents rather than
// the parts of one (level 1 too when files were put together). A part is numbered as a part (一、,
// （一）, 第一章, 第一条) or is a short label; a title is a headline (eight
// Chinese characters or more once a list number `12. ` is taken off). Returns the
// paragraph index of each article's heading, or nothing. Under the title of a periodical's
// issue (`…周刊（第 300 期）`, `…周报 #98`, `…简报`), or a lead that names one, a short label is
// a department (`科技动态`, `工具`) and counts as a title; `issue`, when given, receives that title.
std::vector<std::size_t> markup_articles(const Document& doc, const std::vector<Para>& ps, std::string* issue = nullptr);
// A word that names a periodical (`周报`, `简报`, `Weekly`…) in t.
bool periodical_word(std::string_view t);

// The headings a Markdown file marks up (fields.markup_headings), each found in
// its paragraph of `ps`, in order; one the cleaner merged away is left out.
struct MarkupHeading {
  int level;
  std::size_t para;
};
std::vector<MarkupHeading> markup_headings(const Document& doc, const std::vector<Para>& ps);

}  // namespace gongwen::host::split_detail
