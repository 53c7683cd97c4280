// Code pages and skipped destinations of RTF (see rtf_text.hpp).
#include "read/formats/rtf_text.hpp"

#include <unicode/ustring.h>

#include <fmt/format.h>

#include <gongwen/text.hpp>

namespace gongwen::host::formats::rtf {

namespace {

const char* converter_name(int codepage) {
  switch (codepage) {
    case 936: return "GB18030";  // a superset of GBK, as Word's 936 in practice
    case 950: return "windows-950";
    case 932: return "windows-932";
    case 949: return "windows-949";
    case 10008: return "GB2312";
    default: return nullptr;
  }
}

}  // namespace

int codepage_of_charset(int charset) {
  switch (charset) {
    case 128: return 932;
    case 129: return 949;
    case 134: return 936;
    case 136: return 950;
    case 161: return 1253;
    case 162: return 1254;
    case 177: return 1255;
    case 178: return 1256;
    case 186: return 1257;
    case 204: return 1251;
    case 222: return 874;
    case 238: return 1250;
    case 0: return 1252;  // ANSI: a Latin font's curly quotes are not GBK lead bytes
    case 2: return kSymbolPage;  // Symbol, Wingdings: list bullets
    case 77: return 10000;  // Mac Roman
    case 255: return 437;  // OEM
    default: return 0;  // DEFAULT_CHARSET and unknown ones: the document's
  }
}

Decoder::~Decoder() {
  for (auto& [cp, c] : open_)
    if (c) ucnv_close(c);
}

void Decoder::decode(int codepage, std::string_view bytes, std::string& out) {
  if (codepage == kSymbolPage) {
    // A symbol font's byte is a glyph, not a character: its bullet (0xB7) is one.
    for (unsigned char c : bytes)
      if (c == 0xB7 || c == 0x6C || c == 0xA7) text::append_utf8(out, U'•');
    return;
  }
  UConverter* conv = get(codepage);
  if (!conv) {
    for (unsigned char c : bytes) text::append_utf8(out, c);  // Latin-1, the last resort
    return;
  }
  u16_.resize(bytes.size() + 16);  // a byte gives at most one UTF-16 unit, a 4-byte GB18030 sequence two
  UErrorCode status = U_ZERO_ERROR;
  ucnv_resetToUnicode(conv);
  int32_t n = ucnv_toUChars(conv, u16_.data(), static_cast<int32_t>(u16_.size()), bytes.data(),
                            static_cast<int32_t>(bytes.size()), &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    u16_.resize(static_cast<std::size_t>(n) + 16);
    status = U_ZERO_ERROR;
    ucnv_resetToUnicode(conv);
    n = ucnv_toUChars(conv, u16_.data(), static_cast<int32_t>(u16_.size()), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  }
  if (U_FAILURE(status)) return;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U16_NEXT(u16_.data(), i, n, c);
    text::append_utf8(out, static_cast<char32_t>(c));
  }
}

UConverter* Decoder::get(int codepage) {
  auto it = open_.find(codepage);
  if (it != open_.end()) return it->second;
  std::string name = converter_name(codepage) ? converter_name(codepage) : fmt::format("windows-{}", codepage);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* c = ucnv_open(name.c_str(), &status);
  if (U_FAILURE(status)) c = nullptr;
  open_[codepage] = c;
  return c;
}

// Destinations whose text no reader sees. Any destination marked \* that we
// do not know is skipped too, as the specification asks.
bool skipped_destination(std::string_view w) {
  static constexpr std::string_view kSkip[] = {
      "stylesheet", "pict", "object", "objdata", "shp", "shprslt", "nonshppict", "xe", "tc", "tcn", "txe", "rxe",
      "bkmkstart", "bkmkend", "fldinst", "datafield", "template", "filetbl", "revtbl", "listtable",
      "listoverridetable", "rsidtbl", "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl",
      "generator", "pgdsctbl", "mmathPr", "userprops", "docvar", "comment", "private", "atnid", "atnauthor",
      "annotation", "atndate", "atnref", "pntxta", "pntxtb", "upr", "formfield", "ffdeftext", "ffname",
      "wgrffmtfilter", "passwordhash", "protusertbl", "blipuid", "pn", "listpicture", "fchars", "lchars",
      "panose", "falt", "fontemb", "fontfile", "keycode", "operator", "chpgn"};
  for (auto s : kSkip)
    if (w == s) return true;
  return false;
}

std::string hex_color(int r, int g, int b) { return fmt::format("{:02X}{:02X}{:02X}", r & 255, g & 255, b & 255); }

char32_t symbol_of(std::string_view w) {
  static constexpr std::pair<std::string_view, char32_t> kSymbols[] = {
      {"emdash", U'—'}, {"endash", U'–'}, {"lquote", U'‘'}, {"rquote", U'’'}, {"ldblquote", U'“'},
      {"rdblquote", U'”'}, {"bullet", U'•'}, {"emspace", U' '}, {"enspace", U' '}, {"qmspace", U' '}};
  for (auto [word, c] : kSymbols)
    if (w == word) return c;
  return 0;
}

}  // namespace gongwen::host::formats::rtf
