// Term counts of a run's SQLite output (see term_stats.hpp).
#include "analysis/term_stats.hpp"
#include "sinks/sqlite_handles.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>
#include <string_view>

#include <gongwen/text.hpp>

#include "model/document.hpp"
#include "sinks/sink.hpp"

namespace gongwen::host {

namespace {

using Stmt = SqliteStmt;

namespace tx = gongwen::text;



bool sentence_end(const std::string& w) {
  return w == "。" || w == "！" || w == "？" || w == "；" || w == "\n" || w == "!" || w == "?" || w == ";";
}

// “…” contents of 2 to 12 characters with no clause mark: candidates for the dictionary.
template <class F>
void each_quoted(std::string_view t, F&& f) {
  for (std::size_t i = t.find("“"); i != std::string_view::npos; i = t.find("“", i)) {
    i += 3;
    auto e = t.find("”", i);
    if (e == std::string_view::npos) return;
    auto q = t.substr(i, e - i);
    std::size_t n = tx::char_count(q);
    bool clean = n >= 2 && n <= 12;
    for (std::string_view m : {"。", "，", "；", "：", "“", "\n", "！", "？", " "}) clean = clean && q.find(m) == std::string_view::npos;
    if (clean) f(q);
  }
}

}  // namespace

std::vector<std::string> names_of(const std::string& v) {
  if (v.empty()) return {};
  if (v[0] != '[') return {v};
  Json j = Json::parse(v, nullptr, false);
  std::vector<std::string> out;
  if (j.is_array())
    for (const auto& x : j)
      if (x.is_string()) out.push_back(x.get<std::string>());
  return out;
}

TermStats count_terms(sqlite3* db, const Segmenter& seg, const TermQuery& o) {
  Stmt q;
  std::string sql = fmt::format(
      "SELECT rowid, coalesce(kind, ''), coalesce(date, ''), coalesce(text, ''), "
      "coalesce((SELECT value FROM fields WHERE doc = d.rowid AND key = 'issuer'),"
      "         (SELECT value FROM fields WHERE doc = d.rowid AND key = 'speaker'), '') "
      "FROM documents d WHERE error IS NULL AND NOT {} ORDER BY rowid",
      kIsContainerSql);
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &q.s, nullptr) != SQLITE_OK)
    throw std::runtime_error(fmt::format("not a gongwen SQLite output ({})", sqlite3_errmsg(db)));
  TermStats st;
  int rc;
  while ((rc = sqlite3_step(q.s)) == SQLITE_ROW) {
    std::int64_t id = sqlite3_column_int64(q.s, 0);
    std::string kind = column_text(q.s, 1), date = column_text(q.s, 2), text = column_text(q.s, 3);
    if (!o.kinds.empty() && std::find(o.kinds.begin(), o.kinds.end(), kind) == o.kinds.end()) continue;
    ++st.documents;
    std::vector<std::string> keys;
    if (o.by == "kind") keys = {kind.empty() ? "-" : kind};
    else if (o.by == "year") keys = {date.size() >= 4 && date[0] != '-' ? date.substr(0, 4) : "-"};
    else if (o.by == "issuer") keys = names_of(column_text(q.s, 4));
    else keys = {""};
    if (keys.empty()) keys = {"-"};
    std::size_t chars = tx::char_count(text);
    std::vector<std::string> sentence;
    for (auto& w : seg.cut(text)) {
      if (sentence_end(w)) {
        if (o.sentences && !sentence.empty()) st.sentences.push_back(std::move(sentence));
        sentence.clear();
        continue;
      }
      if (!seg.countable(w)) continue;
      ++st.total[w];
      for (const auto& k : keys) {
        TermCount& c = st.groups[k].words[w];
        ++c.n;
        if (c.last_doc != id) ++c.docs, c.last_doc = id;
      }
      if (o.sentences) sentence.push_back(std::move(w));
    }
    if (o.sentences && !sentence.empty()) st.sentences.push_back(std::move(sentence));
    for (const auto& k : keys) st.groups[k].chars += chars, ++st.groups[k].docs;
    if (o.quoted)
      each_quoted(text, [&](std::string_view t) {
        auto& f = st.quoted[std::string(t)];
        ++f.first;
        f.second.insert(id);
      });
  }
  if (rc != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db));
  return st;
}

}  // namespace gongwen::host
