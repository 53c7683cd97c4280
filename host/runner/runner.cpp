// The worker pool with an in-order reorder window.
#include "runner/runner.hpp"
#include "util/interrupt.hpp"
#include "util/activity.hpp"
#include "read/reader.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <map>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace gongwen::host {

namespace {

struct Slot {
  std::vector<Document> docs;
  std::vector<Json> records;
  std::vector<std::string> lines;
};

}  // namespace

std::atomic<int>& abandoned_threads() {
  static std::atomic<int> n{0};
  return n;
}

std::vector<Input> as_inputs(const std::vector<std::string>& paths) {
  std::vector<Input> out;
  out.reserve(paths.size());
  for (const auto& p : paths) out.push_back({p, std::nullopt, std::nullopt});
  return out;
}

RunStats run_inputs(const std::vector<Input>& inputs, const Catalog& catalog, const RunOptions& opt,
                    const RecordSink& sink) {
  if (opt.isolate) return run_inputs_isolated(inputs, catalog, opt, sink);
  RunStats stats;
  stats.inputs = inputs.size();
  unsigned threads = opt.threads ? opt.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(1, inputs.size()))));
  // How far workers may run ahead of the writer. Records are small once the
  // text is dropped, and a narrow window stalls every worker behind one big
  // input (a 1 MB compilation among small files): measured 1.11× at 4 per
  // thread, 1.77× with big files first.
  const std::size_t window = threads * 32;

  // Shared with the workers through a shared_ptr: a worker abandoned in a
  // hung plugin may wake after this function has returned, and must then
  // find nothing freed under it (it drops its result and ends).
  struct Shared {
    std::mutex mu;
    std::condition_variable ready, room;
    std::map<std::size_t, Slot> done;
    std::size_t emitted = 0;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::string worker_error;
    std::vector<Input> inputs;
    RunOptions opt;
  };
  struct WorkerState {
    std::atomic<bool> abandoned{false};
    std::atomic<long long> current{-1};  // input in progress
    std::atomic<long long> started{0};   // steady_clock ticks
    std::atomic<Activity*> activity{nullptr};
  };
  auto sh = std::make_shared<Shared>();
  sh->inputs = inputs;
  sh->opt = opt;
  auto& mu = sh->mu;
  auto& ready = sh->ready;
  auto& room = sh->room;
  auto& done = sh->done;
  auto& emitted = sh->emitted;
  auto& stop = sh->stop;

  auto t0 = std::chrono::steady_clock::now();
  auto worker = [sh, window, &catalog](std::shared_ptr<WorkerState> me) {
    try {
      const RunOptions& opt = sh->opt;
      LuaRuntime rt(opt.limits, opt.module_dirs);
      Registry reg = catalog.instantiate(rt);
      me->activity = &current_activity();
      for (;;) {
        std::size_t i = sh->next.fetch_add(1);
        if (i >= sh->inputs.size() || sh->stop) break;
        if (interrupt_requested()) {
          std::lock_guard lk(sh->mu);
          sh->stop = true;
          sh->ready.notify_all();
          sh->room.notify_all();
          break;
        }
        {
          std::unique_lock lk(sh->mu);
          sh->room.wait(lk, [&] { return i < sh->emitted + window || sh->stop; });
        }
        me->started = std::chrono::steady_clock::now().time_since_epoch().count();
        me->current = static_cast<long long>(i);
        Slot slot;
        const Input& in = sh->inputs[i];
        if (in.error) slot.docs.push_back(failed_document(in.path, Diag::read_io, *in.error));
        else slot.docs = in.text ? process_document(read_bytes(in.path, *in.text), reg, opt.pipeline)
                                 : process_input(in.path, reg, opt.pipeline);
        for (auto& d : slot.docs) {
          std::string line = record_line(d, opt.with_text);
          slot.records.push_back(opt.records ? Json::parse(line) : Json());
          line += '\n';
          slot.lines.push_back(std::move(line));
          // The text is in the record when asked for; keep it only for sinks that need it.
          if (!opt.keep_text) {
            d.text.clear();
            d.text.shrink_to_fit();
          }
        }
        std::lock_guard lk(sh->mu);
        if (me->abandoned) return;  // its document already has an error record
        me->current = -1;
        sh->done.emplace(i, std::move(slot));
        sh->ready.notify_all();
      }
    } catch (const std::exception& e) {
      std::lock_guard lk(sh->mu);
      if (me->abandoned) return;
      sh->worker_error = e.what();
      sh->stop = true;
      sh->ready.notify_all();
      sh->room.notify_all();
    }
  };
  std::vector<std::pair<std::thread, std::shared_ptr<WorkerState>>> pool;
  auto start_worker = [&] {
    auto st = std::make_shared<WorkerState>();
    pool.emplace_back(std::thread(worker, st), st);
  };
  for (unsigned t = 0; t < threads; ++t) start_worker();
  auto join_all = [&] {
    for (auto& [t, st] : pool)
      if (t.joinable()) t.join();
  };

  // Native code cannot be interrupted: a document still running past its
  // limit (plus a grace period for the steps that check it themselves) gets
  // an error record, its thread is abandoned, and a fresh worker takes its
  // place. --isolate kills such a worker instead.
  const double limit_s = opt.pipeline.document_seconds > 0 ? opt.pipeline.document_seconds + 2.0 : 0;
  auto watchdog = [&] {
    if (limit_s <= 0) return;
    auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    for (std::size_t k = 0; k < pool.size(); ++k) {
      auto st = pool[k].second;
      long long i = st->current;
      if (i < 0 || st->abandoned) continue;
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::duration(now - st->started.load())).count();
      if (secs < limit_s) continue;
      Activity* a = st->activity;
      std::string where = a ? describe(*a) : "an unknown step";
      Document d = failed_document(inputs[static_cast<std::size_t>(i)].path, Diag::run_time_limit,
             fmt::format("document time limit exceeded ({} s, limits.document_seconds) in {}; the worker thread was "
                         "abandoned (use --isolate to kill such workers)", opt.pipeline.document_seconds, where),
             0, a && a->step[0] ? a->step : "process");
      spdlog::error("{}: {}", d.path(), *d.error);
      Slot slot;
      slot.lines.push_back(record_line(d, opt.with_text) + "\n");
      slot.records.push_back(Json::parse(slot.lines.back()));
      slot.docs.push_back(std::move(d));
      {
        std::lock_guard lk(mu);
        st->abandoned = true;
        done.emplace(static_cast<std::size_t>(i), std::move(slot));
      }
      pool[k].first.detach();
      abandoned_threads().fetch_add(1);
      start_worker();
    }
  };

  bool tty = opt.progress && isatty(STDERR_FILENO);
  auto last_progress = t0;
  while (emitted < inputs.size()) {
    Slot slot;
    {
      std::unique_lock lk(mu);
      while (!done.count(emitted) && !stop) {
        if (limit_s > 0) {
          ready.wait_for(lk, std::chrono::milliseconds(250));
          lk.unlock();
          watchdog();
          lk.lock();
        } else {
          ready.wait(lk);
        }
      }
      if (!done.count(emitted)) break;
      slot = std::move(done[emitted]);
      done.erase(emitted);
    }
    for (auto& d : slot.docs) {
      ++stats.records;
      if (d.error) ++stats.failed;
      ++stats.kinds[d.kind];
      if (d.container.empty() && d.origin) stats.bytes += d.origin->bytes;
    }
    try {
      sink(emitted, slot.docs, slot.records, slot.lines);
    } catch (...) {
      // on_error = stop, or a sink that cannot write: end the workers first.
      {
        std::lock_guard lk(mu);
        stop = true;
      }
      room.notify_all();
      join_all();
      throw;
    }
    {
      std::lock_guard lk(mu);
      ++emitted;
      room.notify_all();
    }
    if (tty) {
      auto now = std::chrono::steady_clock::now();
      if (now - last_progress > std::chrono::milliseconds(200) || emitted == inputs.size()) {
        last_progress = now;
        double secs = std::chrono::duration<double>(now - t0).count();
        double mbs = secs > 0 ? stats.bytes / 1e6 / secs : 0;
        double eta = emitted ? secs / emitted * (inputs.size() - emitted) : 0;
        std::fprintf(stderr, "\r%zu/%zu documents  %.1f MB/s  ETA %.0fs   ", emitted, inputs.size(), mbs, eta);
        if (emitted == inputs.size()) std::fputc('\n', stderr);
      }
    }
  }
  join_all();
  if (!sh->worker_error.empty()) throw std::runtime_error(sh->worker_error);
  if (emitted < inputs.size() && interrupt_requested()) throw Interrupted();
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return stats;
}

}  // namespace gongwen::host
