// A DOCX whose body imports web pages (w:altChunk: html-docx-js, online
// Markdown-to-Word tools, docx4j's XHTML import) is read as one saved page:
// its own paragraphs and each part's <body>, in document order, as an MHTML
// file is read.
#pragma once

#include <string>
#include <string_view>

#include "read/formats/formats.hpp"

namespace gongwen::host {

// The page: `own` (the DOCX's paragraphs, one a line) around the parts of
// `extracted.alt_chunks` (MHTML, HTML or RTF), each released once used; a part
// that cannot be read is added to extracted.losses. `url` gets the first MHTML
// part's address.
std::string altchunk_page(formats::Extracted& extracted, std::string_view own, std::string& url);

}  // namespace gongwen::host
