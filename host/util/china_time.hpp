// Days as Chinese sources date them: a Unix time read as a day in China
// (UTC+8, no daylight saving), and any day written as ISO 8601.
// Used where a file keeps time as a number (a CMS's create_time, a WeChat
// page's `var ct`, a spreadsheet's date serial).
#pragma once

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace gongwen::host {

inline std::string iso_day(std::chrono::sys_days day) {
  std::chrono::year_month_day ymd{day};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

// (A back-dated item's Beijing midnight is the evening before in UTC.)
inline std::string china_day(long long unix_seconds) {
  using namespace std::chrono;
  return iso_day(floor<days>(sys_seconds(seconds(unix_seconds + 8 * 3600))));
}

// A date serial as the sheet shows it: days since 1899-12-30 (or since
// 1904-01-01 in a workbook that says date1904), the fraction the time of day.
inline std::string serial_date(std::string_view value, bool date1904) {
  char* end = nullptr;
  std::string v(value);
  double serial = std::strtod(v.c_str(), &end);
  if (end == v.c_str() || *end || !(serial >= 1 && serial < 2958466)) return {};  // up to 9999-12-31
  using namespace std::chrono;
  auto day = std::floor(serial);
  long seconds = std::lround((serial - day) * 86400);
  // Excel's 1900 system counts a 1900-02-29 that never was (serial 60): the days before it are one later.
  if (!date1904 && day == 60) return {};
  if (!date1904 && day < 60) day += 1;
  sys_days base = date1904 ? sys_days(year(1904) / 1 / 1) : sys_days(year(1899) / 12 / 30);
  std::string out = iso_day(base + days(static_cast<long>(day)));
  if (seconds > 0 && seconds < 86400) out += fmt::format(" {:02}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60);
  return out;
}

}  // namespace gongwen::host
