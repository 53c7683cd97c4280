// Document helpers and the record serialisation (docs/record-schema.md).
#include "model/document.hpp"

#include "model/json_line.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace gongwen::host {

namespace {
const std::string kEmpty;
}  // namespace

const std::vector<std::uint32_t>* Document::scanned_offsets(std::string_view w) const {
  return hits && hits->text_size == text.size() && text.size() ? hits->find(w) : nullptr;
}

bool Document::has_word(std::string_view w) const {
  if (const auto* at = scanned_offsets(w)) return !at->empty();
  // memmem, not std::string::find: CJK text repeats the same UTF-8 lead
  // bytes, so a first-byte scan stops everywhere.
  return !w.empty() && ::memmem(text.data(), text.size(), w.data(), w.size()) != nullptr;
}

std::vector<std::uint32_t> Document::word_offsets(std::string_view w) const {
  if (const auto* at = scanned_offsets(w)) return *at;
  std::vector<std::uint32_t> out;
  if (w.empty() || text.size() > UINT32_MAX) return out;
  for (const char* p = text.data(); p + w.size() <= text.data() + text.size();) {
    const void* hit = ::memmem(p, static_cast<std::size_t>(text.data() + text.size() - p), w.data(), w.size());
    if (!hit) break;
    auto at = static_cast<const char*>(hit) - text.data();
    out.push_back(static_cast<std::uint32_t>(at));
    p = text.data() + at + 1;
  }
  return out;
}

std::size_t Document::origin_offset(std::size_t offset) const {
  if (pieces.empty()) return text_base + offset;
  auto it = std::upper_bound(pieces.begin(), pieces.end(), offset, [](std::size_t o, const auto& p) { return o < p.first; });
  if (it == pieces.begin()) return text_base + offset;
  --it;
  return it->second + (offset - it->first);
}

std::vector<std::pair<std::size_t, std::size_t>> Document::pieces_of(std::size_t from, std::size_t to) const {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  if (pieces.empty()) return out;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    std::size_t b = pieces[i].first, e = std::min(i + 1 < pieces.size() ? pieces[i + 1].first : text.size(), text.size());
    if (e <= from || b >= to) continue;
    std::size_t s = std::max(b, from);
    out.push_back({s - from, pieces[i].second + (s - b)});
  }
  if (out.size() < 2) out.clear();
  return out;
}

std::uint32_t Document::line_of(std::size_t offset) const {
  if (!origin || offset == npos) return 0;
  return origin->map.line_of(origin_offset(offset));
}

std::string describe(const ParagraphStyle& s) {
  std::string out;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += ' ';
    out += part;
  };
  if (s.page) add("p" + std::to_string(s.page));
  if (s.size_pt > 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%gpt", std::round(s.size_pt * 10) / 10);
    add(buf);
  }
  if (s.bold) add("bold");
  add(s.font);
  add(s.align);
  if (!s.color.empty()) add("#" + s.color);
  if (std::fabs(s.indent_em) >= 0.5f) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "indent %.1f", s.indent_em);
    add(buf);
  }
  if (s.outline_level >= 0) add("outline " + std::to_string(s.outline_level));
  add(s.role);
  return out;
}

const ParagraphStyle* Document::style_at(std::size_t offset) const {
  if (!origin || origin->styles.empty() || offset == npos) return nullptr;
  return origin->style_of_line(line_of(offset));
}

std::uint32_t Document::page_of(std::size_t offset) const {
  const ParagraphStyle* s = style_at(offset);
  return s ? s->page : 0;
}

SourcePos Document::position_of(std::size_t offset) const {
  if (!origin || offset == npos) return {};
  return origin->map.position(origin_offset(offset));
}

std::vector<std::uint32_t> Document::line_map() const {
  if (!known_line_map.empty()) return known_line_map;
  std::vector<std::uint32_t> out;
  if (!origin || text.empty()) return out;
  std::uint32_t last = 0;
  auto note = [&](std::size_t off, std::uint32_t line) {
    if (line == 0 || line == last) return;
    out.push_back(static_cast<std::uint32_t>(off));
    out.push_back(line);
    last = line;
  };
  const auto& runs = origin->map.runs();
  if (runs.empty()) {  // text is the source: a line changes after each newline
    for (std::size_t b = 0; b < text.size();) {
      note(b, line_of(b));
      std::size_t e = text.find('\n', b);
      if (e == std::string::npos) break;
      b = e + 1;
    }
    return out;
  }
  // The line changes where a run of copied bytes starts and after a newline
  // inside one (joined lines are two runs, an inserted joiner none); each
  // piece of the text is walked where it lies in the origin.
  auto walk = [&](std::size_t at, std::size_t lo, std::size_t hi) {
    auto it = std::partition_point(runs.begin(), runs.end(), [&](const OffsetMap::Run& r) { return r.clean + r.len <= lo; });
    for (; it != runs.end() && it->clean < hi; ++it) {
      std::size_t b = std::max(it->clean, lo), e = std::min(it->clean + it->len, hi);
      note(at + b - lo, origin->map.source_line_of(it->src + (b - it->clean)));
      for (std::size_t k = b; k + 1 < e; ++k)
        if (text[at + k - lo] == '\n') note(at + k + 1 - lo, origin->map.source_line_of(it->src + (k + 1 - it->clean)));
    }
  };
  if (pieces.empty()) {
    walk(0, text_base, text_base + text.size());
    return out;
  }
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    std::size_t b = pieces[i].first, e = std::min(i + 1 < pieces.size() ? pieces[i + 1].first : text.size(), text.size());
    if (b < e) walk(b, pieces[i].second, pieces[i].second + (e - b));
  }
  return out;
}

std::uint32_t Document::line_start() const {
  if (!origin) return 0;
  if (text.empty()) return origin->map.line_count() ? 1 : 0;
  return line_of(0);
}

std::uint32_t Document::line_end() const {
  if (!origin) return 0;
  if (text.empty()) return static_cast<std::uint32_t>(origin->map.line_count());
  // The last character that is not a paragraph break.
  std::size_t last = text.size() - 1;
  while (last > 0 && (text[last] == '\n' || text[last] == '\r')) --last;
  return line_of(last);
}

const std::string& Document::path() const { return origin ? origin->path : kEmpty; }

void Document::diagnose(Diag id, std::string message, std::size_t offset) {
  const auto& k = kind_of(id);
  diagnostics.push_back({k.severity, std::string(k.id), step_of(k.id, step), std::move(message), offset, 0});
}

void Document::diagnose_line(Diag id, std::string message, std::uint32_t line) {
  const auto& k = kind_of(id);
  diagnostics.push_back({k.severity, std::string(k.id), step_of(k.id, step), std::move(message), npos, line});
}

void Document::diagnose_handler(Severity s, std::string id, std::string message, std::size_t offset) {
  diagnostics.push_back({s, std::move(id), step, std::move(message), offset, 0});
}

void Document::fail(Diag id, std::string message, std::string_view at_step) {
  const auto& k = kind_of(id);
  step = step_of(k.id, at_step.empty() ? std::string_view(step) : at_step);
  error = message;
  error_id = k.id;
  diagnostics.push_back({Severity::error, std::string(k.id), step, std::move(message), npos, 0});
}

// The record is written straight into its line, in the order and with the
// values of docs/record-schema.md; a tree is parsed from the line only for
// the sinks that query one. Why not build the tree and dump it: building,
// copying (`fields`, every entity's value) and freeing it cost more than
// the rest of writing a record, and most runs only copy the line.
void append_record(std::string& out, const Document& doc, bool with_text) {
  auto str = [&](std::string_view s) { append_json_string(out, s); };
  auto key = [&](std::string_view k) {
    out += '"';
    out += k;
    out += "\":";
  };
  auto num = [&](auto v) { append_json(out, Json(v)); };
  auto str_or_null = [&](bool present, std::string_view s) {
    if (present) str(s);
    else out += "null";
  };
  out += '{';
  key("id"), str(doc.id);
  out += ',', key("source"), out += '{';
  key("path"), str(doc.path());
  out += ',', key("encoding"), str_or_null(doc.origin != nullptr, doc.origin ? doc.origin->encoding : "");
  out += ',', key("layout"), str_or_null(doc.origin != nullptr, doc.origin ? doc.origin->layout : "");
  out += ',', key("container"), str_or_null(!doc.container.empty(), doc.container);
  out += ',', key("index");
  if (doc.container.empty()) out += "null";
  else num(doc.index);
  out += ',', key("line_start"), num(doc.line_start());
  out += ',', key("line_end"), num(doc.line_end());
  if (doc.row) out += ',', key("row"), num(doc.row);  // lines are then lines of the row's text
  if (doc.origin && !doc.origin->format.empty() && doc.origin->format != "text") {
    // Lines are lines of the extracted text; paged formats also name pages.
    out += ',', key("format"), str(doc.origin->format);
    if (std::uint32_t p0 = doc.page_of(0)) {
      std::size_t last = doc.text.empty() ? 0 : doc.text.size() - 1;
      while (last > 0 && doc.text[last] == '\n') --last;
      out += ',', key("page_start"), num(p0);
      out += ',', key("page_end"), num(std::max(p0, doc.page_of(last)));
    }
  }
  out += "},", key("kind"), str(doc.kind);
  out += ',', key("scores"), out += '{';
  for (std::size_t i = 0; i < doc.scores.size(); ++i) {
    if (i) out += ',';
    str(doc.scores[i].first);
    out += ':';
    // Rounded: detect() scores are sums of weights (0.9500000000000001).
    num(std::round(doc.scores[i].second * 1000) / 1000);
  }
  out += "},", key("handler"), str_or_null(!doc.handler.empty(), doc.handler);
  out += ',', key("title"), str(doc.title);
  out += ',', key("fields"), append_json(out, doc.fields);
  out += ',', key("sections"), out += '[';
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const auto& s = doc.sections[i];
    out += i ? ",{" : "{";
    key("level"), num(s.level);
    out += ',', key("marker"), str(s.marker);
    out += ',', key("title"), str(s.title);
    out += ',', key("line"), num(doc.line_of(s.begin));
    out += '}';
  }
  out += "],", key("entities"), out += '[';
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const auto& e = doc.entities[i];
    out += i ? ",{" : "{";
    key("type"), str(e.type);
    out += ',', key("text"), str(e.text);
    out += ',', key("value"), append_json(out, e.value);
    out += ',', key("line"), num(doc.line_of(e.begin));
    if (std::uint32_t page = doc.page_of(e.begin)) out += ',', key("page"), num(page);
    if (!e.note.empty()) out += ',', key("note"), str(e.note);
    out += '}';
  }
  out += "],", key("diagnostics"), out += '[';
  for (std::size_t i = 0; i < doc.diagnostics.size(); ++i) {
    const auto& d = doc.diagnostics[i];
    std::uint32_t line = d.offset != npos ? doc.line_of(d.offset) : d.line;
    out += i ? ",{" : "{";
    key("severity"), str(severity_name(d.severity));
    out += ',', key("id"), str(d.id);
    out += ',', key("step"), str(d.step);
    out += ',', key("message"), str(d.message);
    out += ',', key("line");
    if (line) num(line);
    else out += "null";
    out += '}';
  }
  out += ']';
  if (doc.error) {
    out += ',', key("error"), out += '{';
    key("id"), str(doc.error_id);
    out += ',', key("step"), str(doc.step);
    out += ',', key("message"), str(*doc.error);
    out += '}';
  }
  if (with_text) out += ',', key("text"), str(doc.text);
  out += '}';
}

std::string record_line(const Document& doc, bool with_text) {
  std::string out;
  append_record(out, doc, with_text);
  return out;
}

Json to_record(const Document& doc, bool with_text) { return Json::parse(record_line(doc, with_text)); }

}  // namespace gongwen::host
