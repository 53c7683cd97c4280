// How a speech is said, not written: its salutation (`同志们：`) and the
// words a speaker uses to a hall (`刚才`, `在座`, `下面，我讲…`), which a
// speech keeps when its title is lost (a 范文 site's body, a scraped text).
//
// Invariant: every word of the register is one no written genre uses of
// itself (a 公文, a report, a news item): two of them are needed for a signal.
#include "oral.hpp"

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

namespace speech_oral {

namespace tx = gongwen::text;
using tx::contains;

// The addressees listed as a letter lists them, then the hall greeted on the next line (see oral.hpp).
bool greeted_hall(const std::vector<gongwen::structure::Paragraph>& paras) {
  if (paras.size() < 2 || tx::more_visible_than(paras[0].text, 120)) return false;
  std::string_view first = tx::trim(paras[0].text), next = tx::trim(paras[1].text);
  if (!(tx::starts_with(first, "尊敬的") || tx::starts_with(first, "亲爱的")) || !(tx::ends_with(first, "：") || tx::ends_with(first, ":"))) return false;
  for (std::string_view hi : {"大家好", "大家上午好", "大家下午好", "大家晚上好"})
    if (tx::starts_with(next, hi)) return true;
  return false;
}

// How a speech opens: `同志们：`, `各位领导、同志们：`, `尊敬的各位领导、各位嘉宾，`,
// `亲爱的同学们：`, `女士们、先生们：`, `大家好！`.
bool salutation(std::string_view p) {
  if (tx::char_count(p) > 60)
    return tx::starts_with(p, "同志们：") || tx::starts_with(p, "同志们:") || tx::starts_with(p, "同志们，") || tx::starts_with(p, "大家好！");
  for (std::string_view w : {"同志们：", "同志们:", "同志们，", "各位领导、同志们", "大家好！", "大家好，", "女士们、先生们", "女士们，先生们"})
    if (tx::starts_with(p, w)) return true;
  // A list of audiences, each addressed (`同志们、同学们：`, `老师们，同学们：`).
  if (tx::char_count(p) <= 30 && (tx::ends_with(p, "：") || tx::ends_with(p, ":"))) {
    std::string_view rest = p.substr(0, p.size() - (tx::ends_with(p, "：") ? 3 : 1));
    // (Posts among them, `委员长、各位副委员长、秘书长、各位委员：`, the hall's chair first.)
    bool all = true;
    std::size_t parts = 0, honoured = 0;
    for (std::size_t b = 0; b <= rest.size() && all;) {
      std::size_t e = std::min(rest.find("、", b), rest.find("，", b));
      auto part = tx::trim(rest.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
      for (std::string_view honorific : {"尊敬的", "亲爱的"})
        if (tx::starts_with(part, honorific)) part.remove_prefix(honorific.size());
      bool honour = tx::ends_with(part, "们") || tx::starts_with(part, "各位");
      bool post = tx::ends_with(part, "长") || tx::ends_with(part, "书记") || tx::ends_with(part, "主任") || tx::ends_with(part, "委员");
      all = !part.empty() && tx::char_count(part) <= 8 && (honour || post);
      honoured += honour;
      ++parts;
      if (e == std::string_view::npos) break;
      b = e + 3;
    }
    if (all && parts >= 2 && honoured >= 1) return true;
  }
  bool opener = tx::starts_with(p, "尊敬的") || tx::starts_with(p, "亲爱的") || tx::starts_with(p, "各位") ||
                tx::starts_with(p, "親愛的") || tx::starts_with(p, "尊敬的");
  bool closes = tx::ends_with(p, "：") || tx::ends_with(p, ":") || tx::ends_with(p, "，") || tx::ends_with(p, "！");
  // Or a greeting that ends the address (`各位國人同胞，記者朋友，大家早安。`), in either script.
  bool greets = false;
  for (std::string_view g : {"大家好", "大家早安", "大家午安", "大家晚安", "早上好", "上午好", "下午好", "晚上好", "早安", "晚安"})
    greets |= contains(p, g);
  bool greeting_line = greets && tx::ends_with(p, "。") && tx::char_count(p) <= 40;
  return opener && (closes || greeting_line) && (contains(p, "们") || contains(p, "們") || contains(p, "各位"));
}

GluedHead glued_head(std::string_view rest) {
  GluedHead h;
  rest = tx::trim(rest);
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
    if (tx::starts_with(rest, open))
      if (auto c = rest.find(close); c != std::string_view::npos && c <= 40)
        if (auto d = tx::find_full_date(rest.substr(0, c)); d && d->begin <= open.size()) {
          h.date = d->iso();
          rest = tx::trim(rest.substr(c + close.size()));
        }
  auto opens = [](std::string_view r) {
    for (std::string_view opener : {"尊敬的", "同志们", "各位", "亲爱的", "女士们"})
      if (tx::starts_with(r, opener)) return true;
    return false;
  };
  if (opens(rest)) return h.opens = true, h;
  // (The speaker's bare name between, `习近平同志们：`: two or three Han, a surname first.)
  std::size_t k = 0;
  for (int n = 1; n <= 3 && k < rest.size(); ++n) {
    if (!tx::is_han(tx::next_cp(rest, k))) break;
    // (A surname and a post, `张书记`, names no one.)
    bool post = false;
    for (auto p : gongwen::people::kPositions) post |= rest.substr(0, k).find(p) != std::string_view::npos;
    if (n >= 2 && !post && opens(rest.substr(k)) && gongwen::people::personal_name(rest.substr(0, k))) {
      h.speaker = std::string(rest.substr(0, k));
      return h.opens = true, h;
    }
  }
  return h;
}

std::size_t glued_title_end(std::string_view p) {
  for (std::string_view w : {"的讲话", "讲话稿", "致辞", "的发言", "主持词", "发言稿", "表态发言"}) {
    auto at = p.find(w);
    if (at == std::string_view::npos || tx::char_count(p.substr(0, at)) > 60) continue;
    if (glued_head(p.substr(at + w.size())).opens) return at + w.size();
  }
  // A page flattened onto one line, its occasion's title run on into the first sentence
  // (`在市政府一届五次全体(扩大)会议上的讲话春节刚过，…`): a sentence begins after it, not a
  // clause going on (`…上的讲话中指出`, `…上的讲话精神`).
  if (tx::starts_with(p, "在") && tx::more_visible_than(p, 200)) {
    constexpr std::string_view w = "上的讲话";
    auto at = p.find(w);
    if (at == std::string_view::npos || tx::char_count(p.substr(0, at)) > 60) return 0;
    std::string_view head = p.substr(0, at), rest = p.substr(at + w.size());
    if (tx::contains(head, "，") || tx::contains(head, "。") || tx::contains(head, ",")) return 0;
    std::size_t k = 0;
    char32_t c = rest.empty() ? 0 : tx::next_cp(rest, k);
    if (!tx::is_han(c) || std::u32string_view(U"中时和与及的是要上里为对把给深").find(c) != std::u32string_view::npos) return 0;
    for (std::string_view on : {"精神", "要求", "指示", "内容", "全文", "指出", "强调", "提出", "阐明", "明确"})
      if (tx::starts_with(rest, on)) return 0;
    return at + w.size();
  }
  return 0;
}

int count_words(const gongwen::Document& doc, std::string_view all) {
  int n = 0;
  for (std::size_t b = 0; b < all.size();) {
    std::size_t e = all.find(',', b);
    if (e == std::string_view::npos) e = all.size();
    n += doc.has(all.substr(b, e - b));
    b = e + 1;
  }
  return n;
}

}  // namespace speech_oral
