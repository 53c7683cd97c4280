// 公文 whose line breaks were lost (a dataset cell, a scraped string, a PDF
// copied as one line): `某某文件某发〔2020〕11号关于…的通知各单位：根据…`. The
// head and the tail are cut back into the paragraphs GB/T 9704 prints, as
// views into the same text, so every element keeps its true offset.
//
// Invariants: nothing is cut unless a 文种 title is found near the start;
// every piece is a non-empty substring of the paragraph it came from, in
// order, and together they cover it.
#include <gongwen/text.hpp>

#include <algorithm>
#include <cctype>
#include <optional>

#include "elements.hpp"
#include "flattened.hpp"

namespace gongwen::official {

namespace {

namespace tx = gongwen::text;
using namespace flat;

// Characters that end the run of text an organ name can be (walking back
// from a signature date): sentence and clause punctuation, digits and the X
// of redacted telephone numbers (`联系电话:6659XXXX国网办公室`).
bool ends_organ_run(char32_t c) {
  return c == U'。' || c == U'；' || c == U'！' || c == U'？' || c == U'：' || c == ':' || c == U'，' || c == ',' ||
         c == ';' || c == U'、' || (c >= '0' && c <= '9') || c == 'X' || c == 'x' || c == U'Ｘ' || c == U'”';
}

// The organ that signs, as the text right before a 成文日期 (`before` ends
// where the date begins): its start in `before`, or npos. Joint signatures
// separated by spaces are one run. An attachment description glued before it
// (`附件：XXX同志基本情况中共国网…委员会`) is cut off at the last word that ends
// such a description or at a word that opens a central organ's name; without
// either, nothing is taken (a guess would be worse than no issuer).
// The words an attachment's description ends with (`…基本情况`, `…汇总表`, `…实施细则`).
constexpr std::string_view kDescriptionEnds[] = {"说明", "情况", "清单", "名单", "一览表", "汇总表", "明细表", "统计表", "登记表",
                                                 "申报表", "申请表", "方案", "材料", "目录", "报告", "意见", "办法", "细则", "规定"};

std::size_t signature_start(std::string_view before) {
  std::size_t end = before.size();
  while (end > 0) {  // spaces between the organ and the date
    std::size_t k = end;
    if (!tx::is_space(tx::prev_cp(before, k))) break;
    end = k;
  }
  std::size_t b = end;
  std::size_t piece_chars = 0;  // characters since the last space
  bool letter_spaced = false;   // `国　务　院`
  std::size_t bounded_at = std::string_view::npos;  // the end of the text a space parts from the run
  while (b > 0) {
    std::size_t k = b;
    char32_t c = tx::prev_cp(before, k);
    if (ends_organ_run(c)) break;
    if (tx::is_space(c)) {
      // A space inside a joint signature follows an organ; one space after a
      // single character spaces the letters of one name; otherwise it ends the run.
      std::size_t m = k;
      while (m > 0) {
        std::size_t q = m;
        if (!tx::is_space(tx::prev_cp(before, q))) break;
        m = q;
      }
      std::size_t q = m;
      // (The name's first letter may follow the sentence's end: `…一律无效。国 务 院`.)
      bool single_before = m > 0 && !tx::is_space(tx::prev_cp(before, q));
      if (single_before && q > 0) {
        std::size_t r = q;
        char32_t c0 = tx::prev_cp(before, r);
        single_before = tx::is_space(c0) || ends_organ_run(c0);
      }
      if (piece_chars == 1 && b - m <= 3 && single_before) {
        letter_spaced = true;
        b = m;
        piece_chars = 0;
        continue;
      }
      if (!organ_like(before.substr(0, m)) || b - k > 6) {
        bounded_at = m;
        break;
      }
      b = m;
      piece_chars = 0;
      continue;
    }
    b = k;
    ++piece_chars;
  }
  if (letter_spaced) {  // the spaced name as one organ
    std::string joined = tx::strip_spaces(before.substr(b, end - b));
    return tx::char_count(joined) <= 12 && organ_like(joined) ? b : std::string_view::npos;
  }
  auto run = before.substr(b, end - b);
  if (run.empty() || tx::char_count(run) > 40 || !organ_like(run)) return std::string_view::npos;
  // An attachment description runs into the organ: cut it off.
  std::size_t stop = before.rfind("。", b);
  auto clause = before.substr(stop == std::string_view::npos ? 0 : stop, end - (stop == std::string_view::npos ? 0 : stop));
  if (clause.find("附件") == std::string_view::npos) return b;
  // The description's last item ends where a space parts it from the organ
  // (`2.奖学金评定结果汇总表 本科生院`).
  // (Any form there, `…初审名单表`: a space parts it; inside a run, `表` may be an organ's, 代表大会.)
  if (bounded_at != std::string_view::npos) {
    if (tx::ends_with(before.substr(0, bounded_at), "表")) return b;
    for (std::string_view w : kDescriptionEnds)
      if (tx::ends_with(before.substr(0, bounded_at), w)) return b;
  }
  std::size_t cut = std::string_view::npos;
  for (std::string_view w : kDescriptionEnds) {
    auto p = run.rfind(w);
    if (p != std::string_view::npos && organ_like(run.substr(p + w.size())) && tx::char_count(run.substr(p + w.size())) >= 3)
      cut = cut == std::string_view::npos ? p + w.size() : std::max(cut, p + w.size());
  }
  for (std::string_view w : {"中共", "中国共产党", "共青团", "国家", "国务院"}) {
    auto p = run.find(w);
    if (p != std::string_view::npos && p > 0 && organ_like(run.substr(p)))
      cut = cut == std::string_view::npos ? p : std::max(cut, p);
  }
  return cut == std::string_view::npos ? std::string_view::npos : b + cut;
}

// What may follow a 成文日期 printed on its own line: the end, a line break
// lost to spaces, the 附注 in brackets, 附件, the 版记, or the 印发 line.
bool after_signature_date(std::string_view rest) {
  if (rest.empty()) return true;
  std::size_t k = 0;
  char32_t c = tx::next_cp(rest, k);
  if (tx::is_space(c)) return true;
  // A 附注 closes the text; `(周二)上午` after a date in a sentence does not.
  auto r = tx::trim(rest);
  if ((c == U'（' || c == '(') && (tx::ends_with(r, "）") || tx::ends_with(r, ")")) && tx::char_count(r) > 6) return true;
  for (std::string_view w : {"附件", "抄送", "抄报", "主题词"})
    if (tx::starts_with(rest, w)) return true;
  // The document the notice issues, from its title on (`…关于办理…座谈会纪要2018年6月16日…`,
  // or its title in 书名号: `2021年5月11日《全省…改造升级工程实施方案》为持续…`).
  if (title_end(rest, 0, 120) != std::string_view::npos) return true;
  if (tx::starts_with(rest, "《"))
    if (auto close = rest.find("》"); close != std::string_view::npos && tx::char_count(rest.substr(0, close)) <= 60) return true;
  // The 印发 line of the 版记: `某办公室2021年1月19日印发` to the end.
  if (tx::ends_with(r, "印发") && tx::char_count(r) <= 50) {
    auto body = r.substr(0, r.size() - 6);
    for (std::size_t j = 0; j < body.size();) {
      auto d = tx::parse_date_at(body, j);
      if (d && d->year && d->day) return d->end == body.size() && organ_like(tx::trim(body.substr(0, d->begin)));
      tx::next_cp(body, j);
    }
  }
  return false;
}

// Where a run-in level-1 heading ends (`一、基本情况经2021年10月9日…`), from
// what opens the text after it: a lower marker (（一）, 1.), a year, or a
// word that opens a sentence of a report (按照, 根据, 经研究…); npos when
// nothing says so, and the heading then runs to its full stop.
std::size_t run_in_heading_end(std::string_view t, std::size_t from) {
  static const std::string_view openers[] = {"按照", "根据", "为了", "为进一步", "为认真", "为深入", "为全面", "截至", "截止",
                                             "目前", "今年", "近年来", "近期", "随着", "经咨询", "经研究", "经审核", "经调查",
                                             "经测算", "习近平", "党中央", "提请", "现将", "我们", "我部", "我公司"};
  std::size_t i = from;
  for (int n = 0; n < 40 && i < t.size(); ++n) {
    if (n >= 2) {
      auto rest = t.substr(i);
      std::size_t k = 0;
      char32_t c = tx::next_cp(rest, k);
      if (c == U'。' || c == U'，' || c == U'；' || c == U'：') return std::string_view::npos;
      auto m = tx::parse_marker(rest);
      if (m && m.family != tx::MarkerFamily::cn_dun) return i;
      auto d = tx::parse_date_at(rest, 0);
      if (d && d->year && d->begin == 0) return i;
      if (c == U'经' && k < rest.size() && std::isdigit(static_cast<unsigned char>(rest[k]))) return i;
      for (auto o : openers)
        if (tx::starts_with(rest, o)) return i;
    }
    tx::next_cp(t, i);
  }
  return std::string_view::npos;
}

struct Signature {
  std::size_t organ = std::string_view::npos;  // where the signing organ starts, if one is there
  std::size_t date_begin = 0, date_end = 0;
};

// The first 成文日期 in t that stands as a signature's: an organ right before
// it (or the end of the text right after it), and after it what may follow
// a signature date.
std::optional<Signature> find_signature(std::string_view t) {
  for (std::size_t i = 0; i < t.size();) {
    auto d = tx::parse_date_at(t, i);
    if (!d || !d->year || !d->month || !d->day || d->begin != i) {
      tx::next_cp(t, i);
      continue;
    }
    auto rest = t.substr(d->end);
    std::size_t org = signature_start(t.substr(0, d->begin));
    bool last = tx::trim(rest).empty();
    if (after_signature_date(rest) && (org != std::string_view::npos || last) && !tx::starts_with(rest, "印发"))
      return Signature{org, d->begin, d->end};
    i = d->end;
  }
  return std::nullopt;
}

// A paragraph that opens with a full date that may close a signature
// (`2021年1月26日（此件公开发布）`).
bool opens_with_signature_date(std::string_view t) {
  t = tx::trim(t);
  auto d = tx::parse_date_at(t, 0);
  return d && d->begin == 0 && d->year && d->month && d->day && after_signature_date(t.substr(d->end));
}

// The piece before an organ: the 附件说明 between the closing sentence and
// the organ starts its own piece.
void cut_attachment_note(std::string_view t, std::size_t organ, std::vector<std::size_t>& cuts) {
  auto head = t.substr(0, organ);
  auto a = head.rfind("附件");
  auto stop = head.rfind("。");
  if (a != std::string_view::npos && (stop == std::string_view::npos || a > stop)) cuts.push_back(a);
}

// Cuts a flattened body (the text after the 主送 line, one paragraph) where
// the printed page broke it: the 发文机关署名 and 成文日期 (first date that
// stands as a signature's: an organ right before it, a line break or 附件/版记
// right after), the 附件说明 above them, the 版记 (抄送, `某办公室2021年1月19日印发`)
// at the end, and level-1 headings `一、` opening a sentence in their order
// (一, 二, 三…; a document issued by the notice starts again at 一).
// The text before ends with a part's heading, `第一部分  总说明` (a short label, no clause mark
// after 部分).
bool part_heading_before(std::string_view before) {
  // (Only the last 14 characters are looked at: the test runs at every numeral of the text.)
  before = before.substr(before.size() > 3 * 16 ? before.size() - 3 * 16 : 0);
  std::size_t at = before.rfind("部分");
  if (at == std::string_view::npos || before.size() - at > 3 * 14) return false;
  std::string_view label = before.substr(at + std::string_view("部分").size());
  for (std::string_view mark : {"。", "，", "；", "：", "、", "（"})
    if (label.find(mark) != std::string_view::npos) return false;
  std::size_t k = at, numerals = 0;
  while (k > 0) {
    std::size_t q = k;
    char32_t c = tx::prev_cp(before, q);
    if (!tx::is_cn_numeral(c)) break;
    k = q;
    ++numerals;
  }
  if (!numerals || k < 3 || before.substr(k - 3, 3) != "第") return false;
  return tx::char_count(tx::trim(label)) >= 2;
}

void cut_body(const Paragraph& p, std::vector<Paragraph>& out) {
  std::string_view t = p.text;
  std::vector<std::size_t> cuts;
  std::size_t signed_at = std::string_view::npos;  // end of the first 成文日期
  if (auto sig = find_signature(t)) {
    if (sig->organ != std::string_view::npos) {
      cut_attachment_note(t, sig->organ, cuts);
      cuts.push_back(sig->organ);
    }
    cuts.push_back(sig->date_begin);
    cuts.push_back(sig->date_end);
    signed_at = sig->date_end;
  }
  if (signed_at != std::string_view::npos) {
    auto tail = t.substr(signed_at);
    for (std::string_view w : {"附件", "抄送", "抄报"}) {
      auto a = tail.find(w);
      if (a != std::string_view::npos) cuts.push_back(signed_at + a);
    }
    // `某办公室2021年1月19日印发` at the very end.
    if (tx::ends_with(tx::trim(tail), "印发")) {
      auto body = tx::trim(tail);
      body.remove_suffix(6);
      std::size_t j = body.size();
      for (int k = 0; k < 20 && j > 0; ++k) {
        tx::prev_cp(body, j);
        auto d = tx::parse_date_at(body, j);
        if (d && d->year && d->day && d->end == body.size()) {
          std::size_t org = signature_start(body.substr(0, d->begin));
          if (org != std::string_view::npos) cuts.push_back(static_cast<std::size_t>(body.data() - t.data()) + org);
          break;
        }
      }
    }
  }
  // Level-1 headings at the start of a sentence, in order.
  int expect = 1;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t k = i;
    char32_t c = tx::next_cp(t, k);
    if (i == signed_at) expect = 1;
    bool opens = i == 0;
    if (i > 0) {
      std::size_t q = i;
      char32_t before = tx::prev_cp(t, q);
      opens = before == U'。' || before == U'：' || before == ':' || before == U'；' || tx::is_space(before);
    }
    // (Or after a part's heading, whose items it numbers anew: `第一部分  总说明一、编制依据`.)
    bool part = !opens && i > 0 && tx::is_cn_numeral(c) && part_heading_before(t.substr(0, i));
    if (part) expect = 1;
    opens = opens || part;
    if (opens && tx::is_cn_numeral(c)) {
      auto m = tx::parse_marker(t.substr(i));
      // (A number the document skipped, `二、` then `四、`, as it was printed.)
      bool next = m && m.family == tx::MarkerFamily::cn_dun && (m.number == expect || (expect > 1 && m.number == expect + 1));
      bool again = m && m.family == tx::MarkerFamily::cn_dun && m.number == 1 && expect > 2;  // a second document's numbering
      if (next || again) {
        if (i > 0) cuts.push_back(i);
        if (auto e = run_in_heading_end(t, i + m.length); e != std::string_view::npos) cuts.push_back(e);
        expect = again ? 2 : expect + 1;
      }
    }
    i = k;
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::size_t b = 0;
  for (std::size_t c : cuts) {
    if (c <= b || c >= t.size()) continue;
    push(out, p, b, c);
    b = c;
  }
  push(out, p, b, t.size());
}

}  // namespace

std::vector<Paragraph> unflatten(const std::vector<Paragraph>& ps) {
  // Only what reads as lost line breaks: a long first paragraph in a short
  // document, or a first line whose masthead or number is glued to the title
  // (`某局文件某发〔2021〕5号关于…的通知`).
  if (ps.empty()) return ps;
  std::string_view first = ps.front().text;
  bool glued = false;
  if (auto g = first.find("关于"); g != std::string_view::npos && g > 0)
    glued = find_doc_number(first.substr(0, g)).has_value() || first.substr(0, g).find("文件") != std::string_view::npos;
  glued = glued || title_then_number(first);
  // A title run on into what follows it, in a document whose other breaks are kept (the
  // page's own lines may stand over it): only that line is cut.
  if (!glued && ps.size() > 1)
    for (std::size_t k = 0; k < ps.size() && k < 8; ++k) {
      std::size_t wrapped = k > 0 ? wrapped_title_end(ps[k - 1].text, ps[k].text) : std::string_view::npos;
      // (Or a title with its number after it on its line, under the organ's: `…的通知 安政办发〔2018〕20号`.)
      if (wrapped == std::string_view::npos && !title_then_text(ps[k].text) && !(k > 0 && title_then_number(ps[k].text))) continue;
      std::vector<Paragraph> out(ps.begin(), ps.begin() + static_cast<std::ptrdiff_t>(k));
      bool took_recipients = false;
      if (wrapped != std::string_view::npos) {
        push(out, ps[k], 0, wrapped);
        push(out, ps[k], wrapped, ps[k].text.size());
      } else if (!cut_head(ps[k], out, took_recipients)) {
        return ps;
      }
      out.insert(out.end(), ps.begin() + static_cast<std::ptrdiff_t>(k) + 1, ps.end());
      return out;
    }
  if (!glued && (ps.size() > 6 || tx::char_count(first) < 150)) return ps;
  std::vector<Paragraph> out;
  bool took_recipients = false;
  if (!cut_head(ps.front(), out, took_recipients)) return ps;
  // The body piece of the head may also be the whole document's tail.
  std::vector<Paragraph> rest;
  if (ps.size() == 1) {
    rest.push_back(out.back());
    out.pop_back();
  } else {
    rest.assign(ps.begin() + 1, ps.end());
    // A head that was only title and number: the 主送 line may run into the
    // first paragraph after it (`钱正英同志：国务院领导同志对您…`).
    if (!took_recipients) {
      const Paragraph& q = rest.front();
      if (std::size_t c = recipients_end(q.text, 0);
          c != std::string_view::npos && c < q.text.size() && addressee_like(q.text.substr(0, c))) {
        Paragraph body{q.text.substr(c), q.offset + c};
        rest.front() = Paragraph{q.text.substr(0, c), q.offset};
        rest.insert(rest.begin() + 1, body);
      }
    }
  }
  // The signature: in the paragraph that holds it, or glued to the end of
  // the one before a paragraph opening with its date (`附件：…制度国务院办公厅`
  // / `2021年1月26日（此件公开发布）`); the last paragraph when none does.
  bool signed_ = false;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    const Paragraph& q = rest[i];
    bool last = i + 1 == rest.size();
    if (!signed_ && (find_signature(q.text) || (last && tx::char_count(q.text) > 60))) {
      cut_body(q, out);
      signed_ = true;
      continue;
    }
    if (!signed_ && !last && opens_with_signature_date(rest[i + 1].text)) {
      std::size_t org = signature_start(q.text);
      if (org != std::string_view::npos && org > 0) {
        std::vector<std::size_t> cuts;
        cut_attachment_note(q.text, org, cuts);
        cuts.push_back(org);
        std::size_t b = 0;
        for (std::size_t c : cuts)
          if (c > b) push(out, q, b, c), b = c;
        push(out, q, b, q.text.size());
        // The date apart from the 附注 glued after it.
        const Paragraph& dated = rest[++i];
        std::size_t lead = static_cast<std::size_t>(tx::trim(dated.text).data() - dated.text.data());
        auto d = tx::parse_date_at(dated.text, lead);
        push(out, dated, 0, d->end);
        push(out, dated, d->end, dated.text.size());
        signed_ = true;
        continue;
      }
    }
    out.push_back(q);
  }
  return out;
}

}  // namespace gongwen::official

namespace gongwen::official {

std::vector<Paragraph> ungap(const std::vector<Paragraph>& ps) {
  namespace tx = gongwen::text;
  // (Run on every document detect() sees: nothing is copied until a paragraph is cut.)
  std::vector<Paragraph> out;
  bool cut = false;
  for (std::size_t at = 0; at < ps.size(); ++at) {
    const Paragraph& p = ps[at];
    std::string_view t = p.text;
    // (Only a paragraph that ends with a date can close with a signature: `…日`, `…号`, `2019.3.5`, `２０１９．３．５`,
    // a footnote's mark after it, `…日[1]`.)
    if (std::string_view e = tx::trim(t); !tx::ends_with(e, "日") && !tx::ends_with(e, "号") && !tx::ends_with(e, "]") && !tx::ends_with(e, "］") &&
                                          (e.empty() || e.back() < '0' || e.back() > '9') &&
                                          !(e.size() >= 3 && tx::last_cp(e) >= U'０' && tx::last_cp(e) <= U'９')) {
      if (cut) out.push_back(p);
      continue;
    }
    // Runs of four spaces or more (a page's padding, `&nbsp;` or `　`), by byte span.
    // (Read by bytes, as is_space reads code points: this runs on every paragraph.)
    const auto* b = reinterpret_cast<const unsigned char*>(t.data());
    auto space = [&](std::size_t i) -> std::size_t {
      return b[i] == '\n' || b[i] == '\r' ? 0 : tx::space_at(b, i, t.size());
    };
    std::vector<std::pair<std::size_t, std::size_t>> gaps;
    for (std::size_t i = 0; i < t.size() && gaps.size() < 64;) {
      std::size_t j = i, n = 0;
      for (std::size_t len; j < t.size() && (len = space(j)); j += len) ++n;
      if (n >= 4) gaps.emplace_back(i, j);
      if (j > i) i = j;
      else i += b[i] >= 0xF0 ? 4 : b[i] >= 0xE0 ? 3 : b[i] >= 0xC0 ? 2 : 1;
    }
    // From the end: a date, the organs over it, then the sentence they sign (a date alone signs nothing).
    std::size_t keep = gaps.size();
    bool dated = false;
    while (keep > 0) {
      std::size_t e = gaps[keep - 1].second;
      std::size_t end = keep < gaps.size() ? gaps[keep].first : t.size();
      std::string_view piece = t.substr(e, end - e);
      bool date = !dated && keep == gaps.size() && whole_date(piece).has_value();
      bool organ = dated && !tx::more_visible_than(piece, 30) && organ_like(tx::strip_spaces(piece));
      if (!date && !organ) break;
      dated = true;
      --keep;
    }
    if (!dated || keep == gaps.size() - 1 || !tx::ends_sentence(tx::trim(t.substr(0, gaps[keep].first)))) {
      if (cut) out.push_back(p);
      continue;
    }
    if (!cut) out.assign(ps.begin(), ps.begin() + static_cast<std::ptrdiff_t>(at));
    std::size_t from = 0;
    for (std::size_t g = keep; g <= gaps.size(); ++g) {
      std::size_t end = g < gaps.size() ? gaps[g].first : t.size();
      flat::push(out, p, from, end);
      if (g < gaps.size()) from = gaps[g].second;
    }
    cut = true;
  }
  return cut ? out : ps;
}

}  // namespace gongwen::official
