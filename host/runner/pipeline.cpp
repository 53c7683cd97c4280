// The per-document pipeline.
#include "runner/pipeline.hpp"
#include "runner/fields.hpp"

#include <fmt/format.h>

#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <utility>

#include "util/activity.hpp"
#include "read/dataset.hpp"
#include "split/attachment.hpp"
#include "split/release.hpp"
#include "clean/marks.hpp"
#include "clean/script_fold.hpp"
#include "split/splitter.hpp"
#include "split/lines.hpp"

namespace gongwen::host {

namespace {

std::atomic<std::uint64_t> next_serial{1};

// Every document gets its own serial (per-document script budgets) and the
// deadline of the input it came from.
void stamp(Document& doc, std::chrono::steady_clock::time_point deadline) {
  doc.serial = next_serial.fetch_add(1, std::memory_order_relaxed);
  doc.deadline = deadline;
}

std::chrono::steady_clock::time_point deadline_for(const PipelineOptions& opt) {
  if (opt.document_seconds <= 0) return std::chrono::steady_clock::time_point::max();
  return std::chrono::steady_clock::now() +
         std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(opt.document_seconds));
}

// The headings a Markdown file marks up are the document's sections when its
// handler found none of its own: a report written in Markdown has no 一、 to
// read. The title's heading is no section; levels start at 1.
void sections_from_markup(Document& doc) {
  if (doc.error || !doc.sections.empty() || !doc.fields.contains("markup_headings")) return;
  auto ps = split_detail::paragraphs(doc.text);
  std::string title = gongwen::text::strip_spaces(doc.title);
  int top = 7;
  std::vector<split_detail::MarkupHeading> hs;
  for (const auto& h : split_detail::markup_headings(doc, ps))
    if (gongwen::text::strip_spaces(ps[h.para].t) != title) {
      hs.push_back(h);
      top = std::min(top, std::clamp(h.level, 1, 6));
    }
  if (hs.size() < 2) return;
  for (const auto& h : hs)
    doc.sections.push_back({std::clamp(h.level, 1, 6) - top + 1, "", std::string(gongwen::text::trim(ps[h.para].t)), ps[h.para].b, doc.text.size()});
  // A section ends where the next one of its level or above begins.
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    while (!open.empty() && doc.sections[open.back()].level >= doc.sections[i].level) {
      doc.sections[open.back()].end = doc.sections[i].begin;
      open.pop_back();
    }
    open.push_back(i);
  }
}

// A video site's tag before a title (`[视频]习近平主席发表2014年新年贺词`, `[组图]…`) says
// what the page shows, not what the text is called. (An author's own `【视频】石榴花开`
// is the title as published.)
void drop_media_tag(std::string& title) {
  for (std::string_view tag : {"[视频]", "[图文]", "[组图]", "[图]", "[直播]", "[音频]", "[快讯]"})
    if (title.size() > tag.size() + 6 && title.starts_with(tag)) {
      title.erase(0, tag.size());
      return;
    }
}

// A site's note after a title of the month it was issued (`…的通知（2010年11月）`), as the
// document's own date says: not the title's (a 公示 issued in May keeps its `（2024年4月）`).
void drop_issue_month(Document& doc) {
  auto own = doc.fields.find("date");
  if (own == doc.fields.end() || !own->is_string()) return;
  auto d = clean_detail::trailing_date(doc.title);
  if (d && d->whole && d->date.month && gongwen::text::char_count(std::string_view(doc.title).substr(0, d->open)) >= 6 &&
      own->get<std::string>().starts_with(d->date.iso()))
    doc.title.resize(d->open);
}

// A rule an order promulgates (`中山市人民政府令（第16号）`, then `中山市某某管理办法`) is
// issued by the order's organ, under its number, on its date, as a law database lists it:
// what the rule's own text does not say, it takes from the order over it.
void promulgated(const Document& order, Document& rule) {
  if (order.kind != "order" || rule.kind != "regulation") return;
  for (std::string_view key : {"issuer", "doc_number", "date"}) {
    auto it = order.fields.find(std::string(key));
    if (it == order.fields.end() || rule.fields.contains(std::string(key))) continue;
    Json value = *it;  // a copy first: inserting may move the map's elements
    rule.fields[std::string(key)] = std::move(value);
    rule.fields[std::string(key) + "_from"] = "order";
  }
}

void run_one(Document& doc, const Registry& reg, const PipelineOptions& opt) {
  const std::string given = doc.title;  // the reader's (a page's heading): settle_fields reads what the handler left of it
  try {
    if (!doc.error) reg.run(doc, opt.threshold);
  } catch (const std::exception& e) {
    doc.fail(Diag::run_internal, fmt::format("internal error: {}", e.what()));
  }
  sections_from_markup(doc);
  drop_media_tag(doc.title);
  // (A title as a document site or a sample-text site decorates it: `…的讲话.doc`, `…范文1655字`.)
  doc.title.resize(gongwen::structure::undecorated_end(doc.title));
  doc.title.erase(0, gongwen::structure::undecorated_begin(doc.title));  // (`第1篇 …`)
  drop_issue_month(doc);
  released_fields(doc);
  settle_fields(doc, given);
}

// Classification, processing and extraction of one document.
void analyse(Document& doc, const Registry& reg, const PipelineOptions& opt, const ExtractContext& ctx) {
  run_one(doc, reg, opt);
  activity_step("extract");
  if (opt.extract) run_extractors(doc, opt.extractors, ctx);
}

// An input in traditional characters is split, classified and extracted in
// its simplified reading (clean/script_fold); each of its records gets back
// what it shows as written.
struct Folded {
  ScriptFold fold;
  std::string original;  // the input's text before folding: the same offsets as the fold
  std::size_t base = 0;  // the input's text_base
  std::vector<std::pair<std::string, std::string>> fields;  // fields read folded: name, value as written
  std::string title, title_folded;                          // the reader's title (a row's, a page's) as written, and read
};

// The reader's fields that handlers read as the text (a page's 文號, a row's 發文機關).
constexpr std::string_view kFoldedFields[] = {"page_doc_number", "row_doc_number", "publisher", "row_issuer", "row_doc_type"};

// s as the original writes it: found in d's fold from `from` on (within
// `within` bytes), its lines joined (a title wrapped over two lines).
void as_written(std::string& s, std::string_view read, std::string_view original, std::size_t from, std::size_t within) {
  namespace tx = gongwen::text;
  if (s.empty() || from >= read.size()) return;
  // (Found by its first four characters; when the text spaces them, `考选部 公告`, by its first: only
  // where the value is not found whole and holds no space of its own, so the costlier search is rare.)
  for (int leading : {4, 1}) {
  if (leading == 1 && (s.find(' ') != std::string::npos || read.find(std::string_view(s).substr(0, std::min<std::size_t>(s.size(), 12)), from) != std::string_view::npos)) return;
  std::size_t head = 0;
  for (int n = 0; n < leading && head < s.size(); ++n) tx::next_cp(s, head);
  const std::string_view lead(s.data(), head);
  for (auto p = read.find(lead, from); p != std::string::npos && p - from < within; p = read.find(lead, p + 1)) {
    std::string written;
    std::size_t i = 0, j = p;
    while (i < s.size() && j < read.size()) {
      std::size_t i2 = i, j2 = j;
      char32_t a = tx::next_cp(s, i2), b = tx::next_cp(read, j2);
      if (a == b) {
        written.append(original.substr(j, j2 - j));
        i = i2;
      } else if (tx::is_space(a)) {  // (a space the handler set between parts, joint issuers: kept, the text stays)
        written.append(s.substr(i, i2 - i));
        i = i2;
        continue;
      } else if (b != '\n' && !tx::is_space(b)) {
        break;
      }
      j = j2;
    }
    if (i == s.size()) {
      s = std::move(written);
      return;
    }
  }
  }
}

// d (the folded input, or an article or attachment cut from it) with its
// text, entities, headings and title as written; the fold in fields.script.
void unfold(Document& d, const Folded& f) {
  std::string original_pieces;
  std::string_view original = std::string_view(f.original).substr(d.text_base - f.base, d.text.size());
  if (!d.pieces.empty()) {  // an article continued elsewhere (下转/上接)
    for (std::size_t i = 0; i < d.pieces.size(); ++i) {
      std::size_t e = i + 1 < d.pieces.size() ? d.pieces[i + 1].first : d.text.size();
      original_pieces.append(std::string_view(f.original).substr(d.pieces[i].second - f.base, e - d.pieces[i].first));
      // The line break joining two pieces is the joiner's, not a byte of the source.
      if (e > 0 && e <= d.text.size() && d.text[e - 1] == '\n' && original_pieces.size() == e) original_pieces[e - 1] = '\n';
    }
    original = original_pieces;
  }
  for (auto& e : d.entities)
    if (e.begin <= e.end && e.end <= original.size()) e.text = original.substr(e.begin, e.end - e.begin);
  for (auto& sec : d.sections) {
    as_written(sec.marker, d.text, original, sec.begin, 400);
    as_written(sec.title, d.text, original, sec.begin, 400);
  }
  if (!f.title.empty() && d.title == f.title_folded) d.title = f.title;  // (a row's title, no line of the text)
  else as_written(d.title, d.text, original, 0, std::string::npos);
  // What handlers read from the text (an issuer, a 主送 list, a number's text) as written too;
  // the values that name a category or serve as a key (`doc_type`, `instrument`, `doc_number.key`)
  // stay in the reading that matches them across a run. (A few fields, each found once in the
  // text: a document's long lists, `cites`, are not looked up one by one.)
  auto written = [&](Json& j) {
    if (j.is_string()) {
      auto& v = j.get_ref<std::string&>();
      if (std::any_of(v.begin(), v.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) as_written(v, d.text, original, 0, std::string::npos);
    }
  };
  for (std::string_view name : {"issuer", "recipients", "recipients_text", "cc", "cc_text", "signer", "speaker", "author", "masthead"})
    if (auto it = d.fields.find(name); it != d.fields.end()) {
      if (it->is_array() && it->size() <= 16) for (auto& v : *it) written(v);
      else written(*it);
    }
  if (auto n = d.fields.find("doc_number"); n != d.fields.end() && n->is_object())
    if (auto t = n->find("text"); t != n->end()) written(*t);
  for (const auto& [name, written] : f.fields)
    if (auto it = d.fields.find(name); it != d.fields.end() && it->is_string()) {
      // (An issuer taken from a row's column, no line of the text, as the column writes it: whole, or
      // one of the organs it joins, parted as settle_fields parts them.)
      if (auto is = d.fields.find("issuer"); is != d.fields.end() && is->is_array()) {
        const std::string& read = it->get_ref<const std::string&>();
        auto read_parts = named_parts(read), written_parts = named_parts(written);
        for (auto& v : *is) {
          if (!v.is_string()) continue;
          if (v.get_ref<const std::string&>() == read) {
            v = written;
            continue;
          }
          for (std::size_t k = 0; k < read_parts.size() && read_parts.size() == written_parts.size(); ++k)
            if (v.get_ref<const std::string&>() == read_parts[k]) {
              v = std::string(written_parts[k]);
              break;
            }
        }
      }
      *it = written;
    }
  // A wire's lead (split/release): its text, the title and the issuer it named, as written.
  if (auto r = d.fields.find("release"); r != d.fields.end() && r->is_object() && r->contains("offset") && (*r)["offset"].is_number_unsigned()) {
    std::string read = r->value("lead", std::string());
    std::size_t at = (*r)["offset"].get<std::size_t>();
    if (at >= f.base && at - f.base <= f.original.size() && read.size() <= f.original.size() - (at - f.base)) {
      std::string_view lead = std::string_view(f.original).substr(at - f.base, read.size());
      for (Json* j : {&(*r)["title"], r->contains("issuer") ? &(*r)["issuer"] : nullptr})
        if (j && j->is_string()) as_written(j->get_ref<std::string&>(), read, lead, 0, std::string::npos);
      as_written(d.title, read, lead, 0, std::string::npos);
      if (auto is = d.fields.find("issuer"); is != d.fields.end() && is->is_array() && d.fields.value("issuer_from", std::string()) == "release")
        for (auto& v : *is)
          if (v.is_string()) as_written(v.get_ref<std::string&>(), read, lead, 0, std::string::npos);
      (*r)["lead"] = std::string(lead);
    }
  }
  d.text.assign(original);
  d.fields["script"] = {{"written", "traditional"}, {"read_as", "simplified"}, {"fold", f.fold.config}, {"characters", f.fold.changed}};
}

}  // namespace

std::vector<Document> process_document(Document doc, const Registry& reg, const PipelineOptions& opt) {
  std::vector<Document> out;
  if (current_activity().path[0] == '\0' || doc.path() != current_activity().path) activity_document(doc.path());
  auto deadline = doc.deadline != std::chrono::steady_clock::time_point::max() ? doc.deadline : deadline_for(opt);
  stamp(doc, deadline);
  std::optional<Folded> folded;
  if (!doc.error) {
    try {
      if (auto f = fold_traditional(doc.text)) {
        folded.emplace();
        folded->original = std::exchange(doc.text, std::move(f->text));
        folded->fold = std::move(*f);
        folded->base = doc.text_base;
        if (!doc.title.empty()) {
          folded->title = doc.title;
          doc.title = folded->title_folded = fold_like(folded->fold.config, doc.title);
        }
        for (std::string_view name : kFoldedFields)
          if (auto it = doc.fields.find(name); it != doc.fields.end() && it->is_string()) {
            folded->fields.emplace_back(name, it->get<std::string>());
            *it = fold_like(folded->fold.config, folded->fields.back().second);
          }
      }
    } catch (const std::exception& e) {
      doc.diagnose(Diag::clean_fold_failed, fmt::format("traditional characters not folded: {}", e.what()));
    }
  }
  auto keep = [&](Document& d) {
    if (folded) unfold(d, *folded);
    out.push_back(std::move(d));
  };
  SplitResult parts;
  // A saved web page holds one document: its menus, related-article lists and
  // 上一篇/下一篇 look like title blocks and tables of contents (20 of 30 real
  // pages became collections of chrome).
  // Only its content may split a page: documents that each open with their
  // title over a bare name (split's bylined_only).
  bool page = doc.origin && doc.origin->layout.rfind("html/", 0) == 0;
  if (!opt.split) doc.split_evidence.push_back("splitting is off (--no-split)");
  if (opt.split && !doc.error) {
    doc.step = "split";
    activity_step("split");
    try {
      SplitOptions so;
      so.use_toc = opt.use_toc;
      so.bylined_only = page;
      parts = split(doc, so);
    } catch (const std::exception& e) {
      doc.diagnose(Diag::split_failed, fmt::format("split failed: {}", e.what()));
    }
  }
  static const ExtractContext no_context;
  ExtractContext ctx = opt.extract_context ? *opt.extract_context : no_context;
  if (!parts.is_container) {
    // An issuing notice and the document it issues: two linked records.
    std::optional<Document> attached;
    if (!doc.error) unwrap_release(doc);  // (before the notice it may publish is read for its attachment)
    if (opt.split && !doc.error) {
      try {
        attached = split_attachment(doc);
        if (attached)
          doc.split_evidence.push_back(fmt::format("an issuing notice or order with the document it issues, from line {}: two linked records",
                                                   doc.line_of(doc.text.size())));
      } catch (const std::exception& e) {
        doc.diagnose(Diag::split_attachment_failed, fmt::format("attachment split failed: {}", e.what()));
      }
    }
    analyse(doc, reg, opt, ctx);
    if (attached) {
      stamp(*attached, deadline);
      analyse(*attached, reg, opt, ctx);
      promulgated(doc, *attached);
    }
    keep(doc);
    if (attached) keep(*attached);
    return out;
  }
  // The container keeps its kind (collection/periodical); its articles are
  // classified, processed and extracted one by one, with the container's
  // date for their year-less dates.
  // (An issue dated by its year alone, `2023年第3期`, gives that year.)
  // A saved page's container prints no date of its own: the page's dates it (a digest's day, a
  // page of speeches' posting), and says so, as a page's single document is.
  if (auto p = doc.fields.find("page_date"); p != doc.fields.end() && p->is_string() && !doc.fields.contains("date")) {
    doc.fields["date"] = *p;
    doc.fields["date_from"] = "page";
  }
  if (auto it = doc.fields.find("date"); it != doc.fields.end() && it->is_string()) ctx.container_date = it->get<std::string>();
  else if (auto y = doc.fields.find("year"); y != doc.fields.end() && y->is_number_integer()) ctx.container_date = std::to_string(y->get<int>());
  const bool container_year = ctx.container_date.size() >= 4 && std::all_of(ctx.container_date.begin(), ctx.container_date.begin() + 4,
                                                                             [](char c) { return c >= '0' && c <= '9'; });
  // A bulletin's issue is also a document of its own kind: the handler of bulletins (kind
  // `briefing`), when one is installed and claims it, reads its masthead and lists its items.
  // Whatever else might claim the whole (the news of its first item) leaves it a periodical.
  if (parts.bulletin) {
    Document issue = doc;
    run_one(issue, reg, opt);
    if (issue.kind == "briefing" && !issue.error) {
      for (auto it = doc.fields.begin(); it != doc.fields.end(); ++it)
        if (!issue.fields.contains(it.key())) issue.fields[it.key()] = it.value();
      doc = std::move(issue);
    }
  }
  keep(doc);
  for (auto& a : parts.articles) {
    stamp(a, deadline);
    // (A document a wire publishes in full is that document, an article too.)
    if (!a.error) unwrap_release(a);
    analyse(a, reg, opt, ctx);
    // An item's number is its place in the collection (the splitter took it off the title it
    // read): no word of the title a handler reads again from the text (`003) 江青陈伯达…`).
    if (auto item = a.fields.find("item"); item != a.fields.end() && item->is_number_integer()) {
      if (auto m = clean_detail::item_marker(a.title); m && m.number == item->get<long long>())
        a.title = std::string(text::trim(std::string_view(a.title).substr(m.length)));
    }
    // An article's year-less date (a digest's `3月5日电`) takes the container's year, as a
    // page's or a row's does, and says so.
    if (auto d = a.fields.find("date"); container_year && d != a.fields.end() && d->is_string() && d->get<std::string>().rfind("--", 0) == 0) {
      std::string date = ctx.container_date.substr(0, 4) + d->get<std::string>().substr(1);
      a.fields["date"] = std::move(date);
      a.fields["date_year_from"] = "container";
    } else if (d == a.fields.end() && container_year && ctx.container_date.size() >= 7) {
      // An article with no date of its own is dated by its issue (a 简报 item, a magazine
      // article), as a page's text is by its page, and says so.
      a.fields["date"] = ctx.container_date;
      a.fields["date_from"] = "container";
    }
    keep(a);
  }
  return out;
}

std::vector<Document> process_input(const std::string& path, const Registry& reg, const PipelineOptions& opt) {
  Document doc;
  auto deadline = deadline_for(opt);
  activity_document(path);
  activity_step("read");
  try {
    doc = read_document(path, opt.read);
  } catch (const std::exception& e) {
    doc = failed_document(path, Diag::run_internal, fmt::format("internal error: {}", e.what()), 0, "read");
  }
  doc.deadline = deadline;
  // A dataset (CSV/TSV with a header, JSON Lines): one document per row. Read
  // from the decoded file even when cleaning it as one text left nothing (a
  // corpus of tagged documents may read as markup alone).
  if (doc.origin && !doc.origin->decoded.empty() && (!doc.error || doc.error_id == "clean.empty")) {
    std::optional<Dataset> ds;
    try {
      ds = read_dataset(path, doc.origin->decoded, doc.origin->format, opt.read.columns);
    } catch (const std::exception& e) {
      return {failed_document(path, Diag::read_format, e.what())};
    }
    if (ds) {
      std::vector<Document> out;
      const bool day_first = day_first_dates(ds->rows, opt.read.columns.date);
      const std::string units = unit_column(*ds);
      for (auto& row : ds->rows) {
        Document r;
        // The row's title as a 公文's head (`ORGANS《关于…》` → `ORGANS关于…`) and the organs it names, read once.
        std::string catalogue_organs;
        const std::string head = title_row_text(row.title, &catalogue_organs);
        if (!row.error.empty() && row.text.empty()) {
          r = failed_document(path, Diag::read_row, fmt::format("row {}: {}", row.row, row.error));
        } else if (gongwen::text::trim(row.text).empty() && gongwen::text::trim(row.title).empty()) {
          r = failed_document(path, Diag::read_row, fmt::format("row {}: the text column `{}` is empty", row.row, ds->text_column));
        } else if (gongwen::text::trim(row.text).empty()) {
          // A listing's row (a site's index of its notices, the body behind a link): the title is the
          // document as far as the row knows it; a 公文's title names its issuer and its kind.
          r = read_bytes(path, head + "\n");
          r.diagnose(Diag::read_row_title_only, fmt::format("row {}: the text column `{}` is empty; read from the row's title and metadata",
                                                            row.row, ds->text_column));
        } else if (gongwen::text::trim(row.text) == gongwen::text::trim(row.title)) {
          r = read_bytes(path, head + "\n");  // (a list whose titles are its only text)
        } else {
          r = read_bytes(path, std::move(row.text));
        }
        if (!row.warning.empty()) r.diagnose(Diag::read_row_repaired, fmt::format("row {}: {}", row.row, row.warning));
        if (&row == &ds->rows.front() && !ds->skipped.empty()) r.diagnose(Diag::read_tables_skipped, ds->skipped);
        if (&row == &ds->rows.front() && ds->repeated_headers)
          r.diagnose(Diag::read_header_repeated, fmt::format("{} row(s) repeating the header not read", ds->repeated_headers));
        r.id = fmt::format("{}@{}", doc.origin->sha256, row.row);
        r.row = static_cast<std::uint32_t>(row.row);
        if (!row.title.empty()) r.title = row.title;
        if (auto date = row_date(row.fields, opt.read.columns.date, reply_column(ds->text_column), day_first); !date.empty())
          r.fields["row_date"] = std::move(date);
        // The organ a column names, else the one the row's page names as its 来源.
        std::string issuer = row_issuer(row.fields);
        if (auto src = r.fields.find("source"); issuer.empty() && src != r.fields.end() && src->is_string())
          issuer = organ_of_source(src->get<std::string>());
        if (auto u = row.fields.find(units); issuer.empty() && !units.empty() && u != row.fields.end() && u->is_string())
          issuer = gongwen::text::strip_spaces(u->get<std::string>());
        // (Or the organs a catalogue's title names before the document's, `海关总署《…办法》`.)
        if (issuer.empty()) issuer = catalogue_organs;
        if (!issuer.empty()) r.fields["row_issuer"] = std::move(issuer);
        if (std::string number = row_doc_number(row.fields); !number.empty()) r.fields["row_doc_number"] = std::move(number);
        if (std::string type = row_doc_type(row.fields); !type.empty()) r.fields["row_doc_type"] = std::move(type);
        if (auto url = row_url(row.fields); !url.empty() && !r.fields.contains("url")) r.fields["url"] = std::move(url);
        if (!row.fields.empty()) r.fields["dataset"] = std::move(row.fields);
        if (row.last_row > row.row) r.fields["dataset_rows"] = Json::array({row.row, row.last_row});
        if (!row.parts.empty()) r.fields["dataset_parts"] = std::move(row.parts);
        if (!row.text_column.empty()) r.fields["dataset_text_column"] = row.text_column;
        r.deadline = deadline;
        // (A title read in the head's form, `ORGANS关于…的公告`, stays as the row names it.)
        const std::string listed(gongwen::text::trim(row.title));
        for (auto& d : process_document(std::move(r), reg, opt)) {
          if (!listed.empty() && head != listed && gongwen::text::strip_spaces(d.title) == gongwen::text::strip_spaces(head)) d.title = listed;
          out.push_back(std::move(d));
        }
      }
      return out;
    }
  }
  return process_document(std::move(doc), reg, opt);
}

}  // namespace gongwen::host
