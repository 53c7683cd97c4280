// A regulation's 题注 (head note): the bodies its clauses name — the meeting that adopted the
// text, the organ that promulgated it — read from the words after each date.
#pragma once

#include <string>
#include <string_view>

namespace regulation_head_note {

// The body named after an adoption date (`第十届全国人民代表大会常务委员会第二十九次会议通过`,
// `国务院第3次常务会议通过`, `江苏省第十三届人民代表大会常务委员会第二次会议通过`):
// the words before its meeting, the session (`第十届`) taken out; empty unless an organ.
std::string adopting_body(std::string_view rest);

// The organ named after a promulgation date (`中共中央发布`, `中共中央办公厅、国务院办公厅印发`,
// `全国人民代表大会常务委员会公告公布`): empty unless an organ, and for an order (`…令第374号公布`),
// which is read with its number.
std::string promulgating_body(std::string_view rest);

}  // namespace regulation_head_note
