// A document a news release publishes in full (see release.hpp).
//
// Evidence, all required: within the first ten paragraphs, a paragraph saying `全文如下` after the
// title it names, in 《》 (`《X》全文如下。`) or bare where a crawler stripped the marks
// (`…贯彻落实 关于…的意见全文如下 为深入贯彻…`, the body run on in the same paragraph); within the
// three paragraphs before it, or in it, a lead that names the same X after a verb of issue
// (印发了, 发布, 制定…), or else an X that ends as a title of a document does (…意见, …方案,
// …条例), as a bare X must; and X's text after the formula. Anything less leaves the document whole: a report that
// quotes a title is not a release. Or a paper's dateline with the document's title on its line (`某某日报11月21日讯
// …的决议`): the title must end as a document's does and stand alone after the dateline.
#include "split/release.hpp"
#include "split/lines.hpp"

#include <fmt/format.h>

#include <gongwen/people.hpp>
#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <algorithm>
#include <optional>

namespace gongwen::host {

namespace {

namespace tx = gongwen::text;

constexpr std::string_view kFormula = "全文如下";

using split_detail::title_like;

// The title a lead's verb names bare (`…印发了关于…的意见，并发出通知`): the words after the verb to
// the clause's end, each one the lead names.
// (Each clause looked at within a title's reach, 80 characters: the cost stays linear in the lead.)
std::vector<std::string> bare_titles(std::string_view lead) {
  std::vector<std::string> out;
  for (std::string_view verb : people::kReleasingVerbs)
    for (std::size_t at = lead.find(verb); at != std::string_view::npos; at = lead.find(verb, at + verb.size())) {
      std::string_view rest = lead.substr(at + verb.size(), 80 * 3);
      // (`印发` inside `印发了`: the longer verb reads it.)
      if (rest.starts_with("《") || rest.starts_with("了")) continue;
      std::size_t end = rest.size();
      for (std::string_view mark : {"，", ",", "。", "；", "：", "、并", "并发出"}) end = std::min(end, rest.find(mark));
      std::string_view title = rest.substr(0, end);
      if (title_like(title)) out.emplace_back(title);
    }
  return out;
}

// The month and day (and year, when given) of a wire's dateline opening the lead
// (`新华社北京5月6日电`, `人民网北京2021年4月5日讯`).
std::string dateline_date(std::string_view lead) {
  for (std::string_view mark : {"日电", "日讯"}) {
    std::size_t at = lead.find(mark);
    if (at == std::string_view::npos || tx::char_count(lead.substr(0, at)) > 24) continue;
    std::size_t end = at + std::string_view("日").size();
    for (std::size_t b = 0; b < at;) {
      if (auto d = tx::parse_date_at(lead, b); d && d->begin == b && d->end == end && d->month && d->day) return d->iso();
      tx::next_cp(lead, b);
    }
  }
  return {};
}

struct Release {
  std::size_t cut = 0;  // where X's text starts
  std::string title, organs, date;
};

// A paper that prints a document under its dateline, on the dateline's line (`某某日报11月21日讯 中国共产党…的决议`
// over its 题注 and text): the dateline is the lead, the rest of the line the title.
std::optional<Release> dated_title(const std::vector<structure::Paragraph>& ps, std::string_view text) {
  for (std::size_t i = 0; i < ps.size() && i < 2; ++i) {
    std::string_view p = tx::trim(ps[i].text);
    if (!split_detail::opens_with_dateline(p) || tx::more_visible_than(p, 140)) continue;
    std::size_t mark = std::string_view::npos;
    for (std::string_view m : {"日讯", "日电", "本报讯", "本台讯", "本网讯", "本刊讯"})
      if (auto at = p.find(m); at != std::string_view::npos && tx::char_count(p.substr(0, at)) <= 24) mark = std::min(mark, at + m.size());
    if (mark == std::string_view::npos) continue;
    std::size_t b = mark;
    while (b < p.size()) {  // the gap or the colon after the dateline
      std::size_t k = b;
      char32_t c = tx::next_cp(p, k);
      if (!tx::is_space(c) && c != U'：' && c != U':') break;
      b = k;
    }
    std::string_view title = p.substr(b);
    if (title.starts_with("题：") || title.starts_with("题:")) title.remove_prefix(title.starts_with("题：") ? 6 : 4);
    if (b == mark || !title_like(title) || tx::char_count(title) < 8 || title.find("。") != std::string_view::npos) return std::nullopt;
    // (A sentence that reports, `国务院总理…在…会议上作政府工作报告`, `我市召开…通报会`, is the lead's own.)
    for (std::string_view verb : {"作", "召开", "举行", "主持", "出席", "在"})
      if (title.find(verb) != std::string_view::npos && title.find("关于") == std::string_view::npos) return std::nullopt;
    Release r;
    r.cut = static_cast<std::size_t>(title.data() - text.data());
    r.title = std::string(title);
    r.date = dateline_date(tx::strip_spaces(p.substr(0, mark)));
    if (tx::char_count(text.substr(r.cut)) < 60) return std::nullopt;
    return r;
  }
  return std::nullopt;
}

std::optional<Release> find_release(std::string_view text) {
  auto ps = structure::paragraphs(text, 12);
  if (auto r = dated_title(ps, text)) return r;
  for (std::size_t i = 0; i < ps.size() && i < 10; ++i) {
    std::string_view p = ps[i].text;
    std::size_t at = p.find(kFormula), formula_end = at + kFormula.size();
    // (Or the formula after the lead's sentence, X named by the lead alone: `…并发出通知。以下为通知全文。`.)
    bool trailing = false;
    if (at == std::string_view::npos)
      for (std::string_view w : {"以下为", "以下是"})
        if (std::size_t k = p.find(w); k != std::string_view::npos)
          if (std::size_t f = p.find("全文", k); f != std::string_view::npos && tx::char_count(p.substr(k, f - k)) <= 12) {
            at = k, formula_end = f + std::string_view("全文").size(), trailing = true;
            break;
          }
    if (at == std::string_view::npos) continue;
    std::string before = tx::strip_spaces(p.substr(0, at));
    // Where X's text starts: after the formula's punctuation in the same paragraph, or the next one.
    std::size_t body = formula_end;
    while (body < p.size()) {
      std::size_t k = body;
      char32_t c = tx::next_cp(p, k);
      if (!tx::is_space(c) && c != U'。' && c != U'：' && c != U':' && c != U'.' && c != U'，' && c != U',') break;
      body = k;
    }
    // (The trailing formula's X may open its text, `以下为通知全文。《关于…的意见》文化是…`: the title goes with the lead.)
    std::string named_after;
    if (trailing) {
      std::string lead = tx::strip_spaces(p.substr(0, at));
      for (std::string_view verb : people::kReleasingVerbs)
        if (auto v = lead.rfind(std::string(verb) + "《"); v != std::string::npos) {
          std::size_t o = v + verb.size() + 3, c = lead.find("》", o);
          if (c != std::string::npos && tx::char_count(std::string_view(lead).substr(o, c - o)) <= 80) named_after = lead.substr(o, c - o);
          break;
        }
      if (named_after.empty()) continue;
      std::string_view rest = tx::trim(p.substr(body));
      if (std::string opening = "《" + named_after + "》"; tx::starts_with(tx::strip_spaces(rest.substr(0, opening.size() + 40)), opening)) {
        std::size_t k = p.find("》", body);
        if (k != std::string_view::npos) body = k + std::string_view("》").size();
      }
    }
    std::size_t cut = body < p.size() ? ps[i].offset + body : i + 1 < ps.size() ? ps[i + 1].offset : text.size();
    if (tx::char_count(text.substr(cut)) < 30) return std::nullopt;
    Release r;
    r.cut = cut;
    // `《X》全文如下`: the 《》 closing right before it, matched through the ones inside it
    // (`《某某办公厅关于印发《某某方案》的通知》`).
    std::string bracketed = named_after;
    if (!trailing && tx::ends_with(before, "》")) {
      std::size_t open = std::string::npos, depth = 0;
      for (std::size_t k = before.size(); k > 0;) {
        std::size_t at = k;
        char32_t c = tx::prev_cp(before, at);
        if (c == U'》') ++depth;
        else if (c == U'《' && --depth == 0) {
          open = at;
          break;
        }
        k = at;
      }
      if (open == std::string::npos) return std::nullopt;
      bracketed = before.substr(open + 3, before.size() - open - 6);
    }
    // (Not a notice that hands its document on, `现将《X》印发给你们…。《X》全文如下：`, or is addressed,
    // `各区县人民政府：`: the notice is a record of its own, the document its attachment.)
    for (std::size_t j = 0; j <= i; ++j) {
      std::string_view t = tx::trim(j == i ? p.substr(0, at) : ps[j].text);
      for (std::string_view w : tx::kHandOnWords)
        if (t.find(w) != std::string_view::npos) return std::nullopt;
      if ((tx::ends_with(t, "：") || tx::ends_with(t, ":")) && !tx::more_visible_than(t, 60)) return std::nullopt;
    }
    for (std::size_t j = i + 1; j-- > 0 && j + 3 >= i && r.title.empty();) {
      // (The lead's last sentences: a wire names what it releases right before handing over.)
      std::string_view said = j == i ? p.substr(0, at) : ps[j].text;
      if (said.size() > 1500) {
        std::size_t cut = said.size() - 1500;
        while (cut < said.size() && (static_cast<unsigned char>(said[cut]) & 0xC0) == 0x80) ++cut;
        said.remove_prefix(cut);
      }
      std::string lead = tx::strip_spaces(said);
      if (!bracketed.empty()) {
        bool named = false;
        for (std::string_view verb : people::kReleasingVerbs) named |= lead.find(std::string(verb) + "《" + bracketed + "》") != std::string::npos;
        if (!named) continue;
        r.title = bracketed;
      } else {
        for (auto& t : bare_titles(lead))
          if (tx::ends_with(before, t) && t.size() > r.title.size()) r.title = t;
        if (r.title.empty()) continue;
      }
      r.organs = people::releasing_organs(lead, r.title);
      r.date = dateline_date(lead);
    }
    // (A lead that names no verb before X, `…意见近日印发。`: X in 《》 ending as a document's title.)
    if (r.title.empty() && title_like(bracketed) && i < 6) r.title = bracketed;
    if (r.title.empty()) return std::nullopt;
    // (The organs and the dateline may be in a paragraph of the lead before the one naming X.)
    for (std::size_t j = 0; j < i && r.date.empty(); ++j) r.date = dateline_date(tx::strip_spaces(ps[j].text));
    return r;
  }
  return std::nullopt;
}

}  // namespace

bool unwrap_release(Document& doc) {
  // (An article joined from pieces, 下转/上接, keeps its text: the lead's bytes would not be one run.)
  if (doc.fields.contains("release") || !doc.pieces.empty()) return false;
  auto r = find_release(doc.text);
  if (!r) return false;
  Json release = {{"lead", doc.text.substr(0, r->cut)}, {"offset", doc.origin_offset(0)}, {"title", r->title}};
  if (!r->organs.empty()) release["issuer"] = r->organs;
  if (!r->date.empty()) release["date"] = r->date;
  doc.diagnose(Diag::split_release_lead, fmt::format("a news release publishing 《{}》 in full: its lead, before line {}, cut off; the record is the document",
                                                     r->title, std::max<std::size_t>(doc.line_of(r->cut), 1)));
  doc.split_evidence.push_back(fmt::format("a news release publishing 《{}》 in full: the record is that document, from line {}", r->title,
                                           doc.line_of(r->cut)));
  doc.text_base = doc.origin_offset(r->cut);
  doc.pieces = doc.pieces_of(r->cut, doc.text.size());
  doc.text.erase(0, r->cut);
  doc.title = r->title;
  doc.fields["release"] = std::move(release);
  return true;
}

void released_fields(Document& doc) {
  auto found = doc.fields.find("release");
  if (found == doc.fields.end() || !found->is_object()) return;
  const Json release = *found;  // a copy: inserting below moves the map's elements
  for (std::string_view key : {"issuer", "date"}) {
    auto it = release.find(std::string(key));
    if (it == release.end() || doc.fields.contains(std::string(key))) continue;
    doc.fields[std::string(key)] = *it;
    doc.fields[std::string(key) + "_from"] = "release";
  }
}

}  // namespace gongwen::host
