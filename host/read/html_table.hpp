// Tables of data in a saved page's body (see html_table.cpp).
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

namespace gongwen::host {

// The rows of `table` when it is a table of data (a list of names, a schedule,
// a task breakdown): each row its cells' texts, spaces collapsed. Empty when the
// table lays out the page, is a box of labels and their values (`索引号：` …), or
// lists links to other articles: their cells stay lines of their own.
struct DataRow {
  long line = 0;  // the source line of its <tr>
  std::vector<std::string> cells;
};
std::vector<DataRow> data_table_rows(const xmlNode* table, bool skip_hidden);

}  // namespace gongwen::host
