// Document structure shared by native handlers: paragraphs and the heading
// tree. Levels come from the order in which marker families first appear in
// the document (`一、` then `（一）` then `1.` …), because the same family
// means different levels in different documents (GUIDE §6.14). Numbering is
// checked, never repaired: gaps, duplicates and disorder become diagnostics.
#pragma once

#include <gongwen/document.hpp>
#include <gongwen/text.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::structure {

struct Paragraph {
  std::string_view text;  // trimmed
  std::size_t offset;     // byte offset of text in the document
};

// The first `limit` paragraphs (all by default): detectors look at the head only.
inline std::vector<Paragraph> paragraphs(std::string_view t, std::size_t limit = static_cast<std::size_t>(-1)) {
  std::vector<Paragraph> out;
  for (std::size_t b = 0; b < t.size() && out.size() < limit;) {
    std::size_t e = t.find('\n', b);
    if (e == std::string_view::npos) e = t.size();
    auto line = t.substr(b, e - b);
    auto tr = text::trim(line);
    if (!tr.empty()) out.push_back({tr, b + static_cast<std::size_t>(tr.data() - line.data())});
    b = e + 1;
  }
  return out;
}

// A title as a site that sells or collects texts decorates it: the end where its note
// starts, or the title's size. A document site's file name and badge (`….doc`, `…[VIP]`), a
// sample-text (范文) site's count of what the page holds (`…的致辞范文1655字`, `…（通用5篇）`,
// `…(精选3篇)`, `…范文 篇1`, `…范文锦集八篇`, `…9500字`), a document site's count of pages
// (`…25页.doc`) and its word 范文 (`修建道路请示范文`). At least four characters stay.
inline std::size_t undecorated_end(std::string_view t) {
  // `1655字`, `三篇`: where the count starts (Arabic, or in Chinese numerals when `words`).
  auto count_start = [](std::string_view s, std::string_view unit, bool words = false) -> std::size_t {
    if (!text::ends_with(s, unit)) return std::string_view::npos;
    std::size_t b = s.size() - unit.size();
    while (b > 0 && s[b - 1] >= '0' && s[b - 1] <= '9') --b;
    if (words && b == s.size() - unit.size())
      while (b >= 3) {
        std::size_t k = b;
        char32_t c = text::prev_cp(s, k);
        if (text::cn_digit(c) < 0 && c != U'十') break;
        b = k;
      }
    return b < s.size() - unit.size() ? b : std::string_view::npos;
  };
  auto keep = [&](std::size_t cut) { return text::char_count(t.substr(0, cut)) >= 4; };
  std::size_t end = t.size();
  for (bool again = true; again;) {
    again = false;
    std::string_view v = text::trim(t.substr(0, end));
    std::size_t cut = std::string_view::npos;
    for (std::string_view tail : {".doc", ".docx", ".wps", ".pdf", ".txt", "[VIP]", "【VIP】", "(VIP)", "（全文）", "(全文)", "全文"})
      if (cut == std::string_view::npos && text::ends_with(v, tail)) cut = v.size() - tail.size();
    // A bilingual site's translation after it (`上海市促进行业协会发展规定 Provisions of Shanghai…`).
    if (cut == std::string_view::npos)
      if (auto sp = v.find(' '); sp != std::string_view::npos) {
        std::size_t b = sp;
        while (b < v.size() && v[b] == ' ') ++b;
        std::string_view tail = v.substr(b);
        bool latin = tail.size() >= 12 && tail.find(' ') != std::string_view::npos && tail[0] >= 'A' && tail[0] <= 'Z';
        for (char c : tail) latin = latin && static_cast<unsigned char>(c) < 0x80;
        if (latin && text::han_count(v.substr(0, sp)) >= 4) cut = sp;  // (an English title keeps its words)
      }
    // `范文1655字`, `9500字` (a count of two digits or more), `范文 篇1`, `推荐 篇1`
    if (auto b = count_start(v, "字"); cut == std::string_view::npos && b != std::string_view::npos &&
                                       (text::ends_with(v.substr(0, b), "范文") || v.size() - b >= 5))
      cut = text::ends_with(v.substr(0, b), "范文") ? b - std::string_view("范文").size() : b;
    // A document site's count of pages (`…管理制度25页.doc`).
    for (std::string_view page : {"页", "頁"})
      if (auto b = count_start(v, page); cut == std::string_view::npos && b != std::string_view::npos) cut = b;
    if (cut == std::string_view::npos && v.size() > 3 && v.back() >= '0' && v.back() <= '9') {
      std::size_t b = v.size();
      while (b > 0 && v[b - 1] >= '0' && v[b - 1] <= '9') --b;
      if (text::ends_with(v.substr(0, b), "篇")) {
        std::string_view pre = text::trim(v.substr(0, b - std::string_view("篇").size()));
        bool apart = pre.size() < b - std::string_view("篇").size();  // `… 篇1`: set apart from the title
        if (text::ends_with(pre, "推荐") && apart) pre.remove_suffix(std::string_view("推荐").size());
        if (text::ends_with(pre, "范文") || apart) cut = pre.size();
      }
    }
    // `（通用5篇）`, `(精选3篇)`, `【三篇】`
    for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}, {"【", "】"}}) {
      if (cut != std::string_view::npos || !text::ends_with(v, c)) continue;
      std::string_view inner = v.substr(0, v.size() - c.size());
      std::size_t b = count_start(inner, "篇", true);
      if (b == std::string_view::npos) continue;
      std::string_view pre = inner.substr(0, b);
      for (std::string_view w : {"通用", "精选", "优秀", "热门", "推荐", "合集", "共", "汇总"})
        if (text::ends_with(pre, w)) pre.remove_suffix(w.size());
      if (text::ends_with(pre, o)) cut = pre.size() - o.size();
    }
    // A bare count after a genre's name (`公司员工考勤管理制度15篇`), not a piece's ordinal (`第15篇`);
    // in Chinese numerals after a collection's word (`…述职报告范文锦集八篇`).
    if (auto b = count_start(v, "篇"); cut == std::string_view::npos && b != std::string_view::npos && b >= 3 && !text::ends_with(text::trim(v.substr(0, b)), "第"))
      cut = b;
    if (auto b = count_start(v, "篇", true); cut == std::string_view::npos && b != std::string_view::npos)
      for (std::string_view w : {"锦集", "合集", "大全", "精选", "汇编", "通用"})
        if (text::ends_with(v.substr(0, b), w)) cut = b - w.size();
    // The word itself, after what the rest removed or alone.
    if (cut == std::string_view::npos && text::ends_with(v, "范文")) cut = v.size() - std::string_view("范文").size();
    if (cut != std::string_view::npos && keep(cut)) {
      end = text::trim(v.substr(0, cut)).size() + static_cast<std::size_t>(text::trim(v.substr(0, cut)).data() - t.data());
      again = true;
    }
  }
  return end;
}

// A sample-text site's count before a title (`第1篇 某区人大常委会工作报告`, `篇一：…`,
// `范文3：…`), its badge (`[精选]…`) or its column the title repeats (`【村规民约】…村规民约`): where
// the title starts, or 0. The count is Arabic, or
// followed by a colon: a plan's part `第一篇　开启全面建设…` opens with its own heading. (A
// column's label, `【视频】…`, `【中国稳健前行】…`, is a news title's own.)
inline std::size_t undecorated_begin(std::string_view t) {
  std::size_t i = 0;
  // A column's label the title repeats (`【村规民约】某某村村规民约`): the column, not the title's.
  if (t.starts_with("【"))
    if (auto close = t.find("】"); close != std::string_view::npos && close > 3) {
      std::string_view label = t.substr(3, close - 3), rest = text::trim(t.substr(close + 3));
      if (text::char_count(label) >= 2 && text::char_count(rest) >= 4 && rest.ends_with(label))
        return static_cast<std::size_t>(rest.data() - t.data());
    }
  for (std::string_view badge : {"[精选]", "[精選]", "[推荐]", "[推薦]", "[原创]", "[原創]"})
    if (t.starts_with(badge)) {
      std::string_view rest = text::trim(t.substr(badge.size()));
      return text::char_count(rest) >= 4 ? static_cast<std::size_t>(rest.data() - t.data()) : 0;
    }
  auto digits = [&](bool arabic_only) {
    std::size_t b = i, n = 0;
    while (i < t.size()) {
      std::size_t k = i;
      char32_t c = text::next_cp(t, k);
      if (!((c >= '0' && c <= '9') || (!arabic_only && (text::cn_digit(c) >= 0 || c == U'十')))) break;
      i = k;
      ++n;
    }
    return n > 0 && n <= 3 && i > b;
  };
  auto separator = [&](bool colon_only) {
    for (std::string_view sep : {"：", ":", "】", " ", "　"}) {
      if (colon_only && sep != "：" && sep != ":") continue;
      if (t.substr(i).starts_with(sep)) {
        i += sep.size();
        return true;
      }
    }
    return false;
  };
  if (t.starts_with("第")) {
    i = 3;
    std::size_t num = i;
    bool arabic = digits(true);
    if (!arabic) {
      i = num;
      if (!digits(false)) return 0;
    }
    if (!t.substr(i).starts_with("篇")) return 0;
    i += 3;
    if (!separator(!arabic)) return 0;
  } else {
    bool found = false;
    for (std::string_view lead : {"【篇", "篇", "【范文", "范文"})
      if (!found && t.starts_with(lead)) {
        i = lead.size();
        found = digits(false) && separator(false);
      }
    if (!found) return 0;
  }
  std::string_view rest = text::trim(t.substr(i));
  if (text::char_count(rest) < 4) return 0;
  return static_cast<std::size_t>(rest.data() - t.data());
}

// The report an organ makes each year to the congress at its level, by the end of its title:
// `政府工作报告`, the two courts' (`…人民检察院工作报告`, `…人民法院工作报告`) and the
// congress's own standing committee's (`…常务委员会工作报告`, `…人大常委会工作报告`); empty
// when the title names none. (A speech's `工作报告` to a party congress is none of these.)
// (The year it reports on may stand between them: `武汉市人民检察院2024年工作报告`.)
inline std::string_view congress_report(std::string_view q) {
  constexpr std::string_view government = "政府工作报告", report = "工作报告";
  if (text::ends_with(q, government)) return q.substr(q.size() - government.size());
  if (!text::ends_with(q, report)) return {};
  std::string_view before = q.substr(0, q.size() - report.size());
  // (A party committee reports to its plenum: `中共某某县委常务委员会工作报告` is no congress's.)
  if (text::contains(before, "中共") || text::contains(before, "党委") || text::ends_with(before, "委常务委员会")) return {};
  for (std::string_view year : {"年度", "年"})
    if (text::ends_with(before, year) && before.size() >= year.size() + 4) {
      std::string_view digits = before.substr(before.size() - year.size() - 4, 4);
      if (digits.find_first_not_of("0123456789") == std::string_view::npos) before.remove_suffix(year.size() + 4);
      break;
    }
  for (std::string_view organ : {"人民检察院", "人民法院", "常务委员会", "人大常委会"})
    if (text::ends_with(before, organ)) return q.substr(before.size() - organ.size());
  return {};
}

// A breadcrumb's words: the label before it, the home it starts from, the
// marks between its parts.
inline constexpr std::array<std::string_view, 6> kTrailLabels = {"当前位置", "您现在的位置", "您的位置", "现在位置", "所在位置", "位置"};
inline constexpr std::array<std::string_view, 3> kTrailHomes = {"首页", "网站首页", "主页"};
inline bool trail_separator(char32_t c) { return c == U'>' || c == U'＞' || c == U'»' || c == U'›' || c == U'→' || c == U'/' || c == U'》'; }

// The trail of links to the page (`首页>新闻动态>喜迎党代会`, `当前位置：首页 » 通知公告`).
inline bool trail_line(std::string_view t) {
  // (Told by its first character or its last arrow before anything is copied: most lines are prose.)
  std::string_view v = text::trim(t);
  // (A list's bullet before it: `• 当前位置:`.)
  for (std::string_view bullet : {"•", "·", "◆", "■"})
    if (v.starts_with(bullet)) {
      v = text::trim(v.substr(bullet.size()));
      break;
    }
  bool arrow = v.ends_with(">") || v.ends_with("＞") || v.ends_with("»") || v.ends_with("›");
  bool opens = false;
  for (auto words : {std::span<const std::string_view>(kTrailLabels), std::span<const std::string_view>(kTrailHomes)})
    for (std::string_view w : words) opens |= v.starts_with(w.substr(0, 3));
  if (!arrow && !opens) {
    // (A trail without its home: short parts between arrows, three at least, `浙江在线 > 遂昌新闻网 > 专题专栏`.)
    if (!text::more_visible_than(v, 60) && v.find("。") == std::string_view::npos) {
      std::size_t parts = 1, longest = 0, run = 0;
      for (std::size_t i = 0; i < v.size();) {
        char32_t c = text::next_cp(v, i);
        if (trail_separator(c) && c != U'/' && c != U'》') ++parts, run = 0;
        else if (!text::is_space(c)) longest = std::max(longest, ++run);
      }
      if (parts >= 3 && longest <= 10) return true;
    }
    // (The column's name printed before the trail: `工作动态 首页 > 行政工作 > 工作动态`.)
    std::size_t gap = v.find(' ');
    if (gap == std::string_view::npos || gap == 0 || text::char_count(v.substr(0, gap)) > 6) return false;
    auto rest = text::trim(v.substr(gap));
    bool home = false;
    for (std::string_view h : kTrailHomes) home |= rest.starts_with(h);
    bool separated = false;
    for (std::size_t i = 0; i < rest.size() && !separated;) separated = trail_separator(text::next_cp(rest, i));
    return home && separated && text::char_count(rest) <= 60;
  }
  std::string sq = text::strip_spaces(v);
  for (std::string_view label : kTrailLabels)
    if (text::starts_with(sq, label)) {
      std::string_view rest = std::string_view(sq).substr(label.size());
      if (text::starts_with(rest, "：") || text::starts_with(rest, ":")) return true;
      // (Its colon lost with the links' markup: `您的位置首页 汽车生活 驾车乐趣`.)
      for (auto h : kTrailHomes)
        if (text::starts_with(rest, h) && label != "位置") return true;
    }
  // A trail wrapped over lines, its later parts alone (`工作报告 >事迹材料 >`): short parts,
  // each followed by its arrow.
  if (arrow && text::char_count(sq) <= 40) return true;
  std::size_t home = 0;
  for (auto h : kTrailHomes)
    if (text::starts_with(sq, h)) home = h.size();
  if (!home) return false;
  for (std::size_t i = 0; i < sq.size();)
    if (trail_separator(text::next_cp(sq, i))) return true;
  // A trail whose separators were images (`首页范文工作报告申报材料`): the home glued to a few
  // column names, Han only, no sentence and no document's 关于…的.
  std::string_view rest = std::string_view(sq).substr(home);
  std::size_t n = text::char_count(rest);
  if (n < 2 || n > 16 || rest.find("关于") != std::string_view::npos || rest.find("的") != std::string_view::npos) return false;
  // (A title about the home page itself: `网站首页改版项目招标公告`, `首页设计规范`.)
  for (std::string_view kind : {"公告", "通知", "通告", "方案", "规范", "办法", "规定", "意见", "报告", "请示", "函", "说明"})
    if (text::ends_with(rest, kind)) return false;
  for (std::size_t i = 0; i < rest.size();)
    if (!text::is_han(text::next_cp(rest, i))) return false;
  return true;
}

// A list item of the site's links to other texts (`- 最新社团章程示本 推荐度:`, `- 相关推荐`), never a title.
inline bool related_link_line(std::string_view t) {
  std::string_view v = text::trim(t);
  if (text::more_visible_than(v, 60)) return false;
  for (std::string_view bullet : {"- ", "-", "·", "•"})
    if (v.starts_with(bullet)) {
      v = text::trim(v.substr(bullet.size()));
      break;
    }
  return v == "相关推荐" || v == "相关文章" || v == "热门推荐" || v.find("推荐度") != std::string_view::npos;
}

// A page's heading that abridges the title printed below it: cut to its last words (`某村村民自治章程`
// over `某区某镇某村村民自治章程`) or with a few characters dropped (`市长省市人大代表视察汇报会上表态发言`
// over `市长在省市人大代表视察汇报会上的表态发言`). Both squeezed of spaces.
inline bool abridges(std::string_view heading, std::string_view line) {
  std::size_t hn = text::char_count(heading), ln = text::char_count(line);
  if (hn < 6 || ln <= hn || ln > hn + 12) return false;
  if (text::ends_with(line, heading)) {
    std::string_view head = line.substr(0, line.size() - heading.size());
    return head.find("关于") == std::string_view::npos && head.find("的") == std::string_view::npos &&
           head.find("：") == std::string_view::npos && head.find(":") == std::string_view::npos;
  }
  // (Dropped characters: every one of the heading's in order, the first and the last the line's.)
  if (ln > hn + 4) return false;
  std::size_t h = 0, l = 0;
  char32_t first_h = 0, first_l = 0, last_h = 0, last_l = 0;
  while (l < line.size()) {
    char32_t c = text::next_cp(line, l);
    if (!first_l) first_l = c;
    last_l = c;
    if (h < heading.size()) {
      std::size_t k = h;
      if (text::next_cp(heading, k) == c) {
        if (!first_h) first_h = c;
        last_h = c;
        h = k;
      }
    }
  }
  return h == heading.size() && first_h == first_l && last_h == last_l;
}

// A page's heading that decorates a title (`2022年度专题党课:…(精选文档)`, `…事迹报告(最终定稿)`,
// `第一篇:…`) over the title as the text prints it: the index of the plain one (a shorter line the
// heading contains, or a line the heading abridges, that `is_title` accepts) within the `within`
// paragraphs under i; else i.
template <class IsTitle>
std::size_t plain_title_below(const std::vector<Paragraph>& ps, std::size_t i, IsTitle is_title, std::size_t within = 6) {
  // (Decorated twice over: a trail ending with the heading, the heading, the title.)
  for (std::size_t from = i; i < ps.size(); from = i) {
    std::string outer = text::strip_spaces(ps[i].text);
    for (std::size_t j = i + 1; j < ps.size() && j <= i + within && i == from; ++j) {
      if (text::more_visible_than(ps[j].text, 80)) continue;
      std::string inner = text::strip_spaces(ps[j].text);
      // (Not the second line of the title wrapped below it: `在全县…纪念章` / `集中颁发仪式上的讲话`.)
      bool wrapped = j > i + 1 && text::strip_spaces(ps[j - 1].text) + inner == outer;
      bool plain = inner.size() < outer.size() && text::char_count(inner) >= 6 && outer.find(inner) != std::string::npos && !wrapped;
      if ((plain || abridges(outer, inner)) && is_title(inner)) i = j;
    }
    if (i == from) break;
  }
  return i;
}

struct Heading {
  int level;
  text::MarkerFamily family;
  long long number;
  std::string_view marker;
  std::string_view title;
  std::size_t offset;  // paragraph start
  std::size_t end;     // end of the heading text
};

// The heading title: up to the first full stop (or the whole paragraph when
// it is short), without the stop.
// With clause_chars, a numbered clause longer than that (a 公告's `一、利用许可证
// 走私进口…的，是指…`) is titled by its first clause, up to `，；：`.
inline std::string_view heading_title(std::string_view rest, std::size_t max_chars = 60, std::size_t clause_chars = 0) {
  for (std::string_view stop : {"。", "！", "？"}) {
    auto p = rest.find(stop);
    if (p != std::string_view::npos) rest = rest.substr(0, p);
  }
  if (text::char_count(rest) > max_chars && clause_chars > 0) {
    std::size_t cut = std::string_view::npos;
    for (std::string_view mark : {"，", "；", "：", ","})
      if (auto p = rest.find(mark); p != std::string_view::npos && p < cut) cut = p;
    if (cut != std::string_view::npos && cut > 0 && text::char_count(rest.substr(0, cut)) <= clause_chars) return rest.substr(0, cut);
  }
  if (text::char_count(rest) > max_chars) return {};
  return rest;
}

struct TreeOptions {
  // Families that open headings; the rest (一是, ①) are inline enumerations.
  std::vector<text::MarkerFamily> families = {text::MarkerFamily::cn_dun, text::MarkerFamily::cn_paren,
                                              text::MarkerFamily::ordinal_comma, text::MarkerFamily::ordinal_part,
                                              text::MarkerFamily::arabic_dot, text::MarkerFamily::arabic_paren};
  std::size_t max_title_chars = 60;
  std::size_t clause_title_chars = 0;  // > 0: a long numbered clause is titled by its first clause (heading_title)
  std::size_t from_paragraph = 0;  // skip the title block
};

inline std::vector<Heading> heading_tree(const std::vector<Paragraph>& ps, const TreeOptions& opt = {}) {
  std::vector<Heading> out;
  std::vector<text::MarkerFamily> order;  // first appearance
  for (std::size_t i = opt.from_paragraph; i < ps.size(); ++i) {
    auto m = text::parse_marker(ps[i].text);
    if (!m) continue;
    bool wanted = false;
    for (auto f : opt.families) wanted |= f == m.family;
    if (!wanted) continue;
    auto rest = ps[i].text.substr(m.length);
    auto title = heading_title(rest, opt.max_title_chars, opt.clause_title_chars);
    if (title.empty()) continue;
    // `1.` numbering a long list of rules is not a heading level.
    std::size_t lvl = 0;
    for (; lvl < order.size(); ++lvl)
      if (order[lvl] == m.family) break;
    if (lvl == order.size()) order.push_back(m.family);
    out.push_back({static_cast<int>(lvl + 1), m.family, m.number, m.text, title, ps[i].offset,
                   ps[i].offset + static_cast<std::size_t>(title.data() + title.size() - ps[i].text.data())});
  }
  return out;
}

// The heading tree of a document whose format carries typography (DOCX, PDF,
// OFD): the marker tree, plus short unnumbered paragraphs set in a look of
// their own (GB/T 9704: level 1 黑体, level 2 楷体, level 3 bold 仿宋; or a
// Word outline level). A look that marker headings already use keeps their
// level; other looks rank by size, then 黑体 > 楷体 > bold > the rest. Text
// formats get exactly heading_tree(ps, opt).
inline std::vector<Heading> heading_tree(const Document& doc, const std::vector<Paragraph>& ps, const TreeOptions& opt = {}) {
  auto marked = heading_tree(ps, opt);
  if (ps.empty() || !doc.style_at(ps.front().offset)) return marked;
  struct Look {
    float size;
    int font_rank;  // 0 黑体, 1 楷体, 2 other
    bool bold;
    bool operator<(const Look& o) const {
      if (size != o.size) return size > o.size;
      if (font_rank != o.font_rank) return font_rank < o.font_rank;
      return bold > o.bold;
    }
    bool operator==(const Look& o) const { return size == o.size && font_rank == o.font_rank && bold == o.bold; }
  };
  auto rank = [](std::string_view font) {
    if (font.find("黑") != std::string_view::npos || font.find("Hei") != std::string_view::npos) return 0;
    if (font.find("楷") != std::string_view::npos || font.find("Kai") != std::string_view::npos) return 1;
    return 2;
  };
  std::vector<std::optional<Document::Style>> styles;
  std::vector<Look> looks;
  styles.reserve(ps.size());
  for (const auto& p : ps) {
    styles.push_back(doc.style_at(p.offset));
    const auto& s = styles.back();
    looks.push_back(s ? Look{std::round(s->size_pt * 2) / 2, rank(s->font), s->bold} : Look{0, 2, false});
  }
  // The body's look: that of most characters.
  std::vector<std::pair<Look, std::size_t>> weight;
  for (std::size_t i = 0; i < ps.size(); ++i) {
    auto it = std::find_if(weight.begin(), weight.end(), [&](auto& w) { return w.first == looks[i]; });
    if (it == weight.end()) weight.push_back({looks[i], ps[i].text.size()});
    else it->second += ps[i].text.size();
  }
  Look body = std::max_element(weight.begin(), weight.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
  // Levels the marker headings give their looks.
  std::vector<std::pair<Look, int>> level_of;
  std::size_t k = 0;
  for (std::size_t i = opt.from_paragraph; i < ps.size(); ++i) {
    while (k < marked.size() && marked[k].offset < ps[i].offset) ++k;
    if (k < marked.size() && marked[k].offset == ps[i].offset && !(looks[i] == body) &&
        std::none_of(level_of.begin(), level_of.end(), [&](auto& l) { return l.first == looks[i]; }))
      level_of.push_back({looks[i], marked[k].level});
  }
  // A heading ends neither a sentence nor a clause.
  auto ends_sentence = [](std::string_view t) {
    char32_t c = text::last_cp(t);
    return text::is_sentence_end(c) || c == U'，' || c == U'、';
  };
  std::vector<std::size_t> candidates;
  std::vector<Look> new_looks;
  k = 0;
  for (std::size_t i = opt.from_paragraph; i < ps.size(); ++i) {
    while (k < marked.size() && marked[k].offset < ps[i].offset) ++k;
    if (k < marked.size() && marked[k].offset == ps[i].offset) continue;
    if (text::parse_marker(ps[i].text)) continue;  // an enumeration the options left out
    if (text::whole_date(text::strip_spaces(ps[i].text))) continue;  // a 成文日期 set apart is no heading
    const auto& s = styles[i];
    if (!s || s->role == "table" || s->align == "center" || s->align == "right") continue;
    bool outline = s->outline_level >= 0 && s->outline_level < 9;
    bool own_look = !(looks[i] == body) && looks[i].size >= body.size - 0.25f &&
                    (looks[i].font_rank < body.font_rank || (looks[i].bold && !body.bold) || looks[i].size > body.size);
    if (!(outline || own_look) || text::char_count(ps[i].text) > opt.max_title_chars || ends_sentence(ps[i].text)) continue;
    candidates.push_back(i);
    if (!outline && std::none_of(level_of.begin(), level_of.end(), [&](auto& l) { return l.first == looks[i]; }) &&
        std::find(new_looks.begin(), new_looks.end(), looks[i]) == new_looks.end())
      new_looks.push_back(looks[i]);
  }
  if (candidates.empty()) return marked;
  // Looks whose level a Word outline level states.
  for (std::size_t i : candidates) {
    int ol = styles[i]->outline_level;
    if (ol >= 0 && ol < 9 && std::none_of(level_of.begin(), level_of.end(), [&](auto& l) { return l.first == looks[i]; }))
      level_of.push_back({looks[i], ol + 1});
  }
  new_looks.erase(std::remove_if(new_looks.begin(), new_looks.end(),
                                 [&](const Look& l) { return std::any_of(level_of.begin(), level_of.end(), [&](auto& k) { return k.first == l; }); }),
                  new_looks.end());
  // A new look sits one level below the nearest known look that ranks above
  // it (bigger, or 黑体 over 楷体 over bold), at level 1 when none does.
  std::sort(new_looks.begin(), new_looks.end());
  for (const auto& look : new_looks) {
    int level = 0;
    const Look* above = nullptr;
    for (auto& [known, l] : level_of)
      if (known < look && (!above || *above < known)) above = &known, level = l;
    level_of.push_back({look, level + 1});
  }
  std::vector<Heading> out;
  std::size_t m = 0;
  for (std::size_t i : candidates) {
    while (m < marked.size() && marked[m].offset < ps[i].offset) out.push_back(marked[m++]);
    int level = 1;
    if (styles[i]->outline_level >= 0 && styles[i]->outline_level < 9) level = styles[i]->outline_level + 1;
    for (auto& [look, l] : level_of)
      if (look == looks[i]) level = l;
    out.push_back({level, text::MarkerFamily::none, 0, {}, ps[i].text, ps[i].offset, ps[i].offset + ps[i].text.size()});
  }
  while (m < marked.size()) out.push_back(marked[m++]);
  return out;
}

// Checks numbering within each family under the same parent; reports, never renumbers.
inline void check_numbering(Document& doc, const std::vector<Heading>& hs) {
  std::vector<long long> last(16, 0);
  for (const auto& h : hs) {
    if (h.marker.empty()) continue;  // a heading known by its typography has no number
    std::size_t l = static_cast<std::size_t>(std::min(h.level, 15));
    long long expected = last[l] + 1;
    if (h.number != expected) {
      std::string what = h.number == last[l] ? "duplicated" : h.number < last[l] ? "out of order" : "skips a number";
      doc.diagnostic(Severity::warning, "heading_order",
                     std::string("heading numbering ") + what + ": `" + std::string(h.marker) + "` after " +
                         (last[l] ? text::to_chinese(last[l]) : std::string("the start")) + " (kept as written)",
                     h.offset);
    }
    last[l] = h.number;
    for (std::size_t d = l + 1; d < last.size(); ++d) last[d] = 0;
  }
}

inline void add_sections(Document& doc, const std::vector<Heading>& hs) {
  for (const auto& h : hs) doc.add_section(h.level, h.marker, h.title, h.offset, h.end);
}

}  // namespace gongwen::structure
