// The document model as a plugin sees it: a thin view over the host's
// document (gw_host + gw_doc). Same names as the Lua API (docs/lua-api.md):
// text, title, kind, fields, sections, entities, diagnostics, line_of.
#pragma once

#include <gongwen/abi.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <optional>
#include <string_view>
#include <vector>

namespace gongwen {

enum class Severity { info = GW_SEVERITY_INFO, warning = GW_SEVERITY_WARNING, error = GW_SEVERITY_ERROR };

inline gw_str to_gw(std::string_view s) { return gw_str{s.data(), s.size()}; }
inline std::string_view from_gw(gw_str s) { return s.data ? std::string_view(s.data, s.size) : std::string_view(); }

// A JSON string literal for set_field_json (quotes and backslashes escaped,
// newlines as \n, other control characters dropped).
inline std::string json_string(std::string_view s) {
  std::string o = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') o += '\\';
    if (c == '\n') { o += "\\n"; continue; }
    if (static_cast<unsigned char>(c) < 0x20) continue;
    o += c;
  }
  return o + "\"";
}

class Document {
 public:
  Document(const gw_host* host, gw_doc* doc) : host_(host), doc_(doc) {}

  // Borrowed views: valid until the call into the handler returns.
  std::string_view text() const { return from_gw(host_->text(doc_)); }
  std::string_view title() const { return from_gw(host_->title(doc_)); }
  std::string_view kind() const { return from_gw(host_->kind(doc_)); }
  std::string_view path() const { return from_gw(host_->source_path(doc_)); }
  std::string_view container() const { return from_gw(host_->container(doc_)); }
  unsigned index() const { return host_->index(doc_); }
  std::string field(std::string_view key) const { return std::string(from_gw(host_->field(doc_, to_gw(key)))); }

  void set_title(std::string_view t) { host_->set_title(doc_, to_gw(t)); }
  void set_kind(std::string_view k) { host_->set_kind(doc_, to_gw(k)); }
  void set_field(std::string_view key, std::string_view value) { host_->set_field(doc_, to_gw(key), to_gw(value)); }
  // value is JSON text (a list or an object); returns false if it does not parse.
  bool set_field_json(std::string_view key, std::string_view json) {
    return host_->set_field_json(doc_, to_gw(key), to_gw(json)) == GW_OK;
  }
  // A list of strings (attendees, cited documents …).
  // (Named, not overloaded: a string literal would convert to bool first.)
  void set_field_list(std::string_view key, const std::vector<std::string>& values) {
    std::string json = "[";
    for (std::size_t i = 0; i < values.size(); ++i) json += (i ? "," : "") + json_string(values[i]);
    json += ']';
    set_field_json(key, json);
  }
  void set_field_number(std::string_view key, long long value) { set_field_json(key, std::to_string(value)); }
  void set_field_bool(std::string_view key, bool value) { set_field_json(key, value ? "true" : "false"); }
  // Spans are byte offsets into text(); end is exclusive.
  void add_section(int level, std::string_view marker, std::string_view title, std::size_t begin,
                   std::size_t end = GW_NO_OFFSET) {
    host_->add_section(doc_, level, to_gw(marker), to_gw(title), begin, end);
  }
  void add_entity(std::string_view type, std::string_view text, std::string_view value, std::size_t begin,
                  std::size_t end) {
    host_->add_entity(doc_, to_gw(type), to_gw(text), to_gw(value), begin, end);
  }
  void diagnostic(Severity s, std::string_view message, std::size_t offset = GW_NO_OFFSET) {
    host_->add_diagnostic(doc_, static_cast<int>(s), to_gw(message), offset);
  }
  // With a stable id (`handler.NAME.ID` in the record) that tests and SQL can
  // select on while the message is free to change. Hosts older than ABI 1.2
  // keep the diagnostic without its id.
  void diagnostic(Severity s, std::string_view id, std::string_view message, std::size_t offset = GW_NO_OFFSET) {
    if (host_->abi_minor < 2 || host_->struct_size < offsetof(gw_host, add_diagnostic_id) + sizeof(host_->add_diagnostic_id))
      return diagnostic(s, message, offset);
    host_->add_diagnostic_id(doc_, static_cast<int>(s), to_gw(id), to_gw(message), offset);
  }
  // Why detect() scored as it did; shown by `gongwen explain`. The weights
  // add up: detect() can end with `return doc.score();` (Lua's doc:score()).
  void signal(std::string_view name, double weight) {
    host_->add_signal(doc_, to_gw(name), weight);
    signals_ += weight;
  }
  // The sum of this call's signal() weights, clamped to [0, 1].
  double score() const { return signals_ < 0 ? 0 : signals_ > 1 ? 1 : signals_; }
  unsigned line_of(std::size_t offset) const { return host_->line_of(doc_, offset); }

  // The typography of the paragraph holding offset (DOCX, PDF, OFD), or
  // nullopt for text formats and hosts older than ABI 1.1.
  struct Style {
    float size_pt = 0;
    bool bold = false;
    std::string_view font, align, color, role;
    float indent_em = 0;
    unsigned page = 0;
    int outline_level = -1;
  };
  std::optional<Style> style_at(std::size_t offset) const {
    if (host_->abi_minor < 1 || host_->struct_size < offsetof(gw_host, style_at) + sizeof(host_->style_at)) return std::nullopt;
    gw_style s{};
    s.struct_size = sizeof s;
    if (!host_->style_at(doc_, offset, &s)) return std::nullopt;
    return Style{s.size_pt, s.bold != 0, from_gw(s.font), from_gw(s.align), from_gw(s.color), from_gw(s.role),
                 s.indent_em, s.page, s.outline_level};
  }

  // The byte offsets of every occurrence of word in text(), in order,
  // overlaps included: from the host's one keyword pass when the handler
  // declared word (keywords or words), else found here.
  std::vector<std::uint32_t> hits(std::string_view word) const {
    const std::uint32_t* at = nullptr;
    if (std::size_t n = scanned(word, &at); n != GW_NO_OFFSET) return std::vector<std::uint32_t>(at, at + n);
    std::vector<std::uint32_t> out;
    auto t = text();
    for (const char* p = t.data(); !word.empty() && p + word.size() <= t.data() + t.size();) {
      const void* k = ::memmem(p, static_cast<std::size_t>(t.data() + t.size() - p), word.data(), word.size());
      if (!k) break;
      out.push_back(static_cast<std::uint32_t>(static_cast<const char*>(k) - t.data()));
      p = static_cast<const char*>(k) + 1;
    }
    return out;
  }
  // Whether text() contains word (as hits(), without building the list).
  bool has(std::string_view word) const {
    const std::uint32_t* at = nullptr;
    if (std::size_t n = scanned(word, &at); n != GW_NO_OFFSET) return n != 0;
    auto t = text();
    // memmem, not find: CJK text repeats the same UTF-8 lead bytes, so a first-byte scan stops everywhere.
    return !word.empty() && ::memmem(t.data(), t.size(), word.data(), word.size()) != nullptr;
  }

  const gw_host* host() const { return host_; }
  gw_doc* handle() const { return doc_; }

 private:
  // The scan's answer for word, or GW_NO_OFFSET (a host older than ABI 1.3, or a word not declared).
  std::size_t scanned(std::string_view word, const std::uint32_t** at) const {
    if (host_->abi_minor < 3 || host_->struct_size < offsetof(gw_host, hits) + sizeof(host_->hits)) return GW_NO_OFFSET;
    return host_->hits(doc_, to_gw(word), at);
  }

  const gw_host* host_;
  gw_doc* doc_;
  double signals_ = 0;
};

}  // namespace gongwen
