// The gw_host table the host hands to every native plugin: C functions over
// the host's Document. Nothing here throws across the boundary.
#pragma once

#include <gongwen/abi.h>

namespace gongwen::host {
struct Document;
const gw_host* host_api();
inline gw_doc* to_gw(Document* d) { return reinterpret_cast<gw_doc*>(d); }
}  // namespace gongwen::host
