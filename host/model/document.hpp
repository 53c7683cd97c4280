// The host's document model: what every step reads and writes and what a
// sink serialises. Plugins see it through gw_host (sdk/include/gongwen/abi.h),
// Lua scripts through the gongwen.Document userdata (host/lua/); the names
// are the same in all three places.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <gongwen/document.hpp>

#include "model/diagnostics.hpp"
#include "model/hits.hpp"
#include "model/offset_map.hpp"

namespace gongwen::host {

using Json = nlohmann::ordered_json;
constexpr std::size_t npos = static_cast<std::size_t>(-1);

// The typography a paged or styled format (DOCX, PDF, OFD) gave one
// paragraph: what a reader sees before reading a word. Unknown values stay
// at their defaults; text formats have none at all.
struct ParagraphStyle {
  float size_pt = 0;       // font size in points (the size of most of its characters)
  bool bold = false;
  std::string font;        // east-Asian font name as the file names it
  std::string align;       // left, center, right, justify; empty when unknown
  float indent_em = 0;     // first-line indent in ems of its own size
  std::string color;       // RRGGBB; empty when automatic
  std::uint32_t page = 0;  // 1-based page; 0 for formats without pages
  int outline_level = -1;  // 0-based outline level (Word's w:outlineLvl); -1: none
  std::string role;        // "", "table" (a row, cells joined by " | "), "textbox"
};

// "p1 22pt bold 方正小标宋简体 center #FF0000 indent 2.0 outline 0 table": what
// `inspect` shows; empty for a default style.
std::string describe(const ParagraphStyle& s);

// One input file after reading and cleaning, shared by every document cut
// from it (a container and its articles).
struct Origin {
  std::string path;
  std::string sha256;    // of the raw bytes: the id of the file's documents
  std::string format;    // text, docx, pdf, ofd, doc (the sniffed file format)
  std::string encoding;  // utf-8, utf-8-bom, gb18030, utf-16le, utf-16be
  std::string layout;    // paragraph-per-line, hard-wrapped, single-line, ...
  std::uint64_t bytes = 0;
  std::string decoded;   // the source as UTF-8 (its lines are the file's lines)
  OffsetMap map;         // cleaned text → decoded source
  std::string text;      // the cleaned text of the whole file
  // Styles of the lines of `decoded` (index = source line - 1) for formats
  // that carry typography; empty otherwise.
  std::vector<ParagraphStyle> styles;

  const ParagraphStyle* style_of_line(std::uint32_t line) const {
    return line >= 1 && line <= styles.size() ? &styles[line - 1] : nullptr;
  }
};

struct Section {
  int level = 1;
  std::string marker;
  std::string title;
  std::size_t begin = 0, end = npos;  // byte span in Document::text
};

struct Entity {
  std::string type;
  std::string text;
  Json value;
  std::size_t begin = 0, end = 0;
  std::string note;  // how the value was obtained when it is not plain (a guessed year, an expansion)
};

struct Diagnostic {
  Severity severity = Severity::warning;
  std::string id;  // a registered id (model/diagnostics.hpp) or a handler's `handler.NAME…`
  std::string step;
  std::string message;
  std::size_t offset = npos;  // into Document::text
  std::uint32_t line = 0;     // source line when offset is not in the text (read errors)
};

struct Signal {
  std::string handler;
  std::string name;
  double weight = 0;
};

struct Document {
  std::string id;
  std::shared_ptr<const Origin> origin;
  std::size_t text_base = 0;  // offset of text inside origin->text
  // Where text comes from when it is not one slice of origin->text: (offset in
  // text, offset in origin->text) pairs in text order, the first at 0. An
  // article continued on a later page (下转/上接) is two or more pieces.
  // Empty: one piece at text_base.
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  std::string text;
  std::string container;      // id of the container, empty for top-level documents
  std::uint32_t index = 0;    // 1-based position in the container
  std::uint32_t row = 0;      // 1-based row of a dataset (CSV, JSON Lines), 0 otherwise
  std::string kind = "unknown";
  std::vector<std::pair<std::string, double>> scores;  // handler → score, in registry order
  std::string handler;        // "name@native" / "name@lua"
  std::string title;
  Json fields = Json::object();
  std::vector<Section> sections;
  std::vector<Entity> entities;
  std::vector<Diagnostic> diagnostics;
  std::vector<Signal> signals;  // detect() explanations, for `gongwen explain`
  std::vector<std::string> split_evidence;  // why it was or was not split, for `gongwen explain`
  std::optional<std::string> error;
  std::string error_id;       // the registered id of `error`
  // The registry's keyword scan of text (classification), shared by copies;
  // read through has_word/word_offsets, which fall back to searching.
  std::shared_ptr<const KeywordHits> hits;
  // line_map() of a document rebuilt without its origin's map (an isolated
  // worker's document, rebuilt from its record).
  std::vector<std::uint32_t> known_line_map;

  // Budgets: a serial the pipeline gives each document it processes (per-
  // document script budgets restart when it changes) and the wall-clock
  // deadline of the input it came from (limits.document_seconds).
  std::uint64_t serial = 0;
  std::size_t handed = 0;  // bytes native plugins copied into this document (bounded: host_api.cpp)
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();

  // Where the pipeline is (read, clean, split, classify, process, extract):
  // diagnostics and errors carry it.
  std::string step = "read";
  std::string scratch;  // storage for values handed out through the C ABI
  std::string active_handler;  // whose detect()/process() is running (signals name it)

  // Whether text contains w / every offset of w in it (overlaps included),
  // from the keyword scan when it looked for w.
  bool has_word(std::string_view w) const;
  std::vector<std::uint32_t> word_offsets(std::string_view w) const;
  // The keyword scan's offsets of w, or nullptr when it did not look for w
  // (or ran on another text).
  const std::vector<std::uint32_t>* scanned_offsets(std::string_view w) const;
  // offset in text → offset in origin->text.
  std::size_t origin_offset(std::size_t offset) const;
  // The pieces of text[from, to) for a document holding only that range
  // (empty when it is one slice: its text_base is origin_offset(from)).
  std::vector<std::pair<std::size_t, std::size_t>> pieces_of(std::size_t from, std::size_t to) const;
  std::uint32_t line_of(std::size_t offset) const;
  // The style of the paragraph holding offset (nullptr for text formats).
  const ParagraphStyle* style_at(std::size_t offset) const;
  // 1-based page of offset in a paged format, 0 otherwise.
  std::uint32_t page_of(std::size_t offset) const;
  SourcePos position_of(std::size_t offset) const;
  std::uint32_t line_start() const;
  // Where the source line changes along `text`, as flattened pairs
  // (offset in text, source line): from that offset on, text comes from that
  // line. The SQLite `line_map` column; `kwic` reads a hit's line from it.
  std::vector<std::uint32_t> line_map() const;
  std::uint32_t line_end() const;
  const std::string& path() const;

  // A registered diagnostic: its severity and step come from the registry
  // (a `run.*` id takes the current step). `line` is a source line, for
  // text that is not in the document any more.
  void diagnose(Diag id, std::string message, std::size_t offset = npos);
  void diagnose_line(Diag id, std::string message, std::uint32_t line);
  // A handler's own diagnostic (id `handler.NAME…`), at the current step.
  void diagnose_handler(Severity s, std::string id, std::string message, std::size_t offset = npos);
  // The document failed: one error, registered; `at_step` for `run.*` ids.
  void fail(Diag id, std::string message, std::string_view at_step = {});
};

// A document as one record (docs/record-schema.md): appended to `out` as one
// line of JSON (without the newline), as that line alone, or as a tree.
void append_record(std::string& out, const Document& doc, bool with_text = false);
std::string record_line(const Document& doc, bool with_text = false);
Json to_record(const Document& doc, bool with_text = false);

}  // namespace gongwen::host
