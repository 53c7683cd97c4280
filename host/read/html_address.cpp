// A saved page's own address — from its <meta>/canonical link (read by find_meta), a browser's
// `saved from url=` comment, HTTrack's `Mirrored from`, a TRS path and site, a share button —
// and the date that address carries, which dates a page that prints none.
#include "read/html_meta.hpp"
#include "read/wrappers.hpp"

#include <gongwen/text.hpp>

#include <algorithm>
#include <string>

namespace gongwen::host {

// `saved from url=` and HTTrack's `Mirrored from` comments.
static void from_comments(std::string_view page, Unwrapped& u) {
  if (u.fields.contains("url")) return;
  std::string_view head = page.substr(0, std::min<std::size_t>(page.size(), 4096));
  // `<!-- saved from url=(0071)https://www.gov.cn/… -->` (a browser's "save as").
  if (auto at = head.find("saved from url=("); at != std::string_view::npos) {
    std::size_t b = head.find(')', at);
    std::size_t e = b == std::string_view::npos ? b : std::min(head.find_first_of(" \t\r\n", b + 1), head.find("-->", b + 1));
    if (e != std::string_view::npos && web_url(head.substr(b + 1, e - b - 1))) {
      u.fields["url"] = std::string(head.substr(b + 1, e - b - 1));
      return;
    }
  }
  // A comment holding nothing but an address, before the page's markup (`<!-- http://… -->`,
  // what some save tools and crawlers write first).
  {
    std::size_t b = 0;
    while (b < head.size() && (head[b] == ' ' || head[b] == '\n' || head[b] == '\r' || head[b] == '\t')) ++b;
    if (head.substr(b, 4) == "<!--")
      if (std::size_t e = head.find("-->", b + 4); e != std::string_view::npos) {
        std::string_view inner = text::trim(head.substr(b + 4, e - b - 4));
        if (web_url(inner) && inner.find_first_of(" \t\n") == std::string_view::npos) {
          u.fields["url"] = std::string(inner);
          return;
        }
      }
  }
  // `<!-- Mirrored from www.gov.cn/zhengce/….htm by HTTrack Website Copier/3.x -->`.
  if (auto at = head.find("Mirrored from "); at != std::string_view::npos) {
    std::size_t b = at + 14, e = head.find(" by HTTrack", b);
    if (e != std::string_view::npos && e - b < 1000) {
      std::string url(head.substr(b, e - b));
      if (!text::starts_with(url, "http")) url = "http://" + url;
      if (web_url(url)) u.fields["url"] = std::move(url);
    }
  }
}

void saved_from(std::string_view page, Unwrapped& u) {
  // A share button's address is the last resort: meta, canonical link and
  // the saved-from comments below come first.
  Json share;
  if (auto it = u.fields.find("share_url"); it != u.fields.end()) {
    share = *it;  // a copy: erasing may move the map's elements
    u.fields.erase("share_url");
  }
  from_comments(page, u);
  if (!u.fields.contains("url") && share.is_string()) u.fields["url"] = std::move(share);
  // A TRS path and site: the scheme is the one the page's own links to its site use (none
  // seen, no address: it is not guessed).
  auto path = u.fields.find("url_path");
  auto domain = u.fields.find("site_domain");
  std::string joined;
  if (!u.fields.contains("url") && path != u.fields.end() && domain != u.fields.end()) {
    std::string host = domain->get<std::string>();
    auto uses = [&](std::string_view scheme) {
      std::size_t n = 0;
      for (std::size_t at = page.find(std::string(scheme) + host); at != std::string_view::npos; at = page.find(std::string(scheme) + host, at + 1)) ++n;
      return n;
    };
    std::size_t https = uses("https://"), http = uses("http://");
    if (https || http) joined = (https >= http ? "https://" : "http://") + host + path->get<std::string>();
  }
  u.fields.erase("url_path");
  u.fields.erase("site_domain");
  if (!joined.empty()) u.fields["url"] = std::move(joined);
  // The date in the page's own address (`…/t20150428_4345077.html`), or in the file name TRS's pager
  // is given (`createPageHTML(1, 0, "t20150428_4345077", "html")`): it dates a page that prints none.
  std::string dated;
  if (auto url = u.fields.find("url"); url != u.fields.end() && url->is_string()) dated = url_date(url->get<std::string>());
  // (The call, not the function's definition: its third argument quoted within the line.)
  for (std::size_t at = page.find("createPageHTML("); dated.empty() && at != std::string_view::npos; at = page.find("createPageHTML(", at + 1)) {
    std::string_view call = page.substr(at, std::min<std::size_t>(80, page.size() - at));
    std::size_t q = call.find('"'), e = q == std::string_view::npos ? q : call.find('"', q + 1);
    if (e != std::string_view::npos && call.substr(0, q).find('\n') == std::string_view::npos) dated = url_date("/" + std::string(call.substr(q + 1, e - q - 1)));
  }
  if (!dated.empty()) u.fields["page_url_date"] = std::move(dated);
}

}  // namespace gongwen::host
