// `gongwen terms RUN.sqlite`: how often the words of a run's documents occur,
// per year, kind or issuer, normalised per 10,000 characters; which terms
// keep company within sentences (PMI); and, with --grow, the quoted and
// numbered formulations a corpus uses that no dictionary has yet, for a
// person to review and add.
//
// Invariants:
// - Words come from the policy-aware segmenter (analysis/segment): a policy
//   term (两学一做, 不忘初心、牢记使命) is one word, never its parts.
// - A container is not counted: its text is its articles', which are.
// - A document counts once per group it belongs to: per issuer, a joint
//   document counts for each of its issuers.
// - Sentences end at 。！？；, a line break or the end of the text;
//   co-occurrence is counted once per sentence and pair.
#include "cli/commands.hpp"
#include "sinks/sqlite_handles.hpp"
#include "sinks/sink.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include <gongwen/text.hpp>

#include "analysis/segment.hpp"
#include "analysis/term_stats.hpp"
#include "extract/extractors.hpp"
#include "catalog/catalog.hpp"

namespace gongwen::host::cli {

namespace {

using Db = SqliteDb;

namespace tx = gongwen::text;

bool numeral(char32_t c) { return tx::is_cn_numeral(c) || c == U'两' || (c >= '0' && c <= '9'); }

// One row: a JSON object (jsonl), or a line of cells under a header line
// printed once (text: tab-separated; csv: quoted).
void print_row(const std::string& format, const std::vector<std::pair<std::string, Json>>& row, bool& header) {
  if (format == "jsonl") {
    Json j = Json::object();
    for (const auto& [k, v] : row) j[k] = v;
    std::printf("%s\n", j.dump().c_str());
    return;
  }
  const bool csv = format == "csv";
  auto cell = [&](const Json& v) {
    std::string t = v.is_string() ? v.get<std::string>() : v.is_number_float() ? fmt::format("{:.2f}", v.get<double>()) : v.dump();
    return csv ? csv_quote(t) : t;
  };
  std::string names, cells;
  for (const auto& [k, v] : row) {
    names += (names.empty() ? "" : csv ? "," : "\t") + k;
    cells += (cells.empty() ? "" : csv ? "," : "\t") + cell(v);
  }
  if (!header) std::printf("%s\n", names.c_str());
  header = true;
  std::printf("%s\n", cells.c_str());
}

}  // namespace

int cmd_terms(const TermsOptions& o) {
  std::string dir = o.terms_dir.empty() ? shipped_dir("terms") : o.terms_dir;
  if (dir.empty()) {
    spdlog::error("terms: the segmentation dictionaries were not found beside the program (terms/) or under share/gongwen/terms");
    return kUsage;
  }
  std::unique_ptr<Segmenter> seg;
  try {
    seg = std::make_unique<Segmenter>(dir, o.dicts);
  } catch (const std::exception& e) {
    spdlog::error("terms: {}", e.what());
    return kUsage;
  }
  Db db;
  if (sqlite3_open_v2(o.database.c_str(), &db.h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    spdlog::error("{}: cannot open: {}", o.database, db.h ? sqlite3_errmsg(db.h) : "?");
    return kUsage;
  }
  TermStats st;
  try {
    st = count_terms(db.h, *seg, {o.by, o.kinds, o.cooccur, o.grow});
  } catch (const std::exception& e) {
    spdlog::error("{}: {}", o.database, e.what());
    return kUsage;
  }
  bool header = false;
  if (o.grow) {
    // Formulations a person may add to the dictionaries: numbered ones first
    // (三个…, 四个…), then other quoted terms, most frequent first.
    const auto& slogans = builtin_slogans();
    std::vector<std::tuple<bool, std::size_t, std::string, std::size_t>> rows;
    for (const auto& [t, f] : st.quoted) {
      if (f.first < o.min_count || seg->is_policy_term(t) || slogans.count(t)) continue;
      char32_t c = tx::first_cp(t);
      rows.emplace_back(!numeral(c), f.first, t, f.second.size());
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) < std::get<0>(b);
      if (std::get<1>(a) != std::get<1>(b)) return std::get<1>(a) > std::get<1>(b);
      return std::get<2>(a) < std::get<2>(b);
    });
    for (const auto& [other, n, t, docs] : rows)
      print_row(o.format, {{"candidate", t}, {"shape", other ? "quoted" : "numbered"}, {"count", n}, {"documents", docs}}, header);
    return kOk;
  }
  if (o.cooccur) {
    // PMI = log2(P(a,b) / (P(a) P(b))) over sentences, for words seen at least
    // min_count times, pairs seen together at least min_count times.
    std::unordered_map<std::string, std::size_t> in_sentences;
    std::map<std::pair<std::string, std::string>, std::size_t> pairs;
    for (auto& s : st.sentences) {
      std::sort(s.begin(), s.end());
      s.erase(std::unique(s.begin(), s.end()), s.end());
      s.erase(std::remove_if(s.begin(), s.end(), [&](const std::string& w) { return st.total[w] < o.min_count; }), s.end());
      if (s.size() > 200) s.resize(200);  // a table flattened into one "sentence": bounded work
      for (std::size_t i = 0; i < s.size(); ++i) {
        ++in_sentences[s[i]];
        for (std::size_t j = i + 1; j < s.size(); ++j) ++pairs[{s[i], s[j]}];
      }
    }
    double n = static_cast<double>(st.sentences.size());
    std::vector<std::tuple<double, std::size_t, std::string, std::string>> rows;
    auto wanted = [&](const std::string& w) { return std::find(o.with.begin(), o.with.end(), w) != o.with.end(); };
    for (const auto& [p, c] : pairs) {
      if (c < o.min_count) continue;
      double pmi = std::log2(c * n / (static_cast<double>(in_sentences[p.first]) * in_sentences[p.second]));
      if (o.with.empty()) rows.emplace_back(pmi, c, p.first, p.second);
      else if (wanted(p.first)) rows.emplace_back(pmi, c, p.first, p.second);
      else if (wanted(p.second)) rows.emplace_back(pmi, c, p.second, p.first);  // the asked term first
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) > std::get<0>(b);
      if (std::get<1>(a) != std::get<1>(b)) return std::get<1>(a) > std::get<1>(b);
      return std::tie(std::get<2>(a), std::get<3>(a)) < std::tie(std::get<2>(b), std::get<3>(b));
    });
    if (o.top && rows.size() > o.top) rows.resize(o.top);
    for (const auto& [pmi, c, a, b] : rows)
      print_row(o.format, {{"term", a}, {"with", b}, {"sentences", c}, {"term_sentences", in_sentences[a]},
                           {"with_sentences", in_sentences[b]}, {"all_sentences", st.sentences.size()}, {"pmi", pmi}},
                header);
    return kOk;
  }
  for (const auto& [key, g] : st.groups) {
    std::vector<std::pair<std::string, const TermCount*>> words;
    for (const auto& [w, c] : g.words) words.emplace_back(w, &c);
    std::sort(words.begin(), words.end(), [](const auto& a, const auto& b) {
      return a.second->n != b.second->n ? a.second->n > b.second->n : a.first < b.first;
    });
    if (o.top && words.size() > o.top) words.resize(o.top);
    std::size_t rank = 0;
    for (const auto& [w, c] : words) {
      std::vector<std::pair<std::string, Json>> row;
      if (!o.by.empty()) row.emplace_back(o.by, key);
      row.insert(row.end(), {{"rank", ++rank}, {"term", w}, {"count", c->n},
                             {"per_10k", g.chars ? c->n * 10000.0 / static_cast<double>(g.chars) : 0.0},
                             {"documents", c->docs}, {"group_documents", g.docs}, {"group_chars", g.chars}});
      print_row(o.format, row, header);
    }
  }
  if (st.documents == 0) spdlog::warn("{}: no document to count (containers are counted through their articles)", o.database);
  return kOk;
}

}  // namespace gongwen::host::cli
