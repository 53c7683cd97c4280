// A listed company's announcement (上市公司公告) as the exchanges prescribe its head: the
// securities line (`证券代码：603195  证券简称：公牛集团  公告编号：2025-077`; a bond's or a
// fund's `债券代码`, `基金代码`), the title (the company's name over `…决议公告`, or one line), the
// board's pledge (`本公司董事会及全体董事保证本公告内容…`), the body, and the board's signature
// over the day (`公牛集团股份有限公司董事会` / `2025年10月31日`).
//
// A Hong Kong listed company's announcement is recognised by the exchange's disclaimer instead.
//
// Invariants: recognised only by a securities line near the top that holds a code label and its
// short name or the announcement's number, opening with its label (a 公文 quoting a company's code
// names it in a clause); the number is the 公告编号's value as printed; the title is the
// lines under the securities line up to the one that ends with the 文种, never past a sentence.
#include "detail.hpp"
#include "elements.hpp"

#include <gongwen/document.hpp>
#include <gongwen/text.hpp>

namespace gongwen::official {

namespace tx = gongwen::text;
using detail::squeeze;

namespace {

// A securities line: a code label with the short name or the number's label, short.
bool securities_line(std::string_view squeezed) {
  if (tx::char_count(squeezed) > 80) return false;
  // (It opens with its label, `A股` before it at most, and holds no clause: a decision's `当事人：某某股份有限公司，
  // A股证券简称：…，A股证券代码：600123；` names a company, it is none.)
  std::string_view open = squeezed;
  if (tx::starts_with(open, "A股")) open.remove_prefix(std::string_view("A股").size());
  bool labelled = false;
  for (std::string_view l : {"证券代码", "股票代码", "债券代码", "基金代码"}) labelled |= tx::starts_with(open, l);
  if (!labelled || tx::contains(squeezed, "，") || tx::contains(squeezed, "；") || tx::contains(squeezed, "。")) return false;
  bool code = tx::contains(squeezed, "证券代码") || tx::contains(squeezed, "股票代码") || tx::contains(squeezed, "债券代码") || tx::contains(squeezed, "基金代码");
  bool named = tx::contains(squeezed, "证券简称") || tx::contains(squeezed, "股票简称") || tx::contains(squeezed, "债券简称") || tx::contains(squeezed, "基金简称");
  return code && (named || tx::contains(squeezed, "公告编号"));
}

// The 公告编号's value (`2025-077`, `临2025-012`), up to the next space or label.
std::string number_after_label(std::string_view line) {
  auto at = line.find("公告编号");
  if (at == std::string_view::npos) return {};
  std::string_view rest = line.substr(at + std::string_view("公告编号").size());
  while (!rest.empty() && (rest[0] == ' ' || rest[0] == '\t')) rest.remove_prefix(1);
  for (std::string_view colon : {"：", ":"})
    if (tx::starts_with(rest, colon)) rest.remove_prefix(colon.size());
  rest = tx::trim(rest);
  std::size_t end = 0;
  bool digit = false;
  while (end < rest.size()) {
    std::size_t k = end;
    char32_t c = tx::next_cp(rest, k);
    if (tx::is_space(c) || c == U'，' || c == U'；' || c == U',' || c == U';') break;
    if (digit && tx::is_han(c)) break;  // (the name glued after it, `2024-012某某股份有限公司…`)
    digit = c >= U'0' && c <= U'9';
    end = k;
  }
  return std::string(rest.substr(0, end));
}

// A company's name, as a title's first line or a signature names it.
bool company_name(std::string_view s) {
  for (std::string_view w : {"股份有限公司", "有限责任公司", "有限公司", "集团公司", "控股集团", "（集团）", "(集团)"})
    if (tx::ends_with(s, w)) return tx::char_count(s) >= 4 && tx::char_count(s) <= 40;
  return false;
}

// The board's signature and the day under it, at the end (after the head).
void signature_date(const std::vector<structure::Paragraph>& ps, std::size_t head, ListedNotice& n) {
  for (std::size_t k = ps.size(); k-- > head + 1 && k + 8 > ps.size();)
    if (auto d = whole_date(ps[k].text)) {
      n.date = *d;
      n.date_text = {std::string(tx::trim(ps[k].text)), ps[k].offset};
      return;
    }
}

// No signature day (a page cut short): the day the page above the securities line published it,
// nearest first (`2024-02-20 来源:上海证券报`, `公告日期:2025-03-26`, `…股东大会制度2023-12-05`).
void page_date_above(const std::vector<structure::Paragraph>& ps, std::size_t head, ListedNotice& n) {
  for (std::size_t k = head; !n.date && k-- > 0 && k + 8 >= head;)
    if (auto d = tx::find_full_date(ps[k].text); d && !tx::more_visible_than(ps[k].text, 80)) {
      n.date = d->iso();
      n.date_from_page = true;
    }
}

// The whole head flattened onto one line (`证券代码:A股600611 股票简称: 某某 公告编号:临2024-068 B股 900903 …
// 债券代码:… 某某(集团)股份有限公司 关于…的公告 本公司董事会及全体董事保证…`): the number by its label, the
// title the company's name and what follows it to the 公告 before the board's pledge.
std::optional<ListedNotice> flattened_listed_notice(const std::vector<structure::Paragraph>& ps) {
  for (std::size_t k = 0; k < ps.size() && k < 5; ++k) {
    std::string_view t = tx::trim(ps[k].text);
    auto code = t.find("证券代码");
    auto numbered = t.find("公告编号");
    if (code == std::string_view::npos || numbered == std::string_view::npos || code > 300 || numbered > code + 240) continue;
    auto pledge = t.find("本公司", numbered);
    auto about = t.find("关于", numbered);
    if (about == std::string_view::npos || pledge == std::string_view::npos || about > pledge) continue;
    auto end = t.rfind("公告", pledge);
    if (end == std::string_view::npos || end < about) continue;
    // (The company's name before 关于: the run back to the space before it, ending in 公司.)
    std::size_t name_end = about;
    while (name_end > 0 && t[name_end - 1] == ' ') --name_end;
    std::size_t from = name_end > 0 ? t.rfind(' ', name_end - 1) : std::string_view::npos;
    if (from == std::string_view::npos) continue;
    // (Not before the number's end: `公告编号：2024-012某某股份有限公司关于…`.)
    std::string number = number_after_label(t.substr(numbered));
    std::size_t number_end = number.empty() ? std::string_view::npos : t.find(number, numbered);
    if (number_end != std::string_view::npos && number_end + number.size() > from + 1 && number_end + number.size() < name_end) from = number_end + number.size() - 1;
    std::string_view company = t.substr(from + 1, name_end - from - 1);
    if (!company_name(company)) continue;
    ListedNotice n;
    std::size_t title_at = static_cast<std::size_t>(company.data() - t.data());
    n.title = {squeeze(t.substr(title_at, end + std::string_view("公告").size() - title_at)), ps[k].offset + static_cast<std::size_t>(t.data() - ps[k].text.data()) + title_at};
    n.company = {std::string(company), n.title.offset};
    if (!number.empty()) n.number = {number, ps[k].offset + static_cast<std::size_t>(t.data() - ps[k].text.data()) + numbered};
    signature_date(ps, k, n);
    page_date_above(ps, k, n);
    return n;
  }
  return std::nullopt;
}

// A Hong Kong listed company's announcement (公布, 公告): the exchange's disclaimer (`香港交易及结算所
// 有限公司及香港联合交易所有限公司对本公布的内容概不负责…`), the company's names, its stock code
// (`(股份代号:00801)`: no number of the announcement), the title under it, and the day after the
// board's signature (`承董事会命` … `香港,二零一七年二月二十八日`).
std::optional<ListedNotice> hong_kong_notice(const std::vector<structure::Paragraph>& ps) {
  std::size_t disclaimer = ps.size();
  for (std::size_t k = 0; k < ps.size() && k < 6 && disclaimer == ps.size(); ++k)
    if (tx::contains(ps[k].text, "联合交易所有限公司") && (tx::contains(ps[k].text, "概不负责") || (k + 1 < ps.size() && tx::contains(ps[k + 1].text, "概不负责")))) disclaimer = k;
  if (disclaimer == ps.size()) return std::nullopt;
  for (std::size_t k = disclaimer + 1; k < ps.size() && k < disclaimer + 12; ++k) {
    std::string q = squeeze(ps[k].text);
    if (!(tx::contains(q, "股份代号") || tx::contains(q, "股份编号") || tx::contains(q, "股票代号")) || tx::char_count(q) > 30) continue;
    ListedNotice n;
    for (std::size_t j = k; j-- > disclaimer + 1 && !n.company.present();)
      if (std::string c = squeeze(ps[j].text); company_name(c) && !tx::starts_with(c, "(") && !tx::starts_with(c, "（")) n.company = {c, ps[j].offset};
    std::string joined;
    for (std::size_t j = k + 1; j < ps.size() && j <= k + 2; ++j) {
      std::string_view t = tx::trim(ps[j].text);
      if (t.empty() || tx::more_visible_than(t, j == k + 1 ? 40 : 24) || tx::contains(t, "。") || tx::contains(t, "，") || tx::contains(t, ",")) break;
      joined += squeeze(t);  // (a second line only when short: the text's first line opens a sentence)
    }
    if (joined.empty() || !n.company.present()) return std::nullopt;
    n.title = {joined, ps[k + 1].offset};
    for (std::size_t j = ps.size(); j-- > k + 1 && j + 16 > ps.size() && !n.date;) {
      std::string q = squeeze(ps[j].text);
      for (std::string_view place : {"香港,", "香港，"})
        if (tx::starts_with(q, place))
          if (auto d = whole_date(std::string_view(q).substr(place.size()))) {
            n.date = *d;
            n.date_text = {std::string(tx::trim(ps[j].text)), ps[j].offset};
          }
    }
    return n;
  }
  return std::nullopt;
}

}  // namespace

std::optional<ListedNotice> parse_listed_notice(const std::vector<structure::Paragraph>& ps) {
  std::size_t head = ps.size();
  std::string numbered;
  for (std::size_t k = 0; k < ps.size() && k < 20 && head == ps.size(); ++k) {
    std::string q = squeeze(ps[k].text);
    if (!securities_line(q)) continue;
    head = k;
    numbered = number_after_label(tx::trim(ps[k].text));
    // (The line broken by the layout, `证券代码:603195 证券简称:` / `公牛集团 公告编号:2025-077`.)
    if (numbered.empty() && k + 1 < ps.size() && tx::contains(ps[k + 1].text, "公告编号") && !tx::more_visible_than(ps[k + 1].text, 40)) {
      head = k + 1;
      numbered = number_after_label(tx::trim(ps[k + 1].text));
    }
  }
  if (head == ps.size()) {
    if (auto flat = flattened_listed_notice(ps)) return flat;
    return hong_kong_notice(ps);
  }
  ListedNotice n;
  if (!numbered.empty()) {
    std::size_t at = ps[head].text.find(numbered);
    n.number = {numbered, at == std::string_view::npos ? ps[head].offset : ps[head].offset + at};
  }
  // The title: the lines under it up to the one ending in the 文种 (`…决议公告`, `…报告摘要`).
  std::string joined;
  for (std::size_t k = head + 1; k < ps.size() && k <= head + 3; ++k) {
    std::string_view t = tx::trim(ps[k].text);
    if (t.empty() || tx::more_visible_than(t, 60) || tx::contains(t, "。") || tx::contains(t, "，") || tx::contains(t, "；") || tx::contains(t, "：") || tx::contains(t, "本公司") ||
        tx::contains(t, "董事会及全体"))
      break;
    std::string q = squeeze(t);
    if (k == head + 1 && company_name(q)) n.company = {q, ps[k].offset};
    joined += q;
    bool typed = false;
    for (std::string_view end : {"公告", "报告", "报告摘要", "提示性公告", "公告（更正后）", "公告(更正后)", "说明", "通知", "意见", "函"})
      typed |= tx::ends_with(joined, end);
    if (typed) {
      n.title = {joined, ps[head + 1].offset};
      break;
    }
  }
  // (A title that names no 文种, `某某股份有限公司股东大会制度` over the board's pledge: the lines
  // that name the company, whole.)
  if (!n.title.present() && !joined.empty() && (tx::contains(joined, "有限公司") || n.company.present()) && tx::char_count(joined) <= 60)
    n.title = {joined, ps[head + 1].offset};
  if (!n.title.present()) return std::nullopt;
  n.report = !tx::ends_with(n.title.text, "公告") && (tx::ends_with(n.title.text, "报告") || tx::ends_with(n.title.text, "报告摘要"));
  // (No name over the title: the one it opens with, `某某股份有限公司关于…的公告`.)
  if (!n.company.present())
    for (std::string_view w : {"股份有限公司", "有限责任公司", "有限公司"})
      if (auto at = n.title.text.find(w); at != std::string::npos && !n.company.present()) n.company = {n.title.text.substr(0, at + w.size()), n.title.offset};
  signature_date(ps, head, n);
  page_date_above(ps, head, n);
  return n;
}

double detect_listed_notice(Document& doc, const ListedNotice& n) {
  doc.signal("securities line `证券代码… 证券简称… 公告编号…` over the title (上市公司公告)", 0.45);
  if (n.number.present()) doc.signal("document number (公告编号)", 0.20);
  if (n.date && !n.date_from_page) doc.signal("成文日期 under the board's signature", 0.10);
  return doc.score();
}

void write_listed_notice(Document& doc, const ListedNotice& n) {
  std::string elements = open_form(doc, n.report ? "report" : "announcement", n.report ? "报告" : "公告", "listed company (上市公司公告)", n.title);
  if (n.number.present()) {
    doc.set_field_json("doc_number", "{\"text\":" + json_string(n.number.text) + "}");
    add_element(elements, doc, "发文字号", n.number.text, n.number.offset);
  }
  if (n.company.present()) {
    doc.set_field_list("issuer", {n.company.text});
    doc.set_field("issuer_from", "title");
  }
  if (n.date && n.date_from_page) {
    doc.set_field("date", *n.date);
    doc.set_field("date_from", "page");
  } else {
    write_form_date(doc, elements, n.date, n.date_text);
  }
  doc.set_field_json("elements", elements + "]");
}

}  // namespace gongwen::official
