// experience: 经验材料, 工作总结, 综述, 交流发言, 学习体会 — what a unit did,
// how, with what results, and what comes next.
//
// detect() signals (added, capped at 1):
//   title names the genre (综述/总结/汇报/经验/体会/思考/做法)              +0.45
//   or a headline of measures (五项举措推进…, 多措并举抓实…)                   +0.25
//   the container files it under an experience column (交流发言/学习体会/…) +0.30
//   a bulletin's item headed by its unit (`梅岭镇：…`)                       +0.35
//   a byline naming a unit (■ …组织部/党委/专班)                            +0.25
//   a byline naming a person, or an author note `（作者系…）`                +0.15 each
//   a period opening (近年来/党的十八大以来/今年以来/五年来/新时代十年)      +0.15
//   measures enumerated `一是…二是…`                                          +0.10
//   numbered parts `一、` `二、` and no salutation                              +0.10
//   next steps `下一步` / problems `存在的问题`                               +0.10
//   a summary's turn `现将…总结如下/汇报如下` in the first paragraphs         +0.20
//   the speech signals are absent (no `同志们：`)                              required for the title signal to count fully
// process() extracts title, region and level, unit, author and position,
// period covered, the heading tree, measures, problems and next steps.
#include <gongwen/people.hpp>
#include <gongwen/plugin.hpp>
#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace {

using namespace gongwen;
namespace tx = gongwen::text;
namespace st = gongwen::structure;

using text::contains;

const std::string_view kGenres[] = {"综述", "总结", "汇报", "经验材料", "经验", "体会", "心得", "感悟", "思考", "做法", "交流发言", "调研报告", "述职",
                                    "申报材料", "典型材料", "事迹"};
const std::string_view kPeriods[] = {"党的十八大以来", "党的十九大以来", "党的二十大以来", "新时代十年", "新时代以来",
                                     "十年来", "五年来", "近年来", "近年以来", "今年以来", "今年来", "去年以来", "一年来",
                                     "过去一年", "过去的一年"};
const std::string_view kProvinces[] = {"北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏",
                                       "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南",
                                       "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
                                       "宁夏", "新疆"};

// Where a byline would stand: under the title, or under its subtitle (`——记…`).
std::size_t byline_at(const std::vector<st::Paragraph>& ps) {
  return ps.size() > 2 && (tx::starts_with(ps[1].text, "——") || tx::starts_with(ps[1].text, "—")) ? 2 : 1;
}

bool genre_title(std::string_view t) {
  // A 公文's own title (`中共中央关于党的百年奋斗重大成就和历史经验的决议`) names its 文种 at its
  // end: a genre word before it is its subject.
  if (contains(t, "关于"))
    for (std::string_view k : {"决议", "决定", "通知", "通报", "意见", "公告", "通告", "批复", "请示", "函", "纪要", "办法", "规定", "条例"})
      if (tx::ends_with(tx::trim(t), k)) return false;
  // A headline of someone hearing or giving one (`检查组听取安徽巡视工作情况汇报`, `…作工作汇报`)
  // reports the event: news about the report, not the report.
  for (std::string_view v : {"听取", "审议", "作了", "作工作", "时强调", "时指出", "时要求", "报告会", "举办", "举行", "召开"})
    if (contains(t, v)) return false;
  // A speech's title (`在大规模消灭腐败进展汇报会上的讲话`): a genre word before its 上的 names the meeting.
  if (auto on = t.rfind("上的"); on != std::string_view::npos && contains(t.substr(0, on), "在"))
    for (std::string_view w : {"讲话", "致辞", "讲话稿", "讲话提纲"})
      if (tx::ends_with(tx::trim(t), w)) return false;
  for (auto g : kGenres)
    for (auto at = t.find(g); at != std::string_view::npos; at = t.find(g, at + 1))
      // (`体会` inside `全体会议` is no genre.)
      if (!(g == "体会" && at >= 3 && t.substr(at - 3, 3) == "全")) return true;
  return false;
}

// A headline of measures, as experience pieces are titled (`中山市三角镇五项举措推进
// 阳光政府采购`, `某县多措并举抓实…`, `“三个强化”推动…`): counted measures, then a
// verb of driving work forward.
// A policy that lists measures (`关于…的若干措施`, `…十条措施`) is none: the measures
// come before the verb, and the title is no document's own.
bool measures_headline(std::string_view title) {
  std::size_t measures = std::string_view::npos;
  for (std::string_view m : {"项举措", "条举措", "大举措", "项措施", "多措并举", "个强化", "个坚持", "个聚焦", "个到位", "个突出", "字诀", "步走"})
    if (auto at = title.find(m); at != std::string_view::npos) measures = std::min(measures, at + m.size());
  if (measures == std::string_view::npos || contains(title, "关于")) return false;
  for (std::string_view end : {"措施", "举措", "办法", "意见", "通知", "方案", "规定"})
    if (tx::ends_with(title, end)) return false;
  std::string_view after = title.substr(measures);
  for (std::string_view v : {"推进", "推动", "助力", "打造", "提升", "抓实", "抓好", "护航", "促进", "深化", "做实", "落实", "破解", "激活"})
    if (contains(after, v)) return true;
  return false;
}

// A bulletin's item headed by the unit whose practice it tells (`梅岭镇：“红色茶园”党建联盟
//激活乡村振兴`, `县医保局：三个聚焦守好群众看病钱`): a short unit's name, a colon, a headline.
// (A news item leads with its event, not its unit.)
bool unit_headline(std::string_view title) {
  std::size_t colon = title.find("：");
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view unit = title.substr(0, colon), rest = title.substr(colon + 3);
  if (tx::char_count(unit) > 16 || tx::char_count(rest) < 6 || contains(unit, "，") || contains(rest, "。")) return false;
  for (std::string_view u : {"镇", "乡", "街道", "村", "社区", "县", "区", "市", "局", "委", "办", "中心", "公司", "学校", "医院", "党委",
                             "党支部", "支部", "集团", "所", "站", "院", "部"})
    if (tx::ends_with(unit, u)) return true;
  return false;
}

// The place a title is about: `新时代北京组织工作综述` → 北京, `巴彦淖尔市组织工作综述` → 巴彦淖尔市.
std::string region_of(std::string_view title) {
  std::string t = tx::strip_spaces(title);
  std::string_view v = t;
  for (bool again = true; again;) {
    again = false;
    for (std::string_view prefix : {"新时代十年", "新时代10年", "新时代", "党的十八大以来", "党的十九大以来", "十年来", "五年来"})
      if (tx::starts_with(v, prefix)) {
        v.remove_prefix(prefix.size());
        again = true;
      }
  }
  std::size_t end = std::string_view::npos;
  for (std::string_view stop : {"组织工作", "新时代", "推进", "以高质量", "党的建设", "五年来", "党的十八大", "扎实", "人才工作", "组织部"}) {
    auto p = v.find(stop);
    if (p != std::string_view::npos && p > 0 && p < end) end = p;
  }
  if (end == std::string_view::npos || tx::char_count(v.substr(0, end)) > 10) return {};
  return std::string(v.substr(0, end));
}

std::string level_of(std::string_view region) {
  for (auto p : kProvinces)
    if (region == p || (tx::starts_with(region, p) && (tx::ends_with(region, "省") || tx::ends_with(region, "自治区") ||
                                                        tx::ends_with(region, "市") && region.size() <= p.size() + 3)))
      return "省级";
  if (tx::ends_with(region, "省") || tx::ends_with(region, "自治区")) return "省级";
  if (tx::ends_with(region, "县") || tx::ends_with(region, "区") || tx::ends_with(region, "旗")) return "县级";
  if (tx::ends_with(region, "市") || tx::ends_with(region, "州") || tx::ends_with(region, "盟")) return "市级";
  return {};
}

// The title: the reader's, or a line of the head shaped as one that names the genre (a
// 范文 site's chrome stands over it: `购物车`, `温馨提示：…`); a decorated copy of it over the
// plain one (`…事迹报告(最终定稿)` over `…事迹报告`) gives way. Empty when none names the genre.
std::string_view genre_title_of(const Document& doc, const std::vector<st::Paragraph>& ps) {
  auto shaped = [](std::string_view t) {
    return tx::char_count(t) <= 60 && !tx::ends_with(t, "。") && !tx::ends_with(t, "：") && !tx::starts_with(t, "编者按");
  };
  if (!doc.title().empty() && genre_title(doc.title()) && shaped(doc.title())) return doc.title();
  // A page flattened onto one line, the title run on into the salutation of a 述职 said to a
  // meeting (`乡镇镇长述职报告各位领导、同志们:我是…`).
  if (!ps.empty() && tx::more_visible_than(ps[0].text, 120))
    for (std::string_view hall : {"各位领导", "同志们", "各位代表", "各位委员"})
      if (auto at = ps[0].text.substr(0, 3 * 34).find(hall); at != std::string_view::npos && at > 0 && tx::char_count(ps[0].text.substr(0, at)) <= 30) {
        std::string_view head = ps[0].text.substr(0, at);
        if (shaped(head) && !contains(head, "，") && !contains(head, ",") && genre_title(head)) return head;
        break;
      }
  // The first line shaped as a title, past the site's words (short ones, a trail, a label's
  // line, a notice's numbered items): a title that names no genre ends the search.
  for (std::size_t i = 0; i < ps.size() && i < 8; ++i) {
    std::string_view t = tx::trim(ps[i].text);
    // (A label's line: a short label before its colon, `温馨提示：`, `编辑:某某 识别码:…`; the
    // page's `标题：` labels the title itself.)
    // (A writer's name before it, `李建明:学习党章心得体会`, is its author's, not a label.)
    std::size_t colon = std::min(t.find("："), t.find(":"));
    if (colon != std::string_view::npos && tx::char_count(t.substr(0, colon)) <= 4) {
      std::string label = tx::strip_spaces(t.substr(0, colon));
      std::string_view rest = tx::trim(t.substr(colon + (t.substr(colon, 1) == ":" ? 1 : 3)));
      // (A label a surname opens, `关键词：年终总结 个人总结`, lists words: no title.)
      bool writer = people::personal_name(label) && tx::char_count(label) <= 3 && genre_title(rest) && !contains(rest, " ") &&
                    label != "关键词" && label != "关注" && label != "来源" && label != "作者";
      if (label != "标题" && !writer) continue;
      t = rest;
    }
    // A site's bracketed title run on into the text (`【医院年度工作总结范文】2024年，…`).
    if (tx::starts_with(t, "【"))
      if (auto close = t.find("】"); close != std::string_view::npos && tx::char_count(t.substr(3, close - 3)) <= 40 &&
                                      tx::more_visible_than(t.substr(close + 3), 20)) {
        t = t.substr(3, close - 3);
        t = t.substr(0, st::undecorated_end(t));
      }
    // (A subtitle belongs to the title above it, however short that was: `小网格撬动大治理` / `——…`.)
    if (tx::starts_with(t, "——") || tx::starts_with(t, "—")) return {};
    bool chrome = tx::char_count(t) <= 5 || tx::parse_marker(t) || st::trail_line(t) || st::related_link_line(t) || contains(t, ">") || contains(t, "|") || contains(t, "»") ||
                  contains(t, "_");
    if (chrome || tx::ends_sentence(t)) continue;
    if (!shaped(t) || !genre_title(t)) return {};
    std::size_t plain = st::plain_title_below(ps, i, [](std::string_view s) { return genre_title(s); });
    return plain == i ? t : tx::trim(ps[plain].text);
  }
  return {};
}

// A piece that lost its title opens with its writers and their unit (`李某 罗某某 张某` /
// `国网某某供电公司`), its prose under them: the byline, or nothing.
std::optional<people::Byline> opening_byline(const std::vector<st::Paragraph>& ps) {
  if (ps.size() < 3 || !tx::more_visible_than(ps[2].text, 40)) return std::nullopt;
  auto b = people::byline(ps[0].text);
  std::string unit = tx::strip_spaces(ps[1].text);
  if (!b || b->names.size() < 2 || !b->unit.empty() || tx::char_count(unit) > 30 || !people::organ_like(unit)) return std::nullopt;
  b->unit = unit;
  return b;
}

struct Experience {
  static constexpr const char* name = "experience";
  static constexpr const char* version = "0.2.0";
  static constexpr const char* kinds = "experience";
  static constexpr const char* description = "经验材料、工作总结、综述、交流发言、学习体会";
  static constexpr int priority = 30;
  // Found in the host's one keyword pass (doc.has), not one pass over the text each.
  static constexpr const char* words = "（作者系,(作者系,（作者为,（作者单位,一是,二是,下一步,存在的问题,存在问题";

  double detect(Document& doc) {
    auto ps = st::paragraphs(doc.text());
    if (ps.empty()) return 0;
    auto t = doc.text();
    bool salutation = contains(t.substr(0, std::min<std::size_t>(t.size(), 3000)), "同志们：");
    // (A report to a congress greets its deputies: `各位代表：`.)
    for (std::size_t i = 0; i < ps.size() && i < 4 && !salutation; ++i)
      salutation = tx::starts_with(tx::strip_spaces(ps[i].text), "各位代表") || tx::starts_with(tx::strip_spaces(ps[i].text), "各位委员");
    std::string_view title = doc.title().empty() ? ps[0].text : doc.title();
    // A title is a heading, not a sentence (an editor's note names genres too).
    bool title_shape = tx::char_count(title) <= 60 && !tx::ends_with(title, "。") && !tx::starts_with(title, "编者按");
    if (!genre_title_of(doc, ps).empty()) doc.signal("title names the genre (综述/总结/经验/体会/…)", salutation ? 0.2 : 0.45);
    else if (measures_headline(title) && title_shape && !salutation)
      doc.signal("headline of measures (五项举措推进…/多措并举…)", 0.25);
    if (!doc.field("bulletin").empty() && unit_headline(title) && title_shape && !salutation)
      doc.signal("a bulletin's item headed by its unit (梅岭镇：…)", 0.35);
    std::string section = doc.field("section");
    for (std::string_view col : {"交流发言", "学习体会", "经验交流", "经验介绍", "部长笔谈", "工作研究", "基层党建", "省级", "市级", "县级"})
      if (section == col) {
        doc.signal("filed under an experience column of its container", 0.30);
        break;
      }
    // A unit as the author (`■ 衢江区委组织部`) is how exchange speeches and
    // experience materials are signed; a person's name is weaker evidence.
    for (std::size_t i = 1; i < ps.size() && i < 5; ++i)
      if (auto b = i == byline_at(ps) ? people::byline(ps[i].text) : std::nullopt; (tx::starts_with(ps[i].text, "■") || b) && !salutation) {
        std::string who = b ? b->unit : tx::strip_spaces(ps[i].text.substr(3));
        bool unit = false;
        for (std::string_view u : {"组织部", "党委", "党工委", "党组", "专班", "办公室", "委员会", "局", "支部"})
          unit |= tx::ends_with(who, u);
        if (unit) doc.signal("byline names a unit (■ …组织部/党委/专班)", 0.25);
        else doc.signal("byline under the title", 0.15);
        break;
      }
    if (opening_byline(ps)) doc.signal("opens with its writers and their unit (李某 罗某 / 某某公司)", 0.30);
    if (doc.has("（作者系") || doc.has("(作者系") || doc.has("（作者为") || doc.has("（作者单位")) doc.signal("author note （作者系…）", 0.15);
    for (std::size_t i = 1; i < ps.size() && i < 6; ++i) {
      bool hit = false;
      for (auto p : kPeriods) hit |= tx::starts_with(ps[i].text, p);
      if (hit) {
        doc.signal("period opening (近年来/党的十八大以来/…)", 0.15);
        break;
      }
    }
    if (doc.has("一是") && doc.has("二是")) doc.signal("measures 一是…二是…", 0.10);
    // A participant's own account of what he attended (`…，我有幸参加…培训班`): a reflection.
    for (std::size_t i = 0; i < ps.size() && i < 3; ++i) {
      auto t = ps[i].text.substr(0, std::min<std::size_t>(ps[i].text.size(), 3 * 80));
      bool attended = false;
      for (std::string_view w : {"我有幸参加", "我有幸参与", "我参加了", "我有机会参加"}) attended |= contains(t, w);
      if (attended && !salutation) {
        doc.signal("a participant's own account (我有幸参加…)", 0.30);
        break;
      }
    }
    // The turn of a summary into its parts (`现将全年工作总结如下：`, `现将有关情况汇报如下：`), near the top.
    for (std::size_t i = 0; i < ps.size() && i < 4; ++i) {
      auto summed = ps[i].text.find("总结如下");
      auto at = std::min(summed, ps[i].text.find("汇报如下"));
      if (at != std::string_view::npos && contains(ps[i].text.substr(0, at), "现将")) {
        // (A report to a superior turns so too, `现将有关情况汇报如下`: only a summary sums up.)
        doc.signal("a summary's turn (现将…总结如下/汇报如下)", at == summed ? 0.30 : 0.20);
        break;
      }
    }
    // Reports are organised by numbered parts; a speech would greet its audience.
    {
      int parts = 0;
      for (const auto& p : ps) parts += tx::parse_marker(p.text).family == tx::MarkerFamily::cn_dun;
      if (parts >= 2 && !salutation) doc.signal("numbered parts 一、二、 without a salutation", 0.10);
    }
    if (doc.has("下一步") || doc.has("存在的问题") || doc.has("存在问题")) doc.signal("next steps / problems", 0.10);
    return doc.score();
  }

  void process(Document& doc) {
    auto text = doc.text();
    auto ps = st::paragraphs(text);
    if (ps.empty()) return;
    if (auto own = genre_title_of(doc, ps); !own.empty()) {
      // Its writer's name before it on its line: the author. (Found before the title is set:
      // `own` may be a view of the title it replaces.)
      std::string name;
      for (std::size_t i = 0; i < ps.size() && i < 8 && name.empty(); ++i)
        if (own.data() > ps[i].text.data() && own.data() < ps[i].text.data() + ps[i].text.size()) {
          name = tx::strip_spaces(ps[i].text.substr(0, static_cast<std::size_t>(own.data() - ps[i].text.data())));
          for (std::string_view c : {"：", ":"})
            if (tx::ends_with(name, c)) name.resize(name.size() - c.size());
          if (!people::personal_name(name)) name.clear();
          break;
        }
      doc.set_title(std::string(own));
      if (!name.empty() && doc.field("author").empty()) doc.set_field("author", name);
    } else if (auto b = doc.title().empty() ? opening_byline(ps) : std::nullopt) {
      std::string names;
      for (const auto& n : b->names) names += (names.empty() ? "" : "、") + n;
      doc.set_field("author", names);
      doc.set_field("unit", b->unit);
    } else if (doc.title().empty()) {
      // The first line shaped as a title, past a site's preface (`开篇:润墨网…为您筛选了一篇…范文…。`).
      // (A summary that lost its title opens with its prose and its first part, `一、…工作概况`: none.)
      std::string_view first = tx::more_visible_than(ps[0].text, 60) ? std::string_view() : ps[0].text;
      for (std::size_t i = 0; i < ps.size() && i < 4; ++i) {
        std::string_view t = tx::trim(ps[i].text);
        if (tx::more_visible_than(t, 40) || tx::ends_sentence(t) || tx::ends_with(t, "！") || tx::ends_with(t, "：") || tx::ends_with(t, ":") ||
            st::related_link_line(t) || st::trail_line(t) || tx::parse_marker(t))
          continue;
        first = t;
        break;
      }
      doc.set_title(first);
    }
    std::string region = region_of(doc.title());
    if (!region.empty()) doc.set_field("region", region);
    std::string level;
    std::string section = doc.field("section");
    for (std::string_view l : {"省级", "市级", "县级"})
      if (contains(section, l)) level = std::string(l);
    if (level.empty() && !region.empty()) level = level_of(region);
    if (!level.empty()) doc.set_field("level", level);

    std::size_t body = 1;
    for (std::size_t i = 1; i < ps.size() && i < 5; ++i) {
      auto p = ps[i].text;
      // A magazine's byline under the title (`文／某某县委组织部　李晓红`, `□ 本刊记者　王明远`).
      if (i == byline_at(ps) && doc.field("author").empty() && doc.field("unit").empty())
        if (auto b = people::byline(p); b && !tx::starts_with(p, "■")) {
          if (!b->unit.empty()) doc.set_field("unit", b->unit);
          std::string names;
          for (const auto& n : b->names) names += (names.empty() ? "" : "、") + n;
          if (!names.empty()) doc.set_field("author", names);
          body = i + 1;
          continue;
        }
      // `■ 衢江区委组织部`, or the author's bare name right under the title (`王　琛`).
      bool bare = i == 1 && doc.field("author").empty() && people::speaker_line(p);
      if (tx::starts_with(p, "■") || bare) {
        auto who = tx::strip_spaces(tx::starts_with(p, "■") ? p.substr(3) : p);  // (`■ 陈　平` reads as a bare name too)
        bool unit = tx::ends_with(who, "部") || tx::ends_with(who, "委") || tx::ends_with(who, "班") || tx::ends_with(who, "局") ||
                    tx::ends_with(who, "办") || tx::ends_with(who, "党委") || tx::char_count(who) > 4;
        doc.set_field(unit ? "unit" : "author", who);
        body = i + 1;
      }
    }
    // `（作者系龙游县委常委、组织部长）`
    for (const auto& p : ps) {
      for (std::string_view open : {"（作者系", "(作者系", "（作者为", "（作者单位："}) {
        auto a = p.text.find(open);
        if (a == std::string_view::npos) continue;
        auto rest = p.text.substr(a + open.size());
        auto close = rest.find("）");
        if (close == std::string_view::npos) close = rest.find(")");
        if (close == std::string_view::npos || close > 120) continue;
        doc.set_field(open == "（作者单位：" ? "unit" : "author_position", tx::trim(rest.substr(0, close)));
      }
    }
    // The unit a summary's title opens with, before the year it covers (`县政府办公室2023年工作总结`,
    // `某某镇2024年上半年工作总结`): no byline named one.
    if (doc.field("unit").empty()) {
      std::string t = tx::strip_spaces(doc.title());
      for (std::size_t i = 6; i + 7 <= t.size() && i <= 3 * 20; ++i) {
        bool year = (t.compare(i, 2, "19") == 0 || t.compare(i, 2, "20") == 0) && std::isdigit(static_cast<unsigned char>(t[i + 2])) &&
                    std::isdigit(static_cast<unsigned char>(t[i + 3])) && t.compare(i + 4, 3, "年") == 0;
        if (!year) continue;
        // (A name, not the word alone: `学校2023年度工作总结` names no unit.)
        if (std::string unit = t.substr(0, i); tx::char_count(unit) >= 3 && people::organ_like(unit)) doc.set_field("unit", unit);
        break;
      }
    }
    for (std::size_t i = 0; i < ps.size() && i < 8; ++i) {
      for (auto per : kPeriods) {
        auto p = ps[i].text.find(per);
        if (p == std::string_view::npos) continue;
        doc.set_field("period", per);
        doc.add_entity("period", per, per, ps[i].offset + p, ps[i].offset + p + per.size());
        i = ps.size();
        break;
      }
    }
    st::TreeOptions o;
    o.from_paragraph = body;
    auto hs = st::heading_tree(doc, ps, o);
    st::add_sections(doc, hs);
    st::check_numbering(doc, hs);

    // Measures `一是…；二是…` and next steps `下一步，…`.
    std::vector<std::string> measures;
    for (const auto& p : ps) {
      for (std::size_t pos = 0; pos < p.text.size();) {
        auto m = tx::parse_marker(p.text.substr(pos));
        if (m.family == tx::MarkerFamily::enum_shi) {
          auto rest = p.text.substr(pos + m.length);
          std::size_t stop = std::min(rest.find("。"), rest.find("；"));
          auto item = rest.substr(0, std::min(stop, rest.size()));
          auto comma = item.find("，");
          auto head = comma != std::string_view::npos && comma < 90 ? item.substr(0, comma) : item.substr(0, std::min<std::size_t>(item.size(), 90));
          measures.push_back(std::string(m.text) + std::string(head));
        }
        auto next = p.text.find("是", pos + 3);
        if (next == std::string_view::npos) break;
        // Step back to the numeral before 是.
        std::size_t k = next;
        tx::prev_cp(p.text, k);
        pos = k > pos ? k : next + 3;
      }
      if (tx::starts_with(p.text, "下一步") && doc.field("next_steps").empty()) doc.set_field("next_steps", p.text);
    }
    if (!measures.empty()) doc.set_field_list("measures", measures);
    for (const auto& h : hs)
      if (contains(h.title, "问题") || contains(h.title, "不足")) doc.set_field("problems_heading", h.title);
  }
};

}  // namespace

GONGWEN_PLUGIN(Experience)
