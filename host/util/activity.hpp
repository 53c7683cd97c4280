// What a worker is doing right now: the document, the step and the handler.
// A fatal signal (a plugin's SIGSEGV or abort) prints it before the process
// dies, and an isolated worker's parent reads it to name the culprit.
//
// Invariants: the record is plain bytes (no allocation, no locks), so a
// signal handler may read it; each thread writes only its own record; an
// isolated worker's record lives in memory shared with its parent.
#pragma once

#include <string>
#include <string_view>

namespace gongwen::host {

struct Activity {
  char path[512];
  char step[16];
  char handler[96];
};

// The calling thread's record (thread-local unless redirected).
Activity& current_activity();
// An isolated worker points its record at shared memory.
void use_activity(Activity* shared);

void activity_document(std::string_view path);
void activity_step(std::string_view step, std::string_view handler = {});

// Installs handlers for SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT that
// write "fatal signal while running …" to stderr, call `cleanup` (async-
// signal-safe: it removes temporary outputs), then die of the signal.
void report_fatal_signals(void (*cleanup)() = nullptr);

// "handler `X` (step S) on PATH", from a record.
std::string describe(const Activity& a);

}  // namespace gongwen::host
