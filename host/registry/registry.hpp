// The per-worker set of handlers and the classification rule: every
// handler's detect() scores the document, the best score at or above the
// threshold processes it, ties go to the higher priority, then to the name
// (never to load order, which depends on the file system).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "model/handler.hpp"
#include "scan/keyword_scanner.hpp"

namespace gongwen::host {

struct Classification {
  Handler* winner = nullptr;
  double score = 0;
};

class Registry {
 public:
  void add(std::unique_ptr<Handler> h);
  const std::vector<std::unique_ptr<Handler>>& handlers() const { return handlers_; }
  Handler* find(std::string_view name) const;

  // Scores doc with every handler (failures score 0 and leave a diagnostic)
  // and records the scores on the document.
  // Every handler's keywords are found in one pass first (doc.hits).
  Classification classify(Document& doc, double threshold) const;
  // classify + process with the winner; the document's kind defaults to the
  // winner's first kind. A throwing handler fails the document, not the run.
  void run(Document& doc, double threshold) const;

 private:
  std::vector<std::unique_ptr<Handler>> handlers_;
  mutable std::unique_ptr<KeywordScanner> scanner_;  // built on first use, after every add()
};

}  // namespace gongwen::host
