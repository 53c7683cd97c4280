// Macau's numbered instruments as the Boletim Oficial prints them: no 标题 and no 发文字号
// apart, one heading that is both — the serial, the year, the office and the instrument
// (`第80/2025號經濟財政司司長批示`, `第17/2024號行政長官公告`, `第90/2023號行政命令`) — then
// the enacting clause (`行政長官行使《澳門特別行政區基本法》…的職權，…作出本批示。`), the
// articles, and the day in Chinese numerals (`二零二五年七月二十九日`) over the signer. The text
// comes folded to simplified characters, so the heading is read in those.
//
// Invariants: the heading is a whole paragraph (a cited instrument in a sentence or a list of
// related laws, `第6/1999號行政法規 - …`, is none); the issuer is the office the heading names,
// or, when it names none (行政命令, 行政法规), the subject of the enacting clause; the date is a
// paragraph that is a whole date after the heading, never a date inside a sentence (an
// effective day, a treaty's).
#include "detail.hpp"
#include "elements.hpp"

#include <gongwen/document.hpp>
#include <gongwen/text.hpp>

namespace gongwen::official {

namespace tx = gongwen::text;

namespace {

// The instrument a heading ends with, its kind and, when the heading names no office, who issues it.
struct Instrument {
  std::string_view chinese, kind, issuer;
};
// (A 行政法规 or 法律 is a regulation's, read by its articles: the regulation handler's.)
constexpr Instrument kInstruments[] = {
    {"行政命令", "order", "行政长官"}, {"批示", "decision", ""}, {"公告", "announcement", ""}, {"通告", "public_notice", ""}};

struct Heading {
  std::size_t paragraph = 0;
  const Instrument* instrument = nullptr;
  std::string office;  // the office between the number and the instrument, or empty
};

// `第80/2025号经济财政司司长批示` (spaces dropped): its instrument and office.
std::optional<Heading> read_heading(std::string_view t) {
  if (!tx::starts_with(t, "第")) return std::nullopt;
  std::size_t i = std::string_view("第").size(), serial = i;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  // (The slash ASCII or full-width, `第80／2025号`.)
  std::size_t slash = i < t.size() && t[i] == '/' ? 1 : tx::starts_with(t.substr(i), "／") ? 3 : 0;
  if (i == serial || i - serial > 4 || !slash) return std::nullopt;
  std::size_t year = i += slash;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  if (i - year != 4 || !tx::starts_with(t.substr(i), "号")) return std::nullopt;
  std::string_view rest = t.substr(i + std::string_view("号").size());
  for (const Instrument& in : kInstruments) {
    if (!tx::ends_with(rest, in.chinese)) continue;
    std::string_view office = rest.substr(0, rest.size() - in.chinese.size());
    // (An office, `经济财政司司长`, or none; never a sentence's words.)
    if (tx::char_count(office) > 14 || office.find_first_of(",.;:()") != std::string_view::npos) return std::nullopt;
    for (std::string_view mark : {"，", "。", "、", "：", "《", "（"})
      if (office.find(mark) != std::string_view::npos) return std::nullopt;
    if (office.empty() && in.issuer.empty()) return std::nullopt;  // (`第3/2024号公告`: whose is not said)
    return Heading{0, &in, std::string(office)};
  }
  return std::nullopt;
}

}  // namespace

std::optional<GazetteInstrument> parse_gazette_instrument(const std::vector<structure::Paragraph>& ps) {
  std::optional<Heading> h;
  for (std::size_t k = 0; k < ps.size() && k < 40 && !h; ++k) {
    if (!tx::starts_with(tx::trim(ps[k].text), "第")) continue;
    std::string t = tx::strip_spaces(ps[k].text);
    if (tx::char_count(t) > 40) continue;
    if ((h = read_heading(t))) h->paragraph = k;
  }
  if (!h) return std::nullopt;
  GazetteInstrument g;
  std::string_view heading = tx::trim(ps[h->paragraph].text);
  g.heading = {std::string(heading), ps[h->paragraph].offset + static_cast<std::size_t>(heading.data() - ps[h->paragraph].text.data())};
  g.chinese = h->instrument->chinese, g.kind = h->instrument->kind;
  g.issuer = h->office.empty() ? std::string(h->instrument->issuer) : h->office;
  // The body: the heading again where a law site prints its metadata first (the same line twice).
  std::size_t body = h->paragraph;
  for (std::size_t k = body + 1; k < ps.size() && k < body + 40; ++k)
    if (tx::strip_spaces(ps[k].text) == tx::strip_spaces(heading)) {
      body = k;
      break;
    }
  for (std::size_t k = body + 1; k < ps.size() && k < body + 60; ++k) {
    std::string_view t = tx::trim(ps[k].text);
    // The enacting clause names who acts: `行政长官行使…职权`, `社会文化司司长行使…`.
    if (!g.enacting && tx::char_count(t) > 10)
      if (auto at = t.find("行使"); at != std::string_view::npos && at > 0 && tx::char_count(t.substr(0, at)) <= 14 && t.find("职权") != std::string_view::npos) {
        g.enacting = true;
        if (h->office.empty()) g.issuer = std::string(t.substr(0, at));
      }
    // (`二零二四年四月五日发布。`: the day with the word that publishes it.)
    std::string_view day = t;
    for (std::string_view tail : {"发布。", "发布"})
      if (tx::ends_with(day, tail)) day.remove_suffix(tail.size());
    if (auto d = whole_date(day); d && !g.date) {
      g.date = *d;
      g.date_text = {std::string(t), ps[k].offset + static_cast<std::size_t>(t.data() - ps[k].text.data())};
      break;
    }
    if (k > body + 1 && read_heading(tx::strip_spaces(t))) break;  // the next instrument of the page
  }
  return g;
}

double detect_gazette_instrument(Document& doc, const GazetteInstrument& g) {
  doc.signal("numbered instrument heading `第N/YYYY号…批示` (title and number in one)", 0.40);
  if (g.enacting) doc.signal("enacting clause `…行使…职权`", 0.25);
  if (g.date) doc.signal("成文日期 after the articles", 0.10);
  return doc.score();
}

void write_gazette_instrument(Document& doc, const GazetteInstrument& g) {
  std::string elements = open_form(doc, g.kind, g.chinese, "numbered instrument (澳門特別行政區公報)", g.heading);
  doc.set_field_json("doc_number", "{\"text\":" + json_string(g.heading.text) + "}");
  doc.set_field_list("issuer", {g.issuer});
  doc.set_field("issuer_from", g.enacting ? "heading and enacting clause" : "heading");
  write_form_date(doc, elements, g.date, g.date_text);
  doc.set_field_json("elements", elements + "]");
}

}  // namespace gongwen::official
