// Which column of a dataset is which: the text, the title, the date, an
// office's answer. By the header's name first, in Chinese and English, as
// scrapers, CMS tables and spreadsheets write it (`标题`, `news_title`,
// `Policy Title`, `newsTitle`); a title column no name announces is found by
// what it holds (title_by_content).
//
// Invariants: a name is read word by word, lower case (`Policy Title`,
// `policy_title` and `policyTitle` are the words policy, title); a word list is
// matched on its last word, never inside a word (`subtitle` is no title).
#include "read/dataset_detail.hpp"

#include <gongwen/text.hpp>

namespace gongwen::host::dataset_detail {

namespace tx = gongwen::text;

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  std::string l = ascii_lower(tx::trim(name));
  for (auto n : names)
    if (l == n) return true;
  return false;
}

namespace {
// The last word of an ASCII name split at spaces, `_`, `-`, `.` and case changes.
std::string last_word(std::string_view n) {
  n = tx::trim(n);
  std::size_t b = 0;
  for (std::size_t i = 0; i < n.size(); ++i) {
    char c = n[i];
    if (c == ' ' || c == '_' || c == '-' || c == '.') b = i + 1;
    else if (c >= 'A' && c <= 'Z' && i > 0 && n[i - 1] >= 'a' && n[i - 1] <= 'z') b = i;
  }
  return b == 0 ? std::string() : ascii_lower(n.substr(b));  // one word only: no last word of its own
}
}  // namespace

bool text_name(std::string_view n) {
  if (one_of(n, {"content", "text", "body", "article", "正文", "内容", "全文", "文本", "summary", "fulltext", "html", "正文内容"})) return true;
  // `Policy Content`, `newsContent`, `article_text`.
  return one_of(last_word(n), {"content", "text", "body", "fulltext"});
}
// An office's answer beside a citizen's message (12345, 市长信箱 exports): the
// answer is the document a government wrote; the message stays a field.
bool reply_name(std::string_view n) {
  return one_of(n, {"答复内容", "回复内容", "答复意见", "回复意见", "办理结果", "处理结果", "答复", "回复", "回复正文", "答复正文",
                    "answer_body", "answer", "answer_content", "reply", "reply_content", "reply_body"});
}

int title_rank(std::string_view n) {
  if (one_of(n, {"title", "标题", "题目", "文章标题", "headline", "文件名称", "文件标题", "政策名称", "政策标题", "法规名称", "文章名称", "标题名称"}))
    return 3;
  // news_title, Policy Title, newsTitle, 文件标题, 新闻标题
  std::string l = ascii_lower(tx::trim(n));
  if (one_of(last_word(n), {"title", "headline"}) || (l.size() > 6 && l.compare(l.size() - 6, 6, "标题") == 0)) return 2;
  // (`name` titles a record only when nothing says title: it is a person's or a unit's as often.)
  return l == "name" ? 1 : 0;
}
bool title_name(std::string_view n) { return title_rank(n) > 0; }

bool title_cell(std::string_view value, std::string_view text) {
  value = tx::trim(value);
  if (value.empty() || value.find('\n') != std::string_view::npos || tx::char_count(value) > 100 || tx::han_count(value) < 4) return false;
  // The text opens with it, after a number or a masthead at most: its first 400 bytes, spaces aside.
  std::string head = tx::strip_spaces(text.substr(0, std::min<std::size_t>(text.size(), 600)));
  std::string v = tx::strip_spaces(value);
  std::size_t at = head.find(v);
  return at != std::string::npos && at < 400;
}

bool date_name(std::string_view n) {
  // (`publish` and `office`: the columns of the national law database, flk.npc.gov.cn, as scrapers export them.)
  if (one_of(n, {"date", "pubdate", "pub_date", "publish", "publish_date", "publishdate", "publish_time", "publishtime", "published",
                 "published_at", "release_date", "time", "datetime", "日期", "发布日期", "发布时间", "成文日期", "发文日期",
                 "印发日期", "时间", "发文时间", "公布日期"}))
    return true;
  std::string l = ascii_lower(tx::trim(n));
  for (std::string_view tail : {"_date", "_time", "日期", "时间"})
    if (l.size() > tail.size() && l.compare(l.size() - tail.size(), tail.size(), tail) == 0) return true;
  // `Release Time`, `pubDate`.
  if (one_of(last_word(n), {"date", "time", "datetime"})) return true;
  // CMS tables join the words (`createtime`, `addtime`, `inputtime`).
  for (std::string_view tail : {"time", "date"})
    if (l.size() > tail.size() + 2 && l.size() <= 16 && l.compare(l.size() - tail.size(), tail.size(), tail) == 0 &&
        l.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos)
      return true;
  return false;
}

bool revision_date_name(std::string_view n) {
  std::string l = ascii_lower(tx::trim(n));
  for (std::string_view w : {"更新", "修改", "截止", "失效", "废止"})
    if (l.find(w) != std::string::npos) return true;
  // Word by word (`update_time`, `updateTime`, `end_date`, `enddate`), never inside
  // another word (`sendtime` is when it was sent, `credit_date` no edit).
  for (std::size_t b = 0; b < l.size();) {
    std::size_t e = l.find_first_of("_-", b);
    if (e == std::string::npos) e = l.size();
    std::string_view word = std::string_view(l).substr(b, e - b);
    for (std::string_view w : {"update", "modif", "edit", "change", "last", "expire", "deadline"})
      if (word.starts_with(w)) return true;
    if (word == "end" || word == "enddate" || word == "endtime") return true;
    b = e + 1;
  }
  return false;
}

}  // namespace gongwen::host::dataset_detail
