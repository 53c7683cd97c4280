// The site's name as a saved page's footer prints it (see html_meta.hpp).
//
// Invariant: a name found elsewhere (<title>, meta tags, a WeChat script) is
// never replaced by a different one, only by its own fuller form.
#include "read/html_meta.hpp"

#include <gongwen/text.hpp>

namespace gongwen::host {

namespace {

// `武汉大学国学院` is the full name of `国学院`, `山西医科大学纪检监察室` of `纪检`:
// the short name ends the long one, or stands in it followed by an organ's
// last word. `新华网股份有限公司` is no fuller name of `新华网`: a company
// owns the site, it is not its name.
bool fuller_name_of(std::string_view full, std::string_view short_name) {
  if (full.size() <= short_name.size()) return false;
  if (text::ends_with(full, short_name)) return true;
  auto at = full.find(short_name);
  if (at == std::string_view::npos) return false;
  std::string_view rest = full.substr(at + short_name.size());
  if (text::char_count(rest) > 3) return false;
  for (std::string_view organ : {"室", "处", "办", "部", "局", "委", "院", "中心", "办公室"})
    if (text::ends_with(rest, organ)) return true;
  return false;
}

}  // namespace

// The site's name as its footer prints it: the holder of the copyright
// (`版权所有：中国载人航天工程官方网站`, `Copyright © 2006 - 2020 中国人民大学后勤集团`,
// `©2025 浙江省淡水水产研究所`, `…纪检监察室 版权所有`), else the organiser
// (`主办单位：国务院办公厅`). Read from the end of the page, where footers are.
void footer_site(std::string_view flat, Unwrapped& u) {
  // A site named already (by <title> or a meta tag) is only ever lengthened: a
  // department's sub-site calls itself by its short name in <title> (`…-纪检`,
  // `…-国学院`) and by its full one in the footer (`山西医科大学纪检监察室`).
  std::string named;
  if (auto it = u.fields.find("site"); it != u.fields.end()) {
    if (!it->is_string()) return;
    named = it->get<std::string>();
    if (named.empty() || text::char_count(named) > 8) return;
  }
  // A name runs to a wide gap or to the next item of the footer.
  auto name_at = [](std::string_view s) -> std::string {
    std::size_t i = 0;
    auto skip = [&](auto pred) {
      while (i < s.size()) {
        std::size_t j = i;
        char32_t c = text::next_cp(s, j);
        if (!pred(c)) break;
        i = j;
      }
    };
    // (`Copyright@2015`: an at sign standing for ©.)
    skip([](char32_t c) {
      return c == U' ' || c == U'：' || c == U':' || c == U'©' || c == U'@' || c == U'\u3000' || c == U'\u00a0' || c == U'丨' || c == U'|' ||
             c == U'｜';
    });
    if (s.substr(i, 3) == "(C)" || s.substr(i, 3) == "(c)") i += 3;
    skip([](char32_t c) { return c == U' ' || c == U'\u00a0' || c == U'©' || c == U'@' || (c >= U'0' && c <= U'9') || c == U'-' || c == U'–' || c == U'年'; });
    std::string_view rest = s.substr(i);
    std::size_t end = rest.size();
    for (std::string_view stop : {"  ", "\u3000", "|", "｜", "地址", "电话", "ICP", "备案", "技术支持", "承办", "运行维护", "维护",
                                  "All", "all rights", "版权所有", "联系", "邮编", "，", ",", "。", "；", "主办", "Copyright", "©",
                                  " ", "\u00a0"})
      if (auto p = rest.find(stop); p != std::string_view::npos && p < end) end = p;
    std::string name(text::trim(rest.substr(0, end)));
    if (text::han_count(name) < 2 || text::char_count(name) > 30 || text::han_count(name) * 2 < text::char_count(name)) return {};
    // A notice about the text is no holder (`转载请注明出处，本网版权所有`, `本文版权所有`).
    for (std::string_view w : {"本网", "本站", "本文", "本刊", "转载", "未经", "注明", "授权", "禁止", "作者"})
      if (name.find(w) != std::string::npos) return {};
    return name;
  };
  std::string holder, organiser;
  std::size_t seen = 0;
  for (std::size_t e = flat.size(); e > 0 && seen < 60 && holder.empty();) {
    std::size_t b = flat.rfind('\n', e - 1);
    b = b == std::string_view::npos ? 0 : b + 1;
    std::string_view line = text::trim(flat.substr(b, e - b));
    e = b > 0 ? b - 1 : 0;
    if (line.empty()) continue;
    ++seen;
    if (text::char_count(line) > 200) continue;
    for (std::string_view mark : {"版权所有", "Copyright", "COPYRIGHT", "copyright", "©"}) {
      for (std::size_t at = line.find(mark); at != std::string_view::npos && holder.empty(); at = line.find(mark, at + 1)) {
        holder = name_at(line.substr(at + mark.size()));
        if (holder.empty() && mark == "版权所有") {
          // The holder before the words: the item that ends there.
          std::string_view before = text::trim(line.substr(0, at));
          std::size_t cut = 0;
          for (std::string_view sep : {"  ", "\u3000", " ", "\u00a0", "|", "｜", "：", ":", "©"})
            if (auto p = before.rfind(sep); p != std::string_view::npos) cut = std::max(cut, p + sep.size());
          holder = name_at(before.substr(cut));
        }
      }
      if (!holder.empty()) break;
    }
    if (organiser.empty())
      for (std::string_view label : {"主办单位", "主办方", "主办"})
        if (auto at = line.find(label); at != std::string_view::npos) {
          // A footer's label (`主办单位：`, `主办 国务院办公厅`), not the word in a
          // sentence of the article (`…主办方应当收回…`).
          std::string_view after = line.substr(at + label.size());
          bool labelled = false;
          for (std::string_view sep : {"：", ":", " ", "\u3000", "\u00a0", "丨", "|", "｜"}) labelled |= text::starts_with(after, sep);
          if (!labelled) continue;
          organiser = name_at(after);
          if (!organiser.empty()) break;
        }
    if (b == 0) break;
  }
  const std::string& found = !holder.empty() ? holder : organiser;
  if (found.empty()) return;
  if (!named.empty() && !fuller_name_of(found, named)) return;
  u.fields["site"] = found;
}

}  // namespace gongwen::host
