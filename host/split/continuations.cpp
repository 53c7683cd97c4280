// Reassembly of continued articles (see continuations.hpp).
//
// Invariants: an article's pieces stay in text order and cover its text; a
// piece is moved whole from the article holding it to the one it continues,
// so no text is duplicated or lost. A forward note is paired with the first
// later backward note that lies in another article and names an earlier page
// (or the same page, when the notes give no order); notes printed side by side
// in a reprint (下转第四版）（紧接第一版）) pair with nothing to move.
#include "split/continuations.hpp"

#include <fmt/format.h>
#include <gongwen/text.hpp>

#include <algorithm>

namespace gongwen::host {

namespace {

constexpr std::size_t kMaxNotes = 256;

struct ContinuationNote {
  bool forward = false;
  long long page = 0;
  std::string unit;
  std::size_t offset = 0;  // in the container's text
  bool used = false;
};

// (article, offset in its text) of a container offset; npos article when no
// article holds it (the table of contents, the masthead).
std::pair<std::size_t, std::size_t> locate(const Document& container, const std::vector<Document>& articles, std::size_t off) {
  const std::size_t at = container.origin_offset(off);
  for (std::size_t a = 0; a < articles.size(); ++a) {
    const auto& d = articles[a];
    std::size_t n = d.pieces.empty() ? 1 : d.pieces.size();
    for (std::size_t i = 0; i < n; ++i) {
      std::size_t b = d.pieces.empty() ? 0 : d.pieces[i].first;
      std::size_t e = i + 1 < n ? d.pieces[i + 1].first : d.text.size();
      std::size_t base = d.pieces.empty() ? d.text_base : d.pieces[i].second;
      if (at >= base && at - base < e - b) return {a, b + (at - base)};
    }
  }
  return {std::string::npos, 0};
}

}  // namespace

std::size_t join_continuations(Document& container, std::vector<Document>& articles) {
  auto it = container.fields.find("continuations");
  if (it == container.fields.end() || !it->is_array() || articles.size() < 2) return 0;
  // A real issue has tens of notes; thousands are no layout to rebuild (and
  // would make the pairing below quadratic).
  if (it->size() > kMaxNotes) {
    container.split_evidence.push_back(fmt::format("{} continuation notes: more than {}, none joined", it->size(), kMaxNotes));
    return 0;
  }
  std::vector<ContinuationNote> notes;
  for (const auto& j : *it) {
    if (!j.is_object() || !j.contains("offset") || !j["offset"].is_number_unsigned()) continue;
    auto str = [&](const char* k, const char* d) { return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string(d); };
    long long page = j.contains("page") && j["page"].is_number_integer() ? j["page"].get<long long>() : 0;
    notes.push_back({str("direction", "") == "forward", page, str("unit", "页"), j["offset"].get<std::size_t>()});
  }
  std::sort(notes.begin(), notes.end(), [](const ContinuationNote& a, const ContinuationNote& b) { return a.offset < b.offset; });

  std::size_t joined = 0;
  for (auto& fwd : notes) {
    if (!fwd.forward || fwd.used) continue;
    auto [a, at_a] = locate(container, articles, fwd.offset);
    if (a == std::string::npos) continue;
    for (auto& back : notes) {
      if (back.forward || back.used || back.offset <= fwd.offset) continue;
      if (back.unit == fwd.unit && back.page > fwd.page) continue;  // it came from a later page: another article's
      auto [c, at_c] = locate(container, articles, back.offset);
      back.used = true;  // paired with this one, whatever is moved
      fwd.used = true;
      if (c == std::string::npos || c == a) break;
      // The continuation runs to the end of the piece holding it, or to the
      // next continuation printed after it on the same page.
      Document& from = articles[c];
      Document& to = articles[a];
      std::size_t end = from.text.size();
      for (std::size_t i = 0; i < from.pieces.size(); ++i)
        if (from.pieces[i].first > at_c) { end = from.pieces[i].first; break; }
      for (const auto& n : notes)
        if (!n.forward && n.offset > back.offset) {
          auto [c2, at_c2] = locate(container, articles, n.offset);
          if (c2 == c && at_c2 > at_c && at_c2 < end) end = at_c2;
          break;
        }
      if (end <= at_c) break;
      // Pieces: `to` gains [at_c, end) of `from`, `from` loses it.
      auto to_pieces = to.pieces.empty() ? std::vector<std::pair<std::size_t, std::size_t>>{{0, to.text_base}} : to.pieces;
      auto moved = from.pieces_of(at_c, end);
      if (moved.empty()) moved.push_back({0, from.origin_offset(at_c)});
      if (!to.text.empty() && to.text.back() != '\n') to.text += '\n';
      for (auto [o, src] : moved) to_pieces.push_back({to.text.size() + o, src});
      to.text.append(from.text, at_c, end - at_c);
      to.pieces = std::move(to_pieces);

      auto keep_before = from.pieces_of(0, at_c);
      auto keep_after = from.pieces_of(end, from.text.size());
      std::string rest = from.text.substr(0, at_c);
      std::vector<std::pair<std::size_t, std::size_t>> rest_pieces;
      if (at_c > 0) {
        if (keep_before.empty()) keep_before.push_back({0, from.origin_offset(0)});
        rest_pieces = keep_before;
      }
      if (end < from.text.size()) {
        if (keep_after.empty()) keep_after.push_back({0, from.origin_offset(end)});
        for (auto [o, src] : keep_after) rest_pieces.push_back({rest.size() + o, src});
        rest += from.text.substr(end);
      }
      from.text_base = rest_pieces.empty() ? from.origin_offset(at_c) : rest_pieces.front().second;
      from.text = std::move(rest);
      // What was moved away opened `from`: its title is now its first line.
      if (at_c == 0 && !from.text.empty()) {
        std::size_t nl = from.text.find('\n');
        from.title = std::string(gongwen::text::trim(std::string_view(from.text).substr(0, nl)));
        from.fields.erase("toc_title");
        from.fields.erase("page");
      }
      from.pieces = rest_pieces.size() >= 2 ? std::move(rest_pieces) : decltype(rest_pieces){};

      std::uint32_t line = container.line_of(back.offset);
      to.fields["continued"].push_back(Json{{"page", fwd.page}, {"unit", fwd.unit}, {"line", line}});
      to.diagnose(Diag::split_continuation, fmt::format("continued on {} {} (下转): its rest, from line {} (上接第{}{}), joined to it",
                                                        fwd.unit, fwd.page, line, back.page, back.unit));
      container.split_evidence.push_back(fmt::format("a continuation (下转 {}{} → line {}) joined to `{}`", fwd.page, fwd.unit,
                                                     line, to.title));
      ++joined;
      break;
    }
  }
  if (!joined) return 0;
  // An article that was only a continuation is gone; the rest keep their order.
  articles.erase(std::remove_if(articles.begin(), articles.end(),
                                [](const Document& d) { return gongwen::text::trim(d.text).empty(); }),
                 articles.end());
  for (std::size_t a = 0; a < articles.size(); ++a) {
    articles[a].index = static_cast<std::uint32_t>(a + 1);
    articles[a].id = fmt::format("{}#{}", container.id, a + 1);
  }
  return joined;
}

}  // namespace gongwen::host
