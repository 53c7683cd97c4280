// A JSON document kept as its title over a list of its parts: an OCR archive's paragraphs, an
// editor's blocks, a law database's articles and chapters (see one_document_of_parts).
//
// Invariants: the parts are nine in ten of the list at least, each a small object with no title
// of its own; their order is the text's; the record's other scalar fields stay fields.
#include "read/dataset_detail.hpp"

#include <gongwen/text.hpp>

namespace gongwen::host::dataset_detail {

namespace tx = gongwen::text;

// The text of a paragraph object (`{"type":"paragraph","text":"…"}`,
// `{"data":{"text":"…"}}`), or nothing when it is more than a paragraph: a
// record has a title of its own or many fields. A law database's article
// keeps its number before its text (`{"條號":"第 1 條","條文內容":"…"}`); its
// chapter's heading stands alone (`{"編章節":"第 一 章 總則"}`).
std::optional<std::string> part_text(const Json& v) {
  if (!v.is_object() || v.size() > 4) return std::nullopt;
  const std::string* text = nullptr;
  std::string label;
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (title_name(it.key())) return std::nullopt;
    const Json& x = it.value().is_object() && it.value().size() <= 3 && it.value().contains("text") ? it.value()["text"] : it.value();
    if (x.is_string() && (text_name(it.key()) || it.key() == "data" || it.key() == "value")) text = &x.get_ref<const std::string&>();
    else if (x.is_string() && tx::char_count(x.get_ref<const std::string&>()) <= 30 &&
             one_of(it.key(), {"条号", "条次", "编章节", "章节", "章", "节", "heading", "label"}))
      label = x.get<std::string>();
  }
  // (Its number squeezed, `第 1 條` as `第1條`, as a text prints an article's.)
  if (text) return label.empty() ? *text : tx::strip_spaces(label) + " " + *text;
  if (!label.empty() && v.size() == 1) return label;
  return std::nullopt;
}

// A document stored as its title over a list of paragraph objects (an OCR
// archive's `{"title":…,"parts":[{"type":"paragraph","text":…},…]}`, an
// editor's `{"blocks":[…]}`): one record whose text is the paragraphs in
// order, not one record per paragraph.
std::optional<Dataset> one_document_of_parts(const Json& j, const std::string& path, const Json& arr) {
  if (!j.is_object() || path.empty() || path.find('.') != std::string::npos) return std::nullopt;
  std::string title_key;
  for (auto it = j.begin(); it != j.end(); ++it)
    if (title_name(it.key()) && it.value().is_string()) {
      title_key = it.key();
      break;
    }
  std::size_t parts = 0;
  for (const auto& v : arr) parts += part_text(v).has_value();
  if (title_key.empty() || parts * 10 < arr.size() * 9) return std::nullopt;
  DatasetRow row;
  row.row = 1;
  for (const auto& v : arr)
    if (auto t = part_text(v); t && !tx::trim(*t).empty()) {
      row.text += *t;
      row.text += '\n';
    }
  row.title = j[title_key].get<std::string>();
  for (auto it = j.begin(); it != j.end(); ++it)
    if (it.key() != title_key && it.key() != path && !it.value().is_array() && !it.value().is_object()) row.fields[it.key()] = it.value();
  // The archive's dates as numbers (`"dates":[{"year":1974,"month":4,"day":2}]`) and its
  // authors as a list: a date and an author the rows' readers know.
  for (auto key : {"dates", "date"})
    if (auto it = j.find(key); it != j.end() && !row.fields.contains("date")) {
      const Json& d = it->is_array() && !it->empty() ? it->front() : *it;
      auto num = [&](const char* k) { return d.is_object() && d.contains(k) && d[k].is_number_integer() ? d[k].get<int>() : 0; };
      if (tx::Date date{num("year"), num("month"), num("day")}; date.year >= 1000 && date.year <= 2999) {
        if (date.month < 1 || date.month > 12) date.month = 0;
        if (!date.month || date.day < 1 || date.day > 31) date.day = 0;
        row.fields["date"] = date.iso();
      }
    }
  if (auto it = j.find("authors"); it != j.end() && it->is_array() && !row.fields.contains("author")) {
    std::string names;
    for (const auto& a : *it)
      if (a.is_string() && !tx::trim(a.get<std::string>()).empty()) names += (names.empty() ? "" : "、") + a.get<std::string>();
    if (!names.empty()) row.fields["author"] = names;
  }
  Dataset d;
  d.layout = "json:" + path + "[parts]";
  d.text_column = path;
  d.title_column = title_key;
  d.rows.push_back(std::move(row));
  return d;
}

}  // namespace gongwen::host::dataset_detail
