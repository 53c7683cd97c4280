// The vocabulary of the RTF reader (rtf.cpp): the state a group carries,
// code pages of fonts and documents decoded through ICU, the destinations
// whose text no reader sees and the control words that stand for a character.
#pragma once

#include <unicode/ucnv.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::host::formats::rtf {

// Where the text of a group goes.
enum class Dest { body, skip, font_table, color_table, info_field, header, footer, footnote, list_marker };

struct CharState {
  int font = -1;
  int half_points = 24;  // \fsN, 12 pt when unset
  bool bold = false;
  int color = 0;  // index into the colour table, 0 = automatic
  bool hidden = false;  // \v, and tracked deletions (\deleted): read as accepted
  int uc = 1;  // characters that follow a \uN as its fallback
};

// Paragraph properties are group state too: a group restores them.
struct ParaState {
  std::string align;
  float first_indent_twips = 0;
  float first_indent_chars = 0;  // \cufiN, hundredths of a character
  int outline = -1;
  bool in_table = false;
};

struct GroupState {
  CharState ch;
  ParaState para;
  Dest dest = Dest::body;
  Dest resume = Dest::body;  // where \ud or \shptxt inside a skipped group send their text
  bool opened = false;       // this group named its destination (its end ends a header's paragraph)
  std::string info_key;      // for Dest::info_field: title, author, ...
};

struct Font {
  std::string name;
  int charset = -1;
};

// `RRGGBB` of a colour table's entry.
std::string hex_color(int r, int g, int b);

// The character a control word stands for (\emdash, \ldblquote, ...); 0 for none.
char32_t symbol_of(std::string_view word);

// The "code page" of a symbol font (\fcharset2): bytes are glyphs.
inline constexpr int kSymbolPage = 2;
// Windows code page of an RTF \fcharset; 0 when the document's own applies.
int codepage_of_charset(int charset);

// Decodes runs of bytes in Windows code pages; converters opened once each.
class Decoder {
 public:
  Decoder() = default;
  Decoder(const Decoder&) = delete;
  Decoder& operator=(const Decoder&) = delete;
  ~Decoder();
  // Appends the UTF-8 of `bytes` in `codepage` to out.
  void decode(int codepage, std::string_view bytes, std::string& out);

 private:
  UConverter* get(int codepage);
  std::map<int, UConverter*> open_;
  std::vector<UChar> u16_;
};

// Destinations whose text no reader sees (font and style tables, pictures,
// field instructions, revision tables, ...).
bool skipped_destination(std::string_view word);

}  // namespace gongwen::host::formats::rtf
