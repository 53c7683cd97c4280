// How sites decorate titles and frame pages (part of gongwen/structure.hpp: include that): a
// sample or document site's counts and badges around a title, a page's trail and related-link
// lines, and a heading that abridges or decorates the title printed under it. Functions of
// strings only; what walks paragraphs stays in structure.hpp.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

namespace gongwen::structure {

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
    // (A template's separator left after the title, its site's name dropped: `关于…的通知--`.)
    for (std::string_view tail : {".doc", ".docx", ".wps", ".pdf", ".txt", "[VIP]", "【VIP】", "(VIP)", "（全文）", "(全文)", "全文", "--"})
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
  // A sample site's or a Q&A site's word before a genre's title (`最新社区团支部书记个人述职报告`,
  // `最佳答案住宅小区业主公约`), not a headline's (`最新研究表明…`).
  for (std::string_view word : {"最佳答案", "最新"})
    if (t.starts_with(word)) {
      std::string_view rest = text::trim(t.substr(word.size()));
      bool genre = false;
      for (std::string_view g : {"报告", "总结", "讲话", "致辞", "发言", "材料", "体会", "心得", "制度", "章程", "公约", "方案", "范文", "主持词"})
        genre |= rest.ends_with(g);
      if (genre && text::char_count(rest) >= 6 && rest.find("关于") == std::string_view::npos) return static_cast<std::size_t>(rest.data() - t.data());
    }
  // (Or a site's mark of a repost, `【转载】台州市…应急预案`: the document is another's, its title is its own.)
  for (std::string_view badge : {"[精选]", "[精選]", "[推荐]", "[推薦]", "[原创]", "[原創]", "【转载】", "[转载]", "【轉載】", "【转发】"})
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

// A breadcrumb's words: the label before it, the home it starts from, the
// marks between its parts.
inline constexpr std::array<std::string_view, 9> kTrailLabels = {"当前位置", "您现在的位置", "您的位置", "您所在的位置", "您当前所在的位置",
                                                                "您当前的位置", "现在位置", "所在位置", "位置"};
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
      std::size_t parts = 1, longest = 0, closed = 0, run = 0, first_end = v.size(), last_end = v.size();
      char32_t first_sep = 0;
      for (std::size_t i = 0; i < v.size();) {
        std::size_t at = i;
        char32_t c = text::next_cp(v, i);
        if (trail_separator(c) && c != U'/' && c != U'》') {
          closed = std::max(closed, run);
          ++parts, run = 0, last_end = i;
          if (at < first_end) first_end = at, first_sep = c;
        } else if (!text::is_space(c)) {
          longest = std::max(longest, ++run);
        }
      }
      if (parts >= 3 && longest <= 10) return true;
      // (Its leaf may be the page's own headline, longer than a column's name: `学习啦 > 范文 > 会议纪要 >
      // 安徽省政府会议纪要三篇`; three short columns before it.)
      // (Not a title whose quoted steps an arrow joins, `关于推进“申请→审批→监管→服务”全链条改革的实施意见`.)
      // (Nor a procedure's steps, `申请→受理→审批→办结 某县…`: a trail's arrows point into the site, →
      // joins the steps of a thing done.)
      if (parts >= 4 && closed <= 10 && run <= 40 && v.find("“") == std::string_view::npos && v.find("\"") == std::string_view::npos &&
          v.find("关于") == std::string_view::npos && v.find("→") == std::string_view::npos)
        return true;
      // (Or two, the first the site's name, `黑龙江网 > 大庆`, set apart by a trail's arrow: `登录政务服务网→在线申报`
      // is a step, not a trail.)
      std::string_view site = text::trim(v.substr(0, first_end));
      bool arrow = first_sep == U'>' || first_sep == U'＞' || first_sep == U'»' || first_sep == U'›';
      bool named = site.ends_with("网") || site.ends_with("網") || site.ends_with("网站");
      for (std::string_view verb : {"登录", "登陆", "进入", "通过", "访问", "打开", "关注"}) named = named && !site.starts_with(verb);
      if (parts == 2 && longest <= 10 && arrow && named) return true;
      // (Or two, the last the page's leaf, `北京> 正文`: no step of a procedure ends there.)
      std::string_view leaf = text::trim(v.substr(last_end));
      if (parts == 2 && longest <= 10 && arrow && (leaf == "正文" || leaf == "正文内容" || leaf == "详情" || leaf == "文章正文")) return true;
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
  // (Any other wording of its label, 您… or 当前… up to 位置 and a colon: `您现在所在的位置: 网站首页> …`.)
  if (text::starts_with(sq, "您") || text::starts_with(sq, "当前"))
    if (auto at = std::string_view(sq).substr(0, 9 * 3).find("位置"); at != std::string_view::npos) {
      std::string_view rest = std::string_view(sq).substr(at + std::string_view("位置").size());
      if (text::starts_with(rest, "：") || text::starts_with(rest, ":")) return true;
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
  for (std::string_view label : {"相关推荐", "相关文章", "热门推荐", "相关阅读", "相关阅读推荐", "推荐阅读", "延伸阅读", "相关链接", "猜你喜欢", "相关新闻"})
    if (v == label) return true;
  return v.find("推荐度") != std::string_view::npos;
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

// What a heading adds around the title it holds is decoration: a mark, a count or a site's word
// (`2022年度专题党课:…(精选文档)`, `…5篇`, `…范文`), not words of its own (`医护人员抗疫个人先进事迹材料`
// over a piece's `抗疫个人先进事迹`).
inline bool decorates(std::string_view outer, std::string_view inner) {
  auto at = outer.find(inner);
  std::string extra = std::string(outer.substr(0, at)) + std::string(outer.substr(at + inner.size()));
  for (char c : extra)
    if ((c >= '0' && c <= '9') || c == ':' || c == '(' || c == '[' || c == '|' || c == '-' || c == ' ' || c == '.') return true;
  for (std::string_view w : {"：", "（", "【", "《", "—", "·", "篇", "范文", "精选", "最新", "定稿", "文档", "大全", "模板", "汇总", "合集", "范本",
                             "优秀", "参考", "推荐", "资料", "文库", "下载", "全文", "原文", "稿", "答案"})
    if (extra.find(w) != std::string::npos) return true;
  // (Or a site's retitling by who spoke, before it: `市长在…上的表态发言` over `在…上的表态发言`,
  // `王某同志在…`, `市长王某在…`.)
  std::string_view head = outer.substr(0, at);
  if (head.empty()) return false;
  if (text::ends_with(head, "同志") || people::position_glued_name(head)) return true;
  for (auto post : people::kPositions)
    if (text::ends_with(head, post)) return true;
  return false;
}

}  // namespace gongwen::structure
