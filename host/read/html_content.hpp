// Which element of a saved page holds the article (see html_content.cpp).
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace gongwen::host {

// Elements whose text is never page content (script, style, nav, header, …).
bool html_skipped(const char* name);
// An element the page never shows (display:none, hidden): a tag cloud, a share
// template, a print copy; not the rest of an article behind a `展开全文` link.
bool never_shown(const xmlNode* n);
// An element's style attribute, spaces dropped and lower-cased (`display:none`), or empty.
std::string style_of(const xmlNode* n);

struct TextCount {
  std::size_t chars = 0;       // non-space characters of text below the node
  std::size_t link_chars = 0;  // of which inside <a>
};

struct MainContent {
  xmlNode* node = nullptr;     // the article's element; nullptr when none stands out
  double score = 0;
  std::size_t chars = 0;       // non-link characters inside it
  std::size_t page_chars = 0;  // non-link characters of the whole page
  std::unordered_map<const xmlNode*, TextCount> counts;  // every element measured (not in skipped ones)
};

// Too little to be the page's article: under 80 characters, or under 12% of the page's and 400.
inline bool weak_main(std::size_t chars, std::size_t page_chars) {
  return chars < 80 || (chars * 100 < page_chars * 12 && chars < 400);
}

// `root` and the top-level nodes after it (a recovered page may have several).
MainContent find_main_content(xmlNode* root);

// An h1–h3, or an element whose class or id says title.
bool heading_like(xmlNode* n);
// The block under the heading that carries the page's title, when it holds more
// text than the block `main` chose (which it then replaces).
void prefer_block_under_title(MainContent& main, xmlNode* root, const std::string& page_title);
// The article's heading: the last heading-like element before `main` whose
// text fits the page's title (any, when the title is empty), or nullptr.
xmlNode* heading_before(xmlNode* main, const std::string& page_title);

// The article's head printed just before its body in blocks of their own (a
// title row, a 文号 row, an info line's heading): nearest first.
std::vector<xmlNode*> prelude_before(const MainContent& main);

}  // namespace gongwen::host
