// The `dates` extractor: every date to ISO 8601; a year-less date takes the year of
// its document or container, and says so (see extractors.hpp).
#include "extract/scan.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace gongwen::host::extract {

std::string doc_year_source(const Document& d, const ExtractContext& ctx, int& year) {
  auto take = [&](const std::string& iso) { return iso.size() >= 4 && std::isdigit(static_cast<unsigned char>(iso[0])) ? std::stoi(iso.substr(0, 4)) : 0; };
  if (auto it = d.fields.find("date"); it != d.fields.end() && it->is_string()) {
    year = take(it->get<std::string>());
    if (year) return "the document's date";
  }
  year = take(ctx.container_date);
  if (year) return "the container's date";
  return {};
}

void extract_dates(Document& d, const ExtractContext& ctx) {
  std::string_view t = d.text;
  int ref_year = 0;
  std::string ref = doc_year_source(d, ctx, ref_year);
  // (What tx::cn_digit reads, with 十 and the relative years' 今/去/明.)
  static const StartFilter starts(U"0123456789０１２３４５６７８９零〇○一壹二两贰三叁四肆五伍六陆七柒八捌九玖十今去明");
  for (std::size_t i = starts.next(t, 0); i < t.size(); i = starts.next(t, i)) {
    std::size_t k = i;
    char32_t c = tx::next_cp(t, k);
    if (!(is_digit(c) || tx::cn_digit(c) >= 0 || c == U'十' || c == U'今' || c == U'去' || c == U'明')) { i = k; continue; }
    // 今年2月 / 去年7月 / 明年
    if (c == U'今' || c == U'去' || c == U'明') {
      std::string_view rest = t.substr(i);
      int delta = c == U'今' ? 0 : c == U'去' ? -1 : 1;
      if (rest.substr(3, 3) == "年") {
        std::size_t j = i + 6;
        auto m = tx::parse_date_at(t, j);
        std::size_t mb = j, me = j;
        int month = 0;
        // `今年2月`: month only.
        std::size_t q = j;
        std::string digits;
        while (q < t.size()) { std::size_t r = q; char32_t x = tx::next_cp(t, r); if (!is_digit(x) && tx::cn_digit(x) < 0 && x != U'十') break; q = r; }
        if (q > j && t.substr(q, 3) == "月") {
          auto n = tx::parse_number(t.substr(j, q - j));
          if (n && *n >= 1 && *n <= 12) { month = static_cast<int>(*n); me = q + 3; }
        }
        (void)m; (void)mb;
        // `今年7月3日`: the day too.
        int day = 0;
        if (month) {
          std::size_t r = me, dq = me;
          while (dq < t.size()) { std::size_t z = dq; char32_t x = tx::next_cp(t, z); if (!is_digit(x) && tx::cn_digit(x) < 0 && x != U'十') break; dq = z; }
          if (dq > r && (t.substr(dq, 3) == "日" || t.substr(dq, 3) == "号")) {
            auto n = tx::parse_number(t.substr(r, dq - r));
            if (n && *n >= 1 && *n <= 31) { day = static_cast<int>(*n); me = dq + 3; }
          }
        }
        std::string md = day ? fmt::format("{:02d}-{:02d}", month, day) : fmt::format("{:02d}", month);
        if (month && ref_year) {
          int y = ref_year + delta;
          add(d, "date", i, me, fmt::format("{:04d}-{}", y, md), "year from " + ref + " (guessed)");
        } else if (month) {
          add(d, "date", i, me, "--" + md, "relative year, no reference date");
        }
        i = std::max(k, me);
        continue;
      }
      i = k;
      continue;
    }
    // Only at the start of a numeral run.
    if (i > 0) {
      std::size_t p = i;
      char32_t before = tx::prev_cp(t, p);
      if (is_digit(before) || tx::cn_digit(before) >= 0 || before == U'十' || before == '.' || is_latin(before)) { i = k; continue; }
    }
    auto dt = tx::parse_date_at(t, i);
    if (!dt || (!dt->month && !dt->year) || (dt->year && !dt->month)) { i = k; continue; }
    // Chinese numerals must write a whole year (二〇一八年), not `一年`.
    if (!is_digit(c) && dt->year == 0 && !dt->day) { i = k; continue; }
    std::string iso = dt->iso();
    std::string note;
    // `每年6月25日`: a date that comes back every year has no year to guess.
    bool yearly = dt->begin >= 6 && t.substr(dt->begin - 6, 6) == "每年";
    if (yearly && !dt->year) note = "every year";
    if (!dt->year && ref_year && !yearly) {
      iso = fmt::format("{:04d}-{:02d}-{:02d}", ref_year, dt->month, dt->day);
      note = "year from " + ref + " (guessed)";
    }
    add(d, "date", dt->begin, dt->end, iso, note);
    i = std::max(k, dt->end);
  }
}

}  // namespace gongwen::host::extract
