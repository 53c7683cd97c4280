// The central organ a document number's code names (`国土资电发〔2005〕48号` → 国土资源部), for a
// document that names its issuer nowhere else (see number_organs.cpp).
#pragma once

#include <string>
#include <string_view>

namespace gongwen::host {

// The organ, or empty: `code` is the number's part before its year (`国土资电发`), `year` its year (0 unknown).
std::string organ_of_number_code(std::string_view code, int year);

}  // namespace gongwen::host
