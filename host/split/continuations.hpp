// An article interrupted by another and continued on a later page: its first
// part ends on a 下转第N页 note, its rest opens on a 上接第M页 note inside
// whatever article the splitter gave that page to. The rest is moved back.
#pragma once

#include <vector>

#include "model/document.hpp"

namespace gongwen::host {

// Moves each continuation found in container.fields.continuations (offsets
// into container.text) to the article it continues; articles left empty are
// dropped and the others renumbered. Returns how many were joined.
std::size_t join_continuations(Document& container, std::vector<Document>& articles);

}  // namespace gongwen::host
