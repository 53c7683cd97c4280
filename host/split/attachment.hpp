// A notice that issues or forwards a document, with that document's text
// after it (关于印发《X办法》的通知 … 成文日期, then 《X办法》 itself): two
// records, the notice and the attachment, linked by fields.attachment_of.
#pragma once

#include <optional>

#include "model/document.hpp"

namespace gongwen::host {

// The attached document cut from doc (whose text is shortened to the
// notice), or nothing when doc is not an issuing notice with its attachment.
std::optional<Document> split_attachment(Document& doc);

}  // namespace gongwen::host
