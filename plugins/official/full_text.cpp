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
    // The lead's `X印发了《T》` (or 发布, 印发了): X back to the clause's start, a dateline's 电 or
    // 近日 left out, an organ each between 、.
    const std::string wanted = "《" + title + "》";
    for (std::size_t j = from; j <= i && t.released_by.empty(); ++j) {
      std::string lead = squeeze(ps[j].text);
      for (std::string_view verb : {"印发了", "印发", "发布了", "发布"}) {
        auto at = lead.find(std::string(verb) + wanted);
        if (at == std::string::npos) continue;
        std::string_view before = std::string_view(lead).substr(0, at);
        for (std::string_view when : {"日前", "近日", "最近"})  // (`…国务院办公厅日前印发了`)
          if (tx::ends_with(before, when)) before.remove_suffix(when.size());
        std::size_t cut = 0;
        for (std::string_view mark : {"，", "。", "日电", "：", "日前", "近日", "最近"})
          if (auto p = before.rfind(mark); p != std::string_view::npos) cut = std::max(cut, p + mark.size());
        std::string_view organs = before.substr(cut);
        bool all = !organs.empty();
        for (const auto& o : split_joint_issuers(organs)) all = all && organ_like(squeeze(o));
        if (all) t.released_by = std::string(organs);
        break;
      }
    }
    return t;
  }
  return t;
}

}  // namespace detail
}  // namespace gongwen::official
