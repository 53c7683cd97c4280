// What the dataset readers share (dataset.cpp: delimited tables, JSON; dataset_cells.cpp: cell repairs;
// dataset_jsonl.cpp: JSON Lines; dataset_sql.cpp: SQL dumps; dataset_tagged.cpp: tagged corpora). Not part of the reader's interface.
#pragma once

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/dataset.hpp"
#include "util/ascii.hpp"

namespace gongwen::host::dataset_detail {


// Column names (dataset_columns.cpp): one of several, a key's last dotted segment,
// an answer column (答复内容), a date column (pubdate, 发布日期, …_date).
bool one_of(std::string_view name, std::initializer_list<std::string_view> names);
// A column's name as the lists compare it: trimmed, lower case, traditional characters read as simplified.
std::string column_key(std::string_view name);
// The words of an ASCII name split at spaces, `_`, `-`, `.` and case changes, lower case
// (`documentNumber`, `issuing_authority` → document number, issuing authority).
std::vector<std::string> name_words(std::string_view n);
std::string last_segment(const std::string& key);
bool reply_name(std::string_view n);
bool date_name(std::string_view n);
// A column of the date the document was written or issued (成文日期, 发文日期), which dates it
// before any date of its posting.
bool written_date_name(std::string_view n);
// A date column that says when a row changed or lapses (`updatetime`, `end_date`,
// 截止日期), read for a row's date only when no other date column has one.
bool revision_date_name(std::string_view n);
// How surely a name heads texts: 3 `content`, `正文`…; 2 a last word that says so (`Policy Content`);
// 1 `summary`, `html`, `article`; 0 none.
int text_rank(std::string_view n);
bool text_name(std::string_view n);
// How surely a name heads titles: 3 `title`, `标题`…; 2 a last word or ending that
// says so (`news_title`, `Policy Title`, `文件标题`); 1 `name`; 0 none.
int title_rank(std::string_view n);
// A cell with a word in it (a letter or a Han character), not only figures and marks.
bool worded(std::string_view v);
bool title_name(std::string_view n);
// A cell that is its row's title by what it holds: one short line of Chinese, no
// organ's name or document number, that opens a line of the head of the row's
// text (text_head: its first lines, spaces stripped, computed once a row).
// title_cell: the line (0-based) of the head the cell opens, or -1.
std::string text_head(std::string_view text);
int title_cell(std::string_view value, const std::string& head);
// Cells that are, most of them, an organ's name (`某某市卫生健康委员会`): a list's source
// or issuer column, never the text however much Chinese it holds.
bool organ_cells(const std::vector<std::string_view>& cells);
// The column whose cells title their rows, by content (title_cell): cells(r, c)
// for rows r < rows (500 read at most) and columns c < columns, heads[r] the
// row's text_head; the most titles, then the longest, mostly distinct. npos when none.
std::size_t title_column(std::size_t rows, std::size_t columns, const std::vector<std::string>& heads,
                         const std::function<std::string_view(std::size_t, std::size_t)>& cells);
// A list's title cell scraped twice (`标题标题`, `标题标题的前半...`): the title once.
std::string list_title(std::string_view cell);
void tidy_row_title(DatasetRow& row);

// Rows of cells (the first a header unless it reads as data) as a dataset.
std::optional<Dataset> from_table(std::vector<std::vector<std::string>> rows, std::string layout, bool header_known = false);

// Repairs of a row's text (dataset_cells.cpp): `\n` shown for line breaks, or
// carriage returns alone; HTML stored escaped (`&lt;p&gt;`).
void unescape_line_breaks(std::string& text);
// Markup kept with backslash escapes (`<\/p>`, `\'`, `\n`): the markup as written.
void unescape_slashes(std::string& text);
void unescape_markup(std::string& text);
// Objects whose title or text is a list of strings, with those lists joined a line each
// into `joined`; false (and `joined` untouched) when no object has one.
bool join_text_lists(const std::vector<Json>& given, std::vector<Json>& joined);

// SQL dumps (dataset_sql.cpp).
bool ieq_at(std::string_view s, std::size_t at, std::string_view word);
void skip_space_and_comments(std::string_view s, std::size_t& i);
std::optional<Dataset> read_sql(std::string_view s);

// JSON Lines (dataset_jsonl.cpp); by content unless `by_name` (.jsonl, .ndjson):
// then at least two lines must be objects.
std::optional<Dataset> read_jsonl(std::string_view s, bool by_name);

// A script's data (dataset_script.cpp): the object or array literal a JSONP call or an assignment
// (`cb({…})`, `var result = {…};`) holds, in JavaScript's syntax, as JSON; nothing when s opens
// otherwise or its literal is no plain data.
std::optional<std::string> script_literal_as_json(std::string_view s);

// Tagged documents of web and news corpora (dataset_tagged.cpp): `<doc id= url= title=>…</doc>`,
// Sogou's `<doc><url>…<contenttitle>…<content>…</doc>`, `<text id=…>…</text>`.
bool looks_tagged(std::string_view s);
std::optional<Dataset> read_tagged(std::string_view s);
// A Markdown file's table of documents (dataset_markdown.cpp): its header and rows, the words of a
// linked cell in place and the address in a column of its own; none when no table names a title column.
std::optional<std::vector<std::vector<std::string>>> markdown_document_table(std::string_view s);
// dataset_json_parts.cpp: a JSON document kept as its title over the list `arr` of its parts (at `path`),
// as one row whose text is the parts in order; nothing when `arr` holds records.
std::optional<Dataset> one_document_of_parts(const Json& j, const std::string& path, const Json& arr);

// Rows that are the articles of documents (dataset_parts.cpp), one row per
// document; nothing when the rows are documents of their own.
std::optional<Dataset> joined_articles(const Dataset& d);

}  // namespace gongwen::host::dataset_detail
