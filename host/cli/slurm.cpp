// `gongwen slurm JOB --shards N`: one batch script that runs a job as a Slurm
// job array (task K runs `gongwen run JOB --shard K/N` into its own parts) and,
// submitted again without an array, merges the parts (`gongwen merge`).
//
// One file serves both steps so that a failed task can be resubmitted alone
// (`sbatch --array=K FILE`) and the merge rerun (`sbatch FILE`) without
// another tool. Paths in the script are absolute: tasks start on other nodes.
#include "cli/commands.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "runner/job.hpp"

namespace gongwen::host::cli {

namespace fs = std::filesystem;

namespace {

std::string sh_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

// The parts of output OUT for shard K of N are OUT.shards/part-K-of-N.EXT.
std::string parts_dir(const std::string& out) { return out + ".shards"; }

// A value on an #SBATCH line: sbatch splits those lines at spaces, and
// `%` is a filename pattern there.
// `pattern` is appended as it is (`/slurm-%A_%a.log`).
std::string sbatch_path(const std::string& p, const std::string& pattern = "") {
  std::string out = "\"";
  for (char c : p) out += c == '%' ? std::string("%%") : std::string(1, c);
  return out + pattern + "\"";
}

std::string script(const Job& job, const SlurmOptions& o, const std::string& self) {
  const std::size_t n = o.shards;
  std::string s;
  auto line = [&](const std::string& l) { s += l + "\n"; };
  line("#!/bin/sh");
  line(fmt::format("# gongwen {}: job {} as a Slurm array of {} shard(s), then one merge step.", GONGWEN_VERSION, job.file, n));
  line("# Written by `gongwen slurm`. Submit both steps with:   sh THIS_FILE --submit");
  line(fmt::format("# or by hand:   id=$(sbatch --parsable --array=1-{} THIS_FILE) && sbatch --dependency=afterok:${{id%%;*}} THIS_FILE", n));
  line("# A task that failed or was cancelled: sbatch --array=K THIS_FILE, then sbatch THIS_FILE to merge.");
  std::string name = job.name.empty() ? fs::path(job.file).stem().string() : job.name;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-') c = '_';
  line(fmt::format("#SBATCH --job-name=gongwen-{}", name));
  line(fmt::format("#SBATCH --chdir={}", sbatch_path(fs::current_path().string())));
  line(fmt::format("#SBATCH --output={}", sbatch_path(parts_dir(job.outputs.front()), "/slurm-%A_%a.log")));
  line(fmt::format("#SBATCH --cpus-per-task={}", o.cpus ? o.cpus : 1));
  if (!o.partition.empty()) line("#SBATCH --partition=" + o.partition);
  if (!o.time.empty()) line("#SBATCH --time=" + o.time);
  if (!o.mem.empty()) line("#SBATCH --mem=" + o.mem);
  line("set -u");
  line("GONGWEN=" + sh_quote(self));
  line("JOB=" + sh_quote(job.file));
  line(fmt::format("N={}", n));
  std::string dirs;
  for (const auto& out : job.outputs) dirs += " " + sh_quote(parts_dir(out));
  line("if [ \"${1:-}\" = --submit ]; then");
  line("  mkdir -p" + dirs + " || exit 2");
  line("  id=$(sbatch --parsable --array=1-$N \"$0\") || exit 2");
  line("  id=${id%%;*}");
  line("  merge=$(sbatch --parsable --kill-on-invalid-dep=yes --dependency=afterok:$id --output=" +
       sh_quote(parts_dir(job.outputs.front()) + "/merge-%j.log") + " \"$0\") || exit 2");
  line("  echo \"array ${id}, merge ${merge%%;*}\"");
  line("  exit 0");
  line("fi");
  line("if [ -n \"${SLURM_ARRAY_TASK_ID:-}\" ]; then");
  line("  mkdir -p" + dirs + " || exit 2");
  // The part names carry the task id: built in the shell.
  std::string outs;
  for (const auto& out : job.outputs)
    outs += fmt::format(" --out {}/part-\"$SLURM_ARRAY_TASK_ID\"-of-$N{}", sh_quote(parts_dir(out)),
                        sh_quote(fs::path(out).extension().string()));
  line(fmt::format("  \"$GONGWEN\" run \"$JOB\" --threads {} --shard \"$SLURM_ARRAY_TASK_ID/$N\"{}", o.cpus ? o.cpus : 1, outs));
  line("  rc=$?");
  line("  # 1 with a manifest: some documents failed, their error records are in the part and the merge");
  line("  # counts them. 1 without one (on_error = \"stop\"): the shard wrote nothing, the task failed.");
  line(fmt::format("  [ $rc -eq 1 ] && [ -f {}/part-\"$SLURM_ARRAY_TASK_ID\"-of-$N{}.manifest.json ] && exit 0",
                   sh_quote(parts_dir(job.outputs.front())), sh_quote(fs::path(job.outputs.front()).extension().string())));
  line("  exit $rc");
  line("fi");
  line("# Without an array index: the merge step.");
  line("status=0");
  for (const auto& out : job.outputs) {
    line(fmt::format("\"$GONGWEN\" merge {} {}/part-*-of-$N{}", sh_quote(out), sh_quote(parts_dir(out)),
                     sh_quote(fs::path(out).extension().string())));
    line("rc=$?; [ $rc -gt $status ] && status=$rc");
  }
  line("exit $status");
  return s;
}

}  // namespace

int cmd_slurm(const std::string& job_file, const SlurmOptions& o) {
  Job job;
  try {
    job = load_job(job_file);
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return kUsage;
  }
  if (job.outputs.empty()) {
    spdlog::error("{}: the job names no `outputs`; shards on a cluster write files (e.g. outputs = {{\"out.jsonl\"}})", job_file);
    return kUsage;
  }
  for (const auto* v : {&o.partition, &o.time, &o.mem})
    if (v->find_first_of(" \t\n\r\"'%") != std::string::npos) {
      spdlog::error("`{}`: a Slurm partition, time or memory has no spaces, quotes or newlines", *v);
      return kUsage;
    }
  for (auto& out : job.outputs) {
    out = fs::absolute(out).lexically_normal().string();
    if (out.find_first_of("\"\n\r") != std::string::npos) {
      spdlog::error("`{}`: an output path with a quote or a newline cannot be written in a batch script", out);
      return kUsage;
    }
  }
  job.file = fs::absolute(job.file).lexically_normal().string();
  std::error_code ec;
  std::string self = fs::read_symlink("/proc/self/exe", ec).string();
  if (ec || self.empty()) self = "gongwen";
  std::string text = script(job, o, self);
  std::string file = o.file;
  // Slurm opens a task's log before the script runs: the folders must exist
  // before any submission, by hand or not.
  if (!file.empty() || o.submit)
    for (const auto& out : job.outputs) {
      fs::create_directories(parts_dir(out), ec);
      if (ec) {
        spdlog::error("{}: cannot create: {}", parts_dir(out), ec.message());
        return kOutputFailed;
      }
    }
  if (file.empty() && o.submit) file = parts_dir(job.outputs.front()) + "/gongwen.sbatch";
  if (file.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return kOk;
  }
  {
    std::ofstream f(file, std::ios::binary | std::ios::trunc);
    if (!(f << text) || !f.flush()) {
      spdlog::error("{}: cannot write", file);
      return kOutputFailed;
    }
  }
  ::chmod(file.c_str(), 0755);
  if (!o.submit) return kOk;
  std::string cmd = "sh " + sh_quote(file) + " --submit";
  int rc = std::system(cmd.c_str());
  if (rc != 0) {
    spdlog::error("submitting {} failed (is Slurm's sbatch on PATH?)", file);
    return kUsage;
  }
  return kOk;
}

}  // namespace gongwen::host::cli
