// The lines around a saved page's article that belong to the page (see
// html_chrome.hpp). Each test reads one line alone; html.cpp trims the
// article's edges with them and skips them when it looks for a title.
#include "read/html_chrome.hpp"

#include <gongwen/text.hpp>

#include <array>
#include <cctype>

#include "read/html_meta.hpp"
#include "read/wrappers.hpp"

namespace gongwen::host {

// A line of credits only (`作者：王若愚  来源：老兵到  图片：军影摄影师`): page_info has read it.
bool credits_line(std::string_view t) {
  if (text::char_count(t) > 60) return false;
  std::string sq = text::strip_spaces(t);
  std::size_t labels = 0;
  for (std::string_view l : {"作者：", "作者:", "来源：", "来源:", "图片：", "图片:", "摄影：", "摄影:", "编辑：", "编辑:", "责编：", "责编:"})
    labels += sq.find(l) != std::string::npos;
  return labels >= 2 || (labels == 1 && (text::starts_with(sq, "作者") || text::starts_with(sq, "来源")) && text::char_count(sq) <= 20);
}

// A repost credit opening an article (`本文授权转载自公众号“现代资本主义研究”`,
// `本文转载自微信公众号：某某（ID：xxx）`): the account or site it names, or
// empty when the line is not one.
std::string repost_source(std::string_view t) {
  if (text::char_count(t) > 60) return {};
  std::string sq = text::strip_spaces(t);
  for (std::string_view lead : {"本文授权转载自", "本文转载自", "转载自", "本文来源于", "本文来自", "文章转载自", "原文转载自"}) {
    if (!text::starts_with(sq, lead)) continue;
    std::string_view v = std::string_view(sq).substr(lead.size());
    for (std::string_view w : {"微信公众号", "公众号", "微信号"})
      if (text::starts_with(v, w)) v.remove_prefix(w.size());
    for (std::string_view c : {"：", ":"})
      if (text::starts_with(v, c)) v.remove_prefix(c.size());
    // The name: inside its quotes, else up to a bracket or the sentence's end.
    if (auto q = v.find("“"); q == 0) {
      auto e = v.find("”");
      v = e == std::string_view::npos ? v.substr(3) : v.substr(3, e - 3);
    } else {
      for (std::string_view stop : {"（", "(", "，", "。", ",", "《"})
        if (auto p = v.find(stop); p != std::string_view::npos) v = v.substr(0, p);
    }
    v = text::trim(v);
    if (text::char_count(v) >= 2 && text::char_count(v) <= 30) return std::string(v);
  }
  return {};
}

// A line with no letter or digit (`▼`, `↓↓↓`, `———`): a divider.
bool divider_line(std::string_view t) {
  for (std::size_t i = 0; i < t.size();) {
    char32_t c = text::next_cp(t, i);
    if (text::is_han(c) || (c < 0x80 && std::isalnum(static_cast<int>(c)))) return false;
  }
  return true;
}

// An editor's credit closing an article (`(责编：胡永秋、杨光宇)`, `【编辑:陈海峰】`, `责任编辑：李明`):
// the names, or empty when the line is none.
std::string editor_credit(std::string_view t) {
  if (text::char_count(t) > 40) return {};
  std::string sq = text::strip_spaces(t);
  for (std::string_view open : {"（", "(", "【", "["})
    if (text::starts_with(sq, open)) sq.erase(0, open.size());
  for (std::string_view close : {"）", ")", "】", "]"})
    if (text::ends_with(sq, close)) sq.resize(sq.size() - close.size());
  for (std::string_view label : {"责任编辑", "责编", "编辑"}) {
    if (!text::starts_with(sq, label)) continue;
    std::string_view v = std::string_view(sq).substr(label.size());
    for (std::string_view c : {"：", ":"})
      if (text::starts_with(v, c)) v.remove_prefix(c.size());
    return text::char_count(v) >= 2 && text::char_count(v) <= 30 && v.find("。") == std::string_view::npos ? std::string(v) : std::string();
  }
  return {};
}

// Lines around an article that belong to the page, not to it.
bool chrome_line(std::string_view t) {
  if (is_wechat_chrome(t)) return true;
  if (text::char_count(t) > 60) return false;
  if (breadcrumb_line(t)) return true;
  static constexpr std::array<std::string_view, 38> marks = {
      "上一篇", "下一篇", "打印本页", "关闭窗口", "【打印】", "【关闭】", "分享到", "扫一扫", "字号：", "【字体", "字体：",
      "浏览次数", "点击数", "阅读次数", "责任编辑", "打印", "关闭", "收藏", "返回顶部", "相关链接", "相关新闻", "附件下载", "纠错",
      "微信扫", "关注公众号", "分享让更多人看到", "收录于合集", "PlayVideo", "原标题：", "推荐阅读", "相关阅读", "二维码", "长按",
      "展开全文", "责编", "编辑：", "编辑:", "本文来源"};
  std::string sq = text::strip_spaces(t);
  if (sq == "图集" || sq == "高清图集" || sq == "相关图集") return true;  // a gallery's label, alone
  // The print edition a reposted article names at its end (`《 人民日报 》（ 2024年05月10日   04 版）`).
  if (sq.starts_with("《") && sq.find("》") != std::string::npos && (sq.ends_with("版）") || sq.ends_with("版)")) &&
      text::find_full_date(sq))
    return true;
  // An account's call above its QR code (`关注我们：`), alone on its line.
  for (std::string_view call : {"关注我们", "欢迎关注", "点击关注", "扫码关注我们"})
    if (sq.starts_with(call) && text::char_count(sq) <= text::char_count(call) + 1) return true;
  // The label of the article's box (`新闻详情`, `接访信息详情`, `正文`, `详细内容`).
  if (text::char_count(sq) <= 8 && (sq.ends_with("详情") || sq == "正文" || sq == "详细内容" || sq == "文章内容")) return true;
  for (auto m : marks)
    if (sq.find(m) != std::string::npos) {
      // Short lines that are mostly the mark (打印 关闭), or that hold a mark of navigation.
      if (text::char_count(sq) <= 12 || m == "上一篇" || m == "下一篇" || m == "责任编辑" || m == "分享到" || m == "原标题：" ||
          m == "关注公众号" || m == "二维码" || m == "推荐阅读" || m == "责编" || m == "本文来源")
        return true;
    }
  return false;
}

}  // namespace gongwen::host
