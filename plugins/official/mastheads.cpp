// An order's masthead (令) found by its number: `国务院令` over `第732号`,
// `中华人民共和国国务院令 第837号 《…》已经…` flattened onto one line, or the
// bare number a crawler left where the masthead was.
//
// Invariant: every search here needs the number (`第N号`, `〔2026〕第1号`,
// `2023年第2号`) right after the masthead; a 令 or 公告 without one is left to
// the title search of title.cpp.
#include "detail.hpp"

namespace gongwen::official {

namespace tx = gongwen::text;
using gongwen::text::contains;
using structure::Paragraph;

namespace detail {

namespace {

// An order's number at the start of t, its length in bytes or 0: `第732号`, `〔2026〕第1号`,
// `2023年第2号` (a year's count, as 国家金融监督管理总局令 numbers them).
std::size_t order_number_at(std::string_view t) {
  if (std::size_t n = tx::order_number_prefix(t)) return n;
  std::size_t y = 0;
  while (y < t.size() && y < 4 && t[y] >= '0' && t[y] <= '9') ++y;
  if (y != 4 || !tx::starts_with(t.substr(4), "年")) return 0;
  std::size_t n = tx::order_number_prefix(t.substr(7));
  return n ? 7 + n : 0;
}

// A line that is an order's number and nothing else.
bool order_number_line(std::string_view t) { return !t.empty() && order_number_at(t) == t.size(); }

}  // namespace

Title short_order_masthead(const std::vector<Paragraph>& ps, std::size_t i, const std::string& cleaned) {
  Title t;
  // (A database's line between them, `Original URL: http://…`, is no part of either.)
  std::size_t n = i + 1;
  if (n + 1 < ps.size() && never_title_line(ps[n].text) && !order_number_line(squeeze(ps[n].text))) ++n;
  if (!tx::ends_with(cleaned, "令") || tx::char_count(cleaned) < 3 || n >= ps.size() || !order_number_line(squeeze(ps[n].text)))
    return t;
  t.type = doc_type_of_title(cleaned);
  t.found = {cleaned, ps[i].offset};
  t.last_paragraph = i;
  return t;
}

// A numbered announcement's masthead with no title under it (`…指挥部通告（第1号）` over its
// text): it names the document, as an order's masthead does. (With a title under it, the
// title search finds that title first.) head_line() took it for the head: look there too.
Title bracketed_number_masthead(const std::vector<Paragraph>& ps, std::size_t from) {
  for (std::size_t i = 0; i < ps.size() && i < from + 3; ++i) {
    std::string q = squeeze(ps[i].text);
    if (tx::char_count(q) > 60 || !(tx::ends_with(q, "号）") || tx::ends_with(q, "号)"))) continue;
    std::size_t open = q.back() == ')' ? q.rfind("(") : q.rfind("（");  // the bracket the line ends by
    if (open == std::string::npos) continue;
    // `（第1号）`, `（2020年第3号）`
    std::string_view count = std::string_view(q).substr(open + (q[open] == '(' ? 1 : 3));
    count.remove_suffix(q.back() == ')' ? 1 : 3);
    if (auto y = count.find("年"); y == 4 && std::all_of(count.begin(), count.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
      count.remove_prefix(7);
    if (count.empty() || tx::order_number_prefix(count) != count.size()) continue;
    std::string_view base = std::string_view(q).substr(0, open);
    const DocType* type = doc_type_of_title(base);
    if (!type || (type->chinese != "通告" && type->chinese != "公告") || !tx::ends_with(base, type->chinese)) continue;
    std::string_view organ = base.substr(0, base.size() - type->chinese.size());
    if (organ.empty() || contains(organ, "关于") || !organ_like(organ)) continue;
    Title best;
    best.found.text = q;
    best.found.offset = ps[i].offset;
    best.type = type;
    best.last_paragraph = i;
    return best;
  }
  return {};
}

// (An organ named in full, `某某省人民政府`, not the bare `政府` or `省政府` a crawler left.)
bool named_organ(std::string_view head) { return tx::char_count(head) > 4 && organ_like(head); }

Title numbered_masthead(const std::vector<Paragraph>& ps, std::size_t from) {
  Title t;
  // A numbered masthead opening a flattened text: `中华人民共和国国务院令 第837号 《…》已经…`,
  // `中华人民共和国海关总署 公 告 2026 年 第 18 号 海关总署制定了…` — an order or
  // an announcement names itself by its masthead and number.
  // (Further down, under a law site's lines of the law's title and organ, the masthead and its
  // number alone, `鞍山市人民政府令第16号`, over the sentence that promulgates.)
  auto promulgates = [&](std::size_t i) {
    std::string sentence;
    for (std::size_t k = i + 1; k < ps.size() && k <= i + 3; ++k)
      if (!tx::promulgated_title(sentence += ps[k].text).empty()) return true;
    return false;
  };
  for (std::size_t i = from; i < ps.size() && i < from + 6; ++i) {
    std::string q = squeeze(ps[i].text);
    // (Or the masthead and its number alone on one line, `中华人民共和国农业农村部公告第 242 号`; a
    // title over its text is read above.)
    bool alone = tx::char_count(q) < 60;
    if (i >= from + 2 && (!alone || !promulgates(i))) continue;
    std::size_t e = 0;
    for (std::size_t n = 0; e < q.size() && n < 40; ++n) {
      tx::next_cp(q, e);
      std::string_view head = std::string_view(q).substr(0, e), rest = std::string_view(q).substr(e);
      if (!tx::ends_with(head, "令") && !tx::ends_with(head, "公告") && !tx::ends_with(head, "通告")) continue;
      const DocType* type = doc_type_of_title(head);
      if (!type || contains(head, "关于")) continue;
      // A masthead is an organ's name and nothing else: Han characters only.
      bool han = true;
      for (std::size_t k = 0; han && k < head.size();) han = tx::is_han(tx::next_cp(head, k));
      if (!han) break;
      if (order_number_at(rest) == 0 || (alone && order_number_at(rest) != rest.size())) continue;
      // (Down there, an organ named with its place, `鞍山市人民政府令`: `政府令〔2010〕第15号`,
      // `市人民政府令第129号` are a series' numbers the crawler left, read below.)
      if (i >= from + 2) {
        std::string_view organ = head.substr(0, head.size() - (tx::ends_with(head, "令") ? 3 : 6));  // (令; 公告, 通告)
        if (!named_organ(organ) || leading_place(organ).empty()) break;
      }
      t.found = {std::string(head), ps[i].offset};
      t.type = type;
      t.last_paragraph = i;
      return t;
    }
  }
  // An order whose masthead a crawler dropped: its bare number (`第232号`), or its number
  // in a series that names the 令 but no organ (`政府令〔2010〕第15号`, under a law site's
  // lines of title and organ), over the sentence that promulgates (`《…》已经…通过，现予公布`).
  for (std::size_t i = from; i < ps.size() && i < from + 6; ++i) {
    std::string line = squeeze(ps[i].text);
    bool bare = i < from + 2 && tx::starts_with(line, "第") && tx::char_count(line) <= 10 && tx::order_number_prefix(line) == line.size();
    const DocType* series = bare || tx::char_count(line) > 24 ? nullptr : doc_type_of_number(line);
    if (!bare && (!series || series->kind != std::string_view("order") || named_organ(line.substr(0, line.find("令"))))) continue;
    std::string sentence;
    for (std::size_t k = i + 1; k < ps.size() && k <= i + 3; ++k) {
      sentence += ps[k].text;
      if (tx::promulgated_title(sentence).empty()) continue;
      t.found = {line, ps[i].offset};
      t.type = &doc_types()[3];
      t.last_paragraph = i;
      t.masthead_lost = true;
      return t;
    }
  }
  return t;
}

}  // namespace detail
}  // namespace gongwen::official
