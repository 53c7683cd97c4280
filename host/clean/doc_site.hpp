// A document-sharing site's wrapper (doc_site.cpp): the lines such a site (冰豆网, 人人文库, 原创力文档…)
// prints over a document it serves as text — the file's name, its catalogue (`- 文档编号:5043956`,
// `- 上传时间:…`, `- 页数:9`) and its preface (`《某某.docx》由会员分享，可在线阅读，更多相关《…》请在…上搜索。`).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "clean/layout.hpp"

namespace gongwen::host::clean_detail {

// The file's name a preface line opens with, its extension removed (`某某心得体会3篇`);
// nullopt when the line is no such preface or goes on after the site's closing sentence.
std::optional<std::string_view> doc_site_preface_name(std::string_view line);

// Lines of the site's header around a preface among the first lines still kept: the file's name
// over it (with or without its extension), the catalogue between them, and the preface itself when
// the document's own first line repeats the name under it or titles it in its own words (the document
// then says what it is). Indexes into `lines`, ascending.
std::vector<std::size_t> doc_site_header(std::string_view input, const std::vector<Line>& lines, const std::vector<char>& keep);

}  // namespace gongwen::host::clean_detail
