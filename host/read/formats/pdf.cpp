// PDF through poppler-cpp, in its own module (pdf_module.h): the words of each
// page with their boxes and fonts, handed page by page to PageLayout (one
// page's words in memory at a time).
//
// Bold comes from the font name (SimHei/黑体, *-Bold, Heavy, Black) and from
// overprinted glyphs (PageLayout); size alone cannot tell a 黑体 heading
// from body text in 公文, where both are 16 pt.
#include <boost/dll/shared_library.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <vector>

#include "read/formats/formats.hpp"
#include "read/formats/page_layout.hpp"
#include "read/formats/pdf_module.h"
#include "read/decode.hpp"
#include "util/install.hpp"

namespace gongwen::host::formats {

namespace {

bool bold_font(const std::string& name) {
  static const char* marks[] = {"Bold", "bold", "BOLD", "Heavy", "Black", "Semibold", "SemiBold", "Demi", "Hei", "hei",
                                "黑", "Medium", "XBS", "-B"};
  for (const char* m : marks)
    if (name.find(m) != std::string::npos) return true;
  return false;
}

// Subset fonts are named `ABCDEF+SimSun`: the tag says nothing. Chinese names
// are often stored in GBK (`宋体` as CB CE CC E5, which pdffonts shows as `����`):
// read as such, a 黑体 says bold and a 小标宋 says title.
std::string font_family(std::string name) {
  if (name.size() > 7 && name[6] == '+') name.erase(0, 7);
  if (first_invalid_utf8(name) != std::string::npos)
    if (auto d = decode(name, "gb18030"); d.error.empty()) name = std::move(d.text);
  return name;
}

// poppler sizes its cross-reference table from what the file claims
// (`/Size 22222121` in a 3 KB file makes it allocate gigabytes): a claim of
// more objects than the file has bytes is damage, refused before parsing.
std::optional<std::string> implausible_xref(std::string_view b) {
  auto number_after = [&](std::size_t i) -> long long {
    while (i < b.size() && (b[i] == ' ' || b[i] == '\r' || b[i] == '\n' || b[i] == '\t')) ++i;
    long long v = 0;
    std::size_t start = i;
    while (i < b.size() && b[i] >= '0' && b[i] <= '9' && i - start < 18) v = v * 10 + (b[i++] - '0');
    return i == start ? -1 : v;
  };
  long long limit = std::max<long long>(1000, static_cast<long long>(b.size()));
  for (std::size_t at = b.find("/Size"); at != std::string_view::npos; at = b.find("/Size", at + 5))
    if (long long n = number_after(at + 5); n > limit)
      return fmt::format("PDF: damaged (its cross-reference table claims {} objects in a {}-byte file)", n, b.size());
  // Classic xref subsections: `xref` then `first count`.
  for (std::size_t at = b.find("xref"); at != std::string_view::npos; at = b.find("xref", at + 4)) {
    std::size_t i = at + 4;
    if (number_after(i) < 0) continue;
    while (i < b.size() && !(b[i] >= '0' && b[i] <= '9')) ++i;
    while (i < b.size() && b[i] >= '0' && b[i] <= '9') ++i;
    if (long long n = number_after(i); n > limit)
      return fmt::format("PDF: damaged (an xref section claims {} entries in a {}-byte file)", n, b.size());
  }
  return std::nullopt;
}

// The PDF module (see pdf_module.h), loaded once: from $GONGWEN_PDF_MODULE,
// next to the binary (the build tree puts every executable and the module in
// bin/), or in <prefix>/lib/gongwen (installed).
struct PdfModule {
  boost::dll::shared_library lib;
  gw_pdf_read_fn read = nullptr;
  std::string error;
};

const PdfModule& pdf_module() {
  static PdfModule m = [] {
    PdfModule m;
    std::vector<std::filesystem::path> candidates;
    if (const char* env = std::getenv("GONGWEN_PDF_MODULE"); env && *env) candidates.emplace_back(env);
    auto exe = executable_dir();
    candidates.push_back(exe / "gongwen-pdf.so");
    candidates.push_back(exe.parent_path() / GONGWEN_INSTALL_LIB_DIR / "gongwen" / "gongwen-pdf.so");
    std::string tried;
    for (const auto& c : candidates) {
      std::error_code fe;
      if (!std::filesystem::exists(c, fe)) {
        tried += (tried.empty() ? "" : ", ") + c.string();
        continue;
      }
      boost::dll::fs::error_code ec;
      m.lib.load(c, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local, ec);
      if (ec) {
        m.error = fmt::format("PDF: the PDF module {} could not be loaded: {}", c.string(), ec.message());
        return m;
      }
      if (!m.lib.has("gw_pdf_module_version") || !m.lib.has("gw_pdf_read") ||
          m.lib.get<unsigned()>("gw_pdf_module_version")() != GW_PDF_MODULE_VERSION) {
        m.error = fmt::format("PDF: {} is not a PDF module of this gongwen (version {} expected)", c.string(), GW_PDF_MODULE_VERSION);
        return m;
      }
      m.read = reinterpret_cast<gw_pdf_read_fn>(m.lib.get<int(const char*, std::size_t, unsigned, const gw_pdf_sink*, unsigned*, int*)>("gw_pdf_read"));
      return m;
    }
    m.error = fmt::format("PDF: the PDF module gongwen-pdf.so is not installed (looked in {})", tried);
    return m;
  }();
  return m;
}

}  // namespace

Extracted read_pdf(std::string_view bytes, const ExtractLimits& limits) {
  Extracted out;
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
    out.error = "PDF larger than 2 GiB";
    return out;
  }
  if (auto why = implausible_xref(bytes)) {
    out.error = *why;
    return out;
  }
  const PdfModule& module = pdf_module();
  if (!module.read) {
    out.error = module.error;
    return out;
  }
  struct Reading {
    PageLayout layout;
    std::optional<PageText> page;
    std::size_t words = 0, text_bytes = 0;
    unsigned page_no = 0;
    std::uint64_t max_text;
    Extracted* out;
    void flush() {
      if (page) layout.add_page(std::move(*page));
      page.reset();
    }
  } r;
  r.max_text = limits.max_text;
  r.out = &out;
  gw_pdf_sink sink;
  sink.ctx = &r;
  sink.page = [](void* ctx, double width, double height, int readable) {
    auto& r = *static_cast<Reading*>(ctx);
    r.flush();
    r.page.emplace();
    r.page->width = width;
    r.page->height = height;
    ++r.page_no;
    if (!readable) r.out->losses.push_back(fmt::format("page {} could not be read", r.page_no));
  };
  sink.word = [](void* ctx, const gw_pdf_word* w) -> int {
    auto& r = *static_cast<Reading*>(ctx);
    if (!r.page) return 1;
    TextPiece p;
    p.text.assign(w->text, w->text_len);
    p.x0 = w->x0;
    p.y0 = w->y0;
    p.x1 = w->x1;
    p.y1 = w->y1;
    p.size_pt = static_cast<float>(w->size_pt);
    if (p.size_pt <= 0) p.size_pt = static_cast<float>(w->y1 - w->y0);
    p.font = font_family(std::string(w->font, w->font_len));
    p.bold = bold_font(p.font);
    p.space_after = w->space_after != 0;
    r.text_bytes += p.text.size();
    r.page->pieces.push_back(std::move(p));
    ++r.words;
    return r.text_bytes <= r.max_text;
  };
  unsigned pages = 0;
  int encrypted = 0;
  int status = module.read(bytes.data(), bytes.size(), limits.max_pages, &sink, &pages, &encrypted);
  switch (status) {
    case GW_PDF_OK: break;
    case GW_PDF_DAMAGED: out.error = "PDF: damaged or truncated (poppler could not open it)"; return out;
    case GW_PDF_LOCKED: out.error = "PDF: encrypted with a password (decrypt it first)"; return out;
    case GW_PDF_NO_PAGES: out.error = "PDF: no pages"; return out;
    case GW_PDF_TOO_MANY_PAGES: out.error = fmt::format("PDF: {} pages (limit {})", pages, limits.max_pages); return out;
    case GW_PDF_STOPPED: out.error = fmt::format("PDF: more than {} bytes of text", limits.max_text); return out;
    default: out.error = "PDF: the PDF reader failed (internal error in the PDF module)"; return out;
  }
  r.flush();
  if (r.words == 0) {
    out.error = fmt::format("scanned PDF: no text layer on any of its {} page(s); OCR it first", pages);
    return out;
  }
  r.layout.finish(out);
  if (encrypted) out.notes.push_back({Diag::read_encrypted, "PDF is encrypted without a user password (read with the empty password)"});
  out.ok = true;
  return out;
}

}  // namespace gongwen::host::formats
