// Fuzz target: the job-file parser (a sandboxed Lua chunk, then validation).
#include <cstddef>
#include <cstdint>
#include <string>

#include "runner/job.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gongwen::host;
  try {
    (void)parse_job(std::string(reinterpret_cast<const char*>(data), size), "/tmp/fuzz-job.lua");
  } catch (const JobError&) {
  }
  return 0;
}
