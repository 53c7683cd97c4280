// gongwen-pdf.so: poppler-cpp behind the C boundary of pdf_module.h. Loaded by
// the host on its first PDF; nothing else in gongwen links poppler.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "read/formats/pdf_module.h"

namespace {
void quiet(const std::string&, void*) {}

int read(const char* bytes, std::size_t n, unsigned max_pages, const gw_pdf_sink* sink, unsigned* pages, int* encrypted) {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(quiet, nullptr); });
  if (n > static_cast<std::size_t>(INT_MAX)) return GW_PDF_DAMAGED;
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes, static_cast<int>(n)));
  if (!doc) return GW_PDF_DAMAGED;
  if (doc->is_locked()) return GW_PDF_LOCKED;
  int count = doc->pages();
  if (count <= 0) return GW_PDF_NO_PAGES;
  *pages = static_cast<unsigned>(count);
  if (static_cast<unsigned>(count) > max_pages) return GW_PDF_TOO_MANY_PAGES;
  *encrypted = doc->is_encrypted() ? 1 : 0;
  for (int i = 0; i < count; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) {
      sink->page(sink->ctx, 595, 842, 0);
      continue;
    }
    auto box = page->page_rect(poppler::media_box);
    double w = box.width() > 0 ? box.width() : 595, h = box.height() > 0 ? box.height() : 842;
    if (page->orientation() == poppler::page::landscape || page->orientation() == poppler::page::seascape) std::swap(w, h);
    sink->page(sink->ctx, w, h, 1);
    for (auto& t : page->text_list(poppler::page::text_list_include_font)) {
      auto utf8 = t.text().to_utf8();
      if (utf8.empty()) continue;
      auto r = t.bbox();
      std::string font = t.has_font_info() ? t.get_font_name(0) : "";
      gw_pdf_word word{utf8.data(), utf8.size(), font.data(), font.size(), r.left(), r.top(), r.right(), r.bottom(),
                       t.get_font_size(), t.has_space_after() ? 1 : 0};
      if (!sink->word(sink->ctx, &word)) return GW_PDF_STOPPED;
    }
  }
  return GW_PDF_OK;
}
}  // namespace

extern "C" __attribute__((visibility("default"))) unsigned gw_pdf_module_version() { return GW_PDF_MODULE_VERSION; }

extern "C" __attribute__((visibility("default"))) int gw_pdf_read(const char* bytes, std::size_t n, unsigned max_pages,
                                                                   const gw_pdf_sink* sink, unsigned* pages, int* encrypted) {
  try {
    return read(bytes, n, max_pages, sink, pages, encrypted);
  } catch (...) {
    return GW_PDF_INTERNAL;
  }
}
