// Keys that let two spellings of one title or document number meet: the
// splitter matches table-of-contents entries with them, the SQLite output
// resolves citations (refs) with them.
#pragma once

#include <string>
#include <string_view>

namespace gongwen::host {

// Spaces dropped, full-width ASCII folded (but not （）：，), 《》 and a stray
// leading colon or bullet removed.
std::string title_key(std::string_view s);

// A document number in one spelling: spaces dropped, the year's brackets
// ([] （） () 【】 ［］) as 〔〕, full-width digits folded: 国办发[2018]124号 →
// 国办发〔2018〕124号.
std::string number_key(std::string_view s);

}  // namespace gongwen::host
