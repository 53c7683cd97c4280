/*
 * gongwen plugin ABI: the only thing that crosses between the host and a
 * native plugin. Plain C so that a plugin built with another compiler, another
 * standard library or another C++ standard still talks to the host: no C++
 * object, exception or heap allocation ever crosses this line. Strings are
 * borrowed (pointer + size) for the duration of one call.
 *
 * Versioning (see docs/plugins.md): a minor version only appends members at
 * the end of gw_host / gw_plugin; anything else bumps the major. Both structs
 * start with their own size so either side can tell what the other has.
 */
#ifndef GONGWEN_ABI_H
#define GONGWEN_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GW_ABI_MAJOR 1
#define GW_ABI_MINOR 3

/* Name of the exported entry point (a Boost.DLL alias). It keeps this name
 * across majors so the host can read the major of an incompatible plugin and
 * say which versions differ. */
#define GW_ENTRY_SYMBOL "gongwen_plugin"

/* Platform tag compared by the loader: the C ABI still depends on the
 * architecture, the pointer width and the object format. */
#if defined(__x86_64__) || defined(_M_X64)
#define GW_ARCH "x86_64"
#elif defined(__aarch64__)
#define GW_ARCH "aarch64"
#elif defined(__i386__)
#define GW_ARCH "i386"
#else
#define GW_ARCH "unknown-arch"
#endif
#if defined(__linux__)
#define GW_OS "linux"
#elif defined(__APPLE__)
#define GW_OS "darwin"
#elif defined(_WIN32)
#define GW_OS "windows"
#else
#define GW_OS "unknown-os"
#endif
#define GW_PLATFORM GW_ARCH "-" GW_OS

typedef struct gw_str {
  const char* data; /* UTF-8, not necessarily NUL-terminated; NULL when absent */
  size_t size;
} gw_str;

typedef enum gw_severity {
  GW_SEVERITY_INFO = 0,
  GW_SEVERITY_WARNING = 1,
  GW_SEVERITY_ERROR = 2
} gw_severity;

typedef enum gw_status { GW_OK = 0, GW_FAILED = 1 } gw_status;

/* Filled by the plugin when a call returns GW_FAILED; owned by the host. */
typedef struct gw_error {
  char message[512];
} gw_error;

/* A document owned by the host; plugins see it only through gw_host. */
typedef struct gw_doc gw_doc;

/* Offsets and spans are byte offsets into the cleaned text (gw_host.text). */
#define GW_NO_OFFSET ((size_t)-1)

/* ABI 1.1: the typography of one paragraph, for formats that carry it
 * (DOCX, PDF, OFD). Zero / empty members are unknown. */
typedef struct gw_style {
  uint32_t struct_size;
  float size_pt;         /* font size in points */
  int32_t bold;          /* 1 when most characters are bold */
  gw_str font;           /* east-Asian font name */
  gw_str align;          /* left, center, right, justify */
  float indent_em;       /* first-line indent in ems */
  gw_str color;          /* RRGGBB, empty when automatic */
  uint32_t page;         /* 1-based page, 0 without pages */
  int32_t outline_level; /* 0-based, -1 when none */
  gw_str role;           /* "", "table", "textbox" */
} gw_style;

/* Services the host offers to a plugin (passed to create()). */
typedef struct gw_host {
  uint32_t struct_size;
  uint16_t abi_major;
  uint16_t abi_minor;

  gw_str (*text)(const gw_doc* doc);
  gw_str (*title)(const gw_doc* doc);
  gw_str (*kind)(const gw_doc* doc);
  gw_str (*source_path)(const gw_doc* doc);
  gw_str (*container)(const gw_doc* doc); /* empty when not in a container */
  uint32_t (*index)(const gw_doc* doc);   /* 0 when not in a container */
  /* A field as text: strings as they are, other values as JSON. */
  gw_str (*field)(const gw_doc* doc, gw_str key);

  void (*set_title)(gw_doc* doc, gw_str title);
  void (*set_kind)(gw_doc* doc, gw_str kind);
  void (*set_field)(gw_doc* doc, gw_str key, gw_str value);
  /* Returns GW_FAILED when json does not parse (the field is left as it was). */
  int (*set_field_json)(gw_doc* doc, gw_str key, gw_str json);
  void (*add_section)(gw_doc* doc, int level, gw_str marker, gw_str title,
                      size_t begin, size_t end);
  void (*add_entity)(gw_doc* doc, gw_str type, gw_str text, gw_str value,
                     size_t begin, size_t end);
  void (*add_diagnostic)(gw_doc* doc, int severity, gw_str message,
                         size_t offset);
  /* Records why detect() scored as it did (shown by `gongwen explain`). */
  void (*add_signal)(gw_doc* doc, gw_str name, double weight);
  /* 1-based line of the source file for a byte offset of the text; 0 if none. */
  uint32_t (*line_of)(const gw_doc* doc, size_t offset);
  void (*log)(int severity, gw_str handler, gw_str message);

  /* ---- ABI 1.1 (present when abi_minor >= 1) ---- */
  /* Fills *out (whose struct_size the caller sets) with the style of the
   * paragraph holding offset; returns 0 when the document has no typography. */
  int (*style_at)(const gw_doc* doc, size_t offset, gw_style* out);

  /* ---- ABI 1.2 (present when abi_minor >= 2) ---- */
  /* add_diagnostic with a stable id: the record says `handler.NAME.ID`.
   * ID is lower-case ASCII letters, digits, '_' and '.' (at most 64 bytes);
   * any other ID leaves the diagnostic under `handler.NAME`. */
  void (*add_diagnostic_id)(gw_doc* doc, int severity, gw_str id,
                            gw_str message, size_t offset);

  /* ---- ABI 1.3 (present when abi_minor >= 3) ---- */
  /* Where word occurs in text: the host finds every handler's keywords and
   * words (gw_plugin.keywords / .words) in one pass over the document before
   * classification. Sets *at to the byte offsets of every occurrence, in
   * increasing order, overlaps included (borrowed until the call returns) and
   * returns their number; returns GW_NO_OFFSET, *at untouched, when the pass
   * did not look for word (search the text yourself then). */
  size_t (*hits)(const gw_doc* doc, gw_str word, const uint32_t** at);
} gw_host;

/* What a plugin exports. All strings are static and NUL-terminated. */
typedef struct gw_plugin {
  uint32_t struct_size;
  uint16_t abi_major;
  uint16_t abi_minor;
  const char* platform; /* GW_PLATFORM of the plugin's build */

  const char* name;        /* unique handler name, e.g. "speech" */
  const char* version;     /* the handler's own version, e.g. "1.2.0" */
  const char* kinds;       /* comma-separated document kinds, first is default */
  const char* description; /* one line */
  int32_t priority;        /* breaks equal detect scores: higher wins */

  /* One instance per worker thread; calls on one instance never overlap. */
  void* (*create)(const gw_host* host, gw_error* err);
  void (*destroy)(void* instance);
  int (*detect)(void* instance, gw_doc* doc, double* score, gw_error* err);
  int (*process)(void* instance, gw_doc* doc, gw_error* err);

  /* ---- ABI 1.3 (present when abi_minor >= 3; NULL for none) ---- */
  /* Comma-separated words. A document whose text, title and short fields
   * hold none of the keywords scores 0 without a call to detect (a
   * heuristic gate, as Wireshark's heuristic dissectors have); words are
   * only found in the same pass, for gw_host.hits. */
  const char* keywords;
  const char* words;
} gw_plugin;

typedef const gw_plugin* (*gw_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* GONGWEN_ABI_H */
