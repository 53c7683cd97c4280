// One Lua 5.4 state per worker, with the sandbox every script and job file
// runs in: a whitelisted environment per script, an instruction budget
// (count hook) and a memory cap (our lua_Alloc), and `require` limited to
// scripts/lib and the paths a job names.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "model/handler.hpp"
#include "model/document.hpp"

struct lua_State;

namespace gongwen::host {

struct LuaLimits {
  std::uint64_t instructions = 500'000'000;  // per call (detect or process of one document)
  std::size_t memory = 256u << 20;           // bytes the state may grow by during one call
  std::size_t state_memory = 1024u << 20;    // bytes the whole state may hold, across calls
  std::uint64_t regex_steps = 10'000;        // gw.re engine steps per document, + 1 per 64 bytes of text (ICU time-limit units, ~0.1 ms)
  std::size_t output = 64u << 20;            // bytes of script data copied into one document
  std::size_t diagnostics = 10'000;          // diagnostics a script may add to one document
};

class LuaRuntime {
 public:
  explicit LuaRuntime(LuaLimits limits = {}, std::vector<std::string> module_paths = {});
  ~LuaRuntime();
  LuaRuntime(const LuaRuntime&) = delete;
  LuaRuntime& operator=(const LuaRuntime&) = delete;

  lua_State* state() const { return L_; }
  const LuaLimits& limits() const { return limits_; }
  void set_limits(const LuaLimits& l);
  const std::vector<std::string>& module_paths() const { return module_paths_; }

  // Loads a handler script; throws HandlerError naming the script and line
  // when it does not load or its table is invalid.
  std::unique_ptr<Handler> load_handler(const std::string& path);

  // Evaluates a chunk in a fresh sandbox under the limits, leaving its
  // results on the stack; returns the number of results or throws HandlerError.
  int eval(const std::string& code, const std::string& chunkname, bool keep_env_global = false);

  // The document the next calls work on: per-document budgets restart when
  // its serial differs from the last one's, and its deadline applies.
  void enter(const Document& doc);

  // Runs fn (on the stack with nargs arguments above it) under the limits.
  // On error throws HandlerError with "script.lua:LINE: message" and a short
  // traceback. Leaves nresults values on the stack.
  void call(int nargs, int nresults, const char* what);

  // Creates the sandbox environment table and leaves it on the stack.
  void push_sandbox();
  // The REPL keeps one sandbox across inputs.
  int repl_env_ref();

  std::size_t memory_used() const;

  struct Impl;

 private:
  void init_whitelist();  // lua/sandbox.cpp

  lua_State* L_ = nullptr;
  LuaLimits limits_;
  std::vector<std::string> module_paths_;
  std::unique_ptr<Impl> impl_;
  int repl_env_ = -2;  // LUA_NOREF
};

// Pushes the document as a gongwen.Document userdata valid until the
// returned guard is destroyed (the script cannot keep it past its call).
class LuaDocGuard {
 public:
  LuaDocGuard(lua_State* L, Document& doc);
  ~LuaDocGuard();
  LuaDocGuard(const LuaDocGuard&) = delete;
  LuaDocGuard& operator=(const LuaDocGuard&) = delete;

 private:
  lua_State* L_;
  void* box_;
  int ref_;  // keeps the userdata alive until the guard expires it (an error may pop it first)
};

void open_gw_library(lua_State* L, LuaRuntime& rt);
void register_document_type(lua_State* L);

}  // namespace gongwen::host
