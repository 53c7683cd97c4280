// The record writer against nlohmann's dump(), which it replaces on the hot
// path: every value, valid or not, must come out byte for byte the same.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "model/json_line.hpp"

using namespace gongwen::host;

namespace {
std::string reference(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }
}  // namespace

TEST_CASE("json_line writes what dump() writes for crafted values") {
  std::string ascii;
  for (int c = 1; c < 128; ++c) ascii += static_cast<char>(c);
  const std::string strings[] = {
      "", ascii, "关于印发《办法》的通知", "引号\"与\\反斜杠\n换行\t制表", "表情😀与𠀀",
      "\x80", "a\xC0\x80" "b", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF5\x80", "通\xE9\x80",
      "末尾\xE4", "\xC2", "\xC3\xA9\xFF\xFE", std::string("nul\0byte", 8)};
  for (const auto& s : strings) {
    CHECK(json_line(Json(s)) == reference(Json(s)));
    Json o = Json::object();
    o[s] = s;
    o["n"] = -42;
    o["u"] = std::numeric_limits<std::uint64_t>::max();
    o["i"] = std::numeric_limits<std::int64_t>::min();
    o["f"] = 0.1;
    o["g"] = 1e300;
    o["z"] = nullptr;
    o["b"] = false;
    o["a"] = Json::array({s, Json::array(), Json::object(), 3.5, true});
    CHECK(json_line(o) == reference(o));
  }
  CHECK(json_line(Json()) == "null");
  CHECK(json_line(Json::parse(R"({"kind":"notice","fields":{"title":"通知"},"sections":[]})")) ==
        R"({"kind":"notice","fields":{"title":"通知"},"sections":[]})");
}

TEST_CASE("json_line writes what dump() writes for random bytes") {
  // Bytes that matter to UTF-8 and to JSON escaping, mixed at random.
  const unsigned char pool[] = {'a', '"', '\\', '\n', 0x01, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0,
                                0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F, 0x90, 0x8F, 0xB8};
  std::mt19937 rng(20261201);
  for (int n = 0; n < 5000; ++n) {
    std::string s;
    std::size_t len = rng() % 12;
    for (std::size_t k = 0; k < len; ++k) s += static_cast<char>(pool[rng() % sizeof pool]);
    Json j = Json::array({s, Json::object({{s, s}})});
    INFO(n);
    REQUIRE(json_line(j) == reference(j));
  }
}
