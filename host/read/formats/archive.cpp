// ZIP and XML under limits (see archive.hpp).
#include "read/formats/archive.hpp"

#include <libxml/parser.h>
#include <zip.h>

#include <fmt/format.h>

#include <cstring>

namespace gongwen::host::formats {

Zip::Zip(std::string_view bytes, const ExtractLimits& limits) : limits_(limits) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) {
    error_ = zip_error_strerror(&err);
    zip_error_fini(&err);
    return;
  }
  za_ = zip_open_from_source(src, ZIP_RDONLY, &err);
  if (!za_) {
    error_ = fmt::format("not a readable ZIP archive: {}", zip_error_strerror(&err));
    zip_source_free(src);
  } else if (zip_get_num_entries(za_, 0) > static_cast<zip_int64_t>(limits.max_entries)) {
    error_ = fmt::format("ZIP archive with {} entries (limit {})", zip_get_num_entries(za_, 0), limits.max_entries);
    zip_discard(za_);
    za_ = nullptr;
  }
  zip_error_fini(&err);
}

Zip::~Zip() {
  if (za_) zip_discard(za_);
}

bool Zip::has(std::string_view name) const {
  return za_ && zip_name_locate(za_, std::string(name).c_str(), 0) >= 0;
}

std::vector<std::string> Zip::names() const {
  std::vector<std::string> out;
  if (!za_) return out;
  zip_int64_t n = zip_get_num_entries(za_, 0);
  for (zip_int64_t i = 0; i < n; ++i)
    if (const char* s = zip_get_name(za_, static_cast<zip_uint64_t>(i), 0)) out.emplace_back(s);
  return out;
}

std::optional<std::string> Zip::read(std::string_view name) {
  if (!za_) return std::nullopt;
  std::string key(name);
  zip_int64_t idx = zip_name_locate(za_, key.c_str(), 0);
  if (idx < 0) {
    // Some producers write "\" separators or a leading "/".
    std::string alt = key;
    for (auto& c : alt) if (c == '/') c = '\\';
    idx = zip_name_locate(za_, alt.c_str(), 0);
    if (idx < 0 && !key.empty() && key[0] == '/') idx = zip_name_locate(za_, key.c_str() + 1, 0);
  }
  if (idx < 0) {
    error_ = fmt::format("the archive has no member {}", key);
    return std::nullopt;
  }
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(za_, static_cast<zip_uint64_t>(idx), 0, &st) != 0) {
    error_ = fmt::format("cannot read member {}: {}", key, zip_strerror(za_));
    return std::nullopt;
  }
  // The sizes in the directory are claims: they bound the buffer we start
  // with, and the reading loop enforces the limits on what actually comes out.
  std::uint64_t claimed = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
  std::uint64_t packed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  auto over_ratio = [&](std::uint64_t have) {
    return have > (1u << 20) && packed > 0 && have / packed > limits_.max_ratio;
  };
  if (claimed > limits_.entry_bytes || over_ratio(claimed)) {
    error_ = fmt::format("member {} expands to {} bytes from {} (limits: {} bytes, ratio {}): a zip bomb?", key, claimed,
                         packed, limits_.entry_bytes, limits_.max_ratio);
    return std::nullopt;
  }
  zip_file_t* f = zip_fopen_index(za_, static_cast<zip_uint64_t>(idx), 0);
  if (!f) {
    error_ = fmt::format("cannot open member {}: {}", key, zip_strerror(za_));
    return std::nullopt;
  }
  std::string out;
  out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(claimed, 16u << 20)));
  char buf[65536];
  for (;;) {
    zip_int64_t n = zip_fread(f, buf, sizeof buf);
    if (n < 0) {
      error_ = fmt::format("member {} is corrupt: {}", key, zip_file_strerror(f));
      zip_fclose(f);
      return std::nullopt;
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
    total_ += static_cast<std::uint64_t>(n);
    if (out.size() > limits_.entry_bytes || total_ > limits_.total_bytes || over_ratio(out.size())) {
      error_ = fmt::format("member {} expands past the limits ({} bytes per member, {} per archive, ratio {}): a zip bomb?",
                           key, limits_.entry_bytes, limits_.total_bytes, limits_.max_ratio);
      zip_fclose(f);
      return std::nullopt;
    }
  }
  zip_fclose(f);
  return out;
}

XmlDoc parse_xml(std::string_view xml, std::string& error) {
  // A DOCTYPE can only come before the root element: look there.
  std::size_t root = 0;
  for (;;) {
    root = xml.find('<', root);
    if (root == std::string_view::npos || root + 1 >= xml.size()) break;
    if (xml[root + 1] == '?' || xml.substr(root, 4) == "<!--") {
      std::size_t end = xml.find(xml[root + 1] == '?' ? "?>" : "-->", root + 2);
      if (end == std::string_view::npos) break;
      root = end;
      continue;
    }
    if (xml[root + 1] == '!') {
      error = "XML part declares a DOCTYPE (refused: entity expansion and external entities)";
      return nullptr;
    }
    break;
  }
  if (xml.size() > static_cast<std::size_t>(INT32_MAX)) {
    error = "XML part too large";
    return nullptr;
  }
  // No XML_PARSE_HUGE: libxml2 keeps its own depth and size limits.
  int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  xmlDoc* d = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr, options);
  if (!d) {
    const xmlError* e = xmlGetLastError();
    std::string why = e && e->message ? e->message : "malformed XML";
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    error = fmt::format("malformed XML ({})", why);
    return nullptr;
  }
  return XmlDoc(d);
}

bool is(const xmlNode* n, const char* local) {
  if (!n || n->type != XML_ELEMENT_NODE) return false;
  const char* name = reinterpret_cast<const char*>(n->name);
  if (std::strcmp(name, local) == 0) return true;
  // A prefix without its namespace declaration stays in the name (`ofd:Page`).
  const char* colon = std::strchr(name, ':');
  return colon && std::strcmp(colon + 1, local) == 0;
}

const xmlNode* child(const xmlNode* n, const char* local) {
  if (!n) return nullptr;
  for (const xmlNode* c = n->children; c; c = c->next)
    if (is(c, local)) return c;
  return nullptr;
}

std::optional<int> to_int(const std::string& s) {
  if (s.empty()) return std::nullopt;
  try {
    return std::stoi(s);
  } catch (...) {
    return std::nullopt;
  }
}

std::string attr(const xmlNode* n, const char* local) {
  if (!n || n->type != XML_ELEMENT_NODE) return {};
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), local) != 0) continue;
    std::string v;
    for (const xmlNode* t = a->children; t; t = t->next)
      if (t->content) v += reinterpret_cast<const char*>(t->content);
    return v;
  }
  return {};
}

namespace {
void gather(const xmlNode* n, std::string& out, int depth) {
  if (depth > 256) return;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) out += reinterpret_cast<const char*>(c->content);
    } else if (c->type == XML_ELEMENT_NODE) {
      gather(c, out, depth + 1);
    }
  }
}
}  // namespace

std::string text_of(const xmlNode* n) {
  std::string out;
  if (n) gather(n, out, 0);
  return out;
}

std::string resolve_part(std::string_view base, std::string_view name) {
  std::string path;
  if (!name.empty() && name[0] == '/') {
    path = std::string(name.substr(1));
  } else {
    std::size_t slash = base.rfind('/');
    path = slash == std::string_view::npos ? std::string(name) : std::string(base.substr(0, slash + 1)) + std::string(name);
  }
  // Normalise "." and ".." segments.
  std::vector<std::string> parts;
  std::size_t b = 0;
  while (b <= path.size()) {
    std::size_t e = path.find_first_of("/\\", b);
    if (e == std::string::npos) e = path.size();
    std::string seg = path.substr(b, e - b);
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(seg);
    }
    b = e + 1;
  }
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += '/';
    out += p;
  }
  return out;
}

}  // namespace gongwen::host::formats
