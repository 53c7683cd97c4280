// Write a native gongwen handler as an ordinary C++ class.
//
//   struct Briefing {
//     static constexpr const char* name = "briefing";
//     static constexpr const char* version = "1.0.0";
//     static constexpr const char* kinds = "briefing";
//     static constexpr const char* description = "工作简报";
//     static constexpr int priority = 10;
//     static constexpr const char* keywords = "简报,情况通报";  // optional: no keyword, no detect call
//     static constexpr const char* words = "第一期";               // optional: doc.hits() answers from the scan
//     double detect(gongwen::Document& doc);
//     void process(gongwen::Document& doc);
//   };
//   GONGWEN_PLUGIN(Briefing)
//
// The macro exports the ABI entry point (abi.h). Every call is wrapped so a
// C++ exception becomes a status and a message on the host side: nothing but
// C types crosses the library boundary.
#pragma once

#include <gongwen/abi.h>
#include <gongwen/document.hpp>
#include <gongwen/detail/plugin_table.hpp>

#include <boost/dll/alias.hpp>

#define GONGWEN_PLUGIN(HandlerClass)                                                  \
  extern "C" BOOST_SYMBOL_EXPORT const gw_plugin* gongwen_plugin_entry() {            \
    return ::gongwen::detail::plugin_table<HandlerClass>();                           \
  }                                                                                   \
  BOOST_DLL_ALIAS(gongwen_plugin_entry, gongwen_plugin)
