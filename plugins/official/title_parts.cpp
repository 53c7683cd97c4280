// A title parsed into its parts (GB/T 9704 §7.3.3: 发文机关 + 关于 + 事由 + 文种), and what an
// issuing or forwarding title hands on (`印发《X》的通知`: verb 印发, title X).
//
// Invariant: the parts are the title's own words; an organ that is not the title's issuer (the
// one whose document it forwards, a verb's subject) is never taken for it.
#include <cctype>

#include "detail.hpp"

namespace gongwen::official {

namespace tx = gongwen::text;
using gongwen::text::contains;

namespace detail {

void split_title(Title& t) {
  std::string_view s = t.found.text;
  // A 通报 under its organ's verb (`某纪委公开通报3起…问题`).
  if (auto organ = circular_organ(s); !organ.empty()) {
    t.issuer = std::string(organ);
    t.subject = std::string(s.substr(s.find("通报", organ.size()) + std::string_view("通报").size()));
    return;
  }
  auto p = s.find("关于");
  // (A 关于 inside the title it hands on, `印发《关于…的意见》的通知`, is that title's.)
  // (Its organ is the one before the verb: `北京市经济和信息化局印发《关于…》的通知`.)
  if (auto open = s.rfind("《", p); p != std::string_view::npos && open != std::string_view::npos && s.find("》", open) > p) {
    p = std::string_view::npos;
    // (Or before the verb and the organs whose document it forwards: `某市财政局、某市水利局转发财政部、水利部《…》`.)
    for (std::string_view verb : {"印发", "转发", "批转", "发布", "颁布"})
      if (std::string_view before = s.substr(0, open); tx::ends_with(before, verb) && organ_like(before.substr(0, before.size() - verb.size())))
        t.issuer = std::string(before.substr(0, before.size() - verb.size()));
      else if (auto v = before.find(verb); t.issuer.empty() && v != std::string_view::npos && v >= 6 && (verb == "转发" || verb == "批转") &&
                                           organ_like(before.substr(0, v)) && organ_like(before.substr(v + verb.size())))
        t.issuer = std::string(before.substr(0, v));
  }
  std::string_view rest = s;
  if (p != std::string_view::npos) {
    t.issuer = std::string(s.substr(0, p));
    // Joint issuers are printed apart (`中共中央 国务院关于…`, or one a line): glued by
    // the text, the title gets one space between them, as GB/T 9704 sets it.
    if (std::string spaced = spaced_joint_issuers(t.issuer); spaced != t.issuer) {
      t.issuer = spaced;
      t.found.text = spaced + std::string(s.substr(p));
      s = t.found.text;
      p = t.issuer.size();
    }
    rest = s.substr(p + 6);
    // The organ's verb before a title it hands on (`市科技局印发关于…措施的通知`) is no part of it.
    for (std::string_view verb : {"印发", "转发", "批转", "发布", "颁布"})
      if (tx::ends_with(t.issuer, verb) && t.issuer.size() > verb.size() + 6) t.issuer.resize(t.issuer.size() - verb.size());
    // (Nor the organ whose document it hands on: `国务院批转安徽省人民政府关于…的决定的通知`.)
    for (std::string_view verb : {"批转", "转发"})
      if (auto v = t.issuer.find(verb); v != std::string::npos && v >= 6 && organ_like(std::string_view(t.issuer).substr(0, v)) &&
                                        organ_like(std::string_view(t.issuer).substr(v + verb.size())))
        t.issuer.resize(v);
    // (A title that opens with the verb, `转发省农业厅关于…的通知`, names whose it hands on, not its own.)
    for (std::string_view verb : {"转发", "批转", "印发"})
      if (tx::starts_with(t.issuer, verb)) t.issuer.clear();
  } else if (!t.issuer.empty()) {
    rest = s.substr(t.issuer.size());
  } else if (auto to = s.find("给"); to != std::string_view::npos && to >= 6) {
    // A report or letter from its organs to another (`中共湘赣边特委和红四军军委给湖南省委的报告`):
    // its organs before 给 (split_joint_issuers parts them at 和 too).
    std::string_view from = s.substr(0, to);
    bool organs = true;
    for (const auto& o : split_joint_issuers(from)) organs &= organ_like(squeeze(o));
    if (organs) t.issuer = std::string(from), rest = s.substr(to);
  }
  std::string suffix(type_suffix(s, t.type));
  // An organ and the 文种 alone (`中华人民共和国海关总署公告`, `某市人民政府通告`): the organ issues it.
  if (p == std::string_view::npos && tx::ends_with(s, suffix)) {
    auto organ = s.substr(0, s.size() - suffix.size());
    // Numbered in its title (`…疫情工作指挥部第59号公告`): the organ before its number.
    if (auto n = numbered_in_title(s, suffix)) organ = s.substr(0, n->org.size());
    if (tx::char_count(organ) >= 2 && organ_like(organ)) t.issuer = std::string(organ);
    // An organ before the year the title covers (`洪泽区人民政府2023年政府信息公开工作年度报告`).
    for (std::size_t i = 0; t.issuer.empty() && i + 7 <= s.size() && i < 90; ++i) {
      // (Or the school year, `2023-2024学年`.)
      bool year = (s.substr(i, 2) == "19" || s.substr(i, 2) == "20") && std::isdigit(static_cast<unsigned char>(s[i + 2])) &&
                  std::isdigit(static_cast<unsigned char>(s[i + 3])) && (s.substr(i + 4, 3) == "年" || s.substr(i + 4, 1) == "-");
      if (!year) continue;
      auto before = s.substr(0, i);
      if (tx::char_count(before) >= 4 && organ_like(before)) t.issuer = std::string(before);
      break;
    }
    // A government before its matter (`邓州市人民政府土地征收启动公告`): the government.
    for (std::string_view g : {"人民政府办公室", "人民政府办公厅", "人民政府"})
      if (auto at = s.find(g); t.issuer.empty() && at != std::string_view::npos && at >= 6 && at + g.size() < organ.size() &&
                               !contains(s.substr(0, at), "转发") && !contains(s.substr(0, at), "印发"))
        t.issuer = std::string(s.substr(0, at + g.size()));
    // Or another organ before a short matter (`某某州生态环境局行政处罚决定书`, `某某区市场监督管理局食品抽检通报`):
    // the longest head that ends as an organ does.
    if (t.issuer.empty() && !contains(organ, "转发") && !contains(organ, "印发"))
      for (std::string_view end : {"局", "厅", "委员会", "办公室", "法院", "检察院", "支队", "大队", "中心", "管委会"})
        for (auto at = organ.rfind(end); at != std::string_view::npos && at >= 6; at = at >= 3 ? organ.rfind(end, at - 3) : std::string_view::npos) {
          std::string_view head = organ.substr(0, at + end.size()), matter = organ.substr(at + end.size());
          if (matter.empty() || tx::char_count(matter) > 12 || tx::han_count(matter) != tx::char_count(matter)) continue;
          // (Words that end so and name no organ: `…乡村布局规划`, `郑州市中心城区…`.)
          bool word = false;
          for (std::string_view w : {"布局", "格局", "开局", "大局", "全局", "结局", "变局", "市中心", "区中心", "县中心", "城中心", "镇中心"}) word |= tx::ends_with(head, w);
          if (word) break;
          // (A year opens a title, never an organ's name: `2021年某某中心…项目中标公告`.)
          if (head.size() > t.issuer.size() && tx::han_count(head) == tx::char_count(head) && organ_like(head)) t.issuer = std::string(head);
          break;
        }
  }
  if (tx::ends_with(rest, suffix)) rest.remove_suffix(suffix.size());
  if (tx::ends_with(rest, "的")) rest.remove_suffix(3);
  t.subject = std::string(rest);
  for (std::string_view verb : {"印发", "转发", "批转", "颁发", "发布"}) {
    auto v = rest.find(verb);
    if (v == std::string_view::npos || v > 12) continue;
    t.forwarded_verb = std::string(verb);
    auto after = rest.substr(v + verb.size());
    auto o = after.find("《");
    auto c = after.rfind("》");
    if (o != std::string_view::npos && c != std::string_view::npos && c > o) t.forwarded_title = std::string(after.substr(o + 3, c - o - 3));
    else t.forwarded_title = std::string(after);
    break;
  }
}

}  // namespace detail

}  // namespace gongwen::official
