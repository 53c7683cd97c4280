// The fields of a record in one shape whichever handler or reader set them (see fields.cpp).
#pragma once

#include "model/document.hpp"

#include <string_view>
#include <vector>

namespace gongwen::host {

// Completes and normalises doc's fields after its handler ran: number, issuers, row and page facts.
// `given`: the title the reader gave before the handler ran (a page's heading).
void settle_fields(Document& doc, std::string_view given);

// The names a string joins with 、，； (`财政部、民政部`), trimmed: how a row's joint issuers are parted.
std::vector<std::string_view> named_parts(std::string_view named);

}  // namespace gongwen::host
