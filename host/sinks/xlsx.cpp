// The Excel sink (libxlsxwriter): a `documents` sheet with a typed column for
// every field any document has, and `sections` and `entities` sheets; a frozen
// header row, an autofilter and column widths from the content on each.
//
// Rows are kept until seal(): the field columns are only known once every
// document is in, and widths are measured before the sheet is written. What
// is kept is the record's cells, not the documents.
#include <xlsxwriter.h>

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include <gongwen/text.hpp>

#include "model/json_line.hpp"
#include "sinks/sink.hpp"

namespace gongwen::host {

namespace {

namespace tx = gongwen::text;

constexpr std::size_t kCellMax = 32767;  // Excel's limit of characters in a cell

using Row = std::vector<Json>;

struct Sheet {
  std::string name;
  std::vector<std::string> header;
  std::vector<Row> rows;
};

// Display width: a Chinese character takes two columns.
double width_of(const std::string& s) {
  double w = 0;
  for (std::size_t i = 0; i < s.size();) w += tx::next_cp(s, i) >= 0x2E80 ? 2 : 1;
  return w;
}

std::string cell_text(const Json& v) {
  std::string s = v.is_string() ? v.get<std::string>() : json_line(v);
  if (s.size() > kCellMax * 3 || tx::char_count(s) > kCellMax) {  // cut at a character boundary, marked
    std::size_t i = 0, n = 0;
    while (i < s.size() && n < kCellMax - 1) tx::next_cp(s, i), ++n;
    s = s.substr(0, i) + "…";
  }
  return s;
}

bool iso_date(const Json& v, lxw_datetime& out) {
  if (!v.is_string()) return false;
  const auto& s = v.get_ref<const std::string&>();
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (s[i] < '0' || s[i] > '9') return false;
  out = {std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2)), 0, 0, 0};
  return out.year >= 1900 && out.month >= 1 && out.month <= 12 && out.day >= 1 && out.day <= 31;
}

class XlsxSink final : public Sink {
 public:
  explicit XlsxSink(const std::string& path) : target_(path) {
    file_ = std::make_unique<AtomicFile>(path);
    file_->close_stream();  // libxlsxwriter writes the temporary file by name
    sections_ = {"sections", {"id", "title of document", "seq", "level", "marker", "title", "line"}, {}};
    entities_ = {"entities", {"id", "title of document", "seq", "type", "text", "value", "line"}, {}};
  }
  const std::string& target() const override { return target_; }

  void write(const Document&, const Json& r) override {
    const Json& src = r["source"];
    Doc d;
    d.fixed = {r["id"], src["path"], src["container"], src["index"], src["line_start"], r["kind"], r["handler"], r["title"],
               r.contains("error") && r["error"].is_object() ? r["error"]["message"] : Json(nullptr)};
    if (r["fields"].is_object())
      for (auto it = r["fields"].begin(); it != r["fields"].end(); ++it) {
        auto [pos, fresh] = field_count_.try_emplace(it.key(), 0);
        if (fresh) field_order_.push_back(it.key());
        ++pos->second;
        d.fields.emplace_back(it.key(), it.value());
      }
    docs_.push_back(std::move(d));
    int seq = 0;
    for (const auto& s : r["sections"])
      sections_.rows.push_back({r["id"], r["title"], ++seq, s["level"], s["marker"], s["title"], s["line"]});
    seq = 0;
    for (const auto& e : r["entities"])
      entities_.rows.push_back({r["id"], r["title"], ++seq, e["type"], e["text"], e["value"], e["line"]});
  }

  std::string seal() override {
    // Field columns: `date` first, then by how many documents have them.
    std::vector<std::string> keys = field_order_;
    std::stable_sort(keys.begin(), keys.end(), [&](const std::string& a, const std::string& b) {
      if ((a == "date") != (b == "date")) return a == "date";
      return field_count_[a] > field_count_[b];
    });
    Sheet documents{"documents", {"id", "path", "container", "index", "line", "kind", "handler", "title", "error"}, {}};
    for (const auto& k : keys) documents.header.push_back(k);
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < keys.size(); ++i) column[keys[i]] = 9 + i;
    for (auto& d : docs_) {
      Row row = std::move(d.fixed);
      row.resize(documents.header.size());
      for (auto& [k, v] : d.fields) row[column[k]] = std::move(v);
      documents.rows.push_back(std::move(row));
    }
    docs_.clear();

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;  // rows go to disk as they are written
    lxw_workbook* wb = workbook_new_opt(file_->temp_path().c_str(), &options);
    if (!wb) throw OutputError(fmt::format("{}: cannot create the workbook", target_));
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    for (Sheet* s : {&documents, &sections_, &entities_}) write_sheet(wb, *s, bold, date);
    lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) throw OutputError(fmt::format("{}: cannot write the workbook: {}", target_, lxw_strerror(err)));
    return file_->seal();
  }
  void publish() override { file_->publish(); }

 private:
  struct Doc {
    Row fixed;
    std::vector<std::pair<std::string, Json>> fields;
  };

  static void write_sheet(lxw_workbook* wb, const Sheet& s, lxw_format* bold, lxw_format* date) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, s.name.c_str());
    const auto cols = static_cast<lxw_col_t>(s.header.size());
    std::vector<double> widths(s.header.size(), 6);
    for (std::size_t c = 0; c < s.header.size(); ++c) widths[c] = std::max(widths[c], width_of(s.header[c]) + 2);
    for (const auto& row : s.rows)
      for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
        if (!row[c].is_null()) widths[c] = std::max(widths[c], std::min(60.0, width_of(cell_text(row[c])) + 1));
    for (lxw_col_t c = 0; c < cols; ++c) worksheet_set_column(ws, c, c, widths[c], nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    if (cols > 0) worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(s.rows.size()), cols - 1);
    for (lxw_col_t c = 0; c < cols; ++c) worksheet_write_string(ws, 0, c, s.header[c].c_str(), bold);
    lxw_row_t r = 1;
    for (const auto& row : s.rows) {
      for (lxw_col_t c = 0; c < cols && c < row.size(); ++c) {
        const Json& v = row[c];
        lxw_datetime dt{};
        if (v.is_null()) continue;
        if (v.is_boolean()) worksheet_write_boolean(ws, r, c, v.get<bool>(), nullptr);
        else if (v.is_number()) worksheet_write_number(ws, r, c, v.get<double>(), nullptr);
        else if (iso_date(v, dt)) worksheet_write_datetime(ws, r, c, &dt, date);
        else worksheet_write_string(ws, r, c, cell_text(v).c_str(), nullptr);
      }
      ++r;
    }
  }

  std::string target_;
  std::unique_ptr<AtomicFile> file_;
  std::vector<Doc> docs_;
  std::vector<std::string> field_order_;
  std::map<std::string, std::size_t> field_count_;
  Sheet sections_, entities_;
};

}  // namespace

std::unique_ptr<Sink> make_xlsx_sink(const std::string& path) { return std::make_unique<XlsxSink>(path); }

}  // namespace gongwen::host
