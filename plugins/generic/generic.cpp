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

// An attachment's label over its title (`附件1`, `附件 2：`, `附表3`): a place in
// the document it came with, not a title.
bool attachment_label(std::string_view t) {
  std::string q = gongwen::text::strip_spaces(t);
  std::string_view v = q;
  bool labelled = false;
  for (std::string_view l : {"附件", "附表", "附录"})
    if (gongwen::text::starts_with(v, l)) v.remove_prefix(l.size()), labelled = true;
  if (!labelled) return false;
  for (std::string_view c : {"：", ":"})
    if (gongwen::text::ends_with(v, c)) v.remove_suffix(c.size());
  for (std::size_t k = 0; k < v.size();) {
    char32_t c = gongwen::text::next_cp(v, k);
    if (!((c >= '0' && c <= '9') || c == '-' || c == U'－' || std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos))
      return false;
  }
  return true;
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
        if (gongwen::text::char_count(ps[i].text) <= 60 && has_words(ps[i].text) && !attachment_label(ps[i].text)) {
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
