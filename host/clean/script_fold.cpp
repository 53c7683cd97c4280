// Traditional → simplified folding with OpenCC (see script_fold.hpp).
#include "clean/script_fold.hpp"

#include <opencc.h>

#include <boost/dll/shared_library.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <bitset>
#include <map>
#include <stdexcept>
#include <string_view>

#include <gongwen/text.hpp>

namespace gongwen::host {

namespace {

namespace tx = gongwen::text;

// Characters frequent in traditional texts whose simplified forms differ: a
// cheap first look, so that simplified documents never pay for OpenCC.
constexpr std::u32string_view kTraditionalMarks =
    U"們這個說為國會來時對發業經關於與學區動實問從後進過還現開點當長機應該種書記總體議題護將術認識調聽讓車門間聯東華義務員條處電話網頁規劃確導"
    U"屆軍營驗結禮辭傳場內頒獎視歲產習讀謝濟際歷衛並愛氣價權黨萬億參變資團類戰費勞醫療藝觀願復辦歸環稅銀錢準簡單試課語號練隊災監險專證廳舉級獲紀錄備設計統組織預選響顧協啓啟幣額償貿邊檢達運輸鐵飛續績緊終維綜細";

// A table over the Basic Multilingual Plane, built once: a lookup per character.
bool traditional_mark(char32_t c) {
  static const std::bitset<0x10000> table = [] {
    std::bitset<0x10000> t;
    for (char32_t m : kTraditionalMarks) t.set(m);
    return t;
  }();
  return c < 0x10000 && table.test(c);
}

// OpenCC, loaded the first time a document needs it: linked into the binary,
// it and marisa cost every start-up ~1 ms in the dynamic loader, and nearly
// every document is simplified. Its C API only; the header gives the types.
struct OpenCC {
  boost::dll::shared_library lib;
  decltype(&opencc_open) open = nullptr;
  decltype(&opencc_close) close = nullptr;
  decltype(&opencc_convert_utf8) convert = nullptr;
  decltype(&opencc_convert_utf8_free) release = nullptr;
  decltype(&opencc_error) error = nullptr;
  std::string failure;
};

const OpenCC& opencc() {
  static const OpenCC o = [] {
    OpenCC o;
    boost::dll::fs::error_code ec;
    o.lib.load(GONGWEN_OPENCC_SONAME, boost::dll::load_mode::search_system_folders | boost::dll::load_mode::rtld_now |
                                          boost::dll::load_mode::rtld_local, ec);
    if (ec) {
      o.failure = fmt::format("OpenCC ({}) could not be loaded: {} (tools/install-deps.sh installs it)", GONGWEN_OPENCC_SONAME, ec.message());
      // Once on stderr; each document read unfolded also says so in its diagnostics.
      spdlog::warn("documents in traditional characters are read as they are: {}", o.failure);
      return o;
    }
    o.open = o.lib.get<opencc_t(const char*)>("opencc_open");
    o.close = o.lib.get<int(opencc_t)>("opencc_close");
    o.convert = o.lib.get<char*(opencc_t, const char*, size_t)>("opencc_convert_utf8");
    o.release = o.lib.get<void(char*)>("opencc_convert_utf8_free");
    o.error = o.lib.get<const char*()>("opencc_error");
    return o;
  }();
  if (!o.open) throw std::runtime_error(o.failure);
  return o;
}

// One converter per configuration and thread: OpenCC handles are not shared.
class Converter {
 public:
  explicit Converter(const std::string& config) : api_(opencc()), h_(api_.open(config.c_str())) {
    if (h_ == reinterpret_cast<opencc_t>(-1))
      throw std::runtime_error(fmt::format("OpenCC: cannot open `{}` ({})", config, api_.error()));
  }
  ~Converter() {
    if (h_ != reinterpret_cast<opencc_t>(-1)) api_.close(h_);
  }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;
  std::string convert(std::string_view s) const {
    char* out = api_.convert(h_, s.data(), s.size());
    if (!out) throw std::runtime_error(fmt::format("OpenCC: {}", api_.error()));
    std::string r(out);
    api_.release(out);
    return r;
  }

 private:
  const OpenCC& api_;
  opencc_t h_;
};

const Converter& converter(const std::string& config) {
  thread_local std::map<std::string, std::unique_ptr<Converter>> cache;
  auto& c = cache[config];
  if (!c) c = std::make_unique<Converter>(config + ".json");
  return *c;
}

// Hong Kong and Taiwan write some characters their own way (variants); the
// text says whose it is.
std::string config_for(std::string_view t) {
  for (std::string_view w : {"香港", "澳門", "特區", "特別行政區"})
    if (t.find(w) != std::string_view::npos) return "hk2s";
  for (std::string_view w : {"臺灣", "台灣", "中華民國", "行政院", "立法院", "新臺幣", "縣市政府"})
    if (t.find(w) != std::string_view::npos) return "tw2s";
  return "t2s";
}

}  // namespace

std::string fold_like(const std::string& config, std::string_view s) {
  if (s.empty()) return {};
  return converter(config).convert(s);
}

std::optional<ScriptFold> fold_traditional(std::string_view text) {
  std::size_t han = 0, marks = 0;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = tx::next_cp(text, i);
    if (!tx::is_han(c)) continue;
    ++han;
    marks += traditional_mark(c);
  }
  // A few marks in a long text are quotations or names, not its script; a
  // headline alone (a dataset row's title) has few characters to show it.
  bool headline = han < 40 && marks * 10 >= han;
  if (marks < (headline ? 3u : 5u) || marks * 100 < han) return std::nullopt;
  ScriptFold fold;
  fold.config = config_for(text);
  const Converter& conv = converter(fold.config);
  std::string out;
  out.reserve(text.size());
  for (std::size_t b = 0; b <= text.size();) {
    std::size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(b, e - b);
    std::string folded = line.empty() ? std::string() : conv.convert(line);
    if (folded.size() != line.size()) folded.assign(line);  // the offsets must hold
    for (std::size_t i = 0, j = 0; i < line.size() && j < folded.size();) {
      char32_t a = tx::next_cp(line, i), z = tx::next_cp(folded, j);
      fold.changed += a != z;
    }
    out += folded;
    if (e < text.size()) out += '\n';
    b = e + 1;
  }
  if (fold.changed == 0) return std::nullopt;
  fold.text = std::move(out);
  return fold;
}

}  // namespace gongwen::host
