// A document a news release publishes in full: the lead says who issued it
// (`新华社北京7月29日电 近日，中共中央办公厅、国务院办公厅印发了《关于…的意见》，…`) and
// hands over to its text (`《关于…的意见》全文如下。`). The record is the document, not the
// release: its title, its 文种, and the organs the lead names.
//
// Invariant: only a `全文如下` paragraph among the first ones, naming in 《》 a title that
// ends with a 文种, makes one; the issuers are those the lead names with 印发/发布 before the
// same title, each an organ.
#include "detail.hpp"

namespace gongwen::official {

namespace tx = gongwen::text;
using gongwen::text::contains;
using structure::Paragraph;

namespace detail {

Title published_in_full(const std::vector<Paragraph>& ps, std::size_t from) {
  Title t;
  for (std::size_t i = from; i < ps.size() && i < from + 8; ++i) {
    std::string q = squeeze(ps[i].text);
    auto here = q.find("全文如下");
    if (here == std::string::npos) continue;
    // `《T》全文如下`: the title in the brackets closing right before it.
    auto close = q.rfind("》", here);
    auto open = close == std::string::npos ? std::string::npos : q.rfind("《", close);
    if (open == std::string::npos || close + 3 != here) return t;
    std::string title = q.substr(open + 3, close - open - 3);
    const DocType* type = doc_type_of_title(title);
    // (A congress's `政府工作报告` published in full is a work report, the other handler's.)
    if (!type || !tx::ends_with(title, type->chinese) || tx::ends_with(title, "工作报告")) return t;
    t.found = {title, ps[i].offset};
    t.type = type;
    t.last_paragraph = i;
    // The organs the lead says issued it (`X印发了《T》`).
    for (std::size_t j = from; j <= i && t.released_by.empty(); ++j) t.released_by = people::releasing_organs(squeeze(ps[j].text), title);
    return t;
  }
  return t;
}

}  // namespace detail
}  // namespace gongwen::official
