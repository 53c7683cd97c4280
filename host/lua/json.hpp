// Lua values ⇄ JSON (fields and entity values are JSON in the host).
#pragma once

#include <lua.hpp>

#include "model/document.hpp"

namespace gongwen::host {
// Tables with keys 1..n become arrays, other tables objects; functions and
// userdata raise a Lua error.
Json lua_to_json(lua_State* L, int index, int depth = 0);
void push_json(lua_State* L, const Json& j);
}  // namespace gongwen::host
