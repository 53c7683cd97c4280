// Included once by each executable's main file. Under LeakSanitizer, the
// third-party allocations that live until exit by design are not leaks of
// ours: fontconfig's process-wide cache, built the first time poppler looks a
// font up. LSan asks every executable for this list at start-up.
#pragma once

#if defined(__has_feature)
#if __has_feature(address_sanitizer)  // clang
#define GONGWEN_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)  // gcc
#define GONGWEN_ASAN 1
#endif

#if defined(GONGWEN_ASAN)
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
#endif
