// my_handler: a starting point for a native gongwen handler.
// Rename the class, the name and the kinds; keep detect() honest: every
// signal that adds to the score is reported with doc.signal().
#include <gongwen/plugin.hpp>
#include <gongwen/text.hpp>

namespace {

struct MyHandler {
  static constexpr const char* name = "my_handler";
  static constexpr const char* version = "0.1.0";
  static constexpr const char* kinds = "my_kind";
  static constexpr const char* description = "describe the document type in one line";
  static constexpr int priority = 10;

  double detect(gongwen::Document& doc) {
    if (doc.text().find("简报") != std::string_view::npos) doc.signal("text mentions 简报", 0.6);
    return doc.score();  // the signals' weights added up, clamped to [0, 1]
  }

  void process(gongwen::Document& doc) {
    auto text = doc.text();
    auto first_line = gongwen::text::trim(text.substr(0, text.find('\n')));
    doc.set_title(first_line);
    if (auto d = gongwen::text::find_full_date(text)) doc.set_field("date", d->iso());
  }
};

}  // namespace

GONGWEN_PLUGIN(MyHandler)
