// Issuing and forwarding notices, and orders (令), with the issued document
// attached (see attachment.hpp).
//
// Evidence, all required. The head, in the first paragraphs, is either a
// title `…印发/转发/批转/颁发…的通知`, or an order's masthead (`…令` with its
// `第N号`, or a `…公告` with its number) followed by the sentence that
// promulgates `《X》` (现予公布/发布/施行). A line that is only a date closes
// the notice or order (an order's signatures come before it); within four
// paragraphs after it (附注 such as （此件公开发布）, 附件 labels and a wire's dateline skipped) a
// title-like line ends in a 文种 or an instrument (办法, 规定, 意见, 方案,
// 纪要…) or is the X the order named; and
// at least three paragraphs follow it. Or the head is a decision or
// resolution `关于批准X的决议` and X's title opens a later paragraph. Anything
// less leaves the document whole: a notice quoting a title is not two documents.
#include "split/attachment.hpp"
#include "split/lines.hpp"

#include <fmt/format.h>

#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

namespace gongwen::host {

namespace {

namespace tx = gongwen::text;
using split_detail::title_like;

bool has(std::string_view s, std::string_view w) { return s.find(w) != std::string_view::npos; }



// The title the promulgating sentence names, as the document prints it: the
// joint issuers' 、 of `《最高人民法院、最高人民检察院关于…的批复》` become spaces in
// the title line (`最高人民法院    最高人民检察院关于…的批复`).
bool same_title(std::string_view line, std::string_view named) {
  auto bare = [](std::string_view s) {
    std::string q = tx::strip_spaces(s);
    for (std::size_t at = q.find("、"); at != std::string::npos; at = q.find("、", at)) q.erase(at, 3);
    return q;
  };
  return bare(line) == bare(named);
}

// The masthead of what promulgates a law: an order, `…令` then its number
// on one line or the next (`中华人民共和国国务院令` / `第768号`), or a `…公告`.
// Returns the paragraph holding the number (or the 公告 line), or npos.
std::size_t promulgating_masthead(const std::vector<structure::Paragraph>& ps, std::size_t i) {
  std::string q = tx::strip_spaces(ps[i].text);
  while (!q.empty() && (q[0] == '#' || q[0] == '-' || (q[0] >= '0' && q[0] <= '9'))) q.erase(0, 1);  // `## `, a folio `-1-`
  // A standing committee's or a government's 公告 that promulgates a law
  // (`广西壮族自治区人大常委会公告` / `（十四届第3号）`), its number line optional.
  // (The organ and `公    告` on lines of their own: the 公告 line stands for both.)
  if (i + 1 < ps.size() && tx::strip_spaces(ps[i + 1].text) == "公告" && tx::char_count(q) <= 36 && tx::han_count(q) >= 4) {
    ++i;
    q = "公告";
  }
  // (Its number on its line, bracketed: `某某市人民代表大会常务委员会办公室公告(第7号)`.)
  for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}})
    if (auto at = q.rfind("公告" + std::string(o)); at != std::string::npos && tx::ends_with(q, "号" + std::string(c)) && tx::char_count(q) <= 50 &&
                                                     has(std::string_view(q).substr(at), "第"))
      return i;
  if (tx::ends_with(q, "公告") && tx::char_count(q) <= 40) {
    if (i + 1 < ps.size()) {
      std::string n = tx::strip_spaces(ps[i + 1].text);
      for (std::string_view o : {"（", "("})
        if (tx::starts_with(n, o)) n.erase(0, o.size());
      for (std::string_view c : {"）", ")"})
        if (tx::ends_with(n, c)) n.resize(n.size() - c.size());
      if (tx::char_count(n) <= 16 && has(n, "第") && tx::ends_with(n, "号")) return i + 1;
    }
    return i;
  }
  if (!tx::contains(q, "令") || tx::char_count(q) > 120) return std::string::npos;
  for (std::size_t at = q.find("令"); at != std::string::npos; at = q.find("令", at + 3))
    if (tx::order_number_prefix(std::string_view(q).substr(at + 3)) > 0) return i;
  if (tx::ends_with(q, "令") && i + 1 < ps.size() && tx::order_number_prefix(tx::strip_spaces(ps[i + 1].text)) > 0) return i + 1;
  return std::string::npos;
}

// The paragraph where the instrument a decision approves begins: its title
// (`广东省经济特区条例`) on a line of its own within the next twelve
// paragraphs, with at least four paragraphs of it following.
std::optional<std::size_t> approved_text(const std::vector<structure::Paragraph>& ps, std::size_t from, const std::string& named) {
  if (tx::char_count(named) < 4) return std::nullopt;
  for (std::size_t j = from; j < ps.size() && j < from + 12; ++j) {
    std::string q = tx::strip_spaces(ps[j].text);
    if (q == named || q == "《" + named + "》") return ps.size() - j >= 4 ? std::optional<std::size_t>(j) : std::nullopt;
  }
  return std::nullopt;
}

// Cuts doc at paragraph j: what follows is the issued document, a record linked to doc.
Document attach(Document& doc, const std::vector<structure::Paragraph>& ps, std::size_t j) {
  std::size_t cut = ps[j].offset;
  Document child;
  child.origin = doc.origin;
  child.text_base = doc.origin_offset(cut);
  child.pieces = doc.pieces_of(cut, doc.text.size());
  child.text = doc.text.substr(cut);
  child.container = doc.id;
  child.index = 1;
  child.id = fmt::format("{}#1", doc.id);
  child.step = "split";
  child.fields["attachment_of"] = doc.id;
  doc.text.resize(cut);
  doc.fields["attachment"] = child.id;
  doc.diagnose(Diag::split_issued_document, fmt::format("the issued document starting on line {} is a record of its own ({})",
                                                        doc.line_of(cut), child.id));
  return child;
}

}  // namespace

std::optional<Document> split_attachment(Document& doc) {
  auto ps = structure::paragraphs(doc.text);
  if (ps.size() < 8) return std::nullopt;
  std::string issued;  // the title the head names, when it names one
  // An order: masthead with number, then the promulgating sentence.
  std::size_t title_end = ps.size();
  for (std::size_t i = 0; i < ps.size() && i < 8 && title_end == ps.size(); ++i) {
    std::size_t number = promulgating_masthead(ps, i);
    if (number == std::string::npos) continue;
    // The sentence may wrap (a PDF's hard line breaks).
    std::string sentence;
    for (std::size_t k = number + 1; k < ps.size() && k <= number + 3; ++k) {
      sentence += ps[k].text;
      if (auto t = tx::promulgated_title(sentence); !t.empty()) {
        issued = std::move(t);
        title_end = k;
        break;
      }
    }
  }
  // A notice: its title, joined short lines in the first paragraphs.
  for (std::size_t i = 0; i < ps.size() && i < 12 && title_end == ps.size() && issued.empty(); ++i) {
    std::string joined;
    for (std::size_t k = 0; k < 4 && i + k < ps.size(); ++k) {
      joined += tx::strip_spaces(ps[i + k].text);
      if (tx::ends_with(joined, "的通知") || tx::ends_with(joined, "的通报")) {
        std::size_t verb = std::string::npos;
        for (std::string_view v : {"印发", "转发", "批转", "颁发"})
          if (auto at = joined.find(v); at != std::string::npos && at < verb) verb = at + v.size();
        if (verb != std::string::npos && has(joined, "关于")) {
          title_end = i + k;
          // What it issues, as it names it (`关于印发某某市…若干措施的通知`): its title line below.
          std::string named = joined.substr(verb, joined.size() - verb - std::string_view("的通知").size());
          if (tx::starts_with(named, "《") && tx::ends_with(named, "》")) named = named.substr(3, named.size() - 6);
          if (tx::char_count(named) >= 4) issued = std::move(named);
        }
        break;
      }
      if (tx::char_count(ps[i + k].text) > 40) break;
    }
  }
  // A notice without its title (a row's text, the title in its own column): the turn that hands
  // the document on names it, `现将《X》印发给你们，请认真贯彻执行。`.
  for (std::size_t i = 0; i < ps.size() && i < 8 && title_end == ps.size() && issued.empty(); ++i)
    if (std::string named = tx::handed_on_title(ps[i].text); tx::char_count(named) >= 4) {
      issued = std::move(named);
      title_end = i;
    }
  // A decision or resolution approving an instrument (`…关于批准广东省经济特区条例的决议`),
  // the instrument's text after it: it opens with the title the decision names.
  for (std::size_t i = 0; i < ps.size() && i < 8 && title_end == ps.size() && issued.empty(); ++i) {
    std::string joined;
    for (std::size_t k = 0; k < 3 && i + k < ps.size(); ++k) {
      joined += tx::strip_spaces(ps[i + k].text);
      if ((tx::ends_with(joined, "的决议") || tx::ends_with(joined, "的决定")) && has(joined, "关于批准")) {
        std::size_t b = joined.find("关于批准") + std::string_view("关于批准").size();
        std::string named = joined.substr(b, joined.size() - b - std::string_view("的决议").size());
        if (tx::starts_with(named, "《") && tx::ends_with(named, "》")) named = named.substr(3, named.size() - 6);
        if (auto cut = approved_text(ps, i + k + 1, named)) return attach(doc, ps, *cut);
        break;
      }
      if (tx::char_count(ps[i + k].text) > 40) break;
    }
  }
  if (title_end == ps.size()) return std::nullopt;
  for (std::size_t i = title_end + 1; i < ps.size(); ++i) {
    if (!tx::whole_date(ps[i].text)) continue;
    for (std::size_t j = i + 1; j < ps.size() && j <= i + 4; ++j) {
      std::string q = tx::strip_spaces(ps[j].text);
      if ((tx::starts_with(q, "（") && tx::ends_with(q, "）")) || (tx::starts_with(q, "(") && tx::ends_with(q, ")")) || tx::starts_with(q, "附件"))
        continue;
      // (A 题注 over lines of its own, `(2001年10月17日…通过` / `2001年12月3日…批准)`: to its closing bracket.)
      if (tx::starts_with(q, "（") || tx::starts_with(q, "(")) {
        std::size_t k = j + 1;
        auto closes = [&](std::size_t n) {
          std::string c = tx::strip_spaces(ps[n].text);
          return tx::ends_with(c, "）") || tx::ends_with(c, ")");
        };
        while (k < ps.size() && k < j + 3 && !closes(k)) ++k;
        if (k < ps.size() && k < j + 3) {
          j = k;
          continue;
        }
      }
      // (A wire's dateline over the text it carries: `新华社北京6月29日电`.)
      if ((tx::ends_with(q, "日电") || tx::ends_with(q, "日讯")) && has(q, "月") && tx::char_count(q) <= 24) continue;
      // (The rule an order names, its text straight after the date without its title printed
      // again, `第一章 总则` or `第一条`: titled by the order's words.)
      if (auto m = tx::parse_marker(q); !issued.empty() && m.number == 1 &&
                                        (m.family == tx::MarkerFamily::chapter || m.family == tx::MarkerFamily::article) &&
                                        ps.size() - j >= 4) {
        Document child = attach(doc, ps, j);
        child.title = issued;
        return child;
      }
      // The title may wrap over up to three lines.
      bool titled = false;
      std::string joined;
      for (std::size_t k = j; k < ps.size() && k < j + 3 && !titled; ++k) {
        joined += ps[k].text;
        titled = title_like(joined) || (!issued.empty() && same_title(joined, issued));
        if (tx::char_count(ps[k].text) > 40) break;
      }
      if (!titled || ps.size() - j < 4) break;
      return attach(doc, ps, j);
    }
    break;  // only the notice's own date
  }
  return std::nullopt;
}

}  // namespace gongwen::host
