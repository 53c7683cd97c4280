// Who made a rule, as its words name it: the body that interprets it, the institution its
// title opens with, and an interpreter's office read against that institution.
//
// Invariant: the maker of a rule is who interprets it, unless the interpreter is an office of
// the institution the title names (`研究生院` in a university's `…录取办法`): then the institution.
#include <gongwen/people.hpp>

#include "titles.hpp"

#include <algorithm>

namespace regulation_titles {

using namespace gongwen;
namespace tx = gongwen::text;

// The body a rule says interprets it (`本办法由市卫生健康局负责解释`, `…自公布之日起执行，
// 由中空协负责解释`): the maker of a rule is who interprets it. Empty when none.
std::string interpreting_body(std::string_view text) {
  for (std::size_t at = text.find("解释"); at != std::string_view::npos; at = text.find("解释", at + 6)) {
    std::size_t from = at > 120 ? at - 120 : 0;
    std::string_view before = text.substr(from, at - from);
    auto you = before.rfind("由");
    auto own = before.rfind("本");  // the rule naming itself in the same sentence (本办法, 本条例)
    if (you == std::string_view::npos || own == std::string_view::npos || own > you) continue;
    std::string_view clause = before.substr(own);
    if (clause.find("。") != std::string_view::npos || clause.find("\n") != std::string_view::npos) continue;
    std::string organ = tx::strip_spaces(before.substr(you + 3));
    while (tx::ends_with(organ, "负责")) organ.resize(organ.size() - 6);  // (`负责负责解释`, a typo)
    bool han = !organ.empty();
    for (std::size_t k = 0; k < organ.size();) han &= tx::is_han(tx::next_cp(organ, k));
    if (han && tx::char_count(organ) >= 2 && tx::char_count(organ) <= 30) return organ;
  }
  // (Or `本实施细则解释权归某某大学学生处。`, `…解释权归属某某处所有`.)
  if (auto at = text.find("解释权归"); at != std::string_view::npos) {
    std::string_view rest = text.substr(at + std::string_view("解释权归").size(), 90);
    if (tx::starts_with(rest, "属")) rest.remove_prefix(std::string_view("属").size());
    std::size_t e = 0, n = 0;
    for (std::size_t k = 0; k < rest.size() && n <= 30; ++n) {
      if (!tx::is_han(tx::next_cp(rest, k))) break;
      e = k;
    }
    std::string organ(rest.substr(0, e));
    for (std::string_view tail : {"所有", "负责"})
      if (tx::ends_with(organ, tail)) organ.resize(organ.size() - tail.size());
    std::string_view before = text.substr(at > 60 ? at - 60 : 0, at > 60 ? 60 : at);  // the rule naming itself: `本细则`
    auto own = before.rfind("本");
    bool self = own != std::string_view::npos && before.substr(own).find("。") == std::string_view::npos;
    if (self && tx::char_count(organ) >= 2 && tx::char_count(organ) <= 30) return organ;
  }
  return {};
}

// The interpreting body in full as the title names it, when the clause abbreviates
// it (`中空协` in `中国空手道协会竞赛纪律处罚条例`): the shortest head of the title that
// holds the abbreviation's characters in order, from its first; else the clause's words.
std::string issuer_named(std::string_view title, const std::string& body) {
  std::string t = tx::strip_spaces(title);
  if (tx::starts_with(t, body)) return body;  // (named in full: `中国空手道协会` of `中国空手道协会会员管理办法`)
  // The title names it under its institution (`复旦大学计算机科学技术学院…办法`, `由计算机科学技术学院
  // 负责解释`): the full name.
  if (auto at = t.find(body); at != std::string::npos && at > 0 && tx::char_count(std::string_view(t).substr(0, at)) <= 20 &&
                              people::organ_like(t.substr(0, at)))
    return t.substr(0, at + body.size());
  std::u32string abbr;
  for (std::size_t k = 0; k < body.size();) abbr.push_back(tx::next_cp(body, k));
  std::size_t matched = 0;
  for (std::size_t i = 0, n = 0; i < t.size() && n++ <= 30;) {
    char32_t c = tx::next_cp(t, i);
    if (matched == 0 && c != abbr[0]) return body;  // (the title opens with another name)
    if (matched < abbr.size() && c == abbr[matched]) ++matched;
    if (matched == abbr.size()) {
      // The head runs on to the end of the organ's word (`…协` → `…协会`).
      std::string_view rest = std::string_view(t).substr(i);
      for (std::string_view tail : {"会", "委员会", "局", "院", "部", "厅"})
        if (tx::starts_with(rest, tail)) return t.substr(0, i + tail.size());
      return t.substr(0, i);
    }
  }
  return body;
}

// The institution a rule's title opens with (`重庆邮电大学留学生学籍管理办法` → 重庆邮电大学), or empty.
std::string owner_in_title(std::string_view title) {
  std::string t = tx::strip_spaces(title);
  // A title in a 公文's form names its organ before 关于 (`国务院关于对外投资的规定`).
  if (auto about = t.find("关于"); about != std::string::npos && about >= 6 && tx::char_count(std::string_view(t).substr(0, about)) <= 40 &&
                                    people::organ_like(t.substr(0, about)))
    return t.substr(0, about);
  // (A class of them, `普通高等学校学生管理规定`, `民办学校…`, names none.)
  for (std::string_view c : {"普通", "高等", "中等", "初等", "民办", "公办", "各级", "各类", "有关"})
    if (tx::starts_with(t, c)) return {};
  std::string best;
  for (std::string_view end : {"大学", "学院", "学校", "公司", "集团", "医院", "人民政府", "委员会", "研究院", "研究所", "协会",
                               "联合会", "商会", "学会", "研究会", "基金会", "促进会", "人民法院", "人民检察院"})
    for (auto at = t.find(end); at != std::string::npos && tx::char_count(std::string_view(t).substr(0, at)) <= 20; at = t.find(end, at + 3)) {
      // (Named, not the kind alone: `人民法院公文处理办法`, `大学生创业管理办法` name no owner.)
      if (tx::char_count(std::string_view(t).substr(0, at)) < 2) continue;
      if (end == "学会" && std::string_view(t).substr(0, at).ends_with("大")) continue;  // (`某某大学会计…` names the university)
      // (Nor 会 opening a word of its own after it: `…协商会议章程`, `…教学会议制度`, `…中学会计…`.)
      if (tx::ends_with(end, "会")) {
        std::string_view after = std::string_view(t).substr(at + end.size());
        bool word = false;
        for (std::string_view w : {"议", "计", "诊", "谈", "晤", "见", "演", "餐", "展", "所"}) word |= after.starts_with(w);
        if (word) continue;
      }
      // (The state and a class of organs, `中华人民共和国公司法`, name none: a law's subject.)
      if (std::string_view(t).substr(0, at) == "中华人民共和国" && end != "人民政府") continue;
      std::string owner = t.substr(0, at + end.size());
      // (`大学生`, students, name no university: `全国大学生数学建模竞赛…规范`; `北京大学生物…` does.)
      if (std::string_view after = std::string_view(t).substr(at + end.size()); end == "大学" && after.starts_with("生")) {
        bool word = false;  // 生物, 生命, 生态, 生产, 生活, 生理, 生殖: 大学 + a word of its own
        for (std::string_view w : {"生物", "生命", "生态", "生产", "生活", "生理", "生殖"}) word |= after.starts_with(w);
        if (!word) continue;
      }
      // (A year names a scheme's class of them, `吉林省2026年农村义务教育阶段学校…招聘办法`, no organ.)
      bool year = false;
      for (auto y = owner.find("年"); y != std::string::npos && !year; y = owner.find("年", y + 3))
        year = y >= 4 && std::all_of(owner.begin() + y - 4, owner.begin() + y, [](char c) { return c >= '0' && c <= '9'; });
      if (year) continue;
      if (owner.size() > best.size() && owner.size() < t.size() && people::organ_like(owner)) best = owner;
    }
  return best;
}

// A school's office named with its school (`某某大学学生处`): the school, by its last school word
// (`某某大学附属中学教务处` → `某某大学附属中学`).
std::string school_of_office(std::string_view body) {
  std::size_t best = std::string_view::npos, len = 0;
  for (std::string_view school : {"大学", "学院", "学校", "中学", "小学"})
    if (auto at = body.rfind(school); at != std::string_view::npos && at >= 6 && (best == std::string_view::npos || at + school.size() > best + len))
      best = at, len = school.size();
  if (best == std::string_view::npos) return {};
  std::string_view office = body.substr(best + len);
  if (office.empty() || !people::internal_office(office) || !people::organ_like(body.substr(0, best + len))) return {};
  return std::string(body.substr(0, best + len));
}

// An office of the institution the title names: the institution's own office (处, 办公室…) or a
// university's 院 the title does not name (`研究生院` of `杭州电子科技大学…办法`).
bool office_of(std::string_view owner, std::string_view body, std::string_view title) {
  if (owner.empty() || tx::contains(body, owner)) return false;
  if (people::internal_office(body)) return true;
  bool school = tx::ends_with(owner, "大学") || tx::ends_with(owner, "学院");
  return school && tx::ends_with(body, "院") && tx::char_count(body) <= 8 && !tx::contains(tx::strip_spaces(title), body);
}

}  // namespace regulation_titles
