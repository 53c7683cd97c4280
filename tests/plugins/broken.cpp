// Deliberately broken plugins, one per loader check (built per variant with
// a BROKEN_* definition). Each must be refused with a clear message while
// the run goes on.
#include <gongwen/abi.h>

#include <boost/dll/alias.hpp>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

const gw_host* host = nullptr;

void* create(const gw_host* h, gw_error*) {
  host = h;
  return reinterpret_cast<void*>(1);
}
void destroy(void*) {}
bool mentions(gw_doc* doc, const char* word) {
  gw_str t = host->text(doc);
  return std::string_view(t.data, t.size).find(word) != std::string_view::npos;
}

int detect(void*, gw_doc* doc, double* score, gw_error* err) {
  (void)doc;
#if defined(BROKEN_NONUL)
  // A message that fills the buffer with no terminating NUL.
  std::memset(err->message, 'A', sizeof err->message);
  *score = 0;
  return GW_FAILED;
#endif
  (void)err;
#if defined(BROKEN_SLEEPS) || defined(BROKEN_SEGV) || defined(BROKEN_ABORT) || defined(BROKEN_EXIT)
  *score = mentions(doc, "BOOM") ? 1.0 : 0.0;  // misbehaves only on documents that say BOOM
#elif defined(BROKEN_LEAKS)
  *score = mentions(doc, "LEAK") ? 1.0 : 0.0;
#elif defined(BROKEN_THROWS) || defined(BROKEN_DEEPJSON)
  *score = 1.0;  // wins every document, then misbehaves in process()
#elif defined(BROKEN_GARBAGE)
  *score = 0.0 / 0.0;  // NaN: must be treated as 0
#else
  *score = 0.0;
#endif
  return GW_OK;
}
int process(void*, gw_doc* doc, gw_error* err) {
  (void)doc;
#if defined(BROKEN_DEEPJSON)
  std::string deep(50000, '[');
  deep.append(50000, ']');
  host->set_field_json(doc, gw_str{"deep", 4}, gw_str{deep.data(), deep.size()});
  std::string big(1u << 20, 'x');  // 100 fields of 1 MiB: over the per-document budget
  for (int i = 0; i < 100; ++i) host->set_field(doc, gw_str{"big", 3}, gw_str{big.data(), big.size()});
#elif defined(BROKEN_SLEEPS)
  std::this_thread::sleep_for(std::chrono::seconds(3600));
#elif defined(BROKEN_SEGV)
  std::raise(SIGSEGV);
#elif defined(BROKEN_ABORT)
  std::abort();
#elif defined(BROKEN_EXIT)
  std::exit(3);
#elif defined(BROKEN_LEAKS)
  static std::vector<char*> kept;  // 64 MiB per document, never freed
  char* p = static_cast<char*>(std::malloc(64u << 20));
  std::memset(p, 1, 64u << 20);
  kept.push_back(p);
#endif
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
