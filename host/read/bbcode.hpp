// A forum post kept as its BBCode source (Discuz, phpBB): `[align=center][b]…[/b][/align]`, the
// markup a crawler of the editor's field stores instead of the page the forum renders.
#pragma once

#include <string_view>

#include "read/wrappers.hpp"

namespace gongwen::host {

// The post's text, its tags dropped and its blocks (`[/align]`, `[/p]`, `[br]`, `[*]`) ending lines,
// each byte mapped to the source; false when the text is not BBCode (then it is read as it is).
bool unwrap_bbcode(std::string_view decoded, Unwrapped& u);

}  // namespace gongwen::host
