// Parsers for the elements of an official document (see elements.hpp).
//
// The layout is read the way GB/T 9704 prints it: the head (版头) before the
// title, the title, the 主送 line after it, the body, then — found from the
// end — the 附件说明, the signature and 成文日期, the 附注 and the 版记.
// Texts arrive as people keep them: metadata blocks of legal databases and
// front matter before the document, titles wrapped over lines, whole
// documents flattened onto one line, Latin O for 〇 in dates; each parser
// accepts those forms and otherwise finds nothing.
#include "detail.hpp"

#include <algorithm>
#include <array>

namespace gongwen::official {

namespace tx = gongwen::text;
using gongwen::text::contains;
using structure::Paragraph;

namespace detail {


// The paragraph without its enclosing brackets.
std::string_view unbracket(std::string_view t) {
  t = tx::trim(t);
  for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
    if (tx::starts_with(t, o) && tx::ends_with(t, c)) return tx::trim(t.substr(o.size(), t.size() - o.size() - c.size()));
  }
  return t;
}

// Paragraph index holding byte offset `off`.
std::size_t index_of(const std::vector<Paragraph>& ps, std::size_t off) {
  for (std::size_t i = 0; i < ps.size(); ++i)
    if (off >= ps[i].offset && off <= ps[i].offset + ps[i].text.size()) return i;
  return kNone;
}

std::size_t body_start(const std::vector<Paragraph>& ps) {
  std::size_t from = 0;
  // YAML front matter.
  if (!ps.empty() && (ps[0].text == "---" || ps[0].text == "+++")) {
    for (std::size_t i = 1; i < ps.size() && i < 80; ++i)
      if (ps[i].text == ps[0].text) {
        from = i + 1;
        break;
      }
  }
  // A legal database's 文章属性 … 正文 block.
  for (std::size_t i = from; i < ps.size() && i < from + 40; ++i)
    if (ps[i].text == "正文" || ps[i].text == "【正文】" || ps[i].text == "正 文") {
      from = i + 1;
      break;
    }
  // Quoted lines and a database's 【field】 lines; not a title under a collector's
  // label (`【2023-9 金规5号】…关于…的通知`).
  while (from < ps.size() && (tx::starts_with(ps[from].text, ">") ||
                              (tx::starts_with(ps[from].text, "【") && !doc_type_of_title(clean_title(squeeze(ps[from].text))))))
    ++from;
  return from;
}

// A masthead of organs' names alone, without 文件 (`某 省 教 育 厅` / `某 省 财 政 厅`, letter-spaced
// as a 红头 is set), stacked right over the number that stands over the title: nothing else
// stands there but the red rule a page draws as a line of dashes (`——————`).
void organ_masthead(const std::vector<Paragraph>& ps, Elements& e) {
  if (e.masthead.present() || !e.number || !e.title.found.present() || e.number->found.offset >= e.title.found.offset) return;
  std::size_t at = 0;
  while (at < ps.size() && ps[at].offset + ps[at].text.size() <= e.number->found.offset) ++at;
  // (The number printed again over the title, a page's box having named it first.)
  std::size_t title = at;
  while (title < ps.size() && ps[title].offset + ps[title].text.size() <= e.title.found.offset) ++title;
  for (std::size_t k = title; k-- > at + 1 && k + 4 > title;)
    if (squeeze(ps[k].text) == squeeze(e.number->found.text)) {
      at = k;
      break;
    }
  auto rule = [](std::string_view t) {
    std::string q = squeeze(t);
    if (q.empty()) return false;
    for (std::size_t i = 0; i < q.size();)
      if (char32_t c = tx::next_cp(q, i); c != U'—' && c != U'─' && c != U'-' && c != U'━' && c != U'=') return false;
    return true;
  };
  // (Only under an organ's line: a site's banner over a rule, `某某市人民政府门户网站`, is none.)
  if (at > e.body_from + 1 && rule(ps[at - 1].text)) {
    std::string over = squeeze(ps[at - 2].text);
    bool site = false;
    for (std::string_view w : {"网", "网站", "门户", "平台"}) site |= tx::ends_with(over, w);
    if (site) return;
    --at;
  }
  std::size_t top = at;
  while (top > e.body_from && top + 8 > at) {
    std::string o = squeeze(ps[top - 1].text);
    if (o.empty() || tx::char_count(o) > 30 || !organ_like(o)) break;
    --top;
  }
  if (top == at) return;
  std::string organs;
  for (std::size_t j = top; j < at; ++j) organs += (organs.empty() ? "" : " ") + squeeze(ps[j].text);
  e.masthead = {organs, ps[top].offset};
}

void find_head(const std::vector<Paragraph>& ps, Elements& e, std::size_t title_at) {
  std::size_t head_end = std::min(ps.size(), title_at == kNone ? e.body_from + 8 : title_at);
  for (std::size_t i = e.body_from; i < head_end; ++i) {
    auto t = ps[i].text;
    std::string q = squeeze(t);
    std::size_t n = tx::char_count(q);
    if (!e.copy_number.present() && n == 6 && std::all_of(q.begin(), q.end(), [](char c) { return c >= '0' && c <= '9'; }))
      e.copy_number = {q, ps[i].offset};
    for (std::string_view w : {"绝密", "机密", "秘密"})
      if (!e.secrecy.present() && n <= 20 && tx::starts_with(q, w)) e.secrecy = {q, ps[i].offset};
    for (std::string_view w : {"特急", "加急", "特提", "平急"}) {
      auto p = t.find(w);
      if (!e.urgency.present() && p != std::string_view::npos && n <= 60) e.urgency = {std::string(w), ps[i].offset + p};
    }
    if (!e.masthead.present() && n <= 40 && tx::ends_with(q, "文件")) {
      e.masthead = {q, ps[i].offset};
      // A joint masthead stacks its organs, one a line, with 文件 beside them, which the
      // text puts after one of them (`济南市商务局` / `济南市发展和改革委员会文件` / `济南市财政局`):
      // the organ lines over and under it are the masthead's too.
      auto organ_line = [&](std::size_t j) {
        std::string o = squeeze(ps[j].text);
        // (Not a page's line of facts that ends in a place, `2031年07月04日来源:某某区`.)
        return !o.empty() && tx::char_count(o) <= 30 && !tx::ends_with(o, "文件") && organ_like(o) && !contains(o, ":") && !contains(o, "：");
      };
      std::size_t top = i, bottom = i + 1;
      while (top > e.body_from && organ_line(top - 1)) --top;
      while (bottom < head_end && bottom < i + 8 && organ_line(bottom)) ++bottom;
      if (top < i || bottom > i + 1) {
        std::string organs;
        for (std::size_t j = top; j < bottom; ++j) {
          std::string o = squeeze(ps[j].text);
          if (j == i) o.resize(o.size() - std::string_view("文件").size());
          if (o.empty()) continue;
          if (!organs.empty()) organs += ' ';
          organs += o;
        }
        e.masthead = {organs + "文件", ps[top].offset};
      }
    }
  }
  // A page's headline over the document it prints whole (`关于…的决定` / `2013年07月04日 来源:…` /
  // `某某委员会文件` / `某委〔2013〕31号` / `关于…的决定` again): the masthead stands between the two.
  if (!e.masthead.present() && title_at != kNone && e.title.last_paragraph != kNone) {
    std::string title = squeeze(e.title.found.text);
    std::string_view opening = std::string_view(title).substr(0, std::min<std::size_t>(title.size(), 8 * 3));
    for (std::size_t i = e.title.last_paragraph + 1; i < ps.size() && i <= e.title.last_paragraph + 6; ++i) {
      std::string q = squeeze(ps[i].text);
      if (tx::char_count(q) > 40 || !tx::ends_with(q, "文件") || !organ_like(std::string_view(q).substr(0, q.size() - 6))) continue;
      for (std::size_t j = i + 1; j < ps.size() && j <= i + 3; ++j)
        if (tx::starts_with(squeeze(ps[j].text), opening)) {
          e.masthead = {q, ps[i].offset};
          break;
        }
      break;
    }
  }
  // 签发人 (上行文) sits on the number's line or near it.
  for (std::size_t i = e.body_from; i < ps.size() && i < head_end + 3; ++i) {
    auto t = ps[i].text;
    std::size_t end = 0;
    if (signer_label(t, end) == std::string_view::npos) continue;
    auto rest = t.substr(end);
    if (tx::starts_with(rest, "：") || tx::starts_with(rest, ":")) rest = rest.substr(tx::starts_with(rest, "：") ? 3 : 1);
    auto name = tx::trim(rest);
    if (!name.empty() && tx::char_count(name) <= 30) e.signer = {std::string(name), ps[i].offset + static_cast<std::size_t>(name.data() - t.data())};
    break;
  }
}

// A body paragraph: the head is over.
bool body_paragraph(std::string_view t) { return contains(t, "。") && tx::char_count(t) > 60; }


std::size_t window_end(const std::vector<Paragraph>& ps, std::size_t from, std::size_t n) {
  std::size_t i = from, counted = 0;
  for (; i < ps.size() && counted < n && i < from + 3 * n; ++i) counted += tx::char_count(ps[i].text) > 6;
  return i;
}

}  // namespace detail

using namespace detail;

// (Spaces a Word or PDF export leaves between digits, `2021年1月1 9日`, are no part of it.)
std::optional<std::string> whole_date(std::string_view s) {
  if (auto d = tx::whole_date(s)) return d;
  // (A footnote's mark after it, as an encyclopedia page prints one: `二〇〇八年四月十六日[1]`.)
  if (s = tx::trim(s); s.size() > 3 && s.back() == ']')
    if (auto open = s.rfind('['); open != std::string_view::npos && s.size() - open <= 5 && open > 0 &&
                                  std::all_of(s.begin() + open + 1, s.end() - 1, [](char c) { return c >= '0' && c <= '9'; }))
      if (auto d = tx::whole_date(s.substr(0, open))) return d;
  return tx::more_visible_than(s, 24) ? std::nullopt : tx::whole_date(tx::strip_spaces(s));
}

std::vector<std::string> split_organs(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  int depth = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t k = i;
    char32_t c = tx::next_cp(s, k);
    if (c == U'《' || tx::year_bracket_open(c)) ++depth;
    if ((c == U'》' || tx::year_bracket_closing(c)) && depth > 0) --depth;
    if (depth == 0 && (c == U'，' || c == U'；' || c == U',' || c == U';')) {
      auto t = tx::trim(cur);
      if (!t.empty()) out.emplace_back(t);
      cur.clear();
    } else {
      cur.append(s.substr(i, k - i));
    }
    i = k;
  }
  auto t = tx::trim(cur);
  for (std::string_view end : {"：", ":", "。"})
    if (tx::ends_with(t, end)) t.remove_suffix(end.size());
  if (!t.empty()) out.emplace_back(t);
  return out;
}

namespace {

// A document as a newspaper or 新华社 publishes it: its issuers on a line of
// their own over `关于…`, the 题注 date right under the title (`中共中央 国务院` /
// `关于…的意见` / `（2021年1月4日）`). Printed so, there is no 红头: the
// organ line is the title's first line, not a masthead.
bool issuers_over_published_title(const std::vector<Paragraph>& ps, std::size_t title_at, std::size_t last) {
  // (`关于…`, or a report or letter to an organ, `给湖南省委的报告` under `中共湘赣边特委和红四军军委`.)
  std::string head = squeeze(ps[title_at].text);
  if (!(tx::starts_with(head, "关于") || tx::starts_with(head, "给") || tx::starts_with(head, "致")) || last + 1 >= ps.size()) return false;
  auto line = tx::trim(ps[title_at - 1].text);
  auto organs = split_joint_issuers(line);
  bool all = !organs.empty() && tx::char_count(line) <= 40 && !tx::ends_with(squeeze(line), "文件");
  for (const auto& o : organs) all = all && organ_like(squeeze(o));
  if (!all) return false;
  auto under = tx::trim(ps[last + 1].text);
  if (auto close = under.find("）"); tx::starts_with(under, "（") && close != std::string_view::npos) under = under.substr(0, close + 3);  // (its 主送 glued after)
  auto inner = unbracket(under);
  if (inner == under) return false;
  auto d = tx::parse_date_at(tx::fold_zeros(inner), 0);
  return d && d->begin == 0 && d->year && d->day;
}

// A title's words, its punctuation and spaces dropped (a crawler's copy strips them, or a page's keeps them).
std::string letters_of(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t k = i;
    char32_t c = tx::next_cp(s, k);
    if (tx::is_han(c) || (c < 0x80 && std::isalnum(static_cast<unsigned char>(c)))) out.append(s.substr(i, k - i));
    i = k;
  }
  return out;
}

// A page's headline over the document it prints whole under its number (`某县某镇关于…合作医疗个缴经费的通知` /
// `来源:某镇 2019-10-22` / `景政办发〔2019〕33号` / `某镇人民政府办公室` / `关于…医疗保险` / `个缴经费的通知`): the
// document's own title, printed under the number within a few lines, ending with the same 文种 and words.
Title printed_under_headline(const std::vector<Paragraph>& ps, const Title& headline) {
  for (std::size_t i = headline.last_paragraph + 1; i < ps.size() && i <= headline.last_paragraph + 4; ++i) {
    std::string q = squeeze(ps[i].text);
    if (tx::char_count(q) > 30) break;
    auto n = number_in(q, 0);
    if (!n || squeeze(n->found.text) != q) continue;
    Title own = find_title(ps, i + 1);
    // (The same words, the page's copy keeping what the print lost, `2011~2012年度`: the headline stays.)
    if (!own.type || own.type != headline.type || letters_of(own.found.text) == letters_of(headline.found.text) ||
        own.last_paragraph == kNone || own.last_paragraph > i + 5 || !contains(own.found.text, "关于"))
      return {};
    // (The same matter: the last words before the 文种 shared, `个缴经费的通知`.)
    std::string_view a = headline.found.text, b = own.found.text;
    std::size_t common = 0;
    while (common < a.size() && common < b.size() && a[a.size() - 1 - common] == b[b.size() - 1 - common]) ++common;
    while (common > 0 && (static_cast<unsigned char>(a[a.size() - common]) & 0xC0) == 0x80) --common;  // (whole characters)
    return tx::char_count(a.substr(a.size() - common)) >= tx::char_count(own.type->chinese) + 4 ? own : Title{};
  }
  return {};
}

}  // namespace

Elements parse(const std::vector<Paragraph>& ps, std::string_view wrapper_title) {
  Elements e;
  e.body_from = body_start(ps);
  std::string wanted = wrapper_title_of(wrapper_title);
  if (doc_type_of_title(wanted)) e.title = title_from_wrapper(ps, e.body_from, wanted);
  if (!e.title.type) {
    e.title = find_title(ps, e.body_from);
    // A body "title" that is a clause of the first sentence (`为进一步加强…，结合我市实际，决定`,
    // a flattened body) loses to a wrapper's title that ends in a 文种.
    if (e.title.type && doc_type_of_title(wanted) &&
        (contains(e.title.found.text, "，") || contains(e.title.found.text, "。") || tx::starts_with(e.title.found.text, "为") ||
         tx::starts_with(e.title.found.text, "根据")))
      e.title = Title{};
    if (!e.title.type) e.title = bare_type_title(ps, e.body_from);
  }
  std::size_t title_at = kNone;
  if (e.title.found.present()) {
    // The body line may be the title of the document a notice forwards
    // (`关于…的实施意见`) while the page's title is the notice's own
    // (`…关于批转区文化局《关于…的实施意见》的通知`).
    std::string w = clean_title(squeeze(wrapper_title));
    // (Not a site's `转发` before the very title: the document is the one reposted.)
    bool repost = tx::starts_with(w, "转发") && std::string_view(w).substr(6) == e.title.found.text;
    // (Nor a site's words for what the page holds, a verb and no 关于 of a notice's own title:
    // `印发《关于…的意见》的通知` over the 意见 alone.)
    for (std::string_view verb : {"印发《", "转发《", "批转《"}) repost |= tx::starts_with(w, verb) && contains(w, "《" + e.title.found.text + "》");
    // (Nor is a body whose punctuation a crawler stripped: `…保护规划20192035年的批复` is the
    // wrapper's `…保护规划（2019—2035年）的批复`, which keeps what was printed.)
    if (w.size() > e.title.found.text.size() && doc_type_of_title(w) && !repost &&
        (contains(w, e.title.found.text) || letters_of(w) == letters_of(e.title.found.text))) {
      e.title.found.text = w;
      e.title.type = doc_type_of_title(w);
    }
    // A site's words for what the page holds (`印发《关于…的意见》的通知`, no 关于 of a notice's
    // own) over the document's own title: the page holds that document alone, titled so.
    // (A page's info line may stand between: `发布时间：…`.)
    for (std::size_t next = e.title.last_paragraph + 1; e.title.last_paragraph != kNone && next < ps.size() && next <= e.title.last_paragraph + 2; ++next)
      for (std::string_view verb : {"印发《", "转发《", "批转《"})
        if (std::string x = squeeze(ps[next].text); tx::starts_with(e.title.found.text, verb) &&
                                                     contains(e.title.found.text, "《" + x + "》") && doc_type_of_title(x)) {
          if (Title own = find_title(ps, next); own.type && own.found.text == x) e.title = own;
          break;
        }
    if (!e.title.from_wrapper && e.title.last_paragraph != kNone)
      if (Title own = printed_under_headline(ps, e.title); own.type) e.title = own;
    title_at = index_of(ps, e.title.found.offset);
    if (!e.title.from_wrapper && title_at != kNone) banner_over_title(ps, e.body_from, e.title, title_at, e.masthead);
    if (!e.title.from_wrapper && title_at != kNone && title_at > e.body_from &&
        issuers_over_published_title(ps, title_at, e.title.last_paragraph)) {
      e.title.found = {squeeze(ps[title_at - 1].text) + e.title.found.text, ps[title_at - 1].offset};
      ++e.title.paragraphs;
      --title_at;
    }
    split_title(e.title);
  } else if (!wrapper_title.empty()) {
    // The page's or the Markdown file's title (`…的通知 - 政务公开 - 东莞市…`),
    // when the body does not repeat it.
    std::string t = wanted;
    if (const DocType* type = doc_type_of_title(t)) {
      e.title.found = {t, ps.empty() ? 0 : ps[std::min(e.body_from, ps.size() - 1)].offset};
      e.title.type = type;
      e.title.last_paragraph = kNone;
      e.title.from_wrapper = true;
      split_title(e.title);
    }
  }
  // No title at all: the body's own formulas may still name its 文种 (a
  // content field without its title); the title stays absent.
  // Only a body that opens with its 主送 (`各…：` among its first lines, the body glued
  // after it or not) is looked at: a long document that merely quotes a formula is left alone.
  // (Or one whose opening paragraph turns to its matter: `…决定对纯电动乘用车实施出口许可证管理。
  // 现将有关事项公告如下：`, a 公告 addressed to no one.)
  // (The head's lines above it, a page's `【发布文号】…` box, count for nothing.)
  // (A page's marks and labels of two characters at most, `×`, `通知`, take no place in the head.)
  bool addressed = false;
  std::size_t i = e.body_from;
  for (std::size_t lines = 0; i < ps.size() && i < e.body_from + 6 && !addressed; ++i) {
    std::string_view head = ps[i].text.substr(0, std::min<std::size_t>(ps[i].text.size(), 450));  // ~150 characters
    std::size_t colon = std::min(head.find("："), head.find(":"));
    lines += tx::more_visible_than(head, 2) ? 1 : 0;
    addressed = lines <= 3 && colon != std::string_view::npos && head.substr(0, colon).find("。") == std::string_view::npos;
    std::string_view end = tx::trim(ps[i].text);
    addressed |= (matter_turn(ps[i].text) != std::string_view::npos || published_circular(ps[i].text)) &&
                 (tx::ends_with(end, "：") || tx::ends_with(end, ":") || tx::ends_with(end, "如下。") || tx::ends_with(end, "如下."));
  }
  addressed = addressed || signed_close(ps, e.body_from);  // (or closed and signed as one: `特此公告。` / organs / date)
  for (std::size_t k = e.body_from; k < ps.size() && k < e.body_from + 4 && !addressed; ++k)
    addressed = public_notice_turn(ps[k].text, k + 1 < ps.size() ? ps[k + 1].text : std::string_view());
  if (addressed && instrument_titled(ps, e.body_from, i - 1)) addressed = false;  // (`…录取办法`'s turn is the rule's phrase)
  if (!e.title.type && addressed)
    if (const DocType* type = doc_type_of_body(ps, e.body_from)) {
      e.title.type = type;
      e.title.headless = true;
      e.title.from_wrapper = true;  // the body starts where the document does
      e.title.last_paragraph = kNone;
    }
  if (!e.title.type)
    if (const DocType* type = plenum_communique(ps, e.body_from)) {
      // (The plenum it opens with, `中国共产党第十九届中央委员会第四次全体会议，于…`, made it.)
      for (std::size_t i = e.body_from; i < ps.size() && i < e.body_from + 4 && e.title.released_by.empty(); ++i)
        if (std::string_view t = tx::trim(ps[i].text); tx::starts_with(t, "中国共产党"))
          if (auto end = t.find("全体会议"); end != std::string_view::npos && tx::char_count(t.substr(0, end)) <= 30)
            e.title.released_by = std::string(t.substr(0, end + std::string_view("全体会议").size()));
      e.title.type = type;
      e.title.headless = e.title.plenum = true;
      e.title.from_wrapper = true;
      e.title.last_paragraph = kNone;
    }
  // Nor a formula: a body that opens with its 主送 (`各乡镇人民政府、街道办事处，…：`) and closes
  // with its signature or date is a 公文 all the same; its 文种 is guessed from its acts, and
  // marked so. Read as a 通知 first, kept only when the 主送 names organs and the end is signed.
  bool guessing = false;
  // (Its number alone over the 主送, `白政办发〔2021〕38号`, is no part of it.)
  std::size_t addressed_at = e.body_from;
  if (addressed_at + 1 < ps.size())
    if (auto n = number_in(tx::trim(ps[addressed_at].text), 0); n && n->found.offset == 0 && n->found.text.size() == tx::trim(ps[addressed_at].text).size())
      ++addressed_at;
  if (!e.title.type && addressed && addressed_at < ps.size() && tx::char_count(ps[addressed_at].text) <= 80) {
    std::string_view first = tx::trim(ps[addressed_at].text);
    guessing = (tx::ends_with(first, "：") || tx::ends_with(first, ":")) && !tx::starts_with(first, "各位") && !tx::starts_with(first, "尊敬") &&
               !tx::starts_with(first, "亲爱") && !contains(first, "同志") && !contains(first, "同学") && !contains(first, "朋友");
    if (guessing) {
      e.title.type = doc_type_by_acts(ps, e.body_from, ps.size());
      e.title.headless = e.title.kind_guessed = true;
      e.title.from_wrapper = true;
      e.title.last_paragraph = kNone;
    }
  }
  // No 文种 title: not an official document; the rest would be wasted on
  // every other document detect() sees.
  if (!e.title.type) return e;
  find_head(ps, e, title_at);
  find_number(ps, e, title_at);
  organ_masthead(ps, e);
  if (!e.number && e.title.masthead_lost)  // the bare number is the title line
    if (auto whole = find_doc_number(e.title.found.text); whole && !tx::starts_with(e.title.found.text, "第"))
      e.number = whole, e.number->found.offset = e.title.found.offset;  // (`政府令〔2010〕第15号`)
    else if (auto n = tx::parse_number(e.title.found.text.substr(3, e.title.found.text.size() - 6))) {
      DocNumber d;
      d.found = e.title.found;
      d.number = *n;
      e.number = d;
    }
  find_recipients(ps, e);
  find_tail(ps, e);
  if (guessing) {
    bool organs = false;
    for (const auto& r : e.recipients) organs |= tx::starts_with(r, "各") || organ_addressee(squeeze(r));
    bool signed_off = !e.issuers.empty() || (!e.date.iso.empty() && !e.date_under_title);
    // (Or unsigned, as a page cut it, its first sentence announcing what it notifies:
    // `…决定召开…工作会。会议安排如下：`, `现将有关事项通知如下：`.)
    for (std::size_t j = e.body_from + 1; j < ps.size() && j <= e.body_from + 2 && !signed_off; ++j)
      signed_off = contains(ps[j].text, "通知如下") || contains(ps[j].text, "安排如下");
    if (!organs || !signed_off) {
      e.title.type = nullptr;
      return e;
    }
    e.title.type = doc_type_by_acts(ps, e.body_from, e.body_end);
  }
  return e;
}

void add_element(std::string& elements, const Document& doc, std::string_view name, std::string_view text, std::size_t offset) {
  if (elements.size() > 1) elements += ",";
  elements += "{\"element\":" + json_string(name) + ",\"text\":" + json_string(text) + ",\"line\":" + std::to_string(doc.line_of(offset)) + "}";
}

void write_form_date(Document& doc, std::string& elements, const std::optional<std::string>& date, const Found& date_text) {
  if (!date) return;
  doc.set_field("date", *date);
  doc.set_field("date_text", date_text.text);
  add_element(elements, doc, "成文日期", date_text.text, date_text.offset);
}

std::string open_form(Document& doc, std::string_view kind, std::string_view doc_type, std::string_view form, const Found& title) {
  doc.set_kind(std::string(kind));
  doc.set_field("doc_type", std::string(doc_type));
  doc.set_field("form", std::string(form));
  doc.set_title(title.text);
  std::string elements = "[";
  add_element(elements, doc, "标题", title.text, title.offset);
  return elements;
}

}  // namespace gongwen::official
