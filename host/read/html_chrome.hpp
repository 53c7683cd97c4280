// The lines around a saved page's article that belong to the page, not to it
// (see html_chrome.cpp): navigation marks, credits, dividers, repost notes.
#pragma once

#include <string>
#include <optional>
#include <string_view>
#include <utility>

namespace gongwen::host {

// A news app's call to open it (`打开网易新闻 查看更多图片`, `打开APP阅读全文`): only a page shows one.
bool app_call_line(std::string_view t);
// A site's search box with its hot words (`快捷搜索:论文 合同 演讲 心得`, `热门搜索：通知 总结`).
bool search_box_line(std::string_view t);
// A line of credits only (`作者：王若愚  来源：老兵到  图片：军影摄影师`).
bool credits_line(std::string_view t);
// A line, squeezed, that opens with a credit's role and its separator (`责编丨某某`, `文字：某某`, `文丨某某`):
// the role and the names after it; empty otherwise (closing_credits reads a block of them).
std::optional<std::pair<std::string_view, std::string_view>> opening_credit(std::string_view squeezed);
// A repost credit opening an article (`本文转载自微信公众号：某某`): the account or
// site it names, or empty when the line is not one.
std::string repost_source(std::string_view t);
// A line with no letter or digit (`▼`, `↓↓↓`, `———`).
bool divider_line(std::string_view t);
// An editor's credit closing an article (`(责编：胡永秋、杨光宇)`): the names, or empty.
std::string editor_credit(std::string_view t);
// Lines around an article that belong to the page (打印 关闭, 上一篇：…, 责任编辑, 责编, a box's label).
bool chrome_line(std::string_view t);
// A line of the page's information box under the title (`【发布单位】外贸司`,
// `【发文日期】2025年09月26日`): page_info reads what it says.
bool info_box_line(std::string_view t);
// A line of the page's head under the title: a posting time alone (`2022-02-11 09:52`) or the
// site's name with its address (`某某市政府门户网站 www.example.gov.cn`).
bool posting_line(std::string_view t);
// A line that says it is a photo's caption: `图为…`, `上图：…`, or credited to its
// photographer at its end (`…山东女子学院供图`, `（新华社记者 某某 摄）`).
bool photo_caption(std::string_view t);
// The headline a reposting site replaced (`原标题：春季学期开学，织密返校疫情防控网`),
// or empty when the line is none.
std::string original_title(std::string_view t);
// A reporter's byline closing a news article (`□ 本报记者 葛灵丹`, `（记者 王明 通讯员 李华）`):
// the names, or empty when the line is none. A bare name is no byline: it signs letters.
std::string closing_byline(std::string_view t);
// Where a site's link glued to an article's last sentence starts (`…也前往送别。返回搜狐，查看更多`),
// or npos when the line ends in none.
std::size_t glued_site_link(std::string_view t);

}  // namespace gongwen::host
