// Articles stored as XML records (a digitised magazine's per-article files,
// a CMS or library export): `<Article><Title>…</Title><Author>…</Author>
// <Content><![CDATA[…]]></Content></Article>`. The content element becomes
// the text, its siblings the fields (title, author, date, source).
#pragma once

#include <optional>
#include <string_view>

#include "read/wrappers.hpp"

namespace gongwen::host {

// An XML document (`<?xml` first) that is not a page: the article inside,
// or nullopt when no element holds prose (a data file, a feed of links).
std::optional<Unwrapped> unwrap_xml_article(std::string_view decoded);

}  // namespace gongwen::host
