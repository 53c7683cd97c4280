// The title of a saved page, settled between its <title> (or meta title) and
// the heading printed over the article (see html_title.hpp).
#include "read/html_title.hpp"

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

#include <string>
#include <vector>

namespace gongwen::host {

namespace {

// The parts of a <title> between its separators (`A - B - C`, `A_B_C`, `A|B`), squeezed.
// (Separators inside a part, as in a date `2024-03-05`, split it too: callers look at the
// first and last parts only.)
std::vector<std::string> title_parts(std::string_view t) {
  std::vector<std::string> parts;
  std::string cur;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t j = i;
    char32_t c = text::next_cp(t, j);
    bool sep = c == U'-' || c == U'_' || c == U'|' || c == U'｜' || c == U'－';  // not —: a subtitle's dash
    if (sep) {
      if (!text::trim(cur).empty()) parts.push_back(text::strip_spaces(cur));
      cur.clear();
    } else {
      cur.append(t.substr(i, j - i));
    }
    i = j;
  }
  if (!text::trim(cur).empty()) parts.push_back(text::strip_spaces(cur));
  return parts;
}

// A line that reads as a heading: 4 to 60 characters, no sentence end, no label colon.
bool heading_shaped(std::string_view t) {
  std::size_t n = text::char_count(t);
  return n >= 4 && n <= 60 && !text::ends_sentence(t) && !text::ends_with(t, "：") && !text::ends_with(t, ":");
}

// Whether a and b have four consecutive characters in common.
bool shares_four(std::string_view a, std::string_view b) {
  for (std::size_t i = 0; i < a.size();) {
    std::size_t e = i;
    for (int k = 0; k < 4 && e < a.size(); ++k) text::next_cp(a, e);
    if (text::char_count(a.substr(i, e - i)) == 4 && b.find(a.substr(i, e - i)) != std::string_view::npos) return true;
    text::next_cp(a, i);
  }
  return false;
}

// A portal's keyword tags set as its heading and <title> (`株洲市,纪检监察,纪委`): three or
// more short words between commas, nothing a headline would hold.
bool keyword_tags(std::string_view t) {
  std::size_t parts = 0, len = 0;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t j = i;
    char32_t c = text::next_cp(t, j);
    if (c == U',' || c == U'，' || c == U'、') {
      if (len == 0 || len > 8) return false;
      ++parts, len = 0;
    } else if (text::is_han(c)) {
      ++len;
    } else if (c != U' ') {
      return false;
    }
    i = j;
  }
  return len > 0 && len <= 8 && parts + 1 >= 3;
}

}  // namespace

void settle_title(Unwrapped& u, bool from_meta) {
// A <title> that carries the site, column or keywords after the
// article's own title (`…大赛 湖南省中医药研究院附属医院`, `…_中国共产党_哀悼`):
// the heading printed above the article, when the <title> starts with it.
if (u.fields.contains("title")) {
  std::string want = text::strip_spaces(u.fields["title"].get<std::string>());
  // After the heading, a meta title may only add a site or keywords.
  auto adds_only_suffix = [&](const std::string& sq) {
    if (!from_meta) return true;
    std::string_view rest = std::string_view(want).substr(sq.size());
    for (std::string_view sep : {"_", "-", "|", "—", "｜", "－"})
      if (rest.substr(0, sep.size()) == sep) return true;
    return false;
  };
  std::string_view out_text = u.out.text;
  std::string joined, best;
  // The heading may follow a column label or a breadcrumb (`医院新闻`, `首页 >> …`):
  // it starts on one of the first four lines and runs over at most three.
  for (std::size_t start = 0, s0 = 0; start < 4 && s0 < out_text.size() && best.empty(); ++start) {
    joined.clear();
    for (std::size_t b = s0, n = 0; b < out_text.size() && n < 3; ++n) {
      std::size_t e = out_text.find('\n', b);
      if (e == std::string_view::npos) e = out_text.size();
      joined += std::string(text::trim(out_text.substr(b, e - b)));
      std::string sq = text::strip_spaces(joined);
      if (text::char_count(sq) >= 4 && want.rfind(sq, 0) == 0 && sq.size() < want.size() && adds_only_suffix(sq)) best = joined;
      else if (want.rfind(sq, 0) != 0) break;
      b = e + 1;
    }
    std::size_t e = out_text.find('\n', s0);
    s0 = e == std::string_view::npos ? out_text.size() : e + 1;
  }
  if (!best.empty()) {
    u.fields["title"] = best;
    // What follows the heading in the <title> is its column and site (`… - 喜迎党代会 -
    // 中国人民大学后勤集团`): the last part is the site.
    // (A dash right after the heading parts it from the site, `… — 中华人民共和国外交部`; inside a
    // part it is a subtitle's.)
    std::string_view rest = std::string_view(want).substr(text::strip_spaces(best).size());
    while (rest.starts_with("—") || rest.starts_with("–")) rest.remove_prefix(3);
    auto parts = title_parts(rest);
    // (Three parts or more are a portal's keyword tags (`…_中国共产党_哀悼_前往`) unless the
    // last names a site or an organ.)
    bool tags = parts.size() >= 3 && !people::organ_like(parts.back());
    for (std::string_view w : {"网", "站", "频道", "新闻", "报", "台", "."}) tags = tags && parts.back().find(w) == std::string::npos;
    if (!parts.empty() && !tags && !u.fields.contains("site") && text::char_count(parts.back()) >= 2) u.fields["site"] = parts.back();
  }
  // A <title> that is only the site's name (`浙江省淡水水产研究所`) and the
  // heading that starts with it (`浙江省淡水水产研究所召开…大会`).
  std::size_t nl = out_text.find('\n');
  std::string_view first = text::trim(out_text.substr(0, nl == std::string_view::npos ? out_text.size() : nl));
  std::string fsq = text::strip_spaces(first);
  if (best.empty() && !from_meta && fsq.size() > want.size() && fsq.rfind(want, 0) == 0 && text::char_count(fsq) <= 60 &&
      !text::ends_with(fsq, "。"))
    u.fields["title"] = std::string(first);
  // A heading that names the organ before the <title>'s words (`市政府办公室政府信息公开指南` over
  // the column's `政府信息公开指南`): the heading, on one of the first four lines, is the title.
  else if (std::string organ_first; best.empty() && text::char_count(want) >= 4 && [&] {
             for (std::size_t b = 0, n = 0; b < out_text.size() && n < 4; ++n) {
               std::size_t e = std::min(out_text.find('\n', b), out_text.size());
               std::string line(text::trim(out_text.substr(b, e - b)));
               std::string sq = text::strip_spaces(line);
               b = e + 1;
               if (sq.size() <= want.size() || !text::ends_with(sq, want)) continue;
               std::string_view organ = std::string_view(sq).substr(0, sq.size() - want.size());
               if (text::char_count(organ) >= 3 && text::char_count(organ) <= 20 && people::organ_like(organ)) {
                 organ_first = line;
                 return true;
               }
             }
             return false;
           }())
    u.fields["title"] = organ_first;
  // A short <title> that names only the site and its column (`北医新闻网_(新闻)`):
  // it shares no four characters with the heading over the article, which
  // is the title.
  else if (best.empty() && !from_meta && text::char_count(want) <= 12 && heading_shaped(first) &&
           out_text.size() > first.size() + 200 && !shares_four(fsq, want)) {
    // Its first part is the site (`北医新闻网`), the rest the column; without a
    // separator it may be the site's name alone (`仲弘春兰书苑`) or a template's
    // (`校长专栏内页`), so a footer's holder goes first (see read_html).
    std::size_t cut = want.find_first_of("_|-");
    if (!u.fields.contains("site") && text::char_count(want.substr(0, cut)) >= 2)
      u.fields[cut == std::string::npos ? "bare_title_site" : "site"] = want.substr(0, cut);
    u.fields["title"] = std::string(first);
  }
  // A <title> that is a column's path (`通知公告 - 新闻动态 - 中国人民大学后勤集团`): its
  // first part is short and shares nothing with the heading over the article; the
  // last part is the site.
  else if (auto parts = title_parts(want);
           best.empty() && !from_meta && parts.size() >= 2 && text::char_count(parts.front()) <= 8 &&
           heading_shaped(first) && out_text.size() > first.size() + 200 && !shares_four(fsq, parts.front()) &&
           fsq.find(parts.front()) == std::string::npos) {
    if (!u.fields.contains("site") && text::char_count(parts.back()) >= 2) u.fields["site"] = parts.back();
    u.fields["title"] = std::string(first);
  }
  // A <title> of sites' and organs' names alone (`某市公共资源交易信息网-某省信息网---某分中心`, the
  // site's part cut off before: `某市公共资源交易信息网`), none
  // of them in the longer heading over the article: the heading is the title.
  else if (best.empty() && !from_meta && !parts.empty() && heading_shaped(first) && out_text.size() > first.size() + 200 &&
           text::char_count(fsq) >= 12 && std::all_of(parts.begin(), parts.end(), [&](const std::string& part) {
             bool site = people::organ_like(part) || text::ends_with(part, "网") || text::ends_with(part, "网站") || text::ends_with(part, "平台");
             return site && text::char_count(part) <= 20 && fsq.find(text::strip_spaces(part)) == std::string::npos;
           })) {
    if (!u.fields.contains("site")) u.fields["site"] = parts.front();
    u.fields["title"] = std::string(first);
  }
}
// The reposted headline (`原标题：…`) stands in for a heading that is only tags.
if (u.fields.contains("original_title") && (!u.fields.contains("title") || keyword_tags(u.fields["title"].get<std::string>())))
  u.fields["title"] = u.fields["original_title"];
}

}  // namespace gongwen::host
