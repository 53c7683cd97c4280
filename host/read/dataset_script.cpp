// A dataset as a web page's script holds it: JSONP (`jsonpCallback({…})`), an assignment
// (`var result = {…};`, `window.__DATA__ = […]`, `export default […]`, `module.exports = …`), its
// value an object literal in JavaScript's own syntax (keys unquoted, strings in single quotes,
// trailing commas, comments), which no JSON parser reads.
//
// Invariants: only the first literal after such an opening is read, and only when it converts
// to JSON whole (an identifier other than true/false/null/undefined, a call or an expression in
// it gives up: the file is read as text). One pass over the literal, its length kept linear.
//
// (Written by hand: JSON5 is no dependency of ours, and a JS object literal is a superset the
// conversion names exactly.)
#include "read/dataset_detail.hpp"

#include <gongwen/text.hpp>

#include <cctype>
#include <optional>
#include <string>

namespace gongwen::host::dataset_detail {

namespace {

bool ident_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }
bool ident_char(char c) { return ident_start(c) || std::isdigit(static_cast<unsigned char>(c)); }

void skip_blank(std::string_view s, std::size_t& i) {
  for (;;) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (s.compare(i, 2, "//") == 0) {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (s.compare(i, 2, "/*") == 0) {
      auto e = s.find("*/", i + 2);
      i = e == std::string_view::npos ? s.size() : e + 2;
    } else {
      return;
    }
  }
}

// Where the literal starts after the script's opening (`var x =`, `name(`, `export default`), or npos.
std::size_t literal_start(std::string_view s) {
  std::size_t i = 0;
  skip_blank(s, i);
  bool exported = s.compare(i, 14, "export default") == 0;  // (its literal straight after)
  if (exported) i += 14;
  for (std::string_view w : {"var ", "let ", "const "})
    if (s.compare(i, w.size(), w) == 0) {
      i += w.size();
      break;
    }
  skip_blank(s, i);
  // A name or a member chain (`result`, `window.__DATA__`, `module.exports`, `jQuery1124_1700000000`).
  std::size_t name = i;
  while (!exported && i < s.size() && (ident_char(s[i]) || s[i] == '.')) ++i;
  skip_blank(s, i);
  if (!exported && (i == name || i >= s.size() || (s[i] != '=' && s[i] != '('))) return std::string_view::npos;  // (plain JSON: its own reader's)
  if (!exported) ++i;
  skip_blank(s, i);
  return i < s.size() && (s[i] == '{' || s[i] == '[') ? i : std::string_view::npos;
}

// A string literal at s[i] (either quote, or a template without substitutions) as JSON.
bool string_literal(std::string_view s, std::size_t& i, std::string& out) {
  char q = s[i++];
  out += '"';
  while (i < s.size() && s[i] != q) {
    char c = s[i];
    if (c == '\\' && i + 1 < s.size()) {
      char n = s[i + 1];
      if (n == '\'') out += '\'';
      else if (n == '\n') {}  // a line continued
      else out.append(s.substr(i, 2));
      i += 2;
      continue;
    }
    if (q == '`' && c == '$' && i + 1 < s.size() && s[i + 1] == '{') return false;  // a substitution
    if (c == '"') out += "\\\"";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else out += c;
    ++i;
  }
  if (i >= s.size()) return false;
  ++i;
  out += '"';
  return true;
}

}  // namespace

std::optional<std::string> script_literal_as_json(std::string_view s) {
  std::size_t i = literal_start(s);
  if (i == std::string_view::npos) return std::nullopt;
  std::string out;
  out.reserve(s.size() - i);
  int depth = 0;
  while (i < s.size()) {
    skip_blank(s, i);
    if (i >= s.size()) return std::nullopt;
    char c = s[i];
    if (c == '{' || c == '[') {
      ++depth;
      out += c;
      ++i;
    } else if (c == '}' || c == ']') {
      // (A trailing comma before it: `[1, 2, ]`.)
      if (!out.empty() && out.back() == ',') out.pop_back();
      out += c;
      ++i;
      if (--depth == 0) return out;
    } else if (c == ',' || c == ':') {
      out += c;
      ++i;
    } else if (c == '"' || c == '\'' || c == '`') {
      if (!string_literal(s, i, out)) return std::nullopt;
    } else if (c == '-' || c == '+' || c == '.' || std::isdigit(static_cast<unsigned char>(c))) {
      std::size_t b = i;
      while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '.' || s[i] == '-' || s[i] == '+')) ++i;
      std::string_view num = s.substr(b, i - b);
      if (num.starts_with("+")) num.remove_prefix(1);
      if (num.size() > 2 && (num.starts_with("0x") || num.starts_with("0X"))) out += std::to_string(std::stoll(std::string(num.substr(2)), nullptr, 16));
      else out.append(num);
    } else if (ident_start(c)) {
      std::size_t b = i;
      while (i < s.size() && ident_char(s[i])) ++i;
      std::string_view word = s.substr(b, i - b);
      std::size_t k = i;
      skip_blank(s, k);
      if (k < s.size() && s[k] == ':') out.append("\"").append(word).append("\"");  // a key, unquoted
      else if (word == "true" || word == "false" || word == "null") out.append(word);
      else if (word == "undefined" || word == "NaN" || word == "Infinity") out += "null";
      else return std::nullopt;  // a name or a call: no data literal
    } else {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace gongwen::host::dataset_detail
