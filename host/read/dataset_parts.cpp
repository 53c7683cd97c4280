// Datasets whose rows are the articles of a document (a law knowledge base's
// `{"law_code":…,"article_number":"第1条","content":…}`, a statute table of
// 法规名称 | 条 | 内容): the rows of one document are joined into one row, so
// a regulation is one record with its articles, not one record per article.
//
// Invariants: rows are joined only when every row carries an article label
// (in a column of its own or at the head of its text) and, inside each
// group, the labels' numbers never go down; a group is a run of consecutive
// rows sharing the value of one column (or the whole file when no column
// groups them). Order and text are the file's; no row is dropped.
#include "read/dataset_detail.hpp"

#include <gongwen/text.hpp>

#include <algorithm>
#include <optional>
#include <utility>

namespace gongwen::host::dataset_detail {

namespace {

namespace tx = gongwen::text;

std::string cell(const Json& fields, const std::string& column) {
  auto it = fields.find(column);
  if (it == fields.end()) return {};
  if (it->is_string()) return std::string(tx::trim(it->get_ref<const std::string&>()));
  if (it->is_number()) return it->dump();
  return {};
}

// A cell that is one label of the family (`第1条`, `第十二条之一`, `第一章 总则`).
bool labels(std::string_view s, tx::MarkerFamily family, bool alone) {
  auto m = tx::parse_marker(s);
  if (m.family != family) return false;
  return !alone || tx::trim(s.substr(m.length)).empty() || tx::starts_with(tx::trim(s.substr(m.length)), "之");
}

// The article's place in order: 第二条之一 comes after 第二条 and before 第三条.
long long number_of(std::string_view s) {
  auto m = tx::parse_marker(s);
  long long sub = 0;
  auto rest = tx::trim(s.substr(m.length));
  if (rest.starts_with("之")) {
    std::size_t e = 3;
    for (std::size_t k = e; k < rest.size() && tx::is_cn_numeral(tx::next_cp(rest, k));) e = k;
    if (auto v = tx::parse_number(rest.substr(3, e - 3))) sub = *v;
  }
  return std::min<long long>(m.number, 1'000'000'000) * 100 + std::min<long long>(sub, 99);
}

// Grouping by the title column rather than a field of the same name.
constexpr const char* kTitle = "\x01title";

std::string group_key(const DatasetRow& r, const std::string& column) {
  if (column.empty()) return {};
  return column == kTitle ? std::string(tx::trim(r.title)) : cell(r.fields, column);
}

// The column every row labels with an article (`article_number`, `条`, `条款`).
std::string label_column(const Dataset& d) {
  const Json& first = d.rows.front().fields;
  for (auto it = first.begin(); it != first.end(); ++it) {
    bool all = true;
    for (const auto& row : d.rows) all = all && labels(cell(row.fields, it.key()), tx::MarkerFamily::article, true);
    if (all) return it.key();
  }
  return {};
}

// The columns that may name the document each row belongs to: each constant
// over runs of rows and changing at most once per two rows (a law's name or
// code), coarsest first, the title column first among equals. A chapter
// column groups too, but only inside a document: its label form leaves it out.
std::vector<std::string> group_columns(const Dataset& d, const std::string& label) {
  std::vector<std::string> names;
  if (!d.title_column.empty()) names.push_back(kTitle);
  for (auto it = d.rows.front().fields.begin(); it != d.rows.front().fields.end(); ++it)
    if (it.key() != label) names.push_back(it.key());
  std::vector<std::pair<std::size_t, std::string>> found;
  for (const auto& name : names) {
    std::size_t runs = 0;
    bool ok = true;
    for (std::size_t i = 0; i < d.rows.size() && ok; ++i) {
      std::string v = group_key(d.rows[i], name);
      ok = !v.empty() && !labels(v, tx::MarkerFamily::chapter, false) && !labels(v, tx::MarkerFamily::section, false);
      if (i == 0 || v != group_key(d.rows[i - 1], name)) ++runs;
    }
    if (ok && runs * 2 <= d.rows.size()) found.emplace_back(runs, name);
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  if (out.empty()) out.emplace_back();  // no column: the file is one document
  return out;
}

}  // namespace

std::optional<Dataset> joined_articles(const Dataset& d) {
  if (d.rows.size() < 3) return std::nullopt;
  for (const auto& row : d.rows)
    if (!row.error.empty()) return std::nullopt;
  std::string label = label_column(d);
  if (label.empty())
    for (const auto& row : d.rows)
      if (!labels(tx::trim(row.text), tx::MarkerFamily::article, false)) return std::nullopt;
  auto number = [&](const DatasetRow& r) { return number_of(label.empty() ? tx::trim(r.text) : cell(r.fields, label)); };
  // The coarsest grouping under which each document's articles ascend: a
  // file of whole regulations whose texts each open with 第一条 restarts at 1
  // on every row and is left alone.
  std::string group;
  bool grouped = false;
  for (const auto& candidate : group_columns(d, label)) {
    bool ascending = true;
    for (std::size_t i = 1; i < d.rows.size() && ascending; ++i)
      if (group_key(d.rows[i], candidate) == group_key(d.rows[i - 1], candidate)) ascending = number(d.rows[i]) > number(d.rows[i - 1]);
    if (ascending) {
      group = candidate, grouped = true;
      break;
    }
  }
  if (!grouped) return std::nullopt;
  // A document's articles start near its first and run on with few gaps: rows
  // citing scattered articles (a table of cases: 第10条, 第21条, 第33条) stay
  // rows, the other documents of the file are joined all the same.
  auto articles = [&](std::size_t i, std::size_t j) {
    long long first = number(d.rows[i]) / 100, last = number(d.rows[j - 1]) / 100;
    std::size_t n = j - i;
    return !(first > 3 && n < 5) && last - first + 1 <= static_cast<long long>(2 * n + 2);
  };
  auto key = [&](const DatasetRow& r) { return group_key(r, group); };
  // A chapter column (`第一章 总则`) gives the chapter lines between the articles.
  std::string chapter;
  for (auto it = d.rows.front().fields.begin(); it != d.rows.front().fields.end() && chapter.empty(); ++it) {
    bool all = true;
    for (const auto& row : d.rows) {
      std::string c = cell(row.fields, it.key());
      all = all && (c.empty() || labels(c, tx::MarkerFamily::chapter, false) || labels(c, tx::MarkerFamily::section, false));
    }
    if (all && !cell(d.rows.front().fields, it.key()).empty()) chapter = it.key();
  }
  Dataset out;
  std::size_t documents = 0;
  out.layout = d.layout + "[articles]";
  out.text_column = d.text_column;
  out.title_column = d.title_column;
  for (std::size_t i = 0; i < d.rows.size();) {
    std::size_t j = i;
    while (j < d.rows.size() && key(d.rows[j]) == key(d.rows[i])) ++j;
    if (!articles(i, j)) {
      for (std::size_t k = i; k < j; ++k) out.rows.push_back(d.rows[k]);
      i = j;
      continue;
    }
    ++documents;
    DatasetRow joined;
    joined.row = d.rows[i].row;
    joined.last_row = d.rows[j - 1].row;
    joined.title = d.rows[i].title;
    std::string last_chapter;
    for (std::size_t k = i; k < j; ++k) {
      const auto& r = d.rows[k];
      if (!chapter.empty()) {
        std::string c = cell(r.fields, chapter);
        if (!c.empty() && c != last_chapter) joined.text += c + "\n";
        last_chapter = c;
      }
      // (The label back before the text, unless the text opens with it already.)
      if (!label.empty() && tx::parse_marker(tx::trim(r.text)).family != tx::MarkerFamily::article) joined.text += cell(r.fields, label) + "\u3000";
      joined.text += std::string(tx::trim(r.text)) + "\n";
    }
    // The fields every row of the document shares (its name, code, dates);
    // each article's own (id, label, sort key) kept with its row, nothing lost.
    for (auto it = d.rows[i].fields.begin(); it != d.rows[i].fields.end(); ++it) {
      bool shared = true;
      for (std::size_t k = i + 1; k < j && shared; ++k) shared = d.rows[k].fields.contains(it.key()) && d.rows[k].fields[it.key()] == it.value();
      if (shared) joined.fields[it.key()] = it.value();
    }
    for (std::size_t k = i; k < j; ++k) {
      Json own = {{"row", d.rows[k].row}};
      for (auto it = d.rows[k].fields.begin(); it != d.rows[k].fields.end(); ++it)
        if (!joined.fields.contains(it.key())) own[it.key()] = it.value();
      joined.parts.push_back(std::move(own));
    }
    // A document named only by a column (法规名称, law_name) takes it as its title.
    if (joined.title.empty() && !group.empty() && group != kTitle) {
      std::string name = cell(d.rows[i].fields, group);
      if (tx::han_count(name) >= 4) joined.title = name;
    }
    out.rows.push_back(std::move(joined));
    i = j;
  }
  if (!documents) return std::nullopt;
  return out;
}

}  // namespace gongwen::host::dataset_detail
