// Which element of a saved page holds the article (see html_content.cpp).
#pragma once

#include <libxml/tree.h>

#include <cstddef>

namespace gongwen::host {

struct MainContent {
  xmlNode* node = nullptr;     // the article's element; nullptr when none stands out
  double score = 0;
  std::size_t chars = 0;       // non-link characters inside it
  std::size_t page_chars = 0;  // non-link characters of the whole page
};

// `root` and the top-level nodes after it (a recovered page may have several).
MainContent find_main_content(xmlNode* root);

}  // namespace gongwen::host
