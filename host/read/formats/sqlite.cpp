// SQLite databases as scrapers and small apps keep them (a table of pages or
// documents, others of users, tags, logs): read as the SQL dump the SQLite
// shell's `.dump` would write, so that the dump reader chooses the table of
// documents, and joins a table of titles to a table of bodies, as it does for
// a MySQL dump.
//
// Invariants: the database is opened from a copy of its bytes in memory,
// read-only and defensive (sqlite3_deserialize), never from the file and
// never written; only tables are read, never views or triggers; a corrupt
// file is an error that says so; the dump stops at limits.max_text.
#include "read/formats/formats.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace gongwen::host::formats {

namespace {

struct DbClose {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StmtFinalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalize>;

Stmt prepare(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) return Stmt{};
  return Stmt{s};
}

// A name as the dump reader reads it: in backticks, none inside.
std::string quoted_name(std::string_view name) {
  std::string out = "`";
  for (char c : name) out += c == '`' ? '_' : c;
  return out + "`";
}

// A value as a MySQL dump writes it ('' and backslash escapes, as the dump reader reads them).
void append_value(std::string& out, sqlite3_stmt* s, int col) {
  switch (sqlite3_column_type(s, col)) {
    case SQLITE_NULL:
    case SQLITE_BLOB: out += "NULL"; return;  // pictures and packed data hold no text
    case SQLITE_INTEGER:
    case SQLITE_FLOAT: out += reinterpret_cast<const char*>(sqlite3_column_text(s, col)); return;
    default: break;
  }
  const char* t = reinterpret_cast<const char*>(sqlite3_column_text(s, col));
  std::size_t n = static_cast<std::size_t>(sqlite3_column_bytes(s, col));
  out += '\'';
  for (std::size_t i = 0; i < n; ++i) {
    char c = t[i];
    if (c == '\'') out += "''";
    else if (c == '\\') out += "\\\\";
    else if (c == '\0') continue;
    else out += c;
  }
  out += '\'';
}

}  // namespace

Extracted read_sqlite(std::string_view bytes, const ExtractLimits& limits) {
  Extracted e;
  sqlite3* raw = nullptr;
  if (sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK) {
    sqlite3_close(raw);
    e.error = "SQLite database: could not open an in-memory connection";
    return e;
  }
  std::unique_ptr<sqlite3, DbClose> db(raw);
  sqlite3_db_config(db.get(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  // The schema runs nothing of its own (a generated column calling functions), and no value
  // made while reading grows past the text a document may have.
  sqlite3_db_config(db.get(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
  sqlite3_limit(db.get(), SQLITE_LIMIT_LENGTH, static_cast<int>(std::min<std::uint64_t>(limits.max_text, 0x7FFFFFFF)));
  auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(bytes.size()));
  if (!copy) {
    e.error = "SQLite database: out of memory";
    return e;
  }
  std::memcpy(copy, bytes.data(), bytes.size());
  if (sqlite3_deserialize(db.get(), "main", copy, static_cast<sqlite3_int64>(bytes.size()), static_cast<sqlite3_int64>(bytes.size()),
                          SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY) != SQLITE_OK) {
    e.error = fmt::format("SQLite database: {}", sqlite3_errmsg(db.get()));
    return e;
  }
  std::vector<std::string> tables;
  {
    auto s = prepare(db.get(), "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
    if (!s) {
      e.error = fmt::format("SQLite database: damaged ({})", sqlite3_errmsg(db.get()));
      return e;
    }
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW)
      tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s.get(), 0)));
    if (rc != SQLITE_DONE) {
      e.error = fmt::format("SQLite database: damaged ({})", sqlite3_errmsg(db.get()));
      return e;
    }
  }
  if (tables.empty()) {
    e.error = "SQLite database without tables";
    return e;
  }
  std::string out = "-- an SQLite database, dumped table by table\n";
  std::size_t rows = 0;
  bool cut = false;
  for (const auto& table : tables) {
    std::string sql_name = "\"";
    for (char c : table) sql_name += c == '"' ? std::string("\"\"") : std::string(1, c);
    sql_name += '"';
    std::vector<std::string> columns;
    if (auto s = prepare(db.get(), "PRAGMA table_info(" + sql_name + ")"))
      while (sqlite3_step(s.get()) == SQLITE_ROW) columns.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s.get(), 1)));
    if (columns.empty()) continue;
    out += "CREATE TABLE " + quoted_name(table) + " (\n";
    for (std::size_t c = 0; c < columns.size(); ++c) out += "  " + quoted_name(columns[c]) + (c + 1 < columns.size() ? " TEXT,\n" : " TEXT\n");
    out += ");\n";
    auto s = prepare(db.get(), "SELECT * FROM " + sql_name);
    if (!s) {
      e.losses.push_back(fmt::format("table {}: {}", table, sqlite3_errmsg(db.get())));
      continue;
    }
    int rc;
    std::size_t table_rows = 0;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
      if (out.size() > limits.max_text) {
        cut = true;
        break;
      }
      out += "INSERT INTO " + quoted_name(table) + " VALUES (";
      for (int c = 0; c < sqlite3_column_count(s.get()); ++c) {
        if (c) out += ", ";
        append_value(out, s.get(), c);
      }
      out += ");\n";
      ++rows, ++table_rows;
    }
    if (!cut && rc != SQLITE_DONE) e.losses.push_back(fmt::format("table {}: read stopped after {} rows ({})", table, table_rows, sqlite3_errmsg(db.get())));
    if (cut) break;
  }
  if (cut) e.losses.push_back(fmt::format("the database's text past {} MB was not read", limits.max_text >> 20));
  e.notes.push_back({Diag::read_database, fmt::format("an SQLite database: {} table(s), {} row(s) read as an SQL dump", tables.size(), rows)});
  e.text = std::move(out);
  e.ok = true;
  return e;
}

}  // namespace gongwen::host::formats
