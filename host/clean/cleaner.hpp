// The cleaning step: one paragraph per line of NFC text that every later step
// reads, with page furniture dropped, wrapped lines joined and spacing
// repaired, and a map from every byte back to the source.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace gongwen::host {

struct CleanNote {
  Diag id;
  std::string message;
  std::size_t offset;  // in the cleaned text (npos when the text is gone)
  std::size_t source;  // in the decoded source, for text that was dropped
};

struct CleanResult {
  std::string layout;  // paragraph-per-line | hard-wrapped | single-line | empty
  int wrap_width = 0;  // characters, for hard-wrapped text
  std::string text;
  OffsetMap map;  // cleaned text → the input's source (composed with the input's map)
  std::vector<CleanNote> notes;
  Json continuations = Json::array();  // 下转/上接 notes: {direction, page, line}
};

// `input` is the unwrapped text and `input_map` its map to the decoded source.
// `paragraphs_known`: the input already has one paragraph per line (a reader
// of DOCX, PDF or OFD rebuilt them from the file's structure or geometry), so
// lines are never joined. `paragraph_lines`: offsets (sorted) of input lines
// the wrapper marked as paragraphs of their own (Markdown headings): never
// joined to the line before or after, whatever the layout.
CleanResult clean(std::string_view input, const OffsetMap& input_map, bool paragraphs_known = false,
                  const std::vector<std::size_t>& paragraph_lines = {});

// A line that opens a numbered heading or a bulleted item (一、 （一） 第三条 ■).
bool starts_heading(std::string_view line);
// A page number standing alone: `— 2 —`, `- 2 -`, `第 2 页`, `第2页 共9页`, `2 / 9`.
bool is_folio(std::string_view line);

// Layout of a text from its line statistics (exposed for tests).
std::string detect_layout(std::string_view input, int* wrap_width = nullptr);

}  // namespace gongwen::host
