// speech: 讲话 / 讲话摘要 / 致辞 / 贺词 / 献辞 / 工作报告 — leaders' speeches.
//
// detect() signals (weights add up, capped at 1):
//   title names a speech (讲话, 讲话摘要, 致辞/致词, 工作报告, 发言; a report given to a
//     meeting, `在…全体会议上的报告`, of kind report)                 +0.45
//     (the page's or post's title, or a title block under a news lead +0.40;
//     a title run on into its salutation, `…的讲话尊敬的各位…：`     +0.45)
//   a press conference's or an interview's title (记者会/发布会/答记者问,
//     专访/访谈/接受…采访) over questions in turns (`问：`, `某某社记者：`) +0.40
//   a subtitle `——在…会议上的讲话`                                   +0.30
//   a date line in parentheses under the title `（2018年2月6日）`      +0.15
//   the salutation `同志们：` near the start                          +0.25
//     and, as the text's first line, the speaker's `我` right after it   +0.10
//   thanks to the audience as the last words `谢谢大家。`             +0.15
//   a call to act as the last sentence `让我们…！`                     +0.10
//   a speaker line: a bare 2–4 character name or `■ 徐文光`            +0.10
//   oral enumerations `第一个问题` / `我讲…点意见`                     +0.10
//   said to a hall (刚才, 在座, 我完全同意, 下面…: oral.hpp), two words  +0.10
//     of it, four or more                                             +0.20
// process() extracts title, occasion, speaker (or the issuing organ that signs off), date (ISO 8601) and the
// level-1 headings `一、`.
#include <gongwen/people.hpp>
#include <gongwen/plugin.hpp>
#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "credits.hpp"
#include "oral.hpp"
#include "titles.hpp"

namespace {

using namespace gongwen;
namespace tx = gongwen::text;
namespace st = gongwen::structure;
using st::paragraphs;

using text::contains;


using speech_oral::greeted_hall;
using speech_oral::salutation;
using speech_titles::date_line;
using speech_titles::position_label;
using speech_titles::names_speech;
using speech_titles::names_speech_itself;
using speech_titles::speech_title;
using speech_titles::subtitle;
using people::name_then_position;
using people::position_then_name;
using people::speaker_line;
using speech_credits::bare_name;
using speech_credits::closing_speaker;
using speech_credits::credit_line;
using speech_credits::strip_speaker_from_title;
using speech_credits::name_and_date;

struct Speech {
  static constexpr const char* name = "speech";
  static constexpr const char* version = "0.2.0";
  static constexpr const char* kinds = "speech,report";
  static constexpr const char* description = "讲话、讲话摘要、致辞、工作报告";
  static constexpr int priority = 50;
  // Found in the host's one keyword pass (doc.has), not one pass over the text each.
  static constexpr const char* words = GONGWEN_SPEECH_REGISTER_WORDS "," GONGWEN_SPEECH_ENUMERATION_WORDS;

  double detect(Document& doc) {
    auto paras = paragraphs(doc.text(), 40);
    // The title: the first lines, or the page's or post's own title, or lower
    // down under a news lead (`新华社北京1月8日电` / `在…大会上的讲话`).
    bool titled = false;
    for (std::size_t i = 0; i < paras.size() && i < 3 && !titled; ++i)
      if (speech_title(paras[i].text)) {
        doc.signal("title names a speech (讲话/致辞/工作报告)", 0.45);
        titled = true;
      }
    if (!titled && !paras.empty())
      if (std::size_t end = speech_oral::glued_title_end(paras[0].text); end && names_speech_itself(paras[0].text.substr(0, end))) {
        doc.signal("title names a speech, run on into its salutation or first sentence", 0.45);
        titled = true;
      }
    if (!titled && names_speech_itself(doc.title()) && tx::char_count(doc.title()) <= 80) {
      doc.signal("the page's title names a speech", 0.40);
      titled = true;
    }
    for (std::size_t i = 3; i < paras.size() && i < 8 && !titled; ++i)
      if (speech_title(paras[i].text) && i + 1 < paras.size() && (date_line(paras[i + 1].text) || speaker_line(paras[i + 1].text))) {
        doc.signal("a speech's title block under a lead", 0.40);
        titled = true;
      }
    // A press conference's transcript (`外交部发言人刘建超在例行记者会上答记者问`): what a
    // spokesperson said, in answers to questions put in turns (`问：`, `某某社记者：`).
    if (!titled) {
      std::string_view t = doc.title().empty() ? (paras.empty() ? std::string_view() : paras.front().text) : doc.title();
      bool conference = false;
      for (std::string_view w : {"记者会", "发布会", "吹风会", "答记者问", "记者招待会", "专访", "访谈"}) conference |= contains(t, w);
      conference |= contains(t, "接受") && contains(t, "采访");  // (an interview: `…接受欧盟媒体采访介绍…`)
      int asks = 0;
      for (const auto& q : paras) {
        auto at = q.text.find("记者：");
        asks += tx::starts_with(q.text, "问：") || tx::starts_with(q.text, "问:") || (at != std::string_view::npos && at <= 60);
      }
      if (conference && asks >= 2) {
        doc.signal("a press conference's questions and answers (记者会, 问：/记者：)", 0.40);
        titled = true;
      }
    }
    // (However the dashes are typed: `----任正非在…会议上的讲话`.)
    for (std::size_t i = 0; i < paras.size() && i < 4; ++i)
      if (auto sub = subtitle(paras[i].text); sub && names_speech(*sub)) {
        doc.signal("subtitle `——在…上的讲话`", 0.30);
        break;
      }
    for (std::size_t i = 0; i < paras.size() && i < 6; ++i)
      if (date_line(paras[i].text)) {
        doc.signal("date line in parentheses under the title", 0.15);
        break;
      }
    for (std::size_t i = 0; i < paras.size() && i < 30; ++i)
      if (salutation(paras[i].text)) {
        doc.signal("salutation (同志们：, 尊敬的…, 大家好)", 0.25);
        break;
      }
    // A transcript with no title: it opens on the hall's salutation (`同志们：`, `大家好！`, not a
    // letter's `亲爱的朋友们：`), under a site's label at most, and the speaker then speaks of
    // himself (`我到粮食局任职已…`), on the salutation's line or the next.
    for (std::size_t i = 0; i < paras.size() && i < 2; ++i) {
      if (i == 1 && tx::more_visible_than(paras[0].text, 12)) break;
      std::string_view line = paras[i].text;
      std::size_t after = 0;
      for (std::string_view w : {"同志们", "各位领导、同志们", "各位同志", "大家好"})
        if (line.starts_with(w)) after = w.size();
      if (!after) continue;
      std::string_view rest = tx::trim(line.substr(after));
      for (std::string_view mark : {"：", ":", "，", "！", "!"})
        if (rest.starts_with(mark)) rest = tx::trim(rest.substr(mark.size()));
      if (rest.empty() && i + 1 < paras.size()) rest = paras[i + 1].text;
      rest = rest.substr(0, std::min<std::size_t>(rest.size(), 3 * 150));
      // (`我`, not `我们`: every greeting says 我们.)
      bool self = false;
      for (std::size_t at = rest.find("我"); at != std::string_view::npos && !self; at = rest.find("我", at + 3)) self = rest.substr(at + 3, 3) != "们";
      if (self || contains(rest, "大家好")) doc.signal("opens on the hall's salutation, the speaker of himself", 0.10);
      break;
    }
    if (greeted_hall(paras)) doc.signal("the addressees listed, then `大家上午好！`: a hall greeted", 0.10);
    // Thanks to the audience as the last words (`谢谢大家。`, `謝謝大家！`): said, not written —
    // but not a notice's courtesy (`停水通知` … `谢谢！`) nor a press conference's Q&A.
    if (!paras.empty()) {
      bool notice_title = false;
      for (std::string_view t : {"通知", "提示", "公告", "通告", "启事", "倡议书", "公示", "告知书"})
        notice_title |= tx::ends_with(tx::trim(doc.title().empty() ? paras.front().text : doc.title()), t);
      // A Q&A: turns opened by the asker or the host (`记者：…`, `主持人：…`), not a byline.
      int turns = 0;
      for (const auto& q : paras)
        turns += tx::starts_with(q.text, "记者：") || tx::starts_with(q.text, "主持人：") || tx::starts_with(q.text, "記者：");
      std::string_view last = paras.back().text;
      std::string_view tail = last.substr(last.size() > 30 ? last.size() - 30 : 0);
      if (notice_title || turns >= 2) tail = {};
      for (std::string_view w : {"谢谢大家", "謝謝大家", "谢谢各位", "謝謝各位", "谢谢！", "謝謝！", "谢谢。", "謝謝。"})
        if (contains(tail, w)) {
          doc.signal("thanks the audience at the end (谢谢大家)", 0.15);
          break;
        }
      // A hall called to act in the last sentence (`让我们紧密团结在…周围，…不断前进！`), the last
      // paragraph of prose (a post's link or credit may follow it).
      for (std::size_t k = paras.size(), seen = 0; k-- > 0 && seen < 3; ++seen) {
        std::string_view t = tx::trim(paras[k].text);
        if (!tx::ends_with(t, "！") && !tx::ends_with(t, "。")) continue;
        auto at = t.rfind("让我们");
        auto stop = at == std::string_view::npos ? at : t.substr(0, at).rfind("。");
        if (tx::ends_with(t, "！") && at != std::string_view::npos && !notice_title && turns < 2 &&
            (at == 0 || stop != std::string_view::npos || tx::ends_with(t.substr(0, at), "！")))
          doc.signal("calls the audience to act at the end (让我们…！)", 0.10);
        break;
      }
    }
    for (std::size_t i = 1; i < paras.size() && i < 6; ++i)
      if (speaker_line(paras[i].text)) {
        doc.signal("speaker line (a bare name or ■ name)", 0.10);
        break;
      }
    // A column label naming the genre (`领导致辞`, `讲话`) over the title, as company
    // and school sites print it.
    for (std::size_t i = 0; i + 1 < paras.size() && i < 3; ++i)
      // (`工作报告`: a government site's column of reports, which are no speeches.)
      if (tx::char_count(paras[i].text) <= 6 && names_speech(paras[i].text) && !contains(paras[i].text, "报告")) {
        doc.signal("a column label naming a speech genre (领导致辞)", 0.25);
        break;
      }
    for (std::size_t k = 0; k < 3 && k < paras.size(); ++k) {
      auto p = paras[paras.size() - 1 - k].text;
      if (date_line(p, true)) continue;
      if (closing_speaker(p)) doc.signal("signed at the end by a post and a name (董事长：何勇生)", 0.10);
      break;
    }
    // A report to a congress (`我代表区人民政府向大会报告工作，请予审议`) is a work report, whatever
    // a site titled it (`区政府工作会议的讲话`).
    for (std::size_t i = 0; i < paras.size() && i < 25; ++i) {
      auto p = paras[i].text.substr(0, std::min<std::size_t>(paras[i].text.size(), 3 * 200));
      // (A party congress's report is entrusted by its committee: not the people's congress's.)
      if ((contains(p, "我代表") || contains(p, "我受")) && contains(p, "向大会") && contains(p, "请予审议") && !contains(p, "中共") &&
          !contains(p, "中国共产党")) {
        doc.signal("a report to the congress (我代表…向大会报告…，请予审议)", -0.40);
        break;
      }
    }
    if (speech_credits::closing_note(doc.text())) doc.signal("a publisher's note at the end (这是…在…时的讲话)", 0.45);
    if (speech_oral::count_words(doc, speech_oral::kEnumeration) > 0)
      doc.signal("oral enumeration (第一个问题 / 我讲…点意见)", 0.10);
    if (int said = speech_oral::register_words(doc); said >= 2) doc.signal("said to a hall (刚才, 在座, 我完全同意, 下面…)", said >= 4 ? 0.20 : 0.10);
    return doc.score();
  }

  void process(Document& doc) {
    const bool given_title = !doc.title().empty();  // by the reader: <title>, <h1>, a Markdown #
    auto paras = paragraphs(doc.text());
    if (paras.empty()) return;
    // The title block: title, optional subtitle, speaker and date in any order.
    // The title: a line naming a speech in the head (under a news lead too);
    // without one, the page's or post's title stays, its `——` subtitle apart.
    std::size_t title_i = paras.size();
    for (std::size_t i = 0; i < paras.size() && i < 8 && title_i == paras.size(); ++i) {
      std::string_view p = tx::trim(paras[i].text);
      // `致辞：饶毅（教师代表、科学家）` credits the speaker; the line under it is the title.
      if (auto c = credit_line(p)) {
        if (doc.field("speaker").empty()) doc.set_field("speaker", c->first);
        if (doc.field("position").empty() && !c->second.empty()) doc.set_field("position", c->second);
        if (i + 1 < paras.size()) {
          std::string_view next = tx::trim(paras[i + 1].text);
          if (tx::char_count(next) >= 2 && tx::char_count(next) <= 30 && !tx::ends_sentence(next) && !date_line(next, true) &&
              !tx::ends_with(next, "：") && !subtitle(next))
            title_i = i + 1;
        }
        continue;
      }
      // A line introducing the text (`以下是原文，演讲全文仅535字：`) is no title, nor a portal's tab over it (`董事长讲话`).
      if (tx::ends_with(p, "：") || tx::ends_with(p, ":") || position_label(p)) continue;
      // (`…研讨会发言摘登`, a paper's kicker over the excerpts it prints, titles none of them.)
      if (names_speech_itself(p) && !tx::starts_with(p, "——") && !contains(p, "。") && tx::char_count(p) <= (i < 6 ? 60u : 40u) &&
          !tx::ends_with(p, "摘登") && !tx::ends_with(p, "摘编") && !tx::ends_with(p, "选登"))
        title_i = i;
    }
    // A page's headline that names the speaker (`陈国阳局长《在…上的讲话》`, `马卫光书记在…
    // 上的讲话`) over the speech's own title line (`在…上的讲话提纲`): the own title.
    if (title_i < paras.size()) {
      auto first_title = paras[title_i].text;
      auto cut = std::min(first_title.find("《"), first_title.find("在"));
      auto who = cut != std::string_view::npos && cut > 0 ? first_title.substr(0, cut) : std::string_view();
      // (Or the name alone, `李德强在…上的讲话` over `在…上的讲话`.)
      auto np = who.empty() ? std::nullopt : people::personal_name(who) ? std::pair{std::string(who), std::string()} : name_then_position(who);
      for (std::size_t j = title_i + 1; np && j < paras.size() && j <= title_i + 4; ++j)
        if (tx::starts_with(paras[j].text, "在") && speech_title(paras[j].text)) {
          doc.set_field("speaker", np->first);
          if (!np->second.empty()) doc.set_field("position", np->second);
          title_i = j;
          break;
        }
    }
    // A page's heading that decorates the title (`2022年度专题党课:…(精选文档)`) over the title
    // as the text prints it: the plain one.
    title_i = st::plain_title_below(paras, title_i, [](std::string_view t) { return names_speech_itself(t); });
    title_i = speech_titles::printed_under_lead(paras, title_i);
    // A page's heading over another title the text prints twice, the second time run on into the
    // salutation (`2023年医院职工大会上的院长讲话` / `在医院职工代表大会上的讲话` / `在…上的讲话各位职工代表、同志们:`):
    // the one printed twice is the speech's own.
    for (std::size_t j = title_i + 1; title_i < paras.size() && j < paras.size() && j <= title_i + 2; ++j) {
      if (!speech_title(paras[j].text)) continue;
      std::string own = tx::strip_spaces(paras[j].text);
      bool again = false;
      for (std::size_t k = j + 1; k < paras.size() && k <= j + 3 && !again; ++k)
        again = tx::starts_with(tx::strip_spaces(paras[k].text), own);
      if (again) {
        title_i = j;
        break;
      }
    }
    if (title_i < paras.size()) {
      // A title wrapped by a printed line (`在第十四次最高国务会议上` / `的讲话提纲`):
      // no title opens with 的, none of its lines ends with one.
      std::string_view own = tx::trim(paras[title_i].text);
      if (title_i > 0) {
        std::string_view before = tx::trim(paras[title_i - 1].text);
        // (Or the two lines are the title the file gives: `贺贤春同志在杭州市工代会` / `四月二日会议上的讲话`.)
        // (Nor with 暨, which joins a second occasion to the first: `在庆祝…大会` / `暨…典礼上的讲话`.)
        bool wrapped = tx::starts_with(own, "的") || tx::starts_with(own, "上的") || tx::ends_with(before, "的") ||
                       (tx::starts_with(own, "暨") && tx::starts_with(before, "在")) ||
                       (given_title && tx::strip_spaces(doc.title()) == tx::strip_spaces(before) + tx::strip_spaces(own));
        if (wrapped && tx::char_count(before) <= 30 && !tx::ends_sentence(before) && !date_line(before)) {
          doc.set_title(std::string(before) + std::string(own));
        } else {
          doc.set_title(own);
        }
      } else {
        doc.set_title(own);
      }
    } else if (auto dash = doc.title().find("——"); dash != std::string_view::npos && dash > 0) {
      std::string whole(doc.title());
      doc.set_title(tx::trim(std::string_view(whole).substr(0, dash)));
      doc.set_field("occasion", tx::trim(std::string_view(whole).substr(dash + std::string_view("——").size())));
    } else if (doc.title().empty()) {
      title_i = 0;
      std::size_t glued = speech_oral::glued_title_end(paras[0].text);
      std::string_view first = glued ? paras[0].text.substr(0, glued) : paras[0].text;
      if (glued) {
        auto h = speech_oral::glued_head(paras[0].text.substr(glued));
        if (!h.date.empty()) doc.set_field("date", h.date);
        if (!h.speaker.empty()) doc.set_field("speaker", h.speaker);
      }
      // (A document site's page index before a title run on into its salutation: `1、…主持词 各位委员:`.)
      if (glued && first.size() > 4 && first[0] >= '1' && first[0] <= '9' && first.substr(1, 3) == "、") first = tx::trim(first.substr(4));
      // (A page's preview running the title on into its subtitle: `…双胜利 ——在…上的讲话 各位代表…`.)
      if (auto dash = first.find("——"); dash != std::string_view::npos && dash > 0 && !tx::more_visible_than(first.substr(0, dash), 60) &&
                                        !contains(first.substr(0, dash), "。"))
        first = tx::trim(first.substr(0, dash));
      doc.set_title(first);
    }
    // `在扩大的中央工作会议上的讲话（1962年2月6日）`: a collected edition prints the
    // date after the title, in brackets.
    if (std::string t(doc.title()); tx::ends_with(t, "）") || tx::ends_with(t, ")")) {
      std::size_t wide = t.rfind("（"), narrow = t.rfind("(");
      std::size_t open = wide == std::string::npos ? narrow : narrow == std::string::npos ? wide : std::max(wide, narrow);
      if (open != std::string::npos && open > 0)
        if (auto d = tx::find_full_date(tx::fold_zeros(std::string_view(t).substr(open))); d && d->begin <= 3) {  // (`二O一八年`)
          if (doc.field("date").empty()) doc.set_field("date", d->iso());
          doc.set_title(tx::trim(std::string_view(t).substr(0, open)));
        }
    }
    // A transcript that opens with its salutation has no title (absent, not the greeting);
    // a title the page or file gives (`<h1>亲爱的同学们，欢迎回家！</h1>`) stays.
    if (!given_title && salutation(tx::trim(doc.title()))) doc.set_title("");
    strip_speaker_from_title(doc);
    std::size_t first = title_i < paras.size() ? title_i : 0;
    std::size_t head = std::min<std::size_t>(paras.size(), first + 6);
    for (std::size_t i = first; i < head; ++i) {
      auto p = paras[i].text;
      if (auto occ = subtitle(p); occ && tx::han_count(*occ)) {  // (not its translation's, `--Speech at…`)
        // `——百年人寿陕西分公司总经理 荆晓达`: the subtitle names the speaker.
        if (auto pn = position_then_name(*occ); pn && doc.field("speaker").empty()) {
          doc.set_field("speaker", pn->first);
          doc.set_field("position", pn->second);
        } else {
          // `——在全市组织工作会议上的讲话`: the occasion is the meeting.
          std::string_view o = *occ;
          auto at = o.find("在"), on = o.rfind("上的");
          // (`——任正非在…会议上的讲话`: a bare name before 在 is the speaker, the rest the occasion.)
          if (at != std::string_view::npos && at > 0 && at <= 3 * 3 && on != std::string_view::npos && on > at + 3 &&
              doc.field("speaker").empty()) {
            if (std::string name = bare_name(o.substr(0, at)); !name.empty()) {
              doc.set_field("speaker", name);
              o = o.substr(at + 3, on - at - 3);
            }
          }
          if (at == 0 && on != std::string_view::npos && on > at + 3) o = o.substr(at + 3, on - at - 3);
          // (`——致…高峰会议`: a greeting addressed to the meeting; the meeting is the occasion.)
          if (tx::starts_with(o, "致") && tx::char_count(o) > 4) o.remove_prefix(std::string_view("致").size());
          doc.set_field("occasion", o);
        }
        if (title_i == i) doc.set_title(paras[0].text);
        // No line names a speech: the title is the line the subtitle hangs under.
        // Unless a line, or the page's or row's own title, already names the speech.
        bool named = title_i < paras.size() ? speech_title(paras[title_i].text) : names_speech_itself(doc.title());
        // A title printed over the subtitle is the author's, whatever the page calls it
        // (`着力建设一所…名校` over `——在…教代会上的讲话`, under a page's `陈国阳局长在…上的讲话`).
        // Only right under the page's heading, over a subtitle that names the occasion
        // (not an epigraph's `——题记` or a quotation's `——习近平总书记`).
        bool printed = i > 0 && i - 1 != title_i && (title_i == paras.size() ? i - 1 <= 1 : i - 1 == title_i + 1) &&
                       (tx::starts_with(*occ, "在") || names_speech(*occ)) && tx::char_count(paras[i - 1].text) >= 6 &&
                       !contains(paras[i - 1].text, "，") && !speaker_line(paras[i - 1].text) && !date_line(paras[i - 1].text, true) &&
                       !tx::ends_sentence(paras[i - 1].text);
        if ((!named || printed) && i > 0 && i - 1 != title_i && tx::char_count(paras[i - 1].text) <= 40 &&
            !contains(paras[i - 1].text, "。") && !salutation(paras[i - 1].text) && !tx::ends_with(paras[i - 1].text, "：")) {
          // A title printed on two lines over the subtitle, the document's first two
          // (`全面深入贯彻落实党的十八大精神` / `为全面建成小康社会做好服务保障`): both, as one.
          auto first_line = tx::trim(paras[0].text);
          bool two_lines = i == 2 && !given_title && tx::char_count(first_line) >= 6 && tx::char_count(first_line) <= 30 &&
                           !contains(first_line, "，") && !contains(first_line, "：") && !tx::ends_sentence(first_line) &&
                           !speaker_line(first_line) && !date_line(first_line, true) && !subtitle(first_line) &&
                           !names_speech(first_line) && !credit_line(first_line);
          doc.set_title(two_lines ? std::string(first_line) + " " + std::string(tx::trim(paras[1].text)) : std::string(paras[i - 1].text));
        }
      } else if (auto d = date_line(p, i <= first + 3); d && doc.field("date").empty()) {
        doc.set_field("date", d->iso());
      } else if (i != title_i && doc.field("speaker").empty()) {
        // A short line right over a `——` subtitle is the title (`走 向 远 方`), not a name.
        bool over_subtitle = i + 1 < paras.size() && subtitle(paras[i + 1].text);
        // A bare line is a name, never a part of the text (`开幕词`, `讲话稿`) or a news
        // outlet (`新华社`); names are not checked against the surname list (苗圩, 宁吉喆).
        auto sp = speaker_line(p);
        bool named = sp && !speech_credits::part_name(*sp) && !speech_credits::outlet(*sp);
        if (named && !over_subtitle) doc.set_field("speaker", tx::strip_spaces(*sp));
        else if (auto nd = name_and_date(p)) {  // `王  琛  2020.6.20`
          doc.set_field("speaker", nd->first);
          if (doc.field("date").empty()) doc.set_field("date", nd->second);
        } else if (auto pn = position_then_name(p)) {  // 市委副书记、市长 李明
          doc.set_field("speaker", pn->first);
          doc.set_field("position", pn->second);
          speech_credits::joint_speakers(doc, paras, i);  // (and the mayor's under it: `speakers`)
        } else if (i > first + 2 || contains(p, "，") || contains(p, "。")) {
        } else if (auto pg = people::position_glued_name(p)) {
          doc.set_field("speaker", pg->first);  // 中信工程董事长金志宏, right under the title
          doc.set_field("position", pg->second);
        }
      }
    }
    if (auto n = speech_credits::closing_note(doc.text()); n || (n = speech_credits::opening_note(doc.text()))) {  // as its publisher notes
      if (doc.field("speaker").empty() && !n->speaker.empty()) doc.set_field("speaker", n->speaker);
      if (doc.field("date").empty()) doc.set_field("date", n->date);
    } else if (auto sig = speech_credits::closing_signature(doc.text()); sig && doc.field("speaker").empty()) {  // an organ's 贺词
      doc.set_field("issuer", sig->first);
      if (doc.field("date").empty()) doc.set_field("date", sig->second);
    } else if (auto day = speech_credits::closing_dateline(doc.text()); !day.empty() && doc.field("date").empty()) {
      doc.set_field("date", day);  // (`（新华社北京9月3日电）`)
    }
    if (auto by = speech_credits::title_byline(doc.title()); by && doc.field("speaker").empty()) {
      doc.set_field("speaker", by->speaker);
      doc.set_field("position", by->position);
      doc.set_title(by->title);
    }
    if (auto bare = speech_credits::without_speaker(doc.title(), doc.field("speaker")); bare.size() < doc.title().size()) doc.set_title(std::string(bare));
    std::string_view t = doc.title();
    std::string occasion = doc.field("occasion");
    // The part of a title after its `——` (`十八而志——王琛校长在…上的致辞`) may name the speaker too.
    std::string_view after_dash;
    if (auto dash = t.find("——"); dash != std::string_view::npos) after_dash = t.substr(dash + std::string_view("——").size());
    for (std::string_view line : {t, std::string_view(occasion), after_dash}) {
      if (!doc.field("position").empty()) break;
      // `张建国副市长《在全市…会议上的讲话》` / `——曹雪涛校长在…上的讲话`: the speaker opens the
      // title or subtitle (the position too, for a speaker the byline names bare).
      auto cut = std::min(line.find("《"), line.find("在"));
      if (cut != std::string_view::npos && cut > 0) {
        if (auto np = name_then_position(line.substr(0, cut)); np && (doc.field("speaker").empty() || doc.field("speaker") == np->first)) {
          doc.set_field("speaker", np->first);
          doc.set_field("position", np->second);
        } else if (auto pn = people::position_glued_name(line.substr(0, cut));
                   pn && line.substr(cut, 3) == "在" && (doc.field("speaker").empty() || doc.field("speaker") == pn->first)) {
          doc.set_field("speaker", pn->first);  // `市长王建华在…`
          doc.set_field("position", pn->second);
        } else if (doc.field("speaker").empty() && line.substr(cut, 3) == "在" && names_speech_itself(line)) {
          // `刘希平在…会议上的讲话`: a bare name before 在 (2–3 Han, not `我们`, `全市`).
          // A personal name, surname first, and no post (`县长在…`, `党委在…`, `全市在…` are none).
          if (std::string name = bare_name(line.substr(0, cut)); !name.empty()) doc.set_field("speaker", name);
        }
      }
    }
    if (doc.field("speaker").empty())
      if (auto np = speech_credits::credited_in_title(t)) {
        doc.set_field("speaker", np->first);
        if (doc.field("position").empty()) doc.set_field("position", np->second);
      } else if (auto sp = speech_credits::spokesperson_in_title(t)) {
        doc.set_field("speaker", sp->first);
        if (doc.field("position").empty()) doc.set_field("position", sp->second);
        // (The day the title opens with, its year from the title the page kept: `2021年3月31日外交部发言人…`.)
        for (const std::string& titled : {doc.field("original_title"), std::string(t)})
          if (auto d = tx::parse_date_at(titled, 0); d && d->day && d->begin == 0 && doc.field("date").empty()) doc.set_field("date", d->iso());
      }
    if (doc.field("occasion").empty()) {
      // `在全市组织部长会议上的讲话` names its occasion, wherever the 在 stands; so do a
      // 致辞, a 发言, a 主旨演讲 (`在第十届…博览会开幕式上的致辞`).
      auto at = t.find("在");
      auto on = at == std::string_view::npos ? at : t.find("上的", at);
      if (on != std::string_view::npos) {
        std::string_view genre = tx::trim(t.substr(on + std::string_view("上的").size()));
        bool spoken = tx::char_count(genre) <= 8;
        if (spoken) {
          spoken = false;
          for (std::string_view g : {"讲话", "致辞", "致词", "发言", "演讲", "报告", "辞", "词", "讲话提纲"}) spoken |= tx::ends_with(genre, g);
        }
        if (spoken && on > at + 3) doc.set_field("occasion", t.substr(at + 3, on - at - 3));
      }
    }
    // Signed at the end (`总经理：王敏敏` over `2013年3月26日`): the date, and the speaker when
    // nothing above named one.
    for (std::size_t k = 0; k < 3 && k < paras.size(); ++k) {
      auto p = paras[paras.size() - 1 - k].text;
      if (auto d = date_line(p, true)) {
        if (doc.field("date").empty()) doc.set_field("date", d->iso());
        continue;
      }
      if (auto sp = closing_speaker(p); sp && doc.field("speaker").empty()) {
        doc.set_field("speaker", sp->first);
        doc.set_field("position", sp->second);
      }
      break;
    }
    // The author a collection or page names for the whole text (`<Author>邓小平</Author>`).
    // A CMS's placeholder for "no author" (佚名, 未知, 管理员) names nobody.
    auto placeholder = [](std::string_view a) {
      for (std::string_view w : {"佚名", "未知", "匿名", "不详", "管理员", "本站", "编辑", "网站", "系统"})
        if (contains(a, w)) return true;
      return false;
    };
    if (std::string a = doc.field("author"); doc.field("speaker").empty() && tx::char_count(a) >= 2 && tx::char_count(a) <= 4 &&
                                             tx::is_han(tx::first_cp(a)) && !placeholder(a))
      doc.set_field("speaker", a);
    else if (auto pn = position_then_name(doc.field("author")); pn && doc.field("speaker").empty()) {  // `市委书记 张建国`
      doc.set_field("speaker", pn->first);
      if (doc.field("position").empty()) doc.set_field("position", pn->second);
    }
    if (speech_titles::meeting_report(doc.title())) doc.set_kind("report");
    if (doc.field("speaker").empty()) doc.diagnostic(Severity::warning, "no_speaker", "no speaker line found near the title");
    if (doc.field("date").empty()) doc.diagnostic(Severity::warning, "no_date", "no speech date found near the title");
    // The heading tree, every marker family, levels by first appearance.
    st::TreeOptions o;
    o.from_paragraph = title_i < paras.size() ? title_i + 1 : 0;
    o.families.push_back(tx::MarkerFamily::circled);
    auto hs = st::heading_tree(doc, paras, o);
    st::add_sections(doc, hs);
    st::check_numbering(doc, hs);
    speech_credits::read_colophon(doc, paras);  // 版记
  }
};

}  // namespace

GONGWEN_PLUGIN(Speech)
