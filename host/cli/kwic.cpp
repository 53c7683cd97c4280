// `gongwen kwic RUN.sqlite TERM…`: every occurrence of a term in a run's
// documents, in its context (key word in context), with the document, its
// kind, date, issuer and the source line; or, with --count, how often.
//
// Invariants:
// - Terms of three characters or more are looked up through the FTS5 trigram
//   index; shorter ones by scanning `documents.text` (trigrams cannot hold
//   them). Either way every occurrence in a candidate's text is reported.
// - A container (a magazine issue, a compilation) is not searched: its text is
//   its articles', which are, so no passage is counted twice.
// - The line is the source file's (`documents.line_map`), not the cleaned text's.
#include "model/json_line.hpp"
#include "cli/commands.hpp"
#include "sinks/sqlite_handles.hpp"
#include "sinks/sink.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>

#include <gongwen/text.hpp>

namespace gongwen::host::cli {

namespace {

using Db = SqliteDb;
using Stmt = SqliteStmt;

namespace tx = gongwen::text;

struct Hit {
  std::string term;
  std::int64_t doc = 0;
  std::size_t offset = 0;
  std::string id, path, kind, date, issuer, title;
  std::uint32_t line = 0;
  std::string left, match, right;
  std::u32string left_outwards;  // the left context read from the term outwards: the `--sort left` key
};



// `["国务院办公厅","财政部"]` → 国务院办公厅、财政部; a plain string as it is.
std::string names_of(const std::string& v) {
  if (v.empty() || v[0] != '[') return v;
  Json j = Json::parse(v, nullptr, false);
  if (!j.is_array()) return v;
  std::string out;
  for (const auto& x : j)
    if (x.is_string()) out += (out.empty() ? "" : "、") + x.get<std::string>();
  return out;
}

// Up to n characters of text before (or after) byte b, newlines as spaces.
std::string context(std::string_view t, std::size_t b, std::size_t n, bool before) {
  std::size_t k = b;
  for (std::size_t c = 0; c < n; ++c) {
    if (before) {
      if (k == 0) break;
      do --k;
      while (k > 0 && (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80);
    } else {
      if (k >= t.size()) break;
      tx::next_cp(t, k);
    }
  }
  std::string out(before ? t.substr(k, b - k) : t.substr(b, k - b));
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

}  // namespace

int cmd_kwic(const KwicOptions& o) {
  Db db;
  if (sqlite3_open_v2(o.database.c_str(), &db.h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    spdlog::error("{}: cannot open: {}", o.database, db.h ? sqlite3_errmsg(db.h) : "?");
    return kUsage;
  }
  Stmt doc;
  // Outputs written before the `lines` column give the document's first line.
  auto doc_sql = [](const char* lines) {
    return fmt::format(
        "SELECT id, path, kind, coalesce(date, ''), coalesce(title, ''), coalesce(text, ''), {}, "
        "coalesce((SELECT value FROM fields WHERE doc = d.rowid AND key = 'issuer'),"
        "         (SELECT value FROM fields WHERE doc = d.rowid AND key = 'speaker'), ''), "
        "{} FROM documents d WHERE rowid = ?",
        lines, kIsContainerSql);
  };
  if (sqlite3_prepare_v2(db.h, doc_sql("coalesce(line_map, '')").c_str(), -1, &doc.s, nullptr) != SQLITE_OK &&
      sqlite3_prepare_v2(db.h, doc_sql("'[0,' || coalesce(line_start, 0) || ']'").c_str(), -1, &doc.s, nullptr) != SQLITE_OK) {
    spdlog::error("{}: not a gongwen SQLite output ({})", o.database, sqlite3_errmsg(db.h));
    return kUsage;
  }
  std::vector<Hit> hits;
  for (const auto& term : o.terms) {
    if (term.empty()) continue;
    std::vector<std::int64_t> candidates;
    Stmt find;
    bool fts = tx::char_count(term) >= 3;
    const char* sql = fts ? "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid"
                          : "SELECT rowid FROM documents WHERE instr(text, ?) > 0 OR instr(title, ?) > 0 ORDER BY rowid";
    if (sqlite3_prepare_v2(db.h, sql, -1, &find.s, nullptr) != SQLITE_OK) {
      spdlog::error("{}: {}", o.database, sqlite3_errmsg(db.h));
      return kUsage;
    }
    std::string phrase = term;
    if (fts) {  // an FTS5 phrase: the term itself, quotes doubled
      phrase = "\"";
      for (char c : term) phrase += c == '"' ? std::string("\"\"") : std::string(1, c);
      phrase += "\"";
    }
    sqlite3_bind_text(find.s, 1, phrase.c_str(), -1, SQLITE_TRANSIENT);
    if (!fts) sqlite3_bind_text(find.s, 2, phrase.c_str(), -1, SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(find.s)) == SQLITE_ROW) candidates.push_back(sqlite3_column_int64(find.s, 0));
    if (rc != SQLITE_DONE) {
      spdlog::error("{}: searching `{}`: {}", o.database, term, sqlite3_errmsg(db.h));
      return kUsage;
    }
    for (auto rowid : candidates) {
      sqlite3_reset(doc.s);
      sqlite3_bind_int64(doc.s, 1, rowid);
      if (sqlite3_step(doc.s) != SQLITE_ROW) {
        spdlog::error("{}: document {}: {}", o.database, rowid, sqlite3_errmsg(db.h));
        return kUsage;
      }
      if (sqlite3_column_int(doc.s, 8)) continue;  // a container: its articles hold the text
      std::string kind = column_text(doc.s, 2);
      if (!o.kinds.empty() && std::find(o.kinds.begin(), o.kinds.end(), kind) == o.kinds.end()) continue;
      std::string text = column_text(doc.s, 5);
      std::vector<std::uint32_t> map;  // offset, line, offset, line, …
      {
        Json l = Json::parse(column_text(doc.s, 6), nullptr, false);
        if (l.is_array())
          for (const auto& x : l) map.push_back(x.is_number_unsigned() ? x.get<std::uint32_t>() : 0);
      }
      std::size_t pair = 0;  // hits come in offset order: the map is walked once
      for (std::size_t at = text.find(term); at != std::string::npos; at = text.find(term, at + term.size())) {
        while (pair + 3 < map.size() && map[pair + 2] <= at) pair += 2;
        Hit h;
        h.term = term;
        h.doc = rowid;
        h.offset = at;
        h.id = column_text(doc.s, 0);
        h.path = column_text(doc.s, 1);
        h.kind = kind;
        h.date = column_text(doc.s, 3);
        h.title = column_text(doc.s, 4);
        h.issuer = names_of(column_text(doc.s, 7));
        h.line = pair + 1 < map.size() && map[pair] <= at ? map[pair + 1] : 0;
        h.left = context(text, at, o.window, true);
        if (o.sort == "left") {
          for (std::size_t i = 0; i < h.left.size();) h.left_outwards.push_back(tx::next_cp(h.left, i));
          std::reverse(h.left_outwards.begin(), h.left_outwards.end());
        }
        h.match = term;
        h.right = context(text, at + term.size(), o.window, false);
        hits.push_back(std::move(h));
      }
    }
  }
  auto by_doc = [](const Hit& a, const Hit& b) { return std::tie(a.term, a.doc, a.offset) < std::tie(b.term, b.doc, b.offset); };
  if (o.sort == "date")
    std::stable_sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
      return std::tie(a.term, a.date) != std::tie(b.term, b.date) ? std::tie(a.term, a.date) < std::tie(b.term, b.date) : by_doc(a, b);
    });
  else if (o.sort == "right")
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return std::tie(a.term, a.right) < std::tie(b.term, b.right); });
  else if (o.sort == "left")
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
      return a.term != b.term ? a.term < b.term : a.left_outwards < b.left_outwards;
    });
  else
    std::stable_sort(hits.begin(), hits.end(), by_doc);

  if (o.count) {
    // Hits and documents per term, or per term and kind / year / issuer.
    std::map<std::pair<std::string, std::string>, std::pair<std::size_t, std::set<std::int64_t>>> counts;
    for (const auto& h : hits) {
      std::string key = o.by == "kind" ? h.kind : o.by == "year" ? h.date.substr(0, 4) : o.by == "issuer" ? h.issuer : "";
      auto& c = counts[{h.term, key}];
      ++c.first;
      c.second.insert(h.doc);
    }
    for (const auto& term : o.terms)
      if (!counts.count({term, ""}) && o.by.empty()) counts[{term, ""}];
    if (o.format == "csv") std::printf("term,%s%shits,documents\n", o.by.c_str(), o.by.empty() ? "" : ",");
    for (const auto& [k, c] : counts) {
      if (o.format == "jsonl") {
        Json j = {{"term", k.first}};
        if (!o.by.empty()) j[o.by] = k.second;
        j["hits"] = c.first;
        j["documents"] = c.second.size();
        std::printf("%s\n", json_line(j).c_str());
      } else if (o.format == "csv") {
        std::printf("%s,%s%zu,%zu\n", csv_quote(k.first).c_str(), o.by.empty() ? "" : (csv_quote(k.second) + ",").c_str(), c.first,
                    c.second.size());
      } else {
        std::printf("%s\t%s%zu hits\t%zu documents\n", k.first.c_str(), o.by.empty() ? "" : ((k.second.empty() ? "-" : k.second) + "\t").c_str(),
                    c.first, c.second.size());
      }
    }
    return kOk;
  }
  std::size_t shown = 0;
  if (o.format == "csv") std::printf("term,id,path,line,kind,date,issuer,title,left,match,right\n");
  for (const auto& h : hits) {
    if (o.limit && shown++ >= o.limit) break;
    if (o.format == "jsonl") {
      Json j = {{"term", h.term}, {"id", h.id},       {"path", h.path},   {"line", h.line},   {"kind", h.kind}, {"date", h.date},
                {"issuer", h.issuer}, {"title", h.title}, {"left", h.left}, {"match", h.match}, {"right", h.right}};
      std::printf("%s\n", json_line(j).c_str());
    } else if (o.format == "csv") {
      std::printf("%s,%s,%s,%u,%s,%s,%s,%s,%s,%s,%s\n", csv_quote(h.term).c_str(), csv_quote(h.id).c_str(), csv_quote(h.path).c_str(),
                  h.line, csv_quote(h.kind).c_str(), csv_quote(h.date).c_str(), csv_quote(h.issuer).c_str(), csv_quote(h.title).c_str(),
                  csv_quote(h.left).c_str(), csv_quote(h.match).c_str(), csv_quote(h.right).c_str());
    } else {
      // The left context right-aligned on the term: missing characters as
      // ideographic spaces, since the contexts are mostly Chinese.
      std::string pad;
      for (std::size_t n = tx::char_count(h.left); n < o.window; ++n) pad += "\u3000";
      std::printf("%s%s【%s】%s\t%s:%u\t%s\t%s\t%s\n", pad.c_str(), h.left.c_str(), h.match.c_str(), h.right.c_str(), h.path.c_str(),
                  h.line, h.kind.c_str(), h.date.empty() ? "-" : h.date.c_str(), h.issuer.empty() ? "-" : h.issuer.c_str());
    }
  }
  if (o.format == "text") std::fprintf(stderr, "gongwen: %zu hit(s)\n", hits.size());
  return kOk;
}

}  // namespace gongwen::host::cli
