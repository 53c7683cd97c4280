// Page metadata of saved HTML pages (see html_meta.hpp).
#include "read/html_meta.hpp"
#include "util/china_time.hpp"

#include <gongwen/structure.hpp>
#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <strings.h>
#include <tuple>

#include <fmt/format.h>
#include <libxml/uri.h>
#include <libxml/xmlmemory.h>

namespace gongwen::host {

// A meta value as text: CMSs put markup into it (`<p><span style=…>title</span></p>`,
// `title<div>——subtitle</div>`), which the page shows as text.
std::string plain_meta(std::string_view v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] == '<') {
      std::size_t e = v.find('>', i);
      bool tag = e != std::string_view::npos && i + 1 < v.size() &&
                 (std::isalpha(static_cast<unsigned char>(v[i + 1])) || v[i + 1] == '/' || v[i + 1] == '!');
      if (tag) {
        i = e;
        continue;
      }
      if (e == std::string_view::npos && i + 1 < v.size() && (std::isalpha(static_cast<unsigned char>(v[i + 1])) || v[i + 1] == '/'))
        break;  // `title</span`: a tag the cut left open
    }
    out += v[i];
  }
  return std::string(text::trim(out));
}

// An article's address: http(s), no spaces, and a path (a site's home page is no article's url).
bool web_url(std::string_view s) {
  s = text::trim(s);
  std::size_t scheme = text::starts_with(s, "https://") ? 8 : text::starts_with(s, "http://") ? 7 : 0;
  if (!scheme || s.find_first_of(" \t\n<>\"") != std::string_view::npos) return false;
  std::size_t slash = s.find('/', scheme);
  return slash != std::string_view::npos && slash + 1 < s.size();
}

namespace {

// The labels a page prints before its source and its author (`来源：省发改委`),
// in its info line and, by some CMSs, inside the meta value itself.
constexpr std::array<std::string_view, 5> source_labels = {"信息来源", "文章来源", "稿件来源", "来源", "稿源"};
constexpr std::array<std::string_view, 3> author_labels = {"作者", "撰稿", "文"};

// The `url` parameter of a link's query, percent-decoded (libxml2's
// xmlURIUnescapeString), when it is an article's address ('' otherwise).
// The attribute comes entity-decoded: its separators are plain `&`.
std::string shared_url(std::string_view href) {
  std::size_t q = href.find('?');
  if (q == std::string_view::npos) return {};
  for (std::size_t at = href.find("url=", q); at != std::string_view::npos; at = href.find("url=", at + 4)) {
    if (href[at - 1] != '?' && href[at - 1] != '&') continue;  // at > q: at - 1 is in the string
    std::size_t e = href.find('&', at + 4);
    std::string raw(href.substr(at + 4, e == std::string_view::npos ? std::string_view::npos : e - at - 4));
    char* un = xmlURIUnescapeString(raw.c_str(), static_cast<int>(raw.size()), nullptr);
    if (!un) return {};
    std::string url(un);
    xmlFree(un);
    if (web_url(url)) return url;
  }
  return {};
}

}  // namespace

std::string attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s(reinterpret_cast<char*>(v));
  xmlFree(v);
  return s;
}

void find_meta(xmlNode* n, Unwrapped& u) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    const char* name = reinterpret_cast<const char*>(n->name);
    if (std::strcmp(name, "title") == 0 && !u.fields.contains("title")) {
      xmlChar* c = xmlNodeGetContent(n);
      if (c) {
        auto t = text::trim(reinterpret_cast<char*>(c));
        std::string site;
        if (!t.empty()) u.fields["title"] = strip_site_prefix(strip_site_suffix(std::string(t), &site));
        if (!site.empty()) u.fields["title_site"] = std::move(site);  // the site when no <meta> names it
        xmlFree(c);
      }
    } else if (std::strcmp(name, "meta") == 0) {
      std::string key = attr(n, "name");
      if (key.empty()) key = attr(n, "property");
      if (key.empty()) key = attr(n, "itemprop");
      std::string content = plain_meta(attr(n, "content"));
      // (A template's placeholder left in: `<meta name="SiteName" content="网站名称">`, `作者`, `来源`.)
      for (std::string_view label : {"网站名称", "网站域名", "政府网站标识码", "描述", "关键词", "关键字", "标题", "文章标题", "作者", "来源",
                                     "栏目名称", "发布时间", "文章来源"})
        if (text::trim(content) == label) content.clear();
      std::string lower = key;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      // The document's own title, when the page names it (TRS WCM, Open Graph).
      if ((key == "ArticleTitle" || key == "og:title") && !text::trim(content).empty())
        u.fields["meta_title"] = strip_site_prefix(std::string(text::trim(content)));
      // Publication dates by their names in CMSs, Open Graph, Dublin Core and schema.org (any case).
      for (const char* date_key : {"pubdate", "publishdate", "article:published_time", "date", "dc.date", "dc.date.issued",
                                   "dc.date.created", "dcterms.issued", "dcterms.created", "og:release_date",
                                   "og:published_time", "datepublished", "firstpublishedtime", "publishtime",
                                   "publish_time", "pub_date", "publication_date", "weibo:article:create_at"}) {
        if (lower == date_key && !content.empty() && !u.fields.contains("page_date")) {
          if (auto d = text::find_full_date(content)) u.fields["page_date"] = d->iso();
        }
      }
      // When the CMS made the page (TRS's Maketime): the date of last resort.
      if (lower == "maketime" && !u.fields.contains("page_made"))
        if (auto d = text::find_full_date(content)) u.fields["page_made"] = d->iso();
      if (content.find("生成时间") != std::string::npos && !u.fields.contains("page_generated"))  // `页面生成时间 2023-04-18 15:24:29`
        if (auto d = text::find_full_date(content)) u.fields["page_generated"] = d->iso();
      if ((key == "author" || key == "source" || key == "ContentSource") && !content.empty()) {
        // `来源：新华日报`: the label is the CMS's, not the source's.
        std::string_view v = content;
        auto drop_label = [&](std::string_view l) {
          if (!text::starts_with(v, l) || !(text::starts_with(v.substr(l.size()), "：") || text::starts_with(v.substr(l.size()), ":")))
            return false;
          v.remove_prefix(l.size());
          v.remove_prefix(text::starts_with(v, "：") ? 3 : 1);
          return true;
        };
        bool dropped = false;
        for (auto l : source_labels) dropped = dropped || drop_label(l);
        for (auto l : author_labels) dropped = dropped || drop_label(l);
        if (!text::trim(v).empty()) u.fields[key == "author" ? "author" : "source"] = std::string(text::trim(v));
      }
      // WeChat pages name the platform here, not the account (script_info reads that).
      for (const char* site_key : {"og:site_name", "sitename", "site_name", "dc.publisher", "application-name"})
        if (lower == site_key && !text::trim(content).empty() && !u.fields.contains("site") && text::trim(content) != "微信公众平台")
          u.fields["site"] = std::string(text::trim(content));
      for (const char* url_key : {"og:url", "twitter:url", "url", "dc.identifier"})
        if (lower == url_key && web_url(content) && !u.fields.contains("url")) u.fields["url"] = std::string(text::trim(content));
      // TRS WCM names the page by a path and its site apart (`Url` = `/zcfb/…/art_….html`,
      // `SiteDomain` = `www.mofcom.gov.cn`): joined by saved_from when the page shows the scheme.
      if (lower == "url" && text::starts_with(text::trim(content), "/") && !text::starts_with(text::trim(content), "//"))
        u.fields["url_path"] = std::string(text::trim(content));
      if (lower == "sitedomain" && !text::trim(content).empty() && text::trim(content).find_first_of("/ ") == std::string_view::npos)
        u.fields["site_domain"] = std::string(text::trim(content));
    } else if (std::strcmp(name, "a") == 0 && !u.fields.contains("share_url")) {
      // A share button carries the page's address (`…/share?url=https%3A%2F%2F…&title=…`).
      if (std::string url = shared_url(attr(n, "href")); !url.empty()) u.fields["share_url"] = std::move(url);
    } else if (std::strcmp(name, "link") == 0 && strcasecmp(attr(n, "rel").c_str(), "canonical") == 0) {
      if (std::string href = attr(n, "href"); web_url(href)) u.fields["url"] = std::string(text::trim(href));
    }
    find_meta(n->children, u);
  }
}


// A breadcrumb's words and its test are the SDK's (structure::trail_line): handlers tell a
// trail from a title with the same rule.
using structure::kTrailHomes;
using structure::kTrailLabels;
using structure::trail_separator;

bool breadcrumb_line(std::string_view t) { return structure::trail_line(t); }

InfoLabel info_label_alone(std::string_view line) {
  std::string label = text::strip_spaces(line);
  bool colon = false;
  for (std::string_view c : {":", "："})
    if (text::ends_with(label, c)) label.resize(label.size() - c.size()), colon = true;
  if (!colon) return InfoLabel::none;
  if (label == "发布时间" || label == "发布日期" || label == "更新时间" || label == "更新日期") return InfoLabel::posted;
  if (label == "来源" || label == "信息来源" || label == "文章来源") return InfoLabel::source;
  return label == "作者" ? InfoLabel::author : InfoLabel::none;
}

// A full date and a time of day in the line (`2016-01-17 23:45:19`, `2022年01月31日 11时09分`):
// where that time of day ends, or 0.
std::size_t posting_time_end(std::string_view t) {
  auto d = text::find_full_date(t);
  if (!d) return 0;
  auto digit = [&](std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; };
  // (Straight after the date, spaces or a `T` between: a clock's `上午9:27:28` is no posting's time.)
  for (std::size_t i = d->end, k = i; i + 4 < t.size() && i < d->end + 8; i = k) {
    if (char32_t c = text::next_cp(t, k); c == U'T' || text::is_space(c)) continue;
    if (!digit(i)) return 0;
    std::size_t h = digit(i + 1) ? i + 2 : i + 1;
    if (t[h] == ':' && digit(h + 1)) {
      std::size_t e = h + 1;
      while (digit(e) || (e < t.size() && t[e] == ':')) ++e;
      return e;
    }
    if (t.substr(h, 3) == "时" && digit(h + 3)) {
      std::size_t e = h + 3;
      while (digit(e)) ++e;
      return t.substr(e, 3) == "分" ? e + 3 : 0;
    }
    return 0;
  }
  return 0;
}


// (Its last part that is not a generic 正文/详情.)
std::string breadcrumb_column(std::string_view t) {
  std::string sq = text::strip_spaces(t);
  bool separated = sq.find("：") != std::string::npos || sq.find(':') != std::string::npos;
  for (std::size_t i = 0; i < sq.size() && !separated;) separated = trail_separator(text::next_cp(sq, i));
  if (!separated) return {};  // (a trail glued by its copy, `首页新闻中心政策文件`: its parts are lost)
  std::vector<std::string> parts;
  std::string cur;
  for (std::size_t i = 0; i < sq.size();) {
    std::size_t j = i;
    char32_t c = text::next_cp(sq, j);
    if (trail_separator(c) || c == U'：' || c == U':') {
      if (!cur.empty()) parts.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.append(sq, i, j - i);
    }
    i = j;
  }
  if (!cur.empty()) parts.push_back(std::move(cur));
  // The trail's label and its home are no column (`当前位置：首页`), nor a mark left of a
  // script's string (`"`): a column has a word.
  std::erase_if(parts, [](const std::string& p) {
    bool word = false;
    for (std::size_t i = 0; i < p.size() && !word;) {
      char32_t c = text::next_cp(p, i);
      word = text::is_han(c) || (c < 0x80 && std::isalnum(static_cast<int>(c)));
    }
    return !word || std::find(kTrailLabels.begin(), kTrailLabels.end(), p) != kTrailLabels.end() ||
           (text::ends_with(p, "位置") && text::char_count(p) <= 8) ||  // (any wording of the label: `您的当前位置`)
           std::find(kTrailHomes.begin(), kTrailHomes.end(), p) != kTrailHomes.end();
  });
  while (!parts.empty() && (parts.back() == "正文" || parts.back() == "详情" || parts.back() == "内容" || parts.back() == "文章" ||
                            parts.back() == "阅读" || parts.back() == "详细内容" || text::char_count(parts.back()) > 12))
    parts.pop_back();
  if (parts.empty()) return {};
  return parts.back();
}

// A date printed as a calendar badge, the day over its month or under it
// (`21` / `2024年02月`, `2024-02` / `21`), as school and institute templates
// head an article.
static std::string date_badge(std::string_view a, std::string_view b) {
  auto day = [](std::string_view t) {
    if (t.empty() || t.size() > 2 || t.find_first_not_of("0123456789") != std::string_view::npos) return 0;
    int d = std::stoi(std::string(t));
    return d >= 1 && d <= 31 ? d : 0;
  };
  auto month = [](std::string_view t) -> std::pair<int, int> {  // `2024年02月`, `2024-02`, `2024.02`, `2024/02`
    std::string q = text::strip_spaces(t);
    if (q.size() < 6 || q.find_first_not_of("0123456789", 0) != 4) return {0, 0};
    std::size_t k = 4;
    if (q.compare(k, 3, "年") == 0) k += 3;
    else if (q[k] == '-' || q[k] == '.' || q[k] == '/') k += 1;
    else return {0, 0};
    std::size_t digits = q.find_first_not_of("0123456789", k);
    if (digits == std::string::npos) digits = q.size();
    if (digits == k || digits - k > 2) return {0, 0};
    std::string_view tail = std::string_view(q).substr(digits);
    // (`2024年2月`, `2024-02`; a table's `2021.5` is a month in a cell, not a badge.)
    if (tail != "月" && !(tail.empty() && q[4] != "年"[0] && digits - k == 2)) return {0, 0};
    int y = std::stoi(q.substr(0, 4)), m = std::stoi(q.substr(k, digits - k));
    return y >= 1990 && y <= 2099 && m >= 1 && m <= 12 ? std::pair{y, m} : std::pair{0, 0};
  };
  int d = day(a);
  auto [y, m] = month(b);
  if (!d || !y) {
    d = day(b);
    std::tie(y, m) = month(a);
  }
  return d && y ? fmt::format("{:04}-{:02}-{:02}", y, m, d) : std::string();
}

// The labelled facts of a page's info line, wherever the page prints them
// (`发布时间：2016-11-22 来源：省发改委`): the value runs to the next label or a wide gap.
void page_info(std::string_view flat_as_given, Unwrapped& u) {
  static constexpr std::array<std::string_view, 5> date_labels = {"发布时间", "发布日期", "发表时间", "日期", "时间"};
  // (A label alone on its line, its value on the next, `信息来源:` / `今日开鲁`, as a layout's cells copy:
  // read as one line.)
  std::string joined_labels;
  joined_labels.reserve(flat_as_given.size());
  bool pending = false;  // a label alone was the last line
  for (std::size_t b = 0; b < flat_as_given.size();) {
    std::size_t e = std::min(flat_as_given.find('\n', b), flat_as_given.size());
    std::string_view line = text::trim(flat_as_given.substr(b, e - b));
    b = e + 1;
    if (line.empty()) continue;
    bool colon = line.find(':') != std::string_view::npos || line.find("：") != std::string_view::npos;
    if (pending && !colon && !text::more_visible_than(line, 30) && (text::han_count(line) >= 2 || text::find_full_date(line))) {
      joined_labels.append(line).append("\n");
      pending = false;
      continue;
    }
    if (pending) joined_labels.append("\n");
    pending = info_label_alone(line) != InfoLabel::none;
    joined_labels.append(line);
    if (!pending) joined_labels.append("\n");
  }
  std::string_view flat = joined_labels;
  std::size_t lines = 0;
  std::string sourced_date, badge_date, candidate, written_date, labelled_date;
  std::size_t badged = 0, candidate_line = 0;  // badges with an article under them; the last badge seen
  const bool meta_dated = u.fields.contains("page_date");  // (only <meta> has dated the page yet)
  bool prose_seen = false;
  std::string_view previous;
  for (std::size_t b = 0; b < flat.size() && lines < 400; ++lines) {
    std::size_t e = flat.find('\n', b);
    if (e == std::string_view::npos) e = flat.size();
    std::string_view line = text::trim(flat.substr(b, e - b));
    b = e + 1;
    if (line.empty()) continue;
    // (A body paragraph soon under the badge: it heads the article, not a list or a table.)
    if (!candidate.empty() && lines <= candidate_line + 8 && text::char_count(line) >= 60 &&
        (line.find("。") != std::string_view::npos || line.find("，") != std::string_view::npos)) {
      if (++badged == 1) badge_date = std::move(candidate);
      candidate.clear();
    }
    prose_seen |= text::char_count(line) >= 60 && line.find("。") != std::string_view::npos;
    if (text::char_count(line) > 120) continue;
    if (std::string d = date_badge(previous, line); !d.empty()) candidate = std::move(d), candidate_line = lines;
    // A number alone on the line under the headline (`<h3>…的公告</h3><h5>财政部 税务总局公告2025年第17号</h5>`),
    // as a policy library prints it over the text it keeps apart: the page's 发文字号.
    if (auto t = u.fields.find("title"); t != u.fields.end() && t->is_string() && !u.fields.contains("page_doc_number") &&
                                          text::ends_with(line, "号") && text::char_count(line) <= 40 &&
                                          text::strip_spaces(previous) == text::strip_spaces(t->get<std::string>()) &&
                                          line.find_first_of("0123456789") != std::string_view::npos &&
                                          (line.find("〔") != std::string_view::npos || line.find("年第") != std::string_view::npos ||
                                           line.find("[") != std::string_view::npos))
      u.fields["page_doc_number"] = std::string(line);
    // A dated subtitle under the headline, outside the article (`——一九六六年八月八日通过`,
    // `（2018年5月31日）`): the document's own date, as a page's 成文日期 is.
    // (The <title> may add its site: `…的决定_爱思想`.)
    if (auto t = u.fields.find("title"); t != u.fields.end() && t->is_string() && !u.fields.contains("page_written_date") &&
                                          text::char_count(previous) >= 6 &&
                                          text::strip_spaces(t->get<std::string>()).starts_with(text::strip_spaces(previous))) {
      std::string sq = text::strip_spaces(line);
      std::string_view v = sq;
      while (v.starts_with("—")) v.remove_prefix(std::string_view("—").size());
      if (v.starts_with("（") && v.ends_with("）")) v = v.substr(3, v.size() - 6);
      auto d = text::parse_date_at(v, 0);
      std::string_view rest = d ? v.substr(d->end) : std::string_view();
      // (Set apart by its dash or brackets, or saying what the day was; a bare date is the posting's.)
      bool said = false;
      for (std::string_view w : {"通过", "发布", "印发", "颁布", "讲话", "发表"}) said |= rest == w;
      if (d && d->begin == 0 && d->year && d->month && d->day && (rest.empty() ? v.size() < sq.size() : said))
        u.fields["page_written_date"] = d->iso();
      // (A bare date under the headline, `<h1>…</h1><p class="arti_metas">2024.11.30</p>`: when it was posted.)
      // (The headline whole, not a signing organ that opens the title: `河南省人民政府办公厅` / its date.)
      else if (d && d->begin == 0 && d->year && d->month && d->day && rest.empty() && v.size() == sq.size() &&
               !u.fields.contains("page_date") &&
               text::char_count(previous) * 5 >= text::char_count(text::strip_spaces(t->get<std::string>())) * 4)
        u.fields["page_date"] = d->iso();
    }
    previous = line;
    if (!u.fields.contains("page_column") && breadcrumb_line(line))
      if (std::string c = breadcrumb_column(line); !c.empty()) u.fields["page_column"] = std::move(c);
    auto value_after = [&](std::string_view label) -> std::string_view {
      for (std::size_t at = line.find(label); at != std::string_view::npos; at = line.find(label, at + 1)) {
        // (The bare `日期` is no part of a longer label: `成文日期`, `发文日期` date the document.)
        if (label == "日期" && at >= 6 && (line.substr(at - 6, 6) == "成文" || line.substr(at - 6, 6) == "发文")) continue;
        std::size_t v = at + label.size();
        while (line.substr(v, 1) == " ") ++v;  // (`时间 : 2019-12-20`)
        if (line.substr(v, 3) == "：") v += 3;
        else if (line.substr(v, 1) == ":") v += 1;
        else continue;
        auto blank_at = [&](std::size_t k) {  // a space, &nbsp; or a full-width space: its length, or 0
          return line.substr(k, 1) == " " ? 1 : line.substr(k, 2) == "\u00a0" ? 2 : line.substr(k, 3) == "\u3000" ? 3 : 0;
        };
        while (v < line.size() && blank_at(v)) v += blank_at(v);
        std::size_t end = v;
        // To a wide gap or the next label.
        while (end < line.size()) {
          // (Runs of `&nbsp;` are gaps too: `作者：姚有睿 &nbsp;&nbsp;加入时间：…`; one is no gap: `王&nbsp;伟`.)
          if (line.substr(end, 3) == "\u3000") break;
          // (A bar between the facts: `来源:某某宣传 | 作者:某某 | 发布时间:…`.)
          if (line[end] == '|' || line.substr(end, 3) == "｜" || line.substr(end, 3) == "丨") break;
          if (std::size_t b1 = blank_at(end); b1 && blank_at(end + b1)) break;
          bool next_label = false;
          for (auto group : {std::string_view("来源"), std::string_view("作者"), std::string_view("发布"), std::string_view("编辑"),
                             std::string_view("浏览"), std::string_view("点击"), std::string_view("字号"), std::string_view("时间"),
                             std::string_view("图片"), std::string_view("摄影"), std::string_view("阅读"), std::string_view("核稿"),
                             std::string_view("编发"), std::string_view("责编"), std::string_view("审核")})
            if (line.substr(end, group.size()) == group) next_label = true;  // (at v: the label has no value, `作者: 阅读:`)
          if (next_label) break;
          ++end;
        }
        auto val = text::trim(line.substr(v, end - v));
        if (!val.empty()) return val;
      }
      return {};
    };
    // The document's own date in a government page's information table (`成文日期：`,
    // `发文日期：`) dates the page only when no publication date does.
    if (written_date.empty())
      for (std::string_view l : {"成文日期", "发文日期"})
        if (auto d = text::find_full_date(value_after(l))) {
          written_date = d->iso();
          break;
        }
    if (!u.fields.contains("page_date") || (meta_dated && labelled_date.empty()))
      for (auto l : date_labels)
        if (auto v = value_after(l); !v.empty())
          if (auto d = text::find_full_date(v)) {
            if (!u.fields.contains("page_date")) u.fields["page_date"] = d->iso();
            // (The publication's own label opening its line: not `放映日期：`, a date the text gives.)
            // (Over the article, not a table's row in its text: before any paragraph of prose.)
            if (l.starts_with("发") && text::starts_with(line, l) && !prose_seen) labelled_date = d->iso();
            break;
          }
    // A posting time printed bare in the article's head (`2015-07-04 10:16:00 来源：…`,
    // `<li>2023-12-01 14:43</li>`): a full date with a time of day opens the line.
    // Dates in lists of other articles come without the time.
    if (!u.fields.contains("page_date") && text::char_count(line) <= 60)
      if (auto d = text::parse_date_at(line, 0); d && d->begin == 0 && d->year && d->month && d->day) {
        std::string_view rest = text::trim(line.substr(d->end));
        bool clock = posting_time_end(line) != 0;
        // (Or with the page's counter beside it, `2016-01-27 | 阅读：` : an info line all the same.)
        bool counter = false;
        for (std::string_view w : {"阅读", "浏览", "点击", "访问"}) counter |= rest.find(w) != std::string_view::npos && text::char_count(rest) <= 30;
        if (clock || counter) u.fields["page_date"] = d->iso();
        std::string_view o = clock ? text::trim(line.substr(posting_time_end(line))) : std::string_view();  // (the outlet after it, `… 07:40 北京日报`)
        bool outlet = !o.empty() && text::char_count(o) <= 12 && o.find(':') == std::string_view::npos && o.find("：") == std::string_view::npos && o.find("来源") == std::string_view::npos;
        for (std::string_view w : {"简报", "通报", "快报", "周报", "月报", "年报", "汇报", "情报"}) outlet = outlet && !o.ends_with(w);
        for (std::string_view w : {"报", "网", "社", "台", "在线"}) if (outlet && o.ends_with(w) && !u.fields.contains("source")) u.fields["source"] = std::string(o);
      }
    // An info line that names its source or author dates the page, with a time or without (`来源：《人民日报》
    // 2012年9月11日`, `2017-08-10来源：…`), when no labelled date or posting time does (a related-articles list names sources too).
    if (sourced_date.empty() && text::char_count(line) <= 80)
      for (std::string_view l : {"来源：", "来源:", "作者：", "作者:"})
        if (line.find(l) != std::string_view::npos) {
          if (auto d = text::find_full_date(line)) sourced_date = d->iso();
          break;
        }
    // The 发文字号 of a government page's information table (`文      号: 赣府字〔2020〕11号`),
    // its label often letter-spaced: the official handler reads the number in it.
    if (!u.fields.contains("page_doc_number") && line.find("号") != std::string_view::npos) {
      std::string squeezed = text::strip_spaces(line);
      for (std::string_view l : {"发文字号", "文号"})
        if (auto at = squeezed.find(l); at != std::string::npos) {
          std::size_t v = at + l.size();
          // (`文号：`, or an information box's `【发布文号】`.)
          if (squeezed.compare(v, 3, "：") == 0 || squeezed.compare(v, 3, "】") == 0) v += 3;
          else if (squeezed.compare(v, 1, ":") == 0) v += 1;
          else continue;
          // (A table's cell bars around it: `| 文 号: | 院办发〔2022〕5号 |`.)
          while (squeezed.compare(v, 1, "|") == 0) v += 1;
          while (squeezed.compare(v, 3, "｜") == 0) v += 3;
          std::string_view val(squeezed);
          val = val.substr(v, std::min<std::size_t>(val.size() - v, 90));
          if (auto h = val.find("号"); h != std::string_view::npos && h > 0) u.fields["page_doc_number"] = std::string(val.substr(0, h + 3));
          break;
        }
    }
    if (!u.fields.contains("source"))
      for (auto l : source_labels)
        if (auto v = value_after(l); !v.empty() && text::char_count(v) <= 30 && v.find("http") == std::string_view::npos) {
          // (A value bracketed whole, `来源:（一九六七年八月九日《人民日报》）`: what the brackets hold.)
          for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
            if (v.starts_with(open) && v.ends_with(close) && v.size() > open.size() + close.size() &&
                v.find(close) == v.size() - close.size())
              v = text::trim(v.substr(open.size(), v.size() - open.size() - close.size()));
          // A date run into the value (`人民日报2024-05-13 08:49`) and a bracket left open by the
          // line's layout (`新华社）`) are no part of the source.
          for (std::size_t at = 0; at < v.size();) {
            if (auto d = text::parse_date_at(v, at); d && d->begin == at && d->year && d->month && at > 0) {
              v = text::trim(v.substr(0, at));
              break;
            }
            text::next_cp(v, at);
          }
          for (std::string_view close : {"）", ")", "】", "]"}) {
            std::string_view open = close == "）" ? "（" : close == ")" ? "(" : close == "】" ? "【" : "[";
            if (text::ends_with(v, close) && v.find(open) == std::string_view::npos) v = text::trim(v.substr(0, v.size() - close.size()));
          }
          // (Nor one opening a bracket it never closes: `【信息来源:【信息时间:…】` gives the next label's start.)
          if (auto open = v.find("【"); open != std::string_view::npos && v.find("】", open) == std::string_view::npos) v = text::trim(v.substr(0, open));
          // (Nor the writers credited after it, `浙江在线 通讯员 某某 某某`, `某某置业 何某某`: the unit is the source.)
          for (std::string_view role : {" 通讯员", " 记者", " 作者", " 文/", " 文／"})
            if (auto at = v.find(role); at != std::string_view::npos && at > 0) v = text::trim(v.substr(0, at));
          for (auto gap = v.rfind(' '); gap != std::string_view::npos && gap > 0 && people::personal_name(text::trim(v.substr(gap))) &&
                                        !people::organ_like(text::trim(v.substr(gap))) && !people::personal_name(text::trim(v.substr(0, gap)));
               gap = v.rfind(' '))
            v = text::trim(v.substr(0, gap));
          if (v.empty()) continue;
          u.fields["source"] = std::string(v);
          break;
        }
    if (!u.fields.contains("author"))
      for (auto l : author_labels)
        if (auto v = value_after(l); !v.empty() && text::char_count(v) <= 20 && l != "文") {
          // (A site that names itself the author, `作者:法律资料网`, `作者:公文学堂`, is the page's site.)
          bool site = false;
          for (std::string_view w : {"网", "学堂", "文库", "站", "平台", "频道"}) site |= text::ends_with(v, w);
          if (site) {
            if (!u.fields.contains("site")) u.fields["site"] = std::string(v);
            break;
          }
          // (Nor is a site account's login, `作者:ance`, `作者:admin01`: one ASCII word names no writer
          // on a Chinese page.)
          bool login = std::all_of(v.begin(), v.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
          });
          if (login) break;
          u.fields["author"] = std::string(v);
          break;
        }
  }
  // The date the page prints under its label (`发布时间：2021-04-07`) is the one its readers
  // cite; a CMS's <meta> PubDate may be the day it was put online or regenerated.
  if (meta_dated && !labelled_date.empty()) u.fields["page_date"] = labelled_date;
  // (The document's own date, as the table gives it, also dates a document that prints none.)
  if (!written_date.empty() && !u.fields.contains("page_written_date")) u.fields["page_written_date"] = written_date;
  if (!u.fields.contains("page_date") && !written_date.empty()) u.fields["page_date"] = std::move(written_date);
  if (!u.fields.contains("page_date") && !sourced_date.empty()) u.fields["page_date"] = std::move(sourced_date);
  // One badge with an article under it (a list's or a table's have none; two such are a
  // list of articles); taken after every other date (html.cpp).
  if (badged == 1) u.fields["page_badge_date"] = std::move(badge_date);
}

// What a WeChat article page keeps only in its scripts: the posting time
// (`var ct = "1545139495"`, seconds, China time; or `publish_time = "2018-12-18"`)
// and the account (`var nickname = "军渡君"`).
void script_info(std::string_view page, Unwrapped& u) {
  if (page.find("js_content") == std::string_view::npos) return;
  auto value = [&](std::string_view name) -> std::string_view {
    for (std::size_t at = page.find(name); at != std::string_view::npos; at = page.find(name, at + name.size())) {
      std::size_t k = at + name.size();
      while (k < page.size() && (page[k] == ' ' || page[k] == '=')) ++k;
      if (k >= page.size() || (page[k] != '"' && page[k] != '\'')) continue;
      std::size_t e = page.find(page[k], k + 1);
      if (e == std::string_view::npos || e - k > 200) continue;
      auto v = text::trim(page.substr(k + 1, e - k - 1));
      if (!v.empty()) return v;
    }
    return {};
  };
  if (!u.fields.contains("page_date")) {
    if (auto d = text::find_full_date(value("var publish_time"))) {
      u.fields["page_date"] = d->iso();
    } else if (auto ct = value("var ct"); ct.size() >= 9 && ct.size() <= 10 && ct.find_first_not_of("0123456789") == std::string_view::npos) {
      u.fields["page_date"] = china_day(std::stoll(std::string(ct)));
    }
  }
  if (!u.fields.contains("site"))
    if (auto n = value("var nickname"); !n.empty() && text::char_count(n) <= 30) u.fields["site"] = std::string(n);
}

}  // namespace gongwen::host
