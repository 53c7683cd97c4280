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

#include <cstring>
#include <string_view>

#include "lua/state.hpp"

namespace gongwen::host::lua {
using host::charge_work;

namespace {

constexpr int kMaxCaptures = 32;  // LUA_MAXCAPTURES
constexpr int kMaxDepth = 200;    // MAXCCALLS in lstrlib.c
constexpr std::uint32_t kChargeEvery = 1024;
constexpr char kEsc = '%';
constexpr const char* kSpecials = "^$*+?.([%-";

constexpr std::ptrdiff_t kCapUnfinished = -1;
constexpr std::ptrdiff_t kCapPosition = -2;

// C-locale character classes: scripts must not depend on the host's locale.
bool is_alpha(unsigned c) { return (c | 32) - 'a' < 26; }
bool is_digit(unsigned c) { return c - '0' < 10; }
bool is_lower(unsigned c) { return c - 'a' < 26; }
bool is_upper(unsigned c) { return c - 'A' < 26; }
bool is_space(unsigned c) { return c == ' ' || (c - '\t' < 5); }
bool is_cntrl(unsigned c) { return c < 32 || c == 127; }
bool is_graph(unsigned c) { return c - 33 < 94; }
bool is_punct(unsigned c) { return is_graph(c) && !is_alpha(c) && !is_digit(c); }
bool is_xdigit(unsigned c) { return is_digit(c) || (c | 32) - 'a' < 6; }
unsigned to_lower(unsigned c) { return is_upper(c) ? c | 32 : c; }

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

bool match_class(unsigned c, unsigned cl) {
  bool res;
  switch (to_lower(cl)) {
    case 'a': res = is_alpha(c); break;
    case 'c': res = is_cntrl(c); break;
    case 'd': res = is_digit(c); break;
    case 'g': res = is_graph(c); break;
    case 'l': res = is_lower(c); break;
    case 'p': res = is_punct(c); break;
    case 's': res = is_space(c); break;
    case 'u': res = is_upper(c); break;
    case 'w': res = is_alpha(c) || is_digit(c); break;
    case 'x': res = is_xdigit(c); break;
    case 'z': res = (c == 0); break;  // deprecated in Lua 5.2, still accepted
    default: return cl == c;
  }
  return is_upper(cl) ? !res : res;
}

const char* class_end(MatchState& ms, const char* p) {
  char c = *p++;
  if (c == kEsc) {
    if (p == ms.p_end) luaL_error(ms.L, "malformed pattern (ends with '%%')");
    return p + 1;
  }
  if (c == '[') {
    if (p < ms.p_end && *p == '^') ++p;
    do {  // the first character of a set may be ']'
      if (p == ms.p_end) luaL_error(ms.L, "malformed pattern (missing ']')");
      if (*(p++) == kEsc && p < ms.p_end) ++p;
    } while (p == ms.p_end || *p != ']');
    return p + 1;
  }
  return p;
}

bool match_bracket_class(unsigned c, const char* p, const char* ec) {
  bool sig = true;
  if (*(p + 1) == '^') {
    sig = false;
    ++p;
  }
  while (++p < ec) {
    if (*p == kEsc) {
      ++p;
      if (match_class(c, static_cast<unsigned char>(*p))) return sig;
    } else if (*(p + 1) == '-' && p + 2 < ec) {
      p += 2;
      if (static_cast<unsigned char>(*(p - 2)) <= c && c <= static_cast<unsigned char>(*p)) return sig;
    } else if (static_cast<unsigned char>(*p) == c) {
      return sig;
    }
  }
  return !sig;
}

bool single_match(MatchState& ms, const char* s, const char* p, const char* ep) {
  ms.step();
  if (s >= ms.src_end) return false;
  unsigned c = static_cast<unsigned char>(*s);
  switch (*p) {
    case '.': return true;
    case kEsc: return match_class(c, static_cast<unsigned char>(*(p + 1)));
    case '[': return match_bracket_class(c, p, ep - 1);
    default: return static_cast<unsigned char>(*p) == c;
  }
}

const char* match(MatchState& ms, const char* s, const char* p);

const char* match_balance(MatchState& ms, const char* s, const char* p) {
  if (p >= ms.p_end - 1) luaL_error(ms.L, "malformed pattern (missing arguments to '%%b')");
  if (s >= ms.src_end || *s != *p) return nullptr;
  char b = *p, e = *(p + 1);
  int cont = 1;
  while (++s < ms.src_end) {
    ms.step();
    if (*s == e) {
      if (--cont == 0) return s + 1;
    } else if (*s == b) {
      ++cont;
    }
  }
  return nullptr;
}

const char* max_expand(MatchState& ms, const char* s, const char* p, const char* ep) {
  std::ptrdiff_t i = 0;
  while (single_match(ms, s + i, p, ep)) ++i;
  while (i >= 0) {
    if (const char* res = match(ms, s + i, ep + 1)) return res;
    --i;
  }
  return nullptr;
}

const char* min_expand(MatchState& ms, const char* s, const char* p, const char* ep) {
  for (;;) {
    if (const char* res = match(ms, s, ep + 1)) return res;
    if (single_match(ms, s, p, ep)) ++s;
    else return nullptr;
  }
}

const char* start_capture(MatchState& ms, const char* s, const char* p, std::ptrdiff_t what) {
  int level = ms.level;
  if (level >= kMaxCaptures) luaL_error(ms.L, "too many captures");
  ms.capture[level].init = s;
  ms.capture[level].len = what;
  ms.level = level + 1;
  const char* res = match(ms, s, p);
  if (!res) ms.level--;
  return res;
}

int capture_to_close(MatchState& ms) {
  int level = ms.level;
  for (--level; level >= 0; --level)
    if (ms.capture[level].len == kCapUnfinished) return level;
  luaL_error(ms.L, "invalid pattern capture");
  return 0;
}

const char* end_capture(MatchState& ms, const char* s, const char* p) {
  int l = capture_to_close(ms);
  ms.capture[l].len = s - ms.capture[l].init;
  const char* res = match(ms, s, p);
  if (!res) ms.capture[l].len = kCapUnfinished;
  return res;
}

int check_capture(MatchState& ms, int l) {
  l -= '1';
  if (l < 0 || l >= ms.level || ms.capture[l].len == kCapUnfinished)
    luaL_error(ms.L, "invalid capture index %%%d", l + 1);
  return l;
}

const char* match_capture(MatchState& ms, const char* s, int l) {
  l = check_capture(ms, l);
  auto len = static_cast<std::size_t>(ms.capture[l].len);
  if (static_cast<std::size_t>(ms.src_end - s) >= len && std::memcmp(ms.capture[l].init, s, len) == 0) return s + len;
  return nullptr;
}

const char* match(MatchState& ms, const char* s, const char* p) {
  if (ms.depth-- == 0) luaL_error(ms.L, "pattern too complex");
  ms.step();
  for (;;) {
    if (p == ms.p_end) break;
    switch (*p) {
      case '(':
        if (p + 1 < ms.p_end && *(p + 1) == ')') s = start_capture(ms, s, p + 2, kCapPosition);
        else s = start_capture(ms, s, p + 1, kCapUnfinished);
        goto done;
      case ')':
        s = end_capture(ms, s, p + 1);
        goto done;
      case '$':
        if (p + 1 != ms.p_end) goto dflt;
        s = (s == ms.src_end) ? s : nullptr;
        goto done;
      case kEsc:
        if (p + 1 < ms.p_end) {
          char n = *(p + 1);
          if (n == 'b') {
            s = match_balance(ms, s, p + 2);
            if (s) {
              p += 4;
              continue;
            }
            goto done;
          }
          if (n == 'f') {
            p += 2;
            if (p >= ms.p_end || *p != '[') luaL_error(ms.L, "missing '[' after '%%f' in pattern");
            const char* ep = class_end(ms, p);
            unsigned previous = (s == ms.src_init) ? 0 : static_cast<unsigned char>(*(s - 1));
            unsigned current = s < ms.src_end ? static_cast<unsigned char>(*s) : 0;
            if (!match_bracket_class(previous, p, ep - 1) && match_bracket_class(current, p, ep - 1)) {
              p = ep;
              continue;
            }
            s = nullptr;
            goto done;
          }
          if (is_digit(static_cast<unsigned char>(n))) {
            s = match_capture(ms, s, static_cast<unsigned char>(n));
            if (s) {
              p += 2;
              continue;
            }
            goto done;
          }
        }
        goto dflt;
      default:
      dflt: {
        const char* ep = class_end(ms, p);
        char q = ep < ms.p_end ? *ep : '\0';
        if (!single_match(ms, s, p, ep)) {
          if (q == '*' || q == '?' || q == '-') {
            p = ep + 1;
            continue;
          }
          s = nullptr;
        } else {
          switch (q) {
            case '?': {
              if (const char* res = match(ms, s + 1, ep + 1)) s = res;
              else {
                p = ep + 1;
                continue;
              }
              break;
            }
            case '+': s = max_expand(ms, s + 1, p, ep); break;
            case '*': s = max_expand(ms, s, p, ep); break;
            case '-': s = min_expand(ms, s, p, ep); break;
            default:
              ++s;
              p = ep;
              continue;
          }
        }
        goto done;
      }
    }
  }
done:
  ms.depth++;
  return s;
}

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
