// Small helpers for writing lua_CFunctions in C++.
#pragma once

#include <lua.hpp>

#include <exception>
#include <string>
#include <string_view>

namespace gongwen::host::lua {

// Wraps a C function body so a C++ exception becomes a Lua error with its
// message (Lua's own catch-all would drop the message).
template <int (*F)(lua_State*)>
int safe(lua_State* L) {
  const char* msg = nullptr;
  try {
    return F(L);
  } catch (const std::exception& e) {
    lua_pushstring(L, e.what());
  }
  (void)msg;
  return lua_error(L);
}

inline std::string_view check_sv(lua_State* L, int i) {
  std::size_t n = 0;
  const char* s = luaL_checklstring(L, i, &n);
  return {s, n};
}

inline void push_sv(lua_State* L, std::string_view s) { lua_pushlstring(L, s.data(), s.size()); }

// print's arguments as one line: tostring of each, tab-separated.
inline std::string print_line(lua_State* L) {
  int n = lua_gettop(L);
  std::string out;
  for (int i = 1; i <= n; ++i) {
    if (i > 1) out += '\t';
    out += luaL_tolstring(L, i, nullptr);
    lua_pop(L, 1);
  }
  return out;
}

}  // namespace gongwen::host::lua
