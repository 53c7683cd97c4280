// The gongwen.Document userdata: the host's Document as Lua sees it, with
// the names of the C++ SDK (docs/lua-api.md). Positions are 1-based byte
// positions, as string.find returns them.
#include <lua.hpp>

#include <algorithm>

#include <fmt/format.h>

#include "lua/detail.hpp"
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

// for line, pos in doc:lines() do ... end — the paragraphs of the cleaned text.
int lines_iter(lua_State* L) {
  std::size_t n = 0;
  const char* s = lua_tolstring(L, lua_upvalueindex(1), &n);
  auto pos = static_cast<std::size_t>(lua_tointeger(L, lua_upvalueindex(2)));
  if (pos >= n) return 0;
  std::string_view v(s, n);
  std::size_t e = v.find('\n', pos);
  if (e == std::string_view::npos) e = n;
  lua::push_sv(L, v.substr(pos, e - pos));
  lua_pushinteger(L, static_cast<lua_Integer>(pos + 1));
  lua_pushinteger(L, static_cast<lua_Integer>(e + 1));
  lua_replace(L, lua_upvalueindex(2));
  return 2;
}
int doc_lines(lua_State* L) {
  Document& d = check_doc(L, 1);
  lua::push_sv(L, d.text);
  lua_pushinteger(L, 0);
  lua_pushcclosure(L, lines_iter, 2);
  return 1;
}

// p.style: the typography of a paragraph of a DOCX, PDF or OFD file (absent
// for text): size (points), bold, font, align, indent (ems), color (RRGGBB),
// page, outline_level (0-based), role ("table", "textbox").
void push_style(lua_State* L, const ParagraphStyle& st) {
  lua_createtable(L, 0, 9);
  if (st.size_pt > 0) { lua_pushnumber(L, st.size_pt); lua_setfield(L, -2, "size"); }
  lua_pushboolean(L, st.bold);
  lua_setfield(L, -2, "bold");
  auto str = [&](const std::string& v, const char* key) {
    if (v.empty()) return;
    lua::push_sv(L, v);
    lua_setfield(L, -2, key);
  };
  str(st.font, "font");
  str(st.align, "align");
  str(st.color, "color");
  str(st.role, "role");
  lua_pushnumber(L, st.indent_em);
  lua_setfield(L, -2, "indent");
  if (st.page) { lua_pushinteger(L, st.page); lua_setfield(L, -2, "page"); }
  if (st.outline_level >= 0) { lua_pushinteger(L, st.outline_level); lua_setfield(L, -2, "outline_level"); }
}

// doc:paragraphs([n]) → { {text=, pos=, stop=, style=}, … }: trimmed paragraphs with
// positions; the first n (n > 0) or the last -n (n < 0). Detectors look at
// the head of a document: building tables for all of it was their main cost.
int doc_paragraphs(lua_State* L) {
  Document& d = check_doc(L, 1);
  std::string_view t = d.text;
  lua_Integer want = luaL_optinteger(L, 2, 0);
  lua_newtable(L);
  lua_Integer n = 0;
  std::size_t from = 0;
  if (want < 0) {
    // The last -want paragraphs, in reading order: walk back to where they start.
    std::size_t e = t.size();
    from = t.size();
    for (lua_Integer seen = 0; e > 0 && seen < -want;) {
      std::size_t nl = t.rfind('\n', e - 1);
      std::size_t lb = nl == std::string_view::npos ? 0 : nl + 1;
      if (!text::trim(t.substr(lb, e - lb)).empty()) {
        ++seen;
        from = lb;
      }
      if (nl == std::string_view::npos) break;
      e = nl;
    }
    want = 0;
  }
  for (std::size_t b = from; b < t.size() && (want == 0 || n < want);) {
    std::size_t e = t.find('\n', b);
    if (e == std::string_view::npos) e = t.size();
    auto line = t.substr(b, e - b);
    auto tr = text::trim(line);
    if (!tr.empty()) {
      std::size_t off = b + static_cast<std::size_t>(tr.data() - line.data());
      lua_createtable(L, 0, 3);
      lua::push_sv(L, tr);
      lua_setfield(L, -2, "text");
      lua_pushinteger(L, static_cast<lua_Integer>(off + 1));
      lua_setfield(L, -2, "pos");
      lua_pushinteger(L, static_cast<lua_Integer>(off + tr.size()));
      lua_setfield(L, -2, "stop");
      if (const ParagraphStyle* st = d.style_at(off)) {
        push_style(L, *st);
        lua_setfield(L, -2, "style");
      }
      lua_rawseti(L, -2, ++n);
    }
    b = e + 1;
  }
  return 1;
}

// doc:headings([families]) → { {level=, marker=, family=, number=, title=, pos=, stop=}, … }:
// the heading tree the native handlers use (sdk/include/gongwen/structure.hpp),
// computed in C++ so a script does not loop over every paragraph itself.
int doc_headings(lua_State* L) {
  Document& d = check_doc(L, 1);
  namespace st = gongwen::structure;
  st::TreeOptions opt;
  if (lua_istable(L, 2)) {
    opt.families.clear();
    for (lua_Integer i = 1;; ++i) {
      if (lua_rawgeti(L, 2, i) != LUA_TSTRING) { lua_pop(L, 1); break; }
      std::string_view f = lua_tostring(L, -1);
      lua_pop(L, 1);
      bool known = false;
      for (int k = 1; k <= static_cast<int>(text::MarkerFamily::enum_yao); ++k) {
        auto fam = static_cast<text::MarkerFamily>(k);
        if (f == text::family_name(fam)) { opt.families.push_back(fam); known = true; }
      }
      if (!known) return luaL_error(L, "headings: unknown marker family '%s'", std::string(f).c_str());
    }
  }
  opt.from_paragraph = static_cast<std::size_t>(luaL_optinteger(L, 3, 1) - 1);
  auto ps = st::paragraphs(d.text);
  auto hs = st::heading_tree(ps, opt);
  lua_createtable(L, static_cast<int>(hs.size()), 0);
  for (std::size_t i = 0; i < hs.size(); ++i) {
    const auto& h = hs[i];
    lua_createtable(L, 0, 7);
    lua_pushinteger(L, h.level);
    lua_setfield(L, -2, "level");
    lua::push_sv(L, h.marker);
    lua_setfield(L, -2, "marker");
    lua_pushstring(L, text::family_name(h.family));
    lua_setfield(L, -2, "family");
    lua_pushinteger(L, h.number);
    lua_setfield(L, -2, "number");
    lua::push_sv(L, h.title);
    lua_setfield(L, -2, "title");
    lua_pushinteger(L, static_cast<lua_Integer>(h.offset + 1));
    lua_setfield(L, -2, "pos");
    lua_pushinteger(L, static_cast<lua_Integer>(h.end));
    lua_setfield(L, -2, "stop");
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  return 1;
}

// doc:extract(name) runs a common extractor (dates, slogans, statistics,
// officials, quotes, doc_refs) now, adding its entities.
int doc_extract(lua_State* L) {
  Document& d = check_doc(L, 1);
  std::string name(lua::check_sv(L, 2));
  if (!is_extractor(name)) return luaL_error(L, "extract: unknown extractor '%s'", name.c_str());
  std::size_t before = d.entities.size();
  run_extractors(d, {name}, ExtractContext{{}, builtin_slogans()});
  lua_pushinteger(L, static_cast<lua_Integer>(d.entities.size() - before));
  return 1;
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
      {"line_of", lua::safe<doc_line_of>},       {"position", lua::safe<doc_position>},
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
