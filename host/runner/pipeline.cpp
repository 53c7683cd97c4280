// The per-document pipeline.
#include "runner/pipeline.hpp"

#include <fmt/format.h>

namespace gongwen::host {

std::vector<Document> process_document(Document doc, const Registry& reg, const PipelineOptions& opt) {
  std::vector<Document> out;
  try {
    if (!doc.error) reg.run(doc, opt.threshold);
  } catch (const std::exception& e) {
    doc.fail(doc.step, fmt::format("internal error: {}", e.what()));
  }
  out.push_back(std::move(doc));
  return out;
}

std::vector<Document> process_input(const std::string& path, const Registry& reg, const PipelineOptions& opt) {
  Document doc;
  try {
    doc = read_document(path, opt.read);
  } catch (const std::exception& e) {
    doc = Document{};
    auto origin = std::make_shared<Origin>();
    origin->path = path;
    doc.origin = origin;
    doc.fail("read", fmt::format("internal error: {}", e.what()));
  }
  return process_document(std::move(doc), reg, opt);
}

}  // namespace gongwen::host
