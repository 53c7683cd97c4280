// A 题注 under an official document's title: the date it was adopted or
// issued (`（1998年3月11日[1997]赔他字第10号）`, `2003年5月29日 …会议通过`), the body
// that adopted it, and a cover's organ and month (`某某学院` / `2020年10月`), read when
// no signature dates the document.
#include "detail.hpp"

namespace gongwen::official {

namespace tx = gongwen::text;
using gongwen::text::contains;
using structure::Paragraph;

namespace detail {

namespace {

// The body that adopted a document, from its 题注's meeting (`滁州市琅琊区第六届人民代表大会常务委员会
// 第十六次会议通过`): a standing committee signs as itself, a congress's session as the session
// (`…人民代表大会第一次会议`). A bare level (`县十六届人民代表大会…`) takes its place's name
// where the body prints the meeting whole (`太湖县十六届人民代表大会第一次会议，听取…`).
std::string adopting_body(std::string_view meeting, const std::vector<Paragraph>& ps) {
  for (std::string_view verb : {"原则通过", "审议通过", "通过", "批准"})
    if (tx::ends_with(meeting, verb)) {
      meeting = tx::trim(meeting.substr(0, meeting.size() - verb.size()));
      break;
    }
  if (!tx::ends_with(meeting, "会议")) return {};
  std::string body;
  for (std::string_view committee : {"常务委员会", "常委会"})
    if (auto p = meeting.find(committee); p != std::string_view::npos) {
      body = std::string(meeting.substr(0, p + committee.size()));
      break;
    }
  if (body.empty() ? !contains(meeting, "代表大会") : !organ_like(squeeze(body))) return {};
  if (body.empty()) body = std::string(meeting);
  std::string_view level = body;
  if (tx::starts_with(level, "县") || tx::starts_with(level, "市") || tx::starts_with(level, "区") || tx::starts_with(level, "省"))
    for (std::size_t i = 0; i < ps.size() && i < 12; ++i)
      if (auto p = ps[i].text.find(level); p != std::string_view::npos && p > 0 && p <= 30) {
        std::string_view place = ps[i].text.substr(0, p);
        // (The place's name runs back to the sentence's start or a mark: `太湖县`, not `…，全县`.)
        std::size_t cut = 0;
        for (std::string_view mark : {"，", "。", "、", "（", "(", ",", " "})
          if (auto m = place.rfind(mark); m != std::string_view::npos) cut = std::max(cut, m + mark.size());
        place = place.substr(cut);
        bool named = !place.empty() && tx::char_count(place) <= 8 && !contains(place, "日") &&
                     std::none_of(place.begin(), place.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (named) return std::string(place) + body;
      }
  return body;
}

}  // namespace

bool adoption_note(std::string_view t) {
  std::string_view note = tx::trim(t), inner = unbracket(note);
  return inner.size() < note.size() && tx::find_full_date(inner) &&
         (contains(inner, "会议通过") || contains(inner, "会议审议通过") || contains(inner, "会议批准"));
}

void read_head_note(const std::vector<Paragraph>& ps, Elements& e) {
  // A 题注 under the title: `（1998年3月11日[1997]赔他字第10号）`.
  std::size_t after = e.title.last_paragraph == kNone ? e.body_from : e.title.last_paragraph + 1;
  for (std::size_t i = after; i < ps.size() && i < after + 3; ++i) {
    // (A 题注 wrapped onto a second line, `（2020年1月10日某市…代表大会` / `第四次会议通过）`, is read whole.)
    std::string note(tx::trim(ps[i].text));
    for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
      if (tx::starts_with(note, o) && !contains(note, c) && i + 1 < ps.size() && tx::ends_with(tx::trim(ps[i + 1].text), c) &&
          !tx::more_visible_than(ps[i + 1].text, 40) && !contains(ps[i + 1].text, o))
        note += tx::trim(ps[i + 1].text);
    auto inner = unbracket(note);
    if (inner == note) {
      // Or unbracketed, as a law database prints it: `1984年2月27日 发布`,
      // `2003年5月29日 河南省…常务委员会第三次会议通过` — not the date it takes effect.
      // (Or as a subtitle: `——2022年10月28日在…会议上`, a report as delivered.)
      std::string n = tx::fold_zeros(tx::trim(ps[i].text));
      if (tx::starts_with(n, "——")) n.erase(0, 6);
      // (Its date in brackets with the number after them: `（2006年11月20日）公宣[2006]462号`.)
      for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
        if (auto close = n.find(c); tx::starts_with(n, o) && close != std::string::npos && whole_date(n.substr(o.size(), close - o.size())))
          n = n.substr(o.size(), close - o.size()) + " " + n.substr(close + c.size());
      auto d = tx::parse_date_at(n, 0);
      // A cover's month alone right under the title (`2013年本科教学质量报告` / `2014年10月`):
      // the date as printed, no day made up.
      // (Or under the organ's name, as a cover signs it: `泉州某某学院` / `2020年10月`.)
      bool cover_organ = i == after + 1 && !tx::more_visible_than(ps[after].text, 30) && organ_like(squeeze(ps[after].text));
      if (d && d->begin == 0 && d->year && d->month && !d->day && (i == after || cover_organ) && !e.date_under_title &&
          tx::trim(std::string_view(n).substr(d->end)).empty()) {
        e.date = {{n.substr(0, d->end), ps[i].offset}, d->iso()};
        e.date_under_title = true;
        if (cover_organ && e.issuers.empty()) e.issuers.push_back({squeeze(ps[after].text), ps[after].offset});
        break;
      }
      if (!d || d->begin != 0 || !d->year || !d->day) continue;
      auto rest = tx::trim(std::string_view(n).substr(d->end));
      // (Nor a page's posting line, `2021-02-19  来源:某某联络站`: labels.)
      if (tx::char_count(rest) > 50 || contains(rest, "。") || contains(rest, "施行") || contains(rest, "实施") || contains(rest, "生效") ||
          contains(rest, "：") || contains(rest, ":"))
        continue;
      // (Or its number after it, as a law database prints its head: `1994年4月22日      法发〔1994〕9号`.)
      std::string_view cells = rest;  // (a borderless table's row: `1981年1月27日 |  | 〔81〕法民字第2号`)
      while (!cells.empty() && (cells.front() == '|' || cells.front() == ' ')) cells.remove_prefix(1);
      auto numbered = number_in(cells, 0);
      bool adopted = rest.empty() || tx::starts_with(rest, "发布") || tx::starts_with(rest, "公布") || tx::ends_with(rest, "通过") ||
                     organ_like(squeeze(rest)) || contains(rest, "会议") ||
                     (numbered && numbered->found.offset == 0 && tx::ends_with(cells, "号"));
      if (!adopted) continue;
      // A law's history (`…会议修订`, `…修正`) dates its revisions, not its adoption.
      if (e.date_under_title && (contains(rest, "修订") || contains(rest, "修正") || contains(rest, "修改"))) continue;
      // A joint document adopted by each body in turn (`2018年1月25日 最高人民法院…会议`,
      // `2018年3月2日 最高人民检察院…会议通过`) dates from the last adoption.
      if (!e.date_under_title || d->iso() > e.date.iso) {
        e.date = {{n.substr(0, d->end), ps[i].offset}, d->iso()};
        e.date_under_title = true;
        if (auto body = adopting_body(rest, ps); !body.empty()) e.adopted_by = {body, ps[i].offset};
      }
      continue;
    }
    if (e.date_under_title) break;  // the adoption lines above dated it
    // (Its number before the date in the brackets, as a gazette prints it: `(宁政办发〔2001〕99号 2001年5月29日)`.)
    if (auto n = number_in(inner, 0); n && n->found.offset == 0)
      if (auto iso = whole_date(tx::trim(inner.substr(n->found.text.size())))) {
        e.date = {{std::string(tx::trim(inner.substr(n->found.text.size()))), ps[i].offset}, *iso};
        e.date_under_title = true;
        break;
      }
    auto d = tx::parse_date_at(tx::fold_zeros(inner), 0);
    // Or the meeting that adopted it before the date (`（中国共产党第十三届中央委员会第三次全体会议
    // 一九八八年九月三十日原则通过）`); a body that only endorsed it (`…一致赞同`) dates nothing.
    if (!d || d->begin != 0) {
      std::string n = tx::fold_zeros(inner);
      if (auto at = tx::find_full_date(n); at && at->day) {
        std::string_view meeting = std::string_view(n).substr(0, at->begin), verb = tx::trim(std::string_view(n).substr(at->end));
        if ((contains(meeting, "会议") || contains(meeting, "全会") || contains(meeting, "大会")) &&
            (verb == "通过" || verb == "原则通过" || verb == "审议通过" || verb == "批准")) {
          e.date = {{n.substr(at->begin, at->end - at->begin), ps[i].offset}, at->iso()};
          e.date_under_title = true;
          break;
        }
      }
    }
    if (!d || !d->year || d->begin != 0) continue;
    if (d->day) {  // `（2023年5月）` dates nothing to the day: no 成文日期
      std::string n = tx::fold_zeros(inner);
      e.date = {{n.substr(0, d->end), ps[i].offset}, d->iso()};
      e.date_under_title = true;
      if (auto body = adopting_body(tx::trim(std::string_view(n).substr(d->end)), ps); !body.empty()) e.adopted_by = {body, ps[i].offset};
    }
    // The issuers printed between the title and the 题注 (a 公报:
    // `宜春市统计局 国家统计局宜春调查队`), every name an organ.
    if (e.issuers.empty() && i > after) {
      auto line = tx::trim(ps[i - 1].text);
      auto organs = split_joint_issuers(line);
      bool all = !organs.empty() && tx::char_count(line) <= 60 && !contains(line, "。") && !contains(line, "，");
      for (const auto& o : organs) all = all && organ_like(squeeze(o));
      if (all) e.issuers.push_back({std::string(line), ps[i - 1].offset});
    }
    break;
  }
}

// The organs a document names on the line under its title, spaced apart (an attached 意见 under
// the 通知 that relays it: `关于…的意见` / `省教育厅　省发展改革委　省公安厅`), or in brackets
// (`（某某市教育局）`): its issuers when nothing signs it. Two organs at least, or one in brackets:
// a single organ's line there may be a 主送 that lost its colon.
std::vector<Found> organs_under_title(const std::vector<Paragraph>& ps, const Elements& e) {
  std::size_t i = e.title.last_paragraph == kNone ? ps.size() : e.title.last_paragraph + 1;
  if (i >= ps.size() || tx::more_visible_than(ps[i].text, 60)) return {};
  std::string_view line = tx::trim(ps[i].text);
  std::string_view inner = tx::trim(unbracket(line));
  bool bracketed = inner.size() != line.size();
  // (Parted as every joint signature is: spaces, 、, ，, 和 between organs.)
  std::vector<Found> organs;
  for (auto& part : split_joint_issuers(inner)) {
    if (!organ_like(part) || tx::char_count(part) > 20 || tx::starts_with(part, "各")) return {};
    std::size_t at = ps[i].text.find(part);
    organs.push_back({part, ps[i].offset + (at == std::string_view::npos ? 0 : at)});
  }
  if (organs.size() < (bracketed ? 1u : 2u)) return {};
  return organs;
}

}  // namespace detail

}  // namespace gongwen::official
