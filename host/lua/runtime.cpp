// Lua state, sandbox, limits and script loading. Lua is linked as C++
// (lua5.4-c++), so a Lua error unwinds C++ frames and destructors run; C++
// exceptions are still converted to Lua errors at each C function boundary
// (see lua/detail.hpp) because Lua's catch-all loses their message.
#include "lua/runtime.hpp"

#include <lua.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lua/detail.hpp"
#include "read/reader.hpp"
#include "runner/interrupt.hpp"

namespace gongwen::host {

struct LuaRuntime::Impl {
  std::size_t used = 0;
  std::size_t limit = 0;  // 0: no limit (outside script calls)
  std::uint64_t executed = 0;
  std::uint64_t budget = 0;  // 0: not counting
  bool budget_hit = false;
  int base_ref = LUA_NOREF;  // the whitelisted globals every sandbox copies
};

namespace {

constexpr int kHookStep = 1000;

void* limited_alloc(void* ud, void* ptr, std::size_t osize, std::size_t nsize) {
  auto* impl = static_cast<LuaRuntime::Impl*>(ud);
  std::size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    impl->used -= old;
    std::free(ptr);
    return nullptr;
  }
  if (impl->limit && nsize > old && impl->used - old + nsize > impl->limit) return nullptr;
  void* p = std::realloc(ptr, nsize);
  if (p) impl->used = impl->used - old + nsize;
  return p;
}

LuaRuntime::Impl* impl_of(lua_State* L) {
  void* ud = nullptr;
  lua_getallocf(L, &ud);
  return static_cast<LuaRuntime::Impl*>(ud);
}

void count_hook(lua_State* L, lua_Debug*) {
  auto* impl = impl_of(L);
  if (!impl->budget) return;
  if (interrupt_requested().load(std::memory_order_relaxed)) luaL_error(L, "interrupted");
  impl->executed += kHookStep;
  if (impl->executed > impl->budget) {
    impl->budget_hit = true;
    luaL_error(L, "instruction budget exceeded (%I instructions; raise lua.instructions in the job)",
               static_cast<lua_Integer>(impl->budget));
  }
}

int message_handler(lua_State* L) {
  const char* msg = lua_tostring(L, 1);
  if (!msg) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) msg = lua_tostring(L, -1);
    else msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);
  // A short traceback: the message and the first few Lua frames.
  std::string tb = lua_tostring(L, -1);
  std::istringstream in(tb);
  std::string line, out;
  int frames = 0;
  while (std::getline(in, line)) {
    if (line.find("[C]: in ?") != std::string::npos) continue;
    if (!out.empty() && line.rfind("\t", 0) == 0 && ++frames > 5) break;
    if (!out.empty()) out += '\n';
    out += line;
  }
  lua_pushlstring(L, out.data(), out.size());
  return 1;
}

// ---- sandboxed base functions ----------------------------------------------

int sandbox_print(lua_State* L) {
  int n = lua_gettop(L);
  std::string out;
  for (int i = 1; i <= n; ++i) {
    if (i > 1) out += '\t';
    out += luaL_tolstring(L, i, nullptr);
    lua_pop(L, 1);
  }
  spdlog::info("[lua] {}", out);
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
    auto p = std::filesystem::path(dir) / rel;
    if (std::filesystem::is_regular_file(p)) {
      found = p.string();
      break;
    }
  }
  if (found.empty()) {
    std::string where;
    for (const auto& d : rt->module_paths()) where += "\n\tno file '" + (std::filesystem::path(d) / rel).string() + "'";
    return luaL_error(L, "module '%s' not found (scripts may require only from scripts/lib and job paths):%s",
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

// Lua's pattern matcher runs in C, where the count hook cannot stop it, and
// backtracks: k quantifiers on an n-byte subject can cost n^k steps. Refuse
// the combinations that could run for hours; gw.re has a time limit instead.
int pattern_quantifiers(std::string_view p) {
  int q = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '%') {
      if (i + 1 < p.size() && (p[i + 1] == 'b')) i += 3;
      else ++i;
      continue;
    }
    if (c == '[') {
      ++i;
      if (i < p.size() && p[i] == '^') ++i;
      if (i < p.size() && p[i] == ']') ++i;
      while (i < p.size() && p[i] != ']') {
        if (p[i] == '%') ++i;
        ++i;
      }
      continue;
    }
    if ((c == '*' || c == '+' || c == '-') && i > 0) ++q;
  }
  return q;
}

int guarded_match(lua_State* L) {
  std::size_t n = 0, pl = 0;
  const char* s = lua_tolstring(L, 1, &n);
  const char* p = lua_tolstring(L, 2, &pl);
  bool plain = lua_toboolean(L, 4) && lua_tointeger(L, lua_upvalueindex(2)) == 1;  // string.find's plain flag
  if (s && p && !plain) {
    int q = pattern_quantifiers(std::string_view(p, pl));
    if ((q >= 2 && n > (256u << 10)) || (q >= 3 && n > (16u << 10)))
      return luaL_error(L, "pattern '%s' has %d quantifiers: on a %d-byte subject it may backtrack for hours "
                           "(match line by line with doc:lines(), or use gw.re, which has a time limit)",
                        p, q, static_cast<int>(n));
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
  return lua_gettop(L);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw HandlerError(fmt::format("{}: cannot open script", path));
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

class LuaHandler final : public Handler {
 public:
  LuaHandler(std::shared_ptr<const HandlerInfo> info, LuaRuntime& rt, int ref)
      : Handler(std::move(info)), rt_(rt), ref_(ref) {
    // The functions as they were at load time, looked up once: a field
    // lookup by name on every call was a sixth of the call's cost.
    lua_State* L = rt_.state();
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref_);
    lua_getfield(L, -1, "detect");
    detect_ref_ = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_getfield(L, -1, "process");
    process_ref_ = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_pop(L, 1);
  }
  ~LuaHandler() override {
    luaL_unref(rt_.state(), LUA_REGISTRYINDEX, detect_ref_);
    luaL_unref(rt_.state(), LUA_REGISTRYINDEX, process_ref_);
    luaL_unref(rt_.state(), LUA_REGISTRYINDEX, ref_);
  }

  double detect(Document& doc) override {
    if (!info().keywords.empty()) {
      bool any = false;
      // memmem, not std::string::find: CJK text repeats the same UTF-8 lead
      // bytes, so a first-byte scan stops everywhere.
      for (const auto& k : info().keywords)
        if (::memmem(doc.text.data(), doc.text.size(), k.data(), k.size())) { any = true; break; }
      if (!any) return 0;
    }
    lua_State* L = rt_.state();
    int top = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, detect_ref_);
    LuaDocGuard guard(L, doc);
    try {
      rt_.call(1, 1, "detect");
    } catch (...) {
      lua_settop(L, top);
      throw;
    }
    int isnum = 0;
    double score = lua_tonumberx(L, -1, &isnum);
    bool is_bool = lua_isboolean(L, -1);
    if (is_bool) score = lua_toboolean(L, -1) ? 1.0 : 0.0;
    lua_settop(L, top);
    if (!isnum && !is_bool) throw HandlerError(fmt::format("{}: detect must return a number in [0, 1]", info().file));
    return score;
  }

  void process(Document& doc) override {
    lua_State* L = rt_.state();
    int top = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, process_ref_);
    LuaDocGuard guard(L, doc);
    lua_createtable(L, 0, 2);
    lua_pushstring(L, info().name.c_str());
    lua_setfield(L, -2, "handler");
    lua_pushstring(L, doc.step.c_str());
    lua_setfield(L, -2, "step");
    try {
      rt_.call(2, 0, "process");
    } catch (...) {
      lua_settop(L, top);
      throw;
    }
    lua_settop(L, top);
  }

 private:
  LuaRuntime& rt_;
  int ref_;
  int detect_ref_ = LUA_NOREF;
  int process_ref_ = LUA_NOREF;
};

}  // namespace

LuaRuntime::LuaRuntime(LuaLimits limits, std::vector<std::string> module_paths)
    : limits_(limits), module_paths_(std::move(module_paths)), impl_(std::make_unique<Impl>()) {
  L_ = lua_newstate(limited_alloc, impl_.get());
  if (!L_) throw std::runtime_error("cannot create a Lua state");
  luaL_openlibs(L_);
  lua_sethook(L_, count_hook, LUA_MASKCOUNT, kHookStep);

  // string.dump would hand out bytecode; strings share one metatable whose
  // __index is the real string table, so remove it there, and hide the
  // metatable itself from scripts.
  lua_getglobal(L_, "string");
  lua_pushnil(L_);
  lua_setfield(L_, -2, "dump");
  int is_find = 1;
  for (const char* fn : {"find", "match", "gmatch", "gsub"}) {
    lua_getfield(L_, -1, fn);
    lua_pushinteger(L_, is_find);
    lua_pushcclosure(L_, guarded_match, 2);
    lua_setfield(L_, -2, fn);
    is_find = 0;
  }
  lua_pop(L_, 1);
  lua_pushliteral(L_, "");
  lua_getmetatable(L_, -1);
  lua_pushboolean(L_, 0);
  lua_setfield(L_, -2, "__metatable");
  lua_pop(L_, 2);

  register_document_type(L_);

  // The whitelist.
  lua_newtable(L_);
  static const char* base_names[] = {"assert", "error", "ipairs", "next", "pairs", "pcall", "xpcall", "select",
                                     "tonumber", "tostring", "type", "rawequal", "rawget", "rawlen", "rawset",
                                     "setmetatable", "getmetatable", "_VERSION"};
  for (const char* n : base_names) {
    lua_getglobal(L_, n);
    lua_setfield(L_, -2, n);
  }
  for (const char* lib : {"string", "table", "math", "utf8", "coroutine"}) {
    lua_getglobal(L_, lib);
    lua_setfield(L_, -2, lib);
  }
  lua_pushcfunction(L_, sandbox_print);
  lua_setfield(L_, -2, "print");
  lua_pushcfunction(L_, sandbox_collectgarbage);
  lua_setfield(L_, -2, "collectgarbage");
  open_gw_library(L_, *this);  // pushes gw
  lua_setfield(L_, -2, "gw");
  impl_->base_ref = luaL_ref(L_, LUA_REGISTRYINDEX);

  // Nothing outside the sandboxes needs the full globals: empty them so a
  // leaked reference to _G gives nothing away.
  lua_pushglobaltable(L_);
  lua_pushnil(L_);
  std::vector<std::string> keys;
  while (lua_next(L_, -2)) {
    if (lua_type(L_, -2) == LUA_TSTRING) keys.emplace_back(lua_tostring(L_, -2));
    lua_pop(L_, 1);
  }
  for (const auto& k : keys) {
    lua_pushnil(L_);
    lua_setfield(L_, -2, k.c_str());
  }
  lua_pop(L_, 1);
}

LuaRuntime::~LuaRuntime() {
  if (L_) lua_close(L_);
}

std::size_t LuaRuntime::memory_used() const { return impl_->used; }

void LuaRuntime::push_sandbox() {
  lua_State* L = L_;
  lua_newtable(L);  // env
  int env = lua_gettop(L);
  lua_rawgeti(L, LUA_REGISTRYINDEX, impl_->base_ref);
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    // Library tables are copied so one script cannot change another's.
    if (lua_istable(L, -1) && lua_type(L, -2) == LUA_TSTRING) {
      lua_newtable(L);
      lua_pushnil(L);
      while (lua_next(L, -3)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
      }
      lua_remove(L, -2);
    }
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, env);
  }
  lua_pop(L, 1);
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
}

int LuaRuntime::repl_env_ref() {
  if (repl_env_ == LUA_NOREF) {
    push_sandbox();
    repl_env_ = luaL_ref(L_, LUA_REGISTRYINDEX);
  }
  return repl_env_;
}

void LuaRuntime::call(int nargs, int nresults, const char* what) {
  lua_State* L = L_;
  int fn = lua_gettop(L) - nargs;
  lua_pushcfunction(L, message_handler);
  lua_insert(L, fn);
  std::size_t baseline = impl_->used;
  impl_->limit = baseline + limits_.memory;
  impl_->executed = 0;
  impl_->budget = limits_.instructions;
  impl_->budget_hit = false;
  int rc = lua_pcall(L, nargs, nresults, fn);
  impl_->limit = 0;
  impl_->budget = 0;
  lua_remove(L, fn);
  if (rc != LUA_OK) {
    std::string msg;
    if (rc == LUA_ERRMEM)
      msg = fmt::format("memory cap exceeded ({} MiB per call; raise lua.memory_mb in the job)", limits_.memory >> 20);
    else
      msg = lua_tostring(L, -1) ? lua_tostring(L, -1) : "unknown Lua error";
    lua_pop(L, 1);
    lua_gc(L, LUA_GCCOLLECT);
    throw HandlerError(fmt::format("{}: {}", what, msg));
  }
  // Give back what a greedy call left behind, so the host's memory stays
  // bounded whatever scripts do.
  if (impl_->used > baseline + (32u << 20)) lua_gc(L, LUA_GCCOLLECT);
}

int LuaRuntime::eval(const std::string& code, const std::string& chunkname, bool keep_env_global) {
  lua_State* L = L_;
  int top = lua_gettop(L);
  if (luaL_loadbufferx(L, code.data(), code.size(), chunkname.c_str(), "t") != LUA_OK) {
    std::string msg = lua_tostring(L, -1);
    lua_settop(L, top);
    throw HandlerError(msg);
  }
  if (keep_env_global) lua_rawgeti(L, LUA_REGISTRYINDEX, repl_env_ref());
  else push_sandbox();
  lua_setupvalue(L, -2, 1);
  call(0, LUA_MULTRET, "load");
  return lua_gettop(L) - top;
}

std::unique_ptr<Handler> LuaRuntime::load_handler(const std::string& path) {
  lua_State* L = L_;
  std::string code = read_file(path);
  int top = lua_gettop(L);
  if (luaL_loadbufferx(L, code.data(), code.size(), ("@" + path).c_str(), "t") != LUA_OK) {
    std::string msg = lua_tostring(L, -1);
    lua_settop(L, top);
    throw HandlerError(msg);
  }
  push_sandbox();
  lua_setupvalue(L, -2, 1);
  try {
    call(0, 1, "load");
  } catch (...) {
    lua_settop(L, top);
    throw;
  }
  auto fail = [&](const std::string& why) {
    lua_settop(L, top);
    throw HandlerError(fmt::format("{}: {}", path, why));
  };
  if (!lua_istable(L, -1)) fail("the script must return a handler table {name=, version=, kinds=, detect=, process=}");
  auto info = std::make_shared<HandlerInfo>();
  info->origin = "lua";
  info->file = std::filesystem::absolute(path).lexically_normal().string();
  info->content_hash = sha256_hex(code);
  lua_getfield(L, -1, "name");
  if (lua_type(L, -1) != LUA_TSTRING || !*lua_tostring(L, -1)) fail("handler table: `name` must be a non-empty string");
  info->name = lua_tostring(L, -1);
  lua_pop(L, 1);
  lua_getfield(L, -1, "version");
  if (lua_type(L, -1) != LUA_TSTRING && lua_type(L, -1) != LUA_TNUMBER) fail("handler table: `version` must be a string");
  info->version = lua_tostring(L, -1);
  lua_pop(L, 1);
  lua_getfield(L, -1, "kinds");
  if (lua_type(L, -1) == LUA_TSTRING) {
    info->kinds = split_kinds(lua_tostring(L, -1));
  } else if (lua_istable(L, -1)) {
    for (lua_Integer i = 1;; ++i) {
      if (lua_rawgeti(L, -1, i) != LUA_TSTRING) { lua_pop(L, 1); break; }
      info->kinds.emplace_back(lua_tostring(L, -1));
      lua_pop(L, 1);
    }
  }
  if (info->kinds.empty()) fail("handler table: `kinds` must list at least one document kind");
  lua_pop(L, 1);
  for (const char* fn : {"detect", "process"}) {
    lua_getfield(L, -1, fn);
    if (!lua_isfunction(L, -1)) fail(fmt::format("handler table: `{}` must be a function", fn));
    lua_pop(L, 1);
  }
  lua_getfield(L, -1, "priority");
  if (!lua_isnil(L, -1)) {
    if (!lua_isinteger(L, -1)) fail("handler table: `priority` must be an integer");
    info->priority = static_cast<int>(lua_tointeger(L, -1));
  }
  lua_pop(L, 1);
  lua_getfield(L, -1, "description");
  if (lua_type(L, -1) == LUA_TSTRING) info->description = lua_tostring(L, -1);
  lua_pop(L, 1);
  lua_getfield(L, -1, "keywords");
  if (lua_istable(L, -1)) {
    for (lua_Integer i = 1;; ++i) {
      if (lua_rawgeti(L, -1, i) != LUA_TSTRING) { lua_pop(L, 1); break; }
      info->keywords.emplace_back(lua_tostring(L, -1));
      lua_pop(L, 1);
    }
    if (info->keywords.empty()) fail("handler table: `keywords` must be a non-empty list of strings");
  } else if (!lua_isnil(L, -1)) {
    fail("handler table: `keywords` must be a list of strings");
  }
  lua_pop(L, 1);
  int ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_settop(L, top);
  return std::make_unique<LuaHandler>(std::move(info), *this, ref);
}

}  // namespace gongwen::host
