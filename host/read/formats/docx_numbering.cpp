// Word's automatic numbering (see docx_numbering.hpp).
#include "read/formats/docx_numbering.hpp"

#include <algorithm>

#include <gongwen/text.hpp>

#include "read/formats/archive.hpp"

namespace gongwen::host::formats {

namespace {

std::string chinese_counting(int n) {
  static const char* digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n <= 0) return "〇";
  if (n < 10) return digits[n];
  if (n < 20) return std::string("十") + (n % 10 ? digits[n % 10] : "");
  if (n < 100) return std::string(digits[n / 10]) + "十" + (n % 10 ? digits[n % 10] : "");
  if (n < 1000) {
    std::string s = std::string(digits[n / 100]) + "百";
    int r = n % 100;
    if (r == 0) return s;
    if (r < 10) return s + "零" + digits[r];
    return s + (r < 20 ? std::string("一十") + (r % 10 ? digits[r % 10] : "") : chinese_counting(r));
  }
  return std::to_string(n);
}

std::string letters(int n, char base) {
  std::string s;
  while (n > 0) {
    --n;
    s.insert(s.begin(), static_cast<char>(base + n % 26));
    n /= 26;
  }
  return s;
}

std::string roman(int n, bool upper) {
  static const std::pair<int, const char*> table[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                      {90, "xc"},  {50, "l"},   {40, "xl"},  {10, "x"},   {9, "ix"},
                                                      {5, "v"},    {4, "iv"},   {1, "i"}};
  std::string s;
  for (auto [v, r] : table)
    while (n >= v && s.size() < 32) s += r, n -= v;
  if (upper) std::transform(s.begin(), s.end(), s.begin(), ::toupper);
  return s;
}

std::string format_number(int n, const std::string& fmt) {
  if (fmt == "chineseCounting" || fmt == "chineseCountingThousand" || fmt == "japaneseCounting" ||
      fmt == "ideographTraditional" || fmt == "taiwaneseCounting" || fmt == "chineseLegalSimplified")
    return chinese_counting(n);
  if (fmt == "upperLetter") return letters(n, 'A');
  if (fmt == "lowerLetter") return letters(n, 'a');
  if (fmt == "upperRoman") return roman(n, true);
  if (fmt == "lowerRoman") return roman(n, false);
  if (fmt == "decimalEnclosedCircle" || fmt == "decimalEnclosedCircleChinese") {
    if (n >= 1 && n <= 20) {
      std::string s;
      text::append_utf8(s, static_cast<char32_t>(0x2460 + n - 1));
      return s;
    }
    return std::to_string(n);
  }
  if (fmt == "decimalFullWidth" || fmt == "decimalFullWidth2") {
    std::string s;
    for (char c : std::to_string(n)) text::append_utf8(s, static_cast<char32_t>(0xFF10 + (c - '0')));
    return s;
  }
  if (fmt == "decimalZero") return n < 10 ? "0" + std::to_string(n) : std::to_string(n);
  if (fmt == "none") return "";
  return std::to_string(n);  // decimal and anything unknown
}

}  // namespace

void Numbering::load(const xmlNode* root) {
  if (!root) return;
  std::unordered_map<std::string, std::vector<Level>> abstract;
  for (const xmlNode* a = root->children; a; a = a->next) {
    if (!is(a, "abstractNum")) continue;
    std::vector<Level> levels(9);
    for (const xmlNode* l = a->children; l; l = l->next) {
      if (!is(l, "lvl")) continue;
      auto i = to_int(attr(l, "ilvl"));
      if (!i || *i < 0 || *i > 8) continue;
      Level& lv = levels[static_cast<std::size_t>(*i)];
      if (auto* s = child(l, "start")) lv.start = to_int(attr(s, "val")).value_or(1);
      if (auto* f = child(l, "numFmt")) lv.fmt = attr(f, "val");
      if (auto* t = child(l, "lvlText")) lv.text = attr(t, "val");
    }
    abstract[attr(a, "abstractNumId")] = std::move(levels);
  }
  for (const xmlNode* n = root->children; n; n = n->next) {
    if (!is(n, "num")) continue;
    auto* an = child(n, "abstractNumId");
    auto it = abstract.find(attr(an, "val"));
    if (it == abstract.end()) continue;
    auto levels = it->second;
    for (const xmlNode* o = n->children; o; o = o->next) {
      if (!is(o, "lvlOverride")) continue;
      auto i = to_int(attr(o, "ilvl"));
      if (!i || *i < 0 || *i > 8) continue;
      if (auto* s = child(o, "startOverride")) levels[static_cast<std::size_t>(*i)].start = to_int(attr(s, "val")).value_or(1);
    }
    if (auto id = to_int(attr(n, "numId"))) nums_[*id] = std::move(levels);
  }
}

// The marker of the next paragraph of list `id` at `level`; "" for bullets.

std::string Numbering::next(int id, int level) {
  auto it = nums_.find(id);
  if (it == nums_.end() || level < 0 || level > 8) return {};
  auto& counters = counters_[id];
  if (counters.empty()) counters.assign(9, 0);
  const auto& levels = it->second;
  for (int l = 0; l <= level; ++l)
    if (counters[static_cast<std::size_t>(l)] == 0 && l < level) counters[static_cast<std::size_t>(l)] = levels[static_cast<std::size_t>(l)].start;
  auto& c = counters[static_cast<std::size_t>(level)];
  c = c == 0 ? levels[static_cast<std::size_t>(level)].start : c + 1;
  for (int l = level + 1; l < 9; ++l) counters[static_cast<std::size_t>(l)] = 0;
  const Level& lv = levels[static_cast<std::size_t>(level)];
  if (lv.fmt == "bullet" || lv.fmt == "none") return {};
  std::string out;
  for (std::size_t i = 0; i < lv.text.size(); ++i) {
    if (lv.text[i] == '%' && i + 1 < lv.text.size() && lv.text[i + 1] >= '1' && lv.text[i + 1] <= '9') {
      int ref = lv.text[i + 1] - '1';
      const Level& rl = levels[static_cast<std::size_t>(ref)];
      out += format_number(std::max(1, counters[static_cast<std::size_t>(ref)]), rl.fmt);
      ++i;
    } else {
      out += lv.text[i];
    }
  }
  return out;
}

}  // namespace gongwen::host::formats
