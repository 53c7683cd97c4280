// The labelled form of 公文 that Taiwan's 文書處理手冊 prescribes (函, 書函, 公告, 令,
// 開會通知單): no 標題; the organ and the 文種 on one line as its masthead (`新竹縣政府函`),
// then labelled lines — 受文者 (主送), 發文日期 (a 民國 date), 發文字號 (`府教學字第…號`),
// 主旨 (the matter in one sentence), 說明, and 正本/副本 (distribution) at the end. The text
// comes folded to simplified characters, so the labels are read in those.
//
// A page may print the form without its masthead, the organ in a 發文機關 label (a county
// gazette's field list), or glue the masthead to 主旨 on one line (`考選部 公告主旨:…依據:…`).
//
// Invariants: a form is recognised only by its organ (a masthead, or the 发文机关 label) together
// with 主旨 and a second label of the form near the top — 发文字号 or 发文日期, or for a masthead
// the 依据/说明/公告事项/办法 that follow 主旨 (a mainland 公文 has none of these labels); each
// field is taken from its own label's line, never guessed.
#include "detail.hpp"
#include "elements.hpp"

#include <gongwen/document.hpp>
#include <gongwen/text.hpp>

namespace gongwen::official {

namespace tx = gongwen::text;

namespace {

// The text after `label：` when the paragraph opens with it (spaces inside the label allowed).
std::optional<std::pair<std::string, std::size_t>> labelled(const structure::Paragraph& p, std::string_view label) {
  std::string_view t = p.text;
  std::size_t i = 0;
  for (std::size_t j = 0; j < label.size();) {
    while (i < t.size() && (t[i] == ' ' || tx::starts_with(t.substr(i), "\u3000"))) i += t[i] == ' ' ? 1 : 3;
    std::size_t k = j;
    char32_t want = tx::next_cp(label, k);
    std::size_t at = i;
    if (i >= t.size() || tx::next_cp(t, at) != want) return std::nullopt;
    i = at, j = k;
  }
  std::string_view rest = t.substr(i);
  if (tx::starts_with(rest, "：")) rest.remove_prefix(3);
  else if (tx::starts_with(rest, ":")) rest.remove_prefix(1);
  else return std::nullopt;
  rest = tx::trim(rest);
  return std::make_pair(std::string(rest), p.offset + static_cast<std::size_t>(rest.data() - p.text.data()));
}

// `中华民国110年9月30日`, `民國110年9月30日`: the year counted from 1912.
std::optional<tx::Date> roc_date(std::string_view s) {
  auto at = s.find("民国");
  if (at == std::string_view::npos) return tx::find_full_date(s);
  std::string_view rest = tx::trim(s.substr(at + std::string_view("民国").size()));
  std::size_t digits = 0;
  while (digits < rest.size() && digits < 3 && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
  if (digits == 0 || !tx::starts_with(rest.substr(digits), "年")) return std::nullopt;
  // (The year rewritten in the common era, the rest read as any date.)
  std::string western = std::to_string(std::stoi(std::string(rest.substr(0, digits))) + 1911) + std::string(rest.substr(digits));
  auto d = tx::parse_date_at(western, 0);
  if (!d || !d->year || !d->month || !d->day) return std::nullopt;
  return d;
}

constexpr std::string_view kFormTypes[][2] = {{"开会通知单", "notice"}, {"书函", "letter"}, {"函", "letter"}, {"公告", "announcement"}, {"令", "order"}};

// The labels that follow 主旨 in a form (its grounds, explanation, items, measures).
constexpr std::string_view kBodyLabels[] = {"依据", "说明", "公告事项", "办法"};

// The form type and organ of a masthead (`新竹县政府函`, spaces dropped), if s is one.
bool read_masthead(const std::string& line, LabelledForm& f) {
  for (auto [chinese, kind] : kFormTypes) {
    if (!tx::ends_with(line, chinese) || line.size() == chinese.size()) continue;
    std::string organ = line.substr(0, line.size() - chinese.size());
    if (!organ_like(organ) || tx::char_count(organ) > 30) continue;
    f.organ = organ;
    f.chinese = chinese, f.kind = kind;
    return true;
  }
  return false;
}

// Where in t a body label (`依据:`) begins, or npos: the end of a 主旨 printed on one line with them.
std::size_t next_body_label(std::string_view t) {
  std::size_t end = std::string_view::npos;
  for (std::string_view l : kBodyLabels)
    for (std::string_view colon : {"：", ":"})
      if (auto at = t.find(std::string(l) + std::string(colon)); at != std::string_view::npos) end = std::min(end, at);
  return end;
}

}  // namespace

std::optional<LabelledForm> parse_labelled_form(const std::vector<structure::Paragraph>& ps) {
  LabelledForm f;
  std::size_t masthead = ps.size(), subject = ps.size();
  bool number_or_date = false, body_label = false;
  for (std::size_t k = 0; k < ps.size() && k < 30; ++k) {
    std::string line = tx::strip_spaces(ps[k].text);
    if (masthead == ps.size() && k < 12) {
      if (read_masthead(line, f)) {
        masthead = k;
        f.masthead = {std::string(ps[k].text), ps[k].offset};
        continue;
      }
      // (The masthead glued to its 主旨, `考选部 公告主旨:…`: the line before the label is it.)
      for (std::string_view colon : {"主旨：", "主旨:"})
        if (auto at = ps[k].text.find(colon); at != std::string_view::npos && at > 0 && masthead == ps.size()) {
          std::string_view head = tx::trim(ps[k].text.substr(0, at));
          if (LabelledForm g; read_masthead(tx::strip_spaces(head), g)) {
            masthead = k;
            f.masthead = {std::string(head), ps[k].offset + static_cast<std::size_t>(head.data() - ps[k].text.data())};
            f.organ = g.organ, f.chinese = g.chinese, f.kind = g.kind;
            std::string_view rest = ps[k].text.substr(at + colon.size());
            rest = tx::trim(rest.substr(0, next_body_label(rest)));
            subject = k;
            f.subject = {std::string(rest), ps[k].offset + static_cast<std::size_t>(rest.data() - ps[k].text.data())};
            body_label = next_body_label(ps[k].text) != std::string_view::npos;
          }
        }
    }
    // (Or the organ in its own label, the masthead left off the page: `發文機關:苗栗縣政府`.)
    if (auto v = labelled(ps[k], "发文机关"); v && f.organ.empty() && organ_like(v->first) && tx::char_count(v->first) <= 30) {
      f.organ = v->first;
      f.organ_label = {v->first, v->second};
    }
    if (auto v = labelled(ps[k], "受文者"); v && f.recipients.text.empty()) f.recipients = {v->first, v->second};
    if (auto v = labelled(ps[k], "发文日期"); v && !f.date) {
      f.date = roc_date(v->first);
      if (f.date) f.date_text = {v->first, v->second};
      number_or_date = true;
    }
    // (`發文文號`, a gazette's name for the same label.)
    for (std::string_view l : {"发文字号", "发文文号"})
      if (auto v = labelled(ps[k], l); v && f.number.text.empty()) {
        if (!v->first.empty()) f.number = {v->first, v->second};
        number_or_date = true;
      }
    if (auto v = labelled(ps[k], "主旨"); v && subject == ps.size()) {
      subject = k;
      f.subject = {v->first, v->second};
    }
    if (subject != ps.size() && k > subject)
      for (std::string_view l : kBodyLabels) body_label |= labelled(ps[k], l).has_value();
  }
  if (f.organ.empty() || subject == ps.size()) return std::nullopt;
  if (masthead == ps.size()) {
    // (No masthead: the organ's label and a number or date label, the type read from the matter,
    // `主旨:公告「…」`; a form that does not say 公告 is the form's common type, the 函.)
    if (!number_or_date) return std::nullopt;
    bool announced = tx::starts_with(f.subject.text, "公告");
    f.chinese = announced ? "公告" : "函";
    f.kind = announced ? "announcement" : "letter";
  } else if (!number_or_date && !body_label) {
    return std::nullopt;
  }
  // A value wrapped onto the lines under its label (`主旨：…提升為第` / `三級,…請查照。`): they go on
  // while the line above was a full one, up to the next label or numbered item (a short 副本 line is
  // whole: the signature under it is none of it).
  auto wrapped = [&](Found& v, std::size_t k) {
    for (std::size_t j = k + 1; j < ps.size() && j <= k + 6 && tx::more_visible_than(ps[j - 1].text, 24); ++j) {
      std::string_view t = tx::trim(ps[j].text);
      auto colon = std::min(t.find("："), t.find(":"));
      if (t.empty() || tx::parse_marker(t) || (colon != std::string_view::npos && tx::char_count(t.substr(0, colon)) <= 8)) break;
      v.text += std::string(t);
    }
  };
  wrapped(f.subject, subject);
  // Distribution at the end: 正本 (those it is sent to), 副本 (copies).
  for (std::size_t k = subject + 1; k < ps.size(); ++k) {
    if (auto v = labelled(ps[k], "正本"); v && !v->first.empty()) f.sent_to = {v->first, v->second}, wrapped(f.sent_to, k);
    if (auto v = labelled(ps[k], "副本"); v && !v->first.empty()) f.copies = {v->first, v->second}, wrapped(f.copies, k);
  }
  return f;
}

void write_labelled_form(Document& doc, const LabelledForm& f) {
  doc.set_kind(std::string(f.kind));
  doc.set_field("doc_type", std::string(f.chinese));
  // The form prints no title: its masthead names the organ and the 文种, no title is made of it.
  // (A page that prints no masthead heads the form with its matter, `公告「…」。`: that line.)
  std::string title = f.masthead.present() ? std::string() : std::string(tx::trim(f.subject.text));
  if (tx::ends_with(title, "。")) title.resize(title.size() - std::string_view("。").size());
  doc.set_title(title);
  std::string elements = "[";
  auto element = [&](std::string_view name, const Found& x) {
    if (x.present()) add_element(elements, doc, name, x.text, x.offset);
  };
  doc.set_field("form", "labelled (文書處理手冊)");
  if (f.masthead.present()) doc.set_field("masthead", f.masthead.text);
  element("发文机关标志", f.masthead);
  doc.set_field_list("issuer", {f.organ});
  doc.set_field("issuer_from", f.masthead.present() ? "masthead" : "label");
  element("发文机关", f.organ_label);
  if (!f.number.text.empty()) {
    doc.set_field_json("doc_number", "{\"text\":" + json_string(f.number.text) + "}");
    element("发文字号", f.number);
  }
  if (f.date) {
    doc.set_field("date", f.date->iso());
    doc.set_field("date_text", f.date_text.text);
    element("成文日期", f.date_text);
  }
  if (!f.recipients.text.empty()) {
    doc.set_field_list("recipients", {f.recipients.text});
    doc.set_field("recipients_text", f.recipients.text);
    element("主送机关", f.recipients);
  }
  if (!f.subject.text.empty()) {
    doc.set_field("subject", f.subject.text);
    element("主旨", f.subject);
  }
  if (f.sent_to.present()) {
    doc.set_field("sent_to", f.sent_to.text);
    element("正本", f.sent_to);
  }
  if (f.copies.present()) {
    doc.set_field_list("cc", split_organs(f.copies.text));
    element("抄送机关", f.copies);
  }
  doc.set_field_json("elements", elements + "]");
}

}  // namespace gongwen::official
