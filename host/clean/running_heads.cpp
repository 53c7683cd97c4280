// Running heads with numbers: a magazine prints its name with the issue and
// the folio at the head or foot of every page (`2024年第3期　某某青年　10`).
// Left in the text they stand between one article's end and the next one's
// column and title, and read as a contents entry with its page.
//
// A line is such a head when the same words come back at least three times
// with only their numbers changed, and the numbers say issue or page: two
// runs of digits (issue and folio, year and issue), or one that climbs by
// more than one somewhere (a folio over articles of several pages). Words a
// document repeats with numbers of its own stay: dates (`2023年5月10日` under
// each document of a compilation, no words but the date's), labels with a
// colon (`来源：…`), edition lines and notes (`《人民日报》（…第01版）`), an
// issue's masthead (`工作简报第12期`: one number), enumerations (`案例1`,
// `案例2`: one number, climbing by one).
//
// A head without numbers (a handbook's name on every page) is told by where it stands: at the edge
// of the pages pdftotext parts with form feeds, the same words on a third of them or more, three
// times at least. The same words inside a page (a title the head repeats) stay.
#include "clean/running_heads.hpp"

#include <gongwen/text.hpp>

#include <algorithm>
#include <map>

namespace gongwen::host::clean_detail {

namespace tx = gongwen::text;

namespace {

struct Shape {
  std::string key;
  std::vector<long> numbers;
  std::size_t words = 0;  // Han characters other than a date's or an issue's
};

bool shape_of(std::string_view t, Shape& s) {
  if (tx::char_count(t) > 40 || tx::ends_sentence(t)) return false;
  for (std::string_view no : {"：", ":", "《", "（", "(", "，"})
    if (t.find(no) != std::string_view::npos) return false;
  // (Nor a document's number, its year in brackets: `信工学〔2025〕9号` over each rule of a handbook.)
  for (std::size_t i = 0; i < t.size();) {
    char32_t c = tx::next_cp(t, i);
    if (tx::year_bracket_open(c) && i < t.size() && t[i] >= '0' && t[i] <= '9') return false;
  }
  // (Nor a serial over its year, `第80/2025號…批示`: a gazette's instrument, its heading printed again.)
  for (std::size_t slash = t.find('/'); slash != std::string_view::npos; slash = t.find('/', slash + 1)) {
    std::string_view year = t.substr(slash + 1);
    if (slash > 0 && t[slash - 1] >= '0' && t[slash - 1] <= '9' && year.size() > 4 &&
        std::all_of(year.begin(), year.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
        (tx::starts_with(year.substr(4), "号") || tx::starts_with(year.substr(4), "號")))
      return false;
  }
  for (std::size_t i = 0; i < t.size();) {
    std::size_t k = i;
    char32_t c = tx::next_cp(t, k);
    if (c >= '0' && c <= '9') {
      long n = 0;
      // (Capped: a run of digits is a folio or an issue, and a longer one compares as well capped.)
      while (i < t.size() && t[i] >= '0' && t[i] <= '9') n = n < 100000000 ? n * 10 + (t[i++] - '0') : (++i, n);
      s.key += '#';
      s.numbers.push_back(n);
      if (s.numbers.size() > 4) return false;
      continue;
    }
    i = k;
    if (tx::is_space(c)) continue;
    tx::append_utf8(s.key, c);
    if (tx::is_han(c)) {
      bool date_word = false;
      for (char32_t w : {U'年', U'月', U'日', U'第', U'期', U'页', U'版', U'总', U'卷', U'号'}) date_word |= c == w;
      s.words += !date_word;
    }
  }
  return !s.numbers.empty() && s.words >= 2;
}

}  // namespace

std::vector<NumberedHead> numbered_running_heads(std::string_view input, const std::vector<Line>& lines, const std::vector<char>& keep) {
  std::map<std::string, std::vector<std::pair<std::size_t, std::vector<long>>>> seen;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!keep[i] || lines[i].chars > 40) continue;
    Shape s;
    if (shape_of(input.substr(lines[i].tb, lines[i].te - lines[i].tb), s)) seen[s.key].push_back({i, std::move(s.numbers)});
  }
  std::vector<NumberedHead> out;
  for (auto& [key, where] : seen) {
    if (where.size() < 3) continue;
    bool two_runs = where.front().second.size() >= 2;
    bool varies = false, climbs = true, jumps = false;
    for (std::size_t a = 1; a < where.size(); ++a) {
      long prev = where[a - 1].second.back(), cur = where[a].second.back();
      varies |= where[a].second != where[a - 1].second;
      climbs = climbs && cur > prev;
      jumps |= cur > prev + 1;
    }
    // (The numbers must change: a title printed three times with its figures, `关于开展1.6升…的通知`
    // at a page's head, heading and document, is no running head.)
    if (!varies || !(two_runs || (climbs && jumps))) continue;
    NumberedHead h{key, {}};
    for (auto& w : where) h.lines.push_back(w.first);
    out.push_back(std::move(h));
  }
  return out;
}

std::vector<NumberedHead> page_edge_heads(std::string_view input, const std::vector<Line>& lines, const std::vector<char>& keep) {
  std::vector<NumberedHead> out;
  if (input.find('\f') == std::string_view::npos) return out;
  // The lines that open and close each page: the first and last kept line with text between form feeds.
  std::vector<std::size_t> edges;
  std::size_t pages = 1, last_text = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    bool feed = input.substr(lines[i].b, lines[i].te - lines[i].b).find('\f') != std::string_view::npos;
    if (feed) {
      ++pages;
      if (last_text != lines.size()) edges.push_back(last_text);
      last_text = lines.size();
    }
    // (A line that is the form feed alone opens the page; the text under it is its first line.)
    std::string_view t = input.substr(lines[i].tb, lines[i].te - lines[i].tb);
    while (!t.empty() && t.front() == '\f') t = tx::trim(t.substr(1));
    if (!keep[i] || t.empty()) continue;
    if (last_text == lines.size()) edges.push_back(i);  // (the page's first)
    last_text = i;
  }
  std::map<std::string, std::vector<std::size_t>> seen;
  for (std::size_t i : edges) {
    std::string_view t = input.substr(lines[i].tb, lines[i].te - lines[i].tb);
    while (!t.empty() && t.front() == '\f') t = tx::trim(t.substr(1));
    // (Nor a table's header repeated over each page, its columns set apart: `序号    姓名    单位`.)
    if (tx::char_count(t) > 40 || tx::ends_sentence(t) || tx::whole_date(t) || t.find("    ") != std::string_view::npos ||
        t.find('\t') != std::string_view::npos)
      continue;
    auto& where = seen[tx::strip_spaces(t)];
    if (where.empty() || where.back() != i) where.push_back(i);
  }
  for (auto& [key, where] : seen) {
    if (key.empty() || where.size() < 3 || where.size() * 3 < pages) continue;
    out.push_back({key, where});
  }
  return out;
}

}  // namespace gongwen::host::clean_detail
