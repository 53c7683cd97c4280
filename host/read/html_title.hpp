// Which title a saved page gives its article: the <title> or meta title as the
// page names it, cut to the heading printed over the article when the <title>
// adds a column or a site (whose name becomes the site field), or replaced by
// that heading when the <title> names only the site or a column's path.
#pragma once

#include "read/wrappers.hpp"

namespace gongwen::host {

// u.out holds the article's text (heading first); `from_meta`: the title came from
// a <meta> (ArticleTitle, og:title), which may only add a site or keywords.
void settle_title(Unwrapped& u, bool from_meta);

}  // namespace gongwen::host
