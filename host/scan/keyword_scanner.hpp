// One pass over a document for many literal words at once (issue 16): an
// Aho–Corasick automaton over UTF-8 bytes, built once per worker from every
// handler's keywords. Searching each word with memmem read a document once
// per word and per handler; this reads it once.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/hits.hpp"

namespace gongwen::host {

class KeywordScanner {
 public:
  // Empty words are ignored; duplicates are one word.
  explicit KeywordScanner(const std::vector<std::string>& words);

  bool empty() const { return words_ == 0; }
  // Every occurrence of every word in text (texts over 4 GiB are not indexed:
  // an empty result with text_size = 0, which readers treat as "not scanned").
  KeywordHits scan(std::string_view text) const;

 private:
  std::shared_ptr<const std::unordered_map<std::string, std::uint32_t>> ids_;
  std::vector<std::uint32_t> length_;   // word index → byte length
  std::vector<std::int32_t> next_;      // state * 256 + byte → state (a full DFA)
  std::vector<std::uint32_t> out_begin_;  // state → range in out_ of the words ending there
  std::vector<std::uint32_t> out_;
  std::size_t words_ = 0;
};

}  // namespace gongwen::host
