// The interactive host: libedit line editing with persistent history and
// completion, `:` commands, and Lua evaluation (multi-line, as in `lua`)
// with the host API in scope as `host`. Ctrl-C interrupts what runs, not
// the session; no error ends it.
#include "cli/repl.hpp"

#include <editline/readline.h>
#include <lua.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <clocale>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sstream>

#include "lua/detail.hpp"
#include "lua/json.hpp"
#include "util/interrupt.hpp"
#include "runner/job.hpp"
#include "sinks/sink.hpp"

namespace gongwen::host::cli {

namespace {

namespace fs = std::filesystem;

struct Repl {
  Common common;
  std::string job_file;
  Setup setup;
  std::unique_ptr<LuaRuntime> rt;
  Registry registry;
  std::vector<std::string> extra;  // handlers loaded with :load
  Json last;                       // the last document shown

  bool rebuild() {
    Common c = common;
    Setup s;
    std::vector<std::string> paths, plugin_paths;
    if (!job_file.empty()) {
      try {
        Job job = load_job(job_file);
        for (const auto& h : job.handlers) c.handlers.push_back(h);
        paths = job.paths;
        plugin_paths = job.plugin_paths;
      } catch (const std::exception& e) {
        std::printf("%s\n", e.what());
      }
    }
    // Loaded files are added to the set the command line or the job chose
    // (--add-handler semantics), replacing a handler of the same name.
    c.add_handlers.insert(c.add_handlers.begin(), extra.begin(), extra.end());
    if (!cli::setup(c, s, paths, plugin_paths)) return false;
    // A new state: changed scripts take effect, REPL variables start over.
    auto fresh = std::make_unique<LuaRuntime>(LuaLimits{}, s.module_dirs);
    Registry reg = s.catalog.instantiate(*fresh);
    registry = std::move(reg);
    rt = std::move(fresh);
    setup = std::move(s);
    install_host_api();
    return true;
  }

  std::vector<Document> process(const std::string& path) {
    return process_input(path, registry, pipeline_options(common));  // what `gongwen process` runs
  }

  void install_host_api();
};

Repl* g_repl = nullptr;

void on_sigint(int) { interrupt_requested() = true; }

// ---- printing -----------------------------------------------------------------

void print_tree(const Document& d) {
  std::printf("%s%s\n", d.path().c_str(), d.container.empty() ? "" : fmt::format("  #{}", d.index).c_str());
  std::printf("├─ kind %s · handler %s · lines %u–%u · %s/%s\n", d.kind.c_str(), d.handler.empty() ? "none" : d.handler.c_str(),
              d.line_start(), d.line_end(), d.origin ? d.origin->encoding.c_str() : "-", d.origin ? d.origin->layout.c_str() : "-");
  std::printf("├─ title %s\n", d.title.c_str());
  if (d.error) std::printf("├─ error [%s] %s\n", d.step.c_str(), d.error->c_str());
  if (!d.fields.empty()) {
    std::printf("├─ fields\n");
    for (auto it = d.fields.begin(); it != d.fields.end(); ++it)
      std::printf("│  ├─ %s: %s\n", it.key().c_str(), it->is_string() ? it->get<std::string>().c_str() : it->dump().c_str());
  }
  if (!d.sections.empty()) {
    std::printf("├─ sections\n");
    for (const auto& s : d.sections)
      std::printf("│  %*s├─ %s%s  (line %u)\n", 2 * (s.level - 1), "", s.marker.c_str(), s.title.c_str(), d.line_of(s.begin));
  }
  if (!d.entities.empty()) {
    std::map<std::string, int> by;
    for (const auto& e : d.entities) ++by[e.type];
    std::string s;
    for (auto& [k, v] : by) s += fmt::format(" {}={}", k, v);
    std::printf("├─ entities%s\n", s.c_str());
  }
  std::printf("└─ %zu diagnostic(s)\n", d.diagnostics.size());
  for (const auto& g : d.diagnostics)
    std::printf("   · [%s] %s\n", g.id.c_str(), g.message.substr(0, 160).c_str());
}

void repr(lua_State* L, int idx, int depth, std::string& out) {
  idx = lua_absindex(L, idx);
  switch (lua_type(L, idx)) {
    case LUA_TSTRING: {
      std::size_t n = 0;
      const char* s = lua_tolstring(L, idx, &n);
      out += '"';
      out.append(s, std::min<std::size_t>(n, 400));
      if (n > 400) out += "…";
      out += '"';
      return;
    }
    case LUA_TTABLE: {
      if (depth > 3) { out += "{…}"; return; }
      out += "{";
      int count = 0;
      lua_pushnil(L);
      while (lua_next(L, idx)) {
        if (count++ > 30) { out += " …"; lua_pop(L, 2); break; }
        out += count > 1 ? ", " : "";
        if (lua_type(L, -2) != LUA_TNUMBER) {
          lua_pushvalue(L, -2);
          out += luaL_tolstring(L, -1, nullptr);
          lua_pop(L, 2);
          out += " = ";
        }
        repr(L, -1, depth + 1, out);
        lua_pop(L, 1);
      }
      out += "}";
      return;
    }
    default:
      out += luaL_tolstring(L, idx, nullptr);
      lua_pop(L, 1);
  }
}

// ---- the `host` table in the REPL's Lua -------------------------------------------

int host_handlers(lua_State* L) {
  lua_newtable(L);
  int i = 0;
  for (const auto& h : g_repl->registry.handlers()) {
    const auto& info = h->info();
    Json j = {{"name", info.name}, {"origin", info.origin}, {"version", info.version}, {"kinds", info.kinds}, {"file", info.file}};
    push_json(L, j);
    lua_rawseti(L, -2, ++i);
  }
  return 1;
}
int host_process(lua_State* L) {
  std::string path = luaL_checkstring(L, 1);
  auto docs = g_repl->process(path);
  lua_newtable(L);
  int i = 0;
  for (const auto& d : docs) {
    push_json(L, to_record(d));
    lua_rawseti(L, -2, ++i);
  }
  if (docs.size() == 1) lua_rawgeti(L, -1, 1);
  return 1;
}
// In the REPL, print writes to the terminal, not to the log.
int repl_print(lua_State* L) {
  std::printf("%s\n", lua::print_line(L).c_str());
  std::fflush(stdout);
  return 0;
}

int host_text(lua_State* L) {
  auto doc = read_document(luaL_checkstring(L, 1));
  if (doc.error) return luaL_error(L, "%s", doc.error->c_str());
  lua::push_sv(L, doc.text);
  return 1;
}

void Repl::install_host_api() {
  lua_State* L = rt->state();
  lua_rawgeti(L, LUA_REGISTRYINDEX, rt->repl_env_ref());
  static const luaL_Reg fns[] = {{"handlers", lua::safe<host_handlers>},
                                 {"process", lua::safe<host_process>},
                                 {"text", lua::safe<host_text>},
                                 {nullptr, nullptr}};
  luaL_newlib(L, fns);
  lua_setfield(L, -2, "host");
  lua_pushcfunction(L, lua::safe<repl_print>);
  lua_setfield(L, -2, "print");
  lua_pop(L, 1);
}

// ---- completion -------------------------------------------------------------------

const char* kCommands[] = {":help", ":handlers", ":load", ":reload", ":open", ":explain", ":run", ":time", ":quit", nullptr};

std::vector<std::string> g_candidates;
char* candidate_generator(const char* text, int state) {
  static std::size_t i;
  if (state == 0) i = 0;
  while (i < g_candidates.size()) {
    const auto& c = g_candidates[i++];
    if (c.rfind(text, 0) == 0) return strdup(c.c_str());
  }
  return nullptr;
}

char** complete(const char* text, int start, int) {
  g_candidates.clear();
  std::string line = rl_line_buffer ? rl_line_buffer : "";
  if (start == 0) {
    for (const char** c = kCommands; *c; ++c) g_candidates.emplace_back(*c);
    for (const char* kw : {"host.", "gw.", "print(", "return "}) g_candidates.emplace_back(kw);
  } else if (line.rfind(":load", 0) == 0 || line.rfind(":open", 0) == 0 || line.rfind(":explain", 0) == 0 ||
             line.rfind(":run", 0) == 0 || line.rfind(":time", 0) == 0) {
    // Paths.
    std::string t = text;
    fs::path dir = t.empty() || t.back() == '/' ? fs::path(t.empty() ? "." : t) : fs::path(t).parent_path();
    if (dir.empty()) dir = ".";
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      std::string p = (dir == "." && (t.empty() || t.rfind("./", 0) != 0)) ? e.path().filename().string() : e.path().string();
      if (e.is_directory()) p += "/";
      g_candidates.push_back(p);
    }
    if (line.rfind(":load", 0) != 0)
      for (const auto& h : g_repl->registry.handlers()) g_candidates.push_back(h->info().name);
  } else {
    for (const auto& h : g_repl->registry.handlers()) g_candidates.push_back(h->info().name);
  }
  rl_attempted_completion_over = 1;
  return rl_completion_matches(text, candidate_generator);
}

// ---- commands ---------------------------------------------------------------------

std::string arg_of(const std::string& line) {
  auto sp = line.find(' ');
  if (sp == std::string::npos) return {};
  auto a = line.substr(sp + 1);
  while (!a.empty() && a.back() == ' ') a.pop_back();
  while (!a.empty() && a.front() == ' ') a.erase(0, 1);
  return a;
}

void command(Repl& r, const std::string& line) {
  std::string cmd = line.substr(0, line.find(' '));
  std::string arg = arg_of(line);
  if (cmd == ":help") {
    std::printf(
        ":handlers            list handlers\n"
        ":load PATH           load a .lua script or .so plugin (again: reload it)\n"
        ":reload              reload every script and plugin (changed files take effect)\n"
        ":open FILE           process a file and show its result as a tree (also in Lua as `doc`)\n"
        ":explain FILE        every handler's score and signals\n"
        ":run JOB.lua         run a job (Ctrl-C interrupts it)\n"
        ":time FILE           time each step on a file\n"
        ":quit                leave (or Ctrl-D)\n"
        "Anything else is Lua, with `host` (handlers, process, text) and `gw` in scope.\n");
  } else if (cmd == ":handlers") {
    for (const auto& h : r.registry.handlers()) {
      const auto& i = h->info();
      std::printf("%-14s %-7s %-8s %s\n", i.name.c_str(), i.origin.c_str(), i.version.c_str(), i.file.c_str());
    }
  } else if (cmd == ":load") {
    if (arg.empty() || !fs::exists(arg)) { std::printf("no such file: %s\n", arg.c_str()); return; }
    auto abs = fs::absolute(arg).string();
    bool added = std::find(r.extra.begin(), r.extra.end(), abs) == r.extra.end();
    if (added) r.extra.push_back(abs);
    if (r.rebuild()) {
      std::printf("loaded %s (%zu handlers)\n", arg.c_str(), r.registry.handlers().size());
    } else if (added) {
      // A file that failed to load is forgotten: later :load and :reload
      // neither retry it nor show its error again.
      r.extra.pop_back();
      r.rebuild();
    }
  } else if (cmd == ":reload") {
    if (r.rebuild()) std::printf("reloaded %zu handlers\n", r.registry.handlers().size());
  } else if (cmd == ":open") {
    auto docs = r.process(arg);
    for (const auto& d : docs) print_tree(d);
    if (!docs.empty()) {
      lua_State* L = r.rt->state();
      lua_rawgeti(L, LUA_REGISTRYINDEX, r.rt->repl_env_ref());
      push_json(L, to_record(docs.front(), true));
      lua_setfield(L, -2, "doc");
      lua_pop(L, 1);
    }
  } else if (cmd == ":explain") {
    for (const auto& d : r.process(arg)) print_explain(d, r.common.threshold);
  } else if (cmd == ":time") {
    using clock = std::chrono::steady_clock;
    auto t0 = clock::now();
    auto doc = read_document(arg);
    auto t1 = clock::now();
    auto c = r.registry.classify(doc, r.common.threshold);
    auto t2 = clock::now();
    if (c.winner && !doc.error) c.winner->process(doc);
    auto t3 = clock::now();
    auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    double mb = doc.origin ? doc.origin->bytes / 1e6 : 0;
    std::printf("read+clean %.2f ms (%.0f MB/s) · classify %.2f ms · process %.2f ms (%s)\n", ms(t0, t1),
                ms(t0, t1) > 0 ? mb / (ms(t0, t1) / 1000) : 0, ms(t1, t2), ms(t2, t3),
                c.winner ? c.winner->info().id().c_str() : "no handler");
  } else if (cmd == ":run") {
    Common c = r.common;
    int rc = cmd_run(c, arg, {}, false, "");
    std::printf("exit %d\n", rc);
  } else {
    std::printf("unknown command %s (:help lists them)\n", cmd.c_str());
  }
}

// Lua input: an expression is printed; an incomplete chunk asks for more.
bool incomplete(lua_State* L, int status) {
  if (status != LUA_ERRSYNTAX) return false;
  std::size_t n = 0;
  const char* msg = lua_tolstring(L, -1, &n);
  return n >= 5 && std::strcmp(msg + n - 5, "<eof>") == 0;
}

void eval_lua(Repl& r, const std::string& code) {
  lua_State* L = r.rt->state();
  int top = lua_gettop(L);
  try {
    int n = 0;
    try {
      n = r.rt->eval("return " + code, "=stdin", true);
    } catch (const HandlerError&) {
      lua_settop(L, top);
      n = r.rt->eval(code, "=stdin", true);
    }
    if (n > 0) {
      std::string out;
      for (int i = top + 1; i <= top + n; ++i) {
        if (i > top + 1) out += "\t";
        repr(L, i, 0, out);
      }
      std::printf("%s\n", out.c_str());
    }
  } catch (const std::exception& e) {
    std::printf("%s\n", e.what());
  }
  lua_settop(L, top);
}

}  // namespace

int cmd_repl(const Common& c, const std::string& job) {
  Repl r;
  r.common = c;
  r.job_file = job;
  g_repl = &r;
  if (!r.rebuild()) return kUsage;

  // libedit reads multibyte input only under a UTF-8 locale.
  if (!std::setlocale(LC_CTYPE, "") || !std::strstr(std::setlocale(LC_CTYPE, nullptr), "UTF-8"))
    std::setlocale(LC_CTYPE, "C.UTF-8");
  std::string history;
  if (const char* home = std::getenv("HOME")) history = std::string(home) + "/.gongwen_history";
  if (const char* h = std::getenv("GONGWEN_HISTORY")) history = h;
  using_history();
  if (!history.empty()) read_history(history.c_str());
  rl_readline_name = "gongwen";
  rl_attempted_completion_function = complete;

  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);

  std::printf("gongwen %s — %zu handlers. :help for commands; Lua with `host` and `gw`.\n", GONGWEN_VERSION,
              r.registry.handlers().size());
  std::string pending;
  for (;;) {
    interrupt_requested() = false;
    char* raw = readline(pending.empty() ? "gongwen> " : "      >> ");
    if (!raw) {
      if (interrupt_requested()) {  // Ctrl-C at the prompt: drop the line
        pending.clear();
        std::printf("\n");
        continue;
      }
      std::printf("\n");
      break;
    }
    std::string line = raw;
    std::free(raw);
    if (line.empty() && pending.empty()) continue;
    if (pending.empty() && (line == ":quit" || line == ":q" || line == "exit")) {
      add_history(line.c_str());
      break;
    }
    if (pending.empty() && line.front() == ':') {
      add_history(line.c_str());
      try {
        command(r, line);
      } catch (const Interrupted&) {
        std::printf("interrupted\n");
      } catch (const std::exception& e) {
        std::printf("error: %s\n", e.what());
      }
      continue;
    }
    std::string code = pending.empty() ? line : pending + "\n" + line;
    lua_State* L = r.rt->state();
    int st = luaL_loadbufferx(L, ("return " + code).c_str(), code.size() + 7, "=stdin", "t");
    if (st != LUA_OK) {
      lua_pop(L, 1);
      st = luaL_loadbufferx(L, code.c_str(), code.size(), "=stdin", "t");
      if (incomplete(L, st)) {
        lua_pop(L, 1);
        pending = code;
        continue;
      }
    }
    lua_pop(L, 1);
    pending.clear();
    add_history(code.c_str());
    eval_lua(r, code);
  }
  if (!history.empty()) write_history(history.c_str());
  g_repl = nullptr;
  return kOk;
}

}  // namespace gongwen::host::cli
