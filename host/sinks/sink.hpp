// Outputs of a run. A sink receives records in input order; file sinks write
// to a temporary file next to the target and rename it on commit(), so an
// interrupted run never leaves a truncated file that looks complete.
//
// Invariants (docs/security.md, "Outputs"):
// - A temporary file is created with O_EXCL in the target's folder under an
//   unpredictable name, so nothing planted there is followed or overwritten.
// - A target that exists and is not a regular file is never replaced: a
//   device or FIFO is written through, a symlink or folder refused.
// - Every write, flush, fsync, close and rename is checked; a failure throws
//   OutputError and the previous file stays as it was.
// - Temporary files are removed on every exit path: destructors, SIGINT,
//   SIGTERM and SIGHUP (remove_temp_files_on_signals), and stale ones from
//   killed runs by the next run that writes the same target.
#pragma once

#include <cstdio>
#include <stdexcept>
#include <string_view>
#include <memory>
#include <string>

#include "model/document.hpp"

struct sqlite3;

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
  // Whether write_line looks at the record's tree (a line copier does not,
  // and then the runner parses none).
  virtual bool wants_record() const { return true; }
  // Finishes writing: flushed, synced and closed, every error checked.
  // Returns the sha256 of the bytes written ("" for standard output).
  virtual std::string seal() = 0;
  // Makes a sealed output visible (rename into place); without it the
  // temporary file is removed.
  virtual void publish() = 0;
  void commit() {
    seal();
    publish();
  }
  virtual const std::string& target() const = 0;
};

// An output could not be written (exit code 3).
struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A file written under a temporary name and renamed into place on commit.
class AtomicFile {
 public:
  explicit AtomicFile(std::string target);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  std::FILE* get() const { return f_; }
  const std::string& temp_path() const { return tmp_; }
  const std::string& target() const { return target_; }
  // For writers that open the temporary path themselves (SQLite).
  void close_stream();
  void write(std::string_view bytes);
  std::string seal();  // flush, fsync, close; returns the sha256 of the file
  void publish();      // rename over the target, then sync the folder
  void commit() {
    seal();
    publish();
  }

 private:
  std::string target_, tmp_;
  std::FILE* f_ = nullptr;
  bool sealed_ = false, published_ = false, direct_ = false;
  int slot_ = -1;  // in the signal handler's list of temporary files
};

// Installs SIGINT/SIGTERM/SIGHUP handlers that remove every live temporary
// file, then die of the same signal.
void remove_temp_files_on_signals();
// The same, now (async-signal-safe; for the fatal-signal report).
void remove_temp_files_now();

// sha256 of a file's bytes, streamed; throws OutputError when unreadable.
std::string sha256_file(const std::string& path);
// A CSV field, always quoted, quotes doubled (RFC 4180): what every CSV gongwen writes uses.
std::string csv_quote(std::string_view s);

// Writes to standard output with every error checked (a full disk, a closed pipe).
void write_stdout(std::string_view bytes);
void flush_stdout();

// "out.jsonl" → JSON Lines, "out.json" → a JSON array, "out.csv" → CSV,
// "out.sqlite" → SQLite; "-" is stdout (JSONL). Other extensions: OutputError.
std::string output_format(const std::string& target);  // "" when unknown
std::unique_ptr<Sink> open_sink(const std::string& target, const std::string& format = "");

std::unique_ptr<Sink> make_jsonl_sink(std::FILE* out);  // not owned (stdout)
std::unique_ptr<Sink> make_jsonl_file_sink(const std::string& path);
std::unique_ptr<Sink> make_csv_sink(const std::string& path, bool bom);
std::unique_ptr<Sink> make_csv_sink(std::FILE* out, bool bom);  // not owned (stdout)
std::unique_ptr<Sink> make_sqlite_sink(const std::string& path);
std::unique_ptr<Sink> make_xlsx_sink(const std::string& path);
// One SQLite output from the SQLite outputs `parts` of one job's shards:
// order lists (part, documents.rowid) in the order the single run writes
// them. Returns the sha256 of the published file.
// SQL true of a document (alias `d`) whose articles are rows of their own:
// its text is theirs, so searches and comparisons leave it out. The splitter
// marks it (`split_method`); an issuing notice also has a child (the document
// it issues, cut from its text) but keeps its own text, and is no container.
inline constexpr const char* kIsContainerSql = "EXISTS (SELECT 1 FROM fields f WHERE f.doc = d.rowid AND f.key = 'split_method')";
// Near-duplicates among the documents of a run's SQLite output (containers
// and failed documents left out), by row id; throws OutputError on SQLite errors.
struct RunDuplicate {
  std::int64_t doc, original;
  double similarity;
};
std::vector<RunDuplicate> run_duplicates(sqlite3* db, double threshold);
std::string merge_sqlite(const std::string& out, const std::vector<std::string>& parts,
                         const std::vector<std::pair<std::size_t, std::int64_t>>& order);
// True when the sink needs Document::text kept after the record is built.
bool sink_needs_text(const std::string& target);

}  // namespace gongwen::host
