// `gongwen diff OLD NEW`: two versions of a regulation as a 新旧条文对照表 —
// articles aligned (analysis/article_diff), a character diff inside changed
// ones — as text, JSON or a standalone HTML page.
#include "cli/commands.hpp"
#include "util/ascii.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <xlsxwriter.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>

#include "analysis/article_diff.hpp"
#include "read/reader.hpp"
#include "sinks/sink.hpp"

#include <gongwen/text.hpp>

namespace gongwen::host::cli {

namespace {

// Escaped, its line breaks as <br>.
std::string html_lines(std::string_view s) {
  std::string out;
  for (std::size_t b = 0; b <= s.size();) {
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    if (b > 0) out += "<br>";
    out += html_escape(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::string article_name(const Article& a) { return "第" + gongwen::text::to_chinese(a.number) + "条"; }

struct Side {
  std::string path;
  Document doc;
  std::vector<Article> articles;
};

std::string html_page(const Side& o, const Side& n, const std::vector<ArticlePair>& pairs, const Json& counts) {
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>新旧条文对照表</title>\n<style>\n"
       "body{font-family:\"Noto Serif CJK SC\",\"Songti SC\",serif;margin:2em}table{border-collapse:collapse;width:100%}\n"
       "th,td{border:1px solid #999;padding:.4em .6em;vertical-align:top;width:44%}td.rel{width:12%;font-size:90%;color:#444}\n"
       "del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}\n"
       "tr.identical td{color:#777}tr.added td.new,tr.deleted td.old{background:#ffe}.num{font-weight:bold}\n"
       "</style></head><body>\n<h1>新旧条文对照表</h1>\n";
  h += fmt::format("<p>旧：{}（{} 条）<br>新：{}（{} 条）</p>\n<p>", html_lines(o.path), o.articles.size(), html_lines(n.path),
                   n.articles.size());
  for (auto it = counts.begin(); it != counts.end(); ++it) h += fmt::format("{} {} · ", it.key(), it.value().get<int>());
  h += "</p>\n<table>\n<tr><th>原条文</th><th>修改后条文</th><th>说明</th></tr>\n";
  for (const auto& p : pairs) {
    const Article* a = p.old_index ? &o.articles[*p.old_index] : nullptr;
    const Article* b = p.new_index ? &n.articles[*p.new_index] : nullptr;
    std::string left, right;
    if (a && b && (p.relation == Relation::changed || p.relation == Relation::split || p.relation == Relation::merged)) {
      for (const auto& r : char_diff(a->text, b->text)) {
        if (r.op != '+') left += r.op == '-' ? "<del>" + html_lines(r.text) + "</del>" : html_lines(r.text);
        if (r.op != '-') right += r.op == '+' ? "<ins>" + html_lines(r.text) + "</ins>" : html_lines(r.text);
      }
    } else {
      if (a) left = html_lines(a->text);
      if (b) right = html_lines(b->text);
    }
    h += fmt::format("<tr class=\"{}\"><td class=\"old\">{}{}</td><td class=\"new\">{}{}</td><td class=\"rel\">{}{}</td></tr>\n",
                     relation_name(p.relation), a ? "<span class=\"num\">" + article_name(*a) + "</span>　" : "", left,
                     b ? "<span class=\"num\">" + article_name(*b) + "</span>　" : "", right, relation_name(p.relation),
                     p.old_index && p.new_index && p.relation != Relation::identical ? fmt::format("<br>{:.2f}", p.similarity) : "");
  }
  h += "</table>\n</body></html>\n";
  return h;
}

}  // namespace

// The 对照表 as a workbook: one row per aligned pair, old and new text side by
// side with what was deleted struck through in red and what was added
// underlined in red, the relation and the similarity; frozen header, filter.
void write_xlsx(const std::string& path, const Side& o, const Side& n, const std::vector<ArticlePair>& pairs, const Json& counts) {
  lxw_workbook* wb = workbook_new(path.c_str());
  if (!wb) throw OutputError(fmt::format("{}: cannot create the workbook", path));
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* wrap = workbook_add_format(wb);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* del = workbook_add_format(wb);
  format_set_font_strikeout(del);
  format_set_font_color(del, LXW_COLOR_RED);
  lxw_format* ins = workbook_add_format(wb);
  format_set_underline(ins, LXW_UNDERLINE_SINGLE);
  format_set_font_color(ins, LXW_COLOR_RED);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "对照表");
  const char* header[] = {"旧条", "旧条文", "新条", "新条文", "关系", "相似度"};
  for (lxw_col_t c = 0; c < 6; ++c) worksheet_write_string(ws, 0, c, header[c], bold);
  worksheet_set_column(ws, 0, 0, 10, nullptr);
  worksheet_set_column(ws, 1, 1, 60, wrap);
  worksheet_set_column(ws, 2, 2, 10, nullptr);
  worksheet_set_column(ws, 3, 3, 60, wrap);
  worksheet_set_column(ws, 4, 5, 10, nullptr);
  // A cell of fragments, each with its format (Excel refuses empty ones).
  auto rich = [&](lxw_row_t r, lxw_col_t c, const std::vector<std::pair<lxw_format*, std::string>>& parts) {
    std::vector<lxw_rich_string_tuple> tuples;
    std::vector<lxw_rich_string_tuple*> ptrs;
    for (const auto& [f, t] : parts)
      if (!t.empty()) tuples.push_back({f, const_cast<char*>(t.c_str())});
    if (tuples.size() < 2) {  // one run: a string in its format (a rich string needs two)
      worksheet_write_string(ws, r, c, tuples.empty() ? "" : tuples[0].string, tuples.empty() || !tuples[0].format ? wrap : tuples[0].format);
      return;
    }
    for (auto& t : tuples) ptrs.push_back(&t);
    ptrs.push_back(nullptr);
    worksheet_write_rich_string(ws, r, c, ptrs.data(), wrap);
  };
  lxw_row_t r = 1;
  for (const auto& p : pairs) {
    const Article* a = p.old_index ? &o.articles[*p.old_index] : nullptr;
    const Article* b = p.new_index ? &n.articles[*p.new_index] : nullptr;
    if (a) worksheet_write_string(ws, r, 0, article_name(*a).c_str(), nullptr);
    if (b) worksheet_write_string(ws, r, 2, article_name(*b).c_str(), nullptr);
    if (a && b && p.relation != Relation::identical && p.relation != Relation::moved) {
      std::vector<std::pair<lxw_format*, std::string>> left, right;
      for (const auto& d : char_diff(a->text, b->text)) {
        if (d.op != '+') left.emplace_back(d.op == '-' ? del : nullptr, d.text);
        if (d.op != '-') right.emplace_back(d.op == '+' ? ins : nullptr, d.text);
      }
      rich(r, 1, left);
      rich(r, 3, right);
    } else {
      if (a) worksheet_write_string(ws, r, 1, a->text.c_str(), wrap);
      if (b) worksheet_write_string(ws, r, 3, b->text.c_str(), wrap);
    }
    worksheet_write_string(ws, r, 4, relation_name(p.relation), nullptr);
    if (a && b) worksheet_write_number(ws, r, 5, std::round(p.similarity * 1000) / 1000, nullptr);
    ++r;
  }
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_autofilter(ws, 0, 0, r - 1, 5);
  // The summary below the table: the two files and the counts per relation.
  ++r;
  worksheet_write_string(ws, r++, 0, fmt::format("旧：{}（{} 条）", o.path, o.articles.size()).c_str(), nullptr);
  worksheet_write_string(ws, r++, 0, fmt::format("新：{}（{} 条）", n.path, n.articles.size()).c_str(), nullptr);
  for (auto it = counts.begin(); it != counts.end(); ++it) {
    worksheet_write_string(ws, r, 0, it.key().c_str(), nullptr);
    worksheet_write_number(ws, r++, 1, it.value().get<int>(), nullptr);
  }
  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) throw OutputError(fmt::format("{}: cannot write the workbook: {}", path, lxw_strerror(err)));
}

int cmd_diff(const std::string& old_path, const std::string& new_path, const std::string& format, const std::string& out) {
  Side sides[2];
  const std::string* paths[2] = {&old_path, &new_path};
  for (int s = 0; s < 2; ++s) {
    sides[s].path = *paths[s];
    try {
      sides[s].doc = read_document(*paths[s]);
    } catch (const std::exception& e) {
      spdlog::error("{}: {}", *paths[s], e.what());
      return kUsage;
    }
    if (sides[s].doc.error) {
      spdlog::error("{}: {}", *paths[s], *sides[s].doc.error);
      return kUsage;
    }
    sides[s].articles = parse_articles(sides[s].doc);
    if (sides[s].articles.empty()) {
      spdlog::error("{}: no articles (第N条 at the start of a paragraph) found: diff compares regulations article by article", *paths[s]);
      return kUsage;
    }
  }
  const Side& o = sides[0];
  const Side& n = sides[1];
  auto pairs = align_articles(o.articles, n.articles);
  Json counts = Json::object();
  for (const char* r : {"identical", "changed", "moved", "added", "deleted", "split", "merged"}) counts[r] = 0;
  for (const auto& p : pairs) counts[relation_name(p.relation)] = counts[relation_name(p.relation)].get<int>() + 1;

  if (format == "xlsx") {
    if (out.empty() || out == "-") {
      spdlog::error("diff --format xlsx writes a workbook: give its file with -o");
      return kUsage;
    }
    try {
      AtomicFile f(out);
      f.close_stream();  // libxlsxwriter writes the temporary file by name
      write_xlsx(f.temp_path(), o, n, pairs, counts);
      f.commit();
    } catch (const OutputError& e) {
      spdlog::error("{}", e.what());
      return kOutputFailed;
    }
    return kOk;
  }
  std::string text;
  if (format == "json") {
    Json arts = Json::array();
    for (const auto& p : pairs) {
      Json j;
      j["old"] = p.old_index ? Json(o.articles[*p.old_index].number) : Json(nullptr);
      j["new"] = p.new_index ? Json(n.articles[*p.new_index].number) : Json(nullptr);
      j["relation"] = relation_name(p.relation);
      if (p.old_index && p.new_index) j["similarity"] = std::round(p.similarity * 1000) / 1000;
      if (p.old_index) j["old_line"] = o.articles[*p.old_index].line;
      if (p.new_index) j["new_line"] = n.articles[*p.new_index].line;
      if (p.old_index && p.new_index && p.relation != Relation::identical && p.relation != Relation::moved) {
        Json d = Json::array();
        for (const auto& r : char_diff(o.articles[*p.old_index].text, n.articles[*p.new_index].text))
          d.push_back(Json::array({std::string(1, r.op), r.text}));
        j["diff"] = std::move(d);
      }
      arts.push_back(std::move(j));
    }
    Json doc = {{"old", {{"path", o.path}, {"articles", o.articles.size()}}},
                {"new", {{"path", n.path}, {"articles", n.articles.size()}}},
                {"counts", counts},
                {"articles", std::move(arts)}};
    text = doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  } else if (format == "html") {
    text = html_page(o, n, pairs, counts);
  } else {
    for (const auto& p : pairs) {
      std::string a = p.old_index ? article_name(o.articles[*p.old_index]) : "—";
      std::string b = p.new_index ? article_name(n.articles[*p.new_index]) : "—";
      text += fmt::format("{}\t{}\t{}", a, b, relation_name(p.relation));
      if (p.old_index && p.new_index && p.relation != Relation::identical && p.relation != Relation::moved) {
        text += fmt::format("\t{:.2f}\t", p.similarity);
        for (const auto& r : char_diff(o.articles[*p.old_index].text, n.articles[*p.new_index].text)) {
          std::string t = r.text;
          for (auto& c : t)
            if (c == '\n') c = ' ';
          if (r.op == '=') text += t.size() > 24 ? "…" : t;
          else text += (r.op == '-' ? "[-" : "{+") + t + (r.op == '-' ? "-]" : "+}");
        }
      }
      text += "\n";
    }
    std::string summary;
    for (auto it = counts.begin(); it != counts.end(); ++it)
      if (it.value().get<int>()) summary += fmt::format("{}{} {}", summary.empty() ? "" : ", ", it.value().get<int>(), it.key());
    std::fprintf(stderr, "gongwen: %zu → %zu articles: %s\n", o.articles.size(), n.articles.size(), summary.c_str());
  }
  if (out.empty() || out == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return kOk;
  }
  try {
    AtomicFile f(out);
    f.write(text);
    f.commit();
  } catch (const OutputError& e) {
    spdlog::error("{}", e.what());
    return kOutputFailed;
  }
  return kOk;
}

}  // namespace gongwen::host::cli
