// The `slogans` extractor and the slogan dictionary: numbered formulations in
// quotes (“三严三实”, “1+8+2”), keyed so that spacing and digit widths do not split them.
#include "extract/scan.hpp"

#include <fmt/format.h>

#include <fstream>
#include <stdexcept>

namespace gongwen::host::extract {


void extract_slogans(Document& d, const ExtractContext& ctx) {
  std::map<std::string, int> counts;
  for_each_quote(d.text, 16, [&](std::size_t ob, std::size_t cb, std::size_t ce, std::size_t oe) {
    std::string key = slogan_key(std::string_view(d.text).substr(cb, ce - cb));
    if (key.empty()) return;
    ++counts[key];
    auto it = ctx.slogan_dictionary.find(key);
    add(d, "slogan", ob, oe, key, it != ctx.slogan_dictionary.end() ? it->second : std::string());
  });
  if (counts.empty()) return;
  std::vector<std::pair<std::string, int>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.second > b.second; });
  Json j = Json::array();
  for (auto& [k, n] : v) j.push_back({{"slogan", k}, {"count", n}});
  d.fields["slogans"] = std::move(j);
}

}  // namespace gongwen::host::extract

namespace gongwen::host {

using extract::kNumeralLead;
using extract::is_fw_digit;
namespace tx = gongwen::text;

std::string slogan_key(std::string_view quoted) {
  std::string key;
  for (std::size_t i = 0; i < quoted.size();) {
    std::size_t s = i;
    char32_t c = tx::next_cp(quoted, i);
    if (tx::is_space(c) || c == '\n') continue;
    if (is_fw_digit(c)) { key += static_cast<char>('0' + (c - 0xFF10)); continue; }
    if (c == U'＋') { key += '+'; continue; }
    if (c == U'－') { key += '-'; continue; }
    if (c == U'．') { key += '.'; continue; }
    key.append(quoted.substr(s, i - s));
  }
  if (key.empty()) return {};
  std::size_t z = 0;
  char32_t first = tx::next_cp(key, z);
  if (kNumeralLead.find(first) == std::u32string_view::npos) return {};
  if (tx::char_count(key) < 2) return {};
  // Two Chinese numerals that read as month and day are holidays and
  // anniversaries (五一, 七一, 十一 国庆, 三八), not slogans; 十四五 stays.
  if (tx::char_count(key) == 2) {
    std::size_t q = 0;
    char32_t m = tx::next_cp(key, q), dd = tx::next_cp(key, q);
    int mv = m == U'十' ? 10 : tx::cn_digit(m), dv = tx::cn_digit(dd);
    bool chinese = tx::is_cn_numeral(m) && tx::is_cn_numeral(dd);
    if (chinese && mv >= 1 && mv <= 10 && dv >= 1 && dv <= 9) return {};
  }
  return key;
}

const std::map<std::string, std::string>& builtin_slogans() {
  static const std::map<std::string, std::string> m = {
      {"两个维护", "坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导"},
      {"两个确立", "确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位"},
      {"四个意识", "政治意识、大局意识、核心意识、看齐意识"},
      {"四个自信", "道路自信、理论自信、制度自信、文化自信"},
      {"两学一做", "学党章党规、学系列讲话，做合格党员"},
      {"三严三实", "严以修身、严以用权、严以律己，谋事要实、创业要实、做人要实"},
      {"三会一课", "支部党员大会、支部委员会、党小组会，按时上好党课"},
      {"四个全面", "全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党"},
      {"五位一体", "经济建设、政治建设、文化建设、社会建设、生态文明建设"},
      {"两个覆盖", "党的组织覆盖和党的工作覆盖"},
      {"三个区分开来", "把干部在推进改革中因缺乏经验、先行先试出现的失误错误，同明知故犯的违纪违法行为区分开来，等"},
      {"一岗双责", "抓业务工作的同时抓党风廉政建设"},
      {"四个伟大", "伟大斗争、伟大工程、伟大事业、伟大梦想"},
  };
  return m;
}

std::map<std::string, std::string> load_slogan_dictionary(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(fmt::format("{}: cannot open slogan dictionary", path));
  std::map<std::string, std::string> m = builtin_slogans();
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab == std::string::npos) throw std::runtime_error(fmt::format("{}:{}: expected `slogan<TAB>expansion`", path, n));
    std::string key = slogan_key(line.substr(0, tab));
    if (key.empty()) key = text::strip_spaces(line.substr(0, tab));
    m[key] = line.substr(tab + 1);
  }
  return m;
}

}  // namespace gongwen::host
