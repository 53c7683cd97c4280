// Cleaning: layouts, furniture, spacing, offset map — on small texts written
// for the test and on the real corpus when it is present.
#include <catch2/catch.hpp>

#include <gongwen/text.hpp>

#include "clean/cleaner.hpp"
#include "helpers.hpp"

using namespace gongwen::host;
using testing::read_text;

TEST_CASE("hard-wrapped lines are joined into paragraphs, CJK without spaces") {
  std::string src =
      "关于做好年度考核工作的讲话 \n\n"
      "这次会议的主要任务是，总结去年全县组织工作，部署今\n\n"
      "年重点任务，动员全县组织系统进一步统一思想、明确\n\n"
      "目标、狠抓落实，推动各项工作取得新成效。 \n\n"
      " — 2 — \n\n"
      "一、认清形势，切实增强做好组织工作的责任感 \n\n"
      "过去一年，全县组织系统坚持以党的政治建设为统领，\n\n"
      "扎实推进干部队伍建设和基层组织建设，成效明显。 \n";
  auto doc = read_text(src);
  REQUIRE_FALSE(doc.error);
  CHECK(doc.origin->layout == "hard-wrapped");
  CHECK(doc.text.find("部署今年重点任务") != std::string::npos);
  CHECK(doc.text.find("— 2 —") == std::string::npos);
  CHECK(doc.text.find("\n一、认清形势") != std::string::npos);
  // Positions survive the joins: 年重点任务 starts on source line 5.
  auto p = doc.text.find("年重点任务");
  CHECK(doc.line_of(p) == 5);
  CHECK(doc.line_of(doc.text.find("一、认清形势")) == 11);
}

TEST_CASE("furniture and spacing repairs") {
  auto doc = read_text(
      "卷 首 语\n\n会议于2018 年 2 月 6 日召开，共有 500 名党员参加。\n\n出台拟提拔和拟任用##paidbegin##镇党委书记人选。\n\n"
      "详见（下转 10页）下文。\n\n中共某某委员会办公室              2018年2月9日印发\n\n免责声明：文稿来源网络整理。\n文稿发布平台：www.example.cn\n");
  REQUIRE_FALSE(doc.error);
  CHECK(doc.text.find("卷首语") != std::string::npos);
  CHECK(doc.text.find("2018年2月6日") != std::string::npos);
  CHECK(doc.text.find("500名") != std::string::npos);
  CHECK(doc.text.find("拟任用镇党委书记") != std::string::npos);
  CHECK(doc.text.find("下转") == std::string::npos);
  CHECK(doc.text.find("免责声明") == std::string::npos);
  CHECK(doc.text.find("办公室              2018") != std::string::npos);  // wide gaps are separators
  REQUIRE(doc.fields.contains("continuations"));
  CHECK(doc.fields["continuations"][0]["page"] == 10);
  // Full-width punctuation survives (NFC, not NFKC).
  CHECK(doc.text.find("，") != std::string::npos);
}

TEST_CASE("radicals standing for characters are read as the characters") {
  // A text layer printed from Safari: Kangxi radicals (⼈ ⼯ ⽣) and supplement forms (⻔ ⻓).
  auto doc = read_text("中华\u2F08民共和国\u2F2F业和信息化部\n部\u2ED4负责\u2ED3期规划，\u2F63成式服务。\n");
  REQUIRE_FALSE(doc.error);
  CHECK(doc.text == "中华人民共和国工业和信息化部\n部门负责长期规划，生成式服务。\n");
  bool noted = false;
  for (const auto& d : doc.diagnostics) noted |= d.id == "clean.radicals";
  CHECK(noted);
  // Other characters of the U+2xxx rows are left alone (— “ ” ①).
  auto other = read_text("他说：“好——①”。\n");
  CHECK(other.text == "他说：“好——①”。\n");
}

TEST_CASE("a note's offset stays right when two repairs meet at one place") {
  // The NBSP is both layout (→ a space) and damage before a unit (→ removed):
  // one repair is applied, and offsets after it shift by that one only.
  auto doc = read_text("共有2018\u00A0年的记录，（下转第10页）后文。\n");
  REQUIRE_FALSE(doc.error);
  CHECK(doc.text == "共有2018年的记录，后文。\n");
  REQUIRE(doc.fields.contains("continuations"));
  auto offset = doc.fields["continuations"][0]["offset"].get<std::size_t>();
  CHECK(doc.text.substr(0, offset) == "共有2018年的记录，");
}

TEST_CASE("a newspaper's continuation notes name a page (版) and may count in Chinese") {
  // From a work report printed over two pages of a daily: the reprint keeps
  // both notes where the halves meet.
  auto doc = read_text("提供了行动指南。（下转第四版）（紧接第一版） 我们坚持人民至上，(转 12 版)重建。（上接第3页）另起。（转载）（接待10人）\n");
  REQUIRE_FALSE(doc.error);
  CHECK(doc.text.find("下转") == std::string::npos);
  CHECK(doc.text.find("紧接") == std::string::npos);
  CHECK(doc.text.find("12 版") == std::string::npos);
  CHECK(doc.text.find("上接") == std::string::npos);
  CHECK(doc.text.find("（转载）") != std::string::npos);     // not a note: no page
  CHECK(doc.text.find("（接待10人）") != std::string::npos);  // not a note: no 页/版
  const auto& c = doc.fields["continuations"];
  REQUIRE(c.size() == 4);
  CHECK(c[0]["direction"] == "forward");
  CHECK(c[0]["page"] == 4);
  CHECK(c[0]["unit"] == "版");
  CHECK(c[1]["direction"] == "backward");
  CHECK(c[1]["page"] == 1);
  CHECK(c[2]["page"] == 12);
  CHECK(c[3]["direction"] == "backward");
  CHECK(c[3]["unit"] == "页");
}

TEST_CASE("a hard-wrapped issue keeps its rules, its contents lines and its column names apart") {
  // An e-magazine wrapped at 36 characters (华夏文摘's layout): prose is joined,
  // a rule, a contents entry with its author after a wide gap, and a bracketed
  // column name are not.
  std::string prose = "从一九四九年到一九八九年，中国大陆历史中最为怪异的事情之一，就是一方\n"
                      "面不断发生大规模的清洗，另一方面真实发生的事件在民族的集体记忆中几乎\n"
                      "不留痕迹，当事人和目击者缄口不言，史书中一字不提，唯一留下的是宣传。\n";
  auto doc = testing::read_text("————————————————————————————————————\n"
                                "【研究评论】以真实的文革史昭示后人　　　　　　　　　　　　　　徐友渔\n"
                                "【文件选载】关于军队院校无产阶级文化大革命的紧急指示在这里继续写\n"
                                "————————————————————————————————————\n"
                                "【研究评论】\n" + prose + prose);
  REQUIRE_FALSE(doc.error);
  std::vector<std::string> lines;
  for (std::size_t b = 0; b < doc.text.size();) {
    auto e = doc.text.find('\n', b);
    lines.push_back(doc.text.substr(b, e - b));
    b = e + 1;
  }
  REQUIRE(lines.size() >= 6);
  CHECK(lines[1].rfind("【研究评论】以真实的文革史昭示后人", 0) == 0);
  CHECK(lines[1].find("【文件选载】") == std::string::npos);
  CHECK(lines[2].rfind("【文件选载】", 0) == 0);
  CHECK(lines[4] == "【研究评论】");
  CHECK(lines[5].find("就是一方面不断发生") != std::string::npos);  // the prose is joined
}

TEST_CASE("a repeated spaced-out column name is a running head") {
  auto doc = read_text("部 长 笔 谈\n\n第一段正文，讲的是组织工作。\n\n部 长 笔 谈\n\n第二段正文，也讲组织工作。\n\n卷 首 语\n");
  REQUIRE_FALSE(doc.error);
  CHECK(doc.text.find("部长笔谈") == std::string::npos);
  CHECK(doc.text.find("部 长") == std::string::npos);
  CHECK(doc.text.find("卷首语") != std::string::npos);  // once: a label, kept
}

TEST_CASE("a bare page number before a form feed is a folio; a date-and-source line stands alone") {
  // pdftotext -layout: a hard-wrapped page ends with its number, the next page opens with \f.
  std::string text =
      "抓好学生思想培养，播种好中华民族共同体意识的种子；抓好教师素养提升，发挥好立德树人主体作\n"
      "用；抓好学校文化建设，夯实中华民族共同体意识教育的阵地；抓好教育资源开发，讲好故事；\n"
      "\n               6\n"
      "\f抓好理论研究阐释，加强民族学科、智库建设和人才培养，为铸牢中华民族共同体意识作出贡献。\n"
      "\n  学校铸牢中华民族共同体意识教育工作推进会\n"
      "       2023 年 09 月 12 日 中国教育新闻网\n"
      "  中国教育新闻网讯（记者 焦小新）9 月 11 日，教育部、国家民委、共青团中央在云南昆明召开\n"
      "学校铸牢中华民族共同体意识教育工作推进会。教育部党组书记、部长怀进鹏出席会议并讲话。\n"
      "\n        12\n";
  auto doc = read_text(text);
  REQUIRE_FALSE(doc.error);
  CHECK(doc.text.find("6\n") == std::string::npos);
  CHECK(doc.text.find("；6") == std::string::npos);
  CHECK(doc.text.find("12\n") == std::string::npos);
  CHECK(doc.text.find("中国教育新闻网\n") != std::string::npos);  // not joined with the paragraph after it
}

TEST_CASE("a bare number ending a text without page breaks is kept (a table's last cell)") {
  auto doc = read_text("关于调整收费标准的通知\n\n各单位：\n现将调整后的收费标准通知如下。\n\n停车费\n5\n住宿费\n120\n");
  REQUIRE_FALSE(doc.error);
  CHECK(doc.text.find("120") != std::string::npos);
  CHECK(doc.text.find("\n5\n") != std::string::npos);
}

TEST_CASE("WeChat literal is unwrapped and its header becomes fields") {
  auto doc = read_text(testing::slurp(std::string(SOURCE_DIR) + "/samples/docs/wechat_youth_forum.txt"), "w.txt");
  REQUIRE_FALSE(doc.error);
  CHECK(doc.title == "县委组织部召开年轻干部座谈会");
  CHECK(doc.fields["account"] == "青溪组工");
  CHECK(doc.fields["wechat_id"] == "qingxiZG");
  CHECK(doc.fields["date"] == "2024-05-20");
  CHECK(doc.fields["source"] == "青溪组工");
  CHECK(doc.text.find("赞赏") == std::string::npos);
  CHECK(doc.text.find("var first") == std::string::npos);
  CHECK(doc.text.find("28名年轻干部") != std::string::npos);
}

TEST_CASE("HTML pages keep the article and drop scripts and navigation") {
  auto doc = read_text(
      "<!DOCTYPE html><html><head><title>关于开展调研的通知</title><meta name=\"pubdate\" content=\"2023-04-01\">"
      "<script>var x = 1;</script><style>p{}</style></head><body><nav>首页 | 新闻</nav>"
      "<div class=\"content\"><p>各乡镇党委：</p><p>为深入了解基层情况，现将有关事项通知如下。</p></div>"
      "<footer>版权所有</footer></body></html>",
      "page.html");
  REQUIRE_FALSE(doc.error);
  CHECK(doc.title == "关于开展调研的通知");
  CHECK(doc.fields["page_date"] == "2023-04-01");  // the page's date; the document's own is the handler's
  CHECK(doc.text == "各乡镇党委：\n为深入了解基层情况，现将有关事项通知如下。\n");
  CHECK(doc.origin->layout.rfind("html", 0) == 0);
}

TEST_CASE("corpus 001: no folio survives and wrapped sentences are whole") {
  auto path = testing::corpus_file("001_");
  if (path.empty()) { WARN("corpus absent: skipped"); return; }
  auto doc = read_document(path);
  REQUIRE_FALSE(doc.error);
  CHECK(doc.origin->layout == "hard-wrapped");
  CHECK(doc.text.find("— 2 —") == std::string::npos);
  CHECK(doc.text.find("“一二三四”组合拳") != std::string::npos);  // cut across lines 150-152 in the source
  CHECK(doc.line_of(doc.text.find("四、着力锻造")) == 261);
  CHECK(doc.line_of(doc.text.find("第二，着力强化")) == 116);
}

TEST_CASE("corpus 002 and 004: interface text, paywall and footer are gone") {
  auto p2 = testing::corpus_file("002_");
  auto p4 = testing::corpus_file("004_");
  if (p2.empty() || p4.empty()) { WARN("corpus absent: skipped"); return; }
  auto d2 = read_document(p2);
  REQUIRE_FALSE(d2.error);
  for (const char* chrome : {"赞赏", "长按二维码", "网络异常", "getElementById", "已推荐到看一看", "点击边框调出视频工具条"})
    CHECK(d2.text.find(chrome) == std::string::npos);
  CHECK(d2.fields["date"] == "2018-09-13");
  CHECK(d2.fields["account"] == "越城组工");
  CHECK(d2.fields["source"] == "绍兴组工");
  auto d4 = read_document(p4);
  REQUIRE_FALSE(d4.error);
  CHECK(d4.text.find("##paid") == std::string::npos);
  CHECK(d4.text.find("免责声明") == std::string::npos);
  CHECK(d4.text.find("www.wxb.cn") == std::string::npos);
  CHECK(d4.text.find("出台拟提拔和拟任用镇（街道）") != std::string::npos);
}
