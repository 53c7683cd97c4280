// The Lua handler adapter: loads a script's handler table, checks it, and
// calls its detect() and process() under the runtime's limits.
#include <lua.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <vector>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "lua/runtime.hpp"
#include "util/suggest.hpp"
#include "util/sha256.hpp"

namespace gongwen::host {

namespace {

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
    if (!gate_open(doc)) return 0;
    rt_.enter(doc);
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
    rt_.enter(doc);
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

namespace {


bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!n || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    i += n;
  }
  return true;
}

}  // namespace

std::unique_ptr<Handler> LuaRuntime::load_handler(const std::string& path) {
  lua_State* L = L_;
  std::string code = read_file(path);
  // Editors on Windows save a BOM; Lua would read it as an unexpected symbol.
  if (code.rfind("\xEF\xBB\xBF", 0) == 0) code.erase(0, 3);
  // A script saved as GBK loads, and its Chinese literals never match UTF-8 text.
  if (!valid_utf8(code))
    spdlog::warn("{}: the script is not valid UTF-8 (saved as GBK?); scripts must be UTF-8, or their Chinese strings never match", path);
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
  if (!lua_istable(L, -1)) {
    lua_settop(L, top);
    throw HandlerError(fmt::format("{}: the script must return a handler table {{name=, version=, kinds=, detect=, process=}}", path));
  }
  // Every problem of the table at once, as job files are checked.
  std::vector<std::string> problems;
  auto problem = [&](const std::string& why) { problems.push_back(why); };
  static const std::vector<std::string> known = {"name", "version", "kinds", "detect", "process", "priority", "description", "keywords", "words"};
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING) continue;  // helper values kept under numeric keys are the script's business
    std::string k = lua_tostring(L, -1);
    if (std::find(known.begin(), known.end(), k) != known.end() || k.rfind("_", 0) == 0) continue;
    std::string best = closest_name(k, known);
    problem(best.empty() ? fmt::format("unknown key `{}` (known: name, version, kinds, detect, process, priority, description, keywords, words; "
                                       "prefix private helpers with _)", k)
                         : fmt::format("unknown key `{}`: did you mean `{}`?", k, best));
  }
  auto info = std::make_shared<HandlerInfo>();
  info->origin = "lua";
  info->file = std::filesystem::absolute(path).lexically_normal().string();
  info->content_hash = sha256_hex(code);
  lua_getfield(L, -1, "name");
  if (lua_type(L, -1) != LUA_TSTRING || !*lua_tostring(L, -1)) problem("`name` must be a non-empty string");
  else info->name = lua_tostring(L, -1);
  lua_pop(L, 1);
  lua_getfield(L, -1, "version");
  if (lua_type(L, -1) != LUA_TSTRING && lua_type(L, -1) != LUA_TNUMBER) problem("`version` must be a string");
  else info->version = lua_tostring(L, -1);
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
  if (info->kinds.empty()) problem("`kinds` must list at least one document kind");
  lua_pop(L, 1);
  for (const char* fn : {"detect", "process"}) {
    lua_getfield(L, -1, fn);
    if (!lua_isfunction(L, -1)) problem(fmt::format("`{}` must be a function", fn));
    lua_pop(L, 1);
  }
  lua_getfield(L, -1, "priority");
  if (!lua_isnil(L, -1)) {
    if (!lua_isinteger(L, -1)) problem("`priority` must be an integer");
    else info->priority = static_cast<int>(lua_tointeger(L, -1));
  }
  lua_pop(L, 1);
  lua_getfield(L, -1, "description");
  if (lua_type(L, -1) == LUA_TSTRING) info->description = lua_tostring(L, -1);
  else if (!lua_isnil(L, -1)) problem("`description` must be a string");
  lua_pop(L, 1);
  for (auto [key, list] : {std::pair{"keywords", &info->keywords}, std::pair{"words", &info->words}}) {
    lua_getfield(L, -1, key);
    if (lua_istable(L, -1)) {
      for (lua_Integer i = 1;; ++i) {
        if (lua_rawgeti(L, -1, i) != LUA_TSTRING) { lua_pop(L, 1); break; }
        if (lua_rawlen(L, -1) > 0) list->emplace_back(lua_tostring(L, -1));
        lua_pop(L, 1);
      }
      if (list->empty()) problem(fmt::format("`{}` must be a non-empty list of strings", key));
    } else if (!lua_isnil(L, -1)) {
      problem(fmt::format("`{}` must be a list of strings", key));
    }
    lua_pop(L, 1);
  }
  if (!problems.empty()) {
    lua_settop(L, top);
    std::string msg = fmt::format("{}: invalid handler table ({} problem{})", path, problems.size(), problems.size() > 1 ? "s" : "");
    for (const auto& p : problems) msg += "\n  handler table: " + p;
    throw HandlerError(msg);
  }
  int ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_settop(L, top);
  return std::make_unique<LuaHandler>(std::move(info), *this, ref);
}

}  // namespace gongwen::host
