// Days as Chinese sources date them: a Unix time read as a day in China
// (UTC+8, no daylight saving), and any day written as ISO 8601.
// Used where a file keeps time as a number (a CMS's create_time, a WeChat
// page's `var ct`, a spreadsheet's date serial).
#pragma once

#include <chrono>
#include <string>

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

}  // namespace gongwen::host
