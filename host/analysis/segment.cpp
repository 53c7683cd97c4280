// Policy-aware word segmentation over cppjieba (see segment.hpp).
//
// Invariants:
// - Only our own, checked files reach cppjieba's loaders: its XCHECK aborts
//   the process on a missing file or a malformed line, so user dictionaries
//   are read here and added word by word.
// - A policy or slogan term is a dictionary word with a high frequency, so
//   the maximum-probability path keeps it whole over its parts.
#include "analysis/segment.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unordered_set>

#include <cppjieba/MixSegment.hpp>
#include <gongwen/text.hpp>

#include "extract/extractors.hpp"
#include "read/decode.hpp"

namespace gongwen::host {

namespace fs = std::filesystem;
namespace tx = gongwen::text;

namespace {

constexpr int kTermFrequency = 100000;  // above any ordinary word of the dictionary

std::string required(const std::string& dir, const char* name) {
  fs::path p = fs::path(dir) / name;
  std::ifstream in(p);
  if (!in) throw std::runtime_error(fmt::format("{}: cannot read the segmentation dictionary", p.string()));
  return p.string();
}

// One term per line; `#` starts a comment; a term has no spaces or tabs.
std::vector<std::string> read_terms(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(fmt::format("{}: cannot open term dictionary", path));
  std::vector<std::string> out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (n == 1 && tx::starts_with(line, "\xEF\xBB\xBF")) line.erase(0, 3);
    auto t = tx::trim(line);
    if (t.empty() || t[0] == '#') continue;
    std::string s(t);
    if (first_invalid_utf8(s) != std::string::npos) throw std::runtime_error(fmt::format("{}:{}: not UTF-8 (dictionaries are UTF-8)", path, n));
    if (s.find_first_of(" \t") != std::string::npos)
      throw std::runtime_error(fmt::format("{}:{}: `{}`: one term per line, without spaces", path, n, s));
    out.push_back(std::move(s));
  }
  return out;
}

bool han_or_digit(char32_t c) { return tx::is_han(c) || (c >= '0' && c <= '9') || c == U'〇'; }

}  // namespace

struct Segmenter::Impl {
  cppjieba::DictTrie dict;
  cppjieba::HMMModel model;
  cppjieba::MixSegment seg;
  std::unordered_set<std::string> stop, policy;
  Impl(const std::string& dict_path, const std::string& model_path) : dict(dict_path), model(model_path), seg(&dict, &model) {}
};

Segmenter::Segmenter(const std::string& dir, const std::vector<std::string>& user_files) {
  std::string dict = required(dir, "jieba.dict.small.utf8"), model = required(dir, "hmm_model.utf8");
  std::vector<std::string> terms = read_terms(required(dir, "policy.dict"));
  for (const auto& f : user_files)
    for (auto& t : read_terms(f)) terms.push_back(std::move(t));
  for (const auto& [k, v] : builtin_slogans()) terms.push_back(k);
  impl_ = std::make_unique<Impl>(dict, model);
  for (const auto& t : terms) {
    impl_->dict.InsertUserWord(t, kTermFrequency, "policy");
    impl_->policy.insert(t);
  }
  std::ifstream in(required(dir, "stop_words.utf8"));
  for (std::string w; std::getline(in, w);) {
    if (!w.empty() && w.back() == '\r') w.pop_back();
    if (!w.empty()) impl_->stop.insert(w);
  }
}

Segmenter::~Segmenter() = default;

std::vector<std::string> Segmenter::cut(std::string_view text) const {
  std::vector<std::string> words;
  impl_->seg.Cut(std::string(text), words, true);
  return words;
}

bool Segmenter::is_policy_term(const std::string& word) const { return impl_->policy.count(word) > 0; }

bool Segmenter::countable(const std::string& word) const {
  if (impl_->policy.count(word)) return true;
  if (tx::char_count(word) < 2 || impl_->stop.count(word)) return false;
  bool han = false;
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = tx::next_cp(word, i);
    if (!han_or_digit(c)) return false;
    han |= tx::is_han(c);
  }
  return han;
}

}  // namespace gongwen::host
