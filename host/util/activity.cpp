// Activity records and the fatal-signal report (see activity.hpp).
#include "util/activity.hpp"

#include <csignal>
#include <cstring>
#include <string>

#include <unistd.h>

namespace gongwen::host {

namespace {

thread_local Activity own{};
void (*fatal_cleanup)() = nullptr;
thread_local Activity* active = nullptr;

void copy(char* dst, std::size_t cap, std::string_view s) {
  std::size_t n = std::min(cap - 1, s.size());
  if (n) std::memcpy(dst, s.data(), n);
  dst[n] = '\0';
}

void say(const char* s) {
  if (s) (void)!::write(STDERR_FILENO, s, std::strlen(s));
}

extern "C" void on_fatal(int sig) {
  const Activity& a = current_activity();
  say("gongwen: fatal signal ");
  say(sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" : sig == SIGFPE ? "SIGFPE" : sig == SIGILL ? "SIGILL" : "SIGABRT");
  if (a.path[0]) {
    say(" while running ");
    if (a.handler[0]) {
      say("handler `");
      say(a.handler);
      say("` ");
    }
    say("(step ");
    say(a.step[0] ? a.step : "?");
    say(") on ");
    say(a.path);
  }
  say("\n");
  if (fatal_cleanup) fatal_cleanup();
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

}  // namespace

Activity& current_activity() { return active ? *active : own; }
void use_activity(Activity* shared) { active = shared; }

void activity_document(std::string_view path) {
  Activity& a = current_activity();
  copy(a.path, sizeof a.path, path);
  a.step[0] = a.handler[0] = '\0';
}

void activity_step(std::string_view step, std::string_view handler) {
  Activity& a = current_activity();
  copy(a.step, sizeof a.step, step);
  copy(a.handler, sizeof a.handler, handler);
}

void report_fatal_signals(void (*cleanup)()) {
  fatal_cleanup = cleanup;
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) {
    struct sigaction sa {};
    sa.sa_handler = on_fatal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND | SA_NODEFER;
    ::sigaction(sig, &sa, nullptr);
  }
}

std::string describe(const Activity& a) {
  std::string s;
  if (a.handler[0]) s += "handler `" + std::string(a.handler) + "` ";
  s += "(step " + std::string(a.step[0] ? a.step : "?") + ")";
  if (a.path[0]) s += " on " + std::string(a.path);
  return s;
}

}  // namespace gongwen::host
