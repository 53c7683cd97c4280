// HTML unwrapping with libxml2. Text nodes keep their position in the source:
// libxml2 gives each node a line number, which is what a record reports.
#include "read/html.hpp"
#include "util/ascii.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <ctime>
#include <functional>
#include <cstring>
#include <strings.h>

#include <fmt/format.h>
#include <string>
#include <utility>

#include "read/html_chrome.hpp"
#include "read/html_content.hpp"
#include "read/html_meta.hpp"
#include "read/html_title.hpp"
#include "read/html_walker.hpp"
#include "read/wrappers.hpp"

namespace gongwen::host {

namespace {

using html_detail::block;
using html_detail::Walker;

// libxml2's HTML parser gives up below 256 levels of nesting (and drops
// everything after that point), and checks each attribute against all the
// previous ones of its tag (quadratic: a million attributes take hours).
// This linear pass keeps every byte of text and every newline (so libxml2's
// line numbers still point into the source) and drops only tags nested past
// kMaxDepth and attributes past kMaxAttributes.
constexpr int kMaxDepth = 200;
constexpr int kMaxAttributes = 256;

bool void_element(std::string_view name) {
  static const char* names[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                "param", "source", "track", "wbr"};
  for (const char* n : names)
    if (name.size() == std::strlen(n) && strncasecmp(name.data(), n, name.size()) == 0) return true;
  return false;
}

std::string tame_html(std::string_view in, int& dropped_tags, int& dropped_attributes) {
  std::string out;
  out.reserve(in.size());
  int depth = 0;
  std::size_t i = 0, editor_close = std::string_view::npos;  // (where an editor's box read as content closes)
  auto keep_newlines = [&](std::size_t b, std::size_t e) {
    for (std::size_t k = b; k < e; ++k)
      if (in[k] == '\n') out += '\n';
  };
  while (i < in.size()) {
    std::size_t lt = in.find('<', i);
    if (lt == std::string_view::npos) {
      out.append(in.substr(i));
      break;
    }
    out.append(in.substr(i, lt - i));
    i = lt;
    if (in.compare(i, 4, "<!--") == 0) {
      std::size_t e = in.find("-->", i + 4);
      e = e == std::string_view::npos ? in.size() : e + 3;
      out.append(in.substr(i, e - i));
      i = e;
      continue;
    }
    // Word's downlevel-revealed conditionals (`<![if !vml]>` … `<![endif]>`):
    // browsers show what they enclose and nothing of the markers.
    if (in.compare(i, 3, "<![") == 0 && in.compare(i, 9, "<![CDATA[") != 0) {
      // Looked for within the marker's length only: a stray `<![` must not scan the page.
      std::size_t e = in.substr(i + 3, 200).find("]>");
      if (e != std::string_view::npos) {
        e += i + 3;
        keep_newlines(i, e);
        i = e + 2;
        continue;
      }
    }
    // Server template code saved with the page (`<%@ page … %>`, `<?php … ?>`)
    // is no part of it. Any other `<?…>` (`<?xml …?>`, Word's
    // `<?xml:namespace … />`) ends at its first `>`, as HTML parsers read it.
    if (i + 1 < in.size() && (in[i + 1] == '%' || in[i + 1] == '?')) {
      bool code = in[i + 1] == '%' || in.compare(i, 5, "<?php") == 0 || in.compare(i, 3, "<?=") == 0;
      std::size_t e = code ? in.find(in[i + 1] == '%' ? "%>" : "?>", i + 2) : in.find('>', i + 2);
      i = e == std::string_view::npos ? in.size() : e + (code ? 2 : 1);
      continue;
    }
    bool closing = i + 1 < in.size() && in[i + 1] == '/';
    std::size_t n0 = i + (closing ? 2 : 1);
    std::size_t n1 = n0;
    while (n1 < in.size() && (std::isalnum(static_cast<unsigned char>(in[n1])) || in[n1] == ':' || in[n1] == '-')) ++n1;
    if (n1 == n0) {  // "<!DOCTYPE" or a lone '<': not an element
      out += '<';
      ++i;
      continue;
    }
    std::string_view name = in.substr(n0, n1 - n0);
    // The tag's end, outside quotes, counting attributes.
    std::size_t k = n1, cut = std::string_view::npos;
    int attributes = 0;
    char quote = 0;
    bool in_name = false;
    for (; k < in.size(); ++k) {
      char c = in[k];
      if (quote) {
        if (c == quote) quote = 0;
        continue;
      }
      if (c == '"' || c == '\'') quote = c;
      else if (c == '>') break;
      else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') in_name = false;
      else if (!in_name && c != '=' && c != '/') {
        in_name = true;
        if (++attributes > kMaxAttributes && cut == std::string_view::npos) cut = k;
      }
    }
    std::size_t end = k < in.size() ? k + 1 : in.size();
    // An editor's box saved with an admin page (`<textarea id="context"><p>国家工商行政管理总局令</p>…`):
    // its markup is the document, read as the page's content (a textarea's text is otherwise a form's).
    if (name.size() == 8 && strncasecmp(name.data(), "textarea", 8) == 0) {
      if (closing && i == editor_close) {
        out += "</div>";
        i = end;
        editor_close = std::string_view::npos;
        if (depth > 0) --depth;
        continue;
      }
      std::size_t e = end;
      while ((e = in.find("</", e)) != std::string_view::npos && strncasecmp(in.data() + e, "</textarea", 10) != 0) e += 2;
      std::string_view box = in.substr(end, e == std::string_view::npos ? std::string_view::npos : e - end);
      if (!closing && e != std::string_view::npos && (box.find("<p") != std::string_view::npos || box.find("<div") != std::string_view::npos) &&
          text::han_count(box) >= 100) {
        out += "<div>";
        editor_close = e;
        ++depth;
        i = end;
        continue;
      }
    }
    bool self_closing = k > 0 && k < in.size() && in[k - 1] == '/';
    bool opens = !closing && !self_closing && !void_element(name);
    bool drop = closing ? depth > kMaxDepth : (opens && depth + 1 > kMaxDepth);
    if (closing && depth > 0) --depth;
    if (opens) ++depth;
    if (drop) {
      ++dropped_tags;
      keep_newlines(i, end);
    } else if (cut != std::string_view::npos) {
      ++dropped_attributes;
      out.append(in.substr(i, cut - i));
      keep_newlines(cut, end);
      out += '>';
    } else {
      out.append(in.substr(i, end - i));
    }
    i = end;
    // Raw text elements: their content is not markup.
    if (!closing && (strncasecmp(name.data(), "script", name.size()) == 0 || strncasecmp(name.data(), "style", name.size()) == 0) &&
        (name.size() == 6 || name.size() == 5)) {
      std::string close = "</" + std::string(name);
      std::size_t e = i;
      for (;;) {
        e = in.find("</", e);
        if (e == std::string_view::npos || strncasecmp(in.data() + e, close.data(), close.size()) == 0) break;
        e += 2;
      }
      if (e == std::string_view::npos) e = in.size();
      out.append(in.substr(i, e - i));
      i = e;
      if (opens && depth > 0) --depth;
    }
  }
  return out;
}



// A weaker reading of a field (`title_site`, `page_made`) kept aside until the stronger ones
// have spoken: it becomes `field` only when none did, and is dropped either way.
void fall_back(Unwrapped& u, const char* weaker, const char* field) {
  auto it = u.fields.find(weaker);
  if (it == u.fields.end()) return;
  Json value = *it;  // a copy: erasing and inserting may move the map's elements
  u.fields.erase(weaker);
  if (!u.fields.contains(field)) u.fields[field] = std::move(value);
}

}  // namespace

Unwrapped unwrap_html(std::string_view decoded_in) {
  Unwrapped u;
  u.wrapper = "html";
  int dropped_tags = 0, dropped_attributes = 0;
  std::string tamed = tame_html(decoded_in, dropped_tags, dropped_attributes);
  std::string_view decoded = tamed;
  if (dropped_tags)
    u.notes.push_back({Diag::read_markup_limit,
                       fmt::format("HTML nested deeper than {} levels: {} tags below that depth dropped, their text kept",
                                   kMaxDepth, dropped_tags)});
  if (dropped_attributes)
    u.notes.push_back({Diag::read_markup_limit, fmt::format("{} tag(s) with more than {} attributes: the extra attributes dropped",
                                                            dropped_attributes, kMaxAttributes)});
  htmlDocPtr doc = htmlReadMemory(decoded.data(), static_cast<int>(decoded.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (!doc) {
    u.notes.push_back({Diag::read_markup_failed, "HTML parser failed; text kept as it was"});
    u.out.copy(decoded_in, 0);
    u.wrapper.clear();
    return u;
  }
  // The root element and any top-level nodes after it: libxml2's recovery
  // can leave part of a page with broken markup after the closed <html>.
  xmlNode* root = xmlDocGetRootElement(doc);
  find_meta(root, u);
  // A CMS that stamps its PubDate when it regenerates the page says so (the same time as its
  // `页面生成时间`): that is when the page was made, and the date the page prints is sought.
  if (auto made = u.fields.find("page_generated"); made != u.fields.end()) {
    Json when = *made;
    u.fields.erase("page_generated");
    if (auto date = u.fields.find("page_date"); date != u.fields.end() && *date == when) u.fields.erase("page_date");
    if (!u.fields.contains("page_made")) u.fields["page_made"] = std::move(when);
  }
  bool from_meta = u.fields.contains("meta_title");
  if (u.fields.contains("meta_title")) {
    Json t = u.fields["meta_title"];  // a copy: inserting "title" may move the map's elements
    u.fields.erase("meta_title");
    u.fields["title"] = std::move(t);
  }
  // Positions point into the source as read: the tamed copy has the same lines.
  std::vector<std::size_t> line_starts{0};
  for (std::size_t i = 0; i < decoded_in.size(); ++i)
    if (decoded_in[i] == '\n') line_starts.push_back(i + 1);
  // The whole page first: its info line (date, source) may sit outside the
  // article, and it is the fallback when no element stands out.
  Unwrapped full;
  {
    Walker w(decoded_in, line_starts, full);
    w.walk(root);  // root and its following siblings
    w.flush();
  }
  // A CMS that fills its source slot with the article's own title (ContentSource =
  // the law's name) names no source; the page's 来源 line may.
  if (auto src = u.fields.find("source"), title = u.fields.find("title");
      src != u.fields.end() && title != u.fields.end() && src->is_string() && title->is_string() &&
      text::strip_spaces(src->get<std::string>()) == text::strip_spaces(title->get<std::string>()))
    u.fields.erase(src);
  page_info(full.out.text, u);
  script_info(decoded_in, u);
  saved_from(decoded_in, u);
  for (const char* weaker : {"page_made", "page_badge_date", "page_url_date"}) fall_back(u, weaker, "page_date");  // dates only a page without a better one
  fall_back(u, "title_site", "site");
  MainContent main = find_main_content(root);
  if (auto t = u.fields.find("title"); t != u.fields.end() && t->is_string()) prefer_block_under_title(main, root, t->get<std::string>());
  // A fragment (a crawler's stored content field: no <html>, no <body>) is all
  // content: there is no page around it to drop, and its loose text between
  // blocks (a 主送 line, a body) is the document's.
  // A page that leaves out its optional tags still says it is one (a doctype,
  // a <title>, <meta>, <nav>).
  bool fragment = true;
  {
    std::string head = ascii_lower(decoded_in.substr(0, std::min<std::size_t>(decoded_in.size(), 1 << 16)));
    auto tag = [&](std::string_view name) {  // `<head` but not `<header`
      for (std::size_t p = head.find(name); p != std::string::npos; p = head.find(name, p + 1)) {
        char after = p + name.size() < head.size() ? head[p + name.size()] : '>';
        if (after == '>' || after == ' ' || after == '\t' || after == '\n' || after == '\r' || after == '/') return true;
      }
      return false;
    };
    for (std::string_view name : {"<html", "<head", "<body", "<!doctype", "<title", "<meta", "<nav"})
      if (tag(name)) fragment = false;
  }
  // A text file put on the web as it was (an e-mail magazine's issue, a book's chapter): one
  // <pre> holds the page's text. It is read as that text, never as a page of one article: it
  // may split by its own contents and title blocks (`html-pre`, not `html`).
  for (const auto& [node, count] : main.counts)
    if (node->type == XML_ELEMENT_NODE && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>("pre")) == 0 &&
        count.chars - count.link_chars >= 400 && (count.chars - count.link_chars) * 10 >= main.page_chars * 8)
      u.wrapper = "html-pre";
  bool use_main = !fragment && main.node && !weak_main(main.chars, main.page_chars);
  if (use_main) {
    std::string page_title = u.fields.contains("title") ? u.fields["title"].get<std::string>() : "";
    Unwrapped article;
    Walker w(decoded_in, line_starts, article);
    w.skip_hidden = true;
    auto prelude = prelude_before(main);
    if (!prelude.empty()) {
      for (xmlNode* n : prelude) w.visit(n), w.flush();
    } else if (xmlNode* h = heading_before(main.node, page_title)) {
      w.visit(h);
    }
    w.flush();
    w.walk(main.node->children);
    w.flush();
    // Page chrome at the article's edges (打印 关闭, 上一篇：…, 责任编辑).
    std::vector<std::pair<std::size_t, std::size_t>> lines;
    std::string_view t = article.out.text;
    for (std::size_t b = 0; b < t.size();) {
      std::size_t e = t.find('\n', b);
      if (e == std::string_view::npos) e = t.size();
      lines.emplace_back(b, e);
      b = e + 1;
    }
    std::size_t first = 0, last = lines.size();
    auto line = [&](std::size_t i) { return t.substr(lines[i].first, lines[i].second - lines[i].first); };
    while (first < last && chrome_line(line(first))) ++first;
    // (And a like button's counter: `+1`, `+23`.)
    auto counter = [](std::string_view l) {
      std::string sq = text::strip_spaces(l);
      return sq.size() >= 2 && sq.size() <= 5 && sq[0] == '+' &&
             std::all_of(sq.begin() + 1, sq.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    while (last > first && (chrome_line(line(last - 1)) || divider_line(line(last - 1)) || counter(line(last - 1)) ||
                            credits_line(line(last - 1)) || !closing_byline(line(last - 1)).empty())) {
      // (The editor and the reporters it credits are the page's facts: kept.)
      if (auto ed = editor_credit(line(last - 1)); !ed.empty() && !u.fields.contains("editor")) u.fields["editor"] = ed;
      if (auto by = closing_byline(line(last - 1)); !by.empty() && !u.fields.contains("author")) u.fields["author"] = by;
      --last;
    }
    // A site's link glued to the last sentence (`…前往送别。返回搜狐，查看更多`).
    if (last > first)
      if (auto cut = glued_site_link(line(last - 1)); cut != std::string_view::npos) lines[last - 1].second = lines[last - 1].first + cut;
    std::vector<std::size_t> drop_caption;
    // A list of other articles closing the content (each line a link, after the last sentence).
    {
      std::size_t k = last;
      // (Attachments are links too, and content: `附件1：….docx`.)
      auto attachment = [](std::string_view l) {
        for (std::string_view w : {"附件", ".doc", ".pdf", ".xls", ".wps", ".zip", ".rar", ".ofd", ".et"})
          if (l.find(w) != std::string_view::npos) return true;
        return false;
      };
      while (k > first && k - 1 < w.link_lines.size() && w.link_lines[k - 1] && text::char_count(line(k - 1)) <= 60 &&
             !attachment(line(k - 1)))
        --k;
      if (last - k >= 2 && k > first && text::ends_sentence(text::trim(line(k - 1)))) last = k;
    }
    // A box of promotions and links closing the content (`网易财经` / `会赚钱的客户端：` /
    // `重点推荐` / a link / a link …): short labels and links after the last sentence,
    // links a third of them at least. A signature or a date stops it: they close a document.
    {
      std::size_t k = last, links = 0;
      while (k > first) {
        std::string_view l = text::trim(line(k - 1));
        bool link = k - 1 < w.link_lines.size() && w.link_lines[k - 1];
        char32_t end = text::last_cp(l);
        bool closes = end == U'。' || end == U'！' || end == U'？' || end == U'；' || end == U'…' || end == U'!' || end == U'?';
        if (closes || text::find_full_date(l) || text::char_count(l) > (link ? 40 : 16)) break;
        bool label = !link && std::none_of(l.begin(), l.end(), [](char c) { return c >= '0' && c <= '9'; }) && !people::organ_like(l);
        if (!link && !label) break;
        links += link;
        --k;
      }
      if (k > first && links >= 3 && links * 3 >= last - k) last = k;
    }
    // Photo captions: a short line alone right under a picture, within the text; or, under a
    // picture or not, a line that says it is one (`图为…`, `…山东女子学院供图`, `（新华社记者 某某 摄）`).
    for (std::size_t i = first + 1; i + 1 < last; ++i) {
      std::string_view l = text::trim(line(i));
      bool under_image = i < w.after_image.size() && w.after_image[i];
      if (under_image && i >= first + 2 && i + 3 <= last && text::char_count(l) <= 40 && !text::ends_sentence(l) && !l.ends_with("：") &&
          !text::find_full_date(l) && !text::parse_marker(l))
        drop_caption.push_back(i);
      else if (photo_caption(l) && (under_image || i + 1 < last))
        drop_caption.push_back(i);
    }
    // The byline under the title: credits (read into the fields) and dividers.
    std::vector<bool> drop(lines.size(), false);
    for (std::size_t i : drop_caption) drop[i] = true;
    for (std::size_t i = first; i < last && i < first + 6; ++i) {
      drop[i] = drop[i] || credits_line(line(i)) || divider_line(line(i)) || info_box_line(line(i)) || posting_line(line(i)) ||
                (i > first && chrome_line(line(i)));
      if (auto o = original_title(line(i)); !o.empty()) {
        drop[i] = true;
        if (!u.fields.contains("original_title")) u.fields["original_title"] = o;
      }
      if (auto src = repost_source(line(i)); !src.empty()) {
        drop[i] = true;
        if (!u.fields.contains("source")) u.fields["source"] = src;
      }
    }
    // A `推荐阅读` list closing the article (an account's or a site's own
    // promotions inside the content): from its label to the end.
    for (std::size_t i = last; i-- > first + (last - first) * 6 / 10;) {
      std::string sq = text::strip_spaces(line(i));
      for (std::string_view l : {"推荐阅读", "往期推荐", "往期回顾", "往期精选", "相关阅读", "延伸阅读", "精彩推荐", "更多精彩"})
        if (sq == l || (text::char_count(sq) <= 8 && sq.find(l) != std::string::npos)) last = i;
    }
    // A heading printed over several lines (`全国人民代表大会常务委员会<br>关于批准…<br>调整…的决议`)
    // is one line of the text, as the page's title is one: the lines that spell it are joined.
    std::size_t joined_from = last, joined_to = last;
    if (auto title = u.fields.find("title"); title != u.fields.end() && title->is_string()) {
      std::string want = text::strip_spaces(title->get<std::string>());
      auto spells = [&](const std::string& sq) {
        if (!want.starts_with(sq)) return false;
        std::string_view rest = std::string_view(want).substr(sq.size());
        for (std::string_view sep : {"_", "-", "|", "—", "｜", "－"})
          if (rest.empty() || rest.starts_with(sep)) return true;
        return false;
      };
      for (std::size_t start = first; start < last && start < first + 4 && joined_from == last; ++start) {
        std::string sq;
        for (std::size_t k = start; k < last && k < start + 4; ++k) {
          if (drop[k]) break;
          sq += text::strip_spaces(line(k));
          if (!want.starts_with(sq)) break;
          if (k > start && text::char_count(sq) >= 8 && spells(sq)) joined_from = start, joined_to = k;
        }
      }
    }
    for (std::size_t i = first; i < last; ++i) {
      if (drop[i]) continue;
      if (std::binary_search(article.own_lines.begin(), article.own_lines.end(), lines[i].first)) u.own_lines.push_back(u.out.text.size());
      u.out.copy_mapped(t, article.out.map, lines[i].first, lines[i].second - lines[i].first);
      if (i < joined_from || i >= joined_to) u.out.insert("\n");
    }
    u.headings = std::move(article.headings);
    settle_title(u, from_meta);
    u.notes.push_back({Diag::clean_main_content,
                       fmt::format("main content: <{}> holding {} of the page's {} characters outside links; the rest of the "
                                   "page (navigation, lists, footers) dropped",
                                   reinterpret_cast<const char*>(main.node->name), main.chars, main.page_chars)});
  } else {
    u.out = std::move(full.out);
    u.headings = std::move(full.headings);
    u.own_lines = std::move(full.own_lines);
    u.notes.push_back({Diag::clean_markup, "HTML markup, scripts, styles and navigation dropped (no element stands out as the article)"});
  }
  footer_site(full.out.text, u);
  fall_back(u, "bare_title_site", "site");
  xmlFreeDoc(doc);
  return u;
}

}  // namespace gongwen::host
