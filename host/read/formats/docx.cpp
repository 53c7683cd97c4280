// DOCX (Office Open XML, ECMA-376): the body's paragraphs and tables in order,
// each with the typography Word would show, resolved through the style chain.
//
// Invariants:
//  - a paragraph's style is resolved docDefaults ← basedOn chain (root first)
//    ← the paragraph's own properties; a run's likewise, then rStyle, then
//    its own rPr; the paragraph takes the size, weight, font and colour of
//    most of its characters;
//  - automatic numbering is rendered as the marker a reader sees (一、（一）1.)
//    with counters per list instance, lower levels restarting under a higher;
//  - tracked changes read as accepted (w:ins, w:moveTo kept; w:del, w:moveFrom
//    dropped); of an mc:AlternateContent only the first Choice is read, so a
//    text box is never read twice;
//  - headers, footers and footnotes never enter the body text: they are fields.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include <gongwen/text.hpp>

#include "read/formats/archive.hpp"
#include "read/formats/docx_numbering.hpp"
#include "read/formats/formats.hpp"

namespace gongwen::host::formats {

namespace {

// Run properties as they accumulate along the style chain.
struct RunProps {
  std::optional<float> size_pt;
  std::optional<bool> bold;
  std::optional<std::string> font, color;
  void over(const RunProps& o) {
    if (o.size_pt) size_pt = o.size_pt;
    if (o.bold) bold = o.bold;
    if (o.font) font = o.font;
    if (o.color) color = o.color;
  }
};

struct ParaProps {
  std::optional<std::string> align;
  std::optional<float> indent_chars;  // first-line indent in characters
  std::optional<float> indent_twips;
  std::optional<int> outline;
  std::optional<int> num_id, num_level;
  void over(const ParaProps& o) {
    if (o.align) align = o.align;
    if (o.indent_chars) indent_chars = o.indent_chars;
    if (o.indent_twips) indent_twips = o.indent_twips;
    if (o.outline) outline = o.outline;
    if (o.num_id) num_id = o.num_id;
    if (o.num_level) num_level = o.num_level;
  }
};

std::optional<bool> on_off(const xmlNode* n) {
  if (!n) return std::nullopt;
  std::string v = attr(n, "val");
  return !(v == "0" || v == "false" || v == "off");
}

RunProps run_props(const xmlNode* rpr) {
  RunProps p;
  if (!rpr) return p;
  if (auto* sz = child(rpr, "sz"))
    if (auto v = to_int(attr(sz, "val"))) p.size_pt = static_cast<float>(*v) / 2.0f;  // half-points
  if (auto b = on_off(child(rpr, "b"))) p.bold = b;
  if (auto* f = child(rpr, "rFonts")) {
    std::string ea = attr(f, "eastAsia");
    if (ea.empty()) ea = attr(f, "hint") == "eastAsia" ? attr(f, "ascii") : "";
    if (ea.empty()) ea = attr(f, "ascii");
    if (!ea.empty()) p.font = ea;
  }
  if (auto* c = child(rpr, "color")) {
    std::string v = attr(c, "val");
    if (!v.empty() && v != "auto") p.color = v;
  }
  return p;
}

ParaProps para_props(const xmlNode* ppr) {
  ParaProps p;
  if (!ppr) return p;
  if (auto* jc = child(ppr, "jc")) {
    std::string v = attr(jc, "val");
    if (v == "center") p.align = "center";
    else if (v == "right" || v == "end") p.align = "right";
    else if (v == "both" || v == "distribute") p.align = "justify";
    else if (!v.empty()) p.align = "left";
  }
  if (auto* ind = child(ppr, "ind")) {
    if (auto v = to_int(attr(ind, "firstLineChars"))) p.indent_chars = static_cast<float>(*v) / 100.0f;
    else if (auto t = to_int(attr(ind, "firstLine"))) p.indent_twips = static_cast<float>(*t);
    else if (auto h = to_int(attr(ind, "hanging"))) p.indent_twips = -static_cast<float>(*h);
  }
  if (auto* o = child(ppr, "outlineLvl"))
    if (auto v = to_int(attr(o, "val")); v && *v >= 0 && *v < 9) p.outline = *v;
  if (auto* num = child(ppr, "numPr")) {
    if (auto* id = child(num, "numId")) p.num_id = to_int(attr(id, "val"));
    if (auto* lvl = child(num, "ilvl")) p.num_level = to_int(attr(lvl, "val"));
  }
  return p;
}

struct StyleDef {
  std::string based_on;
  std::string name;
  ParaProps para;
  RunProps run;
};

// styles.xml: document defaults and the styles by id, resolved on demand.
class Styles {
 public:
  void load(const xmlNode* root) {
    if (!root) return;
    if (auto* dd = child(root, "docDefaults")) {
      if (auto* rd = child(dd, "rPrDefault")) defaults_run_ = run_props(child(rd, "rPr"));
      if (auto* pd = child(dd, "pPrDefault")) defaults_para_ = para_props(child(pd, "pPr"));
    }
    for (const xmlNode* s = root->children; s; s = s->next) {
      if (!is(s, "style")) continue;
      StyleDef d;
      if (auto* b = child(s, "basedOn")) d.based_on = attr(b, "val");
      if (auto* n = child(s, "name")) d.name = attr(n, "val");
      d.para = para_props(child(s, "pPr"));
      d.run = run_props(child(s, "rPr"));
      // "heading 1".."heading 9" carry their level by name in some files.
      if (!d.para.outline && d.name.rfind("heading ", 0) == 0)
        if (auto v = to_int(d.name.substr(8)); v && *v >= 1 && *v <= 9) d.para.outline = *v - 1;
      std::string id = attr(s, "styleId");
      if (attr(s, "default") == "1" && attr(s, "type") == "paragraph") default_para_style_ = id;
      by_id_[id] = std::move(d);
    }
  }
  // Chain of a style id, root first (cycles and depth bounded).
  void chain(const std::string& id, ParaProps& para, RunProps& run) const {
    std::vector<const StyleDef*> defs;
    std::string cur = id.empty() ? default_para_style_ : id;
    while (!cur.empty() && defs.size() < 32) {
      auto it = by_id_.find(cur);
      if (it == by_id_.end()) break;
      if (std::find(defs.begin(), defs.end(), &it->second) != defs.end()) break;
      defs.push_back(&it->second);
      cur = it->second.based_on;
    }
    for (auto d = defs.rbegin(); d != defs.rend(); ++d) {
      para.over((*d)->para);
      run.over((*d)->run);
    }
  }
  void run_chain(const std::string& id, RunProps& run) const {
    ParaProps ignored;
    if (!id.empty()) chain(id, ignored, run);
  }
  // A contents entry: Word's "toc 1".."toc 9" styles (any case).
  bool is_toc(const std::string& id) const {
    auto it = by_id_.find(id);
    if (it == by_id_.end()) return false;
    std::string n = it->second.name;
    for (auto& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return n.size() == 5 && n.rfind("toc ", 0) == 0 && n[4] >= '1' && n[4] <= '9';
  }
  const RunProps& defaults_run() const { return defaults_run_; }
  const ParaProps& defaults_para() const { return defaults_para_; }

 private:
  std::unordered_map<std::string, StyleDef> by_id_;
  RunProps defaults_run_;
  ParaProps defaults_para_;
  std::string default_para_style_;
};

// ---- the body ------------------------------------------------------------------

struct Reader {
  const Styles& styles;
  Numbering& numbering;
  Extracted& out;
  int max_depth;
  bool too_deep = false;
  std::vector<std::string> contents;
  std::vector<std::string> alt_chunks;  // r:id of each imported part (w:altChunk), in order
  std::vector<std::size_t> alt_at;      // where in out.text each one stands
  // Open complex fields (w:fldChar begin … separate … end): whether each has reached its
  // result, and its code; a field without a result shows what its code says (MACROBUTTON).
  std::vector<std::pair<bool, std::string>> fields;

  // Text of one paragraph with the properties of most of its characters.
  struct Collected {
    std::string text;
    std::map<std::tuple<float, bool, std::string, std::string>, std::size_t> weights;
  };

  void run_text(const xmlNode* r, const RunProps& para_run, Collected& c, int depth) {
    RunProps props = para_run;
    const xmlNode* rpr = child(r, "rPr");
    if (rpr) {
      if (auto* rs = child(rpr, "rStyle")) styles.run_chain(attr(rs, "val"), props);
      props.over(run_props(rpr));
    }
    std::size_t before = c.text.size();
    for (const xmlNode* k = r->children; k; k = k->next) {
      if (is(k, "fldChar")) {
        std::string type = attr(k, "fldCharType");
        if (type == "begin" && fields.size() < 64) fields.emplace_back(false, std::string());
        else if (type == "separate" && !fields.empty()) fields.back().first = true;
        else if (type == "end" && !fields.empty()) {
          if (!fields.back().first) c.text += field_button_text(fields.back().second);
          fields.pop_back();
        }
      } else if (is(k, "instrText")) {
        if (!fields.empty() && fields.back().second.size() < 256) fields.back().second += text_of(k);
      } else if (is(k, "t")) c.text += text_of(k);
      else if (is(k, "tab") || is(k, "ptab")) c.text += '\t';
      else if (is(k, "br") || is(k, "cr")) c.text += attr(k, "type") == "page" ? "" : "\n";
      else if (is(k, "noBreakHyphen")) c.text += "-";
      else if (is(k, "sym")) c.text += "";
      else if (is(k, "AlternateContent") || is(k, "drawing") || is(k, "pict") || is(k, "object"))
        boxes(k, depth + 1);  // text boxes anchored in this run
    }
    std::size_t chars = 0;
    for (std::size_t i = before; i < c.text.size(); ++i) chars += (static_cast<unsigned char>(c.text[i]) & 0xC0) != 0x80;
    if (chars)
      c.weights[{props.size_pt.value_or(0), props.bold.value_or(false), props.font.value_or(""), props.color.value_or("")}] += chars;
  }

  // Paragraph content: runs, and the containers runs hide in.
  void inline_content(const xmlNode* n, const RunProps& para_run, Collected& c, int depth) {
    if (depth > max_depth) { too_deep = true; return; }
    for (const xmlNode* k = n->children; k; k = k->next) {
      if (k->type != XML_ELEMENT_NODE) continue;
      if (is(k, "r")) run_text(k, para_run, c, depth);
      else if (is(k, "del") || is(k, "moveFrom") || is(k, "pPr") || is(k, "rPr")) continue;
      else if (is(k, "AlternateContent")) alternate(k, para_run, c, depth + 1);
      else if (is(k, "fldSimple") && !child(k, "r")) c.text += field_button_text(attr(k, "instr"));
      else if (is(k, "ins") || is(k, "moveTo") || is(k, "hyperlink") || is(k, "smartTag") || is(k, "fldSimple") ||
               is(k, "sdt") || is(k, "sdtContent") || is(k, "customXml") || is(k, "dir") || is(k, "bdo"))
        inline_content(k, para_run, c, depth + 1);
    }
  }

  void alternate(const xmlNode* ac, const RunProps& para_run, Collected& c, int depth) {
    if (auto* choice = child(ac, "Choice")) inline_content(choice, para_run, c, depth + 1);
  }

  // Text boxes below a drawing: their paragraphs come before the paragraph
  // that anchors them (a 红头 or a seal caption is often one).
  void boxes(const xmlNode* n, int depth) {
    if (depth > max_depth) { too_deep = true; return; }
    for (const xmlNode* k = n->children; k; k = k->next) {
      if (k->type != XML_ELEMENT_NODE) continue;
      if (is(k, "Fallback")) continue;
      if (is(k, "txbxContent")) {
        blocks(k, depth + 1, "textbox");
        continue;
      }
      if (is(k, "AlternateContent")) {
        if (auto* choice = child(k, "Choice")) boxes(choice, depth + 1);
        continue;
      }
      boxes(k, depth + 1);
    }
  }

  void paragraph(const xmlNode* p, int depth, const std::string& role) {
    const xmlNode* ppr = child(p, "pPr");
    ParaProps pp = styles.defaults_para();
    RunProps rp = styles.defaults_run();
    std::string style_id;
    if (ppr)
      if (auto* ps = child(ppr, "pStyle")) style_id = attr(ps, "val");
    styles.chain(style_id, pp, rp);
    pp.over(para_props(ppr));
    Collected c;
    inline_content(p, rp, c, depth + 1);
    if (styles.is_toc(style_id)) {
      // Navigation, not content: kept as a field so headings are not read twice.
      std::string entry(text::trim(c.text));
      for (auto& ch : entry)
        if (ch == '\t' || ch == '\n') ch = ' ';
      if (!entry.empty()) contents.push_back(std::move(entry));
      return;
    }
    std::string marker;
    if (pp.num_id && *pp.num_id != 0) marker = numbering.next(*pp.num_id, pp.num_level.value_or(0));
    ParagraphStyle st;
    std::size_t best = 0;
    for (const auto& [key, n] : c.weights)
      if (n > best) {
        best = n;
        std::tie(st.size_pt, st.bold, st.font, st.color) = key;
      }
    if (st.color.size() == 6) std::transform(st.color.begin(), st.color.end(), st.color.begin(), ::toupper);
    st.align = pp.align.value_or("");
    float size = st.size_pt > 0 ? st.size_pt : 10.5f;
    if (pp.indent_chars) st.indent_em = *pp.indent_chars;
    else if (pp.indent_twips) st.indent_em = *pp.indent_twips / 20.0f / size;
    st.outline_level = pp.outline.value_or(-1);
    st.role = role;
    // A soft line break inside a paragraph is a line of its own in the text
    // (titles and addresses are broken on purpose); they share the style.
    std::string_view all = c.text;
    bool first = true;
    for (std::size_t b = 0; b <= all.size();) {
      std::size_t e = all.find('\n', b);
      if (e == std::string_view::npos) e = all.size();
      std::string line(all.substr(b, e - b));
      if (first && !marker.empty() && !text::trim(line).empty()) line = marker + line;
      if (!text::trim(line).empty()) {
        out.add(line, st);
        first = false;
      }
      b = e + 1;
    }
  }

  void table(const xmlNode* t, int depth) {
    if (depth > max_depth) { too_deep = true; return; }
    for (const xmlNode* tr = t->children; tr; tr = tr->next) {
      if (!is(tr, "tr")) continue;
      std::vector<std::string> cells;
      ParagraphStyle st;
      st.role = "table";
      for (const xmlNode* tc = tr->children; tc; tc = tc->next) {
        if (!is(tc, "tc")) continue;
        // A cell's paragraphs, read on their own and joined into one cell.
        Extracted cell;
        Reader sub{styles, numbering, cell, max_depth, false, {}, {}, {}, {}};
        sub.blocks(tc, depth + 2, "table");
        too_deep |= sub.too_deep;
        std::string joined;
        for (std::size_t b = 0; b < cell.text.size();) {
          std::size_t e = cell.text.find('\n', b);
          if (e == std::string::npos) e = cell.text.size();
          if (!joined.empty()) joined += ' ';
          joined += cell.text.substr(b, e - b);
          b = e + 1;
        }
        if (!cell.styles.empty() && st.size_pt == 0) {
          st.size_pt = cell.styles.front().size_pt;
          st.font = cell.styles.front().font;
          st.bold = cell.styles.front().bold;
        }
        cells.push_back(std::move(joined));
      }
      while (!cells.empty() && text::trim(cells.back()).empty()) cells.pop_back();
      std::string row;
      for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) row += " | ";
        row += cells[i];
      }
      out.add(row, st);
    }
  }

  // Block-level content: paragraphs, tables, and containers that hold them.
  void blocks(const xmlNode* n, int depth, const std::string& role) {
    if (depth > max_depth) { too_deep = true; return; }
    for (const xmlNode* k = n->children; k; k = k->next) {
      if (k->type != XML_ELEMENT_NODE) continue;
      if (is(k, "p")) paragraph(k, depth + 1, role);
      else if (is(k, "tbl")) table(k, depth + 1);
      else if (is(k, "sdt") || is(k, "sdtContent") || is(k, "customXml") || is(k, "ins") || is(k, "moveTo"))
        blocks(k, depth + 1, role);
      else if (is(k, "AlternateContent")) {
        if (auto* choice = child(k, "Choice")) blocks(choice, depth + 1, role);
      } else if (is(k, "altChunk")) {
        alt_chunks.push_back(attr(k, "id"));
        alt_at.push_back(out.text.size());
      }
      if (out.text.size() > (64u << 20)) return;
    }
  }
};

// Lines of a header, footer or notes part, for fields.
std::vector<std::string> part_lines(Zip& zip, const std::string& name, const Styles& styles, int depth, std::string& error) {
  std::vector<std::string> lines;
  auto xml = zip.read(name);
  if (!xml) return lines;
  auto doc = parse_xml(*xml, error);
  if (!doc) return lines;
  Numbering none;
  Extracted e;
  Reader r{styles, none, e, depth, false, {}, {}, {}, {}};
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (is(root, "footnotes") || is(root, "endnotes")) {
    for (const xmlNode* f = root->children; f; f = f->next) {
      std::string type = attr(f, "type");
      if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice") continue;
      r.blocks(f, 1, "");
    }
  } else if (root) {
    r.blocks(root, 1, "");
  }
  for (std::size_t b = 0; b < e.text.size();) {
    std::size_t n = e.text.find('\n', b);
    if (n == std::string::npos) n = e.text.size();
    auto line = std::string(text::trim(std::string_view(e.text).substr(b, n - b)));
    if (!line.empty()) lines.push_back(std::move(line));
    b = n + 1;
  }
  return lines;
}

}  // namespace

Extracted read_docx(std::string_view bytes, const ExtractLimits& limits) {
  Extracted out;
  Zip zip(bytes, limits);
  if (!zip.ok()) {
    out.error = fmt::format("DOCX: {}", zip.error());
    return out;
  }
  std::string error;
  auto body_xml = zip.read("word/document.xml");
  if (!body_xml) {
    out.error = fmt::format("DOCX: {}", zip.error());
    return out;
  }
  auto body = parse_xml(*body_xml, error);
  body_xml.reset();
  if (!body) {
    out.error = fmt::format("DOCX: word/document.xml: {}", error);
    return out;
  }
  Styles styles;
  if (zip.has("word/styles.xml"))
    if (auto s = zip.read("word/styles.xml"))
      if (auto d = parse_xml(*s, error)) styles.load(xmlDocGetRootElement(d.get()));
  Numbering numbering;
  if (zip.has("word/numbering.xml"))
    if (auto s = zip.read("word/numbering.xml"))
      if (auto d = parse_xml(*s, error)) numbering.load(xmlDocGetRootElement(d.get()));

  const xmlNode* root = xmlDocGetRootElement(body.get());
  const xmlNode* b = child(root, "body");
  if (!b) {
    out.error = "DOCX: word/document.xml has no w:body";
    return out;
  }
  Reader r{styles, numbering, out, limits.xml_depth, false, {}, {}, {}, {}};
  r.blocks(b, 1, "");
  join_title_lines(out);
  if (!r.contents.empty()) out.fields["contents"] = r.contents;
  if (r.too_deep) out.losses.push_back(fmt::format("content nested deeper than {} levels was skipped", limits.xml_depth));
  if (out.text.size() > limits.max_text) {
    out.text.clear();
    out.styles.clear();
    out.error = fmt::format("DOCX: more than {} bytes of text", limits.max_text);
    return out;
  }

  // Headers, footers and notes: named by the relationships of the body part.
  Json headers = Json::array(), footers = Json::array(), notes = Json::array();
  std::map<std::string, std::string> chunk_parts;  // r:id → part name
  if (auto rels = zip.read("word/_rels/document.xml.rels")) {
    if (auto d = parse_xml(*rels, error)) {
      for (const xmlNode* rel = xmlDocGetRootElement(d.get())->children; rel; rel = rel->next) {
        if (!is(rel, "Relationship") || attr(rel, "TargetMode") == "External") continue;
        std::string type = attr(rel, "Type");
        std::string target = resolve_part("word/document.xml", attr(rel, "Target"));
        auto ends = [&](std::string_view s) { return type.size() >= s.size() && type.compare(type.size() - s.size(), s.size(), s) == 0; };
        // Imported parts (html-docx-js, docx4j's XHTML import: `<w:altChunk r:id=…/>`
        // naming word/afchunk.mht): read after the walk, in document order.
        if (ends("/aFChunk")) {
          chunk_parts[attr(rel, "Id")] = target;
          continue;
        }
        Json* into = ends("/header") ? &headers : ends("/footer") ? &footers : (ends("/footnotes") || ends("/endnotes")) ? &notes : nullptr;
        if (!into) continue;
        for (auto& line : part_lines(zip, target, styles, limits.xml_depth, error))
          if (std::find(into->begin(), into->end(), line) == into->end()) into->push_back(std::move(line));
      }
    }
  }
  std::size_t chunk_bytes = 0;
  for (std::size_t k = 0; k < r.alt_chunks.size(); ++k) {
    const auto& id = r.alt_chunks[k];
    auto part = chunk_parts.find(id);
    if (part == chunk_parts.end()) {
      out.losses.push_back(fmt::format("an imported part (w:altChunk {}) has no relationship", id));
      continue;
    }
    // The extracted text's limit holds for the parts as a whole (a small file can
    // name one large part many times).
    if (out.alt_chunks.size() >= 1000 || chunk_bytes > limits.max_text) {
      out.losses.push_back(fmt::format("{} more imported parts (w:altChunk) were not read: over the limit of the text", r.alt_chunks.size() - k));
      break;
    }
    auto bytes = zip.read(part->second);
    if (!bytes) {
      out.losses.push_back(fmt::format("an imported part ({}) was not read: {}", part->second, zip.error()));
      continue;
    }
    // A Word document merged in (OpenXML PowerTools, docx4j) is a package of its own.
    if (bytes->compare(0, 2, "PK") == 0 || bytes->compare(0, 4, "\xD0\xCF\x11\xE0") == 0) {
      out.losses.push_back(fmt::format("an imported Word document ({}) was not read", part->second));
      continue;
    }
    chunk_bytes += bytes->size();
    out.alt_chunks.push_back(std::move(*bytes));
    out.alt_chunk_at.push_back(std::min(r.alt_at[k], out.text.size()));
  }
  if (!headers.empty()) out.fields["page_headers"] = std::move(headers);
  if (!footers.empty()) out.fields["page_footers"] = std::move(footers);
  if (!notes.empty()) out.fields["footnotes"] = std::move(notes);
  out.ok = true;
  return out;
}

}  // namespace gongwen::host::formats
