// The table of common extractors and the step that runs them (see
// extractors.hpp); each extractor lives in its own file (scan.hpp lists them).
#include "extract/extractors.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "extract/scan.hpp"

namespace gongwen::host {

using namespace extract;

const std::vector<ExtractorInfo>& extractors() {
  static const std::vector<ExtractorInfo> v = {
      {"dates", extract_dates, "dates to ISO 8601; year-less dates from the document's or container's date (flagged)"},
      {"slogans", extract_slogans, "numbered formulations in quotes (“三严三实”, “1+8+2”), counted per document"},
      {"statistics", extract_statistics, "number + 余/多/近/约 + unit + counted noun, with the value normalized"},
      {"officials", extract_officials, "position + name (市委副书记、市长汤飞帆), name + title (车俊书记)"},
      {"quotes", extract_quotes, "quotations attributed to a speaker (习近平总书记强调：“…”)"},
      {"doc_refs", extract_doc_refs, "cited documents 《…》 with their document numbers"},
  };
  return v;
}

namespace {

// A handler may have added an entity an extractor finds again (a briefing's date line): one span
// of one type is one entity, the first added (the handler's, which knows more) kept, order kept.
void drop_repeated_entities(Document& doc) {
  auto& es = doc.entities;
  std::vector<std::size_t> order(es.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key = [&](std::size_t i) { return std::tie(es[i].type, es[i].begin, es[i].end); };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  std::vector<bool> repeated(es.size(), false);
  bool any = false;
  for (std::size_t k = 1; k < order.size(); ++k)
    if (key(order[k]) == key(order[k - 1])) repeated[order[k]] = any = true;
  if (!any) return;
  std::vector<Entity> kept;
  kept.reserve(es.size());
  for (std::size_t i = 0; i < es.size(); ++i)
    if (!repeated[i]) kept.push_back(std::move(es[i]));
  es = std::move(kept);
}

}  // namespace

bool is_extractor(const std::string& name) {
  for (const auto& e : extractors())
    if (name == e.name) return true;
  return false;
}

void run_extractors(Document& doc, const std::vector<std::string>& names, const ExtractContext& ctx) {
  if (doc.error) return;
  std::string step = std::move(doc.step);
  doc.step = "extract";
  for (const auto& e : extractors()) {
    if (!names.empty() && std::find(names.begin(), names.end(), e.name) == names.end()) continue;
    try {
      e.fn(doc, ctx);
    } catch (const std::exception& ex) {
      doc.diagnose(Diag::extract_failed, fmt::format("extractor {} failed: {}", e.name, ex.what()));
    }
  }
  drop_repeated_entities(doc);
  doc.step = std::move(step);
}

}  // namespace gongwen::host

