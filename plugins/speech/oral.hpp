// How a speech is said (see oral.cpp).
#pragma once

#include <gongwen/document.hpp>
#include <gongwen/structure.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace speech_oral {

// The words a speaker uses to a hall, not a writer to a reader: what was said
// just before (刚才), who is present (在座), agreeing with the speaker before
// (我完全同意), turning to one's own part (下面，我 / 我再强调 / 讲几点), the
// hall gathered (我们在这里召开). Comma-separated, for the plugin's `words`.
// (Not 提几点, 借此机会 or 会议开得很好: proposals, experience pieces and minutes use them.)
#define GONGWEN_SPEECH_REGISTER_WORDS \
  "刚才,在座,我完全同意,完全赞同,下面，我,下面我,我再强调,我再讲,讲几点,强调几点,我们在这里召开,我们在这里举行"
inline constexpr const char* kWords = GONGWEN_SPEECH_REGISTER_WORDS;
// An oral enumeration (`第一个问题`, `我讲…点意见：`).
#define GONGWEN_SPEECH_ENUMERATION_WORDS "第一个问题,讲几点意见,我讲,点意见："
inline constexpr const char* kEnumeration = GONGWEN_SPEECH_ENUMERATION_WORDS;

// `同志们：`, `各位领导、同志们：`, `尊敬的各位领导、各位嘉宾，`, `亲爱的同学们：`, `大家好！`.
bool salutation(std::string_view p);
// A hall greeted: the addressees listed as a letter lists them (`尊敬的…，亲爱的同学们：`), then
// `大家上午好！` on the next line, as no letter goes on.
bool greeted_hall(const std::vector<gongwen::structure::Paragraph>& paras);
// `在…上的讲话尊敬的各位老领导、老同志：…`: a title run on into the salutation, its lines lost
// (or, a page flattened, into its first sentence); where the title ends, or 0.
std::size_t glued_title_end(std::string_view p);
// What runs on after such a title: a collected edition's date in brackets and the speaker's
// bare name (`…上的讲话（2020年11月24日）习近平同志们：`), then the salutation (`opens`).
struct GluedHead {
  bool opens = false;
  std::string date, speaker;
};
GluedHead glued_head(std::string_view rest);
// How many words of a comma-separated list (kWords, kEnumeration) the document holds.
int count_words(const gongwen::Document& doc, std::string_view list);
inline int register_words(const gongwen::Document& doc) { return count_words(doc, kWords); }

}  // namespace speech_oral
