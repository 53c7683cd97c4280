// Lua values ⇄ JSON (fields and entity values are JSON in the host).
#pragma once

#include <lua.hpp>

#include "model/document.hpp"

namespace gongwen::host {
// Tables with keys 1..n become arrays, other tables objects; functions and
// userdata raise a Lua error, and so do cycles and nesting deeper than
// kMaxJsonDepth. Every byte copied is charged to the document's output
// budget (lua.output_mb), since the host keeps what a script hands it.
constexpr int kMaxJsonDepth = 64;
Json lua_to_json(lua_State* L, int index);
void push_json(lua_State* L, const Json& j);
}  // namespace gongwen::host
