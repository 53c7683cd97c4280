// What a file is, from its bytes (see formats.hpp), and the dispatch to the
// reader of each format.
#include <fmt/format.h>

#include <array>
#include <cctype>
#include <cmath>
#include <iterator>
#include <map>

#include <gongwen/text.hpp>
#include <cstring>

#include "read/formats/archive.hpp"
#include "read/formats/formats.hpp"

namespace gongwen::host::formats {

using namespace std::literals;

namespace {

bool starts(std::string_view b, std::string_view magic) { return b.substr(0, magic.size()) == magic; }

// Names of the streams in an OLE2 directory are UTF-16LE; the Word stream is
// what separates a .doc/.wps from a spreadsheet or a presentation.
bool has_utf16_name(std::string_view bytes, std::string_view ascii) {
  std::string u16;
  for (char c : ascii) u16 += c, u16 += '\0';
  return bytes.find(u16) != std::string_view::npos;
}

struct Magic {
  std::string_view bytes;
  std::string_view what;
};

// Binary files people keep next to their documents, named so the error says
// what the file is.
constexpr std::array<Magic, 10> kOther = {{
    {"\x89PNG\r\n\x1a\n"sv, "a PNG image (no text layer; OCR it first)"},
    {"\xFF\xD8\xFF"sv, "a JPEG image (no text layer; OCR it first)"},
    {"GIF8"sv, "a GIF image (no text layer)"},
    {"II*\0"sv, "a TIFF image (no text layer; OCR it first)"},
    {"MM\0*"sv, "a TIFF image (no text layer; OCR it first)"},
    {"Rar!\x1a\x07"sv, "a RAR archive (unpack it first)"},
    {"7z\xBC\xAF\x27\x1C"sv, "a 7-Zip archive (unpack it first)"},
    {"\x1F\x8B"sv, "a gzip-compressed file (unpack it first)"},
    {"AT&TFORM"sv, "a DjVu document (no text read yet)"},
    {"\x7F" "ELF"sv, "an executable (ELF)"},
}};

}  // namespace

Sniffed sniff(std::string_view b) {
  // PDF allows junk before its header; a text that merely mentions one has no %%EOF.
  if (starts(b, "%PDF-") || (b.substr(0, 1024).find("%PDF-") != std::string_view::npos &&
                             b.substr(b.size() > 2048 ? b.size() - 2048 : 0).find("%%EOF") != std::string_view::npos))
    return {Format::pdf, "pdf"};
  if (starts(b, "PK\x03\x04") || starts(b, "PK\x05\x06"sv)) {
    // Only the central directory is read here, not the members.
    Zip z(b, ExtractLimits{});
    if (!z.ok()) return {Format::unsupported, fmt::format("a damaged ZIP archive ({})", z.error())};
    if (z.has("word/document.xml")) return {Format::docx, "docx"};
    if (z.has("OFD.xml") || z.has("/OFD.xml")) return {Format::ofd, "ofd"};
    if (z.has("xl/workbook.xml")) return {Format::xlsx, "xlsx"};
    if (z.has("ppt/presentation.xml")) return {Format::unsupported, "a PPTX presentation (not read)"};
    if (z.has("content.xml") && z.has("mimetype"))
      return {Format::unsupported, "an OpenDocument file (not read yet; save it as DOCX)"};
    return {Format::unsupported, "a ZIP archive without word/document.xml or OFD.xml (unpack it first)"};
  }
  if (starts(b, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    if (has_utf16_name(b, "WordDocument")) return {Format::ole_word, "doc"};
    if (has_utf16_name(b, "Workbook") || has_utf16_name(b, "Book"))
      return {Format::unsupported, "an Excel 97-2003 workbook (OLE2; export it as CSV)"};
    if (has_utf16_name(b, "PowerPoint Document")) return {Format::unsupported, "a PowerPoint 97-2003 file (OLE2)"};
    return {Format::unsupported, "an OLE2 compound file without a WordDocument stream"};
  }
  if (starts(b, "SQLite format 3\0"sv)) return {Format::sqlite, "sqlite"};
  for (const auto& m : kOther)
    if (starts(b, m.bytes)) return {Format::unsupported, std::string(m.what)};
  if (starts(b, "{\\rtf")) return {Format::rtf, "rtf"};
  // A MIME message's header block (From:, MIME-Version:, Content-Type:).
  if (!b.empty() && std::isalpha(static_cast<unsigned char>(b[0])) && looks_like_mhtml(b)) return {Format::mhtml, "mhtml"};
  return {Format::text, "text"};
}

void Extracted::add(std::string_view paragraph, const ParagraphStyle& style) {
  std::size_t before = text.size();
  for (char c : paragraph) {
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f') c = ' ';
    if (c == '\0') continue;
    text += c;
  }
  // Only whitespace: nothing a reader would call a paragraph.
  bool blank = true;
  for (std::size_t i = before; i < text.size() && blank; ++i) blank = text[i] == ' ' || text[i] == '\t';
  if (blank) {
    text.resize(before);
    return;
  }
  text += '\n';
  styles.push_back(style);
}

bool date_line(std::string_view line) {
  std::string q = text::strip_spaces(line);
  if (q.empty() || text::char_count(q) > 16) return false;
  auto d = text::parse_date_at(q, 0);
  return d && d->year && d->month && d->begin == 0 && d->end == q.size();
}

void join_title_lines(Extracted& e, const std::vector<float>& gaps) {
  if (e.styles.size() < 2) return;
  std::map<long, std::size_t> sizes;
  std::map<std::uint32_t, std::map<long, std::size_t>> page_sizes;
  std::vector<std::pair<std::size_t, std::size_t>> lines;  // [b, e) of each line
  for (std::size_t b = 0, i = 0; b < e.text.size() && i < e.styles.size(); ++i) {
    std::size_t n = e.text.find('\n', b);
    lines.emplace_back(b, n);
    sizes[std::lround(e.styles[i].size_pt * 2)] += n - b;
    page_sizes[e.styles[i].page][std::lround(e.styles[i].size_pt * 2)] += n - b;
    b = n + 1;
  }
  // (The most common size, when it holds `least` bytes by itself.)
  auto most_common = [](const std::map<long, std::size_t>& h, std::size_t least) {
    float size = 0;
    for (std::size_t best = 0; auto [s, n] : h)
      if (n > best && s > 0) best = n, size = n >= least ? static_cast<float>(s) / 2 : 0;
    return size;
  };
  const float doc_body = most_common(sizes, 0);
  if (doc_body <= 0) return;
  // A page's own body size when it has enough text: a notice set in 三号 before annexes of
  // tables in 五号 (whose characters are the most) is measured against its own.
  std::map<std::uint32_t, float> page_body;
  for (const auto& [page, h] : page_sizes)
    if (float b = most_common(h, 300); b > 0 && page) page_body[page] = b;
  auto body_of = [&](const ParagraphStyle& s) {  // (a short page: the size of the page before it)
    auto it = page_body.upper_bound(s.page);
    return it == page_body.begin() ? doc_body : std::prev(it)->second;
  };
  auto big_centered = [&](const ParagraphStyle& s) {
    return s.align == "center" && s.size_pt >= body_of(s) + 1.5f && s.color.empty() && s.role.empty();
  };
  std::string text;
  std::vector<ParagraphStyle> styles;
  text.reserve(e.text.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = std::string_view(e.text).substr(lines[i].first, lines[i].second - lines[i].first);
    const ParagraphStyle* prev = styles.empty() ? nullptr : &styles.back();
    // Sizes as a PDF reports them differ in their last decimals.
    bool same_look = prev && std::fabs(e.styles[i].size_pt - prev->size_pt) < 0.6f && e.styles[i].bold == prev->bold &&
                     e.styles[i].font == prev->font &&
                     e.styles[i].color == prev->color && e.styles[i].role.empty() && prev->role.empty();
    // A title line that runs to the right margin (justified) wraps: its tail
    // follows in the same look, centred, indented or pushed right.
    bool wrapped = prev && prev->align == "justify" && prev->size_pt >= body_of(*prev) + 1.5f && prev->color.empty();
    // (A paragraph of prose is no title's tail, whatever its size: the body of a
    // page whose tables, set smaller, hold most of its characters.)
    bool prose = text::char_count(line) > 60 || line.find("。") != std::string_view::npos;
    // (Nor are a cover's organ and date under its title, set well apart from it, nor a date alone.)
    bool apart = i < gaps.size() && gaps[i] > 2.5f;
    bool dated = date_line(line);
    bool join = i > 0 && same_look && (wrapped || (big_centered(e.styles[i]) && big_centered(*prev))) && !prose && !apart && !dated &&
                !text::ends_sentence(text::trim(std::string_view(text).substr(0, text.size() - 1)));
    if (join) {
      text.pop_back();  // the newline
      text.append(text::trim(line));
      text += '\n';
      continue;
    }
    text.append(line);
    text += '\n';
    styles.push_back(e.styles[i]);
  }
  e.text = std::move(text);
  e.styles = std::move(styles);
}

Extracted extract(const Sniffed& what, std::string_view bytes, const ExtractLimits& limits) {
  switch (what.format) {
    case Format::docx: return read_docx(bytes, limits);
    case Format::pdf: return read_pdf(bytes, limits);
    case Format::ofd: return read_ofd(bytes, limits);
    case Format::ole_word: return read_ole_word(bytes, limits);
    case Format::xlsx: return read_xlsx(bytes, limits);
    case Format::sqlite: return read_sqlite(bytes, limits);
    case Format::rtf: return read_rtf(bytes, limits);
    case Format::mhtml: break;  // text: the reader unpacks it (reader.cpp)
    case Format::unsupported: {
      Extracted e;
      e.error = fmt::format("unsupported binary file: {}", what.name);
      e.error_id = Diag::read_unsupported;
      return e;
    }
    case Format::text: break;
  }
  Extracted e;
  e.error = "not a binary format";
  return e;
}

}  // namespace gongwen::host::formats
