// Tables of data in a saved page's body: a list of names, a schedule, a task
// breakdown. DOCX, RTF and Word binaries give a table row as one line, its cells
// joined by ` | `; a page's table is read the same way, so that a name list
// before the signature is rows of a table, not a column of short lines that
// read as signatures, and cells without spaces between them are not glued.
//
// Invariants: only a table whose every cell is short text (no nested table, at
// most kMaxCellChars characters) is a data table; a table with a cell that ends
// in a colon (`发文机关：`), or with labels (`索引号`) in two rows, stays cells on lines of their own (the page's
// information box is read label by label downstream); so does one whose text is
// mostly links (a list of other articles: each link a line that reads as one).
#include "read/html_table.hpp"

#include <gongwen/text.hpp>

#include <cstring>
#include <string_view>

#include "read/html_content.hpp"
#include "read/info_box.hpp"

namespace gongwen::host {

namespace {

constexpr std::size_t kMaxCellChars = 120;

bool named(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

struct CellText {
  std::string text;
  std::size_t chars = 0, link_chars = 0;
  bool nested_table = false;
};

// A cell's visible text, its blocks' breaks as single spaces.
void gather(const xmlNode* n, bool skip_hidden, bool in_link, int depth, CellText& c) {
  for (; n; n = n->next) {
    if (n->type == XML_ELEMENT_NODE) {
      const char* name = reinterpret_cast<const char*>(n->name);
      if (html_skipped(name) || (skip_hidden && never_shown(n))) continue;
      if (std::strcmp(name, "table") == 0 || depth > 32) {
        c.nested_table = true;
        return;
      }
      // (A block's break is a space; inline runs join as a browser shows them: `张<span>三</span>`.)
      bool block = false;
      for (const char* b : {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "dd", "dt"})
        block |= std::strcmp(name, b) == 0;
      if (block && !c.text.empty() && c.text.back() != ' ') c.text += ' ';
      gather(n->children, skip_hidden, in_link || std::strcmp(name, "a") == 0, depth + 1, c);
      if (block && !c.text.empty() && c.text.back() != ' ') c.text += ' ';
    } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
      std::string_view s(reinterpret_cast<const char*>(n->content));
      for (std::size_t i = 0; i < s.size();) {
        std::size_t k = i;
        char32_t cp = text::next_cp(s, k);
        if (text::is_space(cp) || cp == '\n' || cp == '\r') {
          if (!c.text.empty() && c.text.back() != ' ') c.text += ' ';
        } else {
          c.text.append(s.substr(i, k - i));
          ++c.chars;
          c.link_chars += in_link;
        }
        i = k;
      }
    }
    if (c.nested_table || c.chars > kMaxCellChars) return;
  }
}

}  // namespace

std::vector<DataRow> data_table_rows(const xmlNode* table, bool skip_hidden) {
  // Its rows, and its caption (a 名单's heading) as a line of its own; any other
  // element among them (a form the parser left there) and the table is no plain grid.
  std::vector<const xmlNode*> rows;
  std::vector<DataRow> out;
  auto hidden = [&](const xmlNode* n) { return skip_hidden && never_shown(n); };
  for (const xmlNode* k = table->children; k; k = k->next) {
    if (k->type != XML_ELEMENT_NODE || hidden(k)) continue;
    if (named(k, "tr")) rows.push_back(k);
    else if (named(k, "tbody") || named(k, "thead") || named(k, "tfoot")) {
      for (const xmlNode* r = k->children; r; r = r->next) {
        if (r->type != XML_ELEMENT_NODE || hidden(r)) continue;
        if (!named(r, "tr")) return {};
        rows.push_back(r);
      }
    } else if (named(k, "caption")) {
      CellText c;
      gather(k->children, skip_hidden, false, 0, c);
      if (c.nested_table || c.chars > kMaxCellChars) return {};
      if (std::string t(text::trim(c.text)); !t.empty()) out.push_back({xmlGetLineNo(k), {std::move(t)}});
    } else if (!named(k, "colgroup") && !named(k, "col")) {
      return {};
    }
  }
  // (A label in the first row alone heads a column, `序号 | 名称 | 单位`; labels in
  // two rows or more are a box of labels and values, `索引号 | … | 发布机构 | …`.)
  std::size_t chars = 0, link_chars = 0, wide_rows = 0, label_rows = 0;
  for (const xmlNode* tr : rows) {
    std::vector<std::string> cells;
    std::size_t filled = 0;
    bool labelled = false;
    for (const xmlNode* td = tr->children; td; td = td->next) {
      if (!named(td, "td") && !named(td, "th")) continue;
      if (hidden(td)) continue;
      CellText c;
      gather(td->children, skip_hidden, false, 0, c);
      if (c.nested_table || c.chars > kMaxCellChars) return {};
      std::string t(text::trim(c.text));
      std::string sq = text::strip_spaces(t);
      if (sq.ends_with("：") || sq.ends_with(":")) return {};  // `发文机关：` then its value
      labelled |= record_label(sq);
      chars += c.chars;
      link_chars += c.link_chars;
      filled += !t.empty();
      cells.push_back(std::move(t));
    }
    while (!cells.empty() && cells.back().empty()) cells.pop_back();
    wide_rows += filled >= 2;
    label_rows += labelled;
    if (!cells.empty()) out.push_back({xmlGetLineNo(tr), std::move(cells)});
  }
  if (wide_rows < 2 || label_rows >= 2 || link_chars * 3 >= chars) return {};
  return out;
}

}  // namespace gongwen::host
