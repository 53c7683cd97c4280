// XLSX (Office Open XML spreadsheets) as researchers' datasets come: one
// document per row, the way CSV is read. The first worksheet with cells is
// rendered as RFC 4180 CSV (quotes doubled, cells with commas, quotes or line
// breaks quoted), so the dataset reader that handles CSV handles it unchanged
// and no cell content is lost; source lines are lines of that rendering.
//
// Cells: shared strings (t="s", rich runs joined, phonetic runs skipped),
// inline strings, formula results (t="str"), booleans, numbers as written.
// A date is a number with a date style in a spreadsheet (`41507` shown as
// 2013/8/21): it is written as the date (`2013-08-21`, a time after it when it
// has one), which is what the sheet shows and what the dataset reader reads.
#include <fmt/format.h>

#include <chrono>
#include <cmath>

#include <map>
#include <string>
#include <vector>

#include "read/formats/archive.hpp"
#include "read/formats/formats.hpp"
#include "util/china_time.hpp"

namespace gongwen::host::formats {

namespace {

// `B12` → column 1 (0-based); -1 when the reference has no letters.
long column_of(std::string_view ref) {
  long col = 0;
  std::size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 4; ++i) col = col * 26 + (ref[i] - 'A' + 1);
  return i == 0 ? -1 : col - 1;
}

// Text of a <si> or <is>: its <t> elements, in rich runs too, not the
// phonetic guide (<rPh>) that Japanese and Chinese files may carry.
void string_text(const xmlNode* n, std::string& out) {
  for (const xmlNode* k = n->children; k; k = k->next) {
    if (k->type != XML_ELEMENT_NODE) continue;
    if (is(k, "rPh") || is(k, "phoneticPr")) continue;
    if (is(k, "t")) out += text_of(k);
    else string_text(k, out);
  }
}

// Whether a number format shows a date: Excel's built-in date formats (14–22,
// the East Asian 27–36 and 50–58), or a format code with a year or a day in it
// outside quotes and brackets (`yyyy"年"m"月"d"日"`, `[$-F800]dddd`).
bool date_format(long id, std::string_view code) {
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return true;
  bool quoted = false, bracket = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    // (`\d`, `_d`, `*d`: a literal d, a space as wide as d, d repeated; no day.)
    if (!quoted && (c == '\\' || c == '_' || c == '*')) {
      ++i;
      continue;
    }
    if (c == '"') quoted = !quoted;
    else if (!quoted && c == '[') bracket = true;
    else if (!quoted && c == ']') bracket = false;
    else if (!quoted && !bracket && (c == 'y' || c == 'Y' || c == 'd' || c == 'D')) return true;
  }
  return false;
}

// Which cell styles (cellXfs, by index) show a date.
std::vector<bool> date_styles(Zip& zip) {
  std::vector<bool> dates;
  auto xml = zip.read("xl/styles.xml");
  std::string error;
  auto doc = xml ? parse_xml(*xml, error) : nullptr;
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root) return dates;
  std::map<long, std::string> codes;
  for (const xmlNode* f = child(root, "numFmts") ? child(root, "numFmts")->children : nullptr; f; f = f->next)
    if (f->type == XML_ELEMENT_NODE && is(f, "numFmt")) codes[std::atol(attr(f, "numFmtId").c_str())] = attr(f, "formatCode");
  for (const xmlNode* x = child(root, "cellXfs") ? child(root, "cellXfs")->children : nullptr; x; x = x->next) {
    if (x->type != XML_ELEMENT_NODE || !is(x, "xf")) continue;
    long id = std::atol(attr(x, "numFmtId").c_str());
    auto code = codes.find(id);
    dates.push_back(date_format(id, code == codes.end() ? std::string_view() : std::string_view(code->second)));
  }
  return dates;
}

void csv_cell(std::string& out, std::string_view cell) {
  bool quote = cell.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    out.append(cell);
    return;
  }
  out += '"';
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

Extracted read_xlsx(std::string_view bytes, const ExtractLimits& limits) {
  Extracted out;
  Zip zip(bytes, limits);
  if (!zip.ok()) {
    out.error = fmt::format("XLSX: {}", zip.error());
    return out;
  }
  std::string error;
  // The sheets in the workbook's order, their parts from its relationships.
  std::vector<std::pair<std::string, std::string>> sheets;  // name, part
  bool date1904 = false;
  {
    auto wb = zip.read("xl/workbook.xml");
    auto rels = zip.read("xl/_rels/workbook.xml.rels");
    if (!wb) {
      out.error = fmt::format("XLSX: {}", zip.error());
      return out;
    }
    std::map<std::string, std::string> targets;
    if (rels) {
      auto rd = parse_xml(*rels, error);
      for (const xmlNode* r = rd && xmlDocGetRootElement(rd.get()) ? xmlDocGetRootElement(rd.get())->children : nullptr; r; r = r->next)
        if (r->type == XML_ELEMENT_NODE && is(r, "Relationship")) targets[attr(r, "Id")] = resolve_part("xl/workbook.xml", attr(r, "Target"));
    }
    auto wd = parse_xml(*wb, error);
    if (!wd) {
      out.error = fmt::format("XLSX: xl/workbook.xml: {}", error);
      return out;
    }
    const xmlNode* pr = child(xmlDocGetRootElement(wd.get()), "workbookPr");
    date1904 = pr && (attr(pr, "date1904") == "1" || attr(pr, "date1904") == "true");
    const xmlNode* list = child(xmlDocGetRootElement(wd.get()), "sheets");
    for (const xmlNode* s = list ? list->children : nullptr; s; s = s->next) {
      if (s->type != XML_ELEMENT_NODE || !is(s, "sheet")) continue;
      auto t = targets.find(attr(s, "id"));
      std::string part = t != targets.end() ? t->second : fmt::format("xl/worksheets/sheet{}.xml", sheets.size() + 1);
      sheets.emplace_back(attr(s, "name"), part);
    }
  }
  if (sheets.empty()) {
    out.error = "XLSX: the workbook lists no worksheet";
    return out;
  }
  std::vector<std::string> shared;
  if (auto ss = zip.read("xl/sharedStrings.xml")) {
    auto sd = parse_xml(*ss, error);
    if (!sd) {
      out.error = fmt::format("XLSX: xl/sharedStrings.xml: {}", error);
      return out;
    }
    for (const xmlNode* si = xmlDocGetRootElement(sd.get())->children; si; si = si->next) {
      if (si->type != XML_ELEMENT_NODE || !is(si, "si")) continue;
      shared.emplace_back();
      string_text(si, shared.back());
    }
  }
  const std::vector<bool> dates = date_styles(zip);
  std::vector<std::string> skipped;
  for (const auto& [name, part] : sheets) {
    if (!out.text.empty()) {
      skipped.push_back(name);
      continue;
    }
    auto xml = zip.read(part);
    if (!xml) {
      out.losses.push_back(fmt::format("sheet `{}` ({}) could not be read: {}", name, part, zip.error()));
      continue;
    }
    auto doc = parse_xml(*xml, error);
    if (!doc) {
      out.losses.push_back(fmt::format("sheet `{}`: {}", name, error));
      continue;
    }
    const xmlNode* data = child(xmlDocGetRootElement(doc.get()), "sheetData");
    std::string csv;
    long last_row = 0;
    for (const xmlNode* row = data ? data->children : nullptr; row; row = row->next) {
      if (row->type != XML_ELEMENT_NODE || !is(row, "row")) continue;
      std::vector<std::string> cells;
      for (const xmlNode* c = row->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !is(c, "c")) continue;
        long col = column_of(attr(c, "r"));
        if (col < 0) col = static_cast<long>(cells.size());
        if (col > 16383) continue;  // past Excel's last column: damage
        std::string type = attr(c, "t"), value;
        if (type == "inlineStr") {
          if (const xmlNode* is_node = child(c, "is")) string_text(is_node, value);
        } else if (const xmlNode* v = child(c, "v")) {
          value = text_of(v);
          if (type == "s") {
            std::size_t k = 0;
            try {
              k = std::stoul(value);
            } catch (...) {
              k = shared.size();
            }
            value = k < shared.size() ? shared[k] : std::string();
          } else if (type == "b") {
            value = value == "1" ? "TRUE" : "FALSE";
          } else if (type.empty() || type == "n") {
            std::size_t style = static_cast<std::size_t>(std::atol(attr(c, "s").c_str()));
            if (style < dates.size() && dates[style])
              if (auto date = serial_date(value, date1904); !date.empty()) value = std::move(date);
          }
        }
        if (static_cast<std::size_t>(col) >= cells.size()) cells.resize(static_cast<std::size_t>(col) + 1);
        cells[static_cast<std::size_t>(col)] = std::move(value);
      }
      while (!cells.empty() && cells.back().empty()) cells.pop_back();
      if (cells.empty()) continue;
      // Rows left out of the file (empty in the sheet) stay out: a dataset's
      // rows are its records, not its layout.
      std::string line;
      for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) line += ',';
        csv_cell(line, cells[i]);
      }
      csv += line;
      csv += '\n';
      ++last_row;
      if (csv.size() > limits.max_text) {
        out.error = fmt::format("XLSX: more than {} bytes of text", limits.max_text);
        return out;
      }
    }
    if (!csv.empty()) {
      out.text = std::move(csv);
      out.fields["sheet"] = name;
      out.notes.push_back({Diag::read_sheet, fmt::format("sheet `{}`: {} row(s) read as CSV", name, last_row)});
    }
  }
  if (out.text.empty()) {
    out.error = "XLSX: no worksheet has any cell";
    return out;
  }
  if (!skipped.empty()) {
    std::string names;
    for (const auto& n : skipped) names += (names.empty() ? "`" : ", `") + n + "`";
    out.losses.push_back(fmt::format("{} other sheet(s) not read: {} (one sheet is one dataset; save the others apart)",
                                     skipped.size(), names));
  }
  out.ok = true;
  return out;
}

}  // namespace gongwen::host::formats
