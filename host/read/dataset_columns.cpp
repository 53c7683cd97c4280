// Which column of a dataset is which: the text, the title, the date, an
// office's answer. By the header's name first, in Chinese and English, as
// scrapers, CMS tables and spreadsheets write it (`标题`, `news_title`,
// `Policy Title`, `newsTitle`); a title column no name announces is found by
// what it holds (title_column).
//
// Invariants: a name is read word by word, lower case (`Policy Title`,
// `policy_title` and `policyTitle` are the words policy, title); a word list is
// matched on its last word, never inside a word, and never when the word before
// makes it another thing's (`subTitle`, `link_text`); an exact name outranks a
// last word. A name glued in one word (`maintitle`) is read as its two.
#include "read/dataset_detail.hpp"
#include "clean/script_fold.hpp"

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

#include <algorithm>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace gongwen::host::dataset_detail {

namespace tx = gongwen::text;

// A header written in traditional characters (`法規名稱`, `條文內容`, Taiwan's and Hong Kong's
// exports) read in simplified ones, as the lists below are, with the fold the cleaner gives the text
// (OpenCC's t2s); each name folded once, as it is asked for every field of every row.
std::string column_key(std::string_view name) {
  if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return ascii_lower(tx::trim(name));
  thread_local std::unordered_map<std::string, std::string> folded;
  std::string key(tx::trim(name));
  if (auto it = folded.find(key); it != folded.end()) return it->second;
  std::string simple = key;
  try {
    simple = fold_like("t2s", key);
  } catch (const std::exception&) {
    // (Without OpenCC a traditional header keeps its characters; the document's own fold reports the loss.)
  }
  if (folded.size() > 4096) folded.clear();
  return folded.emplace(std::move(key), ascii_lower(simple)).first->second;
}

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  std::string l = column_key(name);
  for (auto n : names)
    if (l == n) return true;
  return false;
}

std::vector<std::string> name_words(std::string_view n) {
  n = tx::trim(n);
  std::vector<std::string> out;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= n.size(); ++i) {
    bool cut = i == n.size() || n[i] == ' ' || n[i] == '_' || n[i] == '-' || n[i] == '.';
    bool upper = i < n.size() && n[i] >= 'A' && n[i] <= 'Z' && i > 0 && n[i - 1] >= 'a' && n[i - 1] <= 'z';
    if ((cut || upper) && i > b) out.push_back(ascii_lower(n.substr(b, i - b)));
    if (cut) b = i + 1;
    else if (upper) b = i;
  }
  return out;
}

namespace {
// The last of several words (`Policy Title` → title), when the words before it do not make
// it another thing's (`subTitle`, `link_text`, `alt_text`); empty for a name of one word.
std::string last_word(std::string_view n) {
  auto w = name_words(n);
  // (Glued in one lower-case word, `maintitle`, `newscontent`: the same two words, `subtitle` as `subTitle`.)
  if (w.size() == 1)
    for (std::string_view tail : {"title", "content"})
      if (w[0].size() > tail.size() + 1 && w[0].ends_with(tail)) {
        w = {w[0].substr(0, w[0].size() - tail.size()), std::string(tail)};
        break;
      }
  if (w.size() < 2) return {};
  const std::string& before = w[w.size() - 2];
  for (std::string_view other : {"sub", "short", "seo", "link", "alt", "anchor", "button", "title", "tag", "meta"})
    if (before == other) return {};
  return w.back();
}
}  // namespace

int text_rank(std::string_view n) {
  // (`ZW`, `DOCCONTENT`: the pinyin initials of government metadata and the fields of the TRS
  // content system most government sites run on, as their search APIs return them.)
  if (one_of(n, {"content", "text", "body", "正文", "内容", "全文", "文本", "fulltext", "正文内容", "zw", "doccontent"})) return 3;
  // `Policy Content`, `newsContent`, `article_text` (not `link_text`).
  if (one_of(last_word(n), {"content", "text", "body", "fulltext"})) return 2;
  // (A kind's content, `法规内容`, `条文内容`, `新闻正文`; not its summary, attachment or note: `摘要内容`.)
  if (std::string l = column_key(n); tx::char_count(l) > 2 && (tx::ends_with(l, "内容") || tx::ends_with(l, "正文")) &&
                                     !tx::contains(l, "摘要") && !tx::contains(l, "附件") && !tx::contains(l, "备注") && !tx::contains(l, "简介"))
    return 2;
  // (A summary, a page's HTML or an `article` field holds the text only when nothing says text.)
  return one_of(n, {"article", "summary", "html"}) ? 1 : 0;
}
bool text_name(std::string_view n) { return text_rank(n) > 0; }
// An office's answer beside a citizen's message (12345, 市长信箱 exports): the
// answer is the document a government wrote; the message stays a field.
bool reply_name(std::string_view n) {
  return one_of(n, {"答复内容", "回复内容", "答复意见", "回复意见", "办理结果", "处理结果", "答复", "回复", "回复正文", "答复正文",
                    "answer_body", "answer", "answer_content", "reply", "reply_content", "reply_body"});
}

int title_rank(std::string_view n) {
  if (one_of(n, {"title", "标题", "题目", "文章标题", "headline", "文件名称", "文件标题", "政策名称", "政策标题", "法规名称", "文章名称", "标题名称",
                 "bt", "doctitle", "wjbt", "wjmc"}))
    return 3;
  // news_title, Policy Title, newsTitle, 文件标题, 新闻标题 (not 副标题, subTitle)
  std::string l = column_key(n);
  bool han_title = l.size() > 6 && l.compare(l.size() - 6, 6, "标题") == 0 && !tx::ends_with(l, "副标题") && !tx::ends_with(l, "短标题");
  // (A project's name titles its announcement: `采购项目名称`; a unit's name, `单位名称`, titles nothing.)
  han_title |= tx::ends_with(l, "项目名称");
  if (one_of(last_word(n), {"title", "headline", "heading"}) || han_title) return 2;
  // A letter's subject titles it and the reply beside it (`留言主题`, `来信主题`, `信件主题`);
  // a bare `主题` or `subject` may be a topic's class (`教育`), and 主题词 are a 公文's keywords.
  bool han_subject = l.size() > 6 && tx::ends_with(l, "主题") && !one_of(l, {"主题", "所属主题", "主题分类", "分类主题"});
  if (han_subject) return 2;
  // (`name` titles a record only when nothing says title: it is a person's or a unit's as often.)
  return one_of(l, {"name", "主题", "subject", "topic"}) || one_of(last_word(n), {"subject", "topic"}) ? 1 : 0;
}
bool title_name(std::string_view n) { return title_rank(n) > 0; }

bool worded(std::string_view v) {
  return std::any_of(v.begin(), v.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c)); });
}

std::string text_head(std::string_view text) {
  std::string head;
  std::size_t lines = 0;
  for (std::size_t b = 0; b < text.size() && head.size() < 1200 && lines < 8;) {
    std::size_t e = std::min(text.find('\n', b), text.size());
    // (A long first line is read to the budget, cut between characters.)
    std::size_t cut = std::min(e, b + 1200 - head.size());
    while (cut > b && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    std::string line = tx::strip_spaces(text.substr(b, cut - b));
    if (!line.empty()) head += line + '\n', ++lines;
    b = e + 1;
  }
  return head;
}

int title_cell(std::string_view value, const std::string& head) {
  value = tx::trim(value);
  if (value.empty() || value.find('\n') != std::string_view::npos || tx::char_count(value) > 100 || tx::han_count(value) < 4) return -1;
  std::string v = tx::strip_spaces(value);
  // A unit's or an issuer's name, a document number or a sentence (a lead, a summary) heads a text too but titles none.
  if (people::organ_like(v) || (tx::ends_with(v, "号") && v.find_first_of("0123456789") != std::string::npos) || tx::ends_with(v, "。"))
    return -1;
  // The head read as one run (a title wrapped over two lines), where each line starts.
  std::string flat;
  std::vector<std::size_t> starts;
  for (std::size_t b = 0; b < head.size();) {
    std::size_t e = std::min(head.find('\n', b), head.size());
    starts.push_back(flat.size());
    flat.append(head, b, e - b);
    b = e + 1;
  }
  // It opens a line, or follows an organ's name there (a masthead: `国务院办公厅 关于…`, or a
  // title glued to its number: `…的意见国发〔2011〕12号各省…`); the line it opens is the answer.
  for (std::size_t at = flat.find(v); at != std::string::npos; at = flat.find(v, at + 1)) {
    std::size_t line = static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), at) - starts.begin()) - 1;
    std::string_view before = std::string_view(flat).substr(starts[line], at - starts[line]);
    if (before.empty() || (tx::char_count(before) <= 30 && people::organ_like(before))) return static_cast<int>(line);
  }
  return -1;
}

bool organ_cells(const std::vector<std::string_view>& cells) {
  std::size_t filled = 0, organs = 0;
  for (std::string_view c : cells) {
    c = tx::trim(c);
    if (c.empty()) continue;
    ++filled;
    organs += tx::char_count(c) <= 40 && people::organ_like(tx::strip_spaces(c));
  }
  return filled > 0 && organs * 5 >= filled * 3;
}

std::size_t title_column(std::size_t rows, std::size_t columns, const std::vector<std::string>& heads,
                         const std::function<std::string_view(std::size_t, std::size_t)>& cells) {
  rows = std::min<std::size_t>({rows, heads.size(), 500});
  // The most rows titled; then the title that stands highest in the text (a lead under it is
  // no title); then the longest.
  std::size_t best = std::string::npos, best_titles = 0, best_lines = 0, best_chars = 0;
  for (std::size_t c = 0; c < columns; ++c) {
    std::size_t filled = 0, titles = 0, lines = 0, chars = 0;
    std::unordered_set<std::string_view> seen;
    for (std::size_t r = 0; r < rows; ++r) {
      std::string_view v = tx::trim(cells(r, c));
      if (v.empty() || heads[r].empty()) continue;
      ++filled;
      seen.insert(v);
      if (int line = title_cell(v, heads[r]); line >= 0) ++titles, lines += static_cast<std::size_t>(line), chars += tx::char_count(v);
    }
    // Most rows titled, each its own title (a unit's name repeats), two at least unless one row.
    if (titles == 0 || titles * 5 < filled * 3 || seen.size() * 5 < filled * 4 || (titles < 2 && rows > 1)) continue;
    bool better = best == std::string::npos || titles > best_titles ||
                  (titles == best_titles && (lines * best_titles < best_lines * titles || (lines * best_titles == best_lines * titles && chars > best_chars)));
    if (better) best = c, best_titles = titles, best_lines = lines, best_chars = chars;
  }
  return best;
}

bool written_date_name(std::string_view n) {
  // (`CWRQ`, `FWRQ`: 成文日期 and 发文日期 in government metadata's pinyin initials.)
  return one_of(n, {"成文日期", "发文日期", "印发日期", "签发日期", "成文时间", "cwrq", "fwrq", "qfrq", "written_date", "sign_date", "signdate",
                 // (A catalogue's `iss` beside its `pub`: when issued, and when put online.)
                 "iss", "issued", "issue_date", "issuedate", "date_issued"});
}

bool date_name(std::string_view n) {
  // (`publish` and `office`: the columns of the national law database, flk.npc.gov.cn, as scrapers export them.)
  if (one_of(n, {"date", "pubdate", "pub_date", "publish", "publish_date", "publishdate", "publish_time", "publishtime", "published",
                 "published_at", "release_date", "time", "datetime", "日期", "发布日期", "发布时间", "成文日期", "发文日期",
                 "印发日期", "时间", "发文时间", "公布日期", "年份", "发布年份", "year"}) ||
      written_date_name(n) || one_of(n, {"fbrq", "docreltime"}))
    return true;
  std::string l = column_key(n);
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
  std::string l = column_key(n);
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
