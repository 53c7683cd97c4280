// Traditional Chinese (Hong Kong, Macau, Taiwan, older mainland texts) read
// as simplified: handlers, extractors and their patterns (第一条, 关于…的通知,
// 两学一做) are written in simplified characters, so a document in
// traditional characters is folded with OpenCC for classification and
// extraction, and the record keeps the original text.
//
// Invariants:
// - The fold keeps every line's byte length (a character for a character,
//   both three bytes in UTF-8), so an offset into the folded text is the
//   same offset into the original: entities, sections and source lines hold.
//   A line whose conversion would change its length stays as it is.
// - A document with only a few traditional characters (a quoted name, a
//   title in an old typeface) is not folded.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongwen::host {

struct ScriptFold {
  std::string config;       // the OpenCC configuration: hk2s, tw2s or t2s
  std::size_t changed = 0;  // characters that differ from the original
  std::string text;         // the folded text, as long as the original line by line
};

// The simplified reading of text when it is written in traditional
// characters; nothing when it is not. Throws when OpenCC cannot be opened.
std::optional<ScriptFold> fold_traditional(std::string_view text);

// s read with the fold a text was given (`config` of its ScriptFold): a field the
// reader kept apart from the text (an information box's 文號), read as the text is.
std::string fold_like(const std::string& config, std::string_view s);

}  // namespace gongwen::host
