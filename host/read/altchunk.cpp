// A DOCX that imports web pages (see altchunk.hpp).
#include "read/altchunk.hpp"

#include <algorithm>

#include "read/decode.hpp"
#include "util/ascii.hpp"

namespace gongwen::host {

namespace {

// What a page's <body> holds (its <head> and <title> are not the document's
// text once pages are put together); the whole text when it has no <body>.
std::string body_of(std::string_view html) {
  auto find_ci = [&](std::string_view what, std::size_t from) {
    auto it = std::search(html.begin() + static_cast<std::ptrdiff_t>(std::min(from, html.size())), html.end(), what.begin(), what.end(),
                          [](char a, char b) { return ascii_lower(a) == b; });
    return it == html.end() ? std::string_view::npos : static_cast<std::size_t>(it - html.begin());
  };
  std::size_t open = find_ci("<body", 0);
  if (open == std::string_view::npos) return std::string(html);
  std::size_t start = html.find('>', open);
  if (start == std::string_view::npos) return std::string(html);
  std::size_t close = find_ci("</body", start);
  return std::string(html.substr(start + 1, (close == std::string_view::npos ? html.size() : close) - start - 1));
}

}  // namespace

std::string altchunk_page(formats::Extracted& extracted, std::string_view own, std::string& url) {
  std::string html = "<html><body>\n";
  auto paragraphs = [&](std::string_view lines) {
    for (std::size_t b = 0; b < lines.size();) {
      std::size_t e = lines.find('\n', b);
      if (e == std::string_view::npos) e = lines.size();
      if (e > b) html += "<p>" + html_escape(lines.substr(b, e - b)) + "</p>\n";
      b = e + 1;
    }
  };
  std::size_t done = 0;
  for (std::size_t k = 0; k < extracted.alt_chunks.size(); ++k) {
    std::size_t at = std::clamp(extracted.alt_chunk_at[k], done, own.size());
    paragraphs(own.substr(done, at - done));
    done = at;
    auto& chunk = extracted.alt_chunks[k];
    if (formats::looks_like_mhtml(chunk)) {
      auto page = formats::unpack_mhtml(chunk);
      if (!page.ok || page.html.empty()) {
        extracted.losses.push_back("an imported part (w:altChunk): " + (page.ok ? std::string("no HTML in it") : page.error));
        continue;
      }
      if (url.empty()) url = page.url;
      html += body_of(decode(page.html, page.charset).text);
    } else if (chunk.compare(0, 5, "{\\rtf") == 0) {
      auto rtf = formats::read_rtf(chunk);
      if (rtf.ok) paragraphs(rtf.text);
      else extracted.losses.push_back("an imported RTF part (w:altChunk): " + rtf.error);
    } else {
      html += body_of(decode(chunk).text);
    }
    html += "\n";
    chunk.clear();
    chunk.shrink_to_fit();
  }
  paragraphs(own.substr(done));
  html += "</body></html>\n";
  return html;
}

}  // namespace gongwen::host
