// Maps byte offsets of the cleaned text back to the source file, so every
// span reported later can name a line of the original file even after
// unwrapping, joining and dropping page furniture.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::host {

struct SourcePos {
  std::uint32_t line = 0;    // 1-based; 0 when unknown
  std::uint32_t column = 0;  // 1-based, in characters of the decoded source line
};

class OffsetMap {
 public:
  // A run maps text[clean, clean+len) onto source[src, src+len) byte for byte.
  // Text that was inserted (a joiner, a replacement) maps to the source
  // offset of the run that follows it.
  struct Run {
    std::size_t clean, src, len;
  };

  OffsetMap() = default;
  // `source` is the decoded source (UTF-8) whose lines are the file's lines.
  explicit OffsetMap(std::string_view source);

  void add_copy(std::size_t clean, std::size_t src, std::size_t len);
  std::size_t to_source(std::size_t clean) const;
  SourcePos position(std::size_t clean) const;
  std::uint32_t line_of(std::size_t clean) const { return position(clean).line; }
  std::uint32_t source_line_of(std::size_t src) const;
  std::size_t line_count() const { return line_starts_.size(); }
  const std::vector<Run>& runs() const { return runs_; }

 private:
  // Characters before byte k * kCharBlock of the source, so a column is found
  // in O(kCharBlock) whatever the length of its line (a one-line document of
  // megabytes would otherwise cost a scan from the line start per position).
  static constexpr std::size_t kCharBlock = 1024;
  std::size_t chars_before(std::size_t src) const;

  std::vector<Run> runs_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::size_t> block_chars_;
  std::string_view source_;  // borrowed from the Document that owns both
};

}  // namespace gongwen::host

namespace gongwen::host {

// Builds a text together with its map to the source, one piece at a time.
// Every transformation of the text (unwrapping, joining lines, dropping
// furniture) goes through one of these so positions survive it.
class MappedTextBuilder {
 public:
  // A piece taken verbatim from the source at byte offset src.
  void copy(std::string_view piece, std::size_t src) {
    map.add_copy(text.size(), src, piece.size());
    text.append(piece);
  }
  // Text that stands for nothing in the source (a joiner, a decoded escape).
  void insert(std::string_view s) { text.append(s); }
  // Text that replaces source[src, src+n): maps its first byte there.
  void replace(std::string_view s, std::size_t src) {
    if (s.empty()) return;
    map.add_copy(text.size(), src, 1);
    text.append(s);
  }
  // text_in[b, b+len) where text_in maps to the source through map_in.
  void copy_mapped(std::string_view text_in, const OffsetMap& map_in, std::size_t b, std::size_t len);

  std::string text;
  OffsetMap map;
};

}  // namespace gongwen::host
