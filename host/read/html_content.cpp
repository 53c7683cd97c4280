// Main-content extraction for saved pages, tuned for Chinese sites (gov.cn
// TRS/UCAP templates, party and school CMSs, news portals, WeChat).
//
// Every text node is credited to the block that holds it; a block's score is
// 1 + its Chinese punctuation + min(chars / 100, 3) when it has 20 characters
// or more, and flows to the container of the paragraph (full) and the next
// container up (half), as readability does. A container's final score is
// scaled by (1 - link density)² and by its class/id hints; the best one is the
// article. Menus, breadcrumbs, related lists and footers lose on punctuation
// and link density without any site rule.
//
// Invariants: one pass to gather per-node statistics, one to score, both
// linear in the page; nodes in skipped elements (script, nav, …) count for
// nothing; the chosen node is an element of the page.
#include "read/html_content.hpp"
#include "read/html_chrome.hpp"

#include <libxml/tree.h>

#include <gongwen/text.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <string>
#include <unordered_map>

namespace gongwen::host {

namespace {

bool named(const xmlNode* n, const char* name) {
  return n && n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}


bool container(const char* name) {
  static const char* names[] = {"div", "td", "article", "section", "main", "body", "dd", "li", "blockquote", "center", "tbody", "table"};
  for (const char* s : names)
    if (std::strcmp(name, s) == 0) return true;
  return false;
}

std::string lower_attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s(reinterpret_cast<char*>(v));
  xmlFree(v);
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Class and id words: weak evidence, never decisive alone.
double hint(const xmlNode* n) {
  std::string s = lower_attr(n, "class") + " " + lower_attr(n, "id");
  if (s.size() <= 1) return 1.0;
  static constexpr std::array<std::string_view, 16> good = {
      "content", "article", "trs_editor", "zoom", "detail", "js_content", "text", "main", "body", "con",
      "custom_unionstyle", "ucap-content", "wz", "news_txt", "rich_media_content", "zw"};
  static constexpr std::array<std::string_view, 22> bad = {
      "nav", "menu", "header", "footer", "foot", "sidebar", "side", "comment", "share", "crumb", "login",
      "related", "recommend", "copyright", "banner", "link", "hot", "rank", "list", "tool", "search", "qr"};
  double f = 1.0;
  for (auto w : good)
    if (s.find(w) != std::string::npos) {
      f = 1.25;
      break;
    }
  for (auto w : bad)
    if (s.find(w) != std::string::npos) return f > 1.0 ? 0.9 : 0.5;
  return f;
}

struct Stats {
  std::size_t chars = 0;       // non-space characters of text below
  std::size_t link_chars = 0;  // of which inside <a>
  double score = 0;            // credited by paragraphs
};

bool is_punct(char32_t c) {
  return c == U'，' || c == U'。' || c == U'；' || c == U'：' || c == U'、' || c == U'！' || c == U'？';
}

struct Scorer {
  std::unordered_map<const xmlNode*, Stats> stats;

  // Totals below n; `in_link` while inside <a>.
  void gather(const xmlNode* n, bool in_link, int depth) {
    // Totals go into locals: the map rehashes while children are gathered.
    std::size_t total = 0, links = 0;
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (!c->content) continue;
        std::string_view t(reinterpret_cast<const char*>(c->content));
        std::size_t chars = 0, punct = 0;
        for (std::size_t i = 0; i < t.size();) {
          char32_t cp = text::next_cp(t, i);
          if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == 0x3000 || cp == 0xA0) continue;
          ++chars;
          punct += is_punct(cp);
        }
        total += chars;
        if (in_link) links += chars;
        else if (!teaser(c, t)) credit(n, chars, punct);
      } else if (c->type == XML_ELEMENT_NODE && depth < 400) {
        const char* name = reinterpret_cast<const char*>(c->name);
        if (html_skipped(name)) continue;
        gather(c, in_link || std::strcmp(name, "a") == 0, depth + 1);
        const Stats& cs = stats[c];
        total += cs.chars;
        links += cs.link_chars;
      }
    }
    Stats& me = stats[n];
    me.chars = total;
    me.link_chars = links;
  }

  // A list's teaser, cut short with dots before its link (`…享受国务院政府特殊津贴。...[详细]`,
  // `…[查看全文]`): it stands for a page elsewhere, no paragraph of this one. (The link a word or
  // two, `[详细]`, `更多>>`: a sentence trailing off before a link of its own is prose.)
  static bool teaser(const xmlNode* c, std::string_view t) {
    t = text::trim(t);
    if (!text::ends_with(t, "...") && !text::ends_with(t, "…")) return false;
    const xmlNode* next = c->next;
    while (next && next->type == XML_TEXT_NODE && next->content && text::trim(reinterpret_cast<const char*>(next->content)).empty()) next = next->next;
    if (!named(next, "a")) return false;
    xmlChar* words = xmlNodeGetContent(next);
    bool short_link = words && !text::more_visible_than(reinterpret_cast<const char*>(words), 6);
    if (words) xmlFree(words);
    return short_link;
  }

  // Text of one paragraph: its nearest container gets the paragraph's score,
  // the container above half of it.
  std::unordered_map<const xmlNode*, std::pair<std::size_t, std::size_t>> paragraph;  // block → chars, punct
  void credit(const xmlNode* parent, std::size_t chars, std::size_t punct) {
    const xmlNode* block = parent;
    while (block && block->type == XML_ELEMENT_NODE && !container(reinterpret_cast<const char*>(block->name)) &&
           !named(block, "p"))
      block = block->parent;
    if (!block || block->type != XML_ELEMENT_NODE) return;
    auto& p = paragraph[block];
    p.first += chars;
    p.second += punct;
  }

  // A <div> that holds only inline content is a paragraph when its siblings are too: a page
  // exported from Word writes each paragraph as `<div style="text-indent…"><span>…</span></div>`,
  // and the article is their parent, not the longest of them. (Three or more such siblings: a
  // lone div of text and <br>s is an article of its own.)
  static bool inline_div(const xmlNode* n) {
    if (!named(n, "div")) return false;
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      const char* name = reinterpret_cast<const char*>(c->name);
      if (container(name) || named(c, "p") || named(c, "ul") || named(c, "ol") || (name[0] == 'h' && name[1] >= '1' && name[1] <= '6'))
        return false;
    }
    return true;
  }

  void score_paragraphs() {
    std::unordered_map<const xmlNode*, int> div_paragraphs;  // parent → its inline divs of 20 characters or more
    for (const auto& [block, cp] : paragraph)
      if (cp.first >= 20 && block->parent && inline_div(block)) ++div_paragraphs[block->parent];
    for (const auto& [block, cp] : paragraph) {
      auto [chars, punct] = cp;
      if (chars < 20) continue;
      double sc = 1.0 + static_cast<double>(punct) + std::min(static_cast<double>(chars) / 100.0, 3.0);
      bool div_paragraph = block->parent && div_paragraphs.count(block->parent) && div_paragraphs[block->parent] >= 3 && inline_div(block);
      const xmlNode* first = named(block, "p") || div_paragraph ? block->parent : block;
      if (!first || first->type != XML_ELEMENT_NODE) continue;
      stats[first].score += sc;
      const xmlNode* up = first->parent;
      if (up && up->type == XML_ELEMENT_NODE) stats[up].score += sc / 2;
    }
  }
};

}  // namespace

bool html_skipped(const char* name) {
  static const char* names[] = {"script", "style", "noscript", "nav", "header", "footer", "aside",
                                "iframe", "svg", "select", "template", "head", "textarea"};
  for (const char* s : names)
    if (std::strcmp(name, s) == 0) return true;
  return false;
}

// An element the page never shows (`style="display: none"`, `hidden`): a tag
// cloud, a share template. Not `visibility: hidden`, which is how WeChat keeps
// its article until a script reveals it.
std::string style_of(const xmlNode* n) {
  xmlChar* style = xmlGetProp(n, reinterpret_cast<const xmlChar*>("style"));
  if (!style) return {};
  std::string sq;
  for (const xmlChar* c = style; *c; ++c)
    if (!std::isspace(*c)) sq += static_cast<char>(std::tolower(*c));
  xmlFree(style);
  return sq;
}

bool never_shown(const xmlNode* n) {
  bool hidden = xmlHasProp(n, reinterpret_cast<const xmlChar*>("hidden")) != nullptr;
  if (!hidden) hidden = style_of(n).find("display:none") != std::string::npos;
  // AngularJS hides by class (a page saved after its scripts ran); a Discuz forum hides its
  // anti-copy noise (`<font class="jammer">`) by a class its style sheet sets to display:none.
  if (!hidden) {
    std::string cls = " " + lower_attr(n, "class") + " ";
    hidden = cls.find(" ng-hide ") != std::string::npos || cls.find(" jammer ") != std::string::npos;
  }
  if (!hidden) return false;
  // Text a click reveals is the article's: the rest of it behind a `展开全文` link
  // beside the hidden block. Any other hidden block (tags, a share template, a
  // print copy of the article) is left out.
  // (The three elements on either side: a bounded look, whatever the page.)
  auto reveals = [](const xmlNode* s) {
    if (s->type != XML_ELEMENT_NODE) return false;
    xmlChar* c = xmlNodeGetContent(s);
    if (!c) return false;
    std::string_view t = reinterpret_cast<const char*>(c);
    bool link = !text::more_visible_than(t, 12) && (t.find("展开全文") != std::string_view::npos || t.find("阅读全文") != std::string_view::npos ||
                                                    t.find("查看全文") != std::string_view::npos || t.find("展开阅读") != std::string_view::npos);
    xmlFree(c);
    return link;
  };
  int seen = 0;
  for (const xmlNode* s = n->next; s && seen < 3; s = s->next) {
    if (s->type != XML_ELEMENT_NODE) continue;
    ++seen;
    if (reveals(s)) return false;
  }
  seen = 0;
  for (const xmlNode* s = n->prev; s && seen < 3; s = s->prev) {
    if (s->type != XML_ELEMENT_NODE) continue;
    ++seen;
    if (reveals(s)) return false;
  }
  return true;
}

MainContent find_main_content(xmlNode* root) {
  MainContent out;
  if (!root) return out;
  // Every top-level node, not <body> alone: libxml2's recovery can leave the
  // article after the closed <html> of a page with broken markup.
  Scorer sc;
  for (const xmlNode* top = root; top; top = top->next) {
    if (top->type != XML_ELEMENT_NODE) continue;
    sc.gather(top, false, 0);
    const Stats& page = sc.stats[top];
    out.page_chars += page.chars - page.link_chars;
  }
  sc.score_paragraphs();
  double best = 0;
  const xmlNode* best_node = nullptr;
  for (const auto& [node, s] : sc.stats) {
    if (s.score <= 0 || node->type != XML_ELEMENT_NODE) continue;
    double link_density = s.chars ? static_cast<double>(s.link_chars) / static_cast<double>(s.chars) : 1.0;
    double f = s.score * (1.0 - link_density) * (1.0 - link_density) * hint(node);
    if (f > best || (f == best && best_node && node < best_node)) best = f, best_node = node;
  }
  for (const auto& [node, st] : sc.stats) out.counts[node] = {st.chars, st.link_chars};
  // The element a page names as its article body, read in one pass over the elements that hold
  // text. A publishing platform's (WeChat's #js_content) is the article: scored, its parent can
  // win with the account's banner and profile around it. A government CMS's print area or body
  // (`PrintArea`, printed between `<!--startprint-->` marks; Hanweb's `UCAP-CONTENT`; TRS's
  // `zoom`) is the article when what stood out by its prose is too small to be one (see
  // weak_main): an article that is a table (a list of filings, of candidates) has no prose to score.
  auto own = [&](const xmlNode* n) { return n ? sc.stats[n].chars - sc.stats[n].link_chars : 0; };
  const bool weak = weak_main(own(best_node), out.page_chars);
  const xmlNode* platform = nullptr;
  const xmlNode* print_area = nullptr;
  for (const auto& [node, st] : sc.stats) {
    if (node->type != XML_ELEMENT_NODE || st.chars - st.link_chars < 80) continue;
    xmlChar* id = xmlGetProp(node, reinterpret_cast<const xmlChar*>("id"));
    if (!id) continue;
    std::string_view v(reinterpret_cast<const char*>(id));
    if (v == "js_content") platform = node;
    else if (weak && st.link_chars * 2 <= st.chars && (!print_area || node < print_area))
      for (std::string_view named : {"PrintArea", "printArea", "UCAP-CONTENT", "zoom", "Zoom", "fontzoom"})
        if (v == named) print_area = node;
    xmlFree(id);
    if (platform) break;
  }
  if (platform) {
    best_node = platform;
    best = std::max(best, sc.stats[platform].score);
  } else if (print_area && own(print_area) > own(best_node)) {
    best_node = print_area;
    best = std::max(best, 1.0);
  }
  if (!best_node) return out;
  // The article's own paragraphs set in a block beside the one that won (a TRS editor's preamble
  // `为落实…，制定本办法。` in one div, the articles in the next): the parent holds the article when
  // every other block in it is prose — link-free sentences — or empty (readability's siblings).
  for (int up = 0; up < 2 && !platform && best_node->parent && best_node->parent->type == XML_ELEMENT_NODE; ++up) {
    const xmlNode* parent = best_node->parent;
    if (named(parent, "body") || named(parent, "html")) break;
    bool prose_beside = false, only_prose = true;
    for (const xmlNode* c = parent->children; c && only_prose; c = c->next) {
      if (c == best_node) continue;
      if (c->type == XML_TEXT_NODE) {
        only_prose = !c->content || text::trim(reinterpret_cast<const char*>(c->content)).empty();
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      auto it = sc.stats.find(c);
      std::size_t chars = it == sc.stats.end() ? 0 : it->second.chars, links = it == sc.stats.end() ? 0 : it->second.link_chars;
      if (chars == 0) continue;
      xmlChar* content = xmlNodeGetContent(c);
      bool sentences = content && std::strstr(reinterpret_cast<const char*>(content), "。") != nullptr;
      if (content) xmlFree(content);
      bool prose = sentences && chars >= 40 && links * 10 <= chars;
      only_prose = prose;
      prose_beside |= prose;
    }
    if (!prose_beside || !only_prose) break;
    best_node = parent;
  }
  const Stats& m = sc.stats[best_node];
  out.node = const_cast<xmlNode*>(best_node);
  out.score = best;
  out.chars = m.chars - m.link_chars;
  return out;
}

// An h1–h3, or an element whose class or id says title.
bool heading_like(xmlNode* n) {
  if (n->type != XML_ELEMENT_NODE) return false;
  const char* name = reinterpret_cast<const char*>(n->name);
  if ((name[0] == 'h' && name[1] >= '1' && name[1] <= '3' && name[2] == 0)) return true;
  std::string ci;
  for (const char* a : {"class", "id"}) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(a));
    if (v) ci += reinterpret_cast<char*>(v), ci += ' ', xmlFree(v);
  }
  for (auto& c : ci) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ci.find("title") != std::string::npos || ci.find("tit ") != std::string::npos || ci.find("biaoti") != std::string::npos;
}

// The block right under the article's own heading (`<div class="wenzhang-title">` and the
// page's title in it, then the article) wins over the best-scored block elsewhere when it
// holds more text: a form or a table scores low on punctuation, a menu's blurb high.
void prefer_block_under_title(MainContent& main, xmlNode* root, const std::string& page_title) {
  std::string want = text::strip_spaces(page_title);
  if (text::char_count(want) < 8) return;
  // Every heading that carries most of the title (a sidebar may list the page's own title
  // too; a masthead naming the site's organ is no heading of the article).
  std::vector<xmlNode*> headings;
  std::size_t visited = 0;
  auto shown = [](const xmlNode* n) {
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
      if (never_shown(n)) return false;
    return true;
  };
  std::function<void(xmlNode*, int)> find = [&](xmlNode* n, int depth) {
    for (; n && headings.size() < 16 && visited < 200000; n = n->next, ++visited) {
      if (n->type != XML_ELEMENT_NODE || depth > 200) continue;
      // (An element with less text than a heading holds none: its subtree is not looked at.
      // Skipped elements were never measured.)
      auto count = main.counts.find(n);
      if (count == main.counts.end() || count->second.chars < 8) continue;
      if (count->second.chars <= 100 && heading_like(n) && shown(n)) {
        xmlChar* c = xmlNodeGetContent(n);
        std::string t = c ? text::strip_spaces(reinterpret_cast<char*>(c)) : std::string();
        if (c) xmlFree(c);
        if (text::char_count(t) >= 8 && text::char_count(t) <= 100 && t.size() * 2 >= want.size() &&
            (want.find(t) != std::string::npos || t.find(want) != std::string::npos)) {
          headings.push_back(n);
          continue;
        }
      }
      find(n->children, depth + 1);
    }
  };
  find(root, 0);
  auto inside = [](const xmlNode* n, const xmlNode* of) {
    for (; n; n = n->parent)
      if (n == of) return true;
    return false;
  };
  // Under each: the first block that holds text (its siblings', then its parents' siblings').
  xmlNode* best = nullptr;
  std::size_t best_chars = 0;
  for (xmlNode* heading : headings) {
    int up = 0;
    xmlNode* block = nullptr;
    for (xmlNode* x = heading; x && x->type == XML_ELEMENT_NODE && up < 3 && !block; x = x->parent, ++up)
      for (xmlNode* s = x->next; s && !block; s = s->next) {
        if (s->type != XML_ELEMENT_NODE || html_skipped(reinterpret_cast<const char*>(s->name)) || never_shown(s)) continue;
        auto it = main.counts.find(s);
        if (it != main.counts.end() && it->second.chars - it->second.link_chars >= 80) block = s;
      }
    if (!block) continue;
    const TextCount& c = main.counts.at(block);
    std::size_t chars = c.chars - c.link_chars;
    if (chars > best_chars) best = block, best_chars = chars;
  }
  if (!best || (main.node && (inside(main.node, best) || inside(best, main.node)))) return;  // the scores agree
  if (best_chars > main.chars) main.node = best, main.chars = best_chars;
}

// A layout table's level (td, tr, tbody, table), which nests a page's blocks deep without
// setting them apart.
static bool table_level(xmlNode* n) {
  const char* name = reinterpret_cast<const char*>(n->name);
  return n->type == XML_ELEMENT_NODE && (!std::strcmp(name, "td") || !std::strcmp(name, "tr") || !std::strcmp(name, "tbody") ||
                                         !std::strcmp(name, "table"));
}

// Whether a subtree holds a form's control (a search box, a date picker).
static bool holds_form_control(xmlNode* n) {
  for (xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const char* name = reinterpret_cast<const char*>(c->name);
    if (!std::strcmp(name, "input") || !std::strcmp(name, "select") || !std::strcmp(name, "textarea") || !std::strcmp(name, "form") ||
        holds_form_control(c))
      return true;
  }
  return false;
}

// The article's heading: the last h1–h3 or title-classed element before the
// article, among the preceding siblings of it and of its ancestors.
xmlNode* heading_before(xmlNode* main, const std::string& page_title) {
  std::string want = text::strip_spaces(page_title);
  auto fits = [&](xmlNode* n) {
    xmlChar* c = xmlNodeGetContent(n);
    if (!c) return false;
    std::string t = text::strip_spaces(reinterpret_cast<char*>(c));
    xmlFree(c);
    std::size_t chars = text::char_count(t);
    if (chars < 4 || chars > 80) return false;
    return want.empty() || want.find(t) != std::string::npos || t.find(want) != std::string::npos;
  };
  std::function<xmlNode*(xmlNode*, int)> last_heading = [&](xmlNode* n, int depth) -> xmlNode* {
    if (depth > 6 || n->type != XML_ELEMENT_NODE || html_skipped(reinterpret_cast<const char*>(n->name))) return nullptr;
    for (xmlNode* c = n->last; c; c = c->prev)
      if (xmlNode* h = last_heading(c, depth + 1)) return h;
    return heading_like(n) && fits(n) ? n : nullptr;
  };
  // Layout tables nest the body deep (td > tr > tbody > table, twice): the
  // heading over the outer table is still the article's. Table levels cost
  // nothing; five other levels, as before (further up are the column's and
  // the site's headings).
  xmlNode* at = main;
  for (int up = 0, levels = 0; at && up < 5 && levels < 16; up += !table_level(at), ++levels, at = at->parent) {
    for (xmlNode* p = at->prev; p; p = p->prev)
      if (xmlNode* h = last_heading(p, 0)) return h;
    if (at->parent && at->parent->type != XML_ELEMENT_NODE) break;
  }
  return nullptr;
}

// The article's head printed just before its body in blocks of their own (a
// title row, a 文号 row, an info line in a table): the short, link-free
// preceding siblings of the body and of its containers, nearest first, up to
// the first block that is long, link-heavy or navigation.
std::vector<xmlNode*> prelude_before(const MainContent& main) {
  std::vector<xmlNode*> out;
  std::size_t total = 0;
  // A heading inside a header block with the info line: the prelude only when
  // no block above the article gives one.
  xmlNode* inner = nullptr;
  auto finish = [&] { return out.empty() && inner ? std::vector<xmlNode*>{inner} : out; };
  xmlNode* at = main.node;
  // (A layout table's levels count for nothing: `<tr><td class=title>` over `<tr><td><div><span>body`.)
  for (int up = 0, levels = 0; at && up < 3 && levels < 10; up += !table_level(at), ++levels, at = at->parent) {
    for (xmlNode* p = at->prev; p; p = p->prev) {
      if (p->type != XML_ELEMENT_NODE) continue;
      if (html_skipped(reinterpret_cast<const char*>(p->name))) return finish();
      auto it = main.counts.find(p);  // measured when the article was looked for
      std::size_t chars = it == main.counts.end() ? 0 : it->second.chars;
      std::size_t links = it == main.counts.end() ? 0 : it->second.link_chars;
      if (chars == 0) continue;
      if (links * 10 > chars * 3 || chars > 200) return finish();
      // (A search box in a sidebar's cell is no part of the head: `请输入关键词检索`.)
      if (holds_form_control(p)) continue;
      if ((total += chars) > 300) return finish();
      // The page's info line (来源 时间 字号 打印) is in the fields already; a
      // prelude is a title, a subtitle, a 文号.
      xmlChar* c = xmlNodeGetContent(p);
      std::string t = c ? text::strip_spaces(reinterpret_cast<char*>(c)) : std::string();
      if (c) xmlFree(c);
      // A block of sentences (a menu's blurb, a summary) is no title: the head stops there.
      if (t.find("。") != std::string::npos) return finish();
      // A trail's last step (`> 动态内容`, `» 正文`) titles the column, not the article.
      if (t.starts_with(">") || t.starts_with("»") || t.starts_with("＞") || t.starts_with("→")) continue;
      bool info = chrome_line(t);
      // A posting time with the account or author (`2017-03-03原妈HUAWEI…`).
      if (auto d = text::parse_date_at(t, 0); d && d->begin == 0 && d->year && d->day) info = true;
      for (std::string_view label : {"来源：", "来源:", "时间：", "日期：", "作者：", "编辑：", "浏览", "字号", "分享", "点击"})
        info |= t.find(label) != std::string::npos;
      if (info) {
        // A header block holding the heading and the info line together
        // (`<div class="details-header"><h2>…</h2><div>发布时间：…</div>`):
        // its heading child.
        // An <h1>–<h6> first, then a block classed title (`<div class="article-title">`);
        // an inline element (`<span class="lm-title">政务公开专栏</span>`), a label, a
        // date line or the info line itself is none.
        // Last, the block's own text before the info line (`<div class="zhaiyao">关于…通知<p>发布人：…`).
        xmlNode* heading = nullptr;
        for (int pass = 0; pass < 3 && !heading; ++pass)
          for (xmlNode* c = p->children; c && !heading; c = c->next) {
            if (pass == 2 && c->type == XML_ELEMENT_NODE) break;
            if (c->type != (pass == 2 ? XML_TEXT_NODE : XML_ELEMENT_NODE)) continue;
            const char* cn = reinterpret_cast<const char*>(c->name);
            bool h = cn[0] == 'h' && cn[1] >= '1' && cn[1] <= '6' && cn[2] == 0;
            if (pass < 2 && (pass == 0 ? !h : (h || !heading_like(c)))) continue;
            bool inline_element = false;
            for (const char* in : {"span", "a", "em", "i", "b", "strong", "font", "label", "small"})
              inline_element |= std::strcmp(cn, in) == 0;
            if (inline_element) continue;
            xmlChar* hc = xmlNodeGetContent(c);
            std::string ht = hc ? text::strip_spaces(reinterpret_cast<char*>(hc)) : std::string();
            if (hc) xmlFree(hc);
            std::size_t n = text::char_count(ht);
            bool labelled = false;
            for (std::string_view label : {"来源：", "时间：", "日期：", "作者：", "来源:", "时间:", "日期:", "浏览次数", "点击数"})
              labelled |= ht.find(label) != std::string::npos;
            if (auto d = text::parse_date_at(ht, 0); d && d->begin == 0 && d->year) labelled = true;
            // (The block's own text is a title, not a label and its value: `索引号：…`, `发文字号：…`.)
            if (pass == 2)
              for (std::string_view label : {"索引号", "发文字号", "文号", "发文机关", "发布机构", "主题分类", "成文日期", "发布日期",
                                             "名称", "分类", "信息来源", "编号", "生效日期", "有效性"})
                for (std::string_view colon : {"：", ":"})
                  labelled |= ht.starts_with(std::string(label) + std::string(colon));
            if (n >= 6 && n <= 80 && !labelled && !chrome_line(ht) && !text::ends_sentence(ht)) heading = c;
          }
        if (!inner) inner = heading;
        continue;
      }
      out.insert(out.begin(), p);
      if (out.size() >= 3) return finish();
    }
    if (!at->parent || at->parent->type != XML_ELEMENT_NODE || std::strcmp(reinterpret_cast<const char*>(at->parent->name), "body") == 0) break;
  }
  return finish();
}

}  // namespace gongwen::host
