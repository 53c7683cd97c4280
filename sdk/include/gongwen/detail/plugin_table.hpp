// Builds the gw_plugin table for a handler class and wraps every call so that
// exceptions stay on the plugin's side of the boundary.
#pragma once

#include <gongwen/abi.h>
#include <gongwen/document.hpp>

#include <cstdio>
#include <exception>
#include <new>

namespace gongwen::detail {

inline void set_error(gw_error* err, const char* what) {
  if (err) std::snprintf(err->message, sizeof err->message, "%s", what ? what : "unknown error");
}

template <class H>
struct Instance {
  const gw_host* host;
  H handler;
};

template <class H>
int guarded(gw_error* err, auto&& fn) {
  try {
    fn();
    return GW_OK;
  } catch (const std::exception& e) {
    set_error(err, e.what());
  } catch (...) {
    set_error(err, "non-standard exception");
  }
  return GW_FAILED;
}

// The optional members of a handler class (`static constexpr const char* keywords = "讲话,同志们";`).
template <class H>
constexpr const char* keywords_of() {
  if constexpr (requires { H::keywords; }) return H::keywords;
  else return nullptr;
}
template <class H>
constexpr const char* words_of() {
  if constexpr (requires { H::words; }) return H::words;
  else return nullptr;
}

template <class H>
const gw_plugin* plugin_table() {
  static const gw_plugin table = {
      sizeof(gw_plugin),
      GW_ABI_MAJOR,
      GW_ABI_MINOR,
      GW_PLATFORM,
      H::name,
      H::version,
      H::kinds,
      H::description,
      H::priority,
      [](const gw_host* host, gw_error* err) -> void* {
        void* out = nullptr;
        guarded<H>(err, [&] { out = new Instance<H>{host, H{}}; });
        return out;
      },
      [](void* self) { delete static_cast<Instance<H>*>(self); },
      [](void* self, gw_doc* doc, double* score, gw_error* err) -> int {
        auto* inst = static_cast<Instance<H>*>(self);
        return guarded<H>(err, [&] {
          Document d(inst->host, doc);
          *score = inst->handler.detect(d);
        });
      },
      [](void* self, gw_doc* doc, gw_error* err) -> int {
        auto* inst = static_cast<Instance<H>*>(self);
        return guarded<H>(err, [&] {
          Document d(inst->host, doc);
          inst->handler.process(d);
        });
      },
      keywords_of<H>(),
      words_of<H>(),
  };
  return &table;
}

}  // namespace gongwen::detail
