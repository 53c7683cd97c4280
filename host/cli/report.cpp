// `gongwen report RUN.sqlite -o report.html`: one HTML page about a run, to
// open in a browser or mail to a colleague: documents per kind and per year,
// the most frequent issuers, the most frequent terms and slogans year by year,
// near-duplicates and the documents that failed, as charts (ECharts, copied
// into the page so it opens offline) over tables that read without script.
//
// Invariants:
// - Every figure comes from the run's SQLite output and is in the page as
//   JSON (`<script type="application/json" id="gongwen-data">`), so what a
//   chart shows can be checked and reused.
// - Containers are not counted as documents (their articles are); failed
//   documents are listed, not counted in kinds or years.
// - The page is written atomically; nothing is fetched from the network.
#include "model/json_line.hpp"
#include "util/ascii.hpp"
#include "cli/commands.hpp"
#include "sinks/sqlite_handles.hpp"
#include "sinks/sink.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <gongwen/text.hpp>

#include "analysis/segment.hpp"
#include "analysis/term_stats.hpp"
#include "catalog/catalog.hpp"

namespace gongwen::host::cli {

namespace {

using Db = SqliteDb;
using Stmt = SqliteStmt;

namespace tx = gongwen::text;



// Every row of a query, each column as text; throws on an SQLite error.
std::vector<std::vector<std::string>> rows(sqlite3* db, const std::string& sql) {
  Stmt q;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &q.s, nullptr) != SQLITE_OK) throw std::runtime_error(sqlite3_errmsg(db));
  std::vector<std::vector<std::string>> out;
  int rc;
  while ((rc = sqlite3_step(q.s)) == SQLITE_ROW) {
    std::vector<std::string> r;
    for (int i = 0; i < sqlite3_column_count(q.s); ++i) r.push_back(column_text(q.s, i));
    out.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db));
  return out;
}


// JSON inside a <script> element: `</` would end it.
std::string script_json(const Json& j) {
  std::string s = json_line(j);
  for (std::size_t p = s.find("</"); p != std::string::npos; p = s.find("</", p + 3)) s.replace(p, 2, "<\\/");
  return s;
}

bool is_year(const std::string& y) { return y.size() == 4 && std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; }); }

Json collect(sqlite3* db, const std::string& database, const Segmenter& seg, std::size_t top_terms) {
  const std::string leaf = fmt::format("error IS NULL AND NOT {}", kIsContainerSql);
  Json data;
  auto one = [&](const std::string& sql) { return std::stoll(rows(db, sql).at(0).at(0)); };
  data["run"] = {{"database", database},
                 {"documents", one("SELECT count(*) FROM documents d WHERE " + leaf)},
                 {"containers", one(fmt::format("SELECT count(*) FROM documents d WHERE {}", kIsContainerSql))},
                 {"failed", one("SELECT count(*) FROM documents WHERE error IS NOT NULL")},
                 {"characters", one("SELECT coalesce(sum(length(text)), 0) FROM documents d WHERE " + leaf)}};
  Json kinds = Json::array();
  for (auto& r : rows(db, "SELECT coalesce(kind, '-'), count(*) FROM documents d WHERE " + leaf + " GROUP BY 1 ORDER BY 2 DESC, 1"))
    kinds.push_back({{"kind", r[0]}, {"documents", std::stoll(r[1])}});
  data["kinds"] = kinds;

  // Documents per year and kind (dated documents only).
  std::map<std::string, std::map<std::string, long long>> by_kind;  // kind → year → n
  std::set<std::string> years_set;
  for (auto& r : rows(db, "SELECT substr(date, 1, 4), coalesce(kind, '-'), count(*) FROM documents d WHERE " + leaf +
                              " AND date GLOB '[0-9][0-9][0-9][0-9]*' GROUP BY 1, 2")) {
    by_kind[r[1]][r[0]] = std::stoll(r[2]);
    years_set.insert(r[0]);
  }
  std::vector<std::string> years(years_set.begin(), years_set.end());
  Json counts = Json::object();
  for (auto& [k, ys] : by_kind) {
    Json a = Json::array();
    for (auto& y : years) a.push_back(ys.count(y) ? ys[y] : 0);
    counts[k] = a;
  }
  data["years"] = {{"years", years}, {"counts", counts},
                   {"undated", one("SELECT count(*) FROM documents d WHERE " + leaf + " AND NOT coalesce(date, '') GLOB '[0-9][0-9][0-9][0-9]*'")}};

  // Issuers (or a speech's speaker): a joint document counts for each.
  std::map<std::string, long long> issuers;
  for (auto& r : rows(db, "SELECT coalesce((SELECT value FROM fields WHERE doc = d.rowid AND key = 'issuer'),"
                          " (SELECT value FROM fields WHERE doc = d.rowid AND key = 'speaker')) FROM documents d WHERE " + leaf))
    for (auto& n : names_of(r[0])) ++issuers[n];
  std::vector<std::pair<std::string, long long>> iv(issuers.begin(), issuers.end());
  std::sort(iv.begin(), iv.end(), [](auto& a, auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  if (iv.size() > 15) iv.resize(15);
  Json is = Json::array();
  for (auto& [n, c] : iv) is.push_back({{"issuer", n}, {"documents", c}});
  data["issuers"] = is;

  // The run's most frequent terms, per 10,000 characters of each year's documents.
  TermStats st = count_terms(db, seg, {"year", {}, false, false});
  std::vector<std::pair<std::string, std::size_t>> tv(st.total.begin(), st.total.end());
  std::sort(tv.begin(), tv.end(), [](auto& a, auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  if (tv.size() > top_terms) tv.resize(top_terms);
  std::vector<std::string> term_years;
  for (auto& [y, g] : st.groups)
    if (is_year(y)) term_years.push_back(y);
  Json series = Json::array();
  for (auto& [t, n] : tv) {
    Json per = Json::array();
    for (auto& y : term_years) {
      const TermGroup& g = st.groups.at(y);
      auto it = g.words.find(t);
      std::size_t c = it == g.words.end() ? 0 : it->second.n;
      per.push_back(g.chars ? std::round(c * 100000.0 / static_cast<double>(g.chars)) / 10.0 : 0.0);
    }
    series.push_back({{"term", t}, {"count", n}, {"per_10k", per}});
  }
  data["terms"] = {{"years", term_years}, {"series", series}};

  // Slogans (the slogans extractor's entities) per year, the eight most frequent.
  std::map<std::string, std::map<std::string, long long>> slog;
  std::map<std::string, long long> slog_total;
  for (auto& r : rows(db, "SELECT e.value, substr(coalesce(d.date, ''), 1, 4), count(*) FROM entities e JOIN documents d ON d.rowid = e.doc "
                          "WHERE e.type = 'slogan' GROUP BY 1, 2")) {
    slog[r[0]][r[1]] += std::stoll(r[2]);
    slog_total[r[0]] += std::stoll(r[2]);
  }
  std::vector<std::pair<std::string, long long>> sv(slog_total.begin(), slog_total.end());
  std::sort(sv.begin(), sv.end(), [](auto& a, auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  if (sv.size() > 8) sv.resize(8);
  Json ss = Json::array();
  for (auto& [s, n] : sv) {
    Json per = Json::array();
    for (auto& y : years) per.push_back(slog[s].count(y) ? slog[s][y] : 0);
    ss.push_back({{"slogan", s}, {"count", n}, {"counts", per}});
  }
  data["slogans"] = {{"years", years}, {"series", ss}};

  // Officials named (the officials extractor): the fifteen most often named, with their most frequent post.
  std::map<std::string, long long> people;
  std::map<std::string, std::map<std::string, long long>> posts;
  for (auto& r : rows(db, "SELECT value FROM entities WHERE type = 'official'")) {
    Json v = Json::parse(r[0], nullptr, false);
    if (!v.is_object() || !v.contains("name") || !v["name"].is_string()) continue;
    std::string name = v["name"].get<std::string>();
    ++people[name];
    if (v.contains("position") && v["position"].is_string()) ++posts[name][v["position"].get<std::string>()];
  }
  std::vector<std::pair<std::string, long long>> pv(people.begin(), people.end());
  std::sort(pv.begin(), pv.end(), [](auto& a, auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  if (pv.size() > 15) pv.resize(15);
  Json os = Json::array();
  for (auto& [name, n] : pv) {
    std::string post;
    long long best = 0;
    for (auto& [p, c] : posts[name])
      if (c > best) best = c, post = p;
    os.push_back({{"name", name}, {"position", post}, {"mentions", n}});
  }
  data["officials"] = os;

  Json dups = Json::array();
  for (auto& r : rows(db, "SELECT d.path, coalesce(d.title, ''), o.path, coalesce(o.title, ''), x.similarity FROM duplicates x "
                          "JOIN documents d ON d.rowid = x.doc JOIN documents o ON o.rowid = x.duplicate_of ORDER BY x.doc LIMIT 100"))
    dups.push_back({{"path", r[0]}, {"title", r[1]}, {"original", r[2]}, {"original_title", r[3]}, {"similarity", std::stod(r[4])}});
  data["duplicates"] = dups;
  data["duplicate_documents"] = one("SELECT count(*) FROM duplicates");

  Json failed = Json::array();
  for (auto& r : rows(db, "SELECT path, coalesce(error_step, ''), coalesce(error, '') FROM documents WHERE error IS NOT NULL ORDER BY rowid LIMIT 500"))
    failed.push_back({{"path", r[0]}, {"step", r[1]}, {"error", r[2]}});
  data["failures"] = failed;
  return data;
}

const char* kStyle = R"(body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:1100px;color:#222}
h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:2em}
.cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;min-width:8em}
.card b{display:block;font-size:1.5em}.chart{width:100%;height:380px}
table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left}
details{margin:.5em 0}.num{text-align:right})";

// The charts, drawn from the JSON; the body says how many were drawn (or the error).
const char* kScript = R"(window.onerror=function(m){document.body.setAttribute('data-error',String(m));};
(function(){try{
var d=JSON.parse(document.getElementById('gongwen-data').textContent),n=0;
function chart(id,o){var e=document.getElementById(id);if(!e)return;var c=echarts.init(e,null,{renderer:'svg'});o.animation=false;c.setOption(o);n++;}
chart('chart-kinds',{tooltip:{},series:[{type:'pie',radius:'62%',data:d.kinds.map(function(k){return {name:k.kind,value:k.documents};})}]});
chart('chart-years',{tooltip:{trigger:'axis'},legend:{type:'scroll'},xAxis:{type:'category',data:d.years.years},yAxis:{type:'value',name:'文件数'},
 series:Object.keys(d.years.counts).map(function(k){return {name:k,type:'bar',stack:'all',data:d.years.counts[k]};})});
chart('chart-issuers',{tooltip:{},grid:{left:220},xAxis:{type:'value'},yAxis:{type:'category',inverse:true,data:d.issuers.map(function(i){return i.issuer;})},
 series:[{type:'bar',data:d.issuers.map(function(i){return i.documents;})}]});
chart('chart-officials',{tooltip:{},grid:{left:160},xAxis:{type:'value'},yAxis:{type:'category',inverse:true,data:d.officials.map(function(o){return o.name+(o.position?'（'+o.position+'）':'');})},
 series:[{type:'bar',data:d.officials.map(function(o){return o.mentions;})}]});
chart('chart-terms',{tooltip:{trigger:'axis'},legend:{type:'scroll'},xAxis:{type:'category',data:d.terms.years},yAxis:{type:'value',name:'每万字'},
 series:d.terms.series.map(function(s){return {name:s.term,type:'line',data:s.per_10k};})});
chart('chart-slogans',{tooltip:{trigger:'axis'},legend:{type:'scroll'},xAxis:{type:'category',data:d.slogans.years},yAxis:{type:'value',name:'次数'},
 series:d.slogans.series.map(function(s){return {name:s.slogan,type:'line',data:s.counts};})});
document.body.setAttribute('data-charts',String(n));
}catch(e){document.body.setAttribute('data-error',String(e));}})();)";

std::string page(const Json& d, const std::string& echarts, bool with_documents) {
  std::string h = "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>gongwen 报告</title>\n<style>";
  h += kStyle;
  h += "</style></head><body>\n";
  const Json& run = d["run"];
  h += fmt::format("<h1>gongwen 报告</h1>\n<p>{}</p>\n<div class=\"cards\">", html_escape(run["database"].get<std::string>()));
  for (auto [key, label] : {std::pair{"documents", "文件"}, {"containers", "汇编/期刊"}, {"failed", "失败"}, {"characters", "字数"}})
    h += fmt::format("<div class=\"card\"><b>{}</b>{}</div>", run[key].get<long long>(), label);
  h += "</div>\n";
  if (with_documents) h += "<p><a href=\"documents.html\">所有文件 Every document</a>: its record and its text with source lines</p>\n";
  auto table = [&](const Json& rows, std::vector<std::pair<const char*, const char*>> cols) {
    std::string t = "<details><summary>表格</summary><table><tr>";
    for (auto& [k, label] : cols) t += fmt::format("<th>{}</th>", label);
    t += "</tr>";
    for (const auto& r : rows) {
      t += "<tr>";
      for (auto& [k, label] : cols) {
        const Json& v = r[k];
        t += v.is_string() ? fmt::format("<td>{}</td>", html_escape(v.get<std::string>())) : fmt::format("<td class=\"num\">{}</td>", v.dump());
      }
      t += "</tr>";
    }
    return t + "</table></details>\n";
  };
  h += "<h2>文种 Kinds</h2>\n<div class=\"chart\" id=\"chart-kinds\"></div>\n" + table(d["kinds"], {{"kind", "kind"}, {"documents", "文件"}});
  h += fmt::format("<h2>年份 Documents per year</h2>\n<div class=\"chart\" id=\"chart-years\"></div>\n<p>{} 件无日期</p>\n",
                   d["years"]["undated"].get<long long>());
  h += "<h2>发文机关 Issuers</h2>\n<div class=\"chart\" id=\"chart-issuers\"></div>\n" + table(d["issuers"], {{"issuer", "机关"}, {"documents", "文件"}});
  h += "<h2>人物 Officials named</h2>\n<div class=\"chart\" id=\"chart-officials\"></div>\n" +
       table(d["officials"], {{"name", "姓名"}, {"position", "职务"}, {"mentions", "次数"}});
  h += "<h2>高频词 Terms per 10,000 characters</h2>\n<div class=\"chart\" id=\"chart-terms\"></div>\n" +
       table(d["terms"]["series"], {{"term", "词"}, {"count", "次数"}});
  h += "<h2>提法 Slogans</h2>\n<div class=\"chart\" id=\"chart-slogans\"></div>\n" +
       table(d["slogans"]["series"], {{"slogan", "提法"}, {"count", "次数"}});
  h += fmt::format("<h2>近似重复 Near-duplicates ({})</h2>\n", d["duplicate_documents"].get<long long>()) +
       table(d["duplicates"], {{"path", "文件"}, {"title", "标题"}, {"original", "原件"}, {"similarity", "相似度"}});
  h += fmt::format("<h2>失败 Failed documents ({})</h2>\n", d["failures"].size()) +
       table(d["failures"], {{"path", "文件"}, {"step", "步骤"}, {"error", "原因"}});
  h += "<script type=\"application/json\" id=\"gongwen-data\">" + script_json(d) + "</script>\n";
  h += "<script>" + echarts + "</script>\n<script>" + kScript + "</script>\n</body></html>\n";
  return h;
}

// The text with its source lines: `documents.line_map` is [offset, line, …],
// from each byte offset of the text on, the source file's line.
std::string numbered_text(std::string_view text, const std::string& line_map) {
  Json m = Json::parse(line_map.empty() ? "[]" : line_map, nullptr, false);
  std::vector<std::pair<std::size_t, long long>> at;
  if (m.is_array())
    for (std::size_t i = 0; i + 1 < m.size(); i += 2)
      if (m[i].is_number_unsigned() && m[i + 1].is_number()) at.emplace_back(m[i].get<std::size_t>(), m[i + 1].get<long long>());
  std::string out;
  std::size_t k = 0;
  for (std::size_t b = 0; b <= text.size();) {
    std::size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    while (k + 1 < at.size() && at[k + 1].first <= b) ++k;
    long long line = at.empty() ? 0 : at[k].second;
    out += fmt::format("<tr><td class=\"num\">{}</td><td>{}</td></tr>\n", line ? std::to_string(line) : "", html_escape(text.substr(b, e - b)));
    b = e + 1;
  }
  return out;
}

// A page of a report folder. The folder is built beside its target and
// synced once before it is swapped in (a sync per page cost 28 s for 6,340
// pages), so a page needs no file of its own to be atomic.
void write_page(const std::filesystem::path& path, const std::string& html) {
  std::ofstream out(path, std::ios::binary);
  out.write(html.data(), static_cast<std::streamsize>(html.size()));
  out.close();
  if (!out) throw OutputError(fmt::format("{}: cannot write: {}", path.string(), std::strerror(errno)));
}

// Everything written under dir reaches the disk (one syncfs for the folder's file system).
void sync_folder(const std::filesystem::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0 || ::syncfs(fd) != 0) {
    int err = errno;
    if (fd >= 0) ::close(fd);
    throw OutputError(fmt::format("{}: cannot sync: {}", dir.string(), std::strerror(err)));
  }
  ::close(fd);
}

// documents.html (every record, linked) and docs/ROWID.html (the record and
// its text with source lines), beside index.html in a report folder.
void write_documents(sqlite3* db, const std::string& dir) {
  std::string list = "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>所有文件</title><style>";
  list += kStyle;
  list += "</style></head><body>\n<p><a href=\"index.html\">← 报告</a></p><h1>所有文件 Every document</h1>\n<table><tr><th>#</th><th>文件</th><th>行</th>"
          "<th>kind</th><th>日期</th><th>标题</th><th>错误</th></tr>\n";
  std::filesystem::create_directories(std::filesystem::path(dir) / "docs");
  Stmt q;
  const char* sql = "SELECT rowid, path, coalesce(line_start, 0), coalesce(kind, ''), coalesce(date, ''), coalesce(title, ''), "
                    "coalesce(error_step || ': ' || error, ''), coalesce(text, ''), coalesce(line_map, ''), coalesce(record, '') "
                    "FROM documents ORDER BY rowid";
  if (sqlite3_prepare_v2(db, sql, -1, &q.s, nullptr) != SQLITE_OK) throw std::runtime_error(sqlite3_errmsg(db));
  int rc;
  while ((rc = sqlite3_step(q.s)) == SQLITE_ROW) {
    std::string id = column_text(q.s, 0), path = column_text(q.s, 1), line = column_text(q.s, 2), kind = column_text(q.s, 3), date = column_text(q.s, 4),
                title = column_text(q.s, 5), error = column_text(q.s, 6);
    list += fmt::format("<tr><td class=\"num\"><a href=\"docs/{0}.html\">{0}</a></td><td>{1}</td><td class=\"num\">{2}</td><td>{3}</td>"
                        "<td>{4}</td><td>{5}</td><td>{6}</td></tr>\n",
                        id, html_escape(path), line, html_escape(kind), html_escape(date), html_escape(title), html_escape(error));
    Json rec = Json::parse(column_text(q.s, 9), nullptr, false);
    std::string doc = "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>" + html_escape(title.empty() ? path : title) +
                      "</title><style>";
    doc += kStyle;
    doc += "pre{white-space:pre-wrap;background:#f6f6f6;padding:.5em}</style></head><body>\n<p><a href=\"../documents.html\">← 所有文件</a></p>\n";
    doc += fmt::format("<h1>{}</h1>\n<p>{} · {} · {}</p>\n", html_escape(title), html_escape(path), html_escape(kind), html_escape(date));
    if (!error.empty()) doc += "<p><b>错误</b> " + html_escape(error) + "</p>\n";
    doc += "<h2>记录 Record</h2>\n<pre>" + html_escape(rec.is_discarded() ? column_text(q.s, 9) : rec.dump(2, ' ', false, Json::error_handler_t::replace)) +
           "</pre>\n<h2>正文 Text, with its source lines</h2>\n<table>\n" + numbered_text(column_text(q.s, 7), column_text(q.s, 8)) +
           "</table>\n</body></html>\n";
    write_page(std::filesystem::path(dir) / "docs" / (id + ".html"), doc);
  }
  if (rc != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db));
  list += "</table>\n</body></html>\n";
  write_page(std::filesystem::path(dir) / "documents.html", list);
}

}  // namespace

int cmd_report(const ReportOptions& o) {
  std::string dir = o.data_dir.empty() ? shipped_dir("report") : o.data_dir;
  std::string terms = o.terms_dir.empty() ? shipped_dir("terms") : o.terms_dir;
  std::ifstream js(dir + "/echarts.min.js", std::ios::binary);
  if (dir.empty() || terms.empty() || !js) {
    spdlog::error("report: the shipped report/echarts.min.js or terms/ dictionaries were not found beside the program or under share/gongwen");
    return kUsage;
  }
  std::ostringstream echarts;
  echarts << js.rdbuf();
  Db db;
  if (sqlite3_open_v2(o.database.c_str(), &db.h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    spdlog::error("{}: cannot open: {}", o.database, db.h ? sqlite3_errmsg(db.h) : "?");
    return kUsage;
  }
  // `-o report.html`: the page alone; `-o DIR`: DIR/index.html with every
  // document's page, built in a sibling folder and swapped in whole.
  namespace fs = std::filesystem;
  bool folder = !tx::ends_with(o.out, ".html") && !tx::ends_with(o.out, ".htm");
  std::string html;
  try {
    Segmenter seg(terms);
    html = page(collect(db.h, o.database, seg, o.top_terms), echarts.str(), folder);
  } catch (const std::exception& e) {
    spdlog::error("{}: not a gongwen SQLite output, or unreadable ({})", o.database, e.what());
    return kUsage;
  }
  if (!folder) {
    try {
      AtomicFile f(o.out);
      f.write(html);
      f.commit();
    } catch (const OutputError& e) {
      spdlog::error("{}", e.what());
      return kOutputFailed;
    }
    return kOk;
  }
  fs::path target = fs::path(o.out).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  std::error_code ec;
  if (fs::exists(target) && !fs::is_empty(target, ec) && !fs::exists(target / "index.html")) {
    spdlog::error("{}: a folder that holds something other than a report: not replaced", target.string());
    return kOutputFailed;
  }
  fs::path building = target.string() + ".gongwen-tmp";
  fs::remove_all(building, ec);
  try {
    fs::create_directories(building);
    write_documents(db.h, building.string());
    write_page(building / "index.html", html);
    sync_folder(building);
    fs::path old = target.string() + ".gongwen-old";
    fs::remove_all(old, ec);
    if (fs::exists(target)) fs::rename(target, old);
    fs::rename(building, target);
    fs::remove_all(old, ec);
  } catch (const std::exception& e) {
    fs::remove_all(building, ec);
    spdlog::error("{}: {}", target.string(), e.what());
    return kOutputFailed;
  }
  return kOk;
}

}  // namespace gongwen::host::cli
