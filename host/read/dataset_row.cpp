// What a dataset row's own columns say about its document (see dataset.hpp):
// its date (a date column, or the date in its url), its issuer, its address.
#include "read/dataset.hpp"
#include "read/dataset_detail.hpp"
#include "read/html_meta.hpp"
#include "read/wrappers.hpp"
#include "util/china_time.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

namespace gongwen::host {

using namespace dataset_detail;
namespace tx = gongwen::text;

// A date column as a spreadsheet or pandas writes it in the US order
// (`1/24/2020`, `12/3/2019 10:05`): month, day, year; day first when the
// column says so (day_first_dates) or the first number is over 12
// (`24/1/2020`). Empty when the cell is no such date.
namespace {
// The three numbers of `N/N/YYYY` (a time may follow), as written.
std::optional<std::array<int, 3>> slashed_numbers(std::string_view cell) {
  cell = tx::trim(cell);
  std::array<int, 3> v{}, digits{};
  std::size_t i = 0;
  for (int k = 0; k < 3; ++k) {
    while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9' && digits[k] < 4) v[k] = v[k] * 10 + (cell[i++] - '0'), ++digits[k];
    if (k < 2 && (i >= cell.size() || cell[i++] != '/')) return std::nullopt;
  }
  if (digits[0] == 0 || digits[0] > 2 || digits[1] == 0 || digits[1] > 2 || digits[2] != 4) return std::nullopt;
  if (i < cell.size() && cell[i] != ' ' && cell[i] != 'T') return std::nullopt;
  return v;
}

std::string slashed_date(std::string_view cell, bool day_first = false) {
  auto n = slashed_numbers(cell);
  if (!n) return {};
  const auto& v = *n;
  int m = v[0], d = v[1];
  if (day_first || m > 12) std::swap(m, d);
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1] || v[2] < 1900 || v[2] > 2099) return {};
  if (m == 2 && d == 29 && !(v[2] % 4 == 0 && (v[2] % 100 != 0 || v[2] % 400 == 0))) return {};
  return fmt::format("{:04}-{:02}-{:02}", v[2], m, d);
}
// A Unix time as CMS tables keep it (`1447060542`, in milliseconds `1447060542000`)
// in a date column, as a day in China (UTC+8: a back-dated item's Beijing
// midnight is the evening before in UTC). Only 1990–2099: `0` and `-28800` are unset.
std::string epoch_date(std::string_view cell) {
  cell = tx::trim(cell);
  if (cell.size() < 9 || cell.size() > 13 || cell.size() == 11 || cell.find_first_not_of("0123456789") != std::string_view::npos) return {};
  long long t = std::stoll(std::string(cell));
  if (cell.size() >= 12) t /= 1000;  // milliseconds (12 digits before 2001-09-09)
  if (t < 631152000 || t >= 4102444800) return {};
  return china_day(t);
}

// A date column written as digits alone (`20230629`, a crawler's YYYYMMDD).
std::string compact_date(std::string_view cell) {
  cell = tx::trim(cell);
  if (cell.size() != 8 || cell.find_first_not_of("0123456789") != std::string_view::npos) return {};
  int y = std::stoi(std::string(cell.substr(0, 4))), m = std::stoi(std::string(cell.substr(4, 2))),
      d = std::stoi(std::string(cell.substr(6, 2)));
  static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > days[m - 1]) return {};
  if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) return {};
  return tx::Date{y, m, d}.iso();
}

// A spreadsheet's date serial a CSV export kept as the number it stores (`42529`, the sheet
// showing 2016-06-08): five digits, 1950 to 2099.
std::string sheet_serial(std::string_view cell) {
  cell = tx::trim(cell);
  std::string_view whole = cell.substr(0, cell.find('.'));
  if (whole.size() != 5 || whole.find_first_not_of("0123456789") != std::string_view::npos ||
      (whole.size() < cell.size() && cell.find_first_not_of("0123456789", whole.size() + 1) != std::string_view::npos))
    return {};
  int n = std::stoi(std::string(whole));
  if (n < 18264 || n > 73050) return {};
  return serial_date(cell, false).substr(0, 10);
}

// A catalogue's date cell that gives the year, or the year and month, alone (`1988`, `2006年`,
// `2008-07`, `2008年7月`, `二〇〇八年七月`): as precise as it is, ISO 8601's reduced precision, no day made up.
std::string partial_date(std::string_view cell) {
  cell = tx::trim(cell);
  auto year = [](std::string_view v) {
    return v.size() == 4 && v.find_first_not_of("0123456789") == std::string_view::npos && (v.starts_with("19") || v.starts_with("20"));
  };
  if (year(cell)) return std::string(cell);
  // (`2008-07`, `2008.7`: the SDK's reader wants a day after the month in this form.)
  if (cell.size() >= 6 && cell.size() <= 7 && year(cell.substr(0, 4)) && (cell[4] == '-' || cell[4] == '.' || cell[4] == '/')) {
    std::string_view m = cell.substr(5);
    if (m.find_first_not_of("0123456789") != std::string_view::npos) return {};
    int month = std::stoi(std::string(m));
    return month >= 1 && month <= 12 ? fmt::format("{}-{:02}", cell.substr(0, 4), month) : std::string();
  }
  auto d = tx::parse_date_at(cell, 0);
  return d && d->begin == 0 && d->year && !d->day && tx::trim(cell.substr(d->end)).empty() ? d->iso() : std::string();
}
}  // namespace

std::string dataset_detail::list_title(std::string_view cell) {
  std::string_view t = tx::trim(cell), v = t;
  if (tx::char_count(t) > 400) return std::string(t);  // two titles at most, each under 200 characters
  bool cut = false;
  for (std::string_view dots : {"……", "...", "…"})
    if (tx::ends_with(v, dots)) {
      v.remove_suffix(dots.size());
      cut = true;
      break;
    }
  // v = A + R, R being A again, or (cut with dots) a head of A of six characters or more.
  for (std::size_t n = (v.size() + 1) / 2; n < v.size(); ++n) {
    auto a = v.substr(0, n), r = v.substr(n);
    if (a.substr(0, r.size()) != r) continue;
    // (A short cheer said twice, `加油！加油！`, is said twice.)
    if (tx::char_count(a) >= 6 && (r.size() == a.size() || (cut && tx::char_count(r) >= 6))) return std::string(a);
  }
  return std::string(t);
}

// A row's title as its collector decorated it: markup a scraper kept around it (`<span>…</span`,
// even cut short), a page's site after it, book-title marks around a policy's name; a label a
// collector put before it (`【2023-9 金规5号】…的通知`, `【转载】`) or a note after it is a column
// of its own (`title_label`).
void dataset_detail::tidy_row_title(DatasetRow& row) {
  if (row.title.find('<') != std::string::npos) row.title = plain_meta(row.title);
  // A page's <title> a crawler kept as the row's (`…十大科技进展”-西安电子科技大学`): the site apart.
  // (Only a site named in Chinese: `…Plan (2024-2026)` has no site after its dash.)
  if (std::string site, bare = strip_site_suffix(row.title, &site); tx::han_count(site) >= 2) {
    row.title = std::move(bare);
    if (!row.fields.contains("site")) row.fields["site"] = site;
  }
  // A list of policies names each in book-title marks (`《…实施细则》`): the name is the title.
  if (std::string_view b = tx::trim(row.title); tx::starts_with(b, "《") && tx::ends_with(b, "》") &&
                                                b.find("《", 3) == std::string_view::npos && b.find("》") == b.size() - 3)
    row.title = std::string(b.substr(3, b.size() - 6));
  // (A catalogue's note of a law's state after its name, set apart by spaces: `中华人民共和国水法  修正`;
  // in a catalogue's only column, the row's text is its name.)
  std::string_view body = tx::trim(row.text);
  std::string_view named = !tx::trim(row.title).empty() || body.find('\n') != std::string_view::npos ? tx::trim(row.title) : body;
  for (std::string_view state : {"已修改", "已废止", "已失效", "部分失效", "现行有效", "修正", "修订", "修改", "废止", "失效", "有效"})
    if (tx::ends_with(named, state) && named.size() > state.size() && tx::char_count(named) <= 60) {
      std::string_view name = named.substr(0, named.size() - state.size());
      if (std::string_view bare = tx::trim(name); bare.size() < name.size() && tx::char_count(bare) >= 4) {
        row.fields["title_label"] = std::string(state);
        row.title = std::string(bare);
      }
      break;
    }
  // (A page's date a crawler glued after the title, set apart by spaces: `…的意见  2025-2-23`.)
  if (std::string_view v = tx::trim(row.title); v.find(' ') != std::string_view::npos) {
    std::size_t sp = v.find_last_of(' ');
    std::string_view tail = v.substr(sp + 1), name = tx::trim(v.substr(0, sp));
    if (auto d = tx::parse_date_at(tail, 0); d && d->begin == 0 && d->day && d->end == tail.size() && tx::han_count(name) >= 6)
      row.title = std::string(name);
  }
  std::string_view t = tx::trim(row.title);
  if (!tx::starts_with(t, "【")) return;
  auto close = t.find("】");
  if (close == std::string_view::npos || tx::char_count(t.substr(0, close)) > 24 || tx::char_count(t.substr(close + 3)) < 4) return;
  row.fields["title_label"] = std::string(t.substr(3, close - 3));
  row.title = std::string(tx::trim(t.substr(close + 3)));
}

static bool outlet_name(std::string_view v);

std::string title_row_text(std::string_view title, std::string* issuers) {
  std::string_view t = tx::trim(title);
  auto open = t.find("《");
  // A catalogue's law by its name in book-title marks, then the order that made it
  // (`《…内务条令》（公安部令第161号）`): read as a regulation's title over its order.
  if (auto close = t.find("》"); open == 0 && close != std::string_view::npos && t.find("《", 3) == std::string_view::npos) {
    std::string_view rest = tx::trim(t.substr(close + 3));
    bool order = (tx::starts_with(rest, "（") || tx::starts_with(rest, "(")) && (tx::ends_with(rest, "）") || tx::ends_with(rest, ")")) &&
                 tx::contains(rest, "号");
    if (order) return std::string(t.substr(3, close - 3)) + std::string(rest);
  }
  if (open == std::string_view::npos || open == 0 || !tx::ends_with(t, "》") || t.find("《", open + 3) != std::string_view::npos) return std::string(t);
  // (The issuers set apart by 、 or spaces, `财政部 税务总局`: one list.)
  std::string organs;
  for (std::size_t i = 0; i < open;) {
    std::size_t b = i;
    char32_t c = tx::next_cp(t, i);
    if (!tx::is_space(c)) organs.append(t.substr(b, i - b));
    else if (!organs.empty() && !tx::ends_with(organs, "、")) organs += "、";
  }
  while (tx::ends_with(organs, "、")) organs.resize(organs.size() - 3);
  if (tx::char_count(organs) < 2 || tx::char_count(organs) > 60 || !people::organ_like(organs) || outlet_name(organs)) return std::string(t);
  if (issuers) *issuers = organs;
  // (Joined as a 公文's head only when the name is one, `关于…的公告`; a law's own name stands alone.)
  std::string name(t.substr(open + 3, t.size() - open - 6));
  return tx::starts_with(name, "关于") ? organs + name : name;
}

bool day_first_dates(const std::vector<DatasetRow>& rows, const std::string& column) {
  for (const auto& row : rows) {
    if (!row.fields.is_object()) continue;
    for (auto it = row.fields.begin(); it != row.fields.end(); ++it) {
      if (!it.value().is_string() || (column.empty() ? !date_name(last_segment(it.key())) : it.key() != column)) continue;
      const std::string& cell = it.value().get_ref<const std::string&>();
      if (auto n = slashed_numbers(cell); n && (*n)[0] > 12 && !slashed_date(cell).empty()) return true;
    }
  }
  return false;
}

std::string row_date(const Json& fields, const std::string& column, bool reply, bool day_first) {
  if (!fields.is_object()) return {};
  // A reply is dated by its answer column (答复时间, answer_time), not by the message's.
  if (reply && column.empty())
    for (auto it = fields.begin(); it != fields.end(); ++it) {
      std::string n = ascii_lower(tx::trim(last_segment(it.key())));
      bool answer = n.find("答复") != std::string::npos || n.find("回复") != std::string::npos || n.find("办结") != std::string::npos ||
                    n.find("answer") != std::string::npos || n.find("reply") != std::string::npos;
      if (!answer || !date_name(n)) continue;
      if (it.value().is_number_integer())
        if (auto d = epoch_date(std::to_string(it.value().get<long long>())); !d.empty()) return d;
      if (!it.value().is_string()) continue;
      if (auto d = tx::find_full_date(it.value().get_ref<const std::string&>())) return d->iso();
      if (auto d = epoch_date(it.value().get_ref<const std::string&>()); !d.empty()) return d;
    }
  // The date it was written first (成文日期), then any other, revisions last; a year or a month
  // alone (a catalogue's year column) when no column and no link gives a day.
  std::string partial;
  for (int pass : {0, 1, 2})
    for (auto it = fields.begin(); it != fields.end(); ++it) {
      std::string name = last_segment(it.key());
      bool wanted = pass == 0 ? written_date_name(name) : date_name(name) && revision_date_name(name) == (pass == 2);
      if (column.empty() ? !wanted : it.key() != column || pass > 0)
        continue;
      // A JSON export's Unix time is a number (`"create_time": 1447084800`).
      if (it.value().is_number_integer()) {
        std::string digits = std::to_string(it.value().get<long long>());
        if (auto d = compact_date(digits); !d.empty()) return d;
        if (auto d = epoch_date(digits); !d.empty()) return d;
        if (auto d = sheet_serial(digits); !d.empty()) return d;
        if (partial.empty()) partial = partial_date(digits);
      }
      if (!it.value().is_string()) continue;
      if (auto d = tx::find_full_date(it.value().get_ref<const std::string&>())) return d->iso();
      if (auto d = slashed_date(it.value().get_ref<const std::string&>(), day_first); !d.empty()) return d;
      if (auto d = compact_date(it.value().get_ref<const std::string&>()); !d.empty()) return d;
      if (auto d = epoch_date(it.value().get_ref<const std::string&>()); !d.empty()) return d;
      if (auto d = sheet_serial(it.value().get_ref<const std::string&>()); !d.empty()) return d;
      if (partial.empty()) partial = partial_date(it.value().get_ref<const std::string&>());
    }
  // No date column: the date in the row's link, as a page's URL gives it.
  if (column.empty())
    for (auto it = fields.begin(); it != fields.end(); ++it)
      if (it.value().is_string())
        if (auto d = url_date(it.value().get_ref<const std::string&>()); !d.empty()) return d;
  return partial;
}

bool reply_column(std::string_view name) { return reply_name(last_segment(std::string(name))); }

namespace {
// Two words that say what a column holds (`documentNumber`, `issuing_authority`): a first
// word of firsts, a last word of lasts.
bool two_words(const std::string& key, std::initializer_list<std::string_view> firsts, std::initializer_list<std::string_view> lasts) {
  auto w = name_words(last_segment(key));
  return w.size() == 2 && one_of(w[0], firsts) && one_of(w[1], lasts);
}
}  // namespace

// A news outlet's name (`新华社`, `人民日报`, `…电视台`, `…网`, `某某教育头条`): it reports, it issues nothing.
static bool outlet_name(std::string_view v) {
  for (std::string_view o : {"社", "台", "报", "网", "网站", "门户", "刊", "杂志", "客户端", "公众号", "微博", "头条", "头条号"})
    if (tx::ends_with(v, o)) return true;
  return false;
}

// A unit's name as a row credits it (`法学院`, `教务处`): an organ's, no outlet's and no person's.
static bool unit_name(std::string_view unit) {
  return !outlet_name(unit) && people::organ_like(unit) && !people::personal_name(unit);
}

std::string row_issuer(const Json& fields) {
  if (!fields.is_object()) return {};
  for (auto it = fields.begin(); it != fields.end(); ++it) {
    if (!it.value().is_string()) continue;
    std::string n = ascii_lower(tx::trim(last_segment(it.key())));
    // `office` issues only in the national law database's export (with its `publish`
    // column); elsewhere it is often a person's post (`国务院总理`).
    if (n == "office" && !fields.contains("publish")) continue;
    // (`signname`: the 落款, signer or unit, of an OA system's announcements.)
    // (`FWJG`, `FWJG_name`: 发文机关 in government metadata's pinyin initials.)
    bool named = one_of(n, {"issuer", "puborg", "pub_org", "publisher_org", "department", "office", "signname", "sign_name", "落款", "落款单位", "unit", "dept",
                            "fwjg", "fwjg_name", "fwjgmc", "fwdw",
                            "发文部门", "发布部门",
                            "发文机关", "发布机关", "发布机构", "发文单位",
                            "发布单位", "制定机关", "颁布机关", "答复部门", "答复单位", "办理单位", "回复部门", "回复单位",
                            "答复机构", "回复机构", "answer_org", "reply_org", "answer_name", "answer_dept",
                            // (A procurement notice is its buyer's: `采购单位`, `采购人`.)
                            "采购单位", "采购人",
                            // (A council's papers are its committees': `committee`, `委員會`.)
                            "committee", "委员会"}) ||
                 two_words(it.key(), {"issuing", "issuer", "issued"}, {"authority", "agency", "organ", "org", "organization", "department", "dept", "unit", "office", "name", "body"});
    auto v = tx::trim(it.value().get_ref<const std::string&>());
    // (A crawler's `issuing_org` that holds the site it read, `北京市人民政府门户网站`, `www.gov.cn`: no organ.)
    bool site = tx::starts_with(v, "www.") || tx::starts_with(v, "http") || tx::ends_with(v, "网站") || tx::ends_with(v, "官网");
    // (A curator's note after the organs, `商务部、国家发展和改革委员会（国务院办公厅转发）`: not theirs.)
    if (auto open = v.rfind("（"); open != std::string_view::npos && open > 0 && tx::ends_with(v, "）"))
      for (std::string_view act : {"转发", "印发", "发布", "联合", "批转"})
        if (v.substr(open).find(act) != std::string_view::npos) {
          v = tx::trim(v.substr(0, open));
          break;
        }
    if (named && !site && !v.empty() && tx::char_count(v) <= 80) return std::string(v);
  }
  // A government list's source column names the organ that published each document; so
  // does a crawler's record of the site it took the row from (`spider_from`), when the site
  // is an organ's (`国家能源局湖南监管办公室`, not `…网`).
  for (auto it = fields.begin(); it != fields.end(); ++it) {
    if (!it.value().is_string()) continue;
    std::string n = ascii_lower(tx::trim(last_segment(it.key())));
    if (!one_of(n, {"source", "来源", "信息来源", "文章来源", "publisher", "pub_unit", "发布者", "spider_from", "crawl_from", "from_site", "site", "site_name", "sitename",
                    "来源网站", "网站", "站点"}) &&
        !two_words(it.key(), {"publisher", "publishing", "source"}, {"name", "org", "organ", "unit", "department", "dept", "agency"}))
      continue;
    if (auto organ = organ_of_source(it.value().get_ref<const std::string&>()); !organ.empty()) return organ;
  }
  // A school's or an organ's news table credits the unit that wrote each item in its author
  // column (`法学院`, `文字：教学质量监测与评估中心 图片：…`); a person there issues nothing.
  for (auto it = fields.begin(); it != fields.end(); ++it) {
    if (!it.value().is_string()) continue;
    std::string n = ascii_lower(tx::trim(last_segment(it.key())));
    if (!one_of(n, {"author", "pub_author", "作者", "发布作者", "发布人", "供稿", "供稿单位", "来稿单位", "撰稿单位"})) continue;
    std::string_view v = tx::trim(it.value().get_ref<const std::string&>());
    for (std::string_view label : {"文字：", "文字:", "供稿：", "供稿:", "文/", "文："})
      if (tx::starts_with(v, label)) {
        v = v.substr(label.size());
        v = v.substr(0, std::min(v.find(' '), v.find("　")));
        break;
      }
    std::string unit = tx::strip_spaces(v);
    if (tx::char_count(unit) >= 3 && tx::char_count(unit) <= 30 && unit_name(unit)) return unit;
  }
  // A law database's history (`沿革內容`: `1.中華民國八十九年十月三日行政院（89）台人政考字第 200810 號令、
  // 考試院（89）…號令會同訂定發布…`, `1.中華民國四十九年三月二日總統令制定公布…`): the organs whose orders
  // promulgated the text first, each named before its order's number or its 令.
  for (auto it = fields.begin(); it != fields.end(); ++it) {
    std::string name = it.value().is_string() ? column_key(last_segment(it.key())) : std::string();
    if (!(tx::ends_with(name, "沿革") || tx::ends_with(name, "沿革内容"))) continue;
    std::string first = tx::strip_spaces(it.value().get_ref<const std::string&>());
    if (auto second = first.find("2.", 3); second != std::string::npos) first.resize(second);
    auto day = first.find("日");
    auto act = std::min({first.find("發布"), first.find("公布"), first.find("发布")});
    if (day == std::string::npos || act == std::string::npos || act < day) continue;
    std::string organs;
    for (std::size_t b = day + 3; b < act;) {
      std::size_t e = std::min(first.find("、", b), act);
      std::string_view part = std::string_view(first).substr(b, e - b);
      std::size_t cut = part.size();
      for (std::string_view w : {"（", "(", "令", "制定", "訂定", "订定", "修正", "會同", "会同", "會銜", "会衔"}) cut = std::min(cut, part.find(w));
      std::string_view organ = part.substr(0, cut);
      if (tx::char_count(organ) >= 2 && tx::char_count(organ) <= 12 && tx::han_count(organ) == tx::char_count(organ))
        organs += (organs.empty() ? "" : "、") + std::string(organ);
      b = e == act ? act : e + 3;
    }
    if (!organs.empty()) return organs;
  }
  return {};
}

std::string unit_column(const Dataset& d) {
  if (d.rows.size() < 2) return {};
  // Every filled cell a short organ's name (no outlet: `新华社` reports), in most rows, and
  // named by no issuer, source or author column (row_issuer reads those).
  const Json& first = d.rows.front().fields;
  if (!first.is_object() || !row_issuer(first).empty()) return {};
  for (auto it = first.begin(); it != first.end(); ++it) {
    std::size_t filled = 0, units = 0;
    for (const auto& row : d.rows) {
      auto v = row.fields.find(it.key());
      if (v == row.fields.end() || !v->is_string() || tx::trim(v->get_ref<const std::string&>()).empty()) continue;
      ++filled;
      std::string unit = tx::strip_spaces(v->get_ref<const std::string&>());
      units += tx::char_count(unit) >= 2 && tx::char_count(unit) <= 20 && unit_name(unit);
    }
    if (filled * 4 >= d.rows.size() * 3 && units == filled) return it.key();
  }
  return {};
}

// A paper's code as a committee numbers it (`TT 2/2018`, `EHW 15/2018`, `CB(2)123/17-18`): letters,
// then the number over its year. A column of bare serials (`no`: 1, 2, 3) is no such code.
static bool paper_code(std::string_view v) {
  if (v.empty() || v.size() > 24 || !(v[0] >= 'A' && v[0] <= 'Z')) return false;
  auto slash = v.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 2 > v.size()) return false;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (!digit(v[slash - 1]) || !digit(v[slash + 1])) return false;
  return std::all_of(v.begin(), v.end(), [&](char c) {
    return digit(c) || (c >= 'A' && c <= 'Z') || c == ' ' || c == '/' || c == '-' || c == '(' || c == ')' || c == '.';
  });
}

std::string row_doc_number(const Json& fields) {
  if (!fields.is_object()) return {};
  std::string paper;  // (a committee's paper code, when no 文号 column numbers the row)
  for (auto it = fields.begin(); it != fields.end(); ++it) {
    if (!it.value().is_string()) continue;
    std::string n = ascii_lower(tx::trim(last_segment(it.key())));
    if (one_of(n, {"no", "no.", "number", "paper_no", "paperno", "paper_number", "编号", "編號", "文件編號"}))
      if (auto v = tx::trim(it.value().get_ref<const std::string&>()); paper_code(v) && paper.empty()) paper = std::string(v);
    if (!one_of(n, {"文号", "发文字号", "发文文号", "发文号", "文件编号", "文件字号", "wh", "fwzh", "wenhao", "doc_number", "docnumber", "doc_no",
                    "document_number", "file_no", "fileno", "file_number", "policy_no", "policy_number", "doc_num", "docno",
                    "wjbh", "fwwh", "zihao", "文件文号", "政策文号", "文號", "發文字號"}) &&
        !two_words(it.key(), {"document", "doc", "file", "policy", "official"}, {"number", "no", "num", "nr"}) && !tx::ends_with(n, "文号") &&
        !tx::ends_with(n, "字号") && !tx::ends_with(n, "字號"))
      continue;
    auto v = tx::trim(it.value().get_ref<const std::string&>());
    // (Numbered in words too: `中华人民共和国主席令第八十一号`.)
    bool digit = std::any_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (auto no = v.find("第"); !digit && no != std::string_view::npos && no + 3 < v.size()) {
      std::size_t k = no + 3;
      digit = tx::is_cn_numeral(tx::next_cp(v, k));
    }
    // (A scraper's cut through a sentence that cites a number, `…的通知》（财税〔2009〕167号`, is none.)
    bool prose = false;
    for (std::string_view p : {"《", "》", "“", "”", "，", "。", "："}) prose |= v.find(p) != std::string_view::npos;
    if (digit && !prose && (v.find("号") != std::string_view::npos || v.find("號") != std::string_view::npos) && tx::char_count(v) <= 40) return std::string(v);
  }
  return paper;
}

std::string row_doc_type(const Json& fields) {
  if (!fields.is_object()) return {};
  for (auto it = fields.begin(); it != fields.end(); ++it) {
    if (!it.value().is_string()) continue;
    std::string n = ascii_lower(tx::trim(last_segment(it.key())));
    if (!one_of(n, {"文种", "公文种类", "公文文种", "公文类型", "文件类型", "文件种类", "文体", "doc_type", "doctype", "document_type",
                    "wenzhong", "gwzl"}))
      continue;
    std::string v = tx::strip_spaces(it.value().get_ref<const std::string&>());
    if (tx::char_count(v) >= 1 && tx::char_count(v) <= 4 && tx::han_count(v) == tx::char_count(v)) return v;
  }
  return {};
}

std::string organ_of_source(std::string_view source) {
  // `广州市财政局` published it; a news outlet (`新华社`, `人民日报`, `…电视台`, `…网`)
  // reported it and issued nothing.
  std::string v = tx::strip_spaces(source);
  // (A crawler's name for its source adds the column it read and a note: `吉林省教育厅公示公告（教师考试相关）`.)
  if (tx::ends_with(v, "）"))
    if (auto open = v.rfind("（"); open != std::string::npos && open > 0) v.resize(open);
  for (std::string_view column : {"公示公告", "通知公告", "公告公示", "新闻动态", "工作动态", "政务动态", "政务公开", "信息公开", "政策文件", "文件通知"})
    if (tx::ends_with(v, column) && v.size() > column.size()) {
      v.resize(v.size() - column.size());
      break;
    }
  // (Nor a site's news centre, `…新闻中心`, `…融媒体中心`; a trading centre, `…公共资源交易中心`, is an organ.)
  if (outlet_name(v) || tx::ends_with(v, "新闻中心") || tx::ends_with(v, "媒体中心") || tx::ends_with(v, "新闻网络中心")) return {};
  return tx::char_count(v) >= 4 && tx::char_count(v) <= 40 && people::organ_like(v) ? v : std::string();
}

std::string row_url(const Json& fields) {
  if (!fields.is_object()) return {};
  for (auto it = fields.begin(); it != fields.end(); ++it) {
    if (!it.value().is_string()) continue;
    std::string n = ascii_lower(tx::trim(last_segment(it.key())));
    const std::string& v = it.value().get_ref<const std::string&>();
    // `id` too: web corpora key a page by its address (`<text id="http://…">`).
    if ((one_of(n, {"url", "link", "href", "source_url", "page_url", "original_url", "id", "网址", "链接", "原文链接", "原文地址"}) || tx::ends_with(n, "链接")) &&
        (tx::starts_with(v, "http://") || tx::starts_with(v, "https://")))
      return v;
  }
  return {};
}

}  // namespace gongwen::host
