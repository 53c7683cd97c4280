// The `statistics` extractor: number + 余/多/近/约 + unit + counted noun, the value
// normalised (万, 亿, 百分点).
#include "extract/scan.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace gongwen::host::extract {

// Units and counters after a number (longest first).
const std::string_view kUnits[] = {"万人次", "人次", "亿元", "万元", "平方公里", "平方米", "公里", "公顷", "千瓦", "万名", "万人", "万户",
                                   "个百分点", "个月", "个工作日", "个小时", "%", "％", "名", "个", "人", "次", "栋", "项", "家", "件", "条", "所", "支",
                                   "批", "期", "张", "元", "户", "村", "篇", "场", "届", "岁", "倍", "余", "亩",
                                   "吨", "座", "套", "台", "天", "小时", "处", "类", "种", "班", "轮", "位", "份"};

// The next ASCII or full-width digit at or after i (npos if none), found on
// bytes: digits are rare in prose, and decoding every character to find
// them was most of this extractor's cost.
std::size_t next_digit(std::string_view t, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(t.data());
  for (std::size_t n = t.size(); i < n; ++i) {
    unsigned char b = p[i];
    if (b >= '0' && b <= '9') return i;
    if (b == 0xEF && i + 2 < n && p[i + 1] == 0xBC && p[i + 2] >= 0x90 && p[i + 2] <= 0x99) return i;
  }
  return std::string_view::npos;
}

void extract_statistics(Document& d, const ExtractContext&) {
  std::string_view t = d.text;
  for (std::size_t i = 0; i < t.size();) {
    i = next_digit(t, i);
    if (i == std::string_view::npos) break;
    std::size_t k = i;
    char32_t c = tx::next_cp(t, k);
    if (!is_digit(c)) { i = k; continue; }
    // A number that is part of a name or code: `G20`, `CT128`, `“1433”`.
    std::size_t p = i;
    char32_t before = i ? tx::prev_cp(t, p) : 0;
    bool code = is_latin(before) || before == U'“' || before == '-' || before == '.' || before == U'．';
    // After 第 it is an ordinal (`第22条规定`, `第27届`): kept, and marked so.
    bool ordinal = before == U'第';
    // Read the number: digits, one decimal point (. or ．), no spaces.
    std::string num;
    std::size_t j = i;
    bool dot = false;
    while (j < t.size()) {
      std::size_t m = j;
      char32_t x = tx::next_cp(t, m);
      if (is_digit(x)) num += static_cast<char>('0' + tx::cn_digit(x));
      else if ((x == '.' || x == U'．') && !dot && m < t.size() && is_digit([&] { std::size_t z = m; return tx::next_cp(t, z); }())) { num += '.'; dot = true; }
      else break;
      j = m;
    }
    std::size_t num_end = j;
    if (code) { i = num_end; continue; }
    std::string_view rest = t.substr(j);
    if (!rest.empty()) {
      std::size_t z = 0;
      char32_t after = tx::next_cp(rest, z);
      if (is_latin(after) || after == U'”') { i = num_end; continue; }
      // `2018年` is a date, `9月` too.
      if (after == U'年' || after == U'月' || after == U'日' || after == U'号' || after == ':' || after == U'：') { i = num_end; continue; }
    }
    double value = std::stod(num);
    double mult = 1;
    std::string qualifier;
    std::size_t e = j;
    if (tx::starts_with(rest, "万亿")) { mult = 1e12; e += 6; }  // 2.2万亿元: 万 times 亿, not 万 then 亿元
    else if (tx::starts_with(rest, "万") && !tx::starts_with(rest, "万元") && !tx::starts_with(rest, "万名") && !tx::starts_with(rest, "万人") && !tx::starts_with(rest, "万户")) { mult = 1e4; e += 3; }
    else if (tx::starts_with(rest, "亿") && !tx::starts_with(rest, "亿元")) { mult = 1e8; e += 3; }
    rest = t.substr(e);
    for (std::string_view q : {"余", "多"})
      if (tx::starts_with(rest, q)) { qualifier = std::string(q); e += q.size(); rest = t.substr(e); }
    std::string unit;
    for (auto u : kUnits) {
      if (tx::starts_with(rest, u) && u != "余") { unit = std::string(u); e += u.size(); break; }
    }
    if (unit.empty()) { i = num_end; continue; }
    // The value carries the multiplier, the unit does not: 3.1万人次 → 31000 人次.
    if (unit == "万名" || unit == "万人" || unit == "万户" || unit == "万元" || unit == "万人次") {
      mult = 1e4;
      unit.erase(0, 3);
    }
    if (unit == "亿元") {
      mult = 1e8;
      unit.erase(0, 3);
    }
    // 近/约/超/逾 before the number.
    std::size_t b = i;
    for (std::string_view q : {"近", "约", "超", "逾", "达", "共"}) {
      if (i >= q.size() && t.substr(i - q.size(), q.size()) == q) {
        if (q == "近" || q == "约" || q == "超" || q == "逾") { qualifier = std::string(q) + qualifier; b = i - q.size(); }
        break;
      }
    }
    // The counted noun: the Han characters that follow, up to punctuation.
    // Function words and common verbs end the noun (`88名新提任领导干部进入…`).
    static const std::u32string_view stops = U"的和与等在以为不进因被将对从把向获受参到已均都共并且也就又而来去加了着过是有由于至达占";
    std::size_t ne = e, chars = 0;
    while (!ordinal && ne < t.size() && chars < 8) {  // an ordinal counts nothing
      std::size_t m = ne;
      char32_t x = tx::next_cp(t, m);
      if (!tx::is_han(x) || stops.find(x) != std::u32string_view::npos) break;
      ne = m;
      ++chars;
    }
    // A verb ends the noun too: `1600余户茶农增收` counts 茶农; `61%提高` counts nothing.
    static const std::string_view verbs[] = {"增收", "增加", "增长", "提高", "提升", "下降", "降低", "减少", "上升", "参加", "参与",
                                             "受益", "受到", "得到", "实现", "完成", "开展", "举办", "签约", "入驻", "脱贫", "就业",
                                             "创业", "接受", "获得", "达到", "超过", "覆盖", "走访", "培训", "发放", "建成", "新增",
                                             "累计", "同比", "环比", "以上", "以下", "左右", "正在", "全部", "全面", "吸纳",
                                             "出列", "及以上", "及其", "分别", "先后", "纷纷", "已经", "正式", "共计"};
    for (std::size_t m = e; m < ne;) {
      bool verb = false;
      for (auto vb : verbs)
        if (t.substr(m, vb.size()) == vb) verb = true;
      if (verb) {
        ne = m;
        break;
      }
      tx::next_cp(t, m);
    }
    std::string noun(t.substr(e, ne - e));
    Json v = {{"value", std::round(value * mult * 1000) / 1000}, {"unit", unit}};
    if (!noun.empty()) v["noun"] = noun;
    if (!qualifier.empty()) v["qualifier"] = qualifier;
    if (ordinal) v["ordinal"] = true;
    add(d, "statistic", b, ne > e ? ne : e, std::move(v));
    i = ne > e ? ne : e;
  }
}

}  // namespace gongwen::host::extract
