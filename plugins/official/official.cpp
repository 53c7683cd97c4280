// official: the 15 kinds of 公文 (党政机关公文处理工作条例) and the GB/T
// 9704-2012 elements they carry. The record's kind is the document's 文种
// (notice, opinion, reply, …); fields name each element found, with its line.
//
// detect() signals (added, capped at 1):
//   the title ends with a 文种 (…关于…的通知, …公告, …的复函)          +0.45
//     (or an organ publishes a 通报 on what it names, …公开通报…问题, +0.45;
//     its findings in the body, 经查, 予以通报, +0.15)
//   a document number (国办发〔2018〕124号, 公告2019年第116号)          +0.20
//   a 主送 line right after the title (各…：)                           +0.15
//   a 成文日期 line after the body (二〇一八年十二月二十一日)            +0.10
//   a closing formula (特此通知, 此复, 妥否，请批示, 特此函告, …)        +0.10
//   a 版记 (抄送, …印发) or a 附注 (（此件公开发布）)                     +0.10
//   a masthead `…文件` before the title                                 +0.10
// Taiwan's labelled form (`…函` over 受文者/发文日期/发文字号/主旨) is read by its labels:
//   the form +0.45, a 发文字号 +0.20, a 受文者 +0.15, a 发文日期 +0.10.
// Macau's numbered instrument (`第80/2025号经济财政司司长批示`, gazette_instrument.cpp): the
//   heading +0.40, its enacting clause (…行使…职权) +0.25, a 成文日期 after the articles +0.10.
// A listed company's announcement (`证券代码… 证券简称… 公告编号…` over its title, listed_notice.cpp):
//   the securities line +0.45, a 公告编号 +0.20, a 成文日期 under the board's signature +0.10.
// A Hong Kong department's notice (signed `运输署署长某某`, hk_notice.cpp): +0.45, its signature +0.10.
// Untitled, or the title cut short: a dataset's 文种 column naming one of the 15, +0.35, else a number
//   in a series that names its 文种 (`国家税务总局公告2026年第17号`, `…令第N号`), +0.35.
// A speech (在…上的讲话) or a title that is not a 文种 gets nothing.
#include <gongwen/plugin.hpp>
#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <string>

#include "detail.hpp"
#include "elements.hpp"

namespace {

using namespace gongwen;
namespace tx = gongwen::text;
using gongwen::text::contains;
namespace st = gongwen::structure;
namespace of = gongwen::official;

// How many elements a parse found: the flattened reading is taken only when
// it finds more than the text as it is.
int elements_found(const of::Elements& e) {
  return (e.title.type ? 1 : 0) + (e.number ? 1 : 0) + (!e.recipients.empty() ? 1 : 0) + (!e.date.iso.empty() ? 1 : 0) +
         (!e.issuers.empty() ? 1 : 0);
}

of::Elements parse_with_style(const Document& doc, std::vector<st::Paragraph>& ps) {  // ps: what the parse read
  of::Found masthead = of::red_masthead(doc, ps);
  auto e = of::parse(ps, doc.title());
  if (auto flat = of::unflatten(ps); flat.size() != ps.size()) {
    auto f = of::parse(flat, doc.title());
    // Ties go to the cut text: its paragraphs also carry the body's headings.
    if (elements_found(f) >= elements_found(e)) {
      e = std::move(f);
      ps = std::move(flat);
    }
  }
  if (auto apart = of::ungap(ps); apart.size() != ps.size()) {
    auto f = of::parse(apart, doc.title());
    if (elements_found(f) > elements_found(e)) {
      e = std::move(f);
      ps = std::move(apart);
    }
  }
  if (masthead.present() && !e.masthead.present()) e.masthead = masthead;
  return e;
}

// The issuing organ a page's or database's information table names
// (`发布机构` over `上海市住房和城乡建设管理委员会`, `发布单位: 区政府`), when nothing
// signs the document and its title names no issuer.
std::string metadata_issuer(const std::vector<st::Paragraph>& ps) {
  for (std::size_t i = 0; i < ps.size() && i < 40; ++i) {
    std::string q = tx::strip_spaces(ps[i].text);
    for (std::string_view l : {"发布机构", "发文机关", "发布机关", "发文单位", "发布单位", "制定机关"}) {
      if (!tx::starts_with(q, l)) continue;
      std::string_view v = std::string_view(q).substr(l.size());
      for (std::string_view c : {"：", ":"})
        if (tx::starts_with(v, c)) v.remove_prefix(c.size());
      // The value on the next line when the label stands alone (a table's cells, one per line).
      std::string next = v.empty() && i + 1 < ps.size() ? tx::strip_spaces(ps[i + 1].text) : std::string(v);
      if (tx::char_count(next) >= 2 && tx::char_count(next) <= 40 && of::organ_like(next)) return next;
    }
  }
  return {};
}

// A page's headline that names the matter where the body's title names only the organ before
// the same words (`某中学空调采购中标（成交）结果公告` over the body's `某交易集团龙华分公司` /
// `中标（成交）结果公告`): the headline tells the documents of one organ apart, the body's does not.
bool headline_naming_matter(std::string_view headline, std::string_view found) {
  std::string given = tx::strip_spaces(headline), own = tx::strip_spaces(found);
  if (given.empty() || given == own || tx::contains(own, "关于") || tx::contains(given, "关于")) return false;
  std::size_t common = 0;  // bytes of the suffix both share, whole characters
  for (std::size_t a = given.size(), b = own.size(); a > 0 && b > 0;) {
    std::size_t pa = a, pb = b;
    if (tx::prev_cp(given, pa) != tx::prev_cp(own, pb)) break;
    a = pa, b = pb;
    common = given.size() - a;
  }
  std::string_view shared = std::string_view(given).substr(given.size() - common);
  std::string_view own_head = std::string_view(own).substr(0, own.size() - common);
  std::string_view matter = std::string_view(given).substr(0, given.size() - common);
  return tx::char_count(shared) >= 4 && of::doc_type_of_title(shared) && (own_head.empty() || of::organ_like(own_head)) &&
         tx::char_count(matter) >= 4 && !of::organ_like(matter) && tx::han_count(matter) >= 4;
}

struct Official {
  static constexpr const char* name = "official";
  static constexpr const char* version = "0.1.0";
  static constexpr const char* kinds =
      "notice,opinion,decision,order,communique,announcement,public_notice,circular,report,request,reply,motion,"
      "letter,minutes,resolution";
  static constexpr const char* description = "公文: 15 文种 and the GB/T 9704 elements (发文字号, 主送, 署名, 成文日期, 版记…)";
  static constexpr int priority = 60;
  // Found in the host's one keyword pass (doc.has), not one pass over the text each.
  // (主旨 opens the matter of Taiwan's labelled form: without it no such form is looked for.)
  static constexpr const char* words = "特此通知,特此通告,特此公告,特此通报,特此函告,特此函复,特此复函,特此回函,此复,请批示,请审批,特此报告,特此批复,请予审议,现予公布,现予公告,主旨";

  double detect(Document& doc) {
    auto ps = st::paragraphs(doc.text(), 400);
    if (ps.empty()) return 0;
    if (auto form = doc.has("主旨") ? of::parse_labelled_form(ps) : std::nullopt) {
      doc.signal("labelled form: masthead `…函`, 主旨 and 发文字号/发文日期 labels (文書處理手冊)", 0.45);
      if (!form->number.text.empty()) doc.signal("document number", 0.20);
      if (!form->recipients.text.empty()) doc.signal("主送 (受文者) label", 0.15);
      if (form->date) doc.signal("成文日期 (发文日期) label", 0.10);
      return doc.score();
    }
    if (auto g = of::parse_gazette_instrument(ps)) return of::detect_gazette_instrument(doc, *g);
    if (auto n = of::parse_listed_notice(ps)) return of::detect_listed_notice(doc, *n);
    if (auto n = of::parse_hk_notice(ps)) return of::detect_hk_notice(doc, *n);
    auto e = parse_with_style(doc, ps);
    if (!e.title.type) {
      // (Untitled, a dataset's row whose 文种 column names one of the 15: that column's word.)
      if (of::doc_type_named(doc.field("row_doc_type"))) doc.signal("the dataset's 文种 column names it (文种, doc_type)", 0.35);
      // (Or its title cut short, numbered in a series that names its 文种: `国家税务总局公告2026年第17号`.)
      else if (of::doc_type_of_number(e.number ? e.number->found.text : doc.field("row_doc_number")))
        doc.signal("its number's series names the 文种 (…公告2026年第17号)", 0.35);
      return doc.score();
    }
    // A speech's own title (`在…会议上的讲话`) is the speech handler's; a 公文 about a speech
    // (`关于认真学习贯彻…重要讲话精神的通知`, `关于印发《…上的讲话》的通知`) ends with its 文种.
    {
      std::string_view end = tx::trim(e.title.found.text);
      if (tx::ends_with(end, "》")) end.remove_suffix(std::string_view("》").size());
      for (std::string_view w : {"讲话", "致辞", "讲话稿", "讲话提纲", "发言"})
        if (tx::ends_with(end, w)) return 0;
    }
    if (e.title.plenum) {
      doc.signal("a plenum's 公报: its meeting held, then 全会 the subject of paragraph after paragraph", 0.70);
    } else if (e.title.headless) {
      // A body without its title: its formulas name the 文种, and it is addressed
      // or signed as a 公文 is; a formula alone (quoted in a report) is not enough.
      // (Or numbered: a 发文字号 over the body, as a 公告 is printed with no 主送.)
      bool dated = !e.date.iso.empty() && !e.date_under_title;
      // (Or a 公告 or 通告, addressed to no one, whose first paragraph turns to its matter:
      // `经…批准，…公开招聘工作人员，现将有关事宜公告如下：` opens the document, where a report
      // quoting the formula never starts.)
      bool opens = false;
      std::string_view kind = e.title.type->chinese;
      // (Or a 通报 its organs make known, turning to its cases: `…对2起…典型问题进行通报。具体如下：`.)
      // (And a 通知 a hospital or a school posts untitled, `…现将我院清明节期间门诊安排通知如下：`.)
      // (A page's ornament over it, `❖`, no Han in it, is no paragraph of its own.)
      for (std::size_t i = e.body_from, seen = 0; i < ps.size() && seen < 2 && (kind == "公告" || kind == "通告" || kind == "通报" || kind == "通知"); ++i) {
        std::string_view end = tx::trim(ps[i].text);
        seen += tx::han_count(end) > 0;
        opens |= (kind == "通报" ? of::published_circular(end) : of::matter_turn(end) != std::string_view::npos) &&
                 (tx::ends_with(end, "如下：") || tx::ends_with(end, "如下:") || tx::ends_with(end, "如下。") || tx::ends_with(end, "分别是：") ||
                  tx::ends_with(end, "分别是:"));
      }
      // (Or a 公示's turn to the public, its time and whom to tell: `现予以公示，公示期5个工作日。如有不同意见…`.)
      for (std::size_t i = e.body_from; i < ps.size() && i < e.body_from + 4 && kind == "公示"; ++i)
        opens |= of::public_notice_turn(ps[i].text, i + 1 < ps.size() ? ps[i + 1].text : std::string_view());
      if (e.recipients.empty() && !dated && !e.number && !opens) return 0;
      if (e.title.kind_guessed) doc.signal("no title or formula; addressed (主送) and signed as a 公文", 0.15);
      else doc.signal("no title; the body's formula names the 文种 (现将…通知如下, 特此通知, 此复)", 0.25);
      if (opens && e.recipients.empty() && !dated && !e.number) doc.signal("a 公告's, a 通知's or a 通报's turn to its matter opens the document (现将…公告如下：, …进行通报。具体如下：)", 0.10);
    } else if (!of::circular_organ(e.title.found.text).empty()) {
      // (`中央纪委国家监委公开通报6起…问题`: the 通报 as its organ publishes it, its findings
      // (经查, 予以通报) in the body; a news report of one names no findings.)
      doc.signal("title: an organ publishes a 通报 on what it names (…通报…问题)", 0.45);
      for (std::string_view w : {"经查", "通报如下", "公开通报了", "予以通报", "现通报"})
        if (doc.has(w)) {
          doc.signal("the 通报's findings (经查, 予以通报)", 0.15);
          break;
        }
    } else {
      doc.signal("title ends with a 文种", 0.45);
    }
    if (e.number) doc.signal("document number", 0.20);
    if (!e.recipients.empty()) doc.signal("主送 line after the title", 0.15);
    // A 题注 date alone is how magazines print any document: it is no evidence.
    if (!e.date.iso.empty() && !e.date_under_title) doc.signal("成文日期 after the body", 0.10);
    // (One that names the meeting adopting it, `（…全体会议通过）`, is: a news item is adopted by none.)
    if (std::size_t n = e.title.last_paragraph == of::detail::kNone ? e.body_from : e.title.last_paragraph + 1;
        !e.title.headless && n < ps.size() && of::detail::adoption_note(ps[n].text))
      doc.signal("a 题注 names the meeting that adopted it", 0.30);
    // (A body without its title was admitted by these very formulas: not counted again.)
    for (std::string_view f : {"特此通知", "特此通告", "特此公告", "特此通报", "特此函告", "特此函复", "特此复函", "特此回函", "此复",
                               "请批示", "请审批", "特此报告", "特此批复", "请予审议", "现予公布", "现予公告"}) {
      if (e.title.headless) break;
      if (doc.has(f)) {
        doc.signal("closing formula", 0.10);
        break;
      }
    }
    // The 公文's turn from its grounds to its matter: `现将有关事项通知如下：`,
    // `现将有关情况报告如下：`, `现就有关事项通告如下：`.
    for (std::size_t i = 0; i < ps.size() && i < 40 && !e.title.headless; ++i) {
      if (of::matter_turn(ps[i].text) != std::string_view::npos) {
        doc.signal("现将…如下 formula", 0.10);
        break;
      }
    }
    if (e.cc_text.present() || e.printed_by.present() || e.note.present()) doc.signal("版记 or 附注", 0.10);
    if (e.masthead.present()) doc.signal("masthead (…文件, or red and large above the title)", 0.10);
    return doc.score();
  }

  void process(Document& doc) {
    auto text = doc.text();
    auto ps = st::paragraphs(text);
    if (auto form = doc.has("主旨") ? of::parse_labelled_form(ps) : std::nullopt) return of::write_labelled_form(doc, *form);
    if (auto g = of::parse_gazette_instrument(ps)) return of::write_gazette_instrument(doc, *g);
    if (auto n = of::parse_listed_notice(ps)) return of::write_listed_notice(doc, *n);
    if (auto n = of::parse_hk_notice(ps)) return of::write_hk_notice(doc, *n);
    auto e = parse_with_style(doc, ps);
    if (!e.title.type) {
      if (const of::DocType* named = of::doc_type_named(doc.field("row_doc_type"))) {
        doc.set_kind(named->kind);
        doc.set_field("doc_type", named->chinese);
        doc.set_field("doc_type_from", "dataset");
        return;
      }
      if (const of::DocType* numbered = of::doc_type_of_number(e.number ? e.number->found.text : doc.field("row_doc_number"))) {
        doc.set_kind(numbered->kind);
        doc.set_field("doc_type", numbered->chinese);
        doc.set_field("doc_type_from", "number");
        if (e.number && doc.field("doc_number").empty()) doc.set_field("doc_number", e.number->found.text);
        return;
      }
      doc.diagnostic(Severity::warning, "no_title", "no title ending in a 文种 was found");
      return;
    }
    doc.set_kind(e.title.type->kind);
    doc.set_field("doc_type", e.title.type->chinese);
    // An order (令) has no 标题: `中华人民共和国国务院令` over `第768号` is its
    // 发文机关标志 and 发文字号 (GB/T 9704 §10.2). The record is named by its
    // masthead, as the order prints its name; the number stays the number. An
    // order whose masthead was lost has no name (its number is no title).
    bool order_masthead = e.title.type->kind == "order" && !contains(e.title.found.text, "关于") &&
                         !of::detail::proclaimed_order(e.title.found.text);
    if (order_masthead) {
      if (!e.masthead.present() && !e.title.masthead_lost) e.masthead = e.title.found;
      // What it promulgates (`《X》…现予公布`), in the paragraphs after the number.
      std::string sentence;
      for (std::size_t k = e.title.last_paragraph + 1; k < ps.size() && k <= e.title.last_paragraph + 4; ++k) {
        sentence += ps[k].text;
        if (auto x = tx::promulgated_title(sentence); !x.empty()) {
          e.title.forwarded_verb = "公布";
          e.title.forwarded_title = std::move(x);
          break;
        }
      }
      doc.set_title(e.title.masthead_lost ? std::string() : e.title.found.text);
    } else if (e.title.headless) {
      // Absent, not guessed: the first line of such a body is its 主送. A title the reader
      // gave that is no 主送 (`关于2024年春节放假安排`, without its 文种) stays.
      std::string_view given = tx::trim(doc.title());
      bool is_recipients = !given.empty() && (tx::ends_with(given, "：") || tx::ends_with(given, ":") ||
                                              (e.recipients_text.present() && tx::contains(e.recipients_text.text, given)));
      if (is_recipients) doc.set_title("");
      // A first line shaped as a heading above the 主送 is the document's title without its 文种.
      // (Past the head's own lines: a blank `签发：`, the number.)
      std::size_t top = e.body_from;
      // (And a page's marks and labels of two characters, `×` over `通知` over the title.)
      while (top < ps.size() && top < e.body_from + 4 &&
             (of::detail::head_line(ps[top].text) || !tx::more_visible_than(ps[top].text, 2) ||
              (e.number && e.number->found.offset >= ps[top].offset && e.number->found.offset < ps[top].offset + ps[top].text.size())))
        ++top;
      // (Over its 主送, or over an address that names no organ: `尊敬的用户：`.)
      auto address = [&](std::size_t k) {
        std::string_view a = k < ps.size() ? tx::trim(ps[k].text) : std::string_view();
        return tx::char_count(a) <= 30 && (tx::ends_with(a, "：") || tx::ends_with(a, ":"));
      };
      if (doc.title().empty() && top < ps.size() &&
          ((e.recipients_text.present() && ps[top].offset < e.recipients_text.offset) || address(top + 1))) {
        std::string_view first = tx::trim(ps[top].text);
        // (In Chinese: `AIAI` is what is left of a title whose glyphs a PDF could not map to text.)
        if (tx::char_count(first) >= 4 && tx::char_count(first) <= 60 && tx::han_count(first) >= 2 && !tx::ends_sentence(first) &&
            !tx::contains(first, "：") && !tx::contains(first, "|") &&  // (nor a table's row of labels, `文号 | 浏览量 |`)
            !tx::contains(first, ":") && !tx::contains(first, "http") && !of::organ_like(tx::strip_spaces(first)))
          doc.set_title(first);
      }
      if (e.title.kind_guessed) doc.set_field("doc_type_guessed", "no title or formula names the 文种: read off what the body does");
      if (doc.title().empty()) doc.set_field("title_absent", "the body carries no title; the 文种 is named by its formulas");
      else doc.set_field("title_without_doc_type", "the title names no 文种; the body's formulas name it");
    } else {
      doc.set_title(headline_naming_matter(doc.title(), e.title.found.text) ? std::string(tx::trim(doc.title())) : e.title.found.text);
    }

    // Every element with its line, for the record and for checking by hand.
    std::string elements = "[";
    auto element = [&](std::string_view name, std::string_view value, std::size_t offset) { of::add_element(elements, doc, name, value, offset); };
    if (!order_masthead && !e.title.headless) {
      element("标题", e.title.found.text, e.title.found.offset);
      std::string parts = "{\"doc_type\":" + json_string(e.title.type->chinese);
      if (!e.title.issuer.empty()) parts += ",\"issuer\":" + json_string(e.title.issuer);
      if (!e.title.subject.empty()) parts += ",\"subject\":" + json_string(e.title.subject);
      parts += "}";
      doc.set_field_json("title_parts", parts);
    }

    // A DOCX may carry the 发文字号 in its page header, a saved page in its
    // information table, outside the body text (the readers keep both as
    // fields): found there, it has no line.
    const char* number_from = nullptr;
    for (auto [field, from] : {std::pair{"page_headers", "page_header"}, std::pair{"page_doc_number", "page"}, std::pair{"row_doc_number", "dataset"}}) {
      if (e.number) break;
      std::string outside = doc.field(field);
      if (!outside.empty())
        if (auto n = of::find_doc_number(outside)) {
          e.number = n;
          e.number->found.offset = static_cast<std::size_t>(-1);
          number_from = from;
        }
    }
    if (e.number) {
      const auto& n = *e.number;
      std::string key = n.year ? n.org + "〔" + std::to_string(n.year) + "〕" + std::to_string(n.number) + "号"
                               : n.org + "第" + std::to_string(n.number) + "号";
      // A number whose brackets were stripped is given as it reads (its print stays in explain).
      std::string j = "{\"text\":" + json_string(n.bracketless ? key : n.found.text) + ",\"org\":" + json_string(n.org);
      if (n.year) j += ",\"year\":" + std::to_string(n.year);
      j += ",\"number\":" + std::to_string(n.number) + ",\"key\":" + json_string(key) + "}";
      doc.set_field_json("doc_number", j);
      if (number_from) doc.set_field("doc_number_from", number_from);
      else element("发文字号", n.found.text, n.found.offset);
    }
    auto simple = [&](const char* field, const char* cn, const of::Found& f) {
      if (!f.present()) return;
      doc.set_field(field, f.text);
      element(cn, f.text, f.offset);
    };
    simple("copy_number", "份号", e.copy_number);
    simple("secrecy", "密级和保密期限", e.secrecy);
    simple("urgency", "紧急程度", e.urgency);
    simple("masthead", "发文机关标志", e.masthead);
    simple("signer", "签发人", e.signer);

    // 发文机关: the signature; without one, the title's issuer (marked). An
    // order is signed by its organs' heads (`国家互联网信息办公室主任庄荣文`): its
    // issuers are the organs of its masthead, one a line.
    std::vector<std::string> issuers;
    std::vector<std::string> order_organs;
    if (order_masthead && e.title.paragraphs >= 2 && e.title.last_paragraph < ps.size() && e.title.last_paragraph + 1 >= e.title.paragraphs) {
      for (std::size_t k = e.title.last_paragraph + 1 - e.title.paragraphs; k < e.title.last_paragraph; ++k) {
        std::string line = tx::strip_spaces(ps[k].text);
        if (!of::organ_like(line)) {
          order_organs.clear();
          break;
        }
        order_organs.push_back(std::move(line));
      }
    }
    for (const auto& f : e.issuers) {
      for (auto& organ : of::split_joint_issuers(f.text)) issuers.push_back(std::move(organ));
      element("发文机关署名", f.text, f.offset);
    }
    // An order of one organ is signed by its head (`总理　李克强`, `省长 王某某`):
    // the organ its masthead names issues it, the head signs it.
    if (order_masthead && order_organs.size() < 2 && e.issuers.size() == 1 && tx::ends_with(e.title.found.text, "令")) {
      std::string q = tx::strip_spaces(e.issuers.front().text);
      if (auto c = q.find("："); c != std::string::npos && c < 20) q.erase(c, 3);  // `主任：郑栅洁`
      for (auto position : people::kPositions) {
        auto at = q.find(position);
        if (at == std::string::npos) continue;
        // (A name after the post on the order's signature line, whatever its surname: `部长 尉健行`.)
        std::string_view name = std::string_view(q).substr(at + position.size());
        bool han_name = tx::char_count(name) >= 2 && tx::char_count(name) <= 3 && tx::han_count(name) == tx::char_count(name);
        if (!people::personal_name(name) && !han_name) continue;
        std::string organ = e.title.found.text.substr(0, e.title.found.text.size() - std::string_view("令").size());
        if (!of::organ_like(organ)) break;
        doc.set_field("signatory", q.substr(at + position.size()));
        doc.set_field("signatory_position", q.substr(0, at + position.size()));
        order_organs = {organ};
        issuers.clear();
        break;
      }
    }
    // (An order whose masthead a law site dropped, signed by the post alone or with a name: the
    // organ the site prints over its number, `河北省人民政府` over `政府令〔2010〕第15号`.)
    if (order_masthead && e.title.masthead_lost && order_organs.empty() && e.issuers.size() == 1 && e.title.last_paragraph < ps.size()) {
      std::string q = tx::strip_spaces(e.issuers.front().text);
      for (auto position : people::kPositions)
        if (tx::starts_with(q, position) && (q.size() == position.size() || people::personal_name(std::string_view(q).substr(position.size())))) {
          if (q.size() > position.size()) doc.set_field("signatory", q.substr(position.size()));
          doc.set_field("signatory_position", std::string(position));
          issuers.clear();  // (a head signs; without the organ's line the issuer is absent, not the head)
          for (std::size_t k = e.title.last_paragraph; k-- > 0 && k + 4 >= e.title.last_paragraph;)
            if (std::string line = tx::strip_spaces(ps[k].text); of::organ_like(line) && tx::char_count(line) <= 30) {
              order_organs = {line};
              break;
            }
          break;
        }
    }
    auto complete = [&](std::vector<std::string>& organs) {
      // (Named by its level alone under the masthead that names it in full, `市人民政府办公厅` under `贵阳市人民政府办公厅`.)
      // (Of a joint masthead, `中共某市委办公室 某市人民政府办公室`, the one organ it names short.)
      if (organs.size() == 1 && e.masthead.present() && !tx::ends_with(e.masthead.text, "文件")) {
        std::vector<std::string> named;
        std::string_view m = e.masthead.text;
        for (std::size_t b = 0; b <= m.size();) {
          std::size_t sp = std::min(m.find(' ', b), m.size());
          if (sp > b && of::abbreviates(organs[0], m.substr(b, sp - b))) named.emplace_back(m.substr(b, sp - b));
          b = sp + 1;
        }
        if (named.size() == 1) {
          organs[0] = named[0];
          doc.set_field("issuer_completed", "the full name the masthead gives");
          return;
        }
      }
      for (auto& organ : organs) {
        // The general offices by the short names titles give them (`国办关于…的指导意见`).
        for (auto [short_name, full] : {std::pair<std::string_view, std::string_view>{"国办", "国务院办公厅"}, {"中办", "中共中央办公厅"}})
          if (organ == short_name) {
            organ = std::string(full);
            doc.set_field("issuer_completed", "the general office's full name for its short one");
          }
        if (auto named = of::with_province(organ, e.number); named != organ) {
          organ = std::move(named);
          doc.set_field("issuer_completed", "the province from the number's abbreviation");
        }
      }
    };
    if (order_organs.size() >= 2 || (order_organs.size() == 1 && issuers.empty())) {
      doc.set_field_list("issuer", order_organs);
      doc.set_field("issuer_from", "masthead");
    } else if (!issuers.empty()) {
      // (Signed short, `省科技厅`, under a title naming it in full: the full name.)
      if (auto titled = of::split_joint_issuers(e.title.issuer); issuers.size() == 1 && titled.size() == 1 && of::abbreviates(issuers[0], titled[0])) {
        issuers[0] = titled[0];
        doc.set_field("issuer_completed", "the full name the title gives");
      }
      complete(issuers);
      doc.set_field_list("issuer", issuers);
      doc.set_field("issuer_from", "signature");
    } else if (!e.title.issuer.empty()) {
      auto named = of::split_joint_issuers(e.title.issuer);
      complete(named);
      doc.set_field_list("issuer", named);
      doc.set_field("issuer_from", "title");
    } else if (!e.title.released_by.empty()) {
      doc.set_field_list("issuer", of::split_joint_issuers(e.title.released_by));
      doc.set_field("issuer_from", "release");
    } else if (e.adopted_by.present()) {
      doc.set_field_list("issuer", {e.adopted_by.text});
      doc.set_field("issuer_from", "adoption");
      element("发文机关署名", e.adopted_by.text, e.adopted_by.offset);
    } else if (e.masthead.present()) {
      std::string m = e.masthead.text;
      if (tx::ends_with(m, "文件")) m.resize(m.size() - 6);
      doc.set_field_list("issuer", of::split_joint_issuers(m));
      doc.set_field("issuer_from", "masthead");
    } else if (auto byline = of::detail::organs_under_title(ps, e); !byline.empty()) {
      std::vector<std::string> named;
      for (const auto& f : byline) {
        named.push_back(f.text);
        element("发文机关署名", f.text, f.offset);
      }
      doc.set_field_list("issuer", named);
      doc.set_field("issuer_from", "byline");
    } else if (auto organ = metadata_issuer(ps); !organ.empty()) {
      doc.set_field_list("issuer", of::split_joint_issuers(organ));
      doc.set_field("issuer_from", "metadata");
    } else if (auto publisher = doc.field("publisher"); !publisher.empty() && of::organ_like(tx::strip_spaces(publisher))) {
      // A database export's record (`发布机构：`), read by the host above the text.
      doc.set_field_list("issuer", of::split_joint_issuers(publisher));
      doc.set_field("issuer_from", "metadata");
    }

    if (!e.recipients.empty()) {
      doc.set_field_list("recipients", e.recipients);
      if (!e.relayed_to.empty()) doc.set_field_list("relayed_to", e.relayed_to);
      doc.set_field("recipients_text", e.recipients_text.text);
      element("主送机关", e.recipients_text.text, e.recipients_text.offset);
    }
    if (!e.date.iso.empty()) {
      doc.set_field("date", e.date.iso);
      doc.set_field("date_text", e.date.found.text);
      element("成文日期", e.date.found.text, e.date.found.offset);
    }
    if (!e.attachments.empty()) {
      std::vector<std::string> items;
      for (const auto& a : e.attachments) {
        items.push_back(a.text);
        element("附件说明", a.text, a.offset);
      }
      doc.set_field_list("attachments", items);
    }
    simple("note", "附注", e.note);
    if (e.cc_text.present()) {
      doc.set_field_list("cc", e.cc);
      element("抄送机关", e.cc_text.text, e.cc_text.offset);
    }
    simple("printed_by", "印发机关", e.printed_by);
    if (!e.printed_on.iso.empty()) {
      doc.set_field("printed_on", e.printed_on.iso);
      element("印发日期", e.printed_on.found.text, e.printed_on.found.offset);
    }
    if (e.keywords.present()) {
      doc.set_field_list("keywords", e.keyword_list);
      element("主题词", e.keywords.text, e.keywords.offset);
    }

    if (!e.title.forwarded_verb.empty()) {
      std::string j = "{\"verb\":" + json_string(e.title.forwarded_verb) + ",\"title\":" + json_string(e.title.forwarded_title);
      if (auto* t = of::doc_type_of_title(e.title.forwarded_title)) j += ",\"doc_type\":" + json_string(t->chinese);
      doc.set_field_json("forwarded", j + "}");
    }
    doc.set_field_json("elements", elements + "]");

    // The body's headings (一、 （一） 1.) after the title.
    std::size_t from = e.title.from_wrapper ? e.body_from : e.title.last_paragraph + 1;
    // To the end: a 印发 notice's headings are those of the document it issues.
    std::vector<st::Paragraph> body;
    for (std::size_t i = from; i < ps.size(); ++i) body.push_back(ps[i]);
    // A 公告's or 通告's numbered clauses are its sections, however long.
    st::TreeOptions tree;
    tree.clause_title_chars = 60;
    auto hs = st::heading_tree(doc, body, tree);
    st::check_numbering(doc, hs);
    st::add_sections(doc, hs);
  }
};

}  // namespace

GONGWEN_PLUGIN(Official)
