// The run manifest (docs/jobs.md, "Run manifest"): what a run read, with
// which handlers and options, and the sha256 of every output it wrote; one
// beside each output (OUT.manifest.json), written last, so that an output
// without one, or with one whose hashes disagree, is known to be partial or
// mixed (`gongwen verify`, `gongwen merge`).
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "catalog/catalog.hpp"
#include "runner/job.hpp"
#include "runner/runner.hpp"

namespace gongwen::host::cli {

// What the manifest says about one input: its place in the whole job, the
// records it gave and those written (on_error = "skip" leaves failures out).
Json manifest_input(const std::string& path, std::size_t index, const std::vector<Document>& docs, bool skip_errors);

struct RunFacts {
  const Job& job;
  const Catalog& catalog;
  const RunOptions& options;
  std::string shard;          // "K/N", or empty for the whole job
  std::size_t job_inputs = 0;  // inputs of the whole job, all shards
  std::string inputs_sha256;   // of the whole job's input list
  std::chrono::system_clock::time_point started;
};

// The manifest of a run that wrote `outputs` with these `hashes`.
Json run_manifest(const RunFacts& run, const std::vector<std::string>& outputs, const std::vector<std::string>& hashes,
                  Json inputs, const RunStats& stats);

}  // namespace gongwen::host::cli
