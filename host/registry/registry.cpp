// Classification and dispatch (see registry.hpp).
#include "registry/registry.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>

#include <gongwen/text.hpp>

#include "util/activity.hpp"

namespace gongwen::host {

std::vector<std::string> split_kinds(std::string_view csv) {
  std::vector<std::string> out;
  for (std::size_t b = 0; b <= csv.size();) {
    std::size_t e = csv.find(',', b);
    if (e == std::string_view::npos) e = csv.size();
    auto k = text::trim(csv.substr(b, e - b));
    if (!k.empty()) out.emplace_back(k);
    b = e + 1;
  }
  return out;
}

void Registry::add(std::unique_ptr<Handler> h) {
  handlers_.push_back(std::move(h));
  scanner_.reset();
}

Handler* Registry::find(std::string_view name) const {
  for (const auto& h : handlers_)
    if (h->info().name == name) return h.get();
  return nullptr;
}

Classification Registry::classify(Document& doc, double threshold) const {
  Classification c;
  doc.step = "classify";
  doc.scores.clear();
  if (!scanner_) {
    std::vector<std::string> words;
    for (const auto& h : handlers_) {
      words.insert(words.end(), h->info().keywords.begin(), h->info().keywords.end());
      words.insert(words.end(), h->info().words.begin(), h->info().words.end());
    }
    scanner_ = std::make_unique<KeywordScanner>(words);
  }
  if (!scanner_->empty()) doc.hits = std::make_shared<const KeywordHits>(scanner_->scan(doc.text));
  std::string failed;  // a detect() that fails is a document error, not a silent 0
  for (const auto& h : handlers_) {
    double score = 0;
    doc.active_handler = h->info().name;
    activity_step("classify", h->info().id());
    try {
      score = h->detect(doc);
      if (!(score >= 0) || score > 1.0) {  // NaN too
        doc.diagnose(Diag::classify_score_range, fmt::format("{}: detect returned {}; scores are in [0, 1] ({} used)",
                                                            h->info().id(), score, score > 1.0 ? "1" : "0"));
        score = score > 1.0 ? 1.0 : 0.0;
      }
    } catch (const std::exception& e) {
      if (!failed.empty()) failed += "; ";
      failed += fmt::format("{}: detect failed: {}", h->info().id(), e.what());
      score = 0;
    }
    doc.scores.emplace_back(h->info().name, score);
    if (score < threshold) continue;
    bool better = !c.winner || score > c.score ||
                  (score == c.score && (h->info().priority > c.winner->info().priority ||
                                        (h->info().priority == c.winner->info().priority &&
                                         h->info().name < c.winner->info().name)));
    if (better) {
      c.winner = h.get();
      c.score = score;
    }
  }
  doc.active_handler.clear();
  if (!failed.empty()) {
    spdlog::error("{}: {}", doc.path(), failed);
    doc.fail(Diag::classify_detect_failed, std::move(failed));
  }
  return c;
}

void Registry::run(Document& doc, double threshold) const {
  if (doc.error) return;
  auto c = classify(doc, threshold);
  if (doc.error) return;
  if (!c.winner) {
    doc.kind = "unknown";
    // A fallback handler (kinds = {"unknown"}) still gives the document its structure.
    for (const auto& h : handlers_)
      if (!h->info().kinds.empty() && h->info().kinds.front() == "unknown") c.winner = h.get();
    if (!c.winner) return;
  }
  const auto& info = c.winner->info();
  doc.handler = info.id();
  if (!info.kinds.empty()) doc.kind = info.kinds.front();
  doc.step = "process";
  doc.active_handler = info.name;
  activity_step("process", info.id());
  try {
    c.winner->process(doc);
  } catch (const std::exception& e) {
    doc.fail(Diag::process_failed, fmt::format("{}: {}", info.id(), e.what()));
  }
}

}  // namespace gongwen::host
