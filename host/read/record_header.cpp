// Crawler record headers (see record_header.hpp).
//
// Invariants: a header is only taken when a separator line closes it within
// its first 30 lines and at least three of its lines are `label: value`
// pairs with labels a crawler uses, or when a blank line closes four such
// pairs or more (three with a date, an address or a source), a title among them, and nothing else; anything else (a policy database's
// `发布机关：` run without a separator, a document whose first lines happen to
// have colons) stays text for the handlers to read.
#include "read/record_header.hpp"

#include <gongwen/text.hpp>

#include <array>

namespace gongwen::host {

namespace {

using text::trim;

enum class Slot { title, date, number, url, source, publisher, author, other };

struct Label {
  std::string_view name;
  Slot slot;
};

constexpr std::array kLabels{
    Label{"标题", Slot::title},        Label{"题目", Slot::title},          Label{"文章标题", Slot::title},
    Label{"title", Slot::title},       Label{"发布时间", Slot::date},       Label{"发布日期", Slot::date},
    Label{"发文日期", Slot::date},     Label{"成文日期", Slot::date},       Label{"日期", Slot::date},
    Label{"时间", Slot::date},         Label{"date", Slot::date},           Label{"pubdate", Slot::date},
    Label{"publish_time", Slot::date}, Label{"文号", Slot::number},         Label{"发文字号", Slot::number},
    Label{"原文链接", Slot::url},      Label{"原文地址", Slot::url},        Label{"链接", Slot::url},
    Label{"网址", Slot::url},          Label{"url", Slot::url},             Label{"source_url", Slot::url},
    Label{"来源", Slot::source},       Label{"信息来源", Slot::source},     Label{"source", Slot::source},
    Label{"发布机构", Slot::publisher}, Label{"发文机关", Slot::publisher}, Label{"发布机关", Slot::publisher},
    Label{"发布单位", Slot::publisher}, Label{"栏目", Slot::other},         Label{"索引号", Slot::other},
    Label{"分类", Slot::other},        Label{"主题分类", Slot::other},      Label{"作者", Slot::author},
    Label{"author", Slot::author},      Label{"id", Slot::other},            Label{"文件名称", Slot::title},
    Label{"文件编号", Slot::number},   Label{"文档类型", Slot::other},      Label{"发布来源", Slot::source},
    Label{"publisher", Slot::publisher}, Label{"publish_date", Slot::date}, Label{"抓取时间", Slot::other},
    Label{"文种", Slot::other},        Label{"采集时间", Slot::other},      Label{"媒体", Slot::source},
};

// `label: value` (ASCII or full-width colon): the label and the value.
bool split_pair(std::string_view line, std::string_view& label, std::string_view& value) {
  std::size_t colon = std::string_view::npos, width = 0;
  for (std::string_view c : {":", "："}) {
    auto p = line.find(c);
    if (p != std::string_view::npos && p < colon) {
      colon = p;
      width = c.size();
    }
  }
  if (colon == std::string_view::npos || colon == 0) return false;
  label = trim(line.substr(0, colon));
  value = trim(line.substr(colon + width));
  // (Twelve characters; a crawler's own field names run longer: `content_sha256`, `capture_method`.)
  bool identifier = label.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789") == std::string_view::npos;
  return !label.empty() && text::char_count(label) <= (identifier ? 24u : 12u) && label.find(' ') == std::string_view::npos;
}

const Label* known(std::string_view label) {
  std::string lower(label);
  for (char& c : lower) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;  // `URL`, `Title`
  for (const auto& l : kLabels)
    if (lower == l.name) return &l;
  return nullptr;
}

// The words that announce the text itself (`正文`, `## 政策全文`).
bool body_heading(std::string_view w) {
  for (std::string_view b : {"正文", "内容", "原文", "全文", "政策全文", "文件全文", "正文内容", "content", "body", "text"})
    if (w == b) return true;
  return false;
}

// `==== 正文 ====`, `----------`, `【正文】`, `正文：`.
bool is_separator(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty()) return false;
  std::size_t rule = 0;
  for (char c : t) rule += c == '=' || c == '-' || c == '*' || c == '#' || c == '_';
  std::string word;
  for (std::size_t i = 0; i < t.size();) {
    char32_t c = text::next_cp(t, i);
    if (c != '=' && c != '-' && c != '*' && c != '#' && c != '_' && c != ' ' && c != U'【' && c != U'】' && c != '[' &&
        c != ']' && c != U'：' && c != ':' && c != '<' && c != '>')
      text::append_utf8(word, c);
  }
  bool body_word = word.empty() || body_heading(word);
  return body_word && (rule >= 3 || (!word.empty() && rule == 0 && t != word) || t == "正文");
}

// One pair's value, into the field its label names.
void keep(const Label& l, std::string_view value, Json& found) {
  if (value.empty()) return;
  // A `来源` that is a link is where the text came from, not who published it.
  if (l.slot == Slot::source && (text::starts_with(value, "http://") || text::starts_with(value, "https://"))) {
    found["url"] = std::string(value);
    return;
  }
  switch (l.slot) {
    case Slot::title: found["title"] = strip_site_suffix(std::string(value)); break;
    case Slot::date:
      if (auto d = text::find_full_date(value)) found["page_date"] = d->iso();
      break;
    case Slot::number:
      if (value.find("号") != std::string_view::npos) found["page_doc_number"] = std::string(value);
      break;
    case Slot::url: found["url"] = std::string(value); break;
    case Slot::source: found["source"] = std::string(value); break;
    case Slot::publisher:
      if (value != "暂无" && value != "无") found["publisher"] = std::string(value);
      break;
    case Slot::author: found["author"] = std::string(value); break;
    case Slot::other: break;
  }
}

}  // namespace

std::size_t record_header(std::string_view s, Unwrapped& u) {
  std::size_t b = 0, pairs = 0, lines = 0;
  Json found = Json::object();
  for (int n = 0; b < s.size() && n < 30; ++n) {
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) return 0;
    std::string_view line = s.substr(b, e - b);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    b = e + 1;
    // A blank line closes a block of nothing but known pairs, four at least, one of them a title
    // (`标题：…` / `来源：…` / `URL：…` / `抓取时间：…`, then the text).
    // (Three, when a date, an address or a source is among them: `标题：` / `媒体：` / `发布日期：`.)
    bool placed = found.contains("page_date") || found.contains("url") || found.contains("source");
    if (trim(line).empty() && (pairs >= 4 || (pairs == 3 && placed)) && pairs == lines && found.contains("title")) {
      // (Unless more pairs or the separator follow: a header printed in groups.)
      std::size_t next = b;
      while (next < s.size() && (s[next] == '\n' || s[next] == '\r' || s[next] == ' ' || s[next] == '\t')) ++next;
      std::string_view ahead = s.substr(next, std::min(s.find('\n', next), s.size()) - next);
      std::string_view label, value;
      bool more = is_separator(ahead) || (split_pair(ahead, label, value) && known(label));
      if (!more) {
        for (auto it = found.begin(); it != found.end(); ++it) u.fields[it.key()] = it.value();
        return b;
      }
    }
    if (trim(line).empty()) continue;
    if (is_separator(line)) {
      if (pairs < 3 || pairs * 2 < lines) return 0;
      for (auto it = found.begin(); it != found.end(); ++it) u.fields[it.key()] = it.value();
      return b;
    }
    ++lines;
    std::string_view label, value;
    if (!split_pair(line, label, value)) continue;
    const Label* l = known(label);
    if (!l) continue;
    ++pairs;
    keep(*l, value, found);
  }
  return 0;
}

bool glued_heading(std::string_view line, std::size_t level) {
  if (level == 0 || level > 6 || level >= line.size()) return false;
  std::size_t k = level;
  if (!text::is_han(text::next_cp(line, k))) return false;
  std::string_view rest = trim(line.substr(level));
  return rest.find('#') == std::string_view::npos && !text::more_visible_than(rest, 40) && !text::ends_sentence(rest);
}

std::size_t markdown_record(std::string_view s, std::size_t from, std::size_t& begin, Unwrapped& u) {
  Json found = Json::object(), record = Json::object();
  std::size_t b = from, end = 0, pairs = 0, heading = npos, marked = 0;
  bool closed = false;
  std::string heading_title;
  begin = npos;
  for (int n = 0; b < s.size() && n < 40; ++n) {
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    std::string_view line = s.substr(b, e - b);
    std::size_t at = b;
    b = e + 1;
    std::string_view t = trim(line);
    if (t.empty()) continue;
    std::size_t level = 0;
    while (level < t.size() && t[level] == '#') ++level;
    // `# 标题`, or `#标题` glued as wrappers.cpp reads it.
    std::string_view heading_text;
    if (level > 0 && level < t.size() && (t[level] == ' ' || glued_heading(t, level))) heading_text = trim(t.substr(level));
    if (pairs == 0) {
      // The record's own title above it, or a heading naming the block (`### 基本信息`).
      if (level == 1 && !heading_text.empty() && heading == npos) {
        heading = at;
        heading_title = heading_text;
        continue;
      }
      if (!heading_text.empty() && (heading_text == "基本信息" || heading_text == "文件信息" || heading_text == "元数据")) {
        if (begin == npos) begin = at;
        continue;
      }
    } else if (is_separator(t) || (!heading_text.empty() && body_heading(heading_text))) {
      end = b;  // the block's closing rule or `## 政策全文` goes with it
      closed = true;
      continue;
    }
    // `- **发布机构**：…`, `**发布日期**: …`: list marks and emphasis are markup.
    std::string plain;
    bool markup = false;
    if (t.size() > 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') {
      t.remove_prefix(2);
      markup = true;
    }
    for (std::size_t i = 0; i < t.size(); ++i) {
      if ((t[i] == '*' || t[i] == '_') && i + 1 < t.size() && t[i + 1] == t[i]) {
        ++i;
        markup = true;
        continue;
      }
      plain += t[i];
    }
    std::string_view label, value;
    bool pair = split_pair(plain, label, value);
    const Label* l = pair ? known(label) : nullptr;
    // (In a list of pairs, one of a crawler's own (`- corpus_id: …`, `- http_status: 200`) is kept, not read.)
    // (A field's name: a letter first; not a year `2024:`, a time `9:00`, an address `https://`.)
    bool own = pair && !l && markup && label.front() >= 'a' && label.front() <= 'z' && !text::starts_with(value, "//") &&
               label.find_first_not_of("abcdefghijklmnopqrstuvwxyz_0123456789") == std::string_view::npos;
    if ((!l && !own) || closed) break;  // the text begins (or a pair after the block's rule)
    if (begin == npos) begin = heading != npos ? heading : at;
    if (own) {
      if (!value.empty()) record[std::string(label)] = std::string(value);
      end = b;
      continue;
    }
    ++pairs;
    marked += markup;
    keep(*l, value, found);
    if (!value.empty()) record[std::string(label)] = std::string(value);  // every pair, as printed: nothing lost
    end = b;
  }
  // Pairs in markup, or closed by a rule, are a record; plain `label: value`
  // lines running into the text are the document's own (as in record_header).
  if (pairs < 3 || (marked * 2 < pairs && !closed)) return 0;
  if (heading != npos) {
    begin = begin == npos ? heading : std::min(begin, heading);  // (`### 基本信息` may come first)
    if (!found.contains("title")) found["title"] = strip_site_suffix(heading_title);
  }
  found["record"] = std::move(record);
  for (auto it = found.begin(); it != found.end(); ++it) u.fields[it.key()] = it.value();
  return std::min(end, s.size());
}

}  // namespace gongwen::host
