// A 公文 without its title: the body alone, as a CMS keeps it in its content
// field or a scraper in its text column while the title sits in another. Its
// own formulas still name its 文种: the turn to its matter
// (`现将有关事项通知如下：`, `现就…通告如下`, `提出以下意见：`, an issuing notice's
// `现将《…》印发给你们`) and its close
// (`特此通知`, `此复`, `此函`, `特此函告`, `妥否，请批示`).
//
// Or a title that is its 文种 alone (`通报`, `通　知`), which only the 主送 line
// under it tells from a column label.
//
// Invariant: the 文种 comes from the document's words, never from a guess;
// without such a formula or title there is no 文种 (the caller then has no 公文).
#include "detail.hpp"

#include <array>
#include <utility>

namespace gongwen::official {

namespace tx = gongwen::text;
using gongwen::text::contains;
using structure::Paragraph;

namespace {

const DocType* type_named(std::string_view chinese) {
  for (const auto& t : doc_types())
    if (t.chinese == chinese) return &t;
  return nullptr;
}

// The close of a 公文, ending its paragraph; the 文种 it names.
constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kClosings = {{
    {"特此通知", "通知"}, {"特此公告", "公告"}, {"现予公告", "公告"}, {"特此通告", "通告"}, {"特此通报", "通报"},
    {"特此报告", "报告"}, {"特此批复", "批复"}, {"此复", "批复"}, {"特此函告", "函"}, {"特此函复", "函"}, {"此函", "函"},
    {"特此复函", "函"}, {"特此回函", "函"},
    {"妥否，请批示", "请示"}, {"请批示", "请示"}, {"请审批", "请示"}, {"特此决定", "决定"},
}};

// `现将…X如下` / `现就…X如下` (or `具体X如下：` ending its paragraph): the 文种 X the turn names.
// (`现批复如下`, `特通知如下`: the turn with the verb alone, at any place in its paragraph.)
constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kTurns = {{
    {"通知如下", "通知"}, {"公告如下", "公告"}, {"通告如下", "通告"}, {"通报如下", "通报"}, {"报告如下", "报告"},
    {"决定如下", "决定"}, {"批复如下", "批复"}, {"函告如下", "函"}, {"意见如下", "意见"}, {"请示如下", "请示"},
    {"函复如下", "函"},
    // (Or the document announced before it: `经研究决定，特发出以下通知：`.)
    {"以下通知", "通知"}, {"以下通告", "通告"}, {"以下公告", "公告"},
    // (A body addressed to organs that sets them requirements: `特对…工作提出如下要求：`.)
    {"提出如下要求", "通知"}, {"要求如下", "通知"},
}};

}  // namespace

std::span<const std::pair<std::string_view, std::string_view>> closing_formulas() { return kClosings; }

bool instrument_titled(const std::vector<Paragraph>& ps, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to && i < ps.size(); ++i) {
    std::string_view t = tx::trim(ps[i].text);
    if (tx::more_visible_than(t, 60) || contains(t, "。") || contains(t, "，") || contains(t, "：") || tx::han_count(t) < 6) continue;
    std::string line = tx::strip_spaces(t);
    for (std::string_view standing : {"（试行）", "(试行)", "（暂行）", "(暂行)"})
      if (tx::ends_with(line, standing)) line.resize(line.size() - standing.size());
    for (std::string_view w : {"办法", "细则", "规定", "条例", "规则", "章程", "准则", "规程"})
      if (tx::ends_with(line, w) && !tx::ends_with(line, "关于" + std::string(w))) return true;
  }
  return false;
}

bool signed_close(const std::vector<Paragraph>& ps, std::size_t from) {
  // (From the end: a page's notes may follow the date, `(责任编辑:…)`, six paragraphs at most.)
  for (std::size_t d = ps.size(); d-- > from + 2 && d + 7 >= ps.size();) {
    if (!tx::whole_date(ps[d].text)) continue;
    std::size_t organs = 0, k = d;
    while (k > from + 1 && organs < 3 && !tx::more_visible_than(ps[k - 1].text, 40) && organ_like(detail::squeeze(ps[k - 1].text))) --k, ++organs;
    std::string close = detail::squeeze(ps[k - 1].text);
    for (std::string_view mark : {"。", "!", "！"})
      if (tx::ends_with(close, mark)) close.resize(close.size() - mark.size());
    if (organs == 0) return false;
    for (auto [formula, type] : kClosings)
      if (close == formula) return true;
    return false;
  }
  return false;
}

bool public_notice_turn(std::string_view t, std::string_view next) {
  bool put = false;
  for (std::string_view act : {"予以公示", "现予公示", "进行公示", "特此公示", "公示如下"}) put |= t.find(act) != std::string_view::npos;
  auto timed = [](std::string_view s) {
    return s.find("公示期") != std::string_view::npos || s.find("公示时间") != std::string_view::npos ||
           s.find("有异议") != std::string_view::npos || s.find("不同意见") != std::string_view::npos;
  };
  // (Or a paragraph opening with its time, the objections it asks for after it: `公示期自…至…。公示期间有何异议，请向…反映`.)
  auto objections = [](std::string_view s) { return s.find("异议") != std::string_view::npos || s.find("不同意见") != std::string_view::npos; };
  std::string_view opens = gongwen::text::trim(t);
  bool period = opens.starts_with("公示期") || opens.starts_with("公示时间");
  return (put && (timed(t) || timed(next))) || (period && (objections(t) || objections(next)));
}

bool published_circular(std::string_view t) {
  for (std::string_view act : {"进行通报", "予以通报", "公开通报", "通报如下"})
    if (auto at = t.find(act); at != std::string_view::npos && t.find("如下", at) != std::string_view::npos) return true;
  // (A discipline body's cases as its site prints them, `近日省纪委通报5起…典型问题,分别是:`: the count
  // right after 通报, the cases the paragraph turns to.)
  std::string_view end = gongwen::text::trim(t);
  if (!end.ends_with("分别是：") && !end.ends_with("分别是:")) return false;
  for (auto at = t.find("通报"); at != std::string_view::npos; at = t.find("通报", at + 6)) {
    auto count = t.find("起", at);
    if (count != std::string_view::npos && count - at <= 6 + 3 * 3 && t.find("问题", count) != std::string_view::npos) return true;
  }
  return false;
}

std::size_t matter_turn(std::string_view t) {
  auto turn = std::min(t.find("现将"), t.find("现就"));
  return turn != std::string_view::npos && t.find("如下", turn) != std::string_view::npos ? turn : std::string_view::npos;
}

namespace {
// 公告 and 通告, often confused: a close (`特此公告`) gives way to the word the body names itself by
// more often, in its turn and its rules (`现将有关事宜通告如下`, `违反本通告规定…`).
std::string_view announced_as(const std::vector<Paragraph>& ps, std::size_t from, std::string_view closed) {
  if (closed != "公告" && closed != "通告") return closed;
  std::string_view other = closed == "公告" ? "通告" : "公告";
  auto count = [&](std::string_view word) {
    std::size_t n = 0;
    const std::string forms[] = {std::string(word) + "如下", "本" + std::string(word)};
    for (std::size_t i = from; i < ps.size() && i < from + 40; ++i)
      for (const auto& f : forms)
        for (auto at = ps[i].text.find(f); at != std::string_view::npos; at = ps[i].text.find(f, at + f.size())) ++n;
    return n;
  };
  return count(other) > count(closed) + 1 ? other : closed;
}
}  // namespace

const DocType* doc_type_by_acts(const std::vector<Paragraph>& ps, std::size_t from, std::size_t end) {
  end = std::min(end, ps.size());
  // (The ask closes the body: its last paragraph.)
  if (end > from)
    for (std::string_view ask : {"申请解决", "申请拨付", "恳请", "请予批准", "请批准", "请予解决", "请予支持", "请予审批"})
      if (contains(ps[end - 1].text, ask)) return type_named("请示");
  for (std::size_t i = from; i < end && i < from + 40; ++i)
    for (std::string_view act : {"给予表彰", "予以表彰", "通报表扬", "通报批评", "给予通报"})
      if (contains(ps[i].text, act)) return type_named("通报");
  return type_named("通知");
}

const DocType* plenum_communique(const std::vector<Paragraph>& ps, std::size_t from) {
  bool held = false;
  for (std::size_t i = from; i < ps.size() && i < from + 4 && !held; ++i)
    held = contains(ps[i].text, "全体会议") && contains(ps[i].text, "举行") && tx::starts_with(tx::trim(ps[i].text), "中国共产党");
  if (!held) return nullptr;
  std::size_t speaks = 0;
  for (std::size_t i = from; i < ps.size() && i < from + 80; ++i) speaks += tx::starts_with(tx::trim(ps[i].text), "全会");
  return speaks >= 4 ? type_named("公报") : nullptr;
}

const DocType* doc_type_of_body(const std::vector<Paragraph>& ps, std::size_t from) {
  if (from >= ps.size()) return nullptr;
  // From the end: the close is the last formula (page chrome may follow it, 60 paragraphs at most).
  for (std::size_t i = ps.size(); i-- > from && i + 60 >= ps.size();) {
    std::string t = detail::squeeze(ps[i].text);
    for (auto [formula, type] : kClosings) {
      auto at = t.find(formula);
      // The formula closes its paragraph (`特此通知。`) and opens its sentence (after 。 or
      // at the start): `…答复如下，此复` quotes no close.
      if (at == std::string::npos || tx::char_count(std::string_view(t).substr(at)) > tx::char_count(formula) + 1) continue;
      std::string_view before = std::string_view(t).substr(0, at);
      if (before.empty() || tx::ends_sentence(before)) return type_named(announced_as(ps, from, type));
    }
    // Or the last sentence looks back on the whole (`以上通知，希认真执行。`, `以上请示，请予审批。`).
    // (Not `以上意见，恳请采纳`: a defence or a speech closes so as often.)
    for (std::string_view kind : {"通知", "报告", "请示"}) {
      std::string lead = "以上" + std::string(kind);
      auto at = t.rfind(lead);
      if (at == std::string::npos || tx::char_count(std::string_view(t).substr(at)) > 24) continue;
      std::string_view rest = std::string_view(t).substr(at + lead.size()), before = std::string_view(t).substr(0, at);
      if ((tx::starts_with(rest, "，") || tx::starts_with(rest, ",")) && (before.empty() || tx::ends_sentence(before))) return type_named(kind);
    }
  }
  for (std::size_t i = from; i < ps.size() && i < from + 40; ++i) {
    std::string_view t = ps[i].text;
    if (contains(t, "提出以下意见") || contains(t, "提出如下意见")) return type_named("意见");
    // A 通报's act in its own words (`经研究，决定通报表扬…`, `决定对…予以通报批评`).
    if (auto at = t.find("决定"); at != std::string_view::npos)
      for (std::string_view act : {"通报表扬", "通报批评", "通报表彰"})  // (not `予以通报`: a 决定's sanction is made known so)
        if (auto a = t.find(act, at); a != std::string_view::npos && tx::char_count(t.substr(at, a - at)) <= 80 &&
                                      !contains(t.substr(at, a - at), "。"))
          return type_named("通报");
    // A 决定's own act (`决定授予…荣誉称号`, `决定给予…处分`), when nothing makes it known as a 通报.
    if (contains(t, "决定授予") || contains(t, "决定给予") || contains(t, "决定任命") || contains(t, "决定免去")) return type_named("决定");
    // (Or the act a paragraph of its own under the decision's turn: `…县委、县政府决定：` / `授予某镇…`.)
    if (std::string_view end = tx::trim(t); (tx::ends_with(end, "决定：") || tx::ends_with(end, "决定:")) && i + 1 < ps.size())
      for (std::string_view act : {"授予", "给予", "任命", "免去", "追授"})
        if (std::string_view next = tx::trim(ps[i + 1].text); tx::starts_with(next, act))
          return type_named(contains(next, "通报表扬") || contains(next, "通报批评") || contains(next, "通报表彰") ? "通报" : "决定");
    // A deputy's proposal or a member's motion answered (`你们提出的关于…的提案已收悉。现答复如下：`): a 函.
    // (The motion is what was received, `…的提案已收悉`, `《…的建议》收悉`; not `…建议方案的请示收悉`, a 批复's.)
    if (auto got = t.find("收悉"); got != std::string_view::npos && t.find("答复如下", got) != std::string_view::npos)
      for (std::string_view motion : {"建议", "提案", "议案"})
        if (auto at = t.substr(0, got).rfind(motion); at != std::string_view::npos && tx::char_count(t.substr(at + motion.size(), got - at - motion.size())) <= 2)
          return type_named("函");
    // An issuing or forwarding notice hands its document on (`现将《…方案》印发给你们，请…`).
    for (std::string_view hand : tx::kHandOnWords)
      if (contains(t, hand)) return type_named("通知");
    // The turn ends its paragraph whatever leads to it (`具体通知如下：`, `特通知如下：`,
    // `有关申报事宜通知如下。`).
    std::string_view end = tx::trim(t);
    for (std::string_view colon : {"：", ":", "。"})
      if (tx::ends_with(end, colon)) end.remove_suffix(colon.size());
    if (end.size() != tx::trim(t).size())
      for (auto [words, type] : kTurns)
        if (tx::ends_with(end, words)) return type_named(type);
    for (auto [words, type] : kTurns)
      for (std::string_view lead : {"现", "特"})
        if (auto at = t.find(words); at != std::string_view::npos && at >= lead.size() && t.substr(at - lead.size(), lead.size()) == lead)
          return type_named(type);
    if (published_circular(t)) return type_named("通报");
    if (public_notice_turn(t, i + 1 < ps.size() ? ps[i + 1].text : std::string_view())) return type_named("公示");
    auto turn = matter_turn(t);
    if (turn == std::string_view::npos) continue;
    for (auto [words, type] : kTurns)
      if (t.find(words, turn) != std::string_view::npos) return type_named(type);
  }
  // Last, the body naming itself (`按照本通知公布的审批结果`, `本公告自发布之日起施行`): 本 opens
  // its phrase (not `基本意见`, `根本决定`): after a clause mark or a preposition, or first.
  for (std::size_t i = from; i < ps.size() && i < from + 40; ++i)
    for (std::string_view word : {"通知", "公告", "通告", "通报", "意见", "决定", "批复"}) {
      std::string self = std::string("本").append(word);
      std::string_view t = ps[i].text;
      for (auto at = t.find(self); at != std::string_view::npos; at = t.find(self, at + 3)) {
        std::size_t k = at;
        char32_t before = at ? tx::prev_cp(t, k) : U'，';
        if (!tx::is_han(before) || std::u32string_view(U"照据将对自在把经依按与及和从由").find(before) != std::u32string_view::npos)
          return type_named(word);
      }
    }
  return nullptr;
}

// A line of a page's facts about what it shows: its time, its source, its author, its
// counter (`2022-09-09 16:49`, `信息来源:机关`, `浏览次数:`), short and no sentence.
// Or a sample site's word about it (`下文是小编收集的…的请示，欢迎阅读！`), or the count of the
// site's first sample under it (`一`).
static bool page_fact_line(std::string_view line) {
  auto t = tx::trim(line);
  if (!tx::more_visible_than(t, 120) && (contains(t, "小编") || contains(t, "欢迎阅读") || contains(t, "仅供参考"))) return true;
  std::string q = detail::squeeze(t);
  std::size_t k = 0;
  if (tx::char_count(q) == 1 && tx::cn_digit(tx::next_cp(q, k)) > 0) return true;
  if (t.empty() || tx::more_visible_than(t, 40) || contains(t, "。") || contains(t, "，")) return false;
  // (A timestamp alone, a link, a rule, `来源：…`: what is never a title is no 主送 either.)
  if (detail::never_title_line(t)) return true;
  if (!contains(t, ":") && !contains(t, "：")) return false;
  for (std::string_view label : {"时间", "日期", "来源", "作者", "浏览", "点击", "阅读", "发布", "字号", "编辑", "栏目"})
    if (contains(t, label)) return true;
  return false;
}

Title detail::bare_type_title(const std::vector<Paragraph>& ps, std::size_t from) {
  Title title;
  // A list's row that keeps only the title, and the title is the 文种 (`通 告`): all there is says it.
  if (from + 1 == ps.size())
    if (std::string word = detail::squeeze(ps[from].text); tx::char_count(word) <= 2)
      if (const DocType* type = type_named(word)) {
        title.found = {std::move(word), ps[from].offset};
        title.type = type;
        title.last_paragraph = from;
        return title;
      }
  for (std::size_t i = from; i + 1 < ps.size() && i < from + 6; ++i) {
    std::string word = detail::squeeze(ps[i].text);
    word.resize(structure::undecorated_end(word));  // (`修建道路请示范文 篇1`)
    const DocType* type = tx::char_count(word) <= 2 ? type_named(word) : nullptr;
    // Or a short title without 关于 that ends with its 文种 (`道路维修请示`, as 范文 sites name
    // theirs): only its 主送 under it tells it from a column's label.
    bool short_title = false;
    if (!type && tx::char_count(word) <= 20 && !contains(word, "关于") && !contains(word, "：") && !contains(word, "，"))
      for (const auto& t : doc_types())
        if (tx::char_count(t.chinese) >= 2 && tx::ends_with(word, t.chinese) && word.size() > t.chinese.size()) type = &t, short_title = true;
    if (!type) continue;
    // (A site's lines of its facts between them, `时间: 02-22 作者:某某 栏目:请示`, `2022-09-09 16:49`,
    // `浏览次数:`, `信息来源:机关`: three at most.)
    std::size_t under = i + 1;
    while (under + 1 < ps.size() && under < i + 4 && page_fact_line(ps[under].text)) ++under;
    // A 主送 names organs (`各部门、各店铺：`): no clause (`记者从…获悉，…如下：`), no
    // salutation (`各位代表：`, `同志们：`).
    std::string_view next = tx::trim(ps[under].text);
    bool addressed = (tx::ends_with(next, "：") || tx::ends_with(next, ":")) && tx::char_count(next) <= 60 && !contains(next, "。") &&
                     !contains(next, "，") && !contains(next, ",") && matter_turn(next) == std::string_view::npos &&
                     !tx::starts_with(next, "各位") && !tx::starts_with(next, "尊敬") &&
                     !tx::starts_with(next, "亲爱") && !contains(next, "同志") && !contains(next, "记者");
    // A notice to an organ's public (`通知` over `尊敬的用户：`) opens with a salutation as a
    // speech does; the organ signing and dating its last lines tells it from one.
    if (!addressed && !short_title && (tx::starts_with(next, "尊敬的") || tx::starts_with(next, "亲爱的")) &&
        (tx::ends_with(next, "：") || tx::ends_with(next, ":")) && tx::char_count(next) <= 20)
      for (std::size_t d = ps.size(); d-- > under + 1 && d + 3 >= ps.size();)
        if (whole_date(ps[d].text)) {
          addressed = organ_like(detail::squeeze(ps[d - 1].text));
          break;
        }
    // A 通告 or 公告 is addressed to no one: its body opens under it, and its formula names it
    // (`现就有关事项通告如下：`, `特此公告。`).
    bool announced = false;
    if (word == "通告" || word == "公告") {
      const std::string formulas[] = {word + "如下", "特此" + word, "现予" + word};
      for (std::size_t k = i + 1; k < ps.size() && k < i + 40 && !announced; ++k)
        for (const auto& f : formulas) announced |= contains(ps[k].text, f);
    }
    if (short_title && !addressed) continue;
    if (!addressed && !announced) break;
    title.found = {std::move(word), ps[i].offset};
    title.type = type;
    title.last_paragraph = i;
    break;
  }
  return title;
}

Title detail::organ_over_type(const std::vector<Paragraph>& ps, std::size_t i) {
  Title title;
  if (i + 1 >= ps.size() || tx::more_visible_than(ps[i].text, 40)) return title;
  std::string organ = detail::squeeze(ps[i].text), alone = detail::squeeze(ps[i + 1].text);
  // (The 文种s an organ alone heads; `通知` alone is a column's label as often.)
  if ((alone != "公告" && alone != "通告" && alone != "公报" && alone != "命令") || !organ_like(organ)) return title;
  // A site's column (`某某市人民政府` / `公告` over `关于…的通知`) heads another title.
  for (std::size_t j = i + 2; j < ps.size() && j < i + 5; ++j) {
    std::string q = detail::squeeze(ps[j].text);
    if (contains(q, "关于") && !contains(q, "。") && tx::char_count(q) <= 80 && doc_type_of_title(q)) return title;
  }
  title.type = type_named(alone);
  title.found = {organ + alone, ps[i].offset};
  title.paragraphs = 2;
  title.last_paragraph = i + 1;
  return title;
}

}  // namespace gongwen::official
