// The `gw` table every script sees: Chinese-text helpers that Lua's
// byte-based patterns cannot provide (characters, numerals, dates, heading
// markers, regular expressions: lua/gw_re.cpp) and the host's logger. Same rules as the
// C++ SDK (sdk/include/gongwen/text.hpp), so a script and a plugin agree.
#include <lua.hpp>

#include <spdlog/spdlog.h>

#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <string>

#include "lua/detail.hpp"
#include "lua/gw_re.hpp"
#include "lua/runtime.hpp"
#include "lua/state.hpp"

namespace gongwen::host {

namespace {

using lua::check_sv;
using lua::push_sv;

int gw_log(lua_State* L) {
  auto level = check_sv(L, 1);
  std::string msg(luaL_checkstring(L, 2));
  lua_Debug ar;
  std::string where;
  if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar)) where = std::string(ar.short_src) + ":" + std::to_string(ar.currentline) + ": ";
  auto lvl = level == "debug" ? spdlog::level::debug
             : level == "warn" || level == "warning" ? spdlog::level::warn
             : level == "error" ? spdlog::level::err
                                : spdlog::level::info;
  spdlog::log(lvl, "[lua] {}{}", where, msg);
  return 0;
}

// for ch, pos in gw.chars(s) do ... end
int chars_iter(lua_State* L) {
  std::size_t n = 0;
  const char* s = lua_tolstring(L, lua_upvalueindex(1), &n);
  auto i = static_cast<std::size_t>(lua_tointeger(L, lua_upvalueindex(2)));
  if (i >= n) return 0;
  std::size_t start = i;
  text::next_cp(std::string_view(s, n), i);
  lua_pushlstring(L, s + start, i - start);
  lua_pushinteger(L, static_cast<lua_Integer>(start + 1));
  lua_pushinteger(L, static_cast<lua_Integer>(i));
  lua_replace(L, lua_upvalueindex(2));
  return 2;
}
int gw_chars(lua_State* L) {
  luaL_checkstring(L, 1);
  lua_settop(L, 1);
  lua_pushinteger(L, 0);
  lua_pushcclosure(L, chars_iter, 2);
  return 1;
}

int gw_len(lua_State* L) {
  lua_pushinteger(L, static_cast<lua_Integer>(text::char_count(check_sv(L, 1))));
  return 1;
}

// gw.sub(s, i, j): characters i..j (1-based, negative from the end).
int gw_sub(lua_State* L) {
  auto s = check_sv(L, 1);
  auto n = static_cast<lua_Integer>(text::char_count(s));
  lua_Integer i = luaL_optinteger(L, 2, 1), j = luaL_optinteger(L, 3, -1);
  if (i < 0) i = std::max<lua_Integer>(n + i + 1, 1);
  if (i == 0) i = 1;
  if (j < 0) j = n + j + 1;
  if (j > n) j = n;
  if (i > j) { lua_pushliteral(L, ""); return 1; }
  std::size_t b = 0, k = 0;
  lua_Integer c = 1;
  for (; k < s.size() && c < i; ++c) text::next_cp(s, k);
  b = k;
  for (; k < s.size() && c <= j; ++c) text::next_cp(s, k);
  push_sv(L, s.substr(b, k - b));
  return 1;
}

int gw_trim(lua_State* L) { push_sv(L, text::trim(check_sv(L, 1))); return 1; }
int gw_strip_spaces(lua_State* L) { push_sv(L, text::strip_spaces(check_sv(L, 1))); return 1; }

int gw_number(lua_State* L) {
  auto v = text::parse_number(text::trim(check_sv(L, 1)));
  if (v) lua_pushinteger(L, *v);
  else lua_pushnil(L);
  return 1;
}

int gw_chinese(lua_State* L) {
  push_sv(L, text::to_chinese(luaL_checkinteger(L, 1)));
  return 1;
}

// gw.date(s [, init]) → iso, start, stop: the first date from init on.
int gw_date(lua_State* L) {
  auto s = check_sv(L, 1);
  auto init = static_cast<std::size_t>(std::max<lua_Integer>(1, luaL_optinteger(L, 2, 1)) - 1);
  bool full_only = lua_toboolean(L, 3);
  for (std::size_t i = init; i < s.size();) {
    auto d = text::parse_date_at(s, i);
    if (d && (!full_only || (d->year && d->day))) {
      push_sv(L, d->iso());
      lua_pushinteger(L, static_cast<lua_Integer>(d->begin + 1));
      lua_pushinteger(L, static_cast<lua_Integer>(d->end));
      return 3;
    }
    text::next_cp(s, i);
  }
  lua_pushnil(L);
  return 1;
}

// gw.marker(line) → {family=, number=, text=, length=} | nil
int gw_marker(lua_State* L) {
  auto m = text::parse_marker(check_sv(L, 1));
  if (!m) { lua_pushnil(L); return 1; }
  lua_createtable(L, 0, 4);
  lua_pushstring(L, text::family_name(m.family));
  lua_setfield(L, -2, "family");
  lua_pushinteger(L, m.number);
  lua_setfield(L, -2, "number");
  push_sv(L, m.text);
  lua_setfield(L, -2, "text");
  lua_pushinteger(L, static_cast<lua_Integer>(m.length));
  lua_setfield(L, -2, "length");
  return 1;
}

// gw.trail(line) → boolean: a page's breadcrumb (`当前位置：首页 > 通知公告`), told as the
// native handlers tell it (structure::trail_line), so a script never titles a document by it.
int gw_trail(lua_State* L) {
  lua_pushboolean(L, structure::trail_line(check_sv(L, 1)));
  return 1;
}

}  // namespace

void open_gw_library(lua_State* L, LuaRuntime&) {
  static const luaL_Reg fns[] = {{"log", lua::safe<gw_log>},
                                 {"chars", lua::safe<gw_chars>},
                                 {"len", lua::safe<gw_len>},
                                 {"sub", lua::safe<gw_sub>},
                                 {"trim", lua::safe<gw_trim>},
                                 {"strip_spaces", lua::safe<gw_strip_spaces>},
                                 {"number", lua::safe<gw_number>},
                                 {"chinese", lua::safe<gw_chinese>},
                                 {"date", lua::safe<gw_date>},
                                 {"marker", lua::safe<gw_marker>},
                                 {"trail", lua::safe<gw_trail>},
                                 {nullptr, nullptr}};
  luaL_newlib(L, fns);
  lua::push_gw_re(L);
  lua_setfield(L, -2, "re");
  lua_pushstring(L, "1.0");
  lua_setfield(L, -2, "api_version");
}

}  // namespace gongwen::host
