// The compound file binary format (OLE2, [MS-CFB]): the container of Word
// 97-2003 .doc, Kingsoft .wps and Excel 97 files. Streams are read by name
// from the directory.
//
// Invariants: every sector number is checked against the file before it is
// read; a chain longer than the file has sectors is a loop and an error; a
// stream is never larger than the size its directory entry claims or than
// `max_stream` — hostile bytes give an error, never a crash or an
// allocation the file does not pay for.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::host::formats {

// Little-endian integers at a byte offset; 0 past the end (callers check
// sizes first; a short read never leaves the buffer).
inline std::uint16_t le16(std::string_view b, std::size_t at) {
  return at + 2 <= b.size() ? static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8) : 0;
}
inline std::uint32_t le32(std::string_view b, std::size_t at) {
  return at + 4 <= b.size() ? static_cast<std::uint32_t>(le16(b, at)) | static_cast<std::uint32_t>(le16(b, at + 2)) << 16 : 0;
}

class CompoundFile {
 public:
  // Parses the header, FAT, mini FAT and directory; error() says why not.
  CompoundFile(std::string_view bytes, std::uint64_t max_stream);

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  // The bytes of the stream named `name` directly under the root (not one of
  // an embedded object's), or nullopt with error() set when it is missing or
  // unreadable.
  std::optional<std::string> stream(std::u16string_view name);

 private:
  struct Entry {
    std::u16string name;
    int type = 0;  // 1 storage, 2 stream, 5 root
    std::uint32_t left = 0, right = 0, child = 0;  // the directory's red-black tree of siblings
    std::uint32_t start = 0;
    std::uint64_t size = 0;
  };
  std::optional<std::string> chain(std::uint32_t start, std::uint64_t size, bool mini);
  std::string_view sector(std::uint32_t i) const;

  std::string_view bytes_;
  std::uint64_t max_stream_;
  std::uint32_t sector_size_ = 512;
  std::uint32_t mini_size_ = 64;
  std::uint32_t mini_cutoff_ = 4096;
  std::vector<std::uint32_t> fat_, mini_fat_;
  std::vector<Entry> entries_;
  std::string mini_stream_;
  std::string error_;
};

}  // namespace gongwen::host::formats
