// A Markdown file that lists documents in a pipe table (`|序号|标题|发文字号|成文日期|`, a
// title cell that links to the page, `[title](url)`): the table's rows as a dataset's.
//
// Invariants: only a table whose header names a title column and that holds two rows at least
// is read (a file of notes with a small table of counts stays a text); of several, the one with
// the most rows; and only when it holds more of the file than the prose around it (a notice
// over its table of projects stays a document). A linked cell gives its words to its column and its address to a column named
// `链接` after the others (`<column>链接` when the header has one), so the row keeps both.
#include <algorithm>
#include <string>
#include <vector>

#include "read/dataset_detail.hpp"

#include <gongwen/text.hpp>

namespace gongwen::host::dataset_detail {

namespace tx = gongwen::text;

namespace {

// A row of a pipe table: cells between `|`, the outer bars optional (a generator that writes
// no closing bar), `\|` a bar inside a cell. Nothing when the line holds no bar.
std::optional<std::vector<std::string>> pipe_cells(std::string_view line) {
  line = tx::trim(line);
  if (line.find('|') == std::string_view::npos) return std::nullopt;
  if (line.starts_with("|")) line.remove_prefix(1);
  if (line.ends_with("|") && !line.ends_with("\\|")) line.remove_suffix(1);
  std::vector<std::string> cells(1);
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cells.back() += '|';
      ++i;
    } else if (line[i] == '|') {
      cells.emplace_back();
    } else {
      cells.back() += line[i];
    }
  }
  for (auto& c : cells) c = std::string(tx::trim(c));
  return cells;
}

// The line under a header: `:---`, `---:`, `:-:` cells only.
bool delimiter_row(const std::vector<std::string>& cells) {
  for (const auto& c : cells) {
    std::string_view v = c;
    if (v.starts_with(":")) v.remove_prefix(1);
    if (v.ends_with(":")) v.remove_suffix(1);
    if (v.size() < 1 || v.find_first_not_of('-') != std::string_view::npos) return false;
  }
  return !cells.empty();
}

// `[words](address)` filling the cell: the words and the address.
bool link_cell(std::string_view c, std::string& words, std::string& address) {
  if (!c.starts_with("[") || !c.ends_with(")")) return false;
  auto mid = c.rfind("](");
  if (mid == std::string_view::npos) return false;
  words = std::string(tx::trim(c.substr(1, mid - 1)));
  address = std::string(tx::trim(c.substr(mid + 2, c.size() - mid - 3)));
  // (A generator that wrote the address from JSON kept its escaped slashes, `http:\/\/`.)
  for (std::size_t k = address.find("\\/"); k != std::string::npos; k = address.find("\\/", k)) address.erase(k, 1);
  return !words.empty();
}

}  // namespace

std::optional<std::vector<std::vector<std::string>>> markdown_document_table(std::string_view s) {
  std::vector<std::vector<std::string>> best, table;
  auto close = [&] {
    if (table.size() > best.size()) best = std::move(table);
    table.clear();
  };
  std::size_t width = 0, prose = 0;  // (prose: the characters of the lines outside every table)
  std::optional<std::vector<std::string>> previous;
  for (std::size_t b = 0; b <= s.size();) {
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    std::string_view line = s.substr(b, e - b);
    auto cells = pipe_cells(line);
    b = e + 1;
    if (!cells) {
      prose += tx::char_count(tx::trim(line));
      close();
      previous.reset();
      if (e >= s.size()) break;
      continue;
    }
    if (delimiter_row(*cells)) {
      close();
      // (A header that names a title column starts a table of documents.)
      bool titled = false;
      if (previous && previous->size() >= 2)
        for (const auto& h : *previous) titled |= title_rank(h) >= 2;
      if (titled) table.push_back(*previous), width = previous->size();
      previous.reset();
      continue;
    }
    if (!table.empty()) {
      cells->resize(width);
      table.push_back(std::move(*cells));
    }
    previous = std::move(cells);
    if (e >= s.size()) break;
  }
  close();
  if (best.size() < 3) return std::nullopt;  // a header over two rows at least
  // (A document with a table in it, a notice over its list of projects, is one text: the table must
  // hold more of the file than the prose around it does.)
  std::size_t in_table = 0;
  for (const auto& row : best)
    for (const auto& c : row) in_table += tx::char_count(c);
  if (prose > in_table) return std::nullopt;
  // Linked cells: their words in place, their addresses in a column of their own.
  const std::size_t columns = best[0].size();
  for (std::size_t c = 0; c < columns; ++c) {
    bool linked = false;
    std::string words, address;
    for (std::size_t r = 1; r < best.size() && !linked; ++r) linked = link_cell(best[r][c], words, address);
    if (!linked) continue;
    // (Named as a row's address is, `链接`, unless the header has one.)
    bool named = std::find(best[0].begin(), best[0].end(), std::string("链接")) != best[0].end();
    best[0].push_back(named ? best[0][c] + "链接" : std::string("链接"));
    for (std::size_t r = 1; r < best.size(); ++r) {
      if (link_cell(best[r][c], words, address)) best[r][c] = words;
      else address.clear();
      best[r].push_back(address);
    }
  }
  return best;
}

}  // namespace gongwen::host::dataset_detail
