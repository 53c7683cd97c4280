// generic: the fallback for documents no handler claims (kind `unknown`).
// It never wins on its score (detect() returns 0); the registry runs it when
// nothing reaches the threshold, so every document still gets a title, a
// heading tree and the common entities.
#include <gongwen/plugin.hpp>
#include <gongwen/structure.hpp>

namespace {

namespace st = gongwen::structure;

// Words: a Han character (`序` titles a preface) or two Latin letters.
bool has_words(std::string_view t) {
  std::size_t latin = 0;
  for (std::size_t k = 0; k < t.size();) {
    char32_t c = gongwen::text::next_cp(t, k);
    if (gongwen::text::is_han(c)) return true;
    latin += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
  return latin >= 2;
}

struct Generic {
  static constexpr const char* name = "generic";
  static constexpr const char* version = "0.2.0";
  static constexpr const char* kinds = "unknown";
  static constexpr const char* description = "fallback: title, heading tree, entities for unclassified documents";
  static constexpr int priority = 0;

  double detect(gongwen::Document&) { return 0; }

  void process(gongwen::Document& doc) {
    auto ps = st::paragraphs(doc.text());
    if (ps.empty()) return;
    std::size_t first = 0;
    // The title: the first short line (a long first paragraph is body text) that
    // has words: a time stamp alone (`2015-09-29 14:26:18`) titles nothing.
    if (doc.title().empty()) {
      for (std::size_t i = 0; i < ps.size() && i < 3; ++i)
        if (gongwen::text::char_count(ps[i].text) <= 60 && has_words(ps[i].text)) {
          doc.set_title(ps[i].text);
          first = i + 1;
          break;
        }
    }
    st::TreeOptions o;
    o.from_paragraph = first;
    auto hs = st::heading_tree(doc, ps, o);
    st::add_sections(doc, hs);
    st::check_numbering(doc, hs);
  }
};

}  // namespace

GONGWEN_PLUGIN(Generic)
