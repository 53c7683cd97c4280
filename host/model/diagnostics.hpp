// The registry of every diagnostic the host emits, as Wireshark registers its
// expert infos: a stable id that tests, SQL and users select on (the message
// is for people and stays free to improve), the group a user filters by, a
// severity, and a one-line summary (`gongwen diagnostics` lists them all;
// docs/diagnostics.md is kept equal to that list by a test).
//
// Invariants:
// - an id is `step.what` in lower-case ASCII, unique, and never reused for
//   another meaning (retire it instead);
// - the step of a diagnostic is its id's first part when that part is a
//   pipeline step (read, clean, split, classify, process, extract); `run.*`
//   ids happen at whatever step the document was in;
// - handlers (Lua scripts, native plugins) name theirs `handler.NAME` or
//   `handler.NAME.what`: they are not registered here.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <gongwen/document.hpp>

namespace gongwen::host {

// X(enumerator, id, group, severity, summary)
#define GONGWEN_DIAGNOSTICS(X)                                                                                                  \
  X(read_io, "read.io", "input", error, "the file could not be opened or read, is not a regular file, or is over read.max_bytes") \
  X(read_undecodable, "read.undecodable", "encoding", error, "the bytes are not text in any encoding gongwen reads (empty, binary, invalid)") \
  X(read_unsupported, "read.unsupported", "format", error, "a binary format gongwen does not read (the message says what it looks like)") \
  X(read_format, "read.format", "format", error, "a file in a format gongwen reads that could not be read (damaged, locked, no text, reader missing)") \
  X(read_row, "read.row", "dataset", error, "a dataset row without a usable text column")                                      \
  X(read_row_repaired, "read.row_repaired", "dataset", warning, "a damaged dataset row read anyway (the message says how)")      \
  X(read_row_title_only, "read.row_title_only", "dataset", warning, "a dataset row whose text column is empty, read from its title and metadata") \
  X(read_header_repeated, "read.header_repeated", "dataset", info, "rows equal to a dataset's header inside its data (a scraper appending to its file), not read as documents") \
  X(read_tables_skipped, "read.tables_skipped", "dataset", info, "an SQL dump's tables whose rows were not read (the message names them and the one that was)") \
  X(read_invalid_utf8, "read.invalid_utf8", "encoding", warning, "invalid UTF-8 replaced by U+FFFD")                              \
  X(read_invalid_bytes, "read.invalid_bytes", "encoding", warning, "bytes not valid in the detected encoding replaced by U+FFFD") \
  X(read_encoding_guessed, "read.encoding_guessed", "encoding", warning, "no byte-order mark: the encoding was read from the byte pattern") \
  X(read_mixed_encodings, "read.mixed_encodings", "encoding", warning, "lines in UTF-8 and lines in GB18030 in one file, each read as it is") \
  X(read_hz_escapes, "read.hz_escapes", "encoding", info, "HZ escapes (`~{`…`~}`, 1990s Usenet Chinese): decoded, or removed where a converter left them around UTF-8 text") \
  X(read_content_lost, "read.content_lost", "format", warning, "part of a binary file that could not be read (the rest was)")   \
  X(read_package, "read.package", "format", info, "an OFD package holding several documents")                                  \
  X(read_database, "read.database", "dataset", info, "an SQLite database's tables read as an SQL dump")                        \
  X(read_sheet, "read.sheet", "dataset", info, "the spreadsheet sheet read as CSV rows")                                        \
  X(read_encrypted, "read.encrypted", "format", info, "a PDF encrypted without a user password, read with the empty password")  \
  X(read_markup_limit, "read.markup_limit", "limit", info, "HTML nested too deep or with too many attributes: the excess markup dropped, its text kept") \
  X(read_markup_failed, "read.markup_failed", "markup", info, "the HTML parser failed: the text kept as it was")               \
  X(clean_main_content, "clean.main_content", "markup", info, "a saved page's main content kept and the rest of the page dropped") \
  X(clean_markup, "clean.markup", "markup", info, "HTML markup, scripts, styles and navigation dropped (no element stands out as the article)") \
  X(clean_page_script, "clean.page_script", "markup", info, "lines of page script and interface text dropped")                 \
  X(clean_record_header, "clean.record_header", "markup", info, "a crawler's record header (标题: 发布时间: 文号: … then a separator) read as fields and dropped") \
  X(clean_copied_page, "clean.copied_page", "markup", info, "a web page copied as text: its trail, info line, buttons and footer read as fields and dropped") \
  X(clean_source_credit, "clean.source_credit", "markup", info, "a source credit line moved to fields.source")                  \
  X(clean_closing_credits, "clean.closing_credits", "markup", info, "the credits closing a post, a role a line, read as fields.credits and dropped") \
  X(clean_placeholder, "clean.placeholder", "markup", info, "a video placeholder dropped")                                       \
  X(clean_doc_site, "clean.doc_site", "markup", info, "a document-sharing site's header (the file's name, 文档编号/上传时间/页数…, its 《…》由会员分享 preface) dropped") \
  X(clean_folio, "clean.folio", "layout", info, "page numbers dropped")                                                         \
  X(clean_running_head, "clean.running_head", "layout", info, "running heads or feet repeated across pages dropped")            \
  X(clean_binding_line, "clean.binding_line", "layout", info, "a binding line (裝訂線, a column of rules in the margin) dropped") \
  X(clean_site_footer, "clean.site_footer", "layout", info, "a web site's footer dropped, or its buttons glued to the last line")                                      \
  X(clean_continuation, "clean.continuation", "layout", info, "a 下转/上接 note: the article continues on another page")         \
  X(clean_paywall, "clean.paywall", "layout", info, "paywall markers dropped")                                                  \
  X(clean_fold_failed, "clean.fold_failed", "encoding", warning, "traditional characters could not be folded to simplified")   \
  X(clean_lost_mark, "clean.lost_mark", "encoding", info, "the `?` a page's charset left for a character it lost at lines' ends dropped") \
  X(clean_radicals, "clean.radicals", "encoding", info, "radical code points (⼈ U+2F08, ⻔ U+2ED4) read as the characters they stand for") \
  X(clean_pinyin_glosses, "clean.pinyin_glosses", "encoding", info, "pinyin glosses a mirror site printed after characters (學(xué)) dropped") \
  X(clean_doubled_heading, "clean.doubled_heading", "markup", info, "a heading printed twice on one line (a page's title glued to its own heading): the copy dropped") \
  X(clean_jammer, "clean.jammer", "markup", info, "a forum's anti-copy noise between the words of a post (`h\" U& D(`) dropped") \
  X(clean_empty, "clean.empty", "input", error, "no text left after cleaning (only markup or whitespace)")                      \
  X(split_failed, "split.failed", "internal", error, "splitting a container failed")                                            \
  X(split_attachment_failed, "split.attachment_failed", "internal", error, "cutting an issued document from its notice failed") \
  X(split_outline, "split.outline", "structure", warning, "a table of contents that is one document's outline: not split by it") \
  X(split_toc_entry_missing, "split.toc_entry_missing", "structure", warning, "a table-of-contents entry not found in the body") \
  X(split_title_type, "split.title_type", "structure", warning, "title blocks only in the document's own title type: not split") \
  X(split_thin_title, "split.thin_title", "structure", info, "a title block with little body is not an article")                \
  X(split_title_merged, "split.title_merged", "structure", info, "title blocks with no body between them read as one")          \
  X(split_editor_note, "split.editor_note", "structure", info, "an editor's note attached to the article it introduces")        \
  X(split_continuation, "split.continuation", "structure", info, "an article continued on a later page (下转/上接) joined back together") \
  X(split_issued_document, "split.issued_document", "structure", info, "the document an issuing notice carries made a record of its own") \
  X(split_release_lead, "split.release_lead", "structure", info, "a news release's lead cut off the document it publishes in full") \
  X(classify_detect_failed, "classify.detect_failed", "handler", error, "a handler's detect() failed")                          \
  X(classify_score_range, "classify.score_range", "handler", warning, "a handler's detect() returned a score outside [0, 1]")   \
  X(process_failed, "process.failed", "handler", error, "a handler's process() failed")                                        \
  X(process_field_depth, "process.field_depth", "limit", error, "a plugin set a JSON field nested deeper than the limit")       \
  X(extract_failed, "extract.failed", "internal", error, "an entity extractor failed")                                          \
  X(run_time_limit, "run.time_limit", "limit", error, "the document time limit (limits.document_seconds) was exceeded")         \
  X(run_output_limit, "run.output_limit", "limit", error, "a native plugin handed more data to one document than the host accepts") \
  X(run_worker_died, "run.worker_died", "limit", error, "the isolated worker died on this document (crash or memory limit)")     \
  X(run_internal, "run.internal", "internal", error, "an internal error (a bug in gongwen: please report it)")

enum class Diag : std::uint16_t {
#define GONGWEN_DIAG_ENUM(name, ...) name,
  GONGWEN_DIAGNOSTICS(GONGWEN_DIAG_ENUM)
#undef GONGWEN_DIAG_ENUM
};

struct DiagnosticKind {
  std::string_view id;
  std::string_view group;
  Severity severity;
  std::string_view summary;
};

const DiagnosticKind& kind_of(Diag d);
const char* severity_name(Severity s);  // info, warning, error
std::span<const DiagnosticKind> diagnostic_kinds();

// The pipeline step an id belongs to, or `fallback` for `run.*` ids.
std::string step_of(std::string_view id, std::string_view fallback);

// `handler.NAME` or `handler.NAME.what` for a handler's own diagnostic;
// nullopt when `what` is not lower-case ASCII letters, digits, `_` and `.`
// (at most 64 bytes).
std::optional<std::string> handler_diagnostic_id(std::string_view handler, std::string_view what);

// A diagnostic produced before there is a document to attach it to (by a
// reader, a wrapper, the cleaner or the splitter).
struct Note {
  Diag id;
  std::string message;
};

}  // namespace gongwen::host
