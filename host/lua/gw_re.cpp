// gw.re: regular expressions on the UTF-8 strings scripts hold, with byte
// positions like string.find. Every pattern PCRE2 reads the way ICU does runs
// on PCRE2 (JIT, UTF, Unicode properties: 2x ICU's speed over UTF-8, and no
// UText per call); a pattern only ICU reads (see pcre_reading) runs on ICU as
// it always did, so no script changes meaning.
//
// Invariants:
// - Work is charged to the document in steps (one step is about 0.1 ms of
//   engine work on either engine); a spent budget poisons the document for
//   the script, so catching the error and retrying finds it spent.
// - A PCRE2 match is tried with a limit of one step, then two, four...: a
//   call that needs more than one step is charged the attempts that ran out,
//   within 2x of its real work and the same on every machine.
// - PCRE2 patterns are compiled with PCRE2_MATCH_INVALID_UTF: a string that
//   is not UTF-8 is matched safely (invalid bytes never match).
// - Compiled patterns are shared: the per-thread cache and every call using
//   one own it, so a callback that clears the cache cannot free a pattern
//   its caller is iterating. Spans are copied out of the engine before any
//   callback runs, so a callback reusing the pattern cannot change them.
#include "lua/gw_re.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <unicode/uregex.h>
#include <unicode/utext.h>

#include <boost/container/small_vector.hpp>

#include <gongwen/text.hpp>

#include <chrono>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "lua/detail.hpp"
#include "lua/state.hpp"

namespace gongwen::host::lua {

namespace {

using Clock = std::chrono::steady_clock;

// PCRE2 JIT spends 1.4-2.2 ns per match-limit unit on backtracking patterns
// on this machine; ICU spends 150-180 us per callback step.
constexpr std::uint64_t kPcreUnitsPerStep = 65536;

struct Compiled {
  pcre2_code* pcre = nullptr;
  pcre2_match_data* data = nullptr;
  URegularExpression* icu = nullptr;
  int groups = 0;
  Compiled() = default;
  Compiled(const Compiled&) = delete;
  Compiled& operator=(const Compiled&) = delete;
  ~Compiled() {
    if (data) pcre2_match_data_free(data);
    if (pcre) pcre2_code_free(pcre);
    if (icu) uregex_close(icu);
  }
};
using Pattern = std::shared_ptr<Compiled>;

// [start, end) in bytes; start < 0 for a group that did not take part.
struct Span {
  std::int64_t start = -1, end = -1;
};
using Spans = boost::container::small_vector<Span, 8>;

// ---- per-thread engine state ------------------------------------------------

struct PcreContexts {
  pcre2_compile_context* compile = nullptr;
  pcre2_match_context* match = nullptr;
  pcre2_jit_stack* jit_stack = nullptr;
  PcreContexts() {
    compile = pcre2_compile_context_create(nullptr);
    // ICU's line terminators: \n \r \v \f U+0085 U+2028 U+2029 end a line
    // for ., ^ and $.
    pcre2_set_newline(compile, PCRE2_NEWLINE_ANY);
    match = pcre2_match_context_create(nullptr);
    pcre2_set_heap_limit(match, 64 * 1024);  // KiB, for the interpreter
    jit_stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, nullptr);
    pcre2_jit_stack_assign(match, nullptr, jit_stack);
  }
  ~PcreContexts() {
    pcre2_jit_stack_free(jit_stack);
    pcre2_match_context_free(match);
    pcre2_compile_context_free(compile);
  }
};
thread_local PcreContexts pcre_contexts;

// The ICU engine reports its steps through a callback, which also enforces
// the document's deadline.
struct IcuGuard {
  std::uint64_t left = 0;  // steps this document may still spend
  std::int32_t seen = 0;   // steps the current match has used so far
  bool late = false;       // stopped by the deadline
  Clock::time_point deadline;
};
thread_local IcuGuard icu_guard;

UBool icu_callback(const void* ctx, int32_t steps) {
  auto* g = static_cast<IcuGuard*>(const_cast<void*>(ctx));
  g->seen = steps;
  if (static_cast<std::uint64_t>(steps) > g->left) return false;
  if (g->deadline != Clock::time_point::max() && Clock::now() > g->deadline) {
    g->late = true;
    return false;
  }
  return true;
}

// One UText per thread, reopened on each subject: opening a fresh one per
// call cost more than the match.
struct ThreadUText {
  UText* ut = nullptr;
  ~ThreadUText() {
    if (ut) utext_close(ut);
  }
};
thread_local ThreadUText thread_utext;

thread_local std::unordered_map<std::string, Pattern> cache;

// ---- compiling ----------------------------------------------------------------

std::string pcre_message(int code);

// True when PCRE2 accepts `\p{sc:NAME}`: NAME is a script.
bool is_script(std::string_view name) {
  thread_local std::unordered_map<std::string, bool> known;
  std::string key(name);
  if (auto it = known.find(key); it != known.end()) return it->second;
  std::string probe = "\\p{sc:" + key + "}";
  int err = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* c = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(probe.data()), probe.size(), PCRE2_UTF | PCRE2_UCP, &err,
                                &offset, nullptr);
  if (c) pcre2_code_free(c);
  return known.emplace(std::move(key), c != nullptr).first->second;
}

// The pattern PCRE2 should compile to read `p` as ICU does, or nothing when
// only ICU reads it that way:
// - `\p{Han}` is the Han script in ICU but its script extensions in PCRE2
//   (which take in 。，、): script names become `\p{sc:Han}`;
// - a '[' or '&&' inside a set is a nested set or an intersection in ICU
//   and literal characters in PCRE2;
// - `\w`, `\b` and POSIX classes are defined differently (ICU's \w leaves
//   out ①, PCRE2's takes it): ICU.
// Syntax PCRE2 refuses (\N{...}, \uhhhh, variable-length lookbehind) needs
// no test here: the compile fails and ICU takes the pattern.
std::optional<std::string> pcre_reading(std::string_view p) {
  std::string out;
  out.reserve(p.size() + 8);
  bool in_set = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      char e = p[i + 1];
      if (e == 'Q') {  // \Q...\E is literal
        auto end = p.find("\\E", i + 2);
        std::size_t stop = end == std::string_view::npos ? p.size() : end + 2;
        out.append(p.substr(i, stop - i));
        i = stop - 1;
        continue;
      }
      if (e == 'w' || e == 'W' || e == 'b' || e == 'B') return std::nullopt;
      if ((e == 'p' || e == 'P') && i + 2 < p.size() && p[i + 2] == '{') {
        auto close = p.find('}', i + 3);
        if (close == std::string_view::npos) return std::nullopt;
        std::string_view name = p.substr(i + 3, close - i - 3);
        bool negated = !name.empty() && name[0] == '^';
        if (negated) name.remove_prefix(1);
        out += '\\';
        out += e;
        out += '{';
        if (negated) out += '^';
        if (name.find_first_of(":=") == std::string_view::npos && is_script(name)) out += "sc:";
        out.append(name);
        out += '}';
        i = close;
        continue;
      }
      out += c;
      out += e;
      ++i;
      continue;
    }
    if (!in_set) {
      out += c;
      if (c == '[') {
        in_set = true;
        if (i + 1 < p.size() && p[i + 1] == '^') out += p[++i];
        if (i + 1 < p.size() && p[i + 1] == ']') out += p[++i];  // a leading ] is literal
      }
      continue;
    }
    if (c == '[') return std::nullopt;  // a nested set or a POSIX class
    if (c == '&' && i + 1 < p.size() && p[i + 1] == '&') return std::nullopt;
    if (c == ']') in_set = false;
    out += c;
  }
  return out;
}

std::string pcre_message(int code) {
  PCRE2_UCHAR buf[256];
  int n = pcre2_get_error_message(code, buf, sizeof buf);
  return n < 0 ? "error " + std::to_string(code) : std::string(reinterpret_cast<char*>(buf), static_cast<std::size_t>(n));
}

// GONGWEN_RE_ENGINE=icu runs every pattern on ICU: the baseline that
// bench/lua_vs_native.sh measures PCRE2 against in the same run.
bool icu_forced() {
  static const bool forced = [] {
    const char* e = std::getenv("GONGWEN_RE_ENGINE");
    return e && std::string_view(e) == "icu";
  }();
  return forced;
}

Pattern compile(lua_State* L, std::string_view pattern) {
  std::string key(pattern);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  auto c = std::make_shared<Compiled>();
  std::string pcre_error;
  std::optional<std::string> reading;
  if (!icu_forced()) reading = pcre_reading(pattern);
  if (reading) {
    int err = 0;
    PCRE2_SIZE offset = 0;
    c->pcre = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(reading->data()), reading->size(),
                            PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | PCRE2_NEVER_BACKSLASH_C, &err, &offset,
                            pcre_contexts.compile);
    if (c->pcre) {
      pcre2_jit_compile(c->pcre, PCRE2_JIT_COMPLETE);  // the interpreter runs it if JIT cannot
      c->data = pcre2_match_data_create_from_pattern(c->pcre, nullptr);
      std::uint32_t n = 0;
      pcre2_pattern_info(c->pcre, PCRE2_INFO_CAPTURECOUNT, &n);
      c->groups = static_cast<int>(n);
      if (!c->data) luaL_error(L, "gw.re: out of memory");
    } else {
      pcre_error = "at offset " + std::to_string(offset) + ": " + pcre_message(err);
    }
  }
  if (!c->pcre) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError perr{};
    UText* ut = utext_openUTF8(nullptr, pattern.data(), static_cast<int64_t>(pattern.size()), &status);
    c->icu = uregex_openUText(ut, 0, &perr, &status);
    utext_close(ut);
    if (U_FAILURE(status)) {
      if (pcre_error.empty()) pcre_error = "at offset " + std::to_string(perr.offset) + ": " + u_errorName(status);
      c.reset();
      luaL_error(L, "gw.re: bad pattern '%s' %s", key.c_str(), pcre_error.c_str());
    }
    uregex_setMatchCallback(c->icu, icu_callback, &icu_guard, &status);
    c->groups = uregex_groupCount(c->icu, &status);
  }
  if (cache.size() > 512) cache.clear();
  cache.emplace(std::move(key), c);
  return c;
}

// ---- matching -----------------------------------------------------------------

[[noreturn]] void budget_spent(lua_State* L, bool late) {
  if (late) {
    impl_of(L)->poison = Poison::deadline;
    luaL_error(L, "document time limit exceeded in gw.re (limits.document_seconds in the job)");
  }
  impl_of(L)->poison = Poison::regex;
  luaL_error(L, "gw.re: pattern took too long: the regex budget of this document is spent (lua.regex_steps in the job)");
  std::abort();  // luaL_error does not return
}

bool find_pcre(lua_State* L, const Compiled& re, std::string_view s, std::int64_t from, Spans& out) {
  std::uint64_t left = regex_steps_left(L);
  auto deadline = impl_of(L)->deadline;
  pcre2_match_context* mc = pcre_contexts.match;
  for (std::uint64_t attempt = 1;; attempt *= 2) {
    if (deadline != Clock::time_point::max() && Clock::now() > deadline) budget_spent(L, true);
    std::uint64_t steps = std::min(attempt, left);
    pcre2_set_match_limit(mc, static_cast<std::uint32_t>(
                                  std::min<std::uint64_t>(steps * kPcreUnitsPerStep, std::numeric_limits<std::uint32_t>::max())));
    int rc = pcre2_match(re.pcre, reinterpret_cast<PCRE2_SPTR>(s.data()), s.size(), static_cast<PCRE2_SIZE>(from), 0,
                         re.data, mc);
    if (rc == PCRE2_ERROR_MATCHLIMIT) {
      charge_regex(L, steps);
      left -= steps;
      if (left == 0) budget_spent(L, false);
      continue;
    }
    if (rc == PCRE2_ERROR_NOMATCH) return false;
    if (rc < 0) luaL_error(L, "gw.re: %s", pcre_message(rc).c_str());
    const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(re.data);
    out.resize(static_cast<std::size_t>(re.groups) + 1);
    for (int g = 0; g <= re.groups; ++g) {
      if (g >= rc || ov[2 * g] == PCRE2_UNSET) out[g] = Span{};
      else out[g] = Span{static_cast<std::int64_t>(ov[2 * g]), static_cast<std::int64_t>(ov[2 * g + 1])};
    }
    return true;
  }
}

bool find_icu(lua_State* L, const Compiled& re, std::string_view s, std::int64_t from, Spans& out) {
  UErrorCode status = U_ZERO_ERROR;
  thread_utext.ut = utext_openUTF8(thread_utext.ut, s.data(), static_cast<int64_t>(s.size()), &status);
  uregex_setUText(re.icu, thread_utext.ut, &status);
  if (U_FAILURE(status)) luaL_error(L, "gw.re: %s", u_errorName(status));
  auto& g = icu_guard;
  g.left = regex_steps_left(L);
  g.seen = 0;
  g.late = false;
  g.deadline = impl_of(L)->deadline;
  UBool ok = uregex_find64(re.icu, from, &status);
  charge_regex(L, static_cast<std::uint64_t>(g.seen) + (status == U_REGEX_STOPPED_BY_CALLER ? 1 : 0));
  if (status == U_REGEX_STOPPED_BY_CALLER) budget_spent(L, g.late);
  if (U_FAILURE(status)) luaL_error(L, "gw.re: %s", u_errorName(status));
  if (!ok) return false;
  out.resize(static_cast<std::size_t>(re.groups) + 1);
  for (int k = 0; k <= re.groups; ++k) out[k] = Span{uregex_start64(re.icu, k, &status), uregex_end64(re.icu, k, &status)};
  return true;
}

// Finds the first match at or after byte `from` (moved off a continuation
// byte to the next character).
bool find(lua_State* L, const Compiled& re, std::string_view s, std::int64_t from, Spans& out) {
  if (regex_steps_left(L) == 0) {
    impl_of(L)->poison = Poison::regex;
    luaL_error(L, "gw.re: the regex budget of this document is spent (lua.regex_steps in the job)");
  }
  auto n = static_cast<std::int64_t>(s.size());
  while (from < n && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80) ++from;
  return re.pcre ? find_pcre(L, re, s, from, out) : find_icu(L, re, s, from, out);
}

std::string_view cut(std::string_view s, Span sp) {
  return s.substr(static_cast<std::size_t>(sp.start), static_cast<std::size_t>(sp.end - sp.start));
}

// Pushes the captures of a match (or the whole match if it has none).
int push_captures(lua_State* L, const Spans& m, std::string_view s, bool whole_if_none) {
  int groups = static_cast<int>(m.size()) - 1;
  if (groups == 0 && whole_if_none) {
    push_sv(L, cut(s, m[0]));
    return 1;
  }
  luaL_checkstack(L, groups, "too many captures");
  for (int g = 1; g <= groups; ++g) {
    if (m[g].start < 0) lua_pushnil(L);
    else push_sv(L, cut(s, m[g]));
  }
  return groups;
}

std::int64_t init_arg(lua_State* L, int i, std::string_view s) {
  lua_Integer init = luaL_optinteger(L, i, 1);
  if (init < 0) init = static_cast<lua_Integer>(s.size()) + init + 1;
  if (init < 1) init = 1;
  if (static_cast<std::size_t>(init) > s.size() + 1) return -1;
  return init - 1;
}

// The first match for find and match: arguments (s, pattern [, init]).
bool first_match(lua_State* L, std::string_view& s, Spans& m) {
  s = check_sv(L, 1);
  Pattern re = compile(L, check_sv(L, 2));
  std::int64_t init = init_arg(L, 3, s);
  return init >= 0 && find(L, *re, s, init, m);
}

// gw.re.find(s, pattern [, init]) → start, stop, captures...
int re_find(lua_State* L) {
  std::string_view s;
  Spans m;
  if (!first_match(L, s, m)) {
    lua_pushnil(L);
    return 1;
  }
  lua_pushinteger(L, m[0].start + 1);
  lua_pushinteger(L, m[0].end);
  return 2 + push_captures(L, m, s, false);
}

// gw.re.match(s, pattern [, init]) → captures or the whole match
int re_match(lua_State* L) {
  std::string_view s;
  Spans m;
  if (!first_match(L, s, m)) {
    lua_pushnil(L);
    return 1;
  }
  return push_captures(L, m, s, true);
}

// The byte after an empty match at `at`: one character on.
std::int64_t step_over(std::string_view s, std::int64_t at) {
  std::size_t k = static_cast<std::size_t>(at);
  if (k < s.size()) text::next_cp(s, k);
  return k == static_cast<std::size_t>(at) ? static_cast<std::int64_t>(s.size()) + 1 : static_cast<std::int64_t>(k);
}

// Iterator state: upvalues (subject, pattern, next position, positions?)
int gmatch_iter(lua_State* L) {
  std::size_t n = 0;
  const char* sp = lua_tolstring(L, lua_upvalueindex(1), &n);
  std::string_view s(sp, n);
  auto pos = lua_tointeger(L, lua_upvalueindex(3));
  bool with_pos = lua_toboolean(L, lua_upvalueindex(4));
  if (pos < 0 || static_cast<std::size_t>(pos) > n) return 0;
  Pattern re = compile(L, check_sv(L, lua_upvalueindex(2)));
  Spans m;
  if (!find(L, *re, s, pos, m)) {
    lua_pushinteger(L, -1);
    lua_replace(L, lua_upvalueindex(3));
    return 0;
  }
  lua_pushinteger(L, m[0].end == m[0].start ? step_over(s, m[0].end) : m[0].end);
  lua_replace(L, lua_upvalueindex(3));
  int pushed = 0;
  if (with_pos) {
    lua_pushinteger(L, m[0].start + 1);
    lua_pushinteger(L, m[0].end);
    pushed = 2;
  }
  return pushed + push_captures(L, m, s, true);
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
  Pattern re = compile(L, check_sv(L, 2));
  int rt = lua_type(L, 3);
  luaL_argexpected(L, rt == LUA_TSTRING || rt == LUA_TNUMBER || rt == LUA_TTABLE || rt == LUA_TFUNCTION, 3,
                   "string/function/table");
  lua_Integer max_n = luaL_optinteger(L, 4, -1);
  luaL_Buffer buf;
  luaL_buffinit(L, &buf);
  std::int64_t pos = 0, count = 0;
  Spans m;
  while ((max_n < 0 || count < max_n) && static_cast<std::size_t>(pos) <= s.size() && find(L, *re, s, pos, m)) {
    auto [ms, me] = m[0];
    luaL_addlstring(&buf, s.data() + pos, static_cast<std::size_t>(ms - pos));
    if (rt == LUA_TSTRING || rt == LUA_TNUMBER) {
      auto r = check_sv(L, 3);
      for (std::size_t i = 0; i < r.size(); ++i) {
        if (r[i] == '$' && i + 1 < r.size() && std::isdigit(static_cast<unsigned char>(r[i + 1]))) {
          int g = r[i + 1] - '0';
          if (g >= static_cast<int>(m.size())) return luaL_error(L, "gw.re.gsub: no capture $%d", g);
          if (m[g].start >= 0) luaL_addlstring(&buf, s.data() + m[g].start, static_cast<std::size_t>(m[g].end - m[g].start));
          ++i;
        } else {
          luaL_addchar(&buf, r[i]);
        }
      }
    } else {
      int n = push_captures(L, m, s, true);
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
        luaL_addlstring(&buf, s.data() + ms, static_cast<std::size_t>(me - ms));
      } else if (!lua_isstring(L, -1)) {
        return luaL_error(L, "gw.re.gsub: invalid replacement value (a %s)", luaL_typename(L, -1));
      } else {
        luaL_addvalue(&buf);
      }
    }
    ++count;
    if (me == ms) {
      if (static_cast<std::size_t>(me) >= s.size()) {
        pos = me + 1;
        break;
      }
      std::int64_t next = step_over(s, me);
      luaL_addlstring(&buf, s.data() + me, static_cast<std::size_t>(next - me));
      pos = next;
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

void push_gw_re(lua_State* L) {
  static const luaL_Reg re[] = {{"find", safe<re_find>},     {"match", safe<re_match>}, {"gmatch", safe<re_gmatch>},
                                {"gfind", safe<re_gfind>},   {"gsub", safe<re_gsub>},   {nullptr, nullptr}};
  luaL_newlib(L, re);
}

}  // namespace gongwen::host::lua
