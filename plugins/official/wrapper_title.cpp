// The title a wrapper gives (a page's <title>, a dataset's title column) found
// again among the document's lines, and that title without its site suffix.
#include "detail.hpp"

#include <string>

namespace gongwen::official {

namespace tx = gongwen::text;
using gongwen::text::contains;
using structure::Paragraph;

namespace detail {

// Names the document among the titles of menus and related-article lists.
Title title_from_wrapper(const std::vector<Paragraph>& ps, std::size_t from, const std::string& wanted) {
  Title t;
  for (std::size_t i = from; i < ps.size() && i < from + 120; ++i) {
    std::string joined;
    for (std::size_t k = 0; k < 4 && i + k < ps.size(); ++k) {
      joined += squeeze(ps[i + k].text);
      if (joined.size() > wanted.size() + 60) break;
      if (clean_title(joined) == wanted) {
        // The joint issuers a page's title leaves out, one per line between the
        // number and 关于 (GB/T 9704 prints number, then title): the title's own.
        // Organ lines at the top with no number over them are the masthead.
        std::size_t top = i;
        while (top > from && i - top < 4 && organ_like(squeeze(ps[top - 1].text)) && tx::char_count(squeeze(ps[top - 1].text)) <= 30)
          --top;
        std::string found = wanted;
        std::size_t first = i;
        if (top < i && top > 0 && find_doc_number(squeeze(ps[top - 1].text)) && tx::starts_with(wanted, "关于")) {
          std::string issuers;
          for (std::size_t j = top; j < i; ++j) issuers += squeeze(ps[j].text);
          found = issuers + wanted;
          first = top;
        }
        t.found = {found, ps[first].offset};
        t.type = doc_type_of_title(found);
        t.paragraphs = i + k + 1 - first;
        t.last_paragraph = i + k;
        to_last_repeat(ps, t);
        return t;
      }
    }
  }
  return t;
}

std::string wrapper_title_of(std::string_view wrapper_title) {
  std::string t = squeeze(wrapper_title);
  for (std::string_view sep : {"-", "_", "|", "－"}) {
    auto p = t.find(sep);
    if (p != std::string::npos && doc_type_of_title(t.substr(0, p))) t = t.substr(0, p);
  }
  return clean_title(t);
}

}  // namespace detail

}  // namespace gongwen::official
