// A web page copied as plain text (see copied_page.hpp).
//
// Invariants: only the page's own lines go — lines among the first eight
// (its trail, its info line, its buttons) and a block of short lines closing
// the text (its buttons and footer); a line of prose is never one of them.
// Every kept byte stays at its offset. The page's facts are read from those
// lines only, never from the article (a meeting's `时间：` is no posting time).
#include "read/copied_page.hpp"

#include "read/html_chrome.hpp"
#include "read/html_meta.hpp"
#include "read/info_box.hpp"
#include "clean/script_fold.hpp"

#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <vector>

namespace gongwen::host {

namespace {

struct Line {
  std::size_t b, e;    // the line in the source, its newline included
  std::string_view t;  // its text, trimmed
};

constexpr std::size_t kHead = 8, kTail = 12, kBoxHead = 24;

// A full date and a time of day in the line.
bool posting_time(std::string_view t) { return posting_time_end(t) != 0; }

// `发布时间：2024-01-25 09:30   来源：县应急管理局   浏览次数：1523   【字体：大 中 小】`:
// two labels of a posting, or its posting time alone (not a regulation's
// `公布日期：`, `施行日期：`, nor a meeting's `时间：`).
bool info_line(std::string_view line) {
  if (text::char_count(line) > 120 || line.find("。") != std::string_view::npos) return false;
  // (`作者:法律资料网 时间:2024-06-26 07:53:48  浏览:9231   来源:法律资料网`: a law site's, short labels.)
  static constexpr std::array<std::string_view, 24> labels = {"发布时间", "发布日期", "发表时间", "更新时间", "发布机构", "来源：", "来源:", "浏览次数",
                                                              "点击数", "阅读次数", "访问量", "字号", "【字体", "作者：", "作者:",
                                                              "浏览：", "浏览:", "阅读：", "阅读:", "时间：", "时间:", "浏览量", "编辑：", "编辑:"};
  std::string sq = text::strip_spaces(line);
  std::string_view t = sq;
  int n = 0;
  for (auto l : labels) n += t.find(l) != std::string_view::npos;
  // (`发布时间：` holds `时间：`, `浏览次数` holds `浏览`: one label is counted once.)
  if (t.find("发布时间") != std::string_view::npos || t.find("更新时间") != std::string_view::npos || t.find("发表时间") != std::string_view::npos) n -= t.find("时间：") != std::string_view::npos || t.find("时间:") != std::string_view::npos;
  if (n >= 2) return true;
  // A forum's post header: `贾某某 发表于 2025-3-7 22:50:57`.
  if (auto at = line.find("发表于"); at != std::string_view::npos && text::char_count(line.substr(0, at)) <= 16)
    if (auto d = text::find_full_date(line.substr(at)); d && d->begin <= 3 * 3 + 6) return true;
  bool posted = t.find("发布时间") != std::string_view::npos || t.find("发布日期") != std::string_view::npos ||
                t.find("发表时间") != std::string_view::npos || t.find("信息时间") != std::string_view::npos ||
                t.find("归档时间") != std::string_view::npos || t.find("归档日期") != std::string_view::npos;
  // (A site's name, its day and its source, `中央政府门户网站 www.gov.cn   2008年03月06日   来源:人民日报`.)
  if (n == 1 && (t.find("来源：") != std::string_view::npos || t.find("来源:") != std::string_view::npos) && !text::more_visible_than(line, 60) &&
      text::find_full_date(line))
    return true;
  // (A site's name, its posting time and an empty label: `某某省交通运输厅 2021-02-10 13:44 来源:`.)
  if (n == 1 && !text::more_visible_than(line, 50) && posting_time(line)) return true;
  // (No label: the day and time it was posted, then the paper's name, `2022年01月31日 11时09分   某某日报`.)
  // (Read unsqueezed: squeezing runs the day into the hour, `2017-07-0507:40`.)
  if (auto d = text::find_full_date(line); n == 0 && d && d->begin == 0)
    if (std::size_t e = posting_time_end(line); e && text::char_count(text::strip_spaces(line.substr(e))) <= 12) return true;
  // (Its date read as printed: squeezed, `2011-12-19 09:30` runs the day into the hour.)
  return n == 1 && posted && text::find_full_date(line).has_value();
}

// One label of a posting and its value on a line of its own, `日期:2021-12-21`, `来源:外事管理`,
// `字号:`: the page's info line when another such line stands next to it (a layout's cells stacked).
// (1: a label a text may print too, `日期`, `时间`, `作者`; 2: a page's only, `来源`, `字号`, `浏览次数`.)
int posting_label_line(std::string_view t) {
  if (text::more_visible_than(t, 30) || t.find("。") != std::string_view::npos) return 0;
  std::string sq = text::strip_spaces(t);
  for (std::string_view l : {"发布时间", "发布日期", "来源", "信息来源", "文章来源", "字号", "浏览次数", "点击数", "责任编辑", "日期", "时间", "作者", "编辑"})
    if (text::starts_with(sq, l) && (text::starts_with(std::string_view(sq).substr(l.size()), ":") || text::starts_with(std::string_view(sq).substr(l.size()), "：")))
      return l == "日期" || l == "时间" || l == "作者" || l == "编辑" ? 1 : 2;
  return 0;
}

// A site's footer: `主办单位：…  技术支持：…`, `版权所有`, `ICP备`, `网站标识码`.
bool footer_mark(std::string_view t) {
  if (text::char_count(t) > 120) return false;
  for (std::string_view m : {"版权所有", "主办单位", "承办单位", "技术支持", "ICP备", "网站标识码", "公网安备", "联系我们", "网站地图",
                             "Copyright", "copyright", "©"})
    if (t.find(m) != std::string_view::npos) return true;
  return false;
}

// An e-paper's trail to the page (`发刊日期:2019年01月31日> > 总第390期 > 第A4版 > 新闻内容`): its issue and page.
bool epaper_trail(std::string_view t) {
  if (text::more_visible_than(t, 80) || t.find('>') == std::string_view::npos || t.find("。") != std::string_view::npos) return false;
  auto issue = t.find("期");
  while (issue != std::string_view::npos && issue >= 3 && t.substr(issue - 3, 3) == "日") issue = t.find("期", issue + 3);  // (not 日期)
  return issue != std::string_view::npos && t.find("版", issue) != std::string_view::npos && t.find('>', issue) != std::string_view::npos;
}

// `某某村致村民选举的公开信 发布日期:2021-10-29 10:00 信息来源:某某村`: the page's title set on its
// info line, before its first label; its length in bytes (the line is the page's, the title the
// document's), or 0.
std::size_t title_before_facts(std::string_view t) {
  // (The first label that opens a word after a space: `…饮用水来源排查…的通知 发布日期：` is cut at 发布日期.)
  std::size_t at = std::string_view::npos;
  for (std::string_view l : {"发布日期", "发布时间", "发表时间", "更新时间", "信息来源", "来源", "日期：", "日期:", "时间：", "时间:"})
    for (auto p = t.find(l); p != std::string_view::npos && p < at; p = t.find(l, p + 1))
      if (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t' || (p >= 3 && t.substr(p - 3, 3) == "\u3000"))) {
        at = p;
        break;
      }
  if (at == std::string_view::npos || at == 0) return 0;
  std::string_view head = text::trim(t.substr(0, at));
  // (A title names what it is, `关于…`, `…的公开信`, `致…`: not a bare organ, a channel or a byline over the facts.)
  bool titled = head.find("关于") != std::string_view::npos || head.find("的") != std::string_view::npos || head.starts_with("致");
  for (std::string_view credit : {"记者", "通讯员", "作者", "编辑", "客户端", "频道"}) titled = titled && head.find(credit) == std::string_view::npos;
  if (!titled) return 0;
  if (text::han_count(head) < 6 || text::more_visible_than(head, 60) || head.find(':') != std::string_view::npos ||
      head.find("：") != std::string_view::npos || text::ends_sentence(head) || text::find_full_date(head))
    return 0;
  // (Not a table's cells, `公开目录 | 乡镇信息 |`, nor a headline that calls out, `…为禁牧期!大同区最新公告`: the
  // document's own title is printed under such a line.)
  for (std::string_view mark : {"|", "｜", "!", "！", "?", "？"})
    if (head.find(mark) != std::string_view::npos) return 0;
  for (std::string_view site : {"网", "网站", "门户", "平台", "首页"})
    if (head.ends_with(site)) return 0;
  return static_cast<std::size_t>(head.data() - t.data()) + head.size();
}

// The trail under a site's menus, further down than a head's eight lines: the title under it, then
// its info line (`发布日期:… 来源:…`), and above it only short lines, no prose. Its index, or 0.
std::size_t deep_trail(const std::vector<Line>& lines) {
  for (std::size_t i = kHead; i + 2 < lines.size() && i < 200; ++i) {
    auto t = lines[i].t;
    if (text::more_visible_than(t, 60) && t.find("。") != std::string_view::npos) return 0;  // the article has begun
    // (A trail that says so, its label or its home, `首页 > 政务公开 > …`; not a flow of steps, `签到→入场→…`.)
    std::string sq = text::strip_spaces(t);
    bool labelled = sq.find("位置") != std::string::npos;
    for (std::string_view home : structure::kTrailHomes) labelled |= text::starts_with(sq, home);
    if (!breadcrumb_line(t) || !labelled) continue;
    auto title = lines[i + 1].t;
    // (Its info line labelled, `发布日期:… 来源:…`: a bare time is no page's line here.)
    auto labelled_info = [&](std::string_view l) { return info_line(l) && (l.find(':') != std::string_view::npos || l.find("：") != std::string_view::npos); };
    bool info = labelled_info(lines[i + 2].t) || (i + 3 < lines.size() && labelled_info(lines[i + 3].t));
    return info && !text::more_visible_than(title, 80) && title.find("。") == std::string_view::npos && !info_line(title) ? i : 0;
  }
  return 0;
}

// The headline under a site's menus, further down than a head's eight lines, its info line under it
// labelled (`2025-08-08 15:50  来源:某某日报`), and above it only the menus' short lines: no prose, no
// 关于 of a title, no 文号 of a 公文's head. Its index, or 0.
std::size_t deep_headline(const std::vector<Line>& lines) {
  for (std::size_t i = kHead; i < lines.size() && i < 60; ++i) {
    auto t = lines[i].t;
    if (text::more_visible_than(t, 60) || t.find("。") != std::string_view::npos) return 0;  // the article has begun
    if (!info_line(t) || (t.find(':') == std::string_view::npos && t.find("：") == std::string_view::npos)) continue;
    // (A page's posting line, its source or its count; a meeting's `时间：` or a 公示's `公示时间：` is no page's.)
    bool posting = false;
    for (std::string_view l : {"来源", "发布", "浏览", "点击", "阅读", "编辑", "作者"}) posting |= t.find(l) != std::string_view::npos;
    if (!posting) continue;
    auto title = lines[i - 1].t;
    if (text::more_visible_than(title, 80) || info_line(title) || chrome_line(title)) return 0;
    // (And above it the site's: its switches, menus and banners, two of them at least.)
    std::size_t site = 0;
    for (std::size_t k = 0; k + 1 < i; ++k) {
      std::string sq = text::strip_spaces(lines[k].t);
      bool numbered = text::ends_with(sq, "号") && sq.find_first_of("0123456789") != std::string::npos;  // (`某政发〔2024〕3号`, not `微信公众号`)
      if (sq.find("关于") != std::string::npos || numbered) return 0;
      site += chrome_line(lines[k].t);
    }
    return site >= 2 ? i - 1 : 0;
  }
  return 0;
}

// The box's pairs as the fields a crawler's record header gives (record_header.cpp),
// every pair as printed in `fields.record`; what the page's own lines said stays.
void box_fields(const InfoBox& box, Unwrapped& u) {
  Json record = Json::object();
  std::string published, written;
  auto set = [&](const char* field, const std::string& v) {
    if (!u.fields.contains(field)) u.fields[field] = v;
  };
  for (const auto& [label, value] : box.pairs) {
    if (value.empty() || value == "无" || value == "暂无" || value == "-") continue;
    record[label] = value;
    std::string_view l = label;
    if ((l == "发文字号" || l == "文号" || l == "发布文号" || l == "文件字号" || l == "发文文号" || l == "文件编号" || l == "颁布文号") && (value.find("号") != std::string::npos || value.find("號") != std::string::npos))
      set("page_doc_number", value);
    else if (l == "发文机关" || l == "发文机构" || l == "发布机构" || l == "发布机关" || l == "制发机关" || l == "发布单位" || l == "颁布单位" ||
             l == "颁布机关" || l == "制定机关" || l == "责任部门")
      set("publisher", value);
    else if (l == "来源" || l == "信息来源") set("source", value);
    else if (l == "标题" || l == "文件名称" || l == "名称" || l == "法规名称") set("title", value);
    else if (auto d = text::find_full_date(value)) {
      if ((l == "发布日期" || l == "发布时间") && published.empty()) published = d->iso();
      if ((l == "成文日期" || l == "发文日期" || l == "颁布日期") && written.empty()) written = d->iso();
    }
  }
  // (The publication dates the page; the document's own date only when none does, as html_meta.cpp reads a box.)
  // (The box's 发布日期 over a loose `时间:` line the template left under the title.)
  if (!published.empty()) u.fields["page_date"] = published;
  else if (!written.empty()) set("page_date", written);
  // (The document's own date as the box gives it dates a document that prints none, before the page's.)
  if (!written.empty()) set("page_written_date", written);
  if (!record.empty() && !u.fields.contains("record")) u.fields["record"] = std::move(record);
}

}  // namespace

bool unwrap_copied_page(std::string_view s, Unwrapped& u) {
  // A page in traditional characters (`當前位置: 首頁>>`, `來源:`) is told by its lines read folded, a
  // line's length kept (script_fold.hpp): the same offsets; what is kept is read as written.
  // (Only the page's head and foot are read here: they alone are folded, the rest kept, so the cost
  // stays the same for any length; the pipeline folds the whole text once for the handlers.)
  std::optional<ScriptFold> fold;
  std::string folded;
  try {
    std::size_t head = s.size() <= 48 * 1024 ? s.size() : s.rfind('\n', 32 * 1024) + 1;
    std::size_t foot = head == s.size() ? s.size() : s.find('\n', s.size() - 8 * 1024);
    if (foot == std::string_view::npos || foot < head) foot = head;
    fold = fold_traditional(s.substr(0, head));
    if (fold) {
      folded = std::move(fold->text);
      folded.append(s.substr(head, foot - head));
      if (auto f = fold_traditional(s.substr(foot)); f) folded.append(f->text);
      else folded.append(s.substr(foot));
    }
  } catch (const std::exception&) {  // (OpenCC missing: the pipeline says so; the page is read as it is)
    fold.reset();
  }
  std::string_view d = fold ? std::string_view(folded) : s;
  std::vector<Line> lines;
  for (std::size_t b = 0; b < d.size();) {
    std::size_t e = d.find('\n', b);
    e = e == std::string_view::npos ? d.size() : e + 1;
    if (auto t = text::trim(d.substr(b, e - b)); !t.empty()) lines.push_back({b, e, t});
    b = e;
  }
  auto written = [&](std::size_t i) { return s.substr(static_cast<std::size_t>(lines[i].t.data() - d.data()), lines[i].t.size()); };
  if (lines.size() < 4) return false;
  // The head's page lines, and the first line of a closing block of page lines.
  std::vector<bool> drop(lines.size(), false);
  std::vector<std::size_t> title_kept(lines.size(), 0);  // (bytes of a dropped info line that are the title)
  bool trail_or_info = false;
  std::size_t marks = 0, strong = 0;
  // A site's menus before the trail, lines upon lines (`部门网站导航`, `• 教育厅` …): the trail, then
  // the title and its info line under it, start the page's head; all above them is the site's.
  std::size_t h0 = deep_trail(lines);
  if (!h0) h0 = deep_headline(lines);
  for (std::size_t i = 0; i < h0; ++i) drop[i] = true;
  strong += h0 > 0;
  // A trail broken over lines, a part a line (`当前页面:` / `首页` / `> 政务公开` / `> 某某镇`): each
  // part after its arrow, and over them the home and the label alone.
  std::vector<bool> trail_part(lines.size(), false);
  {
    const std::size_t end = std::min(lines.size(), h0 + kHead);
    std::vector<std::string> sq(end);
    std::vector<bool> arrowed(end, false);
    for (std::size_t i = h0; i < end; ++i) {
      sq[i] = text::strip_spaces(lines[i].t);
      std::string_view q = sq[i];
      arrowed[i] = !text::more_visible_than(q, 30) && q.find("。") == std::string_view::npos && text::char_count(q) > 1 &&
                   (q.starts_with(">") || q.starts_with("＞") || q.starts_with("»") || q.starts_with("›"));
    }
    auto home = [&](std::size_t i) { return std::find(structure::kTrailHomes.begin(), structure::kTrailHomes.end(), sq[i]) != structure::kTrailHomes.end(); };
    // (Two parts at least, each next to another or under the home: a quoted reply's `> …` alone is none.)
    for (std::size_t i = h0; i < end; ++i)
      trail_part[i] = arrowed[i] && ((i + 1 < end && arrowed[i + 1]) || (i > h0 && (arrowed[i - 1] || home(i - 1))));
    for (std::size_t i = end; i-- > h0;) {
      if (trail_part[i] || i + 1 >= end || !trail_part[i + 1]) continue;
      bool label = (sq[i].ends_with(":") || sq[i].ends_with("：")) && !text::more_visible_than(sq[i], 8) &&
                   (sq[i].find("位置") != std::string::npos || sq[i].find("页面") != std::string::npos);
      trail_part[i] = home(i) || label;
    }
  }
  for (std::size_t i = h0; i < lines.size() && i < h0 + kHead; ++i) {
    auto t = lines[i].t;
    if (text::char_count(t) > 60 && t.find("。") != std::string_view::npos) break;  // the article has begun
    bool trail = breadcrumb_line(t) || trail_part[i] || app_call_line(t) || search_box_line(t) || epaper_trail(t), info = info_line(t);
    // (A meeting's `日期：` over its `时间：` is the text's: one of the two must be a page's label.)
    // (The run of such lines around it: two at least, a page's label among them.)
    if (int here = posting_label_line(t); here && !info) {
      std::size_t a = i, b = i + 1;
      int most = here;
      while (a > h0 && i - a < 6 && posting_label_line(lines[a - 1].t)) most = std::max(most, posting_label_line(lines[--a].t));
      while (b < lines.size() && b - i < 6 && posting_label_line(lines[b].t)) most = std::max(most, posting_label_line(lines[b++].t));
      info = b - a >= 2 && most == 2;
    }
    // (The article's own credit under its title, the info line's 来源 left empty: `来源:某省纪委监察厅`.)
    for (std::string_view l : {"来源：", "来源:"})
      if (trail_or_info && text::starts_with(t, l) && text::char_count(t) <= 30 && !text::trim(t.substr(l.size())).empty() &&
          t.find(' ', l.size() + 1) == std::string_view::npos)
        info = true;
    // (A label of the info line alone, its value on the next line, `发布时间:` / `2025-05-22 10:03`,
    // `信息来源:` / `某某融媒`, as a layout's cells copy: the two lines are the page's.)
    InfoLabel alone = info_label_alone(t);
    bool posted_label = alone == InfoLabel::posted, source_label = alone == InfoLabel::source;
    if (!info && !trail && i + 1 < lines.size() && (posted_label || source_label)) {
      std::string_view next = lines[i + 1].t;
      bool dated = posted_label && text::find_full_date(next) && !text::more_visible_than(next, 24);
      bool sourced = source_label && !text::more_visible_than(next, 20) && next.find(':') == std::string_view::npos &&
                     next.find("：") == std::string_view::npos && next.find("。") == std::string_view::npos;
      if (dated || sourced) {
        drop[i] = drop[i + 1] = true;
        marks += 1;
        trail_or_info = true;
        ++i;
        continue;
      }
    }
    // (An e-paper's banner over its trail: `版权所有:某某医院 PDF版`; a 主办单位 line may be the article's.)
    bool banner = t.find("版权所有") != std::string_view::npos || t.find("Copyright") != std::string_view::npos || t.find("PDF版") != std::string_view::npos;
    if (i < 3 && banner && !text::more_visible_than(t, 40) && !trail && !info) {
      drop[i] = true;
      ++marks;
      continue;
    }
    strong += app_call_line(t) || search_box_line(t);  // (no text but a page's asks to open an app or offers its hot words)
    if (trail || info || chrome_line(t)) {
      drop[i] = true;
      ++marks;
      trail_or_info |= trail || info;
      if (info && !trail) title_kept[i] = title_before_facts(t);
      if (info) {
        int labels = 0;
        // (Or a credits line: `来源:院报 作者:某某 摄影:某某 核稿:某某 编发:某某`.)
        for (std::string_view l : {"发布", "来源", "浏览", "点击", "字号", "字体", "作者", "时间", "摄影", "核稿", "编发", "责编", "审核"})
          labels += t.find(l) != std::string_view::npos;
        // (Two with a posting's time of day: `浏览量: 时间:2016-01-17 23:45:19`.)
        // (Or two with the count of its views, `2014-03-14   来源:记者站     浏览数:`: no text counts its readers.)
        bool views = false;
        for (std::string_view l : {"浏览", "点击", "阅读次数", "访问量", "查看"}) views |= t.find(l) != std::string_view::npos;
        strong += labels >= 3 || (labels >= 2 && (posting_time(t) || views)) || (t.find("发表于") != std::string_view::npos && posting_time(t));
      }
    }
  }
  // The site's banner above its trail (`牟定县人民政府` over `首页 >> 公开信息内容`): short
  // lines, never a title (one that says 关于 is kept).
  // (Or the site's menu between bars, `某某报业集团主办 | 某某网主站 | 广告服务 | 投稿| 联系我们`.)
  auto bar_menu = [](std::string_view t) {
    std::size_t items = 0;
    for (std::size_t b = 0; b <= t.size();) {
      std::size_t e = std::min({t.find('|', b), t.find("｜", b), t.size()});
      std::size_t n = text::char_count(text::trim(t.substr(b, e - b)));
      if (n < 1 || n > 10) return false;
      ++items;
      b = e + (e < t.size() && t[e] == '|' ? 1 : 3);
    }
    return items >= 3;
  };
  for (std::size_t i = h0; i < lines.size() && i < h0 + kHead; ++i)
    if (drop[i] && (breadcrumb_line(lines[i].t) || epaper_trail(lines[i].t))) {
      for (std::size_t k = 0; k < i; ++k)
        if ((!text::more_visible_than(lines[k].t, 20) || bar_menu(lines[k].t)) && lines[k].t.find("关于") == std::string_view::npos &&
            !text::ends_sentence(lines[k].t))
          drop[k] = true;
      break;
    }
  // The column's name the page prints again under its trail (`当前位置:…>> 交流发言` / `交流发言`),
  // over the title: a label. (A trail ends with the title as often, `…> 请示 > 道路硬化请示` over
  // `道路硬化请示` and the posting's line: that one is the title.)
  for (std::size_t i = h0; i + 2 < lines.size() && i < h0 + kHead; ++i)
    if (drop[i] && breadcrumb_line(lines[i].t)) {
      std::string column = breadcrumb_column(lines[i].t);
      auto under = lines[i + 2].t;
      bool titled = text::char_count(under) <= 60 && !text::ends_sentence(under) && !info_line(under) && !chrome_line(under) &&
                    !text::ends_with(under, "号");  // (a 文号 under the title, `某交〔2023〕5号`)
      if (!column.empty() && text::strip_spaces(lines[i + 1].t) == column && titled) drop[i + 1] = true;
    }
  // A government page's information box (info_box.cpp) under the page's own short lines.
  InfoBox box;
  std::vector<std::string_view> texts;
  for (std::size_t i = 0; i < lines.size(); ++i) texts.push_back(written(i));
  bool boxed = find_info_box(texts, kBoxHead, box);
  for (std::size_t i = 0; boxed && i < box.first; ++i)  // (a trail may be long: `您现在所在的位置: 网站首页> … > 年度计划`)
    boxed = breadcrumb_line(lines[i].t) || (!text::more_visible_than(lines[i].t, 60) && lines[i].t.find("。") == std::string_view::npos);
  if (boxed) {
    // When the box names the document (`名称：…`) and no line above it is that title, the
    // lines above are all the page's: its title with the site's name, the date of the
    // visit, its switches and a trail broken over lines (`政务公开` / `>` / `政策法规`).
    std::string named;
    for (const auto& [label, value] : box.pairs)
      if ((label == "名称" || label == "标题" || label == "文件名称" || label == "法规名称") && !value.empty()) named = text::strip_spaces(value);
    bool head_is_page = !named.empty();
    for (std::size_t i = 0; i < box.first && head_is_page; ++i) head_is_page = text::strip_spaces(written(i)) != named;
    // (So is a column's short label over the box when the title stands under it: `预算绩效管理`.)
    bool titled_under = box.last + 1 < lines.size() && text::char_count(lines[box.last + 1].t) <= 60 && !text::ends_sentence(lines[box.last + 1].t) &&
                        !info_line(lines[box.last + 1].t);
    for (std::size_t i = 0; i <= box.last; ++i)
      if (i >= box.first || head_is_page || chrome_line(lines[i].t) || breadcrumb_line(lines[i].t) ||
          (i + 1 == box.first && titled_under && text::char_count(lines[i].t) <= 10 &&
           text::char_count(lines[i].t) < text::char_count(lines[box.last + 1].t)))
        drop[i] = true;
    // (Under the box, the title and the page's info line, however far down the box pushed them.)
    for (std::size_t i = box.last + 1; i < lines.size() && i <= box.last + 3; ++i)
      if (info_line(lines[i].t)) drop[i] = true;
    trail_or_info = true;
    strong += 1;
  }
  // (Up from the end through marked lines, at most two unmarked ones between them:
  // `地址：…` and `电话：…` are a footer's too, a 公文's signature over it is not.)
  std::size_t tail_from = lines.size();
  for (std::size_t i = lines.size(), gap = 0; i-- > 0 && i + kTail >= lines.size() && i >= h0 + kHead;) {
    auto t = lines[i].t;
    if (text::char_count(t) > 100) break;  // prose: the footer starts below it
    if (chrome_line(t) || footer_mark(t)) tail_from = i, gap = 0;
    // (A sentence below every mark is the document's end, `特此公告。`: no footer under it.)
    else if (++gap > 2 || (tail_from == lines.size() && t.find("。") != std::string_view::npos)) break;
  }
  std::size_t tail_marks = 0;
  for (std::size_t i = tail_from; i < lines.size(); ++i) tail_marks += chrome_line(lines[i].t) || footer_mark(lines[i].t);
  if (!(trail_or_info && (marks + tail_marks >= 2 || strong > 0))) return false;
  for (std::size_t i = tail_from; i < lines.size(); ++i) drop[i] = true;
  // The column's label the page prints over the headline (`媒体报道荟萃` over `【大众日报】…`), the
  // page's own lines just under it: a label, no title.
  std::string column;
  for (std::size_t i = h0; i + 2 < lines.size() && i < h0 + kHead; ++i) {
    if (drop[i]) continue;
    std::string q = text::strip_spaces(lines[i].t);
    bool label = false;
    for (std::string_view w : {"荟萃", "动态", "新闻", "要闻", "资讯", "聚焦", "快讯", "报道", "风采", "专栏"})
      label |= text::ends_with(q, w) && text::char_count(q) <= 8;
    bool under = false;  // (the page's own lines within the next three: its info line)
    for (std::size_t k = i + 2; k < lines.size() && k <= i + 4 && !under; ++k) under = drop[k] && k < tail_from;
    if (label && under && !drop[i + 1] && !text::more_visible_than(lines[i + 1].t, 60)) {
      drop[i] = true;
      column = text::strip_spaces(written(i));
    }
    break;
  }

  // The page's facts from its own lines.
  // (Read folded, its labels are found; a value is then taken as written, at the same place.)
  std::string head, head_read, tail;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (drop[i]) {
      (i < tail_from ? head : tail).append(written(i)).append("\n");
      if (i < tail_from) head_read.append(lines[i].t).append("\n");
    }
  std::vector<std::string> before;
  for (const auto& [k, v] : u.fields.items()) before.push_back(k);
  page_info(head_read, u);
  for (auto& [k, v] : u.fields.items())
    if (fold && v.is_string() && std::find(before.begin(), before.end(), k) == before.end())
      if (auto at = head_read.find(v.get<std::string>()); at != std::string::npos) v = head.substr(at, v.get<std::string>().size());
  footer_site(tail, u);
  if (boxed) box_fields(box, u);
  if (!column.empty() && !u.fields.contains("page_column")) u.fields["page_column"] = column;

  std::size_t kept_from = 0, dropped = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!drop[i]) continue;
    if (lines[i].b > kept_from) u.out.copy(s.substr(kept_from, lines[i].b - kept_from), kept_from);
    if (title_kept[i]) {
      auto at = static_cast<std::size_t>(lines[i].t.data() - d.data());  // (same offsets folded or not)
      u.out.copy(s.substr(at, title_kept[i]), at);
      u.out.insert("\n");
    }
    kept_from = lines[i].e;
    ++dropped;
  }
  if (kept_from < s.size()) u.out.copy(s.substr(kept_from), kept_from);
  u.wrapper = "copied-page";
  u.notes.push_back({Diag::clean_copied_page,
                     fmt::format("a web page copied as text: {} of its lines (trail, info line, information box, buttons, footer) read as fields and dropped", dropped)});
  return true;
}

std::size_t closing_credits(std::string_view s, Json& credits) {
  std::size_t end = s.size(), begin = s.size(), lines = 0;
  Json found = Json::object();
  while (end > 0) {
    std::size_t b = s.rfind('\n', end - 1);
    b = b == std::string_view::npos ? 0 : b + 1;
    std::string_view line = text::trim(s.substr(b, end - b));
    end = b == 0 ? 0 : b - 1;
    if (line.empty()) continue;
    if (text::more_visible_than(line, 30)) break;
    std::string sq = text::strip_spaces(line);
    auto credit = opening_credit(sq);
    if (!credit) break;
    found[std::string(credit->first)] = std::string(text::trim(credit->second));
    begin = b, ++lines;
  }
  if (lines < 3 || found.size() < 2) return std::string_view::npos;
  credits = std::move(found);
  return begin;
}

}  // namespace gongwen::host
