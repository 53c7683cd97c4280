// Isolated runs (--isolate, job `isolate = true`): every document is
// processed in a worker process, so a plugin's SIGSEGV, abort(), exit(),
// hang or runaway memory costs one document, never the run.
//
// Shape: the parent is one thread and an event loop. It forks the workers
// (fork is safe only while the parent has a single thread, which is why
// there are no driver threads), hands each idle worker the next input over
// a pipe, and collects the records in input order for the sinks, exactly as
// the threaded runner does, so outputs are byte-identical with and without
// isolation. A worker that dies, or overruns the document's wall-clock
// limit (it is killed), yields an error record naming the handler and step
// it was in (read from its activity record in shared memory), and a fresh
// worker takes its place. A worker whose memory grows past the cap is
// replaced after its document.
//
// Invariants: a worker never writes to the parent's stdout (its fd 1 is
// the parent's stderr) and never runs the parent's exit handlers (_exit);
// the parent flushes stdout before every fork.
#include "runner/runner.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <csignal>
#include <cstring>
#include <deque>
#include <map>
#include <optional>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "read/reader.hpp"
#include "util/activity.hpp"
#include "util/interrupt.hpp"

namespace gongwen::host {

namespace {

using Clock = std::chrono::steady_clock;

// ---- frames: little-endian lengths, then bytes ------------------------------

void put_u64(std::string& out, std::uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); }
std::uint64_t get_u64(std::string_view& in) {
  std::uint64_t v = 0;
  if (in.size() < 8) throw std::runtime_error("truncated frame");
  std::memcpy(&v, in.data(), 8);
  in.remove_prefix(8);
  return v;
}
void put_bytes(std::string& out, std::string_view s) {
  put_u64(out, s.size());
  out.append(s);
}
std::string_view get_bytes(std::string_view& in) {
  auto n = get_u64(in);
  if (in.size() < n) throw std::runtime_error("truncated frame");
  auto s = in.substr(0, n);
  in.remove_prefix(n);
  return s;
}

bool write_all(int fd, std::string_view s) {
  while (!s.empty()) {
    ssize_t n = ::write(fd, s.data(), s.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    s.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool read_exact(int fd, char* p, std::size_t n) {
  while (n) {
    ssize_t r = ::read(fd, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r;
    n -= static_cast<std::size_t>(r);
  }
  return true;
}

// ---- the worker -------------------------------------------------------------

[[noreturn]] void worker_main(int in_fd, int out_fd, Activity* activity, const Catalog& catalog, const RunOptions& opt) {
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) ::signal(sig, SIG_DFL);
  report_fatal_signals(nullptr);  // the parent's temporary files are the parent's
  ::dup2(STDERR_FILENO, STDOUT_FILENO);
  use_activity(activity);
#if !defined(__SANITIZE_ADDRESS__)  // ASan reserves terabytes of address space for its shadow
  if (opt.worker_memory) {
    rlimit rl{opt.worker_memory + opt.reserved_address_space, opt.worker_memory + opt.reserved_address_space};
    ::setrlimit(RLIMIT_AS, &rl);
  }
#endif
  try {
    LuaRuntime rt(opt.limits, opt.module_dirs);
    Registry reg = catalog.instantiate(rt);
    for (;;) {
      std::uint64_t len = 0;
      if (!read_exact(in_fd, reinterpret_cast<char*>(&len), 8)) ::_exit(0);
      std::string req(len, '\0');
      if (!read_exact(in_fd, req.data(), len)) ::_exit(0);
      std::string_view r(req);
      std::uint64_t index = get_u64(r);
      std::string path(get_bytes(r));
      bool inline_text = get_u64(r) != 0;
      std::vector<Document> docs;
      if (inline_text) docs = process_document(read_bytes(path, std::string(get_bytes(r))), reg, opt.pipeline);
      else docs = process_input(path, reg, opt.pipeline);
      std::string out;
      put_u64(out, 0);  // total length, filled below
      put_u64(out, index);
      put_u64(out, docs.size());
      for (auto& d : docs) {
        put_bytes(out, record_line(d, opt.with_text) + "\n");
        put_bytes(out, opt.keep_text ? std::string_view(d.text) : std::string_view());
        put_u64(out, d.origin ? d.origin->bytes : 0);
        std::vector<std::uint32_t> lines;
        if (opt.keep_text) lines = d.line_map();
        put_bytes(out, std::string_view(reinterpret_cast<const char*>(lines.data()), lines.size() * sizeof(std::uint32_t)));
      }
      std::uint64_t total = out.size() - 8;
      std::memcpy(out.data(), &total, 8);
      if (!write_all(out_fd, out)) ::_exit(0);
      activity_document("");
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "gongwen: isolated worker failed: %s\n", e.what());
  }
  ::_exit(70);
}

// ---- the parent -------------------------------------------------------------

struct Worker {
  pid_t pid = -1;
  int to = -1, from = -1;
  std::size_t slot = 0;
  std::optional<std::size_t> busy;  // input index
  Clock::time_point started;
  std::string buffer;
};

// A document that the parent rebuilds from its record: what sinks and the
// summary read (the record itself carries everything else).
Document from_record(const Json& r, std::string text, std::uint64_t bytes) {
  Document d;
  auto origin = std::make_shared<Origin>();
  origin->path = r["source"].value("path", "");
  d.id = r.value("id", "");
  origin->sha256 = d.id.substr(0, d.id.find_first_of("#@"));
  origin->bytes = bytes;
  d.origin = origin;
  d.kind = r.value("kind", "unknown");
  if (r["source"]["container"].is_string()) d.container = r["source"]["container"].get<std::string>();
  if (r.contains("error") && r["error"].is_object()) {
    d.step = r["error"].value("step", "");
    d.error = r["error"].value("message", "");
    d.error_id = r["error"].value("id", "");
  }
  d.text = std::move(text);
  return d;
}

std::string signal_name(int sig) {
  const char* n = sigabbrev_np(sig);
  return n ? fmt::format("SIG{}", n) : fmt::format("signal {}", sig);
}

}  // namespace

RunStats run_inputs_isolated(const std::vector<Input>& inputs, const Catalog& catalog, const RunOptions& opt,
                             const RecordSink& sink) {
  RunStats stats;
  stats.inputs = inputs.size();
  unsigned n = opt.threads ? opt.threads : std::max(1u, std::thread::hardware_concurrency());
  n = std::max(1u, std::min<unsigned>(n, static_cast<unsigned>(std::max<std::size_t>(1, inputs.size()))));
  auto* activity = static_cast<Activity*>(
      ::mmap(nullptr, sizeof(Activity) * n, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0));
  if (activity == MAP_FAILED) throw std::runtime_error("isolation: cannot map shared memory");
  std::memset(activity, 0, sizeof(Activity) * n);
  ::signal(SIGPIPE, SIG_IGN);
  // A worker gets the document's limit plus time to start and to write.
  const auto grace = std::chrono::seconds(5);
  const auto limit = opt.pipeline.document_seconds > 0
                         ? std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(opt.pipeline.document_seconds)) + grace
                         : Clock::duration::max();

  std::vector<Worker> workers(n);
  auto spawn = [&](Worker& w) {
    int req[2], res[2];
    if (::pipe2(req, O_CLOEXEC) != 0 || ::pipe2(res, O_CLOEXEC) != 0) throw std::runtime_error("isolation: pipe failed");
    std::fflush(stdout);
    std::fflush(stderr);
    std::memset(&activity[w.slot], 0, sizeof(Activity));
    pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error(fmt::format("isolation: fork failed: {}", std::strerror(errno)));
    if (pid == 0) {
      ::close(req[1]);
      ::close(res[0]);
      for (auto& other : workers) {
        if (other.to >= 0) ::close(other.to);
        if (other.from >= 0) ::close(other.from);
      }
      worker_main(req[0], res[1], &activity[w.slot], catalog, opt);
    }
    ::close(req[0]);
    ::close(res[1]);
    w.pid = pid;
    w.to = req[1];
    w.from = res[0];
    w.busy.reset();
    w.buffer.clear();
  };
  auto reap = [&](Worker& w, bool kill) -> std::string {
    if (kill) ::kill(w.pid, SIGKILL);
    int status = 0;
    ::waitpid(w.pid, &status, 0);
    ::close(w.to);
    ::close(w.from);
    w.pid = -1;
    w.to = w.from = -1;
    if (WIFSIGNALED(status)) return signal_name(WTERMSIG(status));
    if (WIFEXITED(status)) return fmt::format("exit status {}", WEXITSTATUS(status));
    return "unknown status";
  };
  for (std::size_t i = 0; i < n; ++i) {
    workers[i].slot = i;
    spawn(workers[i]);
  }

  std::map<std::size_t, std::vector<Document>> done;
  std::map<std::size_t, std::vector<std::string>> done_lines;
  std::map<std::size_t, std::vector<Json>> done_records;
  std::size_t next = 0, emitted = 0;
  auto failed_input = [&](std::size_t i, Diag id, const std::string& step, const std::string& why) {
    Document d = failed_document(inputs[i].path, id, why, 0, step.empty() ? "process" : step);
    done_lines[i] = {record_line(d, opt.with_text) + "\n"};
    done_records[i] = {Json::parse(done_lines[i].front())};
    std::vector<Document> v;
    v.push_back(std::move(d));
    done[i] = std::move(v);
  };
  auto t0 = Clock::now();
  while (emitted < inputs.size()) {
    if (interrupt_requested()) break;
    // Inputs that failed before reading need no worker.
    while (next < inputs.size() && inputs[next].error) {
      failed_input(next, Diag::read_io, "read", *inputs[next].error);
      ++next;
    }
    for (auto& w : workers) {
      if (w.busy || next >= inputs.size() || inputs[next].error) continue;
      std::string req;
      put_u64(req, 0);
      put_u64(req, next);
      put_bytes(req, inputs[next].path);
      put_u64(req, inputs[next].text ? 1 : 0);
      if (inputs[next].text) put_bytes(req, *inputs[next].text);
      std::uint64_t total = req.size() - 8;
      std::memcpy(req.data(), &total, 8);
      w.busy = next++;
      w.started = Clock::now();
      if (!write_all(w.to, req)) {
        // Died between documents: restart it and give it the document again.
        reap(w, true);
        spawn(w);
        --next;
        w.busy.reset();
      }
    }
    std::vector<pollfd> fds;
    for (auto& w : workers) fds.push_back({w.from, POLLIN, 0});
    ::poll(fds.data(), fds.size(), 200);
    for (std::size_t k = 0; k < workers.size(); ++k) {
      Worker& w = workers[k];
      if (!w.busy) continue;
      bool dead = false;
      if (fds[k].revents & (POLLIN | POLLHUP | POLLERR)) {
        char buf[65536];
        ssize_t r = ::read(w.from, buf, sizeof buf);
        if (r > 0) w.buffer.append(buf, static_cast<std::size_t>(r));
        else if (r == 0 || (errno != EINTR && errno != EAGAIN)) dead = true;
      }
      if (w.buffer.size() >= 8) {
        std::uint64_t total = 0;
        std::memcpy(&total, w.buffer.data(), 8);
        if (w.buffer.size() >= 8 + total) {
          std::string_view f(w.buffer.data() + 8, total);
          std::size_t index = get_u64(f);
          std::uint64_t count = get_u64(f);
          std::vector<Document> docs;
          std::vector<std::string> lines;
          std::vector<Json> recs;
          for (std::uint64_t j = 0; j < count; ++j) {
            std::string line(get_bytes(f));
            std::string text(get_bytes(f));
            std::uint64_t bytes = get_u64(f);
            std::string_view lines_bytes = get_bytes(f);
            recs.push_back(Json::parse(line));
            docs.push_back(from_record(recs.back(), std::move(text), bytes));
            auto& map = docs.back().known_line_map;
            map.resize(lines_bytes.size() / sizeof(std::uint32_t));
            if (!map.empty()) std::memcpy(map.data(), lines_bytes.data(), map.size() * sizeof(std::uint32_t));
            lines.push_back(std::move(line));
          }
          done[index] = std::move(docs);
          done_lines[index] = std::move(lines);
          done_records[index] = std::move(recs);
          w.buffer.erase(0, 8 + total);
          w.busy.reset();
          // Replace a worker whose memory grew past three quarters of its cap.
          if (opt.worker_memory) {
            long pages = 0, rss = 0;
            if (std::FILE* f2 = std::fopen(fmt::format("/proc/{}/statm", w.pid).c_str(), "r")) {
              if (std::fscanf(f2, "%ld %ld", &pages, &rss) != 2) rss = 0;
              std::fclose(f2);
            }
            if (static_cast<std::uint64_t>(rss) * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE)) > opt.worker_memory / 4 * 3) {
              spdlog::warn("isolated worker {} uses {} MiB: replaced", w.pid, rss * ::sysconf(_SC_PAGESIZE) >> 20);
              reap(w, true);
              spawn(w);
            }
          }
          continue;
        }
      }
      bool late = Clock::now() - w.started > limit;
      if (dead || late) {
        Activity a = activity[w.slot];
        std::size_t i = *w.busy;
        std::string how = reap(w, late);
        std::string where = describe(a);
        if (late)
          failed_input(i, Diag::run_time_limit, a.step, fmt::format("document time limit exceeded ({} s, limits.document_seconds): the worker was "
                                              "killed in {}", opt.pipeline.document_seconds, where));
        else
          failed_input(i, Diag::run_worker_died, a.step, fmt::format("the isolated worker died ({}) in {}; a fresh worker took over", how, where));
        spdlog::error("{}: {}", inputs[i].path, *done[i].front().error);
        spawn(w);
      }
    }
    while (done.count(emitted)) {
      auto docs = std::move(done[emitted]);
      auto lines = std::move(done_lines[emitted]);
      auto records = std::move(done_records[emitted]);
      done.erase(emitted);
      done_lines.erase(emitted);
      done_records.erase(emitted);
      for (auto& d : docs) {
        ++stats.records;
        if (d.error) ++stats.failed;
        ++stats.kinds[d.kind];
        if (d.container.empty() && d.origin) stats.bytes += d.origin->bytes;
      }
      try {
        sink(emitted, docs, records, lines);
      } catch (...) {
        for (auto& w : workers) reap(w, true);
        ::munmap(activity, sizeof(Activity) * n);
        throw;
      }
      ++emitted;
    }
  }
  for (auto& w : workers) {
    ::close(w.to);  // EOF: the worker exits
    w.to = -1;
    int status = 0;
    ::waitpid(w.pid, &status, 0);
    ::close(w.from);
  }
  ::munmap(activity, sizeof(Activity) * n);
  if (emitted < inputs.size() && interrupt_requested()) throw Interrupted();
  stats.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  return stats;
}

}  // namespace gongwen::host
