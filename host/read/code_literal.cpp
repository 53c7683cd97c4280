// A document kept as string literals in a program's source (see code_literal.hpp).
//
// Invariants: only a file that opens as code is looked at (its first line that is no comment
// starts a package, an import, a class, a function…); literals are `"…"` with escapes, joined
// by `+` across spaces and line breaks, or one block that spans lines: a raw string (`` `…` ``),
// a triple-quoted one (`"""…"""`) or a block comment (`/* … */`, its lines' leading `*` no
// text); the candidate chosen holds the most Han characters, 100 at least; its text maps back to
// the source bytes, the line breaks the escapes made belong to no source byte; a candidate with
// markup in it is a page, read by the HTML reader, whose map is composed with the literal's.
#include "read/code_literal.hpp"

#include "read/html.hpp"

#include <gongwen/text.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace gongwen::host {

namespace {

bool opens_as_code(std::string_view s) {
  static constexpr std::array<std::string_view, 18> starts = {"package ", "import ", "using ", "#include", "public ", "class ",
                                                               "function ", "const ", "def ", "from ", "<?php", "namespace ",
                                                               "var ", "let ", "export ", "module.exports", "'use strict'",
                                                               "\"use strict\""};
  for (std::size_t b = 0; b < s.size() && b < 4096;) {
    std::size_t e = std::min(s.find('\n', b), s.size());
    std::string_view line = text::trim(s.substr(b, e - b));
    b = e + 1;
    if (line.empty() || text::starts_with(line, "//") || text::starts_with(line, "/*") || text::starts_with(line, "*") ||
        text::starts_with(line, "#!") || text::starts_with(line, "# -*-") || text::starts_with(line, "# coding"))
      continue;
    for (auto w : starts)
      if (text::starts_with(line, w)) return true;
    return false;
  }
  return false;
}

struct Literal {
  std::size_t begin, end;  // the bytes between the quotes
};

enum class Block { none, raw, escaped, comment };

// The lines of a block comment without the `*` that decorates each (` * 第一条…`).
void copy_comment(std::string_view s, std::size_t begin, std::size_t end, MappedTextBuilder& out) {
  for (std::size_t b = begin; b < end;) {
    std::size_t e = std::min(s.find('\n', b), end);
    std::size_t k = b;
    while (k < e && (s[k] == ' ' || s[k] == '\t')) ++k;
    if (k < e && s[k] == '*' && (k + 1 == e || s[k + 1] == ' ' || s[k + 1] == '\t' || s[k + 1] == '\r')) k += k + 1 < e ? 2 : 1;
    else k = b;
    if (e > k) out.copy(s.substr(k, e - k), k);
    if (e < end) out.insert("\n");
    b = e + 1;
  }
}

}  // namespace

bool unwrap_code_literal(std::string_view s, Unwrapped& u) {
  if (!opens_as_code(s)) return false;
  // Runs of literals joined by `+`; the one with the most Han is the document.
  std::vector<Literal> run, best;
  std::size_t run_han = 0, best_han = 0;
  std::size_t i = 0;
  auto close_run = [&] {
    if (run_han > best_han) best = run, best_han = run_han;
    run.clear();
    run_han = 0;
  };
  // A block spanning lines is a candidate by itself, against the best run of literals.
  Literal block{0, 0};
  Block block_kind = Block::none;
  std::size_t block_han = 0;
  auto take_block = [&](std::size_t b, std::size_t e, Block kind) {
    if (std::size_t han = text::han_count(s.substr(b, e - b)); han > block_han) block = {b, e}, block_kind = kind, block_han = han;
  };
  while (i < s.size()) {
    char c = s[i];
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {  // a comment's quotes open nothing
      i = std::min(s.find('\n', i), s.size());
      continue;
    }
    // (`#` after a space or at a line's start: a Python, shell or PHP comment, `# 见 `x``; a
    // preprocessor line in C.)
    if (c == '#' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n')) {
      i = std::min(s.find('\n', i), s.size());
      continue;
    }
    // (A block comment that is closed: `glob('pages/*.html')` opens none.)
    if (std::size_t e; c == '/' && i + 1 < s.size() && s[i + 1] == '*' && (e = s.find("*/", i + 2)) != std::string_view::npos) {
      if (!run.empty()) close_run();
      take_block(i + 2, e, Block::comment);
      i = e + 2;
      continue;
    }
    if (c == '`' || ((c == '"' || c == '\'') && s.substr(i, 3) == std::string(3, c))) {
      if (!run.empty()) close_run();
      std::size_t open = c == '`' ? 1 : 3;
      std::size_t e = s.find(s.substr(i, open), i + open);
      if (e == std::string_view::npos) e = s.size();
      take_block(i + open, e, c == '`' ? Block::raw : Block::escaped);
      i = std::min(e + open, s.size());
      continue;
    }
    if (c == '\'' && i + 2 < s.size()) {  // a character literal, `'"'`, or a single-quoted string on its line
      std::size_t k = i + 1;
      while (k < s.size() && s[k] != '\'' && s[k] != '\n') k += s[k] == '\\' ? 2 : 1;
      if (k < s.size() && s[k] == '\'') {
        if (!run.empty()) close_run();
        i = k + 1;
        continue;
      }
    }
    if (c != '"') {
      if (c == '+' || std::isspace(static_cast<unsigned char>(c))) {
        ++i;
        continue;
      }
      if (!run.empty()) close_run();
      ++i;
      continue;
    }
    std::size_t b = i + 1, k = b;
    while (k < s.size() && s[k] != '"' && s[k] != '\n') k += s[k] == '\\' ? 2 : 1;
    if (k >= s.size() || s[k] != '"') {  // no closing quote on the line: no literal
      if (!run.empty()) close_run();
      i = b;
      continue;
    }
    // (Literals next to each other without `+` are two arguments, `put("type", "字词")`: apart.)
    if (!run.empty() && s.substr(run.back().end + 1, i - run.back().end - 1).find('+') == std::string_view::npos) close_run();
    run.push_back({b, k});
    run_han += text::han_count(s.substr(b, k - b));
    i = k + 1;
  }
  close_run();
  if (std::max(block_han, best_han) < 100) return false;
  MappedTextBuilder literal;
  if (block_han > best_han) {
    std::string_view body = s.substr(block.begin, block.end - block.begin);
    if (block_kind == Block::comment) copy_comment(s, block.begin, block.end, literal);
    else if (block_kind == Block::escaped) unescape_literal(body, block.begin, literal);
    else literal.copy(body, block.begin);
  } else {
    for (const auto& l : best) unescape_literal(s.substr(l.begin, l.end - l.begin), l.begin, literal);
  }
  std::size_t tags = 0;
  for (std::size_t k = 0; k + 1 < literal.text.size() && tags < 3; ++k)
    tags += literal.text[k] == '<' && (std::isalpha(static_cast<unsigned char>(literal.text[k + 1])) || literal.text[k + 1] == '/');
  if (tags < 3) {
    u.out = std::move(literal);
    u.wrapper = "code_literal";
    return true;
  }
  // Markup in the literals (`"<TABLE …><TR><TD class=title>…" +`, `html = """<html>…"""`): a page kept in the program,
  // read by the HTML reader, its positions carried through the literal's to the source.
  Unwrapped page = unwrap_html(literal.text);
  // (Each run of the page's text maps into the literal's text; the literal's runs map that on.)
  MappedTextBuilder composed;
  std::string_view shown = page.out.text;
  const auto& inner = literal.map.runs();
  std::size_t at = 0;
  for (const auto& run : page.out.map.runs()) {
    if (run.clean > at) composed.insert(shown.substr(at, run.clean - at));
    auto it = std::upper_bound(inner.begin(), inner.end(), run.src, [](std::size_t c, const OffsetMap::Run& r) { return c < r.clean; });
    if (it != inner.begin()) --it;
    for (std::size_t a = run.src, end = run.src + run.len; a < end;) {
      std::string_view piece = shown.substr(run.clean + (a - run.src));
      if (it == inner.end() || a < it->clean) {  // bytes the escapes made: no source byte of their own
        std::size_t stop = it == inner.end() ? end : std::min(end, it->clean);
        composed.insert(piece.substr(0, stop - a));
        a = stop;
      } else if (a >= it->clean + it->len) {
        ++it;
      } else {
        std::size_t stop = std::min(end, it->clean + it->len);
        composed.copy(piece.substr(0, stop - a), it->src + (a - it->clean));
        a = stop;
      }
    }
    at = run.clean + run.len;
  }
  if (at < shown.size()) composed.insert(shown.substr(at));
  page.out = std::move(composed);
  page.wrapper = "code_literal/" + page.wrapper;
  u = std::move(page);
  return true;
}

}  // namespace gongwen::host
