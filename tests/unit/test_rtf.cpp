// The RTF reader on the constructs Word, WPS and CMS exports write, and on
// hostile input (deep nesting, \bin past the end, unbalanced groups).
#include <catch2/catch.hpp>

#include <string>

#include "read/formats/formats.hpp"

using namespace gongwen::host::formats;

namespace {
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t b = 0; b < text.size();) {
    auto e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    out.push_back(text.substr(b, e - b));
    b = e + 1;
  }
  return out;
}
// 通知 in GBK: cd a8 d6 aa
const std::string kHead =
    "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}"
    "{\\f1\\fnil\\fcharset134 \\'ba\\'da\\'cc\\'e5{\\*\\falt SimHei};}{\\f2\\fswiss\\fcharset0 Arial;}"
    "{\\f3\\fnil\\fcharset136 \\'b7\\'73\\'b2\\'d3\\'a9\\'fa\\'c5\\'e9;}}"
    "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green0\\blue0;}\n";
}  // namespace

TEST_CASE("RTF: GBK bytes, \\u with its fallback, fonts and paragraph typography") {
  std::string rtf = kHead +
                    "\\pard\\qc {\\f1\\fs44\\b\\cf2 \\'cd\\'a8\\'d6\\'aa}\\par\n"
                    "\\pard\\qj\\fi640 {\\f0\\fs32 \\uc1\\u36890?\\u30693?\\uc2\\u26377\\'d3\\'d0}\\par\n"
                    "\\pard {\\f3 \\'b5\\'dc}{\\f2 A\\emdash B}\\par}";
  auto e = read_rtf(rtf);
  REQUIRE(e.ok);
  auto lines = lines_of(e.text);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "通知");
  CHECK(lines[1] == "通知有");
  CHECK(lines[2] == "\xe8\x90\x8a" "A—B");  // 萊 from Big5 (fcharset136)
  REQUIRE(e.styles.size() == 3);
  CHECK(e.styles[0].size_pt == 22.0f);
  CHECK(e.styles[0].bold);
  CHECK(e.styles[0].font == "黑体");
  CHECK(e.styles[0].color == "FF0000");
  CHECK(e.styles[0].align == "center");
  CHECK(e.styles[1].font == "宋体");
  CHECK(e.styles[1].indent_em == Approx(2.0f));
  CHECK(e.styles[1].align == "justify");
}

TEST_CASE("RTF: what a reader does not see is dropped; fields, lists and tables are read") {
  std::string rtf = kHead +
                    "{\\*\\generator Riched20;}{\\info{\\title \\'b2\\'e2}{\\author x}}"
                    "{\\header \\pard\\qc \\'be\\'a9\\'d5\\'fe\\'b7\\'a2\\'a1\\'b22024\\'a1\\'b33\\'ba\\'c5\\par}"
                    "{\\pict\\pngblip 89504e47}{\\*\\shppict {\\pict 0000}}\\bin4 {}}}"
                    "\\pard {\\listtext\\pard\\plain \\'d2\\'bb\\'a1\\'a2\\tab}A\\par"
                    "\\pard {\\field{\\*\\fldinst HYPERLINK \"http://x\"}{\\fldrslt link}}\\par"
                    "\\pard hid{\\v den}\\par"
                    "\\pard kept{\\deleted gone}\\par"
                    "\\pard {\\upr{ansi}{\\*\\ud{\\u20013?}}}\\par"
                    "\\pard\\intbl a\\cell b\\par c\\cell\\row"
                    "\\pard line one\\line line two\\par"
                    "\\pard \\u-10179?\\u-8704?\\par}";
  auto e = read_rtf(rtf);
  REQUIRE(e.ok);
  auto lines = lines_of(e.text);
  std::vector<std::string> want = {"一、A", "link", "hid", "kept", "中", "a | b c", "line one", "line two", "\xF0\x9F\x98\x80"};
  CHECK(lines == want);
  REQUIRE(e.styles.size() == want.size());
  CHECK(e.styles[5].role == "table");
  CHECK(e.fields["page_headers"] == gongwen::host::Json::array({"京政发〔2024〕3号"}));
  CHECK(e.fields["file_properties"]["title"] == "测");
}

TEST_CASE("RTF: hostile input ends in a result or an error, never a crash") {
  std::string deep = "{\\rtf1 ";
  for (int i = 0; i < 5000; ++i) deep += '{';
  deep += "x";
  auto e = read_rtf(deep);
  CHECK(!e.ok);
  CHECK(e.error.find("nested deeper") != std::string::npos);
  // \bin past the end, an escape cut short, unbalanced braces, only a picture.
  CHECK_NOTHROW(read_rtf("{\\rtf1 text\\bin999999"));
  CHECK(read_rtf("{\\rtf1 text\\'c").ok);
  CHECK(read_rtf("{\\rtf1 }}}} text").ok == false);
  auto pic = read_rtf("{\\rtf1 {\\pict 0123}}");
  CHECK(!pic.ok);
  CHECK(pic.error.find("without text") != std::string::npos);
  CHECK(!read_rtf("not rtf").ok);
  // A huge \ucN, negative and oversized numbers.
  CHECK(read_rtf("{\\rtf1 \\uc99999999999 \\u-99999999999 a\\fs-5 b\\par}").ok);
}

TEST_CASE("RTF: the document ends at its closing brace; symbol bullets; unclosed rows; properties in the document's code page") {
  std::string rtf = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f3\\froman\\fcharset2 Symbol;}"
                    "{\\f13\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}{\\info{\\title \\'b2\\'e2\\'ca\\'d4}}"
                    "{\\listtext\\pard\\plain\\f3 \\'b7\\tab}{\\f13 \\'b5\\'da\\'d2\\'bb}\\par"
                    "{\\pict\\pngblip 89504e470d0a1a0a}\\pard\\intbl a\\cell b\\par c}trailing junk";
  auto e = read_rtf(rtf);
  REQUIRE(e.ok);
  auto lines = lines_of(e.text);
  CHECK(lines == std::vector<std::string>{"•第一", "a | b c"});
  CHECK(e.fields["file_properties"]["title"] == "测试");
}
