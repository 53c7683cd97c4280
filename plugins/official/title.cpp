// The title of an official document (标题): found among the head's lines,
// wrapped over up to four of them or prefixed to a flattened text, cleaned of
// page furniture (its parts: title_parts.cpp); and the 文种 a title names.
#include <cctype>

#include "detail.hpp"

#include <algorithm>
#include <array>

namespace gongwen::official {

namespace tx = gongwen::text;
using gongwen::text::contains;
using structure::Paragraph;

namespace detail {


// 文种 suffixes, longest first; `needs_guanyu`: only a title with 关于 is one
// (`政府工作报告`, `…的几点意见` alone are other things; `…实施意见`, `…指导意见`
// name the 文种 without it: `中山市义务教育阶段学校招生工作意见`).
struct Suffix {
  std::string_view text;
  std::size_t type;  // index into doc_types()
  bool needs_guanyu;
};

const std::vector<DocType>& types() {
  static const std::vector<DocType> t = {
      {"通知", "notice"},       {"意见", "opinion"},      {"决定", "decision"},     {"命令", "order"},
      {"公报", "communique"},   {"公告", "announcement"}, {"通告", "public_notice"}, {"通报", "circular"},
      {"报告", "report"},       {"请示", "request"},      {"批复", "reply"},        {"议案", "motion"},
      {"函", "letter"},         {"纪要", "minutes"},      {"决议", "resolution"},
      // 布告: the older form of 通告, still how courts and public security
      // announce to the public.
      {"布告", "public_notice"},
      // Outside the 15, as organs use them: a 公示 announces a result for
      // objection (a public notice); a 倡议书 or 公开信 is a letter to the public.
      {"公示", "public_notice"}, {"倡议书", "letter"}, {"公开信", "letter"},
      // A 预告 gives notice of a step to come on named people (`中层干部考察预告`), as a 公示 does.
      {"预告", "public_notice"}};
  return t;
}

// 批覆 and 覆函: the traditional forms, which a fold to simplified keeps (覆 is
// also a simplified character).
const std::array<Suffix, 45>& suffixes() {
  static const std::array<Suffix, 45> s = {{{"会议纪要", 13, false},
                                            // A department's budget or final accounts as every organ discloses
                                            // them a year (`…2019年度部门决算公开`): a report.
                                            {"部门决算公开", 8, false},
                                            {"部门预算公开", 8, false},
                                            {"决算公开说明", 8, false},
                                            {"预算公开说明", 8, false},
                                            {"部门决算", 8, false},
                                            {"部门预算", 8, false},
                                            {"实施意见", 1, false},
                                            {"指导意见", 1, false},
                                            {"工作意见", 1, false},
                                            {"若干意见", 1, false},
                                            {"倡议书", 17, false},
                                            {"的倡议", 17, true},
                                            {"公开信", 18, false},
                                            {"一封信", 18, false},
                                            {"公示", 16, false},
                                            {"预告", 19, false},
                                            {"的复函", 12, false},
                                            {"的覆函", 12, false},
                                            {"的函", 12, false},
                                            {"复函", 12, true},
                                            {"覆函", 12, true},
                                            // A decision as an organ discloses it (`…行政处罚信息公开表`) or serves it
                                            // (`行政处罚决定书`, `复议决定书`).
                                            {"处罚信息公开表", 2, false},
                                            {"决定书", 2, false},
                                            // (What residents are told to do, `…封闭期间告知书`: a notice.)
                                            {"告知书", 0, false},
                                            {"通知", 0, false},
                                            {"意见", 1, true},
                                            {"决定", 2, true},
                                            {"命令", 3, false},
                                            {"公报", 4, false},
                                            {"公告", 5, false},
                                            {"通告", 6, false},
                                            {"布告", 15, false},
                                            {"通报", 7, true},
                                            // (The old mixed name, `…用水困难的请示报告`: it asks, as a 请示 does.)
                                            {"请示报告", 9, true},
                                            {"报告", 8, true},
                                            {"请示", 9, true},
                                            {"批复", 10, false},
                                            {"批覆", 10, false},
                                            {"议案", 11, true},
                                            {"纪要", 13, false},
                                            {"决议", 14, false},
                                            {"函", 12, true},
                                            {"令", 3, false},
                                            {"", 0, false}}};
  return s;
}

// The verbs of an issuing notice's title, `…关于印发…` (cut_issuing_title, and the scan that asks it).
constexpr std::string_view kIssuingVerbs[] = {"关于印发", "关于转发", "关于批转"};

// Whether a line can end in a 文种 at all, told by its last character: a Han character that
// ends no 文种's name ends no title (what doc_type_of_title drops after one, `（试行）`, `[1]`,
// `（2017年第13号）`, ends in a bracket or 号). The prefix scans ask this at every character,
// where doc_type_of_title copies the whole prefix.
bool may_end_in_type(std::string_view t) {
  static const std::u32string finals = [] {
    std::u32string f = U"号";
    for (const auto& sx : suffixes())
      if (!sx.text.empty()) {
        std::size_t at = sx.text.size();
        f += tx::prev_cp(sx.text, at);
      }
    return f;
  }();
  t = tx::trim(t);
  if (t.empty()) return false;
  std::size_t at = t.size();
  char32_t c = tx::prev_cp(t, at);
  return !(c >= 0x4E00 && c <= 0x9FFF) || finals.find(c) != std::u32string::npos;
}

bool proclaimed_order(std::string_view t) {
  for (std::string_view w : {"禁火令", "禁烧令", "禁渔令", "休渔令", "禁捕令", "禁牧令", "禁猎令", "禁采令", "禁放令", "防火令", "封山令",
                             "戒严令", "动员令", "嘉奖令", "通缉令", "特赦令"})
    if (tx::ends_with(t, w)) return true;
  return false;
}

// An organ's order named by its serial, `某某县…防控工作指挥部6号令`, `…指挥部第3号令`.
static bool serial_order(std::string_view t) {
  if (!tx::ends_with(t, "号令")) return false;
  t.remove_suffix(std::string_view("号令").size());
  std::size_t at = t.size(), digits = 0;
  for (std::size_t b = at; at > 0 && digits < 4; at = b, ++digits) {
    char32_t c = tx::prev_cp(t, b);
    if (!(tx::is_cn_numeral(c) || (c >= U'0' && c <= U'9'))) break;
  }
  if (digits == 0) return false;
  t = t.substr(0, at);
  if (tx::ends_with(t, "第")) t.remove_suffix(std::string_view("第").size());
  // (The organ named from its place, `某某县…指挥部`; not a headline's verb before it, `某镇全面落实县…指挥部6号令`.)
  for (std::string_view verb : {"落实", "贯彻", "执行", "发布", "签发", "学习", "解读", "关于"})
    if (contains(t, verb)) return false;
  return tx::char_count(t) >= 4 && organ_like(t) && !detail::leading_place(t).empty();
}

// Title: a paragraph (or up to four short wrapped ones) ending with a 文种.
Title find_title(const std::vector<Paragraph>& ps, std::size_t from) {
  Title best;
  // A line is tested as a title's start and again as the next line of up to
  // five starts above it: each test is made once (detect() runs this on every document).
  constexpr std::size_t kLines = 30 + 10;
  std::array<signed char, kLines> no_title{};  // 0 unknown, 1 yes, -1 no
  auto no_title_line = [&](std::size_t j) {
    // (A line of over 200 characters is in no title: told before any test reads it whole.)
    if (tx::more_visible_than(ps[j].text, 200)) return true;
    if (j < from || j - from >= kLines) return head_line(ps[j].text) || never_title_line(ps[j].text);
    signed char& m = no_title[j - from];
    if (!m) m = head_line(ps[j].text) || never_title_line(ps[j].text) ? 1 : -1;
    return m > 0;
  };
  std::size_t prose = 0;  // paragraphs of prose passed: a 公文's title stands over its body
  for (std::size_t i = from; i < ps.size() && i < from + 30; ++i) {
    if (tx::more_visible_than(ps[i].text, 60) && tx::ends_sentence(tx::trim(ps[i].text)) && ++prose >= 3) break;
    // Over 200 characters a line starts no title (the join below stops
    // there): told before the line tests copy a body paragraph.
    if (tx::more_visible_than(ps[i].text, 200)) continue;
    // (Though the organ's line reads as a masthead, and the search may start under it.)
    if (auto t = organ_over_type(ps, i); t.type) return t;
    if (i == from && i > 0)
      if (auto t = organ_over_type(ps, i - 1); t.type) return t;
    if (no_title_line(i)) continue;
    // (A line without a Chinese character, `The Beginning` a page left over the title, starts none.)
    if (tx::han_count(ps[i].text) == 0) continue;
    // The 附件说明 (`附件：1.…3.…意见征询公示`) lists attachments, it names none of them as the title.
    if (tx::starts_with(squeeze(ps[i].text), "附件")) continue;
    // A numbered line (`2.建群并发布通知`, `（三）…的通知`) is an item of a body, never a title.
    if (tx::parse_marker(ps[i].text)) continue;
    // A column's label over the title (`政策解读` over `…关于…的通知`): the next line is a
    // title by itself, and the label names no organ that would issue it.
    // (Or a column of news or notices, `新闻动态` over `某某医院…调整部分诊疗工作通告`.)
    if (i + 1 < ps.size() && !tx::more_visible_than(ps[i].text, 8) && !organ_like(squeeze(ps[i].text))) {
      std::string next = clean_title(squeeze(ps[i + 1].text)), label = squeeze(ps[i].text);
      bool column = false;
      for (std::string_view w : {"动态", "新闻", "要闻", "资讯", "公告", "公示"}) column |= tx::ends_with(label, w) && label.size() > w.size();
      if ((contains(next, "关于") || (column && tx::char_count(next) >= 8)) && doc_type_of_title(next)) continue;
    }
    // Or a site's slogan over an organ's own title (`兵在掌上阅 亮剑弹指间` over
    // `全国人民代表大会常务委员会公告`): the title below names its organ in full by itself.
    // (Two phrases apart, as a slogan is set: `中华人民共和国` over `农业农村部公告` is the title's.)
    if (i + 1 < ps.size() && !tx::more_visible_than(ps[i].text, 20) && !contains(ps[i].text, "关于") && !organ_like(squeeze(ps[i].text)) &&
        tx::strip_spaces(ps[i].text).size() < tx::trim(ps[i].text).size()) {
      std::string next = clean_title(squeeze(ps[i + 1].text));
      if (const DocType* type = doc_type_of_title(next); type && tx::ends_with(next, type->chinese) && !contains(next, "关于")) {
        std::string_view organ = std::string_view(next).substr(0, next.size() - type->chinese.size());
        if (tx::char_count(organ) >= 4 && organ_like(organ)) continue;
      }
    }
    std::string joined;
    std::size_t start = ps[i].offset;
    // Four lines; six when the first two are organs (a joint title names each
    // issuer on its own line: three organs, then 关于… over two lines).
    // (A joint order names every organ on its own line over `令`: as many lines as there are
    // organs, and two more.)
    std::size_t most = 4;
    if (i + 1 < ps.size() && organ_like(squeeze(ps[i].text)) && organ_like(squeeze(ps[i + 1].text))) {
      std::size_t organs = 2;
      while (i + organs < ps.size() && organs < 10 && !tx::more_visible_than(ps[i + organs].text, 30) &&
             organ_like(squeeze(ps[i + organs].text)))
        ++organs;
      most = std::max<std::size_t>(6, organs + 2);
    }
    for (std::size_t k = 0; k < most && i + k < ps.size(); ++k) {
      auto t = ps[i + k].text;
      if (k > 0 && (tx::char_count(ps[i + k - 1].text) > 40 || contains(ps[i + k - 1].text, "。") || no_title_line(i + k)))
        break;
      // A page's heading over the title it repeats with a part's number (`…的通知( 二 )` over
      // `…的通知`): the line under it is the title, whole by itself. (So is it under the name of
      // what it issues, `某某细则` over `…关于印发某某细则的通知`: no title says a line of it twice.)
      if (k == 1) {
        std::string next = clean_title(squeeze(t));
        if (tx::char_count(next) >= 8 && (tx::starts_with(joined, next) || (contains(next, joined) && !organ_like(joined))) && doc_type_of_title(next)) break;
      }
      // A line opening with a full date is a signature's (`枞阳县人民政府` / `二○一二年六月二十七日 …`),
      // whatever a forum's reply glued after it ends with: no title starts or goes on there.
      {
        std::string n = tx::fold_zeros(tx::trim(t).substr(0, 60));
        if (auto d = tx::parse_date_at(n, 0); d && d->begin == 0 && d->year && d->day) break;
      }
      // (Nor through a regulation's 题注 a law site prints over the 公告 that promulgates it:
      // `…条例` / `（2009年7月22日…会议通过）` / `…常务委员会公告`.)
      if (std::string_view in = unbracket(tx::trim(t)); in.size() < tx::trim(t).size()) {
        std::string n = tx::fold_zeros(in.substr(0, 60));
        if (auto d = tx::parse_date_at(n, 0); d && d->begin == 0 && d->year) break;
      }
      // (Nor goes on into a closing formula: `举报电话:110` / `特此公告`.)
      if (std::string q = squeeze(t); k > 0 && (tx::starts_with(q, "特此") || tx::starts_with(q, "此复") || tx::starts_with(q, "此函"))) break;
      joined += squeeze(t);
      if (contains(joined, "。") || tx::ends_with(joined, "：") || tx::ends_with(joined, ":")) break;
      if (tx::char_count(joined) > 200) break;
      if (tx::starts_with(joined, "特此") || tx::starts_with(joined, "此复") || tx::starts_with(joined, "现将")) break;
      std::string cleaned = clean_title(joined);
      if (k == 0 && tx::char_count(cleaned) < 6) {  // `工作通知`: a column label never starts a title
        // (`国务院令` over `第732号` is an order's masthead, short as it is.)
        if (auto t = short_order_masthead(ps, i, cleaned); t.type) return t;
        // (Nor `嘉奖令` over its 主送: an order proclaimed to its addressees, named by what it orders.)
        if (proclaimed_order(cleaned) && i + 1 < ps.size() && !tx::more_visible_than(ps[i + 1].text, 80)) {
          std::string_view next = tx::trim(ps[i + 1].text);
          if (tx::ends_with(next, "：") || tx::ends_with(next, ":")) {
            best.found = {cleaned, start};
            best.type = doc_type_of_title(cleaned);
            best.last_paragraph = i;
            return best;
          }
        }
        bool label = false;
        for (const auto& sx : suffixes()) label |= !sx.text.empty() && tx::ends_with(cleaned, sx.text);
        if (label) break;
      }
      const DocType* type = doc_type_of_title(cleaned);
      // `工作通知`, `通知公告`: a menu or column label, not a title, and not
      // the start of one either.
      if (type && tx::char_count(cleaned) < 6 && !tx::ends_with(cleaned, "令")) break;
      // A sentence's clauses wrapped onto a line that happens to end in a 文种 word
      // (`年1月21日上午，…把副省长寇庆延抓来，勒令他通知`, under a line of prose unfinished): it
      // goes on a paragraph, which no title does. (Clauses inside 《》 or “” are a title's own.)
      if (type && !contains(cleaned, "关于") && tx::char_count(cleaned) > 30 && i > 0 &&
          (tx::char_count(ps[i - 1].text) > 40 || contains(ps[i - 1].text, "，")) && !tx::ends_sentence(tx::trim(ps[i - 1].text)) &&
          !tx::ends_with(tx::trim(ps[i - 1].text), "：") && tx::unquoted_count(cleaned, U"，") >= 2)
        type = nullptr;
      // An order's masthead that names its organ (`湖北省人民政府令（第52号）`) starts the title:
      // the lines over it are the page's (the law's title, its issuer), not the masthead's.
      if (type && k > 0 && tx::ends_with(cleaned, "令")) {
        std::string last = clean_title(squeeze(ps[i + k].text));
        if (tx::char_count(last) > 1 && tx::ends_with(last, "令") && !proclaimed_order(last)) break;
      }
      // (So does a 公告's, `…常务委员会公告` under the law's title and its organ; joint issuers
      // over it, each an organ, stay the title's.)
      if (type && k > 0 && tx::ends_with(cleaned, "公告")) {
        std::string last = clean_title(squeeze(ps[i + k].text));
        std::string_view organ = std::string_view(last).substr(0, last.size() - std::min(last.size(), std::string_view("公告").size()));
        bool law_above = false;  // (`…条例`; not the country's name over its organ, `中华人民共和国`)
        for (std::size_t j = i; j < i + k; ++j)
          for (std::string_view law : {"条例", "办法", "规定", "细则", "规则", "章程", "》"}) law_above |= tx::ends_with(squeeze(ps[j].text), law);
        if (tx::ends_with(last, "公告") && tx::char_count(organ) >= 4 && organ_like(organ) && !contains(last, "关于") && law_above) break;
      }
      if (type && !contains(cleaned, "关于")) {
        bool better = false;
        for (std::size_t j = i + k + 1; j < ps.size() && j <= i + k + 3; ++j)
          better |= contains(ps[j].text, "关于") && doc_type_of_title(clean_title(squeeze(ps[j].text))) != nullptr;
        if (better) type = nullptr;
      }
      // The lines over the one with 关于 name its issuers, one a line; a page's labels over
      // it (`八月` / `14人已签收` / `公文跟踪`) are none: the title starts further down.
      if (type && k > 0 && contains(cleaned, "关于")) {
        bool organs = true;
        for (std::size_t j = i; j < i + k && !contains(ps[j].text, "关于"); ++j) {
          // An organ, or an office forwarding others' text (`…办公厅转发省教育厅等部门`); a
          // menu (`首页|政务公开|新闻中心`) is neither, whatever words it holds.
          std::string q = squeeze(ps[j].text);
          bool menu = false, names = organ_like(q);
          for (std::string_view bar : {"|", "｜", ">", "»", "首页"}) menu |= contains(q, bar);
          for (std::string_view w : {"转发", "批转", "印发", "部门", "政府", "委员会", "党委", "办公厅", "办公室"}) names |= contains(q, w);
          // (A site's letter-spaced label `政 府` names no organ: too short for one.)
          organs = organs && names && !menu && tx::char_count(q) >= 3;
        }
        // (One organ of another place over a title that names its own issuer, `怒江州人民政府` over
        // `云南省民政厅办公室关于…`: the site that reposts it, no co-issuer; joint issuers share a place.)
        if (organs && k == 1) {
          std::string above = squeeze(ps[i].text), below = squeeze(ps[i + 1].text);
          std::string_view upper = leading_place(above), own = leading_place(below);
          if (!upper.empty() && !own.empty() && organ_like(below.substr(0, below.find("关于"))) && !tx::starts_with(upper, own) &&
              !tx::starts_with(own, upper))
            organs = false;
        }
        if (!organs) break;
      }
      // (A page's headline that names the 文种 already, over the organ and the title it abridges,
      // `…抽检情况通报2/2(2023年12月)` / organ / `2023年…情况通报(十四)`, is no line of it.)
      if (type && k > 0) {
        std::string before;
        for (std::size_t j = i; j < i + k; ++j) before += squeeze(ps[j].text);
        if (contains(before, type->chinese) && !contains(before, "关于") && !contains(before, "《")) type = nullptr;
      }
      if (type) {
        best.found.text = cleaned;
        best.found.offset = start;
        best.type = type;
        best.paragraphs = k + 1;
        best.last_paragraph = i + k;
        to_last_repeat(ps, best);
        return best;
      }
    }
  }
  if (auto t = numbered_masthead(ps, from); t.type) return t;
  if (auto t = bracketed_number_masthead(ps, from); t.type) return t;
  // A document flattened onto one line: the title is a prefix ending in a 文种.
  for (std::size_t i = from; i < ps.size() && i < from + 3; ++i) {
    auto t = ps[i].text;
    if (tx::char_count(t) < 120) continue;
    // (Under a 主送 line the body has begun: `全国地方各级人民法院：` / `自从我院…发出关于…的通知以来，…`.)
    if (i > 0 && (tx::ends_with(tx::trim(ps[i - 1].text), "：") || tx::ends_with(tx::trim(ps[i - 1].text), ":"))) continue;
    std::size_t guanyu = t.find("关于");
    if (guanyu == std::string_view::npos || guanyu > 300) continue;
    // A sentence or a 主送 line before it (`省交通运输厅…：《关于…的请示》收悉`): a
    // title cited in the body, not this document's.
    auto head = t.substr(0, guanyu);
    if (contains(head, "。") || contains(head, "：")) continue;
    std::size_t opened = 0, closed = 0;  // inside 《…》 a 文种 ends the cited title, not this one
    for (std::size_t k = head.find("《"); k != std::string_view::npos; k = head.find("《", k + 3)) ++opened;
    for (std::size_t k = head.find("》"); k != std::string_view::npos; k = head.find("》", k + 3)) ++closed;
    // (The prefix grows by one character a step: what it holds is counted as it grows.)
    for (std::size_t e = guanyu; e < t.size() && e < 900;) {
      char32_t c = tx::next_cp(t, e);
      if (c == U'。' || c == U'：') break;
      opened += c == U'《';
      closed += c == U'》';
      auto prefix = t.substr(0, e);
      if (opened > closed || !may_end_in_type(prefix)) continue;
      const DocType* type = doc_type_of_title(prefix);
      // (A sentence goes on after a title it cites: `…的通知以来`, `…的通知精神`.)
      bool cited = false;
      for (std::string_view on : {"以来", "精神", "要求", "规定", "中", "后", "，", "和", "及"}) cited |= tx::starts_with(t.substr(e), on);
      if (type && !cited && tx::ends_with(prefix, std::string("的") + std::string(type->chinese))) {
        best.found.text = squeeze(prefix);
        best.found.offset = ps[i].offset;
        best.type = type;
        best.last_paragraph = i;
        return best;
      }
    }
  }
  // No title ends in a 文种: an issuing notice's title cut before its 的通知, on a line of its own
  // over the number or the 主送 (a title wrapped over lines goes on: it is none of these).
  for (std::size_t i = from; i + 1 < ps.size() && i < from + 12 && !best.type; ++i) {
    if (tx::more_visible_than(ps[i].text, 200)) continue;  // a body paragraph: told before it is copied
    std::string q = squeeze(ps[i].text);
    // (Told before the line is cleaned: cleaning only cuts, it joins no 关于印发.)
    if (std::none_of(std::begin(kIssuingVerbs), std::end(kIssuingVerbs), [&](std::string_view v) { return contains(q, v); })) continue;
    q = clean_title(std::move(q));
    const DocType* type = cut_issuing_title(q);
    if (!type) continue;
    std::string next = squeeze(ps[i + 1].text);
    bool closed = tx::ends_with(next, "：") || tx::ends_with(next, ":") || (number_in(next, 0) && tx::char_count(next) <= 30);
    if (!closed) continue;
    best.found.text = q;
    best.found.offset = ps[i].offset;
    best.type = type;
    best.last_paragraph = i;
  }
  return best;
}


std::string_view type_suffix(std::string_view title, const DocType* type) {
  for (const auto& sx : suffixes())
    if (!sx.text.empty() && &types()[sx.type] == type && tx::ends_with(title, sx.text)) return sx.text;
  return type->chinese;
}

}  // namespace detail

using namespace detail;

const std::vector<DocType>& doc_types() { return types(); }

const DocType* doc_type_named(std::string_view word) {
  word = tx::trim(word);
  if (word.empty()) return nullptr;
  for (const auto& type : types())
    if (type.chinese == word || (word == "令" && type.chinese == "命令")) return &type;
  return nullptr;
}

std::string_view circular_organ(std::string_view title) {
  std::size_t v = title.find("通报");
  if (v == std::string_view::npos || v < 6 || title.find("关于") != std::string_view::npos) return {};
  std::string_view organ = title.substr(0, v);
  if (tx::ends_with(organ, "公开")) organ.remove_suffix(std::string_view("公开").size());
  bool reported = false;
  for (std::string_view w : {"问题", "案例", "案件"}) reported |= tx::ends_with(title, w);
  return reported && tx::char_count(organ) >= 2 && tx::char_count(organ) <= 20 && organ_like(organ) ? organ : std::string_view();
}

const DocType* doc_type_of_title(std::string_view title) {
  std::string t = squeeze(title);
  for (std::string_view tail : {"（试行）", "(试行)", "（草案）", "（摘要）"})
    if (tx::ends_with(t, tail)) t.resize(t.size() - tail.size());
  drop_trailing_number(t);  // `…招聘公告（2017年第13号）`
  drop_footnote_marks(t);
  // The period a title covers, bracketed after it (`…备案情况公示 （2023年1月13日至1月19日）`).
  for (std::string_view open : {"（", "("})
    if (auto at = t.rfind(open); at != std::string::npos && at > 0 && (tx::ends_with(t, "）") || tx::ends_with(t, ")")))
      if (auto d = tx::parse_date_at(t, at + open.size()); d && (d->year || (d->month && d->day)))  // (`（6月7日）`, a reposter's day)
        t = std::string(tx::trim(std::string_view(t).substr(0, at)));
  // A series' number in words (`…人口普查公报（第一号）`) is the title's own, and no 文种.
  for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（第", "号）"}, {"(第", "号)"}})
    if (!tx::ends_with(t, c)) continue;  // (told first: rfind compares at every position)
    else if (auto p = t.rfind(o); p != std::string::npos && p > 0 && tx::char_count(std::string_view(t).substr(p)) <= 8) t.resize(p);
  // (Or a serial 通报's issue alone, `…抽检情况通报（十四）`; a page's part of a notice, `…的通知( 二 )`, is none.)
  for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
    if (!tx::ends_with(t, c)) continue;  // (told first: rfind compares at every position)
    else if (auto p = t.rfind(o); p != std::string::npos && p > 0 && tx::ends_with(std::string_view(t).substr(0, p), "通报")) {
      std::string_view in = std::string_view(t).substr(p + o.size(), t.size() - p - o.size() - c.size());
      bool numeral = !in.empty() && tx::char_count(in) <= 4;
      for (std::size_t k = 0; k < in.size() && numeral;) {
        char32_t ch = tx::next_cp(in, k);
        numeral = tx::is_cn_numeral(ch) || (ch >= U'0' && ch <= U'9');
      }
      if (numeral) t.resize(p);
    }
  // A forwarding notice whose own `的通知` is left off, `…转发财政部《关于…的通知》`: the forwarded one's 文种.
  if (tx::ends_with(t, "》"))
    for (std::string_view verb : {"转发", "批转"})
      if (auto v = t.find(verb); v != std::string::npos && v >= 6 && t.find("《", v) != std::string::npos) {
        std::string inner = t.substr(t.find("《", v) + 3);
        inner.resize(inner.size() - 3);
        return tx::ends_with(inner, "通知") ? doc_type_of_title(inner) : nullptr;
      }
  bool guanyu = contains(t, "关于");
  // An answer to a deputy's or a member's proposal (`…关于区十八届人大一次会议第6号代表建议的答复`) is a 函.
  if (tx::ends_with(t, "的答复") && tx::char_count(t) >= 8)
    for (std::string_view w : {"建议", "提案", "议案", "意见"})
      if (contains(t, w)) return &types()[12];
  if (!circular_organ(t).empty()) return doc_type_named("通报");
  // `工作通知`, `通知公告`: column labels, not titles (国务院令 is one).
  // (An organ and its 文种 is one all the same: `国务院公告`.)
  if (tx::char_count(t) < 6 && !tx::ends_with(t, "令")) {
    bool organ_titled = false;
    for (std::string_view w : {"公告", "通告"})
      if (tx::ends_with(t, w) && tx::char_count(t) >= 4 && organ_like(std::string_view(t).substr(0, t.size() - w.size())))
        organ_titled = true;
    if (!organ_titled) return nullptr;
  }
  for (const auto& s : suffixes()) {
    if (s.text.empty()) break;
    if (!tx::ends_with(t, s.text)) continue;
    // A report named by what it reports without 关于 (`…政府信息公开工作年度报告`,
    // `…建设总结报告`, `…法治政府建设情况报告`): every organ publishes one a year.
    bool named_report = s.text == "报告" && !contains(t, "政府工作报告") &&
                        (tx::ends_with(t, "年度报告") || tx::ends_with(t, "总结报告") || tx::ends_with(t, "自查报告") || tx::ends_with(t, "情况报告") ||
                         tx::ends_with(t, "公开工作报告") ||
                         tx::ends_with(t, "质量报告") ||
                         // (An organ's appraisal of its own spending or work, `…2018年度整体支出绩效评价报告`.)
                         tx::ends_with(t, "评价报告") || tx::ends_with(t, "自评报告") || tx::ends_with(t, "评估报告"));
    // (Nor a 通报 named by what it reports on, `…确定事项落实情况的通报`: a column's `工作通报` has no 的.)
    // (Or by the situation it reports, `…监督抽检情况通报`.)
    bool named_circular = s.text == "通报" && ((tx::ends_with(t, "的通报") && tx::char_count(t) >= 10) || (tx::ends_with(t, "情况通报") && tx::char_count(t) >= 8));
    if (s.needs_guanyu && !guanyu && !named_report && !named_circular) continue;
    if (s.text == "令") {
      // 国务院令, 主席令, 部令, 国家发展和改革委员会令, 中国人民银行令 — not 命令 words like 口令.
      if (!(tx::ends_with(t, "院令") || tx::ends_with(t, "席令") || tx::ends_with(t, "部令") || tx::ends_with(t, "府令") ||
            tx::ends_with(t, "局令") || tx::ends_with(t, "署令") || tx::ends_with(t, "委令") || tx::ends_with(t, "委员会令") ||
            tx::ends_with(t, "银行令") || tx::ends_with(t, "军委令") || proclaimed_order(t) || serial_order(t)))
        return nullptr;
    }
    if (s.text == "报告" && contains(t, "工作报告") && !guanyu && !named_report) return nullptr;
    // Outside the 15: a letter to the public is addressed (`致全市人民的一封信`), a 公示
    // announces a list or a result (`…评审结果公示`, `拟任人选公示`), else they are other writing
    // (`写给女儿的一封信`, `十件民生实事候选项目公示`).
    if ((s.text == "一封信" || s.text == "公开信") && !guanyu && !contains(t, "致")) return nullptr;
    if ((s.text == "公示" || s.text == "预告") && !guanyu) {
      bool listed = false;
      // (`第2批…项目公示`: a batch decided; `…土地征收社会稳定风险评估公示`, `…环境影响评价公示`, `…补偿安置方案公示`: a
      // step of a procedure put to the public.)
      for (std::string_view w : {"名单", "人选", "结果", "对象", "情况", "拟", "考察", "任前", "批", "评估", "评价", "征收", "征地", "补偿", "规划", "方案"})
        listed |= contains(t, w);
      if (!listed) return nullptr;
    }
    return &types()[s.type];
  }
  return nullptr;
}

namespace detail {

// A title a site cut before its 的通知 (`…办公厅关于印发…工作方案`): an issuing notice all the
// same. (Not a sentence that cites one: `根据《…关于印发…的通知》，…`.)
const DocType* cut_issuing_title(std::string_view title) {
  std::string t = squeeze(title);
  for (std::string_view verb : kIssuingVerbs)
    if (auto at = t.find(verb); at != std::string::npos && tx::char_count(t) <= 120 && tx::char_count(t) >= tx::char_count(std::string_view(t).substr(0, at)) + 8 &&
                                t.rfind("《", at) == std::string::npos && !contains(t, "，") && !contains(t, "。") && !contains(t, "：")) {
      for (const auto& type : types())
        if (type.chinese == "通知") return &type;
    }
  return nullptr;
}

}  // namespace detail

std::size_t title_end(std::string_view t, std::size_t from, std::size_t max_chars) {
  std::size_t g = t.find("关于", from);
  if (g == std::string_view::npos) return std::string_view::npos;
  int quoted = 0;
  std::size_t e = from;
  for (std::size_t n = 0; e < t.size() && n < max_chars; ++n) {
    char32_t c = tx::next_cp(t, e);
    if (c == U'。') break;
    if (c == U'《') ++quoted;
    else if (c == U'》' && quoted > 0) --quoted;
    if (quoted || e < g + 6) continue;
    auto rest = t.substr(e);
    if (tx::starts_with(rest, "的") || tx::starts_with(rest, "之")) continue;
    if (tx::starts_with(rest, "报告") && tx::ends_with(t.substr(from, e - from), "请示")) continue;  // (`…的请示报告`)
    if (may_end_in_type(t.substr(from, e - from)) && doc_type_of_title(t.substr(from, e - from))) return e;
  }
  return std::string_view::npos;
}


}  // namespace gongwen::official
