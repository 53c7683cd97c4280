// Included once by each executable's main file. Under LeakSanitizer, the
// third-party allocations that live until exit by design are not leaks of
// ours: fontconfig's process-wide cache, built the first time poppler looks a
// font up. LSan asks every executable for this list at start-up.
#pragma once

#if defined(__SANITIZE_ADDRESS__)
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
#endif
