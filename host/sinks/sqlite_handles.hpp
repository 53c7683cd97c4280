// Handles for code that opens a run's SQLite output (the sink, merge, kwic,
// terms, report, duplicates): closed and finalized however the scope ends,
// and a column read as text.
#pragma once

#include <sqlite3.h>

#include <string>

namespace gongwen::host {

struct SqliteDb {
  sqlite3* h = nullptr;
  SqliteDb() = default;
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;
  ~SqliteDb() { sqlite3_close(h); }
};

struct SqliteStmt {
  sqlite3_stmt* s = nullptr;
  SqliteStmt() = default;
  SqliteStmt(const SqliteStmt&) = delete;
  SqliteStmt& operator=(const SqliteStmt&) = delete;
  ~SqliteStmt() { sqlite3_finalize(s); }
};

// Column i of the current row as text ("" for NULL), embedded NULs kept.
inline std::string column_text(sqlite3_stmt* s, int i) {
  const unsigned char* t = sqlite3_column_text(s, i);
  return t ? std::string(reinterpret_cast<const char*>(t), static_cast<std::size_t>(sqlite3_column_bytes(s, i))) : std::string();
}

}  // namespace gongwen::host
