// The bounded Lua pattern matcher behind pattern.cpp's string functions:
// Lua 5.4's lstrlib.c matcher, with every step charged to the script's budget
// (see pattern.cpp for why and for the invariants).
#pragma once

#include <lua.hpp>

#include <cstddef>
#include <cstdint>

#include "lua/state.hpp"

namespace gongwen::host::lua::pattern_detail {

using host::charge_work;

constexpr int kMaxCaptures = 32;  // LUA_MAXCAPTURES
constexpr int kMaxDepth = 200;    // MAXCCALLS in lstrlib.c
constexpr std::uint32_t kChargeEvery = 1024;
constexpr char kEsc = '%';
constexpr const char* kSpecials = "^$*+?.([%-";
constexpr std::ptrdiff_t kCapUnfinished = -1;
constexpr std::ptrdiff_t kCapPosition = -2;

inline bool is_digit(unsigned c) { return c - '0' < 10; }

struct Capture {
  const char* init;
  std::ptrdiff_t len;
};

struct MatchState {
  lua_State* L;
  const char* src_init;
  const char* src_end;
  const char* p_end;
  int level = 0;
  int depth = kMaxDepth;
  std::uint32_t steps = 0;
  Capture capture[kMaxCaptures];

  void step() {
    if (++steps == kChargeEvery) {
      steps = 0;
      charge_work(L, kChargeEvery);
    }
  }
  void flush() {
    if (steps) charge_work(L, steps);
    steps = 0;
  }
  void reset() {
    level = 0;
    depth = kMaxDepth;
  }
};

// The end of the match of pattern p at s, or nullptr (lstrlib.c's do_match).
const char* match(MatchState& ms, const char* s, const char* p);

}  // namespace gongwen::host::lua::pattern_detail
