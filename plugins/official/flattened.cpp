// 公文 whose line breaks were lost (a dataset cell, a scraped string, a PDF
// copied as one line): `某某文件某发〔2020〕11号关于…的通知各单位：根据…`. The
// head and the tail are cut back into the paragraphs GB/T 9704 prints, as
// views into the same text, so every element keeps its true offset.
//
// Invariants: nothing is cut unless a 文种 title is found near the start;
// every piece is a non-empty substring of the paragraph it came from, in
// order, and together they cover it.
#include <gongwen/text.hpp>

#include "elements.hpp"

namespace gongwen::official {

namespace {

namespace tx = gongwen::text;
using structure::Paragraph;

// Byte position after the first `n` characters of s (or s.size()).
std::size_t after_chars(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < n && i < s.size(); ++k) tx::next_cp(s, i);
  return i;
}

void push(std::vector<Paragraph>& out, const Paragraph& p, std::size_t b, std::size_t e) {
  auto piece = tx::trim(p.text.substr(b, e - b));
  if (!piece.empty()) out.push_back({piece, p.offset + static_cast<std::size_t>(piece.data() - p.text.data())});
}

// Cuts the head of a long first paragraph: masthead (…文件), number, title,
// 主送 line; false when no 文种 title starts within its first 200 characters.
bool cut_head(const Paragraph& p, std::vector<Paragraph>& out) {
  std::string_view t = p.text;
  std::size_t pos = 0;
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  std::size_t window = after_chars(t, 40);
  if (auto m = t.substr(0, window).find("文件"); m != std::string_view::npos && m > 0) {
    pieces.emplace_back(0, m + 6);
    pos = m + 6;
  }
  if (auto n = find_doc_number(t.substr(0, after_chars(t, 120)), pos); n && n->found.offset >= pos) {
    std::size_t end = n->found.offset + n->found.text.size();
    if (n->found.offset > pos) pieces.emplace_back(pos, n->found.offset);  // issuing-office lines before the number
    pieces.emplace_back(n->found.offset, end);
    pos = end;
  }
  // The title: from here to the first place where the text so far is a
  // `关于…的文种` title, within 150 characters.
  std::size_t limit = pos + after_chars(t.substr(pos), 150);
  std::size_t title_end = 0;
  int quoted = 0;  // inside 《…》: `印发《关于…纪要》的通知` does not end at 纪要
  for (std::size_t i = pos; i < limit;) {
    char32_t c = tx::next_cp(t, i);
    if (c == U'《') ++quoted;
    else if (c == U'》' && quoted > 0) --quoted;
    std::string_view cand = t.substr(pos, i - pos);
    if (quoted || cand.find("关于") == std::string_view::npos) continue;
    if (cand.find("。") != std::string_view::npos) break;
    if (doc_type_of_title(cand)) {
      title_end = i;
      break;
    }
  }
  if (!title_end || title_end >= t.size()) return false;
  // Scraper metadata after the title (`…的函发文机关：…发布日期：…`) is another
  // layout, which the parser reads as it is.
  for (std::string_view l : {"发文机关", "发布机关", "发布日期", "成文日期", "发文字号", "索引号", "主题分类"})
    if (t.substr(title_end, l.size()) == l) return false;
  pieces.emplace_back(pos, title_end);
  pos = title_end;
  // The 主送 line: to the first colon, if no sentence ends before it.
  std::size_t colon = std::string_view::npos;
  for (std::string_view c : {"：", ":"})
    if (auto k = t.find(c, pos); k != std::string_view::npos && k < colon) colon = k + c.size();
  // A metadata label left by a scraper (`发文机关：`, `发布日期：`) is not a 主送 line.
  bool label = false;
  if (colon != std::string_view::npos)
    for (std::string_view l : {"发文机关", "发布机关", "发布日期", "成文日期", "发文字号", "文号", "来源", "索引号", "主题分类", "时间", "日期"})
      label |= tx::char_count(tx::trim(t.substr(pos, colon - pos))) <= 8 && t.substr(pos, colon - pos).find(l) != std::string_view::npos;
  if (colon != std::string_view::npos && !label && colon - pos <= after_chars(t.substr(pos), 300) &&
      t.substr(pos, colon - pos).find("。") == std::string_view::npos)
    pieces.emplace_back(pos, colon), pos = colon;
  pieces.emplace_back(pos, t.size());
  for (auto [b, e] : pieces) push(out, p, b, e);
  return true;
}

// Cuts the tail of a long last paragraph: `…特此通知。某某办公室2021年1月4日`
// → body, signature, date.
void cut_tail(const Paragraph& p, std::vector<Paragraph>& out) {
  std::string_view t = p.text;
  // The date: the shortest suffix that is a whole date, within 20 characters.
  std::size_t date_at = std::string_view::npos;
  std::size_t i = t.size();
  for (int k = 0; k < 20 && i > 0; ++k) {
    tx::prev_cp(t, i);
    if (whole_date(t.substr(i))) date_at = i;
  }
  if (date_at == std::string_view::npos || date_at == 0) {
    out.push_back(p);
    return;
  }
  std::size_t sentence = t.rfind("。", date_at);
  std::size_t sig = sentence == std::string_view::npos ? std::string_view::npos : sentence + 3;
  if (sig != std::string_view::npos && tx::char_count(t.substr(sig, date_at - sig)) <= 40) {
    push(out, p, 0, sig);
    push(out, p, sig, date_at);
  } else {
    push(out, p, 0, date_at);
  }
  push(out, p, date_at, t.size());
}

}  // namespace

std::vector<Paragraph> unflatten(const std::vector<Paragraph>& ps) {
  // Only what reads as lost line breaks: a long first paragraph in a short
  // document, or a first line whose masthead or number is glued to the title
  // (`某局文件某发〔2021〕5号关于…的通知`).
  if (ps.empty()) return ps;
  std::string_view first = ps.front().text;
  bool glued = false;
  if (auto g = first.find("关于"); g != std::string_view::npos && g > 0)
    glued = find_doc_number(first.substr(0, g)).has_value() || first.substr(0, g).find("文件") != std::string_view::npos;
  if (!glued && (ps.size() > 6 || tx::char_count(first) < 150)) return ps;
  std::vector<Paragraph> out;
  if (!cut_head(ps.front(), out)) return ps;
  // The body piece of the head may also be the whole document's tail.
  if (ps.size() == 1) {
    Paragraph body = out.back();
    out.pop_back();
    cut_tail(body, out);
    return out;
  }
  for (std::size_t i = 1; i + 1 < ps.size(); ++i) out.push_back(ps[i]);
  if (tx::char_count(ps.back().text) > 60) cut_tail(ps.back(), out);
  else out.push_back(ps.back());
  return out;
}

}  // namespace gongwen::official
