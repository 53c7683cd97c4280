// A periodical's furniture around its articles: the colophon, the columns that file
// articles, and the issue's own fields read from its masthead (see lines.hpp).
#include "split/lines.hpp"

#include "clean/marks.hpp"
#include "model/keys.hpp"

#include <gongwen/people.hpp>
#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace gongwen::host::split_detail {

namespace tx = gongwen::text;

// The SDK's paragraphs, with the whole line each one stands on: a container
// is cut at line starts, so its articles keep their indentation.
bool colophon_line(std::string_view t) {
  if (tx::char_count(t) > 80) return false;
  std::string s = tx::strip_spaces(t);
  for (std::string_view label : {"主管", "主办", "协办", "承办", "编辑出版", "出版发行", "编辑", "出版", "发行", "印刷", "承印", "社长", "总编辑",
                                 "主编", "副主编", "编辑部", "编印", "地址", "邮编", "电话", "传真", "投稿邮箱", "电子邮箱", "网址", "定价",
                                 "国内统一连续出版物号", "国际标准连续出版物号", "内部资料准印证", "准印证", "广告经营许可证", "邮发代号",
                                 "出版日期", "印刷日期"})
    if (tx::starts_with(s, label) && (tx::starts_with(std::string_view(s).substr(label.size()), "：") ||
                                      tx::starts_with(std::string_view(s).substr(label.size()), ":")))
      return true;
  for (std::string_view code : {"ISSN", "CN", "内部资料"}) {
    auto at = s.find(code);
    if (at == std::string::npos) continue;
    std::string_view rest = std::string_view(s).substr(at + code.size());
    if (code == "内部资料" || (!rest.empty() && (std::isdigit(static_cast<unsigned char>(rest[0])) || rest[0] == ':' || tx::starts_with(rest, "："))))
      return true;
  }
  return false;
}

bool column_label(std::string_view t) {
  if (t.size() > 48) return false;
  std::string s = tx::strip_spaces(t);
  return s == "卷首语" || s == "编者按" || s == "本刊评论员" || s == "本刊特约评论员" || column_line(t);
}

// (A metadata field has its value after the bracket; a bare name letter-spaced is a byline,
// `陈　平`: four characters at least, or a column's word, make a column.)
std::string column_name(std::string_view t) {
  std::string s = tx::strip_spaces(t);
  std::string_view v = s;
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"【", "】"}, {"〖", "〗"}, {"［", "］"}, {"[", "]"}}) {
    if (!tx::starts_with(v, open) || !tx::ends_with(v, close) || v.size() < open.size() + close.size()) continue;
    auto inner = v.substr(open.size(), v.size() - open.size() - close.size());
    std::size_t n = tx::char_count(inner), han = tx::han_count(inner);
    // (`【本期要目】` heads the contents: no column.)
    for (std::string_view w : {"要目", "目录", "导读", "提要"})
      if (tx::ends_with(inner, w)) return {};
    if (n >= 2 && n <= 8 && han == n && inner.find(close) == std::string_view::npos) return std::string(inner);
    return {};
  }
  if (v == "卷首语") return std::string(v);  // (`■卷首语` heads a contents list's section as often)
  for (std::string_view mark : {"■", "□", "◆", "●", "▲"})
    if (tx::starts_with(v, mark)) v.remove_prefix(mark.size());
  std::size_t n = tx::char_count(v);
  if (n < 4 || n > 6 || tx::han_count(v) != n) return {};
  // Letter-spaced: a space between every two characters.
  std::string_view raw = tx::trim(t);
  std::size_t chars = 0, gaps = 0;
  bool gap = false;
  for (std::size_t i = 0; i < raw.size();) {
    char32_t c = tx::next_cp(raw, i);
    if (tx::is_space(c)) gap = true;
    else if (tx::is_han(c)) gaps += gap && chars > 0, ++chars, gap = false;
  }
  if (chars == n && gaps + 1 == n) return std::string(v);
  static constexpr std::string_view words[] = {"论坛", "前沿", "风采", "时评", "交流", "视点", "观察", "聚焦", "纵横", "园地", "之窗", "探索",
                                               "一线", "随笔", "漫谈", "访谈", "特稿", "纪实", "茶座", "笔谈", "广角", "短评", "锐评", "论苑",
                                               "讲堂", "书评", "札记", "心语", "感悟", "时论", "新论", "实务", "剪影", "速递", "瞭望",
                                               "工作研究", "榜样", "探讨", "调研", "案例", "党课", "人物", "故事", "史话", "镜鉴",
                                               "警示", "经验", "思考", "心得"};
  for (std::string_view w : words)
    if (tx::ends_with(v, w)) return std::string(v);
  return {};
}

bool column_line(std::string_view t) { return !column_name(t).empty(); }

// The heading of a table of contents: `目录`, `目 录`, `本期目录（zk0210c）`,
// `要目`, `目录CONTENTS`, a broadcast's `本期节目主要内容`. `unpaged` tells whether its entries may come
// without page numbers (an issue's own list: 本期目录, 要目).
void fill_container_fields(Document& doc, const std::vector<Para>& ps) {
  // The container's own metadata sits in its first lines, each a line of its own
  // (`2018 第5期`, `10月31日出版`): a sentence there is an article's (`1月16日出版的
  // 《求是》杂志第2期将发表…` names another periodical's issue). Numbers of six digits at most.
  std::size_t head = std::min<std::size_t>(ps.size(), 40);
  if (!ps.empty() && doc.title.empty()) {
    doc.title = std::string(ps[0].t);
    // A bulletin's name under the system that issues it (`某某市教育系统` / `工作动态`) is one name.
    if (ps.size() > 1 && tx::char_count(ps[0].t) <= 16 && tx::char_count(ps[1].t) <= 12) {
      std::string name = tx::strip_spaces(ps[1].t);
      for (std::string_view w : {"简报", "动态", "简讯", "快报", "专报", "信息", "通讯"})
        if (tx::ends_with(name, w) && !tx::contains(tx::strip_spaces(ps[0].t), w)) {
          doc.title = tx::strip_spaces(ps[0].t) + name;
          break;
        }
    }
  }
  for (std::size_t i = 0; i < head; ++i) {
    if (tx::char_count(ps[i].t) > 40 || ps[i].t.find("《") != std::string_view::npos || tx::ends_with(tx::trim(ps[i].t), "。")) continue;
    std::string s = tx::strip_spaces(ps[i].t);
    std::string_view v = s;
    if (tx::ends_with(v, "主办") && !doc.fields.contains("publisher")) doc.fields["publisher"] = std::string(v.substr(0, v.size() - 6));
    for (std::string_view label : {"主办：", "主办:"})  // a colophon's `主办：某某省党建研究会`
      if (tx::starts_with(v, label) && v.size() > label.size() && !doc.fields.contains("publisher"))
        doc.fields["publisher"] = std::string(v.substr(label.size()));
    if (auto p = v.find("总第"); p != std::string_view::npos && !doc.fields.contains("issue_total")) {
      auto rest = v.substr(p + 6);
      std::size_t k = 0;
      while (k < rest.size() && k < 6 && std::isdigit(static_cast<unsigned char>(rest[k]))) ++k;
      if (k) doc.fields["issue_total"] = std::stoi(std::string(rest.substr(0, k)));
    }
    if (auto p = v.find("第"); p != std::string_view::npos && v.find("期") != std::string_view::npos && !doc.fields.contains("issue")) {
      auto before = v.substr(0, p);
      auto rest = v.substr(p + 3);
      std::size_t k = 0;
      while (k < rest.size() && k < 6 && std::isdigit(static_cast<unsigned char>(rest[k]))) ++k;
      if (k && rest.substr(k, 3) == "期" && (p < 3 || before.substr(before.size() - 3) != "总")) {
        doc.fields["issue"] = std::stoi(std::string(rest.substr(0, k)));
        std::size_t y = 0;
        while (y < before.size() && std::isdigit(static_cast<unsigned char>(before[y]))) ++y;
        if (y == 4) doc.fields["year"] = std::stoi(std::string(before.substr(0, 4)));
      }
    }
    // (`老司机iOS周报#374`, `Weekly#98`: a web weekly numbers its issues after a `#`.)
    if (auto h = v.find('#'); h != std::string_view::npos && h + 1 < v.size() && std::isdigit(static_cast<unsigned char>(v[h + 1])) &&
                              !doc.fields.contains("issue")) {
      std::size_t k = h + 1;
      while (k < v.size() && k < h + 7 && std::isdigit(static_cast<unsigned char>(v[k]))) ++k;
      if (periodical_word(v.substr(0, h))) doc.fields["issue"] = std::stoi(std::string(v.substr(h + 1, k - h - 1)));
    }
    if (tx::ends_with(v, "出版")) {
      if (auto d = tx::parse_date_at(v, 0); d && d->month && d->day) {
        int year = d->year ? d->year : doc.fields.value("year", 0);
        if (year) doc.fields["date"] = fmt::format("{:04d}-{:02d}-{:02d}", year, d->month, d->day);
      }
    }
    // A bulletin's masthead line: who compiles it and when (`某某县人民政府办公室编　2023年6月20日`,
    // `中共某某县委办公室编印`).
    for (std::string_view mark : {"编印", "主编", "编"}) {
      auto at = v.find(mark);
      if (at == std::string_view::npos || at < 12) continue;
      std::string_view organ = v.substr(0, at), rest = v.substr(at + mark.size());
      if (!people::organ_like(organ)) continue;
      if (!doc.fields.contains("publisher")) doc.fields["publisher"] = std::string(organ);
      if (auto d = tx::find_full_date(rest); d && !doc.fields.contains("date")) doc.fields["date"] = d->iso();
      break;
    }
    // Or the organ and the date alone (`某某市教育局办公室　　2023年11月6日`).
    if (auto d = tx::find_full_date(ps[i].t); d && !doc.fields.contains("date") && tx::trim(ps[i].t.substr(d->end)).empty()) {
      std::string organ = tx::strip_spaces(ps[i].t.substr(0, d->begin));
      if (tx::char_count(organ) >= 4 && people::organ_like(organ)) {
        if (!doc.fields.contains("publisher")) doc.fields["publisher"] = organ;
        doc.fields["date"] = d->iso();
      }
    }
    if (auto p = v.find("篇）"); p != std::string_view::npos && tx::starts_with(v, "（")) {
      auto n = tx::parse_number(v.substr(3, p - 3));
      if (n) doc.fields["count"] = *n;
    }
  }
  doc.kind = doc.fields.contains("issue") ? "periodical" : "collection";
}

}  // namespace gongwen::host::split_detail
