// Deliberately broken plugins, one per loader check (built per variant with
// a BROKEN_* definition). Each must be refused with a clear message while
// the run goes on.
#include <gongwen/abi.h>

#include <boost/dll/alias.hpp>

#include <stdexcept>

namespace {

void* create(const gw_host*, gw_error*) { return reinterpret_cast<void*>(1); }
void destroy(void*) {}
int detect(void*, gw_doc*, double* score, gw_error*) {
#if defined(BROKEN_THROWS)
  *score = 1.0;  // wins every document, then fails in process()
#elif defined(BROKEN_GARBAGE)
  *score = 0.0 / 0.0;  // NaN: must be treated as 0
#else
  *score = 0.0;
#endif
  return GW_OK;
}
int process(void*, gw_doc*, gw_error* err) {
#if defined(BROKEN_THROWS)
  // What the C++ wrapper does with an exception: a status and a message.
  try {
    throw std::runtime_error("deliberate failure in process()");
  } catch (const std::exception& e) {
    snprintf(err->message, sizeof err->message, "%s", e.what());
  }
  return GW_FAILED;
#else
  (void)err;
  return GW_OK;
#endif
}

gw_plugin table = {
#if defined(BROKEN_TOO_SMALL)
    offsetof(gw_plugin, create),
#else
    sizeof(gw_plugin),
#endif
#if defined(BROKEN_MAJOR)
    GW_ABI_MAJOR + 1, 0,
#elif defined(BROKEN_MINOR)
    GW_ABI_MAJOR, GW_ABI_MINOR + 1,
#else
    GW_ABI_MAJOR, GW_ABI_MINOR,
#endif
#if defined(BROKEN_PLATFORM)
    "sparc-solaris",
#else
    GW_PLATFORM,
#endif
    BROKEN_NAME, "0.0.1", "test", "broken test plugin", 0, create, destroy, detect, process};

}  // namespace

#if !defined(BROKEN_NO_ENTRY)
extern "C" BOOST_SYMBOL_EXPORT const gw_plugin* gongwen_plugin_entry() { return &table; }
BOOST_DLL_ALIAS(gongwen_plugin_entry, gongwen_plugin)
#else
extern "C" BOOST_SYMBOL_EXPORT int some_other_symbol() { return table.priority; }
#endif
