// gw_host implementation. Every function catches everything: a plugin may be
// built with another compiler, so no exception may unwind into it.
//
// Invariants: every length and depth a plugin hands over is bounded before
// the host copies or parses it: one document takes at most kMaxHanded bytes
// from plugins (a plugin past it fails the document), JSON at most
// kMaxJsonDepth levels (nlohmann's parser recurses).
#include "loader/host_api.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "model/document.hpp"

namespace gongwen::host {

namespace {

constexpr std::size_t kMaxHanded = 64u << 20;
constexpr int kMaxJsonDepth = 64;

Document* D(gw_doc* d) { return reinterpret_cast<Document*>(d); }
const Document* D(const gw_doc* d) { return reinterpret_cast<const Document*>(d); }

// Counts what a plugin hands to the document; false (and the document
// fails, once) when it is over the budget.
bool take(Document* d, std::size_t bytes) {
  d->handed += bytes;
  if (d->handed <= kMaxHanded) return true;
  if (!d->error)
    d->fail(Diag::run_output_limit, fmt::format("{}: the plugin handed more than {} MiB of data to one document",
                                                d->active_handler, kMaxHanded >> 20));
  return false;
}
std::string S(gw_str s) { return s.data ? std::string(s.data, s.size) : std::string(); }

// Nesting depth of a JSON text, counted on brackets outside strings.
bool json_depth_ok(gw_str v) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < v.size; ++i) {
    char c = v.data[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return false;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}
gw_str G(const std::string& s) { return gw_str{s.data(), s.size()}; }

template <class F>
void guard(F&& f) noexcept {
  try {
    f();
  } catch (...) {
    // Out of memory inside the host: the document will fail later anyway.
  }
}

gw_str text(const gw_doc* d) { return G(D(d)->text); }
gw_str title(const gw_doc* d) { return G(D(d)->title); }
gw_str kind(const gw_doc* d) { return G(D(d)->kind); }
gw_str source_path(const gw_doc* d) { return G(D(d)->path()); }
gw_str container(const gw_doc* d) { return G(D(d)->container); }
uint32_t index(const gw_doc* d) { return D(d)->index; }

gw_str field(const gw_doc* cd, gw_str key) {
  gw_str out{nullptr, 0};
  guard([&] {
    auto* d = const_cast<Document*>(D(cd));
    auto it = d->fields.find(S(key));
    if (it == d->fields.end()) return;
    if (it->is_string()) {
      const auto& s = it->get_ref<const std::string&>();
      out = G(s);
    } else {
      d->scratch = it->dump();
      out = G(d->scratch);
    }
  });
  return out;
}

void set_title(gw_doc* d, gw_str t) { guard([&] { if (take(D(d), t.size)) D(d)->title = S(t); }); }
void set_kind(gw_doc* d, gw_str k) { guard([&] { if (take(D(d), k.size)) D(d)->kind = S(k); }); }
void set_field(gw_doc* d, gw_str k, gw_str v) {
  guard([&] { if (take(D(d), k.size + v.size)) D(d)->fields[S(k)] = S(v); });
}
int set_field_json(gw_doc* d, gw_str k, gw_str v) {
  int rc = GW_FAILED;
  guard([&] {
    if (!take(D(d), k.size + v.size)) return;
    if (!json_depth_ok(v)) {
      D(d)->diagnose(Diag::process_field_depth, fmt::format("{}: set_field_json: JSON nested more than {} levels (field {})",
                                                            D(d)->active_handler, kMaxJsonDepth, S(k)));
      return;
    }
    auto j = Json::parse(S(v), nullptr, false);
    if (j.is_discarded()) return;
    D(d)->fields[S(k)] = std::move(j);
    rc = GW_OK;
  });
  return rc;
}
void add_section(gw_doc* d, int level, gw_str marker, gw_str t, size_t b, size_t e) {
  guard([&] {
    auto* doc = D(d);
    if (!take(doc, marker.size + t.size + sizeof(Section))) return;
    std::size_t begin = std::min(b, doc->text.size());
    doc->sections.push_back({level, S(marker), S(t), begin, e});
  });
}
void add_entity(gw_doc* d, gw_str type, gw_str t, gw_str value, size_t b, size_t e) {
  guard([&] {
    auto* doc = D(d);
    if (!take(doc, type.size + t.size + value.size + sizeof(Entity))) return;
    std::size_t begin = std::min(b, doc->text.size());
    doc->entities.push_back({S(type), S(t), S(value), begin, std::max(begin, std::min(e, doc->text.size())), {}});
  });
}
void add_diagnostic_id(gw_doc* d, int severity, gw_str what, gw_str msg, size_t offset) {
  guard([&] {
    auto sev = severity <= 0 ? Severity::info : severity == 1 ? Severity::warning : Severity::error;
    auto* doc = D(d);
    if (!take(doc, what.size + msg.size + sizeof(Diagnostic))) return;
    std::string handler = doc->active_handler.empty() ? "plugin" : doc->active_handler;
    // An id the plugin got wrong still leaves its diagnostic, under the handler's own id.
    auto id = handler_diagnostic_id(handler, S(what));
    doc->diagnose_handler(sev, id ? std::move(*id) : *handler_diagnostic_id(handler, ""),
                          doc->active_handler.empty() ? S(msg) : doc->active_handler + ": " + S(msg),
                          offset < doc->text.size() ? offset : npos);
  });
}
void add_diagnostic(gw_doc* d, int severity, gw_str msg, size_t offset) { add_diagnostic_id(d, severity, {nullptr, 0}, msg, offset); }
void add_signal(gw_doc* d, gw_str name, double weight) {
  guard([&] { if (take(D(d), name.size + sizeof(Signal))) D(d)->signals.push_back({D(d)->active_handler, S(name), weight}); });
}
uint32_t line_of(const gw_doc* d, size_t offset) {
  uint32_t line = 0;
  guard([&] { line = D(d)->line_of(std::min(offset, D(d)->text.empty() ? 0 : D(d)->text.size() - 1)); });
  return line;
}
void log(int severity, gw_str handler, gw_str message) {
  guard([&] {
    auto lvl = severity <= 0 ? spdlog::level::info : severity == 1 ? spdlog::level::warn : spdlog::level::err;
    spdlog::log(lvl, "[{}] {}", S(handler), S(message));
  });
}

int style_at(const gw_doc* d, size_t offset, gw_style* out) {
  int found = 0;
  guard([&] {
    const auto* doc = D(d);
    if (!out || out->struct_size < sizeof(gw_style) || doc->text.empty()) return;
    const ParagraphStyle* st = doc->style_at(std::min(offset, doc->text.size() - 1));
    if (!st) return;
    auto str = [](const std::string& v) { return gw_str{v.data(), v.size()}; };
    out->size_pt = st->size_pt;
    out->bold = st->bold;
    out->font = str(st->font);
    out->align = str(st->align);
    out->indent_em = st->indent_em;
    out->color = str(st->color);
    out->page = st->page;
    out->outline_level = st->outline_level;
    out->role = str(st->role);
    found = 1;
  });
  return found;
}

size_t hits(const gw_doc* d, gw_str word, const uint32_t** at) {
  size_t n = GW_NO_OFFSET;
  guard([&] {
    const auto* offsets = D(d)->scanned_offsets(std::string_view(word.data ? word.data : "", word.data ? word.size : 0));
    if (!offsets || !at) return;
    *at = offsets->data();
    n = offsets->size();
  });
  return n;
}

const gw_host kHost = {
    sizeof(gw_host), GW_ABI_MAJOR, GW_ABI_MINOR, text, title, kind, source_path, container, index, field,
    set_title, set_kind, set_field, set_field_json, add_section, add_entity, add_diagnostic, add_signal,
    line_of, log, style_at, add_diagnostic_id, hits,
};

}  // namespace

const gw_host* host_api() { return &kHost; }

}  // namespace gongwen::host
