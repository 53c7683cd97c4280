// `gongwen duplicates RUN.sqlite`: the groups of near-duplicate documents of
// a run — each original (the group's earliest document) with its copies and
// their similarity. The run computed them at the default threshold (the
// `duplicates` table); `--threshold` recomputes from the texts, read-only.
#include "cli/commands.hpp"
#include "sinks/sink.hpp"
#include "model/json_line.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <map>


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
  // (copy, original, similarity) by row id: as the run found them, or recomputed.
  std::vector<RunDuplicate> found;
  sqlite3_stmt* st = nullptr;
  auto sql_error = [&](const char* what) {
    spdlog::error("{}: {} ({})", database, what, sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return kUsage;
  };
  if (threshold < 0) {
    if (sqlite3_prepare_v2(db, "SELECT doc, duplicate_of, similarity FROM duplicates ORDER BY duplicate_of, doc", -1, &st, nullptr) != SQLITE_OK)
      return sql_error("not a gongwen SQLite output with near-duplicates; a run of this version writes them");
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
      found.push_back({sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), sqlite3_column_double(st, 2)});
    if (rc != SQLITE_DONE) return sql_error("cannot read the duplicates");
    sqlite3_finalize(st);
    st = nullptr;
  } else {
    try {
      found = run_duplicates(db, threshold);
    } catch (const std::exception& e) {
      spdlog::error("{}: {}", database, e.what());
      return kUsage;
    }
  }
  std::map<std::int64_t, std::vector<std::pair<std::int64_t, double>>> groups;  // original → copies
  for (const auto& d : found) groups[d.original].emplace_back(d.doc, d.similarity);
  std::map<std::int64_t, Doc> docs;
  if (sqlite3_prepare_v2(db, "SELECT id, path, kind, coalesce(title, '') FROM documents WHERE rowid = ?", -1, &st, nullptr) != SQLITE_OK)
    return sql_error("not a gongwen SQLite output");
  auto doc = [&](std::int64_t rowid) -> const Doc& {
    auto [it, fresh] = docs.try_emplace(rowid);
    if (fresh) {
      sqlite3_reset(st);
      sqlite3_bind_int64(st, 1, rowid);
      if (sqlite3_step(st) == SQLITE_ROW) {
        auto col = [&](int i) {
          const unsigned char* t = sqlite3_column_text(st, i);
          return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
        };
        it->second = {col(0), col(1), col(2), col(3)};
      }
    }
    return it->second;
  };

  std::size_t copies = 0;
  if (format == "csv") std::printf("group,role,id,path,kind,title,similarity\n");
  std::size_t g = 0;
  for (const auto& [original, members] : groups) {
    ++g;
    copies += members.size();
    const Doc& o = doc(original);
    if (format == "jsonl") {
      Json j = {{"group", g}, {"original", {{"id", o.id}, {"path", o.path}, {"kind", o.kind}, {"title", o.title}}}};
      Json ms = Json::array();
      for (const auto& [m, sim] : members)
        ms.push_back({{"id", doc(m).id}, {"path", doc(m).path}, {"kind", doc(m).kind}, {"title", doc(m).title},
                      {"similarity", std::round(sim * 1000) / 1000}});
      j["copies"] = std::move(ms);
      std::printf("%s\n", json_line(j).c_str());
    } else if (format == "csv") {
      std::printf("%zu,original,%s,%s,%s,%s,\n", g, csv_quote(o.id).c_str(), csv_quote(o.path).c_str(), csv_quote(o.kind).c_str(),
                  csv_quote(o.title).c_str());
      for (const auto& [m, sim] : members)
        std::printf("%zu,copy,%s,%s,%s,%s,%.3f\n", g, csv_quote(doc(m).id).c_str(), csv_quote(doc(m).path).c_str(),
                    csv_quote(doc(m).kind).c_str(), csv_quote(doc(m).title).c_str(), sim);
    } else {
      std::printf("group %zu: %s  %s  %s\n", g, o.path.c_str(), o.kind.c_str(), o.title.c_str());
      for (const auto& [m, sim] : members)
        std::printf("  %.3f  %s  %s  %s\n", sim, doc(m).path.c_str(), doc(m).kind.c_str(), doc(m).title.c_str());
    }
  }
  sqlite3_finalize(st);
  if (format == "text") std::fprintf(stderr, "gongwen: %zu group(s), %zu copies\n", groups.size(), copies);
  return kOk;
}

}  // namespace gongwen::host::cli
