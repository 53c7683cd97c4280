// RTF (Rich Text Format 1.x) as Word, WPS and web CMSs write it: the text of
// the body, one paragraph per line, with the typography of each paragraph;
// page headers, footers and footnotes kept apart, as fields.
//
// Written by hand because Debian packages no RTF library (unrtf is a GPL
// program whose output loses the paragraph typography we want), and because
// the reader is small: one pass over groups, control words and text.
//
// Invariants:
//  - one pass, linear in the size of the file; groups nest at most
//    kMaxDepth deep (an error beyond), \binN skips at most the bytes left;
//  - the state of a group (font, size, bold, colour, what the group's text is
//    for) is a copy of its parent's, restored when the group closes;
//  - bytes written as \'hh or as plain characters are decoded in the code page
//    of the current font (\fcharset), else the document's (\ansicpg); \uN is
//    taken as it is and the \ucN characters after it (its fallback) skipped;
//  - text of destinations a reader never sees (font and colour tables,
//    style sheet, pictures, field instructions, any \* destination) is dropped.
#include <fmt/format.h>

#include <cmath>
#include <map>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include <gongwen/text.hpp>

#include "read/formats/formats.hpp"
#include "read/formats/rtf_text.hpp"
#include "util/ascii.hpp"

namespace gongwen::host::formats {

namespace {

using namespace rtf;

constexpr int kMaxDepth = 512;


class RtfReader {
 public:
  RtfReader(std::string_view src, const ExtractLimits& limits, Extracted& out) : s_(src), limits_(limits), out_(out) {}

  void run() {
    std::vector<GroupState> stack;
    stack.reserve(64);
    GroupState g;
    // Pending bytes of text and the code page they are in: a double-byte
    // character may be written as two \'hh escapes or one escape and a letter.
    std::size_t i = 0;
    while (i < s_.size()) {
      if (out_.text.size() + para_.size() > limits_.max_text) {
        out_.error = fmt::format("text longer than the limit of {} bytes", limits_.max_text);
        return;
      }
      char c = s_[i];
      if (c == '{') {
        flush(g);
        if (stack.size() >= kMaxDepth) {
          out_.error = fmt::format("RTF groups nested deeper than {}", kMaxDepth);
          return;
        }
        stack.push_back(g);
        g.opened = false;
        skip_ = 0;
        ++i;
        group_start_ = true;
        continue;
      }
      if (c == '}') {
        flush(g);
        close_group(g);
        if (stack.empty()) break;  // a stray brace past the end
        if (stack.size() == 1) end_paragraph(g);  // the document's last paragraph, in its own state
        g = stack.back();
        stack.pop_back();
        skip_ = 0;
        ++i;
        group_start_ = false;
        if (stack.empty()) break;  // the document's own group closed: what follows is no part of it
        continue;
      }
      if (c == '\\') {
        i = control(i, g);
        continue;
      }
      if (c == '\r' || c == '\n') {
        ++i;
        continue;
      }
      group_start_ = false;
      if (c == ';' && (g.dest == Dest::font_table || g.dest == Dest::color_table)) {
        // The tables' entries end with a semicolon.
        flush(g);
        if (g.dest == Dest::font_table) end_font();
        else colors_.push_back(color_set_ ? hex_color(color_[0], color_[1], color_[2]) : std::string());
        color_set_ = false;
        color_[0] = color_[1] = color_[2] = 0;
        ++i;
        continue;
      }
      if (skip_ > 0) {
        --skip_;
        ++i;
        continue;
      }
      if (c == '\t') {
        flush(g);
        text_char(g, U'\t');
        ++i;
        continue;
      }
      // Text nobody reads (a picture's hex, hidden text) is not decoded at all.
      if (g.dest != Dest::skip && !g.ch.hidden) {
        pending_cp_ = codepage(g);
        pending_ += c;
      }
      ++i;
    }
    flush(g);
    end_paragraph(g);
    // A table row the file never closed (a truncated file) keeps its cells.
    if (!cell_.empty() || !cells_.empty()) {
      end_cell();
      end_row();
    }
  }

  std::map<std::string, std::string> info;
  std::vector<std::string> headers, footers, footnotes;

 private:
  int codepage(const GroupState& g) const {
    if (g.dest == Dest::font_table)
      if (int cp = codepage_of_charset(font_charset_)) return cp;
    if (g.dest == Dest::info_field) return ansi_cp_;  // document properties are in the document's code page
    if (g.ch.font >= 0)
      if (auto it = fonts_.find(g.ch.font); it != fonts_.end())
        if (int cp = codepage_of_charset(it->second.charset)) return cp;
    return ansi_cp_;
  }

  // Decodes the pending bytes into the destination of the group.
  void flush(GroupState& g) {
    if (pending_.empty()) return;
    std::string utf8;
    decoder_.decode(pending_cp_, pending_, utf8);
    pending_.clear();
    append(g, utf8);
  }

  void text_char(GroupState& g, char32_t cp) {
    std::string utf8;
    text::append_utf8(utf8, cp);
    append(g, utf8);
  }

  void append(GroupState& g, std::string_view utf8) {
    if (g.ch.hidden) return;
    switch (g.dest) {
      case Dest::skip: return;
      case Dest::font_table: font_name_ += utf8; return;
      case Dest::color_table: return;
      case Dest::info_field: info[g.info_key] += utf8; return;
      case Dest::header: header_ += utf8; return;
      case Dest::footer: footer_ += utf8; return;
      case Dest::footnote: footnote_ += utf8; return;
      case Dest::list_marker:
      case Dest::body: break;
    }
    para_ += utf8;
    // Weighted by bytes: which look most of the paragraph has.
    weights_[{g.ch.half_points, g.ch.bold, g.ch.font, g.ch.color}] += utf8.size();
  }

  void close_group(GroupState& g) {
    if (!g.opened) return;
    if (g.dest == Dest::font_table && font_no_ >= 0) end_font();
    if (g.dest == Dest::header || g.dest == Dest::footer || g.dest == Dest::footnote) end_paragraph(g);
  }

  void end_font() {
    if (font_no_ < 0) return;
    Font& f = fonts_[font_no_];
    f.name = std::string(text::trim(font_name_));
    f.charset = font_charset_;
    font_no_ = -1;
    font_charset_ = -1;
    font_name_.clear();
  }

  // A paragraph mark: the paragraph becomes a line of the text, or the cell of
  // a table row it belongs to.
  void end_paragraph(GroupState& g) {
    if (g.dest == Dest::header || g.dest == Dest::footer || g.dest == Dest::footnote) {
      std::string& buf = g.dest == Dest::header ? header_ : g.dest == Dest::footer ? footer_ : footnote_;
      auto& list = g.dest == Dest::header ? headers : g.dest == Dest::footer ? footers : footnotes;
      if (!text::trim(buf).empty()) list.emplace_back(text::trim(buf));
      buf.clear();
      return;
    }
    if (g.dest != Dest::body && g.dest != Dest::list_marker) return;
    if (g.para.in_table) {
      if (!cell_.empty() && !text::trim(para_).empty()) cell_ += ' ';
      cell_ += text::trim(para_);
      if (row_style_.size_pt == 0 && !text::trim(para_).empty()) row_style_ = style(g.para);
      para_.clear();
      weights_.clear();
      return;
    }
    if (!text::trim(para_).empty()) out_.add(para_, style(g.para));
    para_.clear();
    weights_.clear();
  }

  void end_cell() {
    cells_.push_back(std::move(cell_));
    cell_.clear();
  }

  void end_row() {
    while (!cells_.empty() && text::trim(cells_.back()).empty()) cells_.pop_back();
    if (!cells_.empty()) {
      std::string row;
      for (std::size_t k = 0; k < cells_.size(); ++k) {
        if (k) row += " | ";
        row += cells_[k];
      }
      ParagraphStyle st = row_style_;
      st.role = "table";
      out_.add(row, st);
    }
    cells_.clear();
    row_style_ = {};
  }

  ParagraphStyle style(const ParaState& para) const {
    ParagraphStyle st;
    std::size_t best = 0;
    for (const auto& [key, n] : weights_)
      if (n > best) {
        best = n;
        auto [hp, bold, font, color] = key;
        st.size_pt = hp / 2.0f;
        st.bold = bold;
        if (auto it = fonts_.find(font); it != fonts_.end()) st.font = it->second.name;
        if (color > 0 && static_cast<std::size_t>(color) < colors_.size()) st.color = colors_[color];
      }
    st.align = para.align;
    float size = st.size_pt > 0 ? st.size_pt : 12.0f;
    if (para.first_indent_chars != 0) st.indent_em = para.first_indent_chars / 100.0f;
    else if (para.first_indent_twips != 0) st.indent_em = para.first_indent_twips / 20.0f / size;
    st.outline_level = para.outline;
    return st;
  }

  // Reads the control word or symbol at s_[i] (a backslash); returns the
  // position after it.
  std::size_t control(std::size_t i, GroupState& g) {
    bool first_in_group = group_start_;
    group_start_ = false;
    std::size_t j = i + 1;
    if (j >= s_.size()) return j;
    char c = s_[j];
    if (c == '\'') {
      // A byte in the current code page.
      if (j + 2 >= s_.size()) return s_.size();
      int hi = hex_value(s_[j + 1]), lo = hex_value(s_[j + 2]);
      if (hi < 0 || lo < 0) return j + 1;
      if (skip_ > 0) {
        --skip_;
        return j + 3;
      }
      if (g.dest == Dest::skip || g.ch.hidden) return j + 3;
      int cp = codepage(g);
      if (!pending_.empty() && cp != pending_cp_) flush(g);
      pending_cp_ = cp;
      pending_ += static_cast<char>(hi * 16 + lo);
      return j + 3;
    }
    if (!std::isalpha(static_cast<unsigned char>(c))) {
      // A control symbol.
      if (c == '*') {
        star_ = true;
        return j + 1;
      }
      if (skip_ > 0) {
        --skip_;
        return j + 1;
      }
      flush(g);
      switch (c) {
        case '\\': case '{': case '}': {
          char ch[2] = {c, 0};
          append(g, ch);
          break;
        }
        case '~': text_char(g, U' '); break;
        case '_': text_char(g, U'-'); break;
        case '\n': case '\r': end_paragraph(g); break;  // \<newline> is \par
        default: break;  // \- (optional hyphen), \: and others show nothing
      }
      return j + 1;
    }
    std::size_t w0 = j;
    while (j < s_.size() && std::isalpha(static_cast<unsigned char>(s_[j])) && j - w0 < 32) ++j;
    std::string_view word = s_.substr(w0, j - w0);
    bool has_param = false;
    long param = 0;
    bool neg = false;
    if (j < s_.size() && s_[j] == '-') neg = true, ++j;
    std::size_t d0 = j;
    while (j < s_.size() && std::isdigit(static_cast<unsigned char>(s_[j])) && j - d0 < 10) param = param * 10 + (s_[j++] - '0');
    has_param = j > d0;
    if (neg) param = -param;
    if (j < s_.size() && s_[j] == ' ') ++j;  // the delimiter belongs to the word

    if (word == "bin") {
      // Binary data: skip it, never read it as text.
      std::size_t n = has_param && param > 0 ? static_cast<std::size_t>(param) : 0;
      return std::min(s_.size(), j + n);
    }
    bool star = star_;
    star_ = false;
    if (skip_ > 0 && word != "u") {
      --skip_;
      return j;
    }
    if (first_in_group || star) {
      if (destination(word, star, g)) return j;
    }
    flush(g);
    word_(word, has_param, param, g);
    return j;
  }

  // The first control word of a group may name its destination. Returns true
  // when the word was taken as one.
  bool destination(std::string_view w, bool star, GroupState& g) {
    if (w == "ud" || w == "shptxt") {
      // Unicode text of an \upr, a text box: read even inside a skipped group.
      if (g.dest == Dest::skip) g.dest = g.resume;
      return true;
    }
    if (g.dest == Dest::skip) return true;
    auto enter = [&](Dest d) {
      if (d == Dest::skip) g.resume = g.dest;
      g.dest = d;
      g.opened = true;
      return true;
    };
    if (w == "fonttbl") return enter(Dest::font_table);
    if (w == "colortbl") {
      colors_.clear();
      return enter(Dest::color_table);
    }
    if (w == "info") {
      g.info_key.clear();
      return enter(Dest::info_field);
    }
    if (g.dest == Dest::info_field && g.info_key.empty()) {
      if (w == "title" || w == "subject" || w == "author" || w == "keywords" || w == "company" || w == "doccomm") {
        g.info_key = std::string(w);
        return true;
      }
      if (w == "creatim" || w == "revtim") {
        g.info_key = "_time";  // \yr \mo \dy follow; no text
        time_key_ = w == "creatim" ? "created" : "revised";
        return true;
      }
      return enter(Dest::skip);
    }
    if (w == "header" || w == "headerl" || w == "headerr" || w == "headerf") return enter(Dest::header);
    if (w == "footer" || w == "footerl" || w == "footerr" || w == "footerf") return enter(Dest::footer);
    if (w == "footnote") return enter(Dest::footnote);
    if (w == "listtext" || w == "pntext") return enter(Dest::list_marker);
    if (w == "fldrslt" || w == "result") return false;  // text a reader sees
    if (star || skipped_destination(w)) return enter(Dest::skip);
    return false;
  }

  void word_(std::string_view w, bool has_param, long param, GroupState& g) {
    auto on = [&] { return !has_param || param != 0; };
    if (g.dest == Dest::skip) return;
    if (g.dest == Dest::font_table) {
      if (w == "f") {
        if (font_no_ >= 0) end_font();
        font_no_ = static_cast<int>(param);
      } else if (w == "fcharset") {
        font_charset_ = static_cast<int>(param);
      } else if (w == "cpg" && font_no_ >= 0) {
        // A font's own code page: kept as the charset it implies.
        if (param == 936) font_charset_ = 134;
        else if (param == 950) font_charset_ = 136;
      }
      return;
    }
    if (g.dest == Dest::color_table) {
      if (w == "red") color_[0] = static_cast<int>(param), color_set_ = true;
      else if (w == "green") color_[1] = static_cast<int>(param), color_set_ = true;
      else if (w == "blue") color_[2] = static_cast<int>(param), color_set_ = true;
      return;
    }
    if (g.dest == Dest::info_field && g.info_key == "_time") {
      if (w == "yr") time_[0] = static_cast<int>(param);
      else if (w == "mo") time_[1] = static_cast<int>(param);
      else if (w == "dy") {
        time_[2] = static_cast<int>(param);
        if (time_[0] > 0) info[time_key_] = fmt::format("{:04}-{:02}-{:02}", time_[0], time_[1], time_[2]);
      }
      return;
    }
    // Document-wide settings.
    if (w == "ansicpg") { if (param > 0) ansi_cp_ = static_cast<int>(param); return; }
    if (w == "deff") { default_font_ = static_cast<int>(param); if (g.ch.font < 0) g.ch.font = default_font_; return; }
    if (w == "uc") { g.ch.uc = static_cast<int>(std::clamp(param, 0L, 8L)); return; }
    if (w == "u") {
      long v = param < 0 ? param + 65536 : param;
      char32_t cp = static_cast<char32_t>(v & 0xFFFF);
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        high_surrogate_ = cp;
      } else if (cp >= 0xDC00 && cp <= 0xDFFF && high_surrogate_) {
        text_char(g, 0x10000 + ((high_surrogate_ - 0xD800) << 10) + (cp - 0xDC00));
        high_surrogate_ = 0;
      } else {
        high_surrogate_ = 0;
        if (cp) text_char(g, cp);
      }
      skip_ = g.ch.uc;
      return;
    }
    // Characters.
    if (w == "par" || w == "sect") { end_paragraph(g); return; }
    if (w == "line") {
      // A soft line break is a line of its own (titles and addresses are
      // broken on purpose); both halves share the paragraph's look.
      if (g.dest == Dest::body && !g.para.in_table) {
        end_paragraph(g);
      } else {
        text_char(g, U' ');
      }
      return;
    }
    if (w == "page") { if (!text::trim(para_).empty()) end_paragraph(g); return; }
    if (w == "tab") { if (g.dest != Dest::list_marker) text_char(g, U'\t'); return; }
    if (w == "cell" || w == "nestcell") {
      if (w == "nestcell") { text_char(g, U' '); return; }
      bool keep = g.para.in_table;
      g.para.in_table = true;
      end_paragraph(g);
      g.para.in_table = keep;
      end_cell();
      return;
    }
    if (w == "row") { end_row(); return; }
    if (char32_t c = symbol_of(w)) { text_char(g, c); return; }
    // Paragraph properties.
    if (w == "pard") { g.para = {}; return; }
    if (w == "intbl") { g.para.in_table = true; return; }
    if (w == "ql") { g.para.align = "left"; return; }
    if (w == "qc") { g.para.align = "center"; return; }
    if (w == "qr") { g.para.align = "right"; return; }
    if (w == "qj" || w == "qd") { g.para.align = "justify"; return; }
    if (w == "fi") { g.para.first_indent_twips = static_cast<float>(param); return; }
    if (w == "cufi") { g.para.first_indent_chars = static_cast<float>(param); return; }
    if (w == "outlinelevel") { g.para.outline = static_cast<int>(param); return; }
    // Character properties.
    if (w == "plain") {
      int uc = g.ch.uc;
      g.ch = {};
      g.ch.uc = uc;
      g.ch.font = default_font_;
      return;
    }
    if (w == "f") { g.ch.font = static_cast<int>(param); return; }
    if (w == "fs") { if (param > 0) g.ch.half_points = static_cast<int>(param); return; }
    if (w == "b") { g.ch.bold = on(); return; }
    if (w == "cf") { g.ch.color = static_cast<int>(param); return; }
    if (w == "v") { g.ch.hidden = on(); return; }
    if (w == "deleted") { g.ch.hidden = on(); return; }
    if (w == "chftn") return;  // the footnote's number: not body text
  }

  std::string_view s_;
  const ExtractLimits& limits_;
  Extracted& out_;
  Decoder decoder_;
  std::string pending_;
  int pending_cp_ = 1252;
  int ansi_cp_ = 1252;
  int default_font_ = -1;
  int skip_ = 0;
  bool star_ = false;
  bool group_start_ = false;
  char32_t high_surrogate_ = 0;
  std::unordered_map<int, Font> fonts_;
  int font_no_ = -1, font_charset_ = -1;
  std::string font_name_;
  std::vector<std::string> colors_;
  int color_[3] = {0, 0, 0};
  bool color_set_ = false;
  int time_[3] = {0, 0, 0};
  std::string time_key_;
  std::string para_, cell_, header_, footer_, footnote_;
  std::vector<std::string> cells_;
  ParagraphStyle row_style_;
  std::map<std::tuple<int, bool, int, int>, std::size_t> weights_;

  friend Extracted read_rtf(std::string_view, const ExtractLimits&);
};

}  // namespace

Extracted read_rtf(std::string_view bytes, const ExtractLimits& limits) {
  Extracted out;
  if (bytes.substr(0, 5) != "{\\rtf") {
    out.error = "not an RTF document";
    return out;
  }
  RtfReader r(bytes, limits, out);
  r.run();
  if (!out.error.empty()) {
    out.text.clear();
    out.styles.clear();
    return out;
  }
  if (out.text.empty()) {
    out.error = "an RTF document without text (pictures or objects only)";
    return out;
  }
  join_title_lines(out);
  // Each header once (sections repeat them), at most 1,000.
  auto list = [](const std::vector<std::string>& v) {
    Json a = Json::array();
    std::unordered_set<std::string> seen;
    for (const auto& s : v)
      if (seen.insert(s).second && a.size() < 1000) a.push_back(s);
    return a;
  };
  if (!r.headers.empty()) out.fields["page_headers"] = list(r.headers);
  if (!r.footers.empty()) out.fields["page_footers"] = list(r.footers);
  if (!r.footnotes.empty()) out.fields["footnotes"] = list(r.footnotes);
  Json props = Json::object();
  for (const auto& [k, v] : r.info) {
    std::string t(text::trim(v));
    if (!t.empty() && !k.empty() && k != "_time") props[k] = t;
  }
  if (!props.empty()) out.fields["file_properties"] = std::move(props);
  out.ok = true;
  return out;
}

}  // namespace gongwen::host::formats
