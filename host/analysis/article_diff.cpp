// The article alignment behind `gongwen diff` (see article_diff.hpp).
//
// Invariants:
// - Texts are compared normalised (NFKC, whitespace removed): a revision that
//   only changes bracket width or spacing is `identical`.
// - Similarity is the Dice coefficient of character bigrams; the alignment is
//   the order-preserving one that maximises Σ(similarity − kMatch) over its
//   pairs (dynamic programming, O(old × new)), so renumbering never matters
//   and an edited article stays paired with its place.
// - Split and merge are found by containment (how much of a short text's
//   bigrams the long one holds), which a similarity score cannot see: a third
//   of an article is never similar to the whole.
#include "analysis/article_diff.hpp"
#include "similarity/fold.hpp"

#include <algorithm>
#include <unordered_map>

#include <gongwen/text.hpp>

namespace gongwen::host {

namespace tx = gongwen::text;

namespace {

constexpr double kMatch = 0.3;      // weakest similarity that pairs two articles on the alignment
constexpr double kMoved = 0.5;      // an article off the alignment still paired with its counterpart
constexpr double kContained = 0.6;  // share of a part's bigrams found in the whole, for split/merge

using Bigrams = std::vector<std::uint64_t>;  // sorted, with repeats

Bigrams bigrams(const std::u32string& s) {
  Bigrams b;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) b.push_back((static_cast<std::uint64_t>(s[i]) << 32) | s[i + 1]);
  if (s.size() == 1) b.push_back(s[0]);
  std::sort(b.begin(), b.end());
  return b;
}

std::size_t common(const Bigrams& a, const Bigrams& b) {
  std::size_t n = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) ++n, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return n;
}

double dice(const Bigrams& a, const Bigrams& b) {
  if (a.empty() && b.empty()) return 1;
  return 2.0 * static_cast<double>(common(a, b)) / static_cast<double>(a.size() + b.size());
}

double contained(const Bigrams& part, const Bigrams& whole) {
  return part.empty() ? 0 : static_cast<double>(common(part, whole)) / static_cast<double>(part.size());
}

bool is_heading_line(std::string_view p) {
  // `第一章 总则`, `第二节 …`, or a bare short line without sentence punctuation.
  std::size_t i = 0;
  if (tx::starts_with(p, "第")) {
    i = 3;
    std::size_t k = i;
    while (k < p.size()) {
      std::size_t q = k;
      if (!tx::is_cn_numeral(tx::next_cp(p, q)) && !(p[k] >= '0' && p[k] <= '9')) break;
      k = q;
    }
    if (k > i && (tx::starts_with(p.substr(k), "章") || tx::starts_with(p.substr(k), "节") || tx::starts_with(p.substr(k), "编")))
      return true;
  }
  return false;
}

// 第N条 at the start of p: the number and the byte where the text starts.
std::optional<std::pair<int, std::size_t>> article_start(std::string_view p) {
  if (!tx::starts_with(p, "第")) return std::nullopt;
  std::size_t k = 3, digits = 3;
  while (k < p.size()) {
    std::size_t q = k;
    char32_t c = tx::next_cp(p, q);
    if (!tx::is_cn_numeral(c) && !(c >= '0' && c <= '9')) break;
    k = q;
  }
  if (k == digits || !tx::starts_with(p.substr(k), "条")) return std::nullopt;
  auto n = tx::parse_number(p.substr(digits, k - digits));
  if (!n || *n <= 0 || *n > 100000) return std::nullopt;
  std::size_t body = k + 3;
  // `第五条之一`: an inserted article keeps its own text; numbered as the base.
  while (body < p.size()) {
    std::size_t q = body;
    if (!tx::is_space(tx::next_cp(p, q))) break;
    body = q;
  }
  return std::make_pair(static_cast<int>(*n), body);
}

}  // namespace

const char* relation_name(Relation r) {
  switch (r) {
    case Relation::identical: return "identical";
    case Relation::changed: return "changed";
    case Relation::moved: return "moved";
    case Relation::added: return "added";
    case Relation::deleted: return "deleted";
    case Relation::split: return "split";
    case Relation::merged: return "merged";
  }
  return "?";
}

std::vector<Article> parse_articles(const Document& d) {
  std::vector<Article> out;
  std::string chapter;
  std::string_view t = d.text;
  std::vector<std::pair<std::size_t, std::string_view>> paragraphs;
  for (std::size_t b = 0; b < t.size();) {
    std::size_t e = t.find('\n', b);
    if (e == std::string_view::npos) e = t.size();
    auto p = tx::trim(t.substr(b, e - b));
    if (!p.empty()) paragraphs.emplace_back(static_cast<std::size_t>(p.data() - t.data()), p);
    b = e + 1;
  }
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    auto [off, p] = paragraphs[i];
    if (is_heading_line(p)) {
      chapter = std::string(p);
      continue;
    }
    if (auto a = article_start(p)) {
      out.push_back({a->first, std::string(p.substr(a->second)), d.line_of(off), chapter});
      continue;
    }
    if (out.empty()) continue;  // title, promulgation notes, a table of contents
    // A short line without sentence punctuation right before an article is
    // a heading whose 第N章 was not written (`农业技术推广体系`).
    bool next_article = i + 1 < paragraphs.size() && article_start(paragraphs[i + 1].second);
    char32_t last = 0;
    for (std::size_t k = 0; k < p.size();) last = tx::next_cp(p, k);
    bool punctuated = last == U'。' || last == U'；' || last == U'：' || last == U'，' || last == U'、' || last == U'）' || last == U'！' ||
                      last == U'？' || last == '.' || last == ';' || last == ':';
    if (next_article && !punctuated && tx::char_count(p) <= 25) {
      chapter = std::string(p);
      continue;
    }
    out.back().text += "\n";
    out.back().text += p;
  }
  return out;
}

std::vector<ArticlePair> align_articles(const std::vector<Article>& olds, const std::vector<Article>& news) {
  const std::size_t n = olds.size(), m = news.size();
  std::vector<std::u32string> on(n), nn(m);
  std::vector<Bigrams> ob(n), nb(m);
  for (std::size_t i = 0; i < n; ++i) ob[i] = bigrams(on[i] = folded(olds[i].text, false));
  for (std::size_t j = 0; j < m; ++j) nb[j] = bigrams(nn[j] = folded(news[j].text, false));
  std::vector<double> sim(n * m);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < m; ++j) sim[i * m + j] = on[i] == nn[j] ? 1.0 : dice(ob[i], nb[j]);
  auto S = [&](std::size_t i, std::size_t j) { return sim[i * m + j]; };

  // The order-preserving alignment with the greatest total gain.
  std::vector<double> best((n + 1) * (m + 1), 0);
  auto B = [&](std::size_t i, std::size_t j) -> double& { return best[i * (m + 1) + j]; };
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j) {
      double v = std::max(B(i - 1, j), B(i, j - 1));
      if (S(i - 1, j - 1) >= kMatch) v = std::max(v, B(i - 1, j - 1) + S(i - 1, j - 1) - kMatch);
      B(i, j) = v;
    }
  std::vector<std::optional<std::size_t>> old_to(n), new_from(m);
  for (std::size_t i = n, j = m; i > 0 && j > 0;) {
    if (S(i - 1, j - 1) >= kMatch && B(i, j) == B(i - 1, j - 1) + S(i - 1, j - 1) - kMatch) {
      old_to[i - 1] = j - 1;
      new_from[j - 1] = i - 1;
      --i, --j;
    } else if (B(i, j) == B(i - 1, j)) {
      --i;
    } else {
      --j;
    }
  }
  std::vector<Relation> new_rel(m, Relation::added), old_rel(n, Relation::deleted);
  for (std::size_t j = 0; j < m; ++j)
    if (new_from[j]) new_rel[j] = old_rel[*new_from[j]] = on[*new_from[j]] == nn[j] ? Relation::identical : Relation::changed;

  // Off the alignment: the same text elsewhere is moved; a close one, changed.
  for (std::size_t j = 0; j < m; ++j) {
    if (new_from[j]) continue;
    std::optional<std::size_t> pick;
    for (std::size_t i = 0; i < n; ++i)
      if (!old_to[i] && S(i, j) >= kMoved && (!pick || S(i, j) > S(*pick, j))) pick = i;
    if (!pick) continue;
    old_to[*pick] = j;
    new_from[j] = *pick;
    new_rel[j] = old_rel[*pick] = on[*pick] == nn[j] ? Relation::moved : Relation::changed;
  }

  std::vector<std::vector<std::size_t>> split_into(n), merged_from(m);
  // The article of `wholes` that holds most of `part`'s bigrams (at least
  // kContained, and not much shorter than the part), if any.
  auto holder = [](const Bigrams& part, const std::vector<Bigrams>& wholes) {
    std::optional<std::size_t> whole;
    double best_c = kContained;
    for (std::size_t k = 0; k < wholes.size(); ++k) {
      double c = contained(part, wholes[k]);
      if (c >= best_c && part.size() < wholes[k].size() + 4) best_c = c, whole = k;
    }
    return whole;
  };
  // Split: unpaired new articles whose text lies inside one old article;
  // merged: unpaired old articles whose text lies inside one new article.
  for (std::size_t j = 0; j < m; ++j)
    if (!new_from[j])
      if (auto whole = holder(nb[j], ob)) split_into[*whole].push_back(j);
  for (std::size_t i = 0; i < n; ++i)
    if (!old_to[i])
      if (auto whole = holder(ob[i], nb)) merged_from[*whole].push_back(i);
  std::vector<ArticlePair> pairs;
  std::vector<bool> old_done(n, false);
  auto emit_deleted_before = [&](std::size_t limit) {  // deleted articles keep their old place
    for (std::size_t i = 0; i < limit && i < n; ++i)
      if (!old_done[i] && old_rel[i] == Relation::deleted && split_into[i].empty() &&
          std::none_of(merged_from.begin(), merged_from.end(), [&](const auto& v) { return std::count(v.begin(), v.end(), i) > 0; })) {
        pairs.push_back({i, std::nullopt, Relation::deleted, 0});
        old_done[i] = true;
      }
  };
  for (std::size_t j = 0; j < m; ++j) {
    if (new_from[j]) emit_deleted_before(*new_from[j]);
    // New article j came from a split of old article i?
    std::optional<std::size_t> split_of;
    for (std::size_t i = 0; i < n && !split_of; ++i)
      if (std::count(split_into[i].begin(), split_into[i].end(), j)) split_of = i;
    if (split_of) {
      pairs.push_back({*split_of, j, Relation::split, contained(nb[j], ob[*split_of])});
      old_done[*split_of] = true;
      continue;
    }
    if (!merged_from[j].empty()) {
      std::vector<std::size_t> sources = merged_from[j];
      if (new_from[j]) sources.push_back(*new_from[j]);
      std::sort(sources.begin(), sources.end());
      for (auto i : sources) {
        pairs.push_back({i, j, Relation::merged, contained(ob[i], nb[j])});
        old_done[i] = true;
      }
      continue;
    }
    if (new_from[j]) {
      // Paired, but the old article also split into later unpaired ones: the pair is part of the split.
      Relation r = new_rel[j];
      if (!split_into[*new_from[j]].empty()) r = Relation::split;
      pairs.push_back({*new_from[j], j, r, S(*new_from[j], j)});
      old_done[*new_from[j]] = true;
    } else {
      pairs.push_back({std::nullopt, j, Relation::added, 0});
    }
  }
  emit_deleted_before(n);
  return pairs;
}

std::vector<DiffRun> char_diff(const std::string& a_in, const std::string& b_in) {
  // Compared in NFKC, as the alignment compares: a bracket that only changed
  // width (（ for () is no change to show.
  const std::string a = nfkc(a_in), b = nfkc(b_in);
  std::u32string x, y;
  for (std::size_t i = 0; i < a.size();) x.push_back(tx::next_cp(a, i));
  for (std::size_t i = 0; i < b.size();) y.push_back(tx::next_cp(b, i));
  std::vector<DiffRun> out;
  auto push = [&](char op, char32_t c) {
    std::string s;
    tx::append_utf8(s, c);
    if (!out.empty() && out.back().op == op) out.back().text += s;
    else out.push_back({op, s});
  };
  // An LCS table costs |a|·|b|: articles are short, but a whole-text diff of
  // two long ones falls back to one deletion and one insertion.
  if (x.size() * y.size() > 4'000'000) {
    if (!a.empty()) out.push_back({'-', a});
    if (!b.empty()) out.push_back({'+', b});
    return out;
  }
  const std::size_t n = x.size(), m = y.size();
  std::vector<std::uint32_t> L((n + 1) * (m + 1), 0);
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      L[i * (m + 1) + j] = x[i] == y[j] ? L[(i + 1) * (m + 1) + j + 1] + 1 : std::max(L[(i + 1) * (m + 1) + j], L[i * (m + 1) + j + 1]);
  std::size_t i = 0, j = 0;
  while (i < n && j < m) {
    if (x[i] == y[j]) push('=', x[i]), ++i, ++j;
    else if (L[(i + 1) * (m + 1) + j] >= L[i * (m + 1) + j + 1]) push('-', x[i++]);
    else push('+', y[j++]);
  }
  while (i < n) push('-', x[i++]);
  while (j < m) push('+', y[j++]);
  return out;
}

}  // namespace gongwen::host
