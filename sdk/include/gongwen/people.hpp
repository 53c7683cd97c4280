// Speakers as documents name them: a bare name line (`■ 徐文光`), a name and
// its position (`张建国副市长`) or a position and a name (`浙江省省长 刘捷`).
// Used by every handler of spoken texts (speeches, government work reports).
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gongwen/text.hpp>

namespace gongwen::people {

namespace tx = gongwen::text;

// The common surnames, the first character of nearly every official's name:
// what tells `王琛` from `深圳` or `开幕式` in front of a date.
inline constexpr std::u32string_view kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤车楼鲍翁柴应洪"
    U"习饶傅齐康伍易常葛聂庞岳牛乔兰阎骆赖欧俞鲁颜倪殷施祝耿邢温阮褚霍柯凌卓屈蒙翟冉房柳游辛艾詹滕牟晏戚裴童甄祁盛芦查桂纪郁"
    // (Less common ones, none the first character of a common two-character word a line
    // could hold alone: not 关 关于, 安 安全, 文 文件, 全 全市, 单 单位, 解 解决, 项 项目.)
    U"苗宁焦申尚谷费巴荣邬米麦甘阚卜冷喻闵隋储舒樊缪蓝冀郎娄佟宫仲尤刁梅路左危虞谌蔺";
inline bool is_surname(char32_t c) { return kSurnames.find(c) != std::u32string_view::npos; }

// Two-character surnames, which make four-character names (`欧阳修远`).
inline constexpr std::u32string_view kCompoundSurnames[] = {U"欧阳", U"司马", U"上官", U"诸葛", U"东方", U"皇甫", U"尉迟", U"公孙",
                                                          U"慕容", U"长孙", U"宇文", U"司徒", U"令狐", U"夏侯", U"端木", U"独孤"};

// A personal name as texts print it, spaces ignored (`王琛`, `王  琛`, `欧阳修远`): a
// surname and one or two Han characters, or a compound surname and two. Not
// any short Han run (`深圳`, `技术革命`, `市委`).
inline bool personal_name(std::string_view s) {
  std::u32string name;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = tx::next_cp(s, i);
    if (tx::is_space(c)) continue;
    if (!tx::is_han(c) || name.size() == 4) return false;
    name.push_back(c);
  }
  if (name.size() < 2) return false;
  // Places that open with a surname's character (`江苏：在…`, `温州`, `徐州市`).
  if (name.size() <= 3 && std::u32string_view(U"州市县区省镇乡村").find(name.back()) != std::u32string_view::npos) return false;
  for (std::u32string_view place : {U"江苏", U"江西", U"武汉"})
    if (std::u32string_view(name) == place) return false;
  if (!is_surname(name[0])) {
    if (name.size() != 4) return false;
  } else if (name.size() <= 3) {
    return true;
  }
  for (auto c : kCompoundSurnames)
    if (std::u32string_view(name).substr(0, 2) == c) return true;
  return false;
}

// An office inside an institution, named without it (`国际合作与交流处`, `教务处`, `信息技术部`):
// short, no place (a government's bureau names its place, `某市财政局`).
inline bool internal_office(std::string_view s) {
  if (text::char_count(s) > 12) return false;
  for (std::string_view place : {"省", "市", "县", "区", "国家", "中国", "中华", "中共"})
    if (s.find(place) != std::string_view::npos) return false;
  for (std::string_view end : {"处", "科", "室", "办公室", "部", "中心"})
    if (text::ends_with(s, end)) return true;
  return false;
}

// An organ's name (`国务院办公厅`, `某某市教育局`, `海南大学法学院`, `岳阳市九中`), by how organs'
// names end; several joined by 、 (`中共中央、国务院`); not `你院`/`我委`, which name the
// addressee or the writer. Spaces squeezed out by the caller.
inline bool organ_like(std::string_view t) {
  // `你院`, `贵局`, `我委` name the addressee or the writer, not an organ. (贵州, 贵阳 and 本溪 are
  // places: 贵 and 本 are pronouns only before an organ's or a place's word.)
  for (std::string_view p : {"你", "我", "该"})
    if (tx::starts_with(t, p)) return false;
  for (std::string_view p : {"贵", "本"})
    if (tx::starts_with(t, p)) {
      std::size_t k = p.size();
      char32_t next = k < t.size() ? tx::next_cp(t, k) : U'\0';
      if (std::u32string_view(U"市县区省镇乡局院委厅部司校会办单公中所站处室组队行社机街级集分支馆学协").find(next) != std::u32string_view::npos || next == U'\0')
        return false;
    }
  static const std::string_view ends[] = {"院", "署", "部", "局", "委", "厅", "会", "府", "司", "办", "室", "处", "中心",
                                          "公司", "集团", "队", "组", "所", "站", "校", "学院", "大学", "办公室", "委员会",
                                          "政府", "单位", "机关", "党组", "支部", "总支", "街道", "镇", "乡", "县", "市", "省", "区", "馆",
                                          // a plenum signs what it adopted (`中国共产党第十二届中央委员会第四次全体会议`)
                                          "全体会议", "主席团",
                                          // banks and their branches, corps, customs, press and broadcasters
                                          "银行", "总行", "分行", "支行", "总部", "兵团", "海关", "监狱", "社", "电视台", "气象台",
                                          // schools
                                          "中学", "小学", "幼儿园",
                                          // people's organisations by their short names
                                          "妇联", "残联", "科协", "作协", "文联", "侨联", "台联", "工商联", "社科联", "团中央",
                                          "最高法", "最高检"};
  for (auto e : ends)
    if (tx::ends_with(t, e)) return true;
  // A school by its number (`岳阳市九中`, `杭州十四中`).
  if (tx::ends_with(t, "中") && t.size() > 6) {
    std::size_t k = t.size() - 3;
    if (tx::is_cn_numeral(tx::prev_cp(t, k))) return true;
  }
  // The Party's centre names itself without an organ word.
  for (std::string_view n : {"中共中央", "党中央", "中央", "中央文革", "中央军委"})  // (`中央`: as it signed until the 1950s)
    if (t == n) return true;
  // Joint issuers in one line: `中共中央、国务院、中央军委`.
  if (auto d = t.find("、"); d != std::string_view::npos && d > 0) {
    for (std::size_t b = 0; b <= t.size();) {
      std::size_t e = t.find("、", b);
      if (e == std::string_view::npos) e = t.size();
      auto part = t.substr(b, e - b);
      if (part.empty() || part.find("、") != std::string_view::npos || !organ_like(part)) return false;
      b = e + 3;
    }
    return true;
  }
  return false;
}

// A speaker line: `陈玲玲`, `■ 徐文光`, `■林晓峰`.
inline std::optional<std::string_view> speaker_line(std::string_view s) {
  std::string_view v = s;
  if (tx::starts_with(v, "■")) v = tx::trim(v.substr(3));
  std::size_t n = 0;
  for (std::size_t i = 0; i < v.size();) {
    char32_t c = tx::next_cp(v, i);
    if (tx::is_space(c)) continue;  // padded names `叶 骏`
    if (!tx::is_han(c)) return std::nullopt;
    ++n;
  }
  if (n < 2 || n > 4) return std::nullopt;
  return v;
}

// The words a byline opens with: a label (`文／`, `作者：`) or a reporter's role (`本刊记者`),
// longest first. The host's splitter reads bylines with them too.
inline constexpr std::string_view kBylineLabels[] = {"文·图/", "文图/", "图文/", "撰文/", "撰文：", "撰稿/", "口述/", "整理/", "作者：", "作者:",
                                                     "作者／", "作者/", "作者｜", "文／", "文/", "文｜", "文|", "文丨", "文：", "文:"};
inline constexpr std::string_view kBylineRoles[] = {"本刊特约评论员", "本刊特约记者", "本报特约记者", "特约评论员", "本刊评论员", "本刊通讯员",
                                                    "特约通讯员", "特约撰稿人", "本刊记者", "本报记者", "特约记者", "见习记者", "通讯员", "记者"};

// A byline as magazines print it under a title: a mark, a label or a role, then the unit
// and the names (`□ 本刊记者　王明远`, `文／中共某某县委组织部　李晓红`, `■ 衢江区委组织部`,
// `作者：赵丽萍`, `王　琛`). Several names are parted by spaces or 、.
struct Byline {
  std::string unit;                // the organ that signs or where the author works
  std::vector<std::string> names;  // the authors, in order
};
inline std::optional<Byline> byline(std::string_view s) {
  std::string_view v = tx::trim(s);
  if (tx::char_count(v) > 30) return std::nullopt;
  bool marked = false;
  for (std::string_view mark : {"■", "□", "◎", "●", "◆", "★", "▲"})
    if (tx::starts_with(v, mark)) v = tx::trim(v.substr(mark.size())), marked = true;
  for (std::string_view label : kBylineLabels)
    if (tx::starts_with(v, label)) {
      v = tx::trim(v.substr(label.size()));
      marked = true;
      break;
    }
  for (std::string_view role : kBylineRoles)
    if (tx::starts_with(v, role)) {
      v = tx::trim(v.substr(role.size()));
      marked = true;
      break;
    }
  Byline b;
  if (std::string whole = tx::strip_spaces(v); personal_name(whole)) {  // `王　琛`, letter-spaced
    b.names.push_back(whole);
    return b;
  }
  std::string token, single;  // single: a name's first character set apart from its second (`张　明`)
  bool ok = true;
  auto flush = [&] {
    if (token.empty()) return;
    if (tx::char_count(token) == 1 && single.empty()) {
      single = std::move(token);
      token.clear();
      return;
    }
    if (!single.empty()) {
      if (tx::char_count(token) == 1) token = single + token;
      else ok = false;
      single.clear();
    }
    if (personal_name(token)) b.names.push_back(token);
    else if (b.unit.empty() && b.names.empty() && tx::char_count(token) >= 4 && organ_like(token)) b.unit = token;
    else ok = false;
    token.clear();
  };
  for (std::size_t i = 0; i < v.size();) {
    std::size_t at = i;
    char32_t c = tx::next_cp(v, i);
    if (tx::is_space(c) || c == U'、' || c == U'，') flush();
    else if (tx::is_han(c)) token.append(v.substr(at, i - at));
    else return std::nullopt;
  }
  flush();
  // (A bare organ's name is a heading as often as a byline: only after a mark or a label.)
  if (!ok || !single.empty() || (b.names.empty() && (b.unit.empty() || !marked))) return std::nullopt;
  return b;
}

// Positions that follow a name (`张建国副市长`) or precede it (`市长 李明`).
inline constexpr std::string_view kPositions[] = {"国务院总理", "副总理", "总理", "常务副市长", "副市长", "市长", "总书记", "副书记", "书记", "副省长", "省长", "副县长", "县长", "副区长",
                                        "区长", "副主任", "主任", "副部长", "部长", "副局长", "局长", "副厅长", "厅长", "主席",
                                        "副主席", "院长", "校长", "副委员长", "委员长", "常委", "委员", "总经理", "董事长", "处长", "镇长", "乡长", "组长", "州长", "旗长", "盟长",
                                        // associations, banks, courts and procuratorates, ministries' departments, companies
                                        "副会长", "会长", "副秘书长", "秘书长", "副理事长", "理事长", "副行长", "行长", "副司长", "司长",
                                        "检察长", "庭长", "所长", "社长", "署长", "副总裁", "总裁",
                                        // who speaks for a body at a ceremony (`教师代表 刘某`, `学生代表`)
                                        "教师代表", "学生代表", "家长代表", "校友代表", "员工代表", "党员代表"};

// `张建国副市长` → {张建国, 副市长}: a 2–4 character name, then a position.
inline std::optional<std::pair<std::string, std::string>> name_then_position(std::string_view s) {
  std::string q = tx::strip_spaces(s);
  std::size_t best = std::string::npos;
  for (auto p : kPositions) {
    auto at = q.find(p);
    if (at != std::string::npos && at < best) best = at;
  }
  if (best == std::string::npos) return std::nullopt;
  std::string name = q.substr(0, best);
  if (!personal_name(name)) return std::nullopt;  // not `市委书记`
  return std::make_pair(name, q.substr(best));
}

// `市委副书记、市长 李明`: a position, a space, a 2–4 character name.
inline std::optional<std::pair<std::string, std::string>> position_then_name(std::string_view s) {
  auto t = tx::trim(s);
  std::size_t sp = std::string_view::npos;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t k = i;
    if (tx::is_space(tx::next_cp(t, k))) sp = i;
    i = k;
  }
  if (sp == std::string_view::npos) return std::nullopt;
  std::string_view pos = tx::trim(t.substr(0, sp)), name = tx::trim(t.substr(sp));
  std::string nm = tx::strip_spaces(name);
  std::size_t n = tx::char_count(nm);
  if (n < 2 || n > 4 || tx::char_count(pos) > 30) return std::nullopt;
  for (std::size_t i = 0; i < nm.size();)
    if (!tx::is_han(tx::next_cp(nm, i))) return std::nullopt;
  bool position = false;
  for (auto p : kPositions) position |= tx::ends_with(pos, p);
  if (!position) return std::nullopt;
  return std::make_pair(nm, std::string(pos));
}

// `市长王建华`, `国务院总理李强`: a position glued to the name after it (a headline's way,
// `市长王建华在…会议上的讲话`). The name is what follows the last position word: 2–3 Han.
inline std::optional<std::pair<std::string, std::string>> position_glued_name(std::string_view s) {
  std::string q = tx::strip_spaces(s);
  if (tx::char_count(q) > 30) return std::nullopt;
  std::size_t best = std::string::npos;
  for (auto p : kPositions)
    for (std::size_t at = q.find(p); at != std::string::npos; at = q.find(p, at + 1))
      if (best == std::string::npos || at + p.size() > best) best = at + p.size();
  if (best == std::string::npos || best >= q.size()) return std::nullopt;
  std::string name = q.substr(best);
  if (!personal_name(name) || tx::char_count(name) > 3) return std::nullopt;
  return std::make_pair(name, q.substr(0, best));
}

// The verbs a lead reports a document's issue with, right before its name in 《》 (`…组织制定了《T》`,
// `印发《T》`): longest first.
inline constexpr std::string_view kReleasingVerbs[] = {"组织制定了", "印发了", "发布了", "制定了", "出台了", "公布了",
                                                       "组织制定", "印发", "发布", "制定", "出台", "公布"};

// The organs a news lead says issued the document it names in 《》: `…，卫生部组织制定了《T》`,
// `新华社北京7月29日电 近日，中共中央办公厅、国务院办公厅印发了《T》`: the words before the verb,
// back to the clause's start (a dateline's 电, 近日/日前 left out), when each part between 、
// is an organ's name (spaces squeezed out by the caller); else empty. (A lead whose 《》 a crawler
// stripped names the title bare: `…国务院办公厅印发了关于…的意见，并发出通知`.)
inline std::string releasing_organs(std::string_view lead, std::string_view title) {
  if (title.empty()) return {};
  const std::string wanted = "《" + std::string(title) + "》";
  for (std::string_view verb : kReleasingVerbs) {
    auto at = lead.find(std::string(verb) + wanted);
    if (at == std::string_view::npos) at = lead.find(std::string(verb) + std::string(title));
    if (at == std::string_view::npos) continue;
    std::string_view before = lead.substr(0, at);
    for (std::string_view when : {"日前", "近日", "最近", "近期"})  // (`…国务院办公厅日前印发了`)
      if (tx::ends_with(before, when)) before.remove_suffix(when.size());
    std::size_t cut = 0;
    for (std::string_view mark : {"，", ",", "。", "日电", "：", "日前", "近日", "最近", "近期"})
      if (auto p = before.rfind(mark); p != std::string_view::npos) cut = std::max(cut, p + mark.size());
    std::string_view organs = before.substr(cut);
    return !organs.empty() && organ_like(organs) ? std::string(organs) : std::string();
  }
  return {};
}

}  // namespace gongwen::people
