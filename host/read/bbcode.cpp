// A forum post's BBCode source read as its text. A tag is `[name]`, `[name=value]` or `[/name]`
// with a name the forums' editors write; anything else in brackets (`[1]`, `[2023]5号`) is text.
//
// Invariants: the text is BBCode only when it holds eight tags or more of two names or more, and
// a closing tag among them (an author's `[b]` is no markup language); one pass over the input, each
// byte copied once with its source offset; the content of an image or attachment tag is dropped
// (a file's name or address, never the post's words).
#include "read/bbcode.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string>

#include <gongwen/text.hpp>

namespace gongwen::host {

namespace {

constexpr std::array<std::string_view, 24> kNames = {"b",    "i",    "u",     "s",     "align", "color", "font",   "size",
                                                     "p",    "url",  "img",   "quote", "code",  "list",  "*",      "br",
                                                     "hr",   "table", "tr",   "td",    "attach", "backcolor", "indent", "float"};
// Tags that end a line of the post where they stand.
bool block(std::string_view name, bool closing) {
  if (name == "br" || name == "hr" || name == "*") return true;
  return closing && (name == "align" || name == "p" || name == "quote" || name == "list" || name == "tr" || name == "indent" || name == "table");
}

struct Tag {
  std::string_view name;
  bool closing = false;
  std::size_t end = 0;  // past `]`
};

// The tag at s[i] == '[', or a Tag with an empty name.
Tag tag_at(std::string_view s, std::size_t i) {
  Tag t;
  std::size_t close = s.substr(0, std::min(s.size(), i + 81)).find(']', i);  // (bounded: linear in the text)
  if (close == std::string_view::npos) return t;
  std::string_view inner = s.substr(i + 1, close - i - 1);
  bool closing = !inner.empty() && inner[0] == '/';
  if (closing) inner.remove_prefix(1);
  std::string_view name = inner.substr(0, inner.find('='));
  for (std::string_view n : kNames)
    if (name.size() == n.size() && std::equal(name.begin(), name.end(), n.begin(), [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; }))
      return {n, closing, close + 1};
  return t;
}

}  // namespace

bool unwrap_bbcode(std::string_view s, Unwrapped& u) {
  std::size_t tags = 0, closings = 0;
  std::set<std::string_view> names;
  for (std::size_t i = s.find('['); i != std::string_view::npos && (tags < 8 || names.size() < 2 || !closings); i = s.find('[', i + 1))
    if (Tag t = tag_at(s, i); !t.name.empty()) {
      ++tags;
      closings += t.closing;
      names.insert(t.name);
    }
  if (tags < 8 || names.size() < 2 || !closings) return false;
  u.wrapper = "bbcode";
  bool line_open = false, no_img_close = false, no_attach_close = false;
  auto end_line = [&] {
    if (line_open) u.out.insert("\n");
    line_open = false;
  };
  for (std::size_t i = 0; i < s.size();) {
    std::size_t next = s.find('[', i);
    std::string_view piece = s.substr(i, (next == std::string_view::npos ? s.size() : next) - i);
    for (std::size_t b = 0; b < piece.size();) {  // (the source's own line breaks stay)
      std::size_t e = piece.find('\n', b);
      std::string_view part = piece.substr(b, (e == std::string_view::npos ? piece.size() : e) - b);
      if (!gongwen::text::trim(part).empty()) {
        u.out.copy(part, i + b);
        line_open = true;
      }
      if (e == std::string_view::npos) break;
      end_line();
      b = e + 1;
    }
    if (next == std::string_view::npos) break;
    Tag t = tag_at(s, next);
    if (t.name.empty()) {  // text in brackets
      u.out.copy("[", next);
      line_open = true;
      i = next + 1;
      continue;
    }
    i = t.end;
    if (!t.closing && (t.name == "img" || t.name == "attach")) {
      // (Once a closing tag is missing it is missing from every later position: not looked for again.)
      bool& missing = t.name == "img" ? no_img_close : no_attach_close;
      std::string close = "[/" + std::string(t.name) + "]";
      std::size_t c = missing ? std::string_view::npos : s.find(close, i);
      missing = c == std::string_view::npos;
      if (!missing) i = c + close.size();
      continue;
    }
    if (block(t.name, t.closing)) end_line();
  }
  end_line();
  return true;
}

}  // namespace gongwen::host
