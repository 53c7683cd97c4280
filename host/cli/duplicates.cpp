// `gongwen duplicates RUN.sqlite`: the groups of near-duplicate documents of
// a run — each original (the group's earliest document) with its copies and
// their similarity. The run computed them at the default threshold (the
// `duplicates` table); `--threshold` recomputes from the texts, read-only.
#include "cli/commands.hpp"
#include "sinks/sink.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <map>

#include "analysis/near_duplicates.hpp"

namespace gongwen::host::cli {

namespace {

struct Doc {
  std::string id, path, kind, title;
};

}  // namespace

int cmd_duplicates(const std::string& database, double threshold, const std::string& format) {
  sqlite3* db = nullptr;
  struct Close {
    sqlite3*& h;
    ~Close() { sqlite3_close(h); }
  } close{db};
  if (sqlite3_open_v2(database.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    spdlog::error("{}: cannot open: {}", database, db ? sqlite3_errmsg(db) : "?");
    return kUsage;
  }
  std::map<std::int64_t, Doc> docs;
  std::map<std::int64_t, std::vector<std::pair<std::int64_t, double>>> groups;  // original → copies
  auto doc_of = [&](sqlite3_stmt* s, int first) {
    auto col = [&](int i) {
      const unsigned char* t = sqlite3_column_text(s, i);
      return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
    };
    return Doc{col(first), col(first + 1), col(first + 2), col(first + 3)};
  };
  sqlite3_stmt* st = nullptr;
  if (threshold < 0) {
    const char* sql =
        "SELECT x.doc, x.duplicate_of, x.similarity, a.id, a.path, a.kind, coalesce(a.title, ''), b.id, b.path, b.kind, coalesce(b.title, '') "
        "FROM duplicates x JOIN documents a ON a.rowid = x.doc JOIN documents b ON b.rowid = x.duplicate_of ORDER BY x.duplicate_of, x.doc";
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
      spdlog::error("{}: not a gongwen SQLite output with near-duplicates ({}); a run of this version writes them", database,
                    sqlite3_errmsg(db));
      return kUsage;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
      auto copy = sqlite3_column_int64(st, 0), original = sqlite3_column_int64(st, 1);
      docs[copy] = doc_of(st, 3);
      docs[original] = doc_of(st, 7);
      groups[original].emplace_back(copy, sqlite3_column_double(st, 2));
    }
  } else {
    const char* sql =
        "SELECT rowid, text, id, path, kind, coalesce(title, '') FROM documents d WHERE error IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM documents c WHERE c.container = d.id) ORDER BY rowid";
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
      spdlog::error("{}: not a gongwen SQLite output ({})", database, sqlite3_errmsg(db));
      return kUsage;
    }
    std::vector<std::int64_t> rowids;
    std::vector<MinHash> sigs;
    while (sqlite3_step(st) == SQLITE_ROW) {
      rowids.push_back(sqlite3_column_int64(st, 0));
      const unsigned char* t = sqlite3_column_text(st, 1);
      sigs.push_back(t ? minhash(std::string_view(reinterpret_cast<const char*>(t), sqlite3_column_bytes(st, 1))) : MinHash{});
      docs[rowids.back()] = doc_of(st, 2);
    }
    for (const auto& d : find_duplicates(sigs, threshold)) groups[rowids[d.original]].emplace_back(rowids[d.doc], d.similarity);
  }
  sqlite3_finalize(st);

  std::size_t copies = 0;
  if (format == "csv") std::printf("group,role,id,path,kind,title,similarity\n");
  std::size_t g = 0;
  for (const auto& [original, members] : groups) {
    ++g;
    copies += members.size();
    const Doc& o = docs[original];
    if (format == "jsonl") {
      Json j = {{"group", g}, {"original", {{"id", o.id}, {"path", o.path}, {"kind", o.kind}, {"title", o.title}}}};
      Json ms = Json::array();
      for (const auto& [m, sim] : members)
        ms.push_back({{"id", docs[m].id}, {"path", docs[m].path}, {"kind", docs[m].kind}, {"title", docs[m].title},
                      {"similarity", std::round(sim * 1000) / 1000}});
      j["copies"] = std::move(ms);
      std::printf("%s\n", j.dump(-1, ' ', false, Json::error_handler_t::replace).c_str());
    } else if (format == "csv") {
      std::printf("%zu,original,%s,%s,%s,%s,\n", g, csv_quote(o.id).c_str(), csv_quote(o.path).c_str(), csv_quote(o.kind).c_str(),
                  csv_quote(o.title).c_str());
      for (const auto& [m, sim] : members)
        std::printf("%zu,copy,%s,%s,%s,%s,%.3f\n", g, csv_quote(docs[m].id).c_str(), csv_quote(docs[m].path).c_str(),
                    csv_quote(docs[m].kind).c_str(), csv_quote(docs[m].title).c_str(), sim);
    } else {
      std::printf("group %zu: %s  %s  %s\n", g, o.path.c_str(), o.kind.c_str(), o.title.c_str());
      for (const auto& [m, sim] : members)
        std::printf("  %.3f  %s  %s  %s\n", sim, docs[m].path.c_str(), docs[m].kind.c_str(), docs[m].title.c_str());
    }
  }
  if (format == "text") std::fprintf(stderr, "gongwen: %zu group(s), %zu copies\n", groups.size(), copies);
  return kOk;
}

}  // namespace gongwen::host::cli
