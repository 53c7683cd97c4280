// The split step: a compilation or a magazine issue becomes one container
// record and one document per article, in reading order. Articles are found
// from the table of contents when there is one (entries matched to body
// titles, tolerant of spacing, punctuation, authors and wrapped titles), then
// from the headings a Markdown export marks when they read as documents'
// titles, and otherwise from title blocks (a short title line followed by a byline, a
// date line or a subtitle, or a column label such as 卷首语/编者按).
#pragma once

#include <string>
#include <vector>

#include "model/document.hpp"
#include "model/keys.hpp"

namespace gongwen::host {

struct SplitOptions {
  bool use_toc = true;  // false: ignore the table of contents (to measure the title-block path)
  bool title_blocks = true;  // false: split only on a table of contents
  std::size_t min_articles = 2;
  // A saved page: only its content may split it, as documents that each open
  // with their title over their speaker's or author's bare name.
  bool bylined_only = false;
};

struct TocEntry {
  std::string title;    // as printed (author removed when recognised)
  std::string raw;      // the whole entry text
  int page = 0;
  std::string section;  // 一、省级 / 卷首语 / …
  std::size_t offset;   // of the entry in the text
  bool dated = false;   // a compilation's dated item (`3) …的讲话 1966.7.22`): a document, never an outline's heading
};

struct SplitResult {
  bool is_container = false;
  std::string method;  // "toc" | "markup-headings" | "numbered-pieces" | "title-blocks"
  bool bulletin = false;  // a bulletin's issue (`工作简报 第12期`): its items are the articles
  std::vector<TocEntry> toc;
  std::vector<Document> articles;  // children, with text slices and container/index set
  std::vector<Note> notes;  // unmatched TOC entries and the like
};

// Splits doc if it is a container; sets the container's kind and fields.
SplitResult split(Document& doc, const SplitOptions& opt = {});

// Parses table-of-contents entries (exposed for tests).
std::vector<TocEntry> parse_toc(std::string_view text, std::size_t* toc_begin = nullptr, std::size_t* toc_end = nullptr);


}  // namespace gongwen::host
