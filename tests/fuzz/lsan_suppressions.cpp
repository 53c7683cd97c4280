// The LeakSanitizer suppressions of every executable (util/sanitizer.hpp),
// linked into the libFuzzer binaries, whose main() is libFuzzer's.
#include "util/sanitizer.hpp"
