// speech: 讲话 / 讲话摘要 / 致辞 / 工作报告 — leaders' speeches.
//
// detect() signals (weights add up, capped at 1):
//   title names a speech (讲话, 讲话摘要, 致辞, 工作报告, 发言)      +0.45
//   a subtitle `——在…会议上的讲话`                                   +0.30
//   a date line in parentheses under the title `（2018年2月6日）`      +0.15
//   the salutation `同志们：` near the start                          +0.25
//   a speaker line: a bare 2–4 character name or `■ 徐文光`            +0.10
//   oral enumerations `第一个问题` / `我讲…点意见`                     +0.10
// process() extracts title, occasion, speaker, date (ISO 8601) and the
// level-1 headings `一、`.
#include <gongwen/people.hpp>
#include <gongwen/plugin.hpp>
#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <optional>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

namespace {

using namespace gongwen;
namespace tx = gongwen::text;
namespace st = gongwen::structure;
using st::paragraphs;

using text::contains;

bool names_speech(std::string_view s) {
  for (std::string_view w : {"讲话", "致辞", "工作报告", "发言", "报告会上"})
    if (contains(s, w)) return true;
  return false;
}

// `（2018年2月6日）` / `(2018年9月27日)` alone on a line.
std::optional<tx::Date> date_line(std::string_view s) {
  std::string stripped = tx::strip_spaces(s);
  std::string_view v = stripped;
  bool paren = (tx::starts_with(v, "（") || tx::starts_with(v, "(")) && (tx::ends_with(v, "）") || tx::ends_with(v, ")"));
  if (!paren || tx::char_count(v) > 20) return std::nullopt;
  auto d = tx::find_full_date(v);
  return d;
}

using people::name_then_position;
using people::position_then_name;
using people::speaker_line;

struct Speech {
  static constexpr const char* name = "speech";
  static constexpr const char* version = "0.2.0";
  static constexpr const char* kinds = "speech";
  static constexpr const char* description = "讲话、讲话摘要、致辞、工作报告";
  static constexpr int priority = 50;

  double detect(Document& doc) {
    auto paras = paragraphs(doc.text(), 40);
    for (std::size_t i = 0; i < paras.size() && i < 3; ++i) {
      auto p = paras[i].text;
      if (tx::char_count(p) <= 40 && names_speech(p) && !tx::starts_with(p, "——")) {
        doc.signal("title names a speech (讲话/致辞/工作报告)", 0.45);
        break;
      }
    }
    for (std::size_t i = 0; i < paras.size() && i < 4; ++i)
      if (tx::starts_with(paras[i].text, "——") && names_speech(paras[i].text)) {
        doc.signal("subtitle `——在…上的讲话`", 0.30);
        break;
      }
    for (std::size_t i = 0; i < paras.size() && i < 6; ++i)
      if (date_line(paras[i].text)) {
        doc.signal("date line in parentheses under the title", 0.15);
        break;
      }
    for (std::size_t i = 0; i < paras.size() && i < 30; ++i)
      if (tx::starts_with(paras[i].text, "同志们：") || tx::starts_with(paras[i].text, "同志们:") ||
          tx::starts_with(paras[i].text, "各位领导、同志们")) {
        doc.signal("salutation 同志们：", 0.25);
        break;
      }
    for (std::size_t i = 1; i < paras.size() && i < 6; ++i)
      if (speaker_line(paras[i].text)) {
        doc.signal("speaker line (a bare name or ■ name)", 0.10);
        break;
      }
    auto t = doc.text();
    if (contains(t, "第一个问题") || contains(t, "讲几点意见") || contains(t, "我讲") || contains(t, "点意见："))
      doc.signal("oral enumeration (第一个问题 / 我讲…点意见)", 0.10);
    return doc.score();
  }

  void process(Document& doc) {
    auto paras = paragraphs(doc.text());
    if (paras.empty()) return;
    // The title block: title, optional subtitle, speaker and date in any order.
    std::size_t head = std::min<std::size_t>(paras.size(), 6);
    std::size_t title_i = 0;
    for (std::size_t i = 0; i < head; ++i) {
      if (names_speech(paras[i].text) && !tx::starts_with(paras[i].text, "——")) { title_i = i; break; }
    }
    doc.set_title(paras[title_i].text);
    for (std::size_t i = 0; i < head; ++i) {
      auto p = paras[i].text;
      if (tx::starts_with(p, "——")) {
        auto occ = p.substr(std::string_view("——").size());
        doc.set_field("occasion", occ);
        if (title_i == i) doc.set_title(paras[0].text);
      } else if (auto d = date_line(p); d && doc.field("date").empty()) {
        doc.set_field("date", d->iso());
      } else if (i != title_i && doc.field("speaker").empty()) {
        if (auto sp = speaker_line(p)) doc.set_field("speaker", tx::strip_spaces(*sp));
        else if (auto pn = position_then_name(p)) {  // 市委副书记、市长 李明
          doc.set_field("speaker", pn->first);
          doc.set_field("position", pn->second);
        }
      }
    }
    std::string_view t = doc.title();
    if (doc.field("speaker").empty()) {
      // `张建国副市长《在全市…会议上的讲话》` / `张建国副市长在…上的讲话`: the speaker opens the title.
      auto cut = std::min(t.find("《"), t.find("在"));
      if (cut != std::string_view::npos && cut > 0)
        if (auto np = name_then_position(t.substr(0, cut))) {
          doc.set_field("speaker", np->first);
          doc.set_field("position", np->second);
        }
    }
    if (doc.field("occasion").empty()) {
      // `在全市组织部长会议上的讲话` names its occasion, wherever the 在 stands.
      auto at = t.find("在");
      auto on = t.find("上的讲话");
      if (at != std::string_view::npos && on != std::string_view::npos && on > at) doc.set_field("occasion", t.substr(at + 3, on - at - 3));
    }
    if (doc.field("speaker").empty()) doc.diagnostic(Severity::warning, "no speaker line found near the title");
    if (doc.field("date").empty()) doc.diagnostic(Severity::warning, "no speech date found near the title");
    // The heading tree, every marker family, levels by first appearance.
    st::TreeOptions o;
    o.from_paragraph = title_i + 1;
    o.families.push_back(tx::MarkerFamily::circled);
    auto hs = st::heading_tree(doc, paras, o);
    st::add_sections(doc, hs);
    st::check_numbering(doc, hs);
    // 版记: distribution lists and the printing line at the end.
    std::string lists;
    for (std::size_t i = paras.size() > 8 ? paras.size() - 8 : 0; i < paras.size(); ++i) {
      auto p = paras[i].text;
      for (std::string_view label : {"送：", "发：", "抄送：", "抄报：", "分送："}) {
        if (!tx::starts_with(p, label)) continue;
        std::string key = label == "送：" ? "sent_to" : label == "发：" ? "issued_to" : label == "抄送：" ? "cc" : label == "抄报：" ? "reported_to" : "distributed_to";
        doc.set_field(key, p.substr(label.size()));
      }
      if (tx::ends_with(p, "印发")) {
        if (auto d = tx::find_full_date(p)) {
          doc.set_field("printed_on", d->iso());
          auto by = tx::trim(p.substr(0, d->begin));
          if (!by.empty()) doc.set_field("printed_by", by);
        }
      }
    }
  }
};

}  // namespace

GONGWEN_PLUGIN(Speech)
