// HTML unwrapping with libxml2. Text nodes keep their position in the source:
// libxml2 gives each node a line number, which is what a record reports.
#include "read/html.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <gongwen/text.hpp>

#include <cstring>
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

void find_meta(xmlNode* n, Unwrapped& u) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    const char* name = reinterpret_cast<const char*>(n->name);
    if (std::strcmp(name, "title") == 0 && !u.fields.contains("title")) {
      xmlChar* c = xmlNodeGetContent(n);
      if (c) {
        auto t = text::trim(reinterpret_cast<char*>(c));
        if (!t.empty()) u.fields["title"] = std::string(t);
        xmlFree(c);
      }
    } else if (std::strcmp(name, "meta") == 0) {
      std::string key = attr(n, "name");
      if (key.empty()) key = attr(n, "property");
      std::string content = attr(n, "content");
      for (const char* date_key : {"pubdate", "publishdate", "PubDate", "article:published_time", "date", "dc.date"}) {
        if (key == date_key && !content.empty() && !u.fields.contains("date")) {
          if (auto d = text::find_full_date(content)) u.fields["date"] = d->iso();
        }
      }
      if ((key == "author" || key == "source" || key == "ContentSource") && !content.empty()) u.fields[key == "author" ? "author" : "source"] = content;
    }
    find_meta(n->children, u);
  }
}

}  // namespace

Unwrapped unwrap_html(std::string_view decoded) {
  Unwrapped u;
  u.wrapper = "html";
  htmlDocPtr doc = htmlReadMemory(decoded.data(), static_cast<int>(decoded.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (!doc) {
    u.notes.push_back("HTML parser failed; text kept as it was");
    u.out.copy(decoded, 0);
    u.wrapper.clear();
    return u;
  }
  xmlNode* root = xmlDocGetRootElement(doc);
  find_meta(root, u);
  Walker w{decoded, {}, u, {}, 0};
  w.line_starts.push_back(0);
  for (std::size_t i = 0; i < decoded.size(); ++i)
    if (decoded[i] == '\n') w.line_starts.push_back(i + 1);
  w.walk(root);
  w.flush();
  xmlFreeDoc(doc);
  u.notes.push_back("HTML markup, scripts, styles and navigation dropped");
  return u;
}

}  // namespace gongwen::host
