// read → decode → unwrap → clean, producing the top-level Document.
#include "read/reader.hpp"
#include "read/source_credit.hpp"
#include "util/sha256.hpp"
#include "read/altchunk.hpp"

#include <gongwen/text.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "clean/cleaner.hpp"
#include "read/decode.hpp"
#include "read/formats/formats.hpp"
#include "read/wrappers.hpp"

namespace gongwen::host {


Document read_bytes(std::string path, std::string bytes) {
  Document doc;
  doc.step = "read";
  auto origin = std::make_shared<Origin>();
  origin->path = std::move(path);
  origin->bytes = bytes.size();
  origin->sha256 = sha256_hex(bytes);
  doc.id = origin->sha256;

  // Binary formats first: their text is what the reader extracts, one
  // paragraph per line, and it is what source lines then refer to.
  auto sniffed = formats::sniff(bytes);
  DecodeResult decoded;
  Diag failure = Diag::read_undecodable;
  formats::Extracted extracted;
  // A page saved as one MIME file is its HTML part, read as any saved page;
  // its lines are the lines of that part.
  std::string mhtml_url;
  bool mhtml = sniffed.format == formats::Format::mhtml;
  bool binary = sniffed.format != formats::Format::text && !mhtml;
  if (mhtml) {
    auto page = formats::unpack_mhtml(bytes);
    origin->format = "mhtml";
    if (page.ok) {
      decoded = decode(page.html, page.charset);
      mhtml_url = std::move(page.url);
    } else {
      decoded.error = page.error;
      failure = Diag::read_format;
    }
  } else if (binary) {
    extracted = formats::extract(sniffed, bytes);
    origin->format = sniffed.format == formats::Format::unsupported ? "binary" : sniffed.name;
    decoded.ok = extracted.ok;
    decoded.error = extracted.error;
    failure = extracted.error_id;
    decoded.text = std::move(extracted.text);
    decoded.encoding = "utf-8";
    if (extracted.ok && !extracted.alt_chunks.empty()) {
      // A DOCX that imports web pages (w:altChunk) is read as one saved page.
      decoded.text = altchunk_page(extracted, decoded.text, mhtml_url);
      extracted.styles.clear();  // the lines are the page's now, not the DOCX's paragraphs
      binary = false;
      mhtml = true;
    }
  } else {
    origin->format = "text";
    decoded = decode(bytes);
  }
  bytes.clear();
  bytes.shrink_to_fit();
  if (!decoded.ok) {
    doc.origin = origin;
    doc.fail(failure, decoded.error);
    return doc;
  }
  origin->encoding = decoded.encoding;
  origin->decoded = std::move(decoded.text);
  origin->styles = std::move(extracted.styles);
  std::string_view src = origin->decoded;

  doc.step = "clean";
  Unwrapped u;
  if (binary) {
    u.wrapper = origin->format;
    u.out.copy(src, 0);
    u.fields = std::move(extracted.fields);
    u.notes = std::move(extracted.notes);
    if (extracted.pages) u.fields["pages"] = extracted.pages;
  } else {
    u = unwrap(src, origin->path);
    // A DOCX read as its imported pages keeps what its reader found outside them
    // (page headers and footers, footnotes, pages).
    for (auto it = extracted.fields.begin(); it != extracted.fields.end(); ++it)
      if (!u.fields.contains(it.key())) u.fields[it.key()] = it.value();
    for (auto& n : extracted.notes) u.notes.push_back(std::move(n));
    if (mhtml) {
      if (!u.fields.contains("url") && gongwen::text::starts_with(mhtml_url, "http")) u.fields["url"] = mhtml_url;
      std::string outer = origin->format == "mhtml" ? "mhtml" : origin->format + "/altchunk";
      u.wrapper = u.wrapper.empty() ? outer : outer + "/" + u.wrapper;
    }
  }
  // (A post's closing credit, `来源：某某网`, when nothing above named the source.)
  if (!u.fields.contains("source"))
    if (std::string credited = closing_source(u.out.text); !credited.empty()) u.fields["source"] = credited;
  std::vector<std::size_t> heading_lines;  // in text order, as the wrapper found them
  for (const auto& h : u.headings) heading_lines.push_back(h.begin);
  // (Table cells too: a column of equal-length cells is no hard-wrapped paragraph.)
  heading_lines.insert(heading_lines.end(), u.own_lines.begin(), u.own_lines.end());
  std::sort(heading_lines.begin(), heading_lines.end());
  auto cleaned = clean(u.out.text, u.out.map, binary, heading_lines);
  origin->layout = u.wrapper.empty() ? cleaned.layout : u.wrapper + "/" + cleaned.layout;
  origin->text = std::move(cleaned.text);
  origin->map = OffsetMap(origin->decoded);
  for (const auto& run : cleaned.map.runs()) origin->map.add_copy(run.clean, run.src, run.len);

  doc.origin = origin;
  doc.text = origin->text;
  doc.fields = u.fields;
  // The wrapper's title (WeChat header, <title>, Markdown #) is the default title.
  if (auto it = doc.fields.find("title"); it != doc.fields.end() && it->is_string()) {
    doc.title = it->get<std::string>();
    doc.fields.erase(it);
  }
  if (!cleaned.continuations.empty()) doc.fields["continuations"] = cleaned.continuations;
  for (const auto& w : decoded.warnings)
    doc.diagnose_line(w.id, w.message, origin->map.source_line_of(w.offset));
  for (const auto& n : u.notes) doc.diagnose(n.id, n.message);
  // Content a reader could not read is said where a user looks first, too.
  for (const auto& w : extracted.losses) {
    spdlog::warn("{}: {}", origin->path, w);
    doc.diagnose(Diag::read_content_lost, w);
  }
  for (const auto& n : cleaned.notes) {
    std::uint32_t line = n.source != npos ? origin->map.source_line_of(n.source) : 0;
    if (n.offset != npos) doc.diagnose(n.id, n.message, n.offset);
    else doc.diagnose_line(n.id, n.message, line);
  }
  if (!u.headings.empty()) {
    // Structure the wrapper made explicit, for handlers that want it.
    Json hs = Json::array();
    for (const auto& h : u.headings)
      if (!gongwen::text::trim(h.title).empty()) hs.push_back({{"level", h.level}, {"title", h.title}});  // `<h1></h1>` says nothing
    if (!hs.empty()) doc.fields["markup_headings"] = std::move(hs);
  }
  if (origin->text.empty()) doc.fail(Diag::clean_empty, "no text left after cleaning (the file holds only markup or whitespace)");
  return doc;
}

Document failed_document(const std::string& path, Diag id, std::string message, std::uint64_t bytes, std::string_view step) {
  Document doc;
  auto origin = std::make_shared<Origin>();
  origin->path = path;
  origin->bytes = bytes;
  doc.origin = origin;
  doc.id = sha256_hex(path);
  doc.fail(id, std::move(message), step);
  return doc;
}

namespace {

Document read_failure(const std::string& path, std::uint64_t bytes, std::string why) {
  return failed_document(path, Diag::read_io, std::move(why), bytes);
}

const char* kind_of(mode_t m) {
  if (S_ISDIR(m)) return "a directory";
  if (S_ISFIFO(m)) return "a FIFO (named pipe)";
  if (S_ISSOCK(m)) return "a socket";
  if (S_ISCHR(m)) return "a character device";
  if (S_ISBLK(m)) return "a block device";
  return "not a regular file";
}

}  // namespace

// O_NONBLOCK: opening a FIFO must not wait for a writer; the file type is
// checked on the open descriptor, so nothing can swap the file in between.
Document read_document(const std::string& path, const ReadOptions& options) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return read_failure(path, 0, fmt::format("cannot open: {}", std::strerror(errno)));
  struct Close { int fd; ~Close() { ::close(fd); } } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) return read_failure(path, 0, fmt::format("cannot stat: {}", std::strerror(errno)));
  if (!S_ISREG(st.st_mode)) return read_failure(path, 0, fmt::format("not a regular file: {}", kind_of(st.st_mode)));
  auto size = static_cast<std::uint64_t>(st.st_size);
  if (size > options.max_bytes)
    return read_failure(path, size, fmt::format("file too large: {} bytes (limit {}; set read.max_bytes in the job)", size, options.max_bytes));
  // Files under /proc and /sys report size 0 and still hold bytes: read to
  // the end, never past the limit.
  std::string bytes;
  bytes.resize(size ? size : 65536);
  std::size_t have = 0;
  for (;;) {
    if (have == bytes.size()) {
      if (bytes.size() > options.max_bytes)
        return read_failure(path, have, fmt::format("file too large: over {} bytes (set read.max_bytes in the job)", options.max_bytes));
      bytes.resize(bytes.size() * 2);
    }
    ssize_t n = ::read(fd, bytes.data() + have, bytes.size() - have);
    if (n < 0) {
      if (errno == EINTR) continue;
      return read_failure(path, have, fmt::format("cannot read: {}", std::strerror(errno)));
    }
    if (n == 0) break;
    have += static_cast<std::size_t>(n);
  }
  bytes.resize(have);
  return read_bytes(path, std::move(bytes));
}

}  // namespace gongwen::host
