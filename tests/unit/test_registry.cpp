// Classification: best score above the threshold wins, ties by priority then name.
#include <catch2/catch.hpp>

#include "helpers.hpp"
#include "registry/registry.hpp"

using namespace gongwen::host;

namespace {
class Fixed : public Handler {
 public:
  Fixed(std::string name, double score, int priority)
      : Handler(std::make_shared<HandlerInfo>(HandlerInfo{name, "native", "1", {name + "_kind"}, "", "", priority})),
        score_(score) {}
  double detect(Document&) override { return score_; }
  void process(Document& d) override { d.title = info().name; }

 private:
  double score_;
};
}  // namespace

TEST_CASE("ties are broken by priority, then by name, never by order") {
  for (int order = 0; order < 2; ++order) {
    Registry reg;
    if (order == 0) {
      reg.add(std::make_unique<Fixed>("b", 0.8, 1));
      reg.add(std::make_unique<Fixed>("a", 0.8, 1));
      reg.add(std::make_unique<Fixed>("c", 0.8, 0));
    } else {
      reg.add(std::make_unique<Fixed>("c", 0.8, 0));
      reg.add(std::make_unique<Fixed>("a", 0.8, 1));
      reg.add(std::make_unique<Fixed>("b", 0.8, 1));
    }
    auto doc = testing::read_text("x\n");
    reg.run(doc, 0.3);
    CHECK(doc.title == "a");
    CHECK(doc.kind == "a_kind");
    CHECK(doc.scores.size() == 3);
  }
}

TEST_CASE("below the threshold nothing wins") {
  Registry reg;
  reg.add(std::make_unique<Fixed>("low", 0.2, 9));
  auto doc = testing::read_text("x\n");
  reg.run(doc, 0.3);
  CHECK(doc.kind == "unknown");
  CHECK(doc.handler.empty());
}
