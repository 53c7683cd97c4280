// MHTML (RFC 2557): a web page saved as one file ("Save as single file" in
// Chrome and Edge, 网页，单个文件 *.mht in IE and 360, Word's single-file web
// page). A MIME multipart/related message whose root part is the page's HTML,
// quoted-printable or base64, in its own charset; the other parts are
// pictures and style sheets nobody reads here.
//
// Invariants:
//  - only the headers of the message and of each part are parsed; bodies are
//    decoded once, the root's alone;
//  - the root is the part the `start` parameter names, else the first HTML
//    part (a frameset's frames are later parts: the largest HTML part then);
//  - the result is the page's HTML as bytes in its charset, read afterwards
//    as any saved page is.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include <gongwen/text.hpp>

#include "read/formats/formats.hpp"
#include "util/ascii.hpp"

namespace gongwen::host::formats {

namespace {

struct Headers {
  std::vector<std::pair<std::string, std::string>> fields;  // lower-cased name, unfolded value
  std::string get(std::string_view name) const {
    for (const auto& [n, v] : fields)
      if (n == name) return v;
    return {};
  }
};

// Reads the header block at s[at]; returns the offset of the body (after the
// blank line), or npos when no blank line ends the block within `limit`.
std::size_t read_headers(std::string_view s, std::size_t at, Headers& h, std::size_t limit = 64 * 1024) {
  std::size_t end = std::min(s.size(), at + limit);
  std::size_t i = at;
  while (i < end) {
    std::size_t nl = s.find('\n', i);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(i, nl - i);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::size_t next = nl + 1;
    if (line.empty()) return std::min(next, s.size());
    if ((line[0] == ' ' || line[0] == '\t') && !h.fields.empty()) {
      h.fields.back().second += ' ';
      h.fields.back().second += text::trim(line);
    } else if (auto colon = line.find(':'); colon != std::string_view::npos && colon > 0) {
      h.fields.emplace_back(ascii_lower(text::trim(line.substr(0, colon))), std::string(text::trim(line.substr(colon + 1))));
    } else {
      return std::string_view::npos;  // not a header line
    }
    i = next;
  }
  return std::string_view::npos;
}

// A parameter of a structured header (`boundary="----=_NextPart…"`).
std::string param(std::string_view value, std::string_view name) {
  std::string low = ascii_lower(value);
  for (std::size_t at = low.find(name); at != std::string::npos; at = low.find(name, at + 1)) {
    if (at > 0 && low[at - 1] != ';' && low[at - 1] != ' ' && low[at - 1] != '\t') continue;
    std::size_t k = at + name.size();
    while (k < value.size() && value[k] == ' ') ++k;
    if (k >= value.size() || value[k] != '=') continue;
    ++k;
    while (k < value.size() && value[k] == ' ') ++k;
    if (k < value.size() && value[k] == '"') {
      std::size_t e = value.find('"', k + 1);
      return std::string(value.substr(k + 1, e == std::string_view::npos ? std::string_view::npos : e - k - 1));
    }
    std::size_t e = value.find_first_of("; \t", k);
    return std::string(value.substr(k, e == std::string_view::npos ? std::string_view::npos : e - k));
  }
  return {};
}

std::string media_type(std::string_view content_type) {
  std::string t = ascii_lower(text::trim(content_type.substr(0, content_type.find(';'))));
  return t;
}

std::string quoted_printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c != '=') {
      out += c;
      continue;
    }
    if (i + 1 < s.size() && (s[i + 1] == '\n' || s[i + 1] == '\r')) {  // a soft line break
      ++i;
      if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      continue;
    }
    int hi = i + 2 < s.size() ? hex_value(s[i + 1]) : -1, lo = i + 2 < s.size() ? hex_value(s[i + 2]) : -1;
    if (hi < 0 || lo < 0) {
      out += c;  // a stray '=' stays, as RFC 2045 advises
      continue;
    }
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

std::string base64(std::string_view s) {
  auto val = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
  };
  std::string out;
  out.reserve(s.size() * 3 / 4);
  unsigned acc = 0;
  int bits = 0;
  for (char c : s) {
    if (c == '=') break;
    int v = val(c);
    if (v < 0) continue;  // line breaks and spaces
    acc = (acc << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return out;
}

struct Part {
  Headers headers;
  std::string_view body;
};

}  // namespace

bool looks_like_mhtml(std::string_view bytes) {
  Headers h;
  std::size_t body = read_headers(bytes, 0, h, 16 * 1024);
  if (body == std::string_view::npos) return false;
  std::string type = h.get("content-type");
  return media_type(type) == "multipart/related" && !param(type, "boundary").empty();
}

MhtmlPage unpack_mhtml(std::string_view bytes, const ExtractLimits& limits) {
  MhtmlPage page;
  Headers top;
  std::size_t body = read_headers(bytes, 0, top, 16 * 1024);
  std::string type = top.get("content-type");
  std::string boundary = param(type, "boundary");
  if (body == std::string_view::npos || boundary.empty()) {
    page.error = "an MHTML file without a multipart/related header";
    return page;
  }
  page.url = top.get("snapshot-content-location");
  std::string start = param(type, "start");
  std::string delimiter = "--" + boundary;

  // Parts lie between delimiter lines; the last delimiter ends with "--".
  std::vector<Part> parts;
  std::size_t at = bytes.find(delimiter, body);
  for (std::size_t seen = 0; at != std::string_view::npos && seen < 4 * std::size_t{limits.max_entries}; ++seen) {
    std::size_t line_end = bytes.find('\n', at);
    if (line_end == std::string_view::npos) break;
    if (bytes.substr(at + delimiter.size(), 2) == "--") break;
    Part p;
    std::size_t b = read_headers(bytes, line_end + 1, p.headers);
    if (b == std::string_view::npos) break;
    std::size_t next = b;
    for (;;) {
      next = bytes.find(delimiter, next);
      if (next == std::string_view::npos || next == 0 || bytes[next - 1] == '\n') break;
      next += delimiter.size();
    }
    std::size_t e = next == std::string_view::npos ? bytes.size() : next;
    // The line break before a delimiter belongs to the delimiter.
    if (e > b && bytes[e - 1] == '\n') --e;
    if (e > b && bytes[e - 1] == '\r') --e;
    p.body = bytes.substr(b, e - b);
    // Only pages are kept (pictures and styles are most of a file's parts).
    if (media_type(p.headers.get("content-type")) == "text/html" || (!start.empty() && p.headers.get("content-id") == start))
      parts.push_back(std::move(p));
    at = next;
  }
  const Part* root = nullptr;
  auto is_html = [](const Part& p) { return media_type(p.headers.get("content-type")) == "text/html"; };
  if (!start.empty()) {
    for (const auto& p : parts)
      if (p.headers.get("content-id") == start) root = &p;
  }
  if (!root)
    for (const auto& p : parts)
      if (is_html(p)) {
        root = &p;
        break;
      }
  if (!root) {
    page.error = "an MHTML file without an HTML part";
    return page;
  }
  auto decoded = [](const Part& p) {
    std::string cte = ascii_lower(text::trim(p.headers.get("content-transfer-encoding")));
    if (cte == "quoted-printable") return quoted_printable(p.body);
    if (cte == "base64") return base64(p.body);
    return std::string(p.body);
  };
  page.html = decoded(*root);
  // A frameset holds no text: its frames' pages are the content.
  std::string head = ascii_lower(std::string_view(page.html).substr(0, 4096));
  if (head.find("<frameset") != std::string::npos) {
    const Part* best = nullptr;
    for (const auto& p : parts)
      if (&p != root && is_html(p) && (!best || p.body.size() > best->body.size())) best = &p;
    if (best) {
      root = best;
      page.html = decoded(*best);
    }
  }
  if (page.html.size() > limits.max_text) {
    page.error = fmt::format("the page of an MHTML file is larger than the limit of {} bytes", limits.max_text);
    page.html.clear();
    return page;
  }
  page.charset = param(root->headers.get("content-type"), "charset");
  if (std::string loc = root->headers.get("content-location"); !loc.empty() && text::starts_with(loc, "http"))
    page.url = loc;
  page.ok = true;
  return page;
}

}  // namespace gongwen::host::formats
