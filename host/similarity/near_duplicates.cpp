// MinHash near-duplicates (see near_duplicates.hpp).
//
// Invariants:
// - One 64-bit hash per shingle, then kMinHashes cheap re-mixes of it (xor a
//   seed, multiply): one pass over the text, linear in its length.
// - Candidates share a band: 16 bands of 4 values, so a pair at Jaccard 0.7
//   is a candidate with probability 1 − (1 − 0.7⁴)¹⁶ ≈ 0.9996, one at 0.3 with
//   0.12; every candidate is then checked on the whole signature.
// - Each document is compared with the groups' originals, earliest first, so
//   a group never chains through a series of small edits.
#include "similarity/near_duplicates.hpp"
#include "similarity/fold.hpp"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace gongwen::host {

namespace {

constexpr std::size_t kShingle = 5;
constexpr std::size_t kBands = 16, kRows = kMinHashes / kBands;

std::uint64_t mix(std::uint64_t x) {  // splitmix64's finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

}  // namespace

MinHash minhash(std::string_view text) {
  const std::u32string cps = folded(text, true);
  if (cps.size() < kShingle * 4) return {};
  static const auto seeds = [] {
    std::vector<std::uint64_t> s(kMinHashes);
    for (std::size_t i = 0; i < kMinHashes; ++i) s[i] = mix(0x9E3779B97F4A7C15ull * (i + 1));
    return s;
  }();
  MinHash sig(kMinHashes, std::numeric_limits<std::uint32_t>::max());
  for (std::size_t i = 0; i + kShingle <= cps.size(); ++i) {
    std::uint64_t h = 0;
    for (std::size_t k = 0; k < kShingle; ++k) h = h * 0x100000001B3ull + cps[i + k];
    h = mix(h);
    for (std::size_t j = 0; j < kMinHashes; ++j) {
      auto v = static_cast<std::uint32_t>(mix(h ^ seeds[j]) >> 32);
      if (v < sig[j]) sig[j] = v;
    }
  }
  return sig;
}

double similarity(const MinHash& a, const MinHash& b) {
  if (a.empty() || b.empty() || a.size() != b.size()) return 0;
  std::size_t same = 0;
  for (std::size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

std::vector<DuplicateOf> find_duplicates(const std::vector<MinHash>& sigs, double threshold) {
  std::vector<DuplicateOf> out;
  std::vector<std::unordered_map<std::uint64_t, std::vector<std::size_t>>> bands(kBands);  // band key → originals
  for (std::size_t d = 0; d < sigs.size(); ++d) {
    const MinHash& s = sigs[d];
    if (s.empty()) continue;
    std::uint64_t keys[kBands];
    for (std::size_t b = 0; b < kBands; ++b) {
      std::uint64_t k = b;
      for (std::size_t r = 0; r < kRows; ++r) k = mix(k ^ s[b * kRows + r]);
      keys[b] = k;
    }
    std::size_t best = sigs.size();
    double best_sim = threshold;
    for (std::size_t b = 0; b < kBands; ++b) {
      auto it = bands[b].find(keys[b]);
      if (it == bands[b].end()) continue;
      for (std::size_t o : it->second) {
        double v = similarity(sigs[o], s);
        if (v > best_sim || (v == best_sim && v >= threshold && o < best)) best_sim = v, best = o;
      }
    }
    if (best < sigs.size()) {
      out.push_back({d, best, best_sim});
      continue;  // a duplicate is never an original of others
    }
    for (std::size_t b = 0; b < kBands; ++b) bands[b][keys[b]].push_back(d);
  }
  return out;
}

}  // namespace gongwen::host
