// What opens or frames a document inside a container, besides its title: a
// news item's dateline, a 公文's 发文字号 line, the compiler's credit on a
// collection's cover (see lines.hpp). Each test reads one paragraph alone.
#include "split/lines.hpp"

#include "model/keys.hpp"

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

#include <algorithm>

namespace gongwen::host::split_detail {

namespace tx = gongwen::text;

bool opens_with_dateline(std::string_view t) {
  std::size_t n = std::min<std::size_t>(t.size(), 90);  // the head of the paragraph, cut between characters
  while (n < t.size() && n > 0 && (static_cast<unsigned char>(t[n]) & 0xC0) == 0x80) --n;
  std::string s = tx::strip_spaces(t.substr(0, n));
  for (std::string_view own : {"本报讯", "本台讯", "本网讯", "本刊讯"})
    if (tx::starts_with(s, own)) return true;
  // An agency (…社, …网, …报, …台), a place, a month and day, then 电 or 讯.
  std::size_t at = s.find("日电");
  if (at == std::string::npos) at = s.find("日讯");
  if (at == std::string::npos || tx::char_count(std::string_view(s).substr(0, at)) > 22) return false;
  std::string_view head = std::string_view(s).substr(0, at);
  auto month = head.rfind("月");
  if (month == std::string_view::npos) return false;
  std::string_view agency = head.substr(0, month);
  bool outlet = false;
  for (std::string_view o : {"社", "网", "报", "台", "客户端"}) outlet |= agency.find(o) != std::string_view::npos;
  return outlet;
}

bool title_like(std::string_view t) {
  std::string q = tx::strip_spaces(t);
  if (q.find("。") != std::string::npos || tx::char_count(q) > 120 || tx::char_count(q) < 4) return false;
  for (std::string_view end : {"办法", "规定", "条例", "细则", "意见", "方案", "纪要", "规则", "制度", "要点", "指引", "标准", "通知",
                               "决定", "规划", "计划", "指南", "准则", "规程", "章程", "批复", "解释", "决议", "措施", "清单", "守则",
                               "公约", "导则", "纲要", "通报", "公告", "通告", "公报", "报告", "（试行）", "（暂行）", "(试行)", "(暂行)",
                               "（草案）", "(草案)", "（征求意见稿）", "(征求意见稿)"})
    if (tx::ends_with(q, end)) return true;
  return false;
}

bool compiler_credit(std::string_view t) {
  std::string s = tx::strip_spaces(t);
  if (tx::char_count(s) > 24) return false;
  for (std::string_view verb : {"编印", "编辑", "整理", "编"})
    if (tx::ends_with(s, verb)) {
      std::string who = s.substr(0, s.size() - verb.size());
      return tx::char_count(who) >= 2 && (people::organ_like(who) || people::personal_name(who));
    }
  return false;
}

bool distribution_line(std::string_view t) {
  std::string s = tx::strip_spaces(t);
  for (std::string_view w : {"报：", "送：", "发：", "抄送：", "报送：", "分送：", "抄报：", "印发：", "报:", "送:", "发:"})
    if (tx::starts_with(s, w)) return tx::char_count(s) > tx::char_count(w) + 1;
  return false;
}

bool number_line(std::string_view t) {
  std::string k = number_key(t);
  if (tx::char_count(k) > 30 || !tx::ends_with(k, "号")) return false;
  auto open = k.find("〔");
  if (open == std::string::npos || open == 0 || k.size() < open + 3 + 4 + 3 + 3) return false;
  auto digit = [&](std::size_t i) { return k[i] >= '0' && k[i] <= '9'; };
  return digit(open + 3) && digit(open + 4) && digit(open + 5) && digit(open + 6) && k.compare(open + 7, 3, "〕") == 0;
}

}  // namespace gongwen::host::split_detail
