// The fields of a record in one shape whichever handler or reader set them: `doc_number` as
// an object, `issuer` as a list of organs, and what a page or a dataset row says of a
// document (its row's number and issuer, its page's date) where the document says nothing.
//
// Invariants: runs once per document, after its handler; it completes what the document's text
// left out and says from where (`…_from`); it changes what the handler gave only to put it in
// shape (a number as an object, an issuer as a list), to name in full the one organ a title
// names short (a row's issuer column), and to take a title's own bracketed number off it.
#include "runner/fields.hpp"

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

#include <algorithm>
#include <string>
#include <utility>

#include "model/keys.hpp"
#include "read/dataset.hpp"
#include "runner/number_organs.hpp"
#include "runner/site_organs.hpp"

namespace gongwen::host {

namespace {

// One shape for `doc_number` whichever handler read it: the object the official handler
// gives ({text, org, year, number, key}) for a handler that set the number as printed
// (a string: the regulation handler, a Lua script).
void unify_doc_number(Document& doc) {
  auto it = doc.fields.find("doc_number");
  if (it == doc.fields.end() || !it->is_string()) return;
  std::string text(gongwen::text::trim(it->get<std::string>()));
  std::string key = number_key(text);
  Json n = {{"text", text}};
  // Its parts are read from the number itself, the last word: issuers printed before it in
  // the bracket (`中共某某市委办公室 某某市人民政府办公室 某委办发〔2016〕18号`) are no code,
  // and a joint document's two numbers have no one code.
  std::string own = text;
  if (auto sp = own.find_last_of(" \t"); sp != std::string::npos) own = own.substr(sp + 1);
  if (auto sp = own.rfind("\u3000"); sp != std::string::npos) own = own.substr(sp + 3);
  std::string own_key = number_key(own);
  std::size_t numbers = 0;
  for (std::size_t at = key.find("号"); at != std::string::npos; at = key.find("号", at + 3)) ++numbers;
  std::string_view k = numbers == 1 ? std::string_view(own_key) : std::string_view();
  auto hao = k.rfind("号");
  auto open = k.find("〔");
  auto close = k.find("〕");
  auto digits = [](std::string_view s) {
    return !s.empty() && s.size() <= 9 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (hao != std::string_view::npos && open != std::string_view::npos && close == open + 7 && hao > close) {
    std::string_view year = k.substr(open + 3, 4), number = k.substr(close + 3, hao - close - 3);
    if (number.starts_with("第")) number.remove_prefix(3);
    if (digits(year) && digits(number)) {
      n["org"] = std::string(k.substr(0, open));
      n["year"] = std::stoi(std::string(year));
      n["number"] = std::stoll(std::string(number));
    }
  } else if (auto di = k.rfind("第"); hao != std::string_view::npos && di != std::string_view::npos && di < hao &&
                                       digits(k.substr(di + 3, hao - di - 3))) {
    n["org"] = std::string(k.substr(0, di));  // `中华人民共和国国务院令第374号`
    n["number"] = std::stoll(std::string(k.substr(di + 3, hao - di - 3)));
  } else if (di != std::string_view::npos && hao != std::string_view::npos && di < hao) {
    // (In words, `中华人民共和国主席令第八十一号`: keyed in figures, as the handlers key theirs.)
    if (auto v = gongwen::text::parse_number(k.substr(di + 3, hao - di - 3)); v && *v > 0) {
      n["org"] = std::string(k.substr(0, di));
      n["number"] = *v;
      own_key = std::string(k.substr(0, di + 3)) + std::to_string(*v) + "号";
    }
  }
  n["key"] = numbers == 1 ? own_key : key;
  doc.fields["doc_number"] = std::move(n);
}

// Whether text names an organ in full or by its name without its place (`县林业局` for `洞口县林业局`).
bool named_in_text(std::string_view text, std::string_view organ) {
  if (text.find(organ) != std::string_view::npos) return true;
  std::size_t tail = std::string_view::npos;
  for (std::string_view place : {"省", "市", "县", "区", "州", "旗"})
    if (auto at = organ.rfind(place); at != std::string_view::npos && (tail == std::string_view::npos || at > tail)) tail = at;
  if (tail == std::string_view::npos || tail == 0) return false;
  std::string_view rest = organ.substr(tail);  // (`县林业局`: the kind of place kept, its name left out)
  return gongwen::text::char_count(rest) >= 4 && text.find(rest) != std::string_view::npos;
}

// Joint organs named in one string (`财政部、民政部、国家体育总局`; a catalogue's
// `国家发展计划委员会，水利部`): each an issuer, when every part is an organ's name;
// else the string is one name.
Json joint_organs(const std::string& named) {
  Json list = Json::array();
  for (std::string_view part : named_parts(named)) {
    if (!gongwen::people::organ_like(part) || gongwen::text::char_count(part) < 2) return Json::array({named});
    list.push_back(std::string(part));
  }
  return list;
}

}  // namespace

std::vector<std::string_view> named_parts(std::string_view named) {
  std::vector<std::string_view> parts;
  for (std::size_t b = 0;;) {
    std::size_t e = std::min({named.find("、", b), named.find("，", b), named.find("；", b)});
    parts.push_back(gongwen::text::trim(named.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b)));
    if (e == std::string_view::npos) return parts;
    b = e + 3;  // 、，； are three bytes each
  }
}

void settle_fields(Document& doc, std::string_view given) {
  // A row's 文号 column numbers a document whose handler found no number of its own.
  if (auto rn = doc.fields.find("row_doc_number"); rn != doc.fields.end() && rn->is_string() && !doc.fields.contains("doc_number")) {
    Json number = *rn;  // a copy first: inserting may move the map's elements
    doc.fields["doc_number"] = std::move(number);
    doc.fields["doc_number_from"] = "dataset";
  }
  // A title that ends with its own number in brackets (`…行政处罚信息公开表（浙金罚决字〔2024〕52号）`, as
  // a page heads a disclosure) numbers a document whose text gave none; the title is what precedes it.
  // (A title citing another's, `…印发《…》（国发〔2020〕1号）`, names it in 《》.)
  // (Or the reader's title did, the handler keeping the title before it.)
  for (std::string_view title : {std::string_view(doc.title), given}) {
    auto open = title.rfind("（");
    if (doc.fields.contains("doc_number") || open == std::string_view::npos || open == 0 || title.find("《") != std::string_view::npos) continue;
    auto [number, taken] = gongwen::text::parenthesized_number(title.substr(open));
    if (number.empty() || open + taken != title.size() || gongwen::text::char_count(title.substr(0, open)) < 6) continue;
    if (title.data() != doc.title.data() && gongwen::text::strip_spaces(title.substr(0, open)) != gongwen::text::strip_spaces(doc.title)) continue;
    doc.fields["doc_number"] = std::string(number);
    doc.fields["doc_number_from"] = "title";
    if (title.data() == doc.title.data()) doc.title = std::string(gongwen::text::trim(std::string_view(doc.title).substr(0, open)));
  }
  unify_doc_number(doc);
  // `issuer` is a list whichever handler set it (the regulation handler and Lua scripts may
  // name one organ as a string).
  // (Joint organs named in one string, `财政部、民政部、国家体育总局`, are each an issuer.)
  if (auto is = doc.fields.find("issuer"); is != doc.fields.end() && is->is_string()) {
    Json list = joint_organs(is->get<std::string>());
    doc.fields["issuer"] = std::move(list);
  }
  // A page's publication date (page_date) or a dataset row's date column
  // (row_date) and the document's own date stay apart; a document whose text
  // gives no date of its own is dated by its page or row.
  // A year-less date of its own (`--06-11`, a news item's `6月11日电`) takes
  // the year of its page or row, and says so.
  // A row's issuer column names the issuer of a document that names none itself, and names in
  // full the one organ a title names short (`市金融局关于…的批复` in a column `天津市地方金融监督管理局`:
  // the title leaves out the place its readers know; a signature is kept as signed).
  // (Or the organ whose site it is, as the page's 发布机构 or 来源 names it, `宜兴市人民政府网站` for `市政府`.)
  std::string full, full_from = "dataset";
  if (auto ri = doc.fields.find("row_issuer"); ri != doc.fields.end() && ri->is_string()) full = ri->get<std::string>();
  for (const char* key : {"publisher", "source"})
    if (auto pf = doc.fields.find(key); full.empty() && pf != doc.fields.end() && pf->is_string()) {
      std::string_view named = pf->get_ref<const std::string&>();
      for (std::string_view site : {"门户网站", "网站", "网"})
        if (named.ends_with(site)) {
          named.remove_suffix(site.size());
          break;
        }
      if (gongwen::people::organ_like(named)) full = std::string(named), full_from = "page";
    }
  auto is = doc.fields.find("issuer");
  auto from = doc.fields.find("issuer_from");
  if (!full.empty() && is != doc.fields.end() && is->is_array() && is->size() == 1 && (*is)[0].is_string() &&
      from != doc.fields.end() && *from == "title") {
    std::string own = (*is)[0].get<std::string>();  // a copy: the writes below may move the map's elements
    bool placeless = false;
    // (A place of the same level, the last the full name names: `市政府` is no `某某县人民政府` and no
    // `广州市天河区人民政府`; `市场监管总局` names no level.)
    for (std::string_view unit : {"市", "省", "区", "县", "州"}) {
      if (!own.starts_with(unit) || own.starts_with("市场") || own.starts_with("市民")) continue;
      std::size_t at = full.rfind(unit);
      bool last = at != std::string::npos;
      for (std::string_view other : {"市", "省", "区", "县", "州"})
        if (last && other != unit && full.find(other, at + unit.size()) != std::string::npos) last = false;
      placeless |= last;
    }
    // (The same kind of organ, its last character: `…局` for `市金融局`.)
    if (placeless && full.size() > own.size() && full.find("、") == std::string::npos && full.find("，") == std::string::npos &&
        full.find("；") == std::string::npos && own.size() >= 3 &&
        full.ends_with(std::string_view(own).substr(own.size() - 3))) {
      doc.fields["issuer"] = Json::array({full});
      doc.fields["issuer_from"] = full_from;
    }
  }
  if (auto ri = doc.fields.find("row_issuer"); ri != doc.fields.end() && ri->is_string() && !doc.fields.contains("issuer")) {
    Json issuer = joint_organs(ri->get<std::string>());  // a copy first: inserting may move the map's elements
    doc.fields["issuer"] = std::move(issuer);
    doc.fields["issuer_from"] = "dataset";
  }
  // A rule or a plan that names no organ, on a page whose record box names one (`发布机构：西湖区司法局`,
  // `颁布单位：最高人民法院`): that organ (`issuer_from` `metadata`). (A 公文's handler reads the box itself,
  // among its own elements.)
  if (auto pb = doc.fields.find("publisher"); pb != doc.fields.end() && pb->is_string() && !doc.fields.contains("issuer") &&
                                              (doc.kind == "regulation" || doc.kind == "plan"))
    if (std::string organ = gongwen::text::strip_spaces(pb->get<std::string>()); !organ.empty() && gongwen::people::organ_like(organ)) {
      // (Not the county office that posted a province's plan: a place the title opens with is the organ's.)
      std::string title = gongwen::text::strip_spaces(doc.title);
      std::size_t place = std::string::npos;
      for (std::string_view unit : {"省", "市", "县", "区", "州", "旗", "镇", "乡"})
        if (auto at = title.find(unit); at != std::string::npos && at <= 9 * 3 && at > 0) place = std::min(place, at + unit.size());
      if (place == std::string::npos || organ.find(title.substr(0, place)) != std::string::npos) {
        doc.fields["issuer"] = Json::array({organ});
        doc.fields["issuer_from"] = "metadata";
      }
    }
  // A 公文 or a rule that names no organ, on the organ's own site (`洞口县林业局`, not `…网`), whose
  // text names it, in full or without its place (`上报县林业局`): that organ. (A site reposts
  // others' documents too, which do not name it.)
  if (auto site = doc.fields.find("site"); site != doc.fields.end() && site->is_string() && !doc.fields.contains("issuer") &&
                                           (doc.fields.contains("doc_type") || doc.kind == "regulation" || doc.kind == "plan"))
    if (std::string organ = organ_of_source(site->get<std::string>()); !organ.empty() && named_in_text(doc.text, organ)) {
      // (A branch of it the title opens with, `国家金融监督管理总局浙江监管局行政处罚信息公开表` on the
      // administration's site: the branch.)
      std::string_view found;
      if (doc.title.starts_with(organ))
        for (std::size_t end = organ.size(), n = 0; end < doc.title.size() && n < 10; ++n) {
          gongwen::text::next_cp(doc.title, end);
          std::string_view head = std::string_view(doc.title).substr(0, end);
          // (A branch, `浙江监管局`; not what the organ names, `三级医院`, nor past 关于 or 的.)
          std::string_view branch = head.substr(organ.size());
          if (branch.find("关于") != std::string_view::npos || branch.find("的") != std::string_view::npos) break;
          for (std::string_view unit : {"局", "厅", "委员会", "办公室", "分局", "中心", "支队"})
            if (head.ends_with(unit) && gongwen::people::organ_like(head) && gongwen::people::organ_like(branch)) found = head;
        }
      if (!found.empty()) organ = std::string(found);
      doc.fields["issuer"] = Json::array({organ});
      doc.fields["issuer_from"] = "site";
    }
  // A 公文 or a rule that names its issuer nowhere, numbered in a central organ's code (`国土资电发〔2005〕48号`,
  // a library's copy without its signature): that organ (`issuer_from` `number`).
  if (auto n = doc.fields.find("doc_number"); n != doc.fields.end() && n->is_object() && !doc.fields.contains("issuer") &&
                                              (doc.fields.contains("doc_type") || doc.kind == "regulation")) {
    std::string org = n->value("org", std::string());
    int year = n->value("year", 0);
    if (std::string organ = organ_of_number_code(org, year); !organ.empty()) {
      Json list = Json::array();
      for (std::size_t b = 0; b <= organ.size();) {  // (joint organs, `中共中央办公厅 国务院办公厅`)
        std::size_t e = std::min(organ.find(' ', b), organ.size());
        list.push_back(organ.substr(b, e - b));
        b = e + 1;
      }
      doc.fields["issuer"] = std::move(list);
      doc.fields["issuer_from"] = "number";
    }
  }
  // Or saved from a central organ's own site (`https://fuwu.most.gov.cn/…`, a ministry's 公示 that prints
  // no organ): that organ (`issuer_from` `url`).
  if (auto u = doc.fields.find("url"); u != doc.fields.end() && u->is_string() && !doc.fields.contains("issuer") &&
                                       (doc.fields.contains("doc_type") || doc.kind == "regulation"))
    if (std::string organ = organ_of_site(u->get<std::string>()); !organ.empty()) {
      doc.fields["issuer"] = Json::array({organ});
      doc.fields["issuer_from"] = "url";
    }
  for (auto [key, from] : {std::pair{"page_written_date", "page"}, {"page_date", "page"}, {"row_date", "dataset"}}) {
    auto pd = doc.fields.find(key);
    if (pd == doc.fields.end() || !pd->is_string()) continue;
    std::string outer = pd->get<std::string>();  // a copy: inserting may move the ordered map's elements
    auto own = doc.fields.find("date");
    // (Not a page posted years after the document's number was given: `鲁政发〔2014〕20号`
    // reposted in 2016 was not written then.)
    int numbered = 0;
    if (auto n = doc.fields.find("doc_number"); n != doc.fields.end() && n->is_object())
      if (auto y = n->find("year"); y != n->end() && y->is_number_integer()) numbered = y->get<int>();
    int year = outer.size() >= 4 && std::all_of(outer.begin(), outer.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })
                   ? std::stoi(outer.substr(0, 4))
                   : 0;
    bool stale = numbered && year && (year < numbered || year > numbered + 1);
    if (own == doc.fields.end()) {
      if (!stale) {
        doc.fields["date"] = outer;
        doc.fields["date_from"] = from;
      }
    } else if (own->is_string() && own->get<std::string>().rfind("--", 0) == 0 && outer.size() >= 4) {
      // (A day after the page's own falls in the year before: an item of 30 December posted on 2 January.)
      std::string day = own->get<std::string>().substr(1);
      int y = year && outer.size() >= 10 && day.size() == 6 && day.substr(1) > outer.substr(5, 5) ? year - 1 : 0;
      std::string date = (y ? std::to_string(y) : outer.substr(0, 4)) + day;
      doc.fields["date"] = std::move(date);
      doc.fields["date_year_from"] = from;
    }
  }
}

}  // namespace gongwen::host
