// Term counts of a run's SQLite output: per group (the whole run, or per
// year, kind or issuer), per sentence for co-occurrence, and the quoted
// formulations a corpus uses; read once, shared by `gongwen terms` and
// `gongwen report`.
//
// Invariants:
// - Words come from the policy-aware Segmenter: a policy term is one word.
// - A container is not counted (its text is its articles'), nor a failed document.
// - A document counts once in each group it belongs to (per issuer, a joint
//   document counts for each of its issuers); `-` holds the documents with no
//   key (no date, no issuer).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/segment.hpp"

namespace gongwen::host {

struct TermCount {
  std::size_t n = 0, docs = 0;
  std::int64_t last_doc = -1;  // while counting: the last document seen
};
struct TermGroup {
  std::size_t chars = 0, docs = 0;
  std::unordered_map<std::string, TermCount> words;
};
struct TermQuery {
  std::string by;                  // year, kind, issuer; empty: one group ""
  std::vector<std::string> kinds;  // only these kinds (empty: all)
  bool sentences = false;          // keep each sentence's words (co-occurrence)
  bool quoted = false;             // count “quoted” formulations of 2 to 12 characters
};
struct TermStats {
  std::map<std::string, TermGroup> groups;
  std::unordered_map<std::string, std::size_t> total;  // every word over the selection
  std::vector<std::vector<std::string>> sentences;     // countable words per sentence
  std::map<std::string, std::pair<std::size_t, std::set<std::int64_t>>> quoted;  // count, documents
  std::size_t documents = 0;
};

// Reads every document of the run once. Throws std::runtime_error when the
// file is not a run's SQLite output or SQLite fails mid-read.
TermStats count_terms(sqlite3* db, const Segmenter& seg, const TermQuery& q);

// `["国务院办公厅","财政部"]` → each name; a plain string as one.
std::vector<std::string> names_of(const std::string& value);

}  // namespace gongwen::host
