// What one Lua state may spend, and what it has spent: the bookkeeping
// behind every limit a script runs under (docs/security.md).
//
// Invariants:
// - `limit`, `budget` and `deadline` are armed only while a script call runs
//   (LuaRuntime::call); outside a call the host itself allocates in the
//   state and must never be refused.
// - Once a call exceeds its budget, memory cap or deadline the call is
//   poisoned: every later instruction of that call fails and no pcall,
//   xpcall or coroutine can swallow the error. `poison` is cleared only
//   when the next call starts.
// - Per-document counters (regex steps, bytes handed to the host,
//   diagnostics) restart when a document with another serial enters.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "lua/runtime.hpp"

struct lua_State;

namespace gongwen::host {

enum class Poison { none, budget, memory, deadline, interrupted, regex };

struct LuaRuntime::Impl {
  LuaLimits limits;

  // Memory (bytes), kept by our lua_Alloc.
  std::size_t used = 0;
  std::size_t limit = 0;          // cap during a call; 0: no cap (outside script calls)
  bool refused = false;           // the allocator refused a request during this call

  // Instructions of the current call (count hook + pattern steps).
  std::uint64_t executed = 0;
  std::uint64_t budget = 0;       // 0: not counting
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  Poison poison = Poison::none;

  // The current document.
  std::uint64_t doc_serial = 0;
  std::size_t doc_bytes = 0;
  std::uint64_t regex_steps = 0;  // gw.re engine steps spent on it
  std::size_t handed = 0;         // bytes of script data copied into it
  std::size_t diagnostics = 0;

  int base_ref = -2;  // LUA_NOREF: the whitelisted globals every sandbox copies
};

LuaRuntime::Impl* impl_of(lua_State* L);

// Charges `steps` units of work done in C on the script's behalf (pattern
// matching) to the call's instruction budget; raises the budget, deadline
// or interrupt error when one is exceeded.
void charge_work(lua_State* L, std::uint64_t steps);

// Charges `bytes` of script data copied into the host's document (fields,
// entities, sections, diagnostics); raises an error past lua.output_mb.
void charge_output(lua_State* L, std::size_t bytes);

// Charges one diagnostic; raises an error past lua.diagnostics.
void charge_diagnostic(lua_State* L, std::size_t bytes);

// gw.re: remaining engine steps for this document, and what a match used.
std::uint64_t regex_steps_left(lua_State* L);
void charge_regex(lua_State* L, std::uint64_t steps);

// Raises the error of a poisoned call again if the call is poisoned (used by
// the pcall family after they caught something).
void rethrow_if_poisoned(lua_State* L, int status);

// Sandbox construction (lua/sandbox.cpp).
void install_sandbox_guards(lua_State* L);  // in the global tables, before the whitelist is taken
void push_sandbox_copy(lua_State* L, int base_index);

}  // namespace gongwen::host
