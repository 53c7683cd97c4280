// The elements of an official document (公文) as GB/T 9704-2012 lays them
// out: 版头 (份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人), 主体 (标题,
// 主送机关, 正文, 附件说明, 发文机关署名, 成文日期, 附注), 版记 (抄送机关,
// 印发机关和印发日期), and the 15 文种 of the 党政机关公文处理工作条例.
//
// Invariants: every element found carries the byte offset where it stands in
// the text, so the record can name its line; an element that is absent stays
// empty (nothing is guessed); parsers take the text as written, in any of the
// bracket, spacing and numeral forms real documents use.
#pragma once

#include <optional>
#include <string>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include <gongwen/document.hpp>
#include <gongwen/people.hpp>
#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

namespace gongwen::official {

// One 文种: as written in a title, and its stable English kind.
struct DocType {
  std::string_view chinese;  // 通知
  std::string_view kind;     // notice
};

// The formulas that close a 公文's body (`特此通知`, `此复`, `请批示`) and the 文种 each names
// (headless.cpp).
std::span<const std::pair<std::string_view, std::string_view>> closing_formulas();

// The 文种 a title ends with (`…的通知`, `…的复函`, `…会议纪要`, `…令`), or null.
const DocType* doc_type_of_title(std::string_view title);
// The type a word names (`通知`, `令`, `命令`), or nullptr: one of the 15 文种 by its name.
const DocType* doc_type_named(std::string_view word);
// A number in a series that names its 文种 (`国家税务总局公告2026年第17号`, `…通告〔2024〕第3号`,
// `国务院令第732号`): that 文种, else null (numbers.cpp).
const DocType* doc_type_of_number(std::string_view number);
// The organ of a 通报 published under its own verb (`中央纪委国家监委公开通报6起…问题`,
// `某市纪委通报3起典型案例`): the name before (公开)通报 in a title that ends with what it
// reports on, or empty.
std::string_view circular_organ(std::string_view title);
// The end of the shortest `…关于…文种` title that t holds from `from` on,
// within `max_chars` characters and before any 。: a 文种 inside 《》 or
// followed by 的/之 (`关于…决定的通知`) does not end it. npos when none.
std::size_t title_end(std::string_view t, std::size_t from, std::size_t max_chars);
// The 文种 a body without its title names by its own formulas (`现将…通知如下`,
// `特此通知`, `此复`, `提出以下意见`), or null (headless.cpp).
const DocType* doc_type_of_body(const std::vector<structure::Paragraph>& ps, std::size_t from);
// A plenum's 公报 without its title (`中国共产党第…届中央委员会第…次全体会议，于…举行。`, then
// paragraph after paragraph whose subject is 全会: 全会认为, 全会强调), or null (headless.cpp).
const DocType* plenum_communique(const std::vector<structure::Paragraph>& ps, std::size_t from);
// The 文种 a body that names none most likely is, from what it does between from and end: asks
// (`现再次申请解决…`) a 请示, commends (`给予表彰`) a 通报, else a 通知 (headless.cpp).
const DocType* doc_type_by_acts(const std::vector<structure::Paragraph>& ps, std::size_t from, std::size_t end);
// Where a paragraph turns from its grounds to its matter (`现将有关事项通知如下`,
// `现就…通告如下`): the position of 现将/现就 when 如下 follows it, else npos (headless.cpp).
std::size_t matter_turn(std::string_view paragraph);
// A 通报 made known by its organs, turning to its cases (`…对2起…典型问题进行通报。具体如下：`) (headless.cpp).
bool published_circular(std::string_view paragraph);
// A 公示 putting its matter before the public for a time (`现将拟推荐对象予以公示，公示时间为…`,
// `现予以公示，公示期5个工作日。如有不同意见…`) (headless.cpp).
// (Its time and whom to tell may stand in the next paragraph, `公示时间:…`.)
bool public_notice_turn(std::string_view paragraph, std::string_view next = {});
// A rule's own title among the body's first lines, from up to to (`…复试录取办法`, `…实施细则（试行）`):
// a document titled by its instrument, whose `现将有关事宜通知如下` is a phrase, not its 文种.
// (The regulation handler's list of instruments is its own: this one needs the unambiguous ones.)
bool instrument_titled(const std::vector<structure::Paragraph>& ps, std::size_t from, std::size_t to);
// A body closed as a 公文 is: its formula a paragraph of its own (`特此公告。`), then its signing
// organs and its date, whatever comes first (headless.cpp).
bool signed_close(const std::vector<structure::Paragraph>& ps, std::size_t from);
// All fifteen, for the handler's `kinds`.
const std::vector<DocType>& doc_types();

struct Found {
  std::string text;
  std::size_t offset = static_cast<std::size_t>(-1);
  bool present() const { return offset != static_cast<std::size_t>(-1); }
};

struct DocNumber {
  Found found;     // as written: 国办发〔2018〕124号
  std::string org; // 国办发
  int year = 0;
  long long number = 0;
  bool bracketless = false;  // year and number run together (`粤府函202382号`, punctuation stripped)
};

// A document number in s (from `from`): org + bracketed year + number + 号, in
// any bracket (〔〕 [] （） () 【】 ［］) and spacing; also `2019年第116号` and
// `令 第837号`. Skips numbers cited after a 《title》 or in 收悉 sentences.
std::optional<DocNumber> find_doc_number(std::string_view s, std::size_t from = 0);
// A province's organ named by its level alone (`省人民政府`), or a government without its place, completed
// from the province its number's series abbreviates (`鄂政发` → 湖北, `黔府函` → 贵州) (joint_issuers.cpp).
std::string with_province(const std::string& organ, const std::optional<DocNumber>& number);

struct Title {
  Found found;
  const DocType* type = nullptr;
  std::string issuer;   // 发文机关 part (before 关于), may be several joined with 、
  std::string subject;  // 事由 (after 关于, before 的 + 文种)
  std::string forwarded_title;   // 印发/转发/批转《X》 → X
  std::string forwarded_verb;    // 印发 | 转发 | 批转
  bool from_wrapper = false;     // the page's <title> or a Markdown heading, not a body line
  bool masthead_lost = false;    // an order's bare number (`第232号`) stands where its masthead was
  bool headless = false;         // no title anywhere: the 文种 is the one the body's formulas name
  bool kind_guessed = false;     // headless, no formula either: addressed and signed, the 文种 read off its acts
  bool plenum = false;           // headless, a plenum's 公报 (plenum_communique): the 全会 speaks in it
  std::string released_by;       // the meeting a plenum's 公报 says released it (…全体会议), 、-joined
  std::size_t paragraphs = 1;    // how many paragraphs the title spans
  std::size_t last_paragraph = 0;
};

struct Date {
  Found found;
  std::string iso;
};

struct Elements {
  std::size_t body_from = 0;  // first paragraph after wrapper metadata
  Title title;
  std::optional<DocNumber> number;
  Found masthead;      // 发文机关标志 (…文件)
  Found copy_number;   // 份号
  Found secrecy;       // 密级和保密期限
  Found urgency;       // 紧急程度
  Found signer;        // 签发人
  Found recipients_text;
  std::vector<std::string> recipients;
  std::vector<std::string> relayed_to;  // 并转: to be passed on by the recipients
  std::vector<Found> attachments;  // 附件说明 items
  std::vector<Found> issuers;      // 发文机关署名
  Date date;                       // 成文日期
  bool date_under_title = false;   // from a 题注 `（2018年10月22日…）`, not a signature block
  Found adopted_by;                // the body whose meeting the 题注 says adopted it (…常务委员会)
  Found note;                      // 附注, without brackets
  Found cc_text;
  std::vector<std::string> cc;
  Found printed_by;
  Date printed_on;
  Found keywords;                  // 主题词 (older documents): the line after its label
  std::vector<std::string> keyword_list;  // its words, which spaces part (`组织工作　表彰　决定`)
  std::size_t body_end = 0;        // paragraph index where the signature/版记 begins
};

// `wrapper_title`: the title the reader found in a wrapper (HTML <title>,
// Markdown heading), used when no body line is a title.
Elements parse(const std::vector<structure::Paragraph>& ps, std::string_view wrapper_title = {});

// Splits a 主送/抄送 list on its top-level separators (，；, never 、 or
// those inside brackets), dropping the final colon or full stop.
std::vector<std::string> split_organs(std::string_view s);

// A 公文 that lost its line breaks (`…文件某发〔2020〕11号关于…的通知各单位：…`):
// its paragraphs cut back into masthead, number, title, 主送, body, signature
// and date, as views into the same text. Other documents come back unchanged.
std::vector<structure::Paragraph> unflatten(const std::vector<structure::Paragraph>& ps);
// A signature a page set beside the sentence it signs, apart by runs of spaces (`…请按照执行。
//           广东省人民政府办公厅          二○○○年四月十七日`, an attached 办法 below): cut into
// its own paragraphs. Other documents come back unchanged.
std::vector<structure::Paragraph> ungap(const std::vector<structure::Paragraph>& ps);

// Reads as the name of an organ (SDK, people.hpp: the regulation plugin reads signatures too).
using people::organ_like;
// `钱正英同志`, `贾某某代表`, `王某委员`: a person a letter answers.
bool person_addressee(std::string_view cand);

// Joint issuers written as one string (`陕西省发展和改革委员会陕西省林业局`,
// `国家发展改革委 国家能源局`, `教育部、财政部`) as their organs; a string that
// does not divide into organs comes back whole.
std::vector<std::string> split_joint_issuers(std::string_view s);
// A signature's short name for the organ the title names in full (`省科技厅` for `广东省科学技术厅`):
// its characters in the full name's order, the same last one, shorter, and its place said by its
// level alone.
bool abbreviates(std::string_view short_name, std::string_view full);

// Taiwan's labelled form (函, 書函, 公告, 令, 開會通知單 under 文書處理手冊): a masthead
// `organ + 文種` with no title, then 受文者/發文日期/發文字號/主旨 labels (labelled_form.cpp).
struct LabelledForm {
  Found masthead;
  std::string organ;
  std::string_view chinese, kind;  // 函, letter
  Found organ_label;  // `發文機關:` when no masthead is printed
  Found recipients, number, date_text, subject, sent_to, copies;
  std::optional<text::Date> date;  // 民國 years counted from 1912
};
std::optional<LabelledForm> parse_labelled_form(const std::vector<structure::Paragraph>& ps);
void write_labelled_form(Document& doc, const LabelledForm& f);
// The masthead told by its colour and size (red_masthead.cpp), taken out of ps; empty when none.
Found red_masthead(const Document& doc, std::vector<structure::Paragraph>& ps);

// A listed company's announcement (listed_notice.cpp): `证券代码：… 证券简称：… 公告编号：…` over its title.
struct ListedNotice {
  Found title, number, company, date_text;
  bool report = false;          // `…年度报告摘要`, not a 公告
  bool date_from_page = false;  // no signature's day: the page's above it
  std::optional<std::string> date;
};
std::optional<ListedNotice> parse_listed_notice(const std::vector<structure::Paragraph>& ps);
double detect_listed_notice(Document& doc, const ListedNotice& n);
void write_listed_notice(Document& doc, const ListedNotice& n);

// A Hong Kong department's notice (hk_notice.cpp): signed by its officer, `运输署署长某某`.
struct HongKongNotice {
  Found title, signature, date_text;
  std::optional<std::string> date;  // a whole-date line under the signature
  std::string office;         // `运输署署长`: the issuer
  bool announcement = false;  // `运输署公告…`, else a 通告
};
std::optional<HongKongNotice> parse_hk_notice(const std::vector<structure::Paragraph>& ps);
double detect_hk_notice(Document& doc, const HongKongNotice& n);
void write_hk_notice(Document& doc, const HongKongNotice& n);

// Macau's numbered instrument (gazette_instrument.cpp): `第80/2025号经济财政司司长批示`.
struct GazetteInstrument {
  Found heading, date_text;
  std::string_view chinese, kind;  // 批示, decision
  std::string issuer;
  bool enacting = false;           // its enacting clause (`…行使…职权`) was read
  std::optional<std::string> date;
};
std::optional<GazetteInstrument> parse_gazette_instrument(const std::vector<structure::Paragraph>& ps);
double detect_gazette_instrument(Document& doc, const GazetteInstrument& g);
void write_gazette_instrument(Document& doc, const GazetteInstrument& g);
// One GB/T 9704 element `{element, text, line}` appended to the `elements` JSON array being built
// (opened with `[`), for the record's `elements` field.
void add_element(std::string& elements, const Document& doc, std::string_view name, std::string_view text, std::size_t offset);
// A form read by its own shape (a gazette's instrument, a listed company's announcement, a Hong Kong notice):
// its kind, 文种, `form` and title set, and the `elements` array opened with the title (add_element, then `]`).
std::string open_form(Document& doc, std::string_view kind, std::string_view doc_type, std::string_view form, const Found& title);
// Such a form's 成文日期 (`date`, `date_text` and its element), when it printed one.
void write_form_date(Document& doc, std::string& elements, const std::optional<std::string>& date, const Found& date_text);
// The issuers with one space where two organs stand glued (a separator printed stays).
std::string spaced_joint_issuers(std::string_view issuers);

// A Chinese or Arabic date that is the whole of s (spaces and Latin O for 〇 allowed).
std::optional<std::string> whole_date(std::string_view s);

}  // namespace gongwen::official
