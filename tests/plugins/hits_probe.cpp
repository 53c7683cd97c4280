// A plugin on the SDK's own class interface that declares keywords and words
// (ABI 1.3): the host must not call its detect on a document without a
// keyword, and doc.hits() must answer from the host's scan, in byte offsets.
// detect counts its calls, so the record can say how often it ran.
#include <gongwen/plugin.hpp>

#include <string>

namespace {

struct HitsProbe {
  static constexpr const char* name = "hits_probe";
  static constexpr const char* version = "1.0.0";
  static constexpr const char* kinds = "probe";
  static constexpr const char* description = "test: keyword gate and doc.hits()";
  static constexpr int priority = 100;
  static constexpr const char* keywords = "探针文件,PROBE-KEY";
  static constexpr const char* words = "甲乙,aa";
  int detect_calls = 0;

  double detect(gongwen::Document&) {
    ++detect_calls;
    return 0.99;
  }
  void process(gongwen::Document& doc) {
    auto list = [](const std::vector<std::uint32_t>& v) {
      std::string s;
      for (auto o : v) s += (s.empty() ? "" : ",") + std::to_string(o);
      return s;
    };
    const std::uint32_t* at = nullptr;
    // Declared words come from the scan; the rest are searched by the SDK.
    doc.set_field("scanned", doc.host()->hits(doc.handle(), gongwen::to_gw("甲乙"), &at) != GW_NO_OFFSET ? "yes" : "no");
    doc.set_field("undeclared_scanned",
                  doc.host()->hits(doc.handle(), gongwen::to_gw("丙丁"), &at) != GW_NO_OFFSET ? "yes" : "no");
    doc.set_field("jiayi", list(doc.hits("甲乙")));
    doc.set_field("aa", list(doc.hits("aa")));
    doc.set_field("bingding", list(doc.hits("丙丁")));
    doc.set_field("has_bingding", doc.has("丙丁") ? "yes" : "no");
    doc.set_field_number("detect_calls", detect_calls);
  }
};

}  // namespace

GONGWEN_PLUGIN(HitsProbe)
