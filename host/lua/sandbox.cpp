// The sandbox scripts and job files run in: the whitelisted globals, the
// library functions replaced by guarded versions, `load` and `require`
// limited to source text from known folders, and a private copy of every
// library table for each script.
//
// Invariants (docs/security.md):
// - A script reaches no table another script can reach: each sandbox gets
//   its own copies of the library tables, down to the functions (gw.re
//   included), so replacing gw.re.find changes only the script that did it.
// - No library function a script can call runs unbounded work in C: Lua
//   patterns are our bounded matcher (lua/pattern.cpp), string.rep and
//   table.move check their size first.
// - Errors of a poisoned call cannot be caught: pcall, xpcall and
//   coroutine.resume/close raise them again (lua/state.hpp).
// - No finalizer runs script code: metatables with __gc are refused, since
//   the collector runs finalizers outside any call, budget or cap.
#include <lua.hpp>

#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <string_view>
#include <vector>

#include "lua/detail.hpp"
#include "lua/pattern.hpp"
#include "lua/state.hpp"

namespace gongwen::host {

namespace {

// ---- error-catching functions that cannot swallow a poisoned call -----------

int finish_pcall(lua_State* L, int status, lua_KContext extra) {
  if (status != LUA_OK && status != LUA_YIELD) {
    rethrow_if_poisoned(L, status);
    lua_pushboolean(L, 0);
    lua_pushvalue(L, -2);
    return 2;
  }
  return lua_gettop(L) - static_cast<int>(extra);
}

int guarded_pcall(lua_State* L) {
  luaL_checkany(L, 1);
  lua_pushboolean(L, 1);
  lua_insert(L, 1);
  int status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, finish_pcall);
  return finish_pcall(L, status, 0);
}

int guarded_xpcall(lua_State* L) {
  int n = lua_gettop(L);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_pushboolean(L, 1);
  lua_pushvalue(L, 1);
  lua_rotate(L, 3, 2);
  int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, finish_pcall);
  return finish_pcall(L, status, 2);
}

// coroutine.resume / coroutine.close: upvalue 1 is the original function.
int guarded_coroutine_call(lua_State* L) {
  lua_State* co = lua_tothread(L, 1);
  int n = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, n, LUA_MULTRET);
  if (lua_gettop(L) >= 2 && lua_isboolean(L, 1) && !lua_toboolean(L, 1)) {
    lua_pushvalue(L, 2);
    rethrow_if_poisoned(L, co ? lua_status(co) : LUA_ERRRUN);
    lua_pop(L, 1);
  }
  return lua_gettop(L);
}

int guarded_setmetatable(lua_State* L) {
  if (lua_type(L, 2) == LUA_TTABLE) {
    lua_pushliteral(L, "__gc");
    if (lua_rawget(L, 2) != LUA_TNIL)
      return luaL_error(L, "setmetatable: __gc finalizers are not allowed in scripts "
                           "(the collector would run them outside any call and its limits)");
    lua_pop(L, 1);
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

// string.rep(s, n [, sep]): the result's size is known before any work, and
// an empty result must not cost n iterations.
int guarded_rep(lua_State* L) {
  std::size_t l = 0, lsep = 0;
  luaL_checklstring(L, 1, &l);
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &lsep);
  if (n <= 0 || (l == 0 && lsep == 0)) {
    lua_pushliteral(L, "");
    return 1;
  }
  auto* impl = impl_of(L);
  std::size_t cap = impl->limit ? impl->limit : impl->limits.memory;
  auto un = static_cast<unsigned long long>(n);
  if ((l + lsep) > 0 && un > cap / (l + lsep))
    return luaL_error(L, "string.rep: result of %I x %d bytes is over the memory cap", n, static_cast<int>(l + lsep));
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

// table.move(a1, f, e, t [, a2]) loops e - f + 1 times in C.
int guarded_move(lua_State* L) {
  lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
  if (e >= f) {
    lua_Integer count = (e - f < 0) ? LUA_MAXINTEGER : e - f + 1;  // overflow means huge
    if (count > (lua_Integer{1} << 24))
      return luaL_error(L, "table.move: %I elements is more than a script may move at once", count);
    charge_work(L, static_cast<std::uint64_t>(count));
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

void wrap_field(lua_State* L, int table, const char* name, lua_CFunction guard) {
  lua_getfield(L, table, name);
  lua_pushcclosure(L, guard, 1);
  lua_setfield(L, table, name);
}

// ---- base functions ---------------------------------------------------------

int sandbox_print(lua_State* L) {
  spdlog::info("[lua] {}", lua::print_line(L));
  return 0;
}

int sandbox_collectgarbage(lua_State* L) {
  const char* opt = luaL_optstring(L, 1, "count");
  if (std::string_view(opt) != "count") return luaL_error(L, "collectgarbage('%s') is not allowed in a script", opt);
  int k = lua_gc(L, LUA_GCCOUNT, 0);
  int b = lua_gc(L, LUA_GCCOUNTB, 0);
  lua_pushnumber(L, static_cast<lua_Number>(k) + static_cast<lua_Number>(b) / 1024);
  return 1;
}

// load(chunk [, chunkname [, mode [, env]]]): text chunks only; without env
// the chunk runs in the caller's sandbox (upvalue 1).
int sandbox_load(lua_State* L) {
  std::size_t len = 0;
  const char* s = nullptr;
  if (lua_type(L, 1) == LUA_TSTRING) s = lua_tolstring(L, 1, &len);
  else return luaL_error(L, "load: only source strings can be loaded in a script");
  const char* name = luaL_optstring(L, 2, "=(load)");
  const char* mode = luaL_optstring(L, 3, "t");
  if (std::string_view(mode) != "t") return luaL_error(L, "load: binary chunks are not allowed (mode must be 't')");
  int status = luaL_loadbufferx(L, s, len, name, "t");
  if (status != LUA_OK) {
    luaL_pushfail(L);
    lua_insert(L, -2);
    return 2;
  }
  if (!lua_isnoneornil(L, 4)) lua_pushvalue(L, 4);
  else lua_pushvalue(L, lua_upvalueindex(1));
  lua_setupvalue(L, -2, 1);
  return 1;
}

bool valid_module_name(std::string_view n) {
  if (n.empty() || n.size() > 128) return false;
  for (char c : n)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.')) return false;
  return n.find("..") == std::string_view::npos && n.front() != '.';
}

// require(name): modules from scripts/lib and the job's paths only, each in
// a sandbox of its own, cached per requiring sandbox (upvalue 2).
int sandbox_require(lua_State* L) {
  auto* rt = static_cast<LuaRuntime*>(lua_touserdata(L, lua_upvalueindex(1)));
  std::string name = luaL_checkstring(L, 1);
  if (!valid_module_name(name)) return luaL_error(L, "require: invalid module name '%s'", name.c_str());
  lua_getfield(L, lua_upvalueindex(2), name.c_str());
  if (!lua_isnil(L, -1)) return 1;
  lua_pop(L, 1);
  std::string rel = name;
  for (char& c : rel)
    if (c == '.') c = '/';
  rel += ".lua";
  std::string found;
  for (const auto& dir : rt->module_paths()) {
    std::error_code ec;
    auto p = std::filesystem::path(dir) / rel;
    if (std::filesystem::is_regular_file(p, ec)) {
      found = p.string();
      break;
    }
  }
  if (found.empty()) {
    std::string where;
    for (const auto& d : rt->module_paths()) where += "\n\tno file '" + (std::filesystem::path(d) / rel).string() + "'";
    return luaL_error(L, "module '%s' not found (scripts may require only from the module paths: the script's "
                         "folder, scripts/lib when it exists, and the job's paths):%s",
                      name.c_str(), where.c_str());
  }
  std::ifstream in(found, std::ios::binary);
  std::string code((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (luaL_loadbufferx(L, code.data(), code.size(), ("@" + found).c_str(), "t") != LUA_OK) return lua_error(L);
  rt->push_sandbox();
  lua_setupvalue(L, -2, 1);
  lua_pushstring(L, name.c_str());
  lua_call(L, 1, 1);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_pushboolean(L, 1);
  }
  lua_pushvalue(L, -1);
  lua_setfield(L, lua_upvalueindex(2), name.c_str());
  return 1;
}

// Copies the table at `src` (and the tables it holds, to any depth) into a
// new table on the stack top; `seen` maps originals to copies so shared
// and cyclic references stay shared within the copy.
void deep_copy(lua_State* L, int src, int seen) {
  src = lua_absindex(L, src);
  lua_pushvalue(L, src);
  if (lua_rawget(L, seen) == LUA_TTABLE) return;
  lua_pop(L, 1);
  luaL_checkstack(L, 6, "library tables nested too deeply");
  lua_newtable(L);
  int dst = lua_gettop(L);
  lua_pushvalue(L, src);
  lua_pushvalue(L, dst);
  lua_rawset(L, seen);
  lua_pushnil(L);
  while (lua_next(L, src)) {
    if (lua_istable(L, -1)) {
      deep_copy(L, -1, seen);
      lua_remove(L, -2);
    }
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, dst);
  }
}

}  // namespace

void install_sandbox_guards(lua_State* L) {
  // string.dump would hand out bytecode; strings share one metatable whose
  // __index is the real string table, so change it there, and hide the
  // metatable itself from scripts.
  lua_getglobal(L, "string");
  int str = lua_gettop(L);
  lua_pushnil(L);
  lua_setfield(L, str, "dump");
  lua::install_bounded_patterns(L, str);
  wrap_field(L, str, "rep", guarded_rep);
  lua_pop(L, 1);
  lua_pushliteral(L, "");
  lua_getmetatable(L, -1);
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 2);

  lua_getglobal(L, "table");
  wrap_field(L, lua_gettop(L), "move", guarded_move);
  lua_pop(L, 1);
  lua_getglobal(L, "coroutine");
  wrap_field(L, lua_gettop(L), "resume", guarded_coroutine_call);
  wrap_field(L, lua_gettop(L), "close", guarded_coroutine_call);
  lua_pop(L, 1);
  lua_pushglobaltable(L);
  wrap_field(L, lua_gettop(L), "setmetatable", guarded_setmetatable);
  lua_pushcfunction(L, guarded_pcall);
  lua_setfield(L, -2, "pcall");
  lua_pushcfunction(L, guarded_xpcall);
  lua_setfield(L, -2, "xpcall");
  lua_pop(L, 1);
}

void LuaRuntime::init_whitelist() {
  lua_State* L = L_;
  lua_newtable(L);
  static const char* base_names[] = {"assert", "error", "ipairs", "next", "pairs", "pcall", "xpcall", "select",
                                     "tonumber", "tostring", "type", "rawequal", "rawget", "rawlen", "rawset",
                                     "setmetatable", "getmetatable", "_VERSION"};
  for (const char* n : base_names) {
    lua_getglobal(L, n);
    lua_setfield(L, -2, n);
  }
  for (const char* lib : {"string", "table", "math", "utf8", "coroutine"}) {
    lua_getglobal(L, lib);
    lua_setfield(L, -2, lib);
  }
  lua_pushcfunction(L, sandbox_print);
  lua_setfield(L, -2, "print");
  lua_pushcfunction(L, sandbox_collectgarbage);
  lua_setfield(L, -2, "collectgarbage");
  open_gw_library(L, *this);  // pushes gw
  lua_setfield(L, -2, "gw");
  impl_->base_ref = luaL_ref(L, LUA_REGISTRYINDEX);

  // Nothing outside the sandboxes needs the full globals: empty them so a
  // leaked reference to _G gives nothing away.
  lua_pushglobaltable(L);
  std::vector<std::string> keys;
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    if (lua_type(L, -2) == LUA_TSTRING) keys.emplace_back(lua_tostring(L, -2));
    lua_pop(L, 1);
  }
  for (const auto& k : keys) {
    lua_pushnil(L);
    lua_setfield(L, -2, k.c_str());
  }
  lua_pop(L, 1);
}

void LuaRuntime::push_sandbox() {
  lua_State* L = L_;
  lua_newtable(L);  // originals → copies
  int seen = lua_gettop(L);
  lua_rawgeti(L, LUA_REGISTRYINDEX, impl_->base_ref);
  deep_copy(L, -1, seen);
  int env = lua_gettop(L);
  lua_pushvalue(L, env);
  lua_setfield(L, env, "_G");
  lua_pushvalue(L, env);
  lua_pushcclosure(L, sandbox_load, 1);
  lua_setfield(L, env, "load");
  lua_pushlightuserdata(L, this);
  lua_newtable(L);  // modules loaded by this sandbox
  lua_pushcclosure(L, sandbox_require, 2);
  lua_setfield(L, env, "require");
  lua_getfield(L, env, "table");
  lua_getfield(L, -1, "unpack");
  lua_setfield(L, env, "unpack");
  lua_pop(L, 1);
  lua_replace(L, seen);  // env where `seen` was
  lua_settop(L, seen);
}

}  // namespace gongwen::host
