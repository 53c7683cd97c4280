// A regulation's 题注: the bodies its clauses name (see head_note.hpp).
#include "head_note.hpp"

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

namespace regulation_head_note {

namespace tx = gongwen::text;
namespace people = gongwen::people;

std::string adopting_body(std::string_view rest) {
  std::string q = tx::strip_spaces(rest);
  // (Or a news line's `…会议表决通过了《…》`.)
  std::size_t meeting = std::string::npos;
  for (std::string_view v : {"会议通过", "会议表决通过", "会议审议通过"}) meeting = std::min(meeting, q.find(v));
  if (meeting == std::string::npos) return {};
  // The meeting's own number (`第二十九次`, `第3次常务`) starts at the last 第 before it; a news
  // line drops the 第 (`第十三届全国人大一次会议`).
  std::size_t nth = std::string::npos;
  if (meeting >= 6 && std::string_view(q).substr(meeting - 3, 3) == "次" && tx::is_cn_numeral(tx::first_cp(std::string_view(q).substr(meeting - 6)))) {
    nth = meeting - 3;
    while (nth >= 3 && tx::is_cn_numeral(tx::first_cp(std::string_view(q).substr(nth - 3)))) nth -= 3;
    if (nth >= 3 && std::string_view(q).substr(nth - 3, 3) == "第") nth -= 3;
  } else {
    nth = q.rfind("第", meeting);
    if (nth == std::string::npos || q.find("次", nth) > meeting) return {};
  }
  std::string organ = q.substr(0, nth);
  for (std::string_view lead : {"，", ",", "（", "("})
    if (tx::starts_with(organ, lead)) organ.erase(0, lead.size());
  if (tx::starts_with(organ, "经")) organ.erase(0, 3);  // `经省人民政府第125次常务会议通过`
  if (auto a = organ.find("第"), b = organ.find("届"); a != std::string::npos && b != std::string::npos && b > a && b - a <= 15)
    organ.erase(a, b + 3 - a);
  // (The congress a news line names short.)
  if (organ == "全国人大常委会") organ = "全国人民代表大会常务委员会";
  else if (organ == "全国人大") organ = "全国人民代表大会";
  // A body that names itself (`学校`, `本校`, `公司` + its meeting) is no issuer to report.
  for (std::string_view generic : {"学校", "本校", "我校", "公司", "本公司", "集团", "学院", "本院", "我院", "本会", "协会", "学会"})
    if (tx::starts_with(organ, generic)) return {};
  return tx::char_count(organ) >= 2 && people::organ_like(organ) ? organ : std::string();
}

std::string promulgating_body(std::string_view rest) {
  std::string q = tx::strip_spaces(rest);
  std::size_t at = std::string::npos;
  for (std::string_view verb : {"发布", "公布", "印发"}) at = std::min(at, q.find(verb));
  if (at == std::string::npos || q.find("令") < at) return {};
  std::string organ = q.substr(0, at);
  for (std::string_view tail : {"公告", "予以", "正式"})  // (`…常务委员会公告公布`)
    if (tx::ends_with(organ, tail)) organ.resize(organ.size() - tail.size());
  if (tx::starts_with(organ, "由")) organ.erase(0, 3);
  return tx::char_count(organ) >= 2 && tx::char_count(organ) <= 40 && people::organ_like(organ) ? organ : std::string();
}

}  // namespace regulation_head_note
