// A regulation's 题注: the bodies its clauses name (see head_note.hpp).
#include "head_note.hpp"

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

namespace regulation_head_note {

namespace tx = gongwen::text;
namespace people = gongwen::people;

std::string adopting_body(std::string_view rest) {
  std::string q = tx::strip_spaces(rest);
  auto meeting = q.find("会议通过");
  if (meeting == std::string::npos) return {};
  // The meeting's own number (`第二十九次`, `第3次常务`) starts at the last 第 before it.
  auto nth = q.rfind("第", meeting);
  if (nth == std::string::npos || q.find("次", nth) > meeting) return {};
  std::string organ = q.substr(0, nth);
  if (tx::starts_with(organ, "（") || tx::starts_with(organ, "(")) organ.erase(0, organ[0] == '(' ? 1 : 3);
  if (tx::starts_with(organ, "经")) organ.erase(0, 3);  // `经省人民政府第125次常务会议通过`
  if (auto a = organ.find("第"), b = organ.find("届"); a != std::string::npos && b != std::string::npos && b > a && b - a <= 15)
    organ.erase(a, b + 3 - a);
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
