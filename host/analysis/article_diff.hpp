// Two versions of a regulation compared article by article (新旧条文对照):
// which old article became which new one, and how.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace gongwen::host {

struct Article {
  int number = 0;          // 第五条 → 5
  std::string text;        // the article's text after `第五条`, its paragraphs joined by newlines
  std::uint32_t line = 0;  // source line of `第五条`
  std::string chapter;     // the 章/节 heading it sits under, if any
};

// The articles of a cleaned document: each starts at a paragraph opening with
// 第N条; chapter and section headings (and bare heading lines between
// articles) belong to no article. Text before the first article is left out.
std::vector<Article> parse_articles(const Document& d);

enum class Relation { identical, changed, moved, added, deleted, split, merged };
const char* relation_name(Relation r);

struct ArticlePair {
  std::optional<std::size_t> old_index, new_index;  // into the two article lists
  Relation relation = Relation::identical;
  double similarity = 0;  // of the normalised texts, 0..1
};

// Identical: equal after NFKC and with all whitespace removed. Matches are
// found on the best order-preserving alignment (by text similarity); an
// article off that alignment with the same text is `moved`, an edited one
// `changed`; an old article whose text two or more new articles share is
// `split` (one pair per new article), the reverse `merged`; what is left is
// `added` or `deleted`. Pairs come in the order of the new version, deleted
// articles at their old place.
std::vector<ArticlePair> align_articles(const std::vector<Article>& old_articles, const std::vector<Article>& new_articles);

// A character diff of two texts: runs of equal, deleted and inserted text.
struct DiffRun {
  char op;  // '=', '-', '+'
  std::string text;
};
std::vector<DiffRun> char_diff(const std::string& a, const std::string& b);

}  // namespace gongwen::host
