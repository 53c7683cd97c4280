// The keyword scan (issue 16): one Aho–Corasick pass finds exactly what a
// memmem loop per word finds, overlaps and shared prefixes and suffixes
// included, on Chinese text whose UTF-8 bytes repeat lead bytes everywhere.
#include <catch2/catch.hpp>

#include <cstring>
#include <random>

#include "scan/keyword_scanner.hpp"

using namespace gongwen::host;

namespace {

std::vector<std::uint32_t> memmem_all(std::string_view text, std::string_view w) {
  std::vector<std::uint32_t> out;
  for (std::size_t from = 0; from + w.size() <= text.size();) {
    const void* hit = ::memmem(text.data() + from, text.size() - from, w.data(), w.size());
    if (!hit) break;
    auto at = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
    out.push_back(static_cast<std::uint32_t>(at));
    from = at + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("the keyword scan finds what memmem finds, word by word") {
  std::vector<std::string> words = {"会议", "会议纪要", "议定", "纪要", "要", "aa", "a", "召开", "举行", "记者", "电", "讯"};
  KeywordScanner scanner(words);
  std::string text = "市政府召开常务会议，会议纪要如下：议定事项。记者讯 aaa 新华社电。会议纪要纪要要";
  auto hits = scanner.scan(text);
  REQUIRE(hits.text_size == text.size());
  for (const auto& w : words) {
    const auto* at = hits.find(w);
    REQUIRE(at);
    CHECK(*at == memmem_all(text, w));
  }
  CHECK(hits.find("未登记") == nullptr);
}

TEST_CASE("the keyword scan agrees with memmem on random text over a small alphabet") {
  // A small alphabet of CJK characters and ASCII makes overlaps and partial
  // matches frequent: every failure link gets used.
  const std::vector<std::string> alphabet = {"会", "议", "纪", "要", "a", "b", "，"};
  std::mt19937 rng(20261201);
  for (int round = 0; round < 50; ++round) {
    std::vector<std::string> words;
    for (int k = 0; k < 8; ++k) {
      std::string w;
      for (int n = 1 + static_cast<int>(rng() % 4); n > 0; --n) w += alphabet[rng() % alphabet.size()];
      words.push_back(w);
    }
    std::string text;
    for (int n = 0; n < 400; ++n) text += alphabet[rng() % alphabet.size()];
    KeywordScanner scanner(words);
    auto hits = scanner.scan(text);
    for (const auto& w : words) CHECK(*hits.find(w) == memmem_all(text, w));
  }
}

TEST_CASE("an empty keyword list scans nothing") {
  KeywordScanner scanner({"", ""});
  CHECK(scanner.empty());
  auto hits = scanner.scan("会议");
  CHECK(hits.find("会议") == nullptr);
}
