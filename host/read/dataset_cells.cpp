// What a row's text cell shows but does not mean, as exporters leave it:
// line breaks escaped once too often or made by carriage returns alone, HTML
// stored escaped, or its entities left in plain text. Each repair runs only on
// a text that cannot be read as it is (no line break of its own; no tag of its own).
// And a title or a text kept as the list of strings a scraper's selector returned.
#include "read/dataset_detail.hpp"

#include <gongwen/text.hpp>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>

namespace gongwen::host::dataset_detail {

// A scraper's value kept as the list its selector returned (`"title": ["…"]`,
// `"content": ["<p>…</p>", "<p>…</p>"]`): a title's or a text's list of strings is the
// strings, a line each (a list of tags stays a list).
namespace {
bool string_list(const Json& v) {
  return v.is_array() && !v.empty() && std::all_of(v.begin(), v.end(), [](const Json& x) { return x.is_string(); });
}
// The keys of an object whose lists are so read: only where no string of the object is
// named so (a list of highlights beside the title is no title).
std::vector<std::string> text_lists(const Json& o) {
  bool text_string = false, title_string = false;
  for (auto it = o.begin(); it != o.end(); ++it)
    if (it.value().is_string()) {
      text_string |= text_rank(last_segment(it.key())) > 0;
      title_string |= title_rank(last_segment(it.key())) > 0;
    }
  std::vector<std::string> keys;
  for (auto it = o.begin(); it != o.end(); ++it)
    if (string_list(it.value()) && ((!text_string && text_rank(last_segment(it.key())) > 0) ||
                                     (!title_string && title_rank(last_segment(it.key())) > 0)))
      keys.push_back(it.key());
  return keys;
}

}  // namespace

bool join_text_lists(const std::vector<Json>& given, std::vector<Json>& joined) {
  if (!std::any_of(given.begin(), given.end(), [](const Json& o) { return o.is_object() && !text_lists(o).empty(); })) return false;
  joined = given;
  for (auto& o : joined) {
    if (!o.is_object()) continue;
    for (const auto& k : text_lists(o)) {
      Json& v = o[k];
      std::string s;
      for (const auto& x : v) s += (s.empty() ? "" : "\n") + x.get<std::string>();
      v = std::move(s);
    }
  }
  return true;
}

// Entities left in a plain text by a CMS's editor (`&nbsp;&nbsp; 近年来…`, `&ldquo;米&rdquo;`),
// escaped once more by the one that saved it (`&amp;nbsp;`): the characters they
// stand for. Named entities of Chinese pages only, and numeric ones; `&lt;` and `&gt;`
// stay, a text with no markup has no use for them.
void unescape_entities(std::string& text) {
  if (text.find('&') == std::string::npos) return;
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"nbsp;", "\u00a0"}, {"ldquo;", "“"}, {"rdquo;", "”"}, {"lsquo;", "‘"}, {"rsquo;", "’"}, {"mdash;", "—"}, {"ndash;", "–"},
      {"hellip;", "…"}, {"middot;", "·"}, {"quot;", "\""}, {"emsp;", "\u3000"}, {"ensp;", " "}, {"times;", "×"}, {"amp;", "&"}};
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != '&') {
      out += text[i++];
      continue;
    }
    std::size_t at = i + 1;
    // `&amp;nbsp;`: escaped twice; `R&amp;D`: an ampersand once.
    bool twice = false;
    if (text.compare(at, 4, "amp;") == 0) {
      at += 4;
      twice = true;
    }
    bool done = false;
    for (auto [name, c] : kNamed)
      if (text.compare(at, name.size(), name) == 0) {
        out += c;
        i = at + name.size();
        done = true;
        break;
      }
    if (!done && at < text.size() && text[at] == '#') {  // `&#12288;`, `&#x3000;`
      std::size_t j = at + 1;
      bool hex = j < text.size() && (text[j] == 'x' || text[j] == 'X');
      j += hex;
      char32_t cp = 0;
      std::size_t digits = 0;
      for (; j < text.size() && digits < 7 && std::isxdigit(static_cast<unsigned char>(text[j])) && (hex || std::isdigit(static_cast<unsigned char>(text[j]))); ++j, ++digits)
        cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(std::isdigit(static_cast<unsigned char>(text[j])) ? text[j] - '0' : (text[j] | 0x20) - 'a' + 10);
      // (128–159 as CMS editors write them mean cp1252's dashes and quotes; the rest of that range is nothing.)
      static constexpr char32_t kCp1252[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                               0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                               0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
      if (cp >= 0x80 && cp < 0xA0) cp = kCp1252[cp - 0x80];
      if (digits && j < text.size() && text[j] == ';' && cp >= 0x20 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
        gongwen::text::append_utf8(out, cp);
        i = j + 1;
        done = true;
      }
    }
    if (!done && twice) {
      out += '&';
      i = at;
      done = true;
    }
    if (!done) out += text[i++];
  }
  text = std::move(out);
}


// A text escaped twice by its exporter (`…通报\\n\\n安委办函〔2018〕67号\\n\\n各省…`
// in a SQL dump, a JSON string written into a CSV cell) shows its line breaks
// as `\n`: they are restored when it has no real one and shows two or more
// where a break stands in Chinese text (next to a Chinese character or another
// break; a path's `\\server\notice` has letters on both sides and stays).
// Carriage returns alone (a MySQL `\r`, an old Mac or OA editor) break lines too.
void unescape_line_breaks(std::string& text) {
  if (text.find('\n') != std::string::npos) return;
  if (text.find('\r') != std::string::npos) {
    std::replace(text.begin(), text.end(), '\r', '\n');
    return;
  }
  auto escape_at = [&](std::size_t i) {
    return i + 1 < text.size() && text[i] == '\\' && (text[i + 1] == 'n' || text[i + 1] == 'r' || text[i + 1] == 't');
  };
  auto breaks_here = [&](std::size_t i) {  // an escape at i, with Chinese or a break beside it
    bool before = i > 0 && (static_cast<unsigned char>(text[i - 1]) >= 0x80 || (i >= 2 && escape_at(i - 2)));
    bool after = i + 2 < text.size() && (static_cast<unsigned char>(text[i + 2]) >= 0x80 || escape_at(i + 2));
    return before || after;
  };
  std::size_t shown = 0;
  for (std::size_t at = text.find('\\'); at != std::string::npos && shown < 2; at = text.find('\\', at + 1))
    shown += escape_at(at) && text[at + 1] != 't' && breaks_here(at);
  if (shown < 2) return;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (escape_at(i) && breaks_here(i)) {
      // `\r\n` is one break; `\t` a tab.
      if (text[i + 1] == 't') out += '\t';
      else if (!(text[i + 1] == 'r' && escape_at(i + 2) && text[i + 3] == 'n')) out += '\n';
      ++i;
      continue;
    }
    out += text[i];
  }
  text = std::move(out);
}

// Markup stored with a program's backslashes (`<\/span>`, `style=\'…\'`, `\n`, as PHP's addslashes
// or a JSON encoder leave it in a dump): unescaped when two closing tags at least say so.
void unescape_slashes(std::string& text) {
  std::size_t closing = 0;
  for (std::size_t at = text.find("<\\/"); at != std::string::npos && closing < 2; at = text.find("<\\/", at + 3)) ++closing;
  if (closing < 2) return;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char n = i + 1 < text.size() ? text[i + 1] : 0;
    if (text[i] != '\\' || !(n == '/' || n == '\'' || n == '"' || n == 'n' || n == 'r' || n == 't' || n == '\\')) {
      out += text[i];
      continue;
    }
    out += n == 'n' ? '\n' : n == 'r' ? '\r' : n == 't' ? '\t' : n;
    ++i;
  }
  text = std::move(out);
}

// HTML stored escaped (`&lt;p class=&quot;…&quot;&gt;…&lt;/p&gt;`, as CMSs that
// run htmlspecialchars before saving keep their articles): the markup, once
// unescaped, is read as HTML. Only a text with no tag of its own and two escaped ones.
void unescape_markup(std::string& text) {
  if (text.find('<') != std::string::npos) return;
  std::size_t tags = 0;
  for (std::size_t at = text.find("&lt;"); at != std::string::npos && tags < 2; at = text.find("&lt;", at + 4))
    tags += at + 4 < text.size() && (std::isalpha(static_cast<unsigned char>(text[at + 4])) || text[at + 4] == '/');
  if (tags < 2) {
    unescape_entities(text);
    return;
  }
  static constexpr std::pair<std::string_view, char> kEntities[] = {{"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&#039;", '\''}, {"&amp;", '&'}};
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    bool done = false;
    if (text[i] == '&')
      for (auto [entity, c] : kEntities)
        if (text.compare(i, entity.size(), entity) == 0) {
          out += c;
          i += entity.size();
          done = true;
          break;
        }
    if (!done) out += text[i++];
  }
  text = std::move(out);
}

}  // namespace gongwen::host::dataset_detail
