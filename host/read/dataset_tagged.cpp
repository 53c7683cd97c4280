// Web and news corpora kept as tagged documents, one after another in a file:
// WikiExtractor's and the web-text corpora's `<doc id="…" url="…" title="…">…</doc>`,
// `<text id="…">…</text>`, and Sogou's news corpora (SogouCA/SogouCS) and other
// TREC-style files, `<doc><url>…</url><docno>…</docno><contenttitle>…</contenttitle>
// <content>…</content></doc>`. Each document is a row: its text, its title, its
// address and id as columns.
//
// Invariants: one pass over the file; a document is only what lies between its
// own opening and closing tags (a file cut short gives an error row for the last);
// attributes and child elements are read as written, entities left to the text
// reader (a row's text is read again as any text is).
#include <fmt/format.h>

#include <gongwen/text.hpp>

#include "read/dataset_detail.hpp"

namespace gongwen::host::dataset_detail {

namespace {

namespace tx = gongwen::text;

// `key="value"`, `key='value'` or `key=value` pairs of an opening tag.
Json attributes(std::string_view tag) {
  Json out = Json::object();
  std::size_t i = 0;
  while (i < tag.size()) {
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r')) ++i;
    std::size_t k = i;
    while (k < tag.size() && tag[k] != '=' && tag[k] != ' ' && tag[k] != '>') ++k;
    if (k >= tag.size() || tag[k] != '=' || k == i) {
      i = k + 1;
      continue;
    }
    std::string key = ascii_lower(tag.substr(i, k - i));
    std::size_t v = k + 1, e;
    if (v < tag.size() && (tag[v] == '"' || tag[v] == '\'')) {
      e = tag.find(tag[v], v + 1);
      if (e == std::string_view::npos) break;
      out[key] = std::string(tag.substr(v + 1, e - v - 1));
      i = e + 1;
    } else {
      e = v;
      while (e < tag.size() && tag[e] != ' ' && tag[e] != '\t') ++e;
      out[key] = std::string(tag.substr(v, e - v));
      i = e;
    }
  }
  return out;
}

// The text of child element `name` inside body (`<contenttitle>…</contenttitle>`), if present.
std::optional<std::string_view> child(std::string_view body, std::string_view name) {
  std::string open = "<" + std::string(name) + ">", close = "</" + std::string(name) + ">";
  auto b = body.find(open);
  if (b == std::string_view::npos) return std::nullopt;
  auto e = body.find(close, b + open.size());
  if (e == std::string_view::npos) return std::nullopt;
  return tx::trim(body.substr(b + open.size(), e - b - open.size()));
}

}  // namespace

bool looks_tagged(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ++i;
  std::string head = ascii_lower(s.substr(i, 12));
  bool doc = tx::starts_with(head, "<doc>") || tx::starts_with(head, "<doc ") || tx::starts_with(head, "<text ");
  return doc && (s.find("</doc>") != std::string_view::npos || s.find("</DOC>") != std::string_view::npos ||
                 s.find("</text>") != std::string_view::npos);
}

std::optional<Dataset> read_tagged(std::string_view s) {
  Dataset d;
  d.layout = "tagged";
  d.text_column = "content";
  d.title_column = "title";
  std::size_t at = 0, n = 0;
  while (at < s.size()) {
    // The next opening tag: <doc …>, <DOC>, <text …>.
    std::size_t lt = s.find('<', at);
    if (lt == std::string_view::npos) break;
    std::string name;
    for (std::string_view cand : {"doc", "text"})
      if (ascii_lower(s.substr(lt + 1, cand.size())) == cand && lt + 1 + cand.size() < s.size() &&
          (s[lt + 1 + cand.size()] == '>' || s[lt + 1 + cand.size()] == ' '))
        name = std::string(s.substr(lt + 1, cand.size()));
    if (name.empty()) {
      at = lt + 1;
      continue;
    }
    std::size_t gt = s.find('>', lt);
    if (gt == std::string_view::npos) break;
    std::string close = "</" + name + ">";
    std::size_t end = s.find(close, gt + 1);
    if (end == std::string_view::npos) {
      // Cut short: the documents before it stand, this one is an error row (no silent loss).
      DatasetRow cut;
      cut.row = ++n;
      cut.error = fmt::format("<{}> opened at byte {} is never closed (the file is cut short?)", name, lt);
      d.rows.push_back(std::move(cut));
      break;
    }
    std::string_view tag = s.substr(lt + 1 + name.size(), gt - lt - 1 - name.size());
    std::string_view body = s.substr(gt + 1, end - gt - 1);
    DatasetRow row;
    row.row = ++n;
    Json attrs = attributes(tag);
    // A whole saved page inside (`<text id="http://…" title="…"><html>…`): the page reader
    // finds its title (the attribute is only the page's <title>, site and column included).
    std::string opening = ascii_lower(tx::trim(body).substr(0, 200));
    bool page = opening.find("<html") != std::string::npos || opening.find("<head") != std::string::npos ||
                opening.find("<!doctype") != std::string::npos;
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
      if (it.key() == "title") {
        if (!page) row.title = it.value().get<std::string>();
      } else if (it.key() != "encoding") {
        row.fields[it.key()] = it.value();
      }
    }
    // Sogou and TREC: the parts are elements (a saved page's own <title> is none of them).
    std::optional<std::string_view> content;
    if (!page) {
      content = child(body, "content");
      if (!content) content = child(body, "TEXT");
      for (std::string_view t : {"contenttitle", "title", "TITLE", "HEADLINE"})
        if (auto v = child(body, t); v && row.title.empty()) row.title = std::string(*v);
      for (std::string_view f : {"url", "docno", "DOCNO", "date", "DATE"})
        if (auto v = child(body, f)) row.fields[ascii_lower(f)] = std::string(*v);
    }
    row.text = std::string(content ? *content : tx::trim(body));
    d.rows.push_back(std::move(row));
    at = end + close.size();
  }
  if (d.rows.empty()) return std::nullopt;
  return d;
}

}  // namespace gongwen::host::dataset_detail
