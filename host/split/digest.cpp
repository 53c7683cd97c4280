// News digests: a page or file that gathers the day's or the week's news
// (`青年早新闻`, `2017年6月10日时政要闻`, `每周大事（2022年2月14日~2月20日）`), each item a bare
// headline over its paragraph. The splitter reads their items as it reads a
// bulletin's (title_blocks.cpp); this file says what names a digest and what
// a digest prints between its items.
//
// Invariants: a digest is named in its heading, never by its items' words; a
// word that also names a site's column (`要闻`, `快讯`) counts only beside a date
// or a number, which a digest carries and a column label does not.
#include "split/title_blocks.hpp"

#include <gongwen/text.hpp>

#include <algorithm>
#include <map>

namespace gongwen::host::split_detail {

namespace tx = gongwen::text;

namespace {
// Words only a digest's heading uses.
constexpr std::string_view kDigestNames[] = {
    "早新闻", "晚新闻", "新闻早班车", "早班车", "新闻早餐", "每周大事", "一周大事", "时政热点", "热点汇总", "时事汇总", "要闻汇总",
    "新闻汇总", "新闻联播", "新闻速览", "要闻速览", "新闻摘要", "一周要闻", "每周要闻", "今日要闻", "每日要闻", "要闻回顾", "一周回顾", "新闻精选",
    "时政要闻", "时事热点", "一分钟看天下", "一分钟看新闻", "大事记", "要闻简报", "新闻简报"};
// A period and a kind of news together (`一周政策`, `本周大事件`, `每日资讯`).
constexpr std::string_view kPeriods[] = {"一周", "本周", "每周", "上周", "今日", "每日", "昨日", "本月", "每月", "月度"};
constexpr std::string_view kNewsNouns[] = {"政策", "新政", "回看", "回顾", "要闻", "热点", "大事", "新闻", "看点", "速览", "动态", "资讯", "时政", "时事"};
// Names a digest's heading ends with (`8月23日盘前重要产业新闻`, `新闻周刊（357）`).
constexpr std::string_view kTailNames[] = {"新闻", "要闻", "快讯", "简讯", "周刊", "大事件"};
// Words a column shares: a digest's only with a date or a number beside them.
// (Not `汇总`, `盘点`, `动态`, `周报`: a month's inspections, a company's week, a village's work are reported so too.)
constexpr std::string_view kDatedDigestNames[] = {"要闻", "时事政治", "快讯", "简讯", "速递", "速览", "精选", "早知道"};

// A day, a month or an issue's number in s (`6月10日`, `2.14`, `第3周`, `第12期`, `#98`, `（357）`): what dates a
// digest's heading. A year alone (`2023年度重点工作完成情况汇总`) dates a report as well.
bool dated(std::string_view s) {
  char32_t prev = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = tx::next_cp(s, i);
    bool digit = (prev >= '0' && prev <= '9') || (prev >= U'０' && prev <= U'９');
    if (digit && (c == U'月' || c == U'日' || c == U'.' || c == U'期' || c == U'周' || c == U')' || c == U'）')) return true;
    if (prev == U'#' && c >= '0' && c <= '9') return true;
    prev = c;
  }
  // (`第3周`, `第十二期`: an issue's number; `第一书记`, `第一时间` are none.)
  return issue_number(s, {"期", "周", "号"});
}

// The words that name a digest, in s (no spaces).
bool digest_words(std::string_view s) {
  std::size_t n = tx::char_count(s);
  for (std::string_view w : kDigestNames)
    if (tx::contains(s, w)) return true;
  // (The kind of news right after its period, `一周政策`, `每日资讯`: not `本月惠民政策`, nor `一周年`.)
  for (std::string_view p : kPeriods)
    for (std::size_t at = s.find(p); at != std::string_view::npos; at = s.find(p, at + 1)) {
      std::string_view after = s.substr(at + p.size());
      for (std::string_view w : kNewsNouns)
        if (tx::starts_with(after, w)) return true;
    }
  // (A column's label alone, `时政要闻`, is shorter.)
  std::string_view tail = s;
  if (tx::ends_with(tail, ")") || tx::ends_with(tail, "）"))
    if (std::size_t open = std::min(tail.rfind("("), tail.rfind("（")); open != std::string_view::npos) tail = tail.substr(0, open);
  if (n >= 6)
    for (std::string_view w : kTailNames)
      if (tx::ends_with(tail, w)) return true;
  if (!dated(s)) return false;
  for (std::string_view w : kDatedDigestNames)
    if (tx::contains(s, w)) return true;
  return false;
}

// The digest's name in its heading: the part that names it (`青年早新闻 | 见者好运!…` →
// `青年早新闻`), else the whole line.
std::string digest_name(std::string_view line) {
  std::string s = tx::strip_spaces(line);
  std::string_view v = s;
  for (std::size_t b = 0; b < v.size();) {
    std::size_t e = v.size(), next = v.size();
    for (std::string_view sep : {"|", "｜", "丨", ":", "："})
      if (std::size_t at = v.find(sep, b); at != std::string_view::npos && at < e) e = at, next = at + sep.size();
    if (e < v.size() || b > 0)
      if (std::string_view part = v.substr(b, e - b); tx::char_count(part) >= 4 && digest_words(part)) return std::string(part);
    b = next;
  }
  return s;
}
}  // namespace

bool digest_heading_line(std::string_view line) {
  std::string s = tx::strip_spaces(line);
  std::size_t n = tx::char_count(s);
  // (A breadcrumb, `首页 > 要闻 > 正文`, and a source line, `来源：某某早报`, name a column or an outlet.)
  if (n < 4 || n > 60 || tx::contains(s, ">") || tx::contains(s, "＞") || tx::contains(s, "»") || tx::starts_with(s, "来源") ||
      tx::starts_with(s, "作者") || tx::starts_with(s, "当前位置") || tx::starts_with(s, "您的位置") || tx::contains(s, "。"))
    return false;
  // (A title naming another genre, `关于建立…每日动态报告制度的通知`, `在…一周年工作回顾座谈会上的讲话`,
  // `…经济运行动态分析`, heads one document; a labelled line, `所属栏目：今日要闻`, files the page.)
  if (tx::contains(s, "关于") || genre_title(s) || one_document_title(s) || tx::contains(s, "栏目") || tx::contains(s, "频道"))
    return false;
  // (Nor a prompt to follow an account, `点击上方蓝字 关注某某新闻`, nor a paper's page header, `某某晚报 …第A05版`.)
  for (std::string_view w : {"关注", "点击", "蓝字", "星标", "订阅"})
    if (tx::contains(s, w)) return false;
  if (auto v = s.rfind("版"); v != std::string::npos && v > 0 && s[v - 1] >= '0' && s[v - 1] <= '9') return false;
  // (A programme cited in book-title marks and what it did, `央视《新闻联播》关注某某县…`, names an article.)
  if (auto close = s.find("》"); close != std::string::npos)
    for (std::string_view verb : {"关注", "聚焦", "点赞", "报道", "播出", "头条", "专题"})
      if (tx::contains(std::string_view(s).substr(close), verb)) return false;
  for (std::string_view g : {"讲话", "报告", "分析", "方案", "总结", "汇报", "纪要", "通知", "意见", "办法", "规定", "决定", "通报"})
    if (tx::ends_with(s, g)) return false;
  if (auto colon = std::min(s.find(":"), s.find("：")); colon != std::string_view::npos && colon > 0)
    if (std::string_view label = std::string_view(s).substr(0, colon); tx::char_count(label) <= 6 && !digest_words(label) && !dated(label))
      return false;
  // (A name alone, `时政要闻`, `今日要闻`, is a site's column over one article; `要闻简报` names its items.)
  // (Its English name after it, `今日要闻 TODAY NEWS`, labels it still.)
  std::string_view core = s;
  while (!core.empty() && ((core.back() >= 'A' && core.back() <= 'Z') || (core.back() >= 'a' && core.back() <= 'z'))) core.remove_suffix(1);
  for (std::string_view w : kDigestNames)
    if (core == w && tx::char_count(core) <= 4 && !tx::ends_with(w, "简报")) return false;
  return digest_words(s);
}

bool digest_heading(const Document& doc, const std::vector<Para>& ps, std::string* line) {
  auto found = [&](std::string_view t) {
    if (line) *line = digest_name(t);
    return true;
  };
  if (!doc.title.empty() && digest_heading_line(doc.title)) return found(doc.title);
  for (std::size_t i = 0; i < ps.size() && i < 10; ++i)
    if (digest_heading_line(ps[i].t)) return found(ps[i].t);
  // A spoken digest names itself in its greeting (`今天是9月21日星期二，…欢迎收听…新闻早餐。`).
  for (std::size_t i = 0; i < ps.size() && i < 3; ++i) {
    std::string_view t = ps[i].t;
    bool greets = false;
    for (std::string_view g : {"今天是", "早上好", "晚上好", "欢迎收听", "欢迎收看", "来啦", "来了"}) greets |= tx::contains(t, g);
    if (!greets) continue;
    for (std::string_view w : kDigestNames)
      if (tx::contains(t, w)) return found(w);
    // (A morning read, `『早读』来啦`, names itself so only in its greeting.)
    for (std::string_view w : {"早读", "晨读", "夜读", "晚读"})
      if (tx::contains(t, w)) return found(w);
  }
  return false;
}

// A media item's credit under its headline, in place of text (`剪辑：某某　素材：…直播画面`,
// `视频：…`, `摄影：…`).
bool media_credit(std::string_view t) {
  std::string s = tx::strip_spaces(t);
  if (tx::char_count(s) > 40 || tx::ends_sentence(s)) return false;
  for (std::string_view w : {"剪辑", "素材", "视频", "摄影", "摄像", "图片", "监制", "制作"})
    if (tx::starts_with(s, w) && (s.substr(w.size(), 1) == ":" || s.substr(w.size(), 3) == "：")) return true;
  return false;
}

bool bare_numeral(std::string_view t) {
  t = tx::trim(t);
  return !t.empty() && t.size() <= 2 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

namespace {
// A paragraph that opens as news does: a day (`9月23日`, `20日起`, `当地时间19日`) or a
// reporting verb within its first forty characters.
bool news_opening(std::string_view t) {
  std::size_t i = 0, n = 0;
  char32_t prev = 0;
  while (i < t.size() && n < 40) {
    char32_t c = tx::next_cp(t, i);
    ++n;
    if (c == U'日' && ((prev >= '0' && prev <= '9') || tx::cn_digit(prev) >= 0 || prev == U'十')) return true;
    prev = c;
  }
  std::string_view head = t.substr(0, i);
  for (std::string_view v : {"召开", "举行", "印发", "发布", "会见", "出席", "强调", "公布", "宣布", "表示", "获悉", "报道", "启动", "开幕", "闭幕",
                             "昨日", "昨天", "今天", "今日", "近日", "日前", "当地时间", "记者", "据悉", "消息"})
    if (tx::contains(head, v)) return true;
  return false;
}

constexpr std::string_view kBullets[] = {"〇", "○", "●", "◆", "◇", "■", "□", "★", "☆", "▲", "△", "Δ", "▶", "►", "※", "▌", "·", "•", "-", ">>", "》》"};

// A paragraph's mark as a list's item: a bullet, or a numbering family and its number.
struct ItemMark {
  std::string key;
  long long number = -1;
};

ItemMark item_mark(const std::vector<Para>& ps, std::size_t j) {
  std::string_view t = tx::trim(ps[j].t);
  // A numeral alone over its paragraph (`01`, `3`).
  if (bare_numeral(t))
    return j + 1 < ps.size() && ps[j + 1].chars > 40 ? ItemMark{"numeral", std::stoll(std::string(t))} : ItemMark{};
  // (A headline is no item's text: an item is a paragraph of news.)
  if (ps[j].chars <= 40 && !tx::contains(t, "。")) return {};
  for (std::string_view b : kBullets)
    if (tx::starts_with(t, b)) return {std::string(b)};
  // (`1、9月20日15时许…`, `1.2019年4月3日晚…`: a number over a date, which parse_marker leaves alone.)
  std::size_t d = 0;
  while (d < t.size() && d < 2 && t[d] >= '0' && t[d] <= '9') ++d;
  if (d > 0 && d < t.size()) {
    std::string_view rest = t.substr(d);
    std::size_t sep = tx::starts_with(rest, "、") || tx::starts_with(rest, "．") ? 3 : tx::starts_with(rest, ".") ? 1 : 0;
    if (sep) {
      std::string_view after = rest.substr(sep);
      std::size_t k = 0;
      while (k < after.size() && k < 4 && after[k] >= '0' && after[k] <= '9') ++k;
      if (k > 0 && (tx::starts_with(after.substr(k), "年") || tx::starts_with(after.substr(k), "月") || tx::starts_with(after.substr(k), "日")))
        return {"arabic_dot", std::stoll(std::string(t.substr(0, d)))};
    }
  }
  auto m = tx::parse_marker(t);
  if (m.family == tx::MarkerFamily::arabic_dot || m.family == tx::MarkerFamily::cn_dun || m.family == tx::MarkerFamily::arabic_paren ||
      m.family == tx::MarkerFamily::circled)
    return {tx::family_name(m.family), m.number};
  return {};
}
}  // namespace

std::vector<std::size_t> digest_paragraph_items(const std::vector<Para>& ps) {
  std::vector<ItemMark> marks;
  std::map<std::string, std::size_t> count;
  for (std::size_t j = 0; j < ps.size(); ++j) {
    marks.push_back(item_mark(ps, j));
    if (!marks.back().key.empty()) ++count[marks.back().key];
  }
  std::string best;
  for (const auto& [k, n] : count)
    if (n >= 3 && (best.empty() || n > count[best])) best = k;
  if (best.empty()) return {};
  std::vector<std::size_t> items;
  std::size_t in_order = 0, numbered = 0;
  long long last = 0;
  for (std::size_t j = 0; j < ps.size(); ++j) {
    if (marks[j].key != best) continue;
    items.push_back(j);
    if (marks[j].number >= 0) {
      // (Numbering may start again under each section: `【国内】 1、2、` / `【国际】 1、`.)
      in_order += marks[j].number == last + 1 || marks[j].number == 1;
      ++numbered, last = marks[j].number;
    }
  }
  if (numbered && in_order * 3 < numbered * 2) return {};
  // Items of news, half of them at least, whatever the heading says: a day or a reporting verb early in
  // each (a single-topic bulletin's numbered paragraphs, `1、加强组织领导。…`, a notice's points, tell no news).
  std::size_t news = 0;
  for (std::size_t j : items) {
    std::size_t p = j + (marks[j].key == "numeral");
    if (p < ps.size()) news += news_opening(ps[p].t);
  }
  if (news * 2 < items.size()) return {};
  return items;
}

std::string_view strip_bullet(std::string_view title) {
  std::string_view t = tx::trim(title);
  // (A headline a transcript sets in brackets, `【习近平会见某某国总统】`: the words inside.)
  if (tx::starts_with(t, "【") && tx::ends_with(t, "】") && t.find("【", 3) == std::string_view::npos && tx::char_count(t) >= 6)
    return tx::trim(t.substr(3, t.size() - 6));
  for (std::string_view b : kBullets)
    if (b != "-" && tx::starts_with(t, b) && t.size() > b.size()) return tx::trim(t.substr(b.size()));
  return t;
}

// The last of a list's bulleted lines (`〇 习近平同…通电话`, `● …`): a digest's 提要, before its first item.
bool ends_bulleted_list(const std::vector<Para>& ps, std::size_t i) {
  auto bulleted = [&](std::size_t k) {
    std::string_view t = tx::trim(ps[k].t);
    for (std::string_view b : kBullets)
      if (tx::starts_with(t, b)) return true;
    return false;
  };
  return i >= 2 && bulleted(i) && bulleted(i - 1) && bulleted(i - 2);
}

}  // namespace gongwen::host::split_detail
