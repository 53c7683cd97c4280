/* The boundary between the host and its PDF module (gongwen-pdf.so), the only
 * code that links poppler. poppler brings some 25 shared libraries (NSS,
 * fontconfig, lcms, openjpeg, libtiff…); linked into the binary they cost every
 * start-up of gongwen ~13 ms in the dynamic loader, PDF or not. The host loads
 * the module the first time it reads a PDF.
 *
 * The module reports what poppler sees (page boxes, words with their boxes and
 * fonts) and nothing else: every decision (layout, furniture, bold faces,
 * limits on text) stays in the host (pdf.cpp).
 *
 * Invariants: plain C types only; strings are UTF-8 with a length and live
 * until the callback returns; the module never throws across this boundary. */
#ifndef GONGWEN_PDF_MODULE_H
#define GONGWEN_PDF_MODULE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GW_PDF_MODULE_VERSION 1u

typedef struct gw_pdf_word {
  const char* text;
  size_t text_len;
  const char* font; /* as the file names it, subset tag included */
  size_t font_len;
  double x0, y0, x1, y1; /* y grows downwards; y1 is the bottom */
  double size_pt;        /* 0 when the file gives none */
  int space_after;
} gw_pdf_word;

typedef struct gw_pdf_sink {
  void* ctx;
  /* A page starts: its size in points, upright; readable = 0 when poppler
   * could not open the page (it has no words then). */
  void (*page)(void* ctx, double width, double height, int readable);
  /* One word of the current page; returning 0 stops the reading. */
  int (*word)(void* ctx, const gw_pdf_word* w);
} gw_pdf_sink;

enum gw_pdf_status {
  GW_PDF_OK = 0,
  GW_PDF_DAMAGED = 1,        /* poppler could not open it */
  GW_PDF_LOCKED = 2,         /* needs a password */
  GW_PDF_NO_PAGES = 3,
  GW_PDF_TOO_MANY_PAGES = 4, /* *pages says how many */
  GW_PDF_STOPPED = 5,        /* the sink said stop */
  GW_PDF_INTERNAL = 6
};

/* Returns GW_PDF_MODULE_VERSION. */
typedef unsigned (*gw_pdf_version_fn)(void);
/* Reads bytes[0, n); *pages is set once the page count is known, *encrypted
 * when the file is encrypted without a user password. */
typedef int (*gw_pdf_read_fn)(const char* bytes, size_t n, unsigned max_pages, const gw_pdf_sink* sink,
                              unsigned* pages, int* encrypted);

#ifdef __cplusplus
}
#endif

#endif
