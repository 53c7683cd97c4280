// `gongwen diff OLD NEW`: two versions of a regulation as a 新旧条文对照表 —
// articles aligned (analysis/article_diff), a character diff inside changed
// ones — as text, JSON or a standalone HTML page.
#include "cli/commands.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <filesystem>
#include <map>

#include "analysis/article_diff.hpp"
#include "read/reader.hpp"
#include "sinks/sink.hpp"

#include <gongwen/text.hpp>

namespace gongwen::host::cli {

namespace {

std::string html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else if (c == '"') out += "&quot;";
    else if (c == '\n') out += "<br>";
    else out += c;
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
  h += fmt::format("<p>旧：{}（{} 条）<br>新：{}（{} 条）</p>\n<p>", html_escape(o.path), o.articles.size(), html_escape(n.path),
                   n.articles.size());
  for (auto it = counts.begin(); it != counts.end(); ++it) h += fmt::format("{} {} · ", it.key(), it.value().get<int>());
  h += "</p>\n<table>\n<tr><th>原条文</th><th>修改后条文</th><th>说明</th></tr>\n";
  for (const auto& p : pairs) {
    const Article* a = p.old_index ? &o.articles[*p.old_index] : nullptr;
    const Article* b = p.new_index ? &n.articles[*p.new_index] : nullptr;
    std::string left, right;
    if (a && b && (p.relation == Relation::changed || p.relation == Relation::split || p.relation == Relation::merged)) {
      for (const auto& r : char_diff(a->text, b->text)) {
        if (r.op != '+') left += r.op == '-' ? "<del>" + html_escape(r.text) + "</del>" : html_escape(r.text);
        if (r.op != '-') right += r.op == '+' ? "<ins>" + html_escape(r.text) + "</ins>" : html_escape(r.text);
      }
    } else {
      if (a) left = html_escape(a->text);
      if (b) right = html_escape(b->text);
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
