// Datasets of documents, one record per row: CSV/TSV with a header (RFC 4180:
// quoted fields over several lines, doubled quotes, a BOM), JSON Lines of
// objects, SQL dumps (INSERT … VALUES rows) and JSON documents holding an
// array of records, as scrapers and published corpora ship them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"
#include "read/reader.hpp"

namespace gongwen::host {

struct DatasetRow {
  std::size_t row = 0;  // 1-based, header excluded
  std::size_t last_row = 0;  // the last row joined into this one (rows holding one document's articles), else 0
  Json parts = Json::array();  // joined rows: each row's own columns, with its `row`
  std::string text;     // the text column (may be HTML: read as such)
  std::string title;    // the title column, when there is one
  std::string text_column;  // the column read as this row's text when not the dataset's (its own was empty)
  Json fields = Json::object();  // the other columns, by header name
  std::string error;    // why the row could not be read (its columns may be named anything, `error` too)
  std::string warning;  // how a damaged row was read anyway
};

struct Dataset {
  std::string layout;   // csv | tsv | xlsx | markdown (a table of documents) | jsonl | sql | json | json:PATH (the records' array inside the document) | js[:PATH] (a script's literal)
  std::string text_column, title_column;
  std::vector<DatasetRow> rows;
  std::string skipped;  // what the reader left unread and why (an SQL dump's other tables), else empty
  std::size_t repeated_headers = 0;  // rows equal to the header inside the data, not read
};

// A dataset by its name and content (a .csv/.tsv whose header has at least
// two columns, a .jsonl/.ndjson whose lines are objects, a .sql dump or text
// that starts as one, a .json document or a JSON array with records);
// nothing otherwise. `format` is the reader's (`xlsx`: the worksheet rendered
// as CSV by the XLSX reader).
// With `columns`, the named columns are the text, title and date whatever
// their names; a named column the dataset lacks is an error (thrown, with
// the columns it has).
std::optional<Dataset> read_dataset(std::string_view path, std::string_view utf8, std::string_view format = "text",
                                    const DatasetColumns& columns = {});

// The row's date, ISO, from a column named as one (`publish_time`, `pubdate`,
// `发布日期`, `成文日期`, `…_date`) holding a full date; empty otherwise.
// `reply`: the row's text is an answer column (reply_column): dated by the answer.
// `day_first`: the dataset writes slashed dates day first (day_first_dates).
std::string row_date(const Json& fields, const std::string& column = {}, bool reply = false, bool day_first = false);
// Whether a date column writes a day over 12 first (`24/1/2020`): then every
// slashed date of the dataset is day first (`3/4/2020` is 3 April).
bool day_first_dates(const std::vector<DatasetRow>& rows, const std::string& column = {});
// The text a row with a title and no text reads as: the title, or, for a catalogue's
// `ORGANS《NAME》`, the head a 公文 prints (`财政部、税务总局《关于…的公告》` → `财政部、税务总局关于…的公告`),
// the organs then in `issuers` (joined with 、).
std::string title_row_text(std::string_view title, std::string* issuers = nullptr);
bool reply_column(std::string_view name);
// The issuing organ a row names in a column called so (`发文机关`, `发布机构`,
// `答复部门`, `puborg`, `issuer`…); empty when none.
std::string row_issuer(const Json& fields);
// A column no name announces whose every cell names a unit (`subtitle`: 团委, 校长办公室,
// 教务处): the issuer of each row that names none otherwise; empty when no column does.
std::string unit_column(const Dataset& d);
// The 发文字号 a row names in a column called so (`文号`, `发文字号`, `wh`, `doc_number`…) and
// shaped as one (a digit and 号); empty when none.
std::string row_doc_number(const Json& fields);
// The 文种 a column names (`文种`, `公文种类`, `doc_type`: `通知`, `意见`), or empty: a short
// word, for the handlers to read as the kind the dataset gives the row.
std::string row_doc_type(const Json& fields);
// The organ a source slot names (`来源：广州市财政局`), or empty for an outlet
// (`新华社`, `…网`) or anything else.
std::string organ_of_source(std::string_view source);
// The row's address: a column named as one (url, link, 网址, 原文链接, a corpus's id) holding an http(s) URL.
std::string row_url(const Json& fields);

}  // namespace gongwen::host
