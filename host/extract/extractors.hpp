// The common extractors: run on every document after its handler, each one
// switchable in a job (`extract = { "dates", "slogans", … }`). Each adds
// entities with their spans, so every value points at its source line.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace gongwen::host {

struct ExtractContext {
  std::string container_date;  // ISO date of the container (magazine issue), for year-less dates
  // Known slogans → their expansion (user dictionary, merged over the built-in one).
  std::map<std::string, std::string> slogan_dictionary;
};

using Extractor = void (*)(Document&, const ExtractContext&);

struct ExtractorInfo {
  const char* name;
  Extractor fn;
  const char* description;
};

const std::vector<ExtractorInfo>& extractors();
bool is_extractor(const std::string& name);

// Runs the named extractors (all when names is empty) on doc.
void run_extractors(Document& doc, const std::vector<std::string>& names, const ExtractContext& ctx);

// The slogan key of a quoted text (GUIDE §5): spaces removed, full-width
// digits and ＋－． folded; empty when it is not a numbered formulation.
std::string slogan_key(std::string_view quoted);

// Loads `key<TAB>expansion` lines; throws with the line number on bad input.
std::map<std::string, std::string> load_slogan_dictionary(const std::string& path);
const std::map<std::string, std::string>& builtin_slogans();

}  // namespace gongwen::host
