// The 发文字号: an organisation code, a bracketed year and a number with 号
// (国办发〔2018〕124号, in any bracket), read backwards from 号; an order's
// masthead with its 第N号; numbers cited in the body are not the document's.
#include "detail.hpp"

#include <algorithm>
#include <array>

namespace gongwen::official {

namespace tx = gongwen::text;
using gongwen::text::contains;
using structure::Paragraph;

namespace detail {

bool is_space_cp(char32_t c) { return tx::is_space(c); }

// A character that can be part of a document-number prefix (国办发, 沪交道运, GB).
bool org_char(char32_t c) { return tx::is_han(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Reads backwards from `i` (exclusive) over spaces; returns the new position.
std::size_t back_spaces(std::string_view s, std::size_t i) {
  while (i > 0) {
    std::size_t k = i;
    if (!is_space_cp(tx::prev_cp(s, k))) break;
    i = k;
  }
  return i;
}

// Reads a run of digits backwards ending at `i`; returns {value, start} or {-1, i}.
std::pair<long long, std::size_t> back_number(std::string_view s, std::size_t i) {
  std::size_t j = i;
  std::vector<int> digits;
  while (j > 0) {
    std::size_t k = j;
    char32_t c = tx::prev_cp(s, k);
    if (!is_digit_cp(c)) break;
    digits.push_back(digit_value(c));
    j = k;
    if (digits.size() > 6) return {-1, i};
  }
  if (digits.empty()) return {-1, i};
  long long v = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) v = v * 10 + *it;
  return {v, j};
}

// The organisation prefix ending at `i`: a run of Han or Latin letters.
std::pair<std::string, std::size_t> back_org(std::string_view s, std::size_t i, bool allow_dun) {
  std::size_t j = i;
  std::size_t chars = 0;
  while (j > 0 && chars < 40) {
    std::size_t k = j;
    char32_t c = tx::prev_cp(s, k);
    if (!(org_char(c) || (allow_dun && c == U'、'))) break;
    j = k;
    ++chars;
  }
  std::string org(s.substr(j, i - j));
  // A date glued before it (`2015年7月16日以粤科规财字〔2015〕104号发布`): the day's 日 and the
  // preposition after it are the sentence's.
  // (A month's day, `7月16日`: not a code of 日照's, `日政发`, after a stray digit.)
  auto [day, day_at] = back_number(s, j);
  std::size_t month_at = day_at;
  if (tx::starts_with(org, "日") && day >= 1 && day <= 31 && tx::char_count(s.substr(day_at, j - day_at)) <= 2 && day_at > 0 && tx::prev_cp(s, month_at) == U'月') {
    std::size_t skip = std::string_view("日").size();
    for (std::string_view p : {"以", "按"})
      if (std::string_view(org).substr(skip).starts_with(p)) skip += p.size();
    j += skip;
    org = org.substr(skip);
  }
  // A title glued before the number (`…问题的复函国办函〔2004〕20号`): the
  // organisation starts after it.
  if (std::size_t e = title_end(org, 0, 40); e != std::string_view::npos && e < org.size()) {
    j += e;
    org = org.substr(e);
  }
  // A title's end glued before the number without its 关于 in reach (`…》的通知国数综政策〔2025〕122号`):
  // the organisation starts after the 文种.
  for (const auto& t : doc_types()) {
    std::string tail = "的" + std::string(t.chinese);
    auto p = org.rfind(tail);
    if (p != std::string::npos && p + tail.size() < org.size()) {
      j += p + tail.size();
      org = org.substr(p + tail.size());
    }
  }
  // A date glued before it in a flattened head (`二○一四年十一月十八日杨府办发〔2014〕115号`): the
  // organisation starts after the date's 日.
  if (auto d = org.rfind("日"); d != std::string::npos && d + 3 < org.size() && org.rfind("月", d) != std::string::npos) {
    j += d + 3;
    org = org.substr(d + 3);
  }
  // A head glued to the number: `国家电网有限公司加急办值通(2020)638号`.
  for (std::string_view mark : {"特急", "加急", "平急", "特提", "明电"}) {
    auto p = org.rfind(mark);
    if (p != std::string::npos && p + mark.size() < org.size() && mark != "明电") {
      j += p + mark.size();
      org = org.substr(p + mark.size());
    }
  }
  // A telegram's class before its code (`特急·明电鲁政办发明电〔2021〕1号`): codes end
  // with 明电, none starts with it.
  for (std::string_view mark : {"明电", "密电"})
    if (tx::starts_with(org, mark) && tx::char_count(org) >= 4) {
      j += mark.size();
      org = org.substr(mark.size());
    }
  return {org, j};
}

// Document number ending with the 号 at `hao` (byte offset of 号).
std::optional<DocNumber> number_at(std::string_view s, std::size_t hao) {
  std::size_t i = back_spaces(s, hao);
  const std::size_t digits_end = i;
  auto [num, nstart] = back_number(s, i);
  if (num < 0) return std::nullopt;
  i = back_spaces(s, nstart);
  bool di = false;
  if (i >= 3 && s.substr(i - 3, 3) == "第") {
    di = true;
    i = back_spaces(s, i - 3);
  }
  DocNumber d;
  d.number = num;
  std::size_t begin = kNone;
  std::size_t k = i;
  char32_t c = i > 0 ? tx::prev_cp(s, k) : 0;
  if (tx::year_bracket_closing(c)) {
    // 〔2018〕124号 / [1997]赔他字第10号 (year first, org between)
    std::size_t y = back_spaces(s, k);
    auto [year, ystart] = back_number(s, y);
    std::size_t o = back_spaces(s, ystart);
    std::size_t k2 = o;
    if (year < 1949 || year > 2100 || o == 0 || !tx::year_bracket_open(tx::prev_cp(s, k2))) return std::nullopt;
    d.year = static_cast<int>(year);
    auto [org, ostart] = back_org(s, back_spaces(s, k2), false);
    if (org.empty()) return std::nullopt;
    d.org = org;
    begin = ostart;
    // A title the number follows on its line (`某市人民政府土地征收预公告〔2021〕第25号`): a subject
    // between the organ and the 文种, where an organ's own series has none (`国家税务总局公告`).
    for (const auto& t : doc_types())
      if (tx::ends_with(org, t.chinese) && tx::char_count(org) >= 8) {
        std::string_view named = std::string_view(org).substr(0, org.size() - t.chinese.size());
        if (organ_like(named)) break;
        d.org.clear();
        begin = k2;
        break;
      }
  } else if (org_char(c)) {
    // `2019年第116号`, `国务院令 第837号`, `[1997]赔他字第10号`
    std::size_t at = i;
    if (di && at >= 3 && s.substr(at - 3, 3) == "年") {
      std::size_t y = back_spaces(s, at - 3);
      auto [year, ystart] = back_number(s, y);
      if (year < 1949 || year > 2100) return std::nullopt;
      d.year = static_cast<int>(year);
      auto [org, ostart] = back_org(s, back_spaces(s, ystart), true);
      // The masthead's 文种 over the number (`公 告` / `2026 年 第 18 号`) is no organisation.
      for (const auto& t : doc_types())
        if (org == t.chinese) org.clear();
      // A joint 公告 names every organ, spaced (`商务部 海关总署公告2025年第54号`).
      while (tx::ends_with(org, "公告") && ostart > 0) {
        std::size_t gap = back_spaces(s, ostart);
        if (gap == ostart) break;
        auto [before, bstart] = back_org(s, gap, false);
        if (before.empty() || tx::char_count(before) > 16 || !organ_like(before)) break;
        org = before + " " + org;
        ostart = bstart;
      }
      d.org = org;
      begin = org.empty() ? ystart : ostart;
    } else {
      auto [org, ostart] = back_org(s, at, false);
      std::size_t k3 = ostart;
      char32_t before = ostart > 0 ? tx::prev_cp(s, k3) : 0;
      if (tx::year_bracket_closing(before)) {  // year first
        std::size_t y = back_spaces(s, k3);
        auto [year, ystart] = back_number(s, y);
        // (The 1980s wrote the year in two digits there: `〔81〕法民字第2号`.)
        if (year >= 50 && year <= 99 && y - ystart == 2) year += 1900;
        std::size_t k4 = ystart;
        if (year < 1949 || year > 2100 || ystart == 0 || !tx::year_bracket_open(tx::prev_cp(s, k4))) return std::nullopt;
        d.year = static_cast<int>(year);
        d.org = org;
        begin = k4;
      } else if (di && !org.empty() && (tx::ends_with(org, "令") || tx::ends_with(org, "届"))) {
        // `国务院令第837号`; a standing committee's 公告 by its term: `十四届第3号`.
        // (Glued to what cites it, `…移民安置条例国务院令`, the masthead starts after the title.)
        if (tx::char_count(org) > 12)
          for (std::string_view end : {"条例", "办法", "规定", "细则", "决定"})
            if (auto p = org.rfind(end); p != std::string::npos && p + end.size() < org.size()) {
              ostart += p + end.size();
              org = org.substr(p + end.size());
            }
        d.org = org;
        begin = ostart;
      } else if (!di && at == nstart && digits_end - nstart >= 5 && digits_end - nstart <= 8 &&
                 s.substr(nstart, digits_end - nstart).find_first_not_of("0123456789") == std::string_view::npos &&
                 tx::char_count(org) >= 2 && tx::char_count(org) <= 8 && s[nstart + 4] != '0') {
        // A year and a number run together, their brackets stripped (`粤府函202382号`): read
        // when the code ends as codes do and the year is one.
        long long year = std::stoll(std::string(s.substr(nstart, 4)));
        bool code = false;
        for (std::string_view e : {"发", "函", "字", "办", "电", "通", "复", "规", "文", "告"}) code |= tx::ends_with(org, e);
        if (!code || year < 1949 || year > 2100) return std::nullopt;
        d.year = static_cast<int>(year);
        d.number = std::stoll(std::string(s.substr(nstart + 4, digits_end - nstart - 4)));
        d.bracketless = true;
        d.org = org;
        begin = ostart;
      } else {
        return std::nullopt;
      }
    }
  } else if (di && is_digit_cp(c)) {
    // `2018第3号` (a 公告's number with its 年 left out): the year, then 第N号.
    auto [year, ystart] = back_number(s, i);
    if (year < 1949 || year > 2100) return std::nullopt;
    d.year = static_cast<int>(year);
    begin = ystart;
  } else if (di) {
    // `2026 年 第 18 号` after spaces: handled above through 年; nothing else
    return std::nullopt;
  } else {
    return std::nullopt;
  }
  d.found.text = std::string(s.substr(begin, hao + 3 - begin));
  d.found.offset = begin;
  return d;
}

std::optional<DocNumber> number_in(std::string_view s, std::size_t base) {
  for (std::size_t h = s.find("号"); h != std::string_view::npos; h = s.find("号", h + 3)) {
    auto d = number_at(s, h);
    if (!d) continue;
    // A number cited after a 《title》 (`《…请示》（浙公治[2006]65号）收悉`) is not this document's.
    std::size_t before = d->found.offset;
    std::size_t k = back_spaces(s, before);
    std::size_t k2 = k;
    char32_t c = k > 0 ? tx::prev_cp(s, k2) : 0;
    if (tx::year_bracket_open(c)) {
      std::size_t k3 = back_spaces(s, k2);
      std::size_t k4 = k3;
      if (k3 > 0 && tx::prev_cp(s, k4) == U'》') continue;
    }
    if (contains(s.substr(h, 30), "收悉")) continue;
    d->found.offset += base;
    return d;
  }
  return std::nullopt;
}

// A title numbered before its 文种 (`哈尔滨市…指挥部第59号公告`, `国家税务总局2023年第3号公告`,
// `…〔2022〕第3号通告`): its number, from the year when one stands before 第N号
// (`found.offset` into the title; `org` the organ before it), or nothing.
std::optional<DocNumber> numbered_in_title(std::string_view s, std::string_view suffix) {
  if (!tx::ends_with(s, suffix)) return std::nullopt;
  auto head = s.substr(0, s.size() - suffix.size());
  if (!tx::ends_with(head, "号")) return std::nullopt;
  auto di = head.rfind("第");
  if (di == std::string_view::npos || di == 0) return std::nullopt;
  auto digits = head.substr(di + 3, head.size() - di - 6);
  auto number = tx::char_count(digits) <= 6 ? tx::parse_number(digits) : std::nullopt;
  if (digits.empty() || !number) return std::nullopt;
  DocNumber d;
  d.number = *number;
  std::size_t from = di;
  auto before = head.substr(0, di);
  std::size_t y = before.size();
  char32_t close = y ? tx::prev_cp(before, y) : 0;
  if ((close == U'年' || tx::year_bracket_closing(close)) && y >= 4 &&
      std::all_of(before.begin() + static_cast<std::ptrdiff_t>(y - 4), before.begin() + static_cast<std::ptrdiff_t>(y),
                  [](char c) { return c >= '0' && c <= '9'; })) {
    std::size_t k = y - 4;
    // (A bracketed year with the bracket that opens it.)
    if (close == U'年' || (k > 0 && tx::year_bracket_open(tx::prev_cp(before, k)))) {
      from = close == U'年' ? y - 4 : k;
      d.year = std::stoi(std::string(before.substr(y - 4, 4)));
    }
  }
  d.org = std::string(s.substr(0, from));
  d.found = {std::string(head.substr(from)), from};
  return d;
}

void find_number(const std::vector<Paragraph>& ps, Elements& e, std::size_t title_at) {
  // The head before the title and the lines right after it, up to the body;
  // in a flattened document, the start of the title's paragraph. A number
  // inside the title is a cited one (`关于贯彻中政委〔2014〕5号文件…`).
  if (ps.empty()) return;
  std::size_t from = e.body_from;
  std::size_t to = title_at == kNone ? std::min(ps.size(), from + 8) : window_end(ps, e.title.last_paragraph + 1, 8);
  std::size_t title_begin = e.title.found.present() ? e.title.found.offset : kNone;
  std::size_t title_end = title_begin == kNone ? kNone : ps[std::min(e.title.last_paragraph, ps.size() - 1)].offset + ps[std::min(e.title.last_paragraph, ps.size() - 1)].text.size();
  // An order's masthead (`中华人民共和国国务院令`) with its number on the next
  // line (`第768号`): the two make the number, as it is cited.
  // A title read from a wrapper (<title>, a dataset's title column) has no paragraph of its
  // own: the body's first paragraph follows it.
  bool own_paragraph = e.title.last_paragraph != kNone && e.title.last_paragraph < ps.size();
  std::size_t after_title = own_paragraph ? e.title.last_paragraph + 1 : e.body_from;
  if (own_paragraph && after_title + 1 < ps.size() && never_title_line(ps[after_title].text)) ++after_title;  // (`Original URL: …`)
  if (title_begin != kNone && tx::ends_with(e.title.found.text, "令") && after_title < ps.size()) {
    std::string next = squeeze(ps[after_title].text);
    // (Bracketed as a law database prints it under the masthead: `（第16号）`.)
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
      if (tx::starts_with(next, open) && tx::ends_with(next, close) && next.size() > open.size() + close.size())
        next = next.substr(open.size(), next.size() - open.size() - close.size());
    if (tx::starts_with(next, "第") && tx::ends_with(next, "号") && tx::char_count(next) <= 12) {
      std::string joined = e.title.found.text + next;
      if (auto d = number_in(joined, title_begin); d && d->found.text.size() == joined.size()) {
        e.number = d;
        return;
      }
      // A joint order's masthead (seven organs over `令`) is no organisation code: the number alone.
      if (auto n = tx::parse_number(std::string_view(next).substr(3, next.size() - 6))) {
        DocNumber d;
        d.found = {next, ps[after_title].offset};
        d.org = e.title.found.text;  // the key cites it whole: `…国家广播电视总局令第15号`
        d.number = *n;
        e.number = d;
        return;
      }
    }
  }
  // (Or on its line after it, `…农业农村部公告第 242 号`: the number as the masthead's.)
  if (own_paragraph && (tx::ends_with(e.title.found.text, "公告") || tx::ends_with(e.title.found.text, "通告")))
    if (std::string line = squeeze(ps[e.title.last_paragraph].text); tx::starts_with(line, e.title.found.text) && line.size() > e.title.found.text.size() + 6)
      if (std::string rest = line.substr(e.title.found.text.size()); tx::order_number_prefix(rest) == rest.size())
        if (auto n = tx::parse_number(std::string_view(rest).substr(3, rest.size() - 6))) {
          e.number = DocNumber{};  // (its org the masthead: cited whole, `…农业农村部公告第242号`)
          e.number->found = {rest, ps[e.title.last_paragraph].offset}, e.number->org = e.title.found.text, e.number->number = *n;
          return;
        }
  // A 公告's number under it, bracketed or not (`（十四届第3号）`, `2024年第5号`).
  if (title_begin != kNone && tx::ends_with(e.title.found.text, "公告") && after_title < ps.size()) {
    const auto& line = ps[after_title];
    std::string next = squeeze(line.text);
    std::size_t lead = 0;
    for (std::string_view o : {"（", "("})
      if (tx::starts_with(next, o)) lead = o.size();
    std::string inner = next.substr(lead);
    for (std::string_view c : {"）", ")"})
      if (tx::ends_with(inner, c)) inner.resize(inner.size() - c.size());
    if (tx::ends_with(inner, "号") && tx::char_count(inner) <= 16)
      if (auto d = number_in(inner, 0); d && d->found.text.size() == inner.size()) {
        // The offset in the paragraph as printed (spaces may precede the number).
        auto at = line.text.find(d->found.text.substr(0, 3));
        d->found.offset = line.offset + (at == std::string_view::npos ? 0 : at);
        e.number = d;
        return;
      }
    // A standing committee numbers its 公告 in one series per term, the term
    // bracketed and the number in words as often as digits: `〔十一届〕第四十号`.
    {
      std::string plain;
      for (std::size_t k = 0; k < next.size();) {
        std::size_t b = k;
        char32_t c = tx::next_cp(next, k);
        if (!tx::year_bracket_open(c) && !tx::year_bracket_closing(c)) plain.append(next, b, k - b);
      }
      // (Or by the year, bracketed, and no organ's code: `〔2021〕第2号`.)
      if (plain.size() > 4 + 6 && std::all_of(plain.begin(), plain.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
          plain.compare(4, 3, "第") == 0 && tx::ends_with(plain, "号") && tx::char_count(plain) <= 12 && plain != next)
        if (auto v = tx::parse_number(std::string_view(plain).substr(7, plain.size() - 10)); v && *v > 0) {
          DocNumber d;
          d.found = {std::string(next), line.offset + static_cast<std::size_t>(tx::trim(line.text).data() - line.text.data())};
          d.year = std::stoi(plain.substr(0, 4));
          d.number = *v;
          e.number = d;
          return;
        }
      auto jie = plain.find("届第");
      if (jie != std::string::npos && tx::ends_with(plain, "号") && tx::char_count(plain) <= 16) {
        std::string_view term = std::string_view(plain).substr(0, jie);
        std::string_view digits = std::string_view(plain).substr(jie + 6, plain.size() - jie - 9);
        auto t = tx::parse_number(term);
        auto v = tx::parse_number(digits);
        if (t && v && *t > 0 && *v > 0) {
          DocNumber d;
          d.found.text = tx::strip_spaces(line.text);
          d.found.offset = line.offset;
          d.org = std::string(term) + "届";
          d.number = *v;
          e.number = d;
          return;
        }
      }
    }
    // `（第38号）` alone: a standing committee numbers its 公告 in one series per term.
    if (tx::starts_with(inner, "第") && tx::ends_with(inner, "号") && inner.size() > 6) {
      std::string_view digits = std::string_view(inner).substr(3, inner.size() - 6);
      if (auto v = tx::parse_number(digits); v && *v > 0) {
        DocNumber d;
        d.found.text = inner;
        auto at = line.text.find("第");
        d.found.offset = line.offset + (at == std::string_view::npos ? 0 : at);
        d.number = *v;
        e.number = d;
        return;
      }
    }
  }
  // Or on the same line (`…总局令〔2026〕第1号（…办法）`): the number's
  // organisation is the whole masthead, every joint issuer in it.
  if (title_begin != kNone && own_paragraph && tx::ends_with(e.title.found.text, "令")) {
    std::string line = squeeze(ps[e.title.last_paragraph].text);
    auto at = line.find(e.title.found.text);
    if (at != std::string::npos) {
      std::string_view rest = std::string_view(line).substr(at + e.title.found.text.size());
      if (std::size_t n = tx::order_number_prefix(rest)) {
        std::string joined = e.title.found.text + std::string(rest.substr(0, n));
        if (auto d = number_in(joined, title_begin); d && tx::ends_with(joined, d->found.text) && tx::ends_with(e.title.found.text, d->org)) {
          d->org = e.title.found.text;
          d->found.text = joined;
          d->found.offset = title_begin;
          e.number = d;
          return;
        }
        // The number bracketed after the masthead, as law sites print it (`湖北省人民政府令（第52号）`,
        // `中华人民共和国主席令（九届第37号）`): the count after 第.
        std::string_view inside = rest.substr(0, n);
        if (auto di = inside.find("第"); di != std::string_view::npos) {
          std::string_view digits = inside.substr(di + 3);
          if (auto h = digits.find("号"); h != std::string_view::npos)
            if (auto v = tx::parse_number(digits.substr(0, h)); v && *v > 0) {
              DocNumber d;
              d.found = {joined, title_begin};
              d.org = e.title.found.text;
              d.number = *v;
              e.number = d;
              return;
            }
        }
      }
    }
  }
  // Numbered in its own title (`…指挥部第59号公告`): its number, when the head gives none.
  std::optional<DocNumber> numbered;
  if (title_begin != kNone && e.title.type && !contains(e.title.found.text, "关于"))
    if ((numbered = numbered_in_title(e.title.found.text, e.title.type->chinese))) numbered->found.offset += title_begin;
  for (std::size_t i = from; i < to; ++i) {
    std::string_view t = ps[i].text;
    bool flattened = tx::char_count(t) > 200;
    // (A body without its title cites other numbers in its first sentence: `…的通知（中发〔1986〕12号）`.)
    bool prose = body_paragraph(t) || (e.title.headless && tx::char_count(t) > 40 && (contains(t, "，") || contains(t, ",")));
    if (((title_at != kNone && i > e.title.last_paragraph) || e.title.headless) && prose && !flattened) {
      // (A labelled number may follow a lead paragraph, `安全公告编号:…` under a platform's blurb:
      // its label says what it is.)
      for (std::size_t k = i + 1; k < std::min(to, i + 8) && !e.number; ++k)
        if (auto d = labelled_number(ps[k].text, ps[k].offset); d && !number_in(ps[k].text, ps[k].offset)) e.number = d;
      if (e.number) return;
      break;
    }
    if (flattened) t = t.substr(0, std::min<std::size_t>(t.size(), 900));
    std::size_t base = ps[i].offset;
    if (auto d = labelled_number(t, base); d && !number_in(t, base)) {
      e.number = d;
      return;
    }
    // A number line over the title that lost its 号 (`吴政发[2015]20`): the line is the number.
    if (title_at != kNone && i < title_at && !tx::more_visible_than(t, 20)) {
      std::string q = squeeze(t);
      if (!q.empty() && q.back() >= '0' && q.back() <= '9')
        if (auto d = number_in(q + "号", 0); d && d->found.offset == 0 && d->found.text.size() == q.size() + 3 && d->year && !d->org.empty()) {
          auto trimmed = tx::trim(t);
          d->found = {std::string(trimmed), base + static_cast<std::size_t>(trimmed.data() - t.data())};
          e.number = d;
          return;
        }
    }
    for (std::size_t at = 0; at < t.size();) {
      auto d = number_in(t.substr(at), base + at);
      if (!d) break;
      bool in_title = title_begin != kNone && d->found.offset >= title_begin && d->found.offset < title_end &&
                      e.title.found.text.find(squeeze(d->found.text)) != std::string::npos;
      // (Inside a 《》 it is the cited document's: `原《…工作规定（教发〔2016〕42号）》同时废止`; so is one
      // a sentence grounds itself on (根据, 按照, 依据, 依照, 参照, read with its organ: `根据省政府令〔2020〕第2号修正`, `要认真按照国办发…`).)
      std::size_t open = t.rfind("《", d->found.offset - base), close = t.rfind("》", d->found.offset - base);
      bool quoted = open != std::string_view::npos && (close == std::string_view::npos || close < open);
      for (std::string_view verb : {"根据", "按照", "依据", "依照", "参照"}) quoted |= contains(d->org, verb);
      if (!in_title && !quoted) {
        e.number = d;
        return;
      }
      at = d->found.offset - base + d->found.text.size();
    }
  }
  if (numbered) {
    e.number = numbered;
    return;
  }
  // Or a page's information table under the text, its labels in one row and their values in the
  // rows below (`索 引 号 文 号 发布机构 发布日期` / `N001-2011-000627 宛政〔2011〕7号`).
  for (std::size_t i = std::max(e.body_from, ps.size() > 15 ? ps.size() - 15 : 0); i + 1 < ps.size(); ++i) {
    std::string q = squeeze(ps[i].text);
    if (tx::more_visible_than(q, 60) || !(contains(q, "文号") || contains(q, "发文字号"))) continue;
    int labels = 0;
    for (std::string_view l : {"索引号", "文号", "发布机构", "发文机关", "发布日期", "成文日期", "公开范围", "公开方式", "主题分类", "发布时间"})
      labels += contains(q, l);
    if (labels < 3) continue;
    for (std::size_t j = i + 1; j < ps.size() && j <= i + 2; ++j)
      if (auto d = number_in(ps[j].text, ps[j].offset)) {
        e.number = d;
        return;
      }
  }
  // Or a page's listing of the file under the text, its number before its title
  // (`福软办〔2023〕26号 关于2023年秋季学期开学的通知`).
  if (title_begin == kNone) return;
  for (std::size_t i = ps.size(); i-- > e.title.last_paragraph + 1 && i + 6 >= ps.size();) {
    std::string q = squeeze(ps[i].text);
    if (!tx::ends_with(q, e.title.found.text) || q.size() == e.title.found.text.size()) continue;
    std::string_view head = std::string_view(q).substr(0, q.size() - e.title.found.text.size());
    if (auto d = number_in(head, 0); d && d->found.text.size() == head.size()) {
      auto at = ps[i].text.find(d->found.text);
      if (at == std::string_view::npos) return;  // (spaced apart inside the number: no offset to give)
      d->found.offset = ps[i].offset + at;
      e.number = d;
    }
    return;
  }
}

}  // namespace detail

using namespace detail;

std::optional<DocNumber> find_doc_number(std::string_view s, std::size_t from) {
  return from >= s.size() ? std::nullopt : number_in(s.substr(from), from);
}

const DocType* doc_type_of_number(std::string_view number) {
  std::string n = squeeze(number);
  auto di = n.rfind("第");
  if (di == std::string::npos || di == 0 || !tx::ends_with(n, "号")) return nullptr;
  std::string_view head = std::string_view(n).substr(0, di);
  // (Its year before 第, `2026年`, `〔2024〕`.)
  for (std::string_view close : {"年", "〕", "]", "）", ")"})
    if (tx::ends_with(head, close) && head.size() >= close.size() + 4) {
      std::string_view y = head.substr(head.size() - close.size() - 4, 4);
      if (std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        head.remove_suffix(close.size() + 4);
        if (close != "年" && !head.empty()) {
          std::size_t k = head.size();
          if (tx::year_bracket_open(tx::prev_cp(head, k))) head = head.substr(0, k);
        }
      }
      break;
    }
  for (std::string_view w : {"公告", "通告", "令"})
    if (tx::ends_with(head, w) && tx::char_count(head) >= tx::char_count(w) + 2) return doc_type_named(w);
  return nullptr;
}

}  // namespace gongwen::official
