// Common extractors: dates, slogans, statistics, officials, quotes, doc_refs.
// Hand-written scanners over UTF-8 rather than regexes: they run on every
// document, and each needs context rules (numbers that are names, quotes cut
// by wrapping) that a pattern alone cannot state.
#include "extract/extractors.hpp"

#include <gongwen/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <stdexcept>
#include <tuple>

namespace gongwen::host {

namespace {

namespace tx = gongwen::text;

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_fw_digit(char32_t c) { return c >= 0xFF10 && c <= 0xFF19; }
bool is_digit(char32_t c) { return is_ascii_digit(c) || is_fw_digit(c); }
bool is_latin(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A); }

void add(Document& d, std::string type, std::size_t b, std::size_t e, Json value, std::string note = {}) {
  Entity en;
  en.type = std::move(type);
  en.text = d.text.substr(b, e - b);
  en.value = std::move(value);
  en.begin = b;
  en.end = e;
  en.note = std::move(note);
  d.entities.push_back(std::move(en));
}

// ---- dates --------------------------------------------------------------------

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
  for (std::size_t i = 0; i < t.size();) {
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

// ---- slogans --------------------------------------------------------------------

const std::u32string_view kNumeralLead = U"0123456789一二三四五六七八九十百千万两";

// Quote pairs scanned across line breaks (wrapped quotes were cut there).
template <class F>
void for_each_quote(std::string_view t, std::size_t max_chars, F&& f) {
  for (std::size_t i = 0; i < t.size();) {
    // Jump to the next opening quote (both start with the bytes E2 80).
    std::size_t q = t.find("\xE2\x80", i);
    if (q == std::string_view::npos) return;
    i = q;
    std::size_t k = i;
    char32_t c = tx::next_cp(t, k);
    if (c != U'“' && c != U'‘') { i = k; continue; }
    char32_t close = c == U'“' ? U'”' : U'’';
    std::size_t j = k, chars = 0;
    bool ok = false;
    while (j < t.size() && chars <= max_chars) {
      std::size_t m = j;
      char32_t x = tx::next_cp(t, m);
      if (x == close) { ok = true; break; }
      if (x == U'“' || x == U'”' || x == U'‘' || x == U'’' || x == U'。' || x == U'；' || x == U'！' || x == U'？') break;
      if (x != '\n') ++chars;
      j = m;
    }
    if (ok && chars >= 2 && chars <= max_chars) {
      f(i, k, j, j + 3);  // open, content begin, content end, after close
      i = j + 3;
    } else {
      i = k;
    }
  }
}

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

// ---- statistics -----------------------------------------------------------------

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

// ---- officials --------------------------------------------------------------------

const std::u32string_view kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤车楼鲍翁柴应蔡洪";
const std::string_view kPositions[] = {"组织部部长", "组织部长", "副书记", "书记", "副市长", "市长", "副县长", "县长", "副区长", "区长",
                                       "副省长", "省长", "副部长", "部长", "副主任", "主任", "副局长", "局长", "常委", "主席", "秘书长", "镇长", "乡长"};

bool is_surname(char32_t c) { return kSurnames.find(c) != std::u32string_view::npos; }

// A 2–3 character personal name at t[i] (surname first), its byte length or 0.
std::size_t name_at(std::string_view t, std::size_t i) {
  std::size_t k = i;
  if (i >= t.size() || !is_surname(tx::next_cp(t, k))) return 0;
  // `市委书记任组长`, `省长高度肯定`: words that open with a surname's
  // character but say what the person does, not who they are.
  for (std::string_view w : {"任组长", "任双组长", "任副组长", "任主任", "任第一", "任总指挥", "任召集人", "高度", "高效", "高质量",
                             "任务", "周年", "于是", "方面", "方式", "方案", "向前", "严格", "严肃", "钱款", "万元"})
    if (t.substr(i, w.size()) == w) return 0;
  // Characters that end a name rather than continue it (`车俊批示`, `徐文光同志`).
  static const std::u32string_view stops = U"同书等在和的指出说讲批要对到为是来作主出席表示介绍亲给、";
  std::size_t n = 1, e = k;
  while (n < 3 && e < t.size()) {
    std::size_t m = e;
    char32_t x = tx::next_cp(t, m);
    if (!tx::is_han(x) || stops.find(x) != std::u32string_view::npos) break;
    if (x == U'强' && t.substr(m, 3) == "调") break;  // `郝鹏强调`, while 杨国强 is a name
    e = m;
    ++n;
  }
  return n >= 2 ? e - i : 0;
}

// First characters of the position words: most characters start none, and
// this test is what the scan does at every character.
bool starts_position(char32_t c) {
  switch (c) {
    case U'组': case U'副': case U'书': case U'市': case U'县': case U'区': case U'省': case U'部':
    case U'主': case U'局': case U'常': case U'秘': case U'镇': case U'乡':
      return true;
    default:
      return false;
  }
}

void extract_officials(Document& d, const ExtractContext&) {
  std::string_view t = d.text;
  for (std::size_t i = 0; i < t.size();) {
    {
      std::size_t k = i;
      if (!starts_position(tx::next_cp(t, k))) { i = k; continue; }
    }
    std::size_t best = 0;
    std::string_view pos_word;
    for (auto p : kPositions)
      if (t.substr(i, p.size()) == p) { best = p.size(); pos_word = p; break; }
    if (!best) { tx::next_cp(t, i); continue; }
    // Extend left over the organisation (`市委副书记、市长`): Han characters and 、.
    // Extend left over the organisation chain (`市委副书记、`, `县委常委、组织部`):
    // only characters that make up organisations and positions.
    static const std::u32string_view org = U"省市县区州盟旗镇乡街道村委党政府人大协部组织宣传统战纪检监察办公室厅局常务副、中共";
    std::size_t b = i, chars = 0;
    while (b > 0 && chars < 16) {
      std::size_t m = b;
      char32_t x = tx::prev_cp(t, m);
      if (org.find(x) == std::u32string_view::npos) break;
      b = m;
      ++chars;
    }
    // Do not start on a dangling 、.
    while (b < i && t.substr(b, 3) == "、") b += 3;
    std::size_t e = i + best;
    // A chain of positions: `市委副书记、市长汤飞帆`.
    for (bool more = true; more;) {
      more = false;
      if (t.substr(e, 3) != "、") break;
      std::size_t q = e + 3, chars = 0;
      while (q < t.size() && chars < 8) {
        for (auto p2 : kPositions)
          if (t.substr(q, p2.size()) == p2) {
            e = q + p2.size();
            pos_word = p2;
            more = true;
            break;
          }
        if (more) break;
        std::size_t m = q;
        static const std::u32string_view org2 = U"省市县区州镇乡委党政府人大协部组织宣传统战纪检监察办公室厅局常务副中共";
        if (org2.find(tx::next_cp(t, m)) == std::u32string_view::npos) break;
        q = m;
        ++chars;
      }
    }
    // Name right after the position chain.
    std::size_t nl = name_at(t, e);
    if (nl) {
      // Keep the chain from the first position-bearing part only: trim a
      // leading verb phrase by cutting at the last non-organisation boundary.
      std::string chain(t.substr(b, e - b));
      std::string name(t.substr(e, nl));
      add(d, "official", b, e + nl, Json{{"name", name}, {"position", chain}});
      i = e + nl;
      continue;
    }
    // Name before the title: `车俊书记`, `徐书记` (surname only).
    if (pos_word == "书记" || pos_word == "市长" || pos_word == "县长" || pos_word == "部长" || pos_word == "省长") {
      for (std::size_t len : {9u, 6u, 3u}) {
        if (i < len) continue;
        std::size_t nb = i - len;
        if (name_at(t, nb) == len || (len == 3 && name_at(t, nb) == 0 && [&] { std::size_t z = nb; return is_surname(tx::next_cp(t, z)); }())) {
          std::size_t z = nb;
          char32_t before = nb ? tx::prev_cp(t, z) : 0;
          if (before && tx::is_han(before) && before != U'、') continue;
          add(d, "official", nb, e, Json{{"name", std::string(t.substr(nb, len))}, {"position", std::string(pos_word)}});
          break;
        }
      }
    }
    i = e;
  }
}

// ---- quotes ------------------------------------------------------------------------

void extract_quotes(Document& d, const ExtractContext&) {
  std::string_view t = d.text;
  static const std::string_view verbs[] = {"强调", "指出", "要求", "说过", "讲过", "曾说", "说", "讲", "认为", "表示"};
  for_each_quote(t, 600, [&](std::size_t ob, std::size_t cb, std::size_t ce, std::size_t oe) {
    // Look back for `SPEAKER VERB[：，]` right before the opening quote.
    std::size_t p = ob;
    std::size_t k = p;
    char32_t c = p ? tx::prev_cp(t, k) : 0;
    if (c == U'：' || c == U'，' || c == ':' || c == ',') p = k;
    for (auto v : verbs) {
      if (p < v.size() || t.substr(p - v.size(), v.size()) != v) continue;
      std::size_t vb = p - v.size();
      std::size_t sb = vb, chars = 0;
      while (sb > 0 && chars < 12) {
        std::size_t m = sb;
        char32_t x = tx::prev_cp(t, m);
        if (!tx::is_han(x) && x != U'·') break;
        sb = m;
        ++chars;
      }
      std::string speaker(t.substr(sb, vb - sb));
      for (std::string_view lead : {"正如", "如", "曾经", "曾"})
        if (tx::starts_with(speaker, lead)) speaker.erase(0, lead.size());
      if (tx::char_count(speaker) < 2) return;
      // A speaker is a titled person (…同志, …总书记) or a bare name; `可以说` is not.
      bool titled = false;
      for (std::string_view title : {"同志", "总书记", "书记", "主席", "总理", "市长", "省长", "县长", "部长", "委员长", "负责人", "负责同志"})
        titled |= tx::ends_with(speaker, title);
      std::size_t z = 0;
      bool bare_name = tx::char_count(speaker) <= 3 && is_surname(tx::next_cp(speaker, z));
      if (!titled && !bare_name) return;
      std::string quote(t.substr(cb, ce - cb));
      quote.erase(std::remove(quote.begin(), quote.end(), '\n'), quote.end());
      add(d, "quote", sb, oe, Json{{"speaker", speaker}, {"verb", std::string(v)}, {"quote", quote}});
      return;
    }
  });
}

// ---- cited documents ---------------------------------------------------------------

void extract_doc_refs(Document& d, const ExtractContext&) {
  std::string_view t = d.text;
  for (std::size_t p = t.find("《"); p != std::string_view::npos; p = t.find("《", p + 3)) {
    // Only a window is searched: a long line without 》 must not be rescanned
    // from every 《 (that made a one-line document quadratic).
    auto window = t.substr(p, 303);
    auto q = window.find("》");
    if (q == std::string_view::npos || window.substr(0, q).find('\n') != std::string_view::npos) continue;
    q += p;
    std::string title(t.substr(p + 3, q - p - 3));
    std::size_t e = q + 3;
    Json v = {{"title", title}};
    auto rest = t.substr(e);
    if (tx::starts_with(rest, "（") || tx::starts_with(rest, "(")) {
      auto hao = rest.substr(0, 63).find("号");
      if (hao != std::string_view::npos && hao < 60 && rest.substr(0, hao).find("〔") != std::string_view::npos) {
        v["doc_number"] = std::string(rest.substr(3, hao));
        std::size_t z = hao + 3;
        if (z < rest.size()) {
          std::size_t m = z;
          char32_t close = tx::next_cp(rest, m);
          if (close == U'）' || close == ')') z = m;
        }
        e += z;
      }
    }
    add(d, "doc_ref", p, e, std::move(v));
  }
}

}  // namespace

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

const std::vector<ExtractorInfo>& extractors() {
  static const std::vector<ExtractorInfo> v = {
      {"dates", extract_dates, "dates to ISO 8601; year-less dates from the document's or container's date (flagged)"},
      {"slogans", extract_slogans, "numbered formulations in quotes (“三严三实”, “1+8+2”), counted per document"},
      {"statistics", extract_statistics, "number + 余/多/近/约 + unit + counted noun, with the value normalized"},
      {"officials", extract_officials, "position + name (市委副书记、市长汤飞帆), name + title (车俊书记)"},
      {"quotes", extract_quotes, "quotations attributed to a speaker (习近平总书记强调：“…”)"},
      {"doc_refs", extract_doc_refs, "cited documents 《…》 with their document numbers"},
  };
  return v;
}

namespace {

// A handler may have added an entity an extractor finds again (a briefing's date line): one span
// of one type is one entity, the first added (the handler's, which knows more) kept, order kept.
void drop_repeated_entities(Document& doc) {
  auto& es = doc.entities;
  std::vector<std::size_t> order(es.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key = [&](std::size_t i) { return std::tie(es[i].type, es[i].begin, es[i].end); };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  std::vector<bool> repeated(es.size(), false);
  bool any = false;
  for (std::size_t k = 1; k < order.size(); ++k)
    if (key(order[k]) == key(order[k - 1])) repeated[order[k]] = any = true;
  if (!any) return;
  std::vector<Entity> kept;
  kept.reserve(es.size());
  for (std::size_t i = 0; i < es.size(); ++i)
    if (!repeated[i]) kept.push_back(std::move(es[i]));
  es = std::move(kept);
}

}  // namespace

bool is_extractor(const std::string& name) {
  for (const auto& e : extractors())
    if (name == e.name) return true;
  return false;
}

void run_extractors(Document& doc, const std::vector<std::string>& names, const ExtractContext& ctx) {
  if (doc.error) return;
  std::string step = std::move(doc.step);
  doc.step = "extract";
  for (const auto& e : extractors()) {
    if (!names.empty() && std::find(names.begin(), names.end(), e.name) == names.end()) continue;
    try {
      e.fn(doc, ctx);
    } catch (const std::exception& ex) {
      doc.diagnose(Diag::extract_failed, fmt::format("extractor {} failed: {}", e.name, ex.what()));
    }
  }
  drop_repeated_entities(doc);
  doc.step = std::move(step);
}

}  // namespace gongwen::host
