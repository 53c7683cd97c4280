// SQL dumps as datasets (see dataset_detail.hpp).
#include "read/dataset_detail.hpp"

#include <gongwen/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

namespace gongwen::host::dataset_detail {

namespace tx = gongwen::text;

// ---- SQL dumps -------------------------------------------------------------------
// `INSERT INTO t (a, b) VALUES (…), (…);` as mysqldump, phpMyAdmin and
// scrapers write them: MySQL string literals ('' and backslash escapes, over
// many lines), NULL, numbers. Column names come from the INSERT, else from
// the table's CREATE TABLE, else column1…

bool ieq_at(std::string_view s, std::size_t at, std::string_view word) {
  if (at + word.size() > s.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[at + i])) != word[i]) return false;
  return true;
}

void skip_space_and_comments(std::string_view s, std::size_t& i) {
  for (;;) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (s.substr(i, 2) == "--" || (i < s.size() && s[i] == '#')) {
      std::size_t e = s.find('\n', i);
      i = e == std::string_view::npos ? s.size() : e + 1;
    } else if (s.substr(i, 2) == "/*") {
      std::size_t e = s.find("*/", i + 2);
      i = e == std::string_view::npos ? s.size() : e + 2;
    } else {
      return;
    }
  }
}

std::string identifier(std::string_view s, std::size_t& i) {
  skip_space_and_comments(s, i);
  std::string out;
  if (i < s.size() && (s[i] == '`' || s[i] == '"' || s[i] == '[')) {
    char close = s[i] == '[' ? ']' : s[i];
    std::size_t e = s.find(close, i + 1);
    if (e == std::string_view::npos) e = s.size();
    out = std::string(s.substr(i + 1, e - i - 1));
    i = std::min(s.size(), e + 1);
  } else {
    while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' || s[i] == '.' || static_cast<unsigned char>(s[i]) >= 0x80))
      out += s[i++];
  }
  // schema.table: the table's own name.
  if (auto dot = out.rfind('.'); dot != std::string::npos) out = out.substr(dot + 1);
  return out;
}

// One value of a VALUES tuple; nullopt for NULL.
std::optional<std::string> sql_value(std::string_view s, std::size_t& i) {
  skip_space_and_comments(s, i);
  if (i < s.size() && (s[i] == '\'' || s[i] == '"')) {
    char q = s[i++];
    std::string out;
    while (i < s.size()) {
      char c = s[i++];
      if (c == '\\' && i < s.size()) {
        char e = s[i++];
        switch (e) {
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case '0': break;
          case 'Z': break;
          default: out += e;
        }
      } else if (c == q) {
        if (i < s.size() && s[i] == q) {
          out += q;
          ++i;
        } else {
          break;
        }
      } else {
        out += c;
      }
    }
    return out;
  }
  std::size_t b = i;
  while (i < s.size() && s[i] != ',' && s[i] != ')') ++i;
  std::string raw(tx::trim(s.substr(b, i - b)));
  // A BLOB or binary column dumped as a hex literal (Navicat, `mysqldump --hex-blob`:
  // `0x3C703E…`): its bytes, which are the text (the reader decodes them with the rest).
  if (raw.size() > 2 && raw.size() % 2 == 0 && raw[0] == '0' && (raw[1] == 'x' || raw[1] == 'X') &&
      raw.find_first_not_of("0123456789abcdefABCDEF", 2) == std::string::npos) {
    std::string bytes;
    bytes.reserve(raw.size() / 2 - 1);
    auto nibble = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
    for (std::size_t k = 2; k < raw.size(); k += 2) bytes += static_cast<char>(nibble(raw[k]) << 4 | nibble(raw[k + 1]));
    return bytes;
  }
  if (ieq_at(raw, 0, "null") && raw.size() == 4) return std::nullopt;
  return raw;
}

std::vector<std::string> column_list(std::string_view s, std::size_t& i) {
  std::vector<std::string> cols;
  skip_space_and_comments(s, i);
  if (i >= s.size() || s[i] != '(') return cols;
  ++i;
  while (i < s.size()) {
    cols.push_back(identifier(s, i));
    skip_space_and_comments(s, i);
    if (i < s.size() && s[i] == ',') ++i;
    else break;
  }
  skip_space_and_comments(s, i);
  if (i < s.size() && s[i] == ')') ++i;
  return cols;
}

// Column names of each CREATE TABLE: the first identifier of each top-level
// definition that is not a key or constraint.
void create_table(std::string_view s, std::size_t& i, std::unordered_map<std::string, std::vector<std::string>>& tables) {
  std::string name = identifier(s, i);
  if (ieq_at(name, 0, "if")) {  // IF NOT EXISTS
    identifier(s, i), identifier(s, i);
    name = identifier(s, i);
  }
  skip_space_and_comments(s, i);
  if (i >= s.size() || s[i] != '(') return;
  std::vector<std::string> cols;
  int depth = 0;
  bool at_definition = true;
  std::size_t def_begin = std::string_view::npos;  // after the last column's name, until its definition ends
  // A name that says nothing (`xw_bt`, pinyin initials) explained by its `COMMENT '新闻标题'`:
  // the comment names the column, when it names what the name does not (a title, a text, a
  // date, an answer; `signname` COMMENT '落款人或单位的名称' keeps the name its readers know).
  auto named_by_comment = [&](std::size_t def_end) {
    if (def_begin == std::string_view::npos || cols.empty()) return;
    std::string_view def = s.substr(def_begin, def_end - def_begin);
    def_begin = std::string_view::npos;
    for (std::size_t at = 0; at + 7 <= def.size(); ++at)
      if (ieq_at(def, at, "comment")) {
        std::size_t v = at + 7;
        skip_space_and_comments(def, v);
        if (v >= def.size() || (def[v] != '\'' && def[v] != '"')) return;
        std::string comment(tx::trim(sql_value(def, v).value_or("")));
        auto role = [](std::string_view n) { return title_rank(n) > 0 || text_rank(n) > 0 || date_name(n) || reply_name(n); };
        if (!role(cols.back()) && role(comment) && tx::char_count(comment) <= 20) cols.back() = std::move(comment);
        return;
      }
  };
  for (++i; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\'' || c == '"') {
      sql_value(s, i);
      --i;
      continue;
    }
    if (c == '(') ++depth;
    else if (c == ')') {
      if (depth == 0) {
        named_by_comment(i);
        ++i;
        break;
      }
      --depth;
    } else if (c == ',' && depth == 0) {
      named_by_comment(i);
      at_definition = true;
    } else if (at_definition && !std::isspace(static_cast<unsigned char>(c))) {
      at_definition = false;
      std::size_t j = i;
      std::string col = identifier(s, j);
      std::string low = ascii_lower(col);
      if (!col.empty() && low != "primary" && low != "key" && low != "unique" && low != "index" && low != "constraint" &&
          low != "fulltext" && low != "foreign" && low != "check") {
        cols.push_back(col);
        def_begin = j;
      }
      i = j - 1;
    }
  }
  tables[name] = std::move(cols);
}

// A CMS that keeps its articles' titles and bodies in two tables (DuxCMS's
// `dux_content` (content_id, title, time…) and `dux_content_article` (content_id,
// content)): the body table's rows gain the other's columns through a key they
// share by name (`content_id`), an `article_id` naming the `id` of a table named
// …article, a key of another name in both (`ctid`), or `id` when the body's table
// extends the other's name (PHPCMS: `v9_news`, `v9_news_data`); never `id` to `id`
// of any two tables. The key names one title row each, and nearly every body row
// finds its own. Header first in both; true when they were joined.
bool joined_titles(std::vector<std::vector<std::string>>& body, std::string_view body_table,
                   const std::vector<std::vector<std::string>>& titles, std::string_view titles_table) {
  if (titles.size() < 2 || body.size() < 2) return false;
  const auto& th = titles.front();
  auto titled = [](const std::string& c) { return title_rank(c) >= 2; };
  if (std::any_of(body.front().begin(), body.front().end(), titled)) return false;
  // A title column by its name, or the title table's one column of short Chinese
  // lines (`contenttop.tcontent`), which the join names `title`.
  std::size_t unnamed = th.size();
  if (std::none_of(th.begin(), th.end(), titled)) {
    for (std::size_t c = 0; c < th.size(); ++c) {
      std::size_t han = 0, longest = 0;
      for (std::size_t r = 1; r < titles.size(); ++r)
        if (c < titles[r].size()) han += tx::han_count(titles[r][c]), longest = std::max(longest, tx::char_count(titles[r][c]));
      if (han < 4 * (titles.size() - 1) || longest > 120) continue;
      if (unnamed != th.size()) return false;  // two such columns: which one is the title is a guess
      unnamed = c;
    }
    if (unnamed == th.size()) return false;
  }
  std::string table = ascii_lower(titles_table);
  for (std::size_t k = 0; k < body.front().size(); ++k)
    for (std::size_t ic = 0; ic < th.size(); ++ic) {
      std::string bk = ascii_lower(body.front()[k]), tk = ascii_lower(th[ic]);
      bool keyed = bk.size() > 3 && bk.compare(bk.size() - 3, 3, "_id") == 0;
      std::string named = keyed ? bk.substr(0, bk.size() - 3) : std::string();  // `article` of article_id
      // (`ctid` in both, a foreign key by its name; a bare `id` is every table's own.)
      bool shared = bk == tk && (keyed || (bk.size() > 2 && bk.ends_with("id")));
      bool names_it = keyed && tk == "id" && table.size() >= named.size() && table.compare(table.size() - named.size(), named.size(), named) == 0;
      // PHPCMS's `v9_news` and `v9_news_data`: the body's table is the other's, extended.
      bool extends = bk == "id" && tk == "id" && ascii_lower(body_table).starts_with(table + "_");
      if (!shared && !names_it && !extends) continue;
      std::unordered_map<std::string, std::size_t> by_id;
      for (std::size_t r = 1; r < titles.size(); ++r)
        if (ic < titles[r].size()) by_id.emplace(titles[r][ic], r);
      if (by_id.size() + 1 < titles.size()) continue;  // a key names one row (`site_id` names many)
      std::size_t hits = 0;
      for (std::size_t r = 1; r < body.size(); ++r) hits += k < body[r].size() && by_id.contains(body[r][k]);
      if (hits * 10 < (body.size() - 1) * 9) continue;
      std::vector<std::size_t> taken;  // the title table's columns the body lacks
      for (std::size_t c = 0; c < th.size(); ++c)
        if (c != ic && std::find(body.front().begin(), body.front().end(), th[c]) == body.front().end()) taken.push_back(c);
      std::size_t width = body.front().size();
      for (std::size_t c : taken) body.front().push_back(c == unnamed ? std::string("title") : th[c]);
      for (std::size_t r = 1; r < body.size(); ++r) {
        body[r].resize(width);
        auto hit = by_id.find(body[r][k]);
        for (std::size_t c : taken)
          body[r].push_back(hit != by_id.end() && c < titles[hit->second].size() ? titles[hit->second][c] : std::string());
      }
      return true;
    }
  return false;
}

std::optional<Dataset> read_sql(std::string_view s) {
  std::unordered_map<std::string, std::vector<std::string>> tables;
  // Rows by table, the header first, in the order the dump gives the tables.
  std::vector<std::pair<std::string, std::vector<std::vector<std::string>>>> found;
  std::unordered_map<std::string, std::size_t> index;  // table name → its place in found
  std::size_t i = 0;
  while (i < s.size()) {
    skip_space_and_comments(s, i);
    if (i >= s.size()) break;
    if (ieq_at(s, i, "create table")) {
      i += 12;
      create_table(s, i, tables);
      continue;
    }
    bool insert = ieq_at(s, i, "insert into"), replace = ieq_at(s, i, "replace into");
    if (!insert && !replace && ieq_at(s, i, "insert ignore into")) insert = true, i += 7;
    if (!insert && !replace) {
      // Any other statement: to its end, outside quotes.
      while (i < s.size() && s[i] != ';') {
        if (s[i] == '\'' || s[i] == '"') sql_value(s, i);
        else ++i;
      }
      ++i;
      continue;
    }
    i += replace ? 12 : 11;  // `replace into` is a letter longer than `insert into`
    std::string name = identifier(s, i);
    std::vector<std::string> cols = column_list(s, i);
    if (cols.empty())
      if (auto it = tables.find(name); it != tables.end()) cols = it->second;
    skip_space_and_comments(s, i);
    if (!ieq_at(s, i, "values")) continue;
    i += 6;
    auto [at, added] = index.try_emplace(name, found.size());
    if (added) found.push_back({name, {cols}});
    auto& rows = found[at->second].second;
    for (;;) {
      skip_space_and_comments(s, i);
      if (i >= s.size() || s[i] != '(') break;
      ++i;
      std::vector<std::string> row;
      for (;;) {
        auto v = sql_value(s, i);
        row.push_back(v ? *v : std::string());
        skip_space_and_comments(s, i);
        if (i < s.size() && s[i] == ',') { ++i; continue; }
        if (i < s.size() && s[i] == ')') ++i;
        break;
      }
      while (rows.front().size() < row.size()) rows.front().push_back("column" + std::to_string(rows.front().size() + 1));
      rows.push_back(std::move(row));
      skip_space_and_comments(s, i);
      if (i < s.size() && s[i] == ',') ++i;
    }
    while (i < s.size() && s[i] != ';' && s[i] != '\n') ++i;
    if (i < s.size()) ++i;
  }
  // The dataset is the table that holds the documents: the one whose texts, a
  // column with sentences in a third of its rows at least,
  // hold the most Chinese (a CMS dump's attachments, areas, users and menus hold
  // names; one page's `about us` is less than a list of articles); a log's lines
  // only when nothing else has texts; else the table with the most Chinese in a
  // column. The first on a tie. Rows of the other tables are not read, but for the
  // titles of a table that keeps them apart (joined_titles).
  auto log_like = [](const std::string& name) {  // a word of its name (`sys_log`, `t_session`), not `blog`
    std::string l = ascii_lower(name);
    for (std::size_t b = 0; b <= l.size();) {
      std::size_t e = std::min(l.find('_', b), l.size());
      if (one_of(std::string_view(l).substr(b, e - b), {"log", "logs", "syslog", "operlog", "loginlog", "session", "sessions", "cache"}))
        return true;
      b = e + 1;
    }
    return false;
  };
  std::size_t best = found.size();
  std::pair<int, std::size_t> most{0, 0};  // (2 texts, 1 a log's texts, 0 names; Chinese)
  for (std::size_t t = 0; t < found.size(); ++t) {
    const auto& rows = found[t].second;
    if (rows.size() < 2) continue;
    std::vector<std::size_t> han(rows.front().size(), 0), long_cells(rows.front().size(), 0);
    for (std::size_t r = 1; r < rows.size(); ++r)
      for (std::size_t c = 0; c < rows[r].size() && c < han.size(); ++c) {
        std::size_t h = tx::han_count(rows[r][c]);
        han[c] += h;
        // (A text has sentences: twenty characters and a clause mark. A file name or a place has neither.)
        long_cells[c] += h >= 20 && (rows[r][c].find("，") != std::string::npos || rows[r][c].find("。") != std::string::npos);
      }
    std::pair<int, std::size_t> score{0, 0};
    for (std::size_t c = 0; c < han.size(); ++c) {
      bool texts = long_cells[c] > 0 && long_cells[c] * 3 >= rows.size() - 1;
      // (A table of offices' answers beside the citizens' messages outranks a table of
      // messages alone, however long they run: the answer is what an office wrote.)
      int level = texts ? (log_like(found[t].first) ? 1 : reply_name(last_segment(rows.front()[c])) ? 3 : 2) : 0;
      score = std::max(score, std::pair<int, std::size_t>{level, han[c]});
    }
    if (best == found.size() || score > most) best = t, most = score;
  }
  if (best == found.size()) return std::nullopt;
  auto& rows = found[best].second;
  std::size_t joined = found.size();
  for (std::size_t t = 0; t < found.size() && joined == found.size(); ++t)
    if (t != best && joined_titles(rows, found[best].first, found[t].second, found[t].first)) joined = t;
  // The other tables' rows are not documents of this dataset; a reader of the records is told which.
  std::string skipped;
  for (std::size_t t = 0; t < found.size(); ++t)
    if (t != best && t != joined && found[t].second.size() > 1)
      skipped += fmt::format("{}`{}` ({} rows)", skipped.empty() ? "" : ", ", found[t].first, found[t].second.size() - 1);
  if (!skipped.empty())
    skipped = fmt::format("table `{}` read{}; not read: {}", found[best].first,
                          joined < found.size() ? fmt::format(" with titles from `{}`", found[joined].first) : std::string(), skipped);
  auto d = from_table(std::move(rows), "sql", true);
  if (d) d->skipped = std::move(skipped);
  return d;
}

}  // namespace gongwen::host::dataset_detail
