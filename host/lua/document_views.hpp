// The read views of a document for Lua (document_views.cpp): its paragraphs
// with their styles, its lines, its heading tree, and the extractors run on
// demand; the rest of gongwen.Document is document.cpp.
#pragma once

#include <lua.hpp>

#include "model/document.hpp"

namespace gongwen::host::lua_doc {

// The Document of argument i (a live gongwen.Document), or a Lua error.
Document& checked(lua_State* L, int i);

int doc_lines(lua_State* L);
int doc_paragraphs(lua_State* L);
int doc_headings(lua_State* L);
int doc_extract(lua_State* L);

}  // namespace gongwen::host::lua_doc
