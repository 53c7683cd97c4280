// A plugin built against the ABI 1.0 header (tests/plugins/abi_1_0), as a
// plugin shipped before ABI 1.1 was: it must load in today's host and work.
// It claims documents that say "LEGACY ABI" and records what it saw.
#include <gongwen/abi.h>

#include <boost/dll/alias.hpp>

#include <string>
#include <string_view>

static_assert(GW_ABI_MINOR == 0, "this plugin must be built against the 1.0 header");

namespace {

const gw_host* host = nullptr;

void* create(const gw_host* h, gw_error*) {
  host = h;
  return reinterpret_cast<void*>(1);
}
void destroy(void*) {}

int detect(void*, gw_doc* doc, double* score, gw_error*) {
  gw_str t = host->text(doc);
  *score = std::string_view(t.data, t.size).find("LEGACY ABI") != std::string_view::npos ? 0.99 : 0.0;
  return GW_OK;
}

int process(void*, gw_doc* doc, gw_error*) {
  gw_str t = host->text(doc);
  std::string_view text(t.data, t.size);
  std::size_t at = text.find("LEGACY ABI");
  std::string line = std::to_string(host->line_of(doc, at));
  host->set_kind(doc, gw_str{"legacy", 6});
  host->set_field(doc, gw_str{"built_against", 13}, gw_str{"1.0", 3});
  host->set_field(doc, gw_str{"marker_line", 11}, gw_str{line.data(), line.size()});
  return GW_OK;
}

const gw_plugin table = {sizeof(gw_plugin), GW_ABI_MAJOR, GW_ABI_MINOR, GW_PLATFORM,
                         "legacy_abi10", "1.0.0", "legacy", "built against ABI 1.0", 10,
                         create, destroy, detect, process};

}  // namespace

extern "C" BOOST_SYMBOL_EXPORT const gw_plugin* gongwen_plugin_entry() { return &table; }
BOOST_DLL_ALIAS(gongwen_plugin_entry, gongwen_plugin)
