// What a title carries that is no part of it, taken off (see detail.hpp):
// page furniture glued before it (bullets, 【字体：大中小】, a site name, a news
// agency's dateline), a metadata table's labels, an order's number after its
// masthead, a number in brackets glued to its end.
#include "detail.hpp"

namespace gongwen::official {

namespace tx = gongwen::text;
using gongwen::text::contains;

namespace detail {

// A number in brackets glued to a title's end (`…的处理意见(武劳社〔2004〕135号)`,
// `…招聘公告（2017年第13号）`): taken off.
void drop_trailing_number(std::string& t) {
  for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
    if (!tx::ends_with(t, c)) continue;
    auto p = t.rfind(o);
    if (p == std::string::npos || p == 0) continue;
    // (Or a gazette's issue, `…的通知(2002年1号)`, `（2019年第3期）`.)
    std::string_view in = std::string_view(t).substr(p + o.size(), t.size() - p - o.size() - c.size());
    std::size_t k = 0;
    while (k < in.size() && in[k] >= '0' && in[k] <= '9') ++k;
    bool issue = k == 4 && tx::starts_with(in.substr(k), "年");
    if (issue) {
      std::string_view n = in.substr(k + 3);
      if (tx::starts_with(n, "第")) n.remove_prefix(3);
      std::size_t m = 0;
      while (m < n.size() && n[m] >= '0' && n[m] <= '9') ++m;
      issue = m > 0 && (n.substr(m) == "号" || n.substr(m) == "期");
    }
    if (issue || number_in(std::string_view(t).substr(p), 0)) t.erase(p);
  }
}

// A footnote's mark a page left in a title (`第七次全国人口普查公报[1]（第一号）`).
void drop_footnote_marks(std::string& t) {
  for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"[", "]"}, {"［", "］"}}) {
    for (std::size_t p = t.find(o); p != std::string::npos; p = t.find(o, p)) {
      std::size_t k = p + o.size(), digits = 0;
      while (k < t.size() && t[k] >= '0' && t[k] <= '9') ++k, ++digits;
      if (digits > 0 && digits <= 2 && p > 0 && std::string_view(t).substr(k, c.size()) == c) t.erase(p, k + c.size() - p);
      else p += o.size();
    }
  }
}

// A whole title in brackets, as sites set one apart (`【关于…的通知】`, `《成都市人民政府关于…的通报》`).
void unwrap_title(std::string& t) {
  for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"【", "】"}, {"〖", "〗"}, {"《", "》"}})
    if (tx::starts_with(t, o) && tx::ends_with(t, c) && t.size() > o.size() + c.size() &&
        t.find(c) == t.size() - c.size() && t.find(o, o.size()) == std::string::npos) {
      std::string inner = t.substr(o.size(), t.size() - o.size() - c.size());
      if (contains(inner, "关于") || o != "《") t = std::move(inner);
    }
}

std::pair<std::size_t, std::size_t> address_span(std::string_view q) {
  std::size_t h = q.find("http://");
  if (h == std::string_view::npos) h = q.find("https://");
  if (h == std::string_view::npos) h = q.find("www.");
  if (h == std::string_view::npos) return {std::string::npos, std::string::npos};
  std::size_t k = h;
  while (k < q.size() && static_cast<unsigned char>(q[k]) < 0x80) ++k;
  if (tx::starts_with(q.substr(k), "年"))  // (`…/2024年…`: the year is the words')
    while (k > h && q[k - 1] >= '0' && q[k - 1] <= '9') --k;
  return {h, k};
}

std::string clean_title(std::string t) {
  // A page folio glued before it by a PDF's text layer (`-1-中华人民共和国国务院令`).
  if (t.size() > 3 && t[0] == '-') {
    std::size_t k = 1;
    while (k < t.size() && t[k] >= '0' && t[k] <= '9') ++k;
    if (k > 1 && k < t.size() && t[k] == '-') t.erase(0, k + 1);
  }
  // (Or a page-flip book's, `Page 8 - …`, squeezed to `Page8-…`.)
  if (t.starts_with("Page")) {
    std::size_t k = 4;
    while (k < t.size() && t[k] >= '0' && t[k] <= '9') ++k;
    if (k > 4 && k < t.size() && t[k] == '-') t.erase(0, k + 1);
  }
  // A document site's file name, cut short, glued before it (`关于…优秀共青团干部..doc:..关于…的通知`).
  // (Told by one forward search first: rfind compares at every position, and this runs on every candidate line.)
  for (std::string_view ext : {".doc:", ".docx:", ".pdf:", ".wps:"})
    if (auto p = t.find('.') == std::string::npos ? std::string::npos : t.rfind(ext); p != std::string::npos) {
      std::size_t k = p + ext.size();
      while (k < t.size() && (t[k] == '.' || t[k] == ' ')) ++k;
      if (tx::char_count(std::string_view(t).substr(k)) >= 6) t.erase(0, k);
      break;
    }
  // An advert's address glued before it, with the advert's words (`某某医院http://….net/某县…的通知`).
  // (Not an address the title names, `关于开通https://…网上办事大厅的通知`; the year after it is the title's.)
  if (auto [h, k] = address_span(t); h != std::string::npos && !contains(std::string_view(t).substr(0, h), "关于") &&
                                      k < t.size() && tx::char_count(std::string_view(t).substr(k)) >= 6)
    t.erase(0, k);
  // A site's column glued before it with a colon (`公告:某某局关于印发…的通知`): a 文种 word alone, the
  // title after it whole, naming its organ before 关于.
  for (std::string_view column : {"公告", "通知", "通告", "公示", "文件", "政策"})
    if (tx::starts_with(t, column)) {
      std::string_view rest = std::string_view(t).substr(column.size());
      for (std::string_view colon : {"：", ":"})
        if (tx::starts_with(rest, colon) && contains(rest, "关于") && doc_type_of_title(rest.substr(colon.size())) &&
            organ_like(rest.substr(colon.size(), rest.find("关于") - colon.size()))) {
          t.erase(0, column.size() + colon.size());
          break;
        }
      break;
    }
  // A site's tag of the province it files it under, bracketed before it (`(河南省)2023年…统计公报`).
  for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
    if (tx::starts_with(t, o))
      if (auto e = t.find(c); e != std::string::npos && tx::char_count(std::string_view(t).substr(0, e)) <= 12) {
        std::string_view place = std::string_view(t).substr(o.size(), e - o.size());
        bool province = tx::char_count(place) >= 3 && (tx::ends_with(place, "省") || tx::ends_with(place, "自治区") || tx::ends_with(place, "市"));
        for (std::size_t i = 0; province && i < place.size();) province = tx::is_han(tx::next_cp(place, i));
        if (province && tx::char_count(std::string_view(t).substr(e + c.size())) >= 8) t.erase(0, e + c.size());
      }
  // An order's masthead with its number (and the title it promulgates) on
  // one line: `…总局令〔2026〕第1号（…管理办法）` — the masthead is the title.
  for (auto p = t.find("令"); p != std::string::npos; p = t.find("令", p + 3)) {
    std::size_t n = tx::order_number_prefix(std::string_view(t).substr(p + 3));
    if (n == 0) continue;
    std::string_view rest = std::string_view(t).substr(p + 3 + n);
    if (rest.empty() || ((tx::starts_with(rest, "（") && tx::ends_with(rest, "）")) || (tx::starts_with(rest, "(") && tx::ends_with(rest, ")")))) {
      t.resize(p + 3);
      break;
    }
  }
  // A site's file name: the document's number, then its title in brackets (`院办发〔2022〕5号(…纪要)`).
  // (A numbered 公告's own name, `海关总署公告2014年第30号（关于…的公告）`, is the title itself.)
  if (auto n = detail::number_in(t, 0); n && n->found.offset == 0 && n->year && !contains(n->found.text, "年")) {
    std::string_view rest = std::string_view(t).substr(n->found.text.size());
    for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
      // (One pair around the whole rest: `…5号（一）…（二）` is none.)
      if (tx::starts_with(rest, o) && tx::ends_with(rest, c) && tx::char_count(rest) > 8 &&
          rest.substr(o.size(), rest.size() - o.size() - c.size()).find(c) == std::string_view::npos) {
        t = std::string(rest.substr(o.size(), rest.size() - o.size() - c.size()));
        break;
      }
  }
  // A repost's day before the title it heads (`3月21日某某县公安局关于…的通告`): no title opens with a day.
  if (auto d = tx::parse_date_at(t, 0); d && d->begin == 0 && !d->year && d->month && d->day && d->end < t.size() &&
                                        contains(std::string_view(t).substr(d->end), "关于") && tx::char_count(std::string_view(t).substr(d->end)) >= 8)
    t.erase(0, d->end);
  // A news agency's dateline a repost left before it (`新华网北京3月16日电 第十届…的决议`).
  for (std::string_view agency : {"新华社", "新华网", "人民网", "中新社", "中新网", "央视网", "本报"})
    if (tx::starts_with(t, agency)) {
      std::size_t end = std::string::npos;
      for (std::string_view mark : {"日电", "日讯", "报讯"})
        if (auto at = t.find(mark); at != std::string::npos && tx::char_count(std::string_view(t).substr(0, at)) <= 16) end = std::min(end, at + mark.size());
      if (end != std::string::npos) t = std::string(tx::trim(std::string_view(t).substr(end)));
      break;
    }
  // Its number glued before it, as a page's heading prints both (`晋政办发〔2017〕55号 山西省…关于…`):
  // a title never opens with its number.
  if (auto d = number_in(t, 0); d && d->found.offset == 0 && d->found.text.size() < t.size()) {
    // (A number before a title in 《》 is a listing's: `鲁政发〔2014〕20号《山东省人民政府关于…》`.)
    std::string rest(tx::trim(std::string_view(t).substr(d->found.text.size())));
    std::string inner = rest;
    unwrap_title(inner);
    if (contains(inner, "关于") && !tx::starts_with(inner, "《")) t = std::move(inner);
  }
  // A law site's note after it (`…关于修改《某某条例》的决定 附:修正本`): what the page appends.
  for (std::string_view note : {"附:", "附："})
    if (auto p = t.find("附") == std::string::npos ? std::string::npos : t.rfind(note); p != std::string::npos && p > 0 && tx::char_count(std::string_view(t).substr(p)) <= 10)
      if (std::string head(tx::trim(std::string_view(t).substr(0, p))); doc_type_of_title(head)) {
        t = std::move(head);
        break;
      }
  // A page's button after it (`…予以纪律处分的决定 下载公告`): what the page offers, not the title's 文种.
  for (std::string_view button : {"下载公告", "下载全文", "下载附件", "下载原文", "打印本页"})
    if (tx::ends_with(t, button) && t.size() > button.size())
      if (std::string head(tx::trim(std::string_view(t).substr(0, t.size() - button.size()))); doc_type_of_title(head)) {
        t = std::move(head);
        break;
      }
  // Or after it (`某市人民政府土地征收预公告〔2021〕第25号`): the number of no organ's series.
  if (auto d = number_in(t, 0); d && d->org.empty() && d->found.offset > 0 && d->found.offset + d->found.text.size() == t.size())
    if (std::string head(tx::trim(std::string_view(t).substr(0, d->found.offset))); doc_type_of_title(head)) t = std::move(head);
  // A metadata table glued before it: `索引号：…发文机关：国务院…标题：国务院关于…的决定`.
  // (An information-disclosure table labels it 名称.)
  bool labelled = t.find("标题") != std::string::npos;  // (one search first: rfind compares at every position)
  if (auto p = labelled ? t.rfind("标题：") : std::string::npos; p != std::string::npos) t.erase(0, p + 9);
  else if (auto q = labelled ? t.rfind("标题:") : std::string::npos; q != std::string::npos) t.erase(0, q + 7);
  else if (tx::starts_with(t, "名称：")) t.erase(0, std::string_view("名称：").size());
  else if (tx::starts_with(t, "名称:")) t.erase(0, std::string_view("名称:").size());
  // A column's label a site sets before it with a bar (`政务服务丨济宁市人民政府关于…的实施意见`).
  for (std::string_view bar : {"丨", "｜", "|"})
    if (auto p = t.find(bar); p != std::string::npos && p > 0 && tx::char_count(std::string_view(t).substr(0, p)) <= 10 &&
                              !contains(std::string_view(t).substr(0, p), "关于") && contains(std::string_view(t).substr(p), "关于")) {
      t = std::string(tx::trim(std::string_view(t).substr(p + bar.size())));
      break;
    }
  unwrap_title(t);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view b : {"■", "□", "●", "◆", "★", "▲", "·", "•", "|", "｜", "丨"})
      if (tx::starts_with(t, b)) {
        t.erase(0, b.size());
        again = true;
      }
    if (tx::starts_with(t, "【")) {
      auto e = t.find("】");
      if (e != std::string::npos && e < 60) {
        t.erase(0, e + 3);
        again = true;
      }
    }
    // A site's note that the page reposts the document (`（转载）`, `[转载]`).
    // (A news agency's `（授权发布）` before a law or an organ's 公告 it carries.)
    for (std::string_view note : {"（转载）", "(转载)", "[转载]", "（转发）", "（原创）", "（授权发布）", "(授权发布)"})
      if (tx::starts_with(t, note)) t.erase(0, note.size()), again = true;
  }
  // A number whose brackets and digits were left blank in a flattened head
  // (`鲁机发号山东省人民政府办公厅关于…`, a 机要 number): not part of the title.
  if (auto h = t.find("号"), g0 = t.find("关于"); h != std::string::npos && g0 != std::string::npos && h > 0 && h < g0 &&
                                                   tx::char_count(std::string_view(t).substr(0, h)) <= 6) {
    std::string_view pre = std::string_view(t).substr(0, h);
    if ((tx::ends_with(pre, "发") || tx::ends_with(pre, "电")) && organ_like(squeeze(t.substr(h + 3, g0 - h - 3)))) t.erase(0, h + 3);
  }
  // `自习室管理系统关于…的通知`: what stands before 关于 must be an issuer.
  auto g = t.find("关于");
  if (g != std::string::npos && g > 0) {
    std::string before = t.substr(0, g);
    std::string last = before;
    for (std::string_view sep : {" ", "、"}) {
      auto p = last.rfind(sep);
      if (p != std::string::npos) last = last.substr(p + sep.size());
    }
    bool strong = false;
    for (std::string_view w : {"政府", "办公厅", "办公室", "委员会", "党委", "部", "局", "厅", "院", "署", "公司", "集团",
                               "大学", "学院", "中心", "法院", "检察院", "党组", "总队", "支队", "街道",
                               // a session adopts resolutions: `…第一届全国人民代表大会第五次会议关于…的决议`
                               "代表大会", "次会议", "全体会议"})
      strong |= contains(before, w);
    // A title that opens with its verb (`印发《关于…纪要》的通知`) has no issuer to check.
    bool verb = false;
    for (std::string_view v : {"印发《", "转发《", "批转《", "颁布《", "公布《"}) verb |= tx::ends_with(before, v);
    // (Nor one that answers a request by its title, `对《关于…的请示》的复函`.)
    verb |= before == "对《" || before == "对" || before == "对“";
    if (!strong && !verb && !organ_like(squeeze(last))) t.erase(0, g);
  }
  drop_trailing_number(t);
  drop_footnote_marks(t);
  // A reposter's day after the title (`…的通告(6月7日)`): a month and a day alone in brackets.
  for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
    if (!tx::ends_with(t, c)) continue;  // (told first: rfind compares at every position)
    else if (auto p = t.rfind(o); p != std::string::npos && p > 0)
      if (auto d = tx::parse_date_at(t, p + o.size()); d && !d->year && d->month && d->day && d->end + c.size() == t.size()) t.resize(p);
  // The department a site names after an answer it posts (`…第3号建议的答复（水利局）`).
  for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
    if (!tx::ends_with(t, c)) continue;  // (told first: rfind compares at every position)
    else if (auto p = t.rfind(o); p != std::string::npos && p > 0) {
      std::string inner = t.substr(p + o.size(), t.size() - p - o.size() - c.size());
      if (tx::char_count(inner) >= 2 && tx::char_count(inner) <= 20 && organ_like(squeeze(inner)) && doc_type_of_title(t.substr(0, p))) t.resize(p);
    }
  t.resize(structure::undecorated_end(t));  // `…请示范文`, `…的通知.doc`
  // A title printed twice on one line (`…的公告…的公告`, a database export; a
  // listing's `(RCEP)` then the document's own `（RCEP）`): the second copy.
  if (t.size() >= 24) {
    std::vector<std::pair<char32_t, std::size_t>> cps;  // code point, byte offset
    for (std::size_t i = 0; i < t.size();) {
      std::size_t at = i;
      cps.emplace_back(tx::next_cp(t, i), at);
    }
    auto narrow = [](char32_t c) { return c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c; };
    std::size_t n = cps.size() / 2;
    bool twice = cps.size() % 2 == 0 && n >= 8;
    for (std::size_t k = 0; twice && k < n; ++k) twice = narrow(cps[k].first) == narrow(cps[n + k].first);
    if (twice) t.erase(0, cps[n].second);
  }
  return t;
}

}  // namespace detail

}  // namespace gongwen::official
