// The 发文机关标志 told by its typography alone: a red masthead without the word 文件.
//
// Invariant: only lines at the very top, red and set large, none of them a title (a red
// `关于…的通知` stays the title); they are taken out of the paragraphs the parser reads.
#include "detail.hpp"
#include "elements.hpp"

#include <gongwen/document.hpp>
#include <gongwen/text.hpp>

#include <charconv>

namespace gongwen::official {

namespace tx = gongwen::text;

// (`中共某某市委`, `某某市人民政府办公室`: GB/T 9704 prints the masthead in red, nothing else
// there is; taken out, it is never read as the first line of the title.)
Found red_masthead(const Document& doc, std::vector<structure::Paragraph>& ps) {
  Found m;
  std::size_t n = 0;
  for (; n < ps.size() && n < 3; ++n) {
    auto s = doc.style_at(ps[n].offset);
    if (!s || s->color.size() != 6 || s->size_pt < 18 || tx::char_count(ps[n].text) > 40) break;
    // A red title is still the title (`关于…的通知` set in red by its author), and so is an
    // organ over its 文种 alone (`中华人民共和国最高人民检察院` / `公    告`).
    if (doc_type_of_title(ps[n].text) || tx::contains(ps[n].text, "关于") || detail::organ_over_type(ps, n).type) break;
    // The colour comes from the file: never trust it to be hexadecimal.
    auto hex = [&](std::size_t i) {
      int v = -1;
      auto c = s->color.substr(i, 2);
      auto [end, ec] = std::from_chars(c.data(), c.data() + c.size(), v, 16);
      return ec == std::errc() && end == c.data() + c.size() ? v : -1;
    };
    if (!(hex(0) >= 0xB0 && hex(2) >= 0 && hex(2) <= 0x70 && hex(4) >= 0 && hex(4) <= 0x70)) break;
    if (!m.present()) m.offset = ps[n].offset;
    m.text += std::string(ps[n].text);
  }
  if (n) ps.erase(ps.begin(), ps.begin() + static_cast<std::ptrdiff_t>(n));
  return m;
}

}  // namespace gongwen::official
