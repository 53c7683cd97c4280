// Wrapper detection and unwrapping (see wrappers.hpp).
#include "read/wrappers.hpp"

#include "read/bbcode.hpp"
#include "read/code_literal.hpp"

#include <gongwen/text.hpp>

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "read/html.hpp"
#include "read/markdown.hpp"
#include "read/record_header.hpp"
#include "read/copied_page.hpp"
#include "read/xml_article.hpp"


namespace gongwen::host {

namespace {

using text::starts_with;
using text::trim;

// ---- WeChat string literal ---------------------------------------------------

// Interface strings of the WeChat article page (reader UI, tipping, sharing).
// A scrape carries them after the article; they are never article text.
constexpr std::array<std::string_view, 30> kWechatChrome = {
    "赞赏", "长按二维码向我转账", "受苹果公司新规定影响", "阅读", "好看", "在看", "已推荐到看一看",
    "你的朋友可以在“发现”", "取消", "推荐", "我知道了", "已取消，“好看”想法已同步删除", "知道了",
    "已推荐到看一看和朋友分享想法", "最多200字，当前共字", "发送", "已发送", "朋友将在看一看看到", "确定",
    "分享你的想法...", "分享想法到看一看", "发送中", "网络异常，请稍后重试", "阅读原文", "微信扫一扫",
    "关注该公众号", "写留言", "留言", "喜欢此内容的人还喜欢", "继续滑动看下一个"};

bool is_script_line(std::string_view t) {
  static constexpr std::array<std::string_view, 12> starts = {
      "var ", "if (", "if(", "function", "(function", "})", "}", "document.", "window.", "link.", "head.", "//"};
  for (auto s : starts)
    if (starts_with(t, s)) return true;
  return t.find("getElementById") != std::string_view::npos || t.find("addEventListener") != std::string_view::npos;
}

}  // namespace

void unescape_literal(std::string_view s, std::size_t base, MappedTextBuilder& out) {
  std::size_t i = 0, run = 0;
  auto flush = [&](std::size_t upto) {
    if (upto > run) out.copy(s.substr(run, upto - run), base + run);
  };
  while (i < s.size()) {
    if (s[i] != '\\' || i + 1 >= s.size()) { ++i; continue; }
    flush(i);
    char e = s[i + 1];
    std::size_t len = 2;
    std::string rep;
    switch (e) {
      case 'n': rep = "\n"; break;
      case 'r': rep = ""; break;
      case 't': rep = "\t"; break;
      case '\'': case '"': case '\\': case '/': rep = std::string(1, e); break;
      case 'x':
        if (i + 3 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 2])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 3]))) {
          auto cp = static_cast<char32_t>(std::stoul(std::string(s.substr(i + 2, 2)), nullptr, 16));
          if (cp != 0) text::append_utf8(rep, cp);  // \x00 would put a NUL into the text
          len = 4;
        } else {
          rep = "x";
        }
        break;
      case 'u': {
        auto hex4 = [&](std::size_t at) {
          return at + 4 <= s.size() && std::all_of(s.begin() + static_cast<std::ptrdiff_t>(at), s.begin() + static_cast<std::ptrdiff_t>(at + 4),
                                                   [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
        };
        if (!hex4(i + 2)) {
          rep = "u";
          break;
        }
        auto cp = static_cast<char32_t>(std::stoul(std::string(s.substr(i + 2, 4)), nullptr, 16));
        len = 6;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 7 < s.size() && s[i + 6] == '\\' && s[i + 7] == 'u' && hex4(i + 8)) {
          // A UTF-16 surrogate pair escaped as two \u sequences (emoji).
          auto lo = static_cast<char32_t>(std::stoul(std::string(s.substr(i + 8, 4)), nullptr, 16));
          if (lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            len = 12;
          }
        }
        if (cp == 0) break;                               // no NUL in the text
        if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;     // a lone surrogate
        text::append_utf8(rep, cp);
        break;
      }
      default: rep = std::string(1, e); break;
    }
    if (rep == "\n") out.insert(rep);  // a line break belongs to no source character
    else out.replace(rep, base + i);
    i += len;
    run = i;
  }
  flush(s.size());
}

namespace {

Unwrapped unwrap_wechat(std::string_view decoded) {
  Unwrapped u;
  u.wrapper = "wechat";
  std::size_t open = decoded.find('\'');
  std::size_t close = decoded.rfind('\'');
  if (close <= open) close = decoded.size();
  MappedTextBuilder inner;
  unescape_literal(decoded.substr(open + 1, close - open - 1), open + 1, inner);

  // Walk the decoded lines: header (title, account, id, intro, date), body,
  // then the page's scripts and interface text, which end the article.
  std::string_view t = inner.text;
  std::vector<std::pair<std::size_t, std::size_t>> lines;  // [begin, end) of trimmed non-empty lines
  for (std::size_t b = 0; b <= t.size();) {
    std::size_t e = t.find('\n', b);
    if (e == std::string_view::npos) e = t.size();
    auto line = t.substr(b, e - b);
    auto tr = trim(line);
    if (!tr.empty()) {
      std::size_t off = b + static_cast<std::size_t>(tr.data() - line.data());
      lines.emplace_back(off, off + tr.size());
    }
    b = e + 1;
  }
  auto str = [&](std::size_t k) { return t.substr(lines[k].first, lines[k].second - lines[k].first); };
  std::size_t body_from = 0;
  bool have_date = false;
  for (std::size_t k = 0; k < lines.size() && k < 40; ++k) {
    auto l = str(k);
    if (k == 0) { u.fields["title"] = std::string(l); body_from = 1; continue; }
    if (l == "微信号" && k + 1 < lines.size()) { u.fields["wechat_id"] = std::string(str(k + 1)); body_from = k + 2; ++k; continue; }
    if (l == "功能介绍" && k + 1 < lines.size()) { u.fields["account_intro"] = std::string(str(k + 1)); body_from = k + 2; ++k; continue; }
    if (auto d = text::parse_date_at(l, 0); d && d->year && d->day && d->end == l.size()) {
      u.fields["date"] = d->iso();
      have_date = true;
      body_from = k + 1;
      break;
    }
    if (!u.fields.contains("account") && text::char_count(l) <= 20) u.fields["account"] = std::string(l);
    body_from = k + 1;
  }
  if (!have_date) body_from = std::min<std::size_t>(1, lines.size());
  // The title stays as the first line of the text so positions can point at it.
  auto emit = [&](std::size_t b, std::size_t e) {
    u.out.copy_mapped(inner.text, inner.map, b, e - b);
    u.out.insert("\n");
  };
  if (!lines.empty()) emit(lines[0].first, lines[0].second);
  std::size_t dropped = 0;
  bool in_trailer = false;
  for (std::size_t k = body_from; k < lines.size(); ++k) {
    auto l = str(k);
    if (is_script_line(l)) in_trailer = true;
    bool chrome = std::find(kWechatChrome.begin(), kWechatChrome.end(), l) != kWechatChrome.end() ||
                  starts_with(l, "受苹果公司新规定影响");
    if (in_trailer || chrome) { ++dropped; continue; }
    // Source credit and video placeholders sit at the end of the body line.
    std::size_t b = lines[k].first, e = lines[k].second;
    std::string_view body = t.substr(b, e - b);
    if (auto p = body.rfind("来源："); p != std::string_view::npos && text::char_count(body.substr(p)) <= 30) {
      auto src = trim(body.substr(p + std::string_view("来源：").size()));
      if (!src.empty()) u.fields["source"] = std::string(src);
      e = b + p;
      body = t.substr(b, e - b);
      u.notes.push_back({Diag::clean_source_credit, "source credit moved to fields.source"});
    }
    for (std::string_view video : {"点击视频", "点击边框调出视频工具条"}) {
      if (auto p = body.find(video); p != std::string_view::npos && text::char_count(body.substr(p)) <= 60) {
        e = b + p;
        body = t.substr(b, e - b);
        u.notes.push_back({Diag::clean_placeholder, "video placeholder dropped"});
      }
    }
    auto tr = trim(body);
    if (tr.empty()) continue;
    std::size_t tb = b + static_cast<std::size_t>(tr.data() - body.data());
    emit(tb, tb + tr.size());
  }
  if (dropped) u.notes.push_back({Diag::clean_page_script, std::to_string(dropped) + " line(s) of page script and interface text dropped"});
  return u;
}

}  // namespace

bool is_wechat_chrome(std::string_view line) {
  return std::find(kWechatChrome.begin(), kWechatChrome.end(), text::trim(line)) != kWechatChrome.end();
}

bool looks_like_wechat_literal(std::string_view s) {
  auto head = trim(s.substr(0, 64));
  if (!(starts_with(head, "text:'") || starts_with(head, "text: '"))) return false;
  return std::count(s.begin(), s.end(), '\n') < 3;  // the literal is one physical line
}

namespace {
bool tx_starts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
}  // namespace

bool looks_like_html(std::string_view s) {
  auto head = s.substr(0, 2048);
  std::string lower;
  for (char c : head) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.find("<!doctype html") != std::string::npos || lower.find("<html") != std::string::npos ||
      (lower.find("<body") != std::string::npos && lower.find("</") != std::string::npos))
    return true;
  // Pages saved without their <html> (`<head><meta …>` first).
  auto lead = text::trim(std::string_view(lower).substr(0, 64));
  if (tx_starts(lead, "<head") || tx_starts(lead, "<meta") || tx_starts(lead, "<title")) return true;
  // A fragment (a content cell of a SQL dump, a CMS export): several block or
  // inline tags and their closings, with no <html> around them. (The head is
  // 2 KiB: counting every tag costs nothing.)
  auto count = [&](std::string_view t) {
    std::size_t n = 0;
    for (std::size_t at = lower.find(t); at != std::string::npos; at = lower.find(t, at + 1)) ++n;
    return n;
  };
  std::size_t markup = 0, breaks = count("<br");
  for (std::string_view t : {"<p>", "<p ", "<div", "<span", "<table", "<td", "<tr", "<strong", "<font", "<h1", "<h2"}) markup += count(t);
  bool closes = lower.find("</p>") != std::string::npos || lower.find("</div>") != std::string::npos ||
                lower.find("</span>") != std::string::npos || lower.find("</td>") != std::string::npos;
  if (markup + breaks >= 4 && closes) return true;
  // A fragment that opens with a block tag and closes one (`<p>央视网消息：…</p>`):
  // long paragraphs leave fewer than four tags in the head.
  for (std::string_view t : {"<p>", "<p ", "<div", "<table", "<section", "<article"})
    if (tx_starts(lead, t)) return s.find("</") != std::string_view::npos;
  // A text whose only markup is line breaks (`标题<br><br>主送：<br>…`, a web form's
  // text area stored as typed): several <br>, no other tag, and more <br> than line
  // ends (a text that only mentions `<br>` keeps its own lines). A line end right
  // after a <br>, as PHP's nl2br writes them, is that <br>'s own.
  if (markup > 0) return false;
  std::size_t line_ends = 0;
  for (std::size_t at = lower.find('\n'); at != std::string::npos; at = lower.find('\n', at + 1)) {
    std::size_t e = at;
    while (e > 0 && (lower[e - 1] == '\r' || lower[e - 1] == ' ' || lower[e - 1] == '\t')) --e;
    line_ends += !(e > 0 && lower[e - 1] == '>' && lower.rfind("<br", e) != std::string::npos && e - lower.rfind("<br", e) <= 6);
  }
  return breaks >= 2 && breaks > line_ends;
}

// A body under front matter that is Markdown with some HTML in it (a Hugo page:
// `<p class="lead">…</p>`, then `### headline` over each story): more lines
// that open with Markdown's block marks (`#` headings, `---` rules, `[…](…)`
// links) than lines that open with a tag, and three at least. Read as Markdown, its headings count.
bool markdown_body(std::string_view s) {
  std::size_t marks = 0, tags = 0;
  for (std::size_t b = 0; b < s.size();) {
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    auto line = text::trim(s.substr(b, e - b));
    b = e + 1;
    if (line.empty()) continue;
    std::size_t hashes = line.find_first_not_of('#');
    bool heading = hashes > 0 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ';
    // (A link is `[…](…)`: a page's `[打印本页]` is chrome in brackets, not Markdown.)
    bool link = starts_with(line, "[") && line.find("](") != std::string_view::npos;
    if (line[0] == '<') ++tags;
    else if (line == "---" || line == "***" || link || heading) ++marks;
  }
  return marks >= 3 && marks > tags;
}

Unwrapped unwrap(std::string_view decoded, std::string_view path) {
  if (looks_like_wechat_literal(decoded)) return unwrap_wechat(decoded);
  if (Unwrapped code; unwrap_code_literal(decoded, code)) return code;
  // A static site's page: front matter over a body written in HTML (`---`,
  // `title: …`, `---`, then `<p>…`). The front matter is read, then blanked
  // (its line breaks kept, so offsets and lines stay the file's) for the HTML reader.
  if (starts_with(decoded, "---\n") || starts_with(decoded, "---\r\n")) {
    Unwrapped fm;
    if (std::size_t body = front_matter(decoded, fm); body && looks_like_html(decoded.substr(body)) && !markdown_body(decoded.substr(body))) {
      std::string blanked(decoded);
      for (std::size_t i = 0; i < body; ++i)
        if (blanked[i] != '\n') blanked[i] = ' ';
      Unwrapped u = unwrap_html(blanked);
      for (auto it = fm.fields.begin(); it != fm.fields.end(); ++it) u.fields[it.key()] = it.value();
      u.wrapper = "markdown/" + u.wrapper;
      return u;
    }
  }
  if (looks_like_html(decoded)) return unwrap_html(decoded);
  if (Unwrapped bb; unwrap_bbcode(decoded, bb)) return bb;
  if (auto x = unwrap_xml_article(decoded)) return std::move(*x);
  if (looks_like_markdown(decoded, path)) return unwrap_markdown(decoded);
  Unwrapped u;
  if (std::size_t body = record_header(decoded, u)) {
    u.wrapper = "record";
    u.notes.push_back({Diag::clean_record_header, fmt::format("a crawler's record header (lines 1-{}) read as fields",
                                                              std::count(decoded.begin(), decoded.begin() + static_cast<std::ptrdiff_t>(body), '\n'))});
    // The page's original headline a repost prints first (`原标题：…`) is the record's, not the text's.
    std::size_t first = body;
    while (first < decoded.size() && (decoded[first] == '\n' || decoded[first] == '\r' || decoded[first] == ' ')) ++first;
    std::size_t eol = std::min(decoded.find('\n', first), decoded.size());
    std::string_view line = text::trim(decoded.substr(first, eol - first));
    for (std::string_view label : {"原标题：", "原标题:"})
      if (starts_with(line, label) && text::char_count(line) <= 80) {
        u.fields["original_title"] = std::string(text::trim(line.substr(label.size())));
        body = std::min(eol + 1, decoded.size());
        break;
      }
    u.out.copy(decoded.substr(body), body);
    return u;
  }
  if (unwrap_copied_page(decoded, u)) return u;
  Json credits;
  if (std::size_t at = closing_credits(decoded, credits); at != std::string_view::npos) {
    u.fields["credits"] = std::move(credits);
    u.notes.push_back({Diag::clean_closing_credits, "the credits closing the post (文字丨… 责编丨… 终审丨…) read as fields.credits and dropped"});
    u.out.copy(decoded.substr(0, at), 0);
    return u;
  }
  u.out.copy(decoded, 0);
  return u;
}

// `保定市人民政府网——…`: a site's name set before the headline, as some CMSs title every
// page (a name that ends as a site's does, short, before a long headline).
std::string strip_site_prefix(std::string t) {
  for (std::string_view sep : {"——", " - ", "－", "|", "｜", "_"}) {
    auto p = t.find(sep);
    if (p == std::string::npos || p == 0) continue;
    std::string_view head = text::trim(std::string_view(t).substr(0, p));
    std::string_view rest = text::trim(std::string_view(t).substr(p + sep.size()));
    bool site = false;
    for (std::string_view w : {"网", "网站", "门户", "门户网站", "政府网"}) site |= text::ends_with(head, w);
    if (site && text::char_count(head) <= 16 && text::han_count(rest) >= 8) return std::string(rest);
  }
  return t;
}

// `…的通知 - 政务公开 - 东莞市社会保障局`, `…_网易财经`, `…-中国科普网`: a
// page title ends with its column and site; the trailing segments that are
// short and name a site or column go.
std::string strip_site_suffix(std::string t, std::string* site_out) {
  static const std::string_view seps[] = {" - ", " | ", "_", "|", " – ", " — ", "－", "-", "——"};
  static const std::string_view site_words[] = {"网", "站", "频道", "首页", "中心", "门户", "新闻", "财经", "政府", "纪检",
                                                ".cn", ".com", "公开", "办事处", "部门", "栏目", "科普", "报", "局", "所"};
  // (A school's site is its name, its library's too: at the tail's end, not inside a subtitle that names it.)
  static const std::string_view school_words[] = {"大学", "学院", "学校", "图书馆"};
  for (bool again = true; again;) {
    again = false;
    for (auto sep : seps) {
      auto p = t.rfind(sep);
      if (p == std::string::npos || p == 0) continue;
      std::string_view tail = std::string_view(t).substr(p + sep.size());
      if (text::char_count(tail) > 24 || text::char_count(std::string_view(t).substr(0, p)) < 6) continue;
      bool site = tail.empty();
      for (auto w : site_words) site |= tail.find(w) != std::string_view::npos;
      for (auto w : school_words) site |= text::ends_with(tail, w);
      // (Digits are no site: a date's `-03-15` in `新闻联播 2007-03-15`.)
      bool ascii = !tail.empty() && std::all_of(tail.begin(), tail.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }) &&
                   !std::all_of(tail.begin(), tail.end(), [](char c) { return (c >= '0' && c <= '9') || c == ' '; });
      if (!site && !ascii) continue;
      if (site_out && site_out->empty() && !tail.empty()) *site_out = std::string(text::trim(tail));
      t = std::string(text::trim(std::string_view(t).substr(0, p)));
      again = true;
      break;
    }
  }
  return t;
}

// A date in a URL path as news sites and people's daily print them:
// `/202607/04/`, `/2026-07/04/`, `/20260704/`, `/2026/07/04/`; empty when none.
std::string url_date(std::string_view url) {
  if (url.find("://") == std::string_view::npos && !text::starts_with(url, "/")) return {};
  std::string digits;  // the path's digits, segment by segment
  for (std::size_t i = url.find("://") == std::string_view::npos ? 0 : url.find("://") + 3; i < url.size(); ++i) {
    char c = url[i];
    if (c >= '0' && c <= '9') digits += c;
    else if (c == '/' || c == '-' || c == '_') digits += c == '/' ? '/' : '.';
    else digits += 'x';
  }
  // Look for YYYY MM DD with separators or none, the year between 1990 and 2099.
  for (std::size_t i = 0; i + 8 <= digits.size(); ++i) {
    if (i > 0 && digits[i - 1] >= '0' && digits[i - 1] <= '9') continue;
    auto num = [&](std::size_t at, std::size_t n) -> int {
      int v = 0;
      for (std::size_t k = 0; k < n; ++k) {
        if (at + k >= digits.size() || digits[at + k] < '0' || digits[at + k] > '9') return -1;
        v = v * 10 + (digits[at + k] - '0');
      }
      return v;
    };
    int y = num(i, 4);
    if (y < 1990 || y > 2099) continue;
    std::size_t j = i + 4;
    if (j < digits.size() && (digits[j] == '/' || digits[j] == '.')) ++j;
    int m = num(j, 2);
    j += 2;
    if (j < digits.size() && (digits[j] == '/' || digits[j] == '.')) ++j;
    int d = num(j, 2);
    bool ends = j + 2 >= digits.size() || digits[j + 2] < '0' || digits[j + 2] > '9';
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && ends) return fmt::format("{:04}-{:02}-{:02}", y, m, d);
  }
  return {};
}

}  // namespace gongwen::host
