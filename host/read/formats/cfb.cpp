// Compound file reading (see cfb.hpp). Written here rather than taken from
// a library: the Debian libraries for it (libgsf) pull in GLib for four
// hundred lines of bounds-checked arithmetic.
#include "read/formats/cfb.hpp"

#include <fmt/format.h>

#include <cstring>

namespace gongwen::host::formats {

namespace {

constexpr std::uint32_t kEnd = 0xFFFFFFFE;    // ENDOFCHAIN
constexpr std::uint32_t kMaxRegular = 0xFFFFFFFA;


}  // namespace

std::string_view CompoundFile::sector(std::uint32_t i) const {
  std::uint64_t at = (static_cast<std::uint64_t>(i) + 1) * sector_size_;
  if (i >= kMaxRegular || at >= bytes_.size()) return {};
  return bytes_.substr(static_cast<std::size_t>(at), sector_size_);  // a short last sector is read as far as it goes
}

CompoundFile::CompoundFile(std::string_view bytes, std::uint64_t max_stream) : bytes_(bytes), max_stream_(max_stream) {
  static const char kMagic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
  if (bytes.size() < 512 || std::memcmp(bytes.data(), kMagic, 8) != 0) {
    error_ = "not an OLE2 compound file";
    return;
  }
  std::uint16_t shift = le16(bytes, 0x1E), mini_shift = le16(bytes, 0x20);
  if ((shift != 9 && shift != 12) || mini_shift != 6) {
    error_ = fmt::format("OLE2 header: sector shift {} / mini sector shift {}", shift, mini_shift);
    return;
  }
  sector_size_ = 1u << shift;
  mini_size_ = 1u << mini_shift;
  mini_cutoff_ = le32(bytes, 0x38);
  const std::uint64_t sectors = bytes.size() / sector_size_;  // an upper bound on any chain's length
  // The FAT's sectors: 109 in the header, the rest in the DIFAT chain.
  std::vector<std::uint32_t> fat_sectors;
  std::uint32_t n_fat = le32(bytes, 0x2C);
  if (n_fat > sectors) {
    error_ = "OLE2 header: more FAT sectors than the file has";
    return;
  }
  for (std::size_t i = 0; i < 109 && fat_sectors.size() < n_fat; ++i) fat_sectors.push_back(le32(bytes, 0x4C + 4 * i));
  std::uint32_t difat = le32(bytes, 0x44);
  for (std::uint64_t hops = 0; fat_sectors.size() < n_fat && difat < kMaxRegular; ++hops) {
    auto s = sector(difat);
    if (s.size() < sector_size_ || hops > sectors) {
      error_ = "OLE2: a broken DIFAT chain";
      return;
    }
    for (std::size_t i = 0; i + 1 < sector_size_ / 4 && fat_sectors.size() < n_fat; ++i) fat_sectors.push_back(le32(s, 4 * i));
    difat = le32(s, sector_size_ - 4);
  }
  fat_.reserve(static_cast<std::size_t>(n_fat) * (sector_size_ / 4));
  for (auto fs : fat_sectors) {
    auto s = sector(fs);
    if (s.size() < sector_size_) {
      error_ = "OLE2: a FAT sector outside the file";
      return;
    }
    for (std::size_t i = 0; i < sector_size_ / 4; ++i) fat_.push_back(le32(s, 4 * i));
  }
  // The directory.
  auto dir = chain(le32(bytes, 0x30), UINT64_MAX, false);
  if (!dir) return;
  for (std::size_t at = 0; at + 128 <= dir->size(); at += 128) {
    std::string_view e(dir->data() + at, 128);
    Entry en;
    std::uint16_t name_bytes = le16(e, 64);
    for (std::size_t k = 0; k + 2 <= name_bytes && k < 62; k += 2) {
      char16_t c = static_cast<char16_t>(le16(e, k));
      if (c == 0) break;
      en.name.push_back(c);
    }
    en.type = static_cast<unsigned char>(e[66]);
    en.left = le32(e, 68);
    en.right = le32(e, 72);
    en.child = le32(e, 76);
    en.start = le32(e, 116);
    en.size = le32(e, 120);
    if (le16(bytes, 0x1A) == 4) en.size |= static_cast<std::uint64_t>(le32(e, 124)) << 32;
    entries_.push_back(std::move(en));
  }
  if (entries_.empty() || entries_[0].type != 5) {
    error_ = "OLE2: no root entry";
    return;
  }
  // The mini FAT and the mini stream (the root's data) hold the small streams.
  if (le32(bytes, 0x40) > 0) {
    auto mf = chain(le32(bytes, 0x3C), UINT64_MAX, false);
    if (!mf) return;
    for (std::size_t i = 0; i + 4 <= mf->size(); i += 4) mini_fat_.push_back(le32(*mf, i));
  }
  if (entries_[0].size > 0) {
    auto ms = chain(entries_[0].start, entries_[0].size, false);
    if (!ms) return;
    mini_stream_ = std::move(*ms);
  }
}

std::optional<std::string> CompoundFile::chain(std::uint32_t start, std::uint64_t size, bool mini) {
  std::string out;
  const auto& fat = mini ? mini_fat_ : fat_;
  const std::uint32_t unit = mini ? mini_size_ : sector_size_;
  const std::uint64_t limit = mini ? mini_stream_.size() / unit + 1 : bytes_.size() / sector_size_ + 1;
  if (size != UINT64_MAX && size > max_stream_) {
    error_ = fmt::format("OLE2: a stream of {} bytes (more than the limit)", size);
    return std::nullopt;
  }
  std::uint64_t hops = 0;
  std::vector<bool> seen(fat.size());
  for (std::uint32_t s = start; s != kEnd && out.size() < size; s = fat[s]) {
    if (s >= fat.size() || ++hops > limit || seen[s]) {
      error_ = s >= fat.size() ? "OLE2: a sector chain leaves the file" : "OLE2: a sector chain loops";
      return std::nullopt;
    }
    seen[s] = true;
    std::string_view piece;
    if (mini) {
      std::uint64_t at = static_cast<std::uint64_t>(s) * unit;
      if (at >= mini_stream_.size()) {
        error_ = "OLE2: a mini sector outside the mini stream";
        return std::nullopt;
      }
      piece = std::string_view(mini_stream_).substr(static_cast<std::size_t>(at), unit);
    } else {
      piece = sector(s);
      if (piece.empty()) {
        error_ = "OLE2: a sector outside the file";
        return std::nullopt;
      }
    }
    out.append(piece);
    if (out.size() > max_stream_) {
      error_ = "OLE2: a stream longer than the limit";
      return std::nullopt;
    }
  }
  if (size != UINT64_MAX) {
    if (out.size() < size) {
      error_ = fmt::format("OLE2: a stream of {} bytes ends after {}", size, out.size());
      return std::nullopt;
    }
    out.resize(static_cast<std::size_t>(size));
  }
  return out;
}

std::optional<std::string> CompoundFile::stream(std::u16string_view name) {
  if (!ok()) return std::nullopt;
  // The root's children: its child and that entry's siblings, a tree walked
  // with a visited mark (a hostile tree may loop).
  std::vector<bool> seen(entries_.size());
  std::vector<std::uint32_t> todo{entries_[0].child};
  while (!todo.empty()) {
    std::uint32_t id = todo.back();
    todo.pop_back();
    if (id >= entries_.size() || seen[id]) continue;
    seen[id] = true;
    const Entry& e = entries_[id];
    if (e.type == 2 && e.name == name) {
      if (e.size == 0) return std::string();
      return chain(e.start, e.size, e.size < mini_cutoff_);
    }
    todo.push_back(e.left);
    todo.push_back(e.right);
  }
  error_ = "OLE2: no such stream";
  return std::nullopt;
}

}  // namespace gongwen::host::formats
