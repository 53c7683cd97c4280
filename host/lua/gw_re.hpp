// gw.re, the scripts' regular expressions (see lua/gw_re.cpp).
#pragma once

#include <lua.hpp>

namespace gongwen::host::lua {

// Pushes the gw.re table: find, match, gmatch, gfind, gsub.
void push_gw_re(lua_State* L);

}  // namespace gongwen::host::lua
