// The gongwen.Document userdata: the host's Document as Lua sees it, with
// the names of the C++ SDK (docs/lua-api.md). Positions are 1-based byte
// positions, as string.find returns them.
#include <lua.hpp>

#include <algorithm>
#include <climits>

#include <fmt/format.h>

#include "lua/detail.hpp"
#include "lua/document_views.hpp"
#include "lua/json.hpp"
#include "lua/runtime.hpp"
#include "lua/state.hpp"
#include "model/document.hpp"

#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include "extract/extractors.hpp"

namespace gongwen::host {

namespace {

constexpr const char* kDocType = "gongwen.Document";
constexpr const char* kFieldsType = "gongwen.Fields";

struct DocBox {
  Document* doc;
};
// doc.fields: points at the document's box, so it expires with it.
struct FieldsBox {
  DocBox* parent;
};
Document* fields_doc(lua_State* L) {
  auto* fb = static_cast<FieldsBox*>(luaL_checkudata(L, 1, kFieldsType));
  if (!fb->parent->doc) luaL_error(L, "document used after its detect/process call returned");
  return fb->parent->doc;
}

Document& check_doc(lua_State* L, int i) {
  auto* box = static_cast<DocBox*>(luaL_checkudata(L, i, kDocType));
  if (!box->doc) luaL_error(L, "document used after its detect/process call returned");
  return *box->doc;
}

// 1-based Lua position → 0-based offset (npos for nil).
std::size_t opt_pos(lua_State* L, int i, const Document& d) {
  if (lua_isnoneornil(L, i)) return npos;
  lua_Integer p = luaL_checkinteger(L, i);
  if (p < 1) return 0;
  return std::min<std::size_t>(static_cast<std::size_t>(p - 1), d.text.size());
}
std::size_t field_pos(lua_State* L, int t, const char* key, const Document& d, std::size_t dflt) {
  lua_getfield(L, t, key);
  std::size_t v = lua_isnil(L, -1) ? dflt : opt_pos(L, -1, d);
  lua_pop(L, 1);
  return v;
}
std::string field_str(lua_State* L, int t, const char* key) {
  lua_getfield(L, t, key);
  std::string v;
  if (!lua_isnil(L, -1)) {
    std::size_t n = 0;
    const char* s = luaL_tolstring(L, -1, &n);
    v.assign(s, n);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return v;
}

void push_source(lua_State* L, const Document& d) {
  lua_createtable(L, 0, 7);
  lua::push_sv(L, d.path());
  lua_setfield(L, -2, "path");
  lua::push_sv(L, d.origin ? d.origin->encoding : "");
  lua_setfield(L, -2, "encoding");
  lua::push_sv(L, d.origin ? d.origin->layout : "");
  lua_setfield(L, -2, "layout");
  if (!d.container.empty()) {
    lua::push_sv(L, d.container);
    lua_setfield(L, -2, "container");
    lua_pushinteger(L, d.index);
    lua_setfield(L, -2, "index");
  }
  lua_pushinteger(L, d.line_start());
  lua_setfield(L, -2, "line_start");
  lua_pushinteger(L, d.line_end());
  lua_setfield(L, -2, "line_end");
}

int doc_set_field(lua_State* L) {
  Document& d = check_doc(L, 1);
  std::string key(lua::check_sv(L, 2));
  if (lua_isnil(L, 3)) d.fields.erase(key);
  else d.fields[key] = lua_to_json(L, 3);
  return 0;
}

int doc_get_field(lua_State* L) {
  Document& d = check_doc(L, 1);
  auto it = d.fields.find(std::string(lua::check_sv(L, 2)));
  if (it == d.fields.end()) lua_pushnil(L);
  else push_json(L, *it);
  return 1;
}

int doc_add_section(lua_State* L) {
  Document& d = check_doc(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  Section s;
  lua_getfield(L, 2, "level");
  s.level = static_cast<int>(luaL_optinteger(L, -1, 1));
  lua_pop(L, 1);
  s.marker = field_str(L, 2, "marker");
  s.title = field_str(L, 2, "title");
  s.begin = field_pos(L, 2, "pos", d, 0);
  s.end = field_pos(L, 2, "stop", d, npos);
  if (s.end != npos) s.end += 1;  // Lua stop is inclusive
  charge_output(L, s.marker.size() + s.title.size() + sizeof(Section));
  d.sections.push_back(std::move(s));
  return 0;
}

int doc_add_entity(lua_State* L) {
  Document& d = check_doc(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  Entity e;
  e.type = field_str(L, 2, "type");
  if (e.type.empty()) return luaL_error(L, "add_entity: `type` is required");
  e.text = field_str(L, 2, "text");
  charge_output(L, e.type.size() + e.text.size() + sizeof(Entity));
  lua_getfield(L, 2, "value");
  e.value = lua_isnil(L, -1) ? Json(e.text) : lua_to_json(L, -1);
  lua_pop(L, 1);
  e.begin = field_pos(L, 2, "pos", d, 0);
  std::size_t stop = field_pos(L, 2, "stop", d, npos);
  e.end = stop == npos ? std::min(d.text.size(), e.begin + e.text.size()) : stop + 1;
  d.entities.push_back(std::move(e));
  return 0;
}

int doc_diagnostic(lua_State* L) {
  Document& d = check_doc(L, 1);
  auto sev = lua::check_sv(L, 2);
  Severity s = sev == "info" ? Severity::info : sev == "error" ? Severity::error : Severity::warning;
  if (sev != "info" && sev != "warning" && sev != "error")
    return luaL_error(L, "diagnostic: severity must be 'info', 'warning' or 'error'");
  std::string msg(lua::check_sv(L, 3));
  std::size_t pos = opt_pos(L, 4, d);
  auto id = handler_diagnostic_id(d.active_handler.empty() ? "script" : d.active_handler, luaL_optstring(L, 5, ""));
  if (!id) return luaL_error(L, "diagnostic: an id is lower-case letters, digits, '_' and '.' (at most 64 bytes)");
  charge_diagnostic(L, msg.size() + id->size() + sizeof(Diagnostic));
  d.diagnose_handler(s, std::move(*id), d.active_handler.empty() ? msg : d.active_handler + ": " + msg, pos);
  return 0;
}

int doc_signal(lua_State* L) {
  Document& d = check_doc(L, 1);
  std::string name(lua::check_sv(L, 2));
  double w = luaL_checknumber(L, 3);
  charge_output(L, name.size() + sizeof(Signal));
  d.signals.push_back({d.active_handler, std::move(name), w});
  return 0;
}

// doc:score() → the sum of the weights this handler's doc:signal() calls
// recorded for the document, capped at 1: detect() can end with
// `return doc:score()` instead of keeping its own tally.
int doc_score(lua_State* L) {
  Document& d = check_doc(L, 1);
  double sum = 0;
  for (const auto& s : d.signals)
    if (s.handler == d.active_handler) sum += s.weight;
  lua_pushnumber(L, std::clamp(sum, 0.0, 1.0));
  return 1;
}

// doc:hits(word): every 1-based position of word in doc.text, from the
// registry's keyword scan when word is a handler's keyword (no search at
// all), else one memmem pass charged to the script like string.find's.
int doc_hits(lua_State* L) {
  Document& d = check_doc(L, 1);
  auto w = lua::check_sv(L, 2);
  if (w.empty()) return luaL_argerror(L, 2, "an empty word has no positions");
  bool scanned = d.hits && d.hits->text_size == d.text.size() && d.hits->find(w);
  if (!scanned) charge_work(L, d.text.size() / 64 + 1);
  auto at = d.word_offsets(w);
  lua_createtable(L, static_cast<int>(std::min<std::size_t>(at.size(), INT_MAX)), 0);
  for (std::size_t i = 0; i < at.size() && i < static_cast<std::size_t>(INT_MAX); ++i) {
    lua_pushinteger(L, static_cast<lua_Integer>(at[i]) + 1);
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  return 1;
}

int doc_line_of(lua_State* L) {
  Document& d = check_doc(L, 1);
  auto p = opt_pos(L, 2, d);
  lua_pushinteger(L, d.line_of(p == npos ? 0 : std::min(p, d.text.empty() ? 0 : d.text.size() - 1)));
  return 1;
}

int doc_position(lua_State* L) {
  Document& d = check_doc(L, 1);
  auto p = opt_pos(L, 2, d);
  auto pos = d.position_of(p == npos ? 0 : std::min(p, d.text.empty() ? 0 : d.text.size() - 1));
  lua_pushinteger(L, pos.line);
  lua_pushinteger(L, pos.column);
  return 2;
}

void push_sections(lua_State* L, const Document& d) {
  lua_createtable(L, static_cast<int>(d.sections.size()), 0);
  for (std::size_t i = 0; i < d.sections.size(); ++i) {
    const auto& s = d.sections[i];
    lua_createtable(L, 0, 5);
    lua_pushinteger(L, s.level);
    lua_setfield(L, -2, "level");
    lua::push_sv(L, s.marker);
    lua_setfield(L, -2, "marker");
    lua::push_sv(L, s.title);
    lua_setfield(L, -2, "title");
    lua_pushinteger(L, static_cast<lua_Integer>(s.begin + 1));
    lua_setfield(L, -2, "pos");
    lua_pushinteger(L, d.line_of(s.begin));
    lua_setfield(L, -2, "line");
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
}

void push_entities(lua_State* L, const Document& d) {
  lua_createtable(L, static_cast<int>(d.entities.size()), 0);
  for (std::size_t i = 0; i < d.entities.size(); ++i) {
    const auto& e = d.entities[i];
    lua_createtable(L, 0, 5);
    lua::push_sv(L, e.type);
    lua_setfield(L, -2, "type");
    lua::push_sv(L, e.text);
    lua_setfield(L, -2, "text");
    push_json(L, e.value);
    lua_setfield(L, -2, "value");
    lua_pushinteger(L, static_cast<lua_Integer>(e.begin + 1));
    lua_setfield(L, -2, "pos");
    lua_pushinteger(L, d.line_of(e.begin));
    lua_setfield(L, -2, "line");
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
}

void push_diagnostics(lua_State* L, const Document& d) {
  lua_createtable(L, static_cast<int>(d.diagnostics.size()), 0);
  for (std::size_t i = 0; i < d.diagnostics.size(); ++i) {
    const auto& g = d.diagnostics[i];
    lua_createtable(L, 0, 5);
    lua_pushstring(L, g.severity == Severity::info ? "info" : g.severity == Severity::error ? "error" : "warning");
    lua_setfield(L, -2, "severity");
    lua::push_sv(L, g.id);
    lua_setfield(L, -2, "id");
    lua::push_sv(L, g.step);
    lua_setfield(L, -2, "step");
    lua::push_sv(L, g.message);
    lua_setfield(L, -2, "message");
    lua_pushinteger(L, g.offset != npos ? d.line_of(g.offset) : g.line);
    lua_setfield(L, -2, "line");
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
}

// doc.fields is a live view: doc.fields.speaker = "陈玲玲" writes through.
int fields_index(lua_State* L) {
  Document* d = fields_doc(L);
  auto it = d->fields.find(std::string(lua::check_sv(L, 2)));
  if (it == d->fields.end()) lua_pushnil(L);
  else push_json(L, *it);
  return 1;
}
int fields_newindex(lua_State* L) {
  Document* d = fields_doc(L);
  std::string key(lua::check_sv(L, 2));
  if (lua_isnil(L, 3)) d->fields.erase(key);
  else d->fields[key] = lua_to_json(L, 3);
  return 0;
}
int fields_pairs(lua_State* L) {
  Document* d = fields_doc(L);
  push_json(L, d->fields);  // a snapshot to iterate
  lua_pushcfunction(L, [](lua_State* S) -> int {
    lua_settop(S, 2);
    return lua_next(S, 1) ? 2 : 0;
  });
  lua_insert(L, -2);
  lua_pushnil(L);
  return 3;
}

int doc_index(lua_State* L) {
  Document& d = check_doc(L, 1);
  auto key = lua::check_sv(L, 2);
  if (key == "text") {
    // Cached in the userdata's user value: scripts read doc.text often.
    if (lua_getiuservalue(L, 1, 1) == LUA_TSTRING) return 1;
    lua_pop(L, 1);
    lua::push_sv(L, d.text);
    lua_pushvalue(L, -1);
    lua_setiuservalue(L, 1, 1);
    return 1;
  }
  if (key == "title") { lua::push_sv(L, d.title); return 1; }
  if (key == "kind") { lua::push_sv(L, d.kind); return 1; }
  if (key == "id") { lua::push_sv(L, d.id); return 1; }
  if (key == "path") { lua::push_sv(L, d.path()); return 1; }
  if (key == "container") { if (d.container.empty()) lua_pushnil(L); else lua::push_sv(L, d.container); return 1; }
  if (key == "index") { if (d.container.empty()) lua_pushnil(L); else lua_pushinteger(L, d.index); return 1; }
  if (key == "handler") { lua::push_sv(L, d.handler); return 1; }
  if (key == "source") { push_source(L, d); return 1; }
  if (key == "sections") { push_sections(L, d); return 1; }
  if (key == "entities") { push_entities(L, d); return 1; }
  if (key == "diagnostics") { push_diagnostics(L, d); return 1; }
  if (key == "scores") {
    lua_createtable(L, 0, static_cast<int>(d.scores.size()));
    for (const auto& [n, s] : d.scores) {
      lua_pushnumber(L, s);
      lua_setfield(L, -2, n.c_str());
    }
    return 1;
  }
  if (key == "fields") {
    if (lua_getiuservalue(L, 1, 2) == LUA_TUSERDATA) return 1;
    lua_pop(L, 1);
    auto* fb = static_cast<FieldsBox*>(lua_newuserdatauv(L, sizeof(FieldsBox), 1));
    fb->parent = static_cast<DocBox*>(lua_touserdata(L, 1));
    luaL_setmetatable(L, kFieldsType);
    lua_pushvalue(L, 1);
    lua_setiuservalue(L, -2, 1);
    lua_pushvalue(L, -1);
    lua_setiuservalue(L, 1, 2);
    return 1;
  }
  // Methods.
  luaL_getmetatable(L, kDocType);
  lua_getfield(L, -1, "methods");
  lua_pushlstring(L, key.data(), key.size());
  lua_rawget(L, -2);
  return 1;
}

int doc_newindex(lua_State* L) {
  Document& d = check_doc(L, 1);
  auto key = lua::check_sv(L, 2);
  if (key == "title" || key == "kind") {
    auto v = lua::check_sv(L, 3);
    charge_output(L, v.size());
    (key == "title" ? d.title : d.kind) = std::string(v);
    return 0;
  }
  return luaL_error(L, "document field '%s' is read-only (use doc.fields.%s = ... or doc:set_field)",
                    std::string(key).c_str(), std::string(key).c_str());
}

int doc_tostring(lua_State* L) {
  auto* box = static_cast<DocBox*>(luaL_checkudata(L, 1, kDocType));
  if (!box->doc) lua_pushliteral(L, "gongwen.Document (expired)");
  else lua_pushfstring(L, "gongwen.Document(%s)", box->doc->path().c_str());
  return 1;
}

}  // namespace

namespace lua_doc {
Document& checked(lua_State* L, int i) { return check_doc(L, i); }
}  // namespace lua_doc

using lua_doc::doc_extract;
using lua_doc::doc_headings;
using lua_doc::doc_lines;
using lua_doc::doc_paragraphs;

void register_document_type(lua_State* L) {
  luaL_newmetatable(L, kDocType);
  lua_pushcfunction(L, lua::safe<doc_index>);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, lua::safe<doc_newindex>);
  lua_setfield(L, -2, "__newindex");
  lua_pushcfunction(L, doc_tostring);
  lua_setfield(L, -2, "__tostring");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  static const luaL_Reg methods[] = {
      {"set_field", lua::safe<doc_set_field>},   {"field", lua::safe<doc_get_field>},
      {"add_section", lua::safe<doc_add_section>}, {"add_entity", lua::safe<doc_add_entity>},
      {"diagnostic", lua::safe<doc_diagnostic>}, {"signal", lua::safe<doc_signal>},
      {"hits", lua::safe<doc_hits>},             {"line_of", lua::safe<doc_line_of>},       {"position", lua::safe<doc_position>},
      {"lines", lua::safe<doc_lines>},           {"paragraphs", lua::safe<doc_paragraphs>},
      {"headings", lua::safe<doc_headings>},     {"extract", lua::safe<doc_extract>},
      {"score", lua::safe<doc_score>},
      {nullptr, nullptr}};
  luaL_newlib(L, methods);
  lua_setfield(L, -2, "methods");
  lua_pop(L, 1);

  luaL_newmetatable(L, kFieldsType);
  lua_pushcfunction(L, lua::safe<fields_index>);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, lua::safe<fields_newindex>);
  lua_setfield(L, -2, "__newindex");
  lua_pushcfunction(L, lua::safe<fields_pairs>);
  lua_setfield(L, -2, "__pairs");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 1);
}

LuaDocGuard::LuaDocGuard(lua_State* L, Document& doc) : L_(L) {
  auto* box = static_cast<DocBox*>(lua_newuserdatauv(L, sizeof(DocBox), 2));
  box->doc = &doc;
  luaL_setmetatable(L, kDocType);
  box_ = box;
  lua_pushvalue(L, -1);
  ref_ = luaL_ref(L, LUA_REGISTRYINDEX);
}

LuaDocGuard::~LuaDocGuard() {
  // doc.fields reads through this box, so it expires too.
  static_cast<DocBox*>(box_)->doc = nullptr;
  luaL_unref(L_, LUA_REGISTRYINDEX, ref_);
}

}  // namespace gongwen::host
