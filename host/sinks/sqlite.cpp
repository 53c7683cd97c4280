// The SQLite sink: documents, fields, sections, entities, diagnostics and
// scores as tables with foreign keys and indexes, and an FTS5 index over
// title and text with the trigram tokenizer, so substring queries on Chinese
// text (“三严三实”) work without a word segmenter. Schema: docs/sqlite.md.
#include <sqlite3.h>

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

#include "model/json_line.hpp"
#include "similarity/near_duplicates.hpp"
#include "sinks/sqlite_handles.hpp"
#include "sinks/sink.hpp"
#include "model/keys.hpp"

namespace gongwen::host {

namespace {

using Stmt = SqliteStmt;

constexpr const char* kSchema = R"sql(
PRAGMA foreign_keys = ON;
CREATE TABLE documents (
  rowid      INTEGER PRIMARY KEY,
  id         TEXT NOT NULL,          -- sha256 of the source bytes (+ "#n" for articles)
  path       TEXT NOT NULL,
  encoding   TEXT,
  layout     TEXT,
  container  TEXT,                   -- id of the container document, NULL at top level
  idx        INTEGER,                -- position in the container
  line_start INTEGER,
  line_end   INTEGER,
  kind       TEXT NOT NULL,
  handler    TEXT,
  title      TEXT,
  date       TEXT,                   -- fields.date (ISO 8601) when the handler found one
  error_step TEXT,
  error      TEXT,
  text       TEXT,                   -- the cleaned text
  line_map   TEXT,                   -- JSON [offset, line, offset, line, …]: from each byte offset of text on, its source line
  record     TEXT NOT NULL           -- the whole JSON record
);
CREATE INDEX documents_id ON documents(id);
CREATE INDEX documents_kind_date ON documents(kind, date);
CREATE INDEX documents_container ON documents(container, idx);
CREATE TABLE fields (
  doc   INTEGER NOT NULL REFERENCES documents(rowid),
  key   TEXT NOT NULL,
  value TEXT,                        -- strings as they are, other values as JSON
  PRIMARY KEY (doc, key)
);
CREATE INDEX fields_key_value ON fields(key, value);
CREATE TABLE sections (
  doc INTEGER NOT NULL REFERENCES documents(rowid), seq INTEGER NOT NULL,
  level INTEGER, marker TEXT, title TEXT, line INTEGER, PRIMARY KEY (doc, seq));
CREATE TABLE entities (
  doc INTEGER NOT NULL REFERENCES documents(rowid), seq INTEGER NOT NULL,
  type TEXT NOT NULL, text TEXT, value TEXT, line INTEGER, PRIMARY KEY (doc, seq));
CREATE INDEX entities_type_value ON entities(type, value);
CREATE TABLE diagnostics (
  doc INTEGER NOT NULL REFERENCES documents(rowid), seq INTEGER NOT NULL,
  severity TEXT, id TEXT, step TEXT, message TEXT, line INTEGER, PRIMARY KEY (doc, seq));
CREATE INDEX diagnostics_id ON diagnostics(id);    -- a registered id: `gongwen diagnostics` lists them
CREATE TABLE scores (
  doc INTEGER NOT NULL REFERENCES documents(rowid), handler TEXT NOT NULL, score REAL,
  PRIMARY KEY (doc, handler));
CREATE TABLE refs (                -- what cites what: every 《title》 and number a document cites
  doc          INTEGER NOT NULL REFERENCES documents(rowid), seq INTEGER NOT NULL,
  cited_title  TEXT,                 -- as written, without 《》
  cited_number TEXT,                 -- the number written after it, if any
  title_key    TEXT, number_key TEXT,-- normalised (model/keys.hpp)
  resolved     INTEGER REFERENCES documents(rowid),  -- the cited document, when it is in this run
  line         INTEGER,
  PRIMARY KEY (doc, seq));
CREATE TABLE doc_keys (              -- each document's own title and number keys
  doc INTEGER NOT NULL REFERENCES documents(rowid), key TEXT NOT NULL);
CREATE INDEX doc_keys_key ON doc_keys(key);
CREATE TABLE duplicates (           -- near-duplicates: reprints, other encodings or formats, light edits
  doc          INTEGER PRIMARY KEY REFERENCES documents(rowid),
  duplicate_of INTEGER NOT NULL REFERENCES documents(rowid),  -- the earliest document of its group
  similarity   REAL                  -- estimated Jaccard similarity of their 5-character shingles
);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid',
                                              tokenize='trigram');
)sql";

// A citation resolves to the document of the run whose title or number it names.
constexpr const char* kResolveRefs =
    "CREATE INDEX refs_keys ON refs(title_key, number_key);"
    "UPDATE refs SET resolved = (SELECT k.doc FROM doc_keys k WHERE k.doc <> refs.doc AND "
    "(k.key = refs.number_key OR k.key = refs.title_key) AND k.key <> '' ORDER BY k.doc LIMIT 1);";

// The tables whose rows belong to a document, and the column naming it
// (`duplicates` is not among them: a merge recomputes it over the whole run).
constexpr std::pair<const char*, const char*> kDocTables[] = {
    {"documents", "rowid"}, {"fields", "doc"}, {"sections", "doc"}, {"entities", "doc"}, {"diagnostics", "doc"},
    {"scores", "doc"},      {"refs", "doc"},   {"doc_keys", "doc"}};


// Near-duplicates over the whole run, once every document is in: the
// `duplicates` table, and `duplicate_of` in each later copy's record. A
// container is left out (its text is its articles'), as are failed documents.
constexpr double kDuplicate = 0.7;
void mark_duplicates(sqlite3* db, const std::string& target) {
  auto fail = [&]() { throw OutputError(fmt::format("{}: SQLite duplicates: {}", target, sqlite3_errmsg(db))); };
  Stmt ins, upd;
  if (sqlite3_prepare_v2(db, "INSERT INTO duplicates(doc, duplicate_of, similarity) VALUES (?,?,?)", -1, &ins.s, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db, "UPDATE documents SET record = json_set(record, '$.duplicate_of', json_object('id', "
                             "(SELECT id FROM documents WHERE rowid = ?1), 'similarity', ?2)) WHERE rowid = ?3", -1, &upd.s, nullptr) != SQLITE_OK)
    fail();
  for (const auto& d : run_duplicates(db, kDuplicate)) {
    double sim = std::round(d.similarity * 1000) / 1000;
    sqlite3_bind_int64(ins.s, 1, d.doc);
    sqlite3_bind_int64(ins.s, 2, d.original);
    sqlite3_bind_double(ins.s, 3, sim);
    if (sqlite3_step(ins.s) != SQLITE_DONE) fail();
    sqlite3_reset(ins.s);
    sqlite3_bind_int64(upd.s, 1, d.original);
    sqlite3_bind_double(upd.s, 2, sim);
    sqlite3_bind_int64(upd.s, 3, d.doc);
    if (sqlite3_step(upd.s) != SQLITE_DONE) fail();
    sqlite3_reset(upd.s);
  }
}

class SqliteSink final : public Sink {
 public:
  explicit SqliteSink(const std::string& path) : target_(path) {
    file_ = std::make_unique<AtomicFile>(path);  // reserves the temp name and removes it unless committed
    file_->close_stream();
    // SQLite takes the empty file we created (O_EXCL) as a new database.
    // No journal: the file is private until publish(). The whole output is
    // one transaction, so synchronous=FULL costs one sync at its COMMIT, and
    // seal() fsyncs the file again before the rename.
    if (sqlite3_open_v2(file_->temp_path().c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, nullptr) != SQLITE_OK)
      fail("open");
    exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = FULL; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;");
    // A 128 MiB page cache: the FTS5 trigram index of a large run otherwise
    // pages in and out of the default 2 MiB (29 MB of text: 25 s -> 15 s).
    exec(kSchema);
    exec("BEGIN");
    prepare(doc_, "INSERT INTO documents(id, path, encoding, layout, container, idx, line_start, line_end, kind, handler, "
                  "title, date, error_step, error, text, line_map, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    prepare(fts_, "INSERT INTO documents_fts(rowid, title, text) VALUES (?,?,?)");
    prepare(field_, "INSERT OR REPLACE INTO fields(doc, key, value) VALUES (?,?,?)");
    prepare(section_, "INSERT INTO sections(doc, seq, level, marker, title, line) VALUES (?,?,?,?,?,?)");
    prepare(entity_, "INSERT INTO entities(doc, seq, type, text, value, line) VALUES (?,?,?,?,?,?)");
    prepare(diag_, "INSERT INTO diagnostics(doc, seq, severity, id, step, message, line) VALUES (?,?,?,?,?,?,?)");
    prepare(score_, "INSERT OR REPLACE INTO scores(doc, handler, score) VALUES (?,?,?)");
    prepare(ref_, "INSERT INTO refs(doc, seq, cited_title, cited_number, title_key, number_key, line) VALUES (?,?,?,?,?,?,?)");
    prepare(key_, "INSERT INTO doc_keys(doc, key) VALUES (?,?)");
  }
  ~SqliteSink() override {
    // Statements first: sqlite3_close refuses (and leaks the handle) while
    // any is unfinalized, as on an unfinished run.
    finalize_all();
    if (db_) sqlite3_close(db_);
  }
  const std::string& target() const override { return target_; }

  void write(const Document& d, const Json& r) override {
    const Json& src = r["source"];
    bind_text(doc_, 1, r["id"]);
    bind_text(doc_, 2, src["path"]);
    bind_text(doc_, 3, src["encoding"]);
    bind_text(doc_, 4, src["layout"]);
    bind_text(doc_, 5, src["container"]);
    bind_int(doc_, 6, src["index"]);
    bind_int(doc_, 7, src["line_start"]);
    bind_int(doc_, 8, src["line_end"]);
    bind_text(doc_, 9, r["kind"]);
    bind_text(doc_, 10, r["handler"]);
    bind_text(doc_, 11, r["title"]);
    bind_text(doc_, 12, r["fields"].contains("date") ? r["fields"]["date"] : Json(nullptr));
    bind_text(doc_, 13, r.contains("error") ? r["error"]["step"] : Json(nullptr));
    bind_text(doc_, 14, r.contains("error") ? r["error"]["message"] : Json(nullptr));
    sqlite3_bind_text(doc_.s, 15, d.text.data(), static_cast<int>(d.text.size()), SQLITE_TRANSIENT);
    std::string lines = "[";
    for (auto l : d.line_map()) {
      if (lines.size() > 1) lines += ',';
      lines += std::to_string(l);
    }
    lines += ']';
    sqlite3_bind_text(doc_.s, 16, lines.data(), static_cast<int>(lines.size()), SQLITE_TRANSIENT);
    std::string rec = json_line(r);
    sqlite3_bind_text(doc_.s, 17, rec.data(), static_cast<int>(rec.size()), SQLITE_TRANSIENT);
    step(doc_);
    sqlite3_int64 row = sqlite3_last_insert_rowid(db_);

    // A container (magazine issue, compilation) is indexed by its title: its
    // text is its articles', each indexed on its own row, and indexing it twice
    // doubled the trigram index, the largest cost of a run writing SQLite.
    bool container = r["fields"].contains("split_method");
    sqlite3_bind_int64(fts_.s, 1, row);
    bind_text(fts_, 2, r["title"]);
    sqlite3_bind_text(fts_.s, 3, container ? "" : d.text.data(), container ? 0 : static_cast<int>(d.text.size()), SQLITE_TRANSIENT);
    step(fts_);

    for (auto it = r["fields"].begin(); it != r["fields"].end(); ++it) {
      sqlite3_bind_int64(field_.s, 1, row);
      sqlite3_bind_text(field_.s, 2, it.key().c_str(), -1, SQLITE_TRANSIENT);
      bind_text(field_, 3, it.value());
      step(field_);
    }
    int seq = 0;
    for (const auto& s : r["sections"]) {
      sqlite3_bind_int64(section_.s, 1, row);
      sqlite3_bind_int(section_.s, 2, ++seq);
      bind_int(section_, 3, s["level"]);
      bind_text(section_, 4, s["marker"]);
      bind_text(section_, 5, s["title"]);
      bind_int(section_, 6, s["line"]);
      step(section_);
    }
    seq = 0;
    for (const auto& e : r["entities"]) {
      sqlite3_bind_int64(entity_.s, 1, row);
      sqlite3_bind_int(entity_.s, 2, ++seq);
      bind_text(entity_, 3, e["type"]);
      bind_text(entity_, 4, e["text"]);
      bind_text(entity_, 5, e["value"]);
      bind_int(entity_, 6, e["line"]);
      step(entity_);
    }
    seq = 0;
    for (const auto& g : r["diagnostics"]) {
      sqlite3_bind_int64(diag_.s, 1, row);
      sqlite3_bind_int(diag_.s, 2, ++seq);
      bind_text(diag_, 3, g["severity"]);
      bind_text(diag_, 4, g["id"]);
      bind_text(diag_, 5, g["step"]);
      bind_text(diag_, 6, g["message"]);
      bind_int(diag_, 7, g["line"]);
      step(diag_);
    }
    // Citations and the document's own keys, for the refs table.
    seq = 0;
    for (const auto& e : r["entities"]) {
      if (e["type"] != "doc_ref" || !e["value"].is_object()) continue;
      std::string title = e["value"].value("title", ""), number = e["value"].value("doc_number", "");
      sqlite3_bind_int64(ref_.s, 1, row);
      sqlite3_bind_int(ref_.s, 2, ++seq);
      bind_str(ref_, 3, title);
      bind_str(ref_, 4, number);
      bind_str(ref_, 5, title.empty() ? "" : title_key(title));
      bind_str(ref_, 6, number.empty() ? "" : number_key(number));
      bind_int(ref_, 7, e["line"]);
      step(ref_);
    }
    auto own_key = [&](const std::string& k) {
      if (k.empty()) return;
      sqlite3_bind_int64(key_.s, 1, row);
      bind_str(key_, 2, k);
      step(key_);
    };
    if (r["title"].is_string()) own_key(title_key(r["title"].get<std::string>()));
    const Json& num = r["fields"].contains("doc_number") ? r["fields"]["doc_number"] : Json();
    if (num.is_object() && num.contains("text") && num["text"].is_string()) own_key(number_key(num["text"].get<std::string>()));
    else if (num.is_string()) own_key(number_key(num.get<std::string>()));
    for (auto it = r["scores"].begin(); it != r["scores"].end(); ++it) {
      sqlite3_bind_int64(score_.s, 1, row);
      sqlite3_bind_text(score_.s, 2, it.key().c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_double(score_.s, 3, it.value().get<double>());
      step(score_);
    }
  }

  std::string seal() override {
    exec(kResolveRefs);
    mark_duplicates(db_, target_);
    exec("COMMIT");
    finalize_all();
    exec("PRAGMA optimize;");
    if (sqlite3_close(db_) != SQLITE_OK) fail("close");
    db_ = nullptr;
    return file_->seal();
  }
  void publish() override { file_->publish(); }

 private:
  void finalize_all() {
    for (Stmt* s : {&doc_, &fts_, &field_, &section_, &entity_, &diag_, &score_, &ref_, &key_}) {
      sqlite3_finalize(s->s);
      s->s = nullptr;
    }
  }
  [[noreturn]] void fail(const char* what) {
    throw OutputError(fmt::format("{}: SQLite {}: {}", target_, what, db_ ? sqlite3_errmsg(db_) : "no database"));
  }
  void exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "?";
      sqlite3_free(err);
      throw std::runtime_error(fmt::format("{}: SQLite: {}", target_, msg));
    }
  }
  void prepare(Stmt& st, const char* sql) {
    if (sqlite3_prepare_v2(db_, sql, -1, &st.s, nullptr) != SQLITE_OK) fail("prepare");
  }
  void step(Stmt& st) {
    if (sqlite3_step(st.s) != SQLITE_DONE) fail("insert");
    sqlite3_reset(st.s);
    sqlite3_clear_bindings(st.s);
  }
  static void bind_text(Stmt& st, int i, const Json& v) {
    if (v.is_null()) {
      sqlite3_bind_null(st.s, i);
    } else if (v.is_string()) {
      const auto& s = v.get_ref<const std::string&>();
      sqlite3_bind_text(st.s, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    } else {
      std::string s = json_line(v);
      sqlite3_bind_text(st.s, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    }
  }
  static void bind_str(Stmt& st, int i, const std::string& v) {
    if (v.empty()) sqlite3_bind_null(st.s, i);
    else sqlite3_bind_text(st.s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  static void bind_int(Stmt& st, int i, const Json& v) {
    if (v.is_number_integer()) sqlite3_bind_int64(st.s, i, v.get<long long>());
    else sqlite3_bind_null(st.s, i);
  }

  std::string target_;
  std::unique_ptr<AtomicFile> file_;
  sqlite3* db_ = nullptr;
  Stmt doc_, fts_, field_, section_, entity_, diag_, score_, ref_, key_;
};

}  // namespace

std::unique_ptr<Sink> make_sqlite_sink(const std::string& path) { return std::make_unique<SqliteSink>(path); }

std::vector<RunDuplicate> run_duplicates(sqlite3* db, double threshold) {
  auto fail = [&]() { throw OutputError(fmt::format("SQLite duplicates: {}", sqlite3_errmsg(db))); };
  std::vector<std::int64_t> rowids;
  std::vector<MinHash> sigs;
  Stmt q;
  if (sqlite3_prepare_v2(db, fmt::format("SELECT rowid, text FROM documents d WHERE error IS NULL AND NOT {} ORDER BY rowid",
                                         kIsContainerSql).c_str(), -1, &q.s, nullptr) != SQLITE_OK)
    fail();
  int rc;
  while ((rc = sqlite3_step(q.s)) == SQLITE_ROW) {
    rowids.push_back(sqlite3_column_int64(q.s, 0));
    const unsigned char* t = sqlite3_column_text(q.s, 1);
    sigs.push_back(t ? minhash(std::string_view(reinterpret_cast<const char*>(t), sqlite3_column_bytes(q.s, 1))) : MinHash{});
  }
  if (rc != SQLITE_DONE) fail();
  std::vector<RunDuplicate> out;
  for (const auto& d : find_duplicates(sigs, threshold)) out.push_back({rowids[d.doc], rowids[d.original], d.similarity});
  return out;
}

// Rows are copied table by table with SQL, each document's rows under its
// new row id, so every column a part holds (text, lines, record, …) carries
// over; the FTS index and the citations are then built over the whole run,
// as a single run's seal() builds them.
std::string merge_sqlite(const std::string& out, const std::vector<std::string>& parts,
                         const std::vector<std::pair<std::size_t, std::int64_t>>& order) {
  AtomicFile file(out);
  file.close_stream();
  SqliteDb db;
  auto fail = [&](const std::string& what) {
    throw OutputError(fmt::format("{}: SQLite {}: {}", out, what, db.h ? sqlite3_errmsg(db.h) : "no database"));
  };
  auto exec = [&](const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(db.h, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "?";
      sqlite3_free(err);
      throw OutputError(fmt::format("{}: SQLite: {}", out, msg));
    }
  };
  if (sqlite3_open_v2(file.temp_path().c_str(), &db.h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, nullptr) != SQLITE_OK) fail("open");
  exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = FULL; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;");
  exec(kSchema);
  exec("CREATE TEMP TABLE ord(part INTEGER NOT NULL, old INTEGER NOT NULL, new INTEGER PRIMARY KEY)");
  exec("CREATE INDEX temp.ord_old ON ord(part, old)");
  {
    Stmt ins;
    if (sqlite3_prepare_v2(db.h, "INSERT INTO temp.ord(part, old, new) VALUES (?,?,?)", -1, &ins.s, nullptr) != SQLITE_OK) fail("prepare");
    for (std::size_t i = 0; i < order.size(); ++i) {
      sqlite3_bind_int64(ins.s, 1, static_cast<sqlite3_int64>(order[i].first));
      sqlite3_bind_int64(ins.s, 2, order[i].second);
      sqlite3_bind_int64(ins.s, 3, static_cast<sqlite3_int64>(i + 1));
      if (sqlite3_step(ins.s) != SQLITE_DONE) fail("insert");
      sqlite3_reset(ins.s);
    }
  }
  auto columns = [&](const char* table) {
    std::vector<std::string> cols;
    Stmt st;
    if (sqlite3_prepare_v2(db.h, fmt::format("PRAGMA main.table_info({})", table).c_str(), -1, &st.s, nullptr) != SQLITE_OK) fail("prepare");
    while (sqlite3_step(st.s) == SQLITE_ROW) cols.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st.s, 1)));
    return cols;
  };
  // One transaction per part: SQLite detaches a database only outside one.
  for (std::size_t p = 0; p < parts.size(); ++p) {
    Stmt at;
    if (sqlite3_prepare_v2(db.h, "ATTACH DATABASE ? AS part", -1, &at.s, nullptr) != SQLITE_OK) fail("prepare");
    sqlite3_bind_text(at.s, 1, parts[p].c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(at.s) != SQLITE_DONE) fail("attach " + parts[p]);
    exec("BEGIN");
    for (const auto& [table, doc_col] : kDocTables) {
      std::string names, values;
      for (const auto& c : columns(table)) {
        names += (names.empty() ? "" : ", ") + c;
        std::string v = c == doc_col ? "o.new" : (std::string(table) == "refs" && c == "resolved") ? "NULL" : "x." + c;
        values += (values.empty() ? "" : ", ") + v;
      }
      exec(fmt::format("INSERT INTO main.{0} ({1}) SELECT {2} FROM part.{0} x JOIN temp.ord o ON o.part = {3} AND o.old = x.{4} "
                       "ORDER BY o.new, x.rowid",
                       table, names, values, p, doc_col));
    }
    exec("COMMIT");
    exec("DETACH DATABASE part");
  }
  exec("BEGIN");
  exec(fmt::format("INSERT INTO documents_fts(rowid, title, text) SELECT rowid, title, CASE WHEN {} THEN '' ELSE text END "
                   "FROM documents d ORDER BY rowid",
                   kIsContainerSql));
  exec(kResolveRefs);
  // The parts' own near-duplicates (not copied) give way to the whole run's.
  exec("UPDATE documents SET record = json_remove(record, '$.duplicate_of') WHERE json_extract(record, '$.duplicate_of') IS NOT NULL");
  mark_duplicates(db.h, out);
  exec("COMMIT");
  exec("PRAGMA optimize;");
  if (sqlite3_close(db.h) != SQLITE_OK) fail("close");
  db.h = nullptr;
  std::string sha = file.seal();
  file.publish();
  return sha;
}

}  // namespace gongwen::host
