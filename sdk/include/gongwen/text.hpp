// Chinese text helpers shared by the host, native plugins and (through the
// host) Lua scripts: UTF-8 stepping, Chinese numerals, dates and heading
// markers. Header-only so a plugin gets exactly the host's rules without
// linking anything of ours.
#pragma once

// The four topics live in detail/ (utf8, numerals, dates, markers), one file
// each; this header is the one to include.
#include <gongwen/detail/text_utf8.hpp>
#include <gongwen/detail/text_numerals.hpp>
#include <gongwen/detail/text_dates.hpp>
#include <gongwen/detail/text_markers.hpp>
