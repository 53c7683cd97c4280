// Joint issuers: where one organ ends and the next begins in a list of
// issuers, spaced (`中共中央 国务院`), separated (`国务院、中央军委`) or glued by
// a flattened text (`中共某某市委办公室某某市人民政府办公室`).
//
// Invariants: a split keeps every character of the string but separators; a
// string that does not split into organs only comes back whole, trimmed.
#include "detail.hpp"

#include <algorithm>

namespace gongwen::official {

namespace tx = gongwen::text;

namespace {

// Where a second organ starts inside `s` glued to the first, or npos: the
// first ends in the suffix of an organ and the second opens with a word of
// the first (its place: 陕西省…委员会陕西省…局) or with a word that opens the
// name of a central organ (中共, 国家, 国务院, 最高…).
std::size_t glued_organ_at(std::string_view s) {
  static const std::string_view ends[] = {"委员会", "局", "厅", "部", "委", "政府", "院", "署", "公司", "中心", "集团", "办公室", "中央",
                                          // (A ministry's department, `…综合司`; an office known by its short name, `中央编办`.)
                                          "司", "办"};
  static const std::string_view opens[] = {"中共", "中国", "国家", "国务院", "共青团", "最高", "全国", "中华", "中央",
                                          // The State Council's departments by the names they sign with.
                                          "外交部", "国防部", "发展改革委", "教育部", "科技部", "工业和信息化部", "公安部",
                                          "民政部", "司法部", "财政部", "人力资源社会保障部", "自然资源部", "生态环境部",
                                          "住房城乡建设部", "住房和城乡建设部", "交通运输部", "水利部", "农业农村部", "商务部",
                                          "文化和旅游部", "卫生健康委", "退役军人事务部", "应急管理部", "审计署", "海关总署",
                                          "税务总局", "市场监管总局", "金融监管总局", "证监会", "广电总局", "体育总局", "统计局",
                                          "医保局", "林草局", "知识产权局", "能源局", "人民银行", "全国总工会", "共青团中央",
                                          "全国妇联",
                                          // and by their short names
                                          "国资委", "发改委", "工信部", "人社部", "住建部", "网信办", "银保监会", "银监会", "保监会",
                                          "卫健委", "团中央"};
  for (std::size_t j = 0; j < s.size();) {
    tx::next_cp(s, j);
    auto head = s.substr(0, j), rest = s.substr(j);
    // A department's own name opens the rest: a head as short as `司法部` ends an organ.
    // (So does a head that is a department's name itself: `公安部` of `公安部国家计委`.)
    bool department = false, central = false;
    for (std::size_t k = 9; k < std::size(opens); ++k) department |= tx::starts_with(rest, opens[k]) || head == opens[k];
    for (std::size_t k = 0; k < 9; ++k) central |= tx::starts_with(rest, opens[k]);
    department |= head == "国务院" && central;  // `国务院` + `中央军委`
    if (tx::char_count(head) < (department ? 2u : 4u) || tx::char_count(rest) < 3) continue;
    if (head == "中央") continue;  // (`中央网信办`, `中央编办`: the centre's own offices, one name)
    // (`中央纪委国家监委`, `某省纪委某省监委`: the short names of one office, the two sitting
    // together (合署办公), written as one; their full names sign apart.)
    if (tx::ends_with(head, "纪委") && tx::ends_with(rest, "监委") && tx::char_count(rest) <= 8) continue;
    bool ends_organ = false;
    for (auto e : ends) ends_organ |= tx::ends_with(head, e);
    // (An office is its organ's own: `…人民政府` + `办公室` is one name.)
    if (!ends_organ || !organ_like(rest) || tx::starts_with(rest, "办公")) continue;
    // (`国务院国资委`, `国务院扶贫办`: an organ of the State Council is one name; `国务院` over
    // `中央军委` or `国家…` are two.)
    if (tx::ends_with(head, "国务院") && !central) continue;
    std::size_t two = 0;
    tx::next_cp(rest, two);
    tx::next_cp(rest, two);
    bool opens_organ = head.find(rest.substr(0, two)) != std::string_view::npos;
    for (auto o : opens) opens_organ |= tx::starts_with(rest, o);
    if (opens_organ) return j;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<std::string> split_joint_issuers(std::string_view s) {
  if (tx::trim(s).empty()) return {};
  std::vector<std::string> parts;
  std::size_t b = 0;
  int depth = 0;
  auto flush = [&](std::size_t e) {
    auto t = tx::trim(s.substr(b, e - b));
    while (!t.empty()) {
      auto j = glued_organ_at(t);
      if (j == std::string_view::npos) break;
      parts.emplace_back(t.substr(0, j));
      t = t.substr(j);
    }
    if (!t.empty()) parts.emplace_back(t);
  };
  for (std::size_t i = 0; i < s.size();) {
    std::size_t k = i;
    char32_t c = tx::next_cp(s, k);
    if (c == U'（' || c == U'(') ++depth;
    if ((c == U'）' || c == U')') && depth > 0) --depth;
    // (Or 和 between two organs named as organs end, `中共某某特委和某某军委`; never inside one,
    // `文化和旅游部`, `共和国`, nor between events that end as an organ may, `年会和联欢晚会`.)
    auto organ_named = [](std::string_view o) {
      for (std::string_view e : {"委", "部", "局", "厅", "署", "院", "政府", "委员会", "办公室", "办公厅", "公司", "集团", "大学", "学院", "协会", "联合会"})
        if (tx::ends_with(o, e)) return organ_like(o);
      return false;
    };
    bool joined = c == U'和' && organ_named(tx::trim(s.substr(b, i - b))) && organ_named(tx::trim(s.substr(k)));
    if (depth == 0 && (tx::is_space(c) || c == U'、' || c == U'，' || c == ',' || joined)) {
      flush(i);
      b = k;
    }
    i = k;
  }
  flush(s.size());
  // (A sitting of the organ before it, `…委员会` / `第十五次全体会议`, is that organ's meeting, no organ of its own.)
  for (std::size_t i = 1; i < parts.size();)
    if (tx::starts_with(parts[i], "第") && (tx::ends_with(parts[i], "会议") || tx::ends_with(parts[i], "全会"))) {
      parts[i - 1] += parts[i];
      parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(i));
    } else {
      ++i;
    }
  // Only organs: anything else (`某某同志`, a phrase) means the string was not a list.
  bool organs = !parts.empty() && std::all_of(parts.begin(), parts.end(), [](const std::string& p) {
    return organ_like(p) && tx::char_count(p) >= 2;
  });
  if (!organs) return {std::string(tx::trim(s))};
  return parts;
}

std::string spaced_joint_issuers(std::string_view issuers) {
  auto organs = split_joint_issuers(issuers);
  if (organs.size() < 2) return std::string(issuers);
  std::string spaced;
  std::size_t at = 0;
  for (const auto& o : organs) {
    auto found = issuers.find(o, at);
    if (found == std::string_view::npos) return std::string(issuers);
    if (!spaced.empty()) spaced += found > at ? std::string(issuers.substr(at, found - at)) : std::string(" ");
    spaced += o;
    at = found + o.size();
  }
  return at == issuers.size() ? spaced : std::string(issuers);
}

bool abbreviates(std::string_view short_name, std::string_view full) {
  std::size_t s = 0, f = 0;
  char32_t last_s = 0, last_f = 0;
  if (short_name.size() >= full.size() || tx::char_count(short_name) < 3) return false;
  while (s < short_name.size()) {
    last_s = tx::next_cp(short_name, s);
    bool found = false;
    while (f < full.size() && !found) found = tx::next_cp(full, f) == last_s;
    if (!found) return false;
  }
  for (std::size_t k = 0; k < full.size();) last_f = tx::next_cp(full, k);
  if (last_s != last_f) return false;
  // Short as a signature is when its place is said by its level alone (`省科技厅`, `市政府`). A name
  // of its own stays as signed: an office whose owner is left out (`教务处`), `中共某某县委组织部` under
  // `中共某省某某县委组织部`, a congress's committee without its term.
  for (std::string_view level : {"省", "市", "县", "区", "州"})
    if (tx::starts_with(short_name, level)) return true;
  return false;
}

// A province's organ named by its level alone (`省人民政府`, as a site that dropped the name prints
// its signature): the province its number's first character abbreviates (`鄂政发〔2018〕26号` → 湖北).
std::string with_province(const std::string& organ, const std::optional<DocNumber>& number) {
  static constexpr std::pair<std::string_view, std::string_view> kProvinces[] = {
      {"冀", "河北"}, {"晋", "山西"}, {"辽", "辽宁"}, {"吉", "吉林"}, {"黑", "黑龙江"}, {"苏", "江苏"}, {"浙", "浙江"},
      {"皖", "安徽"}, {"闽", "福建"}, {"赣", "江西"}, {"鲁", "山东"}, {"豫", "河南"}, {"鄂", "湖北"}, {"湘", "湖南"},
      {"粤", "广东"}, {"琼", "海南"}, {"川", "四川"}, {"黔", "贵州"}, {"滇", "云南"}, {"云", "云南"}, {"陕", "陕西"},
      {"甘", "甘肃"}, {"青", "青海"}};
  // (Or the government without its place, `人民政府`, a copy having cut `贵州省` off its title, under a
  // provincial government's series, `黔府函`, `黔府发`.)
  bool bare = organ == "人民政府" && number;
  if ((!tx::starts_with(organ, "省") && !bare) || !number || number->org.empty()) return organ;
  for (auto [abbr, name] : kProvinces)
    if (tx::starts_with(number->org, abbr)) {
      // (The province's own series, its abbreviation then 政 or 府 at once: `黔府函`, `黔政发`; not a
      // city's, `苏府` of 苏州, `赣市府发` of 赣州.)
      std::string_view after = std::string_view(number->org).substr(abbr.size());
      bool provincial = (tx::starts_with(after, "政") || tx::starts_with(after, "府")) && tx::char_count(number->org) <= 4 &&
                        !(abbr == "苏" && tx::starts_with(after, "府"));
      if (bare && !provincial) return organ;
      return std::string(name) + (bare ? "省" : "") + organ;
    }
  return organ;
}

}  // namespace gongwen::official
