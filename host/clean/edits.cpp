// Character-level repairs (see edits.hpp).
#include "clean/edits.hpp"

#include <gongwen/people.hpp>
#include <gongwen/text.hpp>

#include <algorithm>
#include <cctype>
#include <utility>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/unistr.h>

namespace gongwen::host::clean_detail {

using text::next_cp;
using text::is_space;
using text::is_han;
using text::prev_cp;
using text::char_count;
using text::append_utf8;

// Applies the edits in text order; of overlapping edits the first wins and,
// at one position, a deletion wins over a replacement (removing the NBSP in
// `2018\u00A0年` beats turning it into a space). `edits` keeps only the edits
// applied, so offsets can be shifted by exactly what happened.
MappedTextBuilder apply_edits(std::string_view s, const OffsetMap& map, std::vector<Edit>& edits) {
  std::stable_sort(edits.begin(), edits.end(),
                   [](const Edit& a, const Edit& b) { return a.b != b.b ? a.b < b.b : a.rep.size() < b.rep.size(); });
  MappedTextBuilder out;
  out.text.reserve(s.size());
  std::size_t pos = 0;
  std::vector<Edit> applied;
  applied.reserve(edits.size());
  for (auto& ed : edits) {
    if (ed.b < pos) continue;  // overlaps one already applied
    out.copy_mapped(s, map, pos, ed.b - pos);
    if (!ed.rep.empty()) out.replace(ed.rep, map.to_source(ed.b));
    pos = ed.e;
    applied.push_back(std::move(ed));
  }
  out.copy_mapped(s, map, pos, s.size() - pos);
  edits = std::move(applied);
  return out;
}

// Characters that follow a number as its unit or counter, so the space PDF
// extraction puts before them (`2018 年`, `500 名`, `390 余次`) is damage.
bool is_unit(char32_t c) {
  static const std::u32string_view units =
      U"年月日号时分秒个名人位次余多万亿千百元项件条家所支批期张届岁米亩吨户村镇乡套台辆篇部门天周倍场轮类级篇份股只座栋间处%％";
  return units.find(c) != std::u32string_view::npos;
}

void spacing_edits(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits) {
  std::string_view p = s.substr(pb, pe - pb);
  // Most paragraphs have no space inside at all: look before tokenizing.
  if (p.find(' ') == std::string_view::npos && p.find("\u3000") == std::string_view::npos &&
      p.find("\u00A0") == std::string_view::npos)
    return;
  // Tokens separated by runs of spaces.
  struct Tok { std::size_t b, e; std::size_t chars; char32_t first, last; };
  std::vector<Tok> toks;
  std::vector<std::pair<std::size_t, std::size_t>> gaps;  // between toks[i] and toks[i+1]
  for (std::size_t i = 0; i < p.size();) {
    std::size_t k = i;
    char32_t c = next_cp(p, k);
    if (is_space(c)) {
      std::size_t gb = i;
      while (i < p.size()) { std::size_t j = i; if (!is_space(next_cp(p, j))) break; i = j; }
      if (!toks.empty() && i < p.size()) gaps.emplace_back(gb, i);
      continue;
    }
    Tok t{i, i, 0, c, c};
    while (i < p.size()) {
      std::size_t j = i;
      char32_t d = next_cp(p, j);
      if (is_space(d)) break;
      t.last = d;
      ++t.chars;
      i = j;
    }
    t.e = i;
    if (toks.size() > gaps.size() + 0 && !toks.empty() && gaps.size() < toks.size()) {
      // leading spaces before the first token are not a gap
    }
    toks.push_back(t);
  }
  if (toks.size() < 2 || gaps.size() != toks.size() - 1) return;
  for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
    const Tok& a = toks[i];
    const Tok& b = toks[i + 1];
    auto [gb, ge] = gaps[i];
    bool ideographic_gap = p.substr(gb, ge - gb).find("\u3000") != std::string_view::npos;
    // A wide gap is a layout separator (`办公室              2018年2月9日印发`), not damage.
    if (char_count(p.substr(gb, ge - gb)) > 2) continue;
    bool remove = false;
    // Spaced-out labels and padded names: `卷 首 语`, `附 则`, `叶 骏`.
    if (a.chars == 1 && b.chars == 1 && is_han(a.first) && is_han(b.first) && !ideographic_gap) remove = true;
    // Number next to its unit: `2018 年 2 月`, `500 名`, `两个 20%`.
    if (is_digit(a.last) && is_han(b.first) && is_unit(b.first)) remove = true;
    if (is_han(a.last) && is_digit(b.first)) {
      std::size_t j = 0;
      std::string_view bt = p.substr(b.b, b.e - b.b);
      char32_t after = 0;
      while (j < bt.size()) { after = next_cp(bt, j); if (!is_digit(after) && after != '.') break; after = 0; }
      if ((after && is_unit(after)) || (after == 0 && i + 2 < toks.size() && is_unit(toks[i + 2].first)))
        remove = i > 0 || a.chars > 2;  // a line-initial page number stays apart (TOC lines)
    }
    if (remove) edits.push_back({pb + gb, pb + ge, ""});
    // A letter-spaced organ glued to the next signer (`菏 泽 市 城 市 管 理 局菏泽市某某有限公司`): the
    // last of its characters leads the next token; it goes back to the name, a space after it.
    if (a.chars == 1 && b.chars >= 5 && is_han(a.first) && is_han(b.first) && !ideographic_gap && i >= 2 && toks[i - 1].chars == 1 &&
        toks[i - 2].chars == 1) {
      std::string name;
      std::size_t run = i;
      while (run > 0 && toks[run - 1].chars == 1 && is_han(toks[run - 1].first)) --run;
      for (std::size_t k = run; k <= i; ++k) name += p.substr(toks[k].b, toks[k].e - toks[k].b);
      std::size_t first_end = b.b;
      next_cp(p, first_end);
      name += p.substr(b.b, first_end - b.b);
      std::string rest(p.substr(first_end, b.e - first_end));
      // (Two of one place, as such pairs sign: `菏泽市…局` / `菏泽市…有限公司`; not one name spaced part way.)
      if (i + 1 - run >= 3 && people::organ_like(name) && people::organ_like(rest) && rest.size() >= 6 && name.compare(0, 6, rest, 0, 6) == 0) {
        if (!remove) edits.push_back({pb + gb, pb + ge, ""});
        edits.push_back({pb + first_end, pb + first_end, " "});
      }
    }
  }
}

// The simplified characters the CJK Radicals Supplement's forms stand for in
// text layers (NFKC maps only two of them; the Kangxi block it maps whole).
char32_t supplement_radical(char32_t c) {
  static constexpr std::pair<char32_t, char32_t> kMap[] = {
      {0x2E8C, U'小'}, {0x2E8D, U'小'}, {0x2E9F, U'母'}, {0x2EA0, U'民'},
      {0x2EA7, U'牛'}, {0x2EAE, U'竹'}, {0x2EB7, U'羊'}, {0x2EBC, U'肉'},
      {0x2EC4, U'西'}, {0x2EC5, U'见'}, {0x2EC6, U'角'}, {0x2EC8, U'讠'}, {0x2EC9, U'贝'}, {0x2ECB, U'车'},
      {0x2ED1, U'长'}, {0x2ED3, U'长'}, {0x2ED4, U'门'}, {0x2ED8, U'青'}, {0x2ED9, U'韦'}, {0x2EDA, U'页'},
      {0x2EDB, U'风'}, {0x2EDC, U'飞'}, {0x2EDD, U'食'}, {0x2EE0, U'饣'}, {0x2EE2, U'马'}, {0x2EE3, U'骨'},
      {0x2EE4, U'鬼'}, {0x2EE5, U'鱼'}, {0x2EE6, U'鸟'}, {0x2EE7, U'卤'}, {0x2EE8, U'麦'}, {0x2EE9, U'黄'},
      {0x2EEA, U'黾'}, {0x2EEB, U'齐'}, {0x2EEC, U'齐'}, {0x2EED, U'齿'}, {0x2EEE, U'齿'}, {0x2EEF, U'龙'},
      {0x2EF0, U'龙'}, {0x2EF1, U'龟'}, {0x2EF2, U'龟'}, {0x2EF3, U'龟'}};
  for (auto [from, to] : kMap)
    if (from == c) return to;
  return 0;
}

std::size_t radical_edits(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits) {
  std::string_view p = s.substr(pb, pe - pb);
  std::size_t n = 0;
  // Both blocks are E2 BA 80 … E2 BF 9F in UTF-8: look for that lead first.
  for (std::size_t q = p.find('\xE2'); q != std::string_view::npos; q = p.find('\xE2', q + 1)) {
    if (q + 2 >= p.size() || static_cast<unsigned char>(p[q + 1]) < 0xBA || static_cast<unsigned char>(p[q + 1]) > 0xBF) continue;
    std::size_t k = q;
    char32_t c = next_cp(p, k);
    char32_t to = 0;
    if (c >= 0x2F00 && c <= 0x2FD5) {
      // The Kangxi radicals' compatibility decompositions are the ideographs (NFKC).
      UErrorCode status = U_ZERO_ERROR;
      const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
      icu::UnicodeString d;
      if (U_SUCCESS(status) && nfkc->getDecomposition(static_cast<UChar32>(c), d) && d.countChar32() == 1) to = static_cast<char32_t>(d.char32At(0));
    } else if (c >= 0x2E80 && c <= 0x2EF3) {
      to = supplement_radical(c);
    }
    if (!to) continue;
    std::string rep;
    append_utf8(rep, to);
    edits.push_back({pb + q, pb + k, std::move(rep)});
    ++n;
  }
  return n;
}

// A syllable of pinyin written without its tone (`yue`, `zhong`, `dang`): an initial, if any,
// and a final. Mirror sites gloss in both ways; toneless letters are a gloss only when they
// spell a syllable (`(see)` or `(PDF)` do not).
bool toneless_syllable(std::string_view s) {
  // (An initial is required: a bare final, `(a)`, `(e)`, `(i)`, is an item's letter as often.)
  for (std::string_view ini : {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s",
                               "y", "w"}) {
    if (s.substr(0, ini.size()) != ini) continue;
    std::string_view fin = s.substr(ini.size());
    for (std::string_view f : {"a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "i", "ia", "ie", "iao", "iu",
                               "ian", "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "ui", "uan", "un", "uang", "v", "ve", "ue"})
      if (fin == f) return true;
  }
  return false;
}

std::size_t pinyin_gloss_at(std::string_view t, std::size_t i) {
  if (i >= t.size() || t[i] != '(') return 0;
  // (Six letters at most: a `(一）` with no `)` after it is given up within a gloss's reach.)
  std::size_t k = i + 1, letters = 0, toned = 0, syllable_end = 0;
  while (k < t.size() && letters <= 6) {
    std::size_t m = k;
    char32_t c = next_cp(t, m);
    if (c == ' ' && letters && m < t.size() && t[m] == ')' && !syllable_end) {  // (`會(huì )`, a mirror's stray space)
      syllable_end = k;
      k = m;
      continue;
    }
    if (c == ')') {
      std::string_view syllable = t.substr(i + 1, (syllable_end ? syllable_end : k) - i - 1);
      return letters && (toned || toneless_syllable(syllable)) ? m - i : 0;
    }
    if (c >= 'a' && c <= 'z') ++letters;
    else if (std::u32string_view(U"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ").find(c) != std::u32string_view::npos) ++letters, ++toned;
    else return 0;
    k = m;
  }
  return 0;
}

std::size_t pinyin_gloss_edits(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits) {
  std::string_view p = s.substr(pb, pe - pb);
  std::size_t n = 0, last_end = std::string_view::npos;  // (a character glossed twice: `會(hui)(hui)`)
  for (std::size_t q = p.find('('); q != std::string_view::npos; q = p.find('(', q + 1)) {
    std::size_t k = q;
    std::size_t len = q > 0 && (q == last_end || is_han(prev_cp(p, k))) ? pinyin_gloss_at(p, q) : 0;
    if (!len) continue;
    edits.push_back({pb + q, pb + q + len, ""});
    last_end = q + len;
    ++n;
  }
  return n;
}

// A jammer run is a row of one- or two-character ASCII tokens, one space apart, that no
// writer produces: six tokens at least, four distinct pairs that mix letters, digits and
// punctuation (or are two marks), three punctuation marks at least, or two over five such pairs
// with digits among them (`2 V4 e D# a5 \5 m9 c`; `A. B. C. D. E. F.`, `x + y = z` and a scale of
// grades, `A+ A A- B+ B B-`, are not).
// It stands alone or between non-ASCII characters, never inside a word.
bool lost_mark_edit(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits) {
  std::string_view p = s.substr(pb, pe - pb);
  std::size_t end = p.find_last_not_of(" \t");
  if (end == std::string_view::npos || p[end] != '?' || end == 0) return false;
  std::size_t b = p.find_last_not_of(" \t", end - 1);
  // (After a Latin word it is a question of that language's.)
  if (b == std::string_view::npos || std::isalpha(static_cast<unsigned char>(p[b]))) return false;
  // (The words that ask, anywhere on the line: a charset's loss is kept rather than a question's mark lost.)
  std::string_view line = p.substr(0, b + 1);
  if (line.starts_with("问") || line.starts_with("Q") || line.starts_with("q")) return false;
  for (std::string_view w : {"吗", "呢", "么", "何", "谁", "哪", "几", "多少", "是否", "怎", "难道", "吧", "啥", "能否", "可否", "有没有",
                             "能不能", "是不是", "要不要", "会不会", "还能", "还是"})
    if (line.find(w) != std::string_view::npos) return false;
  edits.push_back({pb + b + 1, pb + end + 1, ""});
  return true;
}

std::size_t jammer_edits(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits) {
  std::string_view p = s.substr(pb, pe - pb);
  auto visible = [](char c) { return c > 0x20 && c < 0x7F; };
  auto cls = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) ? 1 : std::isdigit(static_cast<unsigned char>(c)) ? 2 : 4; };
  std::size_t n = 0;
  for (std::size_t i = 0; i < p.size();) {
    if (!visible(p[i]) || (i > 0 && static_cast<unsigned char>(p[i - 1]) < 0x80 && p[i - 1] != ' ')) { ++i; continue; }
    // (A pinyin gloss's bracket, `發(fā) ' b9 x;`, closes the gloss: the run starts after it.)
    if (p[i] == ')' && i > 0 && static_cast<unsigned char>(p[i - 1]) >= 0x80) { ++i; continue; }
    // (A word of three characters or more starts no run: past it at once, as most ASCII is.)
    if (std::size_t w = i; [&] { while (w < p.size() && visible(p[w])) ++w; return w - i > 2; }()) {
      i = w;
      continue;
    }
    // Tokens from i: 1–2 visible characters each, single spaces between.
    std::size_t j = i, tokens = 0, end = i;
    int classes = 0;
    std::vector<std::string_view> pairs;
    std::string marks;
    while (j < p.size() && visible(p[j])) {
      std::size_t k = j;
      while (k < p.size() && visible(p[k]) && k - j < 3) ++k;
      if (k - j > 2) break;
      std::string_view tok = p.substr(j, k - j);
      for (char c : tok) {
        classes |= cls(c);
        if (cls(c) == 4 && marks.find(c) == std::string::npos) marks += c;
      }
      if (tok.size() == 2 && (cls(tok[0]) != cls(tok[1]) || cls(tok[0]) == 4) && std::find(pairs.begin(), pairs.end(), tok) == pairs.end())
        pairs.push_back(tok);
      ++tokens;
      end = k;
      if (k + 1 < p.size() && p[k] == ' ' && visible(p[k + 1])) j = k + 1;
      else break;
    }
    bool closed = end == p.size() || static_cast<unsigned char>(p[end]) >= 0x80 || p[end] == ' ';
    if (tokens >= 6 && pairs.size() >= 4 && (classes & 5) == 5 && (marks.size() >= 3 || (marks.size() == 2 && pairs.size() >= 5 && (classes & 2))) && closed) {
      std::size_t b = i, e = end;
      while (b > 0 && p[b - 1] == ' ') --b;  // the space a run leaves before it
      while (e < p.size() && p[e] == ' ') ++e;
      // A run that is its whole line takes the line with it.
      if (b == 0 && e == p.size() && pe < s.size()) ++e;
      edits.push_back({pb + b, pb + e, ""});
      ++n;
      i = end;
      continue;
    }
    i = std::max(end, i + 1);
  }
  return n;
}

// The copy is the shortest prefix repeated at once: six characters at least, four of
// them Han, no sentence inside it (a title has none), at most 80 characters.
bool doubled_head_edit(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits) {
  std::string_view p = s.substr(pb, pe - pb);
  std::size_t len = 0, chars = 0, han = 0;
  for (std::size_t i = 0; i < p.size() && chars < 80;) {
    char32_t c = next_cp(p, i);
    if (c == U'。' || c == U'！' || c == U'？' || c == U'；') return false;
    ++chars;
    han += is_han(c);
    if (chars >= 6 && han >= 4 && 2 * i <= p.size() && p.substr(i, i) == p.substr(0, i)) {
      len = i;
      break;
    }
  }
  if (!len) return false;
  edits.push_back({pb + len, pb + 2 * len, 2 * len < p.size() ? "\n" : ""});
  return true;
}

// Unicode normalization: NFC for the visible text (NFKC would rewrite Chinese
// full-width punctuation), as edits of the characters that need it only.
void nfc_edits(std::string_view s, std::vector<Edit>& edits) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) {
    for (std::size_t pb = 0; pb < s.size();) {
      std::size_t pe = s.find('\n', pb);
      if (pe == std::string_view::npos) pe = s.size();
      auto p = s.substr(pb, pe - pb);
      status = U_ZERO_ERROR;
      if (!nfc->isNormalizedUTF8(icu::StringPiece(p.data(), static_cast<int32_t>(p.size())), status) && U_SUCCESS(status)) {
        // Normalise only the characters that need it, so the offset map
        // keeps its resolution for the rest of the paragraph.
        for (std::size_t i = 0; i < p.size();) {
          std::size_t k = i;
          char32_t c = next_cp(p, k);
          std::size_t j = k;
          while (j < p.size()) { std::size_t m = j; char32_t d = next_cp(p, m); if (nfc->hasBoundaryBefore(d)) break; j = m; }
          if (!nfc->isInert(c) || j > k) {
            std::string piece(p.substr(i, j - i));
            std::string norm;
            icu::StringByteSink<std::string> sink(&norm);
            status = U_ZERO_ERROR;
            nfc->normalizeUTF8(0, icu::StringPiece(piece.data(), static_cast<int32_t>(piece.size())), sink, nullptr, status);
            if (U_SUCCESS(status) && norm != piece) edits.push_back({pb + i, pb + j, norm});
          }
          i = j;
        }
      }
      pb = pe + 1;
    }
  }
}

namespace {

// The page number of a folio standing at p[i] (`第 9 页`, `第9页 共15页`, `- 9 -`, `— 9 —`,
// `第 9 页 - 9 -`): its end in `end`, or -1.
int folio_at(std::string_view p, std::size_t i, std::size_t& end, bool& paired) {
  auto spaces = [&](std::size_t k) {
    while (k < p.size() && p[k] == ' ') ++k;
    return k;
  };
  auto number = [&](std::size_t& k) {
    int n = 0, digits = 0;
    while (k < p.size() && std::isdigit(static_cast<unsigned char>(p[k])) && digits < 4) n = n * 10 + (p[k++] - '0'), ++digits;
    return digits ? n : -1;
  };
  auto word = [&](std::size_t& k, std::string_view w) {
    if (p.substr(k, w.size()) != w) return false;
    k += w.size();
    return true;
  };
  auto dash = [&](std::size_t& k) { return word(k, "-") || word(k, "—") || word(k, "－") || word(k, "–"); };
  // `- 9 -` from k: the number, or -1.
  auto dashed = [&](std::size_t& k) {
    std::size_t q = k;
    if (!dash(q)) return -1;
    q = spaces(q);
    int n = number(q);
    q = spaces(q);
    if (n < 0 || !dash(q)) return -1;
    k = q;
    return n;
  };
  std::size_t k = i;
  int page = -1;
  if (word(k, "第")) {
    k = spaces(k);
    page = number(k);
    k = spaces(k);
    if (page < 0 || !word(k, "页")) return -1;
    std::size_t q = spaces(k);
    if (word(q, "共")) {  // `共15页`
      q = spaces(q);
      if (number(q) >= 0 && word(q = spaces(q), "页")) k = q;
    }
    q = spaces(k);
    if (std::size_t r = q; dashed(r) == page) k = r, paired = true;  // the foot's `- 9 -` under the head's `第 9 页`
  } else {
    page = dashed(k);
  }
  if (page < 0 || (k < p.size() && p[k] != ' ')) return -1;
  end = k;
  return page;
}

}  // namespace

std::size_t inline_folio_edits(std::string_view s, std::size_t pb, std::size_t pe, std::vector<Edit>& edits) {
  std::string_view p = s.substr(pb, pe - pb);
  if (p.find("页") == std::string_view::npos && p.find(" - ") == std::string_view::npos && p.find("— ") == std::string_view::npos)
    return 0;
  struct Mark { std::size_t b, e; int page; bool paired; };
  std::vector<Mark> marks;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (i > 0 && p[i - 1] != ' ') continue;
    std::size_t end = 0;
    bool paired = false;
    int page = folio_at(p, i, end, paired);
    if (page < 0) continue;
    marks.push_back({i, end, page, paired});
    i = end;
  }
  // (A head's `第 9 页` over a foot's `- 9 -` says page break alone.)
  if (marks.empty() || (marks.size() == 1 && !marks[0].paired)) return 0;
  // The longest sequence: each page after the one before, a few pages skipped at most (a
  // page of a table may print none), a page's text between (`1 - 2 - 3 - 4` in a table is
  // no folios); a mark off it (`见第 30 页`) is the author's.
  std::vector<std::size_t> best;
  for (std::size_t start = 0; start < std::min<std::size_t>(marks.size(), 8) && best.size() * 2 < marks.size(); ++start) {
    std::vector<std::size_t> chain{start};
    for (std::size_t m = start + 1; m < marks.size(); ++m) {
      int step = marks[m].page - marks[chain.back()].page;
      if (step >= 1 && step <= 3 && marks[m].b >= marks[chain.back()].e + 120) chain.push_back(m);
    }
    if (chain.size() > best.size()) best = std::move(chain);
  }
  if (best.size() < 2 && !marks[best[0]].paired) return 0;
  for (std::size_t at : best) {
    const Mark& m = marks[at];
    std::size_t e = m.e;
    while (e < p.size() && p[e] == ' ') ++e;  // one space before it is left
    edits.push_back({pb + m.b, pb + e, ""});
  }
  return best.size();
}

}  // namespace gongwen::host::clean_detail
