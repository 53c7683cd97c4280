// The `gw` table every script sees: Chinese-text helpers that Lua's
// byte-based patterns cannot provide (characters, numerals, dates, heading
// markers, ICU regular expressions) and the host's logger. Same rules as the
// C++ SDK (sdk/include/gongwen/text.hpp), so a script and a plugin agree.
#include <lua.hpp>

#include <unicode/uregex.h>
#include <unicode/utext.h>

#include <spdlog/spdlog.h>

#include <gongwen/text.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <unordered_map>

#include "lua/detail.hpp"
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

// ---- gw.re: ICU regular expressions over UTF-8, byte positions --------------

// Compiled patterns are shared: the cache and every call that is using one
// own it, so a callback that compiles more patterns than the cache holds
// (and so clears it) cannot free the regex its caller is iterating.
using Regex = std::shared_ptr<URegularExpression>;

// Engine steps are charged per document, not per call: a script that catches
// the error and tries again finds the budget spent. The match callback also
// enforces the document's deadline.
struct RegexGuard {
  std::uint64_t left = 0;      // steps this document may still spend
  std::int32_t seen = 0;       // steps the current match has used so far
  bool late = false;           // stopped by the deadline
  std::chrono::steady_clock::time_point deadline;
};
thread_local RegexGuard regex_guard;

UBool regex_callback(const void* ctx, int32_t steps) {
  auto* g = static_cast<RegexGuard*>(const_cast<void*>(ctx));
  g->seen = steps;
  if (static_cast<std::uint64_t>(steps) > g->left) return false;
  if (g->deadline != std::chrono::steady_clock::time_point::max() && std::chrono::steady_clock::now() > g->deadline) {
    g->late = true;
    return false;
  }
  return true;
}

struct RegexCache {
  std::unordered_map<std::string, Regex> map;
};
thread_local RegexCache cache;

Regex compile(lua_State* L, std::string_view pattern) {
  std::string key(pattern);
  auto it = cache.map.find(key);
  if (it != cache.map.end()) return it->second;
  UErrorCode status = U_ZERO_ERROR;
  UParseError perr{};
  UText* ut = utext_openUTF8(nullptr, pattern.data(), static_cast<int64_t>(pattern.size()), &status);
  URegularExpression* raw = uregex_openUText(ut, 0, &perr, &status);
  utext_close(ut);
  if (U_FAILURE(status)) {
    if (raw) uregex_close(raw);
    luaL_error(L, "gw.re: bad pattern '%s' at offset %d: %s", key.c_str(), perr.offset, u_errorName(status));
  }
  Regex re(raw, uregex_close);
  uregex_setMatchCallback(raw, regex_callback, &regex_guard, &status);
  if (cache.map.size() > 512) cache.map.clear();
  cache.map.emplace(std::move(key), re);
  return re;
}

// One UText per thread, reopened on each subject: scripts call gw.re per
// paragraph, and opening a fresh UText each time cost more than the match.
struct ThreadUText {
  UText* ut = nullptr;
  ~ThreadUText() { if (ut) utext_close(ut); }
};
thread_local ThreadUText thread_utext;

struct Bound {
  Regex owner;
  URegularExpression* re = owner.get();
  UText* ut = nullptr;
};

void bind(lua_State* L, Bound& b, std::string_view subject) {
  UErrorCode status = U_ZERO_ERROR;
  thread_utext.ut = utext_openUTF8(thread_utext.ut, subject.data(), static_cast<int64_t>(subject.size()), &status);
  b.ut = thread_utext.ut;
  uregex_setUText(b.re, b.ut, &status);
  if (U_FAILURE(status)) luaL_error(L, "gw.re: %s", u_errorName(status));
}

bool find_at(lua_State* L, URegularExpression* re, int64_t from) {
  auto& g = regex_guard;
  g.left = regex_steps_left(L);
  if (g.left == 0) {
    impl_of(L)->poison = Poison::regex;
    luaL_error(L, "gw.re: the regex budget of this document is spent (lua.regex_steps in the job)");
  }
  g.seen = 0;
  g.late = false;
  g.deadline = impl_of(L)->deadline;
  UErrorCode status = U_ZERO_ERROR;
  UBool ok = uregex_find64(re, from, &status);
  charge_regex(L, static_cast<std::uint64_t>(g.seen) + (status == U_REGEX_STOPPED_BY_CALLER ? 1 : 0));
  if (status == U_REGEX_STOPPED_BY_CALLER) {
    if (g.late) {
      impl_of(L)->poison = Poison::deadline;
      luaL_error(L, "document time limit exceeded in gw.re (limits.document_seconds in the job)");
    }
    impl_of(L)->poison = Poison::regex;
    luaL_error(L, "gw.re: pattern took too long: the regex budget of this document is spent (lua.regex_steps in the job)");
  }
  if (U_FAILURE(status)) luaL_error(L, "gw.re: %s", u_errorName(status));
  return ok;
}

// Pushes the captures of the current match (or the whole match if none).
int push_captures(lua_State* L, URegularExpression* re, std::string_view s, bool whole_if_none) {
  UErrorCode status = U_ZERO_ERROR;
  int groups = uregex_groupCount(re, &status);
  if (groups == 0 && whole_if_none) {
    int64_t b = uregex_start64(re, 0, &status), e = uregex_end64(re, 0, &status);
    push_sv(L, s.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b)));
    return 1;
  }
  luaL_checkstack(L, groups, "too many captures");
  for (int g = 1; g <= groups; ++g) {
    int64_t b = uregex_start64(re, g, &status), e = uregex_end64(re, g, &status);
    if (b < 0) lua_pushnil(L);
    else push_sv(L, s.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b)));
  }
  return groups;
}

int64_t init_arg(lua_State* L, int i, std::string_view s) {
  lua_Integer init = luaL_optinteger(L, i, 1);
  if (init < 0) init = static_cast<lua_Integer>(s.size()) + init + 1;
  if (init < 1) init = 1;
  if (static_cast<std::size_t>(init) > s.size() + 1) return -1;
  return init - 1;
}

// gw.re.find(s, pattern [, init]) → start, stop, captures...
int re_find(lua_State* L) {
  auto s = check_sv(L, 1);
  Bound b{compile(L, check_sv(L, 2))};
  int64_t init = init_arg(L, 3, s);
  if (init < 0) { lua_pushnil(L); return 1; }
  bind(L, b, s);
  if (!find_at(L, b.re, init)) { lua_pushnil(L); return 1; }
  UErrorCode st = U_ZERO_ERROR;
  lua_pushinteger(L, uregex_start64(b.re, 0, &st) + 1);
  lua_pushinteger(L, uregex_end64(b.re, 0, &st));
  return 2 + push_captures(L, b.re, s, false);
}

// gw.re.match(s, pattern [, init]) → captures or the whole match
int re_match(lua_State* L) {
  auto s = check_sv(L, 1);
  Bound b{compile(L, check_sv(L, 2))};
  int64_t init = init_arg(L, 3, s);
  if (init < 0) { lua_pushnil(L); return 1; }
  bind(L, b, s);
  if (!find_at(L, b.re, init)) { lua_pushnil(L); return 1; }
  return push_captures(L, b.re, s, true);
}

// Iterator state: upvalues (subject, pattern, next position, positions?)
int gmatch_iter(lua_State* L) {
  std::size_t n = 0;
  const char* sp = lua_tolstring(L, lua_upvalueindex(1), &n);
  std::string_view s(sp, n);
  auto pos = lua_tointeger(L, lua_upvalueindex(3));
  bool with_pos = lua_toboolean(L, lua_upvalueindex(4));
  if (pos < 0 || static_cast<std::size_t>(pos) > n) return 0;
  Bound b{compile(L, check_sv(L, lua_upvalueindex(2)))};
  bind(L, b, s);
  if (!find_at(L, b.re, pos)) {
    lua_pushinteger(L, -1);
    lua_replace(L, lua_upvalueindex(3));
    return 0;
  }
  UErrorCode st = U_ZERO_ERROR;
  int64_t ms = uregex_start64(b.re, 0, &st), me = uregex_end64(b.re, 0, &st);
  int64_t next = me;
  if (me == ms) {  // empty match: step one character
    std::size_t k = static_cast<std::size_t>(me);
    if (k < n) text::next_cp(s, k);
    next = k == static_cast<std::size_t>(me) ? static_cast<int64_t>(n) + 1 : static_cast<int64_t>(k);
  }
  lua_pushinteger(L, next);
  lua_replace(L, lua_upvalueindex(3));
  int pushed = 0;
  if (with_pos) {
    lua_pushinteger(L, ms + 1);
    lua_pushinteger(L, me);
    pushed = 2;
  }
  return pushed + push_captures(L, b.re, s, true);
}

int re_gmatch_impl(lua_State* L, bool with_pos) {
  luaL_checkstring(L, 1);
  compile(L, check_sv(L, 2));  // report a bad pattern at the call
  lua_settop(L, 2);
  lua_pushinteger(L, 0);
  lua_pushboolean(L, with_pos);
  lua_pushcclosure(L, gmatch_iter, 4);
  return 1;
}
// for m in gw.re.gmatch(s, p) / for start, stop, m in gw.re.gfind(s, p)
int re_gmatch(lua_State* L) { return re_gmatch_impl(L, false); }
int re_gfind(lua_State* L) { return re_gmatch_impl(L, true); }

// gw.re.gsub(s, pattern, repl [, n]) with repl a string ($0..$9), a table or a function.
int re_gsub(lua_State* L) {
  auto s = check_sv(L, 1);
  Bound b{compile(L, check_sv(L, 2))};
  int rt = lua_type(L, 3);
  luaL_argexpected(L, rt == LUA_TSTRING || rt == LUA_TNUMBER || rt == LUA_TTABLE || rt == LUA_TFUNCTION, 3,
                   "string/function/table");
  lua_Integer max_n = luaL_optinteger(L, 4, -1);
  bind(L, b, s);
  luaL_Buffer buf;
  luaL_buffinit(L, &buf);
  int64_t pos = 0, count = 0;
  while ((max_n < 0 || count < max_n) && static_cast<std::size_t>(pos) <= s.size() && find_at(L, b.re, pos)) {
    UErrorCode st = U_ZERO_ERROR;
    int64_t ms = uregex_start64(b.re, 0, &st), me = uregex_end64(b.re, 0, &st);
    luaL_addlstring(&buf, s.data() + pos, static_cast<std::size_t>(ms - pos));
    std::string_view whole = s.substr(static_cast<std::size_t>(ms), static_cast<std::size_t>(me - ms));
    if (rt == LUA_TSTRING || rt == LUA_TNUMBER) {
      auto r = check_sv(L, 3);
      for (std::size_t i = 0; i < r.size(); ++i) {
        if (r[i] == '$' && i + 1 < r.size() && std::isdigit(static_cast<unsigned char>(r[i + 1]))) {
          int g = r[i + 1] - '0';
          int64_t gb = uregex_start64(b.re, g, &st), ge = uregex_end64(b.re, g, &st);
          if (U_FAILURE(st)) return luaL_error(L, "gw.re.gsub: no capture $%d", g);
          if (gb >= 0) luaL_addlstring(&buf, s.data() + gb, static_cast<std::size_t>(ge - gb));
          ++i;
        } else {
          luaL_addchar(&buf, r[i]);
        }
      }
    } else {
      int n = push_captures(L, b.re, s, true);
      if (rt == LUA_TTABLE) {
        lua_settop(L, lua_gettop(L) - n + 1);
        lua_gettable(L, 3);
      } else {
        lua_pushvalue(L, 3);
        lua_insert(L, -n - 1);
        lua_call(L, n, 1);
      }
      if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        luaL_addlstring(&buf, whole.data(), whole.size());
      } else if (!lua_isstring(L, -1)) {
        return luaL_error(L, "gw.re.gsub: invalid replacement value (a %s)", luaL_typename(L, -1));
      } else {
        luaL_addvalue(&buf);
      }
      bind(L, b, s);  // the callback may have used the same pattern
    }
    ++count;
    if (me == ms) {
      if (static_cast<std::size_t>(me) >= s.size()) { pos = me + 1; break; }
      std::size_t k = static_cast<std::size_t>(me);
      text::next_cp(s, k);
      luaL_addlstring(&buf, s.data() + me, k - static_cast<std::size_t>(me));
      pos = static_cast<int64_t>(k);
    } else {
      pos = me;
    }
  }
  if (static_cast<std::size_t>(pos) < s.size()) luaL_addlstring(&buf, s.data() + pos, s.size() - static_cast<std::size_t>(pos));
  luaL_pushresult(&buf);
  lua_pushinteger(L, count);
  return 2;
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
                                 {nullptr, nullptr}};
  luaL_newlib(L, fns);
  static const luaL_Reg re[] = {{"find", lua::safe<re_find>},     {"match", lua::safe<re_match>},
                                {"gmatch", lua::safe<re_gmatch>}, {"gfind", lua::safe<re_gfind>},
                                {"gsub", lua::safe<re_gsub>},     {nullptr, nullptr}};
  luaL_newlib(L, re);
  lua_setfield(L, -2, "re");
  lua_pushstring(L, "1.0");
  lua_setfield(L, -2, "api_version");
}

}  // namespace gongwen::host
