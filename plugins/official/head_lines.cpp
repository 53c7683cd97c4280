// Lines of a document's head that are no part of its title: the masthead, the
// number, secrecy and urgency marks, 签发人 (head_line); a page's furniture between
// them, links, metadata labels, datelines, trails, rules and folios (never_title_line).
// find_title asks both of every line it might join into a title.
#include <cctype>

#include "detail.hpp"

#include <algorithm>

namespace gongwen::official::detail {

namespace tx = gongwen::text;
using gongwen::text::contains;

// A line of the head that is not part of the title: masthead, number,
// copy number, secrecy, urgency, 签发人.
bool head_line(std::string_view t) {
  std::string q = squeeze(t);
  std::size_t n = tx::char_count(q);
  if (n <= 40 && tx::ends_with(q, "文件")) return true;
  if (std::size_t end = 0; signer_label(q, end) != std::string_view::npos) return true;
  if (labelled_number(t, 0)) return true;
  // A listing's line: the number, then the document it issues in 《》 (`法发〔2018〕23号《…实施意见》`).
  if (auto d = number_in(q, 0); d && d->found.offset == 0 && tx::starts_with(std::string_view(q).substr(d->found.text.size()), "《") &&
                                tx::ends_with(q, "》"))
    return true;
  if (n <= 12 && (contains(q, "特急") || contains(q, "加急") || contains(q, "平急") || contains(q, "特提") || tx::starts_with(q, "绝密") ||
                  tx::starts_with(q, "机密") || tx::starts_with(q, "秘密")))
    return true;
  // A number line (`国办发〔2018〕124号`, `（公治[2006]327号）`), not a title that ends with one.
  // A title carrying its number after the 文种 (`机关党委科级干部招聘公告（2017年第13号）`) is no number
  // line; a masthead is (`国家税务总局公告（2018年第31号）`: only an organ before the 文种).
  if (n <= 40 && !contains(q, "关于") && (tx::ends_with(q, "号") || tx::ends_with(q, "号）") || tx::ends_with(q, "号)")) && number_in(q, 0)) {
    const DocType* type = doc_type_of_title(q);
    // (Or the title runs into its number: `某市人民政府土地征收预公告〔2021〕第25号`.)
    if (auto d = number_in(q, 0); !type && d && d->org.empty() && d->found.offset > 0 && doc_type_of_title(q.substr(0, d->found.offset)))
      return false;
    if (!type) return true;
    std::string base = q.substr(0, std::min(q.rfind("（"), q.rfind("(")));
    std::string_view b = base;
    if (tx::ends_with(b, type->chinese)) b.remove_suffix(type->chinese.size());
    if (organ_like(b) || b.empty()) return true;
  }
  return n == 6 && std::all_of(q.begin(), q.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A site's address in the line (`铁岭市人民政府 TIELING.GOV.CN`, `www.gov.cn`): ASCII labels joined
// by dots, the last a top-level domain.
static bool holds_domain(std::string_view t) {
  auto label = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; };
  for (std::size_t dot = t.find('.'); dot != std::string_view::npos; dot = t.find('.', dot + 1)) {
    if (dot == 0 || !label(t[dot - 1])) continue;
    std::size_t e = dot + 1;
    while (e < t.size() && label(t[e])) ++e;
    if (e < t.size() && t[e] == '.') continue;  // the last label is further on
    std::string tld(t.substr(dot + 1, e - dot - 1));
    for (char& c : tld) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (tld == "cn" || tld == "com" || tld == "net" || tld == "org") return true;
  }
  return false;
}

// A line that can be no part of a title: a link (`原文链接：https://…`), a
// record's metadata (`更新时间:2026-02-18`), a rule (`---`), a folio (`-1-`), a site's
// address, a news agency's dateline, an e-paper's page.
// Such lines have no closing punctuation, so without this a title would be
// joined onto them.
bool never_title_line(std::string_view t) {
  if (holds_domain(t) && !contains(t, "关于")) return true;  // (a title may name a site: `关于启用www.….cn的通知`)
  // A news agency's dateline (`新华社北京8月31日电`), an e-paper's page (`第02版:要闻`), an app's name.
  if ((contains(t, "电") || contains(t, "客户端") || tx::starts_with(tx::trim(t), "第")) && !tx::more_visible_than(t, 30)) {
    std::string v = tx::strip_spaces(t);
    if ((tx::ends_with(v, "日电") && !contains(v, "关于")) || tx::ends_with(v, "客户端")) return true;
    if (tx::starts_with(v, "第") && v.size() > 6 && std::isdigit(static_cast<unsigned char>(v[3])) && contains(std::string_view(v).substr(0, 12), "版"))
      return true;
  }
  // A site's trail (`您当前所在的位置:首页 > 议案建议 > …`, `首页 » 政务公开`).
  if ((t.find('>') != std::string_view::npos || contains(t, "»") || contains(t, "→")) && (contains(t, "位置") || contains(t, "首页"))) return true;
  if (!tx::more_visible_than(t, 40) && structure::trail_line(t)) return true;  // (`首页范文…`, `您的位置首页 …`)
  if (structure::related_link_line(t)) return true;  // (`相关阅读推荐` over the title)
  // A document-sharing site's labels over the text it shows (`全文预览`, `文档介绍`): never a title's first line.
  for (std::string_view label : {"全文预览", "文档介绍", "文档简介", "内容简介", "文档预览", "在线预览"})
    if (tx::strip_spaces(t) == label) return true;
  // A page's header: its switches between bars (`无障碍 简体| 繁体`), today's date and weekday
  // (`天津市静海区人民政府 2019年12月3日星期二`).
  if (!tx::more_visible_than(t, 40)) {
    if ((contains(t, "|") || contains(t, "｜")) && !contains(t, "关于") && (contains(t, "简体") || contains(t, "繁体") || contains(t, "无障碍")))
      return true;
    if (auto w = t.find("星期"); w != std::string_view::npos && tx::find_full_date(t.substr(0, w))) return true;
  }
  // An item of a menu, set by its bullet (`• 公司公告`): no title's line. (A trail's last item may
  // be the title itself: `• 关于…的通知`.)
  for (std::string_view bullet : {"•", "·", "▪", "◆", "●"})
    if (tx::starts_with(tx::trim(t), bullet) && !contains(t, "关于")) return true;
  // Without a colon or a `w` neither a label nor a link can be there: only the
  // rule test is left, and prose fails it at its first character.
  if (t.find(':') == std::string_view::npos && t.find('w') == std::string_view::npos && t.find("：") == std::string_view::npos) {
    bool any = false;
    const auto* p = reinterpret_cast<const unsigned char*>(t.data());
    for (std::size_t i = 0; i < t.size();) {
      if (std::size_t len = tx::space_at(p, i, t.size())) {  // what squeeze() removes
        i += len;
        continue;
      }
      char32_t c = tx::next_cp(t, i);
      any = true;
      if (!(c == '-' || c == '*' || c == '_' || c == '=' || c == U'—' || c == U'－' || c == '.' || c == '/' || (c >= '0' && c <= '9'))) return false;
    }
    return any;
  }
  std::string q = squeeze(t);
  if (contains(q, "http://") || contains(q, "https://") || contains(q, "www.")) {
    // (Unless a title follows the address, an advert glued before it: `某某医院http://….net/某县…关于…的通知`.)
    auto [h, k] = address_span(q);
    // (A label before the address is a link's, `附件下载：http://…/关于…的通知.doc`.)
    bool labelled = contains(std::string_view(q).substr(0, h), "：");
    // (Nor a title that names an address, `关于开通https://…网上办事大厅的通知`.)
    return labelled || !(k < q.size() && contains(q, "关于") && tx::char_count(std::string_view(q).substr(k)) >= 6);
  }
  static const std::string_view labels[] = {"原文链接", "链接", "网址", "来源", "发布时间", "更新时间", "发布日期", "时间", "日期",
                                            "版本", "作者", "编辑", "责任编辑", "浏览", "点击", "索引号", "分类", "字号",
                                            // an information-disclosure page's table (索引号 / 发布机构 / 名称 / 文号)
                                            "发布机构", "发文机关", "所属机构", "主题分类", "文号", "成文日期", "生效日期",
                                            // an old 版记's subject words (`主题词:森林消防 转发 通知`)
                                            "主题词"};
  for (auto l : labels)
    if (tx::starts_with(q, l) && (tx::starts_with(q.substr(l.size()), "：") || tx::starts_with(q.substr(l.size()), ":")))
      return true;
  // Only dashes, rules or a folio number.
  bool letters = false;
  for (std::size_t i = 0; i < q.size();) {
    char32_t c = tx::next_cp(q, i);
    // (Or a page's timestamp, `2021-05-14 10:59:10`.)
    letters |= !(c == '-' || c == '*' || c == '_' || c == '=' || c == U'—' || c == U'－' || c == ':' || c == '.' || c == '/' || (c >= '0' && c <= '9'));
  }
  return !q.empty() && !letters;
}

}  // namespace gongwen::official::detail
