// A document kept as string literals in a program's source (see code_literal.hpp).
//
// Invariants: only a file that opens as code is looked at (its first line that is no comment
// starts a package, an import, a class, a function…); literals are `"…"` with escapes, joined
// by `+` across spaces and line breaks; the run chosen holds the most Han characters, 100 at
// least; its decoded text maps back to the bytes of the literals, the line breaks the escapes
// made belong to no source byte.
#include "read/code_literal.hpp"

#include <gongwen/text.hpp>

#include <array>
#include <cctype>
#include <vector>

namespace gongwen::host {

namespace {

bool opens_as_code(std::string_view s) {
  static constexpr std::array<std::string_view, 14> starts = {"package ", "import ", "using ", "#include", "public ", "class ",
                                                               "function ", "const ", "def ", "from ", "<?php", "namespace ",
                                                               "var ", "let "};
  for (std::size_t b = 0; b < s.size() && b < 4096;) {
    std::size_t e = std::min(s.find('\n', b), s.size());
    std::string_view line = text::trim(s.substr(b, e - b));
    b = e + 1;
    if (line.empty() || text::starts_with(line, "//") || text::starts_with(line, "/*") || text::starts_with(line, "*") ||
        text::starts_with(line, "#!"))
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
  while (i < s.size()) {
    char c = s[i];
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {  // a comment's quotes open nothing
      i = std::min(s.find('\n', i), s.size());
      continue;
    }
    if (c == '\'' && i + 2 < s.size()) {  // a character literal, `'"'`
      std::size_t k = i + 1 + (s[i + 1] == '\\' ? 2 : 1);
      if (k < s.size() && s[k] == '\'') {
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
  if (best_han < 100) return false;
  // (Markup in the literals, `<p style=\"…\">`, is a page: the HTML reader reads it where it is.)
  std::size_t tags = 0;
  for (const auto& l : best)
    for (std::size_t k = l.begin; k + 1 < l.end; ++k) tags += s[k] == '<' && std::isalpha(static_cast<unsigned char>(s[k + 1]));
  if (tags >= 3) return false;
  for (const auto& l : best) unescape_literal(s.substr(l.begin, l.end - l.begin), l.begin, u.out);
  u.wrapper = "code_literal";
  return true;
}

}  // namespace gongwen::host
