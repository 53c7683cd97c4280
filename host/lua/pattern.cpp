// Lua patterns with bounded work: string.find, match, gmatch and gsub for
// scripts.
//
// Why our own matcher: Lua's runs in C, where the count hook cannot stop it,
// and backtracks: `s:find("a*b")` on 200 KB of `a` costs n² steps (92 s).
// No heuristic on the pattern alone can tell which calls are safe, so the
// matcher itself charges every step it takes to the calling script's
// instruction budget and deadline (charge_work), and a runaway pattern ends
// with the same error as a runaway loop.
//
// Invariants:
// - The semantics are Lua 5.4's (lstrlib.c), byte for byte: same classes in
//   the C locale, same anchors, captures, %b, %f, back references, the same
//   results for empty matches in gmatch/gsub, and the same error messages.
//   tests/unit/test_pattern.cpp checks this against the original functions.
// - Work is charged in chunks of kChargeEvery steps; one step is one
//   singlematch/recursion/expansion; recursion stays bounded by kMaxDepth.
#include "lua/pattern.hpp"
#include "lua/pattern_match.hpp"

#include <cstring>
#include <string_view>

#include "lua/state.hpp"

namespace gongwen::host::lua {
using host::charge_work;
using namespace pattern_detail;

namespace {
std::size_t get_onecapture(MatchState& ms, int i, const char* s, const char* e, const char** cap) {
  if (i >= ms.level) {
    if (i != 0) luaL_error(ms.L, "invalid capture index %%%d", i + 1);
    *cap = s;
    return static_cast<std::size_t>(e - s);
  }
  std::ptrdiff_t capl = ms.capture[i].len;
  *cap = ms.capture[i].init;
  if (capl == kCapUnfinished) luaL_error(ms.L, "unfinished capture");
  else if (capl == kCapPosition) lua_pushinteger(ms.L, (ms.capture[i].init - ms.src_init) + 1);
  return static_cast<std::size_t>(capl);
}

void push_onecapture(MatchState& ms, int i, const char* s, const char* e) {
  const char* cap;
  std::ptrdiff_t l = static_cast<std::ptrdiff_t>(get_onecapture(ms, i, s, e, &cap));
  if (l != kCapPosition) lua_pushlstring(ms.L, cap, static_cast<std::size_t>(l));
}

int push_captures(MatchState& ms, const char* s, const char* e) {
  int nlevels = (ms.level == 0 && s) ? 1 : ms.level;
  luaL_checkstack(ms.L, nlevels, "too many captures");
  for (int i = 0; i < nlevels; ++i) push_onecapture(ms, i, s, e);
  return nlevels;
}

std::size_t pos_relative(lua_Integer pos, std::size_t len) {
  if (pos > 0) return static_cast<std::size_t>(pos);
  if (pos == 0) return 1;
  if (pos < -static_cast<lua_Integer>(len)) return 1;
  return len + static_cast<std::size_t>(pos) + 1;
}

bool no_specials(const char* p, std::size_t l) {
  for (std::size_t i = 0; i < l; ++i)
    if (std::strchr(kSpecials, p[i]) && p[i] != '\0') return false;
  return true;
}

MatchState prepare(lua_State* L, const char* s, std::size_t ls, const char* p, std::size_t lp) {
  MatchState ms;
  ms.L = L;
  ms.src_init = s;
  ms.src_end = s + ls;
  ms.p_end = p + lp;
  return ms;
}

int find_aux(lua_State* L, bool find) {
  std::size_t ls, lp;
  const char* s = luaL_checklstring(L, 1, &ls);
  const char* p = luaL_checklstring(L, 2, &lp);
  std::size_t init = pos_relative(luaL_optinteger(L, 3, 1), ls) - 1;
  if (init > ls) {
    luaL_pushfail(L);
    return 1;
  }
  if (find && (lua_toboolean(L, 4) || no_specials(p, lp))) {
    // memmem is linear (glibc's two-way search): nothing to charge.
    const void* hit = lp == 0 ? s + init : ::memmem(s + init, ls - init, p, lp);
    if (hit) {
      auto at = static_cast<const char*>(hit) - s;
      lua_pushinteger(L, at + 1);
      lua_pushinteger(L, static_cast<lua_Integer>(at + lp));
      return 2;
    }
    luaL_pushfail(L);
    return 1;
  }
  MatchState ms = prepare(L, s, ls, p, lp);
  const char* s1 = s + init;
  bool anchor = lp > 0 && *p == '^';
  if (anchor) {
    ++p;
    --lp;
    ms.p_end = p + lp;
  }
  do {
    ms.reset();
    if (const char* e = match(ms, s1, p)) {
      ms.flush();
      if (find) {
        lua_pushinteger(L, (s1 - s) + 1);
        lua_pushinteger(L, e - s);
        return push_captures(ms, nullptr, nullptr) + 2;
      }
      return push_captures(ms, s1, e);
    }
  } while (s1++ < ms.src_end && !anchor);
  ms.flush();
  luaL_pushfail(L);
  return 1;
}

int str_find(lua_State* L) { return find_aux(L, true); }
int str_match(lua_State* L) { return find_aux(L, false); }

// gmatch state lives in a userdata upvalue; the subject and pattern strings
// are upvalues too, so they outlive the iterator's calls.
struct GmatchState {
  std::size_t src = 0;        // next start offset
  std::ptrdiff_t last = -1;   // end offset of the last match
};

int gmatch_aux(lua_State* L) {
  std::size_t ls, lp;
  const char* s = lua_tolstring(L, lua_upvalueindex(1), &ls);
  const char* p = lua_tolstring(L, lua_upvalueindex(2), &lp);
  auto* gm = static_cast<GmatchState*>(lua_touserdata(L, lua_upvalueindex(3)));
  MatchState ms = prepare(L, s, ls, p, lp);
  for (const char* src = s + gm->src; src <= ms.src_end; ++src) {
    ms.reset();
    const char* e = match(ms, src, p);
    if (e && (e - s) != gm->last) {
      ms.flush();
      gm->src = static_cast<std::size_t>(e - s);
      gm->last = e - s;
      return push_captures(ms, src, e);
    }
  }
  ms.flush();
  gm->src = ls + 1;
  return 0;
}

int str_gmatch(lua_State* L) {
  std::size_t ls;
  luaL_checklstring(L, 1, &ls);
  luaL_checkstring(L, 2);
  std::size_t init = pos_relative(luaL_optinteger(L, 3, 1), ls) - 1;
  if (init > ls) init = ls + 1;
  lua_settop(L, 2);
  auto* gm = static_cast<GmatchState*>(lua_newuserdatauv(L, sizeof(GmatchState), 0));
  new (gm) GmatchState{init, -1};
  lua_pushcclosure(L, gmatch_aux, 3);
  return 1;
}

void add_s(MatchState& ms, luaL_Buffer* b, const char* s, const char* e) {
  std::size_t l;
  lua_State* L = ms.L;
  const char* news = lua_tolstring(L, 3, &l);
  const char* end = news + l;
  const char* p;
  while ((p = static_cast<const char*>(std::memchr(news, kEsc, static_cast<std::size_t>(end - news))))) {
    luaL_addlstring(b, news, static_cast<std::size_t>(p - news));
    ++p;
    if (p < end && *p == kEsc) {
      luaL_addchar(b, *p);
    } else if (p < end && is_digit(static_cast<unsigned char>(*p))) {
      if (*p == '0') {
        luaL_addlstring(b, s, static_cast<std::size_t>(e - s));
      } else {
        const char* cap;
        std::ptrdiff_t resl = static_cast<std::ptrdiff_t>(get_onecapture(ms, *p - '1', s, e, &cap));
        if (resl == kCapPosition) luaL_addvalue(b);
        else luaL_addlstring(b, cap, static_cast<std::size_t>(resl));
      }
    } else {
      luaL_error(L, "invalid use of '%c' in replacement string", kEsc);
    }
    news = p + 1;
  }
  luaL_addlstring(b, news, static_cast<std::size_t>(end - news));
}

bool add_value(MatchState& ms, luaL_Buffer* b, const char* s, const char* e, int tr) {
  lua_State* L = ms.L;
  switch (tr) {
    case LUA_TFUNCTION: {
      lua_pushvalue(L, 3);
      int n = push_captures(ms, s, e);
      lua_call(L, n, 1);
      break;
    }
    case LUA_TTABLE:
      push_onecapture(ms, 0, s, e);
      lua_gettable(L, 3);
      break;
    default:
      add_s(ms, b, s, e);
      return true;
  }
  if (!lua_toboolean(L, -1)) {
    lua_pop(L, 1);
    luaL_addlstring(b, s, static_cast<std::size_t>(e - s));
    return false;
  }
  if (!lua_isstring(L, -1)) return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
  luaL_addvalue(b);
  return true;
}

int str_gsub(lua_State* L) {
  std::size_t srcl, lp;
  const char* src = luaL_checklstring(L, 1, &srcl);
  const char* p = luaL_checklstring(L, 2, &lp);
  const char* lastmatch = nullptr;
  int tr = lua_type(L, 3);
  lua_Integer max_s = luaL_optinteger(L, 4, static_cast<lua_Integer>(srcl) + 1);
  bool anchor = lp > 0 && *p == '^';
  lua_Integer n = 0;
  bool changed = false;
  luaL_argexpected(L, tr == LUA_TNUMBER || tr == LUA_TSTRING || tr == LUA_TFUNCTION || tr == LUA_TTABLE, 3,
                   "string/function/table");
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  if (anchor) {
    ++p;
    --lp;
  }
  MatchState ms = prepare(L, src, srcl, p, lp);
  while (n < max_s) {
    ms.reset();
    const char* e = match(ms, src, p);
    if (e && e != lastmatch) {
      ++n;
      ms.flush();  // the replacement may call back into Lua
      changed = add_value(ms, &b, src, e, tr) || changed;
      src = lastmatch = e;
    } else if (src < ms.src_end) {
      luaL_addchar(&b, *src++);
    } else {
      break;
    }
    if (anchor) break;
  }
  ms.flush();
  if (!changed) {
    lua_pushvalue(L, 1);
  } else {
    luaL_addlstring(&b, src, static_cast<std::size_t>(ms.src_end - src));
    luaL_pushresult(&b);
  }
  lua_pushinteger(L, n);
  return 2;
}

}  // namespace

void install_bounded_patterns(lua_State* L, int string_table) {
  string_table = lua_absindex(L, string_table);
  static const luaL_Reg fns[] = {
      {"find", str_find}, {"match", str_match}, {"gmatch", str_gmatch}, {"gsub", str_gsub}, {nullptr, nullptr}};
  for (const luaL_Reg* f = fns; f->name; ++f) {
    lua_pushcfunction(L, f->func);
    lua_setfield(L, string_table, f->name);
  }
}

}  // namespace gongwen::host::lua
