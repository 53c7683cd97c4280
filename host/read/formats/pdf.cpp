// PDF through poppler-cpp: the words of each page with their boxes and fonts,
// handed page by page to PageLayout (one page's words in memory at a time).
//
// Bold comes from the font name (SimHei/黑体, *-Bold, Heavy, Black) and from
// overprinted glyphs (PageLayout); size alone cannot tell a 黑体 heading
// from body text in 公文, where both are 16 pt.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <mutex>

#include "read/formats/formats.hpp"
#include "read/formats/page_layout.hpp"

namespace gongwen::host::formats {

namespace {

void quiet(const std::string&, void*) {}

bool bold_font(const std::string& name) {
  static const char* marks[] = {"Bold", "bold", "BOLD", "Heavy", "Black", "Semibold", "SemiBold", "Demi", "Hei", "hei",
                                "黑", "Medium", "XBS", "-B"};
  for (const char* m : marks)
    if (name.find(m) != std::string::npos) return true;
  return false;
}

// Subset fonts are named `ABCDEF+SimSun`: the tag says nothing.
std::string font_family(std::string name) {
  if (name.size() > 7 && name[6] == '+') name.erase(0, 7);
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

}  // namespace

Extracted read_pdf(std::string_view bytes, const ExtractLimits& limits) {
  Extracted out;
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(quiet, nullptr); });
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
    out.error = "PDF larger than 2 GiB";
    return out;
  }
  if (auto why = implausible_xref(bytes)) {
    out.error = *why;
    return out;
  }
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    out.error = "PDF: damaged or truncated (poppler could not open it)";
    return out;
  }
  if (doc->is_locked()) {
    out.error = "PDF: encrypted with a password (decrypt it first)";
    return out;
  }
  int pages = doc->pages();
  if (pages <= 0) {
    out.error = "PDF: no pages";
    return out;
  }
  if (static_cast<std::uint32_t>(pages) > limits.max_pages) {
    out.error = fmt::format("PDF: {} pages (limit {})", pages, limits.max_pages);
    return out;
  }
  PageLayout layout;
  std::size_t words = 0, text_bytes = 0;
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    PageText pt;
    if (!page) {
      layout.add_page(std::move(pt));
      out.losses.push_back(fmt::format("page {} could not be read", i + 1));
      continue;
    }
    auto box = page->page_rect(poppler::media_box);
    pt.width = box.width() > 0 ? box.width() : 595;
    pt.height = box.height() > 0 ? box.height() : 842;
    if (page->orientation() == poppler::page::landscape || page->orientation() == poppler::page::seascape)
      std::swap(pt.width, pt.height);
    for (auto& w : page->text_list(poppler::page::text_list_include_font)) {
      auto utf8 = w.text().to_utf8();
      TextPiece p;
      p.text.assign(utf8.begin(), utf8.end());
      if (p.text.empty()) continue;
      auto r = w.bbox();
      p.x0 = r.left();
      p.y0 = r.top();
      p.x1 = r.right();
      p.y1 = r.bottom();
      p.size_pt = static_cast<float>(w.get_font_size());
      if (p.size_pt <= 0) p.size_pt = static_cast<float>(r.height());
      std::string font = w.has_font_info() ? w.get_font_name(0) : "";
      p.font = font_family(font);
      p.bold = bold_font(p.font);
      p.space_after = w.has_space_after();
      text_bytes += p.text.size();
      pt.pieces.push_back(std::move(p));
      ++words;
    }
    if (text_bytes > limits.max_text) {
      out.error = fmt::format("PDF: more than {} bytes of text", limits.max_text);
      return out;
    }
    layout.add_page(std::move(pt));
  }
  if (words == 0) {
    out.error = fmt::format("scanned PDF: no text layer on any of its {} page(s); OCR it first", pages);
    return out;
  }
  layout.finish(out);
  if (doc->is_encrypted()) out.notes.push_back("PDF is encrypted without a user password (read with the empty password)");
  out.ok = true;
  return out;
}

}  // namespace gongwen::host::formats
