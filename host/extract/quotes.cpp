// The `quotes` extractor: quotations attributed to a speaker (习近平总书记强调：“…”).
#include "extract/scan.hpp"

#include <gongwen/people.hpp>

#include <algorithm>

namespace gongwen::host::extract {

void extract_quotes(Document& d, const ExtractContext&) {
  std::string_view t = d.text;
  static const std::string_view verbs[] = {"强调", "指出", "要求", "说过", "讲过", "曾说", "说", "讲", "认为", "表示"};
  for_each_quote(t, 600, [&](std::size_t ob, std::size_t cb, std::size_t ce, std::size_t oe) {
    // Look back for `SPEAKER VERB[：，]` right before the opening quote.
    std::size_t p = ob;
    std::size_t k = p;
    char32_t c = p ? tx::prev_cp(t, k) : 0;
    if (c == U'：' || c == U'，' || c == ':' || c == ',') p = k;
    for (auto v : verbs) {
      if (p < v.size() || t.substr(p - v.size(), v.size()) != v) continue;
      std::size_t vb = p - v.size();
      std::size_t sb = vb, chars = 0;
      while (sb > 0 && chars < 12) {
        std::size_t m = sb;
        char32_t x = tx::prev_cp(t, m);
        if (!tx::is_han(x) && x != U'·') break;
        sb = m;
        ++chars;
      }
      std::string speaker(t.substr(sb, vb - sb));
      for (std::string_view lead : {"正如", "如", "曾经", "曾"})
        if (tx::starts_with(speaker, lead)) speaker.erase(0, lead.size());
      if (tx::char_count(speaker) < 2) return;
      // A speaker is a titled person (…同志, …总书记) or a bare name; `可以说` is not.
      bool titled = false;
      for (std::string_view title : {"同志", "总书记", "书记", "主席", "总理", "市长", "省长", "县长", "部长", "委员长", "负责人", "负责同志"})
        titled |= tx::ends_with(speaker, title);
      std::size_t z = 0;
      bool bare_name = tx::char_count(speaker) <= 3 && people::is_surname(tx::next_cp(speaker, z));
      if (!titled && !bare_name) return;
      std::string quote(t.substr(cb, ce - cb));
      quote.erase(std::remove(quote.begin(), quote.end(), '\n'), quote.end());
      add(d, "quote", sb, oe, Json{{"speaker", speaker}, {"verb", std::string(v)}, {"quote", quote}});
      return;
    }
  });
}

}  // namespace gongwen::host::extract
