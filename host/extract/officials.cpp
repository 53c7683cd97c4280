// The `officials` extractor: position + name (市委副书记、市长汤飞帆) and name +
// title (车俊书记).
#include "extract/scan.hpp"

#include <gongwen/people.hpp>

#include <algorithm>

namespace gongwen::host::extract {

const std::string_view kPositions[] = {"组织部部长", "组织部长", "副书记", "书记", "副市长", "市长", "副县长", "县长", "副区长", "区长",
                                       "副省长", "省长", "副部长", "部长", "副主任", "主任", "副局长", "局长", "常委", "主席", "秘书长", "镇长", "乡长"};

// A 2–3 character personal name at t[i] (surname first), its byte length or 0.
std::size_t name_at(std::string_view t, std::size_t i) {
  std::size_t k = i;
  if (i >= t.size() || !people::is_surname(tx::next_cp(t, k))) return 0;
  // `市委书记任组长`, `省长高度肯定`: words that open with a surname's
  // character but say what the person does, not who they are.
  for (std::string_view w : {"任组长", "任双组长", "任副组长", "任主任", "任第一", "任总指挥", "任召集人", "高度", "高效", "高质量",
                             "任务", "周年", "于是", "方面", "方式", "方案", "向前", "严格", "严肃", "钱款", "万元"})
    if (t.substr(i, w.size()) == w) return 0;
  // Characters that end a name rather than continue it (`车俊批示`, `徐文光同志`).
  static const std::u32string_view stops = U"同书等在和的指出说讲批要对到为是来作主出席表示介绍亲给、";
  std::size_t n = 1, e = k;
  while (n < 3 && e < t.size()) {
    std::size_t m = e;
    char32_t x = tx::next_cp(t, m);
    if (!tx::is_han(x) || stops.find(x) != std::u32string_view::npos) break;
    if (x == U'强' && t.substr(m, 3) == "调") break;  // `郝鹏强调`, while 杨国强 is a name
    e = m;
    ++n;
  }
  return n >= 2 ? e - i : 0;
}

// First characters of the position words: most characters start none, and
// this test is what the scan does at every character.
bool starts_position(char32_t c) {
  switch (c) {
    case U'组': case U'副': case U'书': case U'市': case U'县': case U'区': case U'省': case U'部':
    case U'主': case U'局': case U'常': case U'秘': case U'镇': case U'乡':
      return true;
    default:
      return false;
  }
}

void extract_officials(Document& d, const ExtractContext&) {
  std::string_view t = d.text;
  static const StartFilter starts(U"组副书市县区省部主局常秘镇乡");
  for (std::size_t i = starts.next(t, 0); i < t.size(); i = starts.next(t, i)) {
    {
      std::size_t k = i;
      if (!starts_position(tx::next_cp(t, k))) { i = k; continue; }
    }
    std::size_t best = 0;
    std::string_view pos_word;
    for (auto p : kPositions)
      if (t.substr(i, p.size()) == p) { best = p.size(); pos_word = p; break; }
    if (!best) { tx::next_cp(t, i); continue; }
    // Extend left over the organisation (`市委副书记、市长`): Han characters and 、.
    // Extend left over the organisation chain (`市委副书记、`, `县委常委、组织部`):
    // only characters that make up organisations and positions.
    static const std::u32string_view org = U"省市县区州盟旗镇乡街道村委党政府人大协部组织宣传统战纪检监察办公室厅局常务副、中共";
    std::size_t b = i, chars = 0;
    while (b > 0 && chars < 16) {
      std::size_t m = b;
      char32_t x = tx::prev_cp(t, m);
      if (org.find(x) == std::u32string_view::npos) break;
      b = m;
      ++chars;
    }
    // Do not start on a dangling 、.
    while (b < i && t.substr(b, 3) == "、") b += 3;
    std::size_t e = i + best;
    // A chain of positions: `市委副书记、市长汤飞帆`.
    for (bool more = true; more;) {
      more = false;
      if (t.substr(e, 3) != "、") break;
      std::size_t q = e + 3, chars = 0;
      while (q < t.size() && chars < 8) {
        for (auto p2 : kPositions)
          if (t.substr(q, p2.size()) == p2) {
            e = q + p2.size();
            pos_word = p2;
            more = true;
            break;
          }
        if (more) break;
        std::size_t m = q;
        static const std::u32string_view org2 = U"省市县区州镇乡委党政府人大协部组织宣传统战纪检监察办公室厅局常务副中共";
        if (org2.find(tx::next_cp(t, m)) == std::u32string_view::npos) break;
        q = m;
        ++chars;
      }
    }
    // Name right after the position chain.
    std::size_t nl = name_at(t, e);
    if (nl) {
      // Keep the chain from the first position-bearing part only: trim a
      // leading verb phrase by cutting at the last non-organisation boundary.
      std::string chain(t.substr(b, e - b));
      std::string name(t.substr(e, nl));
      add(d, "official", b, e + nl, Json{{"name", name}, {"position", chain}});
      i = e + nl;
      continue;
    }
    // Name before the title: `车俊书记`, `徐书记` (surname only).
    if (pos_word == "书记" || pos_word == "市长" || pos_word == "县长" || pos_word == "部长" || pos_word == "省长") {
      for (std::size_t len : {9u, 6u, 3u}) {
        if (i < len) continue;
        std::size_t nb = i - len;
        if (name_at(t, nb) == len || (len == 3 && name_at(t, nb) == 0 && [&] { std::size_t z = nb; return people::is_surname(tx::next_cp(t, z)); }())) {
          std::size_t z = nb;
          char32_t before = nb ? tx::prev_cp(t, z) : 0;
          if (before && tx::is_han(before) && before != U'、') continue;
          add(d, "official", nb, e, Json{{"name", std::string(t.substr(nb, len))}, {"position", std::string(pos_word)}});
          break;
        }
      }
    }
    i = e;
  }
}

}  // namespace gongwen::host::extract
