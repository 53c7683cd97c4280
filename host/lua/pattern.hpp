// Lua's pattern functions with bounded work (see lua/pattern.cpp).
#pragma once

#include <lua.hpp>

namespace gongwen::host::lua {

// Replaces find, match, gmatch and gsub in the string table at `index` with
// versions that charge their work to the calling script's budget.
void install_bounded_patterns(lua_State* L, int index);

}  // namespace gongwen::host::lua
