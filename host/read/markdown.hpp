// Reading Markdown: the sniff, the front matter of a blog post, and the unwrapped text with
// its headings (fields.markup_headings) and the fields its front matter or record names.
#pragma once

#include <string_view>

#include "read/wrappers.hpp"

namespace gongwen::host {

// A Markdown file by its name (`.md`, `.markdown`) or its first line (`# `).
bool looks_like_markdown(std::string_view s, std::string_view path);

// The end of a blog post's YAML front matter (`---`, `title:` …, `---`), 0 when there is
// none; the fields it names go to u.fields. A block with Chinese keys is a database's record
// of the document and stays in the text (0).
std::size_t front_matter(std::string_view s, Unwrapped& u);

// The text a reader sees, with its headings and fields.
Unwrapped unwrap_markdown(std::string_view s);

}  // namespace gongwen::host
