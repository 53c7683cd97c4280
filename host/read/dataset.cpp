// Dataset rows (see dataset.hpp). Columns are found by their header names
// in Chinese and English; without a known text column, the column with the
// most Chinese text per row is the text. A label column is kept as a field,
// never used to classify.
#include "read/dataset.hpp"
#include "read/html_meta.hpp"
#include "read/wrappers.hpp"
#include "read/dataset_detail.hpp"

#include <fmt/format.h>

#include <gongwen/text.hpp>

#include <algorithm>
#include <stdexcept>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

namespace gongwen::host {

namespace dataset_detail {

namespace tx = gongwen::text;

// RFC 4180 fields of the whole input (records may span lines inside quotes).
std::vector<std::vector<std::string>> parse_delimited(std::string_view s, char sep) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < s.size() && s[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty()) {
      quoted = true;
      any = true;
    } else if (c == sep) {
      row.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
      }
      row.clear();
      field.clear();
      any = false;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || !field.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

using text::han_count;

std::optional<Dataset> from_table(std::vector<std::vector<std::string>> rows, std::string layout, bool header_known) {
  // (One row is a table too when it reads as data: a dump cut to the one document it holds.)
  if (rows.empty() || rows[0].size() < 2 || (rows.size() < 2 && header_known)) return std::nullopt;
  // A header names its columns: cells without sentence punctuation, and not
  // long. A first row with a sentence in it is data (`baby<TAB>生完 小孩 ， …`);
  // a long label (`是否为政策执行设置任务检测的评估标准`, 18 Han) is still a label.
  bool has_header = true;
  if (!header_known)
    for (const auto& h : rows[0]) {
      bool sentence = han_count(h) > 32 || tx::char_count(h) > 160;
      for (std::string_view p : {"，", "。", "；", "！", "？"}) sentence |= h.find(p) != std::string::npos;
      if (sentence) has_header = false;
    }
  if (has_header && rows.size() < 2) return std::nullopt;  // a header over nothing
  if (!has_header) {
    std::vector<std::string> names;
    for (std::size_t c = 0; c < rows[0].size(); ++c) names.push_back("column" + std::to_string(c + 1));
    rows.insert(rows.begin(), std::move(names));
  }
  // A scraper that quoted each value once more (`"成都市…的通知"`, `"2018-09-07"`, JSON
  // strings written into cells): a column whose every value is so wrapped loses the quotes.
  for (std::size_t c = 0; c < rows[0].size(); ++c) {
    auto wrapped = [](std::string_view v) { return v.size() >= 2 && v.front() == '"' && v.back() == '"' && v.find('"', 1) == v.size() - 1; };
    bool all = true, any = false;
    for (std::size_t r = 1; r < rows.size() && all; ++r)
      if (c < rows[r].size() && !rows[r][c].empty()) all = wrapped(rows[r][c]), any = true;
    if (all && any)
      for (std::size_t r = 1; r < rows.size(); ++r)
        if (c < rows[r].size() && !rows[r][c].empty()) rows[r][c] = rows[r][c].substr(1, rows[r][c].size() - 2);
  }
  // A scraper that appended to its file wrote the header again before each batch: a row equal
  // to the header is no document (counted, not read).
  std::size_t repeated = 0;
  if (has_header)
    std::erase_if(rows, [&, first = true](const std::vector<std::string>& r) mutable {
      if (first) return first = false;
      return r == rows[0] && ++repeated;
    });
  const auto& header = rows[0];
  Dataset d;
  d.layout = std::move(layout);
  d.repeated_headers = repeated;
  std::size_t text_col = header.size(), title_col = header.size();
  // The title column the surest name heads, among those with a title in some row.
  int title_sure = 0, text_sure = 0;
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (int sure = text_rank(header[c]); sure > text_sure) text_col = c, text_sure = sure;
    bool filled = false;
    // (Worded: a column of figures, `dominant_topic` = 1, 7, titles nothing.)
    for (std::size_t r = 1; r < rows.size() && !filled; ++r) filled = c < rows[r].size() && worded(rows[r][c]);
    if (int sure = title_rank(header[c]); sure > title_sure && filled) title_col = c, title_sure = sure;
  }
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (!reply_name(header[c])) continue;
    std::size_t han = 0;
    for (std::size_t r = 1; r < rows.size(); ++r) han += c < rows[r].size() ? han_count(rows[r][c]) : 0;
    if (han >= 10 * (rows.size() - 1)) {  // prose, not a status (`已回复`)
      text_col = c;
      break;
    }
  }
  if (text_col == header.size()) {
    std::vector<std::size_t> han(header.size(), 0);
    for (std::size_t r = 1; r < rows.size(); ++r)
      for (std::size_t c = 0; c < rows[r].size() && c < header.size(); ++c) han[c] += han_count(rows[r][c]);
    text_col = static_cast<std::size_t>(std::max_element(han.begin(), han.end()) - han.begin());
    if (han[text_col] == 0) return std::nullopt;
    // (A list of titles and their sources: the titles are all the text there is.)
    std::vector<std::size_t> prose;
    for (std::size_t c = 0; c < header.size(); ++c) {
      std::vector<std::string_view> cells;
      for (std::size_t r = 1; r < rows.size() && cells.size() < 500; ++r) cells.push_back(c < rows[r].size() ? std::string_view(rows[r][c]) : "");
      if (han[c] > 0 && !organ_cells(cells)) prose.push_back(c);
    }
    if (!prose.empty() && organ_cells([&] {
          std::vector<std::string_view> cells;
          for (std::size_t r = 1; r < rows.size() && cells.size() < 500; ++r)
            cells.push_back(text_col < rows[r].size() ? std::string_view(rows[r][text_col]) : "");
          return cells;
        }()))
      text_col = *std::max_element(prose.begin(), prose.end(), [&](std::size_t a, std::size_t b) { return han[a] < han[b]; });
  }
  // No column named as the text and the one with most Chinese holds no prose (a place, a
  // product's class, a time): a table of records, whose named title is all the text a row has.
  if (text_sure == 0 && title_col < header.size() && title_sure >= 2 && text_col != title_col) {
    std::size_t han = 0, filled = 0, sentences = 0;
    for (std::size_t r = 1; r < rows.size(); ++r) {
      if (text_col >= rows[r].size() || tx::trim(rows[r][text_col]).empty()) continue;
      ++filled, han += han_count(rows[r][text_col]);
      sentences += rows[r][text_col].find("。") != std::string::npos;
    }
    if (sentences * 2 < filled && han < 40 * std::max<std::size_t>(filled, 1)) text_col = title_col;
  }
  if (title_col == header.size()) {
    // No column is named so: one whose cells open their rows' texts (`Policy` beside `Policy_Content`).
    std::vector<std::string> heads;
    for (std::size_t r = 1; r < rows.size() && heads.size() < 500; ++r) heads.push_back(text_col < rows[r].size() ? text_head(rows[r][text_col]) : "");
    std::size_t c = title_column(rows.size() - 1, header.size(), heads, [&](std::size_t r, std::size_t col) {
      return col != text_col && col < rows[r + 1].size() ? std::string_view(rows[r + 1][col]) : std::string_view();
    });
    if (c != std::string::npos) title_col = c;
  }
  d.text_column = header[text_col];
  if (title_col < header.size()) d.title_column = header[title_col];
  for (std::size_t r = 1; r < rows.size(); ++r) {
    DatasetRow row;
    row.row = r;
    for (std::size_t c = 0; c < rows[r].size() && c < header.size(); ++c) {
      if (c == text_col) row.text = rows[r][c];
      else if (c == title_col) row.title = rows[r][c];
      else row.fields[header[c].empty() ? "column" + std::to_string(c + 1) : header[c]] = rows[r][c];
    }
    d.rows.push_back(std::move(row));
  }
  return d;
}

// ---- JSON documents -------------------------------------------------------------
// A JSON value whose records are an array of objects somewhere inside it
// (`{"total":19,"videoList":[…]}`): the longest such array within 8 levels.
// Nested objects are flattened into dotted keys (`video_detail.content`).

// (An array whose records name a title or a text outranks a longer one of other things: a list of
// authors beside the articles.)
bool documents_in(const Json& v) {
  for (auto it = v.front().begin(); it != v.front().end(); ++it)
    if (title_rank(it.key()) >= 2 || text_rank(it.key()) > 0) return true;  // (`name` alone is a person's as often)
  return false;
}

const Json* records_array(const Json& j, std::string& path, int depth) {
  if (depth > 8) return nullptr;
  const Json* best = nullptr;
  std::string best_path;
  auto better = [&](const Json& v) {
    if (!best) return true;
    bool named = documents_in(v), best_named = documents_in(*best);
    return named != best_named ? named : v.size() > best->size();
  };
  auto consider = [&](const Json& v, const std::string& p) {
    if (v.is_array() && v.size() >= 1 && v.front().is_object() && better(v)) best = &v, best_path = p;
  };
  consider(j, path);
  if (j.is_object())
    for (auto it = j.begin(); it != j.end(); ++it) {
      std::string p = path.empty() ? it.key() : path + "." + it.key();
      consider(it.value(), p);
      if (it.value().is_object()) {
        std::string sub = p;
        if (const Json* a = records_array(it.value(), sub, depth + 1); a && better(*a)) best = a, best_path = sub;
      }
    }
  path = best_path;
  return best;
}

void flatten(const Json& j, const std::string& prefix, Json& out, int depth) {
  for (auto it = j.begin(); it != j.end(); ++it) {
    std::string key = prefix.empty() ? it.key() : prefix + "." + it.key();
    if (it.value().is_object() && depth < 4) flatten(it.value(), key, out, depth + 1);
    else out[key] = it.value();
  }
}

std::string last_segment(const std::string& key) {
  auto dot = key.rfind('.');
  return dot == std::string::npos ? key : key.substr(dot + 1);
}

std::optional<Dataset> from_objects(const std::vector<Json>& given, std::string layout) {
  std::vector<Json> joined;
  bool lists = join_text_lists(given, joined);
  const std::vector<Json>& objects = lists ? joined : given;
  Dataset d;
  d.layout = std::move(layout);
  // Columns are chosen once, over all rows: a named text column, else the
  // string column with the most Chinese.
  std::unordered_map<std::string, std::size_t> han;
  std::vector<std::string> order;
  std::unordered_set<std::string> filled;  // keys with a worded value somewhere
  for (const auto& o : objects)
    for (auto it = o.begin(); it != o.end(); ++it) {
      if (!it.value().is_string()) continue;
      if (!han.count(it.key())) order.push_back(it.key());
      han[it.key()] += han_count(it.value().get_ref<const std::string&>());
      if (worded(it.value().get_ref<const std::string&>())) filled.insert(it.key());
    }
  std::string text_key, title_key;
  int title_sure = 0, text_sure = 0;
  for (const auto& k : order) {
    if (int sure = text_rank(last_segment(k)); sure > text_sure && han[k] > 0) text_key = k, text_sure = sure;
    if (int sure = title_rank(last_segment(k)); sure > title_sure && filled.count(k)) title_key = k, title_sure = sure;
  }
  for (const auto& k : order)
    if (reply_name(last_segment(k)) && han[k] >= 10 * objects.size()) {
      text_key = k;
      break;
    }
  if (text_key.empty()) {
    std::size_t best = 0;
    for (const auto& k : order)
      if (han[k] > best) best = han[k], text_key = k;
  }
  if (text_key.empty()) return std::nullopt;
  if (title_key.empty()) {
    // No key is named so: one whose strings open their records' texts.
    std::vector<std::string> heads;
    auto str = [](const Json& o, const std::string& k) {
      auto v = o.find(k);
      return v != o.end() && v->is_string() ? std::string_view(v->get_ref<const std::string&>()) : std::string_view();
    };
    for (const auto& o : objects) {
      if (heads.size() >= 500) break;
      heads.push_back(text_head(str(o, text_key)));
    }
    std::size_t c = title_column(objects.size(), order.size(), heads, [&](std::size_t r, std::size_t k) {
      return order[k] == text_key ? std::string_view() : str(objects[r], order[k]);
    });
    if (c != std::string::npos) title_key = order[c];
  }
  d.text_column = text_key;
  d.title_column = title_key;
  std::size_t n = 0;
  for (const auto& o : objects) {
    DatasetRow row;
    row.row = ++n;
    for (auto it = o.begin(); it != o.end(); ++it) {
      if (it.key() == text_key && it.value().is_string()) row.text = it.value().get<std::string>();
      else if (it.key() == title_key && it.value().is_string()) row.title = it.value().get<std::string>();
      else row.fields[it.key()] = it.value();
    }
    d.rows.push_back(std::move(row));
  }
  return d;
}

std::optional<Dataset> read_json(std::string_view s) {
  Json j = Json::parse(s, nullptr, false);
  if (j.is_discarded()) return std::nullopt;
  std::string path;
  const Json* arr = records_array(j, path, 0);
  // One record on its own (`{"title":…,"content":…}`, `{"Documents":[{…}]}`): a
  // dataset of one row when it holds a document's text (a named text column,
  // or a string of some length in Chinese), not when its list is of images or links.
  auto single = [&](const Json& o, std::string layout) -> std::optional<Dataset> {
    Json flat = Json::object();
    flatten(o, "", flat, 0);
    auto d = from_objects({flat}, std::move(layout));
    if (!d || d->rows.empty() || han_count(d->rows.front().text) < 50) return std::nullopt;
    return d;
  };
  if (!arr) return j.is_object() ? single(j, "json") : std::nullopt;
  if (auto one = one_document_of_parts(j, path, *arr)) return one;
  // (Records grouped under keys, `{"docs":{"0":[…],"1":[…]}}`: every group's, in the file's order.)
  std::vector<const Json*> groups{arr};
  if (auto dot = path.rfind('.'); dot != std::string::npos) {
    const Json* parent = &j;
    for (std::size_t b = 0; parent && b < dot;) {
      std::size_t e = std::min(path.find('.', b), dot);
      auto it = parent->find(path.substr(b, e - b));
      parent = it != parent->end() && it->is_object() ? &*it : nullptr;
      b = e + 1;
    }
    // (Groups of the same records: each group's first has the first group's keys. A list of
    // another thing beside the records, `"authors":[{"id":1}]`, is no group.)
    auto alike = [&](const Json& g) {
      if (!g.is_array() || g.empty() || !g.front().is_object()) return false;
      std::size_t shared = 0;
      for (auto it = arr->front().begin(); it != arr->front().end(); ++it) shared += g.front().contains(it.key());
      return shared * 4 >= arr->front().size() * 3;
    };
    // (Or beside the object's own scalars, `{"id":1,"title":"政策发布","centralPolicies":[…],"localPolicies":[…],
    // "PoliciesImplement":[]}`: its lists of the same records, the empty and the scalars left aside.)
    auto other = [&](const Json& g) { return !alike(g) && g.is_array() && !g.empty() && g.front().is_object(); };
    std::size_t alikes = parent ? std::count_if(parent->begin(), parent->end(), alike) : 0;
    bool all_groups = parent && alikes >= 2 && std::none_of(parent->begin(), parent->end(), other);
    if (all_groups) {
      groups.clear();
      for (const auto& g : *parent)
        if (alike(g)) groups.push_back(&g);
      path.resize(dot);
    }
  }
  if (groups.size() == 1 && arr->size() == 1 && arr->front().is_object()) {
    if (auto d = single(arr->front(), path.empty() ? "json" : "json:" + path)) return d;
    return j.is_object() ? single(j, "json") : std::nullopt;
  }
  if (groups.size() == 1 && arr->size() < 2) return std::nullopt;
  std::vector<Json> objects;
  for (const Json* g : groups)
    for (const auto& v : *g) {
      Json flat = Json::object();
      if (v.is_object()) flatten(v, "", flat, 0);
      objects.push_back(std::move(flat));
    }
  return from_objects(objects, path.empty() ? "json" : "json:" + path);
}

// The job's choice of columns over the reader's: the named column's cells
// become the text (or title), the chosen one's go back among the fields.
void apply_columns(Dataset& d, const DatasetColumns& c) {
  auto take = [&](const std::string& name, std::string DatasetRow::*member, std::string& chosen, const char* what) {
    if (name.empty() || name == chosen) return;
    bool seen = false;
    for (auto& row : d.rows) seen |= row.fields.contains(name);
    if (!seen) {
      std::string have = d.text_column + (d.title_column.empty() ? "" : ", " + d.title_column);
      if (!d.rows.empty())
        for (auto it = d.rows.front().fields.begin(); it != d.rows.front().fields.end(); ++it) have += ", " + it.key();
      throw std::runtime_error(fmt::format("read.columns.{}: no column `{}` (the dataset has: {})", what, name, have));
    }
    for (auto& row : d.rows) {
      if (!chosen.empty()) row.fields[chosen] = std::move(row.*member);
      auto it = row.fields.find(name);
      row.*member = it != row.fields.end() && it->is_string() ? it->get<std::string>() : it != row.fields.end() ? it->dump() : std::string();
      if (it != row.fields.end()) row.fields.erase(it);
    }
    chosen = name;
  };
  // A text column the reader took as the title goes back among the fields first.
  if (!c.text.empty() && c.text == d.title_column) {
    for (auto& row : d.rows) row.fields[d.title_column] = std::move(row.title), row.title.clear();
    d.title_column.clear();
  }
  take(c.text, &DatasetRow::text, d.text_column, "text");
  take(c.title, &DatasetRow::title, d.title_column, "title");
  if (!c.date.empty()) {
    bool seen = false;
    for (auto& row : d.rows) seen |= row.fields.contains(c.date);
    if (!seen) throw std::runtime_error(fmt::format("read.columns.date: no column `{}`", c.date));
  }
}

// The separator a header line uses: scrapers write `|` and `;` as often as
// commas into files they name .csv; the name's own is kept on a tie.
char delimiter_of(std::string_view s, char named) {
  auto header = s.substr(0, s.find('\n'));
  std::size_t best = 0;
  char chosen = named;
  bool quoted = false;
  std::size_t counts[4] = {0, 0, 0, 0};
  static constexpr char kSeparators[4] = {',', '\t', '|', ';'};
  for (char c : header) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    for (int k = 0; k < 4; ++k) counts[k] += c == kSeparators[k];
  }
  for (int k = 0; k < 4; ++k)
    if (counts[k] > best || (counts[k] == best && best > 0 && kSeparators[k] == named)) best = counts[k], chosen = kSeparators[k];
  return best ? chosen : named;
}

// A row whose text column is (nearly) empty while another of its columns
// holds the document (a crawler's `content` left with the page's buttons, the
// page itself in `html`): that column is the row's text, the text column's
// cell goes back among the fields, and `text_column` says which was read.
// Only a column named as a text (`html`, `正文`, `content`) may stand in, and
// never for an answer column: a short reply (`已转交区住建局办理。`) is the
// document, the citizen's letter beside it is not.
void text_elsewhere(DatasetRow& row, const std::string& text_column) {
  if (han_count(row.text) >= 20 || reply_name(last_segment(text_column))) return;
  std::string best;
  std::size_t most = 0;
  for (auto it = row.fields.begin(); it != row.fields.end(); ++it)
    if (it->is_string() && text_name(last_segment(it.key())) && !reply_name(last_segment(it.key())))
      if (std::size_t h = han_count(it->get_ref<const std::string&>()); h > most) most = h, best = it.key();
  if (most < 100) return;
  std::string text = std::move(row.fields[best].get_ref<std::string&>());
  row.fields.erase(best);
  if (!tx::trim(row.text).empty()) row.fields[text_column] = std::move(row.text);
  row.text = std::move(text);
  row.text_column = best;
}

std::optional<Dataset> read_dataset_as_found(std::string_view path, std::string_view s, std::string_view format) {
  if (format == "xlsx") return from_table(parse_delimited(s, ','), "xlsx");
  if (format == "sqlite") return read_sql(s);
  std::string ext = ascii_lower(path.substr(std::min(path.size(), path.rfind('.') == std::string_view::npos ? path.size() : path.rfind('.'))));
  if (tx::starts_with(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  if (ext == ".csv" || ext == ".tsv") return from_table(parse_delimited(s, delimiter_of(s, ext == ".tsv" ? '\t' : ',')), ext.substr(1));
  if (ext == ".md" || ext == ".markdown") {
    if (auto table = markdown_document_table(s)) return from_table(std::move(*table), "markdown", true);
    return std::nullopt;
  }
  // SQL dumps and JSON documents by content too: exports are often named .txt or .dat.
  {
    std::size_t i = 0;
    skip_space_and_comments(s, i);
    while (i < s.size() && s[i] == ';') ++i, skip_space_and_comments(s, i);  // `/*!40101 SET … */;`
    bool sql_start = ieq_at(s, i, "insert ") || ieq_at(s, i, "create table") || ieq_at(s, i, "set ") ||
                     ieq_at(s, i, "drop table") || ieq_at(s, i, "lock tables") || ieq_at(s, i, "replace into") ||
                     ieq_at(s, i, "use ") || ieq_at(s, i, "start transaction") || ieq_at(s, i, "begin");
    if (ext == ".sql" || (sql_start && (s.find("INSERT INTO") != std::string_view::npos || s.find("insert into") != std::string_view::npos)))
      if (auto d = read_sql(s)) return d;
    // A web or news corpus of tagged documents (`<doc id=… url=… title=…>`, Sogou's `<doc><url>…`).
    if (looks_tagged(s))
      if (auto d = read_tagged(s)) return d;
    // A .json file, or any file that is a JSON array (of records).
    if (ext == ".json" || (i < s.size() && s[i] == '[' && ext != ".jsonl" && ext != ".ndjson"))
      if (auto d = read_json(s)) return d;
    // Or a script's data: JSONP, an assignment, its literal in JavaScript's syntax (`var result = {…}`).
    if (ext == ".js" || ext == ".jsonp" || ext == ".json" || ext == ".txt") {
      std::optional<std::string> json;
      try {
        json = script_literal_as_json(s);
      } catch (const std::exception&) {  // (a hex number out of range)
      }
      if (json)
        if (auto d = read_json(*json)) {
          d->layout = "js" + d->layout.substr(std::string_view("json").size());
          return d;
        }
    }
  }
  // JSON Lines by name, or a .json file whose lines are objects (a scraper's export,
  // an Elasticsearch bulk file) and that is no JSON document.
  if (ext != ".jsonl" && ext != ".ndjson" && ext != ".json") return std::nullopt;
  return read_jsonl(s, ext != ".json");
}

}  // namespace dataset_detail

using namespace dataset_detail;

std::optional<Dataset> read_dataset(std::string_view path, std::string_view s, std::string_view format, const DatasetColumns& columns) {
  auto d = read_dataset_as_found(path, s, format);
  if (d && !columns.empty()) apply_columns(*d, columns);
  if (d && columns.text.empty())
    for (auto& row : d->rows) text_elsewhere(row, d->text_column);
  // A list whose title column is its only text (a scraped 通知公告 list): the title is all a row says.
  if (d && !d->title_column.empty() && d->title_column == d->text_column)
    for (auto& row : d->rows)
      if (row.title.empty() && row.text_column.empty()) row.title = list_title(row.text);
  if (d)
    if (auto joined = joined_articles(*d)) d = std::move(joined);
  // Escapes a scraper left in a row's text; a row's title as its collector decorated it.
  if (d)
    for (auto& row : d->rows) {
      unescape_slashes(row.text);
      unescape_line_breaks(row.text);
      unescape_markup(row.text);
      tidy_row_title(row);
    }
  // A row whose text cell says nothing in words (the page's link a crawler stored as its
  // `content`, an image's markup) while its title does: the title is all the row says, as when
  // the cell is empty, and the cell stays among the fields.
  // (Words in another script are words: only markup, or fewer than 20 characters outside it.)
  auto wordless = [](std::string_view c) { return tx::han_count(c) == 0 && tx::char_count(tx::strip_spaces(plain_meta(c))) < 20; };
  if (d)
    for (auto& row : d->rows)
      if (std::string_view c = tx::trim(row.text);
          (wordless(c) || ((tx::starts_with(c, "http://") || tx::starts_with(c, "https://")) && c.find('\n') == std::string_view::npos)) &&
          tx::han_count(row.title) >= 4) {
        std::string cell(c);
        std::string name = row.text_column.empty() ? d->text_column : row.text_column;
        if (!cell.empty() && !name.empty() && !row.fields.contains(name)) row.fields[name] = std::move(cell);
        row.text.clear();  // read from its title and metadata, and said to be (read.row_title_only)
      }
  return d;
}

}  // namespace gongwen::host
