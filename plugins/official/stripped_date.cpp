// A 成文日期 whose 年月日 a page lost (`2017919`, `2022622` under the
// signature): the digits alone, as a site's template printed them when the
// characters were set in a font or image of their own.
//
// Invariant: read only when the digits split into one valid date and one
// only (`2017919` is 2017-09-19; `2021111` could be 1-11 or 11-1: none).
#include "detail.hpp"

#include <cstdio>

namespace gongwen::official::detail {

std::optional<std::string> stripped_date(std::string_view line) {
  std::string d(gongwen::text::trim(line));
  // (Six digits are a year and a month, or a postcode: `202312`, `200031`.)
  if (d.size() < 7 || d.size() > 8) return std::nullopt;
  for (char c : d)
    if (c < '0' || c > '9') return std::nullopt;
  int year = std::stoi(d.substr(0, 4));
  if (year < 1949 || year > 2100) return std::nullopt;
  std::string rest = d.substr(4);
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  std::optional<std::string> found;
  int readings = 0;
  for (std::size_t m = 1; m <= 2 && m < rest.size(); ++m) {  // the month's digits; the day's are the rest
    if (rest.size() - m > 2) continue;
    int month = std::stoi(rest.substr(0, m)), day = std::stoi(rest.substr(m));
    if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) continue;
    ++readings;
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    found = iso;
  }
  return readings == 1 ? found : std::nullopt;
}

}  // namespace gongwen::official::detail
