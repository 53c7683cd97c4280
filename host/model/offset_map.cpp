// Offset map between the cleaned text and the decoded source.
#include "model/offset_map.hpp"

#include <algorithm>

#include <gongwen/text.hpp>

namespace gongwen::host {

OffsetMap::OffsetMap(std::string_view source) : source_(source) {
  line_starts_.push_back(0);
  block_chars_.reserve(source.size() / kCharBlock + 1);
  std::size_t chars = 0;
  for (std::size_t i = 0; i < source.size(); ++i) {
    if (i % kCharBlock == 0) block_chars_.push_back(chars);
    unsigned char c = static_cast<unsigned char>(source[i]);
    chars += (c & 0xC0) != 0x80;
    if (c == '\n') line_starts_.push_back(i + 1);
  }
  if (source.size() % kCharBlock == 0) block_chars_.push_back(chars);  // so src == size has a block
}

std::size_t OffsetMap::chars_before(std::size_t src) const {
  src = std::min(src, source_.size());
  std::size_t block = src / kCharBlock;
  if (block >= block_chars_.size()) return 0;  // a default-constructed map has no source
  std::size_t start = block * kCharBlock;
  return block_chars_[block] + text::char_count(source_.substr(start, src - start));
}

void OffsetMap::add_copy(std::size_t clean, std::size_t src, std::size_t len) {
  if (len == 0) return;
  if (!runs_.empty()) {
    Run& last = runs_.back();
    if (last.clean + last.len == clean && last.src + last.len == src) {
      last.len += len;
      return;
    }
  }
  runs_.push_back({clean, src, len});
}

std::size_t OffsetMap::to_source(std::size_t clean) const {
  if (runs_.empty()) return clean;
  auto it = std::upper_bound(runs_.begin(), runs_.end(), clean,
                             [](std::size_t c, const Run& r) { return c < r.clean; });
  if (it == runs_.begin()) return it->src;
  const Run& r = *(it - 1);
  if (clean < r.clean + r.len) return r.src + (clean - r.clean);
  // Inserted text between runs: attribute it to what follows.
  if (it != runs_.end()) return it->src;
  return r.src + r.len;
}

std::uint32_t OffsetMap::source_line_of(std::size_t src) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), src);
  return static_cast<std::uint32_t>(it - line_starts_.begin());
}

SourcePos OffsetMap::position(std::size_t clean) const {
  if (line_starts_.empty()) return {};
  std::size_t src = to_source(clean);
  std::uint32_t line = source_line_of(src);
  std::size_t start = line_starts_[line - 1];
  std::size_t end = std::min(src, source_.size());
  std::uint32_t col = 1;
  // Short stretches (most lines) are counted directly; long ones through the index.
  if (end > start)
    col += static_cast<std::uint32_t>(end - start <= kCharBlock ? text::char_count(source_.substr(start, end - start))
                                                                  : chars_before(end) - chars_before(start));
  return {line, col};
}

}  // namespace gongwen::host

namespace gongwen::host {

void MappedTextBuilder::copy_mapped(std::string_view text_in, const OffsetMap& map_in, std::size_t b,
                                    std::size_t len) {
  const auto& runs = map_in.runs();
  std::size_t end = b + len;
  std::size_t pos = b;
  auto it = std::upper_bound(runs.begin(), runs.end(), pos,
                             [](std::size_t c, const OffsetMap::Run& r) { return c < r.clean; });
  if (it != runs.begin()) --it;
  while (pos < end) {
    if (it == runs.end() || pos < it->clean) {
      // Unmapped stretch up to the next run.
      std::size_t stop = it == runs.end() ? end : std::min(end, it->clean);
      insert(text_in.substr(pos, stop - pos));
      pos = stop;
      continue;
    }
    std::size_t run_end = it->clean + it->len;
    if (pos >= run_end) { ++it; continue; }
    std::size_t stop = std::min(end, run_end);
    map.add_copy(text.size(), it->src + (pos - it->clean), stop - pos);
    text.append(text_in.substr(pos, stop - pos));
    pos = stop;
  }
}

}  // namespace gongwen::host
