// Near-duplicate documents: reprints, the same text in two encodings or
// formats, lightly edited versions. MinHash signatures of character
// 5-shingles, banded (LSH) to find candidates without comparing every pair.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace gongwen::host {

constexpr std::size_t kMinHashes = 64;
using MinHash = std::vector<std::uint32_t>;  // kMinHashes values; empty for a text too short to compare

// The signature of a text, compared in NFKC with whitespace and punctuation
// removed (a reprint's layout and full-/half-width marks do not count).
MinHash minhash(std::string_view text);
// The estimated Jaccard similarity of the two shingle sets.
double similarity(const MinHash& a, const MinHash& b);

struct DuplicateOf {
  std::size_t doc;       // index of the later document
  std::size_t original;  // the earliest document of its group
  double similarity;     // estimated, against the original
};
// Groups of documents (by index) whose similarity to the group's first
// document is at least `threshold`; each later member is listed with its
// original, in index order.
std::vector<DuplicateOf> find_duplicates(const std::vector<MinHash>& signatures, double threshold);

}  // namespace gongwen::host
