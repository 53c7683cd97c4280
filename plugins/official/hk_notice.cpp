// A Hong Kong department's notice as its site prints it: no 发文机关标志 and no number, a kicker
// (`交通通告`) or the regulation it is made under (`道路交通(交通管制)規例(第374G章)`) over the
// title, the order in the first person (`本人現行使《…》…所賦予的權力，下令…`), and the officer's
// office and name as the signature (`署理運輸署署長郭惠英`): the office issues it, whoever holds it.
// The text comes folded to simplified characters, so it is read in those.
//
// Invariants: recognised only by that signature closing the text together with the first-person
// order, a kicker naming the notice, or a title opening with a 署's own 公告/通告 (`运输署公告…`; a
// mainland 局's notice signed by its director is none); the issuer is the office without the acting
// prefix (署理) or the name; the title is the first line that is neither kicker nor regulation; the date,
// when printed, a whole-date line under the signature.
#include "detail.hpp"
#include "elements.hpp"

#include <gongwen/document.hpp>
#include <gongwen/text.hpp>

namespace gongwen::official {

namespace tx = gongwen::text;
using detail::squeeze;

namespace {

struct Office {
  std::string office, unit;  // `运输署署长`, `运输署`
};

// `署理运输署署长郭惠英`: the office (`运输署署长`) and its unit, when the line is an office and a short name.
Office office_signature(std::string_view line) {
  std::string q = squeeze(line);
  std::string_view v = q;
  if (tx::starts_with(v, "署理")) v.remove_prefix(std::string_view("署理").size());
  for (std::string_view post : {"署长", "局长", "处长", "专员", "司长", "关长", "总监", "主任"}) {
    auto at = v.find(post);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view office = v.substr(0, at + post.size()), name = v.substr(at + post.size());
    std::size_t n = tx::char_count(name);
    bool han = n >= 2 && n <= 4;
    for (std::size_t k = 0; han && k < name.size();) han = tx::is_han(tx::next_cp(name, k));
    std::string_view unit = office.substr(0, at);
    bool organ = tx::ends_with(unit, "署") || tx::ends_with(unit, "局") || tx::ends_with(unit, "处") || tx::ends_with(unit, "司") || tx::ends_with(unit, "部门");
    if (han && organ && tx::char_count(office) <= 12) return {std::string(office), std::string(unit)};
  }
  return {};
}

// A kicker or the regulation a notice is made under, printed over its title.
bool kicker(std::string_view q) {
  return q == "交通通告" || ((tx::contains(q, "规例") || tx::contains(q, "条例")) && (tx::ends_with(q, "章)") || tx::ends_with(q, "章）")));
}

}  // namespace

std::optional<HongKongNotice> parse_hk_notice(const std::vector<structure::Paragraph>& ps) {
  if (ps.size() < 2) return std::nullopt;
  // The signature closes the text (a line or two of the page may follow it).
  std::size_t signed_at = ps.size();
  Office signer;
  for (std::size_t k = ps.size(); k-- > 1 && k + 3 >= ps.size() && signer.office.empty();)
    if (!tx::more_visible_than(ps[k].text, 16) && !(signer = office_signature(ps[k].text)).office.empty()) signed_at = k;
  if (signer.office.empty()) return std::nullopt;
  const std::string& unit = signer.unit;
  std::size_t first = 0;
  bool kicked = false;
  while (first < signed_at && first < 2 && kicker(squeeze(ps[first].text))) ++first, kicked = true;
  bool ordered = false;
  for (std::size_t k = first; k < signed_at && !ordered; ++k) ordered = tx::contains(squeeze(ps[k].text), "本人现行使");
  std::string_view title = tx::trim(ps[first].text);
  // (Or its title opens with the office's unit and says what it is, `运输署公告中区…临时交通安排`: a 署's.)
  bool announced = tx::ends_with(unit, "署") && !tx::ends_with(unit, "总署") &&
                   (tx::starts_with(squeeze(title), unit + "公告") || tx::starts_with(squeeze(title), unit + "通告"));
  if (!(ordered || kicked || announced) || first >= signed_at || tx::more_visible_than(title, 50) || tx::contains(title, "。")) return std::nullopt;
  HongKongNotice n;
  n.title = {std::string(title), ps[first].offset + static_cast<std::size_t>(title.data() - ps[first].text.data())};
  n.office = signer.office;
  n.signature = {std::string(tx::trim(ps[signed_at].text)), ps[signed_at].offset};
  for (std::size_t k = signed_at + 1; k < ps.size() && k <= signed_at + 2 && !n.date; ++k)
    if (auto d = whole_date(ps[k].text)) {
      n.date = *d;
      n.date_text = {std::string(tx::trim(ps[k].text)), ps[k].offset};
    }
  n.announcement = tx::starts_with(squeeze(title), unit + "公告");
  return n;
}

double detect_hk_notice(Document& doc, const HongKongNotice&) {
  doc.signal("an officer's office and name close it (`运输署署长某某`), under a notice's kicker or first-person order", 0.45);
  doc.signal("署名 (the office)", 0.10);
  return doc.score();
}

void write_hk_notice(Document& doc, const HongKongNotice& n) {
  std::string elements = open_form(doc, n.announcement ? "announcement" : "public_notice", n.announcement ? "公告" : "通告", "department notice (香港)", n.title);
  add_element(elements, doc, "发文机关署名", n.signature.text, n.signature.offset);
  doc.set_field_list("issuer", {n.office});
  doc.set_field("issuer_from", "signature");
  write_form_date(doc, elements, n.date, n.date_text);
  doc.set_field_json("elements", elements + "]");
}

}  // namespace gongwen::official
