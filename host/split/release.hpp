// A document a news release publishes in full: the wire's lead says who issued it
// (`新华社北京5月6日电 近日，中共中央办公厅、国务院办公厅印发了《X》，并发出通知…`) and hands over to
// its text (`《X》全文如下。`). The record is X, whatever its kind (意见, 方案, 条例, 规划…): its
// text starts where X's does, its title is X, and the lead is kept in fields.release.
#pragma once

#include "model/document.hpp"

namespace gongwen::host {

// Cuts the lead (and a page's headline over it) off doc when doc is such a release: doc.title
// becomes X and fields.release holds the lead's text, the organs it names (`issuer`) and its
// dateline's date (`date`, year-less `--05-06` when the wire gives none). Returns whether it did.
bool unwrap_release(Document& doc);

// After the handler: what X's own text did not give, the lead gives (issuer_from/date_from
// `release`).
void released_fields(Document& doc);

}  // namespace gongwen::host
