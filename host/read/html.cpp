// HTML unwrapping with libxml2. Text nodes keep their position in the source:
// libxml2 gives each node a line number, which is what a record reports.
#include "read/html.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <gongwen/text.hpp>

#include <algorithm>
#include <cstring>
#include <strings.h>

#include <fmt/format.h>
#include <string>

#include "read/wrappers.hpp"

namespace gongwen::host {

namespace {

bool skipped(const char* name) {
  static const char* names[] = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                                "button", "iframe", "svg", "select", "template", "head"};
  for (const char* n : names)
    if (std::strcmp(name, n) == 0) return true;
  return false;
}

bool block(const char* name) {
  static const char* names[] = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                                "article", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "hr"};
  for (const char* n : names)
    if (std::strcmp(name, n) == 0) return true;
  return false;
}

struct Walker {
  std::string_view source;
  std::vector<std::size_t> line_starts;
  Unwrapped& u;
  std::string para;
  std::size_t para_src = 0;

  std::size_t line_offset(long line) const {
    if (line <= 0 || line_starts.empty()) return 0;
    std::size_t l = std::min<std::size_t>(static_cast<std::size_t>(line), line_starts.size());
    return line_starts[l - 1];
  }
  void flush() {
    auto t = text::trim(para);
    if (!t.empty()) {
      u.out.replace(t, para_src);
      u.out.insert("\n");
    }
    para.clear();
  }
  void walk(xmlNode* n) {
    for (; n; n = n->next) {
      if (n->type == XML_ELEMENT_NODE) {
        const char* name = reinterpret_cast<const char*>(n->name);
        if (skipped(name)) continue;
        bool is_block = block(name);
        if (is_block) flush();
        if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == 0) {
          u.headings.push_back({name[1] - '0', name, "", u.out.text.size(), npos});
        }
        walk(n->children);
        if (is_block) flush();
      } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        const char* c = reinterpret_cast<const char*>(n->content);
        if (!c) continue;
        std::string_view s(c);
        if (text::trim(s).empty()) continue;
        if (para.empty()) para_src = line_offset(xmlGetLineNo(n));
        // Collapse the source's layout whitespace, as a browser does.
        for (char ch : s) {
          if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
          if (ch == ' ' && !para.empty() && para.back() == ' ') continue;
          para += ch;
        }
      }
    }
  }
};

std::string attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s(reinterpret_cast<char*>(v));
  xmlFree(v);
  return s;
}

// `…的通知 - 政务公开 - 东莞市社会保障局`, `…_网易财经`, `…-中国科普网`: a
// page title ends with its column and site; the trailing segments that are
// short and name a site or column go.
std::string strip_site_suffix(std::string t) {
  static const std::string_view seps[] = {" - ", " | ", "_", "|", " – ", "－", "-", "——"};
  static const std::string_view site_words[] = {"网", "站", "频道", "首页", "中心", "门户", "新闻", "财经", "政府", "纪检",
                                                ".cn", ".com", "公开", "办事处", "部门", "栏目", "科普", "报", "局", "所"};
  for (bool again = true; again;) {
    again = false;
    for (auto sep : seps) {
      auto p = t.rfind(sep);
      if (p == std::string::npos || p == 0) continue;
      std::string_view tail = std::string_view(t).substr(p + sep.size());
      if (text::char_count(tail) > 24 || text::char_count(std::string_view(t).substr(0, p)) < 6) continue;
      bool site = tail.empty();
      for (auto w : site_words) site |= tail.find(w) != std::string_view::npos;
      bool ascii = !tail.empty() && std::all_of(tail.begin(), tail.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      if (!site && !ascii) continue;
      t = std::string(text::trim(std::string_view(t).substr(0, p)));
      again = true;
      break;
    }
  }
  return t;
}

void find_meta(xmlNode* n, Unwrapped& u) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    const char* name = reinterpret_cast<const char*>(n->name);
    if (std::strcmp(name, "title") == 0 && !u.fields.contains("title")) {
      xmlChar* c = xmlNodeGetContent(n);
      if (c) {
        auto t = text::trim(reinterpret_cast<char*>(c));
        if (!t.empty()) u.fields["title"] = strip_site_suffix(std::string(t));
        xmlFree(c);
      }
    } else if (std::strcmp(name, "meta") == 0) {
      std::string key = attr(n, "name");
      if (key.empty()) key = attr(n, "property");
      std::string content = attr(n, "content");
      // The document's own title, when the page names it (TRS WCM, Open Graph).
      if ((key == "ArticleTitle" || key == "og:title") && !text::trim(content).empty())
        u.fields["meta_title"] = std::string(text::trim(content));
      for (const char* date_key : {"pubdate", "publishdate", "PubDate", "article:published_time", "date", "dc.date",
                                   "og:release_date", "firstpublishedtime", "Maketime", "publishtime"}) {
        if (key == date_key && !content.empty() && !u.fields.contains("date")) {
          if (auto d = text::find_full_date(content)) u.fields["date"] = d->iso();
        }
      }
      if ((key == "author" || key == "source" || key == "ContentSource") && !content.empty()) u.fields[key == "author" ? "author" : "source"] = content;
    }
    find_meta(n->children, u);
  }
}

// libxml2's HTML parser gives up below 256 levels of nesting (and drops
// everything after that point), and checks each attribute against all the
// previous ones of its tag (quadratic: a million attributes take hours).
// This linear pass keeps every byte of text and every newline (so libxml2's
// line numbers still point into the source) and drops only tags nested past
// kMaxDepth and attributes past kMaxAttributes.
constexpr int kMaxDepth = 200;
constexpr int kMaxAttributes = 256;

bool void_element(std::string_view name) {
  static const char* names[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                "param", "source", "track", "wbr"};
  for (const char* n : names)
    if (name.size() == std::strlen(n) && strncasecmp(name.data(), n, name.size()) == 0) return true;
  return false;
}

std::string tame_html(std::string_view in, int& dropped_tags, int& dropped_attributes) {
  std::string out;
  out.reserve(in.size());
  int depth = 0;
  std::size_t i = 0;
  auto keep_newlines = [&](std::size_t b, std::size_t e) {
    for (std::size_t k = b; k < e; ++k)
      if (in[k] == '\n') out += '\n';
  };
  while (i < in.size()) {
    std::size_t lt = in.find('<', i);
    if (lt == std::string_view::npos) {
      out.append(in.substr(i));
      break;
    }
    out.append(in.substr(i, lt - i));
    i = lt;
    if (in.compare(i, 4, "<!--") == 0) {
      std::size_t e = in.find("-->", i + 4);
      e = e == std::string_view::npos ? in.size() : e + 3;
      out.append(in.substr(i, e - i));
      i = e;
      continue;
    }
    bool closing = i + 1 < in.size() && in[i + 1] == '/';
    std::size_t n0 = i + (closing ? 2 : 1);
    std::size_t n1 = n0;
    while (n1 < in.size() && (std::isalnum(static_cast<unsigned char>(in[n1])) || in[n1] == ':' || in[n1] == '-')) ++n1;
    if (n1 == n0) {  // "<!DOCTYPE", "<?php", or a lone '<': not an element
      out += '<';
      ++i;
      continue;
    }
    std::string_view name = in.substr(n0, n1 - n0);
    // The tag's end, outside quotes, counting attributes.
    std::size_t k = n1, cut = std::string_view::npos;
    int attributes = 0;
    char quote = 0;
    bool in_name = false;
    for (; k < in.size(); ++k) {
      char c = in[k];
      if (quote) {
        if (c == quote) quote = 0;
        continue;
      }
      if (c == '"' || c == '\'') quote = c;
      else if (c == '>') break;
      else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') in_name = false;
      else if (!in_name && c != '=' && c != '/') {
        in_name = true;
        if (++attributes > kMaxAttributes && cut == std::string_view::npos) cut = k;
      }
    }
    std::size_t end = k < in.size() ? k + 1 : in.size();
    bool self_closing = k > 0 && k < in.size() && in[k - 1] == '/';
    bool opens = !closing && !self_closing && !void_element(name);
    bool drop = closing ? depth > kMaxDepth : (opens && depth + 1 > kMaxDepth);
    if (closing && depth > 0) --depth;
    if (opens) ++depth;
    if (drop) {
      ++dropped_tags;
      keep_newlines(i, end);
    } else if (cut != std::string_view::npos) {
      ++dropped_attributes;
      out.append(in.substr(i, cut - i));
      keep_newlines(cut, end);
      out += '>';
    } else {
      out.append(in.substr(i, end - i));
    }
    i = end;
    // Raw text elements: their content is not markup.
    if (!closing && (strncasecmp(name.data(), "script", name.size()) == 0 || strncasecmp(name.data(), "style", name.size()) == 0) &&
        (name.size() == 6 || name.size() == 5)) {
      std::string close = "</" + std::string(name);
      std::size_t e = i;
      for (;;) {
        e = in.find("</", e);
        if (e == std::string_view::npos || strncasecmp(in.data() + e, close.data(), close.size()) == 0) break;
        e += 2;
      }
      if (e == std::string_view::npos) e = in.size();
      out.append(in.substr(i, e - i));
      i = e;
      if (opens && depth > 0) --depth;
    }
  }
  return out;
}

}  // namespace

Unwrapped unwrap_html(std::string_view decoded_in) {
  Unwrapped u;
  u.wrapper = "html";
  int dropped_tags = 0, dropped_attributes = 0;
  std::string tamed = tame_html(decoded_in, dropped_tags, dropped_attributes);
  std::string_view decoded = tamed;
  if (dropped_tags)
    u.notes.push_back(fmt::format("HTML nested deeper than {} levels: {} tags below that depth dropped, their text kept",
                                  kMaxDepth, dropped_tags));
  if (dropped_attributes)
    u.notes.push_back(fmt::format("{} tag(s) with more than {} attributes: the extra attributes dropped", dropped_attributes,
                                  kMaxAttributes));
  htmlDocPtr doc = htmlReadMemory(decoded.data(), static_cast<int>(decoded.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (!doc) {
    u.notes.push_back("HTML parser failed; text kept as it was");
    u.out.copy(decoded_in, 0);
    u.wrapper.clear();
    return u;
  }
  xmlNode* root = xmlDocGetRootElement(doc);
  find_meta(root, u);
  if (u.fields.contains("meta_title")) {
    Json t = u.fields["meta_title"];  // a copy: inserting "title" may move the map's elements
    u.fields.erase("meta_title");
    u.fields["title"] = std::move(t);
  }
  // Positions point into the source as read: the tamed copy has the same lines.
  Walker w{decoded_in, {}, u, {}, 0};
  w.line_starts.push_back(0);
  for (std::size_t i = 0; i < decoded_in.size(); ++i)
    if (decoded_in[i] == '\n') w.line_starts.push_back(i + 1);
  w.walk(root);
  w.flush();
  xmlFreeDoc(doc);
  u.notes.push_back("HTML markup, scripts, styles and navigation dropped");
  return u;
}

}  // namespace gongwen::host
