// Encoding detection and conversion.
#include <catch2/catch.hpp>

#include <unicode/ucnv.h>

#include "helpers.hpp"
#include "read/decode.hpp"

using namespace gongwen::host;

namespace {
std::string convert_to(const char* charset, const std::string& utf8) {
  UErrorCode st = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &st);
  REQUIRE(U_SUCCESS(st));
  out.resize(n);
  return out;
}
const std::string kText = "在全市组织部长会议上的讲话摘要\n陈玲玲\n（2018年2月6日）\n一、全面总结回顾过去一年全市组织工作。\n";
}  // namespace

TEST_CASE("UTF-8, GB18030 and UTF-16 decode to the same text") {
  auto u8 = decode(kText);
  REQUIRE(u8.ok);
  CHECK(u8.encoding == "utf-8");
  auto gb = decode(convert_to("GB18030", kText));
  REQUIRE(gb.ok);
  CHECK(gb.encoding == "gb18030");
  CHECK(gb.text == kText);
  auto le = decode(std::string("\xFF\xFE", 2) + convert_to("UTF-16LE", kText));
  REQUIRE(le.ok);
  CHECK(le.encoding == "utf-16le");
  CHECK(le.text == kText);
  auto be = decode(std::string("\xFE\xFF", 2) + convert_to("UTF-16BE", kText));
  REQUIRE(be.ok);
  CHECK(be.text == kText);
  auto bom = decode("\xEF\xBB\xBF" + kText);
  CHECK(bom.encoding == "utf-8-bom");
  CHECK(bom.text == kText);
}

TEST_CASE("bad inputs give reasons, damaged ones a warning") {
  CHECK(decode("").error == "empty file");
  std::string bin("\x7F" "ELF\0\0\0\x01\x02\x03", 10);
  auto b = decode(bin);
  CHECK_FALSE(b.ok);
  CHECK_THAT(b.error, Catch::Contains("NUL"));
  std::string damaged = kText + kText;
  damaged[10] = '\xFF';
  auto d = decode(damaged);
  REQUIRE(d.ok);
  CHECK(d.encoding == "utf-8");
  REQUIRE(d.warnings.size() == 1);
  CHECK_THAT(d.warnings[0].message, Catch::Contains("0xFF"));
  CHECK(d.text.find("\xEF\xBF\xBD") != std::string::npos);
  // Overlong and surrogate encodings are invalid UTF-8.
  CHECK(first_invalid_utf8("\xC0\xAF") == 0);
  CHECK(first_invalid_utf8("a\xED\xA0\x80") == 1);
}
