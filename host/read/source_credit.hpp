// The source credit a copied post closes with (`来源：IT之家`, `（来源：CNNVD）`, `原文来源` / `：某某部`),
// read as the record's source when nothing above named one.
#pragma once

#include <string>
#include <string_view>

namespace gongwen::host {

// The outlet the credit names, or empty when the text closes with none.
std::string closing_source(std::string_view text);

}  // namespace gongwen::host
