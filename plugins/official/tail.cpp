// The end of an official document, found from the end: 成文日期 and the
// signature above it (one organ, several, or an order's signer), the 附件说明
// above them, then the 附注 and the 版记 (抄送, 印发机关 and 印发日期).
#include "detail.hpp"

#include <algorithm>
#include <cctype>
#include <array>

namespace gongwen::official {

namespace tx = gongwen::text;
using gongwen::text::contains;
using structure::Paragraph;

namespace detail {

bool footer_line(std::string_view t) {
  for (std::string_view w : {"扫一扫", "打印本页", "关闭窗口", "【打印】", "【关闭】", "分享到", "责任编辑", "网站地图", "版权所有",
                             "主办单位", "ICP备", "来源：", "浏览次数", "【字体"})
    if (contains(t, w)) return true;
  // The site's account (`(官方微信公众号)`).
  if (tx::char_count(t) <= 16 && (contains(t, "公众号") || contains(t, "微信号"))) return true;
  // The page's credits for its posting (`审核人:祝子舜`, `编辑：王某`, `初审：…`), short, labelled.
  if (tx::char_count(t) <= 30) {
    std::string q = tx::strip_spaces(t);
    // (Or the site's contacts: `地址:…`, `邮编:550025`, `邮箱:…`, `电话:…`.)
    for (std::string_view l : {"审核人", "审核", "编辑", "录入", "撰稿", "初审", "复审", "终审", "校对", "发布人", "信息员", "地址", "邮编",
                               "邮箱", "电话", "传真", "网址"})
      if (tx::starts_with(q, l) && (tx::starts_with(std::string_view(q).substr(l.size()), "：") || tx::starts_with(std::string_view(q).substr(l.size()), ":")))
        return true;
  }
  return false;
}

namespace {
// A signature with the closing formula glued before it, no mark between (a PDF
// line `特此公告华夏基金管理有限公司二〇一六年五月二十四日`): the signature alone.
// (Or a role's label before the organ, `控股股东：山东某某集团有限公司2026年5月8日`: the organ signs.)
std::string_view after_closing_formula(std::string_view s) {
  for (auto [formula, type] : closing_formulas())
    if (tx::starts_with(s, formula)) {
      s = tx::trim(s.substr(formula.size()));
      break;
    }
  if (auto colon = s.rfind("："); colon != std::string_view::npos)
    if (auto rest = tx::trim(s.substr(colon + 3)); !rest.empty() && organ_like(squeeze(rest))) return rest;
  return s;
}

// A template's date with its figures masked or left blank (`xx年xx月xx日`, `××××年×月×日`, `年 月 日`):
// the date's place in a signature block, with no date in it.
bool masked_date(std::string_view t) {
  std::string q = tx::strip_spaces(t);
  auto y = q.find("年"), m = q.find("月");
  if (y == std::string::npos || m == std::string::npos || m < y || !tx::ends_with(q, "日") || tx::char_count(q) > 14) return false;
  bool masked = false;
  std::string_view parts[] = {std::string_view(q).substr(0, y), std::string_view(q).substr(y + 3, m - y - 3),
                              std::string_view(q).substr(m + 3, q.size() - m - 6)};
  for (auto part : parts) {
    if (part.empty()) masked = true;
    for (std::size_t i = 0; i < part.size();) {
      char32_t c = tx::next_cp(part, i);
      bool digit = (c >= '0' && c <= '9') || tx::cn_digit(c) >= 0 || c == U'十';
      bool mask = c == 'x' || c == 'X' || c == U'×' || c == '*' || c == U'＊' || c == U'某' || c == '_' || c == U'○';
      if (!digit && !mask) return false;
      masked |= mask;
    }
  }
  return masked;
}
}  // namespace

void find_tail(const std::vector<Paragraph>& ps, Elements& e) {
  std::size_t start = e.title.found.present() && e.title.last_paragraph != kNone ? e.title.last_paragraph + 1 : e.body_from;
  // A title read off the front of a flattened paragraph (`…委员会令 第31号 《…》已经…通过 主任：郑栅洁 2025年7月17日`):
  // the paragraph goes on to its signature.
  if (start > 0 && start - 1 < ps.size() && e.title.found.present() &&
      tx::char_count(ps[start - 1].text) > tx::char_count(e.title.found.text) + 60)
    --start;
  // 成文日期: the first paragraph after the title that is only a date (below the 主送: a
  // page's posting date may stand between them).
  std::size_t date_at = kNone, below = start;
  if (e.recipients_text.present())
    while (below < ps.size() && ps[below].offset <= e.recipients_text.offset) ++below;
  for (std::size_t i = below; i < ps.size(); ++i) {
    if (auto iso = whole_date(ps[i].text)) {
      // (A page's posting date right under the title, `2020-4-10`, over a body signed and dated
      // below: the signature's.)
      for (std::size_t k = i + 2; i == start && !tx::starts_with(tx::trim(ps[i].text), "（") && k < ps.size() && k <= i + 60; ++k)
        if (auto signed_on = whole_date(ps[k].text); signed_on && organ_like(squeeze(ps[k - 1].text))) {
          i = k, iso = signed_on;
          break;
        }
      date_at = i;
      e.date = {{std::string(ps[i].text), ps[i].offset}, *iso};
      break;
    }
    // A date whose 日 the page cut off (`2015年7月6`, `2015 年11 月3`) under an organ's name: the
    // signature's date, its day the last figure.
    if (std::string q = squeeze(ps[i].text); i > below && !q.empty() && q.back() >= '0' && q.back() <= '9' && tx::char_count(q) <= 12 &&
                                             organ_like(squeeze(ps[i - 1].text)))
      if (auto iso = whole_date(q + "日")) {
        date_at = i;
        e.date = {{std::string(ps[i].text), ps[i].offset}, *iso};
        break;
      }
    // (A template's masked date closes the signature all the same; it dates nothing.)
    if (i > below && masked_date(ps[i].text)) {
      date_at = i;
      break;
    }
    // `中山市教育局 2014年3月6日`: organ and date on one line, under the body (over it, the
    // page's source and posting date: `辽宁省卫生健康委员会 2022年12月06日`).
    auto t = ps[i].text;
    if (i > below && tx::char_count(t) <= 50 && !contains(t, "。") && !contains(t, "，")) {
      for (std::size_t p = 0; p < t.size();) {
        auto d = tx::parse_date_at(t, p);
        if (d && d->year && d->day && d->end == t.size() && p > 0) {
          auto organ = after_closing_formula(tx::trim(t.substr(0, d->begin)));
          if (!organ.empty() && organ_like(squeeze(organ))) {
            date_at = i;
            e.date = {{std::string(t.substr(d->begin)), ps[i].offset + d->begin}, d->iso()};
            e.issuers.push_back({std::string(organ), ps[i].offset});
          }
          break;
        }
        tx::next_cp(t, p);
      }
      if (date_at != kNone) break;
    }
  }
  // A signature dated to the month only (`外事办公室` / `二○○八年七月`): the date as printed, no day made up.
  for (std::size_t i = ps.size(); date_at == kNone && i-- > start + 1 && i + 4 >= ps.size();) {
    std::string n = tx::fold_zeros(tx::trim(ps[i].text));
    auto d = tx::char_count(n) <= 16 ? tx::parse_date_at(n, 0) : std::nullopt;
    if (d && d->year && d->month && !d->day && d->begin == 0 && d->end == n.size() && organ_like(squeeze(ps[i - 1].text))) {
      date_at = i;
      e.date = {{std::string(tx::trim(ps[i].text)), ps[i].offset}, d->iso()};
    }
  }
  // Or by its digits alone, 年月日 lost by the page (`福建省人民政府` / `2017919`).
  for (std::size_t i = ps.size(); date_at == kNone && i-- > start + 1 && i + 6 >= ps.size();)
    if (auto iso = stripped_date(ps[i].text); iso && organ_like(squeeze(ps[i - 1].text))) {
      date_at = i;
      e.date = {{std::string(tx::trim(ps[i].text)), ps[i].offset}, *iso};
    }
  // (Or further up, the issued text under the notice: the first such under the body, `兴城市人民政府办公室` / `20171116`.)
  for (std::size_t i = start + 2; date_at == kNone && i < ps.size() && i < start + 40; ++i)
    if (auto iso = stripped_date(ps[i].text); iso && organ_like(squeeze(ps[i - 1].text)) && tx::ends_sentence(tx::trim(ps[i - 2].text))) {
      date_at = i;
      e.date = {{std::string(tx::trim(ps[i].text)), ps[i].offset}, *iso};
    }
  // (Or unsigned, under the body's last sentence and over its 附注, `…认真贯彻落实。` / `2024327` / `（此件主动公开）`.)
  for (std::size_t i = start + 2; date_at == kNone && i + 1 < ps.size() && i < start + 40; ++i)
    if (auto iso = stripped_date(ps[i].text); iso && tx::ends_sentence(tx::trim(ps[i - 1].text))) {
      std::string note = squeeze(ps[i + 1].text);
      if (tx::starts_with(note, "（此件") || tx::starts_with(note, "(此件")) {
        date_at = i;
        e.date = {{std::string(tx::trim(ps[i].text)), ps[i].offset}, *iso};
      }
    }
  if (date_at == kNone) {
    // Flattened: the last full date of the last paragraphs, with the organs before it.
    for (std::size_t i = ps.size(); i-- > start && i + 3 >= ps.size();) {
      auto t = ps[i].text;
      std::optional<tx::Date> last;
      for (std::size_t p = t.size() > 600 ? t.size() - 600 : 0; p < t.size();) {
        auto d = tx::parse_date_at(t, p);
        if (d && d->year && d->day) last = d;
        tx::next_cp(t, p);
      }
      if (!last) continue;
      if (tx::char_count(t.substr(last->end)) > 30 && !footer_line(t.substr(last->end))) continue;
      // (`济南市商务局办公室 2025年1月20日印发`: the 版记's printer and printing date, no signature.)
      if (tx::starts_with(squeeze(t.substr(last->end)), "印发")) continue;
      // The signature follows the last sentence, even one cut short without
      // its 。 (`…希望各处室按照从严治校的工作要求 校监察室`): a signature has no clause mark.
      auto before = t.substr(0, last->begin);
      std::size_t stop = std::string_view::npos;
      // (Or a crawler's ASCII marks, `…举报电话:110.    特此通告    揭阳市公安局    2017年1月1日`: a period before spaces.)
      for (std::string_view m : {"。", "，", "；", "！", "？", ",", ";", "!", "?", ". "}) {
        auto p = before.rfind(m);
        if (p != std::string_view::npos && (stop == std::string_view::npos || p + m.size() > stop)) stop = p + m.size();
      }
      auto organ = after_closing_formula(tx::trim(stop == std::string_view::npos ? before : before.substr(stop)));
      // (An order is signed by its head: `主任：郑栅洁`, a post and a name.)
      std::string head = post_then_name(organ);
      bool post_and_name = !head.empty();
      // (Unsigned, the date closing the last paragraph right after its last sentence, `…以便联系。
      // 2021年9月29日`: the 成文日期 of a text whose organs its title named.)
      bool last_words = true;  // (a table's bars may follow: `|`)
      for (std::size_t k = i + 1; k < ps.size() && last_words; ++k)
        for (std::size_t b = 0; b < ps[k].text.size() && last_words;) last_words = !tx::is_han(tx::next_cp(ps[k].text, b));
      if (organ.empty() && stop != std::string_view::npos && last_words && tx::trim(t.substr(last->end)).empty() &&
          tx::ends_with(tx::trim(before), "。")) {
        e.date = {{std::string(t.substr(last->begin, last->end - last->begin)), ps[i].offset + last->begin}, last->iso()};
        e.body_end = i;
        return;
      }
      if (organ.empty() || tx::char_count(organ) > 60 || (!organ_like(squeeze(organ)) && !post_and_name)) continue;
      e.date = {{std::string(t.substr(last->begin, last->end - last->begin)), ps[i].offset + last->begin}, last->iso()};
      if (post_and_name) {
        e.issuers.push_back({head, ps[i].offset + static_cast<std::size_t>(organ.data() - t.data())});
        e.body_end = i;
        return;
      }
      std::string names(organ);
      std::size_t b = 0;
      while (b < names.size()) {
        std::size_t k = b, sp = names.size();
        for (std::size_t j = b; j < names.size();) {
          std::size_t q = j;
          if (tx::is_space(tx::next_cp(names, q))) { sp = j; break; }
          j = q;
        }
        auto part = tx::trim(std::string_view(names).substr(b, sp - b));
        // Words before the first organ are the sentence's tail, not a signer.
        if (!part.empty() && e.issuers.empty() && !organ_like(squeeze(part)) && sp < names.size()) part = {};
        for (auto o : part.empty() ? std::vector<std::string_view>{} : glued_organs(part))
          e.issuers.push_back({std::string(o), ps[i].offset + static_cast<std::size_t>(organ.data() - t.data()) + b +
                                                   static_cast<std::size_t>(o.data() - part.data())});
        if (sp >= names.size()) break;
        k = sp;
        tx::next_cp(names, k);
        b = k;
      }
      e.body_end = i;
      return;
    }
    read_head_note(ps, e);
    e.body_end = ps.size();
    if (e.issuers.empty() && !e.date_under_title) undated_signature(ps, start, e);
    return;
  }
  e.body_end = date_at;
  if (std::size_t top = 0; e.issuers.empty())
    if (auto organs = column_signature(ps, start, date_at, top); !organs.empty()) {
      e.issuers = std::move(organs);
      e.body_end = top;
    }
  // 发文机关署名: the short organ lines right above the date.
  if (e.issuers.empty()) {
    std::vector<Found> names;
    // (Joint notices of a dozen ministries sign one a line: `国家发展改革委` … `中国国家铁路集团有限公司`.)
    bool table_below = true;  // the signer lines below are a table's rows (or there are none yet)
    for (std::size_t i = date_at; i-- > start && names.size() < 16;) {
      std::string t(ps[i].text);
      // A table's row (cells joined by ` | `): a joint signature set in a borderless
      // table when every cell is an organ and the rows below are the table's too, else a
      // list (a 名单 of units over a signature in text) ends the search.
      if (contains(t, " | ")) {
        std::string spaced;
        bool organs = table_below;
        for (std::size_t b = 0; b <= t.size() && organs;) {
          std::size_t end = std::min(t.find(" | ", b), t.size());
          auto cell = tx::trim(std::string_view(t).substr(b, end - b));
          if (!cell.empty()) {
            organs = organ_like(squeeze(cell)) && tx::char_count(cell) >= 2;
            spaced += (spaced.empty() ? "" : "　") + std::string(cell);
          }
          b = end + 3;
        }
        if (!organs || spaced.empty()) break;
        t = std::move(spaced);
      } else {
        table_below = false;
      }
      std::string q = without_seal(squeeze(t));
      // The seal's note under a signature (`（国家卫生健康委代章）`, `（盖章）`) is no signer.
      if (seal_note(q)) {
        e.body_end = i;
        continue;
      }
      // (`主任：郑栅洁`: an order's signer with a colon after the post.)
      if (contains(q, "：") && (tx::ends_with(e.title.found.text, "令") || e.title.masthead_lost))
        if (std::string bare = post_then_name(q); !bare.empty()) q = std::move(bare);
      if (tx::char_count(q) > 40 || contains(q, "。") || contains(q, "，") || contains(q, "：") || tx::starts_with(q, "附件") ||
          tx::starts_with(q, "（"))
        break;
      // An order (令) is signed by the head of the organ: `总理　李强`,
      // `中国人民银行行长　潘功胜` — a post, then a name of two to four Han.
      bool signed_by_post = false;
      if ((tx::ends_with(e.title.found.text, "令") || e.title.masthead_lost) && !organ_like(q)) {
        for (std::string_view post : {"总理", "主席", "部长", "行长", "局长", "主任", "署长", "省长", "市长", "县长", "区长", "院长",
                                      "检察长", "委员长", "书记", "总经理", "董事长"}) {
          auto p = q.rfind(post);
          if (p == std::string::npos) continue;
          std::string name = q.substr(p + post.size());
          std::size_t n = tx::char_count(name);
          bool han = !name.empty();
          for (std::size_t k = 0; k < name.size();) han &= tx::is_han(tx::next_cp(name, k));
          // The post alone when the name is an image the text lost (`省长`).
          signed_by_post = (han && n >= 2 && n <= 4) || (name.empty() && p == 0);
          if (signed_by_post) break;
        }
      }
      // (A fragment naming its city and a matter, no place of its own at its end: a village's name is none.)
      auto city_fragment = [](std::string_view f) {
        bool place_end = false;
        for (std::string_view p : {"省", "市", "县", "区", "镇", "乡", "村", "社区", "街道", "旗"}) place_end |= tx::ends_with(f, p);
        return tx::char_count(f) <= 12 && !leading_place(f).empty() && !place_end && !contains(f.substr(leading_place(f).size()), "村");
      };
      if (!signed_by_post && !organ_like(q)) {
        // An organ's name broken over two lines by the page's width (`国家发` / `展改革委`,
        // `国务院应对新型冠状病毒肺炎` / `疫情联防联控机制综合组`): a run of Han without
        // a clause mark that makes an organ with the line below it.
        bool han = !q.empty();
        for (std::size_t k = 0; k < q.size();) han &= tx::is_han(tx::next_cp(q, k));
        std::string below = names.empty() ? std::string() : squeeze(names.back().text);
        std::string joined = q + below;
        bool formula = opens_closing_formula(q);
        // A long fragment must make a name the text uses elsewhere (the body names its
        // issuer: `…联防联控机制综合组制定了…`), not a heading joined to the signer.
        // (Or a name the body uses across the break: `国务院应对新型冠状病毒肺炎疫情` in
        // `…肺炎疫情联防联控机制各成员单位`, the signer the office under it.)
        std::string across = q + below.substr(0, std::min<std::size_t>(below.size(), 6));  // (two characters of Han)
        auto named_in_body = [&] {
          for (std::size_t k = start; k < i; ++k)
            if (contains(ps[k].text, joined) || contains(ps[k].text, across)) return true;
          return false;
        };
        if (han && !formula && !names.empty() && tx::char_count(q) <= 16 && tx::char_count(joined) <= 40 && organ_like(joined) &&
            names.back().offset == ps[i + 1].offset &&
            // (Or one opening with its city, `宿迁市新冠肺炎疫情` / `联防联控指挥部办公室`, short.)
            (tx::char_count(q) <= 4 || named_in_body() || organ_opens(q) || city_fragment(q))) {
          names.back() = {joined, ps[i].offset};
          e.body_end = i;
          continue;
        }
        break;
      }
      if (signed_by_post) {  // the post and the name, without the spaces between them
        e.issuers.insert(e.issuers.begin(), {q, ps[i].offset});
        e.body_end = i;
        continue;
      }
      // `中共湖南理工学院` over `信息科学与工程学院学生第三支部委员会`: one organ.
      if (party_name_unfinished(q) && !names.empty() && names.back().offset == ps[i + 1].offset &&
          !tx::starts_with(squeeze(names.back().text), "中共")) {
        names.back() = {q + squeeze(names.back().text), ps[i].offset};
        e.body_end = i;
        continue;
      }
      // `某某区人民政府` over `外事办公室`: the government's office, broken over two lines; a congress
      // over its session's presidium (`…人民代表大会` / `第二次会议主席团`: no organ opens with 第).
      if (!names.empty() && names.back().offset == ps[i + 1].offset &&
          (office_below(q, squeeze(names.back().text)) || tx::starts_with(squeeze(names.back().text), "第"))) {
        names.back() = {q + squeeze(names.back().text), ps[i].offset};
        e.body_end = i;
        continue;
      }
      names.push_back({without_seal(std::string(t)), ps[i].offset});
      e.body_end = i;
    }
    std::reverse(names.begin(), names.end());
    for (auto& n : names) {
      // Several organs on one line, separated by spaces.
      std::vector<std::string_view> parts;
      std::string_view line = n.text;
      std::size_t b = 0;
      for (std::size_t j = 0; j <= line.size();) {
        std::size_t q = j;
        bool end = j == line.size();
        bool sp = !end && tx::is_space(tx::next_cp(line, q));
        if (end || sp) {
          auto part = tx::trim(line.substr(b, j - b));
          if (!part.empty()) parts.push_back(part);
          if (end) break;
          b = q;
        }
        j = end ? j : q;
      }
      bool all_organs = parts.size() > 1 && std::all_of(parts.begin(), parts.end(), [](std::string_view p) {
        return organ_like(p) && tx::char_count(p) >= 2;
      });
      // A name spaced out to the width of the others (`海　关　总　署`): one organ.
      bool spaced_out = parts.size() > 1 && std::all_of(parts.begin(), parts.end(), [](std::string_view p) { return tx::char_count(p) == 1; });
      if (spaced_out) {
        e.issuers.push_back({squeeze(line), n.offset});
      } else if (all_organs) {
        for (auto p : parts) e.issuers.push_back({std::string(p), n.offset + static_cast<std::size_t>(p.data() - line.data())});
      } else {
        for (auto o : glued_organs(line)) e.issuers.push_back({std::string(o), n.offset + static_cast<std::size_t>(o.data() - line.data())});
      }
    }
  }
  if (e.issuers.empty())
    if (auto n = signer_under_formula(ps, start, date_at); n.present()) e.issuers.push_back(n), e.body_end = date_at - 1;
  // Or the name the title gives its issuer, alone over the date (`…重庆交通大学报考点公告` / … / `重庆交通大学报考点`):
  // the signer, whatever its name ends with.
  if (e.issuers.empty() && date_at != kNone && date_at > start + 1) {
    std::string q = squeeze(ps[date_at - 1].text);
    bool plain = tx::char_count(q) >= 4 && tx::char_count(q) <= 30 && !tx::parse_marker(q);
    for (std::string_view mark : {"。", "，", "：", ":", "；", "《"}) plain = plain && !contains(q, mark);
    if (plain && contains(e.title.found.text, q) && q != e.title.found.text) e.issuers.push_back({q, ps[date_at - 1].offset}), e.body_end = date_at - 1;
  }
  // Or the organ on the last line, under the date (`2018年5月15日` / `教务处`), as a site's editor set it.
  if (e.issuers.empty() && date_at != kNone && date_at + 2 == ps.size())
    if (std::string q = squeeze(ps[date_at + 1].text); tx::char_count(q) >= 2 && tx::char_count(q) <= 20 && organ_like(q))
      e.issuers.push_back({q, ps[date_at + 1].offset});
  // 附件说明: `附件：1．…` above the signature, items on the following lines.
  for (std::size_t i = start; i < e.body_end; ++i) {
    std::string q = squeeze(ps[i].text);
    if (!tx::starts_with(q, "附件")) continue;
    if (e.body_end - i > 12) continue;
    std::string_view rest = std::string_view(q).substr(6);
    if (tx::starts_with(rest, "：") || tx::starts_with(rest, ":")) rest = rest.substr(tx::starts_with(rest, "：") ? 3 : 1);
    else if (!rest.empty() && !is_digit_cp([&] { std::size_t k = 0; return tx::next_cp(rest, k); }())) continue;
    // Items without their numbering (`1．`, `（2）`), as a reader lists them.
    auto item = [](std::string_view t) {
      auto m = tx::parse_marker(t);
      if (m && (m.family == tx::MarkerFamily::arabic_dot || m.family == tx::MarkerFamily::arabic_paren)) t = tx::trim(t.substr(m.length));
      return std::string(t);
    };
    // Items run together on one line, as a flattened text gives them (`1.…报告2.…汇总表3.…`):
    // cut before each next number, a digit not before it.
    std::size_t base = ps[i].offset;
    auto numbered = [](std::string_view t, int n) {  // (`1.2024年…`: no decimal, its number)
      std::string digits = std::to_string(n);
      for (std::string_view mark : {".", "．", "、"})
        if (tx::starts_with(t, digits + std::string(mark))) return std::string(tx::trim(t.substr(digits.size() + mark.size())));
      return std::string(t);
    };
    for (int next = 2; !rest.empty(); ++next) {
      std::size_t cut = std::string_view::npos;
      if (next > 2 || tx::starts_with(rest, "1.") || tx::starts_with(rest, "1．") || tx::starts_with(rest, "1、"))
        for (std::string_view mark : {".", "．", "、"}) {
          std::string m = std::to_string(next) + std::string(mark);
          for (std::size_t at = rest.find(m, 2); at != std::string_view::npos && cut == std::string_view::npos; at = rest.find(m, at + 1))
            if (!std::isdigit(static_cast<unsigned char>(rest[at - 1])) && at + m.size() < rest.size()) cut = at;
          if (cut != std::string_view::npos) break;
        }
      if (cut == std::string_view::npos) {
        if (next > 2) e.attachments.push_back({numbered(rest, next - 1), base}), rest = {};
        break;
      }
      e.attachments.push_back({numbered(rest.substr(0, cut), next - 1), base});
      rest = rest.substr(cut);
    }
    if (std::string bare = numbered(rest, 1); !rest.empty()) e.attachments.push_back({bare != rest ? std::move(bare) : item(rest), base});
    for (std::size_t j = i + 1; j < e.body_end; ++j) {
      std::string_view line = tx::trim(ps[j].text);
      int n = static_cast<int>(e.attachments.size()) + 1;
      if (std::string bare = numbered(line, n); bare != line) {
        e.attachments.push_back({std::move(bare), ps[j].offset});
        continue;
      }
      auto m = tx::parse_marker(ps[j].text);
      if (!m || (m.family != tx::MarkerFamily::arabic_dot && m.family != tx::MarkerFamily::arabic_paren)) break;
      e.attachments.push_back({item(ps[j].text), ps[j].offset});
    }
    break;
  }
  // After the date: 附注, then the 版记.
  for (std::size_t i = date_at + 1; i < ps.size() && i <= date_at + 12; ++i) {
    auto t = ps[i].text;
    std::string q = squeeze(t);
    if (footer_line(q)) break;
    auto inner = unbracket(t);
    if (!e.note.present() && inner != tx::trim(t) &&
        (contains(inner, "此件") || contains(inner, "公开") || contains(inner, "联系人") || contains(inner, "联系电话") || contains(inner, "发至")))
      e.note = {std::string(inner), ps[i].offset};
    for (std::string_view label : {"抄送", "抄报"}) {
      if (!tx::starts_with(q, label) || e.cc_text.present()) continue;
      std::string list = q.substr(label.size());
      if (tx::starts_with(list, "：") || tx::starts_with(list, ":")) list = list.substr(tx::starts_with(list, "：") ? 3 : 1);
      // Wrapped lists continue until the 印发 line.
      for (std::size_t j = i + 1; j < ps.size() && j <= i + 4; ++j) {
        std::string nq = squeeze(ps[j].text);
        // (The printing line may have lost its 印发: `海南大学教务处 2025年6月16日`.)
        auto dated = tx::find_full_date(nq);
        if (contains(nq, "印发") || whole_date(nq) || footer_line(nq) || tx::ends_with(list, "。") || (dated && dated->end == nq.size())) break;
        list += nq;
      }
      if (tx::ends_with(list, "。")) list.resize(list.size() - 3);
      e.cc_text = {list, ps[i].offset};
      e.cc = split_organs(list);
      // (A list of organs set apart by 、 only, `市府办、市森林消防指挥办`, each named whole: one a copy, parted
      // as joint issuers are. A group's words, `各省、自治区、直辖市人民政府`, name no organ each, and stay one.)
      if (auto parts = e.cc.size() == 1 ? split_joint_issuers(e.cc[0]) : e.cc;
          std::none_of(parts.begin(), parts.end(), [](const std::string& p) { return tx::starts_with(p, "各"); }))
        e.cc = parts;
    }
    if (tx::ends_with(q, "印发") && !e.printed_by.present()) {
      std::string_view body = std::string_view(q).substr(0, q.size() - 6);
      for (std::size_t p = 0; p < body.size();) {
        auto d = tx::parse_date_at(body, p);
        if (d && d->year && d->day) {
          auto organ = tx::trim(body.substr(0, d->begin));
          if (!organ.empty()) e.printed_by = {std::string(organ), ps[i].offset};
          e.printed_on = {{std::string(body.substr(d->begin, d->end - d->begin)), ps[i].offset}, d->iso()};
          break;
        }
        tx::next_cp(body, p);
      }
    }
    if (tx::starts_with(q, "主题词")) {
      // The words stand apart by spaces, which squeezing loses: read them from the line as
      // printed, past its label (letter-spaced too: `主 题 词：`).
      std::string_view line = ps[i].text;
      std::size_t at = 0;
      for (int label = 0; at < line.size() && label < 3;) label += !tx::is_space(tx::next_cp(line, at));
      std::string_view rest = tx::trim(line.substr(at));
      if (tx::starts_with(rest, "：") || tx::starts_with(rest, ":")) rest = tx::trim(rest.substr(tx::starts_with(rest, "：") ? 3 : 1));
      e.keywords = {std::string(rest), ps[i].offset};
      std::string word;
      for (std::size_t k = 0; k <= rest.size();) {
        char32_t c = k < rest.size() ? tx::next_cp(rest, k) : (++k, U' ');
        if (tx::is_space(c) || c == U'、' || c == U'，' || c == U',' || c == U'；' || c == U';') {
          if (!word.empty()) e.keyword_list.push_back(std::move(word));
          word.clear();
        } else {
          tx::append_utf8(word, c);
        }
      }
    }
  }
}

}  // namespace detail

}  // namespace gongwen::official
