// Fuzz target: gw.re, the scripts' regular expressions (PCRE2 with JIT, ICU
// for what only ICU reads), as a sandboxed script calls them. The input is a
// pattern, a newline, then a subject; both reach Lua byte for byte (hex in
// the document text), invalid UTF-8 included.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "lua/runtime.hpp"
#include "read/reader.hpp"

namespace {

constexpr const char* kScript = R"lua(
local function unhex(h) return (h:gsub("%x%x", function(b) return string.char(tonumber(b, 16)) end)) end
return { name = "re_fuzz", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    local ph, sh = doc.text:match("^(%x*)\n(%x*)")
    local p, s = unhex(ph or ""), unhex(sh or "")
    pcall(gw.re.find, s, p)
    pcall(gw.re.find, s, p, 2)
    pcall(gw.re.match, s, p, -3)
    pcall(gw.re.gsub, s, p, "<$1$0>")
    pcall(gw.re.gsub, s, p, function(...) return select("#", ...) > 1 and "x" or nil end, 5)
    pcall(gw.re.gsub, s, p, {a = "b"})
    pcall(function()
      local n = 0
      for a, b, c in gw.re.gfind(s, p) do n = n + 1; if n > 64 then break end end
      for m in gw.re.gmatch(s, p) do n = n + 1; if n > 128 then break end end
    end)
  end }
)lua";

gongwen::host::Handler& handler() {
  using namespace gongwen::host;
  static LuaLimits limits = [] {
    LuaLimits l;
    l.instructions = 2'000'000;
    l.regex_steps = 200;  // ~20 ms of matching per input
    return l;
  }();
  static LuaRuntime rt(limits);
  static std::unique_ptr<Handler> h = [] {
    auto path = std::filesystem::temp_directory_path() / "gongwen-fuzz-gw-re.lua";
    std::ofstream(path) << kScript;
    return rt.load_handler(path.string());
  }();
  return *h;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const char* hex = "0123456789abcdef";
  std::string text;
  text.reserve(size * 2 + 2);
  bool newline = false;
  for (std::size_t i = 0; i < size; ++i) {
    if (!newline && data[i] == '\n') {
      text += '\n';
      newline = true;
      continue;
    }
    text += hex[data[i] >> 4];
    text += hex[data[i] & 15];
  }
  if (!newline) text += '\n';
  auto doc = gongwen::host::read_bytes("fuzz.txt", std::move(text));
  try {
    handler().process(doc);
  } catch (const std::exception&) {
  }
  return 0;
}
