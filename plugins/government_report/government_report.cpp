// government_report: 政府工作报告 — the report the head of a government
// delivers each year to the people's congress at its level (国务院总理 to the
// 全国人民代表大会, 省长, 市长, 县长, 区长 to theirs). A speech in form, but a
// kind of its own: it reviews the past year and sets the year's targets.
// The courts' and the standing committee's reports to the same session
// (人民法院/人民检察院/常务委员会工作报告) share its form and are read alike.
//
// detect() signals (added, capped at 1):
//   a title line that is 政府工作报告 (letter-spaced, with a year or region)  +0.40
//   the session line `——2024年3月5日在第十四届全国人民代表大会第二次会议上` +0.25
//   the opening `现在，我代表…政府/国务院，向大会…报告…请予审议`            +0.30
//   `各位代表：` near the start                                                +0.10
//   the year's targets `主要预期目标是：`                                       +0.10
// A text about a report (news, commentary, a study session) quotes
// 《政府工作报告》 and has none of the first three: it stays below a speech or
// news handler's score.
//
// process() gives year, region, level, date, occasion, speaker and position,
// the targets (each clause of the 预期目标 sentence, with its line) and the
// heading tree.
#include <gongwen/people.hpp>
#include <gongwen/plugin.hpp>
#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace gongwen;
namespace tx = gongwen::text;
using gongwen::text::contains;
namespace st = gongwen::structure;


constexpr std::string_view kReport = "政府工作报告";

// The organs that report each year to the congress at their level: structure::congress_report.
std::string_view report_type(std::string_view q) { return st::congress_report(q); }

// A site's label before a report's title (`【中英文对照】全国人大常委会工作报告`): its end, or 0.
std::size_t site_label(std::string_view t) {
  if (!t.starts_with("【")) return 0;
  auto close = t.find("】");
  return close != std::string_view::npos && tx::char_count(t.substr(3, close - 3)) <= 10 ? close + 3 : 0;
}

// A title line as the report's own words: spaces out, the subtitle after its dash and a
// site's decoration (`【中英文对照】…（全文）`) cut off.
// A template's speaker, his name masked (`镇长 XX`): a post and a short mask of x or *.
bool masked_speaker(std::string_view p) {
  std::string q = tx::strip_spaces(p);
  for (auto post : people::kPositions)
    if (tx::starts_with(q, post)) {
      std::string_view rest = std::string_view(q).substr(post.size());
      return !rest.empty() && tx::char_count(rest) <= 4 && rest.find_first_not_of("xX*") == std::string_view::npos;
    }
  return false;
}

std::string report_title(std::string_view p) {
  std::string q = tx::strip_spaces(p);
  if (auto dash = q.find("——"); dash != std::string::npos) q.resize(dash);
  q.resize(st::undecorated_end(q));
  q.erase(0, st::undecorated_begin(q));
  q.erase(0, site_label(q));
  return q;
}

// The organ a report's title names before its type, the year it reviews left out
// (`武汉市人民检察院2024年工作报告`, `2024年某市中级人民法院工作报告` → the court); empty when the
// title names none.
std::string titled_organ(std::string_view q) {
  std::string_view r = report_type(q);
  if (r.empty()) return {};
  std::string organ(q.substr(0, q.size() - r.size()));
  if (organ.size() > 7 && organ.find_first_not_of("0123456789") == 4 && organ.compare(4, 3, "年") == 0)
    organ.erase(0, organ.compare(7, 3, "度") == 0 ? 10 : 7);
  for (std::size_t i = 0; i < r.size() && r.substr(i) != "工作报告" && !(r[i] >= '0' && r[i] <= '9');) {
    std::size_t k = i;
    tx::next_cp(r, k);
    organ.append(r.substr(i, k - i));
    i = k;
  }
  return organ;
}

// `政府工作报告`, `政 府 工 作 报 告`, `2026年浙江省政府工作报告`, `1998年政府工作报告`,
// `最高人民检察院工作报告`, and the fused `政府工作报告——2018年3月5日在…`: the report's own
// title, not a sentence or a quotation that mentions it.
bool title_line(std::string_view p) {
  std::string q = report_title(p);
  if (report_type(q).empty()) return false;
  if (contains(q, "《") || contains(q, "关于")) return false;
  // (Or titled by its session: `在某县第十八届人民代表大会第三次会议上的政府工作报告`.)
  // (Or a committee's named in full, `中国人民政治协商会议某某市第十一届委员会常务委员会工作报告`: no clause in it.)
  if (tx::char_count(q) > 24)
    return (tx::starts_with(q, "在") && contains(q, "会议上的") && tx::char_count(q) <= 50) ||
           (tx::char_count(q) <= 40 && tx::ends_with(q, "委员会工作报告") && !contains(q, "，") && !contains(q, "。"));
  return true;
}

// A page flattened onto one line (`桥头镇2023年度政府工作报告各位代表:现在,我代表…`): its
// title, its salutation and its body as paragraphs of their own, for every test to find them where
// they would stand. The title is run on into the deputies' salutation, nothing else.
void unglue_head(std::vector<st::Paragraph>& ps) {
  if (ps.empty() || !tx::more_visible_than(ps[0].text, 200)) return;
  std::string_view p = ps[0].text;
  constexpr std::string_view report = "工作报告";
  std::string_view head = p.substr(0, std::min<std::size_t>(p.size(), 3 * 44));  // (a title's reach, not the whole page)
  for (auto at = head.find(report); at != std::string_view::npos && tx::char_count(p.substr(0, at)) <= 40; at = head.find(report, at + 1)) {
    std::size_t end = at + report.size();
    std::string_view rest = p.substr(end);
    if (!title_line(p.substr(0, end)) || !(tx::starts_with(rest, "各位代表") || tx::starts_with(rest, "各位委员"))) continue;
    std::size_t colon = std::min(rest.find("："), rest.find(":"));
    if (colon == std::string_view::npos || tx::char_count(rest.substr(0, colon)) > 12) return;
    colon += rest.substr(colon).starts_with(":") ? 1 : 3;
    std::size_t base = ps[0].offset;
    std::vector<st::Paragraph> head = {{p.substr(0, end), base}, {rest.substr(0, colon), base + end}};
    if (auto body = tx::trim(rest.substr(colon)); !body.empty())
      head.push_back({body, base + static_cast<std::size_t>(body.data() - p.data())});
    ps.erase(ps.begin());
    ps.insert(ps.begin(), head.begin(), head.end());
    return;
  }
}

// `2024年3月5日在第十四届全国人民代表大会第二次会议上`, with or without its dash.
// Only its head up to `会议上` counts: a speaker or a caption may be glued on.
bool session_line(std::string_view p) {
  auto on = p.find("会议上");
  // (Or its 上 lost with its bracket: `2019年2月26日在镇第十四届人民代表大会第三次会议`.)
  std::string_view line = tx::trim(p);
  for (std::string_view close : {"）", ")"})
    if (line.ends_with(close)) line.remove_suffix(close.size());
  if (on == std::string_view::npos && line.ends_with("会议") && tx::find_full_date(tx::strip_spaces(line))) on = line.size() - 6 + (line.data() - p.data());
  if (on == std::string_view::npos) return false;
  auto head = p.substr(0, on);
  // (A congress's, or a CPPCC's: `在政协某市第十四届委员会第一次会议上`.)
  bool assembly = contains(head, "人民代表大会") || ((contains(head, "政协") || contains(head, "政治协商会议")) && contains(head, "委员会"));
  return assembly && tx::char_count(head) <= 90 && !contains(head, "。");
}

// `现在，我代表国务院，向大会报告政府工作，请予审议`: the delivery formula, and the organ it
// names (`我代表区委、区政府` → 区政府), or empty when p is none.
// A standing committee's is entrusted: `我受…常务委员会委托，向大会报告工作，请予审议`.
std::string delivered_by(std::string_view p) {
  // (After the salutation the page ran it on to: `…工作报告各位代表:  现在,我受…委托`.)
  // (Or its members: `各位委员，各位同志：我代表常务委员会…`, a CPPCC committee's report.)
  auto hall = p.substr(0, std::min<std::size_t>(p.size(), 3 * 80));
  if (auto g = std::min(hall.find("各位代表"), hall.find("各位委员")); g != std::string_view::npos) {
    auto after = p.substr(g, 3 * 20);
    if (auto c = std::min(after.find("："), after.find(":")); c != std::string_view::npos)
      p = tx::trim(p.substr(g + c + (after[c] == ':' ? 1 : 3)));
  }
  auto head = p.substr(0, std::min<std::size_t>(p.size(), 3 * 40));
  auto at = std::min(head.find("我代表"), head.find("我受"));
  if (at == std::string_view::npos || at > 3 * 12) return {};
  // (A party congress's report is entrusted too, by its committee: `我受中共某市第十届委员会委托`;
  // a government's or a standing committee's is the congress's.)
  if (p.substr(at).starts_with("我受")) {
    auto entrusted = p.substr(at, 3 * 40);
    auto by = entrusted.find("委托");
    if (by == std::string_view::npos) return {};
    auto organ = entrusted.substr(0, by);
    bool congress = contains(organ, "常务委员会") || contains(organ, "人大常委会") || contains(organ, "人民政府");
    if (!congress || contains(organ, "中共")) return {};
  }
  auto rest = p.substr(at);
  // (`…向我们的会议提出工作报告`: an early session's words, no 审议 asked.)
  bool reports = contains(rest.substr(0, 150), "向大会") && contains(rest.substr(0, 200), "审议");
  reports |= (contains(rest.substr(0, 90), "提出工作报告") || contains(rest.substr(0, 90), "作工作报告")) && contains(rest.substr(0, 60), "向");
  if (!reports) return {};
  auto t = rest.substr(rest.starts_with("我受") ? 6 : 9);
  std::string organ = tx::strip_spaces(t.substr(0, std::min({t.find("，"), t.find(","), t.find("向大会"), t.find("委托"), t.find("向我们"), t.find("向会议")})));
  if (auto dun = organ.rfind("、"); dun != std::string::npos) organ = organ.substr(dun + 3);
  if (tx::ends_with(organ, "的")) organ.resize(organ.size() - 3);  // (`我受…常务委员会的委托`)
  return organ;
}

std::size_t target_paragraph(const std::vector<st::Paragraph>& ps) {
  for (std::string_view cue : {"预期目标是", "预期目标为", "主要目标是"})
    for (std::size_t i = 0; i < ps.size(); ++i) {
      auto t = ps[i].text;
      auto c = t.find(cue);
      if (c == std::string_view::npos || c > 200) continue;
      // The five-year plan's goals (`“十五五”发展的主要目标是`) are not the year's.
      if (cue == "主要目标是" && (contains(t.substr(0, c), "五”") || contains(t.substr(0, c), "五年"))) continue;
      return i;
    }
  return ps.size();
}

// A clause of the targets sentence that sets a target: it has a figure, or it
// ties two quantities (`…与经济增长同步`, `国际收支基本平衡`).
bool sets_target(std::string_view c) {
  for (std::size_t i = 0; i < c.size();) {
    char32_t x = tx::next_cp(c, i);
    if ((x >= '0' && x <= '9') || (x >= 0xFF10 && x <= 0xFF19)) return true;
  }
  for (std::string_view w : {"同步", "平衡", "回升", "稳定"})
    if (tx::ends_with(c, w)) return true;
  return false;
}

// Region as the session line or the title names it: `在浙江省第十四届…` →
// 浙江省; `在第十四届全国人民代表大会…` → 全国.
std::string region_of_session(std::string_view s) {
  if (contains(s, "全国人民代表大会")) return "全国";
  auto at = s.find("在");
  auto ordinal = s.find("第", at == std::string_view::npos ? 0 : at);
  auto congress = s.find("人民代表大会");
  if (at == std::string_view::npos) return {};
  // A joint meeting (`在某区人大工作会议暨某县第十八届…`): the congress is the one after 暨.
  if (auto joint = s.substr(0, std::min(ordinal, congress)).rfind("暨"); joint != std::string_view::npos && joint > at) at = joint;
  std::size_t end = std::min(ordinal, congress);
  if (end == std::string_view::npos || end <= at + 3) return {};
  return tx::strip_spaces(s.substr(at + 3, end - at - 3));
}

std::string level_of(std::string_view region) {
  if (region == "全国") return "national";
  for (std::string_view m : {"北京市", "天津市", "上海市", "重庆市"})
    if (region == m) return "provincial";
  if (tx::ends_with(region, "省") || tx::ends_with(region, "自治区")) return "provincial";
  if (tx::ends_with(region, "市") || tx::ends_with(region, "州") || tx::ends_with(region, "盟")) return "municipal";
  if (tx::ends_with(region, "县") || tx::ends_with(region, "区") || tx::ends_with(region, "旗")) return "county";
  return {};
}


struct GovernmentReport {
  static constexpr const char* name = "government_report";
  static constexpr const char* version = "0.1.0";
  static constexpr const char* kinds = "work_report";
  static constexpr const char* description = "政府工作报告: year, region, level, speaker, session and the year's targets";
  static constexpr int priority = 55;
  // No report without one of these in its head (detect's first test): a text
  // with none anywhere is not called at all.
  // (`工作报告` and `我受`: a court's or a standing committee's report may name no congress.)
  static constexpr const char* keywords = "政府工作报告,人民代表大会,我代表,我受,工作报告";
  static constexpr const char* words = "预期目标";

  double detect(Document& doc) {
    // Every signal but the targets stands in the report's head: without one
    // of these words there, nothing else is worth computing.
    auto head_text = doc.text().substr(0, 24 * 1024);
    if (!contains(head_text, "工作报告") && !contains(head_text, "人民代表大会") && !contains(head_text, "我代表") && !contains(head_text, "我受"))
      return 0;
    auto ps = st::paragraphs(doc.text(), 60);
    unglue_head(ps);
    std::size_t head = std::min<std::size_t>(ps.size(), 25);
    for (std::size_t i = 0; i < head; ++i)
      if (title_line(ps[i].text)) { doc.signal("title line 政府工作报告", 0.40); break; }
    for (std::size_t i = 0; i < head; ++i)
      if (session_line(ps[i].text)) { doc.signal("session line `在…人民代表大会…会议上`", 0.25); break; }
    for (std::size_t i = 0; i < head + 5 && i < ps.size(); ++i)
      if (!delivered_by(ps[i].text).empty()) { doc.signal("opening `我代表…向大会…请予审议`", 0.30); break; }
    for (std::size_t i = 0; i < head; ++i)
      if (tx::starts_with(tx::strip_spaces(ps[i].text), "各位代表")) { doc.signal("salutation 各位代表", 0.10); break; }
    if (doc.score() > 0 && doc.has("预期目标")) doc.signal("the year's targets 预期目标", 0.10);
    return doc.score();
  }

  void process(Document& doc) {
    auto text = doc.text();
    auto ps = st::paragraphs(text);
    unglue_head(ps);
    doc.set_kind("work_report");
    std::size_t head = std::min<std::size_t>(ps.size(), 25);
    std::size_t title_i = ps.size(), session_i = ps.size(), body_i = 0;
    for (std::size_t i = 0; i < head && session_i == ps.size(); ++i)
      if (session_line(ps[i].text)) session_i = i;
    // The title is the one right above the session line when a page's
    // navigation names the report too (`1998年国务院政府工作报告` in a menu), or the one
    // right above its salutation (`各位代表：`) under a collection's heading
    // (`2024年市中级人民法院工作报告5篇`).
    bool greeted = false;
    for (std::size_t i = 0; i < head; ++i) {
      if (!title_line(ps[i].text)) continue;
      // (Its date and speaker may stand between: `某镇政府工作报告` / `2014年 月 日` / `镇长 某某` / `各位代表：`.)
      std::size_t below = i + 1;
      while (below < ps.size() && below <= i + 3 && tx::char_count(ps[below].text) <= 20 &&
             (tx::parse_date_at(tx::strip_spaces(ps[below].text), 0) || people::position_then_name(ps[below].text) ||
              people::position_glued_name(ps[below].text) || people::speaker_line(ps[below].text) || masked_speaker(ps[below].text)))
        ++below;
      bool over_salutation = below < ps.size() && tx::starts_with(tx::strip_spaces(ps[below].text), "各位代表") && session_i == ps.size();
      if (title_i == ps.size() || (session_i < ps.size() && i <= session_i && session_i - i <= 3) || (over_salutation && !greeted)) title_i = i;
      greeted |= over_salutation;
    }
    // (A page's heading over the title as the text prints it, which it abridges: the printed one.)
    for (std::size_t j = title_i + 1; title_i < ps.size() && j < ps.size() && j <= title_i + 4; ++j)
      if (title_line(ps[j].text) && st::abridges(tx::strip_spaces(ps[title_i].text), tx::strip_spaces(ps[j].text))) title_i = j;
    std::string type(kReport), titled_year;
    if (title_i < ps.size()) {
      std::string q = report_title(ps[title_i].text);
      type = std::string(report_type(q));
      // (`…人民检察院2024年工作报告`: the year it reviews is no part of the report's type.)
      if (std::size_t y = type.find_first_of("0123456789"); y != std::string::npos) {
        titled_year = type.substr(y, 4);
        type.erase(y, type.find("工作报告") - y);
      }
      auto t = tx::trim(ps[title_i].text);
      if (auto dash = t.find("——"); dash != std::string_view::npos) t = tx::trim(t.substr(0, dash));
      doc.set_title(tx::trim(t.substr(site_label(t))));
      body_i = title_i + 1;
    }
    else if (doc.title().empty() && !ps.empty() && session_i != 0 && delivered_by(ps[0].text).empty()) {
      // A report a site retitled (`区长在代表会上工作汇报`): its first line, when shaped as a title;
      // the plain one under it when that line is the site's heading over it (`美章网 资料文库 镇政府报告范文`).
      std::size_t at = st::plain_title_below(ps, 0, [](std::string_view s) { return tx::char_count(s) <= 40 && !tx::ends_sentence(s); });
      auto t = tx::trim(ps[at].text);
      // (Not a date, a speaker's line or the session's papers' header.)
      if (tx::char_count(t) >= 6 && tx::char_count(t) <= 40 && !tx::ends_sentence(t) && !tx::ends_with(t, "：") && !tx::ends_with(t, ":") &&
          !tx::find_full_date(t) && !people::position_then_name(t) && !contains(t, "会议文件") &&
          // (One that names a report; not a site's label, `论文部分内容阅读`.)
          (contains(t, "报告") || contains(t, "汇报") || contains(t, "工作"))) {
        doc.set_title(t);
        body_i = at + 1;
      }
    }
    doc.set_field("doc_type", type);
    std::string region, year;
    if (session_i < ps.size()) {
      // (A session line wrapped by the page: `2025年3月21日在某区第十九届` / `人民代表大会第四次会议上`.)
      std::string joined(ps[session_i].text);
      if (session_i > 0 && !tx::find_full_date(tx::strip_spaces(joined.substr(0, joined.find("会议上")))))
        if (auto above = tx::trim(ps[session_i - 1].text); tx::char_count(above) <= 40 && !contains(above, "。") && tx::find_full_date(above))
          joined = std::string(above) + joined;
      std::string_view s = joined;
      // `——1 9 9 8 年3 月5 日在…`: digits spaced out by a typesetter.
      if (auto d = tx::find_full_date(tx::strip_spaces(s.substr(0, s.find("会议上"))))) {
        doc.set_field("date", d->iso());
        year = std::to_string(d->year);
      }
      region = region_of_session(s);
      // (A CPPCC's session names its place after 政协, `政协武汉市第十四届委员会`; a township's may
      // name its level alone, `在镇第十四届人民代表大会`: no region, the title's is read below.)
      if (tx::starts_with(region, "政协")) region.erase(0, std::string_view("政协").size());
      for (std::string_view unit : {"省", "市", "县", "区", "镇", "乡", "州", "旗"})
        if (region == unit) region.clear();
      auto on = s.find("会议上");
      auto at = s.substr(0, on).rfind("在");
      if (at != std::string_view::npos && on != std::string_view::npos && on > at)
        doc.set_field("occasion", tx::strip_spaces(s.substr(at + 3, on + 6 - at - 3)));
      body_i = std::max(body_i, session_i + 1);
      // `…会议上国务院总理 李克强`: the speaker fused onto the session line.
      if (on != std::string_view::npos) {
        auto rest = tx::trim(s.substr(on + 9));
        for (std::size_t i = 0; i < rest.size();) {  // up to a caption or sentence glued after the name
          std::size_t k = i;
          char32_t c = tx::next_cp(rest, k);
          if ((c >= '0' && c <= '9') || c == U'，' || c == U'。' || c == U'：') {
            rest = tx::trim(rest.substr(0, i));
            break;
          }
          i = k;
        }
        auto pn = people::position_then_name(rest);
        if (!pn) pn = people::position_glued_name(rest);  // (`国务院总理李鹏`, no space between)
        if (pn) {
          doc.set_field("speaker", pn->first);
          doc.set_field("position", pn->second);
        }
      }
    }
    // The title's own year and region: `2026年浙江省政府工作报告`.
    if (title_i < ps.size()) {
      std::string q = report_title(ps[title_i].text);
      q.resize(q.size() - report_type(q).size());
      // (A court's `…2024年工作报告` reviews 2024 before the congress of 2025, as `一、2024年工作回顾` below.)
      if (year.empty() && !titled_year.empty()) year = std::to_string(std::stoi(titled_year) + 1);
      if (auto y = q.find("年"); y != std::string::npos && y == 4) {
        if (year.empty()) year = q.substr(0, 4);
        q = q.substr(y + 3);
      }
      if (tx::ends_with(q, "人民")) q.resize(q.size() - 6);
      if (region.empty() && !q.empty()) region = q;
    }
    // The speaker: a line of position and name near the title, possibly
    // wrapped (`国务院总理` / `李　强`).
    for (std::size_t i = body_i ? body_i - 1 : 0; i < head && doc.field("speaker").empty(); ++i) {
      auto t = tx::trim(ps[i].text);
      if (tx::char_count(t) > 40 || contains(t, "。") || contains(t, "：")) continue;
      std::optional<std::pair<std::string, std::string>> pn = people::position_then_name(t);
      // (Or glued, `国务院总理朱镕基`, on a line that is nothing else.)
      if (!pn && !contains(t, "，") && !contains(t, " ")) pn = people::position_glued_name(t);
      if (!pn && i + 1 < head) {
        // A position alone, the name on the next line.
        bool position = false;
        for (auto p : people::kPositions) position |= tx::ends_with(tx::strip_spaces(t), p);
        if (position && people::speaker_line(ps[i + 1].text)) pn = std::make_pair(tx::strip_spaces(ps[i + 1].text), tx::strip_spaces(t));
      }
      // (Or a name alone, letter-spaced, over the salutation to the deputies: `刘 誓 保` / `各位代表：`.)
      if (!pn && i + 1 < ps.size() && tx::starts_with(tx::trim(ps[i + 1].text), "各位代表"))
        if (auto name = people::speaker_line(t); name && people::personal_name(tx::strip_spaces(*name))) doc.set_field("speaker", tx::strip_spaces(*name));
      if (pn) {
        doc.set_field("speaker", pn->first);
        doc.set_field("position", pn->second);
      }
    }
    if (year.empty()) {
      // `一、2024年工作回顾`: the report reviews the year before its own.
      for (std::size_t i = body_i; i < ps.size() && i < body_i + 20 && year.empty(); ++i) {
        auto t = ps[i].text;
        auto m = tx::parse_marker(t);
        if (!m || tx::char_count(t) > 30 || !(contains(t, "工作回顾") || contains(t, "年工作"))) continue;
        if (auto d = tx::parse_date_at(t, m.length); d && d->year) year = std::to_string(d->year + 1);
      }
    }
    if (!year.empty()) doc.set_field_number("year", std::stoll(year));
    // Whom it addresses, its salutation (`各位代表：`, `各位委员、同志们：`): the report's recipients.
    for (std::size_t i = 0; i < head; ++i) {
      std::string q = tx::strip_spaces(ps[i].text);
      if (!tx::starts_with(q, "各位代表") && !tx::starts_with(q, "各位委员")) continue;
      auto colon = std::min(q.find("："), q.find(":"));
      if (colon == std::string::npos || tx::char_count(q.substr(0, colon)) > 20) break;
      std::vector<std::string> to;
      for (std::size_t b = 0; b < colon;) {
        std::size_t e = std::min({q.find("、", b), q.find("，", b), q.find(",", b), colon});
        if (e > b) to.push_back(q.substr(b, e - b));
        b = e + (e < colon && q[e] == ',' ? 1 : 3);
      }
      if (!to.empty()) doc.set_field_list("recipients", to);
      break;
    }
    // The government the formula names (`我代表北京市人民政府`, `我代表国务院`) issues the
    // report; its region is the report's when nothing above gave one. `我代表市人民政府`
    // names no region.
    for (std::size_t i = 0; i < head + 5 && i < ps.size(); ++i) {
      std::string government = delivered_by(ps[i].text);
      if (government.empty()) continue;
      // A report without its title (`各位代表：` first): a court's, a procuratorate's or a
      // committee's by the organ the formula names.
      std::string organ_report = std::string(report_type(government + "工作报告"));
      if (type == kReport && title_i == ps.size() && !organ_report.empty() && organ_report != kReport) {
        type = organ_report;
        doc.set_field("doc_type", type);
      }
      if (type != kReport) {
        // `我代表最高人民检察院`, `我代表全国人大常委会`: the organ that reports, in full as the
        // title names it (`潮州市中级人民法院工作报告` over `我代表市中级人民法院`).
        std::string titled = title_i < ps.size() ? titled_organ(report_title(ps[title_i].text)) : std::string();
        if (!organ_report.empty())
          doc.set_field_list("issuer", {tx::ends_with(titled, government) && tx::char_count(titled) <= 30 ? titled : government});
      } else if (government == "国务院") {
        if (region.empty()) region = "全国";
        doc.set_field_list("issuer", {government});
      } else if (tx::ends_with(government, "政府") && tx::char_count(government) <= 20) {
        std::string named = government.substr(0, government.size() - std::string_view(tx::ends_with(government, "人民政府") ? "人民政府" : "政府").size());
        // `我代表自治区人民政府`, `我代表区政府`: the unit alone, named in full by the region found above.
        bool unit_only = false;
        for (std::string_view unit : {"省", "市", "县", "区", "自治区", "自治州", "自治县", "州", "旗", "盟", "镇", "乡"}) unit_only |= named == unit;
        if (unit_only && tx::ends_with(region, named)) doc.set_field_list("issuer", {region + "人民政府"});
        else if (unit_only && region.empty()) doc.set_field_list("issuer", {government});  // (the unit as printed: `区人民政府`)
        // (A township's, `我代表某某镇人民政府`, has its region and no level of those four.)
        else if (!unit_only && tx::char_count(named) >= 2 &&
                 (!level_of(named).empty() || tx::ends_with(named, "镇") || tx::ends_with(named, "乡"))) {
          if (region.empty()) region = named;
          doc.set_field_list("issuer", {named + "人民政府"});
        }
      }
      break;
    }
    if (!region.empty()) {
      doc.set_field("region", region);
      if (auto l = level_of(region); !l.empty()) doc.set_field("level", l);
    }
    if (doc.field("speaker").empty()) doc.diagnostic(Severity::info, "no_speaker", "no speaker line near the title");

    // The year's targets: each clause of the 预期目标 sentence; `，达到282亿元`
    // stays with the clause it completes.
    if (auto ti = target_paragraph(ps); ti < ps.size()) {
      auto t = ps[ti].text;
      std::size_t colon = std::string_view::npos;
      for (std::string_view c : {"：", ":"})
        if (auto k = t.find(c); k != std::string_view::npos && k < colon) colon = k + c.size();
      if (colon != std::string_view::npos) {
        auto sentence = t.substr(colon);
        if (auto stop = sentence.find("。"); stop != std::string_view::npos) sentence = sentence.substr(0, stop);
        std::string json = "[";
        std::size_t b = 0;
        auto flush = [&](std::size_t e) {
          auto c = tx::trim(sentence.substr(b, e - b));
          if (!c.empty() && sets_target(c)) {
            if (json.size() > 1) json += ",";
            std::size_t off = ps[ti].offset + static_cast<std::size_t>(c.data() - ps[ti].text.data());
            json += "{\"text\":" + json_string(c) + ",\"line\":" + std::to_string(doc.line_of(off)) + "}";
          }
        };
        for (std::size_t i = 0; i < sentence.size();) {
          std::size_t k = i;
          char32_t c = tx::next_cp(sentence, k);
          bool semicolon = c == U'；' || c == ';';
          bool comma = c == U'，' || c == ',';
          if (comma) {
            auto next = sentence.substr(k);
            for (std::string_view w : {"达到", "控制在", "力争"}) comma &= !tx::starts_with(next, w);
          }
          if (semicolon || comma) {
            flush(i);
            b = k;
          }
          i = k;
        }
        flush(sentence.size());
        if (json.size() > 1) doc.set_field_json("targets", json + "]");
      }
    }

    st::TreeOptions o;
    o.from_paragraph = body_i;
    auto hs = st::heading_tree(doc, ps, o);
    st::add_sections(doc, hs);
  }
};

}  // namespace

GONGWEN_PLUGIN(GovernmentReport)
