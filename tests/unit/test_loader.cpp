// The plugin loader: one broken plugin per check, each refused with a
// message naming the file and the versions; the good plugin loads and runs.
#include <catch2/catch.hpp>

#include "helpers.hpp"
#include "loader/plugin_loader.hpp"
#include "registry/registry.hpp"

using namespace gongwen::host;

namespace {
std::string broken(const char* v) { return std::string(BROKEN_DIR) + "/broken_" + v + ".so"; }
}  // namespace

TEST_CASE("loader refuses a library without the entry point") {
  auto r = load_plugin(broken("no_entry"));
  CHECK_FALSE(r.plugin);
  CHECK_THAT(r.error, Catch::Contains("broken_no_entry.so") && Catch::Contains("no entry point `gongwen_plugin`"));
}

// The host's own version as messages name it.
const std::string kHostAbi = "host has ABI 1." + std::to_string(GW_ABI_MINOR);

TEST_CASE("loader refuses a wrong ABI major, naming both versions") {
  auto r = load_plugin(broken("major"));
  CHECK_FALSE(r.plugin);
  CHECK_THAT(r.error, Catch::Contains("broken_major.so") && Catch::Contains("plugin built for ABI 2.0") &&
                          Catch::Contains(kHostAbi));
}

TEST_CASE("loader refuses a newer ABI minor") {
  auto r = load_plugin(broken("minor"));
  CHECK_FALSE(r.plugin);
  CHECK_THAT(r.error, Catch::Contains("plugin needs ABI 1." + std::to_string(GW_ABI_MINOR + 1)) && Catch::Contains(kHostAbi));
}

TEST_CASE("loader refuses a too-small plugin table") {
  auto r = load_plugin(broken("too_small"));
  CHECK_FALSE(r.plugin);
  CHECK_THAT(r.error, Catch::Contains("plugin table too small") && Catch::Contains("broken_too_small.so"));
}

TEST_CASE("loader refuses another platform") {
  auto r = load_plugin(broken("platform"));
  CHECK_FALSE(r.plugin);
  CHECK_THAT(r.error, Catch::Contains("sparc-solaris") && Catch::Contains(GW_PLATFORM));
}

TEST_CASE("loader refuses a file that is not a library") {
  auto r = load_plugin(std::string(SOURCE_DIR) + "/README.md");
  CHECK_FALSE(r.plugin);
  CHECK_THAT(r.error, Catch::Contains("cannot load library"));
}

TEST_CASE("a plugin that fails in process() fails the document, not the run") {
  auto r = load_plugin(broken("throws"));
  REQUIRE(r.plugin);
  Registry reg;
  reg.add(make_native_handler(r.plugin));
  auto doc = testing::read_text("一份普通的文件。\n");
  reg.run(doc, 0.3);
  REQUIRE(doc.error);
  CHECK_THAT(*doc.error, Catch::Contains("broken_throws@native") && Catch::Contains("deliberate failure"));
  CHECK(doc.step == "process");
}

TEST_CASE("a NaN score counts as 0") {
  auto r = load_plugin(broken("garbage"));
  REQUIRE(r.plugin);
  Registry reg;
  reg.add(make_native_handler(r.plugin));
  auto doc = testing::read_text("文本。\n");
  reg.run(doc, 0.0);
  CHECK(doc.scores.at(0).second == 0.0);
}

TEST_CASE("the speech plugin loads, reports its info and outlives the library handle") {
  std::unique_ptr<Handler> h;
  {
    auto r = load_plugin(SPEECH_PLUGIN);
    REQUIRE(r.plugin);
    CHECK(r.plugin->info->name == "speech");
    CHECK(r.plugin->info->abi == "1." + std::to_string(GW_ABI_MINOR));  // built with this SDK
    h = make_native_handler(r.plugin);
  }  // the LoadResult is gone; the handler keeps the library loaded
  auto doc = testing::read_text("在全县组织工作会议上的讲话\n\n王明远\n\n（2024年3月15日）\n\n同志们：\n\n一、认清形势\n");
  doc.active_handler = "speech";
  CHECK(h->detect(doc) > 0.8);
  h->process(doc);
  CHECK(doc.title == "在全县组织工作会议上的讲话");
  CHECK(doc.fields["speaker"] == "王明远");
  CHECK(doc.fields["date"] == "2024-03-15");
  REQUIRE(doc.sections.size() == 1);
  CHECK(doc.sections[0].marker == "一、");
}
