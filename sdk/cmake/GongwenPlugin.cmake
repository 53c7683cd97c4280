# gongwen_add_plugin(NAME SOURCES...)
# Builds a native handler plugin: a MODULE library named gongwen-NAME.so with
# hidden visibility, only the ABI entry point exported (version script), and
# no undefined symbols (a plugin never calls into the host directly: it gets
# the gw_host table).
function(gongwen_add_plugin name)
  add_library(${name} MODULE ${ARGN})
  if(TARGET gongwen::sdk)
    target_link_libraries(${name} PRIVATE gongwen::sdk)
  endif()
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    OUTPUT_NAME "gongwen-${name}"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    CXX_STANDARD 20)
  if(DEFINED GONGWEN_PLUGIN_OUTPUT_DIR AND NOT GONGWEN_PLUGIN_OUTPUT_DIR STREQUAL "")
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${GONGWEN_PLUGIN_OUTPUT_DIR})
  endif()
  set(_gw_vs "${CMAKE_CURRENT_BINARY_DIR}/${name}.exports.map")
  file(WRITE ${_gw_vs} "{ global: gongwen_plugin; gongwen_plugin_entry; local: *; };\n")
  target_link_options(${name} PRIVATE "-Wl,--version-script=${_gw_vs}" "-Wl,--no-undefined")
endfunction()
