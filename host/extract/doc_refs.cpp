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
    if (auto [number, taken] = tx::parenthesized_number(rest); taken) {
      v["doc_number"] = std::string(number);
      e += taken;
    }
    add(d, "doc_ref", p, e, std::move(v));
  }
}

}  // namespace gongwen::host::extract
