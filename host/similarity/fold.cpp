// NFKC folding for the comparisons of article_diff and near_duplicates (see fold.hpp).
#include "similarity/fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace gongwen::host {

namespace {

icu::UnicodeString nfkc_unicode(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return u;
  icu::UnicodeString out = n->normalize(u, status);
  return U_SUCCESS(status) ? out : u;
}

}  // namespace

std::string nfkc(std::string_view s) {
  std::string out;
  nfkc_unicode(s).toUTF8String(out);
  return out;
}

std::u32string folded(std::string_view s, bool drop_punctuation) {
  icu::UnicodeString u = nfkc_unicode(s);
  std::u32string out;
  out.reserve(static_cast<std::size_t>(u.length()));
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c) || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF) continue;
    if (drop_punctuation && u_ispunct(c)) continue;
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

}  // namespace gongwen::host
