// Chinese numerals, dates and heading markers (sdk/include/gongwen/text.hpp).
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

using namespace gongwen::text;

TEST_CASE("Chinese numerals parse in both notations") {
  CHECK(parse_number("十二").value() == 12);
  CHECK(parse_number("二十").value() == 20);
  CHECK(parse_number("一百零五").value() == 105);
  CHECK(parse_number("二〇一八").value() == 2018);
  CHECK(parse_number("2018").value() == 2018);
  CHECK(parse_number("三千五百万").value() == 35000000);
  CHECK(parse_number("两").value() == 2);
  CHECK_FALSE(parse_number("十a").has_value());
  CHECK(to_chinese(12) == "十二");
  CHECK(to_chinese(20) == "二十");
  CHECK(to_chinese(105) == "一百零五");
}

TEST_CASE("dates in the forms the corpus uses become ISO 8601") {
  CHECK(find_full_date("（2018 年 2 月 6 日）")->iso() == "2018-02-06");
  CHECK(find_full_date("二〇一八年二月六日印发")->iso() == "2018-02-06");
  CHECK(find_full_date("发布于2018-09-13")->iso() == "2018-09-13");
  auto d = parse_date_at("9月27日，市委召开", 0);
  REQUIRE(d);
  CHECK(d->year == 0);
  CHECK(d->iso() == "--09-27");
  CHECK_FALSE(find_full_date("第2018号文件").has_value());
  CHECK_FALSE(parse_date_at("13月1日", 0).has_value());
}

TEST_CASE("heading markers of every family are recognised") {
  CHECK(parse_marker("一、全面总结").family == MarkerFamily::cn_dun);
  // One space before the 、, as extraction leaves it; its length covers the 、.
  CHECK(parse_marker("二 、实施上述").family == MarkerFamily::cn_dun);
  CHECK(parse_marker("二 、实施上述").text == "二 、");
  CHECK(parse_marker("三　、涉案人员").number == 3);
  CHECK_FALSE(parse_marker("一  、两个空格"));
  CHECK(parse_marker("（一）从历史").family == MarkerFamily::cn_paren);
  CHECK(parse_marker("(一) 鲜明地上").family == MarkerFamily::cn_paren);
  CHECK(parse_marker("1. 被党委").family == MarkerFamily::arabic_dot);
  CHECK(parse_marker("2.强化了").family == MarkerFamily::arabic_dot);
  CHECK(parse_marker("①这是").family == MarkerFamily::circled);
  CHECK(parse_marker("第一，着力").family == MarkerFamily::ordinal_comma);
  CHECK(parse_marker("第一个问题，我们").family == MarkerFamily::ordinal_part);
  CHECK(parse_marker("第一篇章：注入军魂").family == MarkerFamily::ordinal_part);
  CHECK(parse_marker("第七章 附则").family == MarkerFamily::chapter);
  auto art = parse_marker("第十三条 本办法");
  CHECK(art.family == MarkerFamily::article);
  CHECK(art.number == 13);
  CHECK(parse_marker("一是加强").family == MarkerFamily::enum_shi);
  CHECK(parse_marker("2.5亿元").family == MarkerFamily::none);
  CHECK(parse_marker("全省第一、多项").family == MarkerFamily::none);
}

TEST_CASE("trim and strip_spaces know CJK spaces") {
  CHECK(trim("\u3000\u3000正文 \u00A0") == "正文");
  CHECK(strip_spaces("卷 首 语") == "卷首语");
  CHECK(char_count("讲话ab") == 4);
}

TEST_CASE("char_count, eight bytes at a time, counts what a byte-by-byte count counts") {
  // Every length and alignment up to 40 bytes of mixed ASCII, 2-, 3- and 4-byte
  // sequences, and stray continuation bytes (invalid input is counted the same way).
  const std::string pieces[] = {"a", "\u00e9", "\u8bb2", "\U0001F600", "\x80", "\xbf", " "};
  std::uint64_t state = 88172645463325252ULL;
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    for (std::uint64_t r = state; s.size() < (state % 41); r = r * 6364136223846793005ULL + 1442695040888963407ULL) s += pieces[(r >> 33) % 7];
    std::size_t naive = 0;
    for (unsigned char c : s) naive += (c & 0xC0) != 0x80;
    for (std::size_t off = 0; off < s.size() && off < 8; ++off) {
      std::size_t want = 0;
      for (unsigned char c : std::string_view(s).substr(off)) want += (c & 0xC0) != 0x80;
      CHECK(char_count(std::string_view(s).substr(off)) == want);
    }
    CHECK(char_count(s) == naive);
  }
}

TEST_CASE("more_visible_than agrees with counting the characters strip_spaces keeps") {
  const std::string samples[] = {"", "   ", "卷 首 语", "\u3000\u3000关于印发《办法》的通知\u00A0", "a\u200Bb\uFEFFc", "讲话ab  cd\r\n"};
  for (const auto& s : samples)
    for (std::size_t n = 0; n < 16; ++n) CHECK(more_visible_than(s, n) == (char_count(strip_spaces(s)) > n));
  std::string body(3000, ' ');
  for (int i = 0; i < 300; ++i) body += "字";
  CHECK(more_visible_than(body, 299));
  CHECK_FALSE(more_visible_than(body, 300));
}

TEST_CASE("a personal name is a surname and one or two characters, never a place or an empty string") {
  using gongwen::people::personal_name;
  CHECK(personal_name("王琛"));
  CHECK(personal_name("王  琛"));
  CHECK(personal_name("欧阳修远"));
  CHECK_FALSE(personal_name(""));
  CHECK_FALSE(personal_name("   "));
  CHECK_FALSE(personal_name("王"));
  CHECK_FALSE(personal_name("深圳"));
  CHECK_FALSE(personal_name("江苏"));
  CHECK_FALSE(personal_name("徐州市"));
  CHECK_FALSE(personal_name("技术革命"));
  CHECK_FALSE(personal_name("王小明红"));
}

TEST_CASE("an organ's name ends as organs do") {
  using gongwen::people::organ_like;
  CHECK(organ_like("海南大学法学院"));
  CHECK(organ_like("岳阳市九中"));
  CHECK(organ_like("中共中央、国务院"));
  CHECK_FALSE(organ_like("你院"));
  CHECK_FALSE(organ_like("其中"));
  CHECK_FALSE(organ_like("高中"));
}

TEST_CASE("a document number's year may sit in any bracket an input method offers") {
  for (std::string_view s : {"〔2015〕第47号", "﹝2015﹞第47号", "〖2015〗第47号", "[2015]第47号", "（2015）第47号"})
    CHECK(order_number_prefix(s) == s.size());
  CHECK(order_number_prefix("〔2015]第47号") == 0);  // brackets that do not pair
  auto [number, taken] = parenthesized_number("(广股交发﹝2015﹞47号)印发");
  CHECK(number == "广股交发﹝2015﹞47号");
  CHECK(taken == std::string_view("(广股交发﹝2015﹞47号)").size());
  CHECK(parenthesized_number("（以下简称《办法》）").second == 0);  // no year: no number
}
