// Where the words every handler gates on occur in a document: the result of
// the one multi-pattern scan the registry runs before classification
// (scan/keyword_scanner.hpp). Handlers' keyword gates and `doc:hits(word)`
// read it instead of searching the text once per word.
//
// Invariant: `at[i]` lists, in increasing order, every byte offset of
// `(*ids)` word i in the text of `text_size` bytes the scan read, overlapping
// occurrences included (as repeated memmem from each offset + 1 finds them).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gongwen::host {

struct KeywordHits {
  std::shared_ptr<const std::unordered_map<std::string, std::uint32_t>> ids;  // word → index into at
  std::vector<std::vector<std::uint32_t>> at;
  std::size_t text_size = 0;

  // The offsets of word, or nullptr when the scan did not look for it.
  const std::vector<std::uint32_t>* find(std::string_view word) const {
    if (!ids) return nullptr;
    auto it = ids->find(std::string(word));
    return it == ids->end() ? nullptr : &at[it->second];
  }
};

}  // namespace gongwen::host
