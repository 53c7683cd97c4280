// Unwraps the containers that real documents arrive in before cleaning:
// WeChat scrapes stored as a string literal, Markdown exports, saved HTML
// pages. Each unwrapper returns the inner text mapped to the decoded source,
// plus the metadata the wrapper carried (account, date, <title>, ...).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace gongwen::host {

struct Unwrapped {
  std::string wrapper;  // "", "wechat", "markdown", "html"
  MappedTextBuilder out;
  Json fields = Json::object();
  std::vector<Section> headings;  // structure the wrapper made explicit (Markdown #)
  std::vector<std::size_t> own_lines;  // offsets (ascending) of lines that are paragraphs of their own (table cells)
  std::vector<Note> notes;  // what was dropped, for diagnostics
};

// Identity unwrapping: the decoded source as it is.
Unwrapped unwrap(std::string_view decoded, std::string_view path);

bool looks_like_wechat_literal(std::string_view s);
// A line of the WeChat reader's interface (赞赏, 在看, 阅读原文, …), never article text.
bool is_wechat_chrome(std::string_view line);
bool looks_like_html(std::string_view s);
// A page title without the column and site it ends with (`…的通知 - 政务公开 - 某市…`,
// `…_网易财经`, `… | nankai.info`). `site`: the last segment removed (the site), if any.
std::string strip_site_suffix(std::string t, std::string* site = nullptr);
// A page title without the site's name set before it (`保定市人民政府网——…`).
std::string strip_site_prefix(std::string t);

// A date in a URL path as news sites, TRS pages and people's daily print them: `/202607/04/`,
// `/2026-07/04/`, `/20260704/`, `/2026/07/04/`, `…/t20150428_4345077.html`; ISO, or empty.
std::string url_date(std::string_view url);

}  // namespace gongwen::host
