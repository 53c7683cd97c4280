// Crawler record headers (see record_header.hpp).
//
// Invariants: a header is only taken when a separator line closes it within
// its first 30 lines and at least three of its lines are `label: value`
// pairs with labels a crawler uses; anything else (a policy database's
// `发布机关：` run without a separator, a document whose first lines happen to
// have colons) stays text for the handlers to read.
#include "read/record_header.hpp"

#include <gongwen/text.hpp>

#include <array>

namespace gongwen::host {

namespace {

using text::trim;

enum class Slot { title, date, number, url, source, publisher, other };

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
    Label{"分类", Slot::other},        Label{"主题分类", Slot::other},      Label{"作者", Slot::other},
    Label{"author", Slot::other},      Label{"id", Slot::other},
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
  return !label.empty() && text::char_count(label) <= 12 && label.find(' ') == std::string_view::npos;
}

const Label* known(std::string_view label) {
  for (const auto& l : kLabels)
    if (label == l.name) return &l;
  return nullptr;
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
  bool body_word = word.empty() || word == "正文" || word == "内容" || word == "原文" || word == "content" || word == "body" ||
                   word == "text";
  return body_word && (rule >= 3 || (!word.empty() && rule == 0 && t != word) || t == "正文");
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
    if (value.empty()) continue;
    switch (l->slot) {
      case Slot::title: found["title"] = strip_site_suffix(std::string(value)); break;
      case Slot::date:
        if (auto d = text::find_full_date(value)) found["page_date"] = d->iso();
        break;
      case Slot::number:
        if (value.find("号") != std::string_view::npos) found["page_doc_number"] = std::string(value);
        break;
      case Slot::url: found["url"] = std::string(value); break;
      case Slot::source: found["source"] = std::string(value); break;
      case Slot::publisher: found["publisher"] = std::string(value); break;
      case Slot::other: break;
    }
  }
  return 0;
}

}  // namespace gongwen::host
