// The Lua runtime: handlers, errors with script and line, the sandbox and
// the limits.
#include <catch2/catch.hpp>

#include <lua.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "helpers.hpp"
#include "lua/runtime.hpp"
#include "registry/registry.hpp"

using namespace gongwen::host;

namespace {

std::string write_script(const std::string& name, const std::string& code) {
  // One folder per process: CTest runs test cases in parallel processes.
  auto dir = std::filesystem::temp_directory_path() / ("gongwen-unit-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto p = (dir / name).string();
  std::ofstream(p) << code;
  return p;
}

const char* kHandler = R"(
return {
  name = "probe", version = "1", kinds = {"probe"},
  detect = function(doc) return 0.9 end,
  process = function(doc, ctx)
    %s
  end,
})";

std::string handler_with(const std::string& body) {
  char buf[4096];
  std::snprintf(buf, sizeof buf, kHandler, body.c_str());
  return buf;
}

// Runs a handler whose process() body is `body`; returns the document.
Document run_body(const std::string& body, LuaLimits limits = {}) {
  LuaRuntime rt(limits);
  Registry reg;
  reg.add(rt.load_handler(write_script("probe.lua", handler_with(body))));
  auto doc = testing::read_text("第一段正文。\n第二段正文。\n");
  reg.run(doc, 0.3);
  return doc;
}

}  // namespace

TEST_CASE("a Lua handler reads and writes the document model") {
  auto doc = run_body(R"(
    doc.title = "标题"
    doc.fields.speaker = "陈玲玲"
    doc:set_field("tags", {"a", "b"})
    local s, e = doc.text:find("第二段")
    doc:add_section{level = 1, marker = "一、", title = "第二段", pos = s}
    doc:add_entity{type = "date", text = "x", value = gw.date("2018年2月6日"), pos = s, stop = e}
    doc:diagnostic("warning", "just checking", s)
    assert(doc:line_of(s) == 2)
    assert(gw.number("二十三") == 23)
    assert(gw.len("讲话ab") == 4)
    assert(gw.re.find("第十三条 规定", "第[一二三四五六七八九十]+条") == 1)
    assert(gw.marker("（一）总体").family == "cn_paren")
    assert(gw.trail("您当前的位置:首页>>新闻中心>>基层信息>>内容") and not gw.trail("关于开展安全检查的通知"))
  )");
  REQUIRE_FALSE(doc.error);
  CHECK(doc.kind == "probe");
  CHECK(doc.handler == "probe@lua");
  CHECK(doc.title == "标题");
  CHECK(doc.fields["speaker"] == "陈玲玲");
  CHECK(doc.fields["tags"].size() == 2);
  REQUIRE(doc.sections.size() == 1);
  CHECK(doc.line_of(doc.sections[0].begin) == 2);
  REQUIRE(doc.entities.size() == 1);
  CHECK(doc.entities[0].value == "2018-02-06");
}

TEST_CASE("a script uses the host's heading tree and extractors") {
  LuaRuntime rt;
  Registry reg;
  reg.add(rt.load_handler(write_script("h.lua", handler_with(R"(
    local hs = doc:headings()
    assert(#hs == 3, #hs)
    assert(hs[1].marker == "一、" and hs[1].level == 1 and hs[1].title == "认清形势")
    assert(hs[2].family == "cn_paren" and hs[2].level == 2)
    assert(doc:line_of(hs[3].pos) == 4)
    assert(#doc:headings({"cn_dun"}) == 2)
    assert(doc:extract("dates") == 1)
    local first, last = doc:paragraphs(1), doc:paragraphs(-2)
    assert(#first == 1 and first[1].text == "一、认清形势。")
    assert(#last == 2 and last[1].text == "2018年2月6日开会。" and last[2].text == "二、突出重点。")
    doc.title = doc.entities[1].value
  )"))));
  auto doc = testing::read_text("一、认清形势。\n（一）抓好学习。\n2018年2月6日开会。\n二、突出重点。\n");
  reg.run(doc, 0.3);
  REQUIRE_FALSE(doc.error);
  CHECK(doc.title == "2018-02-06");
}

TEST_CASE("doc:hits gives a keyword's positions from the scan, and any word's by searching") {
  LuaRuntime rt;
  Registry reg;
  // The gate's words are scanned once before detect; 正文 is not a keyword.
  reg.add(rt.load_handler(write_script("hits.lua", R"(
return {
  name = "hits", version = "1", kinds = {"hits"}, keywords = {"会议", "纪要"},
  detect = function(doc) return #doc:hits("会议") >= 2 and 0.9 or 0 end,
  process = function(doc, ctx)
    local h = doc:hits("会议")
    assert(#h == 3, #h)
    for _, p in ipairs(h) do assert(doc.text:sub(p, p + #"会议" - 1) == "会议") end
    assert(h[1] < h[2] and h[2] < h[3])
    local s = doc:hits("正文")
    assert(#s == 1 and s[1] == doc.text:find("正文", 1, true))
    assert(#doc:hits("纪要") == 0 and #doc:hits("不在") == 0)
    assert(not pcall(doc.hits, doc, ""))
    doc.title = tostring(#h)
  end,
})")));
  auto doc = testing::read_text("会议正文。\n会议决定，会议结束。\n");
  reg.run(doc, 0.3);
  REQUIRE_FALSE(doc.error);
  CHECK(doc.kind == "hits");
  CHECK(doc.title == "3");
  REQUIRE(doc.hits);
  CHECK(doc.hits->find("会议"));
  auto other = testing::read_text("没有关键词的文本。\n");
  reg.run(other, 0.3);
  CHECK(other.kind == "unknown");  // the gate: no keyword, no detect call
}

TEST_CASE("a script's words are scanned with the keywords but open no gate") {
  LuaRuntime rt;
  Registry reg;
  reg.add(rt.load_handler(write_script("words.lua", R"(
return {
  name = "words", version = "1", kinds = {"words"}, keywords = {"会议"}, words = {"强调", "指出"},
  detect = function(doc) return (#doc:hits("强调") + #doc:hits("指出")) >= 2 and 0.9 or 0 end,
  process = function(doc, ctx) doc.title = tostring(#doc:hits("强调")) end,
})")));
  auto doc = testing::read_text("会议强调，要抓落实。会议指出，要强调实效。\n");
  reg.run(doc, 0.3);
  REQUIRE_FALSE(doc.error);
  CHECK(doc.kind == "words");
  CHECK(doc.title == "2");
  REQUIRE(doc.hits);
  CHECK(doc.hits->find("强调"));  // from the scan: no search of its own
  auto gated = testing::read_text("领导强调，专家指出，要抓落实。\n");  // words, but no keyword
  reg.run(gated, 0.3);
  CHECK(gated.kind == "unknown");
  // An empty list is refused like an empty keywords list.
  CHECK_THROWS_WITH(rt.load_handler(write_script("nowords.lua", R"(
return { name = "nowords", version = "1", kinds = {"x"}, words = {},
  detect = function(doc) return 0 end, process = function(doc, ctx) end })")),
                    Catch::Contains("`words` must be a non-empty list of strings"));
}

TEST_CASE("a failing script reports script:line, the step and a traceback; the document fails alone") {
  auto doc = run_body("local t = nil\n    return t.field");
  REQUIRE(doc.error);
  CHECK_THAT(*doc.error, Catch::Contains("probe@lua") && Catch::Contains("process") &&
                             Catch::Contains("probe.lua:7:") && Catch::Contains("attempt to index") &&
                             Catch::Contains("stack traceback"));
}

TEST_CASE("sandbox: no os, io, debug, dump, loadlib, binary chunks or foreign globals") {
  for (const char* escape : {"os.exit(1)", "io.open('/etc/passwd')", "debug.getinfo(1)", "string.dump(print)",
                             "('').dump(print)", "package.loadlib('x', 'y')", "load(string.char(27) .. 'Lua')()",
                             "load('return 1', 'x', 'b')", "collectgarbage('stop')", "require('os')",
                             "getmetatable('').__index.rep = nil", "dofile('/etc/passwd')", "loadfile('/etc/passwd')"}) {
    INFO(escape);
    auto doc = run_body(escape);
    CHECK(doc.error);
  }
  // One script's globals are not another's.
  LuaRuntime rt;
  auto a = rt.load_handler(write_script("a.lua", "shared = 'a'\n" + handler_with("assert(shared == 'a')")));
  auto b = rt.load_handler(write_script("b.lua", handler_with("assert(shared == nil); string.upper = nil")));
  auto c = rt.load_handler(write_script("c.lua", handler_with("assert(string.upper('x') == 'X')")));
  auto doc = testing::read_text("x\n");
  CHECK_NOTHROW(a->process(doc));
  CHECK_NOTHROW(b->process(doc));
  CHECK_NOTHROW(c->process(doc));
}

TEST_CASE("limits: an endless loop and a memory bomb fail their document with a clear error") {
  LuaLimits limits;
  limits.instructions = 2'000'000;
  limits.memory = 16u << 20;
  auto loop = run_body("while true do end", limits);
  REQUIRE(loop.error);
  CHECK_THAT(*loop.error, Catch::Contains("instruction budget exceeded"));
  auto bomb = run_body("local t = {} for i = 1, 1e9 do t[i] = ('x'):rep(1000) .. i end", limits);
  REQUIRE(bomb.error);
  CHECK_THAT(*bomb.error, Catch::Contains("memory cap exceeded"));
  auto rep = run_body("local s = ('x'):rep(1 << 40)", limits);
  REQUIRE(rep.error);
  auto deep = run_body("local function f(n) return f(n + 1) + 1 end f(1)", limits);
  REQUIRE(deep.error);
  CHECK_THAT(*deep.error, Catch::Contains("stack overflow") || Catch::Contains("memory cap exceeded"));
}

TEST_CASE("limits: a pathological Lua pattern on a large subject is stopped by the budget") {
  LuaLimits small;
  small.instructions = 20'000'000;
  auto doc = run_body("local s = ('a'):rep(100000) .. 'b'; return s:find('a-a-a-c')", small);
  REQUIRE(doc.error);
  CHECK_THAT(*doc.error, Catch::Contains("instruction budget"));
  auto ok = run_body("local s = ('a'):rep(100000); assert(s:find('a+') == 1); assert(s:find('a-a-a', 1, true) == nil)");
  CHECK_FALSE(ok.error);
  // Catastrophic on both engines: PCRE2, and ICU reading the nested set.
  for (const char* p : {"^(a+)+$", "^([a&&[a]]+)+$"}) {
    auto re = run_body(std::string("local s = ('a'):rep(30) .. 'b'; return gw.re.find(s, '") + p + "')");
    REQUIRE(re.error);
    CHECK_THAT(*re.error, Catch::Contains("regex budget"));
  }
}

TEST_CASE("gw.re reads patterns as ICU does, on PCRE2 where it can") {
  auto doc = run_body(R"lua(
    -- Unicode properties and classes on characters, byte positions
    assert(gw.re.find("规定第十三条", "\\p{Han}{2}条") == 10)
    assert(gw.re.match("二〇二二年三月五日", "^(\\p{Han}+)年") == "二〇二二")
    assert(gw.re.find("甲　乙", "\\s") == 4)  -- U+3000 is a space
    -- \p{Han} is the script, not its extensions: 。 and 、 are not Han
    assert(gw.re.find("。、中", "\\p{Han}") == 7)
    assert(gw.re.find("。、中", "[\\p{Han}（]+") == 7)
    assert(gw.re.find("中。", "\\P{Han}") == 4)
    assert(gw.re.find("中。", "\\p{Script=Han}$") == nil)
    -- ICU's \w: letters, marks, decimal digits (① is none of them)
    assert(gw.re.find("①a", "\\w") == 4)
    -- ICU's line terminators end a line for . and $
    assert(gw.re.find("a\rb", "a.b") == nil)
    assert(gw.re.find("a\u{2028}b", "a.b") == nil)
    assert(gw.re.find("标题\r\n", "题$") == 4)
    -- set operations and nested sets only ICU reads: not taken as literals
    assert(gw.re.find("的是[", "[\\p{Han}&&[^的]]") == 4)
    assert(gw.re.find("的&是", "[[的是]--[的]]") == 5)
    assert(gw.re.find("x[:y", "[[:alpha:]]") == 1)
    -- \u escapes, \N{name} and a bounded variable-length lookbehind
    assert(gw.re.find("ab中", "\\u4e2d") == 3)
    assert(gw.re.find("ab中", "\\N{CJK UNIFIED IDEOGRAPH-4E2D}") == 3)
    assert(gw.re.find("ab中", "(?<=b{1,2})中") == 3)
    -- bytes that are not UTF-8 never match and never crash
    assert(gw.re.find("\xff\xfe中", "中") == 3)
    assert(gw.re.find("\xff\xfe", ".") == nil)
    -- an init inside a character moves to the next one
    assert(gw.re.find("中文", "\\p{Han}", 2) == 4)
    -- captures that did not take part are nil; gsub with $n, tables, functions
    local a, b = gw.re.match("12", "(x)?(\\d+)")
    assert(a == nil and b == "12")
    assert(gw.re.gsub("第1条第2条", "第(\\d)条", "[$1]") == "[1][2]")
    assert(gw.re.gsub("甲乙", "\\p{Han}", {["甲"] = "A"}) == "A乙")
    assert(gw.re.gsub("一二", "\\p{Han}", function(c) return c .. "," end) == "一,二,")
    local n = 0
    for s, e, w in gw.re.gfind("一、二、", "(\\p{Han})、") do n = n + 1 end
    assert(n == 2)
    -- a long subject that needs many steps still matches
    local long = ("中"):rep(200000) .. "1"
    assert(gw.re.find(long, "(\\p{Han}+)\\d") == 1)
  )lua");
  CHECK_FALSE(doc.error);
  if (doc.error) FAIL(*doc.error);
  // \C (one byte inside a character in PCRE2) is read as ICU reads it: never a match that splits a character.
  auto byte = run_body("assert(gw.re.find('中', '\\\\C') == nil); assert(gw.re.find('中C', '\\\\C') == 4)");
  CHECK_FALSE(byte.error);
  auto bad = run_body("return gw.re.find('x', '(a')");
  REQUIRE(bad.error);
  CHECK_THAT(*bad.error, Catch::Contains("bad pattern '(a'") && Catch::Contains("missing closing parenthesis"));
}

TEST_CASE("the runtime survives a failed call and keeps working") {
  LuaLimits limits;
  limits.instructions = 1'000'000;
  LuaRuntime rt(limits);
  auto bad = rt.load_handler(write_script("bad.lua", handler_with("while true do end")));
  auto good = rt.load_handler(write_script("good.lua", handler_with("doc.title = 'ok'")));
  auto doc = testing::read_text("x\n");
  CHECK_THROWS_WITH(bad->process(doc), Catch::Contains("instruction budget"));
  CHECK_NOTHROW(good->process(doc));
  CHECK(doc.title == "ok");
}

TEST_CASE("invalid handler tables are refused with the script's name") {
  LuaRuntime rt;
  CHECK_THROWS_WITH(rt.load_handler(write_script("n.lua", "return {version='1', kinds={'x'}, detect=print, process=print}")),
                    Catch::Contains("n.lua") && Catch::Contains("`name`"));
  CHECK_THROWS_WITH(rt.load_handler(write_script("s.lua", "return {name=")), Catch::Contains("s.lua:1:"));
  CHECK_THROWS_WITH(rt.load_handler(write_script("k.lua", "return {name='k', version='1', detect=print, process=print}")),
                    Catch::Contains("`kinds`"));
}

TEST_CASE("a document kept past its call cannot be used") {
  LuaRuntime rt;
  auto h = rt.load_handler(write_script("keep.lua", handler_with("if KEPT then return KEPT.text end\n    KEPT = doc")));
  auto first = testing::read_text("第一份。\n");
  auto second = testing::read_text("第二份。\n");
  CHECK_NOTHROW(h->process(first));
  CHECK_THROWS_WITH(h->process(second), Catch::Contains("document used after its detect/process call returned"));
}
