// `did you mean …?` for names a user typed: handler table keys, job keys,
// handler names. One edit distance for all of them.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::host {

// Levenshtein distance over bytes (the names are ASCII identifiers).
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t prev = row[0]++;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cur = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1)});
      prev = cur;
    }
  }
  return row[b.size()];
}

// The known name closest to `typed` within two edits, or "".
template <typename Names>
std::string closest_name(std::string_view typed, const Names& known) {
  std::string best;
  std::size_t bd = 3;
  for (const auto& k : known)
    if (auto d = edit_distance(typed, k); d < bd) bd = d, best = std::string(k);
  return best;
}

}  // namespace gongwen::host
