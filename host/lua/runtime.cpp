// The Lua state of one worker and the limits every script call runs under:
// our lua_Alloc (memory caps), the count hook (instructions, deadline,
// interrupt), and LuaRuntime::call, which arms them. Lua is linked as C++
// (lua5.4-c++), so a Lua error unwinds C++ frames and destructors run; C++
// exceptions are still converted to Lua errors at each C function boundary
// (see lua/detail.hpp) because Lua's catch-all loses their message.
//
// The sandbox itself (whitelist, guarded library functions, require) is in
// lua/sandbox.cpp; the handler adapter in lua/handler.cpp.
#include "lua/runtime.hpp"

#include <lua.hpp>

#include <fmt/format.h>

#include <cstdlib>
#include <sstream>

#include "lua/state.hpp"
#include "util/interrupt.hpp"

namespace gongwen::host {

namespace {

constexpr int kHookStep = 1000;
using Clock = std::chrono::steady_clock;

void* limited_alloc(void* ud, void* ptr, std::size_t osize, std::size_t nsize) {
  auto* impl = static_cast<LuaRuntime::Impl*>(ud);
  std::size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    impl->used -= old;
    std::free(ptr);
    return nullptr;
  }
  if (impl->limit && nsize > old && impl->used - old + nsize > impl->limit) {
    impl->refused = true;
    return nullptr;
  }
  void* p = std::realloc(ptr, nsize);
  if (p) impl->used = impl->used - old + nsize;
  return p;
}

[[noreturn]] void raise_poison(lua_State* L, LuaRuntime::Impl* impl, Poison why) {
  if (impl->poison == Poison::none) impl->poison = why;
  switch (impl->poison) {
    case Poison::interrupted: luaL_error(L, "interrupted"); break;
    case Poison::deadline: luaL_error(L, "document time limit exceeded (limits.document_seconds in the job)"); break;
    case Poison::memory: luaL_error(L, "memory cap exceeded"); break;
    case Poison::regex: luaL_error(L, "gw.re: the regex budget of this document is spent (lua.regex_steps in the job)"); break;
    default:
      luaL_error(L, "instruction budget exceeded (%I instructions; raise lua.instructions in the job)",
                 static_cast<lua_Integer>(impl->budget));
  }
  std::abort();  // luaL_error does not return
}

void check_limits(lua_State* L, LuaRuntime::Impl* impl) {
  if (impl->poison != Poison::none) raise_poison(L, impl, impl->poison);
  if (interrupt_requested().load(std::memory_order_relaxed)) raise_poison(L, impl, Poison::interrupted);
  if (impl->executed > impl->budget) raise_poison(L, impl, Poison::budget);
  if (impl->deadline != Clock::time_point::max() && Clock::now() > impl->deadline)
    raise_poison(L, impl, Poison::deadline);
}

void count_hook(lua_State* L, lua_Debug*) {
  auto* impl = impl_of(L);
  if (!impl->budget) return;
  impl->executed += kHookStep;
  check_limits(L, impl);
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

}  // namespace

LuaRuntime::Impl* impl_of(lua_State* L) {
  void* ud = nullptr;
  lua_getallocf(L, &ud);
  return static_cast<LuaRuntime::Impl*>(ud);
}

void charge_work(lua_State* L, std::uint64_t steps) {
  auto* impl = impl_of(L);
  if (!impl->budget) return;
  impl->executed += steps;
  check_limits(L, impl);
}

void charge_output(lua_State* L, std::size_t bytes) {
  auto* impl = impl_of(L);
  impl->handed += bytes;
  if (impl->handed > impl->limits.output)
    luaL_error(L, "scripts handed more than %d MiB of data to this document (lua.output_mb in the job)",
               static_cast<int>(impl->limits.output >> 20));
}

void charge_diagnostic(lua_State* L, std::size_t bytes) {
  auto* impl = impl_of(L);
  if (++impl->diagnostics > impl->limits.diagnostics)
    luaL_error(L, "more than %d diagnostics for one document (lua.diagnostics in the job)",
               static_cast<int>(impl->limits.diagnostics));
  charge_output(L, bytes);
}

std::uint64_t regex_steps_left(lua_State* L) {
  auto* impl = impl_of(L);
  // Scales with the text: a script may scan a long document a few times.
  std::uint64_t budget = impl->limits.regex_steps + impl->doc_bytes / 64;
  return impl->regex_steps >= budget ? 0 : budget - impl->regex_steps;
}

void charge_regex(lua_State* L, std::uint64_t steps) { impl_of(L)->regex_steps += steps; }

void rethrow_if_poisoned(lua_State* L, int status) {
  auto* impl = impl_of(L);
  if (!impl->budget) return;  // not in a limited call (job files under `check`, the REPL's own code)
  // A memory error caught by a script is final once our cap refused: an
  // emergency collection could not make room.
  if (impl->poison == Poison::none && impl->refused &&
      (status == LUA_ERRMEM || (lua_type(L, -1) == LUA_TSTRING && std::string_view(lua_tostring(L, -1)) == "not enough memory")))
    impl->poison = Poison::memory;
  if (impl->poison != Poison::none) lua_error(L);  // the error value on top, as caught
}

LuaRuntime::LuaRuntime(LuaLimits limits, std::vector<std::string> module_paths)
    : limits_(limits), module_paths_(std::move(module_paths)), impl_(std::make_unique<Impl>()) {
  impl_->limits = limits_;
  L_ = lua_newstate(limited_alloc, impl_.get());
  if (!L_) throw std::runtime_error("cannot create a Lua state");
  luaL_openlibs(L_);
  lua_sethook(L_, count_hook, LUA_MASKCOUNT, kHookStep);
  register_document_type(L_);
  install_sandbox_guards(L_);
  init_whitelist();
}

LuaRuntime::~LuaRuntime() {
  if (L_) lua_close(L_);
}

void LuaRuntime::set_limits(const LuaLimits& l) {
  limits_ = l;
  impl_->limits = l;
}

std::size_t LuaRuntime::memory_used() const { return impl_->used; }

int LuaRuntime::repl_env_ref() {
  if (repl_env_ == LUA_NOREF) {
    push_sandbox();
    repl_env_ = luaL_ref(L_, LUA_REGISTRYINDEX);
  }
  return repl_env_;
}

void LuaRuntime::enter(const Document& doc) {
  if (doc.serial != impl_->doc_serial || doc.serial == 0) {
    impl_->doc_serial = doc.serial;
    impl_->regex_steps = 0;
    impl_->handed = 0;
    impl_->diagnostics = 0;
  }
  impl_->doc_bytes = doc.text.size();
  impl_->deadline = doc.deadline;
}

void LuaRuntime::call(int nargs, int nresults, const char* what) {
  lua_State* L = L_;
  int fn = lua_gettop(L) - nargs;
  lua_pushcfunction(L, message_handler);
  lua_insert(L, fn);
  std::size_t baseline = impl_->used;
  impl_->limit = std::min(baseline + limits_.memory, std::max(limits_.state_memory, baseline + (1u << 20)));
  impl_->refused = false;
  impl_->executed = 0;
  impl_->budget = limits_.instructions;
  impl_->poison = Poison::none;
  int rc = lua_pcall(L, nargs, nresults, fn);
  Poison poison = impl_->poison;
  if (rc == LUA_ERRMEM && poison == Poison::none) poison = Poison::memory;
  if (rc != LUA_OK && poison == Poison::none && impl_->refused && lua_type(L, -1) == LUA_TSTRING &&
      std::string_view(lua_tostring(L, -1)).find("not enough memory") != std::string_view::npos)
    poison = Poison::memory;
  impl_->limit = 0;
  impl_->budget = 0;
  impl_->poison = Poison::none;
  impl_->deadline = Clock::time_point::max();
  lua_remove(L, fn);
  if (rc != LUA_OK) {
    std::string msg = lua_tostring(L, -1) ? lua_tostring(L, -1) : "unknown Lua error";
    lua_pop(L, 1);
    lua_gc(L, LUA_GCCOLLECT);
    if (poison == Poison::memory) {
      if (impl_->used + limits_.memory > limits_.state_memory)
        msg = fmt::format("memory cap exceeded: the script state holds {} MiB across calls (cap {} MiB, "
                          "lua.state_memory_mb in the job): a script keeps data between documents in globals or upvalues",
                          impl_->used >> 20, limits_.state_memory >> 20);
      else
        msg = fmt::format("memory cap exceeded ({} MiB per call; raise lua.memory_mb in the job)", limits_.memory >> 20);
    }
    throw HandlerError(fmt::format("{}: {}", what, msg));
  }
  // Give back what a greedy call left behind, so the host's memory stays
  // bounded whatever scripts do.
  if (impl_->used > baseline + (32u << 20)) lua_gc(L, LUA_GCCOLLECT);
}

int LuaRuntime::eval(const std::string& code, const std::string& chunkname, bool keep_env_global) {
  lua_State* L = L_;
  int top = lua_gettop(L);
  impl_->doc_serial = 0;  // a chunk of its own (job file, REPL input): fresh per-document budgets
  impl_->regex_steps = impl_->handed = impl_->diagnostics = 0;
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

}  // namespace gongwen::host
