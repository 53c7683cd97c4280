// ZIP members and XML parts read under limits: the two things DOCX and OFD
// are made of, and the two ways a hostile file attacks a reader (zip bombs,
// entity expansion and external entities, nesting).
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/formats/formats.hpp"

typedef struct zip zip_t;

namespace gongwen::host::formats {

class Zip {
 public:
  // Opens an archive held in memory; error() says why when it fails.
  Zip(std::string_view bytes, const ExtractLimits& limits);
  ~Zip();
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;

  bool ok() const { return za_ != nullptr; }
  const std::string& error() const { return error_; }
  bool has(std::string_view name) const;
  std::vector<std::string> names() const;
  // The member's bytes, or nullopt with error() set (missing, over a limit, corrupt).
  std::optional<std::string> read(std::string_view name);

 private:
  zip_t* za_ = nullptr;
  ExtractLimits limits_;
  std::uint64_t total_ = 0;
  std::string error_;
};

struct XmlDocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses one XML part without network, DTDs or entity substitution; a part
// that declares a DOCTYPE is refused (no DOCX or OFD part has one).
XmlDoc parse_xml(std::string_view xml, std::string& error);

// Element helpers by local name (DOCX and OFD parts use several prefixes).
bool is(const xmlNode* n, const char* local);
const xmlNode* child(const xmlNode* n, const char* local);
// Attribute by local name, ignoring its namespace; "" when absent.
std::string attr(const xmlNode* n, const char* local);
std::string text_of(const xmlNode* n);  // all text below n
// An attribute's integer value (`w:val="3"`); nullopt when empty or not a number.
std::optional<int> to_int(const std::string& s);

// Joins a relative part name onto the folder of `base` ("Doc_0/Document.xml"
// + "Pages/Page_0/Content.xml"); names starting with '/' are absolute.
std::string resolve_part(std::string_view base, std::string_view name);

}  // namespace gongwen::host::formats
