// A joint signature printed in two columns, its cells joined column by column
// into organs (see column_signature in detail.hpp).
//
// Invariant: nothing is returned unless every column's cells end in organs —
// a half-read block of columns names no signer at all.
#include "detail.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace gongwen::official {

namespace tx = gongwen::text;
using structure::Paragraph;

namespace detail {

namespace {

// The generic part of an organ's name, which names no unit of its own and so
// finishes the name above it (`办公厅`, `委员会办公室`, `领导小组`).
bool generic_body(std::string_view s) {
  for (std::string_view w : {"办公厅", "办公室", "委员会", "党组", "领导小组", "工作领导小组", "指挥部", "工作委员会", "管理委员会"})
    if (tx::starts_with(s, w)) return tx::char_count(s) <= 10;
  return false;
}

bool institution(std::string_view s) {
  for (std::string_view end : {"公司", "集团", "大学", "学院", "医院", "研究院", "学校"})
    if (tx::ends_with(s, end)) return true;
  return false;
}

}  // namespace

// A joint signature printed in two columns (`中共胶州市委组织部      中共胶州市委宣传部` /
// `中共胶州市委党的群` / `众路线教育实践活动    胶州市文化广电新闻出版局` / `领导小组办公室`):
// a line's cells go to their columns, and a column's cells join until they make an
// organ. Empty unless a line has two cells and every column ends in organs; `top` is
// the block's first line.
std::vector<Found> column_signature(const std::vector<Paragraph>& ps, std::size_t start, std::size_t date_at, std::size_t& top) {
  struct Cell {
    std::string text;
    std::size_t offset;
  };
  std::vector<std::vector<Cell>> rows;  // bottom-up
  std::size_t i = date_at;
  for (; i > start && rows.size() < 8; --i) {
    std::string_view t = ps[i - 1].text;
    if (tx::char_count(t) > 60 || tx::starts_with(tx::trim(t), "特此") || tx::starts_with(tx::trim(t), "此复")) break;
    std::vector<Cell> cells;
    bool han = true;
    for (std::size_t k = 0; k < t.size() && han;) {
      std::size_t gap = 0, m = k;  // spaces before the next cell, in characters (U+3000 counts two)
      while (m < t.size()) {
        std::size_t z = m;
        char32_t c = tx::next_cp(t, z);
        if (!tx::is_space(c)) break;
        gap += c == U'\u3000' || c == '\t' ? 2 : 1;
        m = z;
      }
      std::size_t b = m;
      while (m < t.size()) {
        std::size_t z = m;
        char32_t c = tx::next_cp(t, z);
        if (tx::is_space(c)) break;
        han &= tx::is_han(c);
        m = z;
      }
      if (m > b) {
        if (!cells.empty() && gap < 2) cells.back().text += std::string(t.substr(b, m - b));  // one space inside a name
        else cells.push_back({std::string(t.substr(b, m - b)), ps[i - 1].offset + b});
      }
      k = m;
    }
    if (cells.size() > 2 && han) return {};  // three columns: the line-by-line reading below
    if (!han || cells.empty() || cells.size() > 2) break;
    rows.push_back(std::move(cells));
  }
  std::reverse(rows.begin(), rows.end());
  // The block starts at its first line of two cells; an organ alone above it signs too
  // (and is read line by line below).
  std::size_t first = 0;
  while (first < rows.size() && rows[first].size() < 2) ++first;
  if (first == rows.size()) return {};
  for (std::size_t r = 0; r < first; ++r)
    if (organ_like(rows[r][0].text)) return {};
  top = date_at - rows.size() + first;
  std::array<Found, 2> pending;
  std::array<std::size_t, 2> pending_row{};
  std::array<std::size_t, 2> finished_row{kNone, kNone};  // the row each column's last organ ended on
  std::vector<std::pair<std::pair<std::size_t, int>, Found>> out;
  auto add = [&](int c, std::size_t r, const Cell& cell) {
    // (A unit of the institution its column finished on the line above, `陕西汽车控股集团有限公司` /
    // `信息技术部`, is that institution's: one signer.)
    if (pending[c].text.empty() && people::internal_office(cell.text)) {
      auto above = std::find_if(out.rbegin(), out.rend(), [&](const auto& o) { return o.first.second == c; });
      if (above != out.rend() && finished_row[c] != kNone && finished_row[c] + 1 == r && institution(above->second.text)) {
        above->second.text += cell.text;
        return;
      }
    }
    if (pending[c].text.empty()) pending[c].offset = cell.offset, pending_row[c] = r;
    pending[c].text += cell.text;
    if (organ_like(pending[c].text)) {
      out.push_back({{pending_row[c], c}, pending[c]});
      pending[c] = Found{};
      finished_row[c] = r;
    }
  };
  for (std::size_t r = first; r < rows.size(); ++r) {
    if (rows[r].size() == 2) {
      add(0, r, rows[r][0]);
      add(1, r, rows[r][1]);
    } else if (pending[0].text.empty() && pending[1].text.empty() && generic_body(rows[r][0].text) && out.size() >= 2) {
      // A body's generic name under finished organs (`青岛市财政局  青岛市人民政府` /
      // `办公厅`) finishes one of them. The cleaned line has lost its indentation, so the
      // document chooses: the organ its head or title names so (`平度市人民政府办公室` in the
      // 版头); else an office (办公厅, 办公室) belongs to a government, a committee or a
      // leading group (`平度市安全生产委员会` / `办公室`), not to a bureau; else the right one.
      const std::string& cell = rows[r][0].text;
      auto last_in = [&](int c) -> Found& {
        return std::find_if(out.rbegin(), out.rend(), [&](const auto& o) { return o.first.second == c; })->second;
      };
      Found& right = last_in(1);  // both exist: the lines above had two cells, each finished
      Found& left = last_in(0);
      auto named = [&](const Found& o) {
        std::string whole = o.text + cell;
        for (std::size_t i = 0; i < start && i < 12; ++i)
          if (squeeze(ps[i].text).find(whole) != std::string::npos) return true;
        return false;
      };
      auto owns = [&](const Found& o) {
        if (!tx::starts_with(cell, "办公")) return true;
        for (std::string_view w : {"政府", "委", "委员会", "小组", "指挥部"})
          if (tx::ends_with(o.text, w)) return true;
        return false;
      };
      bool to_left = named(left) != named(right) ? named(left) : owns(left) && !owns(right);
      (to_left ? left : right).text += cell;
    } else {
      add(!pending[1].text.empty() && pending[0].text.empty() ? 1 : 0, r, rows[r][0]);
    }
  }
  if (!pending[0].text.empty() || !pending[1].text.empty() || out.size() < 2) return {};
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Found> organs;
  for (auto& [at, f] : out) organs.push_back(std::move(f));
  return organs;
}

}  // namespace detail

}  // namespace gongwen::official
