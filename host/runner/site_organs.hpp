// The central organ whose own site a document was saved from (`https://fuwu.most.gov.cn/…` →
// 科学技术部), for a document that names its issuer nowhere else (see site_organs.cpp).
#pragma once

#include <string>
#include <string_view>

namespace gongwen::host {

// The organ, or empty: `url` is the page's or the row's address.
std::string organ_of_site(std::string_view url);

}  // namespace gongwen::host
