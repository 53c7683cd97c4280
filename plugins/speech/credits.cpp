// The speaker a title credits without an occasion, the lines that credit one
// (a name and a date, a sign-off, `致辞：name`), and the short lines that are
// parts of a text, not names: the speech handler's readings of credits.
#include "credits.hpp"
#include "titles.hpp"

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

namespace speech_credits {

namespace tx = gongwen::text;
namespace people = gongwen::people;
using tx::contains;

// `国家发展改革委投资司韩志峰处长的讲话`, `中国物流与采购联合会副会长崔忠付致辞`: a
// title that credits the speech to a post holder, with no 在…上 occasion. The
// name is read between the organ and the post, or after the post; of the
// possible lengths, the one that leaves an organ (or a post) before it.
std::optional<std::pair<std::string, std::string>> credited_in_title(std::string_view title) {
  std::string q = tx::strip_spaces(title);
  bool genre = false;
  for (std::string_view w : {"的讲话", "的致辞", "的发言", "讲话", "致辞", "致词", "发言"})
    if (tx::ends_with(q, w)) {
      q.resize(q.size() - w.size());
      genre = true;
      break;
    }
  if (!genre || contains(q, "在") || contains(q, "《")) return std::nullopt;
  auto ends_with_post = [](std::string_view s) {  // the longest (`副主席`, not `主席`)
    std::string_view best;
    for (auto p : people::kPositions)
      if (tx::ends_with(s, p) && p.size() > best.size()) best = p;
    return best;
  };
  // The last k characters of s, as a name, and what precedes them.
  auto split_name = [](std::string_view s, std::size_t k) -> std::optional<std::pair<std::string, std::string>> {
    std::size_t at = s.size();
    for (std::size_t n = 0; n < k; ++n) {
      if (at == 0) return std::nullopt;
      tx::prev_cp(s, at);
    }
    std::string name(s.substr(at));
    if (!people::personal_name(name)) return std::nullopt;
    return std::make_pair(name, std::string(s.substr(0, at)));
  };
  if (auto post = ends_with_post(q); !post.empty()) {  // organ, name, post
    std::string_view before = std::string_view(q).substr(0, q.size() - post.size());
    for (std::size_t k : {2, 3, 4})
      if (auto np = split_name(before, k); np && (np->second.empty() || people::organ_like(np->second)))
        return std::make_pair(np->first, np->second + std::string(post));
  }
  // Organ and post, then the name; not the occasion after a post (`县委书记任职讲话`,
  // `董事长周年庆致辞`, `总经理周例会讲话`: words that open with a surname's character).
  for (std::size_t k : {2, 3, 4})
    if (auto np = split_name(q, k); np && !ends_with_post(np->second).empty()) {
      bool occasion = false;
      for (std::string_view w : {"任职", "就职", "离任", "周年", "周例", "年会", "年度", "新年", "春节", "元旦", "开学", "毕业",
                                 "开幕", "闭幕", "表彰", "总结", "动员", "座谈", "会议", "大会", "庆典", "典礼", "成立", "万人"})
        occasion |= tx::starts_with(np->first, w);
      if (!occasion) return np;
    }
  return std::nullopt;
}

std::optional<std::pair<std::string, std::string>> spokesperson_in_title(std::string_view title) {
  std::string q = tx::strip_spaces(title);
  auto at = q.find("发言人");
  if (at == std::string::npos) return std::nullopt;
  std::string_view rest = std::string_view(q).substr(at + std::string_view("发言人").size());
  // The name runs to what the spokesperson did: 主持, 在, 举行, 答, 就, 表示.
  for (std::size_t k : {2, 3, 4}) {
    std::size_t end = 0;
    for (std::size_t n = 0; n < k && end < rest.size(); ++n) tx::next_cp(rest, end);
    std::string name(rest.substr(0, end));
    std::string_view after = rest.substr(end);
    bool act = false;
    for (std::string_view v : {"主持", "在", "举行", "答", "就", "表示", "回答", "召开"}) act |= tx::starts_with(after, v);
    // (Its place says it is a name, whatever its surname: `发言人华春莹主持…`.)
    // (Three characters, not a time or a manner: `昨日就…`, `近日在…`, `首次在…`.)
    bool bare = k == 3 && tx::han_count(name) == k;
    for (std::string_view v : {"在", "就", "答", "表", "回", "主", "举", "召", "对", "说", "今", "昨", "近", "日", "首", "再", "集", "又", "也"})
      bare = bare && !tx::starts_with(name, v);
    if (!act || !(people::personal_name(name) || bare)) continue;
    // The post without the day the title opens with (`2005年7月12日外交部发言人`, `18日…发言人`).
    std::string_view post = std::string_view(q).substr(0, at + std::string_view("发言人").size());
    if (auto d = tx::parse_date_at(post, 0); d && d->begin == 0) post.remove_prefix(d->end);
    std::size_t digits = 0;
    while (digits < post.size() && post[digits] >= '0' && post[digits] <= '9') ++digits;
    if (digits && post.substr(digits, 3) == "日") post.remove_prefix(digits + 3);
    return std::make_pair(name, std::string(post));
  }
  return std::nullopt;
}

// A short line that names a part of a text, not a person (`开幕词`, `结论`, `前言`).
bool part_name(std::string_view line) {
  std::string q = tx::strip_spaces(line);
  if (tx::ends_with(q, "词") || tx::ends_with(q, "辞") || tx::ends_with(q, "稿") || tx::ends_with(q, "提纲") || tx::ends_with(q, "如下"))
    return true;
  for (std::string_view w : {"讲话", "致辞", "发言", "全文", "摘要", "原文"})
    if (contains(q, w)) return true;
  for (std::string_view w : {"结论", "结语", "前言", "序言", "引言", "后记", "附录", "附件", "目录", "说明", "讲话", "发言", "总结", "报告", "正文",
                             "编者按", "编者的话", "编后", "按语", "导读", "题记"})
    if (q == w) return true;
  return false;
}

bool outlet(std::string_view line) {
  std::string q = tx::strip_spaces(line);
  for (std::string_view w : {"新华社", "中新社", "本报", "本刊", "本台", "人民日报", "新华网", "人民网", "央视网", "中新网", "光明日报"})
    if (q == w) return true;
  return tx::ends_with(q, "日报") || tx::ends_with(q, "晚报") || tx::ends_with(q, "通讯社");
}

// `王  琛  2020.6.20`, `陈玲玲 2018年2月6日`: a 2–4 character name and a date on one line.
std::optional<std::pair<std::string, std::string>> name_and_date(std::string_view p) {
  std::string_view t = tx::trim(p);
  if (tx::char_count(t) > 30) return std::nullopt;
  for (std::size_t at = 0; at < t.size();) {
    if (auto d = tx::parse_date_at(t, at); d && d->year && d->month && d->day && d->begin == at && tx::trim(t.substr(d->end)).empty()) {
      std::string name = tx::strip_spaces(t.substr(0, at));
      // A personal name, surname first: not a place, an occasion or a time (`深圳`, `开幕式`, `上午`).
      if (people::personal_name(name)) return std::make_pair(name, d->iso());
      return std::nullopt;
    }
    tx::next_cp(t, at);
  }
  return std::nullopt;
}

// The speaker signing off at the end (`总经理：王敏敏`, `百年人寿董事长：何勇生`,
// `市委书记 李明`): {name, position}.
std::optional<std::pair<std::string, std::string>> closing_speaker(std::string_view p) {
  if (tx::char_count(p) > 30) return std::nullopt;
  for (std::string_view colon : {"：", ":"})
    if (auto c = p.rfind(colon); c != std::string_view::npos && c > 0) {
      std::string name = tx::strip_spaces(p.substr(c + colon.size()));
      std::string_view position = tx::trim(p.substr(0, c));
      bool han = !name.empty();
      for (std::size_t i = 0; i < name.size();) han &= tx::is_han(tx::next_cp(name, i));
      bool post = false;
      for (auto w : people::kPositions) post |= tx::ends_with(position, w);
      if (han && post && tx::char_count(name) >= 2 && tx::char_count(name) <= 4) return std::make_pair(name, std::string(position));
    }
  if (auto pn = people::position_then_name(p)) return pn;
  return std::nullopt;
}

// `致辞：饶毅（教师代表、科学家）`, `主讲人：王五`: the genre, then the speaker's name and
// post in brackets. {name, post}.
std::optional<std::pair<std::string, std::string>> credit_line(std::string_view p) {
  if (tx::char_count(p) > 40) return std::nullopt;
  for (std::string_view role : {"致辞", "讲话", "演讲", "发言", "讲话人", "演讲人", "发言人", "主讲人", "主讲", "报告人"})
    for (std::string_view colon : {"：", ":"}) {
      if (!tx::starts_with(p, std::string(role) + std::string(colon))) continue;
      std::string_view rest = tx::trim(p.substr(role.size() + colon.size()));
      std::string_view post;
      for (auto [o, c] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
        if (auto at = rest.find(o); at != std::string_view::npos && tx::ends_with(rest, c)) {
          post = rest.substr(at + o.size(), rest.size() - at - o.size() - c.size());
          rest = tx::trim(rest.substr(0, at));
        }
      std::string name = tx::strip_spaces(rest);
      if (people::personal_name(name)) return std::make_pair(name, std::string(post));
      return std::nullopt;
    }
  return std::nullopt;
}

std::optional<PublishedNote> closing_note(std::string_view text) {
  // The last two lines, alone or joined (a printed page wraps the note: `…集体学习时的讲` / `话。`).
  std::vector<std::string_view> lines;
  for (std::size_t e = text.size(); e > 0 && lines.size() < 2;) {
    std::size_t b = text.rfind('\n', e - 1);
    b = b == std::string_view::npos ? 0 : b + 1;
    if (!tx::trim(text.substr(b, e - b)).empty()) lines.insert(lines.begin(), text.substr(b, e - b));
    e = b == 0 ? 0 : b - 1;
  }
  std::vector<std::string> candidates;
  if (!lines.empty()) candidates.push_back(tx::strip_spaces(lines.back()));
  if (lines.size() == 2) candidates.push_back(tx::strip_spaces(lines[0]) + tx::strip_spaces(lines[1]));
  for (const std::string& c : candidates) {
    std::string_view q = c;
    if (tx::starts_with(q, "（") || tx::starts_with(q, "(")) q.remove_prefix(tx::starts_with(q, "(") ? 1 : 3);
    if (!(tx::starts_with(q, "这是") || tx::starts_with(q, "本文是")) || tx::char_count(q) > 150) continue;
    if (!(tx::ends_with(q, "。") || tx::ends_with(q, "）") || tx::ends_with(q, ")"))) continue;
    bool said = false;
    for (std::string_view w : {"讲话", "致辞", "发言", "演讲"}) said |= contains(q, w);
    auto d = tx::find_full_date(q);
    if (!said || !d || !contains(q.substr(d->end), "在")) continue;
    std::string_view who = q.substr(tx::starts_with(q, "这是") ? 6 : 9, d->begin - (tx::starts_with(q, "这是") ? 6 : 9));
    PublishedNote n;
    n.date = d->iso();
    if (tx::ends_with(who, "同志")) who.remove_suffix(std::string_view("同志").size());
    if (auto np = people::name_then_position(who)) n.speaker = np->first;
    for (std::string_view post : people::kPositions)  // (`习近平总书记`: a post after the name, no space)
      if (n.speaker.empty() && tx::ends_with(who, post) && tx::char_count(who) - tx::char_count(post) >= 2 &&
          tx::char_count(who) - tx::char_count(post) <= 4)
        n.speaker = std::string(who.substr(0, who.size() - post.size()));
    if (n.speaker.empty() && tx::char_count(who) <= 12) n.speaker = std::string(who);
    return n;
  }
  return std::nullopt;
}

std::optional<PublishedNote> opening_note(std::string_view text) {
  std::size_t b = 0;
  for (int n = 0; n < 6 && b < text.size(); ++n) {
    std::size_t e = std::min(text.find('\n', b), text.size());
    std::string_view line = tx::trim(text.substr(b, e - b));
    b = e + 1;
    for (std::string_view hall : {"同志们", "各位", "尊敬的", "女士们", "亲爱的"})
      if (tx::starts_with(line, hall)) return std::nullopt;  // (the speech begins: no lead after it)
    std::size_t intro = std::min(line.find("以下为"), line.find("以下是"));
    if (intro == std::string_view::npos || tx::char_count(line) > 400) continue;
    bool said = false;
    for (std::string_view w : {"讲话", "致辞", "发言", "演讲"}) said |= contains(line.substr(intro), w);
    if (!said) continue;
    PublishedNote note;
    for (std::size_t i = 0; i < intro && note.date.empty();) {
      if (auto d = tx::parse_date_at(line, i); d && d->month && d->day) note.date = d->iso();
      tx::next_cp(line, i);
    }
    if (note.date.empty()) return std::nullopt;
    std::string_view who = line.substr(intro + 9);  // (`以下为省委书记黄坤明在大会上的讲话`)
    if (auto at = who.find("在"); at != std::string_view::npos) who = who.substr(0, at);
    for (std::string_view post : people::kPositions)
      if (auto p = who.rfind(post); note.speaker.empty() && p != std::string_view::npos && tx::char_count(who.substr(p + post.size())) >= 2 &&
                                     tx::char_count(who.substr(p + post.size())) <= 3)
        note.speaker = std::string(who.substr(p + post.size()));
    return note;
  }
  return std::nullopt;
}

std::optional<std::pair<std::string, std::string>> closing_signature(std::string_view text) {
  std::string_view lines[2];
  std::size_t e = text.size();
  for (int k = 1; k >= 0; --k) {
    while (e > 0 && (text[e - 1] == '\n' || text[e - 1] == ' ')) --e;
    std::size_t b = text.rfind('\n', e == 0 ? 0 : e - 1);
    b = b == std::string_view::npos || e == 0 ? 0 : b + 1;
    lines[k] = tx::trim(text.substr(b, e - b));
    e = b;
  }
  auto d = tx::whole_date(lines[1]);
  std::string organ = tx::strip_spaces(lines[0]);
  if (!d || d->size() != 10 || tx::char_count(organ) < 4 || tx::char_count(organ) > 30 || !people::organ_like(organ)) return std::nullopt;
  return std::make_pair(organ, *d);
}

std::string closing_dateline(std::string_view text) {
  std::string_view t = tx::trim(text);
  std::size_t b = t.rfind('\n');
  std::string line = tx::strip_spaces(b == std::string_view::npos ? t : t.substr(b + 1));
  std::size_t at = line.find("日电");
  if (at == std::string::npos || tx::char_count(line) > 30 || contains(line, "。")) return {};
  for (std::size_t i = 0; i < at;) {
    if (auto d = tx::parse_date_at(line, i); d && d->end == at + std::string_view("日").size() && d->month && d->day) {
      std::string_view agency = std::string_view(line).substr(0, i);
      if (agency.starts_with("（") || agency.starts_with("(")) agency.remove_prefix(agency.starts_with("(") ? 1 : 3);
      bool wire = false;
      for (std::string_view w : {"社", "网", "报", "台"}) wire |= contains(agency, w);
      return wire ? d->iso() : std::string();
    }
    tx::next_cp(line, i);
  }
  return {};
}

std::string bare_name(std::string_view before) {
  std::string name = tx::strip_spaces(before);
  if (tx::ends_with(name, "同志")) name.resize(name.size() - std::string_view("同志").size());
  bool han = people::personal_name(name) && tx::char_count(name) <= 3;
  for (auto post : people::kPositions) han = han && name.find(post) == std::string::npos;
  return han ? name : std::string();
}

std::optional<TitleByline> title_byline(std::string_view line) {
  std::string_view whole = tx::trim(line);
  for (std::string_view gap : {" ", "　"}) {
    auto at = whole.rfind(gap);
    if (at == std::string_view::npos || !speech_titles::names_speech(whole.substr(0, at))) continue;
    if (auto pg = people::position_glued_name(tx::trim(whole.substr(at + gap.size()))))
      return TitleByline{std::string(tx::trim(whole.substr(0, at))), pg->first, pg->second};
  }
  // (Or glued on after its genre: `2022年…工作报告市某某局党组书记、局长  杜  宇`.)
  for (std::string_view genre : {"工作报告", "讲话", "致辞", "发言"})
    if (auto at = whole.find(genre); at != std::string_view::npos && at + genre.size() < whole.size())
      if (auto pg = people::position_glued_name(whole.substr(at + genre.size())))
        return TitleByline{std::string(whole.substr(0, at + genre.size())), pg->first, pg->second};
  return std::nullopt;
}

std::string_view without_speaker(std::string_view title, std::string_view speaker) {
  if (speaker.empty() || !tx::starts_with(title, speaker)) return title;
  std::string_view rest = title.substr(speaker.size());
  for (std::string_view colon : {"：", ":"})
    if (tx::starts_with(rest, colon) && tx::char_count(rest) > 5) return tx::trim(rest.substr(colon.size()));
  return title;
}

void read_colophon(gongwen::Document& doc, const std::vector<gongwen::structure::Paragraph>& paras) {
  for (std::size_t i = paras.size() > 8 ? paras.size() - 8 : 0; i < paras.size(); ++i) {
    auto p = paras[i].text;
    for (std::string_view label : {"送：", "发：", "抄送：", "抄报：", "分送："}) {
      if (!tx::starts_with(p, label)) continue;
      std::string key = label == "送：" ? "sent_to" : label == "发：" ? "issued_to" : label == "抄送：" ? "cc" : label == "抄报：" ? "reported_to" : "distributed_to";
      doc.set_field(key, p.substr(label.size()));
    }
    if (tx::ends_with(p, "印发")) {
      if (auto d = tx::find_full_date(p)) {
        doc.set_field("printed_on", d->iso());
        auto by = tx::trim(p.substr(0, d->begin));
        if (!by.empty()) doc.set_field("printed_by", by);
      }
    }
  }
}

void joint_speakers(gongwen::Document& doc, const std::vector<gongwen::structure::Paragraph>& paras, std::size_t i) {
  std::string list;
  std::size_t n = 0;
  for (; i < paras.size() && n < 6; ++i, ++n) {
    auto pn = people::position_then_name(paras[i].text);
    if (!pn) break;
    list += (list.empty() ? "[" : ",") + gongwen::json_string(pn->first);
  }
  if (n >= 2) doc.set_field_json("speakers", list + "]");
}

// A speaker's name in front of a speech's title, as sites print them:
// `习近平：在北京大学师生座谈会上的讲话`, `马校长《在2010级新生军训开营式上的讲话》`.
// The title keeps the speech's own words; the name becomes the speaker.
void strip_speaker_from_title(gongwen::Document& doc) {
  std::string t(doc.title());
  std::string_view v = t;
  auto person = [](std::string_view prefix) -> std::optional<std::pair<std::string, std::string>> {
    std::string q = tx::strip_spaces(prefix);
    if (auto np = people::name_then_position(q)) return np;
    std::size_t one = 0;
    if (q.empty() || !people::is_surname(tx::next_cp(q, one))) return std::nullopt;
    for (auto post : people::kPositions)  // `马校长`: a surname and a post
      if (std::string_view(q).substr(one) == post) return std::make_pair(q.substr(0, one), std::string(post));
    for (auto post : people::kPositions)  // `李局长助理`
      if (q.find(post) != std::string::npos) return std::nullopt;
    if (people::personal_name(q)) return std::make_pair(q, std::string());
    return std::nullopt;
  };
  std::string_view rest;
  std::optional<std::pair<std::string, std::string>> who;
  bool posted = false;  // (`自治区党委常委、宣传部部长 范晓莉：推动…`: a post and a name say it, whatever the title)
  for (std::string_view colon : {"：", ":"})
    if (auto c = v.find(colon); c != std::string_view::npos && c > 0 && tx::char_count(v.substr(0, c)) <= 30) {
      if (tx::char_count(v.substr(0, c)) <= 10) who = person(v.substr(0, c));
      if (auto pn = people::position_then_name(tx::trim(v.substr(0, c))); !who && pn) who = pn, posted = true;
      // (Or the post alone, its holder unnamed: `荆门市市长：在…开工活动上的致辞`.)
      if (std::string q = tx::strip_spaces(v.substr(0, c)); !who && tx::char_count(q) <= 12 && tx::han_count(q) == tx::char_count(q))
        for (auto post : people::kPositions)
          if (!who && tx::ends_with(q, post) && q.size() > post.size()) who = std::make_pair(std::string(), q);
      rest = tx::trim(v.substr(c + colon.size()));
      break;
    }
  if (!who && tx::ends_with(v, "》"))
    if (auto o = v.find("《"); o != std::string_view::npos && o > 0 && tx::char_count(v.substr(0, o)) <= 10) {
      who = person(v.substr(0, o));
      rest = v.substr(o + std::string_view("《").size(), v.size() - o - 2 * std::string_view("《").size());
    }
  if (!who || rest.empty() || !(posted || speech_titles::names_speech_itself(rest))) return;
  if (doc.field("speaker").empty() && !who->first.empty()) doc.set_field("speaker", who->first);
  if (doc.field("position").empty() && !who->second.empty()) doc.set_field("position", who->second);
  doc.set_title(std::string(rest));
}

}  // namespace speech_credits
