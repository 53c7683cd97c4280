// The SHA-256 of bytes as lower-case hex: a document's id, a script's and a
// plugin's content hash, a run manifest's checksums.
#pragma once

#include <string>
#include <string_view>

namespace gongwen::host {

std::string sha256_hex(std::string_view bytes);

}  // namespace gongwen::host
