// The fields of a record in one shape whichever handler or reader set them (see fields.cpp).
#pragma once

#include "model/document.hpp"

namespace gongwen::host {

// Completes and normalises doc's fields after its handler ran: number, issuers, row and page facts.
// `given`: the title the reader gave before the handler ran (a page's heading).
void settle_fields(Document& doc, std::string_view given);

}  // namespace gongwen::host
