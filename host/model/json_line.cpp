// A compact JSON writer for records, byte-identical to nlohmann's dump().
//
// Why by hand: records are mostly Chinese text, and nlohmann's serializer
// runs every byte through a UTF-8 decoding automaton; here a string is
// checked a sequence at a time and copied in runs, which made serialisation
// (a tenth of a run's time) several times cheaper. Anything unusual (a
// string that is not valid UTF-8, a float) goes to nlohmann itself, so the
// output stays the same as dump()'s.
#include "model/json_line.hpp"

#include <charconv>

namespace gongwen::host {

namespace {

// The length of the valid UTF-8 sequence at s[i] (no overlongs, no
// surrogates, nothing over U+10FFFF: what nlohmann's decoder accepts), or 0.
std::size_t valid_sequence(const unsigned char* s, std::size_t i, std::size_t n) {
  unsigned char b = s[i];
  auto cont = [&](std::size_t k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
  if (b >= 0xC2 && b <= 0xDF) return cont(1) ? 2 : 0;
  if (b >= 0xE0 && b <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    unsigned char c = s[i + 1];
    if (b == 0xE0 && c < 0xA0) return 0;  // overlong
    if (b == 0xED && c > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    unsigned char c = s[i + 1];
    if (b == 0xF0 && c < 0x90) return 0;  // overlong
    if (b == 0xF4 && c > 0x8F) return 0;  // over U+10FFFF
    return 4;
  }
  return 0;
}

// False (and nothing appended) when the string needs nlohmann's handling
// of invalid UTF-8.
bool append_string(std::string& out, std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size(), mark = out.size();
  out += '"';
  std::size_t run = 0, i = 0;
  while (i < n) {
    unsigned char b = p[i];
    if (b >= 0x80) {
      std::size_t len = valid_sequence(p, i, n);
      if (len == 0) {
        out.resize(mark);
        return false;
      }
      i += len;
      continue;
    }
    if (b >= 0x20 && b != '"' && b != '\\') {
      ++i;
      continue;
    }
    out.append(s, run, i - run);
    switch (b) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default:
        out += "\\u00";
        out += hex[b >> 4];
        out += hex[b & 0xF];
    }
    run = ++i;
  }
  out.append(s, run, n - run);
  out += '"';
  return true;
}

template <class Int>
void append_int(std::string& out, Int v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  if (!append_string(out, s)) out += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

void append_json(std::string& out, const Json& j) {
  switch (j.type()) {
    case Json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [k, v] : j.items()) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, k);
        out += ':';
        append_json(out, v);
      }
      out += '}';
      return;
    }
    case Json::value_t::array: {
      out += '[';
      bool first = true;
      for (const auto& v : j) {
        if (!first) out += ',';
        first = false;
        append_json(out, v);
      }
      out += ']';
      return;
    }
    case Json::value_t::string:
      if (append_string(out, j.get_ref<const std::string&>())) return;
      break;
    case Json::value_t::boolean: out += j.get<bool>() ? "true" : "false"; return;
    case Json::value_t::null: out += "null"; return;
    case Json::value_t::number_integer: append_int(out, j.get<Json::number_integer_t>()); return;
    case Json::value_t::number_unsigned: append_int(out, j.get<Json::number_unsigned_t>()); return;
    default: break;  // floats, binary, discarded: nlohmann's own formatting
  }
  out += j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string json_line(const Json& j) {
  std::string out;
  append_json(out, j);
  return out;
}

}  // namespace gongwen::host
