// OFD (GB/T 33190-2016), read by following the standard's own structure:
// OFD.xml → DocBody/DocRoot → Document.xml (page area, fonts in PublicRes
// and DocumentRes, templates, pages) → each page's Content.xml, whose
// TextObjects (Boundary, Font, Size, CTM, Weight, FillColor) hold TextCodes
// (X, Y, DeltaX/DeltaY with the `g N v` repeat form). No C/C++ OFD library is
// packaged; PageLayout turns the positioned text back into paragraphs.
//
// Invariants: every length is converted from millimetres to points once,
// where it is read; part names are resolved against the part that names them;
// a page or template that cannot be read is noted and skipped, never fatal
// unless no page could be read at all.
#include <fmt/format.h>

#include <cmath>
#include <sstream>
#include <unordered_map>

#include <gongwen/text.hpp>

#include "read/formats/archive.hpp"
#include "read/formats/formats.hpp"
#include "read/formats/page_layout.hpp"

namespace gongwen::host::formats {

namespace {

constexpr double kPtPerMm = 72.0 / 25.4;

std::vector<double> numbers(const std::string& s) {
  std::vector<double> v;
  const char* p = s.c_str();
  while (*p) {
    char* end = nullptr;
    double d = std::strtod(p, &end);
    if (end == p) {
      ++p;
      continue;
    }
    v.push_back(d);
    p = end;
    if (v.size() > 100000) break;
  }
  return v;
}

// DeltaX="g 3 4.2 1.5 2": `g N v` stands for N copies of v.
std::vector<double> deltas(const std::string& s) {
  std::vector<double> out;
  std::istringstream in(s);
  std::string tok;
  while (in >> tok && out.size() < 100000) {
    if (tok == "g") {
      std::string n, v;
      if (!(in >> n >> v)) break;
      double count = std::strtod(n.c_str(), nullptr), value = std::strtod(v.c_str(), nullptr);
      for (int i = 0; i < count && i < 100000; ++i) out.push_back(value);
    } else {
      out.push_back(std::strtod(tok.c_str(), nullptr));
    }
  }
  return out;
}

struct Font {
  std::string name;
  bool bold = false;
};

struct Doc {
  std::string base;  // Document.xml's part name
  double page_w = 210, page_h = 297;  // mm
  std::unordered_map<std::string, Font> fonts;
  std::unordered_map<std::string, std::string> templates;  // ID → content part
};

void load_fonts(Zip& zip, const std::string& part, Doc& d, std::string& error) {
  auto xml = zip.read(part);
  if (!xml) return;
  auto doc = parse_xml(*xml, error);
  if (!doc) return;
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  for (const xmlNode* fs = root ? root->children : nullptr; fs; fs = fs->next) {
    if (!is(fs, "Fonts")) continue;
    for (const xmlNode* f = fs->children; f; f = f->next) {
      if (!is(f, "Font")) continue;
      Font font;
      font.name = attr(f, "FontName");
      if (font.name.empty()) font.name = attr(f, "FamilyName");
      font.bold = attr(f, "Bold") == "true";
      d.fonts[attr(f, "ID")] = std::move(font);
    }
  }
}

struct Ctm {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
};

std::string rgb(const xmlNode* fill) {
  if (!fill) return {};
  // Components are decimal ("255 0 0") or hexadecimal ("#ee #20 #25").
  std::vector<double> n;
  std::istringstream in(attr(fill, "Value"));
  for (std::string tok; in >> tok && n.size() < 4;)
    n.push_back(tok[0] == '#' ? static_cast<double>(std::strtol(tok.c_str() + 1, nullptr, 16)) : std::strtod(tok.c_str(), nullptr));
  if (n.size() != 3) return {};
  std::string out = fmt::format("{:02X}{:02X}{:02X}", static_cast<int>(std::clamp(n[0], 0.0, 255.0)),
                                static_cast<int>(std::clamp(n[1], 0.0, 255.0)), static_cast<int>(std::clamp(n[2], 0.0, 255.0)));
  return out == "000000" ? "" : out;
}

void text_object(const xmlNode* t, const Doc& d, PageText& page) {
  auto box = numbers(attr(t, "Boundary"));
  if (box.size() < 2) return;
  Ctm m;
  if (auto c = numbers(attr(t, "CTM")); c.size() == 6) m = {c[0], c[1], c[2], c[3], c[4], c[5]};
  double scale = std::sqrt(std::fabs(m.a * m.d - m.b * m.c));
  if (scale <= 0 || !std::isfinite(scale)) scale = 1;
  double size_mm = std::strtod(attr(t, "Size").c_str(), nullptr) * scale;
  if (size_mm <= 0 || !std::isfinite(size_mm)) size_mm = 3.5;
  const Font* font = nullptr;
  if (auto it = d.fonts.find(attr(t, "Font")); it != d.fonts.end()) font = &it->second;
  std::string weight = attr(t, "Weight");
  bool bold = (font && font->bold) || (!weight.empty() && std::atoi(weight.c_str()) >= 600) || attr(t, "Bold") == "true";
  std::string color = rgb(child(t, "FillColor"));
  double x = 0, y = 0;
  for (const xmlNode* code = t->children; code; code = code->next) {
    if (!is(code, "TextCode")) continue;
    std::string s = text_of(code);
    if (s.empty()) continue;
    if (std::string xs = attr(code, "X"); !xs.empty()) x = std::strtod(xs.c_str(), nullptr);
    if (std::string ys = attr(code, "Y"); !ys.empty()) y = std::strtod(ys.c_str(), nullptr);
    auto dx = deltas(attr(code, "DeltaX"));
    auto dy = deltas(attr(code, "DeltaY"));
    std::size_t chars = 0;
    for (unsigned char ch : s) chars += (ch & 0xC0) != 0x80;
    double advance = 0, rise = 0;
    for (std::size_t i = 0; i + 1 < chars; ++i) {
      advance += i < dx.size() ? dx[i] : size_mm / scale;
      rise += i < dy.size() ? dy[i] : 0;
    }
    // Vertical text (DeltaY only) is rare in 公文: read it as one piece.
    double ux0 = m.a * x + m.c * y + m.e, uy = m.b * x + m.d * y + m.f;
    double ux1 = m.a * (x + advance) + m.c * (y + rise) + m.e;
    TextPiece p;
    p.x0 = (box[0] + std::min(ux0, ux1)) * kPtPerMm;
    p.x1 = (box[0] + std::max(ux0, ux1)) * kPtPerMm + size_mm * kPtPerMm;
    p.y1 = (box[1] + uy) * kPtPerMm + 0.15 * size_mm * kPtPerMm;
    p.y0 = p.y1 - size_mm * kPtPerMm;
    p.size_pt = static_cast<float>(size_mm * kPtPerMm);
    p.bold = bold;
    p.font = font ? font->name : "";
    p.color = color;
    p.text = std::move(s);
    page.pieces.push_back(std::move(p));
    x += advance + (chars ? size_mm / scale : 0);
    y += rise;
  }
}

void objects(const xmlNode* n, const Doc& d, PageText& page, int depth) {
  if (depth > 64) return;
  for (const xmlNode* k = n->children; k; k = k->next) {
    if (k->type != XML_ELEMENT_NODE) continue;
    if (is(k, "TextObject")) text_object(k, d, page);
    else if (is(k, "Layer") || is(k, "PageBlock") || is(k, "Content")) objects(k, d, page, depth + 1);
  }
}

bool read_content(Zip& zip, const std::string& part, const Doc& d, PageText& page, std::string& error,
                  std::vector<std::string>* templates = nullptr) {
  auto xml = zip.read(part);
  if (!xml) {
    error = zip.error();
    return false;
  }
  auto doc = parse_xml(*xml, error);
  if (!doc) return false;
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (auto* area = child(root, "Area"))
    if (auto b = numbers(text_of(child(area, "PhysicalBox"))); b.size() == 4) {
      page.width = b[2] * kPtPerMm;
      page.height = b[3] * kPtPerMm;
    }
  for (const xmlNode* k = root ? root->children : nullptr; k; k = k->next) {
    if (is(k, "Content")) objects(k, d, page, 1);
    else if (is(k, "Template") && templates) templates->push_back(attr(k, "TemplateID"));
  }
  return true;
}

}  // namespace

Extracted read_ofd(std::string_view bytes, const ExtractLimits& limits) {
  Extracted out;
  Zip zip(bytes, limits);
  if (!zip.ok()) {
    out.error = fmt::format("OFD: {}", zip.error());
    return out;
  }
  std::string error;
  auto main = zip.read("OFD.xml");
  if (!main) {
    out.error = fmt::format("OFD: {}", zip.error());
    return out;
  }
  auto ofd = parse_xml(*main, error);
  if (!ofd) {
    out.error = fmt::format("OFD: OFD.xml: {}", error);
    return out;
  }
  PageLayout layout;
  std::size_t pages = 0, failed = 0, bodies = 0;
  std::string first_error;
  const xmlNode* root = xmlDocGetRootElement(ofd.get());
  Json package = Json::array();  // each document of a package: its first page and title
  for (const xmlNode* body = root ? root->children : nullptr; body; body = body->next) {
    if (!is(body, "DocBody")) continue;
    ++bodies;
    package.push_back({{"page", pages + 1}, {"title", std::string(text::trim(text_of(child(child(body, "DocInfo"), "Title"))))}});
    if (auto* info = child(body, "DocInfo")) {
      for (const char* key : {"Title", "Author", "Subject", "CreationDate"}) {
        std::string v(text::trim(text_of(child(info, key))));
        if (!v.empty() && !out.fields.contains("file_properties")) out.fields["file_properties"] = Json::object();
        std::string name(key);
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (!v.empty()) out.fields["file_properties"][name] = v;
      }
    }
    Doc d;
    d.base = resolve_part("OFD.xml", std::string(text::trim(text_of(child(body, "DocRoot")))));
    auto dx = zip.read(d.base);
    if (!dx) {
      out.error = fmt::format("OFD: {}", zip.error());
      return out;
    }
    auto dd = parse_xml(*dx, error);
    if (!dd) {
      out.error = fmt::format("OFD: {}: {}", d.base, error);
      return out;
    }
    const xmlNode* droot = xmlDocGetRootElement(dd.get());
    if (auto* common = child(droot, "CommonData")) {
      if (auto* area = child(common, "PageArea"))
        if (auto b = numbers(text_of(child(area, "PhysicalBox"))); b.size() == 4) d.page_w = b[2], d.page_h = b[3];
      for (const xmlNode* k = common->children; k; k = k->next) {
        if (is(k, "PublicRes") || is(k, "DocumentRes"))
          load_fonts(zip, resolve_part(d.base, std::string(text::trim(text_of(k)))), d, error);
        else if (is(k, "TemplatePage"))
          d.templates[attr(k, "ID")] = resolve_part(d.base, attr(k, "BaseLoc"));
      }
    }
    const xmlNode* list = child(droot, "Pages");
    for (const xmlNode* pg = list ? list->children : nullptr; pg; pg = pg->next) {
      if (!is(pg, "Page")) continue;
      if (++pages > limits.max_pages) {
        out.error = fmt::format("OFD: more than {} pages", limits.max_pages);
        return out;
      }
      std::string part = resolve_part(d.base, attr(pg, "BaseLoc"));
      PageText page;
      page.width = d.page_w * kPtPerMm;
      page.height = d.page_h * kPtPerMm;
      std::string why;
      std::vector<std::string> templates;
      if (!read_content(zip, part, d, page, why, &templates)) {
        ++failed;
        if (first_error.empty()) first_error = fmt::format("{}: {}", part, why);
        layout.add_page(std::move(page));
        continue;
      }
      // Templates named by the page carry what repeats (heads, rules, seals).
      for (const auto& id : templates)
        if (auto it = d.templates.find(id); it != d.templates.end()) read_content(zip, it->second, d, page, why);
      layout.add_page(std::move(page));
    }
  }
  if (bodies == 0) {
    out.error = "OFD: OFD.xml has no DocBody";
    return out;
  }
  if (pages == 0) {
    out.error = "OFD: the document has no pages";
    return out;
  }
  if (failed == pages) {
    out.error = fmt::format("OFD: no page could be read ({})", first_error);
    return out;
  }
  if (failed) out.losses.push_back(fmt::format("{} of {} page(s) could not be read (first: {})", failed, pages, first_error));
  // A package of several documents (GB/T 33190 §7.4: one DocBody each): the
  // splitter makes each its own record from the page it starts on.
  if (bodies > 1) {
    Json documents = Json::array();
    for (std::size_t k = 0; k < package.size(); ++k)
      if (package[k]["page"].get<std::size_t>() <= pages && (k + 1 == package.size() || package[k + 1]["page"] != package[k]["page"]))
        documents.push_back(package[k]);
    out.fields["package_documents"] = std::move(documents);
    out.notes.push_back({Diag::read_package, fmt::format("package of {} documents", bodies)});
  }
  layout.finish(out);
  if (out.text.empty()) {
    out.error = fmt::format("OFD: no text on any of its {} page(s) (images only? OCR it first)", pages);
    return out;
  }
  out.ok = true;
  return out;
}

}  // namespace gongwen::host::formats
