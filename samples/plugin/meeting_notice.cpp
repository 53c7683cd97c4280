// meeting_notice: 会议通知 — a notice that convenes a meeting, with its
// time, place, attendees, requirements and contact. A format none of the
// shipped handlers covers in this detail, built out of tree against the
// installed SDK (see CMakeLists.txt).
//
// detect() signals:
//   title `关于召开…会议的通知` / `…会议通知`         +0.50
//   a time line (会议时间 / 时间：)                    +0.20
//   a place line (会议地点 / 地点：)                   +0.20
//   an attendee line (参会人员 / 参加人员 / 参会对象)   +0.15
//   a contact line (联系人 / 联系电话)                 +0.05
#include <gongwen/plugin.hpp>
#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace {

namespace tx = gongwen::text;

// The value after a label such as `会议时间：`, with the item marker `一、` tolerated before it.
std::string_view labelled(std::string_view line, std::initializer_list<std::string_view> labels) {
  auto m = tx::parse_marker(line);
  if (m) line = tx::trim(line.substr(m.length));
  for (auto label : labels) {
    if (!tx::starts_with(line, label)) continue;
    auto rest = line.substr(label.size());
    for (std::string_view colon : {"：", ":"})
      if (tx::starts_with(rest, colon)) {
        auto v = tx::trim(rest.substr(colon.size()));
        if (tx::ends_with(v, "。")) v.remove_suffix(3);
        return v;
      }
  }
  return {};
}

bool is_title(std::string_view s) {
  return tx::char_count(s) <= 60 && s.find("会议") != std::string_view::npos &&
         (tx::ends_with(s, "会议的通知") || tx::ends_with(s, "会议通知") ||
          (tx::starts_with(s, "关于召开") && tx::ends_with(s, "通知")));
}

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b < s.size()) {
    std::size_t best = std::string_view::npos, len = 0;
    for (std::string_view sep : {"、", "，", "；", ",", ";"}) {
      auto p = s.find(sep, b);
      if (p < best) best = p, len = sep.size();
    }
    auto item = tx::trim(s.substr(b, best == std::string_view::npos ? std::string_view::npos : best - b));
    if (tx::ends_with(item, "。")) item.remove_suffix(3);
    if (!item.empty()) out.emplace_back(item);
    if (best == std::string_view::npos) break;
    b = best + len;
  }
  return out;
}

struct MeetingNotice {
  static constexpr const char* name = "meeting_notice";
  static constexpr const char* version = "1.0.0";
  static constexpr const char* kinds = "meeting_notice";
  static constexpr const char* description = "会议通知: time, place, attendees, requirements, contact";
  static constexpr int priority = 60;

  double detect(gongwen::Document& doc) {
    auto lines = gongwen::structure::paragraphs(doc.text());
    bool title = false, time = false, place = false, who = false, contact = false;
    for (std::size_t i = 0; i < lines.size() && i < 80; ++i) {
      auto l = lines[i].text;
      if (!title && i < 12 && is_title(l)) title = true;
      if (!labelled(l, {"会议时间", "时间"}).empty()) time = true;
      if (!labelled(l, {"会议地点", "地点"}).empty()) place = true;
      if (!labelled(l, {"参会人员", "参加人员", "参会对象", "出席人员"}).empty()) who = true;
      if (!labelled(l, {"联系人", "联系电话"}).empty()) contact = true;
    }
    auto add = [&](bool on, const char* signal, double w) {
      if (on) doc.signal(signal, w);
    };
    add(title, "title `关于召开…会议的通知`", 0.50);
    add(time, "time line (会议时间：)", 0.20);
    add(place, "place line (会议地点：)", 0.20);
    add(who, "attendee line (参会人员：)", 0.15);
    add(contact, "contact line (联系人：)", 0.05);
    return doc.score();
  }

  void process(gongwen::Document& doc) {
    auto lines = gongwen::structure::paragraphs(doc.text());
    for (std::size_t i = 0; i < lines.size(); ++i) {
      auto l = lines[i].text;
      if (doc.title().empty() && i < 12 && is_title(l)) {
        doc.set_title(l);
        // `关于召开全县组织工作会议的通知` names the meeting.
        auto on = l.find("召开");
        auto end = l.rfind("的通知");
        if (on != std::string_view::npos && end != std::string_view::npos && end > on)
          doc.set_field("meeting", l.substr(on + std::string_view("召开").size(), end - on - std::string_view("召开").size()));
        continue;
      }
      if (auto v = labelled(l, {"会议时间", "时间"}); !v.empty()) {
        doc.set_field("time", v);
        if (auto d = tx::find_full_date(v)) {
          doc.set_field("date", d->iso());
          doc.add_entity("date", v.substr(d->begin, d->end - d->begin), d->iso(), lines[i].offset, lines[i].offset + l.size());
        }
      } else if (auto p = labelled(l, {"会议地点", "地点"}); !p.empty()) {
        doc.set_field("location", p);
      } else if (auto w = labelled(l, {"参会人员", "参加人员", "参会对象", "出席人员"}); !w.empty()) {
        doc.set_field_list("attendees", split_list(w));
      } else if (auto c = labelled(l, {"联系人"}); !c.empty()) {
        doc.set_field("contact", c);
      } else if (auto ph = labelled(l, {"联系电话"}); !ph.empty()) {
        doc.set_field("phone", ph);
      } else if (tx::ends_with(l, "：") && i > 0 && i < 14 && doc.field("recipients").empty() && !doc.title().empty()) {
        doc.set_field("recipients", l.substr(0, l.size() - 3));
      }
    }
    if (doc.field("time").empty()) doc.diagnostic(gongwen::Severity::warning, "no meeting time line found");
    if (doc.field("location").empty()) doc.diagnostic(gongwen::Severity::warning, "no meeting place line found");
  }
};

}  // namespace

GONGWEN_PLUGIN(MeetingNotice)
