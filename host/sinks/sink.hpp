// Outputs of a run. A sink receives records in input order; file sinks write
// to a temporary file next to the target and rename it on commit(), so an
// interrupted run never leaves a truncated file that looks complete.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "model/document.hpp"

namespace gongwen::host {

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void write(const Document& doc, const Json& record) = 0;
  // The record already serialised as one JSON line (workers do this in
  // parallel, so the writer thread only copies bytes).
  virtual void write_line(const Document& doc, const Json& record, const std::string& line) {
    (void)line;
    write(doc, record);
  }
  // Makes the output visible; without it the temporary file is removed.
  virtual void commit() = 0;
};

// A file written under a temporary name and renamed into place on commit.
class AtomicFile {
 public:
  explicit AtomicFile(std::string target);
  ~AtomicFile();
  std::FILE* get() const { return f_; }
  const std::string& temp_path() const { return tmp_; }
  // For writers that open the temporary path themselves (SQLite).
  void close_stream();
  void commit();

 private:
  std::string target_, tmp_;
  std::FILE* f_ = nullptr;
  bool committed_ = false;
};

// "out.jsonl" → JSON Lines, "out.csv" → CSV, "out.sqlite" → SQLite; "-" is stdout (JSONL).
std::unique_ptr<Sink> open_sink(const std::string& target, const std::string& format = "");

std::unique_ptr<Sink> make_jsonl_sink(std::FILE* out);  // not owned (stdout)
std::unique_ptr<Sink> make_jsonl_file_sink(const std::string& path);
std::unique_ptr<Sink> make_csv_sink(const std::string& path, bool bom);
std::unique_ptr<Sink> make_csv_sink(std::FILE* out, bool bom);  // not owned (stdout)
std::unique_ptr<Sink> make_sqlite_sink(const std::string& path);
// True when the sink needs Document::text kept after the record is built.
bool sink_needs_text(const std::string& target);

}  // namespace gongwen::host
