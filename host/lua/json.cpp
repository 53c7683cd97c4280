// Lua ⇄ JSON conversion.
#include "lua/json.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "lua/state.hpp"

namespace gongwen::host {

namespace {

// `path` holds the tables being converted, outermost first: a table met
// again on its own path is a cycle.
Json to_json(lua_State* L, int index, std::vector<const void*>& path) {
  index = lua_absindex(L, index);
  luaL_checkstack(L, 4, "value nested too deeply to store in a document");
  charge_output(L, 8);
  switch (lua_type(L, index)) {
    case LUA_TNIL: return nullptr;
    case LUA_TBOOLEAN: return static_cast<bool>(lua_toboolean(L, index));
    case LUA_TNUMBER:
      if (lua_isinteger(L, index)) return static_cast<long long>(lua_tointeger(L, index));
      else {
        double v = lua_tonumber(L, index);
        if (!std::isfinite(v)) return nullptr;
        return v;
      }
    case LUA_TSTRING: {
      std::size_t n = 0;
      const char* s = lua_tolstring(L, index, &n);
      charge_output(L, n);
      return std::string(s, n);
    }
    case LUA_TTABLE: {
      const void* self = lua_topointer(L, index);
      if (std::find(path.begin(), path.end(), self) != path.end())
        luaL_error(L, "a table that contains itself (a cycle) cannot be stored in a document");
      if (static_cast<int>(path.size()) >= kMaxJsonDepth)
        luaL_error(L, "value nested more than %d levels deep cannot be stored in a document", kMaxJsonDepth);
      path.push_back(self);
      struct Pop { std::vector<const void*>& p; ~Pop() { p.pop_back(); } } pop{path};
      lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, index));
      std::size_t count = 0;
      lua_pushnil(L);
      while (lua_next(L, index)) {
        ++count;
        lua_pop(L, 1);
      }
      if (n > 0 && static_cast<std::size_t>(n) == count) {
        Json arr = Json::array();
        for (lua_Integer i = 1; i <= n; ++i) {
          lua_rawgeti(L, index, i);
          arr.push_back(to_json(L, -1, path));
          lua_pop(L, 1);
        }
        return arr;
      }
      // Keys are sorted: Lua's table order depends on a per-state hash seed,
      // and records must be byte-identical from run to run.
      std::map<std::string, Json> sorted;
      if (count == 0) return Json::object();
      lua_pushnil(L);
      while (lua_next(L, index)) {
        std::string key;
        if (lua_type(L, -2) == LUA_TSTRING) key = lua_tostring(L, -2);
        else if (lua_type(L, -2) == LUA_TNUMBER) {
          lua_pushvalue(L, -2);
          key = lua_tostring(L, -1);
          lua_pop(L, 1);
        } else {
          luaL_error(L, "table keys stored in a document must be strings or numbers");
        }
        charge_output(L, key.size());
        sorted[key] = to_json(L, -1, path);
        lua_pop(L, 1);
      }
      Json obj = Json::object();
      for (auto& [k, v] : sorted) obj[k] = std::move(v);
      return obj;
    }
    default:
      luaL_error(L, "a %s cannot be stored in a document", luaL_typename(L, index));
  }
  return nullptr;
}

}  // namespace

Json lua_to_json(lua_State* L, int index) {
  std::vector<const void*> path;
  return to_json(L, index, path);
}

void push_json(lua_State* L, const Json& j) {
  luaL_checkstack(L, 4, "json too deep");
  switch (j.type()) {
    case Json::value_t::null: lua_pushnil(L); break;
    case Json::value_t::boolean: lua_pushboolean(L, j.get<bool>()); break;
    case Json::value_t::number_integer: lua_pushinteger(L, j.get<long long>()); break;
    case Json::value_t::number_unsigned: lua_pushinteger(L, static_cast<lua_Integer>(j.get<unsigned long long>())); break;
    case Json::value_t::number_float: lua_pushnumber(L, j.get<double>()); break;
    case Json::value_t::string: {
      const auto& s = j.get_ref<const std::string&>();
      lua_pushlstring(L, s.data(), s.size());
      break;
    }
    case Json::value_t::array: {
      lua_createtable(L, static_cast<int>(j.size()), 0);
      lua_Integer i = 1;
      for (const auto& v : j) {
        push_json(L, v);
        lua_rawseti(L, -2, i++);
      }
      break;
    }
    case Json::value_t::object: {
      lua_createtable(L, 0, static_cast<int>(j.size()));
      for (auto it = j.begin(); it != j.end(); ++it) {
        push_json(L, it.value());
        lua_setfield(L, -2, it.key().c_str());
      }
      break;
    }
    default: lua_pushnil(L); break;
  }
}

}  // namespace gongwen::host
