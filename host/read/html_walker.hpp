// The walk over a saved page's DOM that writes its text line by line (see html.cpp):
// paragraphs from blocks, a CMS's plain text kept line by line, and per line written
// whether it is a link's and whether it stands right under a picture.
//
// Invariant: the walk is in source order, so a text's line is found forward from the
// last one found (Walker::start_line), and the page's texts are scanned at most 8 times.
#pragma once

#include <libxml/tree.h>

#include <gongwen/text.hpp>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "read/html_content.hpp"
#include "read/html_table.hpp"
#include "read/wrappers.hpp"

namespace gongwen::host::html_detail {

inline bool block(const char* name) {
  static const char* names[] = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                                "article", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "hr"};
  for (const char* n : names)
    if (std::strcmp(name, n) == 0) return true;
  return false;
}

struct Walker {
  Walker(std::string_view src, std::vector<std::size_t> starts, Unwrapped& out) : source(src), line_starts(std::move(starts)), u(out) {
    for (std::string_view tag : {"<body", "<BODY", "</head>", "</HEAD>"})
      if (auto b = source.find(tag); b != std::string_view::npos) {
        body_start = b;
        break;
      }
  }
  std::string_view source;
  std::vector<std::size_t> line_starts;
  Unwrapped& u;
  std::string para;
  std::size_t para_src = 0;
  // Per line written: whether all its text is a link's (a list of other articles).
  std::vector<bool> link_lines;
  // Per line written: whether it came right after a picture, with nothing between (a caption's place).
  std::vector<bool> after_image;
  bool image_pending = false;
  bool image_open = false;  // no block has ended since the picture: text now shares its line (an emoji)
  int in_link = 0;
  int in_cell = 0;  // inside a table's cell: each of its lines is a paragraph of its own
  std::size_t para_link = 0, para_text = 0;
  // The article's walk leaves out what the page never shows; the whole page's
  // keeps it (hidden info lines still say where the page came from).
  bool skip_hidden = false;
  // A line break in the source ended a sentence: the next text starts a paragraph.
  bool break_pending = false;
  std::size_t cursor = 0;  // where the last text was found in the source
  std::size_t scanned = 0;  // bytes looked through for texts' lines, bounded
  std::size_t body_start = 0;  // where the <body> starts, when the page has one

  std::size_t line_offset(long line) const {
    if (line <= 0 || line_starts.empty()) return 0;
    std::size_t l = std::min<std::size_t>(static_cast<std::size_t>(line), line_starts.size());
    return line_starts[l - 1];
  }
  // libxml2 numbers a text node by the line where (its first chunk of) the
  // text ends, an element by its start tag: a text starts where its first
  // characters stand after its parent's tag, found forward from there (and
  // from the last text found, the walk being in source order), within 64 KiB.
  long start_line(const xmlNode* n, std::string_view visible) {
    long fallback = xmlGetLineNo(n);
    if (line_starts.empty()) return fallback;
    std::size_t len = 0;  // up to 24 bytes, before any character an entity may have written
    for (std::size_t k = 0; k < visible.size() && len < 24;) {
      char32_t c = text::next_cp(visible, k);
      if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == 0xA0 || c == 0x3000 || c <= ' ') break;
      len = k;
    }
    long parent_line = n->parent && n->parent->type == XML_ELEMENT_NODE ? xmlGetLineNo(n->parent) : 0;
    if (len < 3 || parent_line <= 0) return fallback;
    // (Never in the <head>: a <title> repeats the text on the body's first line.)
    std::size_t lo = std::max(line_offset(parent_line), body_start);
    std::string_view needle = visible.substr(0, len);
    auto look = [&](std::size_t from) {
      if (from >= source.size() || scanned > 8 * source.size() + (std::size_t{1} << 20)) return std::string_view::npos;
      auto window = source.substr(from, std::size_t{1} << 16);
      auto p = window.find(needle);
      scanned += p == std::string_view::npos ? window.size() : p;  // linear: a page's texts scan at most 8 times its size
      return p == std::string_view::npos ? p : from + p;
    };
    std::size_t p = look(std::max(lo, cursor));
    if (p == std::string_view::npos && cursor > lo) p = look(lo);
    if (p == std::string_view::npos) return fallback;
    cursor = p + len;
    return static_cast<long>(std::upper_bound(line_starts.begin(), line_starts.end(), p) - line_starts.begin());
  }
  // Text straight in a block that is no paragraph of its own (a <div>, a <td>):
  // a CMS's plain text, shown line by line. A paragraph element is one too when
  // its style keeps the lines (`white-space: pre-line`) or its text is lines of
  // sentences (three or more line breaks after 。).
  static bool plain_text_block(const xmlNode* n, std::string_view s) {
    for (const xmlNode* p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
      const char* name = reinterpret_cast<const char*>(p->name);
      if (!block(name)) continue;
      bool own = false;
      for (const char* e : {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "caption", "title"}) own |= std::strcmp(name, e) == 0;
      if (!own) return true;
      if (style_of(p).find("white-space:pre") != std::string::npos) return true;
      std::size_t sentences = 0;
      for (std::size_t i = s.find('\n'); i != std::string_view::npos && sentences < 3; i = s.find('\n', i + 1))
        sentences += text::trim(s.substr(0, i)).ends_with("。");
      return sentences >= 3;
    }
    return false;
  }
  // Whether the line break at s[i] ends the paragraph written so far: in plain
  // text every line is one, but a label's colon over a short line is a label
  // and its value (`责任编辑：` / `邱丽芳`).
  bool line_ends_paragraph(std::string_view s, std::size_t i) const {
    std::size_t e = para.size();
    while (e > 0 && (para[e - 1] == ' ')) --e;
    std::string_view done(para.data(), e);
    if (!done.ends_with("：") && !done.ends_with(":")) return true;
    std::size_t next_end = s.find('\n', i + 1);
    std::string_view next = s.substr(i + 1, next_end == std::string_view::npos ? std::string_view::npos : next_end - i - 1);
    return text::more_visible_than(next, 20) || text::parse_marker(text::trim(next));
  }
  void flush() {
    image_open = false;
    auto t = text::trim(para);
    if (!t.empty()) {
      if (in_cell) u.own_lines.push_back(u.out.text.size());
      u.out.replace(t, para_src);
      u.out.insert("\n");
      link_lines.push_back(para_text > 0 && para_link * 10 >= para_text * 9);
      after_image.push_back(image_pending);
      image_pending = false;
    }
    para.clear();
    para_link = para_text = 0;
    break_pending = false;
  }
  // A table of data: each row one line, its cells joined by ` | ` (html_table.cpp).
  bool data_table(const xmlNode* n) {
    auto rows = data_table_rows(n, skip_hidden);
    if (rows.empty()) return false;
    ++in_cell;  // a row is a paragraph of its own
    for (auto& r : rows) {
      for (std::size_t i = 0; i < r.cells.size(); ++i) {
        if (i) para += " | ";
        para += r.cells[i];
      }
      para_src = line_offset(r.line);
      para_text = para.size();
      flush();
    }
    --in_cell;
    return true;
  }
  void walk(xmlNode* n) {
    for (; n; n = n->next) visit(n);
  }
  void visit(xmlNode* n) {
    {
      if (n->type == XML_ELEMENT_NODE) {
        const char* name = reinterpret_cast<const char*>(n->name);
        if (html_skipped(name) || (skip_hidden && never_shown(n))) return;
        bool is_block = block(name);
        if (is_block) flush();
        if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == 0) {
          u.headings.push_back({name[1] - '0', name, "", u.out.text.size(), npos});
        }
        if (std::strcmp(name, "table") == 0 && data_table(n)) return;
        if (std::strcmp(name, "img") == 0) image_pending = image_open = text::trim(para).empty();
        bool link = name[0] == 'a' && name[1] == 0;
        bool cell = name[0] == 't' && (name[1] == 'd' || name[1] == 'h') && name[2] == 0;
        in_link += link;
        in_cell += cell;
        walk(n->children);
        in_link -= link;
        in_cell -= cell;
        if (is_block) flush();
      } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        const char* c = reinterpret_cast<const char*>(n->content);
        if (!c) return;
        std::string_view s(c);
        if (text::trim(s).empty()) return;
        if (image_open) image_pending = false;
        std::size_t first = s.find_first_not_of(" \t\r\n");
        long line = start_line(n, s.substr(first));
        bool pre_line = plain_text_block(n, s);
        // (Its leading breaks end the paragraph before it as well: `<b>一、各地自查</b>` / `各市…`.)
        for (std::size_t i = 0; i < first; ++i)
          if (s[i] == '\n' && pre_line) break_pending |= line_ends_paragraph(s, i);
        if (first > 0 && !para.empty() && para.back() != ' ') para += ' ';
        // Collapse the source's layout whitespace, as a browser does; but in a
        // block of plain text (not a <p>), a line break after a sentence's end
        // or a 主送 line's colon ends a paragraph: a CMS storing plain text shows
        // it with `white-space: pre-line`.
        for (std::size_t i = first; i < s.size(); ++i) {
          char ch = s[i];
          if (ch == '\n') {
            ++line;
            if (pre_line) break_pending |= line_ends_paragraph(s, i);
          }
          if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
          if (ch != ' ' && break_pending) flush();
          if (ch == ' ' && !para.empty() && para.back() == ' ') continue;
          if (para.empty()) para_src = line_offset(line);
          para += ch;
          if (ch != ' ') ++para_text, para_link += in_link > 0;
        }
      }
    }
  }
};

}  // namespace gongwen::host::html_detail
