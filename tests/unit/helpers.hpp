// Shared helpers for the unit tests.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

#include "model/document.hpp"
#include "read/reader.hpp"

namespace testing {

inline std::string corpus(const std::string& name) { return std::string(CORPUS_DIR) + "/" + name; }

inline bool have_corpus() { return std::filesystem::exists(CORPUS_DIR); }

// The first corpus file whose name starts with prefix ("001_").
inline std::string corpus_file(const std::string& prefix) {
  if (!have_corpus()) return {};
  for (auto& e : std::filesystem::directory_iterator(CORPUS_DIR))
    if (e.path().filename().string().rfind(prefix, 0) == 0) return e.path().string();
  return {};
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline gongwen::host::Document read_text(std::string text, std::string path = "test.txt") {
  return gongwen::host::read_bytes(std::move(path), std::move(text));
}

}  // namespace testing
