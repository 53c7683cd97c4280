// The title a wrapper gives (a page's <title>, a dataset's title column) found
// again among the document's lines, and that title without its site suffix; a
// title the page prints again above the document's own, the last one taken.
#include "detail.hpp"

#include <string>

namespace gongwen::official {

namespace tx = gongwen::text;
using gongwen::text::contains;
using structure::Paragraph;

namespace detail {

// A page or database repeats the title above the document's own (`标题`
// line, page heading, 关联稿件): the document's is the last one, and it may
// name the issuers the page's copy left out (`国家发展改革委 国家能源局关于…`,
// wrapped over two lines).
void to_last_repeat(const std::vector<Paragraph>& ps, Title& t) {
  for (std::size_t j = t.last_paragraph + 1; j < ps.size() && j <= t.last_paragraph + 12; ++j) {
    // (Not past the document's 主送: a title repeated after it is a file's name in the page's
    // footer, `福软办〔2023〕26号 关于…的通知`.)
    std::string_view line = tx::trim(ps[j].text);
    if (tx::starts_with(line, "各") && (tx::ends_with(line, "：") || tx::ends_with(line, ":"))) break;
    // (Nor past the body's first sentence: a short reply's file link under it, `…的批复.pdf`.)
    if (tx::more_visible_than(line, 20) && tx::ends_with(line, "。") && !tx::starts_with(line, "【") && !tx::starts_with(line, "（")) break;
    std::string again;
    for (std::size_t m = 0; m < 4 && j + m < ps.size(); ++m) {
      again += squeeze(ps[j + m].text);
      std::string cleaned = clean_title(again);
      // (A site's headline `转发…关于…的意见` over the document it reposts: the document's own title.)
      bool same = cleaned == t.found.text ||
                  (tx::starts_with(t.found.text, "转发") && cleaned.size() > 12 && std::string_view(t.found.text).substr(6) == cleaned);
      std::string_view prefix = std::string_view(cleaned).substr(0, cleaned.size() >= t.found.text.size() ? cleaned.size() - t.found.text.size() : 0);
      bool han = !prefix.empty();
      for (std::size_t k = 0; k < prefix.size();) han &= tx::is_han(tx::next_cp(prefix, k));
      // The repeat starts on its own line with the issuers (never chrome before them).
      // (Or a congress's session that adopts a resolution, `…全国人民代表大会` / `第一次会议关于…的决议`,
      // its name opening the repeat's first line.)
      bool session = tx::ends_with(prefix, "会议") && (contains(prefix, "代表大会") || contains(prefix, "委员会"));
      bool with_issuer = !same && han && tx::starts_with(t.found.text, "关于") && tx::ends_with(cleaned, t.found.text) &&
                         tx::char_count(prefix) <= 40 && (organ_like(prefix) || session) &&
                         (contains(squeeze(ps[j].text), "关于") || (session && m >= 1 && organ_like(squeeze(ps[j].text))));
      if (same || with_issuer) {
        // (A joint document's issuers set over it, a line or two of organs: `民政部 中央编办 …` /
        // `商务部 人民银行 …` / `关于…的意见`; never a masthead's `…文件`.)
        std::string organs;
        std::size_t first = j;
        if (same && tx::starts_with(cleaned, "关于"))
          while (first > t.last_paragraph + 1 && j - first < 3) {
            std::string q = squeeze(ps[first - 1].text);
            bool label = contains(q, "：") || contains(q, ":") || q.find_first_of("0123456789") != std::string::npos;
            if (q.empty() || label || tx::more_visible_than(q, 40) || contains(q, "关于") || tx::ends_with(q, "文件") || !organ_like(q)) break;
            organs = q + organs;
            --first;
          }
        t.found.text = organs + cleaned;  // (with its issuers, or without a site's 转发)
        t.found.offset = ps[first].offset;
        t.paragraphs = m + 1 + (j - first);
        t.last_paragraph = j + m;
        break;
      }
      if (again.size() >= t.found.text.size() + 120) break;
    }
  }
  // Or the document prints its own title otherwise worded, over its 主送 or salutation: a site's
  // short heading (`重庆交通大学2018考点公告`) over the printed `2018年度硕士研究生招生考试` /
  // `重庆交通大学报考点公告` / `各位考生:`. The printed one is the document's.
  if (!t.type || t.last_paragraph >= ps.size()) return;
  for (std::size_t j = t.last_paragraph + 1; j < ps.size() && j <= t.last_paragraph + 3; ++j) {
    std::string printed;
    for (std::size_t m = 0; m < 2 && j + m + 1 < ps.size(); ++m) {
      std::string q = squeeze(ps[j + m].text);
      if (q.empty() || tx::more_visible_than(q, 40) || contains(q, "，") || contains(q, "。") || contains(q, "：") || contains(q, ":")) break;
      // (A number over the printed title, `某政办发〔2024〕3号`, is the number's, no line of the title.)
      if (auto n = number_in(q, 0); n && squeeze(n->found.text) == q) break;
      printed += q;
      std::string_view next = tx::trim(ps[j + m + 1].text);
      bool addressed = (tx::ends_with(next, "：") || tx::ends_with(next, ":")) && !tx::more_visible_than(next, 60);
      if (addressed && tx::ends_with(printed, t.type->chinese) && printed != t.found.text && tx::char_count(printed) >= 8 &&
          doc_type_of_title(printed) == t.type) {
        t.found = {printed, ps[j].offset};
        t.paragraphs = m + 1;
        t.last_paragraph = j + m;
        return;
      }
    }
  }
}

// Names the document among the titles of menus and related-article lists.
Title title_from_wrapper(const std::vector<Paragraph>& ps, std::size_t from, const std::string& wanted) {
  Title t;
  for (std::size_t i = from; i < ps.size() && i < from + 120; ++i) {
    std::string joined;
    for (std::size_t k = 0; k < 4 && i + k < ps.size(); ++k) {
      joined += squeeze(ps[i + k].text);
      if (joined.size() > wanted.size() + 60) break;
      if (clean_title(joined) == wanted) {
        // The joint issuers a page's title leaves out, one per line between the
        // number and 关于 (GB/T 9704 prints number, then title): the title's own.
        // Organ lines at the top with no number over them are the masthead.
        std::size_t top = i;
        while (top > from && i - top < 4 && organ_like(squeeze(ps[top - 1].text)) && tx::char_count(squeeze(ps[top - 1].text)) <= 30)
          --top;
        std::string found = wanted;
        std::size_t first = i;
        if (top < i && top > 0 && find_doc_number(squeeze(ps[top - 1].text)) && tx::starts_with(wanted, "关于")) {
          std::string issuers;
          for (std::size_t j = top; j < i; ++j) issuers += squeeze(ps[j].text);
          found = issuers + wanted;
          first = top;
        }
        t.found = {found, ps[first].offset};
        t.type = doc_type_of_title(found);
        t.paragraphs = i + k + 1 - first;
        t.last_paragraph = i + k;
        to_last_repeat(ps, t);
        return t;
      }
    }
  }
  return t;
}

void banner_over_title(const std::vector<Paragraph>& ps, std::size_t from, Title& t, std::size_t& title_at, Found& masthead) {
  if (t.paragraphs < 2 || title_at + 1 >= ps.size()) return;
  // (Joint organs spaced on the line, `某某部 某某委员会`, name a joint title's issuers: they stay.)
  std::string_view line = tx::trim(ps[title_at].text);
  if (line.find_first_of(" \t") != std::string_view::npos || contains(line, "　") || contains(line, "、")) return;
  std::string head = squeeze(line);
  if (!organ_like(head) || tx::char_count(head) > 30 || !tx::starts_with(t.found.text, head)) return;
  for (std::size_t j = from; j < title_at; ++j)
    if (squeeze(ps[j].text) == t.found.text.substr(head.size())) {
      masthead = {head, ps[title_at].offset};
      t.found = {t.found.text.substr(head.size()), ps[title_at + 1].offset};
      --t.paragraphs;
      ++title_at;
      return;
    }
}

// The place an organ's name opens with, up to its level's word (`怒江州`, `云南省`, `某某县`),
// after the Party's `中共`; empty when it names none in its first six characters.
std::string_view leading_place(std::string_view organ) {
  for (std::string_view party : {"中共", "共青团"})
    if (tx::starts_with(organ, party)) organ.remove_prefix(party.size());
  // (The nation's organs name no place: `国家市场监督管理总局`, `中华全国总工会`.)
  for (std::string_view nation : {"国家", "中华", "中国", "全国"})
    if (tx::starts_with(organ, nation)) return {};
  std::size_t i = 0;
  for (std::size_t n = 0; i < organ.size() && n < 6; ++n) {
    char32_t c = tx::next_cp(organ, i);
    if (n >= 2 && std::u32string_view(U"省市州盟县区旗").find(c) != std::u32string_view::npos) return organ.substr(0, i);
  }
  return {};
}

std::string wrapper_title_of(std::string_view wrapper_title) {
  std::string t = squeeze(wrapper_title);
  for (std::string_view sep : {"-", "_", "|", "－"}) {
    auto p = t.find(sep);
    if (p != std::string::npos && doc_type_of_title(t.substr(0, p))) t = t.substr(0, p);
  }
  return clean_title(t);
}

}  // namespace detail

}  // namespace gongwen::official
