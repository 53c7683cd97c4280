// Binary document formats: what a file is from its first bytes, and the
// readers that turn DOCX, PDF, OFD and Word 97/WPS files into text with one
// paragraph per line and the typography of each paragraph.
//
// Invariants every reader keeps:
//  - the content decides the format, never the file name;
//  - a reader never throws and never crashes on hostile bytes: it returns an
//    Extracted whose error says what the file looks like and why it failed;
//  - memory is bounded by the limits in ExtractLimits, not by what an archive
//    or a page claims to hold;
//  - `styles[i]` is the style of line i+1 of `text` (one paragraph per line).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace gongwen::host::formats {

enum class Format { text, docx, pdf, ofd, ole_word, xlsx, sqlite, rtf, mhtml, unsupported };

struct Sniffed {
  Format format = Format::text;
  std::string name;  // "docx", "pdf", ...; for unsupported: what it looks like
};

// Looks at the bytes (magic numbers, the entries of a ZIP, the streams of an
// OLE2 file). Anything that is not a known binary format is text.
Sniffed sniff(std::string_view bytes);

struct ExtractLimits {
  std::uint64_t entry_bytes = 64ull << 20;    // one uncompressed ZIP member
  std::uint64_t total_bytes = 256ull << 20;   // all members read from one archive
  std::uint32_t max_ratio = 200;              // uncompressed/compressed of a large member
  std::uint32_t max_entries = 20000;
  std::uint32_t max_pages = 10000;
  std::uint64_t max_text = 64ull << 20;       // extracted text
  int xml_depth = 200;
  int subprocess_seconds = 30;                // antiword
};

struct Extracted {
  bool ok = false;
  std::string error;
  Diag error_id = Diag::read_format;
  std::string text;                   // one paragraph per line
  std::vector<ParagraphStyle> styles;  // one per line of text
  Json fields = Json::object();        // page headers/footers, footnotes, file metadata
  std::vector<Note> notes;             // furniture dropped, layout guessed (info)
  std::vector<std::string> losses;     // content that could not be read (warnings)
  std::uint32_t pages = 0;
  // A DOCX that imports parts (w:altChunk: a web page as MHT or HTML, RTF):
  // their bytes in document order and where each stands among the body's own
  // paragraphs; the caller reads them with the body as one page.
  std::vector<std::string> alt_chunks;
  std::vector<std::size_t> alt_chunk_at;  // where each stands in text (a line start)

  // Appends one paragraph (newlines inside become spaces: a line is a paragraph).
  void add(std::string_view paragraph, const ParagraphStyle& style);
};

// The text a MACROBUTTON or GOTOBUTTON field shows (`MACROBUTTON name 108` → `108`): its code
// after the field's name and its target; empty for any other field, whose result is its text.
std::string field_button_text(std::string_view code);

// A title broken over consecutive centred paragraphs of one large look (the
// author pressed Enter inside it) becomes one paragraph. The 发文机关标志 is
// left alone (red), and so is anything that ends a sentence.
// `gaps`: each paragraph's distance from the line before it in ems of its size (fixed-layout
// pages; 0 unknown): lines set far apart (a cover's title, organ and date) stay apart.
void join_title_lines(Extracted& e, const std::vector<float>& gaps = {});
// A line that is a date alone, to the month at least (`2020年10月`): a cover's or a signature's,
// never a title's last line.
bool date_line(std::string_view line);

Extracted read_docx(std::string_view bytes, const ExtractLimits& limits = {});
Extracted read_ofd(std::string_view bytes, const ExtractLimits& limits = {});
Extracted read_pdf(std::string_view bytes, const ExtractLimits& limits = {});
Extracted read_ole_word(std::string_view bytes, const ExtractLimits& limits = {});
// The in-process reader read_ole_word tries first (Word 97 and later, WPS).
Extracted read_word_binary(std::string_view bytes, const ExtractLimits& limits = {});
// The first worksheet with cells, as RFC 4180 CSV text (a dataset: one record per row).
Extracted read_xlsx(std::string_view bytes, const ExtractLimits& limits = {});

// An SQLite database's tables as the SQL dump `.dump` would write (a dataset: the dump reader picks the table).
Extracted read_sqlite(std::string_view bytes, const ExtractLimits& limits = {});

// RTF as Word, WPS and CMS exports write it (code pages, \uN, tables, headers).
Extracted read_rtf(std::string_view bytes, const ExtractLimits& limits = {});

// A web page saved as one MIME file (.mht, .mhtml): its HTML part, to be read
// as any saved page is, and what the message says of it.
struct MhtmlPage {
  bool ok = false;
  std::string error;
  std::string html;     // bytes of the root HTML part, transfer encoding undone
  std::string charset;  // its declared charset ("" when none)
  std::string url;      // Content-Location, or the snapshot's address
};
bool looks_like_mhtml(std::string_view bytes);
MhtmlPage unpack_mhtml(std::string_view bytes, const ExtractLimits& limits = {});

Extracted extract(const Sniffed& what, std::string_view bytes, const ExtractLimits& limits = {});

}  // namespace gongwen::host::formats
