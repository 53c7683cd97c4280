// The record writer against nlohmann's dump(), which it replaces on the hot
// path: every value, valid or not, must come out byte for byte the same.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "model/json_line.hpp"
#include "read/reader.hpp"

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

// The record is written straight into its line (model/document.cpp): the
// schema of docs/record-schema.md, key for key, and a line that dump() of
// its own parse writes again byte for byte (so no sink sees two spellings).
TEST_CASE("record_line writes the record of the schema, as dump() would") {
  Document d = read_bytes("dir/通知.txt", "关于开展工作的通知\n各单位：\n现将有关事项通知如下。\n二〇二四年三月五日\n");
  d.container = "c0ffee";
  d.index = 2;
  d.row = 7;
  d.kind = "notice";
  d.scores = {{"official", 0.95000000000000007}, {"speech", 0.1}};
  d.handler = "official@native";
  d.title = "关于开展工作的\xFF通知";  // invalid UTF-8: replaced, as dump() replaces it
  d.fields = Json::parse(R"({"doc_type":"通知","issuer":["某局"],"n":3,"f":0.5})");
  d.sections.push_back({1, "一、", "总体要求", d.text.find("现将"), npos});
  Entity e;
  e.type = "date";
  e.text = "二〇二四年三月五日";
  e.value = "2024-03-05";
  e.begin = d.text.find("二〇");
  e.note = "汉字 date";
  d.entities.push_back(e);
  d.diagnostics.push_back({gongwen::Severity::warning, "handler.official.no_number", "process", "no \"number\"", 0, 0});
  d.diagnostics.push_back({gongwen::Severity::error, "read.io", "read", "gone", npos, 0});
  d.error = "boom";
  d.error_id = "run.crash";
  d.step = "process";
  const std::string line = record_line(d, true);
  const Json r = Json::parse(line);
  CHECK(json_line(r) == line);
  CHECK(to_record(d, true) == r);
  std::vector<std::string> keys;
  for (const auto& [k, v] : r.items()) keys.push_back(k);
  CHECK(keys == std::vector<std::string>{"id", "source", "kind", "scores", "handler", "title", "fields", "sections", "entities",
                                         "diagnostics", "error", "text"});
  CHECK(r["source"].dump() == R"({"path":"dir/通知.txt","encoding":"utf-8","layout":")" + d.origin->layout +
                                  R"(","container":"c0ffee","index":2,"line_start":1,"line_end":4,"row":7})");
  CHECK(r["scores"].dump() == R"({"official":0.95,"speech":0.1})");
  CHECK(r["title"] == "关于开展工作的\xEF\xBF\xBD通知");
  CHECK(r["fields"] == d.fields);
  CHECK(r["sections"].dump() == R"([{"level":1,"marker":"一、","title":"总体要求","line":3}])");
  CHECK(r["entities"].dump() == R"([{"type":"date","text":"二〇二四年三月五日","value":"2024-03-05","line":4,"note":"汉字 date"}])");
  CHECK(r["diagnostics"].dump() ==
        R"([{"severity":"warning","id":"handler.official.no_number","step":"process","message":"no \"number\"","line":1},)"
        R"({"severity":"error","id":"read.io","step":"read","message":"gone","line":null}])");
  CHECK(r["error"].dump() == R"({"id":"run.crash","step":"process","message":"boom"})");
  CHECK(r["text"] == d.text);
  // Without a container, text or error those keys are null or absent.
  Document plain = read_bytes("a.txt", "一行。\n");
  const Json p = Json::parse(record_line(plain));
  CHECK(p["source"]["container"].is_null());
  CHECK(p["source"]["index"].is_null());
  CHECK(p["handler"].is_null());
  CHECK(!p.contains("error"));
  CHECK(!p.contains("text"));
  CHECK(!p["source"].contains("row"));
}
