// Fuzz target: the binary-format readers (DOCX, OFD, PDF, sniffing). Random
// bytes rarely survive a ZIP's checksums, so the first byte chooses what the
// rest of the input is: 0 a whole file; 1 the body part of a DOCX; 2 a page of
// an OFD; 3 the OFD.xml of a package; 4 the styles and numbering of a DOCX;
// first byte 0xF0: the worksheet of an XLSX, 0xF1: its shared strings.
// The wrapping archive is written here, stored (no compression).
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "model/document.hpp"
#include "read/reader.hpp"

namespace {

void put16(std::string& s, unsigned v) { s += char(v & 0xFF), s += char((v >> 8) & 0xFF); }
void put32(std::string& s, unsigned long v) { put16(s, v & 0xFFFF), put16(s, (v >> 16) & 0xFFFF); }

// A ZIP archive of stored members (PKWARE APPNOTE 4.3: local headers, central directory, end record).
std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& members) {
  std::string out, dir;
  for (const auto& [name, data] : members) {
    unsigned long crc = crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size()));
    unsigned long at = out.size();
    put32(out, 0x04034b50), put16(out, 20), put16(out, 0), put16(out, 0), put16(out, 0), put16(out, 0);
    put32(out, crc), put32(out, data.size()), put32(out, data.size()), put16(out, name.size()), put16(out, 0);
    out += name;
    out += data;
    put32(dir, 0x02014b50), put16(dir, 20), put16(dir, 20), put16(dir, 0), put16(dir, 0), put16(dir, 0), put16(dir, 0);
    put32(dir, crc), put32(dir, data.size()), put32(dir, data.size()), put16(dir, name.size());
    put16(dir, 0), put16(dir, 0), put16(dir, 0), put16(dir, 0), put32(dir, 0), put32(dir, at);
    dir += name;
  }
  unsigned long dir_at = out.size();
  out += dir;
  put32(out, 0x06054b50), put16(out, 0), put16(out, 0), put16(out, members.size()), put16(out, members.size());
  put32(out, dir.size()), put32(out, dir_at), put16(out, 0);
  return out;
}

const char* kOfdRoot =
    "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
    "</ofd:DocBody></ofd:OFD>";
const char* kOfdDoc =
    "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297"
    "</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>"
    "<ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>";
const char* kOfdPage =
    "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer><ofd:TextObject Boundary=\"20 20 100 10\" "
    "Font=\"1\" Size=\"5.6\"><ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"g 3 5.6\">关于测试的通知</ofd:TextCode></ofd:TextObject>"
    "</ofd:Layer></ofd:Content></ofd:Page>";
const char* kDocxBody =
    "<w:document xmlns:w=\"w\"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
    "<w:r><w:t>总体要求</w:t></w:r></w:p></w:body></w:document>";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gongwen::host;
  if (size == 0) return 0;
  std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string file;
  if (data[0] == 0xF0 || data[0] == 0xF1) {
    std::string wb = "<workbook><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    std::string rels = "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    std::string sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>通知</t></is></c><c r=\"B2\"><v>1</v></c></row></sheetData></worksheet>";
    std::string sst = "<sst><si><t>标题</t></si><si><r><t>正</t></r><r><t>文</t></r><rPh><t>x</t></rPh></si></sst>";
    (data[0] == 0xF0 ? sheet : sst) = rest;
    file = stored_zip({{"xl/workbook.xml", wb}, {"xl/_rels/workbook.xml.rels", rels}, {"xl/worksheets/sheet1.xml", sheet},
                       {"xl/sharedStrings.xml", sst}});
  } else
  switch (data[0] % 5) {
    case 0: file = std::move(rest); break;
    case 1: file = stored_zip({{"word/document.xml", rest}}); break;
    case 2: file = stored_zip({{"OFD.xml", kOfdRoot}, {"Doc_0/Document.xml", kOfdDoc}, {"Doc_0/Pages/Page_0/Content.xml", rest}}); break;
    case 3: file = stored_zip({{"OFD.xml", rest}, {"Doc_0/Document.xml", kOfdDoc}, {"Doc_0/Pages/Page_0/Content.xml", kOfdPage}}); break;
    default: {
      std::size_t half = rest.size() / 2;
      file = stored_zip({{"word/document.xml", kDocxBody}, {"word/styles.xml", rest.substr(0, half)},
                         {"word/numbering.xml", rest.substr(half)}});
    }
  }
  auto doc = read_bytes("fuzz.bin", std::move(file));
  auto r = to_record(doc, true);
  for (std::size_t i = 0; i < doc.text.size(); i += 97) (void)doc.line_of(i), (void)doc.style_at(i);
  (void)r.dump(-1, ' ', false, Json::error_handler_t::replace);
  return 0;
}
