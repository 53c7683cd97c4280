// The keyword automaton (see keyword_scanner.hpp).
//
// Invariants: state 0 is the root; next_ is total (every state has a move for
// every byte, failure links folded in at build time), so the scan is one table
// lookup per byte; out_ of a state lists every word that ends there, its own
// and those of its failure chain, so no chain is walked while scanning.
#include "scan/keyword_scanner.hpp"

#include <deque>
#include <limits>

namespace gongwen::host {

KeywordScanner::KeywordScanner(const std::vector<std::string>& words) {
  auto ids = std::make_shared<std::unordered_map<std::string, std::uint32_t>>();
  std::vector<std::vector<std::uint32_t>> own(1);  // state → words ending exactly there
  std::vector<std::int32_t> trie(256, -1);
  for (const auto& w : words) {
    if (w.empty() || ids->count(w)) continue;
    auto id = static_cast<std::uint32_t>(ids->size());
    ids->emplace(w, id);
    length_.push_back(static_cast<std::uint32_t>(w.size()));
    std::int32_t s = 0;
    for (unsigned char c : w) {
      const std::size_t slot = static_cast<std::size_t>(s) * 256 + c;
      if (trie[slot] < 0) {
        trie[slot] = static_cast<std::int32_t>(own.size());
        own.emplace_back();
        trie.resize(trie.size() + 256, -1);
      }
      s = trie[slot];
    }
    own[static_cast<std::size_t>(s)].push_back(id);
  }
  words_ = ids->size();
  ids_ = std::move(ids);

  // Breadth-first: a state's failure is the longest proper suffix that is a
  // trie state; missing moves take the failure's move.
  const std::size_t n = own.size();
  std::vector<std::int32_t> fail(n, 0);
  std::vector<std::vector<std::uint32_t>> out(n);
  next_.assign(n * 256, 0);
  std::deque<std::int32_t> queue;
  for (int c = 0; c < 256; ++c) {
    std::int32_t t = trie[static_cast<std::size_t>(c)];
    if (t >= 0) {
      next_[static_cast<std::size_t>(c)] = t;
      queue.push_back(t);
    }
  }
  out[0] = own[0];
  while (!queue.empty()) {
    std::int32_t s = queue.front();
    queue.pop_front();
    auto su = static_cast<std::size_t>(s);
    out[su] = own[su];
    const auto& inherited = out[static_cast<std::size_t>(fail[su])];
    out[su].insert(out[su].end(), inherited.begin(), inherited.end());
    for (int c = 0; c < 256; ++c) {
      std::int32_t t = trie[su * 256 + static_cast<std::size_t>(c)];
      std::int32_t via_fail = next_[static_cast<std::size_t>(fail[su]) * 256 + static_cast<std::size_t>(c)];
      if (t >= 0) {
        fail[static_cast<std::size_t>(t)] = via_fail;
        next_[su * 256 + static_cast<std::size_t>(c)] = t;
        queue.push_back(t);
      } else {
        next_[su * 256 + static_cast<std::size_t>(c)] = via_fail;
      }
    }
  }
  out_begin_.reserve(n + 1);
  for (const auto& o : out) {
    out_begin_.push_back(static_cast<std::uint32_t>(out_.size()));
    out_.insert(out_.end(), o.begin(), o.end());
  }
  out_begin_.push_back(static_cast<std::uint32_t>(out_.size()));
}

KeywordHits KeywordScanner::scan(std::string_view text) const {
  KeywordHits h;
  h.ids = ids_;
  h.at.resize(words_);
  if (words_ == 0 || text.size() > std::numeric_limits<std::uint32_t>::max()) return h;
  h.text_size = text.size();
  const std::int32_t* next = next_.data();
  const std::uint32_t* ob = out_begin_.data();
  std::size_t s = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    s = static_cast<std::size_t>(next[s * 256 + static_cast<unsigned char>(text[i])]);
    for (std::uint32_t k = ob[s]; k < ob[s + 1]; ++k) {
      std::uint32_t w = out_[k];
      h.at[w].push_back(static_cast<std::uint32_t>(i + 1 - length_[w]));
    }
  }
  return h;
}

}  // namespace gongwen::host
