// The read step: a file on disk becomes a Document with its Origin (decoded
// source, cleaned text, offset map). Never throws: a file that cannot be read
// gives a Document whose error names the reason.
#pragma once

#include <string>

#include "model/document.hpp"
#include "util/sha256.hpp"

namespace gongwen::host {

// A dataset's columns named by the job (read.columns) instead of found by
// their names and content; empty: found.
struct DatasetColumns {
  std::string text, title, date;
  bool empty() const { return text.empty() && title.empty() && date.empty(); }
};

struct ReadOptions {
  std::uint64_t max_bytes = 512ull << 20;  // larger inputs are refused, not truncated
  DatasetColumns columns;
};

Document read_document(const std::string& path, const ReadOptions& options = {});

// The same from bytes already in memory (stdin records, tests).
Document read_bytes(std::string path, std::string bytes);
// The error record of an input that failed before any step could run (it
// has no text; its id is the hash of its path). `step`: where a `run.*`
// failure happened.
Document failed_document(const std::string& path, Diag id, std::string message, std::uint64_t bytes = 0,
                         std::string_view step = {});



}  // namespace gongwen::host
