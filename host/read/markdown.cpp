// Markdown as people save it (see markdown.hpp): headings ATX, glued (`##标题`) and setext,
// front matter, block quotes, fenced code, inline marks; a database's record over the text.
//
// Invariants: every character of the output maps back to the byte it came from; a heading's
// marks never reach the text, a code block's lines always do, as written.
#include "read/markdown.hpp"

#include <gongwen/text.hpp>

#include <algorithm>

#include <fmt/format.h>

#include "read/record_header.hpp"

#include <libxml/HTMLparser.h>

namespace gongwen::host {

using text::starts_with;
using text::trim;

bool looks_like_markdown(std::string_view s, std::string_view path) {
  if (text::ends_with(path, ".md") || text::ends_with(path, ".markdown")) return true;
  if (starts_with(s, "# ")) return true;
  // By content, whatever the name (`weekly.txt`): the block marks Markdown alone writes, in the
  // first 16 KiB. One mark proves nothing (a `#话题#`, a `[1]` note): headings `## …` with links
  // `](http…)` or a code fence, or a setext rule under the first line, or many headings.
  std::size_t headings = 0, links = 0, fences = 0, lines = 0;
  bool setext_first = false;
  auto head = s.substr(0, 16384);
  for (std::size_t b = 0; b < head.size() && lines < 400; ++lines) {
    std::size_t e = head.find('\n', b);
    if (e == std::string_view::npos) e = head.size();
    auto line = head.substr(b, e - b);
    std::size_t level = 0;
    while (level < line.size() && level < 7 && line[level] == '#') ++level;
    if (level >= 1 && level <= 6 && level < line.size() && line[level] == ' ') ++headings;
    if (starts_with(line, "```") || starts_with(line, "~~~")) ++fences;
    for (std::size_t at = line.find("](http"); at != std::string_view::npos; at = line.find("](http", at + 1)) ++links;
    if (lines == 1) {
      auto r = trim(line);
      setext_first = r.size() >= 3 && r.find_first_not_of('=') == std::string_view::npos;
    }
    b = e + 1;
  }
  return setext_first || headings >= 5 || (headings >= 2 && (links >= 2 || fences >= 2));
}

// One line of Markdown as a reader sees it: emphasis marks, link targets,
// images and inline HTML (`<p><strong>央视网消息</strong>…</p>`, which
// exports of news sites keep) are structure, not text. A closing block tag
// or <br> ends a paragraph.
namespace {

void markdown_inline(std::string_view line, std::size_t lb, MappedTextBuilder& out) {
  std::size_t run = 0;
  auto flush = [&](std::size_t end) {
    if (end > run) out.copy(line.substr(run, end - run), lb + run);
  };
  // A line in single-star italics (`*（…一九八八年九月三十日原则通过）*`, an adoption
  // note): both stars are marks. (`* item` is a list, `**` bold, read below.)
  std::size_t open = line.find_first_not_of(" \t"), close = line.find_last_not_of(" \t\r");
  bool italic = open != std::string_view::npos && close >= open + 2 && line[open] == '*' && line[close] == '*' &&
                line[open + 1] != '*' && line[open + 1] != ' ' && line[close - 1] != '*' && line[close - 1] != ' ';
  for (std::size_t i = 0; i < line.size();) {
    char c = line[i];
    if (italic && (i == open || i == close)) {
      flush(i);
      run = ++i;
      continue;
    }
    if (c == '*' && i + 1 < line.size() && line[i + 1] == '*') {
      flush(i);
      run = i += 2;
      continue;
    }
    if (c == '<' && i + 1 < line.size() && (std::isalpha(static_cast<unsigned char>(line[i + 1])) || line[i + 1] == '/')) {
      std::size_t close = line.find('>', i);
      std::size_t next_open = line.find('<', i + 1);
      if (close != std::string_view::npos && close - i <= 200 && (next_open == std::string_view::npos || next_open > close)) {
        flush(i);
        std::string name;
        for (std::size_t k = i + 1; k < close && name.size() < 8; ++k) {
          char n = line[k];
          if (n == '/' && name.empty()) continue;
          if (!std::isalnum(static_cast<unsigned char>(n))) break;
          name += static_cast<char>(std::tolower(static_cast<unsigned char>(n)));
        }
        bool closing = line[i + 1] == '/';
        bool breaks = name == "br" || (closing && (name == "p" || name == "div" || name == "li" || name == "tr" || name == "section" ||
                                                   (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')));
        if (breaks && !out.text.empty() && out.text.back() != '\n') out.insert("\n");
        run = i = close + 1;
        continue;
      }
    }
    if (c == '&') {  // an HTML entity (`&emsp;&emsp;2026年1月14日`), decoded by libxml2's table
      std::size_t semi = line.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 10 && semi > i + 1) {
        std::string name(line.substr(i + 1, semi - i - 1));
        unsigned cp = 0;
        if (name[0] == '#') {
          bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
          std::string digits = name.substr(hex ? 2 : 1);
          if (!digits.empty() && digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") == std::string::npos)
            cp = static_cast<unsigned>(std::stoul(digits, nullptr, hex ? 16 : 10));
        } else if (const htmlEntityDesc* ent = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()))) {
          cp = ent->value;
        }
        if (cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
          flush(i);
          std::string utf8;
          text::append_utf8(utf8, static_cast<char32_t>(cp));
          out.replace(utf8, lb + i);
          run = i = semi + 1;
          continue;
        }
      }
    }
    if (c == '[' || (c == '!' && i + 1 < line.size() && line[i + 1] == '[')) {
      bool image = c == '!';
      std::size_t lbr = image ? i + 1 : i;
      std::size_t rbr = line.find("](", lbr);
      std::size_t end = rbr == std::string_view::npos ? rbr : line.find(')', rbr + 2);
      if (end != std::string_view::npos && line.substr(lbr + 1, rbr - lbr - 1).find('[') == std::string_view::npos) {
        flush(i);
        if (!image) out.copy(line.substr(lbr + 1, rbr - lbr - 1), lb + lbr + 1);  // the label, not the target
        run = i = end + 1;
        continue;
      }
    }
    ++i;
  }
  flush(line.size());
}

}  // namespace

// The YAML front matter of a blog post (Hexo, Jekyll, Hugo): `---` (Hexo may
// leave it out), then `title:`, `date:`, `author:` lines, then `---`. Its end, or 0 when the text
// has none; the fields it names go to the page's fields. A block whose keys
// are Chinese (`标题:`, `文号:`, `发布日期:`) is a database's record of the
// document, meant to be read: it stays in the text (0).
std::size_t front_matter(std::string_view s, Unwrapped& u) {
  // Hexo writes its posts' front matter without the opening `---`: `title:` first.
  bool fenced = starts_with(s, "---\n") || starts_with(s, "---\r\n");
  if (!fenced && !starts_with(s, "title:")) return 0;
  std::size_t b = fenced ? s.find('\n') + 1 : 0;
  Json found = Json::object();
  for (int n = 0; b < s.size() && n < 80; ++n) {
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) return 0;
    std::string_view line = s.substr(b, e - b);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    b = e + 1;
    if (line == "---" || line == "...") {
      for (auto it = found.begin(); it != found.end(); ++it) u.fields[it.key()] = it.value();
      return b;
    }
    auto colon = line.find(':');
    if (colon == std::string_view::npos || line.empty() || line[0] == ' ' || line[0] == '-') continue;
    for (char c : line.substr(0, colon))
      if (static_cast<unsigned char>(c) >= 0x80) return 0;
    std::string key(trim(line.substr(0, colon)));
    std::string value(trim(line.substr(colon + 1)));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    if (value.empty()) continue;
    // (A crawler's corpus names its keys its own way: `doc_title:`, `source_url:`.)
    if (key == "title" || (key == "doc_title" && !found.contains("title"))) {
      // A breadcrumb before it (`南开大学->…`) and the site after it (`… | nankai.info`).
      std::string t = strip_site_suffix(value);
      if (auto arrow = t.find("->"); arrow != std::string::npos && text::char_count(std::string_view(t).substr(0, arrow)) <= 12)
        t = std::string(trim(std::string_view(t).substr(arrow + 2)));
      found["title"] = t;
    } else if (key == "date" || key == "pubDate" || key == "published") {
      if (auto d = text::find_full_date(value)) found["page_date"] = d->iso();
    } else if (key == "author") {
      found["author"] = value;
    } else if ((key == "url" || key == "source_url" || key == "link") && (starts_with(value, "http://") || starts_with(value, "https://"))) {
      found["url"] = value;
    }
  }
  return 0;
}

Unwrapped unwrap_markdown(std::string_view s) {
  Unwrapped u;
  u.wrapper = "markdown";
  bool in_comment = false;
  std::string_view fence;  // the open code fence's marker, empty outside one
  bool after_blank = true;  // the line before was blank (or there was none)
  std::size_t start = front_matter(s, u), record_begin = npos;
  std::size_t record_end = markdown_record(s, start, record_begin, u);
  // Or a crawler's plain header over the Markdown (`标题：…` / `媒体：…` / `发布日期：…`, a blank line).
  if (!record_end)
    if (std::size_t body = record_header(s.substr(start), u)) record_begin = start, record_end = start + body;
  if (record_end)
    u.notes.push_back({Diag::clean_record_header, fmt::format("a database export's record (lines {}-{}) read as fields",
                                                              1 + std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(record_begin), '\n'),
                                                              std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(record_end), '\n'))});
  for (std::size_t b = start; b < s.size();) {
    if (record_end && b == record_begin) {
      b = record_end;
      continue;
    }
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    std::string_view line = s.substr(b, e - b);
    std::size_t lb = b;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // A block quote (`> 正文`, `>正文`, nested `> >`) is how a blog or a note pastes a whole
    // document it reposts: the quoted text is the document, its markers are not.
    while (!line.empty() && line.front() == '>') {
      std::size_t marker = line.size() > 1 && line[1] == ' ' ? 2 : 1;
      line.remove_prefix(marker);
      lb += marker;
    }
    auto tr = trim(line);
    // A fenced code block (``` or ~~~) is quoted verbatim: its `# comment` heads nothing.
    if (starts_with(tr, "```") || starts_with(tr, "~~~")) {
      if (fence.empty()) fence = tr.substr(0, 3);
      else if (starts_with(tr, fence)) fence = {};
      b = e + 1;
      continue;
    }
    if (!fence.empty()) {
      u.out.copy(line, lb);
      u.out.insert("\n");
      b = e + 1;
      continue;
    }
    if (in_comment || starts_with(tr, "<!--")) {
      in_comment = tr.find("-->") == std::string_view::npos;
      b = e + 1;
      continue;
    }
    int level = 0;
    while (level < static_cast<int>(line.size()) && line[level] == '#') ++level;
    // `## 标题`, and `##标题` as Chinese writers often leave it (no space; CommonMark
    // would make it text, but nobody writes a line of text that opens with #).
    bool spaced = level > 0 && static_cast<std::size_t>(level) < line.size() && line[level] == ' ';
    bool glued = !spaced && glued_heading(line, static_cast<std::size_t>(level));
    // A setext heading: the line over a rule of `=` (level 1) or `-` (level 2), the rule dropped.
    // (A `---` rule is as often a separator: under a short line that follows a blank one and
    // reads as a heading only, never under a record's `官方链接: https://…`.)
    std::size_t underline_end = npos;
    if (level == 0 && !tr.empty() && e < s.size()) {
      std::size_t ne = s.find('\n', e + 1);
      if (ne == std::string_view::npos) ne = s.size();
      auto rule = trim(s.substr(e + 1, ne - e - 1));
      bool alone = after_blank && text::char_count(tr) <= 40 && !text::ends_sentence(tr) && tr.find("://") == std::string_view::npos;
      for (char c : {'=', '-'})
        if (rule.size() >= 3 && rule.find_first_not_of(c) == std::string_view::npos && (c == '=' || alone))
          level = c == '=' ? 1 : 2, underline_end = ne;
    }
    bool setext = underline_end != npos;
    if (level > 0 && level <= 6 && (spaced || glued || setext)) {
      std::size_t skip = setext ? 0 : static_cast<std::size_t>(level) + (spaced ? 1 : 0);
      auto title = trim(line.substr(skip));
      std::size_t tb = lb + static_cast<std::size_t>(title.data() - line.data());
      // (Its inline marks too: a newsletter's item `### 🐎 [标题](https://…)` is titled by the label.)
      std::size_t at = u.out.text.size();
      markdown_inline(title, tb, u.out);
      std::string shown(trim(std::string_view(u.out.text).substr(at)));
      u.headings.push_back({level, setext ? std::string(static_cast<std::size_t>(level), '#') : std::string(line.substr(0, level)), shown, at, npos});
      // (A page saved as Markdown keeps its site after the title: `读者管理与服务规定 - 某某大学图书馆`.)
      // (Only a site's name after a spaced bar or dash: `2024年项目申报指南 - 申报书模板` keeps its part.)
      if (level == 1 && !u.fields.contains("title")) {
        std::string site, bare = strip_site_suffix(shown, &site);
        bool spaced = shown.find(" - ") != std::string::npos || shown.find(" | ") != std::string::npos || shown.find(" – ") != std::string::npos;
        bool named = false;
        for (std::string_view end : {"网", "网站", "门户", "频道", "图书馆", "大学", "学院", "学校", "政府", "日报", "晚报", ".cn", ".com"})
          named |= text::ends_with(site, end);
        u.fields["title"] = spaced && named ? bare : shown;
      }
    } else {
      markdown_inline(line, lb, u.out);
    }
    u.out.insert("\n");
    after_blank = tr.empty();
    b = (setext ? underline_end : e) + 1;
  }
  return u;
}

}  // namespace gongwen::host
