// Who signs a 公文: the organ lines of its signature as a page prints them (a party
// organ's name broken over two lines, two organs glued by a flattened text, an
// office under its organ), an order's signer, a seal's note, and a signature
// sent out without a date.
//
// Invariant: a signer is an organ (people::organ_like) or a post and a name;
// a list's entries, a heading or a sentence never are.
#include "detail.hpp"

namespace gongwen::official::detail {

namespace tx = gongwen::text;
using gongwen::text::contains;
using structure::Paragraph;

// A party organ is named `中共` + its unit + its body (`中共湖南理工学院` over
// `信息科学与工程学院学生第三支部委员会`, `中共青岛市公安局` over `委员会`): `中共` and a
// unit with no committee (委) in its name is the first line of a name the page's width
// broke. (`中共长沙市委老干部局`, `中共某某市委…电化教育中心` are whole organs.)
bool party_name_unfinished(std::string_view q) {
  if (!tx::starts_with(q, "中共") || tx::char_count(q) < 4 || tx::starts_with(q, "中共中央")) return false;
  if (tx::contains(q.substr(6), "委")) return false;
  for (std::string_view whole : {"党组", "党校", "支部", "总支"})
    if (tx::ends_with(q, whole)) return false;
  for (std::string_view unit : {"学院", "大学", "学校", "中学", "小学", "公司", "集团", "医院", "省", "市", "县", "区", "镇", "乡",
                                "街道", "村", "局", "中心", "银行", "厅", "所", "院"})
    if (tx::ends_with(q, unit)) return true;
  return false;
}

// Two organs a flattened text glued together (`中共湖南理工学院委员会办公室湖南理工学院校长办公室`,
// `中共某某省委办公厅某某省人民政府办公厅`): the second names again the unit the first
// names after `中共`, and each is an organ by itself. Otherwise the name alone.
std::vector<std::string_view> glued_organs(std::string_view s) {
  if (tx::starts_with(s, "中共") && tx::char_count(s) >= 12) {
    std::size_t k = 6;
    tx::next_cp(s, k);
    tx::next_cp(s, k);
    std::string_view unit = s.substr(6, k - 6);
    for (std::size_t p = s.find(unit, k); p != std::string_view::npos; p = s.find(unit, p + 1)) {
      auto first = s.substr(0, p), second = s.substr(p);
      if (organ_like(first) && !party_name_unfinished(first) && organ_like(second) && tx::char_count(second) >= 4)
        return {first, second};
    }
  }
  return {s};
}

// An office named without its organ (`外事办公室`, `办公厅`, `秘书处`) under an organ
// that has offices (a government, a committee): one signer, not two.
bool office_below(std::string_view organ, std::string_view below) {
  // (A company's or a university's unit by its function, no place or name of its own, `工程质量安全监督站`
  // under `中国铁路南宁局集团有限公司`, `研究生院` under `某某大学`: one signer.)
  bool has_units = false;
  for (std::string_view w : {"公司", "集团", "大学", "学院"}) has_units |= tx::ends_with(organ, w);
  // (`语言文字工作委员会办公室`, twelve characters, under `中国矿业大学`.)
  if (has_units && tx::char_count(below) >= 3 && tx::char_count(below) <= 14) {
    bool plain = true;
    for (std::size_t k = 0; k < below.size();) {
      char32_t c = tx::next_cp(below, k);
      plain &= tx::is_han(c) && std::u32string_view(U"省市县区州镇乡村国中").find(c) == std::u32string_view::npos;
    }
    // (A ministry under a university's line signs as itself: `教育部`, `财政部` are no units of it.)
    for (std::string_view ministry : {"外交部", "国防部", "教育部", "科技部", "科学技术部", "公安部", "民政部", "司法部", "财政部", "商务部",
                                      "水利部", "文化部", "卫生部", "农业部", "交通部", "建设部", "人事部", "铁道部", "监察部", "审计署"})
      plain &= below != ministry;
    for (std::string_view unit : {"站", "中心", "处", "部", "馆", "办公室", "研究院", "研究生院", "分公司", "工会", "团委", "党委"})
      if (plain && tx::ends_with(below, unit)) return true;
  }
  bool has_offices = false;
  for (std::string_view w : {"政府", "委员会", "党委", "市委", "县委", "区委", "省委"}) has_offices |= tx::ends_with(organ, w);
  if (!has_offices || tx::char_count(below) > 6) return false;
  for (std::string_view office : {"办公室", "办公厅", "秘书处"})
    if (tx::ends_with(below, office)) {
      std::string_view function = below.substr(0, below.size() - office.size());
      bool plain = true;  // `外事`, `法制`: a function's name, no place (`市`, `某某区`)
      for (std::size_t k = 0; k < function.size();) {
        char32_t c = tx::next_cp(function, k);
        plain &= tx::is_han(c) && c != U'省' && c != U'市' && c != U'县' && c != U'区' && c != U'州' && c != U'镇';
      }
      return plain && tx::char_count(function) <= 3;
    }
  return false;
}

// An order's signer as one word, a post then a name, the colon between them
// dropped (`主任：郑栅洁` → `主任郑栅洁`); empty when the line is none.
std::string post_then_name(std::string_view line) {
  std::string q = squeeze(line);
  if (auto c = q.find("："); c != std::string::npos && c <= 12) q.erase(c, 3);
  else if (auto a = q.find(':'); a != std::string::npos && a <= 12) q.erase(a, 1);
  for (auto post : people::kPositions)
    if (tx::starts_with(q, post) && people::personal_name(std::string_view(q).substr(post.size()))) return q;
  return {};
}

// The seal's note under a signature (`（国家卫生健康委代章）`, `（盖章）`): no signer.
bool seal_note(std::string_view q) {
  return tx::starts_with(q, "（") && tx::char_count(q) <= 24 &&
         (tx::ends_with(q, "代章）") || tx::ends_with(q, "盖章）") || tx::ends_with(q, "印章）"));
}

// A signature with its seal's place after it (`翠岭社区居民委员会（公章）`, `…(盖章)`): the organ
// without it; q as it is otherwise.
std::string without_seal(std::string q) {
  std::string_view v = tx::trim(q);
  for (std::string_view seal : {"公章", "盖章", "印章", "签章", "章"})
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
      std::string mark = std::string(open) + std::string(seal) + std::string(close);
      if (tx::ends_with(v, mark) && v.size() > mark.size() + 6) return std::string(tx::trim(v.substr(0, v.size() - mark.size())));
    }
  return q;
}

// A line that opens with an organ's name and goes on past it (`国务院应对新型冠状病毒肺炎疫情`
// over `联防联控机制医疗救治组`): the head of a longer organ's name, neither a heading nor a
// sentence (no 的, no 关于).
bool organ_opens(std::string_view q) {
  if (contains(q, "的") || contains(q, "关于") || tx::char_count(q) > 20) return false;
  std::size_t at = 0;
  for (int n = 0; n < 8 && at < q.size(); ++n) {
    tx::next_cp(q, at);
    // (A place's name opens an address as well, `青溪县青城镇柳溪村`: an organ's, not a place's.)
    std::string_view head = q.substr(0, at);
    bool place = false;
    for (std::string_view p : {"省", "市", "县", "区", "州", "镇", "乡", "村", "旗", "盟"}) place |= tx::ends_with(head, p);
    if (n >= 1 && at < q.size() && !place && organ_like(head)) return true;
  }
  return false;
}

// A signature without a date (a notice sent out undated): the organ line or two
// that end the text under its closing sentence (`特此通知。`) or under its 附件说明's
// items (`附件：` then `1. …`), a seal's note below them set aside. Never a list's
// last entries (`2.某某区教育局`, a 名单 of units), nor a heading of an appended text.
void undated_signature(const std::vector<Paragraph>& ps, std::size_t start, Elements& e) {
  std::size_t end = ps.size();
  // (Under it: a seal's note, the page's credits `审核人:…`, or a date the page left as digits that
  // read no one way, `202045`.)
  auto lost_date = [](std::string_view t) {
    std::string_view d = tx::trim(t);
    return d.size() >= 5 && d.size() <= 8 && (d.starts_with("19") || d.starts_with("20")) &&
           d.find_first_not_of("0123456789") == std::string_view::npos;
  };
  while (end > start && (seal_note(squeeze(ps[end - 1].text)) || footer_line(ps[end - 1].text) || lost_date(ps[end - 1].text))) --end;
  std::size_t top = end;
  while (top > start && end - top < 2) {
    std::string q = squeeze(ps[top - 1].text);
    if (tx::char_count(q) > 30 || contains(q, "。") || contains(q, "，") || contains(q, "：") || tx::starts_with(q, "附件") ||
        tx::parse_marker(q) || !organ_like(q))
      break;
    --top;
  }
  if (top == end || top == start) return;
  std::string above = squeeze(ps[top - 1].text);
  bool closed = tx::ends_with(above, "。") && !organ_like(above) && !contains(above, "名单");
  if (auto m = tx::parse_marker(above); m && (m.family == tx::MarkerFamily::arabic_dot || m.family == tx::MarkerFamily::arabic_paren))
    for (std::size_t k = top - 1; k-- > start && k + 8 > top;)  // an item of the 附件说明 above
      if (std::string q = squeeze(ps[k].text); tx::starts_with(q, "附件：") || tx::starts_with(q, "附件:")) {
        closed = true;
        break;
      }
  if (!closed) return;
  for (std::size_t i = top; i < end; ++i) e.issuers.push_back({std::string(tx::trim(ps[i].text)), ps[i].offset});
  e.body_end = top;
}

// `特此…`, `此复`, `此函`, `专此…`: a line that opens with a 公文's closing formula.
bool opens_closing_formula(std::string_view q) {
  for (std::string_view f : {"特此", "此复", "此函", "专此"})
    if (tx::starts_with(q, f)) return true;
  return false;
}

// The name set alone between the close and the date (`特此公告` / `名医主刀` /
// `二〇一六年二月五日`): the signer by its place, whatever it names (a company's brand, a
// site), as no list's entry or heading stands there.
Found signer_under_formula(const std::vector<Paragraph>& ps, std::size_t start, std::size_t date_at) {
  if (date_at < start + 2 || date_at >= ps.size()) return {};
  std::string name = squeeze(ps[date_at - 1].text), close = squeeze(ps[date_at - 2].text);
  bool formula = tx::char_count(close) <= 8 && opens_closing_formula(close);
  if (!formula || tx::char_count(name) < 2 || tx::char_count(name) > 20 || tx::parse_marker(name)) return {};
  for (std::string_view mark : {"。", "，", "：", ":", "！", "？", "；"})
    if (contains(name, mark)) return {};
  return {std::string(tx::trim(ps[date_at - 1].text)), ps[date_at - 1].offset};
}

}  // namespace gongwen::official::detail
