// Job files are validated before any document is read.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "runner/job.hpp"

using namespace gongwen::host;

namespace {
std::string job_file(const std::string& code) {
  // One folder per process: CTest runs test cases in parallel processes.
  auto dir = std::filesystem::temp_directory_path() / ("gongwen-unit-job-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "docs");
  std::ofstream(dir / "docs" / "a.txt") << "正文\n";
  std::ofstream(dir / "docs" / "b.md") << "# 标题\n";
  auto p = (dir / "job.lua").string();
  std::ofstream(p) << code;
  return p;
}
}  // namespace

TEST_CASE("a valid job expands its inputs relative to the job file") {
  auto job = load_job(job_file("return { name = 'x', inputs = { 'docs/*.txt', 'docs/**/*.md' }, threads = 2 }"));
  REQUIRE(job.inputs.size() == 2);
  CHECK(job.threads == 2);
}

TEST_CASE("every problem is reported with its key and line") {
  try {
    load_job(job_file("return {\n  inputs = { 'nothing/*.txt' },\n  threads = -1,\n  on_error = 'explode',\n  colour = 'red',\n  outputs = { 'x.pdf' },\n}"));
    FAIL("no error");
  } catch (const JobError& e) {
    std::string m = e.what();
    CHECK_THAT(m, Catch::Contains("job.lua:2: `inputs`") && Catch::Contains("matches no file"));
    CHECK_THAT(m, Catch::Contains("job.lua:3: `threads`"));
    CHECK_THAT(m, Catch::Contains("job.lua:4: `on_error`"));
    CHECK_THAT(m, Catch::Contains("job.lua:5: `colour`: unknown key"));
    CHECK_THAT(m, Catch::Contains("job.lua:6: `outputs`"));
  }
}

TEST_CASE("a job file is data: the sandbox applies") {
  CHECK_THROWS_WITH(load_job(job_file("os.execute('true') return {}")), Catch::Contains("job.lua:1:"));
  CHECK_THROWS_WITH(load_job(job_file("while true do end")), Catch::Contains("instruction budget"));
}

TEST_CASE("glob matching") {
  CHECK(glob_match("**/*.txt", "a/b/c.txt"));
  CHECK(glob_match("**/*.txt", "c.txt"));
  CHECK(glob_match("*.txt", "c.txt"));
  CHECK_FALSE(glob_match("*.txt", "a/c.txt"));
  CHECK(glob_match("reg_?.md", "reg_1.md"));
}
