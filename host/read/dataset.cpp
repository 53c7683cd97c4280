// Dataset rows (see dataset.hpp). Columns are found by their header names
// in Chinese and English; without a known text column, the column with the
// most Chinese text per row is the text. A label column is kept as a field,
// never used to classify.
#include "read/dataset.hpp"

#include <gongwen/text.hpp>

#include <algorithm>
#include <cctype>

namespace gongwen::host {

namespace {

namespace tx = gongwen::text;

std::string lower(std::string_view s) {
  std::string o(s);
  for (char& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return o;
}

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  std::string l = lower(tx::trim(name));
  for (auto n : names)
    if (l == n) return true;
  return false;
}

bool text_name(std::string_view n) {
  return one_of(n, {"content", "text", "body", "article", "正文", "内容", "全文", "文本", "summary", "fulltext", "html", "正文内容"});
}
bool title_name(std::string_view n) { return one_of(n, {"title", "标题", "题目", "文章标题", "name", "headline", "文件名称"}); }

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

std::size_t han_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) n += tx::is_han(tx::next_cp(s, i));
  return n;
}

std::optional<Dataset> from_table(std::vector<std::vector<std::string>> rows, std::string layout) {
  if (rows.size() < 2 || rows[0].size() < 2) return std::nullopt;
  // A header names its columns: short cells without sentence punctuation.
  // A first row with a sentence in it is data (`baby<TAB>生完 小孩 ， …`).
  bool has_header = true;
  for (const auto& h : rows[0])
    if (han_count(h) > 16 || tx::char_count(h) > 64 || h.find("，") != std::string::npos || h.find("。") != std::string::npos)
      has_header = false;
  if (!has_header) {
    std::vector<std::string> names;
    for (std::size_t c = 0; c < rows[0].size(); ++c) names.push_back("column" + std::to_string(c + 1));
    rows.insert(rows.begin(), std::move(names));
  }
  const auto& header = rows[0];
  Dataset d;
  d.layout = std::move(layout);
  std::size_t text_col = header.size(), title_col = header.size();
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (text_col == header.size() && text_name(header[c])) text_col = c;
    if (title_col == header.size() && title_name(header[c])) title_col = c;
  }
  if (text_col == header.size()) {
    std::vector<std::size_t> han(header.size(), 0);
    for (std::size_t r = 1; r < rows.size(); ++r)
      for (std::size_t c = 0; c < rows[r].size() && c < header.size(); ++c) han[c] += han_count(rows[r][c]);
    text_col = static_cast<std::size_t>(std::max_element(han.begin(), han.end()) - han.begin());
    if (han[text_col] == 0) return std::nullopt;
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

}  // namespace

std::optional<Dataset> read_dataset(std::string_view path, std::string_view s) {
  std::string ext = lower(path.substr(std::min(path.size(), path.rfind('.') == std::string_view::npos ? path.size() : path.rfind('.'))));
  if (tx::starts_with(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  if (ext == ".csv" || ext == ".tsv") return from_table(parse_delimited(s, ext == ".tsv" ? '\t' : ','), ext.substr(1));
  if (ext != ".jsonl" && ext != ".ndjson") return std::nullopt;
  Dataset d;
  d.layout = "jsonl";
  std::size_t n = 0;
  for (std::size_t b = 0; b < s.size();) {
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    auto line = tx::trim(s.substr(b, e - b));
    b = e + 1;
    if (line.empty()) continue;
    ++n;
    Json j = Json::parse(line, nullptr, false);
    DatasetRow row;
    row.row = n;
    if (j.is_discarded() || !j.is_object()) {
      if (n == 1) return std::nullopt;  // not JSON Lines at all
      row.fields["error"] = "not a JSON object";
      d.rows.push_back(std::move(row));
      continue;
    }
    std::string text_key, title_key;
    std::size_t best = 0;
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (!it.value().is_string()) continue;
      if (text_key.empty() && text_name(it.key())) text_key = it.key();
      if (title_key.empty() && title_name(it.key())) title_key = it.key();
    }
    if (text_key.empty())
      for (auto it = j.begin(); it != j.end(); ++it)
        if (it.value().is_string()) {
          std::size_t h = han_count(it.value().get_ref<const std::string&>());
          if (h > best) best = h, text_key = it.key();
        }
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() == text_key && it.value().is_string()) row.text = it.value().get<std::string>();
      else if (it.key() == title_key && it.value().is_string()) row.title = it.value().get<std::string>();
      else row.fields[it.key()] = it.value();
    }
    if (d.text_column.empty()) d.text_column = text_key, d.title_column = title_key;
    d.rows.push_back(std::move(row));
  }
  if (d.rows.empty()) return std::nullopt;
  return d;
}

}  // namespace gongwen::host
