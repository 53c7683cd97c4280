// XML article records (see xml_article.hpp).
//
// Invariants: the text is the content of one element (the one named as
// content, else the leaf with the most Chinese, at least 50 characters);
// every piece of it maps to the source where its bytes appear there
// verbatim (CDATA, plain text), else to the start of its element's line.
#include "read/xml_article.hpp"

#include <gongwen/text.hpp>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cctype>
#include <string>

namespace gongwen::host {

namespace {

bool named_one_of(const std::string& name, std::initializer_list<std::string_view> names) {
  for (auto n : names)
    if (name == n) return true;
  return false;
}

struct Leaf {
  std::string name;  // lower-case
  std::string text;
  long line = 0;
};

void leaves(xmlNode* n, std::vector<Leaf>& out, int depth) {
  if (depth > 64) return;
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    bool leaf = true;
    for (xmlNode* c = n->children; c; c = c->next) leaf &= c->type != XML_ELEMENT_NODE;
    if (!leaf) {
      leaves(n->children, out, depth + 1);
      continue;
    }
    xmlChar* content = xmlNodeGetContent(n);
    Leaf l;
    for (const char* p = reinterpret_cast<const char*>(n->name); *p; ++p)
      l.name += static_cast<char>(std::tolower(static_cast<unsigned char>(*p)));
    if (content) l.text = reinterpret_cast<const char*>(content);
    xmlFree(content);
    l.line = xmlGetLineNo(n);
    out.push_back(std::move(l));
  }
}

}  // namespace

std::optional<Unwrapped> unwrap_xml_article(std::string_view source) {
  std::string_view decoded = source;  // offsets stay offsets into `source`
  if (text::starts_with(decoded, "\xEF\xBB\xBF")) decoded.remove_prefix(3);
  if (!text::starts_with(text::trim(decoded.substr(0, 64)), "<?xml")) return std::nullopt;
  // No XML_PARSE_NOENT (entities stay unexpanded) and no network.
  int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  xmlDoc* doc = xmlReadMemory(decoded.data(), static_cast<int>(decoded.size()), nullptr, "UTF-8", options);
  if (!doc) return std::nullopt;
  std::vector<Leaf> ls;
  leaves(xmlDocGetRootElement(doc), ls, 0);
  xmlFreeDoc(doc);

  const Leaf* body = nullptr;
  std::size_t best = 0;
  for (const auto& l : ls)
    if (named_one_of(l.name, {"content", "body", "text", "fulltext", "正文", "内容", "全文", "articlecontent", "maintext"}) &&
        text::han_count(l.text) >= 50) {
      body = &l;
      break;
    }
  if (!body)
    for (const auto& l : ls)
      if (std::size_t h = text::han_count(l.text); h >= 50 && h > best) best = h, body = &l;
  if (!body) return std::nullopt;

  Unwrapped u;
  u.wrapper = "xml";
  for (const auto& l : ls) {
    if (&l == body) continue;
    auto v = text::trim(l.text);
    if (v.empty() || text::char_count(v) > 200) continue;
    auto set = [&](const char* key) {
      if (!u.fields.contains(key)) u.fields[key] = std::string(v);
    };
    if (named_one_of(l.name, {"title", "articletitle", "headline", "doctitle", "标题", "题名", "文章标题"})) set("title");
    else if (named_one_of(l.name, {"author", "creator", "byline", "writer", "作者"})) set("author");
    else if (named_one_of(l.name, {"source", "magazine", "journal", "publication", "来源", "刊名", "出处"})) set("source");
    else if (named_one_of(l.name, {"date", "pubdate", "publishdate", "publish_date", "pubtime", "issuedate", "created", "日期", "发布日期"}))
      if (auto d = text::find_full_date(v)) u.fields["page_date"] = d->iso();
  }
  // The content's bytes where the source holds them verbatim; line by line
  // otherwise (entities decoded, CRLF folded).
  std::string_view t = body->text;
  std::size_t cursor = 0;
  for (std::size_t b = 0; b < t.size();) {
    std::size_t e = t.find('\n', b);
    if (e == std::string_view::npos) e = t.size();
    std::string_view line = t.substr(b, e - b);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!text::trim(line).empty()) {
      std::size_t at = source.find(line, cursor);
      if (at != std::string_view::npos) {
        u.out.copy(line, at);
        cursor = at + line.size();
      } else {
        u.out.replace(line, cursor);
      }
      u.out.insert("\n");
    }
    b = e + 1;
  }
  return u;
}

}  // namespace gongwen::host
