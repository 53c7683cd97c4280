// One input through every step: read → clean → (split) → classify →
// process → (extract). Never throws for a bad document: the document carries
// its error instead, so the run goes on.
#pragma once

#include <string>
#include <vector>

#include "extract/extractors.hpp"
#include "model/document.hpp"
#include "read/reader.hpp"
#include "registry/registry.hpp"

namespace gongwen::host {

struct PipelineOptions {
  double threshold = 0.3;  // lowest detect score that wins a document
  ReadOptions read;
  bool split = true;       // split containers into articles
  bool use_toc = true;     // use a table of contents when there is one
  bool extract = true;     // run the common extractors
  std::vector<std::string> extractors;  // which ones (empty: all)
  std::shared_ptr<const ExtractContext> extract_context;  // slogan dictionary
  double document_seconds = 120;  // wall-clock limit of one input, every step (0: none)
};

// Every record the input yields, in reading order (a container first, then
// its articles).
std::vector<Document> process_input(const std::string& path, const Registry& reg, const PipelineOptions& opt);
std::vector<Document> process_document(Document doc, const Registry& reg, const PipelineOptions& opt);

}  // namespace gongwen::host
