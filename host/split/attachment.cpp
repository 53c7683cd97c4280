// Issuing and forwarding notices with the issued document attached (see
// attachment.hpp).
//
// Evidence, all required: the title (in the first paragraphs) is `…印发/转发/
// 批转/颁发…的通知`; a line that is only a date closes the notice; within
// four paragraphs after it (附注 such as （此件公开发布） and 附件 labels
// skipped) a title-like line ends in a 文种 or an instrument (办法, 规定,
// 意见, 方案, 纪要…); and at least three paragraphs follow it. Anything less
// leaves the document whole: a notice quoting a title is not two documents.
#include "split/attachment.hpp"

#include <fmt/format.h>

#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

namespace gongwen::host {

namespace {

namespace tx = gongwen::text;

bool has(std::string_view s, std::string_view w) { return s.find(w) != std::string_view::npos; }


bool title_like(std::string_view t) {
  std::string q = tx::strip_spaces(t);
  if (has(q, "。") || tx::char_count(q) > 120 || tx::char_count(q) < 4) return false;
  for (std::string_view end : {"办法", "规定", "条例", "细则", "意见", "方案", "纪要", "规则", "制度", "要点", "指引", "标准", "通知",
                               "决定", "规划", "计划", "指南", "准则", "规程", "章程", "（试行）", "（暂行）"})
    if (tx::ends_with(q, end)) return true;
  return false;
}

}  // namespace

std::optional<Document> split_attachment(Document& doc) {
  auto ps = structure::paragraphs(doc.text);
  if (ps.size() < 8) return std::nullopt;
  // The notice's title: joined short lines in the first paragraphs.
  std::size_t title_end = ps.size();
  for (std::size_t i = 0; i < ps.size() && i < 12 && title_end == ps.size(); ++i) {
    std::string joined;
    for (std::size_t k = 0; k < 4 && i + k < ps.size(); ++k) {
      joined += tx::strip_spaces(ps[i + k].text);
      if (tx::ends_with(joined, "的通知") || tx::ends_with(joined, "的通报")) {
        bool issues = false;
        for (std::string_view v : {"印发", "转发", "批转", "颁发"}) issues |= has(joined, v);
        if (issues && has(joined, "关于")) title_end = i + k;
        break;
      }
      if (tx::char_count(ps[i + k].text) > 40) break;
    }
  }
  if (title_end == ps.size()) return std::nullopt;
  for (std::size_t i = title_end + 1; i < ps.size(); ++i) {
    if (!tx::whole_date(ps[i].text)) continue;
    for (std::size_t j = i + 1; j < ps.size() && j <= i + 4; ++j) {
      std::string q = tx::strip_spaces(ps[j].text);
      if ((tx::starts_with(q, "（") && tx::ends_with(q, "）")) || tx::starts_with(q, "附件")) continue;
      // The title may wrap over up to three lines.
      bool titled = false;
      std::string joined;
      for (std::size_t k = j; k < ps.size() && k < j + 3 && !titled; ++k) {
        joined += ps[k].text;
        titled = title_like(joined);
        if (tx::char_count(ps[k].text) > 40) break;
      }
      if (!titled || ps.size() - j < 4) break;
      std::size_t cut = ps[j].offset;
      Document child;
      child.origin = doc.origin;
      child.text_base = doc.text_base + cut;
      child.text = doc.text.substr(cut);
      child.container = doc.id;
      child.index = 1;
      child.id = fmt::format("{}#1", doc.id);
      child.step = "split";
      child.fields["attachment_of"] = doc.id;
      doc.text.resize(cut);
      doc.fields["attachment"] = child.id;
      doc.diagnostics.push_back({Severity::info, "split",
                                 fmt::format("the issued document starting on line {} is a record of its own ({})",
                                             doc.line_of(cut), child.id), npos, 0});
      return child;
    }
    break;  // only the notice's own date
  }
  return std::nullopt;
}

}  // namespace gongwen::host
