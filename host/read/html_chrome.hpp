// The lines around a saved page's article that belong to the page, not to it
// (see html_chrome.cpp): navigation marks, credits, dividers, repost notes.
#pragma once

#include <string>
#include <string_view>

namespace gongwen::host {

// A line of credits only (`作者：王若愚  来源：老兵到  图片：军影摄影师`).
bool credits_line(std::string_view t);
// A repost credit opening an article (`本文转载自微信公众号：某某`): the account or
// site it names, or empty when the line is not one.
std::string repost_source(std::string_view t);
// A line with no letter or digit (`▼`, `↓↓↓`, `———`).
bool divider_line(std::string_view t);
// An editor's credit closing an article (`(责编：胡永秋、杨光宇)`): the names, or empty.
std::string editor_credit(std::string_view t);
// Lines around an article that belong to the page (打印 关闭, 上一篇：…, 责任编辑, 责编, a box's label).
bool chrome_line(std::string_view t);

}  // namespace gongwen::host
