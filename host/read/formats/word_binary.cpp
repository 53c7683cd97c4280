// The text of a Word 97-2003 / Kingsoft WPS binary document ([MS-DOC]), read
// in process: the FIB in the WordDocument stream, the piece table (CLX) in
// the 0Table/1Table stream, the main document's characters piece by piece.
// antiword refuses files that Word and WPS write every day (a WPS-saved .doc
// with an empty Data stream: "is not a Word Document"); this reads those, and
// antiword stays the fallback for what this does not (Word 6/95, encrypted).
//
// Invariants: every offset read from the file is checked against the stream
// it points into; the text is at most ExtractLimits::max_text; one paragraph
// per line (paragraph marks, line and page breaks end a line; table cells are
// joined by ` | ` as the DOCX reader joins them); field codes are dropped and
// their results kept.
#include <fmt/format.h>

#include <gongwen/text.hpp>

#include "read/formats/cfb.hpp"
#include "read/formats/formats.hpp"

namespace gongwen::host::formats {

namespace {


// Bytes 0x80-0x9F of a compressed (8-bit) piece are Windows-1252's, as
// [MS-DOC] 2.4.1 lists them; the rest are Latin-1.
char32_t cp1252(unsigned char c) {
  static const char32_t high[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  return c >= 0x80 && c < 0xA0 ? high[c - 0x80] : c;
}

// Turns the main document's characters into lines. Fields nest (a field's
// code may hold fields): a stack of whether each open field is still in its
// code, and a count of those that are, so a character costs O(1) however
// deep the nesting; deeper than kMaxFieldDepth is a malformed file.
constexpr std::size_t kMaxFieldDepth = 64;

}  // namespace

std::string field_button_text(std::string_view code) {
  auto word = [&](std::size_t& i) {
    while (i < code.size() && (code[i] == ' ' || code[i] == '\t')) ++i;
    std::size_t b = i;
    while (i < code.size() && code[i] != ' ' && code[i] != '\t') ++i;
    return code.substr(b, i - b);
  };
  std::size_t i = 0;
  std::string name(word(i));
  for (char& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (name != "MACROBUTTON" && name != "GOTOBUTTON") return {};
  word(i);  // the macro or the bookmark
  while (i < code.size() && (code[i] == ' ' || code[i] == '\t')) ++i;
  std::string shown(code.substr(i));
  while (!shown.empty() && (shown.back() == ' ' || shown.back() == '\t')) shown.pop_back();
  return shown;
}

namespace {

struct TextSink {
  TextSink(Extracted& o, std::uint64_t m) : out(o), max_text(m) {}
  Extracted& out;
  std::uint64_t max_text;
  std::string line;
  std::vector<bool> field_code;  // per open field: still in its code (before the separator)
  std::size_t in_code = 0;       // how many of them are
  std::string code;              // the innermost open field's code (its first 256 bytes)
  bool last_cell = false;        // the previous character was a cell mark
  bool too_much = false;
  bool too_deep = false;
  ParagraphStyle plain;

  void end_line() {
    out.add(line, plain);
    line.clear();
    if (out.text.size() > max_text) too_much = true;
  }
  void put(char32_t c) {
    bool cell = false;
    switch (c) {
      case 0x13:  // field begin: its code follows
        if (field_code.size() >= kMaxFieldDepth) {
          too_deep = true;
          return;
        }
        field_code.push_back(true);
        ++in_code;
        code.clear();
        break;
      case 0x14:  // its result follows
        if (!field_code.empty() && field_code.back()) field_code.back() = false, --in_code;
        break;
      case 0x15:
        if (!field_code.empty()) {
          bool no_result = field_code.back();
          if (no_result) --in_code;
          field_code.pop_back();
          // A field shown by its code: `MACROBUTTON name 108` (a form's fill-in, as a
          // 文号's number is often typed) shows what follows the macro's name.
          if (no_result && in_code == 0) line += field_button_text(code);
          code.clear();
        }
        break;
      default: {
        if (in_code > 0) {
          if (code.size() < 256) gongwen::text::append_utf8(code, c);
          return;
        }
        if (c == 0x07) {  // a cell mark; two in a row end the row
          cell = true;
          if (last_cell) {
            if (line.size() >= 3 && line.compare(line.size() - 3, 3, " | ") == 0) line.resize(line.size() - 3);
            end_line();
          } else {
            line += " | ";
          }
        } else if (c == 0x0D || c == 0x0B || c == 0x0C || c == 0x0E) {
          end_line();
        } else if (c == 0x1E) {
          line += '-';  // non-breaking hyphen
        } else if (c == '\t' || c >= 0x20) {
          if (c != 0x1F) gongwen::text::append_utf8(line, c);  // 0x1F: an optional hyphen
        }
        // Other control characters mark pictures, drawn objects and notes.
        if (out.text.size() + line.size() > max_text) too_much = true;
      }
    }
    last_cell = cell;
  }
};

}  // namespace

Extracted read_word_binary(std::string_view bytes, const ExtractLimits& limits) {
  Extracted out;
  CompoundFile cfb(bytes, limits.entry_bytes);
  auto fail = [&](std::string why) {
    out.error = std::move(why);
    return out;
  };
  if (!cfb.ok()) return fail(cfb.error());
  auto word = cfb.stream(u"WordDocument");
  if (!word) return fail(cfb.error());
  std::string_view wd = *word;
  if (le16(wd, 0) != 0xA5EC) return fail(fmt::format("no Word 97 FIB (ident {:#06x})", le16(wd, 0)));
  std::uint16_t nfib = le16(wd, 2);
  if (nfib < 0xC1) return fail(fmt::format("a Word 6/95 file (nFib {:#x})", nfib));
  std::uint16_t flags = le16(wd, 0x0A);
  if (flags & 0x0100) return fail("an encrypted Word document (it needs its password)");
  // FibRgW97 (csw words), FibRgLw97 (cslw longs: ccpText is the 4th), then FibRgFcLcb.
  std::size_t at = 32;
  std::uint16_t csw = le16(wd, at);
  at += 2 + 2 * static_cast<std::size_t>(csw);
  std::uint16_t cslw = le16(wd, at);
  std::size_t lw = at + 2;
  at = lw + 4 * static_cast<std::size_t>(cslw);
  std::uint16_t fc_lcb_count = le16(wd, at);
  std::size_t fc_lcb = at + 2;
  if (cslw < 4 || fc_lcb_count < 34 || fc_lcb + 34 * 8 > wd.size()) return fail("a truncated Word FIB");
  std::uint32_t ccp_text = le32(wd, lw + 3 * 4);
  std::uint32_t fc_clx = le32(wd, fc_lcb + 33 * 8), lcb_clx = le32(wd, fc_lcb + 33 * 8 + 4);
  auto table = cfb.stream((flags & 0x0200) ? u"1Table" : u"0Table");
  if (!table) return fail(fmt::format("no table stream: {}", cfb.error()));
  std::string_view tb = *table;
  if (static_cast<std::uint64_t>(fc_clx) + lcb_clx > tb.size() || lcb_clx == 0) return fail("the piece table lies outside its stream");
  std::string_view clx = tb.substr(fc_clx, lcb_clx);
  // Skip the Prc entries (formatting) to the Pcdt (the pieces).
  std::size_t p = 0;
  while (p < clx.size() && clx[p] == 0x01) p += 3 + le16(clx, p + 1);
  if (p >= clx.size() || clx[p] != 0x02) return fail("no piece table in the CLX");
  std::uint32_t lcb = le32(clx, p + 1);
  std::string_view plc = clx.substr(std::min(clx.size(), p + 5), lcb);
  if (plc.size() < lcb || lcb < 16 || (lcb - 4) % 12 != 0) return fail("a malformed piece table");
  const std::size_t n = (lcb - 4) / 12;

  // The character positions rise ([MS-DOC] 2.9.177); a table that goes back
  // would make a small file read as far more text than it holds.
  for (std::size_t i = 0; i < n; ++i)
    if (le32(plc, 4 * (i + 1)) < le32(plc, 4 * i)) return fail("a piece table whose positions go back");
  // The characters of [from, to) into a sink, piece by piece; an error, or empty.
  std::uint64_t processed = 0;
  auto read_cps = [&](std::uint32_t from, std::uint32_t to, TextSink& sink) -> std::string {
    for (std::size_t i = 0; i < n && !sink.too_much && !sink.too_deep; ++i) {
      std::uint32_t cp0 = le32(plc, 4 * i), cp1 = le32(plc, 4 * (i + 1));
      if (cp0 >= to) break;  // the story ends; the next ones follow
      if (cp1 <= from) continue;
      std::uint32_t skip = cp0 < from ? from - cp0 : 0;
      cp1 = std::min(cp1, to);
      if (cp1 <= cp0 + skip) continue;
      std::uint32_t fc = le32(plc, 4 * (n + 1) + 8 * i + 2);
      bool compressed = fc & 0x40000000u;
      std::uint64_t off = (compressed ? (fc & 0x3FFFFFFFu) / 2 : (fc & 0x3FFFFFFFu)) + static_cast<std::uint64_t>(skip) * (compressed ? 1 : 2);
      std::uint64_t count = cp1 - cp0 - skip;
      // Pieces share no text: together they hold no more characters than the
      // stream has bytes (a table of pieces that all point at one stretch is hostile).
      processed += count;
      if (processed > wd.size()) return "a piece table that covers more text than its stream holds";
      std::uint64_t bytes_needed = compressed ? count : 2 * count;
      if (off + bytes_needed > wd.size()) return "a text piece lies outside the WordDocument stream";
      if (compressed) {
        for (std::uint64_t k = 0; k < count && !sink.too_much && !sink.too_deep; ++k) sink.put(cp1252(static_cast<unsigned char>(wd[off + k])));
      } else {
        for (std::uint64_t k = 0; k < count && !sink.too_much && !sink.too_deep; ++k) {
          char32_t c = le16(wd, off + 2 * k);
          if (c >= 0xD800 && c < 0xDC00 && k + 1 < count) {  // a surrogate pair
            char32_t lo = le16(wd, off + 2 * (k + 1));
            if (lo >= 0xDC00 && lo < 0xE000) {
              c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
              ++k;
            }
          }
          if (c >= 0xD800 && c < 0xE000) c = 0xFFFD;
          sink.put(c);
        }
      }
    }
    return {};
  };
  TextSink sink(out, limits.max_text);
  if (auto why = read_cps(0, ccp_text, sink); !why.empty()) return fail(why);
  if (sink.too_deep) return fail(fmt::format("fields nested deeper than {} levels", kMaxFieldDepth));
  if (!sink.line.empty() && !sink.too_much) sink.end_line();
  if (sink.too_much) return fail(fmt::format("more than {} bytes of text", limits.max_text));
  if (gongwen::text::trim(out.text).empty()) return fail("no text in the main document");
  // Text boxes, a story of their own after the notes ([MS-DOC] 2.3.6): a red head's
  // 发文机关标志 drawn in one (`重庆邮电大学文件`) heads the document; the rest are kept aside.
  if (cslw >= 11) {
    std::uint64_t from = static_cast<std::uint64_t>(ccp_text) + le32(wd, lw + 4 * 4) + le32(wd, lw + 5 * 4) + le32(wd, lw + 7 * 4) +
                         le32(wd, lw + 8 * 4);
    std::uint64_t to = from + le32(wd, lw + 9 * 4);
    if (to > from && to <= 0xFFFFFFFFu) {
      Extracted boxes;
      TextSink box_sink(boxes, limits.max_text);
      std::string why = read_cps(static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to), box_sink);
      if (!why.empty() || box_sink.too_much || box_sink.too_deep)
        out.losses.push_back(fmt::format("text boxes not read: {}", why.empty() ? "too much or too deeply nested text" : why));
      else {
        if (!box_sink.line.empty()) box_sink.end_line();
        std::string head;
        Json kept = Json::array();
        for (std::size_t b = 0; b < boxes.text.size();) {
          std::size_t e = std::min(boxes.text.find('\n', b), boxes.text.size());
          std::string line(gongwen::text::trim(std::string_view(boxes.text).substr(b, e - b)));
          b = e + 1;
          if (line.empty()) continue;
          std::string bare = gongwen::text::strip_spaces(line);
          if (gongwen::text::char_count(bare) <= 40 && gongwen::text::ends_with(bare, "文件") &&
              out.text.find(bare) == std::string::npos && head.empty())
            head = line + "\n";
          else
            kept.push_back(line);
        }
        out.text.insert(0, head);
        if (!kept.empty()) out.fields["text_boxes"] = std::move(kept);
      }
    }
  }
  out.styles.clear();  // the character and paragraph properties are not read on this path
  out.ok = true;
  return out;
}

}  // namespace gongwen::host::formats
