// The `doc_refs` extractor: cited documents 《…》 with the document numbers after them.
#include "extract/scan.hpp"

#include <algorithm>

namespace gongwen::host::extract {

void extract_doc_refs(Document& d, const ExtractContext&) {
  std::string_view t = d.text;
  for (std::size_t p = t.find("《"); p != std::string_view::npos; p = t.find("《", p + 3)) {
    // Only a window is searched: a long line without 》 must not be rescanned
    // from every 《 (that made a one-line document quadratic).
    auto window = t.substr(p, 303);
    auto q = window.find("》");
    if (q == std::string_view::npos || window.substr(0, q).find('\n') != std::string_view::npos) continue;
    q += p;
    std::string title(t.substr(p + 3, q - p - 3));
    std::size_t e = q + 3;
    Json v = {{"title", title}};
    auto rest = t.substr(e);
    if (tx::starts_with(rest, "（") || tx::starts_with(rest, "(")) {
      auto hao = rest.substr(0, 63).find("号");
      if (hao != std::string_view::npos && hao < 60 && rest.substr(0, hao).find("〔") != std::string_view::npos) {
        v["doc_number"] = std::string(rest.substr(3, hao));
        std::size_t z = hao + 3;
        if (z < rest.size()) {
          std::size_t m = z;
          char32_t close = tx::next_cp(rest, m);
          if (close == U'）' || close == ')') z = m;
        }
        e += z;
      }
    }
    add(d, "doc_ref", p, e, std::move(v));
  }
}

}  // namespace gongwen::host::extract
