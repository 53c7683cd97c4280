// A document-sharing site's header over the document it serves as text. Such a site names the
// file, lists its catalogue and prefaces the text with its own sentence; the file's name is the
// document's title only where the document does not print one itself.
//
// Invariants: only the first kPreface kept lines are searched for the preface; the header is the
// unbroken run of name and catalogue lines right above it (nothing else is dropped); each line
// is read once.
#include "clean/doc_site.hpp"

#include <gongwen/text.hpp>

#include <algorithm>
#include <array>
#include <string>

namespace gongwen::host::clean_detail {

namespace {

constexpr std::size_t kPreface = 24;   // kept lines searched for the preface
constexpr std::size_t kHeader = 12;    // header lines above it at most

constexpr std::array<std::string_view, 7> kExtensions = {".docx", ".doc", ".pdf", ".wps", ".pptx", ".ppt", ".txt"};

std::string_view without_extension(std::string_view name) {
  for (std::string_view ext : kExtensions)
    if (name.size() > ext.size() && name.ends_with(ext)) return name.substr(0, name.size() - ext.size());
  return name;
}

// A catalogue line: an optional bullet, a label the sites print, a colon and a value.
bool catalogue_line(std::string_view t) {
  for (std::string_view bullet : {"- ", "-", "• ", "•", "* ", "·"})
    if (t.starts_with(bullet)) {
      t = text::trim(t.substr(bullet.size()));
      break;
    }
  std::size_t colon = std::min(t.find(':'), t.find("："));
  if (colon == std::string_view::npos || colon == 0 || colon > 5 * 3) return false;
  std::string label = text::strip_spaces(t.substr(0, colon));
  for (std::string_view l : {"文档编号", "上传时间", "上传人", "上传者", "格式", "文档格式", "页数", "大小", "文件大小", "下载积分", "下载次数",
                             "浏览次数", "字数", "分类", "文档分类", "贡献者"})
    if (label == l) return true;
  return false;
}

// Whether a and b share a run of four Han characters or more (`2023年工作总结范文` and
// `某县农业局2023年工作总结`; a year, `2023年`, is none): the document's line titles what the name does.
// (Both short: a site's name and a title line; quadratic in them, never in the text.)
bool share_words(std::string_view a, std::string_view b) {
  std::vector<char32_t> x, y;
  for (std::size_t i = 0; i < a.size();) x.push_back(text::next_cp(a, i));
  for (std::size_t i = 0; i < b.size();) y.push_back(text::next_cp(b, i));
  std::vector<std::size_t> run(y.size() + 1), prev(y.size() + 1);
  for (std::size_t i = 0; i < x.size(); ++i) {
    for (std::size_t j = 0; j < y.size(); ++j)
      if ((run[j + 1] = x[i] == y[j] && text::is_han(x[i]) ? prev[j] + 1 : 0) >= 4) return true;
    std::swap(run, prev);
  }
  return false;
}

}  // namespace

std::optional<std::string_view> doc_site_preface_name(std::string_view p) {
  if (!p.starts_with("《")) return std::nullopt;
  std::size_t close = p.find("》由会员分享");
  if (close == std::string_view::npos || close > 3 * 120) return std::nullopt;
  std::string_view name = text::trim(without_extension(p.substr(3, close - 3)));
  std::size_t stop = p.rfind("。");
  if (name.empty() || !text::trim(p.substr(stop == std::string_view::npos ? 0 : stop + 3)).empty()) return std::nullopt;
  return name;
}

std::vector<std::size_t> doc_site_header(std::string_view input, const std::vector<Line>& lines, const std::vector<char>& keep) {
  auto at = [&](std::size_t i) { return input.substr(lines[i].tb, lines[i].te - lines[i].tb); };
  std::size_t seen = 0, preface = lines.size();
  std::optional<std::string_view> name;
  for (std::size_t i = 0; i < lines.size() && seen < kPreface; ++i) {
    if (!keep[i]) continue;
    ++seen;
    if ((name = doc_site_preface_name(at(i)))) {
      preface = i;
      break;
    }
  }
  if (!name) return {};
  std::string own = text::strip_spaces(*name);
  std::vector<std::size_t> header;
  // Up from the preface: catalogue lines and the file's name, one run.
  std::size_t named = 0;
  for (std::size_t i = preface, taken = 0; i-- > 0 && taken < kHeader;) {
    if (!keep[i]) continue;
    std::string_view t = at(i);
    bool is_name = text::strip_spaces(without_extension(t)) == own;
    if (!is_name && !catalogue_line(t)) break;
    named += is_name;
    header.push_back(i);
    ++taken;
  }
  // (A catalogue without the file's name over it is some other table's.)
  if (!named) header.clear();
  std::reverse(header.begin(), header.end());
  // The preface goes too when the document's first line says the name, or titles it in its own
  // words (`某某县农业农村局2023年工作总结` under `2023年工作总结范文.docx`): a title line, short.
  for (std::size_t i = preface + 1; i < lines.size(); ++i)
    if (keep[i]) {
      std::string first = text::strip_spaces(at(i));
      if (first == own || (lines[i].chars <= 40 && !text::ends_sentence(first) && !text::parse_marker(first) && share_words(own, first)))
        header.push_back(preface);
      break;
    }
  return header;
}

}  // namespace gongwen::host::clean_detail
