// One record as one line of JSON: what every sink and the runner write.
//
// Invariant: json_line(j) == j.dump(-1, ' ', false, Json::error_handler_t::replace)
// for every value, byte for byte (a unit test holds it to that).
#pragma once

#include <string>
#include <string_view>

#include "model/document.hpp"

namespace gongwen::host {

// Appends `j` serialised compactly to `out`.
void append_json(std::string& out, const Json& j);
// `s` as a JSON string, as dump() writes Json(s) (invalid UTF-8 replaced).
void append_json_string(std::string& out, std::string_view s);
// `j` serialised compactly, as a string.
std::string json_line(const Json& j);

}  // namespace gongwen::host
