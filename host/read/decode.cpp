// Encoding detection and conversion. UTF-8 is checked by hand first because
// nearly every input is UTF-8 and a validation loop runs at memory speed;
// ICU's detector (ucsdet) is consulted only when that fails.
#include "read/decode.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <fmt/format.h>

#include <memory>

#include <gongwen/text.hpp>

#include "util/ascii.hpp"

namespace gongwen::host {

namespace {

// Length of the valid UTF-8 sequence at s[i], 0 if invalid (overlongs and
// surrogates included, as the Unicode standard requires).
std::size_t utf8_seq(std::string_view s, std::size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return 1;
  std::size_t n = s.size() - i;
  auto c = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (b >= 0xC2 && b <= 0xDF) return n >= 2 && (c(1) & 0xC0) == 0x80 ? 2 : 0;
  if (b >= 0xE0 && b <= 0xEF) {
    if (n < 3 || (c(1) & 0xC0) != 0x80 || (c(2) & 0xC0) != 0x80) return 0;
    if (b == 0xE0 && c(1) < 0xA0) return 0;   // overlong
    if (b == 0xED && c(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    if (n < 4 || (c(1) & 0xC0) != 0x80 || (c(2) & 0xC0) != 0x80 || (c(3) & 0xC0) != 0x80) return 0;
    if (b == 0xF0 && c(1) < 0x90) return 0;
    if (b == 0xF4 && c(1) >= 0x90) return 0;
    return 4;
  }
  return 0;
}

struct Utf8Scan {
  std::size_t invalid = 0;       // invalid bytes
  std::size_t invalid_runs = 0;  // stretches of them (one damaged character is one run)
  std::size_t first_invalid = std::string_view::npos;
  std::size_t non_ascii = 0;
};

Utf8Scan scan_utf8(std::string_view s) {
  Utf8Scan r;
  bool in_bad = false;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; in_bad = false; continue; }
    std::size_t n = utf8_seq(s, i);
    if (n == 0) {
      if (r.invalid++ == 0) r.first_invalid = i;
      if (!in_bad) ++r.invalid_runs;
      in_bad = true;
      ++i;
    } else {
      ++r.non_ascii;
      in_bad = false;
      i += n;
    }
  }
  return r;
}

// Whether every non-ASCII character of valid UTF-8 is a two-byte sequence (U+0080..U+07FF:
// Latin to Arabic, never CJK), as GBK text that happens to be valid UTF-8 reads.
bool no_cjk_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = utf8_seq(s, i);
    if (n == 0 || n > 2) return false;
    i += n;
  }
  return true;
}

// Each invalid byte becomes U+FFFD; each run of them gets one warning.
std::string repair_utf8(std::string_view s, DecodeResult& out) {
  std::string text;
  text.reserve(s.size());
  std::size_t runs = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = utf8_seq(s, i);
    if (n) {
      text.append(s.substr(i, n));
      i += n;
      continue;
    }
    std::size_t start = i, at = text.size();
    std::string hex;
    while (i < s.size() && utf8_seq(s, i) == 0) {
      if (i - start < 8) hex += fmt::format("{}0x{:02X}", hex.empty() ? "" : " ", static_cast<unsigned char>(s[i]));
      text.append("\xEF\xBF\xBD");
      ++i;
    }
    if (runs < 20)
      out.warnings.push_back({at, Diag::read_invalid_utf8, fmt::format("invalid UTF-8 ({} byte(s): {}) at byte {} replaced by U+FFFD", i - start, hex, start)});
    else if (runs == 20)
      out.warnings.push_back({at, Diag::read_invalid_utf8, "further invalid UTF-8 replaced (not listed)"});
    ++runs;
  }
  return text;
}

bool convert(const char* from, std::string_view bytes, DecodeResult& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(from, &status), ucnv_close);
  if (U_FAILURE(status)) return false;
  std::u16string u16(bytes.size() + 16, u'\0');
  int32_t n = ucnv_toUChars(conv.get(), u16.data(), static_cast<int32_t>(u16.size()), bytes.data(),
                            static_cast<int32_t>(bytes.size()), &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    status = U_ZERO_ERROR;
    u16.resize(n + 1);
    n = ucnv_toUChars(conv.get(), u16.data(), static_cast<int32_t>(u16.size()), bytes.data(),
                      static_cast<int32_t>(bytes.size()), &status);
  }
  if (U_FAILURE(status)) return false;
  u16.resize(n);
  int32_t len8 = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(nullptr, 0, &len8, reinterpret_cast<const UChar*>(u16.data()), n, 0xFFFD, nullptr, &status);
  status = U_ZERO_ERROR;
  std::string text(static_cast<std::size_t>(len8), '\0');
  int32_t subs = 0;
  u_strToUTF8WithSub(text.data(), len8, &len8, reinterpret_cast<const UChar*>(u16.data()), n, 0xFFFD, &subs, &status);
  if (U_FAILURE(status)) return false;
  out.text = std::move(text);
  std::size_t bad = 0, first = std::string::npos;
  for (std::size_t p = out.text.find("\xEF\xBF\xBD"); p != std::string::npos; p = out.text.find("\xEF\xBF\xBD", p + 3)) {
    if (bad++ == 0) first = p;
  }
  if (bad) out.warnings.push_back({first, Diag::read_invalid_bytes, fmt::format("{} byte sequence(s) not valid in {} replaced by U+FFFD", bad, from)});
  return true;
}

// UTF-16 without a byte-order mark: read the bytes as little- and
// big-endian code units and keep the order in which nearly every unit is a
// character a Chinese text is made of (CJK, CJK punctuation, full-width
// forms, printable ASCII, line ends) and no surrogate is unpaired. Chinese
// text in UTF-16 has few NULs (only its ASCII characters have them), so the
// NUL count alone cannot tell.
const char* utf16_without_bom(std::string_view b) {
  if (b.size() < 8 || b.size() % 2) return nullptr;
  auto plausible = [&](bool le) {
    std::size_t good = 0, n = b.size() / 2;
    for (std::size_t i = 0; i + 1 < b.size(); i += 2) {
      unsigned lo = static_cast<unsigned char>(b[i]), hi = static_cast<unsigned char>(b[i + 1]);
      char16_t u = static_cast<char16_t>(le ? (hi << 8 | lo) : (lo << 8 | hi));
      if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {  // a pair counts once, as two
        unsigned lo2 = static_cast<unsigned char>(b[i + 2]), hi2 = static_cast<unsigned char>(b[i + 3]);
        char16_t v = static_cast<char16_t>(le ? (hi2 << 8 | lo2) : (lo2 << 8 | hi2));
        if (v >= 0xDC00 && v <= 0xDFFF) { good += 2; i += 2; continue; }
        return 0.0;
      }
      if (u >= 0xDC00 && u <= 0xDFFF) return 0.0;
      good += (u >= 0x20 && u < 0x7F) || u == '\n' || u == '\r' || u == '\t' || (u >= 0x3000 && u <= 0x30FF) ||
              (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x2000 && u <= 0x206F) ||
              (u >= 0x2460 && u <= 0x24FF) || u == 0xFEFF || (u >= 0x00A0 && u <= 0x00FF);
    }
    return static_cast<double>(good) / static_cast<double>(n);
  };
  double le = plausible(true), be = plausible(false);
  if (std::max(le, be) < 0.95) return nullptr;
  return le >= be ? "utf-16le" : "utf-16be";
}

}  // namespace

std::size_t first_invalid_utf8(std::string_view s) { return scan_utf8(s).first_invalid; }

// HZ (RFC 1843): GB2312 written in 7 bits between `~{` and `~}`, as Usenet and
// the CND archives carried Chinese in the 1990s. How many shift-ins a text
// holds when they pair with shift-outs (a handful at least before a text is
// taken for HZ), else 0.
std::size_t hz_shifts(std::string_view s) {
  auto count = [&](std::string_view escape) {
    std::size_t n = 0;
    for (std::size_t p = s.find(escape); p != std::string_view::npos; p = s.find(escape, p + 2)) ++n;
    return n;
  };
  std::size_t in = count("~{");
  return in >= 3 && count("~}") * 10 >= in * 9 ? in : 0;
}

// A converter that turned HZ into UTF-8 and left the escapes around the
// characters (`~{毛、刘分歧与“文革”的发动~}`): the escapes go, the text stays
// line for line. Only when the escapes open and close in pairs.
std::string without_hz_escapes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '~' && i + 1 < s.size() && (s[i + 1] == '{' || s[i + 1] == '}')) {
      ++i;
      continue;
    }
    if (s[i] == '~' && i + 1 < s.size() && (s[i + 1] == '\n' || s[i + 1] == '\r')) continue;  // HZ's soft line break
    out += s[i];
  }
  return out;
}

DecodeResult decode(std::string_view bytes) {
  DecodeResult out;
  if (bytes.empty()) {
    out.error = "empty file";
    return out;
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    out.encoding = "utf-8-bom";
    bytes.remove_prefix(3);
    auto scan = scan_utf8(bytes);
    out.text = scan.invalid ? repair_utf8(bytes, out) : std::string(bytes);
    out.ok = true;
    return out;
  }
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    bool le = bytes[0] == '\xFF';
    out.encoding = le ? "utf-16le" : "utf-16be";
    if (!convert(le ? "UTF-16LE" : "UTF-16BE", bytes.substr(2), out)) {
      out.error = "not decodable as " + out.encoding;
      return out;
    }
    out.ok = true;
    return out;
  }
  // Text files have no NULs and few C0 controls; binaries have plenty.
  std::size_t nul = 0, ctrl = 0;
  for (unsigned char c : bytes) {
    nul += c == 0;
    ctrl += (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1A && c != 0);
  }
  auto try_utf16 = [&](const char* enc) {
    out.encoding = enc;
    out.warnings.push_back({0, Diag::read_encoding_guessed, fmt::format("no byte-order mark: read as {} from the byte pattern", enc)});
    return convert(enc == std::string_view("utf-16le") ? "UTF-16LE" : "UTF-16BE", bytes, out);
  };
  if (nul > 0) {
    if (const char* enc = utf16_without_bom(bytes); enc && try_utf16(enc)) {
      out.ok = true;
      return out;
    }
    out.encoding.clear();
    out.warnings.clear();
    out.error = fmt::format("not text: {} NUL byte(s) in {} bytes (binary file, or UTF-16 without BOM)", nul, bytes.size());
    return out;
  }
  // Only bytes that are not UTF-8 are tried as UTF-16: pairs of ASCII
  // letters would read as CJK characters.
  // One scan serves both questions (it is most of decode's cost).
  auto scan = scan_utf8(bytes);
  if (scan.invalid > 0) {
    if (const char* enc = utf16_without_bom(bytes); enc && try_utf16(enc)) {
      out.ok = true;
      return out;
    }
    out.encoding.clear();
    out.warnings.clear();
  }
  if (ctrl * 100 > bytes.size()) {
    out.error = fmt::format("not text: {} control bytes in {} bytes", ctrl, bytes.size());
    return out;
  }
  if (scan.invalid == 0) {
    std::size_t shifts = hz_shifts(bytes);
    // Seven-bit HZ: no byte over 0x7F.
    if (shifts && scan.non_ascii == 0 && convert("HZ", bytes, out) &&
        out.text.find("\xEF\xBF\xBD") == std::string::npos) {
      out.encoding = "hz-gb-2312";
      out.warnings.push_back({0, Diag::read_hz_escapes, fmt::format("HZ text: {} run(s) of GB2312 between ~{{ and ~}} decoded", shifts)});
      out.ok = true;
      return out;
    }
    out.text.clear();
    out.warnings.clear();
    out.encoding = "utf-8";
    if (shifts && scan.non_ascii > 0) {
      out.text = without_hz_escapes(bytes);
      out.warnings.push_back({0, Diag::read_hz_escapes, fmt::format("{} HZ escape pair(s) (~{{ … ~}}) left by a converter removed", shifts)});
    } else {
      out.text = std::string(bytes);
    }
    out.ok = true;
    return out;
  }
  // Mostly UTF-8 with a few damaged bytes: keep it UTF-8 and say where.
  if (scan.non_ascii >= 8 && scan.invalid_runs * 20 < scan.non_ascii) {
    out.encoding = "utf-8";
    out.text = repair_utf8(bytes, out);
    out.ok = true;
    return out;
  }
  // Files glued together from differently encoded parts: lines that are
  // valid UTF-8 stay, the others are converted from GB18030 when that is clean.
  {
    std::string text;
    std::size_t utf8_lines = 0, gb_lines = 0, bad_lines = 0;
    DecodeResult line_out;
    for (std::size_t b = 0; b < bytes.size() && bad_lines == 0;) {
      std::size_t e = bytes.find('\n', b);
      e = e == std::string_view::npos ? bytes.size() : e + 1;
      auto line = bytes.substr(b, e - b);
      auto ls = scan_utf8(line);
      // A short GBK line can happen to be valid UTF-8 (`通知`, CD A8 D6 AA, reads as
      // two combining marks): a line whose every non-ASCII character would be a
      // two-byte sequence (Latin to Arabic, never CJK) goes with GB18030 when that is clean.
      bool gb_lookalike = ls.invalid == 0 && ls.non_ascii > 0 && no_cjk_utf8(line) &&
                          (line_out.warnings.clear(), convert("GB18030", line, line_out)) &&
                          line_out.warnings.empty();
      if (gb_lookalike) {
        text.append(line_out.text);
        ++gb_lines;
      } else if (ls.invalid == 0) {
        text.append(line);
        utf8_lines += ls.non_ascii > 0;
      } else if (line_out.warnings.clear(), convert("GB18030", line, line_out) && line_out.warnings.empty()) {
        text.append(line_out.text);
        ++gb_lines;
      } else {
        ++bad_lines;
      }
      b = e;
    }
    if (bad_lines == 0 && utf8_lines > 0 && gb_lines > 0) {
      out.encoding = "mixed";
      out.text = std::move(text);
      out.warnings.push_back({0, Diag::read_mixed_encodings, fmt::format("mixed encodings: {} line(s) UTF-8, {} line(s) converted from GB18030", utf8_lines, gb_lines)});
      out.ok = true;
      return out;
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), ucsdet_close);
  std::string detected;
  int confidence = 0;
  if (U_SUCCESS(status)) {
    // Detection on a prefix: ucsdet is slow and a prefix decides.
    auto sample = bytes.substr(0, std::min<std::size_t>(bytes.size(), 64 * 1024));
    ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    const UCharsetMatch* m = ucsdet_detect(det.get(), &status);
    if (U_SUCCESS(status) && m) {
      detected = ucsdet_getName(m, &status);
      confidence = ucsdet_getConfidence(m, &status);
    }
  }
  // GB2312 and GBK are subsets of GB18030; decode them with the superset.
  std::string charset = detected;
  if (charset == "GB18030" || charset == "GB2312" || charset == "GBK" || charset.empty()) charset = "GB18030";
  if (!convert(charset.c_str(), bytes, out)) {
    out.error = fmt::format("not decodable: invalid UTF-8 at byte {} and no usable charset (ICU guessed {} at {}%)",
                            scan.first_invalid, detected.empty() ? "nothing" : detected, confidence);
    return out;
  }
  // A conversion that needed many substitutions is a wrong guess, not a text.
  std::size_t subs = 0;
  for (std::size_t p = out.text.find("\xEF\xBF\xBD"); p != std::string::npos; p = out.text.find("\xEF\xBF\xBD", p + 3)) ++subs;
  std::size_t chars = 0;
  for (unsigned char c : out.text) chars += (c & 0xC0) != 0x80;
  if (subs * 20 > chars) {
    out.ok = false;
    out.error = fmt::format("not decodable: invalid UTF-8 at byte {}, and {} of {} characters invalid as {}",
                            scan.first_invalid, subs, chars, charset);
    return out;
  }
  std::string lower;
  for (char c : charset) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  out.encoding = lower;
  out.ok = true;
  return out;
}

DecodeResult decode(std::string_view bytes, std::string_view declared_charset) {
  std::string cs = ascii_lower(text::trim(declared_charset));
  if (cs.empty() || cs == "utf-8" || cs == "utf8" || cs == "us-ascii" || scan_utf8(bytes).invalid == 0) return decode(bytes);
  // GB2312 and GBK pages use GBK's extra characters anyway: read them as GB18030.
  bool gb = cs == "gb2312" || cs == "gbk" || cs == "x-gbk" || cs == "gb18030" || cs == "cp936" || cs == "windows-936";
  DecodeResult out;
  if (convert(gb ? "GB18030" : cs.c_str(), bytes, out) && out.text.find("\xEF\xBF\xBD") == std::string::npos) {
    out.encoding = gb ? "gb18030" : cs;
    out.ok = true;
    return out;
  }
  return decode(bytes);
}

}  // namespace gongwen::host
