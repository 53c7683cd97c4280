// What a saved page says about itself outside its article: <meta> names
// (title, date, author, source, site, url), the canonical link, the comment
// a browser or mirror tool leaves at the top (`<!-- saved from url=(0071)… -->`),
// the labelled facts of its info line (`发布时间：… 来源：…`, 文号 in an
// information table) and the values a WeChat page keeps in its scripts.
#pragma once

#include <string>
#include <string_view>

#include <libxml/tree.h>

#include "read/wrappers.hpp"

namespace gongwen::host {

std::string attr(xmlNode* n, const char* name);
// <meta> names and the canonical link, for the whole tree under n.
void find_meta(xmlNode* n, Unwrapped& u);
// A value as text: the markup a CMS or a scraper left in it (`<p><span>title</span></p>`, and a
// tag a cut left open at its end, `…</span`) dropped.
std::string plain_meta(std::string_view v);
// The page's address from a `saved from url=` or HTTrack `Mirrored from` comment, a TRS path
// or a share button, and `page_url_date`, the date in it (html_address.cpp).
void saved_from(std::string_view page, Unwrapped& u);
// An http(s) address.
bool web_url(std::string_view s);
// The trail of links to the page (`首页>新闻动态>喜迎党代会`, `当前位置：首页 » 通知公告`).
bool breadcrumb_line(std::string_view t);
// A line that is one of the page's own info labels and nothing else, its value on the next line
// (`发布时间:`, `信息来源：`), as a layout's cells copy: which kind; not a notice's `会议时间：`, nor `资金来源：`.
enum class InfoLabel { none, posted, source, author };
InfoLabel info_label_alone(std::string_view line);
// Where the time of day after a full date ends (`2016-01-17 23:45:19`, `2022年01月31日 11时09分`), or 0.
std::size_t posting_time_end(std::string_view t);
// The column a breadcrumb files the page under (`首页 > 新闻中心 > 综合新闻` → 综合新闻), or empty.
std::string breadcrumb_column(std::string_view t);
// The labelled facts of the page's text as a browser shows it (`flat`), and the
// column its breadcrumb files it under (`page_column`).
void page_info(std::string_view flat, Unwrapped& u);
// The site's name from its footer (copyright holder, else organiser), when nothing else named it
// or to lengthen a short name the page gave (`国学院` -> `武汉大学国学院`).
void footer_site(std::string_view flat, Unwrapped& u);
// What a WeChat article page keeps only in its scripts.
void script_info(std::string_view page, Unwrapped& u);

}  // namespace gongwen::host
