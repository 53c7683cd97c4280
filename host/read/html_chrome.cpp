// The lines around a saved page's article that belong to the page (see
// html_chrome.hpp). Each test reads one line alone; html.cpp trims the
// article's edges with them and skips them when it looks for a title.
#include "read/html_chrome.hpp"

#include <gongwen/people.hpp>
#include <gongwen/structure.hpp>
#include <gongwen/text.hpp>

#include <array>
#include <cctype>

#include "read/html_meta.hpp"
#include "read/wrappers.hpp"

namespace gongwen::host {

// A line of credits only (`作者：王若愚  来源：老兵到  图片：军影摄影师`, an account's
// `编辑|张维纳 语音|徐佳 剪辑|李春`, `投稿|… 合作|…`): page_info has read it.
namespace {
constexpr std::string_view roles[] = {"作者", "来源", "图片", "摄影", "编辑", "责编", "校对", "校读", "审核", "审校", "审稿", "监制",
                                      "统筹", "制图", "剪辑", "语音", "主编", "初审", "复审", "终审", "视频", "排版", "美编", "投稿",
                                      "合作", "撰稿", "策划", "设计", "出品", "文字"};
constexpr std::string_view credit_separators[] = {"：", ":", "|", "｜", "丨"};
}  // namespace

bool credits_line(std::string_view t) {
  if (text::char_count(t) > 60) return false;
  std::string sq = text::strip_spaces(t);
  std::size_t labels = 0;
  bool opens = false;  // with 作者 or 来源
  for (std::string_view r : roles)
    for (std::size_t at = sq.find(r); at != std::string::npos; at = sq.find(r, at + r.size())) {
      std::string_view after = std::string_view(sq).substr(at + r.size());
      bool labelled = false;
      for (std::string_view sep : credit_separators) labelled |= after.starts_with(sep);
      if (!labelled) continue;
      ++labels;
      opens |= at == 0 && (r == "作者" || r == "来源");
      break;
    }
  // (A role alone in brackets, as a site closes its articles: `【终审：王涛】`, `【编辑：耿茁 QQ:…】`.)
  bool bracketed = (sq.starts_with("【") && sq.ends_with("】")) || (sq.starts_with("（") && sq.ends_with("）"));
  bool opens_bracket = false;
  for (std::string_view r : roles) opens_bracket |= bracketed && std::string_view(sq).substr(3).starts_with(r);
  return labels >= 2 || (labels == 1 && (opens || opens_bracket) && text::char_count(sq) <= (opens ? 20 : 40));
}

std::optional<std::pair<std::string_view, std::string_view>> opening_credit(std::string_view squeezed) {
  // (At a line's start a role may be a longer title or a single character, `责任编辑丨`, `文丨`, `图丨`.)
  auto at_start = [&](std::string_view r) -> std::optional<std::pair<std::string_view, std::string_view>> {
    if (!squeezed.starts_with(r)) return std::nullopt;
    for (std::string_view sep : credit_separators)
      if (std::string_view after = squeezed.substr(r.size()); after.starts_with(sep) && after.size() > sep.size())
        return std::pair{squeezed.substr(0, r.size()), after.substr(sep.size())};
    return std::nullopt;
  };
  for (std::string_view r : {"责任编辑", "供稿", "通讯员"})
    if (auto c = at_start(r)) return c;
  for (std::string_view r : roles)
    if (auto c = at_start(r)) return c;
  for (std::string_view r : {"文", "图"})
    if (auto c = at_start(r)) return c;
  return std::nullopt;
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

bool app_call_line(std::string_view t) {
  std::string sq = text::strip_spaces(t);
  if (!sq.starts_with("打开") || text::char_count(sq) > 20) return false;
  for (std::string_view app : {"APP", "App", "app", "客户端", "新闻"})
    if (sq.find(app) != std::string::npos) return true;
  return false;
}

bool search_box_line(std::string_view t) {
  std::string_view v = text::trim(t);
  if (text::char_count(v) > 50 || v.find("。") != std::string_view::npos) return false;
  for (std::string_view label : {"快捷搜索", "热门搜索", "热搜词", "热门关键词", "热门标签", "站内搜索", "搜索"}) {
    if (!v.starts_with(label)) continue;
    std::string_view rest = v.substr(label.size());
    bool colon = false;
    for (std::string_view c : {"：", ":"})
      if (rest.starts_with(c)) rest.remove_prefix(c.size()), colon = true;
    if (!colon) return false;
    // (Two words at least, spaced as links are: `论文 合同 演讲 心得`.)
    rest = text::trim(rest);
    return !rest.empty() && rest.find(' ') != std::string_view::npos;
  }
  return false;
}

// Lines around an article that belong to the page, not to it.
bool chrome_line(std::string_view t) {
  if (is_wechat_chrome(t)) return true;
  if (text::char_count(t) > 60) return false;
  if (breadcrumb_line(t)) return true;
  static constexpr std::array<std::string_view, 48> marks = {
      "上一篇", "下一篇", "打印本页", "关闭窗口", "【打印】", "【关闭】", "分享到", "扫一扫", "字号：", "【字体", "字体：",
      "浏览次数", "点击数", "阅读次数", "责任编辑", "打印", "关闭", "收藏", "返回顶部", "相关链接", "相关新闻", "附件下载", "纠错",
      "微信扫", "关注公众号", "分享让更多人看到", "收录于合集", "PlayVideo", "原标题：", "推荐阅读", "相关阅读", "二维码", "长按",
      "展开全文", "责编", "编辑：", "编辑:", "本文来源", "下载地址", "点击此处下载", "设为首页", "收藏本站", "加入收藏", "登陆注册",
      "热门站点", "登录|注册", "登录｜注册", "登录注册"};
  std::string sq = text::strip_spaces(t);
  if (sq == "图集" || sq == "高清图集" || sq == "相关图集") return true;  // a gallery's label, alone
  // (The size switch with an ASCII colon, `字号: [ ]`, `字体:[大中小]`, `字体大小:【大】`; `发文字号:` is a label of the box.)
  if (sq.starts_with("字号:") || sq.starts_with("字体:") || sq.starts_with("字体大小")) return true;
  // (The site's welcome and the clock's label alone, `欢迎访问某某县人民政府!`, `今天是`.)
  if ((sq.starts_with("欢迎访问") || sq.starts_with("欢迎光临")) && text::char_count(sq) <= 24 &&
      (sq.find("网") != std::string::npos || sq.find("政府") != std::string::npos || sq.find("门户") != std::string::npos ||
       sq.find("站") != std::string::npos))
    return true;
  // (`欢迎来到` a site by its name's end only: `欢迎来到第七届世界互联网大会！` is a sentence.)
  if (sq.starts_with("欢迎来到") && text::char_count(sq) <= 24) {
    std::string_view v = sq;
    for (std::string_view bang : {"！", "!"})
      if (v.ends_with(bang)) v.remove_suffix(bang.size());
    for (std::string_view site : {"网", "网站", "门户", "政府", "官网"})
      if (v.ends_with(site)) return true;
  }
  // (Or with the clock's label after it, `欢迎来到某某大学某某学院现在时间是:`.)
  if ((sq.starts_with("欢迎访问") || sq.starts_with("欢迎光临") || sq.starts_with("欢迎来到")) && text::char_count(sq) <= 40)
    for (std::string_view clock : {"时间是:", "时间是：", "今天是:", "今天是：", "今天是"})
      if (sq.ends_with(clock)) return true;
  if (sq == "今天是" || sq == "今天是：" || sq == "今天是:") return true;
  // (An e-paper's page switches and counts: `通版阅读请点击:`, `展开通版`, `当前版:06版`, `文章字数:391`.)
  for (std::string_view w : {"通版阅读", "展开通版", "收缩通版", "当前版:", "当前版：", "文章字数"})
    if (sq.starts_with(w)) return true;
  // A government site's switches, alone on their lines (`简体` `|` `繁体` `无障碍` `长者模式`).
  for (std::string_view w : {"简体", "繁体", "简体中文", "繁體", "无障碍", "无障碍浏览", "长者模式", "关怀版", "适老化", "进入老年版", "老年版", "进入关怀版", "关怀模式", "长辈版", "English", "|", "｜", ">", "/", "配色", "辅助线", "重置",
                             "朗读", "听全文", "语音播报", "选择语言", "导航", "网站导航", "菜单"})
    if (sq == w) return true;
  // The print edition a reposted article names at its end (`《 人民日报 》（ 2024年05月10日   04 版）`).
  if (sq.starts_with("《") && sq.find("》") != std::string::npos && (sq.ends_with("版）") || sq.ends_with("版)")) &&
      text::find_full_date(sq))
    return true;
  if (app_call_line(sq) || search_box_line(t) || structure::related_link_line(t)) return true;
  // A menu of the site's versions or columns (`公众版|医院版|英文版|返回引导页`, `某某报业集团主办 | 某某网主站 |
  // 广告服务 | 投稿| 联系我们`): three short items or more between bars, and nothing else. (A table's row is set ` | ` apart by the reader.)
  if (t.find(" | ") == std::string_view::npos && sq.find_first_of("0123456789") == std::string::npos) {
    std::size_t items = 0;
    bool menu = true;
    for (std::size_t b = 0; b <= sq.size() && menu;) {
      std::size_t e = std::min(sq.find('|', b), sq.find("｜", b));
      if (e == std::string::npos) e = sq.size();
      std::size_t n = text::char_count(std::string_view(sq).substr(b, e - b));
      menu = n >= 1 && n <= 8;
      ++items;
      b = e + (e < sq.size() && sq[e] == '|' ? 1 : 3);
    }
    if (menu && items >= 3) return true;
  }
  // A clock on the page, its day and weekday (`今天是:2019年10月31日 星期四`, `2018/12/28 上午9:27:28 星期五`):
  // the day of the visit or of the page's build, no date of the text.
  if (text::char_count(sq) <= 32 && sq.size() > 9 && sq.compare(sq.size() - 9, 6, "星期") == 0 &&
      std::u32string_view(U"一二三四五六日天").find(text::last_cp(sq)) != std::u32string_view::npos)
    if (auto d = text::find_full_date(sq); d && (d->begin == 0 || (text::starts_with(sq, "今天是") && d->begin <= 12)))
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
          m == "关注公众号" || m == "二维码" || m == "推荐阅读" || m == "责编" || m == "本文来源" || m == "点击此处下载" ||
          m == "设为首页" || m == "热门站点")
        return true;
    }
  return false;
}

bool info_box_line(std::string_view t) {
  std::string sq = text::strip_spaces(t);
  if (!sq.starts_with("【") || text::char_count(sq) > 80) return false;
  static constexpr std::string_view labels[] = {"发布单位", "发布机构", "发文机关", "发布文号", "发文字号", "文号", "发文日期", "成文日期",
                                                "发布日期", "发布时间", "信息来源", "来源", "索引号", "主题分类", "时效性", "有效性",
                                                "实施日期", "生效日期", "公开方式", "公开范围"};
  std::string_view v = std::string_view(sq).substr(std::string_view("【").size());
  for (std::string_view l : labels)
    if (v.starts_with(l) && v.substr(l.size()).starts_with("】")) return true;
  return false;
}

bool posting_line(std::string_view t) {
  std::string_view v = text::trim(t);
  if (v.empty() || text::char_count(v) > 50) return false;
  if ((v.find("www.") != std::string_view::npos || v.find("http") != std::string_view::npos) && text::han_count(v) <= 20 &&
      v.find("。") == std::string_view::npos)
    return true;
  // A date and a time of day, nothing else.
  auto d = text::parse_date_at(v, 0);
  if (!d || d->begin != 0 || !d->year || !d->month || !d->day) return false;
  std::string_view rest = text::trim(v.substr(d->end));
  std::size_t digits = 0;
  for (char c : rest) {
    if (c >= '0' && c <= '9') ++digits;
    else if (c != ':' && c != ' ') return false;
  }
  return digits >= 3 && rest.find(':') != std::string_view::npos;
}

bool photo_caption(std::string_view t) {
  std::string sq = text::strip_spaces(t);
  if (sq.empty() || text::char_count(sq) > 120) return false;
  for (std::string_view lead : {"图为", "上图：", "下图：", "左图：", "右图：", "上图:", "下图:", "图片说明：", "▲"})
    if (sq.starts_with(lead)) return text::char_count(sq) > text::char_count(lead) + 3;
  for (std::string_view close : {"）", ")", "。"})
    if (sq.ends_with(close)) sq.resize(sq.size() - close.size());
  // (`记者 某某 摄`, `某某供图`: the credit closes the line; a sentence ending in 摄 does not.)
  if (sq.ends_with("供图")) return true;
  if (sq.ends_with("摄") && text::char_count(sq) >= 4) {
    std::size_t open = sq.rfind("（");
    if (auto ascii = sq.rfind('('); ascii != std::string::npos && (open == std::string::npos || ascii > open)) open = ascii;
    std::string_view credit = open == std::string::npos ? std::string_view(sq) : std::string_view(sq).substr(open);
    return credit.find("记者") != std::string_view::npos || credit.find("摄影") != std::string_view::npos ||
           (open != std::string::npos && text::char_count(credit) <= 12);
  }
  return false;
}

std::string original_title(std::string_view t) {
  std::string sq(text::trim(t));
  for (std::string_view l : {"原标题：", "原标题:", "原题：", "原题:"})
    if (sq.starts_with(l)) {
      std::string v(text::trim(std::string_view(sq).substr(l.size())));
      return text::char_count(v) >= 4 && text::char_count(v) <= 80 ? v : std::string();
    }
  return {};
}

std::string closing_byline(std::string_view t) {
  std::string_view v = text::trim(t);
  if (text::char_count(v) > 40) return {};
  // (Bracketed as news agencies print it: `（记者 王明）`.)
  for (auto [open, close] : {std::pair{"（", "）"}, std::pair{"(", ")"}, std::pair{"【", "】"}})
    if (v.starts_with(open) && v.ends_with(close)) v = text::trim(v.substr(std::string_view(open).size(), v.size() - std::string_view(open).size() - std::string_view(close).size()));
  // Reporters and correspondents (`记者 王明 通讯员 李华`): each role opens a run of names.
  std::string names;
  std::size_t runs = 0;
  for (std::string_view rest = v; !rest.empty();) {
    bool marked = false;
    for (std::string_view mark : {"□", "■", "◎", "●", "◆"})
      if (rest.starts_with(mark)) rest = text::trim(rest.substr(mark.size())), marked = true;
    std::string_view role;
    for (std::string_view r : people::kBylineRoles)
      if (rest.starts_with(r)) {
        role = r;
        break;
      }
    if (role.empty() && !marked) return {};
    rest = text::trim(role.empty() ? rest : rest.substr(role.size()));
    for (std::string_view sep : {"：", ":"})
      if (rest.starts_with(sep)) rest = text::trim(rest.substr(sep.size()));
    // The names, to the next role.
    std::size_t end = rest.size();
    for (std::string_view r : people::kBylineRoles)
      if (auto at = rest.find(r); at != std::string_view::npos && at > 0 && at < end) end = at;
    auto b = people::byline(rest.substr(0, end));
    if (!b || b->names.empty()) return {};
    for (const auto& n : b->names) names += (names.empty() ? "" : "、") + n;
    ++runs;
    rest = text::trim(rest.substr(end));
  }
  return runs ? names : std::string();
}

std::size_t glued_site_link(std::string_view t) {
  std::size_t end = std::string_view::npos;  // after the last sentence's end
  for (std::string_view stop : {"。", "！", "？", "”"})
    if (auto p = t.rfind(stop); p != std::string_view::npos && (end == std::string_view::npos || p + stop.size() > end)) end = p + stop.size();
  if (end == std::string_view::npos || end >= t.size()) return std::string_view::npos;
  std::string_view tail = text::trim(t.substr(end));
  if (tail.empty() || text::char_count(tail) > 12) return std::string_view::npos;
  for (std::string_view w : {"返回搜狐", "查看更多", "阅读原文", "点击进入", "返回首页", "进入专题"})
    if (tail.find(w) != std::string_view::npos) return end;
  return std::string_view::npos;
}

}  // namespace gongwen::host
