// Title and document-number keys (see keys.hpp).
#include "model/keys.hpp"

#include <gongwen/text.hpp>

namespace gongwen::host {

namespace tx = gongwen::text;

std::string title_key(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t st = i;
    char32_t c = tx::next_cp(s, i);
    if (tx::is_space(c) || c < 0x20 || c == U'《' || c == U'》') continue;  // a form feed opens a PDF page's first line
    // Brackets in either width are one bracket (`(1966年）` as printed in a contents list).
    if (c == '(' || c == ')') {
      out += c == '(' ? "（" : "）";
      continue;
    }
    if (c >= 0xFF01 && c <= 0xFF5E && c != U'（' && c != U'）' && c != U'：' && c != U'，') {
      out += static_cast<char>(c - 0xFEE0);
      continue;
    }
    out.append(s.substr(st, i - st));
  }
  // A stray leading colon or bullet from extraction (`：新时代十年四平市…`).
  // (Counted, then erased once: a run of them costs one pass.)
  std::size_t cut = 0;
  for (bool more = true; more;) {
    more = false;
    for (std::string_view lead : {"：", ":", "■", "●", "·"})
      if (out.compare(cut, lead.size(), lead) == 0) {
        cut += lead.size();
        more = true;
      }
  }
  out.erase(0, cut);
  return out;
}

std::string number_key(std::string_view s) {
  std::u32string cps;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = tx::next_cp(s, i);
    if (tx::is_space(c)) continue;
    if (c >= 0xFF10 && c <= 0xFF19) c = c - 0xFF10 + '0';
    cps.push_back(c);
  }
  auto digit = [&](std::size_t k) { return k < cps.size() && cps[k] >= '0' && cps[k] <= '9'; };
  for (std::size_t k = 0; k + 5 < cps.size(); ++k) {
    char32_t o = cps[k];
    if (!tx::year_bracket_open(o) || !(digit(k + 1) && digit(k + 2) && digit(k + 3) && digit(k + 4))) continue;
    char32_t c = cps[k + 5];
    if (tx::year_bracket_closing(c)) {  // (closed by another bracket, `〔2018]`: a typo the key forgives)
      cps[k] = U'〔';
      cps[k + 5] = U'〕';
    }
  }
  std::string out;
  for (char32_t c : cps) tx::append_utf8(out, c);
  return out;
}

}  // namespace gongwen::host
