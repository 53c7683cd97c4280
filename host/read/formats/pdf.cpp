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

#include <memory>
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

}  // namespace

Extracted read_pdf(std::string_view bytes, const ExtractLimits& limits) {
  Extracted out;
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(quiet, nullptr); });
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
    out.error = "PDF larger than 2 GiB";
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
      out.notes.push_back(fmt::format("page {} could not be read", i + 1));
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
