// Read views of gongwen.Document (see document_views.hpp).
#include "lua/document_views.hpp"

#include <algorithm>

#include <fmt/format.h>

#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include "extract/extractors.hpp"
#include "lua/detail.hpp"

namespace gongwen::host::lua_doc {

namespace st = gongwen::structure;

namespace {
Document& check_doc(lua_State* L, int i) { return checked(L, i); }
}  // namespace

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

}  // namespace gongwen::host::lua_doc
