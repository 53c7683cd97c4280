// The 主送 line (GB/T 9704 §7.3.4): under the title and the number, the organs (or the
// person, or the public) a document is addressed to, as a list, wherever a page's copy left it:
// wrapped over two lines, glued after the number or a date, its colon lost, chrome before it.
//
// Invariant: only what names organs, a person or the public addressed (`广大市民朋友：`) is taken;
// the body's first sentence, a footer's labels or a page's chrome label never are.
#include "detail.hpp"

namespace gongwen::official {

// A letter may answer a person (`钱正英同志：`), a deputy's or a member's proposal
// (`贾某某代表：`, `王某委员：`, as 人大建议 and 政协提案 are answered).
bool person_addressee(std::string_view cand) {
  if (gongwen::text::char_count(cand) > 12) return false;
  for (std::string_view w : {"同志", "先生", "女士", "代表", "委员"})
    if (gongwen::text::ends_with(cand, w)) return true;
  return false;
}


namespace tx = gongwen::text;
using gongwen::text::contains;
using structure::Paragraph;

namespace detail {

// An addressee that names an organ (squeezed): the organ itself, its leaders (`某市财政局领导`,
// `…负责同志`), or the organ and the people it covers (`某某村村民委员会及有关居民`).
bool organ_addressee(std::string_view q) {
  if (organ_like(q)) return true;
  // (Organs named by what they do for it, `市直有关部门`, `县直相关单位`.)
  for (std::string_view some : {"有关部门", "有关单位", "相关部门", "相关单位"})
    if (tx::ends_with(q, some) && tx::char_count(q) <= 12) return true;
  for (std::string_view heads : {"领导", "负责同志"})
    if (tx::ends_with(q, heads) && q.size() > heads.size() && organ_like(q.substr(0, q.size() - heads.size()))) return true;
  auto ji = q.find("及");
  return ji != std::string_view::npos && ji > 0 && organ_like(q.substr(0, ji));
}

void find_recipients(const std::vector<Paragraph>& ps, Elements& e) {
  if (!e.title.found.present() && !e.title.headless) return;
  std::size_t from = e.title.last_paragraph == kNone ? e.body_from : e.title.last_paragraph + 1;
  for (std::size_t i = from, end = window_end(ps, from, 13); i < end; ++i) {
    auto t = ps[i].text;
    std::size_t label_end = 0;
    std::string number_text = e.number ? e.number->found.text : std::string();
    bool number_line = e.number && e.number->found.offset >= ps[i].offset && e.number->found.offset < ps[i].offset + t.size();
    if (number_line && tx::char_count(t) < 40) continue;  // the number's own line
    if (unbracket(t) != t && tx::char_count(t) < 80) continue;  // （2012年12月24日…）, （此件…）
    if (t == "---" || t == "***" || tx::starts_with(t, "来源") || tx::starts_with(t, "存档") || tx::starts_with(t, "时间") ||
        tx::starts_with(t, "发布") || tx::starts_with(t, "索引号") || tx::starts_with(t, ">") || signer_label(t, label_end) != std::string_view::npos ||
        tx::starts_with(t, "发文机关") || tx::starts_with(t, "制定机关") || tx::starts_with(t, "成文日期") || tx::starts_with(t, "时效性") ||
        // (A law database's record over the text: `发文单位:交通部` / `文 号:…` / `执行日期:…` / `失效日期:…`.)
        tx::starts_with(t, "发文单位") || tx::starts_with(t, "执行日期") || tx::starts_with(t, "失效日期") || tx::starts_with(t, "实施日期") ||
        tx::starts_with(squeeze(t), "文号"))
      continue;
    // `2014-03-20 15:59:35` (a flattened head's date glued to its number and 主送 is read below).
    if (auto d = tx::parse_date_at(t, 0); d && d->begin == 0 && d->year && !(d->day && number_in(t.substr(d->end), 0))) continue;
    // (A paragraph of prose that gives a mail address, `…联系人:某某,邮箱:a@163.com`, is no link's line.)
    if (never_title_line(t) && !(tx::more_visible_than(t, 80) && contains(t, "。"))) continue;  // `版本：…`, `更新时间:…`, a link, a rule
    // The 公告 that promulgates it, set over it (`《…的批复》已于…通过。现予公布，自…起施行。`).
    // Its date line under it is the day it was promulgated: the document's, as it is cited.
    if (e.title.type && e.title.type->kind != "announcement" && e.title.type->kind != "order" &&
        (contains(t, "现予公布") || contains(t, "现予发布"))) {
      if (auto iso = i + 1 < ps.size() ? whole_date(ps[i + 1].text) : std::nullopt; iso && e.date.iso.empty()) {
        e.date = {{std::string(tx::trim(ps[i + 1].text)), ps[i + 1].offset}, *iso};
        e.date_under_title = true;
      }
      continue;
    }
    std::string_view line = t;
    // `司发通〔2014〕38号各省、自治区…：` — the number glued before the list.
    if (number_line) {
      auto p = line.find(number_text);
      if (p != std::string_view::npos) line = tx::trim(line.substr(p + number_text.size()));
      for (std::string_view c : {"）", ")"})  // (its brackets with it: `(新政发〔1994〕103号)伊犁…`)
        if (p != std::string_view::npos && p > 0 && tx::starts_with(line, c)) line = tx::trim(line.substr(c.size()));
    }
    std::size_t colon = std::string_view::npos;
    for (std::string_view c : {"：", ":"}) {
      auto p = line.find(c);
      // `13:20:15` is a time (`系统管理员2018-11-20 13:20:15`), not the list's colon.
      while (c == ":" && p != std::string_view::npos && p > 0 && p + 1 < line.size() && std::isdigit(static_cast<unsigned char>(line[p - 1])) &&
             std::isdigit(static_cast<unsigned char>(line[p + 1])))
        p = line.find(c, p + 1);
      if (p != std::string_view::npos && (colon == std::string_view::npos || p < colon)) colon = p;
    }
    // Wrapped over two lines: the first ends without a colon.
    std::string joined;
    // The first line looks like the start of a list (`各省、自治区、`), not a
    // stray remark (`…会议通过，自2021年1月1日起施行）`).
    auto list_start = [&](std::string_view l) {
      return tx::starts_with(l, "各") || tx::ends_with(l, "、") || tx::ends_with(l, "，") || tx::ends_with(l, ",") ||
             organ_like(squeeze(l)) || contains(l, "，各") || contains(l, ",各");  // (`伊犁哈萨克自治州，各州、市…，自治` / `区人民政府各部门：`)
    };
    if (colon == std::string_view::npos && i + 1 < ps.size() && !contains(line, "。") && tx::char_count(line) < 80 &&
        list_start(line)) {
      auto next = ps[i + 1].text;
      // (Not the body's turn under a list that ends itself, `…民政厅(局);` / `为…，特提出如下要求：`.)
      bool ended = tx::ends_with(line, "；") || tx::ends_with(line, ";") || contains(next, "，") || contains(next, ",");
      // (Nor a report's salutation under its presenter's organ, `某县财政局` / `各位代表：`: whole by itself.)
      for (std::string_view hail : {"各位代表", "各位委员", "各位常委", "同志们"}) ended |= tx::starts_with(tx::trim(next), hail) && tx::char_count(tx::trim(next)) <= 8;
      if (!ended && (tx::ends_with(next, "：") || tx::ends_with(next, ":"))) {
        joined = std::string(line) + std::string(next);
        line = joined;
        colon = line.rfind(tx::ends_with(next, "：") ? "：" : ":");
      }
    }
    // A list whose colon the page lost (`各街道办事处,区级各部门,官盛新区管委会` over the body), or
    // typed as a semicolon (`各省、自治区、直辖市民政厅(局);`).
    std::string_view listed = line;
    for (std::string_view semi : {"；", ";"})
      if (tx::ends_with(listed, semi)) listed.remove_suffix(semi.size());
    // (The body under it may be wrapped: its sentence ends a line further down.)
    bool body_below = i + 1 < ps.size() && (contains(ps[i + 1].text, "。") || (i + 2 < ps.size() && contains(ps[i + 2].text, "。") &&
                                                                              tx::char_count(ps[i + 1].text) > 15));
    if (colon == std::string_view::npos && tx::starts_with(listed, "各") && !contains(listed, "。") && tx::char_count(listed) <= 80 &&
        (contains(listed, "，") || contains(listed, ",") || contains(listed, "、")) && !tx::ends_with(listed, "，") && !tx::ends_with(listed, "、") &&
        body_below && organ_like(squeeze(listed.substr(0, std::min({listed.find("，"), listed.find(","), listed.find("、")}))))) {
      line = listed;
      e.recipients_text = {std::string(line), ps[i].offset + static_cast<std::size_t>(line.data() - t.data())};
      e.recipients = split_organs(line);
      return;
    }
    // (Or an organ and the people it covers, colonless: `某某镇某某村村民委员会及有关居民` over the body.)
    if (colon == std::string_view::npos && contains(line, "及有关") && !contains(line, "。") && !contains(line, "，") && !contains(line, ",") &&
        tx::char_count(line) <= 40 && i + 1 < ps.size() && (contains(ps[i + 1].text, "。") || contains(ps[i + 1].text, "如下")) &&
        organ_addressee(squeeze(line))) {
      e.recipients_text = {std::string(line), ps[i].offset + static_cast<std::size_t>(line.data() - t.data())};
      e.recipients = split_organs(line);
      return;
    }
    // (Or a deputy or a member answered, colonless, `某某某委员` over `你提出的…收悉`.)
    if (std::string q = squeeze(line); colon == std::string_view::npos && person_addressee(q) && tx::han_count(q) >= 4 && i + 1 < ps.size() &&
        (tx::starts_with(tx::trim(ps[i + 1].text), "你") || tx::starts_with(tx::trim(ps[i + 1].text), "您"))) {
      e.recipients_text = {std::string(line), ps[i].offset + static_cast<std::size_t>(line.data() - t.data())};
      e.recipients = {q};
      return;
    }
    if (colon == std::string_view::npos) {
      if (body_paragraph(line)) return;
      continue;
    }
    // A line that ends with the list's colon: the list is what follows the
    // last chrome before it (`…点击次数：大中小关闭窗口各镇人民政府，…：`).
    bool ends_colon = tx::ends_with(line, "：") || tx::ends_with(line, ":");
    if (ends_colon) colon = line.size() - (tx::ends_with(line, "：") ? 3 : 1);
    std::string_view cand = tx::trim(line.substr(0, colon));
    if (ends_colon) {
      for (std::string_view chrome : {"：", ":", "关闭窗口", "大中小", "打印本页", "【打印】", "【关闭】"}) {
        auto p = cand.rfind(chrome);
        if (p != std::string_view::npos) cand = tx::trim(cand.substr(p + chrome.size()));
      }
    }
    // A title glued before it (a Markdown heading joined to the next line).
    if (!e.title.found.text.empty()) {
      std::string sq = squeeze(cand);
      if (tx::starts_with(sq, e.title.found.text) && sq.size() > e.title.found.text.size()) {
        std::size_t chars = tx::char_count(e.title.found.text), k = 0, seen = 0;
        while (k < cand.size() && seen < chars) {
          if (!tx::is_space(tx::next_cp(cand, k))) ++seen;
        }
        cand = tx::trim(cand.substr(k));
      }
    }
    // A number glued before it (`国发〔2018〕43号各省、自治区…`), and a date before the number
    // (`二○一四年十一月十八日某府办发〔2014〕115号区政府各委、办、局：`).
    if (auto d = tx::parse_date_at(cand, 0); d && d->begin == 0 && d->day)
      if (auto n = number_in(cand.substr(d->end), 0); n && tx::trim(cand.substr(d->end, n->found.offset)).empty()) cand = cand.substr(d->end);
    if (auto d = number_in(cand, 0); d && d->found.offset == 0) cand = tx::trim(cand.substr(d->found.text.size()));

    // A date in brackets glued before it (`（1928年7月4日）湖南省委：`, a compilation's date under the title).
    for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
      if (auto close = cand.find(c); tx::starts_with(cand, o) && close != std::string_view::npos && close < 60)
        if (auto d = tx::parse_date_at(cand, o.size()); d && d->begin == o.size() && d->year && d->end <= close && tx::trim(cand.substr(d->end, close - d->end)).empty())
          cand = tx::trim(cand.substr(close + c.size()));
    if (cand.empty() || contains(cand, "。") || tx::char_count(cand) > 400) return;
    // (A reposting site's word over the text it copies, `以下为回复内容：`, `以下是全文：`: the list may follow.)
    bool intro = false;
    for (std::string_view w : {"内容", "全文", "原文", "正文"}) intro |= tx::starts_with(cand, "以下") && tx::ends_with(cand, w) && tx::char_count(cand) <= 12;
    if (intro) continue;
    // The opening sentence of the body (`为落实《…》…，现就…提出以下意见：`), not a list of organs.
    for (std::string_view w : {"如下", "以下", "通知", "公告", "根据", "为了", "为进一步", "为落实", "为贯彻", "按照", "经研究",
                               "现将", "现就", "提出", "《", "标题", "文号"})
      if (contains(cand, w)) return;
    // A letter may answer a person (`钱正英同志：`), or a reply its applicant named bare, the body
    // under it speaking to them (`祖某某：` / `你提交的《…申请》收悉。`).
    std::string sq = squeeze(cand);
    std::string_view below = i + 1 < ps.size() ? tx::trim(ps[i + 1].text) : std::string_view();
    // (Its name is not checked against the surnames' list: 祖, 付, 仉… are rare ones.)
    bool bare_name = tx::char_count(sq) >= 2 && tx::char_count(sq) <= 3 && tx::han_count(sq) == tx::char_count(sq) && !organ_like(sq);
    for (std::string_view pronoun : {"贵", "你", "您", "我", "本", "该", "各"}) bare_name = bare_name && !tx::starts_with(sq, pronoun);  // (`贵局：`)
    bool person = person_addressee(cand) || (ends_colon && bare_name && (tx::starts_with(below, "你") || tx::starts_with(below, "您")) &&
                                             !tx::starts_with(below, "你们") && !tx::starts_with(below, "您们"));
    // A site footer's labels (`主办单位：…`) are no 主送.
    if (sq == "主办单位" || sq == "承办单位" || sq == "协办单位" || sq == "主管单位" || sq == "技术支持" || sq == "维护单位") continue;
    // (Or its public, addressed so: `尊敬的客户：`, `尊敬的用户：`, `广大市民朋友：`, `全镇广大农民朋友们：`.)
    bool public_address = (tx::starts_with(sq, "尊敬的") || tx::starts_with(sq, "亲爱的") || contains(sq, "广大")) && tx::char_count(sq) <= 16;
    public_address |= (tx::ends_with(sq, "朋友") || tx::ends_with(sq, "朋友们")) && tx::char_count(sq) <= 10;  // (`居民朋友：`)
    bool organs = contains(cand, "各") || contains(cand, "，") || person || organ_addressee(sq) || public_address;
    if (!organs && tx::char_count(cand) <= 4) continue;  // a page's chrome label (`字体：`, `分享：`)
    if (!organs) return;
    e.recipients_text = {std::string(cand), ps[i].offset + static_cast<std::size_t>(cand.data() >= t.data() && cand.data() < t.data() + t.size() ? cand.data() - t.data() : 0)};
    // (`各中央局、各大军区，并转分局、省委…`: those it is to be passed on to are no 主送 of its own.)
    std::string_view own = cand;
    for (std::string_view relay : {"，并转", ",并转", "并转"})
      if (auto at = own.find(relay); at != std::string_view::npos && at > 0) {
        e.relayed_to = split_organs(tx::trim(own.substr(at + relay.size())));
        own = tx::trim(own.substr(0, at));
        break;
      }
    // (An organ greeted as a person is, `尊敬的某某镇党委、某某镇人民政府：`: the organs are the 主送.)
    if (tx::starts_with(own, "尊敬的"))
      if (auto organs = split_organs(own.substr(std::string_view("尊敬的").size())); !organs.empty() && organ_like(squeeze(organs.front())))
        own.remove_prefix(std::string_view("尊敬的").size());
    e.recipients = split_organs(own);
    return;
  }
}

}  // namespace detail

}  // namespace gongwen::official
