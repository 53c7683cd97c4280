// The bounded Lua pattern matcher (host/lua/pattern.cpp) against the real
// lstrlib: thousands of generated patterns and subjects must give the same
// results and the same errors from string.find, match, gmatch and gsub.
#include <catch2/catch.hpp>

#include <lua.hpp>

#include "lua/runtime.hpp"

using namespace gongwen::host;

namespace {

// Runs in both states: a fixed seed, so both generate the same cases.
const char* kCases = R"LUA(
math.randomseed(20261130)
local atoms = {"a", "b", ".", "%a", "%d", "%w", "%S", "[ab]", "[^a]", "[a-c]", "[%d)]", "[]a]", "%s", "(", ")", "()",
               "%1", "%2", "%b()", "%f[%a]", "%f[%z%s]", "$", "^", "*", "+", "-", "?", "x", "%%", "]", "[", "%",
               "%z", "%A", ".-", "a*", "b+", "(a)", "(%d+)", "\0"}
local chars = {"a", "b", "c", "x", " ", "(", ")", "1", "2", "%", "]", "\0", "\xe6\x96\x87"}
local out = {}
local function show(...)
  local t = table.pack(pcall(...))
  for k = 1, t.n do t[k] = tostring(t[k]) end
  return table.concat(t, ",", 1, t.n)
end
for _ = 1, 4000 do
  local p = {}
  for _ = 1, math.random(1, 6) do p[#p + 1] = atoms[math.random(#atoms)] end
  p = table.concat(p)
  local s = {}
  for _ = 1, math.random(0, 14) do s[#s + 1] = chars[math.random(#chars)] end
  s = table.concat(s)
  local init = math.random(-4, 8)
  out[#out + 1] = show(string.find, s, p, init)
  out[#out + 1] = show(string.find, s, p, init, true)
  out[#out + 1] = show(string.match, s, p, init)
  out[#out + 1] = show(function()
    local t = {}
    for a, b in string.gmatch(s, p, init) do
      t[#t + 1] = tostring(a) .. ":" .. tostring(b)
      if #t > 40 then break end
    end
    return table.concat(t, ";")
  end)
  out[#out + 1] = show(string.gsub, s, p, "<%0>")
  out[#out + 1] = show(string.gsub, s, p, "%1", 2)
  out[#out + 1] = show(string.gsub, s, p, function(c, d) return c and ("[" .. tostring(c) .. tostring(d) .. "]") end)
  out[#out + 1] = show(string.gsub, s, p, {a = "A", [""] = false})
  out[#out + 1] = show(function() return ("" .. s):find(p) end)
end
return table.concat(out, "\n")
)LUA";

std::string reference() {
  lua_State* L = luaL_newstate();
  luaL_openlibs(L);
  REQUIRE(luaL_loadbufferx(L, kCases, std::strlen(kCases), "=cases", "t") == LUA_OK);
  REQUIRE(lua_pcall(L, 0, 1, 0) == LUA_OK);
  std::size_t n = 0;
  const char* c = lua_tolstring(L, -1, &n);
  std::string r(c, n);
  lua_close(L);
  return r;
}

}  // namespace

TEST_CASE("bounded Lua patterns give lstrlib's results and errors") {
  std::string want = reference();
  LuaRuntime rt;
  int n = rt.eval(kCases, "=cases");
  REQUIRE(n == 1);
  std::size_t len = 0;
  const char* c = lua_tolstring(rt.state(), -1, &len);
  std::string got(c, len);
  lua_pop(rt.state(), 1);
  // Compare line by line, so a failure shows the first case that differs.
  std::size_t a = 0, b = 0, line = 1;
  while (a < want.size() && b < got.size()) {
    std::size_t ea = want.find('\n', a), eb = got.find('\n', b);
    if (ea == std::string::npos) ea = want.size();
    if (eb == std::string::npos) eb = got.size();
    INFO("case line " << line);
    REQUIRE(got.substr(b, eb - b) == want.substr(a, ea - a));
    a = ea + 1;
    b = eb + 1;
    ++line;
  }
  CHECK(want.size() == got.size());
}

TEST_CASE("a Lua pattern's work counts against the instruction budget") {
  LuaLimits limits;
  limits.instructions = 5'000'000;
  LuaRuntime rt(limits);
  CHECK_THROWS_WITH(rt.eval("local s = ('a'):rep(20000); return s:find('a*b')", "=q"),
                    Catch::Contains("instruction budget"));
  // Linear patterns on long subjects stay well inside it.
  CHECK_NOTHROW(rt.eval("local s = ('a'):rep(1000000) .. 'b'; assert(s:find('a+b') == 1); assert(s:find('%d') == nil)", "=l"));
}
