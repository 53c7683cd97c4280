// JSON Lines datasets: one object per line, as scrapers and search indexes
// export them. Lines that are no record are told apart from lines that are a
// broken one: an Elasticsearch bulk file's action lines (`{"index":{}}`) are
// skipped; a record whose strings hold raw quotes (`"article":"<div class="x">…"`,
// HTML pasted without escaping) is repaired and says so; anything else is an
// error row naming its line. An `update` action's payload (`{"doc":{…}}`) is
// the record it holds.
//
// Invariant: every line that is not blank and not a bulk action yields one row,
// a record or an error, numbered in order.
#include "read/dataset_detail.hpp"

#include <gongwen/text.hpp>

#include <fmt/format.h>

namespace gongwen::host::dataset_detail {

namespace tx = gongwen::text;

namespace {

// `{"index":{}}`, `{"create":{"_id":"7"}}`: what an Elasticsearch bulk file says
// about the record on the next line.
bool bulk_action(const Json& j) {
  if (!j.is_object() || j.size() != 1) return false;
  auto it = j.begin();
  const std::string& key = it.key();
  return it.value().is_object() && (key == "index" || key == "create" || key == "update" || key == "delete");
}

// The line with every quote inside a string escaped unless what follows it can
// follow a string's end (`,` `:` `}` `]`, or the line's end). Hand-written
// because no JSON parser guesses: a quote followed by text is text.
std::string escape_raw_quotes(std::string_view line) {
  std::string out;
  out.reserve(line.size() + 16);
  bool in_string = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (in_string && c == '\\' && i + 1 < line.size()) {
      out += c;
      out += line[++i];
      continue;
    }
    if (c == '"') {
      if (!in_string) {
        in_string = true;
      } else {
        std::size_t k = i + 1;
        while (k < line.size() && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r')) ++k;
        if (k == line.size() || line[k] == ',' || line[k] == ':' || line[k] == '}' || line[k] == ']') in_string = false;
        else {
          out += "\\\"";
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

}  // namespace

// A file whose lines are objects, most of them (some may be damaged): JSON Lines
// whatever its name says.
bool looks_like_jsonl(std::string_view s) {
  std::size_t lines = 0, objects = 0;
  for (std::size_t b = 0; b < s.size() && lines < 200;) {
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    auto line = tx::trim(s.substr(b, e - b));
    b = e + 1;
    if (line.empty()) continue;
    ++lines;
    objects += tx::starts_with(line, "{") && tx::ends_with(line, "}");
    if (lines == 1 && !objects) return false;
  }
  return lines >= 2 && objects * 3 >= lines * 2;
}

std::optional<Dataset> read_jsonl(std::string_view s, bool by_name) {
  if (!by_name && !looks_like_jsonl(s)) return std::nullopt;
  Dataset d;
  d.layout = "jsonl";
  std::size_t n = 0, objects = 0, line_no = 0;
  bool update_payload = false;  // the line after an `update` action
  for (std::size_t b = 0; b < s.size();) {
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    auto line = tx::trim(s.substr(b, e - b));
    b = e + 1;
    ++line_no;
    if (line.empty()) continue;
    Json j = Json::parse(line, nullptr, false);
    bool repaired = false;
    if (j.is_discarded() && tx::starts_with(line, "{")) {
      j = Json::parse(escape_raw_quotes(line), nullptr, false);
      repaired = j.is_object();
    }
    // Not JSON Lines at all: the first line is no object.
    if ((j.is_discarded() || !j.is_object()) && n == 0 && by_name) return std::nullopt;
    if (bulk_action(j)) {
      update_payload = j.begin().key() == "update";
      continue;
    }
    if (update_payload && j.is_object() && j.size() == 1 && j.contains("doc") && j["doc"].is_object()) {
      Json doc = std::move(j["doc"]);  // a copy out of j before j is replaced
      j = std::move(doc);
    }
    update_payload = false;
    DatasetRow row;
    row.row = ++n;
    if (j.is_discarded() || !j.is_object()) {
      row.error = fmt::format("line {}: not a JSON object", line_no);
      d.rows.push_back(std::move(row));
      continue;
    }
    ++objects;
    if (repaired) row.warning = "quotes inside a string were not escaped; each quote not followed by , : } or ] read as text";
    // The dataset's text column once a row has shown it (a row whose `article` is
    // null has no text: its `source` is not its text).
    std::string text_key = d.text_column.empty() || !j.contains(d.text_column) ? std::string() : d.text_column, title_key;
    std::size_t best = 0;
    int title_sure = 0, text_sure = text_key.empty() ? 0 : 3;  // (the dataset's column once shown)
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (text_key.empty() && it.value().is_null() && text_name(it.key())) text_key = it.key(), text_sure = 3;
      if (!it.value().is_string()) continue;
      if (int sure = text_rank(it.key()); sure > text_sure) text_key = it.key(), text_sure = sure;
      if (reply_name(it.key()) && tx::han_count(it.value().get_ref<const std::string&>()) >= 10) text_key = it.key();
      if (int sure = title_rank(it.key()); sure > title_sure && !tx::trim(it.value().get_ref<const std::string&>()).empty())
        title_key = it.key(), title_sure = sure;
    }
    if (text_key.empty())
      for (auto it = j.begin(); it != j.end(); ++it)
        if (it.value().is_string()) {
          std::size_t h = tx::han_count(it.value().get_ref<const std::string&>());
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
  if (d.rows.empty() || objects == 0) return std::nullopt;
  return d;
}

}  // namespace gongwen::host::dataset_detail
